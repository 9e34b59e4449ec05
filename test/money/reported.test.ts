// money.parseReported: the exact amount and the figure of its written digits, from one call.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { figure, money } from "../../src/index.js";
import { expectRefusal, interval } from "../support.js";

describe("money.parseReported", () => {
  it("parseReported", () => {
    // #region parseReported
    const gdp = money.parseReported("193,48 miliardi di yuan", { locale: "it-IT" });
    money.toString(gdp.money); // "193480000000 CNY"
    figure.format(gdp.figure, { style: "interval", scale: "billion" }); // "[193.475, 193.485)"
    const revenue = money.parseReported("1934.8亿元", { locale: "zh-CN" });
    figure.format(revenue.figure, { style: "both", scale: "亿" }); // "1934.8 [1934.75, 1934.85)"
    // #endregion parseReported
    expect(money.toString(gdp.money)).toBe("193480000000 CNY");
    expect(figure.format(gdp.figure, { style: "interval", scale: "billion" })).toBe("[193.475, 193.485)");
    expect(gdp.figure).toEqual(figure.parse("193,48 miliardi", { locale: "it-IT" }));
    expect(figure.format(revenue.figure, { style: "both", scale: "亿" })).toBe("1934.8 [1934.75, 1934.85)");
    expect(money.toString(revenue.money)).toBe("193480000000 CNY");
    expect(Object.isFrozen(gdp)).toBe(true);
  });

  it("writeYi", () => {
    // #region writeYi
    // A yuan amount in 亿 with the yuan sign, as the Chinese press writes it:
    const revenue = money.parseReported("1234.5亿元", { locale: "zh-CN" });
    `${figure.format(revenue.figure, { scale: "亿", locale: "zh-CN" })}亿元`; // "1,234.5亿元"
    // #endregion writeYi
    expect(`${figure.format(revenue.figure, { scale: "亿", locale: "zh-CN" })}亿元`).toBe("1,234.5亿元");
    expect(money.toString(revenue.money)).toBe("123450000000 CNY");
  });

  it.each([
    ["$30.26 billion", {}, "30260000000 USD", "[30255000000, 30265000000)"],
    ["193,480 miliardi di yuan", { locale: "it-IT" }, "193480000000 CNY", "[193479500000, 193480500000)"],
    ["EUR 1,234.56", {}, "1234.56 EUR", "[1234.555, 1234.565)"],
    ["-$5", {}, "-5 USD", "[-5.5, -4.5)"],
    ["(1,234.56) USD", {}, "-1234.56 USD", "[-1234.565, -1234.555)"],
    ["12 000,50 €", { locale: "fr-FR" }, "12000.5 EUR", "[12000.495, 12000.505)"],
    ["5 mila miliardi di euro", {}, "5000000000000 EUR", "[4500000000000, 5500000000000)"],
    ["1,5 Mrd. €", { locale: "de-DE" }, "1500000000 EUR", "[1450000000, 1550000000)"],
  ])("%s", (text, options, exact, bounds) => {
    const r = money.parseReported(text, options);
    expect(money.toString(r.money)).toBe(exact);
    expect(interval(r.figure)).toBe(bounds);
    expect(r.figure.value.eq(r.money.amount)).toBe(true);
  });

  it("rounding: how the publisher rounded", () => {
    const r = money.parseReported("$30.26 billion", { rounding: "down" });
    expect(interval(r.figure)).toBe("[30260000000, 30270000000)");
  });

  it("strict mode and refusals are those of money.parse, naming money.parseReported", () => {
    expectRefusal(
      () => money.parseReported("1,234 USD", { strict: true }),
      "INVALID_TEXT",
      "money.parseReported: text",
      {
        reason: "ambiguous-separator",
      },
    );
    expectRefusal(() => money.parse("1,234 USD", { strict: true }), "INVALID_TEXT", "money.parse: text");
    expect(money.toString(money.parseReported("1,234 USD").money)).toBe("1234 USD");
    expectRefusal(() => money.parseReported("abc", { locale: "it-IT" }), "INVALID_TEXT", "money.parseReported: text", {
      received: "abc",
      locale: "it-IT",
    });
    expectRefusal(() => money.parseReported("5 USD and 6 USD"), "INVALID_TEXT", "money.parseReported: text");
    expectRefusal(() => money.parseReported("5 USD USD"), "INVALID_TEXT", "money.parseReported: text");
    expectRefusal(
      () => money.parseReported("5 USD", { currency: "EUR" }),
      "CURRENCY_MISMATCH",
      "money.parseReported: text",
    );
    expectRefusal(
      () => money.parseReported("5 USD", { currency: "XXQ" }),
      "UNKNOWN_CURRENCY",
      "money.parseReported: options.currency",
    );
    expectRefusal(
      () => money.parseReported("5 USD", { locale: "not a locale!" }),
      "INVALID_INPUT",
      "money.parseReported: options.locale",
    );
    expectRefusal(
      () => money.parseReported("5 USD", { decimalSeparator: "x" }),
      "INVALID_INPUT",
      "money.parseReported: options.decimalSeparator",
    );
    expectRefusal(
      () => money.parseReported("5 USD", { strict: "yes" } as never),
      "INVALID_TYPE",
      "money.parseReported: options.strict",
    );
    expectRefusal(
      () => money.parseReported("5 USD", { rouding: "down" } as never),
      "UNKNOWN_OPTION",
      "money.parseReported: options.rouding",
      { suggestion: "rounding" },
    );
    expectRefusal(
      () => money.parseReported("5 USD", { rounding: "sideways" } as never),
      "INVALID_INPUT",
      "money.parseReported: options.rounding",
      { received: "sideways" },
    );
    expectRefusal(() => money.parseReported(5 as never), "INVALID_TYPE", "money.parseReported: text", { received: 5 });
    expectRefusal(() => money.parseReported("1".repeat(2001)), "TEXT_TOO_LONG", "money.parseReported: text");
    expectRefusal(() => money.parseReported(`1e1001 USD`), "INVALID_TEXT", "money.parseReported: text");
    expectRefusal(() => money.parseReported(`1${"0".repeat(1001)} USD`), "OUT_OF_RANGE", "money.parseReported: text");
    expectRefusal(
      () => money.parseReported(`0.${"0".repeat(998)}1 USD`),
      "OUT_OF_RANGE",
      "money.parseReported: the last written digit of text",
    );
  });

  it("the figure's value is always the exact amount, and its bounds those of the last written digit", () => {
    fc.assert(
      fc.property(fc.integer({ min: -9999999, max: 9999999 }), fc.integer({ min: 0, max: 4 }), (n, d) => {
        const written = (n / 10 ** d).toFixed(d);
        const r = money.parseReported(`${written} billion USD`);
        expect(r.money).toEqual(money.parse(`${written} billion USD`));
        expect(r.figure).toEqual(figure.reported(written, { scale: "billion" }));
      }),
    );
  });
});
