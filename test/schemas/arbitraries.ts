/**
 * fast-check arbitraries of valid domain values, one per schema in SCHEMAS,
 * each built with its namespace's constructors.
 */
import fc from "fast-check";
import { D } from "../../src/decimal.js";
import * as money from "../../src/money/index.js";
import * as period from "../../src/period/index.js";
import type { SinglePeriod } from "../../src/period/types.js";

/** Decimal strings of any sign and scale, including negative zero and long ones. */
export const decimalText: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 40n }), fc.integer({ min: 0, max: 30 }))
    .map(([negative, digits, scale]) => {
      const text = digits.toString().padStart(scale + 1, "0");
      const body = scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
      return `${negative ? "-" : ""}${body}`;
    }),
  fc.constantFrom("0", "-0", "1e20", "-1.5e-20"),
);

export const decimal = decimalText.map((text) => new D(text));

const DAY_ZERO = "0001-01-01";
export const isoDate: fc.Arbitrary<string> = fc.integer({ min: 0, max: 3_652_058 }).map((n) => period.addDays(DAY_ZERO, n));

function singleUpTo(maxYear: number): fc.Arbitrary<SinglePeriod> {
  const year = fc.integer({ min: 1, max: maxYear });
  return fc.oneof(
    year.map((y) => period.year(y)),
    fc.tuple(year, fc.integer({ min: 1, max: 2 })).map(([y, h]) => period.half(y, h)),
    fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => period.quarter(y, q)),
    fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => period.month(y, m)),
    fc.tuple(year, fc.integer({ min: 1, max: 52 })).map(([y, w]) => period.week(y, w)),
    isoDate.filter((d) => Number(d.slice(0, 4)) <= maxYear).map((d) => period.day(d)),
  );
}

export const periodValue = fc.oneof(
  singleUpTo(9998),
  fc.tuple(singleUpTo(9950), fc.integer({ min: 0, max: 40 })).map(([start, years]) => period.range(start, period.shiftYears(start, years) as SinglePeriod)),
);

const customCurrency = fc
  .tuple(fc.stringMatching(/^[A-Z][A-Z0-9_]{3,11}$/), fc.integer({ min: 0, max: 18 }), fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ""))
  .map(([code, minorUnits, name]) => money.defineCurrency({ code, minorUnits, name: name.trim() }));

export const currency = fc.oneof(fc.constantFrom(...money.currencies({ historic: true })), customCurrency);

export const moneyValue = fc.tuple(decimalText, currency).map(([amount, c]) => money.of(amount, c));

/** By the names of SCHEMAS. */
export const ARBITRARIES: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  Decimal: decimal,
  IsoDate: isoDate,
  Period: periodValue,
  Currency: currency,
  Money: moneyValue,
};
