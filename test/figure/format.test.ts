import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as figure from "../../src/figure/index.js";
import { defaultDecimals } from "../../src/figure/format.js";
import { roundToScale } from "../../src/decimal.js";
import { code } from "../support.js";

describe("figure.format", () => {
  it("shows a reported figure with its written digits", () => {
    expect(figure.format(figure.reported("193.48"))).toBe("193.48");
    expect(figure.format(figure.reported("33.0"))).toBe("33.0");
    expect(figure.format(figure.reported("33"))).toBe("33");
    expect(figure.format(figure.reported("1.5e3"))).toBe("1500");
    expect(figure.format(figure.reported("-0.50"))).toBe("-0.50");
  });

  it("shows an exact figure with every digit", () => {
    expect(figure.format(figure.exact("0.125"))).toBe("0.125");
    expect(figure.format(figure.exact("-1e-3"))).toBe("-0.001");
    // past 34 significant digits too (the value was rounded to 34 before it was shown)
    expect(figure.format(figure.exact("1.2345678901234567890123456789012345678"))).toBe(
      "1.2345678901234567890123456789012345678",
    );
    expect(figure.format(figure.exact("12345678901234567890123456789012345678"), { scale: "thousand" })).toBe(
      "12345678901234567890123456789012345.678",
    );
    expect(figure.format(figure.exact("0.12345678901234567890123456789012345678"), { as: "percent" })).toBe(
      "12.345678901234567890123456789012345678%",
    );
  });

  it("shows a value that, read as rounded to nearest, covers the bounds (or one significant digit)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -99999, max: 99999 }),
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 0, max: 100 }),
        (l, w, at) => {
          const lo = new Decimal(l).div(100);
          const hi = lo.plus(new Decimal(w).div(1000));
          const value = lo.plus(hi.minus(lo).times(at).div(100));
          const decimals = defaultDecimals(new Decimal(value), lo, hi) as number;
          const shown = roundToScale(value, decimals, "halfEven");
          const half = new Decimal(10).pow(-decimals).div(2);
          const covers = shown.minus(half).lte(lo) && shown.plus(half).gte(hi);
          // bounds that agree on no digit and exclude zero show one significant digit of the value
          const oneDigit = (lo.gt(0) || hi.lt(0)) && decimals === -value.e;
          // covering, never more decimals than a unit at least as wide as the bounds
          return covers ? new Decimal(10).pow(-decimals).gte(hi.minus(lo)) : oneDigit;
        },
      ),
    );
  });

  it("shows the digits on which the bounds agree, and at least one significant digit", () => {
    // [139.34, 139.45]: 139.4 ± 0.05 misses 139.34, 139 ± 0.5 covers both
    const before = figure.div(figure.reported("193.48"), figure.add(1, figure.percent("38.8")));
    expect(figure.format(before)).toBe("139");
    expect(figure.format(figure.between(100, 300, { value: 163 }))).toBe("200");
    // bounds that agree on no digit still show one significant digit of the value
    expect(figure.format(figure.between(100, 270, { value: 163 }))).toBe("200");
    expect(figure.format(figure.between(-1, 1, { value: 0 }))).toBe("0");
  });

  it("formats percentages, scales and signs", () => {
    expect(figure.format(figure.percent("38.8"), { as: "percent" })).toBe("38.8%");
    expect(figure.format(figure.percent("-2.5"), { as: "percent", signed: true })).toBe("-2.5%");
    expect(figure.format(figure.percent("0.0"), { as: "percent", signed: true })).toBe("0.0%");
    expect(figure.format(figure.reported("3", { scale: "万" }), { scale: "万" })).toBe("3");
    expect(figure.format(figure.reported("1.25", { scale: "million" }), { scale: 3 })).toBe("1250");
  });

  it("shows intervals with brackets for possible ends", () => {
    expect(figure.format(figure.reported("193.48"), { style: "interval" })).toBe("[193.475, 193.485)");
    expect(figure.format(figure.reported("2.5", { rounding: "halfEven" }), { style: "interval" })).toBe("(2.45, 2.55)");
    expect(figure.format(figure.reported("2.4", { rounding: "halfEven" }), { style: "interval" })).toBe("[2.35, 2.45]");
    expect(figure.format(figure.reported("2.5", { rounding: "halfDown" }), { style: "both" })).toBe("2.5 (2.45, 2.55]");
    expect(figure.format(figure.percent("33.0"), { style: "both", as: "percent" })).toBe("33.0% [32.95%, 33.05%)");
    expect(figure.format(figure.exact(2), { style: "interval" })).toBe("[2, 2]");
  });

  it("rounds interval bounds outwards; a moved bound is shown closed", () => {
    const third = figure.between(figure.div(1, 3).value, figure.div(2, 3).value, {
      loInclusive: false,
      hiInclusive: false,
    });
    expect(figure.format(third, { style: "interval", decimals: 2 })).toBe("[0.33, 0.67]");
    expect(
      figure.format(figure.between("0.5", "1.5", { loInclusive: false }), { style: "interval", decimals: 1 }),
    ).toBe("(0.5, 1.5]");
    expect(figure.format(figure.between("-1.26", "1.24"), { style: "interval", decimals: 1 })).toBe("[-1.3, 1.3]");
  });

  it("shows a bound with at least the width's decimals and at most one more", () => {
    // width 0.5: the bounds get one decimal, two at most; 1 is shown as 1.0; the value, 1.25 ± 0.5, none
    expect(figure.format(figure.between(1, "1.5"), { style: "interval" })).toBe("[1.0, 1.5]");
    expect(figure.format(figure.between(1, "1.5", { value: "1.25" }), { style: "both" })).toBe("1 [1.0, 1.5]");
    // with decimals given, the bounds get exactly that many
    expect(figure.format(figure.between("1.5", "2.5"), { style: "interval", decimals: 2 })).toBe("[1.50, 2.50]");
    expect(figure.format(figure.between("1.5", "2.5"), { style: "interval", decimals: 0 })).toBe("[1, 3]");
  });

  it("takes decimals from -100 to 100", () => {
    expect(figure.format(figure.exact("1.5"), { decimals: 100 })).toBe(`1.5${"0".repeat(99)}`);
    expect(figure.format(figure.exact("1e100"), { decimals: -100 })).toBe(`1${"0".repeat(100)}`);
    expect(code(() => figure.format(figure.exact(1), { decimals: -101 }))).toBe("OUT_OF_RANGE");
  });

  it("rounds the value with a named mode, half-even by default", () => {
    const f = figure.exact("2.25");
    expect(figure.format(f, { decimals: 1 })).toBe("2.2");
    expect(figure.format(f, { decimals: 1, rounding: "halfUp" })).toBe("2.3");
    expect(figure.format(figure.exact("1234"), { decimals: -2 })).toBe("1200");
    expect(figure.format(figure.exact("-0.04"), { decimals: 1 })).toBe("0.0");
  });

  it("refuses bad options", () => {
    const f = figure.exact(1);
    expect(code(() => figure.format(f, { style: "table" as never }))).toBe("INVALID_INPUT");
    expect(code(() => figure.format(f, { as: "permille" as never }))).toBe("INVALID_INPUT");
    expect(code(() => figure.format(f, { decimals: 1.5 }))).toBe("INVALID_NUMBER");
    expect(code(() => figure.format(f, { decimals: 1000 }))).toBe("OUT_OF_RANGE");
    expect(code(() => figure.format(f, { rounding: "nearest" as never }))).toBe("INVALID_INPUT");
    expect(code(() => figure.format(f, { scale: "lakh" as never }))).toBe("INVALID_INPUT");
    expect(code(() => figure.format(f, { signed: "yes" as never }))).toBe("INVALID_TYPE");
    expect(code(() => figure.format("1" as never))).toBe("INVALID_TYPE");
  });
});
