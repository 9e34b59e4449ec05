import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { figure, growth } from "../../src/index.js";
import type { GrowthComponent } from "../../src/growth/types.js";
import { code, interval } from "../support.js";

describe("growth.remainder", () => {
  it("is exact on exact inputs, with several parts", () => {
    const rest = growth.remainder({ current: 100, rate: growth.fromFraction("0.1") }, [
      { current: 40, rate: growth.fromFraction("0.2") },
      { current: 30, rate: growth.fromFraction("0.05") },
    ]);
    expect(rest.kind).toBe("remainder");
    expect(rest.current.value.toString()).toBe("30");
    expect(figure.isExact(rest.current)).toBe(true);
    // 100/1.1 − 40/1.2 − 30/1.05 = 29.0043...
    expect(rest.previous.level.value.toFixed(4)).toBe("29.0043");
    // 30 / 29.0043... − 1 = 0.0343283582089552238805970149253731343... has no 34-digit decimal: its two neighbours
    expect(interval(rest.rate.fraction)).toBe(
      "[0.03432835820895522388059701492537313, 0.03432835820895522388059701492537314]",
    );
    expect(rest.rate.fraction.value.toFixed(6)).toBe(
      rest.current.value.div(rest.previous.level.value).minus(1).toFixed(6),
    );
    expect(Object.isFrozen(rest) && Object.isFrozen(rest.rate) && Object.isFrozen(rest.previous)).toBe(true);
  });

  it("rounds its bounds outwards: they contain the true range, not its 34-digit approximation", () => {
    // Computed at 34 digits, a corner value could fall inside the true range: here the lower bound was
    // 0.066227667797040439740932845505197, above the true minimum 0.0662276677970404397409328455051967109956...
    const rest = growth.remainder({ current: figure.reported("6373.50"), rate: growth.fromPercent("18.8") }, [
      { current: figure.reported("1977.14"), rate: growth.fromPercent("58.9") },
    ]);
    // the true range is [0.0662276677970404397409328455051967109956..., 0.0676007189374635769009113024204786369497...]
    expect(interval(rest.rate.fraction)).toBe(
      "[0.06622766779704043974093284550519671, 0.06760071893746357690091130242047864]",
    );
    expect(rest.rate.flags).toEqual([]);
    // exact inputs whose rate fits in 34 digits keep an exact rate
    const exact = growth.remainder({ current: 220, rate: growth.fromFraction("0.1") }, [
      { current: 110, rate: growth.fromFraction("0.1") },
    ]);
    expect(interval(exact.rate.fraction)).toBe("[0.1, 0.1]");
  });

  it("widens the corner values by its bound of the 60-digit rounding error, visible when levels of 26 digits cancel", () => {
    // Every corner gives exactly 0 (both rates 0): the bounds are ± the error bound
    // (1 + 5) × 10^-59 × ((N + r S) / m + 2 r), with N = S = 10^25 + 9999999999999999999999997.55 (the larger
    // magnitude of each level), r = 1 + max |corner| = 1 and m = 2.45 (the smaller magnitude of the earlier remainder):
    // (N + S) / m + 2 = 4 × 10^25 / 2.45, so the bound is 6 × 10^-59 × 4 × 10^25 / 2.45, rounded up to 34 digits.
    const rest = growth.remainder({ current: "10000000000000000000000000", rate: growth.fromFraction("0") }, [
      { current: figure.reported("9999999999999999999999997.5"), rate: growth.fromFraction("0") },
    ]);
    expect(rest.previous.level.lo.toString()).toBe("2.45");
    expect(interval(rest.rate.fraction)).toBe(
      "[-0.0000000000000000000000000000000009795918367346938775510204081632656, 0.0000000000000000000000000000000009795918367346938775510204081632656]",
    );
    expect(rest.rate.flags).toEqual([]);
  });

  it("widens by r = 1 + the larger magnitude of the corner values when 33-digit levels cancel", () => {
    // Now [29.5, 30.5], before about 10 more: the rate runs from −0.2531… to −0.2469…, and the error bound
    // (about 10^-25) uses r = 1.2531…, the larger of the two magnitudes.
    const rest = growth.remainder(
      { current: figure.reported("100000000000000000000000000000000"), rate: growth.fromFraction("0") },
      [{ current: "99999999999999999999999999999970", rate: growth.fromFraction("1e-31") }],
    );
    expect(interval(rest.rate.fraction)).toBe(
      "[-0.2531645569620253164556962032163246, -0.2469135802469135802469135795622345]",
    );
    expect(rest.rate.flags).toEqual([]);
    // the true range, at 60 digits: each bound lies outside it by no more than 10^-24
    const W = Decimal.clone({ precision: 60 });
    const corner = (t: string): Decimal => {
      const p = new W("99999999999999999999999999999970");
      return new W(t)
        .minus(p)
        .div(new W(t).minus(p.div(new W(1).plus("1e-31"))))
        .minus(1);
    };
    const lo = corner("99999999999999999999999999999999.5");
    const hi = corner("100000000000000000000000000000000.5");
    expect(rest.rate.fraction.lo.lt(lo) && lo.minus(rest.rate.fraction.lo).lt("1e-24")).toBe(true);
    expect(rest.rate.fraction.hi.gt(hi) && rest.rate.fraction.hi.minus(hi).lt("1e-24")).toBe(true);
  });

  it("gives the exact range for several inexact parts when the formula is monotone over the box", () => {
    const total = { current: figure.reported("100.0"), rate: growth.fromPercent("10") };
    const parts = [
      { current: figure.reported("40.0"), rate: growth.fromPercent("20") },
      { current: figure.reported("30.0"), rate: growth.fromPercent("8") },
    ];
    const rest = growth.remainder(total, parts);
    expect(rest.rate.flags).toEqual([]);
    const f = (t: number, g: number, p1: number, g1: number, p2: number, g2: number) =>
      (t - p1 - p2) / (t / (1 + g) - p1 / (1 + g1) - p2 / (1 + g2)) - 1;
    // Every corner of the box, in floating point.
    const ends = [
      [99.95, 100.05],
      [0.095, 0.105],
      [39.95, 40.05],
      [0.195, 0.205],
      [29.95, 30.05],
      [0.075, 0.085],
    ] as const;
    let min = Infinity;
    let max = -Infinity;
    for (let mask = 0; mask < 64; mask++) {
      const v = ends.map((e, i) => e[(mask >> i) & 1] as number) as [number, number, number, number, number, number];
      const g = f(...v);
      min = Math.min(min, g);
      max = Math.max(max, g);
    }
    expect(rest.rate.fraction.lo.toNumber()).toBeCloseTo(min, 12);
    expect(rest.rate.fraction.hi.toNumber()).toBeCloseTo(max, 12);
    const inside = f(100.02, 0.097, 39.98, 0.204, 30.01, 0.082);
    expect(rest.rate.fraction.lo.toNumber()).toBeLessThan(inside);
    expect(rest.rate.fraction.hi.toNumber()).toBeGreaterThan(inside);
  });

  it("falls back to naive bounds when the parts' rates make the formula non-monotone", () => {
    // With rates of 20% and 5% around a total's 10%, the rate's slope in the second part changes sign inside the box.
    const rest = growth.remainder({ current: figure.reported("100.0"), rate: growth.fromPercent("10") }, [
      { current: figure.reported("40.0"), rate: growth.fromPercent("20") },
      { current: figure.reported("30.0"), rate: growth.fromPercent("5") },
    ]);
    expect(rest.rate.flags).toEqual(["naiveBounds"]);
    expect(figure.contains(rest.rate.fraction, rest.rate.fraction.value)).toBe(true);
  });

  it("falls back to naive bounds, flagged, when the formula is not monotone over the box", () => {
    // The total's and the part's rates overlap: the rate rises with the total at some corners and falls at others.
    const rest = growth.remainder({ current: figure.reported("100"), rate: growth.fromPercent("10") }, [
      { current: figure.reported("50"), rate: growth.fromPercent("10") },
    ]);
    expect(rest.rate.flags).toEqual(["naiveBounds"]);
    expect(rest.rate.fraction.value.toString()).toBe("0.1");
    const naive = growth.rate(rest.current, rest.previous);
    expect(rest.rate.fraction).toEqual(naive.fraction);
  });

  it("passes on the naive bounds of a component's rate (the rate of another remainder)", () => {
    const twelve = growth.fromPercent("12");
    const eight = growth.fromPercent("8");
    const naive = { ...twelve, flags: ["naiveBounds"] } as const;
    const exactly = growth.remainder({ current: figure.reported("300"), rate: twelve }, [
      { current: figure.reported("50"), rate: eight },
    ]);
    expect([exactly.rate.flags, exactly.rate.fraction.value.toString()]).toEqual([
      [],
      "0.128358208955223880597014925373134",
    ]);
    const fromTotal = growth.remainder({ current: figure.reported("300"), rate: naive }, [
      { current: figure.reported("50"), rate: eight },
    ]);
    expect([fromTotal.rate.flags, fromTotal.rate.fraction]).toEqual([["naiveBounds"], exactly.rate.fraction]);
    const fromPart = growth.remainder({ current: figure.reported("300"), rate: eight }, [
      { current: figure.reported("20"), rate: eight },
      { current: figure.reported("50"), rate: { ...eight, flags: ["naiveBounds"] } },
    ]);
    expect(fromPart.rate.flags).toEqual(["naiveBounds"]);
  });

  it("falls back to naive bounds when more than 16 inputs are inexact", () => {
    const parts: GrowthComponent[] = [];
    for (let i = 0; i < 8; i++) parts.push({ current: figure.reported("10"), rate: growth.fromPercent("5") });
    const rest = growth.remainder({ current: figure.reported("200"), rate: growth.fromPercent("2") }, parts);
    expect(rest.rate.flags).toContain("naiveBounds");
    expect(rest.current.value.toString()).toBe("120");
  });

  it("keeps a shared basis, mixes unspecified to unspecified, and refuses real with nominal", () => {
    const c = (basis: "real" | "nominal" | "unspecified", current: number, pct: number) => ({
      current,
      rate: growth.fromPercent(pct, { basis }),
    });
    expect(growth.remainder(c("real", 100, 10), [c("real", 40, 20)]).rate.basis).toBe("real");
    expect(growth.remainder(c("real", 100, 10), [c("real", 40, 20)]).previous.comparableWithNominal).toBe("no");
    expect(growth.remainder(c("real", 100, 10), [c("unspecified", 40, 20)]).rate.basis).toBe("unspecified");
    expect(code(() => growth.remainder(c("real", 100, 10), [c("nominal", 40, 20)]))).toBe("INVALID_INPUT");
  });

  it("flags a negative earlier remainder", () => {
    // Now 100 − 95 = 5; before 100/1.0 − 95/0.5 = −90.
    const rest = growth.remainder({ current: 100, rate: growth.fromFraction(0) }, [
      { current: 95, rate: growth.fromFraction("-0.5") },
    ]);
    expect(rest.previous.level.value.toString()).toBe("-90");
    expect(rest.rate.flags).toEqual(["negativeBase", "signChange"]);
  });

  it("takes back a part whose rate was computed with an absolute denominator from a negative base", () => {
    // A loss-making segment went from −10 to −5: +50% with |base|; so it was −10 a year earlier.
    const segmentRate = growth.rate(-5, -10, { denominator: "absolute" });
    const rest = growth.remainder({ current: 100, rate: growth.fromFraction("0.1") }, [
      { current: -5, rate: segmentRate },
    ]);
    expect(rest.current.value.toString()).toBe("105");
    expect(rest.previous.level.value.toFixed(6)).toBe("100.909091"); // 100/1.1 + 10
    expect(rest.rate.fraction.value.toFixed(6)).toBe("0.040541");
    // 105 / (1110/11) − 1 = 3/74 = 0.0405405…: its two 34-digit neighbours, from the corner formula too
    // (with 1 + r for that part, the formula gave 0.114…, and bounds that crossed)
    expect(interval(rest.rate.fraction)).toBe(
      "[0.04054054054054054054054054054054054, 0.04054054054054054054054054054054055]",
    );
    expect(rest.rate.flags).toEqual([]);
  });

  it("takes back a total whose rate was computed with an absolute denominator from a negative base", () => {
    // The total went from −10 to −5 (+50% with |base|), a part is −20 after +10%: now −5 + 20 = 15, before −10 + 20/1.1.
    const rest = growth.remainder({ current: -5, rate: growth.rate(-5, -10, { denominator: "absolute" }) }, [
      { current: -20, rate: growth.fromFraction("0.1") },
    ]);
    // 15 / (90/11) − 1 = 5/6
    expect(interval(rest.rate.fraction)).toBe(
      "[0.8333333333333333333333333333333333, 0.8333333333333333333333333333333334]",
    );
    expect(rest.rate.flags).toEqual([]);
  });

  it("takes back a part whose rate came from a negative base with the ordinary denominator", () => {
    // A loss-making segment went from −100 to −90: (−90 − −100) / −100 = −10%, so it was −90 / 0.9 = −100.
    const segmentRate = growth.rate(-90, -100);
    expect(segmentRate.flags).toEqual(["negativeBase"]);
    const rest = growth.remainder({ current: 1000, rate: growth.rate(1000, 900) }, [
      { current: -90, rate: segmentRate },
    ]);
    expect(rest.current.value.toString()).toBe("1090");
    expect(rest.previous.level.value.toString()).toBe("1000"); // 900 − (−100)
    expect(rest.rate.fraction.value.toString()).toBe("0.09");
  });

  it("never mutates its inputs", () => {
    const total = { current: figure.reported("424.36"), rate: growth.fromPercent("32") };
    const parts = [{ current: figure.reported("403.74"), rate: growth.fromPercent("33.0") }];
    const snapshot = JSON.stringify([total, parts]);
    growth.remainder(total, parts);
    expect(JSON.stringify([total, parts])).toBe(snapshot);
  });

  it("refuses an earlier remainder that may be zero with UNDEFINED_RESULT", () => {
    expect(
      code(() =>
        growth.remainder({ current: 100, rate: figure.percent(0) }, [{ current: 100, rate: figure.percent(0) }]),
      ),
    ).toBe("UNDEFINED_RESULT");
    expect(
      code(() =>
        growth.remainder({ current: 100, rate: figure.percent(-100) }, [{ current: 1, rate: figure.percent(0) }]),
      ),
    ).toBe("UNDEFINED_RESULT");
  });

  it("refuses malformed components", () => {
    const total = { current: 100, rate: figure.percent(10) };
    expect(code(() => growth.remainder(total, []))).toBe("INVALID_INPUT");
    expect(code(() => growth.remainder(total, {} as never))).toBe("INVALID_TYPE");
    expect(code(() => growth.remainder(total, [{ current: 5 } as never]))).toBe("INVALID_INPUT");
    expect(code(() => growth.remainder(null as never, [total]))).toBe("INVALID_TYPE");
    expect(code(() => growth.remainder(total, [{ current: "x", rate: figure.percent(1) }]))).toBe("INVALID_NUMBER");
  });
});
