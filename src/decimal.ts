/**
 * The library's private decimal.js constructor and the coercion of caller input.
 *
 * accordo never calls `Decimal.set` and never depends on the caller's global
 * decimal.js configuration: all arithmetic runs in one clone made here, at
 * load time, with precision 34 (IEEE 754 decimal128) and half-even rounding.
 *
 * @module
 */
import { Decimal } from "decimal.js";
import { describe, fail } from "./errors.js";

/**
 * The library's decimal constructor: 34 significant digits, half-even rounding,
 * plain notation in `toString()` up to 10^±1000. Independent of `Decimal.set`.
 * @internal
 */
export const D: typeof Decimal = Decimal.clone({
  defaults: true,
  precision: 34,
  rounding: Decimal.ROUND_HALF_EVEN,
  // Plain notation ("0.000001", "193480000000") for every magnitude a figure or an amount
  // plausibly has; exponential notation only past 10^±1000, so that printing an extreme
  // value (10^-9e15 is finite in decimal.js) never builds a string of billions of zeros.
  toExpNeg: -1000,
  toExpPos: 1000,
  minE: -9e15,
  maxE: 9e15,
  modulo: Decimal.ROUND_DOWN,
  crypto: false,
});

/**
 * A decimal.js value. accordo accepts instances of any decimal.js constructor
 * (your own `Decimal` or a clone) and returns its own.
 *
 * @category Decimals
 */
export type { Decimal };

/**
 * What accordo accepts wherever it wants a number: a decimal string
 * (`"193.48"`, `"-1e3"`), a finite JS number, a bigint, or a decimal.js value.
 * Strings are the lossless choice: `0.1` as a JS number is already inexact.
 *
 * @category Decimals
 */
export type DecimalInput = string | number | bigint | Decimal;

/** The last string {@link toDecimal} parsed, and its (immutable) decimal. */
let lastText: string | undefined;
let lastDecimal: Decimal | undefined;

const DECIMAL_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Coerces caller input into a finite decimal of the library's constructor.
 * Refuses NaN, ±Infinity, empty and whitespace-only strings, unparsable
 * strings, overflowing exponents and values of other types, with
 * `INVALID_INPUT` naming `where`.
 *
 * @param input - the caller's value
 * @param where - a short description of the argument, for the error message
 * @internal
 */
export function toDecimal(input: unknown, where: string): Decimal {
  if (Decimal.isDecimal(input)) {
    // Clones share one prototype, so `instanceof` cannot tell them apart: every
    // instance carries its own constructor, and that decides its precision.
    const d = (input as { constructor?: unknown }).constructor === D ? input : new D(input);
    if (!d.isFinite()) fail("INVALID_INPUT", `${where} must be a finite number, got ${describe(input)}`, { where, value: String(input) });
    return d;
  }
  switch (typeof input) {
    case "number":
      if (!Number.isFinite(input)) fail("INVALID_INPUT", `${where} must be a finite number, got ${describe(input)}`, { where, value: input });
      return new D(input);
    case "bigint":
      return new D(input.toString());
    case "string": {
      // A factor or rate given as the same string again and again (in a loop) is parsed once.
      if (input === lastText && lastDecimal !== undefined) return lastDecimal;
      const text = input.trim();
      if (!DECIMAL_PATTERN.test(text)) fail("INVALID_INPUT", `${where} must be a decimal number string, got ${describe(input)}`, { where, value: input });
      const d = new D(text);
      // Past decimal.js's range a number becomes Infinity, or 0 below it (a silent zero).
      if (!d.isFinite() || (d.isZero() && /[1-9]/.test(text.split(/[eE]/)[0] as string))) {
        fail("INVALID_INPUT", `${where} is out of range, got ${describe(input)}`, { where, value: input });
      }
      lastText = input;
      lastDecimal = d;
      return d;
    }
    default:
      return fail("INVALID_INPUT", `${where} must be a string, number, bigint or Decimal, got ${describe(input)}`, { where });
  }
}

/**
 * The rounding modes accordo names. Ties are values exactly halfway between
 * two candidates.
 *
 * | mode | rule | 2.5 → | -2.5 → | 2.4 → | -2.4 → |
 * | --- | --- | --- | --- | --- | --- |
 * | `halfEven` | nearest, ties to even (banker's; the default) | 2 | -2 | 2 | -2 |
 * | `halfUp` | nearest, ties towards +∞ | 3 | -2 | 2 | -2 |
 * | `halfDown` | nearest, ties towards −∞ | 2 | -3 | 2 | -2 |
 * | `halfTowardsZero` | nearest, ties towards zero | 2 | -2 | 2 | -2 |
 * | `halfAwayFromZero` | nearest, ties away from zero (commercial) | 3 | -3 | 2 | -2 |
 * | `up` | away from zero | 3 | -3 | 3 | -3 |
 * | `down` | towards zero (truncate) | 2 | -2 | 2 | -2 |
 * | `ceil` | towards +∞ | 3 | -2 | 3 | -2 |
 * | `floor` | towards −∞ | 2 | -3 | 2 | -3 |
 *
 * @category Decimals
 */
export type RoundingMode =
  | "halfEven"
  | "halfUp"
  | "halfDown"
  | "halfTowardsZero"
  | "halfAwayFromZero"
  | "up"
  | "down"
  | "ceil"
  | "floor";

const MODES: Readonly<Record<RoundingMode, Decimal.Rounding>> = Object.freeze({
  halfEven: Decimal.ROUND_HALF_EVEN,
  halfUp: Decimal.ROUND_HALF_CEIL,
  halfDown: Decimal.ROUND_HALF_FLOOR,
  halfTowardsZero: Decimal.ROUND_HALF_DOWN,
  halfAwayFromZero: Decimal.ROUND_HALF_UP,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
});

/**
 * Every rounding mode name, frozen.
 * @internal
 */
export const ROUNDING_MODES: readonly RoundingMode[] = Object.freeze(Object.keys(MODES) as RoundingMode[]);

/**
 * The decimal.js rounding constant for a mode name; INVALID_INPUT for an unknown name.
 * @internal
 */
export function roundingConstant(mode: unknown, where = "rounding mode"): Decimal.Rounding {
  if (typeof mode === "string" && Object.prototype.hasOwnProperty.call(MODES, mode)) return MODES[mode as RoundingMode];
  return fail("INVALID_INPUT", `${where} must be one of ${ROUNDING_MODES.join(", ")}, got ${describe(mode)}`, { where });
}

/**
 * Rounds `value` to `scale` digits after the point (negative: to tens, hundreds...) with a named mode.
 * @internal
 */
export function roundToScale(value: Decimal, scale: number, mode: RoundingMode): Decimal {
  if (!Number.isSafeInteger(scale)) fail("INVALID_INPUT", `scale must be an integer, got ${describe(scale)}`);
  const rm = roundingConstant(mode);
  if (scale >= 0) return value.toDecimalPlaces(scale, rm);
  const unit = new D(10).pow(-scale);
  return value.div(unit).toDecimalPlaces(0, rm).times(unit);
}

/** Zero and one of the library's constructor. @internal */
export const ZERO: Decimal = new D(0);
/** @internal */
export const ONE: Decimal = new D(1);
