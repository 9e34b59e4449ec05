import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import type { RoundingMode } from "../../src/decimal.js";
import * as money from "../../src/money/index.js";
import type { Money } from "../../src/money/types.js";
import { code, thrown } from "../support.js";

const str = (m: Money): string => money.toString(m);

describe("of", () => {
  it("accepts strings, numbers, bigints and Decimals of any constructor", () => {
    expect(str(money.of("193.48e9", "CNY"))).toBe("193480000000 CNY");
    expect(str(money.of(0.1, "USD"))).toBe("0.1 USD");
    expect(str(money.of(12345678901234567890123n, "USD"))).toBe("12345678901234567890123 USD");
    expect(str(money.of(new Decimal("1.005"), "USD"))).toBe("1.005 USD");
    const Other = Decimal.clone({ precision: 5 });
    expect(str(money.of(new Other("123456789.123"), "USD"))).toBe("123456789.123 USD");
  });
  it("refuses what is not a finite amount, and unknown currencies", () => {
    expect(code(() => money.of(Number.NaN, "USD"))).toBe("INVALID_NUMBER");
    expect(code(() => money.of(Number.POSITIVE_INFINITY, "USD"))).toBe("INVALID_NUMBER");
    expect(code(() => money.of("1,5", "USD"))).toBe("INVALID_NUMBER");
    expect(code(() => money.of("", "USD"))).toBe("INVALID_NUMBER");
    expect(code(() => money.of(null as never, "USD"))).toBe("INVALID_TYPE");
    expect(code(() => money.of(1, "XYZ"))).toBe("UNKNOWN_CURRENCY");
  });
  it("normalises negative zero", () => {
    expect(str(money.of("-0", "USD"))).toBe("0 USD");
    expect(money.negate(money.of(0, "USD")).amount.isNegative()).toBe(false);
  });
});

describe("fromMinor / toMinor", () => {
  it("is exact beyond 2^53 and beyond 34 digits", () => {
    const minor = 123456789012345678901234567890123456789n;
    const m = money.fromMinor(minor, "USD");
    expect(m.amount.toFixed()).toBe("1234567890123456789012345678901234567.89");
    expect(money.toMinor(m)).toBe(minor);
    expect(money.toMinor(money.fromMinor(-5n, "KWD"))).toBe(-5n);
    expect(money.fromMinor(-5n, "KWD").amount.toFixed()).toBe("-0.005");
    expect(money.fromMinor("42", "JPY").amount.toFixed()).toBe("42");
  });
  it("refuses non-integers and unsafe numbers", () => {
    expect(code(() => money.fromMinor(1.5, "USD"))).toBe("OUT_OF_RANGE");
    expect(code(() => money.fromMinor("1.5", "USD"))).toBe("INVALID_NUMBER");
    expect(code(() => money.fromMinor(2 ** 60, "USD"))).toBe("OUT_OF_RANGE");
  });
  it("needs a mode for amounts finer than a minor unit", () => {
    expect(code(() => money.toMinor(money.of("1.005", "USD")))).toBe("INVALID_INPUT");
    expect(money.toMinor(money.of("1.005", "USD"), "halfAwayFromZero")).toBe(101n);
    expect(money.toMinor(money.of("-1.005", "USD"), "floor")).toBe(-101n);
    expect(code(() => money.toMinor(money.of("1", "USD"), "nearest" as never))).toBe("INVALID_INPUT");
  });
});

describe("arithmetic", () => {
  const a = money.of("0.1", "USD");
  const b = money.of("0.2", "USD");
  it("adds, subtracts, multiplies exactly", () => {
    expect(str(money.add(a, b))).toBe("0.3 USD");
    expect(str(money.subtract(a, b))).toBe("-0.1 USD");
    expect(str(money.multiply(money.of("19.99", "USD"), "1.08"))).toBe("21.5892 USD");
    expect(str(money.multiply(money.of("30.26e9", "USD"), "6.39392"))).toBe("193480019200 USD");
  });
  it("refuses to mix currencies", () => {
    const eur = money.of("1", "EUR");
    for (const fn of [
      money.add,
      money.subtract,
      money.compare,
      money.lessThan,
      money.greaterThan,
      money.lessThanOrEqual,
      money.greaterThanOrEqual,
    ]) {
      expect(code(() => fn(a, eur))).toBe("CURRENCY_MISMATCH");
    }
    expect(code(() => money.sum([a, eur]))).toBe("CURRENCY_MISMATCH");
    expect(code(() => money.sum([a], "EUR"))).toBe("CURRENCY_MISMATCH");
    expect(code(() => money.min(a, eur))).toBe("CURRENCY_MISMATCH");
    expect(code(() => money.max([a, eur]))).toBe("CURRENCY_MISMATCH");
    expect(money.equals(a, money.of("0.1", "EUR"))).toBe(false);
  });
  it("sum adds in list order as add does, where the total rounds to 34 digits", () => {
    const cent = money.of("0.01", "USD");
    const huge = money.of("1e33", "USD");
    const cents = (n: number): Money[] => Array.from({ length: n }, () => cent);
    // 1e33 + 0.01 rounds back to 1e33 at every step: a hundred cents never add up to a dollar on top of it.
    for (const list of [
      [cent, huge, ...cents(100)],
      [huge, ...cents(100)],
      [...cents(100), huge, ...cents(100)],
    ]) {
      expect(money.sum(list).amount.toString()).toBe(list.reduce((x, y) => money.add(x, y)).amount.toString());
    }
    expect(str(money.sum([cent, huge, ...cents(100)]))).toBe(`1${"0".repeat(33)} USD`);
    // The other way round, the cents make a dollar first.
    expect(str(money.sum([...cents(100), huge]))).toBe(`1${"0".repeat(32)}1 USD`);
    // Whole cents past 2^52 of them still add exactly.
    const big = money.of("45035996273704.96", "USD");
    expect(str(money.sum([big, big, big, cent]))).toBe("135107988821114.89 USD");
    expect(str(money.sum([big, money.negate(big), cent, money.of("-0.01", "USD")]))).toBe("0 USD");
  });
  it("refuses values that are not Money", () => {
    expect(code(() => money.add({ amount: 1, currency: "USD" } as never, a))).toBe("INVALID_VALUE");
    expect(code(() => money.negate(null as never))).toBe("INVALID_TYPE");
    expect(code(() => money.sum("x" as never))).toBe("INVALID_TYPE");
    expect(code(() => money.sum([]))).toBe("INVALID_INPUT");
    expect(code(() => money.min([]))).toBe("INVALID_INPUT");
    expect(code(() => money.multiply(a, "x"))).toBe("INVALID_NUMBER");
  });
  it("accepts Money built by hand with a foreign Decimal", () => {
    const manual = { amount: new Decimal("2.5"), currency: money.currency("USD") };
    expect(str(money.add(manual, a))).toBe("2.6 USD");
  });
  it("divides with a named mode, exactly, at any size", () => {
    expect(str(money.divide(money.of("10", "USD"), 4, { mode: "halfEven" }))).toBe("2.5 USD");
    expect(str(money.divide(money.of("0.05", "USD"), 2, { mode: "halfEven" }))).toBe("0.02 USD");
    expect(str(money.divide(money.of("0.05", "USD"), 2, { mode: "halfUp" }))).toBe("0.03 USD");
    expect(str(money.divide(money.of("-0.05", "USD"), 2, { mode: "halfUp" }))).toBe("-0.02 USD");
    expect(str(money.divide(money.of("-0.05", "USD"), 2, { mode: "halfDown" }))).toBe("-0.03 USD");
    expect(str(money.divide(money.of("1", "USD"), "-3", { mode: "floor" }))).toBe("-0.34 USD");
    expect(str(money.divide(money.of("193.48e9", "CNY"), "1.388", { mode: "halfEven", scale: -7 }))).toBe(
      "139390000000 CNY",
    );
    // 10^40 / 3: far beyond 34 significant digits, still exact to the last cent.
    expect(money.divide(money.of("1e40", "USD"), 3, { mode: "down" }).amount.toFixed()).toBe(`${"3".repeat(40)}.33`);
    expect(money.divide(money.of("1e40", "USD"), 3, { mode: "up" }).amount.toFixed()).toBe(`${"3".repeat(40)}.34`);
  });
  it("refuses a zero divisor, a missing mode and bad scales", () => {
    expect(code(() => money.divide(a, 0, { mode: "halfEven" }))).toBe("DIVISION_BY_ZERO");
    expect(code(() => money.divide(a, "0.000", { mode: "halfEven" }))).toBe("DIVISION_BY_ZERO");
    expect(code(() => money.divide(a, 2, {} as never))).toBe("INVALID_TYPE");
    expect(code(() => money.divide(a, 2, undefined as never))).toBe("INVALID_TYPE");
    expect(code(() => money.divide(a, 2, { mode: "halfEven", scale: 1.5 }))).toBe("OUT_OF_RANGE");
  });
  it("negates, takes absolute values, sums and finds extremes", () => {
    expect(str(money.negate(a))).toBe("-0.1 USD");
    expect(str(money.abs(money.of("-3", "USD")))).toBe("3 USD");
    expect(str(money.sum([a, b, a]))).toBe("0.4 USD");
    expect(str(money.min(b, a, b))).toBe("0.1 USD");
    expect(str(money.max([a, b]))).toBe("0.2 USD");
    expect(money.min(a, money.of("0.10", "USD"))).toBe(a);
  });
  it("compares and tests signs", () => {
    expect(money.compare(a, b)).toBe(-1);
    expect(money.compare(b, a)).toBe(1);
    expect(money.compare(a, money.of("0.10", "USD"))).toBe(0);
    expect(money.isZero(money.of("0.00", "USD"))).toBe(true);
    expect(money.isPositive(money.of("0", "USD"))).toBe(false);
    expect(money.isNegative(money.of("0", "USD"))).toBe(false);
    expect(money.isPositive(a)).toBe(true);
  });
  it("never mutates its inputs and freezes its results", () => {
    const x = money.of("1.255", "USD");
    const before = money.toJSON(x);
    const results = [
      money.add(x, x),
      money.round(x),
      money.negate(x),
      money.multiply(x, 2),
      money.divide(x, 2, { mode: "down" }),
    ];
    expect(money.toJSON(x)).toEqual(before);
    for (const r of results) expect(Object.isFrozen(r)).toBe(true);
  });
});

describe("round: the named modes", () => {
  // Java BigDecimal's RoundingMode table; halfUp/halfDown are dinero.js's (ties towards +∞ / −∞).
  const inputs = ["5.5", "2.5", "1.6", "1.1", "1.0", "-1.0", "-1.1", "-1.6", "-2.5", "-5.5"];
  const table: Record<RoundingMode, number[]> = {
    up: [6, 3, 2, 2, 1, -1, -2, -2, -3, -6],
    down: [5, 2, 1, 1, 1, -1, -1, -1, -2, -5],
    ceil: [6, 3, 2, 2, 1, -1, -1, -1, -2, -5],
    floor: [5, 2, 1, 1, 1, -1, -2, -2, -3, -6],
    halfAwayFromZero: [6, 3, 2, 1, 1, -1, -1, -2, -3, -6],
    halfTowardsZero: [5, 2, 2, 1, 1, -1, -1, -2, -2, -5],
    halfEven: [6, 2, 2, 1, 1, -1, -1, -2, -2, -6],
    halfUp: [6, 3, 2, 1, 1, -1, -1, -2, -2, -5],
    halfDown: [5, 2, 2, 1, 1, -1, -1, -2, -3, -6],
  };
  for (const [mode, expected] of Object.entries(table) as [RoundingMode, number[]][]) {
    it(mode, () => {
      expect(inputs.map((x) => money.round(money.of(x, "JPY"), { mode }).amount.toNumber())).toEqual(expected);
      // divide agrees with round on the same ties
      expect(
        inputs.map((x) =>
          money.divide(money.of(new Decimal(x).times(2).toString(), "JPY"), 2, { mode }).amount.toNumber(),
        ),
      ).toEqual(expected);
    });
  }
  it("defaults to the currency's minor units and halfEven", () => {
    expect(str(money.round(money.of("0.125", "USD")))).toBe("0.12 USD");
    expect(str(money.round(money.of("0.135", "USD")))).toBe("0.14 USD");
    expect(str(money.round(money.of("1.5", "JPY")))).toBe("2 JPY");
    expect(str(money.round(money.of("1.0005", "KWD")))).toBe("1 KWD");
    expect(str(money.round(money.of("1.0015", "KWD")))).toBe("1.002 KWD");
  });
  it("rounds to any scale, including negative scales", () => {
    expect(str(money.round(money.of("193.4849", "CNY"), { scale: 3, mode: "down" }))).toBe("193.484 CNY");
    expect(str(money.round(money.of("193480000000", "CNY"), { scale: -9, mode: "halfEven" }))).toBe("193000000000 CNY");
    expect(str(money.round(money.of("1250", "USD"), { scale: -2 }))).toBe("1200 USD");
  });
  it("rounds to cash steps", () => {
    expect(str(money.round(money.of("12.375", "CHF"), { step: "0.05" }))).toBe("12.4 CHF");
    expect(str(money.round(money.of("12.325", "CHF"), { step: "0.05" }))).toBe("12.3 CHF");
    expect(str(money.round(money.of("12.325", "CHF"), { step: "0.05", mode: "halfAwayFromZero" }))).toBe("12.35 CHF");
    expect(str(money.round(money.of("-12.36", "CHF"), { step: "0.05", mode: "down" }))).toBe("-12.35 CHF");
    expect(str(money.round(money.of("7", "SEK"), { step: 5 }))).toBe("5 SEK");
  });
  it("refuses bad options", () => {
    const m = money.of("1", "USD");
    expect(code(() => money.round(m, { scale: 2, step: "0.05" }))).toBe("INVALID_INPUT");
    expect(code(() => money.round(m, { step: "-0.05" }))).toBe("OUT_OF_RANGE");
    expect(code(() => money.round(m, { step: "0" }))).toBe("OUT_OF_RANGE");
    expect(code(() => money.round(m, { scale: 0.5 }))).toBe("OUT_OF_RANGE");
    expect(code(() => money.round(m, { mode: "HALF_EVEN" as never }))).toBe("INVALID_INPUT");
    expect(code(() => money.round(m, null as never))).toBe("INVALID_TYPE");
  });
});

describe("JSON and text", () => {
  it("round-trips without loss", () => {
    const m = money.of("-123456789012345678901234.5678", "USD");
    expect(money.toJSON(m)).toEqual({ amount: "-123456789012345678901234.5678", currency: "USD" });
    expect(money.equals(money.fromJSON(JSON.parse(JSON.stringify(money.toJSON(m)))), m)).toBe(true);
    expect(money.toJSON(money.of("1e-7", "USD")).amount).toBe("0.0000001");
    expect(money.toJSON(money.of("1e21", "USD")).amount).toBe("1000000000000000000000");
    expect(Object.isFrozen(money.toJSON(m))).toBe(true);
  });
  it("reads custom currencies only when given", () => {
    const cnh = money.defineCurrency({ code: "CNH", minorUnits: 2, name: "Offshore Yuan" });
    const json = money.toJSON(money.of("5", cnh));
    expect(code(() => money.fromJSON(json))).toBe("UNKNOWN_CURRENCY");
    expect(money.fromJSON(json, { currencies: [cnh] }).currency).toBe(cnh);
  });
  it("validates", () => {
    expect(code(() => money.fromJSON({ amount: 1.5, currency: "USD" }))).toBe("INVALID_VALUE");
    expect(code(() => money.fromJSON({ amount: "abc", currency: "USD" }))).toBe("INVALID_NUMBER");
    expect(code(() => money.fromJSON({ amount: "1", currency: 840 }))).toBe("INVALID_VALUE");
    expect(code(() => money.fromJSON({ amount: "1", currency: "XYZ" }))).toBe("UNKNOWN_CURRENCY");
    expect(code(() => money.fromJSON("1 USD"))).toBe("INVALID_TYPE");
    expect(code(() => money.fromJSON([]))).toBe("INVALID_TYPE");
  });
  it("refuses options that are not an object, not only null (5 has no currencies and read as none)", () => {
    for (const options of [5, "x", true]) {
      expect(thrown(() => money.fromJSON({ amount: "1", currency: "USD" }, options as never))).toMatchObject({
        code: "INVALID_TYPE",
        details: { function: "money.fromJSON", path: "options", expected: "an object", received: options },
      });
    }
  });
  it("prints a plain text form", () => {
    expect(money.toString(money.of("-0.50", "EUR"))).toBe("-0.5 EUR");
  });
});

describe("round: beyond 34 significant digits", () => {
  it("rounds to tens of thousands exactly on a 40-digit amount", () => {
    const big = money.of("1234567890123456789012345678901234567890.5", "USD");
    expect(money.round(big, { scale: -4, mode: "halfEven" }).amount.toFixed()).toBe(
      "1234567890123456789012345678901234570000",
    );
    expect(money.round(big, { scale: -4, mode: "floor" }).amount.toFixed()).toBe(
      "1234567890123456789012345678901234560000",
    );
    expect(money.round(big, { mode: "down", scale: 0 }).amount.toFixed()).toBe(
      "1234567890123456789012345678901234567890",
    );
  });
  it("rounds a 35-digit amount to a multiple of the step (the product was rounded to 34 digits, off the step)", () => {
    // 123456789012345678901234567890123.45 / 0.07 = 1763668414462081127160493827001763.57...
    const big = money.of("123456789012345678901234567890123.45", "USD");
    expect(money.round(big, { step: "0.07" }).amount.toFixed()).toBe("123456789012345678901234567890123.48");
    expect(money.round(money.negate(big), { step: "0.07", mode: "ceil" }).amount.toFixed()).toBe(
      "-123456789012345678901234567890123.41",
    );
  });
});
