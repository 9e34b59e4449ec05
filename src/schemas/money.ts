/**
 * Schemas of the `money` namespace: currencies and amounts.
 *
 * @module
 */
import * as z from "zod";
import { currency as resolveCurrency, defineCurrency, of } from "../money/index.js";
import type { Currency, Money, MoneyJSON } from "../money/types.js";
import type { Schema } from "./core.js";
import { domain, isRecord } from "./domain.js";
import { decimalText, decimalToJSON, isDecimal } from "./primitives.js";

/**
 * The JSON form of a custom currency (one made with `money.defineCurrency`,
 * such as the offshore yuan `CNH`): JSON must carry its definition, since no
 * global registry knows it.
 *
 * @category JSON forms
 * @since 0.1.0
 */
export interface CustomCurrencyJSON {
  /** 3 to 12 letters, digits or underscores, not an ISO 4217 code, e.g. `"CNH"`. */
  readonly code: string;
  /** Digits of the minor unit, 0 to 18. */
  readonly minorUnits: number;
  /** English name, e.g. `"Offshore yuan"`. */
  readonly name: string;
}

/**
 * The JSON form of a {@link Currency}: an ISO 4217 code (`"CNY"`, or a
 * withdrawn code such as `"HRK"`), or the definition of a custom currency.
 *
 * @category JSON forms
 * @since 0.1.0
 */
export type CurrencyJSON = string | CustomCurrencyJSON;

/**
 * The JSON form of {@link Money} that {@link MoneySchema} reads and writes:
 * the amount as a decimal string and the currency as in {@link CurrencyJSON}.
 * For an ISO 4217 currency this is {@link MoneyJSON}.
 *
 * @category JSON forms
 * @since 0.1.0
 */
export interface MoneyDocument extends Omit<MoneyJSON, "currency"> {
  /** An ISO 4217 code, or a custom currency's definition. */
  readonly currency: CurrencyJSON;
}

const isoCode = z
  .string()
  .regex(/^[A-Z]{3}$/, { message: 'expected an ISO 4217 currency code in capitals, e.g. "CNY"' })
  .describe('An ISO 4217 alphabetic currency code, e.g. "CNY".');

const customCurrency = z
  .strictObject({
    code: z.string().regex(/^[A-Za-z0-9_]{3,12}$/, { message: "expected 3 to 12 letters, digits or underscores" }),
    minorUnits: z.number().int().min(0).max(18),
    name: z.string().min(1),
  })
  .describe("A custom currency (not in ISO 4217): its code, minor units and English name.");

function isCurrency(value: unknown): value is Currency {
  return isRecord(value) && typeof value["code"] === "string" && typeof value["custom"] === "boolean";
}

/**
 * A {@link Currency}. In JSON an ISO 4217 currency is its code (`"CNY"`);
 * a custom currency is its definition (`{ "code": "CNH", "minorUnits": 2,
 * "name": "Offshore yuan" }`), read with `money.defineCurrency`. Codes are
 * looked up with `money.currency`: an unknown code is refused with the code
 * `UNKNOWN_CURRENCY`.
 *
 * @example
 * {@includeCode ../../test/schemas/examples.test.ts#CurrencySchema}
 * @category Schemas
 * @since 0.1.0
 */
export const CurrencySchema: Schema<Currency, CurrencyJSON> = domain<
  Currency,
  CurrencyJSON,
  string | CustomCurrencyJSON
>({
  title: "Currency",
  description: "An ISO 4217 currency code, or the definition of a custom currency.",
  json: z.union([isoCode, customCurrency], {
    error: (issue) =>
      issue.input === undefined
        ? 'a currency is required: an ISO 4217 code such as "CNY", or a custom currency { code, minorUnits, name }'
        : 'expected an ISO 4217 currency code in capitals such as "CNY", or a custom currency { code, minorUnits, name }',
  }),
  is: isCurrency,
  decode: (json, ctx) =>
    typeof json === "string" ? ctx.run([], () => resolveCurrency(json)) : ctx.run([], () => defineCurrency(json)),
  encode: (value) => {
    const c = resolveCurrency(value);
    return c.custom ? { code: c.code, minorUnits: c.minorUnits, name: c.name } : c.code;
  },
});

function isMoney(value: unknown): value is Money {
  return isRecord(value) && isCurrency(value["currency"]) && isDecimal(value["amount"]);
}

/**
 * An amount of {@link Money}: `{ "amount": "193480000000", "currency": "CNY" }`.
 * The amount is a decimal string, exact at any scale; it is read with
 * `money.of`, so the rules are those of `money.of`.
 *
 * @example
 * {@includeCode ../../test/schemas/examples.test.ts#MoneySchema}
 * @category Schemas
 * @since 0.1.0
 */
export const MoneySchema: Schema<Money, MoneyDocument> = domain<
  Money,
  MoneyDocument,
  { amount: string; currency: Currency }
>({
  title: "Money",
  description: "An amount of money: the amount as a decimal string and the currency.",
  json: z.strictObject({ amount: decimalText, currency: CurrencySchema }),
  is: isMoney,
  decode: (json, ctx) => ctx.run(["amount"], () => of(json.amount, json.currency)),
  encode: (m) => ({ amount: decimalToJSON(m.amount), currency: m.currency }),
});
