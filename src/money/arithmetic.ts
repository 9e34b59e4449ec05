/**
 * Money arithmetic: add, subtract, multiply, divide, negate, abs and the bulk sum.
 *
 * @module
 */
import { Decimal } from "decimal.js";
import { D, toDecimal, type DecimalInput, type RoundingMode } from "../decimal.js";
import { readOptions, refuse } from "../errors.js";
import { addWords } from "../words.js";
import { resolveCurrency, sameCurrency } from "./currency.js";
import { divideToScale } from "./exact.js";
import type { Currency, Money } from "./types.js";
import {
  ZERO_POSITIVE,
  asMoney,
  isSoundMoney,
  make,
  modeOrFail,
  outOfRange,
  sameOrFail,
  scaleOrFail,
} from "./money.js";

/**
 * Adds two amounts of the same currency, exactly (to 34 significant digits).
 *
 * @param a - the first amount
 * @param b - the second amount, in the same currency
 * @returns the sum, frozen
 * @throws {@link accordo!AccordoError} `CURRENCY_MISMATCH` when the currencies differ;
 *   `INVALID_INPUT` when an argument is not a Money; `OUT_OF_RANGE` when the sum is beyond the range of
 *   decimals (magnitudes from 1e-999 to below 1e1000)
 * @example
 * {@includeCode ../../test/money/examples.test.ts#add}
 * @category Arithmetic
 * @since 0.1.0
 */
export function add(a: Money, b: Money): Money {
  // The common case in few steps: two sound amounts of one currency, a finite non-zero sum.
  if (isSoundMoney(a) && isSoundMoney(b) && a.currency === b.currency) {
    const r = addWords(a.amount, b.amount, false) ?? a.amount.plus(b.amount);
    const digits = r.d;
    if (digits !== null && digits[0] !== 0) return make(r, a.currency);
  }
  const x = asMoney(a, "money.add: a");
  const y = asMoney(b, "money.add: b");
  if (x.currency !== y.currency) sameOrFail(x, y, "money.add");
  const r = x.amount.plus(y.amount);
  if (r.d === null || (r.isZero() && !x.amount.eq(y.amount.negated()))) outOfRange("money.add");
  return make(r, x.currency);
}

/**
 * Subtracts `b` from `a`, both of the same currency.
 *
 * @param a - the amount to subtract from
 * @param b - the amount to subtract, in the same currency
 * @returns `a - b`, frozen
 * @throws {@link accordo!AccordoError} `CURRENCY_MISMATCH` when the currencies differ;
 *   `INVALID_INPUT` when an argument is not a Money; `OUT_OF_RANGE` when the difference is beyond the
 *   range of decimals (magnitudes from 1e-999 to below 1e1000)
 * @example
 * {@includeCode ../../test/money/examples.test.ts#subtract}
 * @category Arithmetic
 * @since 0.1.0
 */
export function subtract(a: Money, b: Money): Money {
  if (isSoundMoney(a) && isSoundMoney(b) && a.currency === b.currency) {
    const r = addWords(a.amount, b.amount, true);
    if (r !== undefined) return make(r, a.currency);
  }
  const x = asMoney(a, "money.subtract: a");
  const y = asMoney(b, "money.subtract: b");
  sameOrFail(x, y, "money.subtract");
  const r = x.amount.minus(y.amount);
  if (r.d === null || (r.isZero() && !x.amount.eq(y.amount))) outOfRange("money.subtract");
  return make(r, x.currency);
}

/**
 * Multiplies an amount by a decimal factor (a quantity, a rate, a share). The
 * product is not rounded: follow with {@link round} when you need minor units.
 *
 * @param money - the amount
 * @param factor - the factor, e.g. `"0.95"` or `3`
 * @returns the product (34 significant digits), frozen
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` for a non-finite or unparsable factor;
 *   `OUT_OF_RANGE` for a factor or a product beyond the range of decimals (magnitudes from 1e-999 to below 1e1000)
 * @example
 * {@includeCode ../../test/money/examples.test.ts#multiply}
 * @category Arithmetic
 * @since 0.1.0
 */
export function multiply(money: Money, factor: DecimalInput): Money {
  const m = asMoney(money, "money.multiply: money");
  const f = toDecimal(factor, "money.multiply: factor");
  const r = m.amount.times(f);
  if (r.d === null || (r.isZero() && !m.amount.isZero() && !f.isZero())) outOfRange("money.multiply");
  return make(r, m.currency);
}

/**
 * Divides an amount by a decimal divisor and rounds the quotient with a named
 * mode, to the currency's minor units or to `scale` decimals. The mode is
 * required, because a quotient such as 10 / 3 has no exact decimal form.
 *
 * @param money - the amount
 * @param divisor - a non-zero decimal
 * @param options - `mode`: the {@link RoundingMode} (required); `scale`: digits
 *   after the point (default the currency's minor units; negative rounds to tens, hundreds...)
 * @returns the rounded quotient, frozen
 * @throws {@link accordo!AccordoError} `DIVISION_BY_ZERO` when the divisor is zero;
 *   `INVALID_INPUT` for a bad divisor, mode or scale
 * @example
 * {@includeCode ../../test/money/examples.test.ts#divide}
 * @category Arithmetic
 * @since 0.1.0
 */
export function divide(
  money: Money,
  divisor: DecimalInput,
  options: { readonly mode: RoundingMode; readonly scale?: number },
): Money {
  const m = asMoney(money, "money.divide: money");
  const d = toDecimal(divisor, "money.divide: divisor");
  if (d.isZero()) {
    refuse("DIVISION_BY_ZERO", {
      function: "money.divide",
      path: "divisor",
      expected: "a divisor other than zero",
      received: divisor,
      hint: `Cannot divide ${m.amount.toFixed()} ${m.currency.code} by zero.`,
    });
  }
  if (typeof options !== "object" || options === null) {
    refuse("INVALID_TYPE", {
      function: "money.divide",
      path: "options",
      expected: "an object { mode, scale? } (the rounding mode is required)",
      received: options,
    });
  }
  const o = readOptions("money.divide", "options", options, ["mode", "scale"]);
  const mode = modeOrFail(o.mode, "money.divide: options.mode");
  const scale = o.scale === undefined ? m.currency.minorUnits : scaleOrFail(o.scale, "money.divide");
  return make(divideToScale(m.amount, d, scale, mode), m.currency);
}

/**
 * Negates an amount.
 *
 * @param money - the amount
 * @returns `-money`, frozen (never negative zero)
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when the argument is not a Money
 * @example
 * {@includeCode ../../test/money/examples.test.ts#negate}
 * @category Arithmetic
 * @since 0.1.0
 */
export function negate(money: Money): Money {
  const m = asMoney(money, "money.negate: money");
  return make(m.amount.negated(), m.currency);
}

/**
 * The absolute value of an amount.
 *
 * @param money - the amount
 * @returns `|money|`, frozen
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when the argument is not a Money
 * @example
 * {@includeCode ../../test/money/examples.test.ts#negate}
 * @category Arithmetic
 * @since 0.1.0
 */
export function abs(money: Money): Money {
  const m = asMoney(money, "money.abs: money");
  return make(m.amount.abs(), m.currency);
}

/**
 * Sums a list of amounts of one currency. An empty list needs the `currency`
 * argument, and then sums to zero.
 *
 * @param list - the amounts, all in the same currency
 * @param currency - the currency of the result, required for an empty list and checked otherwise
 * @returns the exact sum, frozen
 * @throws {@link accordo!AccordoError} `CURRENCY_MISMATCH` when the currencies differ;
 *   `INVALID_INPUT` for an empty list without a currency or a non-array; `OUT_OF_RANGE` for a sum
 *   beyond the range of decimals (magnitudes from 1e-999 to below 1e1000)
 * @example
 * {@includeCode ../../test/money/examples.test.ts#sum}
 * @category Arithmetic
 * @since 0.1.0
 */
export function sum(list: readonly Money[], currency?: string | Currency): Money {
  if (!Array.isArray(list))
    refuse("INVALID_TYPE", { function: "money.sum", path: "list", expected: "an array of Money", received: list });
  const c = currency === undefined ? undefined : resolveCurrency(currency, "money.sum: currency");
  if (list.length === 0) {
    if (c === undefined)
      refuse("INVALID_INPUT", {
        function: "money.sum",
        path: "currency",
        expected: "a currency for an empty list",
        received: c,
        hint: 'Write sum([], "USD").',
      });
    return make(new D(0), c);
  }
  const first = asMoney(list[0], "money.sum: list[0]");
  if (c !== undefined && !sameCurrency(c, first.currency)) sameOrFail(make(new D(0), c), first, "money.sum");
  if (list.length === 1) return first;
  // The bulk path: one Money at the end; an item's `where` is built only to refuse it.
  const currencyOfSum = first.currency;
  const scale = currencyOfSum.minorUnits;
  // While every amount is a whole number of 10^-scale (cents for USD) below 2^52 of them, the
  // amounts add up as integers in `pending`, moved into `total` before it could pass 2^53. Every
  // partial sum is then a multiple of 10^-scale below 2^52 × (count) of them, exact in 34 digits,
  // so the total is the one the decimal additions in list order give. The first other amount
  // ends this for the rest of the list, which adds in order, rounding as add does.
  let pending = scaledInteger(first.amount, scale);
  let total = pending === pending ? ZERO_POSITIVE : first.amount;
  if (pending !== pending) pending = 0;
  let integers = total === ZERO_POSITIVE;
  for (let i = 1; i < list.length; i++) {
    const value: unknown = list[i];
    const item = isSoundMoney(value) ? value : asMoney(value, `money.sum: list[${i}]`);
    if (item.currency !== currencyOfSum) sameOrFail(first, item, "money.sum");
    if (integers) {
      const n = scaledInteger(item.amount, scale);
      if (n === n) {
        pending += n;
        if (pending > MAX_PENDING || pending < -MAX_PENDING) {
          total = total.plus(fromScaled(pending, scale));
          pending = 0;
        }
        continue;
      }
      integers = false;
      total = total.plus(fromScaled(pending, scale));
      pending = 0;
    }
    const r = total.plus(item.amount);
    if (r.d === null || (r.isZero() && !total.eq(item.amount.negated()))) outOfRange("money.sum");
    total = r;
  }
  if (pending !== 0) total = total.plus(fromScaled(pending, scale));
  return make(total, currencyOfSum);
}

const MAX_PENDING = 4503599627370496; // 2 ** 52 (a literal: a bundler keeps an exponentiation at load)
const POWERS_OF_TEN = /* @__PURE__ */ Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * A finite decimal as a whole number of 10^-scale, when it is one and at most 2^52 in magnitude
 * (1234.5 at scale 2 is 123450); otherwise NaN. Read off the digits: decimal.js keeps them in
 * words of 7 (`d`, the first word without leading zeros) with the exponent of the first digit (`e`).
 */
function scaledInteger(x: Decimal, scale: number): number {
  const d = x.d;
  if (d.length > 2) return Number.NaN;
  const w = d[0] as number;
  const digits = w < 10 ? 1 : w < 100 ? 2 : w < 1e3 ? 3 : w < 1e4 ? 4 : w < 1e5 ? 5 : w < 1e6 ? 6 : 7;
  // x = m × 10^shift / 10^scale, m below 10^14 (exact in a double)
  const m = d.length === 1 ? w : w * 1e7 + (d[1] as number);
  const shift = x.e + 1 - digits - 7 * (d.length - 1) + scale;
  let n: number;
  if (shift >= 0) {
    if (shift > 15) return Number.NaN;
    n = m * (POWERS_OF_TEN[shift] as number);
  } else {
    if (shift < -15) return Number.NaN;
    const p = POWERS_OF_TEN[-shift] as number;
    if (m % p !== 0) return Number.NaN;
    n = m / p;
  }
  if (n > MAX_PENDING) return Number.NaN;
  return x.s < 0 ? -n : n;
}

/** `n` × 10^-scale as a decimal, exactly (`n` a safe integer). */
function fromScaled(n: number, scale: number): Decimal {
  return new D(`${String(n)}e-${String(scale)}`);
}
