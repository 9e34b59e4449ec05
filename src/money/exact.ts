/**
 * Exact integer helpers for division and allocation: decimals become scaled
 * bigints, so that quotients are rounded once, exactly, with a named mode.
 *
 * @module
 * @internal
 */
import type { Decimal } from "decimal.js";
import { D, ROUNDING, outOfRange, type RoundingMode } from "../decimal.js";
import { refuse } from "../errors.js";

/**
 * The most digits an exact integer of these helpers may have. Far beyond any
 * amount of money, it keeps "1e-9000000000000000" from exhausting memory.
 * @internal
 */
export const MAX_EXACT_DIGITS = 10_000;

function tooLong(digits: number, value: string): never {
  return refuse("OUT_OF_RANGE", {
    function: "money",
    path: "value",
    expected: `at most ${MAX_EXACT_DIGITS} digits in exact money arithmetic`,
    received: value,
    digits,
  });
}

/** A decimal as `int × 10^-scale`, exactly; INVALID_INPUT beyond MAX_EXACT_DIGITS digits. @internal */
export function toScaled(value: Decimal): { readonly int: bigint; readonly scale: number } {
  const scale = value.decimalPlaces();
  const digits = Math.max(value.e, 0) + 1 + scale;
  if (digits > MAX_EXACT_DIGITS) tooLong(digits, value.toString());
  return { int: BigInt(value.toFixed(scale).replace(".", "")), scale };
}

/** `10^n` as a bigint; INVALID_INPUT beyond MAX_EXACT_DIGITS digits. @internal */
export function pow10(n: number): bigint {
  if (n > MAX_EXACT_DIGITS) tooLong(n + 1, `10^${n}`);
  return BigInt(`1${"0".repeat(n)}`);
}

/**
 * Rounds the exact quotient `n / m` (m ≠ 0) to an integer with a named mode.
 * @internal
 */
export function roundQuotient(n: bigint, m: bigint, mode: RoundingMode): bigint {
  if (m < 0n) {
    n = -n;
    m = -m;
  }
  const negative = n < 0n;
  const a = negative ? -n : n;
  const q = a / m;
  const r = a % m;
  const twice = 2n * r;
  const half = twice > m ? 1 : twice < m ? -1 : 0;
  const up = r !== 0n && ROUNDING[mode].away(half, negative, q % 2n === 1n);
  const magnitude = up ? q + 1n : q;
  return negative ? -magnitude : magnitude;
}

/**
 * The exact quotient `a / b` (b ≠ 0) rounded to `scale` decimals with `mode`.
 * @internal
 */
export function divideToScale(a: Decimal, b: Decimal, scale: number, mode: RoundingMode): Decimal {
  return checked(scaledQuotient(a, b, scale, mode), -scale);
}

/** `int × 10^exponent` as a decimal; OUT_OF_RANGE when it lies outside the range (Infinity, or a silent 0). */
function checked(int: bigint, exponent: number): Decimal {
  const d = new D(`${int}e${exponent}`);
  if (d.d === null || (d.isZero() && int !== 0n)) outOfRange("money", `${int}e${exponent}`);
  return d;
}

/** `a / b × 10^scale` (b ≠ 0) rounded to an integer with `mode`, exactly. */
function scaledQuotient(a: Decimal, b: Decimal, scale: number, mode: RoundingMode): bigint {
  const x = toScaled(a);
  const y = toScaled(b);
  // a / b × 10^scale = x.int × 10^(y.scale + scale) / (y.int × 10^x.scale)
  const shift = y.scale + scale - x.scale;
  const n = shift >= 0 ? x.int * pow10(shift) : x.int;
  const m = shift >= 0 ? y.int : y.int * pow10(-shift);
  return roundQuotient(n, m, mode);
}

/**
 * `a` rounded to a multiple of `step` (> 0) with `mode`, exactly: the multiple is
 * built from its digits, never rounded to 34 significant digits by a multiplication.
 * @internal
 */
export function roundToMultiple(a: Decimal, step: Decimal, mode: RoundingMode): Decimal {
  const s = toScaled(step);
  return checked(scaledQuotient(a, step, 0, mode) * s.int, -s.scale);
}
