/**
 * Making figures: exact, reported (bounds from the written digits), percent, between.
 *
 * @module
 */
import { MAX_EXPONENT, outOfRange, toDecimal, type Decimal, type DecimalInput } from "../decimal.js";
import { describe, fail, refuse } from "../errors.js";
import {
  DHi,
  DLo,
  exactOf,
  hasFigureShape,
  make,
  midpointOf,
  pow10,
  readFigure,
  scaleExponent,
  shift,
} from "./internal.js";
import type { BetweenOptions, Figure, PercentOptions, ReportedOptions, ReportedRounding } from "./types.js";

/** INVALID_INPUT unless the options are an object (null and other values would be a TypeError). */
function optionsOrFail(options: unknown, where: string): void {
  if (typeof options !== "object" || options === null)
    fail("INVALID_INPUT", `${where}: options must be an object, got ${describe(options)}`, { where });
}

const ROUNDINGS: readonly ReportedRounding[] = Object.freeze([
  "halfUp",
  "halfEven",
  "halfDown",
  "halfTowardsZero",
  "halfAwayFromZero",
  "up",
  "down",
  "ceil",
  "floor",
  "upOrDown",
] as const);

const WRITTEN = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Makes an exact figure: its bounds are its value, both included.
 *
 * @param x - the number (a string is read exactly, with no rounding bounds)
 * @returns a frozen figure with `lo = value = hi`
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when `x` is not a finite number
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#exact}
 * @category Constructors
 * @since 0.1.0
 */
export function exact(x: DecimalInput): Figure {
  return exactOf(toDecimal(x, "figure.exact: x"));
}

/**
 * Makes a figure from a number as it was published, with the bounds its
 * rounding implies: the last written digit is the rounding unit, so
 * `"193.48"` rounded half-up lies in [193.475, 193.485) and `"33.0"` is
 * narrower than `"33"`. This is R scrutiny's `unround`, with the rounding
 * convention as an option ({@link ReportedRounding}; `"halfUp"` by default).
 *
 * Only strings carry written digits, so a JS number is refused (`INVALID_TYPE`): `193.48`
 * and `193.480` are the same number, and its precision is lost; pass the text as written. A
 * bigint or Decimal is taken as exact (no bounds). Exponent notation counts the
 * written mantissa digits (`"1.5e3"` has a unit of 100). A written minus sign
 * on zero (`"-0.0"`) means a negative number rounded to zero. The value
 * keeps every written digit, even past 34 significant digits; a bound that
 * needs more than 34 digits is rounded outwards, so the interval still
 * contains every number that rounds to the text.
 *
 * @param text - the figure as written (`"193.48"`, `"-2.5"`, `"+38.8"`)
 * @param options - `scale` of the written digits (`"billion"`, `"万"`, or an exponent) and `rounding`
 * @returns a frozen figure: the value times the scale, with the rounding bounds
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` for a JS number (pass the text as written);
 *   `INVALID_INPUT` when the text is not a decimal number, or the scale or rounding is unknown
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#reported}
 * @category Constructors
 * @since 0.1.0
 */
export function reported(text: DecimalInput, options: ReportedOptions = {}): Figure {
  if (typeof text === "number") {
    refuse("INVALID_TYPE", {
      function: "figure.reported",
      path: "text",
      expected: 'the figure as written, a string such as "193.48"',
      received: text,
      hint: `A JS number has lost how it was written (193.48 and 193.480 are the same number), so its rounding bounds are unknown: pass the text as written, such as "${String(text)}", or use figure.exact for an exact value.`,
    });
  }
  optionsOrFail(options, "figure.reported");
  return fromWritten(text, scaleExponent(options.scale, "figure.reported: scale"), options.rounding, "figure.reported");
}

/**
 * Makes a figure from a percentage as it was published, as a fraction:
 * `percent("38.8")` has value 0.388 and, rounded half-up, bounds
 * [0.3875, 0.3885). A trailing `%` is allowed (`"38.8%"`). A JS number is
 * exact (`percent(38.8)` is exactly 0.388).
 *
 * @param text - the percentage as written
 * @param options - `rounding`: how the publisher rounded; default `"halfUp"`
 * @returns a frozen figure holding the fraction (the percentage divided by 100)
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when the text is not a decimal number or the rounding is unknown
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#percent}
 * @category Constructors
 * @since 0.1.0
 */
export function percent(text: DecimalInput, options: PercentOptions = {}): Figure {
  optionsOrFail(options, "figure.percent");
  const input = typeof text === "string" ? text.trim().replace(/\s*%$/, "") : text;
  return fromWritten(input, -2, options.rounding, "figure.percent");
}

/**
 * Makes a figure known only to lie between two numbers.
 *
 * @param lo - the lower bound
 * @param hi - the upper bound, not below `lo`
 * @param options - the best estimate `value` (default the midpoint) and whether each end is possible (default both)
 * @returns a frozen figure
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when a bound is not a number, `lo > hi`, the value lies outside the bounds, or `lo = hi` with an excluded end
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#between}
 * @category Constructors
 * @since 0.1.0
 */
export function between(lo: DecimalInput, hi: DecimalInput, options: BetweenOptions = {}): Figure {
  optionsOrFail(options, "figure.between");
  const l = toDecimal(lo, "figure.between: lo");
  const h = toDecimal(hi, "figure.between: hi");
  if (l.gt(h))
    fail("INVALID_INPUT", `figure.between: lo must not exceed hi, got lo ${l} and hi ${h}`, {
      lo: l.toString(),
      hi: h.toString(),
    });
  const loInclusive = readFlag(options.loInclusive, "figure.between: loInclusive");
  const hiInclusive = readFlag(options.hiInclusive, "figure.between: hiInclusive");
  const value =
    options.value === undefined
      ? midpointOf(l, h, loInclusive, hiInclusive)
      : toDecimal(options.value, "figure.between: value");
  return readFigure({ value, lo: l, hi: h, loInclusive, hiInclusive }, "figure.between");
}

/**
 * Tells whether a value is a valid figure: the shape of {@link Figure}, finite
 * decimals, `lo <= value <= hi` and a non-empty interval.
 *
 * @param value - anything
 * @returns true when `value` can be used wherever a figure is expected
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#isFigure}
 * @category Guards
 * @since 0.1.0
 */
export function isFigure(value: unknown): value is Figure {
  if (!hasFigureShape(value)) return false;
  try {
    readFigure(value, "value");
    return true;
  } catch {
    return false;
  }
}

function readFlag(flag: unknown, where: string): boolean {
  if (flag === undefined) return true;
  if (typeof flag !== "boolean")
    return fail("INVALID_INPUT", `${where} must be a boolean, got ${describe(flag)}`, { where });
  return flag;
}

function readRounding(rounding: unknown, where: string): ReportedRounding {
  if (rounding === undefined) return "halfUp";
  // includes compares strictly: only one of the strings in ROUNDINGS is found
  if ((ROUNDINGS as readonly unknown[]).includes(rounding)) return rounding as ReportedRounding;
  return fail("INVALID_INPUT", `${where} must be one of ${ROUNDINGS.join(", ")}, got ${describe(rounding)}`, { where });
}

function fromWritten(text: DecimalInput, scale: number, roundingOption: unknown, fn: string): Figure {
  const rounding = readRounding(roundingOption, `${fn}: rounding`);
  if (typeof text !== "string") {
    const input = toDecimal(text, `${fn}: text`);
    const scaled = shift(input, scale);
    // a huge (tiny) decimal times the scale can overflow (underflow) decimal.js's exponent range
    if (!scaled.isFinite() || (scaled.isZero() && !input.isZero())) outOfRange(`${fn}: text times the scale`, text);
    return exactOf(scaled);
  }
  const trimmed = text.trim();
  const match = WRITTEN.exec(trimmed);
  // group 2 always takes part in a match (possibly empty); group 3 only when there is a point
  if (match === null || (match[2] === "" && (match[3] ?? "") === "")) {
    return fail("INVALID_INPUT", `${fn}: text must be a decimal number as written, got ${describe(text)}`, { text });
  }
  const negative = match[1] === "-";
  const decimals = (match[3] ?? "").length;
  const exponent = match[4] === undefined ? 0 : Number(match[4]);
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 1e6) outOfRange(`${fn}: text`, text);
  // The number exactly as written (every digit, even past 34), times the scale.
  const input = toDecimal(trimmed, `${fn}: text`);
  const x = shift(input, scale);
  if (!x.isFinite() || (x.isZero() && !input.isZero())) outOfRange(`${fn}: text times the scale`, text);
  // Half a unit of the last digit must be in range too (a bound of 2.5e-999 is 2.45e-999).
  const unitExponent = exponent - decimals + scale;
  if (unitExponent - 1 < -MAX_EXPONENT) outOfRange(`${fn}: the last written digit of text`, text);
  const unit = pow10(unitExponent);
  const digits = `${match[2] ?? ""}${match[3] ?? ""}`;
  const lastEven = Number(digits.charAt(digits.length - 1)) % 2 === 0;
  const [lo, hi, loInclusive, hiInclusive] = roundingInterval(x, unit, negative, lastEven, rounding);
  if (negative && x.isZero()) {
    // "-0.0": a negative number that rounded to zero; zero itself is possible only as the upper end.
    return make(x, lo, x, loInclusive, true);
  }
  return make(x, lo, hi, loInclusive, hiInclusive);
}

/**
 * The set of numbers that `rounding` turns into `x` at `unit`, as
 * [lo, hi, loInclusive, hiInclusive]. `lastEven` tells whether the last
 * written digit is even (for half-even). Bounds past 34 significant digits
 * are rounded outwards, so that they still contain every such number.
 */
function roundingInterval(
  x: Decimal,
  unit: Decimal,
  negative: boolean,
  lastEven: boolean,
  rounding: ReportedRounding,
): [Decimal, Decimal, boolean, boolean] {
  const half = unit.div(2);
  const sign = negative ? -1 : x.isZero() ? 0 : 1;
  const below = (d: Decimal): Decimal => DLo.sub(x, d);
  const above = (d: Decimal): Decimal => DHi.add(x, d);
  const near = (loIn: boolean, hiIn: boolean): [Decimal, Decimal, boolean, boolean] => [
    below(half),
    above(half),
    loIn,
    hiIn,
  ];
  switch (rounding) {
    case "halfUp":
      return near(true, false);
    case "halfDown":
      return near(false, true);
    case "upOrDown":
      return near(true, true);
    case "halfEven":
      return near(lastEven, lastEven);
    case "halfAwayFromZero":
      return sign > 0 ? near(true, false) : sign < 0 ? near(false, true) : near(false, false);
    case "halfTowardsZero":
      return sign > 0 ? near(false, true) : sign < 0 ? near(true, false) : near(true, true);
    case "up":
      if (x.isZero()) return [x, x, true, true];
      return negative ? [x, above(unit), true, false] : [below(unit), x, false, true];
    case "down":
      if (sign > 0) return [x, above(unit), true, false];
      if (sign < 0) return [below(unit), x, false, true];
      return [below(unit), above(unit), false, false];
    case "ceil":
      return [below(unit), x, false, true];
    case "floor":
      return [x, above(unit), true, false];
  }
}
