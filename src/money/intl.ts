/**
 * `Intl.NumberFormat` as `format` and `parse` use it: instances kept in a bounded cache (building
 * one costs about a hundred times more than formatting with it), and exact formatting of amounts
 * of any magnitude. Since Intl.NumberFormat v3 (ES2023, shipped in Node 20 and current browsers)
 * `format` and `formatToParts` read a string as an exact decimal (ToIntlMathematicalValue), so no
 * digit goes through a JS float; but Node 20 writes "∞" from 10^309 on.
 *
 * @module
 */
import type Decimal from "decimal.js";
import { D } from "../decimal.js";

/** How many entries (formatters, layouts) the cache keeps; past it, the oldest entry goes. */
export const CACHE_SIZE = 512;

const entries = new Map<string, unknown>();

/**
 * What `build` makes for `key`, from the cache when it was built before. The key says everything
 * the entry depends on (locale, options); `build` may throw, and a failure is not cached. The
 * cache is bounded: past {@link CACHE_SIZE} entries the oldest is dropped.
 */
export function cached<T>(key: string, build: () => T): T {
  let entry = entries.get(key) as T | undefined;
  if (entry === undefined) {
    entry = build();
    if (entries.size >= CACHE_SIZE) {
      const oldest = entries.keys().next();
      if (oldest.done !== true) entries.delete(oldest.value);
    }
    entries.set(key, entry);
  }
  return entry;
}

/** The number of entries in the cache (for the tests of its bound). @internal */
export function cacheCount(): number {
  return entries.size;
}

type Parts = Intl.NumberFormatPart[];
type ReadsString = (value: string | number) => string;
type PartsOfString = (value: string) => Parts;

/**
 * Below this exponent (value < 10^250) Intl writes every digit of the decimal string itself;
 * from 10^309 on it writes "∞". Between, and past it, the integer digits are written here.
 */
const INTL_MAX_EXPONENT = 250;
/** The integer digits of the stand-in value whose formatting gives the layout (groups, sign, currency). */
const TEMPLATE_DIGITS = 200;

/** A zero is written without a sign (rounding -0.001 to 2 places gives "-0.00" otherwise). */
function plain(value: Decimal): string {
  return value.isZero() ? "0" : value.toFixed();
}

/**
 * `value` as a JS number when that number stands for it exactly in Intl's eyes, else undefined.
 *
 * Intl reads a fresh decimal string about twice as slowly as a number. A decimal of at most 15
 * significant digits is the shortest decimal form of the double nearest to it, which is what
 * Intl formats; and with fewer than 15 digits left of the last digit shown (`value.e + scale <
 * 15`) the double is within a tenth of a unit of that digit, so even an engine that formats the
 * double's exact binary value rounds it back to `value`. The number is built from decimal.js's
 * digits (base 10^7 words): an integer below 2^53 divided by a power of ten, both exact doubles,
 * so the quotient is the double nearest to `value`.
 */
function asNumber(value: Decimal, scale: number): number | undefined {
  const words = value.d;
  const first = words[0];
  if (first === undefined || value.e + scale >= 15 || words.length > 3) return undefined;
  let n = first;
  let length = digitCount(first);
  for (let i = 1; i < words.length; i++) {
    n = n * 1e7 + (words[i] ?? 0);
    length += 7;
  }
  if (length > 15) return undefined;
  const power = value.e - length + 1;
  const x = power >= 0 ? n * 10 ** power : n / 10 ** -power;
  return value.s < 0 ? -x : x;
}

/** The number of decimal digits of a word of decimal.js (an integer from 0 to 10^7 − 1). */
function digitCount(word: number): number {
  if (word < 1e3) return word < 10 ? 1 : word < 100 ? 2 : 3;
  return word < 1e4 ? 4 : word < 1e5 ? 5 : word < 1e6 ? 6 : 7;
}

/**
 * `nf.format` of an exact decimal: every digit of it, whatever its magnitude. `shift` is the power
 * of ten by which `nf` divides the value (the exponent of a compact scale word, 0 otherwise);
 * `scale` the number of fraction digits `nf` shows when `value` has no more (enables a fast path).
 */
export function formatExact(nf: Intl.NumberFormat, value: Decimal, shift = 0, scale?: number): string {
  if (value.e < INTL_MAX_EXPONENT) {
    const n = scale === undefined || value.isZero() ? undefined : asNumber(value, scale);
    return (nf.format as unknown as ReadsString)(n ?? plain(value));
  }
  return partsExact(nf, value, shift)
    .map((p) => p.value)
    .join("");
}

/** `nf.formatToParts` of an exact decimal, every digit of it, as {@link formatExact}. */
export function partsExact(nf: Intl.NumberFormat, value: Decimal, shift = 0): Parts {
  const toParts = (v: string): Parts => (nf.formatToParts as unknown as PartsOfString).call(nf, v);
  if (value.e < INTL_MAX_EXPONENT) return toParts(plain(value));
  // A stand-in with the same sign, fraction and scale but TEMPLATE_DIGITS integer digits "1" gives
  // the layout; its integer digits are then replaced by the value's, grouped as Intl groups them.
  const [integer = "0", fraction = ""] = new D(`${value.abs().toFixed()}e${-shift}`).toFixed().split(".");
  const stand = `${value.isNegative() ? "-" : ""}${"1".repeat(TEMPLATE_DIGITS)}${
    fraction === "" ? "" : `.${fraction}`
  }`;
  const template = toParts(new D(`${stand}e${shift}`).toFixed());
  const first = template.findIndex((p) => p.type === "integer");
  let last = first;
  while (last + 1 < template.length && (template[last + 1]?.type === "integer" || template[last + 1]?.type === "group"))
    last++;
  if (first < 0) return template;
  const run = template.slice(first, last + 1);
  const separator = run.find((p) => p.type === "group")?.value;
  const one = run[0]?.value.codePointAt(0) ?? 0x31;
  const sizes = run.filter((p) => p.type === "integer").map((p) => Array.from(p.value).length);
  const local = group(integer, separator, sizes).map((p) => ({
    type: p.type,
    value: p.value.replace(/\d/g, (d) => localDigit(one, Number(d))),
  }));
  return [...template.slice(0, first), ...local, ...template.slice(last + 1)];
}

/**
 * The digit `d` of the numbering system whose "1" is `one`: Unicode encodes the decimal digits
 * of every script in runs from 0 to 9 (Latin, Arabic-Indic, Devanagari, Bengali...).
 */
function localDigit(one: number, d: number): string {
  return String.fromCodePoint(one - 1 + d);
}

/**
 * `digits` cut into groups of the sizes Intl used (read from the right: the last group first,
 * then the others, the one before the leftmost repeated: 3,3,3... or Indian 3,2,2...).
 */
function group(digits: string, separator: string | undefined, sizes: readonly number[]): Parts {
  if (separator === undefined || sizes.length < 3) return [{ type: "integer", value: digits }];
  const fromRight = [...sizes].reverse().slice(0, -1); // the leftmost group of the stand-in may be short
  const repeat = fromRight[fromRight.length - 1] ?? 3;
  const groups: string[] = [];
  let end = digits.length;
  for (let k = 0; end > 0; k++) {
    const size = fromRight[k] ?? repeat;
    groups.unshift(digits.slice(Math.max(0, end - size), end));
    end -= size;
  }
  const out: Parts = [];
  groups.forEach((g, i) => {
    if (i > 0) out.push({ type: "group", value: separator });
    out.push({ type: "integer", value: g });
  });
  return out;
}
