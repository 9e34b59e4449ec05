/**
 * The documented limits of the money namespace, at their edges: a million
 * parts in allocate (by count and by a list of ratios), and the 10,000 digits
 * of exact money arithmetic.
 */
import { describe, expect, it } from "vitest";
import { isAccordoError } from "../../src/errors.js";
import * as money from "../../src/money/index.js";

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isAccordoError(e) ? e.code : `not an AccordoError: ${String(e)}`;
  }
  return undefined;
}

describe("allocate: at most a million parts", () => {
  it("accepts exactly a million parts by count, and refuses one more", () => {
    const parts = money.allocate(money.of("1000000", "JPY"), 1_000_000);
    expect(parts.length).toBe(1_000_000);
    expect(parts.every((p) => p.amount.eq(1))).toBe(true);
    expect(code(() => money.allocate(money.of("1", "JPY"), 1_000_001))).toBe("OUT_OF_RANGE");
  });

  it("accepts a list of a million ratios (it overflowed the call stack with a RangeError), and refuses one more", () => {
    const ratios = new Array<number>(1_000_000).fill(1);
    ratios[0] = 2;
    const parts = money.allocate(money.of("10.00", "USD"), ratios);
    expect(parts.length).toBe(1_000_000);
    expect(parts[0]?.amount.toFixed()).toBe("0.01");
    expect(parts[999]?.amount.toFixed()).toBe("0.01");
    expect(parts[1000]?.amount.toFixed()).toBe("0");
    expect(code(() => money.allocate(money.of("1", "JPY"), new Array<number>(1_000_001).fill(1)))).toBe("OUT_OF_RANGE");
  });
});

describe("exact money arithmetic: at most 10,000 digits", () => {
  it("divides an amount of exactly 10,000 digits, and refuses 10,001", () => {
    const big = money.divide(money.of("1e9999", "USD"), 1, { mode: "down", scale: 0 });
    expect(big.amount.toFixed()).toBe(`1${"0".repeat(9999)}`);
    expect(code(() => money.divide(money.of("1e10000", "USD"), 1, { mode: "down", scale: 0 }))).toBe("OUT_OF_RANGE");
  });

  it("scales by 10^10000 but not by 10^10001", () => {
    // 1 / 1e-9000 to 1000 decimals: the numerator is 10^(9000 + 1000)
    expect(money.divide(money.of("1", "USD"), "1e-9000", { mode: "down", scale: 1000 }).amount.eq("1e9000")).toBe(true);
    expect(code(() => money.divide(money.of("1", "USD"), "1e-9001", { mode: "down", scale: 1000 }))).toBe("OUT_OF_RANGE");
  });

  it("rounds an amount of more than 10,000 decimals to a scale of 0 or more", () => {
    expect(money.round(money.of("1e-20000", "USD"), { scale: 2, mode: "up" }).amount.toFixed()).toBe("0.01");
    expect(money.round(money.of("-1e-20000", "USD"), { scale: 0, mode: "floor" }).amount.toFixed()).toBe("-1");
  });
});

describe("the range of decimals: magnitudes from 1e-9000000000000000 to 9e9000000000000000", () => {
  const huge = money.of("9e9000000000000000", "USD");
  const tiny = money.of("1e-9000000000000000", "USD");
  // code, message and details
  const refusal = (fn: () => unknown): [string, string, unknown] | undefined => {
    try {
      fn();
    } catch (e) {
      return isAccordoError(e) ? [e.code, e.message, e.details] : undefined;
    }
    return undefined;
  };
  const beyond = (where: string): [string, string, unknown] => [
    "OUT_OF_RANGE",
    `money.${where}: the result must be within the range of decimals (magnitudes from 1e-9000000000000000 to 9e9000000000000000)`,
    {
      function: `money.${where}`,
      path: "the result",
      expected: "within the range of decimals (magnitudes from 1e-9000000000000000 to 9e9000000000000000)",
    },
  ];

  it("refuses a sum, difference or product that would be stored as Infinity", () => {
    expect(refusal(() => money.add(huge, huge))).toEqual(beyond("add"));
    expect(refusal(() => money.subtract(money.negate(huge), huge))).toEqual(beyond("subtract"));
    expect(refusal(() => money.multiply(huge, "2"))).toEqual(beyond("multiply"));
    expect(refusal(() => money.multiply(huge, "-2"))).toEqual(beyond("multiply"));
    expect(refusal(() => money.sum([tiny, huge, huge]))).toEqual(beyond("sum"));
  });

  it("refuses a product or difference that would be stored as 0 although it is not zero", () => {
    expect(refusal(() => money.multiply(tiny, "0.1"))).toEqual(beyond("multiply"));
    expect(refusal(() => money.multiply(money.negate(tiny), "1e-5"))).toEqual(beyond("multiply"));
    // 1.5e-9000000000000000 - 1e-9000000000000000 is 5e-9000000000000001, one step below the range
    const tinyAndAHalf = money.of("1.5e-9000000000000000", "USD");
    expect(refusal(() => money.subtract(tinyAndAHalf, tiny))).toEqual(beyond("subtract"));
    expect(refusal(() => money.add(tinyAndAHalf, money.negate(tiny)))).toEqual(beyond("add"));
    expect(refusal(() => money.sum([tinyAndAHalf, money.negate(tiny)]))).toEqual(beyond("sum"));
  });

  it("keeps the results at the edges of the range, and the exact zeros", () => {
    expect(money.add(money.of("4.5e9000000000000000", "USD"), money.of("4.5e9000000000000000", "USD")).amount.toString()).toBe("9e+9000000000000000");
    expect(money.multiply(huge, "1").amount.toString()).toBe("9e+9000000000000000");
    expect(money.multiply(tiny, "1").amount.toString()).toBe("1e-9000000000000000");
    expect(money.subtract(money.of("2e-9000000000000000", "USD"), tiny).amount.toString()).toBe("1e-9000000000000000");
    expect(money.add(huge, money.negate(huge)).amount.toString()).toBe("0");
    expect(money.subtract(tiny, tiny).amount.toString()).toBe("0");
    expect(money.multiply(huge, 0).amount.toString()).toBe("0");
    expect(money.multiply(money.of(0, "USD"), "1e-9000000000000000").amount.toString()).toBe("0");
    expect(money.sum([tiny, money.negate(tiny), tiny]).amount.toString()).toBe("1e-9000000000000000");
  });
});
