/**
 * money.parse reads exactly one amount, refuses text past its length limit, and reads back what
 * money.format writes.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as money from "../../src/money/index.js";
import { PARSE_TEXT_LIMIT } from "../../src/money/parse.js";
import type { MoneyFormatOptions, MoneyParseOptions } from "../../src/money/types.js";
import { thrown } from "../support.js";

const p = (text: string, options?: MoneyParseOptions): string => money.toString(money.parse(text, options));

describe("parse: text that is not exactly one amount is refused", () => {
  const cases: readonly (readonly [string, MoneyParseOptions, string, string | undefined])[] = [
    ["5 k k USD", {}, 'a scale word repeated or out of order ("k")', undefined],
    ["$5 bn bn", {}, 'a scale word repeated or out of order ("bn")', undefined],
    ["5 million USD million", {}, 'a scale word apart from the others ("million")', undefined],
    ["5 miliardi miliardi di euro", { locale: "it-IT" }, 'a scale word repeated or out of order ("miliardi")', "it-IT"],
    ["$ $ 5", {}, 'the currency named twice ("$")', undefined],
    ["5 USD USD", {}, 'the currency named twice ("USD")', undefined],
    ["5 USD USD", { strict: true }, 'the currency named twice ("USD")', undefined],
    ["5 miliardi mila di euro", { locale: "it-IT" }, 'a scale word repeated or out of order ("mila")', "it-IT"],
    ["5 miliardi di di euro", { locale: "it-IT" }, "more than one connector", "it-IT"],
  ];
  for (const [text, options, problem, locale] of cases) {
    it(`${text} ${JSON.stringify(options)}`, () => {
      expect(thrown(() => money.parse(text, options))).toMatchObject({
        code: "INVALID_TEXT",
        details: {
          function: "money.parse",
          path: "text",
          expected: "exactly one amount",
          received: text,
          locale: locale ?? "en-US",
          problem,
        },
      });
    });
  }
  it("still reads scale words that multiply, each larger than the one before, and two different words for one currency", () => {
    expect(p("5 mila miliardi di euro", { locale: "it-IT" })).toBe("5000000000000 EUR");
    expect(p("1.5万亿元")).toBe("1500000000000 CNY");
    expect(p("3 thousand million USD")).toBe("3000000000 USD");
    expect(p("人民币1934.8亿元")).toBe("193480000000 CNY");
    expect(p("usd $5")).toBe("5 USD");
  });
});

describe("parse: a length limit, and time linear in the length", () => {
  it(`refuses a text longer than ${PARSE_TEXT_LIMIT} characters with TEXT_TOO_LONG, naming the limit`, () => {
    const text = `5 ${"Zimbabwean dollars (2009–2024) ".repeat(3000)}`;
    expect(thrown(() => money.parse(text, { currency: "ZWL" }))).toMatchObject({
      code: "TEXT_TOO_LONG",
      details: { function: "money.parse", path: "text", limit: PARSE_TEXT_LIMIT, length: text.length, locale: "en-US" },
    });
    expect(thrown(() => money.parse(`$${"1".repeat(PARSE_TEXT_LIMIT)}`))).toMatchObject({ code: "TEXT_TOO_LONG" });
    expect(thrown(() => money.parse("$ ".repeat(40_000), { locale: "de-DE" }))).toMatchObject({
      code: "TEXT_TOO_LONG",
      details: { locale: "de-DE" },
    });
  });
  it("reads a text of exactly the limit", () => {
    // within the range of numbers: 1 followed by zeros after the point
    const digits = `1.${"0".repeat(PARSE_TEXT_LIMIT - 3)}`;
    expect(money.parse(`$${digits}`).amount.toFixed()).toBe("1");
  });
  it("reads what format writes for 10^999 with the currency's name, under the limit", () => {
    const m = money.of("-1.5e999", "USD");
    const text = money.format(m, { currencyDisplay: "name" });
    expect(text.length).toBeLessThan(PARSE_TEXT_LIMIT);
    expect(money.equals(money.parse(text), m)).toBe(true);
  });
  it("refuses an amount written with more digits than the range holds, never a Money of Infinity", () => {
    for (const text of [`1${"0".repeat(1001)} USD`, `$${"9".repeat(1200)}`]) {
      expect(thrown(() => money.parse(text))).toMatchObject({
        code: "OUT_OF_RANGE",
        details: { function: "money.parse", path: "text", received: text },
      });
    }
    expect(money.parse(`$1${"0".repeat(998)}`).amount.e).toBe(998);
  });
  it("refuses repeated currency names with digits (once quadratic) as one number too many, not by running long", () => {
    const text = `5 ${"Zimbabwean dollars (2009–2024) ".repeat(50)}`;
    expect(thrown(() => money.parse(text, { currency: "ZWL" }))).toMatchObject({ code: "INVALID_TEXT" });
  });
});

describe("parse: separators of the currency format", () => {
  it("fr-CH writes amounts with a decimal point, plain numbers with a comma: both are read", () => {
    expect(money.format(money.of("1234.5", "CHF"), { locale: "fr-CH" })).toBe("1\u202F234.50\u00A0CHF");
    expect(p("1\u202F234.50\u00A0CHF", { locale: "fr-CH" })).toBe("1234.5 CHF");
    expect(p("1 234,50 CHF", { locale: "fr-CH" })).toBe("1234.5 CHF");
  });
  it("de-AT groups amounts with a dot, plain numbers with a space: both are read", () => {
    expect(p(money.format(money.of("1234.5", "EUR"), { locale: "de-AT" }), { locale: "de-AT" })).toBe("1234.5 EUR");
    expect(p("1 234,50 €", { locale: "de-AT" })).toBe("1234.5 EUR");
  });
  it("tr-TR: every currency part of Intl's names is a word of the currency", () => {
    expect(p("5 ABD doları", { locale: "tr-TR" })).toBe("5 USD");
    expect(p("5,00 İsviçre frangı", { locale: "tr-TR" })).toBe("5 CHF");
  });
});

const LOCALES = [
  "en-US",
  "en-GB",
  "en-IN",
  "en-CA",
  "en-AU",
  "de-DE",
  "de-CH",
  "de-AT",
  "fr-FR",
  "fr-CH",
  "fr-CA",
  "it-IT",
  "it-CH",
  "es-ES",
  "es-MX",
  "pt-BR",
  "pt-PT",
  "nl-NL",
  "sv-SE",
  "da-DK",
  "nb-NO",
  "fi-FI",
  "pl-PL",
  "cs-CZ",
  "ru-RU",
  "uk-UA",
  "tr-TR",
  "ja-JP",
  "zh-CN",
  "zh-TW",
  "ko-KR",
  "hi-IN",
  "ar-EG",
  "he-IL",
  "th-TH",
  "id-ID",
  "vi-VN",
  "el-GR",
  "hu-HU",
  "ro-RO",
  "bg-BG",
  "hr-HR",
] as const;
const CURRENCIES = [
  "USD",
  "EUR",
  "JPY",
  "GBP",
  "CNY",
  "CHF",
  "CAD",
  "AUD",
  "INR",
  "BRL",
  "RUB",
  "KRW",
  "SEK",
  "TRY",
  "IDR",
] as const;
const DISPLAYS = ["symbol", "code", "name", "narrowSymbol"] as const;

describe("parse(format(x, o), o) is x", () => {
  it(`across ${LOCALES.length} locales, ${CURRENCIES.length} currencies, amounts and the displays whose text names one currency`, () => {
    const amount = fc.oneof(
      fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }).map((n) => `${n}`),
      fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map((n) => `${n}e-2`),
      fc.constantFrom("0", "1", "-1", "1234.5", "1000000", "0.01", "999999.99"),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...LOCALES),
        fc.constantFrom(...CURRENCIES),
        amount,
        fc.constantFrom(...DISPLAYS),
        (locale, code, a, currencyDisplay) => {
          const m = money.round(money.of(a, code));
          const options: MoneyFormatOptions = { locale, currencyDisplay };
          const text = money.format(m, options);
          // A narrow symbol ("$") may stand for several currencies: it is read with options.currency.
          const back = money.parse(text, { locale, ...(currencyDisplay === "narrowSymbol" ? { currency: code } : {}) });
          expect({ text, back: money.toString(back) }).toEqual({ text, back: money.toString(m) });
        },
      ),
      { seed: 16_06, numRuns: 400 },
    );
  });
});
