import { describe, expect, it } from "vitest";
import * as money from "../../src/money/index.js";
import type { MoneyFormatOptions } from "../../src/money/types.js";
import { code } from "../support.js";

const NBSP = "\u00A0";
const NNBSP = "\u202F";

const fmt = (amount: string, currency: string, options: MoneyFormatOptions = {}): string =>
  money.format(money.of(amount, currency), options);

describe("format: babel's format_currency vectors", () => {
  it("en-US, de-DE, es-CO", () => {
    expect(fmt("1099.98", "USD", { locale: "en-US" })).toBe("$1,099.98");
    expect(fmt("1099.98", "EUR", { locale: "en-US" })).toBe("€1,099.98");
    expect(fmt("1099.98", "EUR", { locale: "de-DE" })).toBe(`1.099,98${NBSP}€`);
    // babel (older CLDR) writes "US$1.099,98"; current CLDR puts a space after the symbol
    expect(fmt("1099.98", "USD", { locale: "es-CO" })).toBe(`US$${NBSP}1.099,98`);
    expect(fmt("1099.98", "JPY", { locale: "en-US" })).toBe("¥1,100");
    expect(fmt("-1099.98", "USD", { locale: "en-US" })).toBe("-$1,099.98");
  });
  it("babel's format_compact_currency", () => {
    expect(fmt("12345", "USD", { notation: "compact" })).toBe("$12K");
    expect(fmt("123456789", "USD", { notation: "compact", fractionDigits: 2 })).toBe("$123.46M");
    expect(fmt("123456789", "EUR", { locale: "de-DE", notation: "compact", fractionDigits: 1 })).toBe(
      `123,5${NBSP}Mio.${NBSP}€`,
    );
  });
  it("ja-JP, it-IT, zh-CN", () => {
    expect(fmt("1099.98", "JPY", { locale: "ja-JP" })).toBe("￥1,100");
    expect(fmt("1099.98", "EUR", { locale: "it-IT" })).toBe(`1.099,98${NBSP}€`);
    expect(fmt("1099.98", "CNY", { locale: "zh-CN" })).toBe("¥1,099.98");
    expect(fmt("1099.98", "USD", { locale: "zh-CN" })).toBe("US$1,099.98");
    expect(fmt("12000.5", "EUR", { locale: "fr-FR" })).toBe(`12${NNBSP}000,50${NBSP}€`);
    expect(fmt("1234567.891", "USD", { locale: "en-IN" })).toBe("$12,34,567.89");
  });
});

describe("format: Ruby money's Money#format vectors (en-US)", () => {
  it.each([
    ["1", "USD", "$1.00"],
    ["1", "GBP", "£1.00"],
    ["1", "EUR", "€1.00"],
    ["100", "JPY", "¥100"],
    ["-1000", "USD", "-$1,000.00"],
    ["1.005", "BHD", "BHD 1.005"],
  ])("%s %s → %s", (amount, currency, expected) => {
    expect(fmt(amount, currency).replace(NBSP, " ")).toBe(expected);
  });
});

describe("format: exact digits", () => {
  it("prints amounts beyond 2^53 digit for digit (Intl reads the decimal string)", () => {
    expect(2 ** 53).toBe(9007199254740992);
    expect(fmt("9007199254740993.01", "USD")).toBe("$9,007,199,254,740,993.01");
    expect(fmt("123456789012345678901234.56", "EUR", { locale: "de-DE" })).toBe(
      `123.456.789.012.345.678.901.234,56${NBSP}€`,
    );
    expect(fmt("0.1", "USD", { fractionDigits: 20 })).toBe("$0.10000000000000000000");
  });
  it("rounds with the named mode (halfEven by default), never with float arithmetic", () => {
    expect(fmt("1.005", "USD")).toBe("$1.00");
    expect(fmt("1.015", "USD")).toBe("$1.02");
    expect(fmt("1.005", "USD", { mode: "halfAwayFromZero" })).toBe("$1.01");
    expect(fmt("2.341", "USD", { mode: "up" })).toBe("$2.35");
    expect(fmt("-0.001", "USD")).toBe("$0.00");
    expect(fmt("33", "USD", { fractionDigits: 1 })).toBe("$33.0");
    expect(fmt("1234.5", "JPY", { fractionDigits: 2 })).toBe("¥1,234.50");
  });
});

describe("format: displays and notations", () => {
  it("shows the currency as symbol, narrow symbol, code or name", () => {
    expect(fmt("1234.5", "USD", { currencyDisplay: "code" })).toBe(`USD${NBSP}1,234.50`);
    expect(fmt("1234.5", "USD", { currencyDisplay: "name" })).toBe("1,234.50 US dollars");
    expect(fmt("1234.5", "CAD", { currencyDisplay: "symbol" })).toBe("CA$1,234.50");
    expect(fmt("1234.5", "CAD", { currencyDisplay: "narrowSymbol" })).toBe("$1,234.50");
    expect(fmt("1234.5", "USD", { useGrouping: false })).toBe("$1234.50");
  });
  it("compact: the locale's short scale", () => {
    expect(fmt("30260000000", "USD", { notation: "compact" })).toBe("$30B");
    expect(fmt("1234567", "USD", { notation: "compact" })).toBe("$1.2M");
    expect(fmt("-1234567", "USD", { notation: "compact" })).toBe("-$1.2M");
    expect(fmt("500", "USD", { notation: "compact" })).toBe("$500");
    expect(fmt("193480000000", "CNY", { locale: "zh-CN", notation: "compact", fractionDigits: 1 })).toBe("¥1934.8亿");
    expect(fmt("193480000000", "JPY", { locale: "ja-JP", notation: "compact" })).toBe("￥1935億");
    expect(fmt("30260000000", "EUR", { locale: "de-DE", notation: "compact", fractionDigits: 2 })).toBe(
      `30,26${NBSP}Mrd.${NBSP}€`,
    );
  });
  it("compact: a rounding carry moves to the next scale word", () => {
    expect(fmt("999999000000", "USD", { notation: "compact", fractionDigits: 2 })).toBe("$1.00T");
    expect(fmt("9960000", "USD", { notation: "compact" })).toBe("$10M");
    expect(fmt("999999.9", "EUR", { locale: "it-IT", notation: "long", fractionDigits: 1 })).toBe(
      "1,0 milioni di euro",
    );
  });
  it("long: scale words in English, Italian, French and Chinese, as the press writes them", () => {
    expect(fmt("30260000000", "USD", { notation: "long", fractionDigits: 2 })).toBe("30.26 billion US dollars");
    expect(fmt("66380000000", "USD", { notation: "long", fractionDigits: 2 })).toBe("66.38 billion US dollars");
    expect(fmt("30260000000", "USD", { notation: "long", fractionDigits: 2, currencyDisplay: "symbol" })).toBe(
      "$30.26 billion",
    );
    expect(fmt("1000000000", "USD", { notation: "long" })).toBe("1 billion US dollars");
    expect(fmt("193480000000", "CNY", { locale: "it-IT", notation: "long", fractionDigits: 2 })).toBe(
      "193,48 miliardi di yuan cinesi",
    );
    expect(
      fmt("193480000000", "CNY", { locale: "it-IT", notation: "long", fractionDigits: 2, currencyLabel: "yuan" }),
    ).toBe("193,48 miliardi di yuan");
    expect(
      fmt("66380000000", "USD", { locale: "it-IT", notation: "long", fractionDigits: 2, currencyLabel: "dollari" }),
    ).toBe("66,38 miliardi di dollari");
    expect(fmt("-1500000", "EUR", { locale: "it-IT", notation: "long" })).toBe("-1,5 milioni di euro");
    expect(fmt("30000", "EUR", { locale: "it-IT", notation: "long" })).toBe("30 mila euro");
    expect(fmt("30260000000", "EUR", { locale: "fr-FR", notation: "long", fractionDigits: 2 })).toBe(
      "30,26 milliards d’euros",
    );
    expect(fmt("193480000000", "CNY", { locale: "zh-CN", notation: "long", fractionDigits: 1 })).toBe("1934.8亿人民币");
    expect(
      fmt("193480000000", "CNY", { locale: "zh-CN", notation: "long", fractionDigits: 1, currencyLabel: "元" }),
    ).toBe("1934.8亿元");
    expect(
      fmt("424360000000", "CNY", { locale: "zh-CN", notation: "long", fractionDigits: 1, currencyLabel: "元" }),
    ).toBe("4243.6亿元");
    expect(fmt("0", "USD", { notation: "long" })).toBe("0 US dollars");
  });
  it("custom currencies", () => {
    const token = money.defineCurrency({ code: "USDC_TOKEN", minorUnits: 6, name: "USD Coin" });
    expect(money.format(money.of("1.5", token))).toBe(`USDC_TOKEN${NBSP}1.500000`);
    expect(money.format(money.of("1.5", token), { currencyDisplay: "name" })).toBe("1.500000 USD Coin");
    expect(money.format(money.of("1500000000", token), { notation: "long" })).toBe("1.5 billion USD Coin");
    const cnh = money.defineCurrency({ code: "CNH", minorUnits: 2, name: "Offshore Yuan" });
    expect(money.format(money.of("1.5", cnh))).toBe(`CNH${NBSP}1.50`);
  });
  it('shows a custom currency with a 3-letter code by its own name (the code was printed: "1.5000 TOK")', () => {
    const tok = money.defineCurrency({ code: "TOK", minorUnits: 4, name: "Token" });
    expect(money.format(money.of("1.5", tok), { currencyDisplay: "name" })).toBe("1.5000 Token");
    expect(money.format(money.of("1500000000", tok), { notation: "long" })).toBe("1.5 billion Token");
    expect(money.format(money.of("1.5", tok), { currencyDisplay: "code" })).toBe(`TOK${NBSP}1.5000`);
    const cnh = money.defineCurrency({ code: "CNH", minorUnits: 2, name: "Offshore Yuan" });
    expect(money.format(money.of("1.5", cnh), { currencyDisplay: "name" })).toBe("1.50 Offshore Yuan");
    expect(money.format(money.of("1.5", cnh), { currencyDisplay: "name", currencyLabel: "yuan" })).toBe("1.50 yuan");
  });
});

describe("format: errors", () => {
  const m = money.of("1", "USD");
  it("refuses bad options with INVALID_INPUT", () => {
    expect(code(() => money.format(m, { locale: "not a locale!" }))).toBe("INVALID_INPUT");
    expect(code(() => money.format(m, { locale: 42 as never }))).toBe("INVALID_TYPE");
    expect(code(() => money.format(m, { currencyDisplay: "emoji" as never }))).toBe("INVALID_INPUT");
    expect(code(() => money.format(m, { notation: "scientific" as never }))).toBe("INVALID_INPUT");
    expect(code(() => money.format(m, { fractionDigits: 21 }))).toBe("OUT_OF_RANGE");
    expect(code(() => money.format(m, { fractionDigits: -1 }))).toBe("OUT_OF_RANGE");
    expect(code(() => money.format(m, { mode: "nearest" as never }))).toBe("INVALID_INPUT");
    expect(code(() => money.format(m, { currencyLabel: 5 as never }))).toBe("INVALID_TYPE");
    expect(code(() => money.format(m, { useGrouping: "yes" as never }))).toBe("INVALID_INPUT");
    expect(code(() => money.format(m, { useGrouping: "min2" as never }))).toBe("INVALID_INPUT");
    expect(code(() => money.format(m, { useGrouping: 1 as never }))).toBe("INVALID_TYPE");
    expect(code(() => money.format({} as never))).toBe("INVALID_VALUE");
  });
});

describe("format: one options object across calls", () => {
  const m = money.of("1234.5", "EUR");
  it("reads the object again at each call: a change shows, and is checked", () => {
    const options: { locale?: string; fractionDigits?: number; mode?: string; colour?: string } = { locale: "de-DE" };
    expect(money.format(m, options as MoneyFormatOptions)).toBe("1.234,50\u00a0€");
    options.locale = "en-US";
    expect(money.format(m, options as MoneyFormatOptions)).toBe("€1,234.50");
    options.fractionDigits = 0;
    expect(money.format(m, options as MoneyFormatOptions)).toBe("€1,234");
    options.fractionDigits = 21;
    expect(code(() => money.format(m, options as MoneyFormatOptions))).toBe("OUT_OF_RANGE");
    options.fractionDigits = 0;
    options.mode = "sideways";
    expect(code(() => money.format(m, options as MoneyFormatOptions))).toBe("INVALID_INPUT");
    delete options.mode;
    expect(money.format(m, options as MoneyFormatOptions)).toBe("€1,234");
    options.colour = "red";
    expect(code(() => money.format(m, options as MoneyFormatOptions))).toBe("UNKNOWN_OPTION");
  });
  it("reads each own option once, after checking the keys, and no inherited one", () => {
    let reads = 0;
    const options = {
      get locale() {
        reads++;
        return "de-DE";
      },
    };
    expect(money.format(m, options)).toBe("1.234,50\u00a0€");
    expect(money.format(m, options)).toBe("1.234,50\u00a0€");
    expect(reads).toBe(2);
    const withUnknown = Object.defineProperty({ colour: "red" }, "locale", {
      enumerable: true,
      get: () => {
        reads++;
        return "de-DE";
      },
    });
    expect(code(() => money.format(m, withUnknown as MoneyFormatOptions))).toBe("UNKNOWN_OPTION");
    expect(reads).toBe(2);
    const inherited = Object.create({ locale: "de-DE" }) as MoneyFormatOptions;
    expect(money.format(m, inherited)).toBe("€1,234.50");
    expect(code(() => money.format(m, [] as never))).toBe("INVALID_TYPE");
    expect(code(() => money.format(m, null as never))).toBe("INVALID_TYPE");
  });
});
