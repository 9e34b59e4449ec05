/**
 * The codes of {@link AccordoError}: the list, and what each means and what a caller does about
 * it (the source of the generated page docs/error-codes.md).
 *
 * @module
 */
/**
 * The stable codes an {@link AccordoError} can carry. Callers branch on these;
 * they never change meaning between minor versions. The reference page
 * "Error codes" says what each means and what to do about it.
 *
 * - `INVALID_TYPE`: an argument has the wrong type (`null`, a number where text is wanted, ...).
 * - `INVALID_INPUT`: an argument has the right type but a value the function does not accept.
 * - `INVALID_NUMBER`: a number or decimal string cannot be read (`NaN`, `Infinity`, `"1,2"`, `""`).
 * - `OUT_OF_RANGE`: a number lies outside what the function accepts (magnitude, sign, scale).
 * - `UNKNOWN_OPTION`: an options or input object has a key the function does not know.
 * - `UNKNOWN_CURRENCY`: a currency code is not in the registry and no custom currency was given.
 * - `CURRENCY_MISMATCH`: an operation mixes amounts in different currencies.
 * - `INVALID_PERIOD`: a date or reporting period is not valid.
 * - `INVALID_VALUE`: a domain value (Money, Figure, rate, agreement, ...) that accordo did not make is broken.
 * - `INVALID_TEXT`: text (an amount, a figure, a period, a rate file) cannot be read; `details` names
 *   the locale used, and for files the line and column.
 * - `TEXT_TOO_LONG`: text is longer than the documented input limit.
 * - `RATE_NOT_FOUND`: no exchange rate answers a lookup.
 * - `DIVISION_BY_ZERO`: a divisor is zero, or its bounds contain zero.
 * - `UNDEFINED_RESULT`: a result is mathematically undefined (growth from a zero base).
 * - `INVALID_SCHEMA`: JSON does not match a schema; `details.issues` lists every problem with its path.
 *
 * @category Errors
 */
export type AccordoErrorCode =
  | "INVALID_TYPE"
  | "INVALID_INPUT"
  | "INVALID_NUMBER"
  | "OUT_OF_RANGE"
  | "UNKNOWN_OPTION"
  | "UNKNOWN_CURRENCY"
  | "CURRENCY_MISMATCH"
  | "INVALID_PERIOD"
  | "INVALID_VALUE"
  | "INVALID_TEXT"
  | "TEXT_TOO_LONG"
  | "RATE_NOT_FOUND"
  | "DIVISION_BY_ZERO"
  | "UNDEFINED_RESULT"
  | "INVALID_SCHEMA";

/**
 * Every code an {@link AccordoError} can carry, in a frozen array (for exhaustive checks and tests).
 *
 * @category Errors
 */
export const ERROR_CODES: readonly AccordoErrorCode[] = /* @__PURE__ */ Object.freeze([
  "INVALID_TYPE",
  "INVALID_INPUT",
  "INVALID_NUMBER",
  "OUT_OF_RANGE",
  "UNKNOWN_OPTION",
  "UNKNOWN_CURRENCY",
  "CURRENCY_MISMATCH",
  "INVALID_PERIOD",
  "INVALID_VALUE",
  "INVALID_TEXT",
  "TEXT_TOO_LONG",
  "RATE_NOT_FOUND",
  "DIVISION_BY_ZERO",
  "UNDEFINED_RESULT",
  "INVALID_SCHEMA",
] as const);

/**
 * What each code means and what a caller does about it: the source of the generated page
 * docs/error-codes.md (`node scripts/generate-error-codes.mjs`).
 * @internal
 */
export const ERROR_CODE_GUIDE: Readonly<
  Record<AccordoErrorCode, { readonly meaning: string; readonly action: string }>
> = /* @__PURE__ */ Object.freeze({
  INVALID_TYPE: {
    meaning:
      "An argument has the wrong type: `null`, a number where text is wanted, an array where an object is wanted.",
    action:
      "Pass the type the function's signature names; `details.path` says which argument, `details.expected` what it takes.",
  },
  INVALID_INPUT: {
    meaning:
      "An argument has the right type but a value the function does not accept (an unknown rounding mode, two options that exclude each other, an empty list).",
    action:
      "Read `details.expected` and change the value; this code is the fallback when none of the more specific codes applies.",
  },
  INVALID_NUMBER: {
    meaning: 'A number or decimal string cannot be read: `NaN`, `Infinity`, `"1,2"`, `""`.',
    action:
      'Pass a finite JS number, a bigint, a Decimal, or a plain decimal string such as `"193.48"` or `"-1e3"` (strings are the lossless choice).',
  },
  OUT_OF_RANGE: {
    meaning:
      "A number lies outside what the function accepts: a negative where a positive is needed, a scale past its limit, a magnitude beyond the range of decimals.",
    action: "Check the bounds in `details.expected`; for a scale or a count, use an integer within them.",
  },
  UNKNOWN_OPTION: {
    meaning:
      "An options or input object has a key the function does not know (often a typo: `date` for `on`, `local` for `locale`). Unknown keys are never ignored silently.",
    action: "Use one of `details.accepted`; `details.suggestion` is the nearest accepted key, when one is near.",
  },
  UNKNOWN_CURRENCY: {
    meaning: "A currency code is not in the ISO 4217 registry, and no custom currency with that code was given.",
    action:
      "Use the ISO code (`details.suggestion` names it for a known alias such as `RMB` → `CNY`), or define the currency with `money.defineCurrency`.",
  },
  CURRENCY_MISMATCH: {
    meaning: "An operation mixes amounts in different currencies, or a rate does not match the amount's currency.",
    action: "Convert first with `fx.convert`, or pick the rate whose base is the amount's currency.",
  },
  INVALID_PERIOD: {
    meaning:
      "A date or reporting period is not valid: `2024-02-30`, `2024-Q5`, a period that ends before it starts, a JS `Date`.",
    action:
      "Pass an ISO 8601 date (`2024-03-31`) or a period in one of the notations `period.parse` reads (`2024`, `2024-Q1`, `2024-H1`, `2024-03`).",
  },
  INVALID_VALUE: {
    meaning:
      "A domain value (a Money, Figure, exchange rate, period, agreement, zone...) that accordo did not make is broken: a field missing, of the wrong type, or inconsistent.",
    action:
      "Make values with accordo's constructors, or read JSON with the `fromJSON` functions and schemas, rather than by hand.",
  },
  INVALID_TEXT: {
    meaning:
      "Text (an amount, a figure, a period, a rate file) cannot be read. `details.locale` names the locale used, and for files `details.line` and `details.column`.",
    action:
      "Check the text against the locale named in `details`; pass `locale` (or separators) when the text is written another way.",
  },
  TEXT_TOO_LONG: {
    meaning: "Text is longer than the documented input limit of the function that reads it.",
    action: "Split the input, or trim it before passing it.",
  },
  RATE_NOT_FOUND: {
    meaning:
      "No exchange rate in the table answers a lookup (no rate for the pair, or none on or before the date asked).",
    action: "Add the rate, ask for another date, or give a pivot currency through which a cross rate can be made.",
  },
  DIVISION_BY_ZERO: {
    meaning: "A divisor is zero, or its bounds contain zero.",
    action: "Test the divisor before dividing; a figure whose bounds straddle zero has no bounded quotient.",
  },
  UNDEFINED_RESULT: {
    meaning: "A result is mathematically undefined, such as growth from a zero base or a share of a zero total.",
    action: "Handle the zero case before calling; the message names it.",
  },
  INVALID_SCHEMA: {
    meaning: "JSON does not match a schema; `details.issues` lists every problem with its path.",
    action: "Fix each issue listed; the JSON written by accordo's `toJSON` functions always matches.",
  },
});
