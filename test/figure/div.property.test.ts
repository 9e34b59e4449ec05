import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { D, type Decimal } from "../../src/decimal.js";
import * as figure from "../../src/figure/index.js";
import { differenceOf, quotientOf, sumOf } from "../../src/figure/arithmetic.js";
import { DHi, DLo } from "../../src/figure/internal.js";
import type { Figure } from "../../src/figure/types.js";

// figure.div finds the lowest and highest quotient at the corners the signs point to (two
// divisions); this compares it with the hull of all four corners, each end included when an
// attained corner rounds to it, as it was computed before.

const decimal = fc
  .tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }))
  .map(([n, s]) => new D(n).div(10 ** s));

/** A figure: any interval and flags; or one only a few units of the 34th digit wide, where corners round alike. */
const anyFigure: fc.Arbitrary<Figure> = fc.oneof(
  fc
    .tuple(decimal, decimal, fc.boolean(), fc.boolean(), fc.boolean())
    .map(([a, b, loInclusive, hiInclusive, exact]) => {
      const lo = D.min(a, b);
      const hi = D.max(a, b);
      if (exact || lo.eq(hi)) return figure.exact(lo);
      return figure.between(lo, hi, { loInclusive, hiInclusive });
    }),
  fc
    .tuple(
      fc.integer({ min: -999_999, max: 999_999 }).filter((n) => n !== 0),
      fc.integer({ min: 1, max: 9 }),
      fc.boolean(),
      fc.boolean(),
    )
    .map(([n, k, loInclusive, hiInclusive]) => {
      const lo = new D(n).div(7);
      return figure.between(lo, lo.plus(new D(10).pow(lo.e - 33).times(k)), { loInclusive, hiInclusive });
    }),
  fc.constantFrom("0", "1", "-1", "3", "-7").map((v) => figure.exact(v)),
);

function hullOfCorners(x: Figure, y: Figure): { lo: Decimal; hi: Decimal; loInclusive: boolean; hiInclusive: boolean } {
  const corners: { lo: Decimal; hi: Decimal; attained: boolean }[] = [];
  for (const [p, pIn] of [
    [x.lo, x.loInclusive],
    [x.hi, x.hiInclusive],
  ] as const) {
    for (const [q, qIn] of [
      [y.lo, y.loInclusive],
      [y.hi, y.hiInclusive],
    ] as const) {
      corners.push({ lo: DLo.div(p, q), hi: DHi.div(p, q), attained: (pIn && qIn) || (pIn && p.isZero()) });
    }
  }
  const lo = D.min(...corners.map((c) => c.lo));
  const hi = D.max(...corners.map((c) => c.hi));
  const exact = lo.eq(hi);
  return {
    lo,
    hi,
    loInclusive: exact || corners.some((c) => c.attained && c.lo.eq(lo)),
    hiInclusive: exact || corners.some((c) => c.attained && c.hi.eq(hi)),
  };
}

describe("figure.div", () => {
  it("gives the hull of the four corners, with the same included ends", () => {
    const divisor = anyFigure.filter((f) => f.lo.gt(0) || f.hi.lt(0));
    fc.assert(
      fc.property(anyFigure, divisor, (x, y) => {
        const q = figure.div(x, y);
        const want = hullOfCorners(x, y);
        expect({
          lo: q.lo.toString(),
          hi: q.hi.toString(),
          loInclusive: q.loInclusive,
          hiInclusive: q.hiInclusive,
        }).toEqual({
          lo: want.lo.toString(),
          hi: want.hi.toString(),
          loInclusive: want.loInclusive,
          hiInclusive: want.hiInclusive,
        });
      }),
      { numRuns: 2000 },
    );
  });

  it("a step's quotient (bounds left in the floor and ceiling clones) adds and subtracts as the returned quotient does", () => {
    const divisor = anyFigure.filter((f) => f.lo.gt(0) || f.hi.lt(0));
    const text = (f: Figure) => [f.value, f.lo, f.hi, f.loInclusive, f.hiInclusive].map(String).join(" ");
    fc.assert(
      fc.property(anyFigure, divisor, anyFigure, (x, y, z) => {
        const step = quotientOf(x, y, false);
        const returned = quotientOf(x, y);
        expect(text(sumOf(step, z))).toBe(text(sumOf(returned, z)));
        expect(text(differenceOf(step, z))).toBe(text(differenceOf(returned, z)));
        expect(text(differenceOf(z, step))).toBe(text(differenceOf(z, returned)));
      }),
      { numRuns: 1000 },
    );
  });
});
