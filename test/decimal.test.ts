import Decimal from "decimal.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { D, ROUNDING_MODES, roundToScale, roundingConstant, toDecimal } from "../src/decimal.js";
import { code as codeOf, thrown } from "./support.js";

describe("toDecimal", () => {
  it("accepts strings, numbers, bigints and Decimals of any constructor", () => {
    expect(toDecimal("193.48", "x").toString()).toBe("193.48");
    expect(toDecimal(" -1e3 ", "x").toString()).toBe("-1000");
    expect(toDecimal(0.1, "x").toString()).toBe("0.1");
    expect(toDecimal(12345678901234567890123n, "x").toString()).toBe("12345678901234567890123");
    expect(toDecimal(new Decimal("1.5"), "x").toString()).toBe("1.5");
    expect(toDecimal(new Decimal("1.5"), "x").constructor).toBe(D);
    expect(toDecimal(".5", "x").toString()).toBe("0.5");
    expect(toDecimal("1e-30", "x").toString()).toBe("0." + "0".repeat(29) + "1");
  });

  it("refuses NaN, Infinity, empty, whitespace and unparsable strings with INVALID_NUMBER, past the range with OUT_OF_RANGE, other types with INVALID_TYPE", () => {
    for (const bad of [NaN, Infinity, -Infinity, "", "   ", "abc", "1,5", "NaN", "Infinity", "0x10", "1e", "--1", new Decimal(NaN), new Decimal(Infinity)]) {
      expect(codeOf(() => toDecimal(bad, "amount"))).toBe("INVALID_NUMBER");
    }
    expect(codeOf(() => toDecimal("1e99999999999999999", "amount"))).toBe("OUT_OF_RANGE");
    for (const bad of [null, undefined, {}, [], true, Symbol("s")]) expect(codeOf(() => toDecimal(bad, "amount"))).toBe("INVALID_TYPE");
  });

  it("reads a JS number as its shortest round-trip decimal string (String(n))", () => {
    expect(toDecimal(0.1 + 0.2, "x").toString()).toBe("0.30000000000000004");
    expect(toDecimal(193.48, "x").toString()).toBe(String(193.48));
    expect(toDecimal(1e21, "x").toString()).toBe("1000000000000000000000");
  });

  it("prints plain notation up to 10^±1000 and exponential notation past it (never a string of billions of zeros)", () => {
    expect(toDecimal("1e999", "x").toString()).toBe("1" + "0".repeat(999));
    expect(toDecimal("1e-999", "x").toString()).toBe("0." + "0".repeat(998) + "1");
    expect(toDecimal("1e1000", "x").toString()).toBe("1e+1000");
    expect(toDecimal("1.21e-9000000000000000", "x").toString()).toBe("1.21e-9000000000000000");
  });

  it("refuses a string below the smallest exponent instead of reading it as a silent zero, and still reads zeros written with exponents", () => {
    for (const tiny of ["1e-9000000000000001", "-0.1e-9000000000000000", "5E-9000000000000005"]) {
      expect(thrown(() => toDecimal(tiny, "f: amount"))).toMatchObject({ code: "OUT_OF_RANGE", details: { function: "f", path: "amount", received: tiny } });
    }
    expect(toDecimal("10e-9000000000000001", "x").toString()).toBe("1e-9000000000000000");
    for (const zero of ["0e-9000000000000001", "-0.000e-9000000000000005", "0", "0.0e5"]) expect(toDecimal(zero, "x").isZero()).toBe(true);
  });

  it("names the argument in the message", () => {
    expect(() => toDecimal("abc", "money.of: amount")).toThrow('money.of: amount must be a decimal number string, got "abc"');
    expect(thrown(() => toDecimal("abc", "money.of: amount"))).toMatchObject({ details: { function: "money.of", path: "amount", expected: "a decimal number string", received: "abc" } });
  });
});

describe("rounding", () => {
  const table: Record<string, [string, string, string, string]> = {
    halfEven: ["2", "-2", "2", "-2"],
    halfUp: ["3", "-2", "2", "-2"],
    halfDown: ["2", "-3", "2", "-2"],
    halfTowardsZero: ["2", "-2", "2", "-2"],
    halfAwayFromZero: ["3", "-3", "2", "-2"],
    up: ["3", "-3", "3", "-3"],
    down: ["2", "-2", "2", "-2"],
    ceil: ["3", "-2", "3", "-2"],
    floor: ["2", "-3", "2", "-3"],
  };
  it.each(ROUNDING_MODES.map((m) => [m]))("%s follows the documented table", (mode) => {
    const got = ["2.5", "-2.5", "2.4", "-2.4"].map((v) => roundToScale(new D(v), 0, mode).toString());
    expect(got).toEqual(table[mode]);
  });
  it("rounds to negative scales", () => {
    expect(roundToScale(new D("1250"), -2, "halfEven").toString()).toBe("1200");
    expect(codeOf(() => roundToScale(new D(1), 1.5, "halfEven"))).toBe("OUT_OF_RANGE");
    expect(codeOf(() => roundingConstant("bankers"))).toBe("INVALID_INPUT");
  });
});

describe("independence from decimal.js's global configuration", () => {
  let saved: { precision: number; rounding: Decimal.Rounding };
  beforeEach(() => {
    saved = { precision: Decimal.precision, rounding: Decimal.rounding };
    Decimal.set({ precision: 5, rounding: Decimal.ROUND_DOWN });
  });
  afterEach(() => {
    Decimal.set(saved);
  });
  it("keeps 34 digits and half-even rounding when the global Decimal is set to 5 digits, ROUND_DOWN", () => {
    expect(new Decimal(2).div(3).toString()).toBe("0.66666");
    expect(new D(2).div(3).toString()).toBe("0." + "6".repeat(33) + "7");
    expect(toDecimal(new Decimal("123456.789"), "x").plus(1).toString()).toBe("123457.789");
  });
});
