/**
 * Making figures: exact, reported (bounds from the written digits), percent, between.
 *
 * @module
 */
import {
  MAX_EXPONENT,
  ROUNDING,
  ROUNDING_MODES,
  type RoundingRule,
  outOfRange,
  toDecimal,
  type Decimal,
  type DecimalInput,
} from "../decimal.js";
import { readOptions, refuse } from "../errors.js";
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

/** The roundings a publisher may have used: the library's modes, in their order, then `"upOrDown"`. */
const ROUNDINGS: readonly ReportedRounding[] = /* @__PURE__ */ (() => Object.freeze([...ROUNDING_MODES, "upOrDown"]))();

const WRITTEN = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Makes an exact figure: its bounds are its value, both included.
 *
 * @param x - the number (a string is read exactly, with no rounding bounds)
 * @returns a frozen figure with `lo = value = hi`
 * @throws {@link accordo!AccordoError} `INVALID_NUMBER` when `x` is not a finite number, `INVALID_TYPE` when it is not a number at all, `OUT_OF_RANGE` past the range
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
      hint: `A JS number has lost how it was written (193.48 and 193.480 are the same number), so its rounding bounds are unknown: pass the text as written, such as "${String(
        text,
      )}", or use figure.exact for an exact value.`,
    });
  }
  const opts = readOptions("figure.reported", "options", options, ["scale", "rounding"]);
  return fromWritten(
    text,
    scaleExponent(opts.scale, "figure.reported: options.scale"),
    opts.rounding,
    "figure.reported",
  );
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
 * @throws {@link accordo!AccordoError} `INVALID_NUMBER` when the text is not a decimal number; `INVALID_INPUT` (`INVALID_TYPE`) for an unknown rounding (not a string); `INVALID_TYPE` when `options` is not an object; `UNKNOWN_OPTION` for an unknown option
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#percent}
 * @category Constructors
 * @since 0.1.0
 */
export function percent(text: DecimalInput, options: PercentOptions = {}): Figure {
  const opts = readOptions("figure.percent", "options", options, ["rounding"]);
  const input = typeof text === "string" ? text.trim().replace(/\s*%$/, "") : text;
  return fromWritten(input, -2, opts.rounding, "figure.percent");
}

/**
 * Makes a figure known only to lie between two numbers.
 *
 * @param lo - the lower bound
 * @param hi - the upper bound, not below `lo`
 * @param options - the best estimate `value` (default the midpoint) and whether each end is possible (default both)
 * @returns a frozen figure
 * @throws {@link accordo!AccordoError} `INVALID_NUMBER` when a bound or the value is not a number; `OUT_OF_RANGE` when `lo > hi` or the value lies outside the bounds; `INVALID_INPUT` when `lo = hi` with an excluded end; `INVALID_TYPE` for a flag that is not a boolean or options that are not an object; `UNKNOWN_OPTION` for an unknown option
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#between}
 * @category Constructors
 * @since 0.1.0
 */
export function between(lo: DecimalInput, hi: DecimalInput, options: BetweenOptions = {}): Figure {
  const opts = readOptions("figure.between", "options", options, ["value", "loInclusive", "hiInclusive"]);
  const l = toDecimal(lo, "figure.between: lo");
  const h = toDecimal(hi, "figure.between: hi");
  if (l.gt(h)) {
    refuse("OUT_OF_RANGE", {
      function: "figure.between",
      path: "lo",
      expected: `at most hi (${h.toString()})`,
      received: lo,
      lo: l.toString(),
      hi: h.toString(),
    });
  }
  const loInclusive = readFlag(opts.loInclusive, "loInclusive");
  const hiInclusive = readFlag(opts.hiInclusive, "hiInclusive");
  if (l.eq(h) && !(loInclusive && hiInclusive)) {
    refuse("INVALID_INPUT", {
      function: "figure.between",
      path: loInclusive ? "options.hiInclusive" : "options.loInclusive",
      expected: "true when lo = hi (an interval of one number with an excluded end is empty)",
      received: false,
      lo: l.toString(),
    });
  }
  const value =
    opts.value === undefined
      ? midpointOf(l, h, loInclusive, hiInclusive)
      : toDecimal(opts.value, "figure.between: options.value");
  if (value.lt(l) || value.gt(h)) {
    refuse("OUT_OF_RANGE", {
      function: "figure.between",
      path: "options.value",
      expected: `a number from lo (${l.toString()}) to hi (${h.toString()})`,
      received: opts.value,
      lo: l.toString(),
      value: value.toString(),
      hi: h.toString(),
    });
  }
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

function readFlag(flag: unknown, key: string): boolean {
  if (flag === undefined) return true;
  if (typeof flag !== "boolean") {
    refuse("INVALID_TYPE", {
      function: "figure.between",
      path: `options.${key}`,
      expected: "a boolean",
      received: flag,
    });
  }
  return flag;
}

function readRounding(rounding: unknown, fn: string): ReportedRounding {
  if (rounding === undefined) return "halfUp";
  // includes compares strictly: only one of the strings in ROUNDINGS is found
  if ((ROUNDINGS as readonly unknown[]).includes(rounding)) return rounding as ReportedRounding;
  return refuse(typeof rounding === "string" ? "INVALID_INPUT" : "INVALID_TYPE", {
    function: fn,
    path: "options.rounding",
    expected: `one of ${ROUNDINGS.join(", ")}`,
    received: rounding,
  });
}

/**
 * The figure of a number as written, times 10^scale, with the bounds of its last written digit
 * under the publisher's rounding; refusals name `fn`.
 * @internal
 */
export function fromWritten(text: DecimalInput, scale: number, roundingOption: unknown, fn: string): Figure {
  const rounding = readRounding(roundingOption, fn);
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
    return refuse("INVALID_NUMBER", {
      function: fn,
      path: "text",
      expected: 'a decimal number as written, such as "193.48"',
      received: text,
    });
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
  const lastOdd = Number(digits.charAt(digits.length - 1)) % 2 === 1;
  const [lo, hi, loInclusive, hiInclusive] = roundingInterval(x, unit, negative, lastOdd, rounding);
  if (negative && x.isZero()) {
    // "-0.0": a negative number that rounded to zero; zero itself is possible only as the upper end.
    return make(x, lo, x, loInclusive, true);
  }
  return make(x, lo, hi, loInclusive, hiInclusive);
}

/**
 * The set of numbers that `rounding` turns into `x` at `unit`, as [lo, hi, loInclusive,
 * hiInclusive], derived from the table of rounding modes: a mode to nearest turns into `x` the
 * numbers within half a unit of it, each end included when the mode rounds it to `x`; a directed
 * mode, those within a unit on the side where the number half a unit away still rounds to `x`
 * (or `x` alone). `lastOdd` tells whether the last written digit is odd (for half-even). Bounds
 * past 34 significant digits are rounded outwards, so that they still contain every such number.
 */
function roundingInterval(
  x: Decimal,
  unit: Decimal,
  negative: boolean,
  lastOdd: boolean,
  rounding: ReportedRounding,
): [Decimal, Decimal, boolean, boolean] {
  const half = unit.div(2);
  if (rounding === "upOrDown") return [DLo.sub(x, half), DHi.add(x, half), true, true];
  const rule = ROUNDING[rounding];
  const below = roundsToX(rule, x, negative, lastOdd, -1);
  const above = roundsToX(rule, x, negative, lastOdd, 1);
  if (rule.nearest) return [DLo.sub(x, half), DHi.add(x, half), below, above];
  return [below ? DLo.sub(x, unit) : x, above ? DHi.add(x, unit) : x, !below, !above];
}

/**
 * Whether the number half a unit below (`side` -1) or above (1) the written `x` rounds to `x`
 * with `rule`: it lies between `x` and its neighbour on that side, a tie for a mode to nearest.
 */
function roundsToX(rule: RoundingRule, x: Decimal, negative: boolean, lastOdd: boolean, side: -1 | 1): boolean {
  // A zero has no sign of its own: the number beside it has the sign of its side.
  const zero = x.isZero();
  const sideNegative = zero ? side < 0 : negative;
  if (zero || side > 0 !== negative) {
    // Farther from zero than x: x is the candidate of smaller magnitude.
    return !rule.away(0, sideNegative, lastOdd);
  }
  // Nearer to zero than x: x is the candidate of larger magnitude, its neighbour has the other parity.
  return rule.away(0, sideNegative, !lastOdd);
}
