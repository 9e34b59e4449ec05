import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import * as figure from "../../src/figure/index.js";
import type { Figure, ReportedRounding } from "../../src/figure/types.js";
import { REPORTED_ROUNDINGS, code, interval, thrown } from "../support.js";

describe("figure.exact", () => {
  it("has its value as both bounds, included", () => {
    const f = figure.exact("193.48");
    expect(interval(f)).toBe("[193.48, 193.48]");
    expect(f.value.toString()).toBe("193.48");
    expect(Object.isFrozen(f)).toBe(true);
  });

  it("accepts numbers, bigints and foreign Decimals, returning the library's decimals", () => {
    expect(figure.exact(2.5).value.toString()).toBe("2.5");
    expect(figure.exact(10n ** 20n).value.toString()).toBe("100000000000000000000");
    const foreign = new Decimal("1.23");
    const f = figure.exact(foreign);
    expect(f.value.toString()).toBe("1.23");
    expect(f.value).not.toBe(foreign);
  });

  it("normalises negative zero", () => {
    expect(figure.exact(-0).value.isNeg()).toBe(false);
  });

  it.each([NaN, Infinity, -Infinity, "", "abc", "1,5"])("refuses %s with INVALID_NUMBER", (bad) => {
    expect(code(() => figure.exact(bad as never))).toBe("INVALID_NUMBER");
  });

  it.each([null, undefined, {}, [1]])("refuses %s with INVALID_TYPE", (bad) => {
    expect(code(() => figure.exact(bad as never))).toBe("INVALID_TYPE");
  });
});

describe("figure.reported", () => {
  it("takes the bounds from the written digits, half-up by default", () => {
    expect(interval(figure.reported("193.48"))).toBe("[193.475, 193.485)");
    expect(interval(figure.reported("33.0"))).toBe("[32.95, 33.05)");
    expect(interval(figure.reported("33"))).toBe("[32.5, 33.5)");
    expect(interval(figure.reported("-2.5"))).toBe("[-2.55, -2.45)");
    expect(interval(figure.reported("+38.8"))).toBe("[38.75, 38.85)");
    expect(interval(figure.reported(".5"))).toBe("[0.45, 0.55)");
    expect(interval(figure.reported("5."))).toBe("[4.5, 5.5)");
    expect(interval(figure.reported("  7.25 "))).toBe("[7.245, 7.255)");
  });

  it("reads exponent notation by its written mantissa", () => {
    expect(interval(figure.reported("1.5e3"))).toBe("[1450, 1550)");
    expect(interval(figure.reported("12E-2"))).toBe("[0.115, 0.125)");
  });

  it("takes exponents over the whole range (±999), and refuses a number or a half unit outside it with OUT_OF_RANGE", () => {
    const big = figure.reported("1e999");
    expect(big.value.eq(new Decimal("1e999"))).toBe(true);
    expect(figure.width(big).eq(new Decimal("1e999"))).toBe(true);
    const small = figure.reported("-2.5E-997");
    expect(small.value.eq(new Decimal("-2.5e-997"))).toBe(true);
    expect(figure.width(small).eq(new Decimal("1e-998"))).toBe(true);
    expect(code(() => figure.reported("1e1000"))).toBe("OUT_OF_RANGE");
    expect(code(() => figure.reported("1e1000001"))).toBe("OUT_OF_RANGE");
    // the bounds of 2.5e-999 would be 2.45e-999 and 2.55e-999: half a unit is 5e-1001
    expect(code(() => figure.reported("2.5e-999"))).toBe("OUT_OF_RANGE");
    expect(code(() => figure.reported("1e995", { scale: "billion" }))).toBe("OUT_OF_RANGE");
  });

  it("applies named scales and power-of-ten exponents", () => {
    const gdp = figure.reported("193.48", { scale: "billion" });
    expect(interval(gdp)).toBe("[193475000000, 193485000000)");
    expect(gdp.value.toString()).toBe("193480000000");
    expect(figure.reported("1.5", { scale: "thousand" }).value.toString()).toBe("1500");
    expect(figure.reported("1.5", { scale: "million" }).value.toString()).toBe("1500000");
    expect(figure.reported("1.5", { scale: "trillion" }).value.toString()).toBe("1500000000000");
    expect(interval(figure.reported("3", { scale: "万" }))).toBe("[25000, 35000)");
    expect(figure.reported("1.2", { scale: "亿" }).value.toString()).toBe("120000000");
    expect(interval(figure.reported("38.8", { scale: -2 }))).toBe("[0.3875, 0.3885)");
    expect(figure.reported("2", { scale: 6 }).value.toString()).toBe("2000000");
    expect(figure.reported("2", { scale: 100 }).value.eq(new Decimal("2e100"))).toBe(true);
    expect(figure.reported("2", { scale: -100 }).value.eq(new Decimal("2e-100"))).toBe(true);
  });

  it.each<[ReportedRounding, string, string]>([
    ["halfUp", "2.5", "[2.45, 2.55)"],
    ["halfUp", "-2.5", "[-2.55, -2.45)"],
    ["halfDown", "2.5", "(2.45, 2.55]"],
    ["upOrDown", "2.5", "[2.45, 2.55]"],
    ["halfEven", "2.4", "[2.35, 2.45]"],
    ["halfEven", "2.5", "(2.45, 2.55)"],
    ["halfEven", "-2.4", "[-2.45, -2.35]"],
    ["halfEven", "-2.5", "(-2.55, -2.45)"],
    ["halfAwayFromZero", "2.5", "[2.45, 2.55)"],
    ["halfAwayFromZero", "-2.5", "(-2.55, -2.45]"],
    ["halfAwayFromZero", "0.0", "(-0.05, 0.05)"],
    ["halfTowardsZero", "2.5", "(2.45, 2.55]"],
    ["halfTowardsZero", "-2.5", "[-2.55, -2.45)"],
    ["halfTowardsZero", "0.0", "[-0.05, 0.05]"],
    ["down", "33", "[33, 34)"],
    ["down", "-33", "(-34, -33]"],
    ["down", "0", "(-1, 1)"],
    ["down", "-0.0", "(-0.1, 0]"],
    ["up", "33", "(32, 33]"],
    ["up", "-33", "[-33, -32)"],
    ["up", "0.0", "[0, 0]"],
    ["ceil", "33", "(32, 33]"],
    ["ceil", "-33", "(-34, -33]"],
    ["floor", "33", "[33, 34)"],
    ["floor", "-33", "[-33, -32)"],
  ])("rounding %s: %s covers %s", (rounding, text, expected) => {
    expect(interval(figure.reported(text, { rounding }))).toBe(expected);
  });

  it("reads a written negative zero as a negative number rounded to zero", () => {
    expect(interval(figure.reported("-0.0"))).toBe("[-0.05, 0]");
    expect(interval(figure.reported("0.0"))).toBe("[-0.05, 0.05)");
  });

  it("keeps every value inside its bounds for every rounding mode", () => {
    for (const rounding of REPORTED_ROUNDINGS) {
      for (const text of ["1.5", "-1.5", "0", "-0", "2", "120e-1"]) {
        const f = figure.reported(text, { rounding });
        expect(figure.contains(f, f.value), `${rounding} ${text}`).toBe(true);
      }
    }
  });

  it("keeps the written number and bounds that contain it at 34 significant digits and beyond", () => {
    // 34 digits: x ± 0.5 needs 35 digits; rounded to nearest the bounds collapsed onto x (an exact figure)
    expect(interval(figure.reported("1234567890123456789012345678901234"))).toBe(
      "[1234567890123456789012345678901233, 1234567890123456789012345678901235)",
    );
    // 35 digits: the value was rounded to ...340 and the figure was exact, excluding the number as written
    const long = figure.reported("12345678901234567890123456789012345");
    expect(long.value.toString()).toBe("12345678901234567890123456789012345");
    expect(interval(long)).toBe("[12345678901234567890123456789012340, 12345678901234567890123456789012350)");
    expect(figure.contains(long, "12345678901234567890123456789012344.5")).toBe(true);
    // half-even reads the parity of the last written digit, not of a rounded value
    expect(interval(figure.reported("1234567890123456789012345678901234", { rounding: "halfEven" }))).toBe(
      "[1234567890123456789012345678901233, 1234567890123456789012345678901235]",
    );
    expect(interval(figure.reported("-1234567890123456789012345678901234", { rounding: "down" }))).toBe(
      "(-1234567890123456789012345678901235, -1234567890123456789012345678901234]",
    );
    // a scale shifts every digit, and a non-string number stays exactly what it is
    expect(figure.reported("12345678901234567890123456789012345", { scale: "thousand" }).value.toString()).toBe(
      "12345678901234567890123456789012345000",
    );
    expect(figure.reported(12345678901234567890123456789012345n, { scale: 3 }).value.toString()).toBe(
      "12345678901234567890123456789012345000",
    );
  });

  it("reads the parity for half-even from the last written digit of an integer, however long", () => {
    // an odd last digit: both ends round to the even neighbours, so both are excluded
    expect(interval(figure.reported("35", { rounding: "halfEven" }))).toBe("(34.5, 35.5)");
    expect(interval(figure.reported("34", { rounding: "halfEven" }))).toBe("[33.5, 34.5]");
    // past 2^53 the number as a double is even (12345678901234567000); the written digit is odd
    expect(interval(figure.reported("12345678901234567891", { rounding: "halfEven" }))).toBe(
      "(12345678901234567890.5, 12345678901234567891.5)",
    );
    expect(interval(figure.reported("1.35", { rounding: "halfEven" }))).toBe("(1.345, 1.355)");
  });

  it("takes non-string numbers as exact", () => {
    expect(thrown(() => figure.reported(193.48))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "figure.reported", path: "text", received: 193.48 },
    });
    expect((thrown(() => figure.reported(193.48)) as { message: string }).message).toContain(
      'pass the text as written, such as "193.48"',
    );
    expect(figure.reported("2", { scale: "billion" }).value.toString()).toBe("2000000000");
    expect(figure.isExact(figure.reported(new Decimal("33.0")))).toBe(true);
  });

  it.each(["", " ", "abc", "1.2.3", "1,234.5", "--1", "1e", "e5", ".", "+", "Infinity", "NaN", "0x10"])(
    "refuses the text %j",
    (text) => {
      expect(code(() => figure.reported(text))).toBe("INVALID_NUMBER");
    },
  );

  it("refuses unknown scales and roundings", () => {
    expect(code(() => figure.reported("1", { scale: "lakh" as never }))).toBe("INVALID_INPUT");
    expect(code(() => figure.reported("1", { scale: 1000000 }))).toBe("OUT_OF_RANGE");
    expect(code(() => figure.reported("1", { scale: 1.5 }))).toBe("INVALID_NUMBER");
    expect(code(() => figure.reported("1", { scale: -101 }))).toBe("OUT_OF_RANGE");
    // a scale is a name or a number, not something that converts to one
    expect(code(() => figure.reported("1", { scale: ["million"] as never }))).toBe("INVALID_TYPE");
    expect(code(() => figure.reported("1", { scale: "6" as never }))).toBe("INVALID_INPUT");
    expect(code(() => figure.reported("1", { rounding: ["halfUp"] as never }))).toBe("INVALID_TYPE");
    expect(code(() => figure.reported("1", { rounding: "nearest" as never }))).toBe("INVALID_INPUT");
  });
});

describe("figure.percent", () => {
  it("is the fraction with its bounds", () => {
    expect(interval(figure.percent("38.8"))).toBe("[0.3875, 0.3885)");
    expect(interval(figure.percent("32"))).toBe("[0.315, 0.325)");
    expect(interval(figure.percent("33.0"))).toBe("[0.3295, 0.3305)");
    expect(interval(figure.percent("38.8%"))).toBe("[0.3875, 0.3885)");
    expect(interval(figure.percent("-1.5 %"))).toBe("[-0.0155, -0.0145)");
    expect(interval(figure.percent(" 38.8 % "))).toBe("[0.3875, 0.3885)");
  });

  it("honours the rounding option and takes numbers as exact", () => {
    expect(interval(figure.percent("32", { rounding: "down" }))).toBe("[0.32, 0.33)");
    expect(interval(figure.percent(38.8))).toBe("[0.388, 0.388]");
  });

  it("refuses text that is not a percentage", () => {
    expect(code(() => figure.percent("38.8 percent"))).toBe("INVALID_NUMBER");
    expect(code(() => figure.percent("%"))).toBe("INVALID_NUMBER");
    expect(code(() => figure.percent("%38.8"))).toBe("INVALID_NUMBER");
    expect(code(() => figure.percent("38.8%%"))).toBe("INVALID_NUMBER");
  });
});

describe("figure.between", () => {
  it("defaults to the midpoint and closed ends", () => {
    const f = figure.between("139.34", "139.45");
    expect(interval(f)).toBe("[139.34, 139.45]");
    expect(f.value.toString()).toBe("139.395");
  });

  it("takes a value and open ends", () => {
    const f = figure.between(1, 2, { value: 1, loInclusive: true, hiInclusive: false });
    expect(interval(f)).toBe("[1, 2)");
    expect(f.value.toString()).toBe("1");
  });

  it("takes the midpoint of bounds that differ only past the 34th digit", () => {
    // rounded to 34 digits the midpoint was 1, below lo: valid bounds were refused with INVALID_INPUT
    const f = figure.between("1.000000000000000000000000000000000001", "1.000000000000000000000000000000000003");
    expect(f.value.toString()).toBe("1.000000000000000000000000000000000002");
    expect(figure.isFigure(f)).toBe(true);
  });

  it("rounds the midpoint to 34 significant digits when it stays within the bounds", () => {
    // (1.000000000000000000000000000000001 + 3) / 2 is 2.0000000000000000000000000000000005 exactly
    expect(figure.between("1.000000000000000000000000000000001", "3").value.toString()).toBe("2");
  });

  it("keeps the default midpoint off an excluded end: exactly, when its 34 digits would sit on it", () => {
    const show = (f: Figure): string => `${f.value.toString()} ${interval(f)}`;
    expect(show(figure.between("1", "1.000000000000000000000000000000001", { loInclusive: false }))).toBe(
      "1.0000000000000000000000000000000005 (1, 1.000000000000000000000000000000001]",
    );
    expect(show(figure.between("1", "1.000000000000000000000000000000001", { hiInclusive: false }))).toBe(
      "1 [1, 1.000000000000000000000000000000001)",
    );
    expect(
      show(
        figure.between("1.000000000000000000000000000000001", "1.000000000000000000000000000000002", {
          hiInclusive: false,
        }),
      ),
    ).toBe(
      "1.0000000000000000000000000000000015 [1.000000000000000000000000000000001, 1.000000000000000000000000000000002)",
    );
    // a value given on an excluded end is the caller's best estimate, and is kept
    expect(show(figure.between(1, 2, { value: 1, loInclusive: false }))).toBe("1 (1, 2]");
  });

  it("makes an exact figure from equal bounds", () => {
    expect(figure.isExact(figure.between(3, 3))).toBe(true);
  });

  it("refuses bad bounds, values and flags", () => {
    expect(code(() => figure.between(2, 1))).toBe("OUT_OF_RANGE");
    expect(code(() => figure.between(1, 2, { value: 3 }))).toBe("OUT_OF_RANGE");
    expect(code(() => figure.between(1, 1, { loInclusive: false }))).toBe("INVALID_INPUT");
    expect(code(() => figure.between(1, 2, { hiInclusive: "no" as never }))).toBe("INVALID_TYPE");
    expect(code(() => figure.between("x", 2))).toBe("INVALID_NUMBER");
  });
});

describe("figure.isFigure", () => {
  it("accepts figures, including ones made with another decimal.js constructor", () => {
    expect(figure.isFigure(figure.percent("1"))).toBe(true);
    const d = (x: string) => new Decimal(x);
    expect(figure.isFigure({ value: d("1"), lo: d("0"), hi: d("2"), loInclusive: true, hiInclusive: false })).toBe(
      true,
    );
  });

  it("refuses values that break the invariants or the shape", () => {
    const d = (x: string) => new Decimal(x);
    for (const bad of [
      null,
      1,
      "1",
      { value: d("3"), lo: d("0"), hi: d("2"), loInclusive: true, hiInclusive: true },
      { value: d("1"), lo: d("1"), hi: d("1"), loInclusive: false, hiInclusive: true },
      { value: d("1"), lo: d("0"), hi: d("2"), loInclusive: true },
      { value: d("NaN"), lo: d("0"), hi: d("2"), loInclusive: true, hiInclusive: true },
      { value: d("1"), lo: d("-Infinity"), hi: d("2"), loInclusive: true, hiInclusive: true },
    ]) {
      expect(figure.isFigure(bad)).toBe(false);
    }
  });
});
