import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { isAccordoError } from "../../src/errors.js";
import { figure, growth } from "../../src/index.js";
import type { Figure } from "../../src/figure/types.js";
import { code, interval, thrown } from "../support.js";

describe("growth.fromPercent, fromFraction, toPercent", () => {
  it("make frozen rates with a basis and no flags", () => {
    const r = growth.fromPercent("32", { basis: "nominal", rounding: "down" });
    expect(r.kind).toBe("growthRate");
    expect(interval(r.fraction)).toBe("[0.32, 0.33)");
    expect(r.basis).toBe("nominal");
    expect(r.flags).toEqual([]);
    expect(Object.isFrozen(r) && Object.isFrozen(r.flags)).toBe(true);
    expect(growth.fromPercent("32").basis).toBe("unspecified");
    expect(interval(growth.fromFraction(figure.percent("5")).fraction)).toBe("[0.045, 0.055)");
    expect(growth.fromFraction(0.05).fraction.value.toString()).toBe("0.05");
  });

  it("toPercent scales rates and shares by 100", () => {
    expect(interval(growth.toPercent(growth.fromPercent("38.8")))).toBe("[38.75, 38.85)");
    expect(growth.toPercent(growth.share(1, 8)).value.toString()).toBe("12.5");
  });

  it("refuse bad input", () => {
    expect(code(() => growth.fromPercent("abc"))).toBe("INVALID_NUMBER");
    expect(code(() => growth.fromPercent("1", { basis: "constant" as never }))).toBe("INVALID_INPUT");
    expect(code(() => growth.fromPercent("1", "real" as never))).toBe("INVALID_TYPE");
    expect(code(() => growth.fromFraction({} as never))).toBe("INVALID_VALUE");
    expect(code(() => growth.toPercent(figure.exact(1) as never))).toBe("INVALID_VALUE");
  });
});

describe("growth.rate and tryRate", () => {
  it("computes (current − previous) / previous with exact bounds", () => {
    const r = growth.rate(figure.reported("110"), figure.exact(100));
    expect(interval(r.fraction)).toBe("[0.095, 0.105)");
    expect(r.fraction.value.toString()).toBe("0.1");
    expect(r.flags).toEqual([]);
  });

  it("gives exact rates from exact levels, and records the basis", () => {
    const r = growth.rate(figure.exact(120), 100, { basis: "real" });
    expect(figure.isExact(r.fraction)).toBe(true);
    expect(r.fraction.value.toString()).toBe("0.2");
    expect(r.basis).toBe("real");
  });

  it("accepts derived levels", () => {
    const before = growth.previous(figure.exact(150), growth.fromFraction("0.5"));
    expect(growth.rate(150, before).fraction.value.toString()).toBe("0.5");
  });

  it("uses the signed formula from a negative base and flags it", () => {
    const r = growth.rate(-5, -10);
    expect(r.fraction.value.toString()).toBe("-0.5");
    expect(r.flags).toEqual(["negativeBase"]);
  });

  it("divides by |base| when asked", () => {
    const r = growth.rate(-5, -10, { denominator: "absolute" });
    expect(r.fraction.value.toString()).toBe("0.5");
    expect(r.flags).toEqual(["negativeBase", "absoluteDenominator"]);
    const positive = growth.rate(15, 10, { denominator: "absolute" });
    expect(positive.fraction.value.toString()).toBe("0.5");
    expect(positive.flags).toEqual(["absoluteDenominator"]);
    const bounded = growth.rate(figure.reported("-5"), figure.reported("-10"), { denominator: "absolute" });
    expect(interval(bounded.fraction)).toBe(
      "(0.4210526315789473684210526315789473, 0.5714285714285714285714285714285715)",
    );
  });

  it("flags a change of sign, and a possible one", () => {
    expect(growth.rate(5, -10).flags).toEqual(["negativeBase", "signChange"]);
    expect(growth.rate(-5, 10).flags).toEqual(["signChange"]);
    expect(growth.rate(-5, 10).fraction.value.toString()).toBe("-1.5");
    expect(growth.rate(figure.reported("0"), 10).flags).toEqual(["signMayChange"]);
    expect(growth.rate(0, 10).flags).toEqual([]);
  });

  it("zero base: rate throws UNDEFINED_RESULT, tryRate returns a typed undefined growth", () => {
    expect(code(() => growth.rate(5, 0))).toBe("UNDEFINED_RESULT");
    expect(code(() => growth.rate(5, figure.between(-1, 1, { value: "0.4" })))).toBe("UNDEFINED_RESULT");
    expect(growth.tryRate(5, 0, { basis: "real" })).toEqual({
      kind: "undefinedGrowth",
      reason: "zeroBase",
      basis: "real",
    });
    const maybe = growth.tryRate(5, figure.between(-1, 1, { value: "0.4" }));
    expect(maybe).toEqual({ kind: "undefinedGrowth", reason: "baseMayBeZero", basis: "unspecified" });
    expect(Object.isFrozen(maybe)).toBe(true);
    try {
      growth.rate(5, 0);
    } catch (e) {
      expect(isAccordoError(e) && e.details?.["reason"]).toBe("zeroBase");
    }
    const ok = growth.tryRate(6, 5);
    expect(ok.kind === "growthRate" && ok.fraction.value.toString()).toBe("0.2");
  });

  it("refuses bad levels and options", () => {
    expect(code(() => growth.rate("x", 1))).toBe("INVALID_NUMBER");
    expect(code(() => growth.rate(1, { level: 1 } as never))).toBe("INVALID_VALUE");
    expect(code(() => growth.rate(1, 2, { denominator: "abs" as never }))).toBe("INVALID_INPUT");
    expect(code(() => growth.rate(1, 2, { basis: "ppp" as never }))).toBe("INVALID_INPUT");
    expect(code(() => growth.tryRate(1, 2, null as never))).toBe("INVALID_TYPE");
  });
});

describe("growth.previous and apply", () => {
  it("return levels whose decimals are the library's, frozen, and figures the other namespaces take as made", () => {
    const rate = growth.fromPercent("3.4");
    for (const level of [
      growth.previous(figure.reported("193.48"), rate).level,
      growth.apply(figure.reported("193.48"), rate).level,
      growth.apply(figure.reported("193.48"), rate, 2).level,
      growth.previous(figure.reported("193.48"), rate, "1.5").level,
    ]) {
      for (const d of [level.value, level.lo, level.hi]) {
        expect(d.constructor).toBe(growth.fromPercent("1").fraction.value.constructor);
        expect(Object.isFrozen(d)).toBe(true);
      }
      expect(figure.add(level, 0).lo.toString()).toBe(level.lo.toString());
    }
    expect(growth.apply(figure.exact(1), growth.fromFraction(0)).level.lo.toString()).toBe("1");
  });

  it("previous divides by (1 + rate)^periods and records comparability", () => {
    expect(growth.previous(121, growth.fromPercent(10, { basis: "nominal" }), 2).level.value.toString()).toBe("100");
    expect(growth.previous(110, growth.fromPercent(10, { basis: "nominal" })).comparableWithNominal).toBe("yes");
    expect(growth.previous(110, growth.fromPercent(10, { basis: "real" })).comparableWithNominal).toBe("no");
    expect(growth.previous(110, figure.percent(10)).comparableWithNominal).toBe("unknown");
    expect(growth.previous(110, figure.percent(10)).kind).toBe("derivedLevel");
  });

  it("apply multiplies by (1 + rate)^periods, with fractional periods", () => {
    expect(growth.apply(100, growth.fromPercent(10)).level.value.toString()).toBe("110");
    expect(growth.apply(100, growth.fromPercent(21), "0.5").level.value.toString()).toBe("110");
    const bounded = growth.apply(figure.exact(100), growth.fromPercent("10"), 2);
    expect(bounded.level.lo.toString()).toBe("119.9025");
    expect(bounded.level.hi.toString()).toBe("122.1025");
    expect(bounded.level.loInclusive).toBe(true);
    expect(bounded.level.hiInclusive).toBe(false);
  });

  it("a rate below −100% works for one period, not compounded", () => {
    const r = growth.rate(-5, 10); // −150%
    expect(growth.previous(-5, r).level.value.toString()).toBe("10");
    expect(growth.apply(10, r).level.value.toString()).toBe("-5");
    expect(code(() => growth.apply(10, r, 2))).toBe("OUT_OF_RANGE");
  });

  it("inverts a rate computed with an absolute denominator from a negative base", () => {
    const r = growth.rate(-5, -10, { denominator: "absolute" });
    expect(growth.previous(-5, r).level.value.toString()).toBe("-10");
    expect(growth.apply(-10, r).level.value.toString()).toBe("-5");
    expect(code(() => growth.apply(-10, r, 2))).toBe("INVALID_INPUT");
  });

  it("refuses to annualise a rate computed with an absolute denominator from a negative base", () => {
    // −10 → −5 is +50% with |base|: the factor is 0.5, and annualize compounded 1.5 into +406.25%
    // (four such quarters go −10 → −0.625, +93.75% with |base|)
    const r = growth.rate(-5, -10, { denominator: "absolute" });
    expect(r.fraction.value.toString()).toBe("0.5");
    expect(thrown(() => growth.annualize(r, 4))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "growth.annualize", path: "periodsPerYear" },
    });
    expect(thrown(() => growth.deannualize(r, 4))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "growth.deannualize", path: "periodsPerYear" },
    });
    expect(growth.annualize(r, 1)).toEqual(r);
    expect(growth.deannualize(r, 1)).toEqual(r);
    // a signed rate from a negative base compounds its factor 1 + rate = current / base as before
    expect(growth.annualize(growth.rate(-5, -10), 2).fraction.value.toString()).toBe("-0.75");
  });

  it("a rate of −100% leaves the earlier level undefined", () => {
    expect(code(() => growth.previous(0, growth.fromFraction(-1)))).toBe("UNDEFINED_RESULT");
    expect(code(() => growth.previous(5, growth.fromPercent("-100")))).toBe("UNDEFINED_RESULT");
  });

  it("refuses non-positive periods and bad rates", () => {
    expect(code(() => growth.apply(1, figure.percent(1), 0))).toBe("OUT_OF_RANGE");
    expect(code(() => growth.previous(1, figure.percent(1), -1))).toBe("OUT_OF_RANGE");
    expect(code(() => growth.apply(1, 0.05 as never))).toBe("INVALID_TYPE");
    expect(
      code(() =>
        growth.apply(1, { kind: "growthRate", fraction: figure.exact(1), basis: "real", flags: ["odd"] } as never),
      ),
    ).toBe("INVALID_VALUE");
    expect(code(() => growth.apply(1, { kind: "growthRate", fraction: figure.exact(1), basis: "real" } as never))).toBe(
      "INVALID_VALUE",
    );
  });

  it("never mutates its inputs", () => {
    const base = figure.reported("100");
    const r = growth.fromPercent("10");
    const snapshot = JSON.stringify([base, r]);
    growth.apply(base, r, 3);
    growth.previous(base, r, 3);
    expect(JSON.stringify([base, r])).toBe(snapshot);
  });
});

describe("growth.cagr", () => {
  it("gives the compound annual rate with exact bounds", () => {
    expect(growth.cagr({ from: 100, to: 121, years: 2 }).fraction.value.toString()).toBe("0.1");
    const r = growth.cagr({ from: figure.reported("100"), to: figure.reported("121"), years: 2 }, { basis: "nominal" });
    expect(r.basis).toBe("nominal");
    expect(r.fraction.value.toString()).toBe("0.1");
    expect(r.fraction.lo.toFixed(6)).toBe("0.094991"); // sqrt(120.5 / 100.5) − 1
    expect(r.fraction.hi.toFixed(6)).toBe("0.105036"); // sqrt(121.5 / 99.5) − 1
  });

  it("contains the true rate when 1 / years has no exact decimal", () => {
    // 1/3 rounded to 34 digits moved both bounds of (10^300)^(1/3) − 1 = 10^100 − 1 below it (…9768e66, …9770e66)
    const up = growth.cagr({ from: 1, to: "1e300", years: 3 }).fraction;
    expect(up.lo.eq("9999999999999999999999999999999999e66")).toBe(true);
    expect(up.hi.eq("1e100")).toBe(true);
    expect(figure.contains(up, new Decimal("1e100").minus(1))).toBe(true);
    const down = growth.cagr({ from: 1, to: "1e-300", years: 3 }).fraction;
    expect(interval(down)).toBe("[-1, -0.9999999999999999999999999999999999]");
    expect(figure.contains(down, new Decimal("1e-100").minus(1))).toBe(true);
    const quarterly = growth.deannualize(growth.fromFraction("1e300"), 3).fraction;
    expect(figure.contains(quarterly, new Decimal("1e100").minus(1))).toBe(true);
  });

  it("handles a falling level and fractional years", () => {
    expect(growth.cagr({ from: 100, to: 81, years: 2 }).fraction.value.toString()).toBe("-0.1");
    expect(growth.cagr({ from: 100, to: 110, years: "0.5" }).fraction.value.toString()).toBe("0.21");
  });

  it("refuses a non-positive ratio or non-positive years with INVALID_INPUT", () => {
    expect(code(() => growth.cagr({ from: 100, to: 0, years: 2 }))).toBe("OUT_OF_RANGE");
    expect(code(() => growth.cagr({ from: 100, to: -5, years: 2 }))).toBe("OUT_OF_RANGE");
    expect(code(() => growth.cagr({ from: -100, to: 5, years: 2 }))).toBe("OUT_OF_RANGE");
    expect(code(() => growth.cagr({ from: 0, to: 5, years: 2 }))).toBe("UNDEFINED_RESULT");
    expect(code(() => growth.cagr({ from: figure.between(-1, 1, { value: "0.4" }), to: 5, years: 2 }))).toBe(
      "UNDEFINED_RESULT",
    );
    expect(code(() => growth.cagr({ from: 100, to: figure.between(-1, 5), years: 2 }))).toBe("OUT_OF_RANGE");
    expect(code(() => growth.cagr({ from: 100, to: 121, years: 0 }))).toBe("OUT_OF_RANGE");
    expect(code(() => growth.cagr({ from: 100, to: 121, years: -2 }))).toBe("OUT_OF_RANGE");
    expect(code(() => growth.cagr({ from: 100, to: 121, years: "two" }))).toBe("INVALID_NUMBER");
  });
});

describe("growth.annualize and deannualize", () => {
  it("compound to a year and back, keeping the basis", () => {
    const q = growth.fromPercent("2", { basis: "real" });
    const y = growth.annualize(q, 4);
    expect(y.basis).toBe("real");
    expect(y.fraction.value.toString()).toBe("0.08243216");
    expect(y.fraction.lo.toString()).toBe(new Decimal("1.015").pow(4).minus(1).toString());
    const back = growth.deannualize(y, 4);
    expect(back.fraction.value.toString()).toBe("0.02");
    expect(figure.contains(back.fraction, q.fraction)).toBe(true);
  });

  it("annualises a nine-month rate with 12/9 periods a year", () => {
    const r = growth.annualize(growth.fromFraction("0.331"), new Decimal(4).div(3));
    expect(r.fraction.value.toFixed(4)).toBe("0.4641");
  });

  it("refuses non-positive periods and rates of −100% or less", () => {
    expect(code(() => growth.annualize(figure.percent(2), 0))).toBe("OUT_OF_RANGE");
    expect(code(() => growth.deannualize(figure.percent(2), -4))).toBe("OUT_OF_RANGE");
    expect(code(() => growth.annualize(figure.percent(-100), 4))).toBe("OUT_OF_RANGE");
    expect(code(() => growth.deannualize(figure.percent(-150), 4))).toBe("OUT_OF_RANGE");
  });
});

describe("rates derived from rates keep their basis and flags", () => {
  it("annualize and deannualize keep a negative base's flag and the basis", () => {
    // −5 → −4 over a quarter: the factor is 0.8 (−20%, signed, from a negative base)
    const q = growth.rate(-4, -5, { basis: "real" });
    expect([q.basis, q.flags]).toEqual(["real", ["negativeBase"]]);
    const y = growth.annualize(q, 4);
    expect([y.fraction.value.toString(), y.basis, y.flags]).toEqual(["-0.5904", "real", ["negativeBase"]]);
    const h = growth.deannualize(q, 2);
    expect([h.fraction.value.toString(), h.basis, h.flags]).toEqual([
      "-0.1055728090000841214363305325074895",
      "real",
      ["negativeBase"],
    ]);
    expect(Object.isFrozen(y.flags) && Object.isFrozen(h.flags)).toBe(true);
  });

  it("annualize and deannualize keep naive bounds and every other flag, in order", () => {
    const naive = growth.remainder(
      { current: figure.reported("100"), rate: growth.fromPercent("10", { basis: "nominal" }) },
      [{ current: figure.reported("50"), rate: growth.fromPercent("10", { basis: "nominal" }) }],
    ).rate;
    expect([growth.annualize(naive, 4).flags, growth.annualize(naive, 4).basis]).toEqual([["naiveBounds"], "nominal"]);
    expect(growth.deannualize(naive, 4).flags).toEqual(["naiveBounds"]);
    const noted = {
      kind: "growthRate",
      fraction: figure.exact("0.1"),
      basis: "unspecified",
      flags: ["naiveBounds", "absoluteDenominator", "signMayChange"],
    } as const;
    expect(growth.annualize(noted, 2).flags).toEqual(["absoluteDenominator", "signMayChange", "naiveBounds"]);
    expect(growth.annualize(noted, 2).fraction.value.toString()).toBe("0.21");
  });

  it("a rate without a basis is refused, not read as unspecified", () => {
    const bare = { kind: "growthRate", fraction: figure.exact("0.1"), flags: [] } as never;
    expect(thrown(() => growth.annualize(bare, 4))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "growth.annualize", path: "rate.basis", received: undefined },
    });
    expect(thrown(() => growth.previous(1, bare))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "growth.previous", path: "rate.basis" },
    });
    // options still default to unspecified
    expect(growth.fromFraction("0.1", {}).basis).toBe("unspecified");
  });
});

describe("values next to an excluded end", () => {
  // A rate whose best estimate lies within half a 34-digit unit of an excluded end (1e-37 above an excluded 0):
  // the factor 1 + r, its power and the level keep the digits that keep them off that end.
  const up = growth.fromFraction(figure.between("0", "0.1", { value: "1e-37", loInclusive: false }), { basis: "real" });
  const down = growth.fromFraction(figure.between("-0.1", "0", { value: "-1e-37", hiInclusive: false }), {
    basis: "nominal",
  });
  const show = (f: Figure): string => `${f.value.toString()} ${interval(f)}`;

  it("annualize and deannualize", () => {
    expect(show(growth.annualize(up, 4).fraction)).toBe("0.0000000000000000000000000000000000004 (0, 0.4641]");
    expect(show(growth.annualize(down, 4).fraction)).toBe("-0.0000000000000000000000000000000000004 [-0.3439, 0)");
    expect(show(growth.deannualize(up, 4).fraction)).toBe(
      "0.000000000000000000000000000000000000025 (0, 0.024113689084445129404144960023015]",
    );
    expect(show(growth.deannualize(down, 4).fraction)).toBe(
      "-0.000000000000000000000000000000000000025 [-0.0259962535747032355772938036003238, 0)",
    );
  });

  it("apply, previous and cagr", () => {
    expect(show(growth.apply(1, up, 3).level)).toBe("1.0000000000000000000000000000000000003 (1, 1.331]");
    expect(show(growth.previous(1, up).level)).toBe(
      "0.99999999999999999999999999999999999990000000000000000000000000000000000001 [0.909090909090909090909090909090909, 1)",
    );
    const end = figure.between("1", "2", { value: "1.0000000000000000000000000000000000001", loInclusive: false });
    expect(show(growth.cagr({ from: 1, to: end, years: 4 }).fraction)).toBe(
      "0.000000000000000000000000000000000000025 (0, 0.189207115002721066717499970560476]",
    );
  });

  it("elsewhere a power keeps 34 digits (60 would change the last digit of these levels)", () => {
    const tenPercent = growth.fromFraction("0.1");
    expect(growth.apply(2, tenPercent, "0.5").level.value.toString()).toBe("2.097617696340303093982907027359876");
    expect(growth.previous(2, tenPercent, "0.5").level.value.toString()).toBe("1.906925178491184630893551843054431");
  });
});

describe("the range of powers", () => {
  // growth raises figures to powers (cagr, apply over periods, annualize); results past 10^±999 are refused.
  it("allows a power whose result stays within 10^±999 and refuses one beyond it", () => {
    expect(growth.cagr({ from: 1, to: "1e999", years: 1 }).fraction.value.toFixed()).toBe(
      new Decimal("1e999").minus(1).toFixed(),
    );
    expect(code(() => growth.cagr({ from: 1, to: "1e500", years: "0.5" }))).toBe("OUT_OF_RANGE");
    expect(code(() => growth.cagr({ from: "1e-999", to: "1e999", years: 1 }))).toBe("OUT_OF_RANGE");
    expect(growth.cagr({ from: "1e-999", to: 1, years: 1 }).fraction.value.toFixed()).toBe(
      new Decimal("1e999").minus(1).toFixed(),
    );
  });

  it("checks both bounds of an inexact base", () => {
    // The ratio's lower bound is small and its upper bound beyond the range.
    expect(code(() => growth.cagr({ from: 1, to: figure.between(2, "1e600"), years: "0.5" }))).toBe("OUT_OF_RANGE");
    expect(code(() => growth.cagr({ from: 1, to: figure.between("1e-600", 2), years: "0.5" }))).toBe("OUT_OF_RANGE");
  });

  it("says which base and power were refused", () => {
    expect(thrown(() => growth.cagr({ from: 1, to: "1e600", years: "0.5" }))).toMatchObject({
      code: "OUT_OF_RANGE",
      details: { function: "growth", path: "1.000e+600 raised to the power 2", base: "1e+600", power: "2" },
    });
  });
});
