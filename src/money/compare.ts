/**
 * Comparing amounts: compare, equality, order, min and max, sign tests.
 *
 * @module
 */
import { refuse } from "../errors.js";
import { sameCurrency } from "./currency.js";
import type { Money } from "./types.js";
import { asMoney, sameOrFail } from "./money.js";

/**
 * Compares two amounts of the same currency.
 *
 * @param a - the first amount
 * @param b - the second amount, in the same currency
 * @returns -1 when `a < b`, 0 when equal (whatever the scale: 1.5 equals 1.50), 1 when `a > b`
 * @throws {@link accordo!AccordoError} `CURRENCY_MISMATCH` when the currencies differ
 * @example
 * {@includeCode ../../test/money/examples.test.ts#compare}
 * @category Comparison
 * @since 0.1.0
 */
export function compare(a: Money, b: Money): -1 | 0 | 1 {
  const x = asMoney(a, "money.compare: a");
  const y = asMoney(b, "money.compare: b");
  sameOrFail(x, y, "money.compare");
  return x.amount.comparedTo(y.amount) as -1 | 0 | 1;
}

/**
 * Tells whether two amounts are equal: same currency and same value (1.5 equals
 * 1.50). Unlike {@link compare}, different currencies are simply not equal.
 *
 * @param a - the first amount
 * @param b - the second amount
 * @returns true when currency and value are the same
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when an argument is not a Money
 * @example
 * {@includeCode ../../test/money/examples.test.ts#compare}
 * @category Comparison
 * @since 0.1.0
 */
export function equals(a: Money, b: Money): boolean {
  const x = asMoney(a, "money.equals: a");
  const y = asMoney(b, "money.equals: b");
  return sameCurrency(x.currency, y.currency) && x.amount.eq(y.amount);
}

/**
 * Tells whether `a < b`.
 *
 * @param a - the first amount
 * @param b - the second amount, in the same currency
 * @returns true when `a` is less than `b`
 * @throws {@link accordo!AccordoError} `CURRENCY_MISMATCH` when the currencies differ
 * @example
 * {@includeCode ../../test/money/examples.test.ts#compare}
 * @category Comparison
 * @since 0.1.0
 */
export function lessThan(a: Money, b: Money): boolean {
  return compare(a, b) < 0;
}

/**
 * Tells whether `a > b`.
 *
 * @param a - the first amount
 * @param b - the second amount, in the same currency
 * @returns true when `a` is greater than `b`
 * @throws {@link accordo!AccordoError} `CURRENCY_MISMATCH` when the currencies differ
 * @example
 * {@includeCode ../../test/money/examples.test.ts#compare}
 * @category Comparison
 * @since 0.1.0
 */
export function greaterThan(a: Money, b: Money): boolean {
  return compare(a, b) > 0;
}

/**
 * Tells whether `a <= b`.
 *
 * @param a - the first amount
 * @param b - the second amount, in the same currency
 * @returns true when `a` is less than or equal to `b`
 * @throws {@link accordo!AccordoError} `CURRENCY_MISMATCH` when the currencies differ
 * @example
 * {@includeCode ../../test/money/examples.test.ts#compare}
 * @category Comparison
 * @since 0.1.0
 */
export function lessThanOrEqual(a: Money, b: Money): boolean {
  return compare(a, b) <= 0;
}

/**
 * Tells whether `a >= b`.
 *
 * @param a - the first amount
 * @param b - the second amount, in the same currency
 * @returns true when `a` is greater than or equal to `b`
 * @throws {@link accordo!AccordoError} `CURRENCY_MISMATCH` when the currencies differ
 * @example
 * {@includeCode ../../test/money/examples.test.ts#compare}
 * @category Comparison
 * @since 0.1.0
 */
export function greaterThanOrEqual(a: Money, b: Money): boolean {
  return compare(a, b) >= 0;
}

function extreme(values: readonly Money[], where: string, pick: (c: number) => boolean): Money {
  if (values.length === 0)
    refuse("INVALID_INPUT", { function: where, path: "amounts", expected: "at least one amount", received: values });
  let best = asMoney(values[0], `${where}: amount 1`);
  for (let i = 1; i < values.length; i++) {
    const m = asMoney(values[i], `${where}: amount ${i + 1}`);
    sameOrFail(best, m, where);
    if (pick(m.amount.comparedTo(best.amount))) best = m;
  }
  return best;
}

/**
 * The smallest of a non-empty list of amounts of the same currency.
 *
 * @param amounts - the amounts, all in the same currency
 * @returns the smallest amount (the first one on ties)
 * @throws {@link accordo!AccordoError} `CURRENCY_MISMATCH` when the currencies differ; `INVALID_INPUT` for an empty list
 * @example
 * {@includeCode ../../test/money/examples.test.ts#minmax}
 * @category Comparison
 * @since 0.1.0
 */
export function min(amounts: readonly Money[]): Money;
/**
 * The smallest of one or more amounts of the same currency, given as arguments.
 *
 * @param first - an amount
 * @param rest - more amounts, in the same currency
 * @returns the smallest amount (the first one on ties)
 * @throws {@link accordo!AccordoError} `CURRENCY_MISMATCH` when the currencies differ; `INVALID_INPUT` for an empty list
 * @example
 * {@includeCode ../../test/money/examples.test.ts#minmax}
 * @category Comparison
 * @since 0.1.0
 */
export function min(first: Money, ...rest: readonly Money[]): Money;
export function min(first: Money | readonly Money[], ...rest: readonly Money[]): Money {
  return extreme(Array.isArray(first) ? first : [first, ...rest], "money.min", (c) => c < 0);
}

/**
 * The largest of a non-empty list of amounts of the same currency.
 *
 * @param amounts - the amounts, all in the same currency
 * @returns the largest amount (the first one on ties)
 * @throws {@link accordo!AccordoError} `CURRENCY_MISMATCH` when the currencies differ; `INVALID_INPUT` for an empty list
 * @example
 * {@includeCode ../../test/money/examples.test.ts#minmax}
 * @category Comparison
 * @since 0.1.0
 */
export function max(amounts: readonly Money[]): Money;
/**
 * The largest of one or more amounts of the same currency, given as arguments.
 *
 * @param first - an amount
 * @param rest - more amounts, in the same currency
 * @returns the largest amount (the first one on ties)
 * @throws {@link accordo!AccordoError} `CURRENCY_MISMATCH` when the currencies differ; `INVALID_INPUT` for an empty list
 * @example
 * {@includeCode ../../test/money/examples.test.ts#minmax}
 * @category Comparison
 * @since 0.1.0
 */
export function max(first: Money, ...rest: readonly Money[]): Money;
export function max(first: Money | readonly Money[], ...rest: readonly Money[]): Money {
  return extreme(Array.isArray(first) ? first : [first, ...rest], "money.max", (c) => c > 0);
}

/**
 * Tells whether an amount is zero.
 *
 * @param money - the amount
 * @returns true for zero
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when the argument is not a Money
 * @example
 * {@includeCode ../../test/money/examples.test.ts#sign}
 * @category Comparison
 * @since 0.1.0
 */
export function isZero(money: Money): boolean {
  return asMoney(money, "money.isZero: money").amount.isZero();
}

/**
 * Tells whether an amount is strictly positive (zero is neither positive nor negative).
 *
 * @param money - the amount
 * @returns true when greater than zero
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when the argument is not a Money
 * @example
 * {@includeCode ../../test/money/examples.test.ts#sign}
 * @category Comparison
 * @since 0.1.0
 */
export function isPositive(money: Money): boolean {
  return asMoney(money, "money.isPositive: money").amount.gt(0);
}

/**
 * Tells whether an amount is strictly negative.
 *
 * @param money - the amount
 * @returns true when less than zero
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when the argument is not a Money
 * @example
 * {@includeCode ../../test/money/examples.test.ts#sign}
 * @category Comparison
 * @since 0.1.0
 */
export function isNegative(money: Money): boolean {
  return asMoney(money, "money.isNegative: money").amount.lt(0);
}
