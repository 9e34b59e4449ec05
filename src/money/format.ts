/**
 * Formatting through `Intl.NumberFormat`, always fed an exact decimal string,
 * never a JS float.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import { D, refuseAt, roundToScale, roundingConstant, type RoundingMode } from "../decimal.js";
import { readOptions, refuse } from "../errors.js";
import { cached, formatExact, partsExact } from "./intl.js";
import { asMoney } from "./money.js";
import type { MoneyFormatOptions, Money } from "./types.js";

const DISPLAYS = ["symbol", "narrowSymbol", "code", "name"] as const;
const NOTATIONS = ["standard", "compact", "long"] as const;
const DEFAULT_LOCALE = "en-US";
const FORMAT_KEYS = [
  "locale",
  "currencyDisplay",
  "notation",
  "fractionDigits",
  "mode",
  "currencyLabel",
  "useGrouping",
] as const;

/** Words that join a scale word to a currency name ("miliardi di dollari"), by language, from millions up. */
const CONNECTORS: Readonly<Record<string, string>> = Object.freeze({
  it: "di",
  es: "de",
  fr: "de",
  pt: "de",
  ca: "de",
});

type Parts = Intl.NumberFormatPart[];

/** `Intl.NumberFormat` with a RangeError (bad locale, bad option) turned into INVALID_INPUT. */
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, options);
  } catch (error) {
    return refuse("INVALID_INPUT", {
      function: "money.format",
      path: "options",
      expected: "a locale and options Intl.NumberFormat accepts",
      received: locale,
      locale,
      hint: error instanceof Error ? error.message : String(error),
    });
  }
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
export function format(money: Money, options?: MoneyFormatOptions): string {
  const m = asMoney(money, "money.format: money");
  const o = readOptions("money.format", "options", options, FORMAT_KEYS);
  const locale = o.locale ?? DEFAULT_LOCALE;
  if (typeof locale !== "string")
    refuseAt("INVALID_TYPE", "money.format: options.locale", "a BCP 47 locale string", locale);
  const notation = o.notation ?? "standard";
  if (!NOTATIONS.includes(notation))
    refuseAt("INVALID_INPUT", "money.format: options.notation", `one of ${NOTATIONS.join(", ")}`, notation);
  const display = o.currencyDisplay ?? (notation === "long" ? "name" : "symbol");
  if (!DISPLAYS.includes(display))
    refuseAt("INVALID_INPUT", "money.format: options.currencyDisplay", `one of ${DISPLAYS.join(", ")}`, display);
  const mode: RoundingMode = o.mode ?? "halfEven";
  roundingConstant(mode, "money.format: options.mode");
  const digits = o.fractionDigits;
  if (digits !== undefined && (typeof digits !== "number" || !Number.isInteger(digits) || digits < 0 || digits > 20)) {
    refuseAt(
      typeof digits === "number" ? "OUT_OF_RANGE" : "INVALID_TYPE",
      "money.format: options.fractionDigits",
      "an integer from 0 to 20",
      digits,
    );
  }
  const label = o.currencyLabel;
  if (label !== undefined && typeof label !== "string")
    refuseAt("INVALID_TYPE", "money.format: options.currencyLabel", "a string", label);
  const useGrouping = o.useGrouping ?? true;
  if (typeof useGrouping !== "boolean")
    refuseAt("INVALID_TYPE", "money.format: options.useGrouping", "a boolean", useGrouping);

  // Intl knows 3-letter codes only; longer custom codes are printed by us (only a custom currency
  // has one). By name, a custom currency is shown by the name it was defined with, whatever the
  // length of its code (Intl would print a 3-letter code it does not know: "1.50 TOK").
  const c = m.currency;
  const code = c.code;
  const intlCode = !c.custom || /^[A-Za-z]{3}$/.test(code) ? code.toUpperCase() : "XXX";
  const ownText = display === "name" && c.custom ? c.name : intlCode !== code.toUpperCase() ? code : undefined;
  // A long custom code takes the place (and spacing) of an ISO code: "USDC_TOKEN 1.50".
  const shown: Shown = {
    locale,
    code: intlCode,
    display: ownText !== undefined && display !== "name" ? "code" : display,
    byName: display === "name",
    label: label ?? ownText,
    useGrouping,
  };
  if (notation === "standard") return formatStandard(m.amount, digits ?? c.minorUnits, mode, shown);
  return formatScaled(m.amount, notation, digits, mode, shown);
}

/** How the currency and the digits are shown, from the options. */
interface Shown {
  readonly locale: string;
  /** The code Intl is given ("XXX" for a custom code it cannot print). */
  readonly code: string;
  readonly display: (typeof DISPLAYS)[number];
  /** Whether the caller asked for the currency's name. */
  readonly byName: boolean;
  /** Text in place of Intl's currency part: the caller's label, or a custom currency's code or name. */
  readonly label: string | undefined;
  readonly useGrouping: boolean;
}

/** The formatter of the last standard call and what it was built for: a table formats many amounts alike. */
let lastStandard: { readonly shown: Shown; readonly scale: number; readonly nf: Intl.NumberFormat } | undefined;

/** The Intl formatter of standard notation for `shown` and `scale`, from the cache. */
function standardFormatter(shown: Shown, scale: number): Intl.NumberFormat {
  const last = lastStandard;
  if (
    last !== undefined &&
    last.scale === scale &&
    last.shown.locale === shown.locale &&
    last.shown.code === shown.code &&
    last.shown.display === shown.display &&
    last.shown.useGrouping === shown.useGrouping
  ) {
    return last.nf;
  }
  const { locale, code, display, useGrouping } = shown;
  const nf = cached(`s\u0000${locale}\u0000${code}\u0000${display}\u0000${scale}\u0000${useGrouping ? 1 : 0}`, () =>
    numberFormat(locale, {
      style: "currency",
      currency: code,
      currencyDisplay: display,
      minimumFractionDigits: scale,
      maximumFractionDigits: scale,
      useGrouping,
    }),
  );
  lastStandard = { shown, scale, nf };
  return nf;
}

/** Standard notation: the amount rounded to `scale` digits, written by a cached Intl formatter. */
function formatStandard(amount: Decimal, scale: number, mode: RoundingMode, shown: Shown): string {
  const nf = standardFormatter(shown, scale);
  const value = amount.decimalPlaces() <= scale ? amount : roundToScale(amount, scale, mode);
  if (shown.label === undefined && !shown.byName) return formatExact(nf, value, 0, scale);
  const p = partsExact(nf, value);
  const sane = wellFormed(p) ? p : saneParts(p, currencyNumber(value, shown, scale));
  return join(relabel(sane, shown.label));
}

/** `parts` with the text of each currency part replaced by `label`, when one is given. */
function relabel(p: Parts, label: string | undefined): Parts {
  return label === undefined ? p : p.map((x) => (x.type === "currency" ? { type: x.type, value: label } : x));
}

/**
 * Whether Intl's parts read as one amount: one run of digits and separators, at most one currency
 * part, no digit outside the number. Node 20's Turkish names break it: `"$5,00 ABD doları"` (two
 * currencies), `"CHF 5,0 İsviçre frangı0"` (a digit after the name).
 */
function wellFormed(p: Parts): boolean {
  let runs = 0;
  let currencies = 0;
  let inNumber = false;
  for (const x of p) {
    const numeric = NUMBER_TYPES.has(x.type);
    if (numeric && !inNumber) runs++;
    inNumber = numeric;
    if (x.type === "currency") currencies++;
    if (!numeric && /\d/.test(x.value)) return false;
  }
  return runs === 1 && currencies <= 1;
}

/** The sign and digits of `value` as the locale writes them with a currency code (a well-formed pattern). */
function currencyNumber(value: Decimal, shown: Shown, scale: number): Parts {
  const { locale, code, useGrouping } = shown;
  const byCode = cached(`c\u0000${locale}\u0000${code}\u0000${scale}\u0000${useGrouping ? 1 : 0}`, () =>
    numberFormat(locale, {
      style: "currency",
      currency: code,
      currencyDisplay: "code",
      minimumFractionDigits: scale,
      maximumFractionDigits: scale,
      useGrouping,
    }),
  );
  return partsExact(byCode, value).filter(
    (x) => NUMBER_TYPES.has(x.type) || x.type === "minusSign" || x.type === "plusSign",
  );
}

/** A sane form of garbled parts: the sign and number, a space, then the currency's name (the longest currency part). */
function saneParts(garbled: Parts, number: Parts): Parts {
  const name = garbled
    .filter((x) => x.type === "currency")
    .reduce((a, b) => (b.value.length > a.length ? b.value : a), "");
  return [...number, { type: "literal", value: " " }, { type: "currency", value: name }];
}

/**
 * What compact and long notation reuse from call to call for one set of options: the rounding
 * constant, the Intl number formatters by number of fraction digits, the exponent Intl chooses
 * for each power of ten, and the text around the number, by sign and connector.
 */
interface ScaledPlan {
  readonly shown: Shown;
  readonly notation: "compact" | "long";
  readonly digits: number | undefined;
  readonly mode: RoundingMode;
  readonly rm: Decimal.Rounding;
  readonly compactDisplay: "short" | "long";
  /** By number of fraction digits. */
  readonly formatters: (Intl.NumberFormat | undefined)[];
  /** By power of ten (0 to LARGEST_SCALE_PROBE) and, for negative powers, by their opposite. */
  readonly exponents: (number | undefined)[];
  readonly belowOne: (number | undefined)[];
  /** `[before, after]` the number, by sign and connector (index: 2 × negative + connector). */
  readonly around: ([string, string] | undefined)[];
}

/** The plan of the last scaled call: a dashboard formats many amounts with the same options. */
let lastScaled: ScaledPlan | undefined;

function scaledPlan(
  shown: Shown,
  notation: "compact" | "long",
  digits: number | undefined,
  mode: RoundingMode,
): ScaledPlan {
  const last = lastScaled;
  if (
    last !== undefined &&
    last.notation === notation &&
    last.digits === digits &&
    last.mode === mode &&
    sameShown(last.shown, shown)
  ) {
    return last;
  }
  const { locale, code, display, byName, label, useGrouping } = shown;
  const key = `p\u0000${notation}\u0000${digits ?? -1}\u0000${mode}\u0000${locale}\u0000${code}\u0000${display}\u0000${
    byName ? 1 : 0
  }\u0000${useGrouping ? 1 : 0}\u0000${label === undefined ? "\u0001" : label}`;
  const plan = cached<ScaledPlan>(key, () => ({
    shown,
    notation,
    digits,
    mode,
    rm: roundingConstant(mode),
    compactDisplay: notation === "long" ? "long" : "short",
    formatters: [],
    exponents: [],
    belowOne: [],
    around: [],
  }));
  lastScaled = plan;
  return plan;
}

function sameShown(a: Shown, b: Shown): boolean {
  return (
    a.locale === b.locale &&
    a.code === b.code &&
    a.display === b.display &&
    a.byName === b.byName &&
    a.label === b.label &&
    a.useGrouping === b.useGrouping
  );
}

/** The exponent of the scale word for `value` (0 without one), from the plan's table. */
function planScale(plan: ScaledPlan, value: Decimal): number {
  if (value.isZero()) return 0;
  const power = Math.min(value.e, LARGEST_SCALE_PROBE);
  const table = power >= 0 ? plan.exponents : plan.belowOne;
  const index = power >= 0 ? power : -power;
  let exponent = table[index];
  if (exponent === undefined) {
    exponent = scaleOf(plan.shown.locale, plan.compactDisplay, value);
    table[index] = exponent;
  }
  return exponent;
}

/**
 * `value` rounded with the plan's mode to a multiple of 10^-`places` (places may be negative),
 * exactly: decimal.js rounds to a number of significant digits without its precision limit.
 */
function roundAt(plan: ScaledPlan, value: Decimal, places: number): Decimal {
  if (places >= 0) return value.toDecimalPlaces(places, plan.rm);
  const significant = value.e + 1 + places;
  if (significant >= 1) return value.toSignificantDigits(significant, plan.rm);
  return shift(roundToScale(shift(value, -places), 0, plan.mode), places);
}

/** The compact Intl formatter of the plan showing `fraction` fraction digits. */
function scaledFormatter(plan: ScaledPlan, fraction: number): Intl.NumberFormat {
  let nf = plan.formatters[fraction];
  if (nf === undefined) {
    const { locale, useGrouping } = plan.shown;
    const { compactDisplay, digits } = plan;
    nf = cached(
      `n\u0000${locale}\u0000${compactDisplay}\u0000${digits ?? -1}\u0000${fraction}\u0000${useGrouping ? 1 : 0}`,
      () =>
        numberFormat(locale, {
          notation: "compact",
          compactDisplay,
          minimumFractionDigits: digits ?? 0,
          maximumFractionDigits: fraction,
          // Compact notation groups only from 5 digits on by default ("1934.8亿"), unless grouping is off.
          ...(useGrouping ? {} : { useGrouping: false }),
        }),
    );
    plan.formatters[fraction] = nf;
  }
  return nf;
}

/** The text before and after the number: sign, currency (relabelled, joined by a connector) and spaces. */
function aroundNumber(plan: ScaledPlan, negative: boolean, connected: boolean): [string, string] {
  const index = (negative ? 2 : 0) + (connected ? 1 : 0);
  let around = plan.around[index];
  if (around === undefined) {
    const { shown } = plan;
    const layout = layoutOf(shown, negative);
    const connector = connected ? CONNECTORS[layout.language] : undefined;
    const before: string[] = [];
    const after: string[] = [];
    let numberDone = false;
    layout.sample.forEach((x, i) => {
      const out = numberDone ? after : before;
      if (NUMBER_TYPES.has(x.type)) numberDone = true;
      else if (x.type === "currency") {
        let text = shown.label ?? x.value;
        if (connector !== undefined && i > layout.firstNumber) {
          text = layout.language === "fr" && /^[aeiouyhàâéèêëîïôûù]/i.test(text) ? `d’${text}` : `${connector} ${text}`;
        }
        out.push(text);
      } else out.push(x.value);
    });
    around = [before.join(""), after.join("")];
    plan.around[index] = around;
  }
  return around;
}

/** Compact and long notation: the exponent Intl chooses for this amount, then our own exact rounding. */
function formatScaled(
  amount: Decimal,
  notation: "compact" | "long",
  digits: number | undefined,
  mode: RoundingMode,
  shown: Shown,
): string {
  const plan = scaledPlan(shown, notation, digits, mode);
  const exponent = planScale(plan, amount);
  // Two significant digits below 10, as Intl shows: one decimal unless rounding to one decimal
  // with the caller's mode reaches 10 (9.96 is "9.9" rounding down, "10" half-even).
  let fraction = digits;
  let rounded: Decimal | undefined;
  if (fraction === undefined) {
    const tenths = roundAt(plan, amount, 1 - exponent);
    fraction = tenths.isZero() || tenths.e < exponent + 1 ? 1 : 0;
    if (fraction === 1) rounded = tenths;
  }
  rounded = positiveZero(rounded ?? roundAt(plan, amount, fraction - exponent));
  const negative = rounded.isNegative();
  // After a rounding carry (999.999 mila → 1 milione) the scale shown is the rounded amount's.
  const shownExponent = planScale(plan, rounded);
  // The digits shown end at 10^-(fraction - shownExponent): a number stands for them exactly when it can.
  const numberText = formatExact(
    scaledFormatter(plan, fraction),
    negative ? rounded.abs() : rounded,
    shownExponent,
    fraction - shownExponent,
  );
  const connected = notation === "long" && shown.byName && shownExponent >= 6;
  const [before, after] = aroundNumber(plan, negative, connected);
  return before + numberText + after;
}

/** The arrangement of sign, currency and number, taken from the standard format of ±2, and the locale's language. */
interface Layout {
  readonly sample: Parts;
  readonly firstNumber: number;
  readonly language: string;
}

function layoutOf(shown: Shown, negative: boolean): Layout {
  const { locale, code, display } = shown;
  return cached(`l\u0000${locale}\u0000${code}\u0000${display}\u0000${negative ? 1 : 0}`, () => {
    const nf = numberFormat(locale, { style: "currency", currency: code, currencyDisplay: display });
    const p = partsExact(nf, new D(negative ? -2 : 2));
    const sample = wellFormed(p) ? p : saneParts(p, currencyNumber(new D(negative ? -2 : 2), shown, 2));
    const language = (nf.resolvedOptions().locale.split("-")[0] ?? "").toLowerCase();
    return { sample, firstNumber: sample.findIndex((x) => NUMBER_TYPES.has(x.type)), language };
  });
}

/** Values from this power of ten on take the largest scale word of every locale. */
const LARGEST_SCALE_PROBE = 200;

/**
 * The power of ten by which the compact form of `value` divides it: 0 without a scale word.
 * Intl picks the scale word by the power of ten of the value alone (its compact patterns are
 * keyed by 1000, 10000...), so the answer is cached per locale, display and power of ten.
 */
function scaleOf(locale: string, compactDisplay: "short" | "long", value: Decimal): number {
  if (value.isZero()) return 0;
  const power = Math.min(value.e, LARGEST_SCALE_PROBE);
  return cached(`e\u0000${locale}\u0000${compactDisplay}\u0000${power}`, () => {
    // The probe is read as a decimal: Latin digits, whatever the locale's numbering system (ar-EG, bn, fa).
    const probe = numberFormat(locale, {
      notation: "compact",
      compactDisplay,
      maximumSignificantDigits: 21,
      useGrouping: false,
      numberingSystem: "latn",
    });
    // 2, not 1: the Italian "mille" (one thousand) is written without a digit.
    const p = partsExact(probe, new D(`2e${power}`));
    if (!p.some((x) => x.type === "compact")) return 0;
    const shown = p
      .filter((x) => x.type === "integer")
      .map((x) => x.value)
      .join("");
    return power - (shown.length - 1);
  });
}

/** `value` times 10^`k`, exactly (decimal.js multiplication rounds to 34 digits). */
function shift(value: Decimal, k: number): Decimal {
  return k === 0 ? value : new D(`${value.toFixed()}e${k}`);
}

function positiveZero(value: Decimal): Decimal {
  return value.isZero() ? new D(0) : value;
}
