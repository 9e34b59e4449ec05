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
 * The largest decimal exponent of a number accordo holds: every non-zero amount, figure, rate or
 * result has a magnitude from 10^-{@link MAX_EXPONENT} to below 10^({@link MAX_EXPONENT} + 1), so
 * that every writer (`toString`, `toJSON`, `format`, `toMinor`, messages) writes at most a few
 * thousand characters. @internal
 */
export const MAX_EXPONENT = 999;

/** The range in words, for refusals and the docs. @internal */
export const RANGE_TEXT = "a number of magnitude from 1e-999 to below 1e1000, or 0";

/**
 * The library's decimal constructor: 34 significant digits, half-even rounding,
 * plain notation in `toString()` for its whole range (10^±999). Independent of `Decimal.set`.
 * @internal
 */
export const D: typeof Decimal = /* @__PURE__ */ (() =>
  Decimal.clone({
    defaults: true,
    precision: 34,
    rounding: Decimal.ROUND_HALF_EVEN,
    // Plain notation ("0.000001", "193480000000") for every magnitude in range. The range
    // (exponents within ±999) is decimal.js's own: a result past it becomes Infinity (past the
    // largest) or 0 (below the smallest), which the library refuses with OUT_OF_RANGE.
    toExpNeg: -1000,
    toExpPos: 1000,
    minE: -MAX_EXPONENT,
    maxE: MAX_EXPONENT,
    modulo: Decimal.ROUND_DOWN,
    crypto: false,
  }))();

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
 * **Range.** A number must be 0 or have a magnitude from `1e-999` to below `1e1000`
 * (a decimal exponent within ±999): every finite JS number fits, and so does any
 * amount, figure or rate of the real world. Input outside the range (`"1e1000"`,
 * `"1e-1000"`, `10n ** 1000n`, a Decimal of such a value) is refused with
 * `OUT_OF_RANGE`, and so is a result of arithmetic that would leave it (a product
 * of `1e600` and `1e600`), so that no function ever writes out more digits than
 * the range allows. Within the range every digit is kept: amounts are exact.
 *
 * A decimal.js value is read once and copied: accordo keeps no reference to it, and
 * a value whose digits are not a valid decimal.js value is refused with `INVALID_VALUE`.
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
export function refuseAt(
  code: AccordoErrorCode,
  where: string,
  expected: string,
  received?: unknown,
  hint?: string,
): never {
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
 * Freezes a decimal and its digits, in place, and returns it: a decimal the library returns or
 * shares cannot be changed through `d`, `e` or `s` (decimal.js never writes to an existing
 * instance in the operations the library uses; test/decimal.test.ts checks it). @internal
 */
export function frozen(d: Decimal): Decimal {
  if (d.d !== null && d.d !== undefined) Object.freeze(d.d);
  return Object.freeze(d);
}

/**
 * Compares two finite decimals of any of the library's constructors, as `x.cmp(y)` does (-1, 0
 * or 1), without its copy of `y` into a new decimal: the figures' operations compare bounds
 * several times a call. Both must be in the library's range; an infinite one (an overflow not yet
 * refused) is compared by decimal.js. @internal
 */
export function compare(x: Decimal, y: Decimal): number {
  const xd = x.d as number[] | null;
  const yd = y.d as number[] | null;
  if (xd === null || yd === null) return x.cmp(y);
  const xs = x.s;
  const ys = y.s;
  // Zero: one word 0 (with either sign).
  if (xd[0] === 0 || yd[0] === 0) return xd[0] !== 0 ? xs : yd[0] !== 0 ? -ys : 0;
  if (xs !== ys) return xs;
  if (x.e !== y.e) return x.e > y.e !== xs < 0 ? 1 : -1;
  const n = xd.length < yd.length ? xd.length : yd.length;
  for (let i = 0; i < n; i++) {
    if (xd[i] !== yd[i]) return (xd[i] as number) > (yd[i] as number) !== xs < 0 ? 1 : -1;
  }
  return xd.length === yd.length ? 0 : xd.length > yd.length !== xs < 0 ? 1 : -1;
}

/** The sign of a finite decimal: -1, 0 (for 0 and -0) or 1, as `x.cmp(0)` without a new decimal. @internal */
export function signOf(x: Decimal): number {
  return x.d[0] === 0 ? 0 : x.s;
}

/**
 * Refuses a number outside the library's range with `OUT_OF_RANGE`, naming where. @internal
 */
export function outOfRange(where: string, received: unknown): never {
  return refuse("OUT_OF_RANGE", { ...site(where), expected: RANGE_TEXT, received, min: "1e-999", max: "1e1000" });
}

/** Whether a finite decimal lies in the library's range (0, or an exponent within ±999). @internal */
export function inRange(d: Decimal): boolean {
  return d.isZero() || (d.e <= MAX_EXPONENT && d.e >= -MAX_EXPONENT);
}

/**
 * The digits of a decimal.js value of any constructor, read once and checked: an array of
 * integers from 0 to 10^7 - 1 (decimal.js's base), without leading or trailing zero words,
 * aligned with the exponent. undefined when they are not (a forged or corrupted value).
 */
function wellFormed(d: unknown, e: unknown, s: unknown): number[] | undefined {
  if ((s !== 1 && s !== -1) || !Array.isArray(d) || typeof e !== "number" || !Number.isSafeInteger(e)) return undefined;
  // A copy, read once: a getter or a proxy behind the array cannot change it afterwards.
  const words = Array.prototype.slice.call(d) as unknown[];
  if (words.length === 0 || words.length > 1e6) return undefined;
  for (const w of words) if (typeof w !== "number" || !Number.isInteger(w) || w < 0 || w >= 1e7) return undefined;
  if (words.length === 1 && words[0] === 0) return e === 0 ? (words as number[]) : undefined;
  if (words[0] === 0 || words[words.length - 1] === 0) return undefined;
  const lead = String(words[0]).length - 1;
  return (((e - lead) % 7) + 7) % 7 === 0 ? (words as number[]) : undefined;
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
    // Read once: a getter cannot answer one thing to the check and another to the copy.
    const { d, e, s } = input as unknown as { readonly d: unknown; readonly e: unknown; readonly s: unknown };
    if (d === null || d === undefined) refuseAt("INVALID_NUMBER", where, "a finite number", input);
    const words = wellFormed(d, e, s);
    if (words === undefined) {
      return refuse("INVALID_VALUE", {
        ...site(where),
        expected: "a valid decimal.js value (its digits d, exponent e and sign s are broken)",
      });
    }
    // A copy of the caller's value (frozen below): accordo keeps no reference to it.
    const copy = new D(0);
    (copy as { d: number[] }).d = words;
    (copy as { e: number }).e = e as number;
    (copy as { s: number }).s = s as number;
    if (!inRange(copy)) outOfRange(where, input);
    return frozen(copy);
  }
  switch (typeof input) {
    case "number":
      if (!Number.isFinite(input)) refuseAt("INVALID_NUMBER", where, "a finite number", input);
      return frozen(new D(input));
    case "bigint": {
      const d = new D(input.toString());
      if (!d.isFinite()) outOfRange(where, input);
      return frozen(d);
    }
    case "string": {
      // A factor or rate given as the same string again and again (in a loop) is parsed once.
      if (input === lastText && lastDecimal !== undefined) return lastDecimal;
      const text = input.trim();
      if (!DECIMAL_PATTERN.test(text)) refuseAt("INVALID_NUMBER", where, "a decimal number string", input);
      const d = new D(text);
      // Past the range a number becomes Infinity, or 0 below it (a silent zero).
      if (!d.isFinite() || (d.isZero() && /[1-9]/.test(text.split(/[eE]/)[0] as string))) outOfRange(where, input);
      lastText = input;
      lastDecimal = frozen(d);
      return lastDecimal;
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
  "halfEven" | "halfUp" | "halfDown" | "halfTowardsZero" | "halfAwayFromZero" | "up" | "down" | "ceil" | "floor";

/**
 * How one rounding mode decides, the one table of the modes: every other list of modes (error
 * messages, `figure.reported`'s rounding intervals, exact money division, the tests) is derived
 * from {@link ROUNDING}, in its order. @internal
 */
export interface RoundingRule {
  /** The decimal.js constant of the mode. */
  readonly constant: Decimal.Rounding;
  /** Whether the mode rounds to the nearest candidate (a `half…` mode), or in one direction. */
  readonly nearest: boolean;
  /**
   * Whether a value that lies strictly between two candidates is rounded to the one of larger
   * magnitude: `half` compares the discarded part with half a unit (-1 below, 0 a tie, 1 above),
   * `negative` is the value's sign, `odd` whether the candidate of smaller magnitude is odd.
   */
  readonly away: (half: -1 | 0 | 1, negative: boolean, odd: boolean) => boolean;
}

/**
 * The rounding modes, in the order every message and list uses. @internal
 */
export const ROUNDING: Readonly<Record<RoundingMode, RoundingRule>> = /* @__PURE__ */ (() =>
  Object.freeze({
    halfEven: {
      constant: Decimal.ROUND_HALF_EVEN,
      nearest: true,
      away: (half, _negative, odd) => half > 0 || (half === 0 && odd),
    },
    halfUp: {
      constant: Decimal.ROUND_HALF_CEIL,
      nearest: true,
      away: (half, negative) => half > 0 || (half === 0 && !negative),
    },
    halfDown: {
      constant: Decimal.ROUND_HALF_FLOOR,
      nearest: true,
      away: (half, negative) => half > 0 || (half === 0 && negative),
    },
    halfTowardsZero: { constant: Decimal.ROUND_HALF_DOWN, nearest: true, away: (half) => half > 0 },
    halfAwayFromZero: { constant: Decimal.ROUND_HALF_UP, nearest: true, away: (half) => half >= 0 },
    up: { constant: Decimal.ROUND_UP, nearest: false, away: () => true },
    down: { constant: Decimal.ROUND_DOWN, nearest: false, away: () => false },
    ceil: { constant: Decimal.ROUND_CEIL, nearest: false, away: (_half, negative) => !negative },
    floor: { constant: Decimal.ROUND_FLOOR, nearest: false, away: (_half, negative) => negative },
  }))();

/**
 * Every rounding mode name, frozen, in the order of {@link ROUNDING}.
 * @internal
 */
export const ROUNDING_MODES: readonly RoundingMode[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.keys(ROUNDING) as RoundingMode[],
);

/** Whether a value is the name of a rounding mode (an own key of {@link ROUNDING}). @internal */
export function isRoundingMode(mode: unknown): mode is RoundingMode {
  return typeof mode === "string" && Object.prototype.hasOwnProperty.call(ROUNDING, mode);
}

/**
 * The decimal.js rounding constant for a mode name; INVALID_INPUT for an unknown name,
 * INVALID_TYPE for a value that is not a string.
 * @internal
 */
export function roundingConstant(mode: unknown, where = "round: mode"): Decimal.Rounding {
  if (isRoundingMode(mode)) return ROUNDING[mode].constant;
  return refuseAt(
    typeof mode === "string" ? "INVALID_INPUT" : "INVALID_TYPE",
    where,
    `one of ${ROUNDING_MODES.join(", ")}`,
    mode,
  );
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
  const rounded = value.div(unit).toDecimalPlaces(0, rm).times(unit);
  // Rounding up to a power of ten can leave the range (9.5e999 to the nearest 1e999 is 1e1000).
  if (!rounded.isFinite()) outOfRange("money.round: the result", value);
  return rounded;
}

/** Zero and one of the library's constructor. @internal */
export const ZERO: Decimal = /* @__PURE__ */ frozen(/* @__PURE__ */ new D(0));
/** @internal */
export const ONE: Decimal = /* @__PURE__ */ frozen(/* @__PURE__ */ new D(1));
