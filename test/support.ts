// Helpers shared by the tests.
import { readFileSync } from "node:fs";
import { isAccordoError } from "../src/errors.js";
import type { Figure } from "../src/figure/types.js";
import { isValuePrototype } from "../src/value.js";

/** "[lo, hi)" etc., with every digit. */
export function interval(f: Figure): string {
  return `${f.loInclusive ? "[" : "("}${f.lo.toString()}, ${f.hi.toString()}${f.hiInclusive ? "]" : ")"}`;
}

/** The code of the AccordoError `fn` throws, a marker for any other exception, undefined when it returns. */
export function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isAccordoError(e) ? e.code : `not an AccordoError: ${String(e)}`;
  }
  return undefined;
}

/** The code, message and details of the AccordoError `fn` throws; a marker for any other exception, "no error" when it returns. */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return isAccordoError(e)
      ? { code: e.code, message: e.message, details: e.details }
      : `not an AccordoError: ${String(e)}`;
  }
  return "no error";
}

/** [code, message, details] of the AccordoError `fn` throws (details null when absent); undefined when it returns. Any other exception is rethrown. */
export function refusal(fn: () => unknown): [string, string, unknown] | undefined {
  try {
    fn();
  } catch (e) {
    if (!isAccordoError(e)) throw e;
    return [e.code, e.message, e.details ?? null];
  }
  return undefined;
}

/** One corrupted copy of a value: the path that was changed, and the copy. */
export interface Corruption {
  /** Where the value was changed, e.g. `parties[0].roles`; `(root)` for the value itself. */
  readonly path: string;
  /** A short name of what was put there, e.g. `null`, `NaN`, `(removed)`. */
  readonly bad: string;
  /** The copy (the original is never touched). */
  readonly value: unknown;
}

/** Wrong values put in place of a property or element by {@link corruptions}. */
const BAD: readonly (readonly [string, () => unknown])[] = [
  ["undefined", () => undefined],
  ["null", () => null],
  ["0", () => 0],
  ["NaN", () => Number.NaN],
  ["Infinity", () => Number.POSITIVE_INFINITY],
  ['"x"', () => "x"],
  ['""', () => ""],
  ["true", () => true],
  ["{}", () => ({})],
  ["[]", () => []],
  ["[null]", () => [null]],
  ["Symbol", () => Symbol("bad")],
  ["function", () => () => 1],
];

function isPlainContainer(v: unknown): v is Record<string, unknown> | unknown[] {
  if (Array.isArray(v)) return true;
  if (typeof v !== "object" || v === null) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  // a value the library made inherits its toJSON and toString from a shared prototype: walked too
  return proto === Object.prototype || proto === null || isValuePrototype(proto);
}

/**
 * Freezes `value` and every plain object and array in it, in place, as the library freezes the
 * values it makes (decimals and other class instances are left as they are); returns it.
 */
export function freezePlain<T>(value: T): T {
  if (isPlainContainer(value)) {
    for (const item of Object.values(value)) freezePlain(item);
    Object.freeze(value);
  }
  return value;
}

function replaceAt(
  value: unknown,
  keys: readonly (string | number)[],
  replacement: { readonly remove: boolean; readonly with?: unknown },
): unknown {
  if (keys.length === 0) return replacement.with;
  const [head, ...rest] = keys as [string | number, ...(string | number)[]];
  if (Array.isArray(value)) {
    const copy: unknown[] = [...value];
    if (rest.length === 0 && replacement.remove) copy.splice(head as number, 1);
    else copy[head as number] = replaceAt(value[head as number], rest, replacement);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  if (rest.length === 0 && replacement.remove) delete copy[head];
  else copy[head] = replaceAt((value as Record<string, unknown>)[head], rest, replacement);
  return copy;
}

/**
 * Every copy of `value` with one property or array element replaced by a wrong value (each of
 * {@link BAD}) or removed, down to `maxDepth`, in a fixed order. Plain objects and arrays are
 * walked; anything else (a Decimal, a Date) is only replaced. The original is not touched.
 * Use it to check that a function given a hand-built, broken domain value throws an
 * AccordoError (never a TypeError, never NaN).
 */
export function* corruptions(value: unknown, maxDepth = 6): Generator<Corruption> {
  function* walk(node: unknown, keys: readonly (string | number)[], path: string): Generator<Corruption> {
    for (const [bad, make] of BAD)
      yield { path: path || "(root)", bad, value: replaceAt(value, keys, { remove: false, with: make() }) };
    if (keys.length > 0) yield { path, bad: "(removed)", value: replaceAt(value, keys, { remove: true }) };
    if (keys.length >= maxDepth || !isPlainContainer(node)) return;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) yield* walk(node[i], [...keys, i], `${path}[${i}]`);
    } else {
      for (const key of Object.keys(node)) yield* walk(node[key], [...keys, key], path ? `${path}.${key}` : key);
    }
  }
  yield* walk(value, [], "");
}

/**
 * Calls `fn` on every corruption of `value` and returns the ones for which it threw something
 * other than an AccordoError, or returned a number or Decimal that is not finite, as
 * `path = bad: what happened` lines (empty when every call behaved).
 */
export function misbehaviours(value: unknown, fn: (broken: unknown) => unknown, maxDepth = 6): string[] {
  const found: string[] = [];
  for (const c of corruptions(value, maxDepth)) {
    let result: unknown;
    try {
      result = fn(c.value);
    } catch (e) {
      if (!isAccordoError(e))
        found.push(`${c.path} = ${c.bad}: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
      continue;
    }
    if (typeof result === "number" && !Number.isFinite(result))
      found.push(`${c.path} = ${c.bad}: returned ${String(result)}`);
    if (
      typeof result === "object" &&
      result !== null &&
      "isFinite" in result &&
      typeof (result as { isFinite: unknown }).isFinite === "function" &&
      !(result as { isFinite(): boolean }).isFinite()
    ) {
      found.push(`${c.path} = ${c.bad}: returned a non-finite decimal`);
    }
  }
  return found;
}

/** The text of a fixture file in test/fixtures/, as it is on disk (a byte order mark kept). */
export function fixture(path: string): string {
  return readFileSync(new URL(`./fixtures/${path}`, import.meta.url), "utf8");
}

/** The UTF-8 bytes of a text in chunks of `size` bytes (splitting characters), as a stream delivers them. */
export async function* byteChunks(text: string, size: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) {
    await Promise.resolve();
    yield bytes.subarray(i, i + size);
  }
}

/** The code and details of the AccordoError a promise rejects with; "no error" when it resolves. */
export async function rejected(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (e) {
    return isAccordoError(e)
      ? { code: e.code, message: e.message, details: e.details }
      : `not an AccordoError: ${String(e)}`;
  }
  return "no error";
}
