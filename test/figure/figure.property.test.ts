import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { D, ROUNDING_MODES, roundToScale, type Decimal } from "../../src/decimal.js";
import { REPORTED_ROUNDINGS } from "../support.js";
import * as figure from "../../src/figure/index.js";
import type { Figure } from "../../src/figure/types.js";

/** Decimals with up to 4 places, in [-1000, 1000]. */
const decimal = fc
  .tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }))
  .map(([n, s]) => new D(n).div(10 ** s));
const fraction = fc.integer({ min: 0, max: 1000 }).map((n) => new D(n).div(1000));

/** A valid figure: any interval, any flags, any value inside. */
const anyFigure: fc.Arbitrary<Figure> = fc
  .tuple(decimal, decimal, fraction, fc.boolean(), fc.boolean(), fc.boolean())
  .map(([a, b, t, loInclusive, hiInclusive, exact]) => {
    if (exact) return figure.exact(a);
    const lo = D.min(a, b);
    const hi = D.max(a, b);
    if (lo.eq(hi)) return figure.exact(lo);
    return figure.between(lo, hi, { value: lo.plus(hi.minus(lo).times(t)), loInclusive, hiInclusive });
  });

/** A point the figure allows, at relative position t (moved inside when t lands on an excluded end). */
function pointIn(f: Figure, t: Decimal): Decimal {
  const p = f.lo.plus(f.hi.minus(f.lo).times(t));
  if ((p.eq(f.lo) && !f.loInclusive) || (p.eq(f.hi) && !f.hiInclusive)) return f.lo.plus(f.hi).div(2);
  return p;
}

function valueInside(f: Figure): boolean {
  return f.lo.lte(f.value) && f.value.lte(f.hi);
}

const MODES = ROUNDING_MODES;

describe("figure properties", () => {
  it("a reported figure contains its value, and every number it allows rounds back to what was written", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -99_999, max: 99_999 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(...MODES),
        fraction,
        (n, decimals, mode, t) => {
          const text = (n < 0 ? "-" : "") + new D(Math.abs(n)).div(10 ** decimals).toFixed(decimals);
          const f = figure.reported(text, { rounding: mode });
          expect(valueInside(f)).toBe(true);
          expect(figure.contains(f, f.value)).toBe(true);
          const p = pointIn(f, t);
          if (text.startsWith("-") && f.value.isZero()) return; // "-0.00": the sign, not the digits, says negative
          expect(roundToScale(p, decimals, mode).eq(f.value)).toBe(true);
        },
      ),
    );
  });

  it("the bounds of every result contain its value", () => {
    fc.assert(
      fc.property(anyFigure, anyFigure, (a, b) => {
        for (const f of [a, b, figure.add(a, b), figure.sub(a, b), figure.mul(a, b), figure.neg(a)])
          expect(valueInside(f)).toBe(true);
        if (!(b.lo.lte(0) && b.hi.gte(0))) expect(valueInside(figure.div(a, b))).toBe(true);
      }),
    );
  });

  it("the bounds of every operation contain its result for any inputs inside the input bounds", () => {
    fc.assert(
      fc.property(anyFigure, anyFigure, fraction, fraction, (a, b, s, t) => {
        const x = pointIn(a, s);
        const y = pointIn(b, t);
        expect(figure.contains(figure.add(a, b), x.plus(y))).toBe(true);
        expect(figure.contains(figure.sub(a, b), x.minus(y))).toBe(true);
        expect(figure.contains(figure.mul(a, b), x.times(y))).toBe(true);
        expect(figure.contains(figure.neg(a), x.neg())).toBe(true);
        if (!(b.lo.lte(0) && b.hi.gte(0))) expect(figure.contains(figure.div(a, b), x.div(y))).toBe(true);
      }),
    );
  });

  it("evaluate contains a monotone formula's result for any inputs inside the bounds, and is never wider than naive arithmetic", () => {
    const positive = anyFigure.map((f) => figure.add(figure.between(f.lo.abs(), f.hi.abs().plus(f.lo.abs())), 1));
    fc.assert(
      fc.property(positive, positive, anyFigure, fraction, fraction, fraction, (a, b, c, s, t, u) => {
        // a / (a + b) + c: monotone in each input for positive a and b, but a appears twice.
        const exact = figure.evaluate(({ a, b, c }) => a.div(a.plus(b)).plus(c), { a, b, c });
        const naive = figure.add(figure.div(a, figure.add(a, b)), c);
        const x = pointIn(a, s);
        const y = pointIn(b, t);
        const z = pointIn(c, u);
        const result = x.div(x.plus(y)).plus(z);
        expect(exact.lo.lte(result) && result.lte(exact.hi)).toBe(true);
        expect(naive.lo.lte(exact.lo) && exact.hi.lte(naive.hi)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("intersect is commutative", () => {
    fc.assert(
      fc.property(fc.array(anyFigure, { minLength: 1, maxLength: 5 }), fc.func(fc.integer()), (figures, key) => {
        const shuffled = [...figures].sort((p, q) => key(p.lo.toString()) - key(q.hi.toString()));
        const one = figure.intersect(...figures);
        const two = figure.intersect(...shuffled);
        expect(two.empty).toBe(one.empty);
        if (!one.empty && !two.empty) expect(two.figure).toEqual(one.figure);
        if (one.empty && two.empty) expect(two.conflicts.length).toBe(one.conflicts.length);
      }),
    );
  });

  it("intersect is associative", () => {
    fc.assert(
      fc.property(anyFigure, anyFigure, anyFigure, (a, b, c) => {
        const all = figure.intersect(a, b, c);
        const ab = figure.intersect(a, b);
        const bc = figure.intersect(b, c);
        const left = ab.empty ? ab : figure.intersect(ab.figure, c);
        const right = bc.empty ? bc : figure.intersect(a, bc.figure);
        expect(left.empty).toBe(all.empty);
        expect(right.empty).toBe(all.empty);
        if (!all.empty && !left.empty && !right.empty) {
          expect(left.figure).toEqual(all.figure);
          expect(right.figure).toEqual(all.figure);
        }
      }),
    );
  });

  it("the intersection contains exactly the numbers every figure contains", () => {
    fc.assert(
      fc.property(
        fc.array(anyFigure, { minLength: 1, maxLength: 4 }),
        decimal,
        fraction,
        fc.boolean(),
        (figures, d, t, near) => {
          // Half the time a number inside the first figure, so that common points are actually hit.
          const x = near ? pointIn(figures[0] as Figure, t) : d;
          const result = figure.intersect(...figures);
          const inAll = figures.every((f) => figure.contains(f, x));
          if (result.empty) expect(inAll).toBe(false);
          else expect(figure.contains(result.figure, x)).toBe(inAll);
        },
      ),
    );
  });

  it("the value of every result is a number the result allows, for reported figures of every reading, even past 34 digits", () => {
    // Readings of up to 45 digits put a value within half a 34-digit unit of an end that the
    // bounds exclude: rounded to 34 digits, a sum, product or quotient would land on that end.
    const written = fc
      .tuple(
        fc.integer({ min: -99_999, max: 99_999 }),
        fc.integer({ min: 0, max: 4 }),
        fc.constantFrom(...REPORTED_ROUNDINGS),
        fc.integer({ min: 0, max: 12 }),
      )
      .map(([n, decimals, rounding, extra]) => {
        const text = (n < 0 ? "-" : "") + new D(Math.abs(n)).div(10 ** decimals).toFixed(decimals);
        // extra > 6: the same number with a 1 some 35 to 45 digits in
        const long = extra > 6 ? `${text}${text.includes(".") ? "" : "."}${"0".repeat(extra * 3)}1` : text;
        return figure.reported(long, { rounding });
      });
    const allows = (f: Figure): boolean => figure.contains(f, f.value);
    fc.assert(
      fc.property(written, written, (a, b) => {
        expect(allows(a) && allows(b)).toBe(true);
        for (const f of [figure.add(a, b), figure.sub(a, b), figure.mul(a, b), figure.neg(a)])
          expect(allows(f)).toBe(true);
        if (!(b.lo.lte(0) && b.hi.gte(0))) expect(allows(figure.div(a, b))).toBe(true);
        const common = figure.intersect(a, b);
        if (!common.empty) expect(allows(common.figure)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
