/**
 * Formatting through `Intl.NumberFormat`, always fed an exact decimal string,
 * never a JS float.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import { refuseAt, roundToScale, roundingConstant, type RoundingMode } from "../decimal.js";
import { readOptions } from "../errors.js";
import {
  DISPLAYS,
  currencyNumber,
  intlGrouping,
  join,
  numberFormat,
  relabel,
  saneParts,
  wellFormed,
  type Grouping,
  type Shown,
} from "./format-parts.js";
import { formatScaled } from "./format-scaled.js";
import { cached, formatExact, partsExact } from "./intl.js";
import { asMoney } from "./money.js";
import type { Currency, MoneyFormatOptions, Money } from "./types.js";

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
 * text, e.g. `"yuan"` or `"元"` as the press writes it. `useGrouping: "always"` groups the four
 * integer digits that compact and long notation leave whole (`"1,234.5亿元"` rather than
 * `"1234.5亿元"`). A custom currency (from
 * `defineCurrency`) is shown by name with the `name` it was defined with.
 *
 * @param money - the amount
 * @param options - see {@link MoneyFormatOptions}; the locale defaults to `"en-US"`
 *   (never the environment's, so output does not depend on the machine)
 * @returns the formatted text
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` for a locale or options `Intl.NumberFormat`
 *   refuses, or an unknown display, notation or mode; `INVALID_TYPE` for an option of the wrong type;
 *   `OUT_OF_RANGE` for a number of fraction digits outside 0 to 20; `UNKNOWN_OPTION` for another
 *   option; `INVALID_TYPE` or `INVALID_VALUE` when `money` is not a Money
 * @example
 * {@includeCode ../../test/money/examples.test.ts#format}
 * @category Formatting
 * @since 0.1.0
 */
export function format(money: Money, options?: MoneyFormatOptions): string {
  const m = asMoney(money, "money.format: money");
  const o = readFormatOptions(options);
  const shown = shownFor(m.currency, o);
  if (o.notation === "standard") return formatStandard(m.amount, o.digits ?? m.currency.minorUnits, o.mode, shown);
  return formatScaled(m.amount, o.notation, o.digits, o.mode, shown);
}

/** The options of `format`, checked, with their defaults. */
interface FormatOptions {
  readonly locale: string;
  readonly notation: (typeof NOTATIONS)[number];
  readonly display: (typeof DISPLAYS)[number];
  readonly mode: RoundingMode;
  readonly digits: number | undefined;
  readonly label: string | undefined;
  readonly useGrouping: Grouping;
}

/** The options of a call without any. */
const DEFAULT_OPTIONS: FormatOptions = /* @__PURE__ */ Object.freeze({
  locale: DEFAULT_LOCALE,
  notation: "standard",
  display: "symbol",
  mode: "halfEven",
  digits: undefined,
  label: undefined,
  useGrouping: true,
});

/**
 * The options read by the last call with an options object, as given and as checked: a table formats
 * many amounts with the same options, which are then not checked and copied again. The values are
 * read from the object at every call (a caller may change it between calls); only primitives that
 * were accepted are kept, so an equal reading means an equal, valid result.
 */
let lastRead: { readonly given: readonly unknown[]; readonly options: FormatOptions } | undefined;

/** Whether `key` is an option of `format`. */
function isFormatKey(key: string): boolean {
  switch (key) {
    case "locale":
    case "currencyDisplay":
    case "notation":
    case "fractionDigits":
    case "mode":
    case "currencyLabel":
    case "useGrouping":
      return true;
    default:
      return false;
  }
}

/** Step 1: the options, each checked, with their defaults. */
function readFormatOptions(options: MoneyFormatOptions | undefined): FormatOptions {
  if (options === undefined) return DEFAULT_OPTIONS;
  if (typeof options !== "object" || options === null || Array.isArray(options)) return checkFormatOptions(options);
  // Own keys only, each value read once, in the order of the keys, after all keys are checked: as readOptions does.
  const keys = Object.keys(options);
  for (let i = 0; i < keys.length; i++) if (!isFormatKey(keys[i] as string)) return checkFormatOptions(options);
  let locale: unknown, display: unknown, notation: unknown, digits: unknown, mode: unknown, label: unknown;
  let useGrouping: unknown;
  const values = options as Record<string, unknown>;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const value = values[key];
    if (key === "locale") locale = value;
    else if (key === "currencyDisplay") display = value;
    else if (key === "notation") notation = value;
    else if (key === "fractionDigits") digits = value;
    else if (key === "mode") mode = value;
    else if (key === "currencyLabel") label = value;
    else useGrouping = value;
  }
  const last = lastRead;
  if (last !== undefined) {
    const g = last.given;
    if (
      g[0] === locale &&
      g[1] === notation &&
      g[2] === display &&
      g[3] === mode &&
      g[4] === digits &&
      g[5] === label &&
      g[6] === useGrouping
    )
      return last.options;
  }
  const given = [locale, notation, display, mode, digits, label, useGrouping];
  const checked = checkFormatOptions({
    locale,
    notation,
    currencyDisplay: display,
    mode,
    fractionDigits: digits,
    currencyLabel: label,
    useGrouping,
  } as MoneyFormatOptions);
  // Objects (refused by now) are never kept; every accepted option is a primitive.
  lastRead = { given, options: checked };
  return checked;
}

/** Step 1, in full: the options checked (keys and values), with their defaults. */
function checkFormatOptions(options: MoneyFormatOptions | undefined): FormatOptions {
  const o = readOptions("money.format", "options", options, FORMAT_KEYS);
  const locale = o.locale ?? DEFAULT_LOCALE;
  if (typeof locale !== "string")
    refuseAt("INVALID_TYPE", "money.format: options.locale", "a BCP 47 locale string", locale);
  const notation = o.notation ?? "standard";
  if (!NOTATIONS.includes(notation))
    refuseAt(
      typeof notation === "string" ? "INVALID_INPUT" : "INVALID_TYPE",
      "money.format: options.notation",
      `one of ${NOTATIONS.join(", ")}`,
      notation,
    );
  const display = o.currencyDisplay ?? (notation === "long" ? "name" : "symbol");
  if (!DISPLAYS.includes(display))
    refuseAt(
      typeof display === "string" ? "INVALID_INPUT" : "INVALID_TYPE",
      "money.format: options.currencyDisplay",
      `one of ${DISPLAYS.join(", ")}`,
      display,
    );
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
  if (typeof useGrouping !== "boolean" && useGrouping !== "always")
    refuseAt(
      typeof useGrouping === "string" ? "INVALID_INPUT" : "INVALID_TYPE",
      "money.format: options.useGrouping",
      'true, false or "always"',
      useGrouping,
    );
  return Object.freeze({ locale, notation, display, mode, digits, label, useGrouping });
}

/**
 * Step 2: how the currency is shown. Intl knows 3-letter codes only; longer custom codes are
 * printed by us (only a custom currency has one). By name, a custom currency is shown by the name
 * it was defined with, whatever the length of its code (Intl would print a 3-letter code it does
 * not know: "1.50 TOK").
 */
function shownFor(c: Currency, o: FormatOptions): Shown {
  const last = lastShown;
  if (last !== undefined && last.currency === c && last.options === o) return last.shown;
  const shown = buildShown(c, o);
  // A frozen currency cannot change under the same identity; the options are ours, frozen too.
  if (Object.isFrozen(c)) lastShown = { currency: c, options: o, shown };
  return shown;
}

/** The currency and options of the last call, and how they show the currency. */
let lastShown: { readonly currency: Currency; readonly options: FormatOptions; readonly shown: Shown } | undefined;

function buildShown(c: Currency, o: FormatOptions): Shown {
  const { display } = o;
  const code = c.code;
  const intlCode = !c.custom || /^[A-Za-z]{3}$/.test(code) ? code.toUpperCase() : "XXX";
  const ownText = display === "name" && c.custom ? c.name : intlCode !== code.toUpperCase() ? code : undefined;
  // A long custom code takes the place (and spacing) of an ISO code: "USDC_TOKEN 1.50".
  return {
    locale: o.locale,
    code: intlCode,
    display: ownText !== undefined && display !== "name" ? "code" : display,
    byName: display === "name",
    label: o.label ?? ownText,
    useGrouping: o.useGrouping,
  };
}
/** The formatter of the last standard call and what it was built for: a table formats many amounts alike. */
let lastStandard: { readonly shown: Shown; readonly scale: number; readonly nf: Intl.NumberFormat } | undefined;

/** The Intl formatter of standard notation for `shown` and `scale`, from the cache. */
function standardFormatter(shown: Shown, scale: number): Intl.NumberFormat {
  const last = lastStandard;
  if (
    last !== undefined &&
    last.scale === scale &&
    (last.shown === shown ||
      (last.shown.locale === shown.locale &&
        last.shown.code === shown.code &&
        last.shown.display === shown.display &&
        last.shown.useGrouping === shown.useGrouping))
  ) {
    return last.nf;
  }
  const { locale, code, display, useGrouping } = shown;
  const nf = cached(`s\u0000${locale}\u0000${code}\u0000${display}\u0000${scale}\u0000${String(useGrouping)}`, () =>
    numberFormat(locale, {
      style: "currency",
      currency: code,
      currencyDisplay: display,
      minimumFractionDigits: scale,
      maximumFractionDigits: scale,
      useGrouping: intlGrouping(useGrouping),
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
