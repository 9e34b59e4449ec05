import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { D, type Decimal } from "../../src/decimal.js";
import { figure, growth } from "../../src/index.js";
import type { Figure } from "../../src/figure/types.js";
import type { ReportedRounding } from "../../src/figure/types.js";
import { REPORTED_ROUNDINGS } from "../support.js";

const fraction = fc.integer({ min: 0, max: 1000 }).map((n) => new D(n).div(1000));
const rounding = fc.constantFrom<ReportedRounding>("halfUp", "halfEven", "down", "up", "upOrDown");

/** A written number with 0 to 3 decimals, as a reported figure or an exact one. */
function written(min: number, max: number): fc.Arbitrary<Figure> {
  return fc
    .tuple(fc.integer({ min, max }), fc.integer({ min: 0, max: 3 }), rounding, fc.boolean())
    .map(([n, decimals, mode, exact]) => {
      const text = new D(n).div(10 ** decimals).toFixed(decimals);
      return exact ? figure.exact(text) : figure.reported(text, { rounding: mode });
    });
}

/** Positive levels: 1.000 to 100000. */
const level = written(1_000, 100_000_000).filter((f) => f.lo.gt(0));
/** Rates from −50% to +150%, as fractions. */
const rate = written(-50_000, 150_000).map((f) => growth.fromFraction(figure.div(f, 100_000)));

/** 100 significant digits, for true values. */
const H = D.clone({ precision: 100 });

function pointIn(f: Figure, t: Decimal): Decimal {
  const p = f.lo.plus(f.hi.minus(f.lo).times(t));
  if ((p.eq(f.lo) && !f.loInclusive) || (p.eq(f.hi) && !f.hiInclusive)) return f.lo.plus(f.hi).div(2);
  return p;
}

describe("growth properties", () => {
  it("previous(apply(x, r, n), r, n) contains x", () => {
    fc.assert(
      fc.property(level, rate, fc.constantFrom(1, 2, 3, "0.5", "2.25"), (x, r, n) => {
        const there = growth.apply(x, r, n);
        const back = growth.previous(there, r, n);
        expect(figure.contains(back.level, x.value)).toBe(true);
        expect(figure.contains(back.level, x)).toBe(true);
      }),
    );
  });

  it("the bounds of rate, previous and apply contain their results for any inputs inside the bounds", () => {
    fc.assert(
      fc.property(level, level, rate, fraction, fraction, fraction, (c, p, r, s, t, u) => {
        const cv = pointIn(c, s);
        const pv = pointIn(p, t);
        const rv = pointIn(r.fraction, u);
        expect(figure.contains(growth.rate(c, p).fraction, cv.div(pv).minus(1))).toBe(true);
        expect(figure.contains(growth.previous(c, r).level, cv.div(rv.plus(1)))).toBe(true);
        expect(figure.contains(growth.apply(c, r).level, cv.times(rv.plus(1)))).toBe(true);
      }),
    );
  });

  it("compounding bounds contain the compounded results for rates inside the bounds", () => {
    fc.assert(
      fc.property(level, rate, fraction, fraction, fc.constantFrom(2, 4, 12), (b, r, s, t, n) => {
        const bv = pointIn(b, s);
        const rv = pointIn(r.fraction, t);
        // Allow for the last digit of a 34-digit power: the check is on 30 significant digits.
        const near = (f: Figure, x: Decimal) =>
          f.lo.toSignificantDigits(30, D.ROUND_FLOOR).lte(x) && x.lte(f.hi.toSignificantDigits(30, D.ROUND_CEIL));
        expect(near(growth.apply(b, r, n).level, bv.times(rv.plus(1).pow(n)))).toBe(true);
        expect(near(growth.annualize(r, n).fraction, rv.plus(1).pow(n).minus(1))).toBe(true);
        expect(near(growth.deannualize(r, n).fraction, rv.plus(1).pow(new D(1).div(n)).minus(1))).toBe(true);
      }),
    );
  });

  it("cagr bounds contain the rate for levels inside the bounds, and apply(start, cagr, years) recovers the end", () => {
    fc.assert(
      fc.property(level, level, fc.constantFrom(1, 2, 3, 5, "2.5"), fraction, fraction, (start, end, years, s, t) => {
        const r = growth.cagr({ from: start, to: end, years: years });
        const sv = pointIn(start, s);
        const ev = pointIn(end, t);
        const exactRate = ev.div(sv).pow(new D(1).div(years)).minus(1);
        expect(r.fraction.lo.toSignificantDigits(30, D.ROUND_FLOOR).lte(exactRate)).toBe(true);
        expect(exactRate.lte(r.fraction.hi.toSignificantDigits(30, D.ROUND_CEIL))).toBe(true);
        const projected = growth.apply(start.value, growth.fromFraction(r.fraction.value), years).level.value;
        // A rate near −100% keeps fewer significant digits: allow 1e-24 relative.
        expect(projected.minus(end.value).abs().lte(end.value.abs().times("1e-24"))).toBe(true);
      }),
    );
  });

  it("share, pointChange and contribution bounds contain their results for inputs inside the bounds", () => {
    fc.assert(
      fc.property(level, level, level, fraction, fraction, fraction, (a, b, total, s, t, u) => {
        const av = pointIn(a, s);
        const bv = pointIn(b, t);
        const tv = pointIn(total, u);
        expect(figure.contains(growth.share(a, total).fraction, av.div(tv))).toBe(true);
        const change = growth.pointChange(growth.share(a, total), growth.share(b, total));
        expect(change.points.lo.lte(change.points.value) && change.points.value.lte(change.points.hi)).toBe(true);
        expect(figure.contains(growth.contribution(a, b, total).points, av.minus(bv).div(tv).times(100))).toBe(true);
      }),
    );
  });

  it("remainder bounds contain the remainder's rate for any inputs inside the bounds", () => {
    fc.assert(
      fc.property(
        level,
        level,
        rate,
        rate,
        fraction,
        fraction,
        fraction,
        fraction,
        (big, small, gt, gp, s, t, u, v) => {
          // The part is at most half the total, so the remainder stays positive.
          const part = figure.div(small, 1000);
          const total = figure.add(big, figure.mul(part, 2));
          let rest;
          try {
            rest = growth.remainder({ current: total, rate: gt }, [{ current: part, rate: gp }]);
          } catch (e) {
            // The earlier remainder may be zero for extreme rates: refused, never Infinity.
            expect((e as { code?: string }).code).toBe("UNDEFINED_RESULT");
            return;
          }
          const T = pointIn(total, s);
          const P = pointIn(part, t);
          const a = pointIn(gt.fraction, u);
          const b = pointIn(gp.fraction, v);
          // The true rate, to 100 digits: with 34, the final "− 1" of a tiny rate leaves fewer correct digits than the bounds have.
          const [Th, Ph] = [new H(T), new H(P)];
          const g = Th.minus(Ph)
            .div(Th.div(a.plus(1)).minus(Ph.div(b.plus(1))))
            .minus(1);
          expect(rest.rate.fraction.lo.lte(g) && g.lte(rest.rate.fraction.hi)).toBe(true);
          expect(figure.contains(rest.current, T.minus(P))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("exact inputs give exact outputs, to the 34th significant digit", () => {
    const exactLevel = level.map((f) => figure.exact(f.value));
    const exactRate = rate.map((r) => growth.fromFraction(r.fraction.value));
    fc.assert(
      fc.property(exactLevel, exactLevel, exactRate, (c, p, r) => {
        const results = [
          growth.rate(c, p).fraction,
          growth.previous(c, r).level,
          growth.apply(c, r, 3).level,
          growth.cagr({ from: p, to: c, years: 4 }).fraction,
          growth.annualize(r, 4).fraction,
          growth.share(c, p).fraction,
          growth.contribution(c, p, p).points,
        ];
        for (const f of results) {
          // At most a few units in the 34th digit of the value (more after a subtraction that cancels digits).
          const unit = D.max(f.value.abs(), 1).times("1e-32");
          expect(figure.width(f).lte(unit)).toBe(true);
        }
        // Exact when the result fits: a level grown by an exact rate and taken back.
        expect(figure.isExact(growth.apply(c, r).level)).toBe(true);
      }),
    );
  });

  it("the value of every result is a number its bounds allow, for readings of every direction, even past 34 digits", () => {
    const reading = (min: number, max: number): fc.Arbitrary<Figure> =>
      fc
        .tuple(
          fc.integer({ min, max }),
          fc.integer({ min: 0, max: 3 }),
          fc.constantFrom(...REPORTED_ROUNDINGS),
          fc.boolean(),
        )
        .map(([n, decimals, mode, long]) => {
          const text = (n < 0 ? "-" : "") + new D(Math.abs(n)).div(10 ** decimals).toFixed(decimals);
          // a 1 some 40 digits in: the value lies within half a 34-digit unit of an end
          return figure.reported(long ? `${text}${text.includes(".") ? "" : "."}${"0".repeat(40)}1` : text, {
            rounding: mode,
          });
        });
    const allows = (f: Figure): boolean => figure.contains(f, f.value);
    fc.assert(
      fc.property(reading(1_000, 99_999), reading(1_000, 99_999), reading(-20_000, 20_000), (a, b, pct) => {
        const r = growth.fromFraction(figure.div(pct, 100_000), { basis: "real" });
        const results = [
          growth.rate(a, b).fraction,
          growth.share(a, b).fraction,
          growth.previous(a, r).level,
          growth.apply(a, r, 3).level,
          growth.annualize(r, 4).fraction,
          growth.deannualize(r, 4).fraction,
          growth.cagr({ from: a, to: b, years: 3 }).fraction,
          growth.contribution(a, b, b).points,
        ];
        for (const f of results) expect(allows(f)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
