import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { D, frozen } from "../src/decimal.js";
import { DLo } from "../src/figure/internal.js";
import { addWords, fromDigits, thawed, timesWords } from "../src/words.js";

/** A decimal of either sign: up to 30 digits, shifted from 10^-40 to 10^40, frozen as the library's are. */
const anyDecimal = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: -40, max: 40 }), fc.boolean())
  .map(([digits, shift, negative]) => frozen(new D(`${negative ? "-" : ""}${digits}e${shift}`)));

/** Amounts as money holds them: up to 12 digits, up to 4 decimals. */
const amount = fc
  .tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.integer({ min: 0, max: 4 }))
  .map(([digits, scale]) => frozen(new D(`${digits}e-${scale}`)));

const fields = (d: { s: number; e: number; d: number[] | null }) => ({ s: d.s, e: d.e, d: d.d });

describe("addWords", () => {
  it("gives exactly decimal.js's sum and difference, as a decimal of the library's constructor, or leaves the case to it", () => {
    fc.assert(
      fc.property(fc.oneof(anyDecimal, amount), fc.oneof(anyDecimal, amount), fc.boolean(), (x, y, negate) => {
        const fast = addWords(x, y, negate);
        if (fast === undefined) return;
        expect(fast).toBeInstanceOf(D);
        expect(fast.constructor).toBe(D);
        expect(fields(fast)).toEqual(fields(negate ? x.minus(y) : x.plus(y)));
      }),
      { numRuns: 5000 },
    );
  });

  it("adds amounts of a running total in place, carrying and borrowing across words", () => {
    const cases: [string, string, boolean, string][] = [
      ["1234.56", "0.44", false, "1235"],
      ["9999999.9999999", "0.0000001", false, "10000000"],
      ["-1234.56", "1234.5", false, "-0.06"],
      ["10000000", "0.0000001", true, "9999999.9999999"],
      ["0.001", "-0.002", false, "-0.001"],
      ["30260000000", "1", false, "30260000001"],
    ];
    for (const [a, b, negate, sum] of cases) {
      const r = addWords(frozen(new D(a)), frozen(new D(b)), negate);
      expect(r?.toFixed()).toBe(sum);
      expect(fields(r as never)).toEqual(fields(new D(sum)));
    }
  });

  it("answers every running total of amounts: the common case never falls back", () => {
    fc.assert(
      fc.property(amount, amount, (x, y) => {
        fc.pre(!x.isZero() && !y.isZero() && !x.eq(y.negated()));
        expect(addWords(x, y, false)).toBeDefined();
      }),
    );
  });

  it("leaves zeros, equal magnitudes that cancel, long operands and exponents near the range's ends to decimal.js", () => {
    const d = (t: string) => frozen(new D(t));
    expect(addWords(d("0"), d("1"), false)).toBeUndefined();
    expect(addWords(d("1"), d("0"), false)).toBeUndefined();
    expect(addWords(d("5.5"), d("5.5"), true)).toBeUndefined();
    expect(addWords(d("1e30"), d("1e-1"), false)).toBeUndefined();
    expect(addWords(d("1e950"), d("1"), false)).toBeUndefined();
    expect(addWords(d("1e-950"), d("1e-950"), false)).toBeUndefined();
  });
});

/** Rates as tables quote them: 1 to 10 significant digits, from 0.0001 to 100000. */
const rate = fc
  .tuple(fc.integer({ min: 1, max: 9_999_999_999 }), fc.integer({ min: -14, max: 0 }))
  .map(([digits, shift]) => frozen(new D(`${digits}e${shift}`)));

describe("timesWords", () => {
  it("gives exactly decimal.js's product, as a decimal of the library's constructor, or leaves the case to it", () => {
    fc.assert(
      fc.property(fc.oneof(anyDecimal, amount, rate), fc.oneof(anyDecimal, amount, rate), (x, y) => {
        const fast = timesWords(x, y);
        if (fast === undefined) return;
        expect(fast).toBeInstanceOf(D);
        expect(fast.constructor).toBe(D);
        expect(fields(fast)).toEqual(fields(x.times(y)));
      }),
      { numRuns: 5000 },
    );
  });

  it("multiplies amounts by rates in place, with carries across words", () => {
    const cases: [string, string, string][] = [
      ["1234.56", "0.9123", "1126.289088"],
      ["-1234.56", "7.1234", "-8794.264704"],
      ["9999999.9999999", "9999999.9999999", "99999999999998.00000000000001"],
      ["30260000000", "0.000001", "30260"],
      ["0.01", "0.01", "0.0001"],
    ];
    for (const [a, b, product] of cases) {
      const r = timesWords(frozen(new D(a)), frozen(new D(b)));
      expect(r?.toFixed()).toBe(product);
      expect(fields(r as never)).toEqual(fields(new D(product)));
    }
  });

  it("answers every amount of up to 12 digits at a rate of up to 10 digits: the common conversion never falls back", () => {
    fc.assert(
      fc.property(amount, rate, (x, y) => {
        fc.pre(!x.isZero());
        expect(timesWords(x, y)).toBeDefined();
      }),
    );
  });

  it("leaves zeros, long operands, products past 34 digits and exponents near the range's ends to decimal.js", () => {
    const d = (t: string) => frozen(new D(t));
    expect(timesWords(d("0"), d("1.5"))).toBeUndefined();
    expect(timesWords(d("1.5"), d("0"))).toBeUndefined();
    expect(timesWords(d("12345671234567.1234567"), d("1234567.1234567891"))).toBeUndefined();
    expect(timesWords(d("1e500"), d("2"))).toBeUndefined();
    expect(timesWords(d("3e-500"), d("2"))).toBeUndefined();
    // 6 words whose product has 36 significant digits: decimal.js rounds it to 34.
    expect(timesWords(d("1234567.891234567891"), d("9876543.21987654321"))).toBeUndefined();
  });
});

describe("thawed", () => {
  it("copies a frozen decimal into one decimal.js can copy fast, equal field for field, and leaves the original as it is", () => {
    fc.assert(
      fc.property(anyDecimal, (x) => {
        const copy = thawed(x);
        expect(fields(copy)).toEqual(fields(x));
        expect(copy).toBeInstanceOf(D);
        if (x.isZero()) return;
        expect(copy).not.toBe(x);
        expect(Object.isFrozen(copy.d)).toBe(false);
        expect(Object.isFrozen(x.d)).toBe(true);
      }),
    );
  });

  it("keeps the constructor of another of the library's clones, so that the copy rounds as the original does", () => {
    const lo = frozen(new DLo("2"));
    const copy = thawed(lo);
    expect(copy.constructor).toBe(DLo);
    expect(copy.div(3).toString()).toBe(`0.${"6".repeat(34)}`);
    expect(new D("2").div(3).toString()).toBe(`0.${"6".repeat(33)}7`);
  });

  it("returns a decimal whose digits are not frozen as it is", () => {
    const plain = new D("1234.56");
    expect(thawed(plain)).toBe(plain);
  });
});

describe("fromDigits", () => {
  it("makes what decimal.js reads from the same digits and exponent, or leaves a zero and the range's ends to it", () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.stringMatching(/^[0-9]{1,40}$/),
        fc.integer({ min: -960, max: 960 }),
        (negative, digits, exponent) => {
          const made = fromDigits(negative, digits, exponent);
          const read = new D(`${negative ? "-" : ""}${digits}e${exponent}`);
          if (made === undefined) {
            expect(read.isZero() || Math.abs(read.e) > 900).toBe(true);
            return;
          }
          expect(made).toBeInstanceOf(D);
          expect(made.constructor).toBe(D);
          expect(fields(made)).toEqual(fields(read));
        },
      ),
      { numRuns: 5000 },
    );
  });

  it("reads amounts as allocation and parsing write them", () => {
    const cases: [boolean, string, number, string][] = [
      [false, "123456", -2, "1234.56"],
      [true, "000123400", -2, "-1234"],
      [false, "5", 9, "5000000000"],
      [false, "19348", 7, "193480000000"],
      [false, "1", -7, "0.0000001"],
      [false, "12345678", -1, "1234567.8"],
    ];
    for (const [negative, digits, exponent, value] of cases) {
      const made = fromDigits(negative, digits, exponent);
      expect(made?.toFixed()).toBe(value);
      expect(fields(made as never)).toEqual(fields(new D(value)));
    }
    expect(fromDigits(false, "000", 3)).toBeUndefined();
    expect(fromDigits(false, "1", 950)).toBeUndefined();
  });
});
