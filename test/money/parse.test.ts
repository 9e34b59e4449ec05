import { describe, expect, it } from "vitest";
import * as money from "../../src/money/index.js";
import type { MoneyParseOptions } from "../../src/money/types.js";
import { code, problem } from "../support.js";

const p = (text: string, options: MoneyParseOptions = {}): string => money.toString(money.parse(text, options));

describe("parse: the strings of the issue", () => {
  it.each([
    ["$30.26 billion", "30260000000 USD"],
    ["193,48 miliardi di yuan", "193480000000 CNY"],
    ["66,38 miliardi di dollari", "66380000000 USD"],
    ["1934.8亿元", "193480000000 CNY"],
    ["EUR 1,234.56", "1234.56 EUR"],
    ["1.234.567,89 EUR", "1234567.89 EUR"],
    ["¥1,100", "1100 JPY"],
    ["12\u00A0000,50\u00A0€", "12000.5 EUR"],
    ["12\u202F000,50\u00A0€", "12000.5 EUR"],
    ["12 000,50 €", "12000.5 EUR"],
  ])("%s", (text, expected) => {
    expect(p(text)).toBe(expected);
  });
});

describe("parse: press and table forms", () => {
  it.each([
    ["30.26 billion US dollars", {}, "30260000000 USD"],
    ["424,36 miliardi di yuan", {}, "424360000000 CNY"],
    ["4243.6亿元", {}, "424360000000 CNY"],
    ["1,2 mila miliardi di euro", {}, "1200000000000 EUR"],
    ["3万亿元", {}, "3000000000000 CNY"],
    ["$5m", {}, "5000000 USD"],
    ["$1.2M", {}, "1200000 USD"],
    ["$30B", {}, "30000000000 USD"],
    ["USD 2.5bn", {}, "2500000000 USD"],
    ["€ 3,5 Mrd.", {}, "3500000000 EUR"],
    ["1.234,56 €", {}, "1234.56 EUR"],
    ["CHF 1'234.50", {}, "1234.5 CHF"],
    ["₹12,34,567.89", {}, "1234567.89 INR"],
    ["(1,234.56) USD", {}, "-1234.56 USD"],
    ["−12,50 €", {}, "-12.5 EUR"],
    ["-1.234,56 €", { locale: "de-DE" }, "-1234.56 EUR"],
    ["1 234 567,5 ₽", { locale: "ru-RU" }, "1234567.5 RUB"],
    ["１，２３４円", {}, "1234 JPY"],
    ["usd 12", {}, "12 USD"],
    ["66,38 miliardi di dollari statunitensi", {}, "66380000000 USD"],
    ["193,48 miliardi di yuan cinesi", {}, "193480000000 CNY"],
    ["US$30.26bn", {}, "30260000000 USD"],
    ["RMB 1.2 billion", {}, "1200000000 CNY"],
    ["30.26亿美元", {}, "3026000000 USD"],
    ["人民币1934.8亿元", {}, "193480000000 CNY"],
    ["$5k", {}, "5000 USD"],
    ["1.234,56 US-Dollar", { locale: "de-DE" }, "1234.56 USD"],
    ["12", { currency: "EUR" }, "12 EUR"],
  ] as [string, MoneyParseOptions, string][])("%s", (text, options, expected) => {
    expect(p(text, options)).toBe(expected);
  });
});

describe("parse: Ruby monetize vectors", () => {
  it.each([
    ["$1,000.50", "1000.5 USD"],
    ["USD 100", "100 USD"],
    ["100 USD", "100 USD"],
    ["€100", "100 EUR"],
    ["£100", "100 GBP"],
    ["-$5.95", "-5.95 USD"],
    ["$-5.95", "-5.95 USD"],
    ["1,000,000.00 USD", "1000000 USD"],
    ["1.000.000,00 EUR", "1000000 EUR"],
  ])("%s", (text, expected) => {
    expect(p(text)).toBe(expected);
  });
});

describe("parse: babel parse_decimal vectors, with a locale", () => {
  it("reads the locale's separators", () => {
    expect(p("1,099.98", { locale: "en-US", currency: "USD" })).toBe("1099.98 USD");
    expect(p("1.099,98", { locale: "de", currency: "EUR" })).toBe("1099.98 EUR");
    expect(p("12 345,123", { locale: "ru", currency: "RUB" })).toBe("12345.123 RUB");
  });
  it("refuses what does not fit the locale", () => {
    expect(problem(() => money.parse("2,109,998", { locale: "de", currency: "EUR" }))).toContain(
      "more than one decimal separator",
    );
    expect(problem(() => money.parse("11.11", { locale: "de", currency: "EUR" }))).toContain(
      "misplaced group separator",
    );
    expect(code(() => money.parse("1,234.56", { locale: "fr-FR", currency: "EUR" }))).toBe("INVALID_TEXT");
  });
  it("uses the locale's symbols: ¥ is CNY in zh-CN and JPY in ja-JP and en-US", () => {
    expect(p("¥1,234.50", { locale: "zh-CN" })).toBe("1234.5 CNY");
    expect(p("￥1,234", { locale: "ja-JP" })).toBe("1234 JPY");
    expect(p("¥1,234")).toBe("1234 JPY");
    expect(p("$5", { locale: "en-CA" })).toBe("5 CAD");
    expect(p("US$5", { locale: "en-CA" })).toBe("5 USD");
  });
  it("takes explicit separators over everything", () => {
    expect(p("1.234", { currency: "EUR", decimalSeparator: "," })).toBe("1234 EUR");
    expect(p("1.234", { currency: "EUR", decimalSeparator: "." })).toBe("1.234 EUR");
    expect(p("1 234,5", { currency: "EUR", groupSeparator: " " })).toBe("1234.5 EUR");
    expect(code(() => money.parse("1", { currency: "EUR", decimalSeparator: "x" }))).toBe("INVALID_INPUT");
    expect(code(() => money.parse("1", { currency: "EUR", decimalSeparator: ",", groupSeparator: "," }))).toBe(
      "INVALID_INPUT",
    );
  });
});

describe("parse: ambiguity and strict mode", () => {
  it("reads '1,234' and '1.234' as thousands outside strict mode", () => {
    expect(p("1,234", { currency: "USD" })).toBe("1234 USD");
    expect(p("1.234", { currency: "EUR" })).toBe("1234 EUR");
  });
  it("refuses them in strict mode, saying why", () => {
    const why = problem(() => money.parse("1,234", { currency: "USD", strict: true }));
    expect(why).toContain('"1,234"');
    expect(why).toContain("may be 1234 (thousands separator) or 1.234 (decimal separator)");
    expect(code(() => money.parse("1.234 EUR", { strict: true }))).toBe("INVALID_TEXT");
  });
  it("accepts in strict mode what the locale, the separators or the words decide", () => {
    expect(p("1,234", { currency: "USD", strict: true, locale: "en-US" })).toBe("1234 USD");
    expect(p("1,234", { currency: "EUR", strict: true, locale: "it-IT" })).toBe("1.234 EUR");
    expect(p("1,234 miliardi di euro", { strict: true })).toBe("1234000000 EUR");
    expect(p("1,234 billion dollars", { strict: true })).toBe("1234000000000 USD");
    expect(p("1,234.5 USD", { strict: true })).toBe("1234.5 USD");
    expect(p("1.234.567 EUR", { strict: true })).toBe("1234567 EUR");
    expect(p("1,23 EUR", { strict: true })).toBe("1.23 EUR");
  });
  it("refuses a symbol shared by several currencies unless the currency is given", () => {
    expect(problem(() => money.parse("kr 100"))).toContain("ambiguous");
    expect(p("kr 100", { currency: "SEK" })).toBe("100 SEK");
  });
});

describe("parse: scale words of the locale's language", () => {
  it("reads the French billion and Bn, and the Spanish B, as 10^12 (they were read as the English billion, 1000 times too small)", () => {
    expect(p("12,30 billions d’euros", { locale: "fr-FR" })).toBe("12300000000000 EUR");
    expect(p("12,30 Bn €", { locale: "fr-FR" })).toBe("12300000000000 EUR");
    expect(p("1,5 billion de dollars des États-Unis", { locale: "fr-FR" })).toBe("1500000000000 USD");
    expect(p("12,30 B €", { locale: "es-ES" })).toBe("12300000000000 EUR");
    expect(p("12,30 billones de euros", { locale: "es-ES" })).toBe("12300000000000 EUR");
    expect(p("12,30 Bln €", { locale: "it-IT" })).toBe("12300000000000 EUR");
    // English, the default: a billion is 10^9.
    expect(p("12.30 billion euros")).toBe("12300000000 EUR");
    expect(p("€12.30B")).toBe("12300000000 EUR");
  });
  it("reads the words Intl writes in French, Spanish and Italian", () => {
    expect(p("1,20 millier euros", { locale: "fr-FR" })).toBe("1200 EUR");
    expect(p("30,26 G €", { locale: "fr-CA" })).toBe("30260000000 EUR");
    expect(p("-1,20 mil €", { locale: "es-ES" })).toBe("-1200 EUR");
    expect(p("30,26 mil M €", { locale: "es-ES" })).toBe("30260000000 EUR");
    expect(p("30,26 mil millones de euros", { locale: "es-ES" })).toBe("30260000000 EUR");
    expect(code(() => money.parse("$5 mil"))).toBe("INVALID_TEXT");
  });
  it('reads the scale words Intl writes in the locale before the English ones ("1,20 tn US$" in Swedish was 1.2 trillion)', () => {
    expect(p("1,20 tn US$", { locale: "sv-SE" })).toBe("1200 USD");
    expect(p("12,30 bn US$", { locale: "sv-SE" })).toBe("12300000000000 USD");
    expect(p("-45,60 t US$", { locale: "da-DK" })).toBe("-45600 USD");
    expect(p("$1,20 B", { locale: "tr-TR" })).toBe("1200 USD");
    expect(p("-US$30,20 M", { locale: "id-ID" })).toBe("-30200000000 USD");
    expect(p("-30,20 T US$", { locale: "vi-VN" })).toBe("-30200000000 USD");
    expect(p("12,30 B USD", { locale: "hu-HU" })).toBe("12300000000000 USD");
    expect(p("US$1.23억", { locale: "ko-KR" })).toBe("123000000 USD");
    expect(p("-1,50 млн $", { locale: "ru-RU" })).toBe("-1500000 USD");
    // Without a locale the words are English.
    expect(p("$1.20 T")).toBe("1200000000000 USD");
    expect(p("$1.20 B")).toBe("1200000000 USD");
  });
  it("reads lakh and crore, in English and Hindi, as format writes them in en-IN and hi-IN (they were refused)", () => {
    expect(p("₹1.23 lakh crore")).toBe("1230000000000 INR");
    expect(p("-₹1.5Cr", { locale: "en-IN" })).toBe("-15000000 INR");
    expect(p("$3.03KCr", { locale: "en-IN" })).toBe("30300000000 USD");
    expect(p("₹12L", { locale: "en-IN" })).toBe("1200000 INR");
    expect(p("-1.23 करोड़ भारतीय रुपए", { locale: "hi-IN" })).toBe("-12300000 INR");
    expect(p("₹1.2 अ॰", { locale: "hi-IN" })).toBe("1200000000 INR");
    expect(p("₹1.5 हज़ार", { locale: "hi-IN" })).toBe("1500 INR");
    expect(code(() => money.parse("5 cr USD"))).toBe("INVALID_TEXT");
  });
  it("reads back what format writes in compact and long notation", () => {
    for (const locale of [
      "fr-FR",
      "fr-CA",
      "es-ES",
      "es-MX",
      "it-IT",
      "en-IN",
      "hi-IN",
      "sv-SE",
      "da-DK",
      "tr-TR",
      "id-ID",
      "vi-VN",
      "hu-HU",
      "ca-ES",
      "ja-JP",
      "ko-KR",
      "ru-RU",
      "pt-BR",
      "nl-NL",
    ]) {
      for (const amount of ["1200", "-45600", "1500000", "30200000000", "-12300000000000"]) {
        for (const notation of ["compact", "long"] as const) {
          const m = money.of(amount, "EUR");
          expect(p(money.format(m, { locale, notation, fractionDigits: 2 }), { locale })).toBe(`${amount} EUR`);
        }
      }
    }
  });
});

describe("parse: errors", () => {
  it.each([
    ["", "INVALID_TEXT"],
    ["   ", "INVALID_TEXT"],
    ["USD", "INVALID_TEXT"],
    ["12", "INVALID_TEXT"],
    ["1 USD 2", "INVALID_TEXT"],
    ["$1.2.3,4", "INVALID_TEXT"],
    ["$1,23,4", "INVALID_TEXT"],
    ["12 apples", "INVALID_TEXT"],
    ["$ 12 EUR", "INVALID_TEXT"],
    ["--5 USD", "INVALID_TEXT"],
    ["5- USD", "INVALID_TEXT"],
    ["XYZ 5", "INVALID_TEXT"],
  ])("%j → %s", (text, expected) => {
    expect(code(() => money.parse(text))).toBe(expected);
  });
  it("refuses a currency other than the one expected", () => {
    expect(code(() => money.parse("€5", { currency: "USD" }))).toBe("CURRENCY_MISMATCH");
    expect(code(() => money.parse("5", { currency: "XYZ" }))).toBe("UNKNOWN_CURRENCY");
  });
  it("refuses bad arguments", () => {
    expect(code(() => money.parse(5 as never))).toBe("INVALID_TYPE");
    expect(code(() => money.parse("$5", { locale: "??" }))).toBe("INVALID_INPUT");
    expect(code(() => money.parse("$5", { strict: "yes" as never }))).toBe("INVALID_TYPE");
    expect(code(() => money.parse("$5", null as never))).toBe("INVALID_TYPE");
  });
  it("reads custom currencies given as options.currency", () => {
    const cnh = money.defineCurrency({ code: "CNH", minorUnits: 2, name: "Offshore Yuan" });
    expect(money.parse("CNH 1,000.50", { currency: cnh }).currency).toBe(cnh);
    expect(money.parse("1000.50", { currency: cnh }).amount.toFixed()).toBe("1000.5");
  });
  it("reads a custom currency given as options.currency by its name, as format writes it", () => {
    const tok = money.defineCurrency({ code: "TOK", minorUnits: 4, name: "Token" });
    const coin = money.defineCurrency({ code: "USDC_TOKEN", minorUnits: 6, name: "USD Coin" });
    expect(p("-1.234,5000 Token", { currency: tok, locale: "de-DE" })).toBe("-1234.5 TOK");
    expect(p("1,234.500000 USD Coin", { currency: coin })).toBe("1234.5 USDC_TOKEN");
    expect(code(() => money.parse("5 Tokens", { currency: tok }))).toBe("INVALID_TEXT");
    for (const currency of [tok, coin]) {
      const m = money.of("-1234.5", currency);
      expect(
        money.equals(
          money.parse(money.format(m, { currencyDisplay: "name", locale: "fr-FR" }), { currency, locale: "fr-FR" }),
          m,
        ),
      ).toBe(true);
    }
  });
});
