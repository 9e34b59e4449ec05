/**
 * Formatting figures with the digits their bounds justify.
 *
 * @module
 */
import { roundToScale, roundingConstant, type Decimal } from "../decimal.js";
import { describe, fail } from "../errors.js";
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
 * @param f - the figure
 * @param options - style, percent, scale, decimals, rounding and sign ({@link FigureFormatOptions})
 * @returns the text, with `-` for negatives and `.` as the decimal point
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when `f` is not a valid figure or an option is invalid
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#format}
 * @category Formatting
 * @since 0.1.0
 */
export function format(f: Figure, options: FigureFormatOptions = {}): string {
  const x = readFigure(f, "figure.format: f");
  if (typeof options !== "object" || options === null) fail("INVALID_INPUT", `figure.format: options must be an object, got ${describe(options)}`, { where: "figure.format" });
  const style = options.style ?? "value";
  if (style !== "value" && style !== "interval" && style !== "both") {
    fail("INVALID_INPUT", `figure.format: style must be "value", "interval" or "both", got ${describe(style)}`);
  }
  const as = options.as ?? "number";
  if (as !== "number" && as !== "percent") fail("INVALID_INPUT", `figure.format: as must be "number" or "percent", got ${describe(as)}`);
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
  const suffix = as === "percent" ? "%" : "";
  const decimals = options.decimals === undefined ? justifiedDecimals(hi.minus(lo)) : readDecimals(options.decimals);

  const shownValue = `${show(decimals === undefined ? value : roundToScale(value, decimals, mode), decimals, options.signed === true)}${suffix}`;
  if (style === "value") return shownValue;

  // Bounds get one digit more than the value, rounded outwards, unless decimals are given.
  const boundDecimals = options.decimals !== undefined || decimals === undefined ? decimals : decimals + 1;
  const shownLo = boundDecimals === undefined ? lo : roundToScale(lo, boundDecimals, "floor");
  const shownHi = boundDecimals === undefined ? hi : roundToScale(hi, boundDecimals, "ceil");
  const open = x.loInclusive || !shownLo.eq(lo) ? "[" : "(";
  const close = x.hiInclusive || !shownHi.eq(hi) ? "]" : ")";
  // at least the value's decimals (boundDecimals is defined only when decimals is), at most boundDecimals
  const bound = (b: Decimal): string => show(b, boundDecimals === undefined ? undefined : Math.max(decimals ?? 0, Math.min(b.dp(), boundDecimals)), false);
  const interval = `${open}${bound(shownLo)}${suffix}, ${bound(shownHi)}${suffix}${close}`;
  return style === "interval" ? interval : `${shownValue} ${interval}`;
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
    return fail("INVALID_INPUT", `figure.format: decimals must be an integer between -100 and 100, got ${describe(decimals)}`);
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
