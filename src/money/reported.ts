/**
 * Reading an amount of money from article text together with its written precision: the exact
 * amount `money.parse` reads, and the figure whose bounds its last written digit implies.
 *
 * @module
 */
import { readOptions } from "../errors.js";
import { fromWritten } from "../figure/create.js";
import { parseAs, writtenOf } from "./parse.js";
import type { MoneyParseReportedOptions, ReportedMoney } from "./types.js";

/**
 * Reads an amount as an article writes it, keeping what was written: `money` is the exact amount
 * (as {@link parse} reads it), `figure` the same number with the bounds of its last written digit
 * and scale word. `"193,48 miliardi di yuan"` in `"it-IT"` is 193480000000 CNY, and the figure
 * 193.48e9 within [193.475e9, 193.485e9), which `money.parse` alone loses. Everything `money.parse`
 * reads is read (symbols, codes, names, press words, scale words, locales, strict mode), and refused
 * as it refuses, with the same codes (their details and messages name `money.parseReported`).
 *
 * @param text - the amount as written (`"193,48 miliardi di yuan"`, `"1934.8亿元"`, `"$30.26 billion"`)
 * @param options - the options of `money.parse` (`locale`, `currency`, `decimalSeparator`,
 *   `groupSeparator`, `strict`) and the publisher's `rounding` (default `"halfUp"`, as in `figure.reported`)
 * @returns a frozen `{ money, figure }`: the figure's value is the money's amount
 * @throws {@link accordo!AccordoError} as `money.parse`: `TEXT_TOO_LONG`, `INVALID_TEXT` (ambiguous
 *   text in strict mode among others), `INVALID_INPUT` (an invalid locale or separator), `INVALID_TYPE`,
 *   `OUT_OF_RANGE`, `CURRENCY_MISMATCH`, `UNKNOWN_CURRENCY`; `UNKNOWN_OPTION` for an unknown option; `INVALID_INPUT` for an unknown rounding (`INVALID_TYPE` when it is not a string);
 *   `OUT_OF_RANGE` when half a unit of the last written digit is below the library's range. Every refusal
 *   names `money.parseReported`
 * @example
 * {@includeCode ../../test/money/reported.test.ts#parseReported}
 * {@includeCode ../../test/money/reported.test.ts#writeYi}
 * @category Parsing
 * @since 0.1.0
 */
export function parseReported(text: string, options?: MoneyParseReportedOptions): ReportedMoney {
  const opts = readOptions("money.parseReported", "options", options, [
    "locale",
    "currency",
    "decimalSeparator",
    "groupSeparator",
    "strict",
    "rounding",
  ]);
  const { rounding, ...rest } = opts;
  const money = parseAs(text, rest, "money.parseReported");
  // The reading just made is the last one; the exact amount is the fallback of a reading without it.
  const written = writtenOf(money) ?? { digits: money.amount.toFixed(), exponent: 0 };
  const figure = fromWritten(written.digits, written.exponent, rounding, "money.parseReported");
  return Object.freeze({ money, figure });
}
