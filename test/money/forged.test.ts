/**
 * Forged values: every exported function of the money namespace that takes a
 * Money or a Currency, fed every hand-built broken copy of a valid one (a
 * field replaced by undefined, null, NaN, a string, an object, a Symbol... or
 * removed; see `corruptions` in test/support.ts), must either refuse it with an
 * AccordoError or return a finite result (a copy that is still valid may be
 * accepted): never a TypeError, never NaN or Infinity. Each copy
 * is tried as built (not frozen: the full check) and frozen (the fast path's
 * entry). The exact messages are asserted in refusals.test.ts.
 */
import { describe, expect, it, vi } from "vitest";
import * as money from "../../src/money/index.js";
import type { Currency, Money } from "../../src/money/types.js";
import { misbehaviours, thrown } from "../support.js";

const tok = money.defineCurrency({ code: "TOKEN_1", minorUnits: 6, name: "Token" });

/** Representative amounts, each with a second valid amount of its currency for the two-argument functions. */
const SAMPLES: readonly (readonly [string, Money, Money])[] = [
  ["USD 1234.56", money.of("1234.56", "USD"), money.of("2", "USD")],
  ["JPY 1100", money.of("1100", "JPY"), money.of("5", "JPY")],
  ["a custom currency", money.of("0.000123", tok), money.of("1", tok)],
  ["a negative amount", money.of("-1.25", "EUR"), money.of("3", "EUR")],
  ["a zero amount", money.of("0", "CNY"), money.of("1", "CNY")],
];

/** Each function of a Money, and each Money parameter of the two-argument ones (`other` is a valid amount of the same currency). */
const ON_MONEY: readonly (readonly [string, (m: Money, other: Money) => unknown])[] = [
  ["toMinor", (m) => money.toMinor(m)],
  ["toMinor (with a mode)", (m) => money.toMinor(m, "halfEven")],
  ["add (a)", (m, o) => money.add(m, o)],
  ["add (b)", (m, o) => money.add(o, m)],
  ["subtract (a)", (m, o) => money.subtract(m, o)],
  ["subtract (b)", (m, o) => money.subtract(o, m)],
  ["multiply", (m) => money.multiply(m, "1.5")],
  ["divide", (m) => money.divide(m, 3, { mode: "halfEven" })],
  ["divide (scale)", (m) => money.divide(m, "0.7", { mode: "up", scale: 4 })],
  ["negate", (m) => money.negate(m)],
  ["abs", (m) => money.abs(m)],
  ["sum (first)", (m, o) => money.sum([m, o])],
  ["sum (later)", (m, o) => money.sum([o, o, m])],
  ["sum (with a currency)", (m, o) => money.sum([m], o.currency)],
  ["compare (a)", (m, o) => money.compare(m, o)],
  ["compare (b)", (m, o) => money.compare(o, m)],
  ["equals (a)", (m, o) => money.equals(m, o)],
  ["equals (b)", (m, o) => money.equals(o, m)],
  ["lessThan", (m, o) => money.lessThan(m, o)],
  ["greaterThan", (m, o) => money.greaterThan(o, m)],
  ["lessThanOrEqual", (m, o) => money.lessThanOrEqual(m, o)],
  ["greaterThanOrEqual", (m, o) => money.greaterThanOrEqual(o, m)],
  ["min (arguments)", (m, o) => money.min(m, o)],
  ["min (list)", (m, o) => money.min([o, m])],
  ["max (arguments)", (m, o) => money.max(o, m)],
  ["max (list)", (m, o) => money.max([m, o])],
  ["isZero", (m) => money.isZero(m)],
  ["isPositive", (m) => money.isPositive(m)],
  ["isNegative", (m) => money.isNegative(m)],
  ["round", (m) => money.round(m)],
  ["round (scale)", (m) => money.round(m, { scale: -1, mode: "up" })],
  ["round (step)", (m) => money.round(m, { step: "0.05", mode: "floor" })],
  ["allocate", (m) => money.allocate(m, [1, 2], { step: "0.000001" })],
  ["allocate (parts)", (m) => money.allocate(m, 3, { method: "dHondt", step: "0.000001" })],
  ["format", (m) => money.format(m)],
  ["format (long)", (m) => money.format(m, { notation: "long", locale: "it-IT" })],
  ["format (compact)", (m) => money.format(m, { notation: "compact", currencyDisplay: "code", fractionDigits: 1 })],
  ["toJSON", (m) => money.toJSON(m)],
  ["toString", (m) => money.toString(m)],
];

/** Each function that takes a Currency. */
const ON_CURRENCY: readonly (readonly [string, (c: Currency) => unknown])[] = [
  ["currency", (c) => money.currency(c)],
  ["of", (c) => money.of("1.5", c)],
  ["fromMinor", (c) => money.fromMinor(150, c)],
  ["sum (currency of an empty list)", (c) => money.sum([], c)],
  ["parse (options.currency)", (c) => money.parse("1.5", { currency: c })],
  ["fromJSON (options.currencies)", (c) => money.fromJSON({ amount: "1.5", currency: "TOKEN_1" }, { currencies: [c] })],
  ["defineCurrency", (c) => money.defineCurrency(c)],
];

const frozen = (x: unknown): unknown => (typeof x === "object" && x !== null ? Object.freeze(x) : x);

describe("money functions refuse forged Money values with an AccordoError", () => {
  for (const [sample, m, other] of SAMPLES) {
    describe(sample, () => {
      for (const [name, fn] of ON_MONEY) {
        it(name, () => {
          expect(misbehaviours(m, (x) => fn(x as Money, other))).toEqual([]);
          expect(misbehaviours(m, (x) => fn(frozen(x) as Money, other))).toEqual([]);
        });
      }
    });
  }
});

describe("money functions refuse forged Currency values with an AccordoError", () => {
  for (const [sample, m] of SAMPLES) {
    describe(`the currency of ${sample}`, () => {
      for (const [name, fn] of ON_CURRENCY) {
        it(name, () => {
          expect(misbehaviours(m.currency, (x) => fn(x as Currency))).toEqual([]);
          expect(misbehaviours(m.currency, (x) => fn(frozen(x) as Currency))).toEqual([]);
        });
      }
    });
  }
});

describe("fromJSON refuses forged JSON with an AccordoError", () => {
  it("a broken copy of what toJSON writes", () => {
    for (const [, m] of SAMPLES) {
      expect(misbehaviours(money.toJSON(m), (x) => money.fromJSON(x, { currencies: [tok] }))).toEqual([]);
    }
  });
});

describe("the fast path of the Money check", () => {
  it("refuses a frozen Money without a currency before any valid Money was checked (a TypeError: the remembered currency started as undefined)", async () => {
    vi.resetModules();
    const fresh = await import("../../src/money/index.js");
    // of() does not check a Money, so the module has recognised no currency yet.
    const amount = fresh.of("1", "USD").amount;
    expect(thrown(() => fresh.toMinor(Object.freeze({ amount, currency: undefined }) as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: {
        function: "money.toMinor",
        path: "money.currency",
        expected: "a currency code or a Currency",
        received: undefined,
      },
    });
    expect(thrown(() => fresh.round(Object.freeze({ amount }) as never))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "money.round", path: "money", expected: "a Money ({ amount, currency })" },
    });
  });
});

describe("the sweep sees what it should", () => {
  it("reports a function that reads a field of a broken value without checking it", () => {
    const unchecked = misbehaviours(money.of("1", "USD"), (x) => (x as Money).currency.code.length);
    expect(unchecked).toContain("(root) = null: TypeError: Cannot read properties of null (reading 'currency')");
    expect(unchecked).toContain(
      "currency = undefined: TypeError: Cannot read properties of undefined (reading 'code')",
    );
  });
});
