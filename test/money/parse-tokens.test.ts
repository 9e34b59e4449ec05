/**
 * money.parse with the words of a locale built afresh in every test: the symbols and
 * names Intl writes (which three-letter symbols are skipped, narrow symbols), the scale
 * words Intl writes in compact notation (words of several parts, words met only with a
 * fraction, words for two powers of ten, 10^16), the locale's own scale words and the
 * language of the English ones.
 *
 * The words of a locale are computed once and kept; each test here starts from an empty
 * cache (`clearLocaleWords`), so that it builds them itself (and a mutation run sees the
 * test as covering that code).
 */
import { beforeEach, describe, expect, it } from "vitest";
import { isAccordoError } from "../../src/errors.js";
import * as money from "../../src/money/index.js";
import { clearLocaleWords } from "../../src/money/parse.js";
import type { MoneyParseOptions } from "../../src/money/types.js";

beforeEach(() => {
  clearLocaleWords();
});
/** The parsed amount as "amount CODE", or the refusal's code and message. */
const q = (text: string, options: MoneyParseOptions = {}): string => {
  try {
    return money.toString(money.parse(text, options));
  } catch (e) {
    if (isAccordoError(e)) return `${e.code}: ${String(e.details?.["problem"] ?? e.message)}`;
    throw e;
  }
};

describe("parse: symbols and names, built afresh", () => {
  it('skips three-letter symbols that are not codes ("lei" is RON\'s narrow symbol in en-US)', () => {
    expect(q("5 lei")).toBe('INVALID_TEXT: unexpected "lei": not a currency, scale word or separator known for en-US');
    expect(q("5 RON")).toBe("5 RON");
    expect(q("5 lei", { currency: "RON" })).toBe(
      'INVALID_TEXT: unexpected "lei": not a currency, scale word or separator known for en-US',
    );
  });
  it("refuses words that are no currency's symbol or name", () => {
    for (const words of ["Stryker was here", "gold coins", "euro dollars pounds"]) {
      expect(q(`5 ${words}`)).toMatch(/^INVALID_TEXT: (unexpected|the text names two different currencies)/);
    }
    expect(q("5 Stryker was here")).toBe(
      'INVALID_TEXT: unexpected "Stryker": not a currency, scale word or separator known for en-US',
    );
  });
  it('builds the narrow symbols only for a text the symbols do not read: a first parse of "$1234.56" makes one formatter a currency', () => {
    const Original = Intl.NumberFormat;
    const displays: unknown[] = [];
    Intl.NumberFormat = new Proxy(Original, {
      construct(target, args: [string?, Intl.NumberFormatOptions?]) {
        displays.push(args[1]?.currencyDisplay);
        return Reflect.construct(target, args) as object;
      },
    });
    try {
      expect(q("$1234.56")).toBe("1234.56 USD");
      expect(displays.filter((d) => d === "symbol").length).toBeGreaterThan(100);
      expect(displays).not.toContain("narrowSymbol");
      expect(q("$5", { currency: "CAD" })).toBe("5 CAD");
      expect(displays.filter((d) => d === "narrowSymbol").length).toBe(displays.filter((d) => d === "symbol").length);
    } finally {
      Intl.NumberFormat = Original;
    }
  });
  it("reads a symbol that is also the narrow symbol of options.currency", () => {
    expect(q("$5", { currency: "CAD" })).toBe("5 CAD");
    expect(q("£5", { currency: "GIP" })).toBe("5 GIP");
    expect(q("$5", { currency: "USD" })).toBe("5 USD");
    expect(q("$5", {})).toBe("5 USD");
    expect(q("$5", { currency: "EUR" })).toBe("CURRENCY_MISMATCH: the text is in USD, not EUR");
  });
});

describe("parse: scale words Intl writes, built afresh", () => {
  it("reads the English scale words as English: a comma before three digits groups thousands, also in strict mode", () => {
    expect(q("1,234 billion USD", { strict: true })).toBe("1234000000000 USD");
    expect(q("1,234 thousand USD", { strict: true })).toBe("1234000 USD");
  });
  it("reads words of several parts, and words Intl writes only with a fraction", () => {
    // Intl writes 10^11 in Burmese with two compact parts around the digits; joined, they are one word.
    expect(q("2 ကုဋေသောင်း USD", { locale: "my" })).toBe("200000000000 USD");
    expect(q("2 ကုဋေStryker was here!သောင်း USD", { locale: "my" })).toMatch(/^INVALID_TEXT: unexpected "Stryker"/);
    expect(q("1,5 мільярда USD", { locale: "be" })).toBe("1500000000 USD");
  });
  it("reads 10^16, the largest power Intl writes in compact notation (京 in Japanese)", () => {
    expect(q("1京円", { locale: "ja-JP" })).toBe("10000000000000000 JPY");
  });
  it("reads mille as a thousand in Italian", () => {
    expect(q("2 mille €", { locale: "it-IT" })).toBe("2000 EUR");
  });
  it("leaves out a word that stands for two powers of ten", () => {
    expect(q("5 কো BDT", { locale: "bn" })).toBe(
      'INVALID_TEXT: unexpected "কো": not a currency, scale word or separator known for bn',
    );
  });
});

describe("parse: the locale's own scale words, built afresh", () => {
  it("reads them in a locale with a region and in the language alone", () => {
    expect(q("5 milliers €", { locale: "fr-FR" })).toBe("5000 EUR");
    expect(q("5 milliers €", { locale: "fr" })).toBe("5000 EUR");
    expect(q("5 milliers €", { locale: "de-DE" })).toBe(
      'INVALID_TEXT: unexpected "milliers": not a currency, scale word or separator known for de-DE',
    );
  });
});

describe("parse: signs, parentheses and names around the number", () => {
  it("reads a plus sign as positive", () => {
    expect(q("+$5")).toBe("5 USD");
    expect(q("+5 USD")).toBe("5 USD");
    expect(q("-$5")).toBe("-5 USD");
  });
  it("refuses parentheses that neither enclose the number nor pair up on one side", () => {
    for (const text of [")($5)", "($5)(", ") 5 USD", "5 USD ("]) {
      expect(q(text)).toBe(`INVALID_TEXT: misplaced sign or parenthesis`);
    }
  });
  it("reads a dash between two symbols as a sign, misplaced after the number", () => {
    expect(q("5 €-$")).toBe("INVALID_TEXT: misplaced sign or parenthesis");
  });
  it("reads a name with digits before the number", () => {
    expect(q("São-toméischer Dobra (2018) 5", { locale: "de-CH" })).toBe("5 STN");
    expect(q("-São-toméischer Dobra (2018) 1'234.5", { locale: "de-CH" })).toBe("-1234.5 STN");
  });
  it("masks names in a text whose lower case has another length (İ lowers to two units): the stray İ is the unknown word", () => {
    expect(q("İ 5 São-toméischer Dobra (2018)", { locale: "de-CH" })).toBe(
      'INVALID_TEXT: unexpected "İ": not a currency, scale word or separator known for de-CH',
    );
  });
  it('reads no word "undefined" when options.currency is an ISO currency', () => {
    expect(q("5 undefined", { currency: "USD" })).toBe(
      'INVALID_TEXT: unexpected "undefined": not a currency, scale word or separator known for en-US',
    );
  });
  it("reads a custom currency's name only as a whole word, and with another currency refuses two currencies", () => {
    const tok = money.defineCurrency({ code: "TOK", minorUnits: 4, name: "Token" });
    expect(q("5 Tokens", { currency: tok })).toBe(
      'INVALID_TEXT: unexpected "Tokens": not a currency, scale word or separator known for en-US',
    );
    expect(q("5 Token USD", { currency: tok })).toBe("INVALID_TEXT: the text names two different currencies");
  });
  it('decides "1,234" by the English scale word beside a Chinese currency word', () => {
    expect(q("1,234 million 元", { strict: true })).toBe("1234000000 CNY");
  });
  it("reads the Arabic thousands separator as a group separator, misplaced where it does not group thousands", () => {
    expect(q("\u0661\u0662\u066C\u0663\u0664 €", { locale: "ar-EG" })).toBe(
      'INVALID_TEXT: misplaced group separator ","',
    );
    expect(q("\u0661\u066C\u0662\u0663\u0664 €", { locale: "ar-EG" })).toBe("1234 EUR");
  });
  it("reads a withdrawn currency's words, not its code glued to another word, and refuses unknown words", () => {
    expect(q("5 kn xyz", { currency: "HRK" })).toBe(
      'INVALID_TEXT: unexpected "xyz": not a currency, scale word or separator known for en-US',
    );
    expect(q("5 HRK_", { currency: "HRK" })).toBe(
      'INVALID_TEXT: unexpected "HRK_": not a currency, scale word or separator known for en-US',
    );
    expect(q("5 HRK", { currency: "HRK" })).toBe("5 HRK");
  });
});

describe("parse: one separator before three digits, decided by the language of the words", () => {
  it("reads it as the group separator where the language writes a decimal comma", () => {
    expect(q("123.456 Milliarden Euro")).toBe("123456000000000 EUR");
    expect(q("12,345 miliardi di euro")).toBe("12345000000 EUR");
    expect(q("12.345 miliardi di euro", { strict: true })).toBe("12345000000000 EUR");
  });
});
