/**
 * Money values: construction, minor units, arithmetic, comparison and rounding.
 *
 * @module
 */
import { Decimal } from "decimal.js";
import {
  D,
  ONE,
  RANGE_TEXT,
  frozen,
  refuseAt,
  roundToScale,
  roundingConstant,
  toDecimal,
  type DecimalInput,
  type RoundingMode,
} from "../decimal.js";
import { MONEY_BRAND } from "../brand.js";
import { readOptions, refuse } from "../errors.js";
import { resolveCurrency, sameCurrency } from "./currency.js";
import { divideToScale, roundToMultiple } from "./exact.js";
import type { Currency, Money, MoneyRoundOptions } from "./types.js";
import { valuePrototype } from "../value.js";

/**
 * What every Money the library makes inherits: `JSON.stringify` writes `{ amount, currency }`
 * as `money.toJSON` does (the amount in plain notation, the currency's code), `String()` gives
 * `"193480000000 CNY"`, Node's inspect `Money(193480000000 CNY)`.
 */
const MONEY = valuePrototype<Money>(
  "Money",
  (m) => ({ amount: m.amount.toFixed(), currency: currencyJSON(m.currency) }),
  (m) => `${m.amount.toFixed()} ${m.currency.code}`,
);

/**
 * A currency as the schemas write it: an ISO currency as its code, a custom one as
 * `{ code, minorUnits, name }` (CurrencySchema's JSON). @internal
 */
export function currencyJSON(c: Currency): string | { code: string; minorUnits: number; name: string } {
  return c.custom ? { code: c.code, minorUnits: c.minorUnits, name: c.name } : c.code;
}

/** Builds a frozen Money; `amount` must already be a decimal of the library's constructor. @internal */
export function make(amount: Decimal, currency: Currency): Money {
  // Normalise negative zero so that equal values print alike.
  const made = Object.create(MONEY) as { amount: Decimal; currency: Currency };
  made.amount = amount.isZero() ? ZERO_POSITIVE : frozen(amount);
  made.currency = currency;
  return MONEY_BRAND.add(Object.freeze(made)) as Money;
}

const ZERO_POSITIVE = frozen(new D(0));

/**
 * Refuses a sum, difference or product outside the library's range (exponents within ±999),
 * which decimal.js stores as ±Infinity, or as 0 when the exact result is not zero, with
 * `OUT_OF_RANGE`. The callers test `result.d === null` (not finite) and, for a zero result,
 * whether the exact one is zero: inline, because add is on the hot path.
 */
function outOfRange(where: string): never {
  return refuse("OUT_OF_RANGE", {
    function: where,
    path: "the result",
    expected: RANGE_TEXT,
    min: "1e-999",
    max: "1e1000",
  });
}

/**
 * The common case of {@link asMoney}, in few steps: a Money with a finite amount of the library's
 * constructor and an ISO currency from the registry (what `make` builds), frozen or not. Every
 * clone of decimal.js shares Decimal's prototype; the constructor tells the library's own. `d`
 * (the digits) is null for NaN and the infinities: a finite amount, without a method call. Small,
 * so that the hot paths inline it, and without a `where`, so that a loop builds no string for it.
 * @internal
 */
export function isSoundMoney(value: unknown): value is Money {
  // Only a Money the library made (its private brand): frozen, with a frozen amount, it cannot have
  // changed. A look-alike, frozen or not, is checked and rebuilt by asMoney (issue 16: getters).
  return MONEY_BRAND.has(value);
}

/**
 * Checks that a value is a Money and returns it with the amount in the library's constructor.
 * A Money the library made (its private brand) is returned as it is: frozen, with a frozen
 * amount, it cannot have changed. Anything else, frozen or not, is read once into locals,
 * checked and rebuilt, so that a getter cannot answer one thing to the check and another to the
 * computation.
 * @internal
 */
export function asMoney(value: unknown, where: string): Money {
  if (MONEY_BRAND.has(value)) return value as Money;
  if (typeof value !== "object" || value === null) return notMoney(value, where);
  // Each field is read once.
  const { amount, currency } = value as { readonly amount?: unknown; readonly currency?: unknown };
  if ((amount === undefined && !("amount" in value)) || (currency === undefined && !("currency" in value)))
    return notMoney(value, where);
  if (!Decimal.isDecimal(amount)) refuseAt("INVALID_VALUE", `${where}.amount`, "a Decimal", amount);
  const c = resolveCurrency(currency, `${where}.currency`);
  return make(toDecimal(amount, `${where}.amount`), c);
}

function notMoney(value: unknown, where: string): never {
  return refuseAt(
    typeof value === "object" && value !== null ? "INVALID_VALUE" : "INVALID_TYPE",
    where,
    "a Money ({ amount, currency })",
    value,
  );
}

function sameOrFail(a: Money, b: Money, where: string): void {
  if (!sameCurrency(a.currency, b.currency)) {
    refuse("CURRENCY_MISMATCH", {
      function: where,
      path: "the amounts",
      expected: `amounts in one currency (${a.currency.code})`,
      received: b.currency.code,
      currencies: [a.currency.code, b.currency.code],
      hint: `Cannot mix ${a.currency.code} and ${b.currency.code}; convert one with fx.convert first.`,
    });
  }
}

function modeOrFail(mode: unknown, where: string): RoundingMode {
  roundingConstant(mode, where);
  return mode as RoundingMode;
}

function scaleOrFail(scale: unknown, where: string): number {
  if (typeof scale !== "number" || !Number.isInteger(scale) || Math.abs(scale) > 1000) {
    refuseAt(
      typeof scale === "number" ? "OUT_OF_RANGE" : "INVALID_TYPE",
      `${where}: options.scale`,
      "an integer from -1000 to 1000",
      scale,
    );
  }
  return scale;
}

/**
 * Creates an amount of money. The amount is kept exactly as given, at any
 * scale: `of("1.005", "USD")` is one dollar and half a cent until you
 * {@link round} it. Prefer strings or bigints: the JS number `0.1` is already inexact.
 *
 * @param amount - a decimal string (`"193.48e9"`), a finite number, a bigint or a Decimal
 * @param currency - an ISO 4217 code (`"CNY"`) or a {@link Currency}
 * @returns a frozen Money
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` for a non-finite or unparsable
 *   amount; `OUT_OF_RANGE` for an amount outside the range of decimals (magnitudes from 1e-999 to
 *   below 1e1000, see {@link DecimalInput}); `UNKNOWN_CURRENCY` for an unknown code
 * @example
 * {@includeCode ../../test/money/examples.test.ts#of}
 * @category Money
 * @since 0.1.0
 */
export function of(amount: DecimalInput, currency: string | Currency): Money {
  const c = resolveCurrency(currency, "money.of: currency");
  return make(toDecimal(amount, "money.of: amount"), c);
}

/**
 * Creates an amount from an integer number of minor units (cents, fen):
 * `fromMinor(1999n, "USD")` is $19.99. Exact for any size of bigint.
 *
 * @param minor - an integer: a bigint, a safe integer number, an integer string or Decimal
 * @param currency - an ISO 4217 code or a {@link Currency}
 * @returns a frozen Money
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when `minor` is not an integer
 *   (or a number beyond ±2^53); `UNKNOWN_CURRENCY` for an unknown code
 * @example
 * {@includeCode ../../test/money/examples.test.ts#minor}
 * @category Money
 * @since 0.1.0
 */
export function fromMinor(minor: DecimalInput, currency: string | Currency): Money {
  const c = resolveCurrency(currency, "money.fromMinor: currency");
  if (typeof minor === "number" && !Number.isSafeInteger(minor)) {
    refuseAt(
      "OUT_OF_RANGE",
      "money.fromMinor: minor",
      "a safe integer",
      minor,
      "Use a bigint or a string beyond 2^53.",
    );
  }
  const units = toDecimal(minor, "money.fromMinor: minor");
  if (!units.isInteger()) refuseAt("INVALID_NUMBER", "money.fromMinor: minor", "a whole number of minor units", minor);
  // Build from the exact digits: division would round beyond 34 significant digits.
  return make(new D(`${units.toFixed(0)}e-${c.minorUnits}`), c);
}

/**
 * Converts an amount to an integer number of minor units, exactly, as a bigint:
 * $19.99 → `1999n`, ¥1,100 → `1100n`. An amount with more decimals than the
 * currency's minor units is refused unless you name a rounding mode.
 *
 * @param money - the amount
 * @param mode - the rounding mode for amounts finer than a minor unit; omitted, such amounts are refused
 * @returns the number of minor units
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when the amount is not a whole
 *   number of minor units and no mode is given, or the mode is unknown
 * @example
 * {@includeCode ../../test/money/examples.test.ts#minor}
 * @category Money
 * @since 0.1.0
 */
export function toMinor(money: Money, mode?: RoundingMode): bigint {
  const m = asMoney(money, "money.toMinor: money");
  const units = m.currency.minorUnits;
  let amount = m.amount;
  if (amount.decimalPlaces() > units) {
    if (mode === undefined) {
      refuse("INVALID_INPUT", {
        function: "money.toMinor",
        path: "money",
        expected: `a whole number of minor units (${units} decimals)`,
        received: `${amount.toFixed()} ${m.currency.code}`,
        hint: "Pass a rounding mode.",
      });
    }
    amount = roundToScale(amount, units, modeOrFail(mode, "money.toMinor: mode"));
  } else if (mode !== undefined) modeOrFail(mode, "money.toMinor: mode");
  const text = amount.toFixed(units).replace(".", "");
  return BigInt(text);
}

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
    const r = a.amount.plus(b.amount);
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

const MAX_PENDING = 2 ** 52;
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);

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

/**
 * Rounds an amount with a named mode. **Defaults: to the currency's minor units
 * (2 for USD and CNY, 0 for JPY, 3 for KWD), with `halfEven`** (banker's
 * rounding: ties go to the even digit, 0.125 → 0.12). Give `scale` for another
 * number of decimals, or `step` for cash rounding (0.05 CHF).
 *
 * @param money - the amount
 * @param options - `scale` or `step`, and `mode`; see {@link MoneyRoundOptions}
 * @returns the rounded amount, frozen
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` for an unknown mode, a
 *   non-integer scale, a step that is not positive, or both scale and step
 * @example
 * {@includeCode ../../test/money/examples.test.ts#round}
 * @category Rounding
 * @since 0.1.0
 */
export function round(money: Money, options?: MoneyRoundOptions): Money {
  const m = asMoney(money, "money.round: money");
  // The default (minor units, half-even), without building or checking options.
  if (options === undefined)
    return make(m.amount.toDecimalPlaces(m.currency.minorUnits, Decimal.ROUND_HALF_EVEN), m.currency);
  const o = readOptions("money.round", "options", options, ["scale", "step", "mode"]);
  const mode = o.mode === undefined ? "halfEven" : modeOrFail(o.mode, "money.round: options.mode");
  if (o.step !== undefined) {
    if (o.scale !== undefined)
      refuse("INVALID_INPUT", {
        function: "money.round",
        path: "options",
        expected: "either scale or step, not both",
        received: options,
      });
    const step = toDecimal(o.step, "money.round: options.step");
    if (step.lte(0)) refuseAt("OUT_OF_RANGE", "money.round: options.step", "positive", o.step);
    return make(roundToMultiple(m.amount, step, mode), m.currency);
  }
  const scale = o.scale === undefined ? m.currency.minorUnits : scaleOrFail(o.scale, "money.round");
  // Exact at any size (decimal.js would divide by 10^-scale at 34 digits for negative scales).
  return make(scale >= 0 ? roundToScale(m.amount, scale, mode) : divideToScale(m.amount, ONE, scale, mode), m.currency);
}
