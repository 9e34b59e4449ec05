/**
 * Forged values: every exported function of the fx namespace that takes an
 * ExchangeRate, a RateTable, a Money, an ImpliedRate, a Figure or their JSON,
 * fed every hand-built broken copy of a valid one (a field replaced by
 * undefined, null, NaN, a string, an object, a Symbol... or removed; see
 * `corruptions` in test/support.ts), must either refuse it with an AccordoError
 * or return a finite result (a copy that is still valid, such as one without an
 * optional field, may be accepted): never a TypeError, never NaN or Infinity. Each copy is tried as built
 * (refused: the library takes only frozen rates and tables), frozen at its root,
 * and frozen all the way down (every field then reaches the full check of a
 * rate, its chain's rates and a table's pivot). The exact messages are asserted
 * in messages.test.ts.
 */
import { describe, expect, it } from "vitest";
import * as figure from "../../src/figure/index.js";
import * as fx from "../../src/fx/index.js";
import type { ExchangeRate, ImpliedRate, RateTable } from "../../src/fx/types.js";
import * as money from "../../src/money/index.js";
import type { Money } from "../../src/money/types.js";
import { freezePlain, misbehaviours } from "../support.js";

const usdCny = fx.rate({ base: "USD", quote: "CNY", rate: "7.1", on: "2024-01-02", source: "PBoC" });
const eurUsd = fx.rate({ base: "EUR", quote: "USD", rate: "1.09", on: "2024-01-02", source: "ECB" });
const usdJpy = fx.rate({ base: "USD", quote: "JPY", rate: "141.5", on: "2024-01-02" });

/** Representative rates: direct on a day, an average over a period, an inverse, a cross (with an inverted leg), an identity rate. */
const RATES: readonly (readonly [string, ExchangeRate])[] = [
  ["a direct rate on a day", usdCny],
  [
    "an average over a period",
    fx.rate({ base: "EUR", quote: "USD", rate: "1.0857", on: "2024-Q1", kind: "average", source: "ECB" }),
  ],
  ["an inverse", fx.invert(usdCny)],
  ["a cross", fx.cross(usdCny, usdJpy)],
  ["an identity rate", fx.lookup(fx.table([]), "CNY", "CNY", { on: "2024-01-02" })],
];

/** A table with a pivot other than USD's default, holding a day rate, an average and a cross, with an undated rate. */
const TABLE = fx.table(
  [
    usdCny,
    eurUsd,
    fx.rate({ base: "EUR", quote: "USD", rate: "1.0857", on: "2024-Q1", kind: "average" }),
    fx.rate({ base: "GBP", quote: "USD", rate: "1.27" }),
  ],
  {
    pivot: "USD",
  },
);
const EUR = money.of("1000.50", "EUR");
const IMPLIED = fx.implied(
  figure.reported("30.26", { scale: "billion" }),
  "USD",
  figure.reported("193.48", { scale: "billion" }),
  "CNY",
  { label: "GDP" },
);

const frozen = (x: unknown): unknown => (typeof x === "object" && x !== null ? Object.freeze(x) : x);

/** The misbehaviours of `fn` on the broken copies of `value`: as built, frozen at the root, and frozen all the way down. */
function sweep(value: unknown, fn: (x: never) => unknown): string[] {
  return [
    ...misbehaviours(value, (x) => fn(x as never)),
    ...misbehaviours(value, (x) => fn(frozen(x) as never)).map((line) => `frozen: ${line}`),
    ...misbehaviours(value, (x) => fn(freezePlain(x) as never)).map((line) => `deep-frozen: ${line}`),
  ];
}

/** Each function of a rate (and each rate parameter of cross, checkRate, table and convert). `r` is the broken rate, `good` the valid one. */
const ON_RATE: readonly (readonly [string, (r: ExchangeRate, good: ExchangeRate) => unknown])[] = [
  ["invert", (r) => fx.invert(r)],
  ["origins", (r) => fx.origins(r)],
  ["rateToJSON", (r) => fx.rateToJSON(r)],
  [
    "cross (first)",
    (r, good) =>
      fx.cross(
        r,
        fx.rate({ base: good.quote, quote: good.quote.code === "GBP" ? "CHF" : "GBP", rate: "0.8", on: "2024-01-02" }),
        { allowDifferentDates: true },
      ),
  ],
  [
    "cross (second)",
    (r, good) =>
      fx.cross(fx.rate({ base: good.base.code === "GBP" ? "CHF" : "GBP", quote: good.base, rate: "1.2" }), r, {
        allowDifferentDates: true,
      }),
  ],
  ["table", (r) => fx.table([usdJpy, r])],
  ["table, then lookup", (r, good) => fx.lookup(fx.table([r]), good.quote, good.base)],
  ["convert", (r, good) => fx.convert(money.of("12.34", good.base), good.quote, r)],
  [
    "convert (the other way)",
    (r, good) => fx.convert(money.of("12.34", good.quote), good.base, r, { rounding: "none" }),
  ],
  ["conversion", (r, good) => fx.conversion(money.of("12.34", good.base), good.quote, r, { rounding: "up" })],
  ["checkRate", (r) => fx.checkRate(r, [IMPLIED])],
];

/** Each function of a table. */
const ON_TABLE: readonly (readonly [string, (t: RateTable) => unknown])[] = [
  ["lookup (a day, through the pivot)", (t) => fx.lookup(t, "EUR", "CNY", { on: "2024-01-02" })],
  ["lookup (a period)", (t) => fx.lookup(t, "USD", "EUR", { on: "2024-01/2024-03" })],
  ["lookup (the most recent, another pivot)", (t) => fx.lookup(t, "GBP", "EUR", { pivot: "USD" })],
  ["lookup (nearest)", (t) => fx.lookup(t, "CNY", "USD", { on: "2024-01-04", policy: "nearest", withinDays: 3 })],
  ["lookup (a currency to itself)", (t) => fx.lookup(t, "EUR", "EUR")],
  ["convert", (t) => fx.convert(EUR, "CNY", t, { on: "2024-01-02" })],
  ["conversion", (t) => fx.conversion(EUR, "JPY", t, { on: "2024-01-02", policy: "onOrBefore", rounding: "none" })],
  ["tableToJSON", (t) => fx.tableToJSON(t)],
];

describe("fx functions refuse forged rates with an AccordoError", () => {
  for (const [sample, r] of RATES) {
    describe(sample, () => {
      for (const [name, fn] of ON_RATE) {
        it(name, () => {
          expect(sweep(r, (x) => fn(x, r))).toEqual([]);
        });
      }
    });
  }
});

describe("fx functions refuse forged tables with an AccordoError", () => {
  for (const [name, fn] of ON_TABLE) {
    it(name, () => {
      expect(sweep(TABLE, fn)).toEqual([]);
    });
  }
});

describe("fx functions refuse forged Money, implied rates and figures with an AccordoError", () => {
  it("convert and conversion, the money (with a rate and with a table)", () => {
    expect(sweep(EUR, (m: Money) => fx.convert(m, "USD", eurUsd))).toEqual([]);
    expect(sweep(EUR, (m: Money) => fx.conversion(m, "CNY", TABLE, { on: "2024-01-02" }))).toEqual([]);
  });

  it("consistency and checkRate, the implied rates", () => {
    const other = fx.implied("66.38", "USD", "424.36", "CNY");
    expect(sweep(IMPLIED, (i: ImpliedRate) => fx.consistency([i, other]))).toEqual([]);
    expect(sweep(IMPLIED, (i: ImpliedRate) => fx.consistency([other, i]))).toEqual([]);
    expect(sweep(IMPLIED, (i: ImpliedRate) => fx.checkRate("6.3933", [other, i]))).toEqual([]);
    expect(sweep(IMPLIED, (i: ImpliedRate) => fx.checkRate(usdCny, [i]))).toEqual([]);
  });

  it("implied, the figures", () => {
    expect(sweep(IMPLIED.baseFigure, (f) => fx.implied(f, "USD", IMPLIED.quoteFigure, "CNY"))).toEqual([]);
    expect(sweep(IMPLIED.quoteFigure, (f) => fx.implied(IMPLIED.baseFigure, "USD", f, "CNY"))).toEqual([]);
  });
});

describe("fx readers refuse forged JSON and inputs with an AccordoError", () => {
  it("rateFromJSON and tableFromJSON, a broken copy of what rateToJSON and tableToJSON write", () => {
    for (const [, r] of RATES) expect(misbehaviours(fx.rateToJSON(r), (x) => fx.rateFromJSON(x))).toEqual([]);
    expect(misbehaviours(fx.tableToJSON(TABLE), (x) => fx.tableFromJSON(x))).toEqual([]);
  });

  it("rate and table, a broken copy of the input they take", () => {
    const input = { base: "USD", quote: "CNY", rate: "7.1", on: "2024-Q1", source: "PBoC", kind: "average" };
    expect(sweep(input, (x) => fx.rate(x))).toEqual([]);
    expect(sweep([input], (x) => fx.table(x))).toEqual([]);
    expect(sweep({ pivot: money.currency("EUR") }, (x) => fx.table([usdCny], x))).toEqual([]);
  });
});
