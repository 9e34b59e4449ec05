// Hand-built, broken growth values (a rate whose fraction, basis or flags were replaced by null,
// NaN, a string, an object, or removed; a broken derived level, share or component): every
// function of the namespace that takes one either refuses it with an AccordoError or returns a
// finite result (a copy that is still valid may be accepted); never a TypeError, NaN or Infinity
// (test/support.ts: misbehaviours).
import { describe, expect, it } from "vitest";
import { figure, growth } from "../../src/index.js";
import type { Figure } from "../../src/figure/types.js";
import type { DerivedLevel, GrowthRate } from "../../src/growth/types.js";
import { misbehaviours } from "../support.js";

const RATES: Readonly<Record<string, GrowthRate>> = {
  "nominal, reported": growth.fromPercent("3.2", { basis: "nominal" }),
  "real, from levels": growth.rate(figure.reported("110"), figure.reported("100"), { basis: "real" }),
  "flagged: negative base, absolute denominator": growth.rate(figure.reported("-5"), figure.reported("-10"), {
    basis: "real",
    denominator: "absolute",
  }),
  "flagged: sign change": growth.rate(figure.reported("5"), figure.reported("-10")),
};
const LEVELS: Readonly<Record<string, Figure>> = {
  exact: figure.exact("424.36"),
  "reported floor (open hi)": figure.reported("403.7", { rounding: "floor" }),
  "reported negative up (closed lo)": figure.reported("-12", { rounding: "up" }),
};
const RATE = growth.fromPercent("5.5", { basis: "real" });
const LEVEL = figure.reported("1000");

describe.each(Object.entries(RATES))("broken copies of a growth rate: %s", (_name, sample) => {
  const fns: Readonly<Record<string, (r: GrowthRate) => unknown>> = {
    previous: (r) => growth.previous(LEVEL, r),
    "apply over 3 periods": (r) => growth.apply(LEVEL, r, 3),
    annualize: (r) => growth.annualize(r, 4),
    deannualize: (r) => growth.deannualize(r, 12),
    toPercent: (r) => growth.toPercent(r),
    format: (r) => growth.format(r, { style: "both" }),
    "pointChange (now)": (r) => growth.pointChange(r, RATE),
    "pointChange (before)": (r) => growth.pointChange(RATE, r),
    "remainder (total's rate)": (r) => growth.remainder({ current: 1000, rate: r }, [{ current: 100, rate: RATE }]),
    "remainder (a part's rate)": (r) => growth.remainder({ current: 1000, rate: RATE }, [{ current: 100, rate: r }]),
  };
  it.each(Object.entries(fns))("growth.%s refuses them", (_fn, op) => {
    expect(misbehaviours(sample, (x) => op(x as GrowthRate))).toEqual([]);
  });
});

describe.each(Object.entries(LEVELS))("broken copies of a level figure: %s", (_name, sample) => {
  const fns: Readonly<Record<string, (f: Figure) => unknown>> = {
    "rate (current)": (f) => growth.rate(f, 100),
    "tryRate (previous)": (f) => growth.tryRate(100, f),
    "previous (current)": (f) => growth.previous(f, RATE),
    "apply (base)": (f) => growth.apply(f, RATE, 2),
    "cagr (start)": (f) => growth.cagr({ from: f, to: 500, years: 3 }),
    "cagr (end)": (f) => growth.cagr({ from: 400, to: f, years: "2.5" }),
    "share (part)": (f) => growth.share(f, 1000),
    "share (total)": (f) => growth.share(10, f),
    contribution: (f) => growth.contribution(f, f, f),
    fromFraction: (f) => growth.fromFraction(f, { basis: "nominal" }),
    "pointChange (a fraction figure)": (f) => growth.pointChange(f, figure.percent("3")),
    "remainder (a part's level)": (f) => growth.remainder({ current: 1000, rate: RATE }, [{ current: f, rate: RATE }]),
  };
  it.each(Object.entries(fns))("growth.%s refuses them", (_fn, op) => {
    expect(misbehaviours(sample, (x) => op(x as Figure))).toEqual([]);
  });
});

describe("broken copies of other growth results", () => {
  const level = growth.previous(figure.reported("110"), growth.fromPercent("10", { basis: "real" }));
  const share = growth.share(figure.reported("403.74"), figure.reported("424.36"));
  const points = growth.pointChange(growth.fromPercent("5"), growth.fromPercent("3.2"));
  const undef = growth.tryRate(5, 0);
  const rem = growth.remainder({ current: figure.reported("424.36"), rate: growth.fromPercent("11.2") }, [
    { current: figure.reported("403.74"), rate: growth.fromPercent("10.9") },
  ]);

  it("a derived level, wherever a level is taken, and in format", () => {
    for (const op of [
      (d: DerivedLevel) => growth.rate(d, 100),
      (d: DerivedLevel) => growth.previous(d, RATE),
      (d: DerivedLevel) => growth.apply(d, RATE),
      (d: DerivedLevel) => growth.cagr({ from: d, to: d, years: 2 }),
      (d: DerivedLevel) => growth.share(d, d),
      (d: DerivedLevel) => growth.contribution(d, 1, d),
      (d: DerivedLevel) => growth.format(d, { scale: "thousand" }),
    ]) {
      expect(misbehaviours(level, (x) => op(x as DerivedLevel))).toEqual([]);
    }
  });

  it("a share, percentage points, an undefined growth and a remainder's results", () => {
    expect(misbehaviours(share, (x) => growth.toPercent(x as never))).toEqual([]);
    expect(misbehaviours(share, (x) => growth.pointChange(x as never, share))).toEqual([]);
    expect(misbehaviours(share, (x) => growth.format(x as never))).toEqual([]);
    expect(misbehaviours(points, (x) => growth.format(x as never, { style: "interval" }))).toEqual([]);
    expect(misbehaviours(undef, (x) => growth.format(x as never))).toEqual([]);
    expect(misbehaviours(rem.rate, (x) => growth.format(x as never))).toEqual([]);
    expect(misbehaviours(rem.previous, (x) => growth.format(x as never))).toEqual([]);
  });

  it("a component of a remainder, and the list of parts", () => {
    const total = { current: figure.reported("424.36"), rate: growth.fromPercent("11.2", { basis: "real" }) };
    const parts = [{ current: figure.reported("403.74"), rate: growth.fromPercent("10.9", { basis: "real" }) }];
    expect(misbehaviours(total, (x) => growth.remainder(x as never, parts))).toEqual([]);
    expect(misbehaviours(parts, (x) => growth.remainder(total, x as never))).toEqual([]);
  });
});
