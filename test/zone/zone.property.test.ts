import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { D } from "../../src/decimal.js";
import * as figure from "../../src/figure/index.js";
import * as growth from "../../src/growth/index.js";
import * as zone from "../../src/zone/index.js";
import type { ObservationInput } from "../../src/zone/types.js";

/** A decimal string with `places` digits after the point, from an integer number of hundredths etc. */
const fixed = (units: bigint, places: number): string => {
  const s = units.toString().padStart(places + 1, "0");
  return places === 0 ? s : `${s.slice(0, -places)}.${s.slice(-places)}`;
};

/** Rounds a positive decimal half-up to `places` digits and writes it as a publisher would. */
const publish = (x: InstanceType<typeof D>, places: number): string => x.toFixed(places, D.ROUND_HALF_UP);

const industries = [
  { id: "a", name: { name: "A" } },
  { id: "b", name: { name: "B" } },
  { id: "c", name: { name: "C" } },
];

describe("zone properties", () => {
  it("the true exchange rate lies within every implied rate and within their common interval", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 10000n, max: 99999n }), // the true rate, 4 decimals: 1.0000 to 9.9999
        fc.array(fc.bigInt({ min: 1000n, max: 10_000_000n }), { minLength: 1, maxLength: 5 }), // amounts in USD hundredths
        fc.integer({ min: 0, max: 3 }), // digits the publisher keeps
        (rateUnits, amounts, places) => {
          const rate = new D(fixed(rateUnits, 4));
          const observations: ObservationInput[] = amounts.map((units, i) => {
            const usd = new D(fixed(units, 2));
            return {
              id: `o${i}`,
              indicator: "gdp",
              period: "2021",
              values: [
                { currency: "USD", figure: figure.reported(publish(usd, places)) },
                { currency: "CNY", figure: figure.reported(publish(usd.times(rate), places)) },
              ],
            };
          });
          // Published figures rounded to zero say nothing about the rate: leave those cases out.
          if (observations.some((o) => o.values.some((v) => v.figure.value.lte(0)))) return;
          const z = zone.create({ id: "z", name: { name: "Z" }, observations });
          for (const r of zone.impliedRates(z, "USD", "CNY")) expect(figure.contains(r.rate, rate)).toBe(true);
          const verdict = zone.rateConsistency(z, "USD", "CNY");
          expect(verdict.consistent).toBe(true);
          if (verdict.consistent) expect(figure.contains(verdict.interval, rate)).toBe(true);
        },
      ),
    );
  });

  it("growing the implied previous value by the rate gives back the current value", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.integer({ min: -900, max: 5000 }), (units, permille) => {
        const z = zone.create({
          id: "z",
          name: { name: "Z" },
          observations: [
            {
              id: "o",
              indicator: "gdp",
              period: "2021-Q1/2021-Q3",
              values: [{ currency: "CNY", figure: figure.reported(fixed(units, 2)) }],
              growth: figure.percent(new D(permille).div(10).toString()),
            },
          ],
        });
        const before = zone.impliedPrevious(z, "o", "CNY");
        const o = z.observations[0];
        if (o?.growth === undefined) throw new Error("growth expected");
        const again = growth.apply(before.level, o.growth).level;
        expect(
          again.value
            .minus(new D(fixed(units, 2)))
            .abs()
            .lte(new D(fixed(units, 2)).times("1e-30")),
        ).toBe(true);
        expect(
          before.level.level.lo.lte(before.level.level.value) && before.level.level.value.lte(before.level.level.hi),
        ).toBe(true);
      }),
    );
  });

  it("contributions of the parts and the remainder add up to the whole's growth", () => {
    const level = fc.bigInt({ min: 100n, max: 100_000n }); // tenths of a billion
    const pct = fc.integer({ min: -200, max: 500 }); // tenths of a percent
    fc.assert(
      fc.property(
        fc.tuple(level, level, level),
        fc.tuple(pct, pct, pct),
        fc.tuple(pct),
        (levels, rates, [restRate]) => {
          const [la, lb, lrest] = levels.map((l) => new D(fixed(l, 1)));
          const [ra, rb] = rates.map((r) => new D(r).div(1000));
          const rr = new D(restRate).div(1000);
          if (la === undefined || lb === undefined || lrest === undefined || ra === undefined || rb === undefined)
            throw new Error("tuple");
          const total = la.plus(lb).plus(lrest);
          const totalBefore = la
            .div(ra.plus(1))
            .plus(lb.div(rb.plus(1)))
            .plus(lrest.div(rr.plus(1)));
          const totalRate = total.div(totalBefore).minus(1);
          const exactPct = (r: InstanceType<typeof D>) => figure.exact(r);
          const z = zone.create({
            id: "z",
            name: { name: "Z" },
            industries,
            observations: [
              {
                id: "t",
                indicator: "industrialOutput",
                period: "2021",
                values: [{ currency: "CNY", figure: figure.exact(total) }],
                growth: exactPct(totalRate),
              },
              {
                id: "a",
                indicator: "industrialOutput",
                scope: { kind: "industries", industryIds: ["a"] },
                period: "2021",
                values: [{ currency: "CNY", figure: figure.exact(la) }],
                growth: exactPct(ra),
              },
              {
                id: "b",
                indicator: "industrialOutput",
                scope: { kind: "industries", industryIds: ["b"] },
                period: "2021",
                values: [{ currency: "CNY", figure: figure.exact(lb) }],
                growth: exactPct(rb),
              },
            ],
          });
          const r = zone.remainderOf(z, "t", ["a", "b"], "CNY");
          const sum = r.contributions.reduce((acc, c) => acc.plus(c.points.points.value), new D(0));
          expect(sum.minus(totalRate.times(100)).abs().lt("1e-25")).toBe(true);
          expect(r.remainder.current.value.eq(lrest)).toBe(true);
          expect(r.remainder.rate.fraction.value.minus(rr).abs().lt("1e-25")).toBe(true);
          const s = zone.shareOf(z, "a", "t", "CNY");
          expect(s.current.fraction.value.minus(la.div(total)).abs().lt("1e-30")).toBe(true);
        },
      ),
    );
  });

  it("create neither mutates nor keeps its input, and freezes what it returns", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("CNY", "USD", "EUR", "JPY"), { minLength: 1, maxLength: 4 }), (codes) => {
        const unique = [...new Set(codes)];
        const input = {
          id: "z",
          name: { name: "Z", sourceIds: [] as string[] },
          industries: industries.map((i) => ({ ...i })),
          observations: [
            {
              id: "o",
              indicator: "gdp",
              period: "2021",
              values: unique.map((c) => ({ currency: c, figure: figure.reported("1.5") })),
            },
          ],
        };
        const before = JSON.stringify(input);
        const z = zone.create(input);
        expect(JSON.stringify(input)).toBe(before);
        expect(Object.isFrozen(input.observations)).toBe(false);
        expect(Object.isFrozen(z.observations[0]?.values)).toBe(true);
        expect(z.observations[0]?.values.map((v) => v.currency.code)).toEqual(unique);
      }),
    );
  });
});
