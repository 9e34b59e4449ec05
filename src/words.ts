/**
 * Exact addition and multiplication of the library's frozen decimals without decimal.js's copies of
 * their digits.
 *
 * Every decimal the library returns is frozen with its digit array (`d`), so that no caller can
 * change a value another caller shares. decimal.js's `plus`, `minus` and `times` start by copying
 * their operands' digit arrays with `Array.prototype.slice`, and V8 copies a frozen array on a slow
 * path, about twenty times slower than a plain one: on frozen operands the copies cost several times
 * the arithmetic. Reading a frozen array is as fast as reading any other. So the common cases are
 * computed here, word by word, reading the operands in place: a running total (two amounts of a few
 * words each, whose exact sum has at most 29 significant digits, within the 34 the library keeps)
 * and an amount times a rate (an exact product of at most 34 digits). Every other case (a zero,
 * longer operands, a product decimal.js would round, exponents near the range's ends) is left to
 * decimal.js. The results are decimal.js values of the library's constructor, field for field what
 * decimal.js computes.
 *
 * decimal.js stores a finite non-zero value as a sign `s` (1 or -1), the decimal exponent `e` of its
 * most significant digit, and its digits `d` in words of 7 digits (base 1e7), aligned on the decimal
 * point: the first word (never 0) is worth 10^(7k), with k = floor(e / 7), the next 10^(7(k - 1)),
 * and so on; the last word is never 0. `1234.56` is `{ s: 1, e: 3, d: [1234, 5600000] }`.
 *
 * @module
 */
import type { Decimal } from "decimal.js";
import { D } from "./decimal.js";

const BASE = 1e7;
const WORDS = 4;
/** Operands with exponents within ±900 cannot give a sum outside the range (exponents within ±999). */
const LIMIT = 900;

/** The number of decimal digits of a word from 1 to 9999999. */
function digitsOf(word: number): number {
  return word < 1e3 ? (word < 10 ? 1 : word < 100 ? 2 : 3) : word < 1e5 ? (word < 1e4 ? 4 : 5) : word < 1e6 ? 6 : 7;
}

/**
 * `x + y` (or `x - y` when `negate`), exactly, as an unfrozen decimal of the library's constructor
 * equal to what `x.plus(y)` gives, or undefined when the case is not the common one: a zero or
 * non-finite operand, an exponent beyond ±900, more than 4 words between the two operands' highest
 * and lowest places, or a zero sum. The operands are only read. @internal
 */
export function addWords(x: Decimal, y: Decimal, negate: boolean): Decimal | undefined {
  const xd = x.d as number[] | null;
  const yd = y.d as number[] | null;
  if (xd === null || yd === null || xd[0] === 0 || yd[0] === 0) return undefined;
  const xe = x.e;
  const ye = y.e;
  if (xe > LIMIT || xe < -LIMIT || ye > LIMIT || ye < -LIMIT) return undefined;
  const kx = Math.floor(xe / 7);
  const ky = Math.floor(ye / 7);
  const top = kx > ky ? kx : ky;
  const lowX = kx - xd.length + 1;
  const lowY = ky - yd.length + 1;
  const low = lowX < lowY ? lowX : lowY;
  const n = top - low + 1;
  if (n > WORDS) return undefined;
  const ys = negate ? -y.s : y.s;
  const xn = xd.length;
  const yn = yd.length;
  // r[0] takes a carry (place top + 1); r[j] is place top + 1 - j, where x has its word kx - (top + 1 - j).
  const r = [0, 0, 0, 0, 0];
  const ix = kx - top - 1;
  const iy = ky - top - 1;
  let sign = x.s;
  if (x.s === ys) {
    let carry = 0;
    for (let j = n; j >= 1; j--) {
      const i = ix + j;
      const k = iy + j;
      const v = (i >= 0 && i < xn ? (xd[i] as number) : 0) + (k >= 0 && k < yn ? (yd[k] as number) : 0) + carry;
      carry = v >= BASE ? 1 : 0;
      r[j] = carry === 1 ? v - BASE : v;
    }
    r[0] = carry;
  } else {
    // The larger magnitude minus the smaller; its sign is the result's.
    let cmp = 0;
    for (let j = 1; j <= n && cmp === 0; j++) {
      const i = ix + j;
      const k = iy + j;
      const a = i >= 0 && i < xn ? (xd[i] as number) : 0;
      const b = k >= 0 && k < yn ? (yd[k] as number) : 0;
      if (a !== b) cmp = a > b ? 1 : -1;
    }
    if (cmp === 0) return undefined;
    if (cmp < 0) sign = ys;
    let borrow = 0;
    for (let j = n; j >= 1; j--) {
      const i = ix + j;
      const k = iy + j;
      const a = i >= 0 && i < xn ? (xd[i] as number) : 0;
      const b = k >= 0 && k < yn ? (yd[k] as number) : 0;
      const v = (cmp > 0 ? a - b : b - a) - borrow;
      borrow = v < 0 ? 1 : 0;
      r[j] = borrow === 1 ? v + BASE : v;
    }
  }
  let first = 0;
  while (r[first] === 0) first++;
  let last = n;
  while (r[last] === 0) last--;
  const head = r[first] as number;
  return new Words(sign, (top + 1 - first) * 7 + digitsOf(head) - 1, exactly(r, first, last - first + 1));
}

/** The most words of two factors multiplied here: 3 words each (an amount of up to 14 digits and a rate of up to 14). */
const PRODUCT_WORDS = 6;
/** Operands with exponents within ±400 cannot give a product outside the range. */
const PRODUCT_LIMIT = 400;
/** The significant digits the library keeps: a longer product is rounded, by decimal.js. */
const PRECISION = 34;

/**
 * `x × y`, exactly, as an unfrozen decimal of the library's constructor equal to what `x.times(y)`
 * gives, or undefined when the case is not the common one: a zero or non-finite operand, an exponent
 * beyond ±400, more than 6 words between the two operands, or a product of more than 34 significant
 * digits (which decimal.js rounds). An amount times a rate, with the operands only read. @internal
 */
export function timesWords(x: Decimal, y: Decimal): Decimal | undefined {
  const xd = x.d as number[] | null;
  const yd = y.d as number[] | null;
  if (xd === null || yd === null || xd[0] === 0 || yd[0] === 0) return undefined;
  const xe = x.e;
  const ye = y.e;
  if (xe > PRODUCT_LIMIT || xe < -PRODUCT_LIMIT || ye > PRODUCT_LIMIT || ye < -PRODUCT_LIMIT) return undefined;
  const xn = xd.length;
  const yn = yd.length;
  if (xn + yn > PRODUCT_WORDS) return undefined;
  // c[t] is place kx + ky + 1 - t: the product of x's word i and y's word j goes to c[i + j + 1]. A
  // column adds at most 3 products below 1e14: below 2^53, exact.
  const c = [0, 0, 0, 0, 0, 0, 0];
  for (let i = 0; i < xn; i++) {
    const a = xd[i] as number;
    for (let j = 0; j < yn; j++) c[i + j + 1] = (c[i + j + 1] as number) + a * (yd[j] as number);
  }
  let carry = 0;
  for (let t = xn + yn - 1; t >= 0; t--) {
    const v = (c[t] as number) + carry;
    carry = Math.floor(v / BASE);
    c[t] = v - carry * BASE;
  }
  const first = c[0] === 0 ? 1 : 0;
  let last = xn + yn - 1;
  while (c[last] === 0) last--;
  const head = c[first] as number;
  let tail = c[last] as number;
  let digits = digitsOf(head) + 7 * (last - first);
  while (tail % 10 === 0) {
    tail /= 10;
    digits--;
  }
  if (digits > PRECISION) return undefined;
  const kx = Math.floor(xe / 7);
  const ky = Math.floor(ye / 7);
  return new Words(x.s * y.s, (kx + ky + 1 - first) * 7 + digitsOf(head) - 1, exactly(c, first, last - first + 1));
}

/**
 * The decimal `digits × 10^exponent` (negated when `negative`), of the library's constructor, made
 * from its ASCII digits without decimal.js's parsing of a string (a regular expression, then a
 * rounding pass): what `new D(\`${digits}e${exponent}\`)` gives. Undefined for a zero or a value whose
 * exponent lies beyond ±900 (the caller then lets decimal.js read it). `digits` holds only 0 to 9. @internal
 */
export function fromDigits(negative: boolean, digits: string, exponent: number): Decimal | undefined {
  let start = 0;
  while (start < digits.length && digits.charCodeAt(start) === 48) start++;
  let end = digits.length;
  while (end > start && digits.charCodeAt(end - 1) === 48) end--;
  if (start === end) return undefined;
  // The exponent of the most significant digit; the last digit kept is worth 10^(exponent + trailing zeros).
  const e = exponent + digits.length - 1 - start;
  if (e > LIMIT || e < -LIMIT) return undefined;
  // The first word holds the digits from 10^e down to 10^(7 floor(e / 7)).
  const first = e - 7 * Math.floor(e / 7) + 1;
  const words: number[] = [];
  let i = start;
  let take = first;
  while (i < end) {
    const stop = i + take < end ? i + take : end;
    let w = 0;
    for (let k = i; k < stop; k++) w = w * 10 + (digits.charCodeAt(k) - 48);
    // A last word cut short is padded with zeros to its 7 places.
    for (let k = stop; k < i + take; k++) w *= 10;
    words.push(w);
    i = stop;
    take = 7;
  }
  return new Words(negative ? -1 : 1, e, words);
}

/**
 * A copy of a finite decimal that is not frozen, of the same constructor, for decimal.js to compute
 * with (its operations copy their operands' digits): the digits are read in place and written into
 * a new array. The copy must not leave the library. @internal
 */
export function thawed(x: Decimal): Decimal {
  const d = x.d as number[] | null;
  if (d === null || !Object.isFrozen(d)) return x;
  const n = d.length;
  const copy = new Array<number>(n);
  for (let i = 0; i < n; i++) copy[i] = d[i] as number;
  const made = new Words(x.s, x.e, copy);
  // A decimal of another of the library's clones (the figures' rounding clones) keeps its constructor.
  if (x.constructor !== D) (made as { constructor: unknown }).constructor = x.constructor;
  return made;
}

/**
 * `r[first]` and the `length - 1` words after it, as a new array of that length written as an array
 * literal: V8 freezes such an array twice as fast as one made by `slice`.
 */
function exactly(r: readonly number[], first: number, length: number): number[] {
  const a = r[first] as number;
  if (length === 1) return [a];
  const b = r[first + 1] as number;
  if (length === 2) return [a, b];
  const c = r[first + 2] as number;
  if (length === 3) return [a, b, c];
  const d = r[first + 3] as number;
  if (length === 4) return [a, b, c, d];
  const e = r[first + 4] as number;
  return length === 5 ? [a, b, c, d, e] : [a, b, c, d, e, r[first + 5] as number];
}

/**
 * Makes a decimal of the library's constructor from its fields, with decimal.js's own fields in
 * its own order (`constructor`, `s`, `e`, `d`), without running decimal.js's constructor, which
 * parses its argument: `new Words(s, e, d)` is an instance of `D` (the prototype is D's).
 */
const Words = /* @__PURE__ */ (() => {
  // The prototype is set inside a function marked pure: at the top level, the assignment would be a
  // statement a bundler must keep.
  function Words(this: { constructor: unknown; s: number; e: number; d: number[] }, s: number, e: number, d: number[]) {
    this.constructor = D;
    this.s = s;
    this.e = e;
    this.d = d;
  }
  Words.prototype = D.prototype;
  return Words as unknown as new (s: number, e: number, d: number[]) => Decimal;
})();
