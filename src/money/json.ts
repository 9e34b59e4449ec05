/**
 * JSON and string forms of Money.
 *
 * @module
 */
import { toDecimal } from "../decimal.js";
import { readOptions, refuse } from "../errors.js";
import { CUSTOM_CODE, isoRegistry, resolveCurrency } from "./currency.js";
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
  const m = asMoney(money, "money.toJSON: money");
  return Object.freeze({ amount: m.amount.toFixed(), currency: m.currency.code });
}

/**
 * Reads the JSON form of an amount back, validating it: exactly what {@link toJSON}
 * writes and `MoneySchema` accepts for an ISO currency. The amount is a decimal string
 * without spaces (`"193.48"`, `"-0.5"`, `"1e9"`); the currency is an ISO 4217 code in
 * capitals (`"CNY"`, looked up in the registry), or the exact code of one of
 * `options.currencies` (custom currencies, which no registry knows). No other key is allowed.
 *
 * @param json - a value such as `{ "amount": "193480000000", "currency": "CNY" }`
 * @param options - `currencies`: custom currencies (from `defineCurrency`) that the JSON may name
 * @returns a frozen Money
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when the value is not an object
 *   with a decimal string `amount` (no spaces) and a code string `currency` (an ISO code in capitals),
 *   or has another key;
 *   `UNKNOWN_CURRENCY` when the code is neither in the registry nor in `options.currencies`;
 *   `INVALID_INPUT` when `options` is not an object or `options.currencies` not an array of currencies
 * @example
 * {@includeCode ../../test/money/examples.test.ts#json}
 * @category JSON
 * @since 0.1.0
 */
export function fromJSON(json: unknown, options?: { readonly currencies?: readonly Currency[] }): Money {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return refuse("INVALID_TYPE", {
      function: "money.fromJSON",
      path: "json",
      expected: "an object { amount, currency }",
      received: json,
    });
  }
  // The keys MoneySchema's strict object reads (for...in, as zod does: inherited ones too).
  for (const key in json) {
    if (key !== "amount" && key !== "currency") {
      refuse("INVALID_VALUE", {
        function: "money.fromJSON",
        path: `json.${key}`,
        expected: "no other key than amount and currency",
        key,
        hint: "The JSON of Money has only amount and currency.",
      });
    }
  }
  const { amount, currency } = json as { amount?: unknown; currency?: unknown };
  if (typeof amount !== "string") {
    return refuse("INVALID_VALUE", {
      function: "money.fromJSON",
      path: "json.amount",
      expected: "a decimal string (never a float)",
      received: amount,
    });
  }
  // toDecimal trims; JSON (and MoneySchema) has no spaces around the digits.
  if (amount.trim() !== amount)
    refuse("INVALID_NUMBER", {
      function: "money.fromJSON",
      path: "json.amount",
      expected: "a decimal number string without spaces",
      received: amount,
    });
  if (typeof currency !== "string") {
    return refuse("INVALID_VALUE", {
      function: "money.fromJSON",
      path: "json.currency",
      expected: "a currency code string",
      received: currency,
    });
  }
  const custom = readOptions("money.fromJSON", "options", options, ["currencies"]).currencies ?? [];
  if (!Array.isArray(custom))
    refuse("INVALID_TYPE", {
      function: "money.fromJSON",
      path: "options.currencies",
      expected: "an array of currencies",
      received: custom,
    });
  let found: Currency | undefined;
  for (const c of custom) {
    const checked = resolveCurrency(c, "money.fromJSON: options.currencies");
    if (checked.code === currency) found = checked;
  }
  // currency() also finds "usd" and " USD "; JSON has an ISO code in capitals. A code of the custom
  // form (every custom code has it) that is no ISO code goes to the lookup: UNKNOWN_CURRENCY unless found.
  if (
    !CUSTOM_CODE.test(currency) ||
    (currency !== currency.toUpperCase() && isoRegistry().has(currency.toUpperCase()))
  ) {
    refuse("INVALID_VALUE", {
      function: "money.fromJSON",
      path: "json.currency",
      expected: "an ISO 4217 code in capitals or the code of one of options.currencies",
      received: currency,
    });
  }
  return make(
    toDecimal(amount, "money.fromJSON: json.amount"),
    found ?? resolveCurrency(currency, "money.fromJSON: json.currency"),
  );
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
  const m = asMoney(money, "money.toString: money");
  return `${m.amount.toFixed()} ${m.currency.code}`;
}
