/**
 * Public types of the `money` namespace.
 *
 * @module
 */
import type { Decimal, DecimalInput, RoundingMode } from "../decimal.js";
import type { Figure, ReportedRounding } from "../figure/types.js";

/**
 * A currency: an ISO 4217 entry from the registry, or a custom currency the
 * caller defines (offshore yuan `CNH`, a token). Currencies are compared by
 * `code`.
 *
 * @category Currencies
 */
export interface Currency {
  /** Alphabetic code, e.g. `"CNY"`; for custom currencies any 3 to 12 letters, digits or underscores. */
  readonly code: string;
  /** ISO 4217 numeric code as three digits (`"156"`), or `null` for custom currencies. */
  readonly numeric: string | null;
  /** Digits after the decimal point of the minor unit: 2 for CNY, 0 for JPY, 3 for IQD. */
  readonly minorUnits: number;
  /** English name, e.g. `"Yuan Renminbi"`. */
  readonly name: string;
  /** True for a code withdrawn from ISO 4217 (e.g. `HRK`, replaced by EUR in 2023). */
  readonly historic: boolean;
  /** True for a currency the caller defined rather than one from the ISO 4217 registry. */
  readonly custom: boolean;
}

/**
 * An exact amount of money in one currency. Immutable: every function returns a new frozen value.
 *
 * In plain JavaScript (values the library made): `JSON.stringify` writes `{ amount, currency }`
 * (MoneySchema's JSON, what `money.fromJSON` reads); `String()` gives `"193480000000 CNY"`. Node's
 * `util.inspect` shows the same text, named by the type.
 *
 * @example
 * {@includeCode ../../test/money/examples.test.ts#interop}
 * @category Money
 */
export interface Money {
  /** The exact amount, a decimal of any scale (not rounded to minor units unless you round it). */
  readonly amount: Decimal;
  /** The currency of the amount. */
  readonly currency: Currency;
}

/**
 * The JSON form of {@link Money}: the amount as a decimal string, never a float.
 *
 * @category Money
 */
export interface MoneyJSON {
  /** The amount as a plain decimal string, e.g. `"193480000000"`. */
  readonly amount: string;
  /** The currency code, e.g. `"CNY"`. */
  readonly currency: string;
}

/**
 * Options of `money.round`: a `scale` or a `step` (not both), and a rounding `mode`.
 *
 * @category Rounding
 */
export interface MoneyRoundOptions {
  /** Digits after the point (negative: tens, hundreds...). Default: the currency's minor units. */
  readonly scale?: number;
  /** Round to a multiple of this positive step instead, e.g. `"0.05"` for Swiss franc cash. */
  readonly step?: DecimalInput;
  /** The rounding mode; default `"halfEven"` (banker's rounding). */
  readonly mode?: RoundingMode;
}

/**
 * How `money.allocate` hands out the units left over after every part got the
 * whole units of its exact share:
 *
 * - `"largestRemainder"`: Hamilton's method, to the largest fractional remainders (the default);
 * - `"first"` / `"last"`: to the parts with a remainder, from the first (or the last) one on;
 * - `"dHondt"` / `"sainteLague"`: the highest-averages methods (divisors 1, 2, 3... or 1, 3, 5...).
 *
 * Ties go to the earlier part.
 *
 * @category Allocation
 */
export type AllocationMethod = "largestRemainder" | "dHondt" | "sainteLague" | "first" | "last";

/**
 * Options of `money.allocate`.
 *
 * @category Allocation
 */
export interface AllocateOptions {
  /** The method for the leftover units; default `"largestRemainder"`. */
  readonly method?: AllocationMethod;
  /** The indivisible unit, e.g. `"0.05"`; default one minor unit of the currency. */
  readonly step?: DecimalInput;
}

/**
 * Options of `money.format`.
 *
 * @category Formatting
 */
export interface MoneyFormatOptions {
  /** A BCP 47 locale such as `"it-IT"` or `"zh-CN"`; default `"en-US"` (never the machine's). */
  readonly locale?: string;
  /** How the currency is shown: `"symbol"` ($, €), `"narrowSymbol"`, `"code"` (USD) or `"name"` (US dollars). Default `"symbol"`, `"name"` in long notation. */
  readonly currencyDisplay?: "symbol" | "narrowSymbol" | "code" | "name";
  /** `"standard"` (default), `"compact"` ("$30B", "1934.8亿") or `"long"` (scale words: "30.26 billion US dollars"). */
  readonly notation?: "standard" | "compact" | "long";
  /** Exactly this many fraction digits (0 to 20). Default: the currency's minor units in standard notation; Intl's compact rounding otherwise. */
  readonly fractionDigits?: number;
  /** The rounding mode for the digits shown; default `"halfEven"`. */
  readonly mode?: RoundingMode;
  /** Text that replaces the currency symbol, code or name, e.g. `"yuan"` or `"元"`. */
  readonly currencyLabel?: string;
  /**
   * How to group thousands: `true` (default) as the locale does (in compact and long notation, as
   * `Intl`, from five integer digits on: `"1234.5亿元"`, `"$123,457T"`), `"always"` in every number of
   * four integer digits or more (`"1,234.5亿元"`, `"$1,234T"`), `false` never.
   */
  readonly useGrouping?: boolean | "always";
}

/**
 * Options of `money.parse`.
 *
 * @category Parsing
 */
export interface MoneyParseOptions {
  /** A BCP 47 locale whose separators, symbols and currency names the text uses, e.g. `"de-DE"`. */
  readonly locale?: string;
  /** The currency: the default when the text names none, and a check when it does. */
  readonly currency?: string | Currency;
  /** The decimal separator ("." "," "'" or a space), overriding the locale's and inference. */
  readonly decimalSeparator?: string;
  /** The group (thousands) separator, overriding the locale's and inference. */
  readonly groupSeparator?: string;
  /** Refuse ambiguous text (such as "1,234" with no locale) instead of guessing; default false. */
  readonly strict?: boolean;
}

/**
 * Options of `money.parseReported`: those of `money.parse` and how the publisher rounded.
 *
 * @example
 * {@includeCode ../../test/money/reported.test.ts#parseReported}
 * @category Parsing
 * @since 0.1.0
 */
export interface MoneyParseReportedOptions extends MoneyParseOptions {
  /** How the publisher rounded the written digits; default `"halfUp"`, as in `figure.reported`. */
  readonly rounding?: ReportedRounding;
}

/**
 * What `money.parseReported` returns: the exact amount, and the same number as a figure with the
 * bounds of its written digits (`"193,48 miliardi di yuan"`: 193480000000 CNY, and 193.48e9 within
 * [193.475e9, 193.485e9)).
 *
 * @example
 * {@includeCode ../../test/money/reported.test.ts#parseReported}
 * @category Parsing
 * @since 0.1.0
 */
export interface ReportedMoney {
  /** The exact amount, as `money.parse` reads it. */
  readonly money: Money;
  /** The amount as a figure: value the exact amount, bounds those of its last written digit. */
  readonly figure: Figure;
}
