/**
 * The documented limits of the money namespace, at their edges: a million
 * parts in allocate (by count and by a list of ratios), and the 10,000 digits
 * of exact money arithmetic.
 */
import { describe, expect, it } from "vitest";
import * as money from "../../src/money/index.js";
import { MoneySchema, toJSON } from "../../src/schemas/index.js";
import { code, thrown } from "../support.js";

describe("allocate: at most a million parts", () => {
  it("accepts exactly a million parts by count, and refuses one more", () => {
    const parts = money.allocate(money.of("1000000", "JPY"), 1_000_000);
    expect(parts.length).toBe(1_000_000);
    expect(parts.every((p) => p.amount.eq(1))).toBe(true);
    expect(code(() => money.allocate(money.of("1", "JPY"), 1_000_001))).toBe("OUT_OF_RANGE");
  }, 120_000); // a million values: about 12 s alone, past the default 30 s when the whole suite shares 2 cores

  it("accepts a list of a million ratios (it overflowed the call stack with a RangeError), and refuses one more", () => {
    const ratios = new Array<number>(1_000_000).fill(1);
    ratios[0] = 2;
    const parts = money.allocate(money.of("10.00", "USD"), ratios);
    expect(parts.length).toBe(1_000_000);
    expect(parts[0]?.amount.toFixed()).toBe("0.01");
    expect(parts[999]?.amount.toFixed()).toBe("0.01");
    expect(parts[1000]?.amount.toFixed()).toBe("0");
    expect(code(() => money.allocate(money.of("1", "JPY"), new Array<number>(1_000_001).fill(1)))).toBe("OUT_OF_RANGE");
  }, 120_000);
});

describe("exact money arithmetic: at most 10,000 digits", () => {
  it("divides an amount of exactly 10,000 digits, and refuses 10,001", () => {
    const many = money.divide(money.of(`0.${"1".repeat(9999)}`, "USD"), 1, { mode: "up", scale: 0 });
    expect(many.amount.toFixed()).toBe("1");
    expect(code(() => money.divide(money.of(`0.${"1".repeat(10000)}`, "USD"), 1, { mode: "down", scale: 0 }))).toBe(
      "OUT_OF_RANGE",
    );
  });

  it("scales by 10^10000 but not by 10^10001", () => {
    // 1 / 0.111... (9000 decimals) to 1000 decimals: the numerator is 10^(9000 + 1000)
    expect(
      money.divide(money.of("1", "USD"), `0.${"1".repeat(9000)}`, { mode: "down", scale: 1000 }).amount.toFixed(),
    ).toBe("9");
    expect(code(() => money.divide(money.of("1", "USD"), `0.${"1".repeat(9001)}`, { mode: "down", scale: 1000 }))).toBe(
      "OUT_OF_RANGE",
    );
  });

  it("rounds an amount of close to 1,000 decimals to a scale of 0 or more", () => {
    expect(money.round(money.of("1e-999", "USD"), { scale: 2, mode: "up" }).amount.toFixed()).toBe("0.01");
    expect(money.round(money.of("-1e-999", "USD"), { scale: 0, mode: "floor" }).amount.toFixed()).toBe("-1");
  });
});

describe("the range of decimals: 0, and magnitudes from 1e-999 to below 1e1000", () => {
  const huge = money.of("9e999", "USD");
  const tiny = money.of("1e-999", "USD");
  const beyond = (fn: string): unknown => ({
    code: "OUT_OF_RANGE",
    message: `money.${fn}: the result must be a number of magnitude from 1e-999 to below 1e1000, or 0`,
    details: {
      function: `money.${fn}`,
      path: "the result",
      expected: "a number of magnitude from 1e-999 to below 1e1000, or 0",
      min: "1e-999",
      max: "1e1000",
    },
  });

  it("refuses amounts outside the range with OUT_OF_RANGE", () => {
    for (const bad of ["1e1000", "-1e1000", "1e-1000", "1e9000000000000000", "1e-9000000000000000"]) {
      expect(
        code(() => money.of(bad, "USD")),
        bad,
      ).toBe("OUT_OF_RANGE");
      expect(
        code(() => money.fromJSON({ amount: bad, currency: "USD" })),
        bad,
      ).toBe("OUT_OF_RANGE");
    }
    expect(code(() => money.fromMinor(10n ** 1001n, "USD"))).toBe("OUT_OF_RANGE");
    expect(code(() => money.fromMinor(1, "USD"))).toBeUndefined();
  });

  it("refuses a sum, difference or product that would be stored as Infinity", () => {
    expect(thrown(() => money.add(huge, huge))).toEqual(beyond("add"));
    expect(thrown(() => money.subtract(money.negate(huge), huge))).toEqual(beyond("subtract"));
    expect(thrown(() => money.multiply(huge, "2"))).toEqual(beyond("multiply"));
    expect(thrown(() => money.multiply(huge, "-2"))).toEqual(beyond("multiply"));
    expect(thrown(() => money.sum([tiny, huge, huge]))).toEqual(beyond("sum"));
    expect(code(() => money.divide(huge, "0.1", { mode: "down" }))).toBe("OUT_OF_RANGE");
    const almost = money.of("9.5e999", "USD");
    expect(code(() => money.round(almost, { scale: -999, mode: "up" }))).toBe("OUT_OF_RANGE");
    expect(code(() => money.round(almost, { step: "1e999", mode: "up" }))).toBe("OUT_OF_RANGE");
    expect(money.round(almost, { scale: -999, mode: "down" }).amount.eq("9e999")).toBe(true);
  });

  it("refuses a product or difference that would be stored as 0 although it is not zero", () => {
    expect(thrown(() => money.multiply(tiny, "0.1"))).toEqual(beyond("multiply"));
    expect(thrown(() => money.multiply(money.negate(tiny), "1e-5"))).toEqual(beyond("multiply"));
    // 1.5e-999 - 1e-999 is 5e-1000, one step below the range
    const tinyAndAHalf = money.of("1.5e-999", "USD");
    expect(thrown(() => money.subtract(tinyAndAHalf, tiny))).toEqual(beyond("subtract"));
    expect(thrown(() => money.add(tinyAndAHalf, money.negate(tiny)))).toEqual(beyond("add"));
    expect(thrown(() => money.sum([tinyAndAHalf, money.negate(tiny)]))).toEqual(beyond("sum"));
  });

  it("keeps the results at the edges of the range, and the exact zeros", () => {
    expect(money.add(money.of("4.5e999", "USD"), money.of("4.5e999", "USD")).amount.eq("9e999")).toBe(true);
    expect(money.multiply(huge, "1").amount.eq("9e999")).toBe(true);
    expect(money.multiply(tiny, "1").amount.eq("1e-999")).toBe(true);
    expect(money.subtract(money.of("2e-999", "USD"), tiny).amount.eq("1e-999")).toBe(true);
    expect(money.add(huge, money.negate(huge)).amount.toString()).toBe("0");
    expect(money.subtract(tiny, tiny).amount.toString()).toBe("0");
    expect(money.multiply(huge, 0).amount.toString()).toBe("0");
    expect(money.multiply(money.of(0, "USD"), "1e-999").amount.toString()).toBe("0");
    expect(money.sum([tiny, money.negate(tiny), tiny]).amount.eq("1e-999")).toBe(true);
  });

  it("writes every amount in range in a bounded number of characters, and both JSON writers agree", () => {
    for (const m of [huge, tiny, money.negate(huge), money.negate(tiny)]) {
      expect(money.toString(m).length).toBeLessThan(1100);
      expect(money.format(m).length).toBeLessThan(1500);
      expect(JSON.stringify(money.toJSON(m))).toBe(JSON.stringify(toJSON(MoneySchema, m)));
      expect(money.toMinor(m, "halfEven").toString().length).toBeLessThan(1100);
    }
    expect(code(() => money.divide(huge, 0, { mode: "down" }))).toBe("DIVISION_BY_ZERO");
  });
});
