/**
 * money.parse with one separator given and the other taken from the text or
 * its usual partner, separators that normalise to a space, locales that Intl
 * canonicalises or does not know, inferred separators, the language hints of
 * Chinese and Japanese words, and symbols that only Intl's narrow form or a
 * longer symbol than a prefix knows.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { isAccordoError } from "../../src/errors.js";
import * as money from "../../src/money/index.js";
import { clearLocaleWords } from "../../src/money/parse.js";
import type { MoneyParseOptions } from "../../src/money/types.js";
import { problem } from "../support.js";

const p = (text: string, options: MoneyParseOptions): string => money.toString(money.parse(text, options));

describe("parse: only the group separator given", () => {
  it.each([
    ["1,234.5", ",", "1234.5 EUR"],
    ["1.234,5", ".", "1234.5 EUR"],
    ["1'234.5", "'", "1234.5 EUR"],
    ["1'234,5", "'", "1234.5 EUR"],
    ["1 234,5", " ", "1234.5 EUR"],
    ["1 234.5", " ", "1234.5 EUR"],
    ["1\u00A0234,5", "\u00A0", "1234.5 EUR"],
    ["1,5", ".", "1.5 EUR"],
    ["1.5", ",", "1.5 EUR"],
    ["1.5", "'", "1.5 EUR"],
    ["1,5", "'", "1.5 EUR"],
  ])("%s with group %j", (text, group, expected) => {
    expect(p(text, { currency: "EUR", groupSeparator: group })).toBe(expected);
  });
});

describe("parse: only the decimal separator given", () => {
  it.each([
    ["1.234,5", ",", "1234.5 EUR"],
    ["1,234.5", ".", "1234.5 EUR"],
    ["1 234,5", ",", "1234.5 EUR"],
    ["1'234.5", ".", "1234.5 EUR"],
    ["1234,5", ",", "1234.5 EUR"],
    ["1234.5", ".", "1234.5 EUR"],
  ])("%s with decimal %j", (text, decimal, expected) => {
    expect(p(text, { currency: "EUR", decimalSeparator: decimal })).toBe(expected);
  });

  it("reads a no-break space given as the decimal separator as a space", () => {
    expect(p("1 5", { currency: "EUR", decimalSeparator: "\u00A0" })).toBe("1.5 EUR");
    expect(problem(() => money.parse("1 234,5", { currency: "EUR", decimalSeparator: "\u00A0" }))).toBe(
      "misplaced separator after the decimal separator",
    );
  });
});

describe("parse: locales", () => {
  it("names the canonical locale, or the one given when Intl does not know it", () => {
    expect(problem(() => money.parse("12 apples", { locale: "de-de" }))).toBe(
      'unexpected "apples": not a currency, scale word or separator known for de-DE',
    );
    expect(problem(() => money.parse("12 apples", { locale: "zz" }))).toBe(
      'unexpected "apples": not a currency, scale word or separator known for zz',
    );
    expect(p("$5", { locale: "zz" })).toBe("5 USD");
  });
});

describe("parse: inferred separators", () => {
  it.each([
    ["CHF 1'234'567.50", "1234567.5 CHF"],
    ["1 234 567 USD", "1234567 USD"],
    ["12  000,50 €", "12000.5 EUR"],
    ["1,234,567 USD", "1234567 USD"],
  ])("%s", (text, expected) => {
    expect(p(text, {})).toBe(expected);
  });
  it("reads a number without separators in strict mode", () => {
    expect(p("123", { currency: "USD", strict: true })).toBe("123 USD");
    expect(p("1234", { currency: "USD", strict: true })).toBe("1234 USD");
  });
  it("reads the group separator given alone when the text has no comma", () => {
    expect(p("1.234", { currency: "EUR", groupSeparator: "." })).toBe("1234 EUR");
  });
});

describe("parse: Chinese and Japanese words write a decimal point", () => {
  it.each([
    ["1,234円", { strict: true }, "1234 JPY"],
    ["1,234元", { strict: true }, "1234 CNY"],
    ["1.234亿元", {}, "123400000 CNY"],
    ["1.234円", {}, "1.234 JPY"],
  ] as [string, MoneyParseOptions, string][])("%s", (text, options, expected) => {
    expect(p(text, options)).toBe(expected);
  });
});

describe("parse: currency words and symbols", () => {
  it.each([
    ["₽100", {}, "100 RUB"],
    ["100 zł", {}, "100 PLN"],
    ["L£5", {}, "5 LBP"],
    ["L£5", { locale: "fr-FR" }, "5 LBP"],
    ["5 British pounds", { locale: "de-DE" }, "5 GBP"],
    ["usd 12", { currency: "USD" }, "12 USD"],
    ["€5", { currency: "EUR" }, "5 EUR"],
    ["usd $5", {}, "5 USD"],
    ["30,26 milliards d’euros", {}, "30260000000 EUR"],
    // a word ending in a non-letter needs no space after it
    ["1,5 mln.di euro", {}, "1500000 EUR"],
  ] as [string, MoneyParseOptions, string][])("%s %j", (text, options, expected) => {
    expect(p(text, options)).toBe(expected);
  });
});

describe("parse: the words known for a locale, built afresh", () => {
  // The words of a locale are computed once and kept: with the cache emptied they are built again.
  beforeAll(() => {
    clearLocaleWords();
  });
  const q = (text: string, options: MoneyParseOptions = {}): string => {
    try {
      return money.toString(money.parse(text, options));
    } catch (e) {
      return isAccordoError(e) ? e.code : String(e);
    }
  };
  it("knows narrow symbols, longer symbols first, press words with spaces and their language", () => {
    expect(q("₽100")).toBe("100 RUB");
    expect(q("L£5")).toBe("5 LBP");
    expect(q("L£5", { locale: "fr-FR" })).toBe("5 LBP");
    expect(q("66,38 miliardi di dollari statunitensi")).toBe("66380000000 USD");
    expect(q("1,234 dollari", { strict: true })).toBe("1.234 USD");
  });
  it("skips the symbols of withdrawn currencies and three-letter symbols that are not codes", () => {
    expect(q("5 kn")).toBe("INVALID_TEXT");
    expect(q("5 lei")).toBe("INVALID_TEXT");
    expect(q("5 RON")).toBe("5 RON");
  });
  it("reads a withdrawn currency's symbols and names when options.currency names it (they were refused)", () => {
    expect(q("5 kn", { currency: "HRK" })).toBe("5 HRK");
    expect(q("12,345.00 Croatian kunas", { currency: "HRK" })).toBe("12345 HRK");
    expect(q("-1.234,50 Kroatische Kuna", { currency: "HRK", locale: "de-DE" })).toBe("-1234.5 HRK");
    expect(q("5 kn", { currency: "EUR" })).toBe("INVALID_TEXT");
    for (const currency of ["HRK", "SLL", "ZWL"]) {
      for (const currencyDisplay of ["symbol", "narrowSymbol", "name"] as const) {
        const m = money.of("-1234.5", currency);
        expect(q(money.format(m, { currencyDisplay, locale: "fr-FR" }), { currency, locale: "fr-FR" })).toBe(
          `-1234.5 ${currency}`,
        );
      }
    }
  });
});

describe("parse: digits of other scripts and bidirectional marks", () => {
  it("reads Arabic-Indic, Persian and Bengali digits, the Arabic separators and the marks Intl writes (all were refused)", () => {
    // -1234567.89 EUR as Intl writes it in ar-EG: Arabic letter mark, minus, right-to-left mark, Arabic-Indic digits
    expect(
      p("\u061C-\u200F\u0661\u066C\u0662\u0663\u0664\u066C\u0665\u0666\u0667\u066B\u0668\u0669\u00A0\u20AC", {
        locale: "ar-EG",
      }),
    ).toBe("-1234567.89 EUR");
    expect(p("\u0661\u066C\u0662\u0663\u0664\u066B\u0665\u0666 \u20AC", {})).toBe("1234.56 EUR");
    expect(p("\u200F1,234.567\u00A0\u062F.\u0643.\u200F", { locale: "ar" })).toBe("1234.567 KWD");
    expect(p("\u200F\u200E-5\u00A0\u200F\u00A5", { locale: "he-IL" })).toBe("-5 JPY");
    expect(
      p("\u200E$\u06F1\u066C\u06F2\u06F3\u06F4\u066C\u06F5\u06F6\u06F7\u066B\u06F8\u06F9", { locale: "fa-IR" }),
    ).toBe("1234567.89 USD");
    expect(p("\u09E7,\u09E8\u09E9,\u09EA\u09EB,\u09EC\u09ED\u09EE.\u09EF\u09E6\u20B9", { locale: "bn-BD" })).toBe(
      "12345678.9 INR",
    );
    expect(p("\u0968\u0966 USD", {})).toBe("20 USD");
  });
  it("reads back what format writes in these locales", () => {
    for (const locale of ["ar", "ar-EG", "fa-IR", "bn-BD", "he-IL", "hi-IN-u-nu-deva", "my-MM"]) {
      for (const [amount, currency] of [
        ["-1234567.89", "EUR"],
        ["1234.567", "KWD"],
        ["-12.3456", "CLF"],
        ["-5", "JPY"],
      ] as const) {
        const m = money.of(amount, currency);
        expect(p(money.format(m, { locale }), { locale })).toBe(`${amount} ${currency}`);
        expect(p(money.format(m, { locale, currencyDisplay: "code" }), { locale })).toBe(`${amount} ${currency}`);
      }
    }
  });
});

describe("parse: every form of a currency's name", () => {
  it("reads the plural forms Intl writes beyond 1 and 2 (they were refused)", () => {
    expect(p("5 японских иен", { locale: "ru-RU" })).toBe("5 JPY");
    expect(p("1\u00A0234,567 кувейтского динара", { locale: "ru-RU" })).toBe("1234.567 KWD");
    expect(p("-5 jenów japońskich", { locale: "pl-PL" })).toBe("-5 JPY");
    expect(p("0,00 eurų", { locale: "lt-LT" })).toBe("0 EUR");
    expect(p("0,00 eurų", { locale: "lt-LT", currency: "EUR" })).toBe("0 EUR");
  });
  it("reads a name with parentheses, and still reads accounting parentheses around it", () => {
    expect(p("-12.3456 Chilean units of account (UF)", {})).toBe("-12.3456 CLF");
    expect(p("(12.3456 Chilean units of account (UF))", {})).toBe("-12.3456 CLF");
    expect(p("-12.3456智利（资金）", { locale: "zh-CN" })).toBe("-12.3456 CLF");
    expect(problem(() => money.parse("(12.3456 Chilean units of account (UF)", {}))).toContain(
      "misplaced sign or parenthesis",
    );
    expect(problem(() => money.parse("12) $", {}))).toContain("misplaced sign or parenthesis");
    expect(problem(() => money.parse("($5", {}))).toContain("misplaced sign or parenthesis");
  });
  it("reads a name with hyphens or dashes, which are not signs (it was refused as a misplaced sign)", () => {
    expect(p("-1.234.567,89 St.-Helena-Pfund", { locale: "de-DE" })).toBe("-1234567.89 SHP");
    expect(p("St.-Helena-Pfund 5", { locale: "de-DE" })).toBe("5 SHP");
    expect(p("-St.-Helena-Pfund 5", { locale: "de-DE" })).toBe("-5 SHP");
    expect(p("-5 кины Папуа – Новой Гвинеи", { locale: "ru-RU" })).toBe("-5 PGK");
    expect(problem(() => money.parse("5 US-Dollar-", { locale: "de-DE" }))).toContain("misplaced sign or parenthesis");
  });
  it("reads a name with digits, which are not a second number (it was refused)", () => {
    expect(p("-1'234'567.89 São-toméischer Dobra (2018)", { locale: "de-CH" })).toBe("-1234567.89 STN");
    expect(p("-1 234 567,89 unités monétaires européennes (UME–6)", { locale: "fr-FR" })).toBe("-1234567.89 XBB");
    expect(problem(() => money.parse("5 USD 6", {}))).toBe("expected exactly one number, found 2");
  });
  it("reads back names in Russian, Polish, Czech, Lithuanian and Arabic", () => {
    for (const locale of ["ru-RU", "pl-PL", "cs-CZ", "lt-LT", "ar"]) {
      for (const amount of ["0", "1", "2", "5", "11", "21", "22", "101", "1.5", "-0.01"]) {
        for (const currency of ["USD", "JPY", "KWD", "EUR", "CLF"]) {
          const m = money.round(money.of(amount, currency));
          expect(p(money.format(m, { locale, currencyDisplay: "name" }), { locale })).toBe(money.toString(m));
        }
      }
    }
  });
});

describe("parse: narrow symbols of the expected currency", () => {
  it("reads a symbol that is also the narrow symbol of options.currency (it was a CURRENCY_MISMATCH)", () => {
    expect(p("$5", { currency: "CAD" })).toBe("5 CAD");
    expect(p("¥5.00", { currency: "CNY" })).toBe("5 CNY");
    expect(p("-5,00 ¥", { currency: "CNY", locale: "de-DE" })).toBe("-5 CNY");
    expect(p("$5", {})).toBe("5 USD");
    expect(p("¥5", {})).toBe("5 JPY");
    expect(problem(() => money.parse("$5", { currency: "EUR" }))).toBe("the text is in USD, not EUR");
    expect(problem(() => money.parse("$5 CAD", {}))).toBe("the text names two different currencies");
    expect(p("$5 CAD", { currency: "CAD" })).toBe("5 CAD");
    expect(problem(() => money.parse("$5 EUR", { currency: "CAD" }))).toBe("the text names two different currencies");
  });
  it('reads no scale word before the number (the kyat\'s "K 1,234.50" was 1234500)', () => {
    expect(p("-K 1,234.50", { currency: "MMK" })).toBe("-1234.5 MMK");
    expect(p("K 5", {})).toBe("5 MMK");
    expect(problem(() => money.parse("bn 5 USD"))).toBe(
      'unexpected "bn": not a currency, scale word or separator known for en-US',
    );
    expect(p("5K USD", {})).toBe("5000 USD");
  });
});
