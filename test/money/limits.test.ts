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
    expect(code(() => money.allocate(money.of("1", "JPY"), 1_000_001))).toBe("INVALID_INPUT");
  });

  it("accepts a list of a million ratios (it overflowed the call stack with a RangeError), and refuses one more", () => {
    const ratios = new Array<number>(1_000_000).fill(1);
    ratios[0] = 2;
    const parts = money.allocate(money.of("10.00", "USD"), ratios);
    expect(parts.length).toBe(1_000_000);
    expect(parts[0]?.amount.toFixed()).toBe("0.01");
    expect(parts[999]?.amount.toFixed()).toBe("0.01");
    expect(parts[1000]?.amount.toFixed()).toBe("0");
    expect(code(() => money.allocate(money.of("1", "JPY"), new Array<number>(1_000_001).fill(1)))).toBe("INVALID_INPUT");
  });
});

describe("exact money arithmetic: at most 10,000 digits", () => {
  it("divides an amount of exactly 10,000 digits, and refuses 10,001", () => {
    const big = money.divide(money.of("1e9999", "USD"), 1, { mode: "down", scale: 0 });
    expect(big.amount.toFixed()).toBe(`1${"0".repeat(9999)}`);
    expect(code(() => money.divide(money.of("1e10000", "USD"), 1, { mode: "down", scale: 0 }))).toBe("INVALID_INPUT");
  });

  it("scales by 10^10000 but not by 10^10001", () => {
    // 1 / 1e-9000 to 1000 decimals: the numerator is 10^(9000 + 1000)
    expect(money.divide(money.of("1", "USD"), "1e-9000", { mode: "down", scale: 1000 }).amount.eq("1e9000")).toBe(true);
    expect(code(() => money.divide(money.of("1", "USD"), "1e-9001", { mode: "down", scale: 1000 }))).toBe("INVALID_INPUT");
  });

  it("rounds an amount of more than 10,000 decimals to a scale of 0 or more", () => {
    expect(money.round(money.of("1e-20000", "USD"), { scale: 2, mode: "up" }).amount.toFixed()).toBe("0.01");
    expect(money.round(money.of("-1e-20000", "USD"), { scale: 0, mode: "floor" }).amount.toFixed()).toBe("-1");
  });
});
