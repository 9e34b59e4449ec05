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
import { refuse, type AccordoErrorCode } from "./errors.js";

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
 *
 * A JS number means its shortest round-trip decimal string, `String(n)`: `0.1` is read as 0.1,
 * and `0.1 + 0.2` as 0.30000000000000004, the number JavaScript computed before accordo saw it.
 * Strings are the lossless choice. `figure.reported` takes text only, since a number has lost
 * how it was written. See the "Conventions" guide.
 *
 * @category Decimals
 */
export type DecimalInput = string | number | bigint | Decimal;

/** The last string {@link toDecimal} parsed, and its (immutable) decimal. */
let lastText: string | undefined;
let lastDecimal: Decimal | undefined;

const DECIMAL_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Splits a `where` of the form `"fx.rate: input.rate"` into the function and the argument path of
 * a refusal; a `where` without `": "` is a path whose function the caller did not name (`""`).
 * @internal
 */
export function site(where: string): { readonly function: string; readonly path: string } {
  const i = where.indexOf(": ");
  return i < 0 ? { function: "", path: where } : { function: where.slice(0, i), path: where.slice(i + 2) };
}

/**
 * The `where` of a key inside the argument at `where`: `"money.of: currency"` and `"code"` give
 * `"money.of: currency.code"`; `"money.defineCurrency"` and `"code"` give `"money.defineCurrency: code"`.
 * @internal
 */
export function child(where: string, key: string): string {
  return where.includes(": ") ? `${where}.${key}` : `${where}: ${key}`;
}

/**
 * Refuses at a `where` of the form `"fx.rate: input.rate"` (see {@link site}).
 * @internal
 */
export function refuseAt(code: AccordoErrorCode, where: string, expected: string, received?: unknown, hint?: string): never {
  const at = site(where);
  return refuse(code, {
    function: at.function,
    path: at.path,
    expected,
    ...(arguments.length > 3 ? { received } : {}),
    ...(hint === undefined ? {} : { hint }),
  });
}

/**
 * Coerces caller input into a finite decimal of the library's constructor.
 * A JS number means its shortest round-trip decimal string (`String(n)`: `0.1 + 0.2` is
 * 0.30000000000000004). Refuses NaN, ±Infinity, empty and unparsable strings with
 * `INVALID_NUMBER`, values past the range of decimals with `OUT_OF_RANGE`, and values of other
 * types with `INVALID_TYPE`, naming `where` (`"fn: path"`).
 *
 * @param input - the caller's value
 * @param where - the function and the argument, `"money.of: amount"`, for the error's details
 * @internal
 */
export function toDecimal(input: unknown, where: string): Decimal {
  if (Decimal.isDecimal(input)) {
    // Clones share one prototype, so `instanceof` cannot tell them apart: every
    // instance carries its own constructor, and that decides its precision.
    const d = (input as { constructor?: unknown }).constructor === D ? input : new D(input);
    if (!d.isFinite()) refuseAt("INVALID_NUMBER", where, "a finite number", input);
    return d;
  }
  switch (typeof input) {
    case "number":
      if (!Number.isFinite(input)) refuseAt("INVALID_NUMBER", where, "a finite number", input);
      return new D(input);
    case "bigint":
      return new D(input.toString());
    case "string": {
      // A factor or rate given as the same string again and again (in a loop) is parsed once.
      if (input === lastText && lastDecimal !== undefined) return lastDecimal;
      const text = input.trim();
      if (!DECIMAL_PATTERN.test(text)) refuseAt("INVALID_NUMBER", where, "a decimal number string", input);
      const d = new D(text);
      // Past decimal.js's range a number becomes Infinity, or 0 below it (a silent zero).
      if (!d.isFinite() || (d.isZero() && /[1-9]/.test(text.split(/[eE]/)[0] as string))) {
        refuseAt("OUT_OF_RANGE", where, "within the range of decimals (magnitudes from 1e-9000000000000000 to 9e9000000000000000)", input);
      }
      lastText = input;
      lastDecimal = d;
      return d;
    }
    default:
      return refuseAt("INVALID_TYPE", where, "a decimal string, number, bigint or Decimal", input);
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
export function roundingConstant(mode: unknown, where = "round: mode"): Decimal.Rounding {
  if (typeof mode === "string" && Object.prototype.hasOwnProperty.call(MODES, mode)) return MODES[mode as RoundingMode];
  return refuseAt(typeof mode === "string" ? "INVALID_INPUT" : "INVALID_TYPE", where, `one of ${ROUNDING_MODES.join(", ")}`, mode);
}

/**
 * Rounds `value` to `scale` digits after the point (negative: to tens, hundreds...) with a named mode.
 * @internal
 */
export function roundToScale(value: Decimal, scale: number, mode: RoundingMode): Decimal {
  if (!Number.isSafeInteger(scale)) refuseAt("OUT_OF_RANGE", "roundToScale: scale", "a safe integer", scale);
  const rm = roundingConstant(mode);
  if (scale >= 0) return value.toDecimalPlaces(scale, rm);
  const unit = new D(10).pow(-scale);
  return value.div(unit).toDecimalPlaces(0, rm).times(unit);
}

/** Zero and one of the library's constructor. @internal */
export const ZERO: Decimal = new D(0);
/** @internal */
export const ONE: Decimal = new D(1);
