/**
 * Schemas of the values that other schemas are made of: decimals, calendar
 * days, reporting periods.
 *
 * @module
 */
import * as z from "zod";
import type { Decimal } from "../decimal.js";
import { D, toDecimal } from "../decimal.js";
import { format as formatPeriod, isDate, isPeriod, parse as parsePeriod, parseDate } from "../period/index.js";
import type { IsoDate, Period } from "../period/types.js";
import type { Schema } from "./core.js";
import { domain } from "./domain.js";

/** A decimal number written as a JSON string: what `toDecimal` reads, without surrounding spaces. */
const DECIMAL_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The JSON shape of a decimal: a string such as `"193.48"`, `"-0.5"`,
 * `"1e9"`. The constructor that receives it does the validation; the pattern
 * tells JSON Schema users the form. @internal
 */
export const decimalText = z
  .string()
  .regex(DECIMAL_TEXT, { message: 'expected a decimal number written as a string, e.g. "193.48"' })
  .describe('A decimal number written as a string (never a JSON number, which would be inexact), e.g. "193.48".');

/**
 * The canonical JSON string of a decimal: plain notation, the sign of zero kept ("-0"). A decimal
 * of another constructor (the caller's `Decimal`, perhaps configured with `toExpPos`) is copied
 * into the library's first, every digit kept, so that the notation never depends on its settings.
 * @internal
 */
export function decimalToJSON(value: Decimal): string {
  return (value.constructor === D ? value : new D(value)).valueOf();
}

/** True for a decimal.js value of any constructor. @internal */
export function isDecimal(value: unknown): value is Decimal {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { constructor?: { isDecimal?: (v: unknown) => boolean } }).constructor?.isDecimal?.(value) === true
  );
}

/**
 * A decimal number, written in JSON as a string (`"193.48"`) so that no digit
 * is lost to binary floating point. Reads plain and exponent notation
 * (`"1.5e9"`); writes plain notation (`"1500000000"`), keeping the sign of a
 * negative zero.
 *
 * @example
 * {@includeCode ../../test/schemas/examples.test.ts#DecimalSchema}
 * @category Schemas
 * @since 0.1.0
 */
export const DecimalSchema: Schema<Decimal, string> = domain<Decimal, string, string>({
  title: "Decimal",
  description: 'A decimal number written as a string, e.g. "193.48".',
  json: decimalText,
  is: isDecimal,
  decode: (text, ctx) => ctx.run([], () => toDecimal(text, "decimal")),
  encode: decimalToJSON,
});

/** An ISO 8601 calendar date `YYYY-MM-DD`. */
const ISO_DATE_TEXT = /^\d{4}-\d{2}-\d{2}$/;

/** The JSON shape of a calendar day. @internal */
export const isoDateText = z
  .string()
  .regex(ISO_DATE_TEXT, { message: 'expected an ISO 8601 date "YYYY-MM-DD"' })
  .describe('An ISO 8601 calendar date "YYYY-MM-DD", e.g. "2021-11-27".');

/**
 * A calendar day, an ISO 8601 date string `"YYYY-MM-DD"` in JSON and in
 * TypeScript ({@link IsoDate}): parsing checks that the day exists
 * (`"2021-02-29"` is refused with the code `INVALID_PERIOD`).
 *
 * @example
 * {@includeCode ../../test/schemas/examples.test.ts#IsoDateSchema}
 * @category Schemas
 * @since 0.1.0
 */
export const IsoDateSchema: Schema<IsoDate, string> = domain<IsoDate, string, string>({
  title: "IsoDate",
  description: 'An ISO 8601 calendar date "YYYY-MM-DD", e.g. "2021-11-27".',
  json: isoDateText,
  is: isDate,
  decode: (text, ctx) => ctx.run([], () => parseDate(text)),
  encode: (date) => date,
});

const SINGLE_PERIOD = String.raw`\d{4}(?:-(?:A1|[SH][12]|Q[1-4]|M?\d{2}|W\d{2}|\d{2}-\d{2}|D\d{3}))?`;
const PERIOD_TEXT = new RegExp(`^${SINGLE_PERIOD}(?:/${SINGLE_PERIOD})?$`);

/** The JSON shape of a reporting period. @internal */
export const periodText = z
  .string()
  .regex(PERIOD_TEXT, {
    message:
      'expected a period string such as "2021", "2024-S1", "2021-Q3", "2021-09", "2021-W47", "2021-11-27" or "2021-Q1/2021-Q3"',
  })
  .describe(
    'A reporting period written SDMX-style: "2021", "2024-S1", "2021-Q3", "2021-09", "2021-W47", "2021-11-27", or a range "2021-Q1/2021-Q3".',
  );

/**
 * A reporting period ({@link Period}), written in JSON as its SDMX-style
 * string (`"2024-S1"`, `"2021-Q1/2021-Q3"`): read with `period.parse`
 * (which also reads `"2024-H1"`, `"2021-M09"`, `"2021-A1"`), written with
 * `period.format` (the canonical form).
 *
 * @example
 * {@includeCode ../../test/schemas/examples.test.ts#PeriodSchema}
 * @category Schemas
 * @since 0.1.0
 */
export const PeriodSchema: Schema<Period, string> = domain<Period, string, string>({
  title: "Period",
  description: 'A reporting period written SDMX-style, e.g. "2024-S1" or "2021-Q1/2021-Q3".',
  json: periodText,
  is: isPeriod,
  decode: (text, ctx) => ctx.run([], () => parsePeriod(text)),
  encode: (p) => formatPeriod(p),
});
