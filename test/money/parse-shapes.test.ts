import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as money from "../../src/money/index.js";
import { clearShapes, knownShape, writtenOf } from "../../src/money/parse.js";
import type { Money, MoneyParseOptions } from "../../src/money/types.js";
import { ISO, outcome } from "../support.js";

/** What a reading gives: the amount, the currency and the digits as written, or the refusal's code. */
function reading(text: string, options: MoneyParseOptions): unknown {
  return outcome(() => {
    const m = money.parse(text, options) as Money;
    return { amount: m.amount.toFixed(), currency: m.currency.code, written: writtenOf(m) };
  });
}

/** The text with each digit 1 to 9 replaced by another digit 1 to 9 (zeros kept): the same shape. */
const variant = (text: string, picks: readonly number[]): string => {
  let k = 0;
  return text.replace(/[1-9]/g, () => String(1 + ((picks[k++ % picks.length] as number) % 9)));
};

const LOCALES = [
  "en-US",
  "en-GB",
  "en-IN",
  "de-DE",
  "de-CH",
  "fr-FR",
  "fr-CH",
  "it-IT",
  "es-ES",
  "es-MX",
  "pt-BR",
  "nl-NL",
  "sv-SE",
  "da-DK",
  "pl-PL",
  "hu-HU",
  "tr-TR",
  "ru-RU",
  "zh-CN",
  "zh-TW",
  "ja-JP",
  "ko-KR",
  "id-ID",
  "vi-VN",
  "he-IL",
];

/** Texts as money.format writes them, and as the press writes them, with the options to read them. */
const written: fc.Arbitrary<[string, MoneyParseOptions]> = fc.oneof(
  fc
    .tuple(
      fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }),
      fc.integer({ min: 0, max: 4 }),
      fc.constantFrom(...ISO),
      fc.constantFrom(...LOCALES),
      fc.constantFrom("standard", "compact", "long" as const),
      fc.constantFrom("symbol", "code", "name" as const),
    )
    .map(([digits, scale, code, locale, notation, display]): [string, MoneyParseOptions] => [
      money.format(money.of(`${digits}e-${scale}`, code), { locale, notation, currencyDisplay: display }),
      { locale },
    ]),
  fc
    .tuple(
      fc.integer({ min: 1, max: 9_999_999 }),
      fc.constantFrom(
        (n: number) => `$${(n / 100_000).toFixed(2)} billion`,
        (n: number) => `${(n / 1000).toFixed(1)}亿元`,
        (n: number) => `${(n / 100).toFixed(2).replace(".", ",")} miliardi di yuan`,
        (n: number) => `${n.toLocaleString("de-DE")},50 €`,
        (n: number) => `-£${n.toLocaleString("en-GB")}.05`,
        (n: number) => `(${n.toLocaleString("en-US")})`,
        (n: number) => `${n.toLocaleString("en-US")} USD.`,
        (n: number) => `0,${n} EUR`,
        (n: number) => `${n % 1000},${String(n).slice(0, 3)} USD`,
      ),
      fc.constantFrom<MoneyParseOptions>({}, { locale: "it-IT" }, { strict: true }, { currency: "USD" }),
    )
    .map(([n, write, options]): [string, MoneyParseOptions] => [write(n), options]),
);

describe("money.parse: plans of shapes", () => {
  it("reads a text of a shape it has read before as the full reading does, amount, currency, digits and refusals alike", () => {
    fc.assert(
      fc.property(written, fc.array(fc.nat(), { minLength: 1, maxLength: 12 }), ([text, options], picks) => {
        const other = variant(text, picks);
        clearShapes();
        reading(text, options);
        const planned = reading(other, options);
        clearShapes();
        expect(planned).toEqual(reading(other, options));
      }),
      { numRuns: 1500 },
    );
  });

  it("learns the shape of a column's amounts from the first one read, and reads the next ones with it", () => {
    clearShapes();
    expect(knownShape("$40.57 billion")).toBe(false);
    expect(money.parse("$30.26 billion").amount.toFixed()).toBe("30260000000");
    expect(knownShape("$40.57 billion")).toBe(true);
    // Other options, a 0 elsewhere, another length: other shapes.
    expect(knownShape("$40.57 billion", { locale: "en-US" })).toBe(false);
    expect(knownShape("$41.57 billion")).toBe(false);
    expect(knownShape("$140.57 billion")).toBe(false);
    expect(money.parse("$40.57 billion").amount.toFixed()).toBe("40570000000");
    const de = { locale: "de-DE" };
    expect(money.parse("1.234.567,89 €", de).amount.toFixed()).toBe("1234567.89");
    expect(knownShape("9.876.543,21 €", de)).toBe(true);
    expect(money.parse("9.876.543,21 €", de).amount.toFixed()).toBe("9876543.21");
    expect(money.parse("-9.876.543,21 €", de).amount.toFixed()).toBe("-9876543.21");
  });

  it("learns nothing from a refusal, a currency name holding digits, other scripts' digits or options it does not copy", () => {
    clearShapes();
    expect(reading("$5 $", {})).toEqual({ error: "INVALID_TEXT" });
    expect(knownShape("$6 $")).toBe(false);
    money.parse("١٬٢٣٤٫٥٦ €", { locale: "ar-EG" });
    expect(knownShape("١٬٢٣٤٫٥٧ €", { locale: "ar-EG" })).toBe(false);
    money.parse("5 USD", { currency: money.currency("USD") });
    expect(knownShape("6 USD", { currency: money.currency("USD") })).toBe(false);
    // A getter is read once, for the key and for the reading alike.
    let reads = 0;
    const options = {
      get locale() {
        reads++;
        return reads === 1 ? "de-DE" : "en-US";
      },
    };
    expect(money.parse("1.234,50 €", options).amount.toFixed()).toBe("1234.5");
    expect(reads).toBe(1);
    expect(knownShape("2.345,60 €", { locale: "de-DE" })).toBe(true);
    expect(reading("2.345,60 €", { locale: "en-US" })).toEqual(reading("2.345,60 €", { locale: "en-US" }));
  });

  it("still refuses what the full reading refuses: unknown options, a text of the shape out of range", () => {
    clearShapes();
    money.parse("$5");
    expect(reading("$6", { locale: "en-US", colour: "red" } as MoneyParseOptions)).toEqual({
      error: "UNKNOWN_OPTION",
    });
    expect(reading("$6", { strict: "yes" } as unknown as MoneyParseOptions)).toEqual({ error: "INVALID_TYPE" });
  });
});
