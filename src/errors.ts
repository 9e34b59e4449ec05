/**
 * Errors raised by accordo: one class, {@link AccordoError}, with a stable
 * machine-readable {@link AccordoErrorCode}, and a guard that works across the
 * ESM and CJS copies of the library.
 *
 * @module
 */

/**
 * The stable codes an {@link AccordoError} can carry. Callers branch on these;
 * they never change meaning between minor versions.
 *
 * - `INVALID_INPUT`: an argument has the wrong type, shape or value.
 * - `UNKNOWN_CURRENCY`: a currency code is not in the registry and no custom currency was given.
 * - `CURRENCY_MISMATCH`: an operation mixes amounts in different currencies.
 * - `RATE_NOT_FOUND`: no exchange rate answers a lookup.
 * - `INVALID_PERIOD`: a reporting period string or value is not valid.
 * - `DIVISION_BY_ZERO`: a divisor is zero, or its bounds contain zero.
 * - `UNDEFINED_RESULT`: a result is mathematically undefined (growth from a zero base).
 * - `INVALID_SCHEMA`: JSON does not match a schema; `details.issues` lists every problem with its path.
 *
 * @category Errors
 */
export type AccordoErrorCode =
  | "INVALID_INPUT"
  | "UNKNOWN_CURRENCY"
  | "CURRENCY_MISMATCH"
  | "RATE_NOT_FOUND"
  | "INVALID_PERIOD"
  | "DIVISION_BY_ZERO"
  | "UNDEFINED_RESULT"
  | "INVALID_SCHEMA";

/**
 * Every code an {@link AccordoError} can carry, in a frozen array (for exhaustive checks and tests).
 *
 * @category Errors
 */
export const ERROR_CODES: readonly AccordoErrorCode[] = Object.freeze([
  "INVALID_INPUT",
  "UNKNOWN_CURRENCY",
  "CURRENCY_MISMATCH",
  "RATE_NOT_FOUND",
  "INVALID_PERIOD",
  "DIVISION_BY_ZERO",
  "UNDEFINED_RESULT",
  "INVALID_SCHEMA",
] as const);

const BRAND: unique symbol = Symbol.for("accordo.error") as never;

/**
 * The one error type accordo throws. Its `code` is stable; its `message` says
 * what was wrong and where; `details` carries structured context (the
 * offending value, the path, the schema issues).
 *
 * Use {@link isAccordoError} rather than `instanceof`: an application that
 * loads both the ESM and the CJS copy of accordo has two classes.
 *
 * @example
 * {@includeCode ../test/errors.test.ts#isAccordoError}
 *
 * @category Errors
 */
export class AccordoError extends Error {
  /** The stable code that says what kind of problem this is. */
  readonly code: AccordoErrorCode;
  /** Structured context: the offending value, where it was found, schema issues. */
  readonly details: Readonly<Record<string, unknown>> | undefined;
  /** @internal */
  readonly [BRAND]: true = true;

  /**
   * @param code - the stable error code
   * @param message - what was wrong and where
   * @param details - optional structured context
   */
  constructor(code: AccordoErrorCode, message: string, details?: Readonly<Record<string, unknown>>) {
    super(message);
    this.name = "AccordoError";
    this.code = code;
    this.details = details === undefined ? undefined : Object.freeze({ ...details });
  }
}

/**
 * Tells whether a value is an {@link AccordoError}, optionally with a given code.
 * Works across the ESM and CJS copies of the library (it checks a global
 * symbol brand, not the prototype chain).
 *
 * @param error - any caught value
 * @param code - when given, the error must also carry this code
 * @returns true when `error` is an AccordoError (with `code`, when given)
 *
 * @example
 * {@includeCode ../test/errors.test.ts#isAccordoError}
 *
 * @category Errors
 */
export function isAccordoError(error: unknown, code?: AccordoErrorCode): error is AccordoError {
  if (typeof error !== "object" || error === null) return false;
  if ((error as { [BRAND]?: unknown })[BRAND] !== true) return false;
  return code === undefined || (error as AccordoError).code === code;
}

/**
 * Describes a value briefly for an error message: strings quoted, long values cut.
 * @internal
 */
export function describe(value: unknown): string {
  let text: string;
  if (typeof value === "string") text = JSON.stringify(value);
  else if (typeof value === "bigint") text = `${value}n`;
  else if (typeof value === "number" || typeof value === "boolean" || value === undefined || value === null) text = String(value);
  else if (typeof value === "symbol") text = value.toString();
  else if (typeof value === "function") text = "a function";
  else if (Array.isArray(value)) text = `an array of ${value.length}`;
  else if (typeof (value as { toString?: unknown }).toString === "function" && (value as object).constructor?.name === "Decimal") text = String(value);
  else text = "an object";
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * Throws an {@link AccordoError}. A helper so that call sites stay one line.
 * @internal
 */
export function fail(code: AccordoErrorCode, message: string, details?: Readonly<Record<string, unknown>>): never {
  throw new AccordoError(code, message, details);
}
