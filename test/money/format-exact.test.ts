import { describe, expect, it } from "vitest";
import * as money from "../../src/money/index.js";
import { CACHE_SIZE, cacheCount } from "../../src/money/intl.js";
import type { MoneyFormatOptions } from "../../src/money/types.js";

const NBSP = "\u00A0";
const fmt = (amount: string, currency: string, options?: MoneyFormatOptions): string =>
  money.format(money.of(amount, currency), options);

/** `digits` grouped by threes from the right with `separator`. */
function grouped(digits: string, separator = ","): string {
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return groups.join(separator);
}

describe("format: every digit of amounts past the range of a double, never ∞", () => {
  const digits308 = `18${"0".repeat(307)}`;
  it("1.8e308 USD in standard notation, positive and negative", () => {
    expect(fmt("1.8e308", "USD")).toBe(`$${grouped(digits308)}.00`);
    expect(fmt("-1.8e308", "USD")).toBe(`-$${grouped(digits308)}.00`);
  });
  it("compact and long notation divide by the largest scale word, exactly", () => {
    const mantissa = grouped(`18${"0".repeat(295)}`);
    expect(fmt("1.8e308", "USD", { notation: "compact" })).toBe(`$${mantissa}T`);
    expect(fmt("-1.8e308", "USD", { notation: "compact" })).toBe(`-$${mantissa}T`);
    expect(fmt("1.8e308", "USD", { notation: "long" })).toBe(`${mantissa} trillion US dollars`);
  });
  it("Italian, standard and long", () => {
    expect(fmt("1.8e308", "USD", { locale: "it-IT" })).toBe(`${grouped(digits308, ".")},00${NBSP}USD`);
    expect(fmt("1.8e308", "USD", { locale: "it-IT", notation: "long" })).toBe(
      `${grouped(`18${"0".repeat(295)}`, ".")} mila miliardi di dollari statunitensi`,
    );
  });
  it("up to 10^1000, with the digits of the amount (not zeros), and fraction digits kept", () => {
    const amount = `123456789${"0".repeat(990)}1.25`;
    expect(fmt(amount, "USD")).toBe(`$${grouped(amount.slice(0, -3))}.25`);
    expect(fmt(`-${amount}`, "EUR", { locale: "de-DE" })).toBe(`-${grouped(amount.slice(0, -3), ".")},25${NBSP}€`);
  });
  it("Indian grouping (3, then 2s) and Arabic-Indic digits", () => {
    const text = fmt("1e400", "INR", { locale: "en-IN" });
    expect(text.startsWith("₹10,00,00,")).toBe(true);
    expect(text.endsWith(",00,00,000.00")).toBe(true);
    expect(text.replace(/[₹,.]/g, "")).toBe(`1${"0".repeat(402)}`);
    const arabic = fmt("-12345e400", "EGP", { locale: "ar-EG" });
    expect(arabic).not.toContain("∞");
    expect(arabic.replace(/[^\u0660-\u0669]/g, "")).toBe(`١٢٣٤٥${"٠".repeat(402)}`);
  });
  it("tiny amounts round to zero without a sign", () => {
    expect(fmt("1e-999", "USD")).toBe("$0.00");
    expect(fmt("-1e-999", "USD")).toBe("$0.00");
    expect(fmt("-1e-999", "USD", { notation: "compact" })).toBe("$0");
  });
});

describe("format: garbled Intl output falls back to a sane form", () => {
  it("Turkish names: number then name, one currency, no stray digit", () => {
    // Node 20's Intl writes "$5,00 ABD doları", "CHF 5,0 İsviçre frangı0" and "IDR 5,0 Endonezya rupisi0".
    expect(fmt("5", "USD", { locale: "tr-TR", currencyDisplay: "name" })).toBe("5,00 ABD doları");
    expect(fmt("5", "CHF", { locale: "tr-TR", currencyDisplay: "name" })).toBe("5,00 İsviçre frangı");
    expect(fmt("-1234.5", "IDR", { locale: "tr-TR", currencyDisplay: "name" })).toBe("-1.234,50 Endonezya rupisi");
    expect(fmt("5", "JPY", { locale: "tr-TR", currencyDisplay: "name" })).toBe("5 Japon yeni");
    expect(fmt("5", "USD", { locale: "tr-TR", currencyDisplay: "name", currencyLabel: "dolar" })).toBe("5,00 dolar");
    expect(fmt("30260000000", "USD", { locale: "tr-TR", notation: "long", fractionDigits: 2 })).toBe(
      "30,26 milyar ABD doları",
    );
  });
  it("well-formed output is left as Intl writes it", () => {
    expect(fmt("5", "USD", { locale: "tr-TR" })).toBe("$5,00");
    expect(fmt("2", "USD", { currencyDisplay: "name" })).toBe("2.00 US dollars");
  });
});

describe("format: a bounded cache of formatters", () => {
  it("never holds more than its size, whatever the number of locales and options", () => {
    const locales = ["en-US", "de-DE", "fr-FR", "it-IT", "ja-JP", "zh-CN", "es-ES", "pt-BR", "ru-RU", "ko-KR"];
    for (const locale of locales) {
      for (let fractionDigits = 0; fractionDigits <= 20; fractionDigits++) {
        for (const currencyDisplay of ["symbol", "code", "name"] as const)
          fmt("1.5", "USD", { locale, fractionDigits, currencyDisplay });
      }
    }
    expect(cacheCount()).toBeLessThanOrEqual(CACHE_SIZE);
    expect(fmt("1234.5", "USD", { locale: "en-US", fractionDigits: 3 })).toBe("$1,234.500");
  });
});
