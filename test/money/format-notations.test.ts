/**
 * money.format's compact and long notations at their seams: grouping, the
 * language of canonical and unknown locales, the connectors of scale words
 * ("di", "de", "d’"), amounts that round to zero and the one-decimal limit.
 */
import { describe, expect, it } from "vitest";
import * as money from "../../src/money/index.js";
import type { MoneyFormatOptions } from "../../src/money/types.js";

const fmt = (amount: string, currency: string, options: MoneyFormatOptions): string =>
  money.format(money.of(amount, currency), options);

describe("format: compact grouping", () => {
  it("groups large compact numbers unless grouping is off", () => {
    expect(fmt("123456789000000000", "USD", { notation: "compact" })).toBe("$123,457T");
    expect(fmt("123456789000000000", "USD", { notation: "compact", useGrouping: false })).toBe("$123457T");
  });

  it('"always" groups four integer digits, which compact and long notation leave whole by default', () => {
    const zh = { locale: "zh-CN", notation: "long", fractionDigits: 1, currencyLabel: "元" } as const;
    // The same options but grouping, one after the other: each has its own formatters and plan.
    expect(fmt("123450000000", "CNY", zh)).toBe("1234.5亿元");
    expect(fmt("123450000000", "CNY", { ...zh, useGrouping: "always" })).toBe("1,234.5亿元");
    expect(fmt("123450000000", "CNY", { ...zh, useGrouping: false })).toBe("1234.5亿元");
    expect(fmt("123450000000", "CNY", { locale: "zh-CN", notation: "compact" })).toBe("¥1234亿");
    expect(fmt("123450000000", "CNY", { locale: "zh-CN", notation: "compact", useGrouping: "always" })).toBe(
      "¥1,234亿",
    );
    expect(fmt("1234e12", "USD", { notation: "compact", useGrouping: "always" })).toBe("$1,234T");
    expect(fmt("1234e12", "USD", { notation: "compact" })).toBe("$1234T");
  });

  it('"always" in standard notation, and past the digits Intl writes itself', () => {
    expect(fmt("1234.5", "USD", { useGrouping: "always" })).toBe("$1,234.50");
    expect(fmt("1234.5", "USD", { useGrouping: "always", currencyLabel: "US$" })).toBe("US$1,234.50");
    const huge = fmt("1234e300", "USD", { useGrouping: "always" });
    expect(huge.startsWith("$1,234,000,")).toBe(true);
    expect(huge.endsWith(",000.00")).toBe(true);
  });

  it("money.parse reads back what grouping always writes", () => {
    const cny = money.of("123450000000", "CNY");
    const text = money.format(cny, {
      locale: "zh-CN",
      notation: "long",
      fractionDigits: 1,
      currencyLabel: "元",
      useGrouping: "always",
    });
    expect(money.equals(money.parse(text, { locale: "zh-CN" }), cny)).toBe(true);
  });
});

describe("format: connectors of the long notation", () => {
  it.each([
    ["1500000", "EUR", { locale: "zz", notation: "long" }, "1.5 million euros"],
    ["1500000", "EUR", { locale: "IT-it", notation: "long" }, "1,5 milioni di euro"],
    ["1500000", "EUR", { locale: "es-ES", notation: "long" }, "1,5 millones de euros"],
    ["1500000", "EUR", { locale: "pt-PT", notation: "long" }, "1,5 milhões de euros"],
    ["1500000000", "USD", { locale: "fr-FR", notation: "long" }, "1,5 milliard de dollars des États-Unis"],
    ["1500000000", "EUR", { locale: "fr-FR", notation: "long" }, "1,5 milliard d’euros"],
    ["1500000000", "EUR", { locale: "fr-FR", notation: "long", currencyLabel: "écus" }, "1,5 milliard d’écus"],
    ["1500000000", "EUR", { locale: "fr-FR", notation: "long", currencyLabel: "Euro" }, "1,5 milliard d’Euro"],
    ["1500", "EUR", { locale: "it-IT", notation: "long" }, "1,5 mila euro"],
    ["1500000", "EUR", { locale: "it-IT", notation: "long", currencyDisplay: "code" }, "1,5 milioni\u00A0EUR"],
  ] as [string, string, MoneyFormatOptions, string][])("%s %s %j", (amount, currency, options, expected) => {
    expect(fmt(amount, currency, options)).toBe(expected);
  });
});

describe("format: small amounts in compact and long notation", () => {
  it("prints an amount that rounds to zero as a positive zero", () => {
    expect(fmt("0.004", "USD", { notation: "compact" })).toBe("$0");
    expect(fmt("-0.004", "USD", { notation: "compact" })).toBe("$0");
    expect(fmt("-0.004", "USD", { notation: "long" })).toBe("0 US dollars");
  });
  it("shows one decimal below 9.95 and none from there", () => {
    expect(fmt("9.94", "USD", { notation: "compact" })).toBe("$9.9");
    expect(fmt("9.95", "USD", { notation: "compact" })).toBe("$10");
    expect(fmt("-9.95", "USD", { notation: "compact" })).toBe("-$10");
  });
  it('keeps two significant digits below 10 in every mode (rounding down, 9.96 billion was "$9B")', () => {
    expect(fmt("9.96e9", "USD", { notation: "compact", mode: "down" })).toBe("$9.9B");
    expect(fmt("-9.96e9", "USD", { notation: "compact", mode: "ceil" })).toBe("-$9.9B");
    expect(fmt("-9.96e9", "USD", { notation: "compact", mode: "floor" })).toBe("-$10B");
    expect(fmt("9.95e9", "USD", { notation: "compact", mode: "halfTowardsZero" })).toBe("$9.9B");
    expect(fmt("9.95e9", "USD", { notation: "compact", mode: "halfAwayFromZero" })).toBe("$10B");
    expect(fmt("-9.95e6", "USD", { notation: "long", mode: "halfUp" })).toBe("-9.9 million US dollars");
    expect(fmt("-9.95e6", "USD", { notation: "long", mode: "halfDown" })).toBe("-10 million US dollars");
    expect(fmt("9.91", "USD", { notation: "compact", mode: "up" })).toBe("$10");
  });
  it("prints a long custom code in compact notation", () => {
    const token = money.defineCurrency({ code: "USDC_TOKEN", minorUnits: 6, name: "USD Coin" });
    expect(money.format(money.of("1.5", token), { notation: "compact" })).toBe("USDC_TOKEN\u00A01.5");
  });
});

describe("format: connectors only in long notation with names", () => {
  it("joins no connector to a symbol, nor in compact notation", () => {
    expect(fmt("1500000", "EUR", { locale: "it-IT", notation: "compact", currencyDisplay: "name" })).toBe(
      "1,5\u00A0Mln euro",
    );
    expect(fmt("1500000", "EUR", { locale: "it-IT", notation: "compact" })).toBe("1,5\u00A0Mln\u00A0€");
    expect(fmt("1500000", "EUR", { locale: "it-IT", notation: "long", currencyDisplay: "symbol" })).toBe(
      "1,5 milioni\u00A0€",
    );
  });
  it("shows no fraction digits when asked for none", () => {
    expect(fmt("1.5", "USD", { fractionDigits: 0 })).toBe("$2");
    expect(fmt("2.5", "USD", { fractionDigits: 0 })).toBe("$2");
  });
});

describe("format: compact and long notation in locales that write other digits", () => {
  it("formats Arabic-Indic, Bengali, Persian and Devanagari digits (a raw DecimalError was thrown)", () => {
    expect(fmt("1234.5", "EUR", { locale: "ar-EG", notation: "compact" })).toBe("\u200F١٫٢\u00A0ألف\u00A0€");
    expect(fmt("-30260000000", "EUR", { locale: "ar-EG", notation: "long" })).toBe("\u061C-٣٠ مليار يورو");
    expect(fmt("999999", "EUR", { locale: "bn-BD", notation: "compact" })).toBe("১০\u00A0লা€");
    expect(fmt("1234.5", "EUR", { locale: "fa-IR", notation: "long" })).toBe("۱٫۲ هزار یورو");
    expect(fmt("-30260000000", "EUR", { locale: "hi-IN-u-nu-deva", notation: "compact" })).toBe("-€३०\u00A0अ॰");
  });
});

describe("format: rounding in compact and long notation, at each mode, across a carry", () => {
  it("rounds the amount exactly, then shows the scale of the rounded amount", () => {
    const cases: [string, NonNullable<MoneyFormatOptions["mode"]>, number | undefined, "compact" | "long", string][] = [
      ["999.95", "halfEven", undefined, "compact", "$1K"],
      ["999.95", "down", undefined, "compact", "$999"],
      ["-999950", "halfUp", undefined, "compact", "-$1M"],
      ["-999950", "halfDown", undefined, "compact", "-$1M"],
      ["9.96", "down", undefined, "compact", "$9.9"],
      ["9.96", "halfEven", undefined, "compact", "$10"],
      ["-0.004", "floor", undefined, "compact", "-$0.1"],
      ["-0.004", "ceil", undefined, "compact", "$0"],
      ["1250000", "halfEven", 1, "long", "1.2 million US dollars"],
      ["1350000", "halfEven", 1, "long", "1.4 million US dollars"],
      ["-1250000", "halfAwayFromZero", 1, "long", "-1.3 million US dollars"],
      ["-1250000", "halfTowardsZero", 1, "long", "-1.2 million US dollars"],
      ["123456789012345", "up", 2, "compact", "$123.46T"],
      ["0.000001", "up", 0, "compact", "$1"],
    ];
    for (const [value, mode, fractionDigits, notation, text] of cases) {
      const options: MoneyFormatOptions = {
        mode,
        notation,
        ...(fractionDigits === undefined ? {} : { fractionDigits }),
      };
      expect(money.format(money.of(value, "USD"), options), `${value} ${mode}`).toBe(text);
    }
  });
  it("gives the same text for an amount of more than 15 digits as for its rounding", () => {
    expect(money.format(money.of("1234567.0000000000000001", "USD"), { notation: "compact" })).toBe("$1.2M");
    expect(money.format(money.of("-999999.99999999999999999", "USD"), { notation: "long" })).toBe(
      "-1 million US dollars",
    );
    // rounded to whole thousands, an amount below a thousand that reaches it
    expect(money.format(money.of("999.9000000000000001", "USD"), { notation: "compact", fractionDigits: 0 })).toBe(
      "$1K",
    );
    expect(money.format(money.of("499.9000000000000001", "USD"), { notation: "compact", fractionDigits: 0 })).toBe(
      "$500",
    );
  });
});
