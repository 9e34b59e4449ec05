/**
 * money.parse with one separator given and the other taken from the text or
 * its usual partner, separators that normalise to a space, and locales that
 * Intl canonicalises or does not know.
 */
import { describe, expect, it } from "vitest";
import { isAccordoError } from "../../src/errors.js";
import * as money from "../../src/money/index.js";
import type { MoneyParseOptions } from "../../src/money/types.js";

const p = (text: string, options: MoneyParseOptions): string => money.toString(money.parse(text, options));
function message(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (isAccordoError(e)) return e.message;
    throw e;
  }
  throw new Error("did not throw");
}

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
    expect(message(() => money.parse("1 234,5", { currency: "EUR", decimalSeparator: "\u00A0" }))).toBe('parse: misplaced separator after the decimal separator in "1 234,5"');
  });
});

describe("parse: locales", () => {
  it("names the canonical locale, or the one given when Intl does not know it", () => {
    expect(message(() => money.parse("12 apples", { locale: "de-de" }))).toBe('parse: unexpected "apples" in "12 apples" (not a currency, scale word or separator known for de-DE)');
    expect(message(() => money.parse("12 apples", { locale: "zz" }))).toBe('parse: unexpected "apples" in "12 apples" (not a currency, scale word or separator known for zz)');
    expect(p("$5", { locale: "zz" })).toBe("5 USD");
  });
});
