import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { D } from "../../src/decimal.js";
import { isAccordoError } from "../../src/errors.js";
import * as fx from "../../src/fx/index.js";
import * as money from "../../src/money/index.js";
import * as period from "../../src/period/index.js";
import type { RoundingMode } from "../../src/decimal.js";

/** Currencies with 0, 2, 3 and 4 minor units. */
const CODES = ["USD", "EUR", "JPY", "IQD", "KWD", "CLF", "CNY", "KRW"] as const;

/** A positive rate with 1 to 8 significant digits, from 1e-4 to about 1e5. */
const rateText = fc
  .tuple(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: -11, max: -3 }))
  .map(([digits, exp]) => new D(digits).times(new D(10).pow(exp)).toString());

/** An amount of whole minor units of `minorUnits`, up to 10^12 minor units either way. */
const amountIn = (minorUnits: number) =>
  fc
    .bigInt({ min: -(10n ** 12n), max: 10n ** 12n })
    .map((units) => new D(units.toString()).div(new D(10).pow(minorUnits)).toString());

const pairOfCodes = fc.tuple(fc.constantFrom(...CODES), fc.constantFrom(...CODES)).filter(([a, b]) => a !== b);

const NEAREST_MODES: readonly RoundingMode[] = [
  "halfEven",
  "halfUp",
  "halfDown",
  "halfTowardsZero",
  "halfAwayFromZero",
];

describe("fx properties", () => {
  it("converting with a rate then with its inverse lands within one minor unit, when the target's unit is no coarser", () => {
    fc.assert(
      fc.property(
        pairOfCodes.chain(([from, to]) =>
          fc.tuple(
            fc.constant(from),
            fc.constant(to),
            amountIn(money.currency(from).minorUnits),
            rateText,
            fc.constantFrom(...NEAREST_MODES),
          ),
        ),
        ([from, to, amount, rateValue, mode]) => {
          const source = money.currency(from);
          const target = money.currency(to);
          const r = fx.rate({ base: from, quote: to, rate: rateValue });
          // One target minor unit is worth no more than one source minor unit.
          fc.pre(new D(10).pow(source.minorUnits - target.minorUnits).lte(r.rate));
          const original = money.of(amount, from);
          const there = fx.convert(original, to, r, { rounding: mode });
          const back = fx.convert(there, from, fx.invert(r), { rounding: mode });
          const unit = new D(10).pow(-source.minorUnits);
          expect(back.amount.minus(original.amount).abs().lte(unit)).toBe(true);
          expect(back.amount.decimalPlaces()).toBeLessThanOrEqual(source.minorUnits);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("a cross rate converts exactly as two conversions in a row, before rounding", () => {
    const chainOfThree = fc
      .tuple(fc.constantFrom(...CODES), fc.constantFrom(...CODES), fc.constantFrom(...CODES))
      .filter(([a, b, c]) => a !== b && b !== c && a !== c);
    fc.assert(
      fc.property(
        chainOfThree,
        rateText,
        rateText,
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        ([x, y, z], ab, bc, units) => {
          const a = fx.rate({ base: x, quote: y, rate: ab, on: "2024-01-02" });
          const b = fx.rate({ base: y, quote: z, rate: bc, on: "2024-01-02" });
          const m = money.of(new D(units.toString()).div(100).toString(), x);
          const direct = fx.convert(m, z, fx.cross(a, b), { rounding: "none" });
          const twoSteps = fx.convert(fx.convert(m, y, a, { rounding: "none" }), z, b, { rounding: "none" });
          expect(direct.amount.toString()).toBe(twoSteps.amount.toString());
          // The argument order does not matter.
          expect(fx.cross(b, a).rate.toString()).toBe(fx.cross(a, b).rate.toString());
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a cross through inverted legs agrees with two conversions to 30 significant digits", () => {
    fc.assert(
      fc.property(pairOfCodes, fc.constantFrom(...CODES), rateText, rateText, ([x, y], z, xy, zy) => {
        fc.pre(z !== x && z !== y);
        const a = fx.rate({ base: x, quote: y, rate: xy });
        const b = fx.rate({ base: z, quote: y, rate: zy }); // shares the quote: X→Y then Y→Z inverted
        const c = fx.cross(a, b);
        expect(`${c.base.code}/${c.quote.code}`).toBe(`${x}/${z}`);
        const twoSteps = a.rate.times(fx.invert(b).rate);
        expect(c.rate.minus(twoSteps).abs().lte(twoSteps.times("1e-30"))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  const day = fc.integer({ min: 0, max: 60 }).map((n) => period.addDays("2024-01-01", n));
  const stored = fc.uniqueArray(fc.tuple(fc.constantFrom("EUR", "JPY", "CNY"), day, rateText), {
    minLength: 0,
    maxLength: 25,
    selector: ([code, on]) => `${code}|${on}`,
  });
  const policy = fc.oneof(
    fc.constant({ policy: "exact" as const }),
    fc.constant({ policy: "onOrBefore" as const }),
    fc.integer({ min: 0, max: 10 }).map((withinDays) => ({ policy: "nearest" as const, withinDays })),
  );

  function attempt<T>(fn: () => T): T | "RATE_NOT_FOUND" {
    try {
      return fn();
    } catch (e) {
      if (isAccordoError(e, "RATE_NOT_FOUND")) return "RATE_NOT_FOUND";
      throw e;
    }
  }

  it("looking up the inverse pair equals inverting the direct lookup", () => {
    fc.assert(
      fc.property(stored, fc.constantFrom("EUR", "JPY", "CNY"), day, policy, (rows, code, on, p) => {
        const t = fx.table(rows.map(([c, d, r]) => ({ base: "USD", quote: c, rate: r, on: d })));
        const direct = attempt(() => fx.lookup(t, "USD", code, { on, ...p }));
        const inverse = attempt(() => fx.lookup(t, code, "USD", { on, ...p }));
        if (direct === "RATE_NOT_FOUND") expect(inverse).toBe("RATE_NOT_FOUND");
        else expect(inverse).toEqual(fx.invert(direct));
      }),
      { numRuns: 300 },
    );
  });

  it("lookup picks a rate the policy allows, and none closer", () => {
    fc.assert(
      fc.property(stored, fc.constantFrom("EUR", "JPY", "CNY"), day, policy, (rows, code, on, p) => {
        const t = fx.table(rows.map(([c, d, r]) => ({ base: "USD", quote: c, rate: r, on: d })));
        const found = attempt(() => fx.lookup(t, "USD", code, { on, ...p }));
        const dates = rows.filter(([c]) => c === code).map(([, d]) => period.daysBetween(on, d));
        const allowed = dates.filter((n) =>
          p.policy === "exact" ? n === 0 : p.policy === "onOrBefore" ? n <= 0 : Math.abs(n) <= p.withinDays,
        );
        if (found === "RATE_NOT_FOUND") {
          expect(allowed).toEqual([]);
          return;
        }
        const distance = Math.abs(period.daysBetween(on, found.on as string));
        expect(allowed.map(Math.abs)).toContain(distance);
        expect(Math.min(...allowed.map(Math.abs))).toBe(distance);
      }),
      { numRuns: 300 },
    );
  });

  it("a rate survives its JSON round trip", () => {
    fc.assert(
      fc.property(pairOfCodes, rateText, fc.option(day, { nil: null }), fc.boolean(), ([b, q], r, on, inverted) => {
        const direct = fx.rate({ base: b, quote: q, rate: r, on });
        const value = inverted ? fx.invert(direct) : direct;
        expect(fx.rateFromJSON(JSON.parse(JSON.stringify(fx.rateToJSON(value))))).toEqual(value);
      }),
      { numRuns: 200 },
    );
  });
});
