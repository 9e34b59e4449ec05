/**
 * JSON and string forms of Money.
 *
 * @module
 */
import { toDecimal } from "../decimal.js";
import { describe, fail } from "../errors.js";
import { resolveCurrency } from "./currency.js";
import { asMoney, make } from "./money.js";
import type { Currency, Money, MoneyJSON } from "./types.js";

/**
 * The JSON form of an amount: the exact amount as a plain decimal string (never
 * a float, never exponent notation) and the currency code.
 *
 * @param money - the amount
 * @returns a frozen `{ amount, currency }`, e.g. `{ amount: "193480000000", currency: "CNY" }`
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when the argument is not a Money
 * @example
 * {@includeCode ../../test/money/examples.test.ts#json}
 * @category JSON
 * @since 0.1.0
 */
export function toJSON(money: Money): MoneyJSON {
  const m = asMoney(money, "toJSON: money");
  return Object.freeze({ amount: m.amount.toFixed(), currency: m.currency.code });
}

/**
 * Reads the JSON form of an amount back, validating it. ISO 4217 codes are
 * looked up in the registry; custom currencies must be passed in `options.currencies`.
 *
 * @param json - a value such as `{ "amount": "193480000000", "currency": "CNY" }`
 * @param options - `currencies`: custom currencies (from `defineCurrency`) that the JSON may name
 * @returns a frozen Money
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when the value is not an object
 *   with a decimal string `amount` and a string `currency`;
 *   `UNKNOWN_CURRENCY` when the code is neither in the registry nor in `options.currencies`;
 *   `INVALID_INPUT` when `options` is not an object or `options.currencies` not an array of currencies
 * @example
 * {@includeCode ../../test/money/examples.test.ts#json}
 * @category JSON
 * @since 0.1.0
 */
export function fromJSON(json: unknown, options: { readonly currencies?: readonly Currency[] } = {}): Money {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return fail("INVALID_INPUT", `fromJSON: expected { amount, currency }, got ${describe(json)}`, { where: "fromJSON" });
  }
  const { amount, currency } = json as { amount?: unknown; currency?: unknown };
  if (typeof amount !== "string") {
    return fail("INVALID_INPUT", `fromJSON: amount must be a decimal string (never a float), got ${describe(amount)}`, { where: "fromJSON.amount" });
  }
  if (typeof currency !== "string") {
    return fail("INVALID_INPUT", `fromJSON: currency must be a code string, got ${describe(currency)}`, { where: "fromJSON.currency" });
  }
  if (typeof options !== "object" || options === null) fail("INVALID_INPUT", `fromJSON: options must be an object, got ${describe(options)}`, { where: "fromJSON" });
  const custom = options.currencies ?? [];
  if (!Array.isArray(custom)) fail("INVALID_INPUT", "fromJSON: options.currencies must be an array of currencies", { where: "fromJSON" });
  let found: Currency | undefined;
  for (const c of custom) {
    const checked = resolveCurrency(c, "fromJSON: options.currencies");
    if (checked.code === currency) found = checked;
  }
  return make(toDecimal(amount, "fromJSON: amount"), found ?? resolveCurrency(currency, "fromJSON"));
}

/**
 * A plain, locale-independent text form: the exact amount, a space, the code
 * (`"193480000000 CNY"`, `"-0.5 USD"`). For display use `format`.
 *
 * @param money - the amount
 * @returns the text
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when the argument is not a Money
 * @example
 * {@includeCode ../../test/money/examples.test.ts#json}
 * @category JSON
 * @since 0.1.0
 */
export function toString(money: Money): string {
  const m = asMoney(money, "toString: money");
  return `${m.amount.toFixed()} ${m.currency.code}`;
}
