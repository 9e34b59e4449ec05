/**
 * Formatting figures with the digits their bounds justify.
 *
 * @module
 */
import { roundToScale, roundingConstant, type Decimal } from "../decimal.js";
import { readOptions, refuse } from "../errors.js";
import { pow10, readFigure, scaleExponent, shift } from "./internal.js";
import type { Figure, FigureFormatOptions } from "./types.js";

/**
 * Formats a figure. By default it shows the best estimate with the digits on
 * which its bounds agree, rounded: the most decimals at which the value,
 * rounded to nearest and read back as a rounded number (± half a unit of its
 * last digit), still covers every number the bounds allow. A reported
 * `"193.48"` ([193.475, 193.485)) shows as `193.48` and `"33.0"` keeps its
 * zero; a growth of +38.8047...% with bounds [38.796%, 38.813%] shows as
 * `38.8` (`38.80 ± 0.005` misses 38.813). Bounds that exclude zero but agree
 * on no digit show one significant digit (163 in [100, 270] shows as `200`).
 * An exact figure shows every digit.
 *
 * `style: "interval"` shows the bounds, `[` `]` for possible ends and `(` `)`
 * for impossible ones (`[193.475, 193.485)`), with the digits of the width and
 * one more (trailing zeros beyond the width's digits dropped), rounded
 * outwards (a bound that rounding moved is shown with `[` or `]`: the text then
 * encloses the interval); `"both"` shows the value and then the interval.
 * `as: "percent"` shows a fraction as a percentage.
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
 * @param options - style, percent, scale, decimals, rounding, sign and locale ({@link FigureFormatOptions})
 * @returns the text, with `-` for negatives and `.` as the decimal point (or the locale's separators)
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `f` or an option has the wrong type;
 *   `INVALID_VALUE` when `f` is a broken figure or the locale is unknown; `INVALID_INPUT` for an
 *   unknown `style`, `as`, `scale` name or `rounding`; `INVALID_NUMBER` or `OUT_OF_RANGE` for
 *   `decimals` that are not an integer from -100 to 100 (or a scale exponent beyond ±100);
 *   `UNKNOWN_OPTION` for an unknown option
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#format}
 * {@includeCode ../../test/figure/examples.test.ts#formatLocale}
 * @category Formatting
 * @since 0.1.0
 */
export function format(f: Figure, options: FigureFormatOptions = {}): string {
  const x = readFigure(f, "figure.format: f");
  const opts = readOptions("figure.format", "options", options, [
    "style",
    "as",
    "scale",
    "decimals",
    "rounding",
    "signed",
    "locale",
  ]);
  const style = oneOf(opts.style, "style", ["value", "interval", "both"] as const);
  const as = oneOf(opts.as, "as", ["number", "percent"] as const);
  if (opts.signed !== undefined && typeof opts.signed !== "boolean") {
    refuse("INVALID_TYPE", {
      function: "figure.format",
      path: "options.signed",
      expected: "a boolean",
      received: opts.signed,
    });
  }
  const mode = opts.rounding ?? "halfEven";
  roundingConstant(mode, "figure.format: options.rounding");
  const exponent = scaleExponent(opts.scale, "figure.format: options.scale") - (as === "percent" ? 2 : 0);
  // An exact shift: a value or bound of more than 34 digits keeps them all.
  const value = shift(x.value, -exponent);
  const lo = shift(x.lo, -exponent);
  const hi = shift(x.hi, -exponent);
  const locale = readLocale(opts.locale);
  const suffix = as === "percent" ? percentSign(locale) : "";
  const decimals = opts.decimals === undefined ? defaultDecimals(value, lo, hi) : readDecimals(opts.decimals);

  const rounded = decimals === undefined ? value : roundToScale(value, decimals, mode);
  const shownValue = `${localize(show(rounded, decimals, opts.signed === true), locale)}${suffix}`;
  if (style === "value") return shownValue;

  // Bounds get the digits of the width and one more, rounded outwards, unless decimals are given.
  const widthDecimals = opts.decimals === undefined ? intervalDecimals(value, lo, hi) : decimals;
  const boundDecimals = opts.decimals !== undefined || widthDecimals === undefined ? widthDecimals : widthDecimals + 1;
  const shownLo = boundDecimals === undefined ? lo : roundToScale(lo, boundDecimals, "floor");
  const shownHi = boundDecimals === undefined ? hi : roundToScale(hi, boundDecimals, "ceil");
  const open = x.loInclusive || !shownLo.eq(lo) ? "[" : "(";
  const close = x.hiInclusive || !shownHi.eq(hi) ? "]" : ")";
  // at least the width's decimals (boundDecimals is defined only when widthDecimals is), at most boundDecimals
  const bound = (b: Decimal): string =>
    localize(
      show(
        b,
        boundDecimals === undefined ? undefined : Math.max(widthDecimals ?? 0, Math.min(b.dp(), boundDecimals)),
        false,
      ),
      locale,
    );
  const interval = `${open}${bound(shownLo)}${suffix}${
    locale !== undefined && separatorsOf(locale).decimal === "," ? ";" : ","
  } ${bound(shownHi)}${suffix}${close}`;
  return style === "interval" ? interval : `${shownValue} ${interval}`;
}

/** An option that takes one of a few words: the first by default, INVALID_INPUT (or INVALID_TYPE) otherwise. */
function oneOf<const W extends string>(value: unknown, key: string, words: readonly [W, ...W[]]): W {
  if (value === undefined) return words[0];
  if ((words as readonly unknown[]).includes(value)) return value as W;
  return refuse(typeof value === "string" ? "INVALID_INPUT" : "INVALID_TYPE", {
    function: "figure.format",
    path: `options.${key}`,
    expected: `one of ${words.map((w) => `"${w}"`).join(", ")}`,
    received: value,
  });
}

/** Values whose interval is narrower than this, relative to the value, hold only the rounding of a computation. */
const COMPUTED_WIDTH = "1e-12";
/** The significant digits shown by default for such a value. */
const COMPUTED_DIGITS = 3;

/**
 * The default decimals, those the bounds justify: the most decimals at which the value, rounded
 * to nearest (half-even), still covers the bounds when read as a rounded number, that is every
 * number of [lo, hi] lies within half a unit of its last digit. A reported `"193.48"` keeps its
 * two decimals ([193.475, 193.485) is within 193.48 ± 0.005); a rate of +38.8047...% with bounds
 * [38.796%, 38.813%] shows one (`38.80 ± 0.005` misses 38.813, `38.8 ± 0.05` covers both). The
 * digits are those on which the bounds agree once rounded; when they agree on none and exclude
 * zero, the value shows one significant digit (163 between 100 and 270 shows as 200).
 *
 * A value computed from exact inputs, whose bounds hold only the rounding of its 34 digits
 * (relative width below 1e-12), shows 3 significant digits (`38.8047923...` shows as `38.8`)
 * rather than 34. An exact figure shows every digit (undefined). @internal
 */
export function defaultDecimals(value: Decimal, lo: Decimal, hi: Decimal): number | undefined {
  const width = hi.minus(lo);
  if (width.isZero()) return undefined;
  if (computed(value, width)) return Math.max(0, COMPUTED_DIGITS - 1 - value.e);
  // The most decimals whose unit is at least the width: a narrower unit cannot cover the bounds.
  let decimals = -width.e;
  if (width.gt(pow10(-decimals))) decimals -= 1;
  // Down to a unit of more than twice the largest bound, which a value rounded to 0 covers.
  const floor = -Math.max(lo.abs().e, hi.abs().e) - 2;
  while (decimals > floor && !covers(value, decimals, lo, hi)) decimals -= 1;
  // Bounds that exclude zero but agree on no digit still show one significant digit (163 in [100, 270] as 200).
  const zeroPossible = lo.lte(0) && hi.gte(0);
  return zeroPossible || decimals > -value.e ? decimals : -value.e;
}

/**
 * The decimals of the bounds in interval style, before the one digit more they get: those of the
 * width ({@link justifiedDecimals}), or 3 significant digits for a computed value; undefined for
 * an exact figure. @internal
 */
export function intervalDecimals(value: Decimal, lo: Decimal, hi: Decimal): number | undefined {
  const width = hi.minus(lo);
  if (width.isZero()) return undefined;
  if (computed(value, width)) return Math.max(0, COMPUTED_DIGITS - 1 - value.e);
  return justifiedDecimals(width);
}

/** Whether a value's bounds hold only the rounding of its 34 digits (relative width below 1e-12). */
function computed(value: Decimal, width: Decimal): boolean {
  return !value.isZero() && width.div(value.abs()).lt(COMPUTED_WIDTH);
}

/** Whether `value` rounded to `decimals` (half-even), ± half a unit, contains [lo, hi]. */
function covers(value: Decimal, decimals: number, lo: Decimal, hi: Decimal): boolean {
  const shown = roundToScale(value, decimals, "halfEven");
  const half = pow10(-decimals).div(2);
  return shown.minus(half).lte(lo) && shown.plus(half).gte(hi);
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
    return refuse(
      typeof decimals !== "number" ? "INVALID_TYPE" : Number.isInteger(decimals) ? "OUT_OF_RANGE" : "INVALID_NUMBER",
      {
        function: "figure.format",
        path: "options.decimals",
        expected: "an integer from -100 to 100",
        received: decimals,
      },
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
