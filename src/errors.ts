/**
 * Errors raised by accordo: one class, {@link AccordoError}, with a stable
 * machine-readable {@link AccordoErrorCode}, and a guard that works across the
 * ESM and CJS copies of the library.
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
export const ERROR_CODES: readonly AccordoErrorCode[] = Object.freeze([
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
> = Object.freeze({
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

/**
 * The structured context of an {@link AccordoError}: which function refused what, where in its
 * arguments, what it expected and what it received. Codes may add fields of their own
 * (`locale`, `line`, `column`, `key`, `accepted`, `issues`, ...).
 *
 * @category Errors
 */
export interface AccordoErrorDetails {
  /** The public function that refused, e.g. `"money.format"`. */
  readonly function?: string;
  /** Where in the arguments: `"options.locale"`, `"agreement.parties[0].roles"`, `"text"`. */
  readonly path?: string;
  /** What was expected, in words: `"a BCP 47 locale"`. */
  readonly expected?: string;
  /** The value received (as given; not copied). */
  readonly received?: unknown;
  /** Any further context a code defines. */
  readonly [key: string]: unknown;
}

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
  readonly details: AccordoErrorDetails | undefined;
  /** @internal */
  readonly [BRAND] = true as const;

  /**
   * @param code - the stable error code
   * @param message - what was wrong and where
   * @param details - optional structured context
   */
  constructor(code: AccordoErrorCode, message: string, details?: AccordoErrorDetails) {
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

/** A decimal.js value, of any constructor (its class is named Decimal); `toJSON` writes its digits. */
function isDecimalLike(value: object): value is { toJSON(): string; readonly d?: unknown; readonly e?: unknown } {
  const shape = value as { constructor?: { name?: unknown }; toJSON?: unknown };
  return shape.constructor?.name === "Decimal" && typeof shape.toJSON === "function";
}

/**
 * The digits of a decimal for a message, or a phrase when its fields are broken or it is too long
 * to write: a forged decimal (a trailing zero word, a huge exponent) can make decimal.js's own
 * `toJSON` loop or build a string of billions of characters.
 */
function decimalText(value: { toJSON(): string; readonly d?: unknown; readonly e?: unknown }): string {
  const { d, e } = value;
  if (d === null) return value.toJSON(); // NaN or ±Infinity
  if (!Array.isArray(d) || typeof e !== "number" || !Number.isSafeInteger(e) || Math.abs(e) > 1000)
    return "a malformed decimal";
  if (d.length > 0 && (d.length > 200 || (d[d.length - 1] === 0 && d.length > 1))) return "a malformed decimal";
  for (const word of d)
    if (!Number.isInteger(word) || (word as number) < 0 || (word as number) >= 1e7) return "a malformed decimal";
  return value.toJSON();
}

/**
 * Describes a value briefly for an error message: strings quoted, long values cut.
 * @internal
 */
export function describe(value: unknown): string {
  let text: string;
  if (typeof value === "string") text = JSON.stringify(value);
  else if (typeof value === "bigint") text = `${value}n`;
  else if (typeof value === "number" || typeof value === "boolean" || value === undefined || value === null)
    text = String(value);
  else if (typeof value === "symbol") text = value.toString();
  else if (typeof value === "function") text = "a function";
  else if (Array.isArray(value)) text = `an array of ${value.length}`;
  else if (isDecimalLike(value)) text = decimalText(value);
  else text = "an object";
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * Throws an {@link AccordoError}. A helper so that call sites stay one line.
 * @internal
 */
export function fail(code: AccordoErrorCode, message: string, details?: AccordoErrorDetails): never {
  throw new AccordoError(code, message, details);
}

/**
 * What a refusal says: the function, the path of the offending argument, what was expected and
 * what was received, plus an optional hint ("did you mean `on`?") and fields of its own.
 * @internal
 */
export interface Refusal extends AccordoErrorDetails {
  readonly function: string;
  readonly path: string;
  readonly expected: string;
  readonly received?: unknown;
  /** A sentence appended to the message: what to do instead. Not copied into `details`. */
  readonly hint?: string;
}

/**
 * Throws an {@link AccordoError} whose message is built from its details, the one place where
 * refusal sentences are written: `money.format: options.local is not an option (did you mean
 * "locale"?)`, `fx.rate: input.rate must be a finite decimal, got NaN`.
 * @internal
 */
export function refuse(code: AccordoErrorCode, refusal: Refusal): never {
  const { hint, ...details } = refusal;
  const received = "received" in refusal ? `, got ${describe(refusal.received)}` : "";
  const message = `${refusal.function === "" ? "" : `${refusal.function}: `}${refusal.path} must be ${refusal.expected}${received}${hint === undefined ? "" : `. ${hint}`}`;
  throw new AccordoError(code, message, details);
}

/** Keys people write for an accepted key that their letters do not bring near it. */
const SYNONYMS: Readonly<Record<string, string>> = Object.freeze(
  Object.assign(Object.create(null) as Record<string, string>, {
    date: "on",
    day: "on",
    at: "on",
    asof: "on",
    when: "on",
    ondate: "on",
    lang: "locale",
    language: "locale",
  }),
);

/** Levenshtein distance, bounded: enough to suggest a near key. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0;
      row[j] = Math.min(current + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length] ?? 0;
}

/**
 * The accepted word nearest to `word` (case-insensitive, at most a third of its letters off), or
 * undefined when none is near: the "did you mean" of a refusal.
 * @internal
 */
export function nearest(word: string, accepted: readonly string[]): string | undefined {
  if (word.length > 64) return undefined;
  const lower = word.toLowerCase();
  // Words for a date that are not near "on" by their letters ("date" is nearer "rate" than "on").
  const synonym = SYNONYMS[lower];
  if (synonym !== undefined && accepted.includes(synonym)) return synonym;
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const candidate of accepted) {
    const other = candidate.toLowerCase();
    // A key that starts as an accepted one ("currency" for "currencies", "scal" for "scale") is near
    // whatever its ending: a common start of at least 4 letters and of most of the shorter word.
    let common = 0;
    while (common < lower.length && common < other.length && lower[common] === other[common]) common++;
    const whole = common >= 3 && common === Math.min(lower.length, other.length);
    const prefix = whole || (common >= 4 && common >= Math.ceil(0.6 * Math.min(lower.length, other.length)));
    const d = other === lower ? 0 : prefix ? 1 : distance(lower, other);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Refuses an options or input object that has an own key the function does not accept, with
 * `UNKNOWN_OPTION` naming the key, the accepted keys and the nearest one. Accepts `undefined`
 * (no options); refuses a non-object with `INVALID_TYPE`. Reads own keys only: a polluted
 * `Object.prototype` adds nothing.
 * @internal
 */
export function checkKeys(fn: string, path: string, value: unknown, accepted: readonly string[]): void {
  if (value === undefined) return;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    refuse("INVALID_TYPE", { function: fn, path, expected: "an object", received: value });
  }
  for (const key of Object.keys(value)) {
    if (!accepted.includes(key)) {
      const near = nearest(key, accepted);
      refuse("UNKNOWN_OPTION", {
        function: fn,
        path: `${path}.${key}`,
        expected: `one of the keys ${accepted.map((k) => `"${k}"`).join(", ")}`,
        key,
        accepted,
        ...(near === undefined ? {} : { hint: `Did you mean "${near}"?`, suggestion: near }),
      });
    }
  }
}

/**
 * Reads an own property of an options object, never the prototype chain's (a polluted
 * `Object.prototype.locale` changes nothing).
 * @internal
 */
export function own<T extends object, K extends keyof T>(value: T | undefined, key: K): T[K] | undefined {
  return value !== undefined && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

const NO_OPTIONS: Readonly<Record<string, never>> = Object.freeze(Object.create(null) as Record<string, never>);

/**
 * Checks an options or input object with {@link checkKeys} and returns a copy holding its own
 * accepted keys only, on a null prototype: reading a key the caller did not set gives undefined,
 * whatever `Object.prototype` holds.
 * @internal
 */
export function readOptions<T extends object>(
  fn: string,
  path: string,
  value: T | undefined,
  accepted: readonly (keyof T & string)[],
): Partial<T> {
  if (value === undefined) return NO_OPTIONS as Partial<T>;
  checkKeys(fn, path, value, accepted);
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) copy[key] = (value as Record<string, unknown>)[key];
  return copy as Partial<T>;
}
