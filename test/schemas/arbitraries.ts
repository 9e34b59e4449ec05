/**
 * fast-check arbitraries of valid domain values, one per schema in SCHEMAS,
 * each built with its namespace's constructors.
 */
import fc from "fast-check";
import { D } from "../../src/decimal.js";
import * as figure from "../../src/figure/index.js";
import * as fx from "../../src/fx/index.js";
import type { FigureScale, ReportedRounding } from "../../src/figure/types.js";
import type { ExchangeRate } from "../../src/fx/types.js";
import * as money from "../../src/money/index.js";
import * as period from "../../src/period/index.js";
import type { Currency } from "../../src/money/types.js";
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

const shortDecimal: fc.Arbitrary<string> = fc
  .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 10 }))
  .map(([n, scale]) => new D(n.toString()).div(new D(10).pow(scale)).toFixed());

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

const positiveText = fc
  .tuple(fc.bigInt({ min: 1n, max: 10n ** 20n }), fc.integer({ min: 0, max: 12 }))
  .map(([digits, scale]) => {
    const text = digits.toString().padStart(scale + 1, "0");
    return scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
  });

export const figureValue = fc.oneof(
  decimalText.map((t) => figure.exact(t)),
  fc
    .tuple(decimalText.filter((t) => !t.includes("e")), fc.constantFrom<ReportedRounding>("halfUp", "halfEven", "down", "upOrDown", "ceil"), fc.constantFrom<FigureScale | undefined>(undefined, "billion", "万", -2, 3))
    .map(([t, rounding, scale]) => figure.reported(t, scale === undefined ? { rounding } : { rounding, scale })),
  // bounds of up to 25 digits, so that a quarter point between them is exact in 34 digits
  fc.tuple(shortDecimal, shortDecimal, fc.boolean(), fc.boolean(), fc.integer({ min: 0, max: 4 })).map(([a, b, loInclusive, hiInclusive, k]) => {
    const [lo, hi] = new D(a).lte(new D(b)) ? [a, b] : [b, a];
    const value = new D(lo).plus(new D(hi).minus(new D(lo)).times(k).div(4));
    const exactBounds = new D(lo).eq(new D(hi));
    return figure.between(lo, hi, { value, loInclusive: exactBounds || loInclusive, hiInclusive: exactBounds || hiInclusive });
  }),
);

const onText = fc.oneof(fc.constant(null), isoDate, periodValue.map((p) => period.format(p)));
const source = fc.oneof(fc.constant(null), fc.constantFrom("PBoC", "ECB", "Council Regulation (EU) 2022/1208", "某 source"));
const kind = fc.constantFrom("spot", "average", "fixed", "implied" as const);
const isoCurrencies = money.currencies({ historic: true });

/** Three different currencies, the first possibly a custom one. */
const currencyTriple = fc
  .tuple(currency, fc.uniqueArray(fc.constantFrom(...isoCurrencies), { minLength: 3, maxLength: 3, selector: (c) => c.code }))
  .map(([first, [a, b, c]]): [Currency, Currency, Currency] => (isoCurrencies.some((x) => x.code === first.code) ? [a!, b!, c!] : [first, b!, c!]));

function direct(base: Currency, quote: Currency): fc.Arbitrary<ExchangeRate> {
  return fc.record({ rate: positiveText, on: onText, source, kind }).map((r) => fx.rate({ base, quote, ...r }));
}

export const exchangeRate: fc.Arbitrary<ExchangeRate> = currencyTriple.chain(([a, b, c]) =>
  fc.oneof(
    direct(a, b),
    direct(a, b).map((r) => fx.invert(r)),
    fc.tuple(direct(a, b), direct(b, c)).map(([x, y]) => fx.cross(x, y, { allowDifferentDates: true })),
    fc.tuple(direct(b, a), direct(c, b)).map(([x, y]) => fx.cross(x, y, { allowDifferentDates: true })),
    fc.tuple(direct(a, b), direct(b, c)).map(([x, y]) => fx.invert(fx.cross(x, y, { allowDifferentDates: true }))),
    // legs sharing their base, or their quote: cross inverts one of them
    fc.tuple(direct(b, a), direct(b, c)).map(([x, y]) => fx.cross(x, y, { allowDifferentDates: true })),
    fc.tuple(direct(a, b), direct(c, b)).map(([x, y]) => fx.cross(x, y, { allowDifferentDates: true })),
    onText.map((on) => fx.lookup(fx.table([], { pivot: a }), a, a, on === null ? {} : { on })),
  ),
);

export const rateTable = fc
  .tuple(
    fc.uniqueArray(
      currencyTriple.chain(([a, b]) => direct(a, b)),
      { maxLength: 12, selector: (r) => `${r.base.code}>${r.quote.code}|${r.on === null ? "" : typeof r.on === "string" ? r.on : period.format(r.on)}|${r.source ?? ""}|${r.kind}` },
    ),
    fc.constantFrom(...isoCurrencies),
  )
  .map(([rates, pivot]) => fx.table(rates, { pivot }));

/** By the names of SCHEMAS. */
export const ARBITRARIES: Readonly<Record<string, fc.Arbitrary<unknown>>> = {
  Decimal: decimal,
  IsoDate: isoDate,
  Period: periodValue,
  Currency: currency,
  Money: moneyValue,
  Figure: figureValue,
  ExchangeRate: exchangeRate,
  RateTable: rateTable,
};
