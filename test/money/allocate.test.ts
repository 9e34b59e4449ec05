import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as money from "../../src/money/index.js";
import type { AllocationMethod } from "../../src/money/types.js";
import { code, moneyValue } from "../support.js";

const cents = (parts: readonly { amount: { toFixed(): string } }[]): string[] => parts.map((p) => p.amount.toFixed());

describe("allocate: dinero.js vectors", () => {
  it("splits 10.03 USD 50/50 as 5.02 and 5.01", () => {
    expect(cents(money.allocate(money.fromMinor(1003n, "USD"), [50, 50]))).toEqual(["5.02", "5.01"]);
  });
  it("splits 1.00 USD 1:3 as 0.25 and 0.75", () => {
    expect(cents(money.allocate(money.fromMinor(100n, "USD"), [1, 3]))).toEqual(["0.25", "0.75"]);
  });
  it("gives nothing to a zero ratio", () => {
    expect(cents(money.allocate(money.fromMinor(100n, "USD"), [0, 50, 50]))).toEqual(["0", "0.5", "0.5"]);
  });
  it("splits 10.03 USD with decimal ratios 50.5/49.5", () => {
    expect(cents(money.allocate(money.fromMinor(1003n, "USD"), ["50.5", "49.5"]))).toEqual(["5.07", "4.96"]);
  });
});

describe("allocate: Ruby money vectors", () => {
  it("allocates 0.05 USD by [0.3, 0.7] as 0.02 and 0.03", () => {
    expect(cents(money.allocate(money.fromMinor(5n, "USD"), ["0.3", "0.7"]))).toEqual(["0.02", "0.03"]);
  });
  it("allocates 1.00 USD by [0.33, 0.33, 0.33] as 0.34, 0.33, 0.33", () => {
    expect(cents(money.allocate(money.fromMinor(100n, "USD"), ["0.33", "0.33", "0.33"]))).toEqual([
      "0.34",
      "0.33",
      "0.33",
    ]);
  });
  it("allocates 1.00 USD by [0.5, 0.25, 0.25]", () => {
    expect(cents(money.allocate(money.fromMinor(100n, "USD"), ["0.5", "0.25", "0.25"]))).toEqual([
      "0.5",
      "0.25",
      "0.25",
    ]);
  });
  it("splits 1.00 USD in 3 as 0.34, 0.33, 0.33", () => {
    expect(cents(money.allocate(money.fromMinor(100n, "USD"), 3))).toEqual(["0.34", "0.33", "0.33"]);
  });
  it("splits -1.00 USD in 3 symmetrically", () => {
    expect(cents(money.allocate(money.fromMinor(-100n, "USD"), 3))).toEqual(["-0.34", "-0.33", "-0.33"]);
  });
  it("splits 0.02 USD in 3 as 0.01, 0.01, 0", () => {
    expect(cents(money.allocate(money.fromMinor(2n, "USD"), 3))).toEqual(["0.01", "0.01", "0"]);
  });
});

describe("allocate: methods", () => {
  const votes = [100_000, 80_000, 30_000, 20_000];
  const seats = money.of(8, "JPY");
  const count = (method: AllocationMethod): string[] => cents(money.allocate(seats, votes, { method }));
  it("largest remainder (Hamilton) on the textbook example", () => {
    // quotas 3.478, 2.783, 1.043, 0.696: remainders .478, .783, .043, .696
    expect(count("largestRemainder")).toEqual(["3", "3", "1", "1"]);
  });
  it("largest remainder gives equal remainders their units in index order", () => {
    // 2 cents over three equal ratios: each quota is 2/3, so the first two parts get the units.
    expect(cents(money.allocate(money.fromMinor(2n, "USD"), [1, 1, 1], { method: "largestRemainder" }))).toEqual([
      "0.01",
      "0.01",
      "0",
    ]);
    // 5 cents over 3:3:1: quotas 2 r1, 2 r1, 0 r5; the last part has the largest remainder.
    expect(cents(money.allocate(money.fromMinor(5n, "USD"), [3, 3, 1], { method: "largestRemainder" }))).toEqual([
      "0.02",
      "0.02",
      "0.01",
    ]);
    // 4 cents over 1:1:1:3:3 (sum 9): quotas 0 r4, 0 r4, 0 r4, 1 r3, 1 r3; the two units left go to the first two.
    expect(cents(money.allocate(money.fromMinor(4n, "USD"), [1, 1, 1, 3, 3], { method: "largestRemainder" }))).toEqual([
      "0.01",
      "0.01",
      "0",
      "0.01",
      "0.01",
    ]);
  });
  it("D'Hondt on the textbook example gives 4, 3, 1, 0", () => {
    expect(count("dHondt")).toEqual(["4", "3", "1", "0"]);
  });
  it("Sainte-Laguë on the textbook example gives 3, 3, 1, 1", () => {
    expect(count("sainteLague")).toEqual(["3", "3", "1", "1"]);
  });
  it("first and last hand the leftovers from either end", () => {
    expect(cents(money.allocate(money.fromMinor(5n, "USD"), 3, { method: "first" }))).toEqual(["0.02", "0.02", "0.01"]);
    expect(cents(money.allocate(money.fromMinor(5n, "USD"), 3, { method: "last" }))).toEqual(["0.01", "0.02", "0.02"]);
  });
  it("breaks ties in favour of the earlier part in every method", () => {
    for (const method of ["largestRemainder", "dHondt", "sainteLague", "first"] as const) {
      expect(cents(money.allocate(money.of(1, "JPY"), [1, 1], { method }))).toEqual(["1", "0"]);
    }
  });
  it("D'Hondt and Sainte-Laguë stay exact for huge amounts", () => {
    const big = money.of("100000000000000000000", "JPY");
    for (const method of ["dHondt", "sainteLague"] as const) {
      const parts = money.allocate(big, [3, 7, 11], { method });
      expect(money.sum(parts).amount.toFixed()).toBe("100000000000000000000");
    }
    expect(cents(money.allocate(big, [1, 2], { method: "dHondt" }))).toEqual([
      "33333333333333333333",
      "66666666666666666667",
    ]);
  });
  it("allocates in cash steps", () => {
    expect(cents(money.allocate(money.of("10", "CHF"), 3, { step: "0.05" }))).toEqual(["3.35", "3.35", "3.3"]);
  });
});

describe("allocate: errors and immutability", () => {
  const m = money.of("10", "USD");
  it("refuses bad ratios", () => {
    expect(code(() => money.allocate(m, []))).toBe("OUT_OF_RANGE");
    expect(code(() => money.allocate(m, [0, 0]))).toBe("INVALID_INPUT");
    expect(code(() => money.allocate(m, [1, -1]))).toBe("OUT_OF_RANGE");
    expect(code(() => money.allocate(m, 0))).toBe("OUT_OF_RANGE");
    expect(code(() => money.allocate(m, 2.5))).toBe("OUT_OF_RANGE");
    expect(code(() => money.allocate(m, [1, Number.NaN]))).toBe("INVALID_NUMBER");
    expect(code(() => money.allocate(m, [1], { method: "banzhaf" as never }))).toBe("INVALID_INPUT");
    expect(code(() => money.allocate(m, [1], { step: "0" }))).toBe("OUT_OF_RANGE");
  });
  it("refuses an amount that is not a whole number of units", () => {
    expect(code(() => money.allocate(money.of("10.005", "USD"), 2))).toBe("INVALID_INPUT");
    expect(code(() => money.allocate(money.of("10.01", "CHF"), 2, { step: "0.05" }))).toBe("INVALID_INPUT");
  });
  it("builds the parts of a 39-digit amount exactly (they were rounded to 34 digits and no longer summed to the whole)", () => {
    const big = money.of("1234567890123456789012345678901234567.89", "USD");
    expect(cents(money.allocate(big, 3))).toEqual([
      "411522630041152263004115226300411522.63",
      "411522630041152263004115226300411522.63",
      "411522630041152263004115226300411522.63",
    ]);
    expect(cents(money.allocate(money.negate(big), [0, 1, 2]))).toEqual([
      "0",
      "-411522630041152263004115226300411522.63",
      "-823045260082304526008230452600823045.26",
    ]);
    expect(
      cents(money.allocate(money.of("-1234567890123456789012345678901234567.90", "CHF"), 3, { step: "0.05" })),
    ).toEqual([
      "-411522630041152263004115226300411522.65",
      "-411522630041152263004115226300411522.65",
      "-411522630041152263004115226300411522.6",
    ]);
  });
  it("returns frozen parts and does not mutate the ratios", () => {
    const ratios = [1, 2];
    const parts = money.allocate(m, ratios);
    expect(Object.isFrozen(parts)).toBe(true);
    expect(parts.every((p) => Object.isFrozen(p))).toBe(true);
    expect(ratios).toEqual([1, 2]);
  });
});

describe("allocate: whole numbers of parts", () => {
  it("splits as the same ratios written as decimals do (whole numbers are read without a decimal each)", () => {
    fc.assert(
      fc.property(
        moneyValue,
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 8 }),
        (m, ratios) => {
          fc.pre(ratios.some((r) => r > 0));
          const rounded = money.round(m);
          const parts = money.allocate(rounded, ratios).map((p) => money.toString(p));
          expect(parts).toEqual(
            money
              .allocate(
                rounded,
                ratios.map((r) => `${r}.0`),
              )
              .map((p) => money.toString(p)),
          );
          expect(money.sum(money.allocate(rounded, ratios)).amount.eq(rounded.amount)).toBe(true);
        },
      ),
    );
  });

  it("refuses ratios that are not whole, not positive or not numbers as before", () => {
    const m = money.of("10", "USD");
    expect(code(() => money.allocate(m, [0, 0]))).toBe("INVALID_INPUT");
    expect(code(() => money.allocate(m, [1, -1]))).toBe("OUT_OF_RANGE");
    expect(code(() => money.allocate(m, [1, Number.NaN]))).toBe("INVALID_NUMBER");
    expect(money.allocate(m, [1, 0.5]).map((p) => money.toString(p))).toEqual(["6.67 USD", "3.33 USD"]);
  });
});
