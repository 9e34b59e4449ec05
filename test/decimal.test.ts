import Decimal from "decimal.js";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { D, ROUNDING_MODES, compare, roundToScale, roundingConstant, signOf, toDecimal } from "../src/decimal.js";
import { DHi, DLo, DX, own } from "../src/figure/internal.js";
import { code, thrown } from "./support.js";

describe("toDecimal", () => {
  it("accepts strings, numbers, bigints and Decimals of any constructor", () => {
    expect(toDecimal("193.48", "x").toString()).toBe("193.48");
    expect(toDecimal(" -1e3 ", "x").toString()).toBe("-1000");
    expect(toDecimal(0.1, "x").toString()).toBe("0.1");
    expect(toDecimal(12345678901234567890123n, "x").toString()).toBe("12345678901234567890123");
    expect(toDecimal(new Decimal("1.5"), "x").toString()).toBe("1.5");
    expect(toDecimal(new Decimal("1.5"), "x").constructor).toBe(D);
    expect(toDecimal(".5", "x").toString()).toBe("0.5");
    expect(toDecimal("1e-30", "x").toString()).toBe("0." + "0".repeat(29) + "1");
  });

  it("refuses NaN, Infinity, empty, whitespace and unparsable strings with INVALID_NUMBER, past the range with OUT_OF_RANGE, other types with INVALID_TYPE", () => {
    for (const bad of [
      NaN,
      Infinity,
      -Infinity,
      "",
      "   ",
      "abc",
      "1,5",
      "NaN",
      "Infinity",
      "0x10",
      "1e",
      "--1",
      new Decimal(NaN),
      new Decimal(Infinity),
    ]) {
      expect(code(() => toDecimal(bad, "amount"))).toBe("INVALID_NUMBER");
    }
    expect(code(() => toDecimal("1e99999999999999999", "amount"))).toBe("OUT_OF_RANGE");
    for (const bad of [null, undefined, {}, [], true, Symbol("s")])
      expect(code(() => toDecimal(bad, "amount"))).toBe("INVALID_TYPE");
  });

  it("reads a JS number as its shortest round-trip decimal string (String(n))", () => {
    expect(toDecimal(0.1 + 0.2, "x").toString()).toBe("0.30000000000000004");
    expect(toDecimal(193.48, "x").toString()).toBe(String(193.48));
    expect(toDecimal(1e21, "x").toString()).toBe("1000000000000000000000");
  });

  it("prints plain notation over its whole range (exponents within ±999)", () => {
    expect(toDecimal("9.99e999", "x").toString()).toBe("999" + "0".repeat(997));
    expect(toDecimal("1e-999", "x").toString()).toBe("0." + "0".repeat(998) + "1");
    expect(toDecimal("-1e999", "x").toFixed(2)).toBe("-1" + "0".repeat(999) + ".00");
  });

  it("refuses with OUT_OF_RANGE every number outside the range, as a string, a bigint or a Decimal", () => {
    const range = {
      code: "OUT_OF_RANGE",
      details: { expected: "a number of magnitude from 1e-999 to below 1e1000, or 0", min: "1e-999", max: "1e1000" },
    };
    for (const bad of [
      "1e1000",
      "-1e1000",
      "1e-1000",
      "-0.1e-999",
      "1e9000000000000000",
      "1e-9000000000000000",
      "1e99999999999999999",
      "5E-9000000000000005",
      10n ** 1000n,
      -(10n ** 1000n),
      new Decimal("1e1000"),
      new Decimal("1e-1000"),
      new Decimal("1e9000000000000000"),
    ]) {
      expect(
        thrown(() => toDecimal(bad, "money.of: amount")),
        String(bad),
      ).toMatchObject({ ...range, details: { ...range.details, function: "money.of", path: "amount", received: bad } });
    }
    expect(toDecimal("10e-1000", "x").toString()).toBe("0." + "0".repeat(998) + "1");
    expect(toDecimal("0.0999e1001", "x").toFixed()).toBe("999" + "0".repeat(997));
    expect(toDecimal(10n ** 999n, "x").toFixed()).toBe("1" + "0".repeat(999));
    for (const zero of ["0e-9000000000000001", "-0.000e-9000000000000005", "0", "0.0e5", "0e99999"])
      expect(toDecimal(zero, "x").isZero()).toBe(true);
    // every finite JS number is in range
    for (const n of [Number.MAX_VALUE, -Number.MAX_VALUE, Number.MIN_VALUE, 5e-324])
      expect(toDecimal(n, "x").toNumber()).toBe(n);
  });

  it("copies a Decimal and freezes what it returns: the caller's value is not kept, and the copy cannot be changed", () => {
    const mine = new D("1.5");
    const d = toDecimal(mine, "x");
    expect(d).not.toBe(mine);
    expect(Object.isFrozen(mine)).toBe(false);
    expect(Object.isFrozen(d) && Object.isFrozen(d.d)).toBe(true);
    mine.d[0] = 7;
    expect(d.toString()).toBe("1.5");
    const s = toDecimal("2.5", "x");
    expect(() => ((s as { d: number[] }).d[0] = 7)).toThrow(TypeError);
    expect(() => ((s as { e: number }).e = 5)).toThrow(TypeError);
    expect(toDecimal("2.5", "x").toString()).toBe("2.5");
  });

  it("refuses a Decimal whose digits are broken with INVALID_VALUE (a forged or mutated value; decimal.js would hang or print garbage)", () => {
    const forge = (d: unknown, e: unknown, s: unknown): Decimal => Object.assign(new Decimal(1), { d, e, s });
    for (const bad of [
      forge([1e20], 5, 1),
      forge([1.5], 0, 1),
      forge([-1], 0, 1),
      forge([], 0, 1),
      forge([0, 1], 0, 1),
      forge([1, 0], 7, 1),
      forge([1], 3, 1),
      forge([1], 0, 2),
      forge("1", 0, 1),
      forge([1], 0.5, 1),
      forge({ length: 1, 0: 1 }, 0, 1),
    ]) {
      expect(thrown(() => toDecimal(bad, "money.of: amount"))).toMatchObject({
        code: "INVALID_VALUE",
        details: { function: "money.of", path: "amount" },
      });
    }
    // well-formed values of any constructor: the same digits, exponent and sign
    for (const text of [
      "0",
      "-0",
      "1",
      "-1234567.8901234",
      "1e-999",
      "9.99e999",
      "10000000",
      "0.1234567891234567891234567891234567891",
    ]) {
      const d = toDecimal(new Decimal(text), "x");
      expect(d.eq(text) && d.isNeg() === new Decimal(text).isNeg()).toBe(true);
    }
    // a getter is read once: the check and the copy see the same digits
    let reads = 0;
    const tricky = Object.defineProperty(new Decimal(1), "d", { get: () => (reads++ === 0 ? [2] : [1e20]) });
    expect(toDecimal(tricky, "x").toString()).toBe("2");
    expect(reads).toBe(1);
  });

  it("decimal.js never writes to an existing instance in the operations the library uses: frozen operands give the same results", () => {
    "use strict";
    const Lo = D.clone({ rounding: D.ROUND_FLOOR });
    const freeze = (d: Decimal): Decimal => Object.freeze(Object.assign(d, { d: Object.freeze(d.d) }));
    const values = [
      "0",
      "-0",
      "1",
      "-1",
      "0.5",
      "-2.5",
      "123.456",
      "10000000",
      "1e-999",
      "9.99e999",
      "1234567890123456789012345678901234567890.123456789",
    ];
    const ops: ((a: Decimal, b: Decimal) => unknown)[] = [
      (a, b) => a.plus(b),
      (a, b) => a.minus(b),
      (a, b) => a.times(b),
      (a, b) => (b.isZero() ? 0 : a.div(b)),
      (a, b) => a.cmp(b),
      (a, b) => a.eq(b),
      (a, b) => a.lt(b),
      (a, b) => a.gte(b),
      (a) => a.abs(),
      (a) => a.neg(),
      (a) => a.toDecimalPlaces(2, 0),
      (a) => a.toSignificantDigits(3, 3),
      (a) => a.toFixed(),
      (a) => a.toFixed(3),
      (a) => a.toString(),
      (a) => a.toNumber(),
      (a) => a.toExponential(3),
      (a) => a.isZero(),
      (a) => a.isInteger(),
      (a) => a.sd(),
      (a) => a.dp(),
      (a) => a.floor(),
      (a) => a.ceil(),
      (a) => (a.gt(0) && a.lt("1e300") ? a.sqrt() : 0),
      (a) => (a.gt(0) ? a.ln() : 0),
      (a) => (a.abs().lt("1e300") ? a.pow(2) : 0),
      (a) => (a.isZero() ? 0 : a.pow(-1)),
      (a) => (a.gt(0) && a.lt("1e300") ? a.pow("1.5") : 0),
      (a) => a.pow(1),
      (a, b) => D.max(a, b),
      (a, b) => D.min(a, b),
      (a, b) => Lo.add(a, b),
      (a, b) => Lo.mul(a, b),
      (a, b) => (b.isZero() ? 0 : Lo.div(a, b)),
      (a) => new D(a),
      (a) => new Lo(a),
    ];
    for (const x of values) {
      for (const y of values) {
        for (const op of ops) {
          const expected = op(new D(x), new D(y));
          const got = op(freeze(new D(x)), freeze(new D(y)));
          expect(String(got), `${op.toString()} on ${x}, ${y}`).toBe(String(expected));
        }
      }
    }
  });

  it("names the argument in the message", () => {
    expect(() => toDecimal("abc", "money.of: amount")).toThrow(
      'money.of: amount must be a decimal number string, got "abc"',
    );
    expect(thrown(() => toDecimal("abc", "money.of: amount"))).toMatchObject({
      details: { function: "money.of", path: "amount", expected: "a decimal number string", received: "abc" },
    });
  });
});

describe("rounding", () => {
  const table: Record<string, [string, string, string, string]> = {
    halfEven: ["2", "-2", "2", "-2"],
    halfUp: ["3", "-2", "2", "-2"],
    halfDown: ["2", "-3", "2", "-2"],
    halfTowardsZero: ["2", "-2", "2", "-2"],
    halfAwayFromZero: ["3", "-3", "2", "-2"],
    up: ["3", "-3", "3", "-3"],
    down: ["2", "-2", "2", "-2"],
    ceil: ["3", "-2", "3", "-2"],
    floor: ["2", "-3", "2", "-3"],
  };
  it.each(ROUNDING_MODES.map((m) => [m]))("%s follows the documented table", (mode) => {
    const got = ["2.5", "-2.5", "2.4", "-2.4"].map((v) => roundToScale(new D(v), 0, mode).toString());
    expect(got).toEqual(table[mode]);
  });
  it("rounds to negative scales", () => {
    expect(roundToScale(new D("1250"), -2, "halfEven").toString()).toBe("1200");
    expect(code(() => roundToScale(new D(1), 1.5, "halfEven"))).toBe("OUT_OF_RANGE");
    expect(code(() => roundingConstant("bankers"))).toBe("INVALID_INPUT");
  });
});

describe("independence from decimal.js's global configuration", () => {
  let saved: { precision: number; rounding: Decimal.Rounding };
  beforeEach(() => {
    saved = { precision: Decimal.precision, rounding: Decimal.rounding };
    Decimal.set({ precision: 5, rounding: Decimal.ROUND_DOWN });
  });
  afterEach(() => {
    Decimal.set(saved);
  });
  it("keeps 34 digits and half-even rounding when the global Decimal is set to 5 digits, ROUND_DOWN", () => {
    expect(new Decimal(2).div(3).toString()).toBe("0.66666");
    expect(new D(2).div(3).toString()).toBe("0." + "6".repeat(33) + "7");
    expect(toDecimal(new Decimal("123456.789"), "x").plus(1).toString()).toBe("123457.789");
  });
});

describe("compare, signOf and own", () => {
  /** Decimals of every sign and magnitude, with few or many digits, -0 among them. */
  const decimal = fc.oneof(
    fc.constantFrom("0", "-0", "1", "-1", "1e-999", "-9.99e999", "0.1", "10000000", "9999999", "1.0000001"),
    fc
      .tuple(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: -60, max: 60 }))
      .map(([n, e]) => `${n}e${e}`),
  );
  const of = (text: string, C: typeof D) => new C(text);
  const constructors = fc.constantFrom(D, DLo, DHi, DX, Decimal);

  it("compare gives what decimal.js's cmp gives, for decimals of any of the constructors; signOf is cmp(0)", () => {
    fc.assert(
      fc.property(decimal, decimal, constructors, constructors, (a, b, A, B) => {
        const x = of(a, A);
        const y = of(b, B);
        expect(compare(x, y)).toBe(x.cmp(y));
        expect(compare(x, x)).toBe(0);
        expect(signOf(x)).toBe(x.cmp(0));
      }),
    );
  });

  it("compare leaves an infinite decimal (an overflow not yet refused) to decimal.js", () => {
    expect(compare(new D(Infinity), new D(1))).toBe(1);
    expect(compare(new D(1), new D(-Infinity))).toBe(1);
    expect(compare(new D(Infinity), new D(Infinity))).toBe(0);
  });

  it("own adopts a fresh result of DLo or DHi, copies any other decimal, and freezes what it returns", () => {
    const fresh = DLo.div(1, 3);
    const adopted = own(fresh);
    expect(adopted).toBe(fresh);
    expect(adopted.constructor).toBe(D);
    expect(Object.isFrozen(adopted)).toBe(true);
    expect(adopted.plus(1).constructor).toBe(D);
    expect(adopted.toString()).toBe(new D(DLo.div(1, 3)).toString());

    const shared = Object.freeze(DHi.div(2, 3));
    const copy = own(shared);
    expect(copy).not.toBe(shared);
    expect(copy.constructor).toBe(D);
    expect(shared.constructor).toBe(DHi);

    const theirs = new Decimal("1.5");
    expect(own(theirs)).not.toBe(theirs);
    expect(Object.isFrozen(theirs)).toBe(false);
    expect(own(DLo.sub(1, 1))).toBe(own(new D("-0")));
  });
});
