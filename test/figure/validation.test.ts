// How figures that callers pass in are read: their shape, the decimals they
// hold, and the snapshot taken of them (src/figure/internal.ts).
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import * as figure from "../../src/figure/index.js";
import type { Figure } from "../../src/figure/types.js";
import { code, interval } from "../support.js";

/** A decimal of the library's own constructor, taken from a figure it made. */
const own = (x: string): Decimal => figure.exact(x).value;

/** A decimal.js constructor that keeps 5 significant digits (the library keeps 34). */
const P5 = Decimal.clone({ precision: 5 });

describe("the shape of a figure", () => {
  const good = { value: own("1"), lo: own("0"), hi: own("2"), loInclusive: true, hiInclusive: true };

  it("is three decimals and two booleans: a number written as text is not a decimal", () => {
    expect(figure.isFigure(good)).toBe(true);
    const wrong: readonly (readonly [keyof Figure, unknown])[] = [
      ["value", "1"],
      ["lo", "0"],
      ["hi", "2"],
      ["loInclusive", "yes"],
      ["hiInclusive", 1],
    ];
    for (const [key, bad] of wrong) {
      const f = { ...good, [key]: bad };
      expect(figure.isFigure(f)).toBe(false);
      expect(code(() => figure.width(f as never))).toBe("INVALID_VALUE");
      expect(code(() => figure.add(f as never, 1))).toBe("INVALID_VALUE");
    }
  });

  it("is not undefined or null", () => {
    expect(figure.isFigure(undefined)).toBe(false);
    expect(figure.isFigure(null)).toBe(false);
    expect(code(() => figure.midpoint(undefined as never))).toBe("INVALID_TYPE");
  });
});

describe("a figure read from the caller", () => {
  it("is computed with the library's precision, whatever constructor made its decimals", () => {
    const value = Object.freeze({
      value: new P5("1.000001"),
      lo: own("0"),
      hi: own("2"),
      loInclusive: true,
      hiInclusive: true,
    });
    expect(figure.add(value, "0.000001").value.toString()).toBe("1.000002");
    const lo = Object.freeze({
      value: own("1"),
      lo: new P5("0.123456"),
      hi: own("2"),
      loInclusive: true,
      hiInclusive: true,
    });
    expect(figure.midpoint(lo).toString()).toBe("1.061728");
    const hi = Object.freeze({
      value: own("1"),
      lo: own("0"),
      hi: new P5("2.000001"),
      loInclusive: true,
      hiInclusive: true,
    });
    expect(figure.width(hi).toString()).toBe("2.000001");
  });

  it("is read once: a formula that changes an unfrozen input figure changes nothing", () => {
    const x: { -readonly [K in keyof Figure]: Figure[K] } = { ...figure.between(0, 2) };
    const f = figure.evaluate(
      ({ x: v }) => {
        x.hi = own("100");
        return v;
      },
      { x },
    );
    expect(interval(f)).toBe("[0, 2]");
    expect(f.value.toString()).toBe("1");
  });

  it("is read once: a frozen object whose getters change changes nothing", () => {
    const state = { value: own("1"), lo: own("0"), hi: own("2") };
    class Live implements Figure {
      readonly loInclusive = true;
      readonly hiInclusive = true;
      constructor() {
        Object.freeze(this);
      }
      get value(): Decimal {
        return state.value;
      }
      get lo(): Decimal {
        return state.lo;
      }
      get hi(): Decimal {
        return state.hi;
      }
    }
    const f = figure.evaluate(
      ({ x }) => {
        state.hi = own("100");
        return x;
      },
      { x: new Live() },
    );
    expect(interval(f)).toBe("[0, 2]");
  });
});
