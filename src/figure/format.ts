/**
 * Formatting figures with the digits their bounds justify.
 *
 * @module
 */
import { roundToScale, roundingConstant, type Decimal } from "../decimal.js";
import { checkKeys, describe, fail, refuse } from "../errors.js";
import { readFigure, scaleExponent, shift } from "./internal.js";
import type { Figure, FigureFormatOptions } from "./types.js";

/**
 * Formats a figure. By default it shows the best estimate with the digits its
 * bounds justify: down to the first significant digit of the width (so a
 * reported `"193.48"`, one unit of 0.01 wide, shows as `193.48` and `"33.0"`
 * keeps its zero), plus one guard digit when the width is not a single digit,
 * as for derived figures. An exact figure shows every digit.
 *
 * `style: "interval"` shows the bounds, `[` `]` for possible ends and `(` `)`
 * for impossible ones (`[193.475, 193.485)`), with one digit more than the
 * value (trailing zeros beyond the value's digits dropped), rounded outwards (a bound that rounding moved is shown with `[` or
 * `]`: the text then encloses the interval); `"both"` shows the value and
 * then the interval. `as: "percent"` shows a fraction as a percentage.
 *
 * A value computed from exact numbers (a quotient, a growth rate of two exact
 * levels) has bounds that hold only the rounding of its 34 digits: when the
 * width is below 1e-12 of the value, the default shows 3 significant digits
 * (`figure.div(1, 3)` shows `0.333`) rather than 34; pass `decimals` for more.
 * With `locale`, the separators, grouping and percent sign are the locale's
 * (`1.234,5` and `[1.234,45; 1.234,55)` in `"it-IT"`: a `;` between bounds
 * written with a decimal comma).
 *
 * @param f - the figure
 * @param options - style, percent, scale, decimals, rounding and sign ({@link FigureFormatOptions})
 * @returns the text, with `-` for negatives and `.` as the decimal point
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when `f` is not a valid figure or an option is invalid; `INVALID_VALUE` for an unknown locale; `UNKNOWN_OPTION` for an unknown option
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#format}
 * {@includeCode ../../test/figure/examples.test.ts#formatLocale}
 * @category Formatting
 * @since 0.1.0
 */
export function format(f: Figure, options: FigureFormatOptions = {}): string {
  const x = readFigure(f, "figure.format: f");
  if (typeof options !== "object" || options === null)
    fail("INVALID_INPUT", `figure.format: options must be an object, got ${describe(options)}`, {
      where: "figure.format",
    });
  checkKeys("figure.format", "options", options, ["style", "as", "scale", "decimals", "rounding", "signed", "locale"]);
  const style = options.style ?? "value";
  if (style !== "value" && style !== "interval" && style !== "both") {
    fail("INVALID_INPUT", `figure.format: style must be "value", "interval" or "both", got ${describe(style)}`);
  }
  const as = options.as ?? "number";
  if (as !== "number" && as !== "percent")
    fail("INVALID_INPUT", `figure.format: as must be "number" or "percent", got ${describe(as)}`);
  if (options.signed !== undefined && typeof options.signed !== "boolean") {
    fail("INVALID_INPUT", `figure.format: signed must be a boolean, got ${describe(options.signed)}`);
  }
  const mode = options.rounding ?? "halfEven";
  roundingConstant(mode, "figure.format: rounding");
  const exponent = scaleExponent(options.scale, "figure.format: scale") - (as === "percent" ? 2 : 0);
  // An exact shift: a value or bound of more than 34 digits keeps them all.
  const value = shift(x.value, -exponent);
  const lo = shift(x.lo, -exponent);
  const hi = shift(x.hi, -exponent);
  const suffix = as === "percent" ? percentSign(readLocale(options.locale)) : "";
  const decimals = options.decimals === undefined ? defaultDecimals(value, lo, hi) : readDecimals(options.decimals);
  const locale = readLocale(options.locale);

  const shownValue = `${localize(show(decimals === undefined ? value : roundToScale(value, decimals, mode), decimals, options.signed === true), locale)}${suffix}`;
  if (style === "value") return shownValue;

  // Bounds get one digit more than the value, rounded outwards, unless decimals are given.
  const boundDecimals = options.decimals !== undefined || decimals === undefined ? decimals : decimals + 1;
  const shownLo = boundDecimals === undefined ? lo : roundToScale(lo, boundDecimals, "floor");
  const shownHi = boundDecimals === undefined ? hi : roundToScale(hi, boundDecimals, "ceil");
  const open = x.loInclusive || !shownLo.eq(lo) ? "[" : "(";
  const close = x.hiInclusive || !shownHi.eq(hi) ? "]" : ")";
  // at least the value's decimals (boundDecimals is defined only when decimals is), at most boundDecimals
  const bound = (b: Decimal): string =>
    localize(
      show(
        b,
        boundDecimals === undefined ? undefined : Math.max(decimals ?? 0, Math.min(b.dp(), boundDecimals)),
        false,
      ),
      locale,
    );
  const interval = `${open}${bound(shownLo)}${suffix}${locale !== undefined && separatorsOf(locale).decimal === "," ? ";" : ","} ${bound(shownHi)}${suffix}${close}`;
  return style === "interval" ? interval : `${shownValue} ${interval}`;
}

/** Values whose interval is narrower than this, relative to the value, hold only the rounding of a computation. */
const COMPUTED_WIDTH = "1e-12";
/** The significant digits shown by default for such a value. */
const COMPUTED_DIGITS = 3;

/**
 * The default decimals: those the width justifies ({@link justifiedDecimals}), except for a
 * value computed from exact inputs, whose bounds hold only the rounding of its 34 digits
 * (relative width below 1e-12): then 3 significant digits (`38.8047923...` shows as `38.8`).
 * An exact figure shows every digit. @internal
 */
export function defaultDecimals(value: Decimal, lo: Decimal, hi: Decimal): number | undefined {
  const width = hi.minus(lo);
  if (width.isZero()) return undefined;
  if (!value.isZero() && width.div(value.abs()).lt(COMPUTED_WIDTH)) return Math.max(0, COMPUTED_DIGITS - 1 - value.e);
  return justifiedDecimals(width);
}

/** The locale option: undefined, or a BCP 47 tag that Intl knows (INVALID_VALUE otherwise). @internal */
export function readLocale(locale: unknown, fn = "figure.format"): string | undefined {
  if (locale === undefined) return undefined;
  if (typeof locale === "string") {
    try {
      return (
        Intl.NumberFormat.supportedLocalesOf([locale])[0] ?? new Intl.NumberFormat(locale).resolvedOptions().locale
      );
    } catch {
      // falls through to the refusal
    }
  }
  return refuse("INVALID_VALUE", {
    function: fn,
    path: "options.locale",
    expected: 'a BCP 47 locale such as "it-IT"',
    received: locale,
  });
}

const SEPARATORS = new Map<string, { decimal: string; group: string; percent: string }>();

/** The decimal and group separators of a locale, and how it writes a percent sign after a number. @internal */
export function separatorsOf(locale: string): { decimal: string; group: string; percent: string } {
  const known = SEPARATORS.get(locale);
  if (known !== undefined) return known;
  const parts = new Intl.NumberFormat(locale, { numberingSystem: "latn" }).formatToParts(1234567.5);
  const pct = new Intl.NumberFormat(locale, { style: "percent", numberingSystem: "latn" }).formatToParts(0.5);
  const at = pct.findIndex((p) => p.type === "percentSign");
  const before = at > 0 && pct[at - 1]?.type === "literal" ? (pct[at - 1]?.value ?? "") : "";
  const made = {
    decimal: parts.find((p) => p.type === "decimal")?.value ?? ".",
    group: parts.find((p) => p.type === "group")?.value ?? ",",
    percent: `${before}${pct[at]?.value ?? "%"}`,
  };
  if (SEPARATORS.size > 100) SEPARATORS.clear();
  SEPARATORS.set(locale, made);
  return made;
}

/** The percent sign after a number: `%`, or as the locale writes it (`" %"` in French and German). */
function percentSign(locale: string | undefined): string {
  return locale === undefined ? "%" : separatorsOf(locale).percent;
}

/**
 * A plain decimal text (`-1234.5`, `+38.8`) with a locale's separators and grouping
 * (`1.234,5` in Italian); unchanged without a locale. @internal
 */
export function localize(text: string, locale: string | undefined): string {
  if (locale === undefined) return text;
  const { decimal, group } = separatorsOf(locale);
  const sign = text.startsWith("-") || text.startsWith("+") ? text.charAt(0) : "";
  const body = sign === "" ? text : text.slice(1);
  const point = body.indexOf(".");
  const integer = point < 0 ? body : body.slice(0, point);
  const fraction = point < 0 ? "" : body.slice(point + 1);
  let grouped = "";
  for (let i = 0; i < integer.length; i++) {
    if (i > 0 && (integer.length - i) % 3 === 0) grouped += group;
    grouped += integer.charAt(i);
  }
  return `${sign}${grouped}${fraction === "" ? "" : `${decimal}${fraction}`}`;
}

/**
 * The decimals a width justifies: the position of its first significant digit,
 * plus a guard digit when it has more than one significant digit; undefined
 * (all digits) for a zero width.
 * @internal
 */
export function justifiedDecimals(width: Decimal): number | undefined {
  if (width.isZero()) return undefined;
  const first = -width.e;
  return width.sd() > 1 ? first + 1 : first;
}

function readDecimals(decimals: unknown): number {
  if (typeof decimals !== "number" || !Number.isInteger(decimals) || Math.abs(decimals) > 100) {
    return fail(
      "INVALID_INPUT",
      `figure.format: decimals must be an integer between -100 and 100, got ${describe(decimals)}`,
    );
  }
  return decimals;
}

/**
 * The text of a decimal that is already rounded to `decimals` places (or shown
 * with all its digits): `toFixed` then never rounds, so a zero never shows a
 * minus sign (decimal.js writes one only for a negative number that rounding
 * turned into zero) and a positive number never shows as zero.
 */
function show(x: Decimal, decimals: number | undefined, signed: boolean): string {
  const text = decimals === undefined ? x.toString() : x.toFixed(Math.max(decimals, 0));
  return signed && x.gt(0) ? `+${text}` : text;
}
