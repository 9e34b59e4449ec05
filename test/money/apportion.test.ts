/**
 * Allocation against a naive reference: each method computed the slow, obvious
 * way (quotas and remainders; one unit at a time to the highest average), on
 * random small totals and weights, must give exactly what `allocate` gives
 * with its exact bounds and heap. Plus the edge cases that the reference
 * cannot reach by chance: zero ratios, ties, many small parts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as money from "../../src/money/index.js";
import type { AllocationMethod } from "../../src/money/types.js";

/** Largest remainder, first or last, as the method descriptions say. */
function byRemainders(
  total: number,
  weights: readonly number[],
  method: "largestRemainder" | "first" | "last",
): number[] {
  const sum = weights.reduce((x, y) => x + y, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  const remainders = weights.map((w) => (total * w) % sum);
  let left = total - parts.reduce((x, y) => x + y, 0);
  let order = weights.map((_, i) => i).filter((i) => (remainders[i] ?? 0) > 0);
  if (method === "largestRemainder") order = order.sort((i, j) => (remainders[j] ?? 0) - (remainders[i] ?? 0) || i - j);
  if (method === "last") order.reverse();
  for (const i of order) {
    if (left === 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left--;
  }
  return parts;
}

/** D'Hondt (divisors 1, 2, 3...) or Sainte-Laguë (1, 3, 5...), one unit at a time; ties to the earlier part. */
function byAverages(total: number, weights: readonly number[], step: number): number[] {
  const parts = weights.map(() => 0);
  for (let k = 0; k < total; k++) {
    let best = -1;
    weights.forEach((w, i) => {
      if (w === 0) return;
      // w_i / d_i > w_best / d_best, compared without division
      if (best === -1 || w * (step * (parts[best] ?? 0) + 1) > (weights[best] ?? 0) * (step * (parts[i] ?? 0) + 1))
        best = i;
    });
    parts[best] = (parts[best] ?? 0) + 1;
  }
  return parts;
}

function reference(total: number, weights: readonly number[], method: AllocationMethod): number[] {
  if (method === "dHondt") return byAverages(total, weights, 1);
  if (method === "sainteLague") return byAverages(total, weights, 2);
  return byRemainders(total, weights, method);
}

const units = (total: number, ratios: readonly (number | string)[] | number, method: AllocationMethod): number[] =>
  money.allocate(money.of(total, "JPY"), ratios, { method }).map((p) => p.amount.toNumber());

const METHODS: readonly AllocationMethod[] = ["largestRemainder", "dHondt", "sainteLague", "first", "last"];

describe("allocate agrees with the naive reference", () => {
  const weights = fc
    .array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 9 })
    .filter((w) => w.some((x) => x > 0));
  for (const method of METHODS) {
    it(method, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 400 }), weights, (total, w) => {
          expect(units(total, w, method)).toEqual(reference(total, w, method));
          // the same ratios as decimals (scaled by a common power of ten) and a negative amount (mirrored)
          expect(
            units(
              total,
              w.map((x) => (x / 4).toString()),
              method,
            ),
          ).toEqual(reference(total, w, method));
          expect(units(-total, w, method)).toEqual(reference(total, w, method).map((x) => (x === 0 ? 0 : -x)));
        }),
        { numRuns: 150 },
      );
    });
  }
});

describe("allocate: edge cases of the methods", () => {
  it("never gives a unit to a zero ratio, whatever the method", () => {
    expect(units(5, [0, 1, 1], "first")).toEqual([0, 3, 2]);
    expect(units(5, [1, 1, 0], "last")).toEqual([2, 3, 0]);
    expect(units(5, [0, 1, 1], "largestRemainder")).toEqual([0, 3, 2]);
    expect(units(7, [0, 1], "dHondt")).toEqual([0, 7]);
    expect(units(7, [1, 0], "sainteLague")).toEqual([7, 0]);
  });

  it("largest remainder: larger remainders first, then the earlier part", () => {
    // quotas 10/7 × (1, 2, 4): remainders 3, 6, 5 (sevenths); two units left
    expect(units(10, [1, 2, 4], "largestRemainder")).toEqual([1, 3, 6]);
    // remainders increasing along the list
    expect(units(6, [1, 2, 3, 4], "largestRemainder")).toEqual([1, 1, 2, 2]);
    // three equal remainders, two units left: the first two parts
    expect(units(5, [1, 1, 1], "largestRemainder")).toEqual([2, 2, 1]);
  });

  it("largest remainder keeps the earlier part first on ties among many parts", () => {
    // 100 equal parts of 150 units: each gets 1, and the 50 left go to the first 50
    const parts = units(150, 100, "largestRemainder");
    expect(parts).toEqual([...new Array<number>(50).fill(2), ...new Array<number>(50).fill(1)]);
    const mixed = [5, 3, 5, 3, 5, 3, 5, 3, 5, 3].flatMap((x) => [x, x, x, x, x, x, x]);
    expect(units(1000, mixed, "largestRemainder")).toEqual(reference(1000, mixed, "largestRemainder"));
  });

  it("Sainte-Laguë: one large party and many small ones", () => {
    // the small parties round up from about half a seat: the large one ends below its quota minus one
    const weights = [1000, ...new Array<number>(40).fill(12)];
    expect(units(100, weights, "sainteLague")).toEqual(reference(100, weights, "sainteLague"));
    expect(units(100, weights, "dHondt")).toEqual(reference(100, weights, "dHondt"));
  });

  it("D'Hondt and Sainte-Laguë on many parts with ties", () => {
    const weights = [7, 3, 7, 3, 7, 3, 7, 3, 1, 1, 1, 1, 9, 9, 9];
    for (const total of [1, 2, 3, 10, 37, 64]) {
      expect(units(total, weights, "dHondt")).toEqual(reference(total, weights, "dHondt"));
      expect(units(total, weights, "sainteLague")).toEqual(reference(total, weights, "sainteLague"));
    }
  });
});
