/**
 * Formatting through `Intl.NumberFormat`, always fed an exact decimal string,
 * never a JS float.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import { D, roundToScale, roundingConstant, type RoundingMode } from "../decimal.js";
import { describe, fail } from "../errors.js";
import { asMoney } from "./money.js";
import type { MoneyFormatOptions, Money } from "./types.js";

const DISPLAYS = ["symbol", "narrowSymbol", "code", "name"] as const;
const NOTATIONS = ["standard", "compact", "long"] as const;
const DEFAULT_LOCALE = "en-US";

/** Words that join a scale word to a currency name ("miliardi di dollari"), by language, from millions up. */
const CONNECTORS: Readonly<Record<string, string>> = Object.freeze({ it: "di", es: "de", fr: "de", pt: "de", ca: "de" });

type Parts = Intl.NumberFormatPart[];

/** `Intl.NumberFormat` with a RangeError (bad locale, bad option) turned into INVALID_INPUT. */
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, options);
  } catch (error) {
    return fail("INVALID_INPUT", `format: ${error instanceof Error ? error.message : String(error)} (locale ${describe(locale)})`, { where: "format" });
  }
}

/**
 * Formats an exact decimal string. Since Intl.NumberFormat v3 (ES2023, shipped in Node 20 and
 * current browsers) `format` and `formatToParts` read a string as an exact decimal
 * (ToIntlMathematicalValue), so no digit goes through a JS float.
 */
function parts(nf: Intl.NumberFormat, value: Decimal): Parts {
  return (nf.formatToParts as unknown as (v: string) => Parts).call(nf, value.toFixed());
}

const join = (p: Parts): string => p.map((x) => x.value).join("");
const NUMBER_TYPES = new Set(["integer", "group", "decimal", "fraction"]);

/**
 * Formats an amount for display with `Intl.NumberFormat`, from its exact
 * decimal digits (amounts beyond 2^53 print every digit). The amount is first
 * rounded with a named mode (default `halfEven`) to the fraction digits shown.
 *
 * - `notation: "standard"` (default): `"$1,234.56"`, `"1.234,56 €"`, `"￥1,100"`;
 *   fraction digits default to the currency's minor units.
 * - `notation: "compact"`: the locale's short scale, `"$30B"`, `"30 Mrd. $"`, `"¥1934.8亿"`.
 * - `notation: "long"`: scale words, `"30.26 billion US dollars"`,
 *   `"193,48 miliardi di yuan cinesi"`, `"1934.8亿人民币"`; the currency is shown by
 *   name unless `currencyDisplay` says otherwise (`"$30.26 billion"`).
 *
 * In compact and long notation, without `fractionDigits`, the number is shown
 * as `Intl` does by default (two significant digits below 10, whole numbers
 * above: `"$1.2M"`, `"$30B"`); with `fractionDigits` exactly that many digits
 * are shown (`"33.0"` stays `"33.0"`). `currencyLabel` replaces the currency's
 * text, e.g. `"yuan"` or `"元"` as the press writes it. A custom currency (from
 * `defineCurrency`) is shown by name with the `name` it was defined with.
 *
 * @param money - the amount
 * @param options - see {@link MoneyFormatOptions}; the locale defaults to `"en-US"`
 *   (never the environment's, so output does not depend on the machine)
 * @returns the formatted text
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` for an invalid locale, display,
 *   notation, mode or number of fraction digits
 * @example
 * {@includeCode ../../test/money/examples.test.ts#format}
 * @category Formatting
 * @since 0.1.0
 */
export function format(money: Money, options: MoneyFormatOptions = {}): string {
  const m = asMoney(money, "format: money");
  if (typeof options !== "object" || options === null) fail("INVALID_INPUT", `format: options must be an object, got ${describe(options)}`, { where: "format" });
  const locale = options.locale ?? DEFAULT_LOCALE;
  if (typeof locale !== "string") fail("INVALID_INPUT", `format: locale must be a BCP 47 string, got ${describe(locale)}`, { where: "format" });
  const notation = options.notation ?? "standard";
  if (!NOTATIONS.includes(notation)) fail("INVALID_INPUT", `format: notation must be one of ${NOTATIONS.join(", ")}, got ${describe(notation)}`, { where: "format" });
  const display = options.currencyDisplay ?? (notation === "long" ? "name" : "symbol");
  if (!DISPLAYS.includes(display)) fail("INVALID_INPUT", `format: currencyDisplay must be one of ${DISPLAYS.join(", ")}, got ${describe(display)}`, { where: "format" });
  const mode: RoundingMode = options.mode ?? "halfEven";
  roundingConstant(mode, "format: mode");
  const digits = options.fractionDigits;
  if (digits !== undefined && (typeof digits !== "number" || !Number.isInteger(digits) || digits < 0 || digits > 20)) {
    fail("INVALID_INPUT", `format: fractionDigits must be an integer from 0 to 20, got ${describe(digits)}`, { where: "format" });
  }
  const label = options.currencyLabel;
  if (label !== undefined && typeof label !== "string") fail("INVALID_INPUT", `format: currencyLabel must be a string, got ${describe(label)}`, { where: "format" });
  const useGrouping = options.useGrouping ?? true;
  if (typeof useGrouping !== "boolean") fail("INVALID_INPUT", `format: useGrouping must be a boolean, got ${describe(useGrouping)}`, { where: "format" });

  // Intl knows 3-letter codes only; longer custom codes are printed by us (only a custom currency
  // has one). By name, a custom currency is shown by the name it was defined with, whatever the
  // length of its code (Intl would print a 3-letter code it does not know: "1.50 TOK").
  const code = m.currency.code;
  const intlCode = /^[A-Za-z]{3}$/.test(code) ? code.toUpperCase() : "XXX";
  const ownText = display === "name" && m.currency.custom ? m.currency.name : intlCode !== code.toUpperCase() ? code : undefined;
  const currencyText = label ?? ownText;
  // A long custom code takes the place (and spacing) of an ISO code: "USDC_TOKEN 1.50".
  const intlDisplay = ownText !== undefined && display !== "name" ? "code" : display;

  if (notation === "standard") {
    const scale = digits ?? m.currency.minorUnits;
    const value = positiveZero(roundToScale(m.amount, scale, mode));
    const nf = numberFormat(locale, {
      style: "currency",
      currency: intlCode,
      currencyDisplay: intlDisplay,
      minimumFractionDigits: scale,
      maximumFractionDigits: scale,
      useGrouping,
    });
    const p = parts(nf, value);
    return join(currencyText === undefined ? p : p.map((x) => (x.type === "currency" ? { type: x.type, value: currencyText } : x)));
  }

  // Compact and long: the exponent Intl chooses for this amount, then our own exact rounding.
  const compactDisplay = notation === "long" ? "long" : "short";
  // The probe is read as a decimal: Latin digits, whatever the locale's numbering system (ar-EG, bn, fa).
  const probe = numberFormat(locale, { notation: "compact", compactDisplay, maximumSignificantDigits: 21, useGrouping: false, numberingSystem: "latn" });
  const exponent = compactExponent(parts(probe, m.amount.abs()), m.amount.abs());
  const unit = new D(10).pow(exponent);
  const scaled = m.amount.div(unit);
  // Two significant digits below 10, as Intl shows: one decimal unless rounding to one decimal
  // with the caller's mode reaches 10 (9.96 is "9.9" rounding down, "10" half-even).
  const shown = digits ?? (roundToScale(scaled, 1, mode).abs().lt(10) ? 1 : 0);
  const rounded = positiveZero(roundToScale(scaled, shown, mode).times(unit));
  const nf = numberFormat(locale, {
    notation: "compact",
    compactDisplay,
    minimumFractionDigits: digits ?? 0,
    maximumFractionDigits: shown,
    // Compact notation groups only from 5 digits on by default ("1934.8亿"), unless grouping is off.
    ...(useGrouping ? {} : { useGrouping: false }),
  });
  const numberParts = parts(nf, rounded.abs());
  const hasScaleWord = numberParts.some((x) => x.type === "compact");

  // The arrangement of sign, currency and number, taken from the standard format of ±2.
  const sample = parts(
    numberFormat(locale, { style: "currency", currency: intlCode, currencyDisplay: intlDisplay }),
    new D(rounded.isNegative() ? -2 : 2),
  );
  const out: string[] = [];
  let numberDone = false;
  const firstNumberIndex = sample.findIndex((x) => NUMBER_TYPES.has(x.type));
  const language = ((Intl.NumberFormat.supportedLocalesOf([locale])[0] ?? locale).split("-")[0] ?? "").toLowerCase();
  // After a rounding carry (999.999 mila → 1 milione) the scale shown is the rounded amount's.
  const shownExponent = compactExponent(parts(probe, rounded.abs()), rounded.abs());
  const connector = notation === "long" && display === "name" && hasScaleWord && shownExponent >= 6 ? CONNECTORS[language] : undefined;
  sample.forEach((x, i) => {
    if (NUMBER_TYPES.has(x.type)) {
      if (!numberDone) out.push(join(numberParts));
      numberDone = true;
    } else if (x.type === "currency") {
      let text = currencyText ?? x.value;
      if (connector !== undefined && i > firstNumberIndex) {
        text = language === "fr" && /^[aeiouyhàâéèêëîïôûù]/i.test(text) ? `d’${text}` : `${connector} ${text}`;
      }
      out.push(text);
    } else out.push(x.value);
  });
  return out.join("");
}

/** The power of ten by which the compact form divides `value` (0 when no scale word is used). */
function compactExponent(p: Parts, value: Decimal): number {
  if (value.isZero() || !p.some((x) => x.type === "compact")) return 0;
  const digits = p
    .filter((x) => x.type === "integer" || x.type === "fraction" || x.type === "decimal")
    .map((x) => (x.type === "decimal" ? "." : x.value))
    .join("");
  const shown = new D(digits);
  if (shown.isZero()) return 0;
  return Math.round(value.div(shown).log(10).toNumber());
}

function positiveZero(value: Decimal): Decimal {
  return value.isZero() ? new D(0) : value;
}
