// The fast paths for values the library made (src/money/money.ts asMoney, src/decimal.ts toDecimal,
// src/money/currency.ts resolveCurrency) keep every check for foreign input.
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import * as money from "../../src/money/index.js";
import { code } from "../support.js";

describe("money values from elsewhere are still checked", () => {
  const usd = money.of("1.25", "USD");

  it("accepts a frozen Money the library made, and a plain copy of one", () => {
    expect(money.add(usd, usd).amount.toString()).toBe("2.5");
    const copy = { ...usd };
    const sum = money.add(copy, copy);
    expect(Object.isFrozen(sum)).toBe(true);
    expect(money.toString(sum)).toBe("2.5 USD");
  });

  it("refuses a frozen look-alike with a forged ISO currency", () => {
    const forged = Object.freeze({ amount: usd.amount, currency: Object.freeze({ ...usd.currency, minorUnits: 5 }) });
    expect(code(() => money.add(forged, usd))).toBe("INVALID_VALUE");
    expect(code(() => money.round(forged))).toBe("INVALID_VALUE");
  });

  it("refuses a frozen look-alike with an infinite amount of the library's own constructor", () => {
    const Ctor = usd.amount.constructor as typeof Decimal;
    const bad = Object.freeze({ amount: new Ctor(Infinity), currency: usd.currency });
    expect(code(() => money.add(bad, usd))).toBe("INVALID_NUMBER");
    expect(code(() => money.round(bad))).toBe("INVALID_NUMBER");
  });

  it("takes a frozen Money with another decimal.js constructor's amount into its own", () => {
    const Mine = Decimal.clone({ precision: 5, rounding: Decimal.ROUND_DOWN });
    const foreign = Object.freeze({ amount: new Mine("1.23456789"), currency: usd.currency });
    const r = money.round(foreign);
    expect(r).not.toBe(foreign);
    expect(r.amount.constructor).toBe(usd.amount.constructor);
    expect(money.toString(money.multiply(foreign, "3"))).toBe("3.70370367 USD");
  });

  it("refuses non-Money values", () => {
    for (const value of [null, undefined, 1, "1 USD"]) {
      expect(code(() => money.add(value as never, usd))).toBe("INVALID_TYPE");
      expect(code(() => money.round(value as never))).toBe("INVALID_TYPE");
    }
    for (const value of [
      {},
      Object.freeze({ amount: "1", currency: usd.currency }),
      Object.freeze({ amount: usd.amount }),
    ]) {
      expect(code(() => money.add(value as never, usd))).toBe("INVALID_VALUE");
      expect(code(() => money.round(value as never))).toBe("INVALID_VALUE");
    }
  });
});

describe("money.round without options", () => {
  it("is the default: minor units, halfEven", () => {
    for (const [amount, cur] of [
      ["0.125", "USD"],
      ["0.135", "USD"],
      ["-2.5", "JPY"],
      ["1.0005", "KWD"],
      ["-0.001", "USD"],
    ] as const) {
      const m = money.of(amount, cur);
      expect(money.round(m)).toEqual(money.round(m, {}));
      expect(money.round(m)).toEqual(money.round(m, { mode: "halfEven" }));
      expect(Object.isFrozen(money.round(m))).toBe(true);
    }
    expect(money.toString(money.round(money.of("-0.001", "USD")))).toBe("0 USD");
  });
});

describe("decimal strings given again", () => {
  it("gives the same product, and still refuses a bad string after a good one", () => {
    const m = money.of("10", "USD");
    expect(money.multiply(m, "1.5").amount.toString()).toBe("15");
    expect(money.multiply(m, "1.5").amount.toString()).toBe("15");
    expect(money.multiply(m, " 1.5 ").amount.toString()).toBe("15");
    expect(code(() => money.multiply(m, "1.5x"))).toBe("INVALID_NUMBER");
    expect(money.multiply(m, "1.5").amount.toString()).toBe("15");
    expect(code(() => money.multiply(m, "1e99999999999999999"))).toBe("OUT_OF_RANGE");
    expect(code(() => money.multiply(m, "1e99999999999999999"))).toBe("OUT_OF_RANGE");
  });

  it("finds currency codes with or without spaces and case", () => {
    expect(money.currency("usd")).toBe(money.currency("USD"));
    expect(money.currency(" USD ")).toBe(money.currency("USD"));
    expect(code(() => money.currency("usdx"))).toBe("UNKNOWN_CURRENCY");
  });
});
