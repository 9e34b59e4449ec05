import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import * as figure from "../../src/figure/index.js";
import type { Figure } from "../../src/figure/types.js";
import { code } from "../support.js";

function interval(f: Figure): string {
  return `${f.loInclusive ? "[" : "("}${f.lo.toString()}, ${f.hi.toString()}${f.hiInclusive ? "]" : ")"}`;
}

const r = (text: string) => figure.reported(text);

describe("figure.add and figure.sub", () => {
  it("add sums bounds; an end is possible only when both are", () => {
    expect(interval(figure.add(r("1.5"), r("2.25")))).toBe("[3.695, 3.805)");
    expect(interval(figure.add(r("1.5"), figure.between(0, 1, { loInclusive: false })))).toBe("(1.45, 2.55)");
    expect(interval(figure.add(1, 2))).toBe("[3, 3]");
    expect(interval(figure.add(figure.between(0, 1), figure.between(2, 3)))).toBe("[2, 4]");
  });

  it("sub pairs the low end with the other's high end", () => {
    const rest = figure.sub(r("424.36"), r("403.74"));
    expect(interval(rest)).toBe("(20.61, 20.63)");
    expect(rest.value.toString()).toBe("20.62");
    expect(interval(figure.sub(r("5"), 1))).toBe("[3.5, 4.5)");
    expect(interval(figure.sub(1, r("5")))).toBe("(-4.5, -3.5]");
  });

  it("sub of a figure from itself is not zero (independent operands)", () => {
    const x = r("1.0");
    expect(interval(figure.sub(x, x))).toBe("(-0.1, 0.1)");
  });

  it("neg swaps and negates the bounds and their flags", () => {
    expect(interval(figure.neg(r("2.5")))).toBe("(-2.55, -2.45]");
    expect(interval(figure.neg(figure.neg(r("2.5"))))).toBe("[2.45, 2.55)");
    expect(figure.neg(0).value.isNeg()).toBe(false);
  });
});

describe("figure.mul", () => {
  it("takes the extreme products of the bounds", () => {
    expect(interval(figure.mul(r("2"), r("3")))).toBe("[3.75, 8.75)");
    expect(interval(figure.mul(r("-2"), r("3")))).toBe("(-8.75, -3.75)");
    expect(interval(figure.mul(r("-2"), r("-3")))).toBe("(3.75, 8.75]");
    expect(interval(figure.mul(figure.between(-1, 2), figure.between(-3, 4)))).toBe("[-6, 8]");
  });

  it("knows a possible zero end makes zero possible whatever the other factor", () => {
    const zeroToOne = figure.between(0, 1, { hiInclusive: false });
    const open = figure.between(2, 3, { loInclusive: false, hiInclusive: false });
    expect(interval(figure.mul(zeroToOne, open))).toBe("[0, 3)");
    const openZero = figure.between(0, 1, { loInclusive: false });
    expect(interval(figure.mul(openZero, open))).toBe("(0, 3)");
    // the same with the possible zero in the second factor: (1, 2) × [0, 1]
    const openOneTwo = figure.between(1, 2, { loInclusive: false, hiInclusive: false });
    expect(interval(figure.mul(openOneTwo, figure.between(0, 1)))).toBe("[0, 2)");
  });

  it("is exact on exact operands", () => {
    const f = figure.mul("1.1", "1.1");
    expect(interval(f)).toBe("[1.21, 1.21]");
  });

  it("uses bounds whose inclusiveness comes from the corner that attains them", () => {
    // [1, 2) × [1, 2): 1 is attained (1×1), 4 is not.
    const x = figure.between(1, 2, { hiInclusive: false });
    expect(interval(figure.mul(x, x))).toBe("[1, 4)");
  });
});

describe("figure.div", () => {
  it("divides with outward bounds", () => {
    const before = figure.div(r("193.48"), figure.add(1, figure.percent("38.8")));
    expect(before.value.toFixed(2)).toBe("139.39");
    expect(before.lo.toFixed(2)).toBe("139.34");
    expect(before.hi.toFixed(2)).toBe("139.45");
    // 193.475 is possible but 1.3885 is not, so the lower end is not attained.
    expect(before.loInclusive).toBe(false);
    expect(before.hiInclusive).toBe(false);
  });

  it("rounds inexact bounds outwards, the value to nearest", () => {
    const q = figure.div(figure.between(1, 2, { value: 1 }), 3);
    expect(q.lo.toString()).toBe("0.3333333333333333333333333333333333");
    expect(q.hi.toString()).toBe("0.6666666666666666666666666666666667");
    expect(q.value.toString()).toBe("0.3333333333333333333333333333333333");
    const n = figure.div(figure.between(-2, -1, { value: -2 }), 3);
    expect(n.lo.toString()).toBe("-0.6666666666666666666666666666666667");
    expect(n.hi.toString()).toBe("-0.3333333333333333333333333333333333");
    expect(n.value.toString()).toBe("-0.6666666666666666666666666666666667");
    const m = figure.mul(figure.between(1, 2, { value: 1 }), figure.div(figure.between(1, 2, { value: 1 }), 3));
    expect(m.lo.toString()).toBe("0.3333333333333333333333333333333333");
    expect(m.hi.toString()).toBe("1.333333333333333333333333333333334");
  });

  it("gives exact operands a result one 34-digit unit wide when the true result does not fit", () => {
    const third = figure.div(1, 3);
    expect(figure.isExact(third)).toBe(false);
    expect(third.lo.toString()).toBe("0.3333333333333333333333333333333333");
    expect(third.hi.toString()).toBe("0.3333333333333333333333333333333334");
    expect(third.loInclusive && third.hiInclusive).toBe(true);
    expect(figure.isExact(figure.add("1e40", "1"))).toBe(false);
    expect(figure.isExact(figure.mul("1.1", "1.1"))).toBe(true);
  });

  it("is exact when the quotient is", () => {
    expect(interval(figure.div(6, 3))).toBe("[2, 2]");
  });

  it("keeps a possible zero dividend possible", () => {
    expect(
      interval(figure.div(figure.between(0, 1), figure.between(2, 4, { loInclusive: false, hiInclusive: false }))),
    ).toBe("[0, 0.5)");
  });

  it("refuses divisors whose bounds contain or touch zero with DIVISION_BY_ZERO", () => {
    expect(code(() => figure.div(1, 0))).toBe("DIVISION_BY_ZERO");
    expect(code(() => figure.div(1, r("0.0")))).toBe("DIVISION_BY_ZERO");
    expect(code(() => figure.div(1, figure.between(-1, 1)))).toBe("DIVISION_BY_ZERO");
    expect(code(() => figure.div(1, figure.between(0, 1, { loInclusive: false })))).toBe("DIVISION_BY_ZERO");
  });
});

describe("operands", () => {
  it("accepts figures made with other decimal.js constructors", () => {
    const d = (x: string) => new Decimal(x);
    const foreign = { value: d("2"), lo: d("1"), hi: d("3"), loInclusive: true, hiInclusive: false };
    const sum = figure.add(foreign, 1);
    expect(interval(sum)).toBe("[2, 4)");
  });

  it("refuses invalid operands with INVALID_INPUT", () => {
    const d = (x: string) => new Decimal(x);
    const broken = { value: d("5"), lo: d("1"), hi: d("3"), loInclusive: true, hiInclusive: true };
    for (const op of [figure.add, figure.sub, figure.mul, figure.div]) {
      expect(code(() => op(broken, 1))).toBe("INVALID_VALUE");
      expect(code(() => op(1, { value: 1 } as never))).toBe("INVALID_VALUE");
      expect(code(() => op(1, NaN))).toBe("INVALID_NUMBER");
      expect(code(() => op("abc", 1))).toBe("INVALID_NUMBER");
    }
    expect(code(() => figure.neg(null as never))).toBe("INVALID_TYPE");
  });

  it("never mutates its operands and freezes its results", () => {
    const a = r("1.5");
    const b = figure.between(-1, 2, { loInclusive: false });
    const snapshot = JSON.stringify([a, b]);
    const results = [figure.add(a, b), figure.sub(a, b), figure.mul(a, b), figure.div(b, a), figure.neg(b)];
    expect(JSON.stringify([a, b])).toBe(snapshot);
    for (const f of results) expect(Object.isFrozen(f)).toBe(true);
  });
});

describe("the value of a result is a number the result allows", () => {
  // A best estimate within half a 34-digit unit of an excluded end: rounded to 34 digits, the
  // result's value would sit on that end, which the bounds say is impossible. It keeps its digits.
  const nearLo = figure.between("1", "2", { value: "1.0000000000000000000000000000000000001", loInclusive: false });
  const nearHi = figure.between("1", "2", { value: "1.9999999999999999999999999999999999999", hiInclusive: false });
  const show = (f: Figure): string => `${f.value.toString()} ${interval(f)}`;

  it("add and sub keep every digit of a value that would round onto an excluded end", () => {
    expect(show(figure.add(nearLo, 1))).toBe("2.0000000000000000000000000000000000001 (2, 3]");
    expect(show(figure.add(1, nearLo))).toBe("2.0000000000000000000000000000000000001 (2, 3]");
    expect(show(figure.add(nearHi, 1))).toBe("2.9999999999999999999999999999999999999 [2, 3)");
    expect(show(figure.sub(nearLo, -1))).toBe("2.0000000000000000000000000000000000001 (2, 3]");
    expect(show(figure.sub(nearHi, -1))).toBe("2.9999999999999999999999999999999999999 [2, 3)");
    expect(show(figure.sub(-1, nearLo))).toBe("-2.0000000000000000000000000000000000001 [-3, -2)");
  });

  it("on an included end, or inside, the value is rounded to 34 digits as before", () => {
    const closed = figure.between("1", "2", { value: "1.0000000000000000000000000000000000001" });
    expect(show(figure.add(closed, 1))).toBe("2 [2, 3]");
    expect(show(figure.sub(closed, -1))).toBe("2 [2, 3]");
    expect(show(figure.mul(closed, 3))).toBe("3 [3, 6]");
    expect(show(figure.div(closed, "0.5"))).toBe("2 [2, 4]");
    // an excluded end elsewhere changes nothing
    expect(
      show(
        figure.add(
          figure.between("1", "2", { value: "1.0000000000000000000000000000000000001", hiInclusive: false }),
          1,
        ),
      ),
    ).toBe("2 [2, 3)");
    expect(
      show(
        figure.add(
          figure.between("1", "2", { value: "1.9999999999999999999999999999999999999", loInclusive: false }),
          1,
        ),
      ),
    ).toBe("3 (2, 3]");
  });

  it("mul keeps every digit, div keeps the operands' digits and 40 more", () => {
    expect(show(figure.mul(nearLo, 3))).toBe("3.0000000000000000000000000000000000003 (3, 6]");
    expect(show(figure.mul(nearHi, 3))).toBe("5.9999999999999999999999999999999999997 [3, 6)");
    expect(show(figure.mul(nearLo, -3))).toBe("-3.0000000000000000000000000000000000003 [-6, -3)");
    expect(show(figure.div(nearLo, "0.5"))).toBe("2.0000000000000000000000000000000000002 (2, 4]");
    expect(show(figure.div(nearHi, "0.5"))).toBe("3.9999999999999999999999999999999999998 [2, 4)");
    expect(show(figure.div(nearLo, "-0.5"))).toBe("-2.0000000000000000000000000000000000002 [-4, -2)");
    // 3 / 1.99…9: 79 significant digits (1 + 38 + 40), off the excluded end 1.5
    expect(show(figure.div(3, nearHi))).toBe(
      "1.50000000000000000000000000000000000007500000000000000000000000000000000000375 (1.5, 3]",
    );
  });

  it("reported figures of more than 34 digits: the sum of 'ceil' and 'floor' readings", () => {
    const up = figure.reported("1.0000000000000000000000000000000000001", { rounding: "ceil" });
    expect(show(up)).toBe("1.0000000000000000000000000000000000001 (1, 1.0000000000000000000000000000000000001]");
    expect(show(figure.add(up, 0))).toBe(
      "1.0000000000000000000000000000000000001 (1, 1.000000000000000000000000000000001]",
    );
    expect(show(figure.sub(0, up))).toBe(
      "-1.0000000000000000000000000000000000001 [-1.000000000000000000000000000000001, -1)",
    );
  });
});
