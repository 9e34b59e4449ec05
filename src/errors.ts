/**
 * Errors raised by accordo: one class, {@link AccordoError}, with a stable
 * machine-readable {@link AccordoErrorCode}, and a guard that works across the
 * ESM and CJS copies of the library.
 *
 * @module
 */

import {
  AGREEMENT_BRAND,
  CAPACITY_BRAND,
  CURRENCY_BRAND,
  FIGURE_BRAND,
  MILESTONE_BRAND,
  MONEY_BRAND,
  RATE_BRAND,
  ZONE_BRAND,
} from "./brand.js";
import type { AccordoErrorCode } from "./error-codes.js";

export type { AccordoErrorCode } from "./error-codes.js";
export { ERROR_CODES, ERROR_CODE_GUIDE } from "./error-codes.js";

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
  declare readonly [BRAND]: true;

  /**
   * @param code - the stable error code
   * @param message - what was wrong and where
   * @param details - optional structured context
   */
  constructor(code: AccordoErrorCode, message: string, details?: AccordoErrorDetails) {
    super(message);
    // Set here, not as a field with an initializer: the build turns a field with a computed key into
    // statements at load that a bundler must keep.
    (this as { [BRAND]: true })[BRAND] = true;
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

/** What {@link decimalText} reads of a decimal. */
type DecimalLike = { toJSON(): string; readonly d?: unknown; readonly e?: unknown };

/** A decimal.js value, of any constructor (its class is named Decimal); `toJSON` writes its digits. */
function isDecimalLike(value: object): value is DecimalLike {
  const shape = value as { constructor?: { name?: unknown }; toJSON?: unknown };
  return shape.constructor?.name === "Decimal" && typeof shape.toJSON === "function";
}

/**
 * The digits of a decimal for a message, or a phrase when its fields are broken or it is too long
 * to write: a forged decimal (a trailing zero word, a huge exponent) can make decimal.js's own
 * `toJSON` loop or build a string of billions of characters.
 */
function decimalText(value: DecimalLike): string {
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
  else text = describeObject(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** accordo's values that a message names by their kind alone. */
const KINDS: readonly (readonly [{ has(value: unknown): boolean }, string])[] = [
  [AGREEMENT_BRAND, "an Agreement"],
  [ZONE_BRAND, "a Zone"],
  [CAPACITY_BRAND, "a CapacityPlan"],
  [MILESTONE_BRAND, "a Milestone"],
  [CURRENCY_BRAND, "a Currency"],
];

/** How many of an object's keys a message names before "and N more". */
const KEYS_NAMED = 4;

/**
 * An object other than an array or a decimal, for a message: accordo's own values by kind
 * (`a Money of 12.5 USD`), a Date with its instant, a Map or Set with its size, an instance by its
 * class, a plain object by its first keys. Reads no property of a plain object; a Proxy or a forged
 * value that throws is "an object".
 */
function describeObject(value: object): string {
  // brands are type guards; read as booleans, they leave `value` an object for the checks below
  const made = (brand: { has(value: unknown): boolean }): boolean => brand.has(value);
  try {
    if (made(MONEY_BRAND)) {
      const { amount, currency } = value as { amount: DecimalLike; currency: { code: string } };
      return `a Money of ${decimalText(amount)} ${currency.code}`;
    }
    if (made(FIGURE_BRAND)) return `a Figure of ${decimalText((value as { value: DecimalLike }).value)}`;
    if (made(RATE_BRAND)) {
      const { base, quote, rate } = value as { base: { code: string }; quote: { code: string }; rate: DecimalLike };
      return `an ExchangeRate of ${base.code}/${quote.code} ${decimalText(rate)}`;
    }
    for (const [brand, name] of KINDS) if (made(brand)) return name;
    if (value instanceof Date) {
      const time = Date.prototype.getTime.call(value);
      return Number.isNaN(time) ? "an invalid Date" : `a Date (${new Date(time).toISOString()})`;
    }
    if (value instanceof Map || value instanceof Set)
      return `a ${value instanceof Map ? "Map" : "Set"} of ${value.size}`;
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== null && proto !== Object.prototype) {
      const name: unknown = (
        Object.getOwnPropertyDescriptor(proto, "constructor")?.value as { name?: unknown } | undefined
      )?.name;
      if (typeof name === "string" && /^[A-Za-z_$][\w$]*$/.test(name) && name !== "Object")
        return `${/^[AEIOU]/.test(name) ? "an" : "a"} ${name}`;
    }
    const keys = Object.keys(value);
    if (keys.length === 0) return "an empty object";
    const named = keys.slice(0, KEYS_NAMED).join(", ");
    const more = keys.length > KEYS_NAMED ? ` and ${keys.length - KEYS_NAMED} more` : "";
    return `an object with ${keys.length === 1 ? "key" : "keys"} ${named}${more}`;
  } catch {
    return "an object";
  }
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
  /** How the message names `received` when {@link describe} cannot say it better. Not copied into `details`. */
  readonly receivedAs?: string;
}

/**
 * Throws an {@link AccordoError} whose message is built from its details, the one place where
 * refusal sentences are written: `money.format: options.local is not an option (did you mean
 * "locale"?)`, `fx.rate: input.rate must be a finite decimal, got NaN`.
 * @internal
 */
export function refuse(code: AccordoErrorCode, refusal: Refusal): never {
  throw refusalError(code, refusal);
}

/**
 * The {@link AccordoError} that {@link refuse} throws, for a function that returns its refusal
 * (`schemas.safeParse`) instead of throwing it.
 * @internal
 */
export function refusalError(code: AccordoErrorCode, refusal: Refusal): AccordoError {
  const { hint, receivedAs, ...details } = refusal;
  const received =
    receivedAs !== undefined
      ? `, got ${receivedAs}`
      : "received" in refusal
        ? `, got ${describe(refusal.received)}`
        : "";
  const message = `${refusal.function === "" ? "" : `${refusal.function}: `}${refusal.path} must be ${refusal.expected}${received}${hint === undefined ? "" : `. ${hint}`}`;
  return new AccordoError(code, message, details);
}

/**
 * Whether `value` is one number-like value (a number, text, a decimal, a Money or a Figure, made
 * by the library or shaped like one) where a function takes an object of named values: the first
 * argument of a positional call such as `growth.cagr(before, now, 3)`.
 * @internal
 */
export function isSingleValue(value: unknown): boolean {
  if (typeof value === "number" || typeof value === "string" || typeof value === "bigint") return true;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  if (MONEY_BRAND.has(value) || FIGURE_BRAND.has(value) || isDecimalLike(value)) return true;
  const has = (key: string): boolean => Object.prototype.hasOwnProperty.call(value, key);
  return (has("amount") && has("currency")) || (has("value") && has("lo") && has("hi"));
}

/**
 * Refuses, with INVALID_TYPE, a call that passes positionally what `fn` takes as one object of
 * named values (`growth.cagr(before, now, 3)` for `growth.cagr({ from: before, to: now, years: 3 })`):
 * `shape` is the object (`"{ from, to, years }"`), `example` a call by name, `count` the number
 * of arguments given.
 * @internal
 */
export function refusePositional(
  fn: string,
  path: string,
  received: unknown,
  count: number,
  shape: string,
  example: string,
): never {
  return refuse("INVALID_TYPE", {
    function: fn,
    path,
    expected: `one object ${shape}`,
    received,
    arguments: count,
    hint: `${fn} takes one object of named values, not values in a row: ${example}.`,
  });
}

/** Keys people write for an accepted key that their letters do not bring near it. */
const SYNONYMS: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(null) as Record<string, string>, {
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
 * `Object.prototype` adds nothing. Returns the own keys it checked (none for `undefined`).
 * @internal
 */
export function checkKeys(fn: string, path: string, value: unknown, accepted: readonly string[]): readonly string[] {
  if (value === undefined) return NO_KEYS;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    refuse("INVALID_TYPE", { function: fn, path, expected: "an object", received: value });
  }
  const keys = Object.keys(value);
  for (const key of keys) if (!accepted.includes(key)) unknownKey(fn, path, key, accepted);
  return keys;
}

const NO_KEYS: readonly string[] = /* @__PURE__ */ Object.freeze([]);

/** Refuses an own key that `fn` does not accept, with the nearest accepted one. */
function unknownKey(fn: string, path: string, key: string, accepted: readonly string[]): never {
  const near = nearest(key, accepted);
  return refuse("UNKNOWN_OPTION", {
    function: fn,
    path: `${path}.${key}`,
    expected: `one of the keys ${accepted.map((k) => `"${k}"`).join(", ")}`,
    key,
    accepted,
    ...(near === undefined ? {} : { hint: `Did you mean "${near}"?`, suggestion: near }),
  });
}

/**
 * Reads an own property of an options object, never the prototype chain's (a polluted
 * `Object.prototype.locale` changes nothing).
 * @internal
 */
export function own<T extends object, K extends keyof T>(value: T | undefined, key: K): T[K] | undefined {
  return value !== undefined && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

/**
 * The prototype of the copies {@link readOptions} makes: empty, frozen, on a null prototype. A copy
 * made on it reads a key the caller did not set as undefined, whatever `Object.prototype` holds,
 * and stays a fast object (one made by `Object.create(null)` is a slow dictionary).
 */
const EMPTY: object = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.create(null) as object);
const NO_OPTIONS: Readonly<Record<string, never>> = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.create(EMPTY) as Record<string, never>,
);

/**
 * Checks an options or input object with {@link checkKeys} and returns a copy holding its own
 * accepted keys only, on a prototype without keys: reading a key the caller did not set gives
 * undefined, whatever `Object.prototype` holds.
 * @internal
 */
export function readOptions<T extends object>(
  fn: string,
  path: string,
  value: T | undefined,
  accepted: readonly (keyof T & string)[],
): Partial<T> {
  if (value === undefined) return NO_OPTIONS as Partial<T>;
  // The own keys are listed once: all checked before any is read (a getter runs only for an accepted set).
  const keys = checkKeys(fn, path, value, accepted);
  const copy = Object.create(EMPTY) as Record<string, unknown>;
  for (const key of keys) copy[key] = (value as Record<string, unknown>)[key];
  return copy as Partial<T>;
}
