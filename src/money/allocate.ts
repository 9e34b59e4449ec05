/**
 * Allocation of an amount into parts that always sum exactly to the whole.
 *
 * @module
 */
import { D, refuseAt, toDecimal, type Decimal, type DecimalInput } from "../decimal.js";
import { readOptions, refuse } from "../errors.js";
import { fromDigits } from "../words.js";
import { pow10, toScaled } from "./exact.js";
import { asMoney, make } from "./money.js";
import type { AllocateOptions, AllocationMethod, Money } from "./types.js";

const METHODS: readonly AllocationMethod[] = ["largestRemainder", "dHondt", "sainteLague", "first", "last"];
const MAX_PARTS = 1_000_000;

/**
 * Splits an amount into parts by ratios, or into `n` equal parts, in whole
 * minor units (or multiples of `step`), so that **the parts always sum exactly
 * to the whole**.
 *
 * Each part first gets the whole units of its exact share; the units left over
 * (fewer than the number of parts) are handed out by `method`:
 *
 * - `"largestRemainder"` (default; Hamilton's method): one unit each to the parts
 *   with the largest fractional remainders. Every part is within one unit of its exact share.
 * - `"first"` / `"last"`: one unit each to the parts that have a remainder, from the
 *   first (or last) part on, as dinero.js does. Also within one unit of the exact share.
 * - `"dHondt"` (Jefferson) / `"sainteLague"` (Webster): the highest-averages methods used
 *   for seats, with divisors 1, 2, 3... or 1, 3, 5...; a part may then differ
 *   from its exact share by more than one unit (D'Hondt favours large parts).
 *
 * **Ties** (equal remainders or equal averages) go to the earlier part in the list.
 * Parts with a zero ratio get zero. A **negative amount** is allocated as its
 * absolute value and every part negated, so `allocate(-x)` mirrors `allocate(x)`.
 *
 * @param money - the amount; it must be a whole number of minor units (or of steps): round it first
 * @param ratios - non-negative ratios (integers or decimals, zeros allowed, not all zero),
 *   or a positive integer `n` for `n` equal parts
 * @param options - `method` (default `"largestRemainder"`) and `step` (default one minor unit, e.g. `"0.05"`)
 * @returns a frozen array of frozen parts, in the order of the ratios
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` for negative, empty or all-zero
 *   ratios, a count that is not a positive integer, an unknown method, a step
 *   that is not positive, or an amount that is not a whole number of units
 * @example
 * {@includeCode ../../test/money/examples.test.ts#allocate}
 * @category Allocation
 * @since 0.1.0
 */
export function allocate(
  money: Money,
  ratios: readonly DecimalInput[] | number,
  options: AllocateOptions = {},
): readonly Money[] {
  const m = asMoney(money, "money.allocate: money");
  const o = readOptions("money.allocate", "options", options, ["method", "step"]);
  const method = o.method ?? "largestRemainder";
  if (!METHODS.includes(method)) {
    refuseAt(
      typeof method === "string" ? "INVALID_INPUT" : "INVALID_TYPE",
      "money.allocate: options.method",
      `one of ${METHODS.join(", ")}`,
      method,
    );
  }
  const weights = readRatios(ratios);
  const unit =
    o.step === undefined ? minorUnit(m.currency.minorUnits) : toDecimal(o.step, "money.allocate: options.step");
  if (unit.lte(0)) refuseAt("OUT_OF_RANGE", "money.allocate: options.step", "positive", o.step);

  // Number of whole units in the amount, exactly.
  const a = toScaled(m.amount);
  const u = toScaled(unit);
  const num = a.int * pow10(u.scale);
  const den = u.int * pow10(a.scale);
  if (num % den !== 0n) {
    refuse("INVALID_INPUT", {
      function: "money.allocate",
      path: "money",
      expected: `a whole number of units of ${unit.toFixed()}`,
      received: `${m.amount.toFixed()} ${m.currency.code}`,
      hint: "Round it first.",
    });
  }
  const total = num / den;
  const negative = total < 0n;
  const units = apportion(negative ? -total : total, weights, method);
  // Each part is built from its exact digits: a product would be rounded to 34 significant digits.
  return Object.freeze(
    units.map((k) => {
      const part = k * u.int;
      const amount = fromDigits(negative, part.toString(), -u.scale) ?? new D(`${negative ? -part : part}e-${u.scale}`);
      return make(amount, m.currency);
    }),
  );
}

/** The minor unit of a currency with `places` minor units (`1e-2`), made once for each number of places. */
function minorUnit(places: number): Decimal {
  let unit = MINOR_UNITS[places];
  if (unit === undefined) {
    unit = toDecimal(`1e-${places}`, "money.allocate: unit");
    MINOR_UNITS[places] = unit;
  }
  return unit;
}
const MINOR_UNITS: Decimal[] = [];

function readRatios(ratios: readonly DecimalInput[] | number): bigint[] {
  // The common case, whole numbers of parts ([1, 1, 1], [60, 40]), read without a decimal each; anything
  // else (and every refusal) goes through the decimals below.
  if (Array.isArray(ratios) && ratios.length > 0 && ratios.length <= MAX_PARTS) {
    let whole = true;
    let positive = false;
    for (const r of ratios as readonly unknown[]) {
      if (typeof r !== "number" || !Number.isSafeInteger(r) || r < 0) {
        whole = false;
        break;
      }
      if (r > 0) positive = true;
    }
    if (whole && positive) return (ratios as readonly number[]).map((r) => BigInt(r));
  }
  if (typeof ratios === "number") {
    if (!Number.isSafeInteger(ratios) || ratios < 1 || ratios > MAX_PARTS) {
      refuseAt("OUT_OF_RANGE", "money.allocate: ratios", `a number of parts from 1 to ${MAX_PARTS}`, ratios);
    }
    return new Array<bigint>(ratios).fill(1n);
  }
  if (!Array.isArray(ratios) || ratios.length === 0 || ratios.length > MAX_PARTS) {
    return refuseAt(
      Array.isArray(ratios) ? "OUT_OF_RANGE" : "INVALID_TYPE",
      "money.allocate: ratios",
      `an array of 1 to ${MAX_PARTS} ratios (or a number of parts)`,
      ratios,
    );
  }
  const decimals = ratios.map((r, i) => {
    const d = toDecimal(r, `money.allocate: ratios[${i}]`);
    if (d.isNegative() && !d.isZero()) refuseAt("OUT_OF_RANGE", `money.allocate: ratios[${i}]`, "zero or positive", r);
    return d;
  });
  if (decimals.every((d) => d.isZero()))
    refuseAt("INVALID_INPUT", "money.allocate: ratios", "ratios of which at least one is positive", ratios);
  // Scale every ratio to an integer with a common power of ten: exact.
  // A loop, not Math.max(...list): a spread of a million ratios overflows the call stack.
  const scale = decimals.reduce((s, d) => Math.max(s, d.decimalPlaces()), 0);
  return decimals.map((d) => {
    const s = toScaled(d.abs());
    return s.int * pow10(scale - s.scale);
  });
}

/** `list[i]` for an index known to be in range (0n otherwise, which cannot happen). */
function at(list: readonly bigint[], i: number): bigint {
  return list[i] ?? 0n;
}

/** `heap[k]` for an index known to be in range. */
function slot(heap: readonly number[], k: number): number {
  return heap[k] ?? 0;
}

/** Splits `total` whole units by integer weights with the chosen method. @internal */
export function apportion(total: bigint, weights: readonly bigint[], method: AllocationMethod): bigint[] {
  const sumW = weights.reduce((x, y) => x + y, 0n);
  if (method === "dHondt" || method === "sainteLague")
    return highestAverages(total, weights, sumW, method === "dHondt" ? 1n : 2n);
  const parts = weights.map((w) => (total * w) / sumW);
  const remainders = weights.map((w) => (total * w) % sumW);
  let leftover = total - parts.reduce((x, y) => x + y, 0n);
  const order = weights.map((_, i) => i).filter((i) => at(remainders, i) > 0n);
  if (method === "largestRemainder") {
    // Largest remainder first; the sort is stable (ES2019), so equal remainders keep index order.
    // Number() of a non-zero bigint difference keeps its sign.
    order.sort((i, j) => Number(at(remainders, j) - at(remainders, i)));
  } else if (method === "last") order.reverse();
  for (const i of order) {
    if (leftover === 0n) break;
    parts[i] = at(parts, i) + 1n;
    leftover -= 1n;
  }
  return parts;
}

/**
 * D'Hondt (step 1: divisors 1, 2, 3...) or Sainte-Laguë (step 2: divisors 1, 3, 5...).
 * Starts from a lower bound that every allocation of the method exceeds, then
 * hands out the remaining units one by one to the highest average (ties: earlier part).
 */
function highestAverages(total: bigint, weights: readonly bigint[], sumW: bigint, step: bigint): bigint[] {
  const n = BigInt(weights.length);
  const parts = weights.map((w) => {
    // D'Hondt: a_i >= total*w/sumW - 1. Sainte-Laguë: a_i >= w*(2 total - n)/(2 sumW) - 1/2.
    const bound = step === 1n ? (total * w) / sumW - 1n : (w * (2n * total - n) - sumW) / (2n * sumW) - 1n;
    return bound > 0n ? bound : 0n;
  });
  let left = total - parts.reduce((x, y) => x + y, 0n);
  // The next divisor of part i is step * a_i + 1; compare w_i / d_i exactly.
  const better = (i: number, j: number): boolean => {
    const di = step * at(parts, i) + 1n;
    const dj = step * at(parts, j) + 1n;
    const lhs = at(weights, i) * dj;
    const rhs = at(weights, j) * di;
    return lhs > rhs || (lhs === rhs && i < j);
  };
  const heap: number[] = [];
  const push = (i: number): void => {
    heap.push(i);
    let k = heap.length - 1;
    while (k > 0) {
      const p = (k - 1) >> 1;
      if (!better(slot(heap, k), slot(heap, p))) break;
      [heap[k], heap[p]] = [slot(heap, p), slot(heap, k)];
      k = p;
    }
  };
  const pop = (): number => {
    const top = slot(heap, 0);
    const last = heap.pop() ?? top;
    if (heap.length > 0) {
      heap[0] = last;
      let k = 0;
      for (;;) {
        const l = 2 * k + 1;
        const r = l + 1;
        let best = k;
        if (l < heap.length && better(slot(heap, l), slot(heap, best))) best = l;
        if (r < heap.length && better(slot(heap, r), slot(heap, best))) best = r;
        if (best === k) break;
        [heap[k], heap[best]] = [slot(heap, best), slot(heap, k)];
        k = best;
      }
    }
    return top;
  };
  weights.forEach((w, i) => {
    if (w > 0n) push(i);
  });
  while (left > 0n) {
    const i = pop();
    parts[i] = at(parts, i) + 1n;
    left -= 1n;
    push(i);
  }
  return parts;
}
