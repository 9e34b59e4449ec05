import type Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { isAccordoError } from "../../src/errors.js";
import * as figure from "../../src/figure/index.js";
import { code, interval, thrown } from "../support.js";

// The case study: industrial output 424.36 (+32%), four leading industries 403.74 (+33.0%).
const inputs = {
  total: figure.reported("424.36"),
  four: figure.reported("403.74"),
  totalRate: figure.percent("32"),
  fourRate: figure.percent("33.0"),
};
const restGrowth = ({ total, four, totalRate, fourRate }: { readonly [K in keyof typeof inputs]: Decimal }) =>
  total
    .minus(four)
    .div(total.div(totalRate.plus(1)).minus(four.div(fourRate.plus(1))))
    .minus(1);

describe("figure.evaluate", () => {
  it("gives the exact range of the remainder's growth, about [7.07%, 24.27%]", () => {
    const g = figure.evaluate(restGrowth, inputs);
    expect(g.value.toFixed(4)).toBe("0.1506");
    expect(g.lo.toFixed(4)).toBe("0.0707");
    expect(g.hi.toFixed(4)).toBe("0.2427");
    expect(g.loInclusive && g.hiInclusive).toBe(true);
  });

  it("is tighter than naive interval arithmetic, about [6.98%, 24.38%]", () => {
    const { total, four, totalRate, fourRate } = inputs;
    const naive = figure.sub(
      figure.div(
        figure.sub(total, four),
        figure.sub(figure.div(total, figure.add(1, totalRate)), figure.div(four, figure.add(1, fourRate))),
      ),
      1,
    );
    expect(naive.lo.toFixed(4)).toBe("0.0698");
    expect(naive.hi.toFixed(4)).toBe("0.2438");
    const exact = figure.evaluate(restGrowth, inputs);
    // the same best estimate (evaluate computes it with 50 digits: the 34th may differ)
    expect(naive.value.toSignificantDigits(32).eq(exact.value.toSignificantDigits(32))).toBe(true);
    expect(figure.contains(naive, exact)).toBe(true);
    expect(figure.width(naive).gt(figure.width(exact))).toBe(true);
  });

  it("gives the same range with stated directions, in two evaluations", () => {
    let calls = 0;
    const counted = (v: { readonly [K in keyof typeof inputs]: Decimal }) => {
      calls++;
      return restGrowth(v);
    };
    const stated = figure.evaluate(counted, inputs, {
      monotonicity: { total: "increasing", four: "decreasing", totalRate: "increasing", fourRate: "decreasing" },
    });
    expect(calls).toBe(3); // the best estimates and two corners
    const detected = figure.evaluate(restGrowth, inputs);
    expect(stated.lo.eq(detected.lo) && stated.hi.eq(detected.hi) && stated.value.eq(detected.value)).toBe(true);
  });

  it("mixes stated and detected inputs", () => {
    const f = figure.evaluate(
      ({ a, b }) => a.minus(b),
      { a: figure.between(1, 2), b: figure.between(0, 1) },
      { monotonicity: { a: "increasing" } },
    );
    expect(f.lo.toString()).toBe("0");
    expect(f.hi.toString()).toBe("2");
  });

  it("accepts a formula that is flat along one edge of the box and rises (or falls) along another", () => {
    // x·y on [0, 1]²: along x the edge y = 0 is flat and the edge y = 1 rises.
    const box = { x: figure.between(0, 1), y: figure.between(0, 1) };
    expect(interval(figure.evaluate(({ x, y }) => x.times(y), box))).toBe("[0, 1]");
    expect(interval(figure.evaluate(({ x, y }) => x.times(y).neg(), box))).toBe("[-1, 0]");
  });

  it("evaluates the formula at the best estimates and once at each corner of the inexact inputs", () => {
    const counted = () => {
      let calls = 0;
      const formula = ({ a, b, c }: { readonly a: Decimal; readonly b: Decimal; readonly c: Decimal }) => {
        calls++;
        return a.plus(b).plus(c);
      };
      return { formula, calls: () => calls };
    };
    // two inexact inputs, one exact: 1 + 2² calls
    const detected = counted();
    const f = figure.evaluate(detected.formula, { a: figure.between(0, 1), b: figure.between(0, 1), c: 5 });
    expect(interval(f)).toBe("[5, 7]");
    expect(detected.calls()).toBe(5);
    // one stated input: the two corners of the remaining inexact input, at its min and at its max end
    const mixed = counted();
    const g = figure.evaluate(
      mixed.formula,
      { a: figure.between(0, 1), b: figure.between(0, 1), c: 5 },
      { monotonicity: { a: "increasing" } },
    );
    expect(interval(g)).toBe("[5, 7]");
    expect(mixed.calls()).toBe(5);
  });

  it("enumerates up to 16 inexact inputs; exact inputs do not count", () => {
    const many: Record<string, ReturnType<typeof figure.between>> = {};
    for (let i = 0; i < 16; i++) many[`x${i}`] = figure.between(0, 1);
    many["exact"] = figure.exact(2);
    const sum = (v: Readonly<Record<string, Decimal>>) => Object.values(v).reduce((a, b) => a.plus(b));
    expect(interval(figure.evaluate(sum, many))).toBe("[2, 18]");
  });

  it('takes "detect" and an undefined direction as detection', () => {
    const box = { x: figure.between(0, 1), y: figure.between(2, 3) };
    const detected = figure.evaluate(({ x, y }) => x.plus(y), box, { monotonicity: "detect" });
    expect(interval(detected)).toBe("[2, 4]");
    const partly = figure.evaluate(({ x, y }) => x.plus(y), box, {
      monotonicity: { x: undefined, y: "increasing" } as never,
    });
    expect(interval(partly)).toBe("[2, 4]");
  });

  it("names the input and the corner in its refusals", () => {
    const box = { x: figure.between(1, 2, { value: 2 }), y: 5 };
    expect(thrown(() => figure.evaluate(({ x, y }) => y.div(x.minus(1)), box))).toMatchObject({
      code: "UNDEFINED_RESULT",
      details: {
        function: "figure.evaluate",
        path: "the formula's result at the corner { x: 1, y: 5 }",
        where: "at the corner { x: 1, y: 5 }",
      },
    });
    expect(
      thrown(() => figure.evaluate(({ x, y }) => x.times(y), { x: figure.between(-1, 1), y: figure.between(-1, 1) })),
    ).toMatchObject({ code: "INVALID_INPUT", details: { function: "figure.evaluate", path: "formula", input: "x" } });
    expect(
      code(() => figure.evaluate(({ x }) => x, { x: figure.between(0, 1) }, { monotonicity: null as never })),
    ).toBe("INVALID_TYPE");
  });

  it("removes the dependency problem of x / x", () => {
    const x = figure.reported("2.5");
    expect(figure.isExact(figure.evaluate(({ x }) => x.div(x), { x }))).toBe(true);
    expect(figure.isExact(figure.div(x, x))).toBe(false);
  });

  it("rounds its bounds outwards to 34 digits, so that they contain the true range", () => {
    // At 34 digits 1/7 rounded up and 1/3 down: both bounds fell inside [1/7, 1/3]
    const f = figure.evaluate(({ x }) => x.pow(-1), { x: figure.between(3, 7) });
    expect(interval(f)).toBe("[0.1428571428571428571428571428571428, 0.3333333333333333333333333333333334]");
    expect(f.value.toString()).toBe("0.2");
    // the formula gets 50-digit decimals: an exact input gives the two neighbours of a result that has no 34-digit decimal
    expect(interval(figure.evaluate(({ x }) => x.pow(-1), { x: 3 }))).toBe(
      "[0.3333333333333333333333333333333333, 0.3333333333333333333333333333333334]",
    );
  });

  it("is exact on exact inputs and takes plain numbers as exact", () => {
    const f = figure.evaluate(({ a, b }) => a.times(b), { a: 3, b: "0.5" });
    expect(figure.isExact(f)).toBe(true);
    expect(f.value.toString()).toBe("1.5");
    expect(figure.evaluate(() => 7, {}).value.toString()).toBe("7");
  });

  it("passes frozen inputs and accepts any DecimalInput as the result", () => {
    const f = figure.evaluate(
      (v) => {
        expect(Object.isFrozen(v)).toBe(true);
        return v.a.toString();
      },
      { a: figure.between(1, 2) },
    );
    expect(f.lo.toString()).toBe("1");
    expect(f.hi.toString()).toBe("2");
  });

  it("refuses a formula that rises along one edge and falls along another", () => {
    const box = { x: figure.between(-1, 1), y: figure.between(-1, 1) };
    const e = (() => {
      try {
        figure.evaluate(({ x, y }) => x.times(y), box);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(isAccordoError(e, "INVALID_INPUT")).toBe(true);
    expect((e as { details: { input: string } }).details.input).toBe("x");
  });

  it("refuses a formula whose value lies outside the corner range", () => {
    // (x − 0.5)² on [0, 1]: both corners give 0.25, the value 0.
    expect(code(() => figure.evaluate(({ x }) => x.minus("0.5").pow(2), { x: figure.between(0, 1) }))).toBe(
      "INVALID_INPUT",
    );
  });

  it("refuses a wrong stated direction when the range comes out inverted", () => {
    expect(
      code(() =>
        figure.evaluate(({ x }) => x, { x: figure.between(0, 1, { value: 0 }) }, { monotonicity: { x: "decreasing" } }),
      ),
    ).toBe("INVALID_INPUT");
  });

  it("reports a formula undefined at a corner with UNDEFINED_RESULT", () => {
    expect(code(() => figure.evaluate(({ x }) => x.div(x.minus(1)), { x: figure.between(1, 2, { value: 2 }) }))).toBe(
      "UNDEFINED_RESULT",
    );
    expect(code(() => figure.evaluate(() => Number.POSITIVE_INFINITY, {}))).toBe("UNDEFINED_RESULT");
  });

  it("refuses bad formulas, inputs and options", () => {
    const x = figure.between(0, 1);
    expect(code(() => figure.evaluate("x" as never, { x }))).toBe("INVALID_TYPE");
    expect(code(() => figure.evaluate(({ x }) => x, null as never))).toBe("INVALID_TYPE");
    expect(code(() => figure.evaluate(({ x }) => x, [x] as never))).toBe("INVALID_TYPE");
    expect(code(() => figure.evaluate(({ x }) => x, { x: "abc" }))).toBe("INVALID_NUMBER");
    expect(code(() => figure.evaluate(() => "abc", { x }))).toBe("INVALID_NUMBER");
    expect(code(() => figure.evaluate(() => ({}) as never, { x }))).toBe("INVALID_TYPE");
    expect(code(() => figure.evaluate(({ x }) => x, { x }, { monotonicity: "guess" as never }))).toBe("INVALID_INPUT");
    expect(code(() => figure.evaluate(({ x }) => x, { x }, { monotonicity: { y: "increasing" } as never }))).toBe(
      "UNKNOWN_OPTION",
    );
    expect(code(() => figure.evaluate(({ x }) => x, { x }, { monotonicity: { x: "up" as never } }))).toBe(
      "INVALID_INPUT",
    );
  });

  it("refuses to enumerate more than 16 inexact inputs, unless their directions are stated", () => {
    const many: Record<string, ReturnType<typeof figure.between>> = {};
    for (let i = 0; i < 17; i++) many[`x${i}`] = figure.between(0, 1);
    const sum = (v: Readonly<Record<string, Decimal>>) => Object.values(v).reduce((a, b) => a.plus(b));
    expect(code(() => figure.evaluate(sum, many))).toBe("OUT_OF_RANGE");
    const increasing = Object.fromEntries(Object.keys(many).map((k) => [k, "increasing" as const]));
    const f = figure.evaluate(sum, many, { monotonicity: increasing });
    expect(f.lo.toString()).toBe("0");
    expect(f.hi.toString()).toBe("17");
  });

  it("never mutates its inputs", () => {
    const snapshot = JSON.stringify(inputs);
    const options = { monotonicity: { total: "increasing" as const } };
    figure.evaluate(restGrowth, inputs, options);
    expect(JSON.stringify(inputs)).toBe(snapshot);
    expect(options).toEqual({ monotonicity: { total: "increasing" } });
  });

  it("propagates an AccordoError thrown by the formula", () => {
    expect(code(() => figure.evaluate(({ x }) => figure.div(1, x).value, { x: figure.between(-1, 1) }))).toBe(
      "DIVISION_BY_ZERO",
    );
  });
});
