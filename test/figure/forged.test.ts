// Hand-built, broken figures (a field replaced by null, NaN, a string, an object, or removed):
// every function of the namespace that takes a figure either refuses them with an AccordoError or
// returns a finite result (a copy that is still a valid figure, such as one without an optional
// field, may be accepted); never a TypeError, NaN or Infinity (test/support.ts: misbehaviours).
import { describe, expect, it } from "vitest";
import type { Decimal } from "../../src/decimal.js";
import * as figure from "../../src/figure/index.js";
import type { Figure } from "../../src/figure/types.js";
import { misbehaviours } from "../support.js";

/** Representative figures: exact, reported with a closed and an open end, negative, open at both ends, a percent. */
const SAMPLES: Readonly<Record<string, Figure>> = {
  exact: figure.exact("12.5"),
  "reported up (open lo, closed hi)": figure.reported("5", { rounding: "up" }),
  "reported floor (closed lo, open hi)": figure.reported("3.2", { rounding: "floor" }),
  "reported negative half-up": figure.reported("-2.5"),
  "between, both ends open": figure.between("1", "2", { loInclusive: false, hiInclusive: false }),
  "percent, half-even": figure.percent("38.8", { rounding: "halfEven" }),
};
const OTHER = figure.reported("7.25");

const binary = { add: figure.add, sub: figure.sub, mul: figure.mul, div: figure.div };
const unary: Readonly<Record<string, (f: Figure) => unknown>> = {
  neg: figure.neg,
  width: figure.width,
  midpoint: figure.midpoint,
  isExact: figure.isExact,
  isFigure: figure.isFigure,
  format: (f) => figure.format(f),
  "format interval percent": (f) => figure.format(f, { style: "both", as: "percent", signed: true }),
  "intersect (one)": (f) => figure.intersect(f),
};

describe.each(Object.entries(SAMPLES))("broken copies of a figure: %s", (_name, sample) => {
  it.each(Object.entries(binary))("figure.%s refuses them as either operand", (_fn, op) => {
    expect(misbehaviours(sample, (x) => op(x as Figure, OTHER))).toEqual([]);
    expect(misbehaviours(sample, (x) => op(OTHER, x as Figure))).toEqual([]);
  });

  it.each(Object.entries(unary))("figure.%s refuses them", (_fn, op) => {
    expect(misbehaviours(sample, (x) => op(x as Figure))).toEqual([]);
  });

  it("figure.intersect and figure.contains refuse them in any position", () => {
    expect(misbehaviours(sample, (x) => figure.intersect(OTHER, x as Figure, sample))).toEqual([]);
    expect(misbehaviours(sample, (x) => figure.contains(x as Figure, OTHER))).toEqual([]);
    expect(misbehaviours(sample, (x) => figure.contains(OTHER, x as Figure))).toEqual([]);
  });

  it("figure.evaluate refuses them as an input, and a broken record of inputs", () => {
    // The formula reads only the inputs it is given: an exception of a formula that reads a
    // missing input would be the caller's own, and passes through.
    const sum = (v: Readonly<Record<string, Decimal>>): Decimal =>
      Object.values(v).reduce((a, b) => a.plus(b), figure.exact(0).value);
    expect(misbehaviours(sample, (x) => figure.evaluate((v) => v.a.times(v.b), { a: x as Figure, b: OTHER }))).toEqual(
      [],
    );
    expect(misbehaviours({ a: sample, b: OTHER }, (x) => figure.evaluate(sum, x as Record<string, Figure>))).toEqual(
      [],
    );
    expect(
      misbehaviours(sample, (x) =>
        figure.evaluate((v) => v.a, { a: x as Figure }, { monotonicity: { a: "increasing" } }),
      ),
    ).toEqual([]);
  });
});
