import { describe, expect, it } from "vitest";
import * as figure from "../../src/figure/index.js";
import * as fx from "../../src/fx/index.js";
import * as money from "../../src/money/index.js";
import { interval, thrown, code } from "../support.js";

const bn = (text: string) => figure.reported(text, { scale: "billion" });

// The case study: BDA, first three quarters of 2021, yuan with dollars in brackets.
const gdp = fx.implied(bn("30.26"), "USD", bn("193.48"), "CNY", { label: "GDP" });
const output = fx.implied(bn("66.38"), "USD", bn("424.36"), "CNY", { label: "industrial output" });
const leading = fx.implied(bn("63.15"), "USD", bn("403.74"), "CNY", { label: "four leading industries" });

describe("fx.implied", () => {
  it("divides the quote figure by the base figure, with the bounds of their written digits", () => {
    expect(gdp.base.code).toBe("USD");
    expect(gdp.quote.code).toBe("CNY");
    expect(gdp.rate.value.toString()).toBe("6.393919365499008592200925313945803");
    // 193.475 / 30.265 and 193.485 / 30.255, rounded outwards.
    expect(gdp.rate.lo.toFixed(12)).toBe("6.392697835784");
    expect(gdp.rate.hi.toFixed(12)).toBe("6.395141298959");
    expect(gdp.rate.lo.lte("6.392697835783908805550966462910953")).toBe(true);
    expect(gdp.rate.hi.gte("6.395141298958849776896380763510164")).toBe(true);
    expect(gdp.baseFigure.value.toString()).toBe("30260000000");
    expect(gdp.quoteFigure.value.toString()).toBe("193480000000");
    expect(output.rate.value.toFixed(5)).toBe("6.39289");
    expect(leading.rate.value.toFixed(5)).toBe("6.39335");
    expect(Object.isFrozen(gdp)).toBe(true);
  });

  it("takes plain numbers as exact figures", () => {
    const r = fx.implied("100", "EUR", "753.45", "HRK");
    expect(r.rate.value.toString()).toBe("7.5345");
    expect(r.rate.lo.toString()).toBe("7.5345");
    expect(r.rate.hi.toString()).toBe("7.5345");
    expect(r.label).toBeNull();
  });

  it("refuses figures that are not positive, equal currencies and bad labels", () => {
    expect(code(() => fx.implied("0", "USD", "1", "CNY"))).toBe("OUT_OF_RANGE");
    expect(code(() => fx.implied("1", "USD", "-1", "CNY"))).toBe("OUT_OF_RANGE");
    expect(code(() => fx.implied(figure.between("-1", "2"), "USD", "1", "CNY"))).toBe("OUT_OF_RANGE");
    expect(code(() => fx.implied(figure.reported("0"), "USD", "1", "CNY"))).toBe("OUT_OF_RANGE");
    expect(code(() => fx.implied("1", "USD", "1", "usd"))).toBe("INVALID_INPUT");
    expect(code(() => fx.implied("1", "USD", "1", "XYZ"))).toBe("UNKNOWN_CURRENCY");
    expect(code(() => fx.implied("abc", "USD", "1", "CNY"))).toBe("INVALID_NUMBER");
    expect(code(() => fx.implied("1", "USD", "1", "CNY", { label: "" }))).toBe("INVALID_INPUT");
    expect(code(() => fx.implied("1", "USD", "1", "CNY", null as never))).toBe("INVALID_TYPE");
  });
});

describe("fx.consistency", () => {
  it("finds the case study's common interval of about [6.39276, 6.39345]", () => {
    const v = fx.consistency([gdp, output, leading]);
    if (!v.consistent) throw new Error("expected the three pairs to agree");
    expect(v.interval.lo.toFixed(5)).toBe("6.39276");
    expect(v.interval.hi.toFixed(5)).toBe("6.39345");
    // The bounds come from the leading industries (below) and industrial output (above).
    expect(v.interval.lo.toFixed(12)).toBe(leading.rate.lo.toFixed(12));
    expect(v.interval.hi.toFixed(12)).toBe(output.rate.hi.toFixed(12));
    expect(v.rates).toEqual([gdp, output, leading]);
    expect(Object.isFrozen(v)).toBe(true);
  });

  it("names the pairs that disagree", () => {
    // A misprint: 30.62 billion dollars instead of 30.26.
    const misprint = fx.implied(bn("30.62"), "USD", bn("193.48"), "CNY", { label: "GDP (misprint)" });
    const v = fx.consistency([misprint, output, leading]);
    expect(v.consistent).toBe(false);
    if (v.consistent) return;
    expect(v.disagreements).toEqual([
      { below: 0, above: 1 },
      { below: 0, above: 2 },
    ]);
    expect(v.rates[0]?.label).toBe("GDP (misprint)");
  });

  it("inverts pairs given the other way round", () => {
    const cnyUsd = fx.implied(bn("193.48"), "CNY", bn("30.26"), "USD");
    expect(cnyUsd.rate.value.toFixed(6)).toBe("0.156399");
    const v = fx.consistency([output, cnyUsd, leading]);
    expect(v.consistent).toBe(true);
    expect(v.rates[1]?.base.code).toBe("USD");
    expect(v.rates[1]?.rate.value.toFixed(5)).toBe("6.39392");
  });

  it("accepts one rate and refuses bad lists", () => {
    const one = fx.consistency([gdp]);
    expect(one.consistent).toBe(true);
    expect(code(() => fx.consistency([]))).toBe("INVALID_INPUT");
    expect(code(() => fx.consistency("x" as never))).toBe("INVALID_TYPE");
    expect(code(() => fx.consistency([gdp, { rate: 1 } as never]))).toBe("INVALID_VALUE");
    expect(code(() => fx.consistency([gdp, fx.implied("1", "EUR", "7", "CNY")]))).toBe("CURRENCY_MISMATCH");
  });
});

describe("fx.checkRate", () => {
  const pairs = [gdp, output, leading];

  it("accepts a rate within every pair's bounds", () => {
    const c = fx.checkRate("6.3934", pairs);
    expect(c.consistent).toBe(true);
    expect(c.rate.toString()).toBe("6.3934");
    expect(c.results.map((r) => r.contains)).toEqual([true, true, true]);
    expect(c.results[0]?.difference.toFixed(6)).toBe("-0.000519");
    expect(c.results[0]?.implied).toBe(gdp);
  });

  it("says which pairs a rate falls outside", () => {
    // Inside GDP's and the leading industries' intervals, above industrial output's.
    const c = fx.checkRate(fx.rate({ base: "USD", quote: "CNY", rate: "6.3936" }), pairs);
    expect(c.consistent).toBe(false);
    expect(c.results.map((r) => r.contains)).toEqual([true, false, true]);
  });

  it("inverts a rate given the other way round", () => {
    const cnyUsd = fx.rate({ base: "CNY", quote: "USD", rate: "0.15641" });
    const c = fx.checkRate(cnyUsd, pairs);
    expect(c.rate.toFixed(5)).toBe("6.39345");
    expect(c.results.map((r) => r.contains)).toEqual([true, false, true]);
  });

  it("refuses another pair and bad rates", () => {
    expect(code(() => fx.checkRate(fx.rate({ base: "EUR", quote: "CNY", rate: "7" }), pairs))).toBe(
      "CURRENCY_MISMATCH",
    );
    expect(code(() => fx.checkRate("0", pairs))).toBe("OUT_OF_RANGE");
    expect(code(() => fx.checkRate("x", pairs))).toBe("INVALID_NUMBER");
    expect(code(() => fx.checkRate("6.39", []))).toBe("INVALID_INPUT");
    expect(code(() => fx.checkRate({ base: "USD" } as never, pairs))).toBe("INVALID_VALUE");
  });

  it("works with money amounts' currencies too", () => {
    const cny = money.currency("CNY");
    const r = fx.implied("1", money.currency("USD"), "6.4", cny);
    expect(fx.checkRate("6.4", [r]).consistent).toBe(true);
  });
});

describe("fx implied rates: edges", () => {
  const usdEur = fx.implied("1", "USD", "2", "EUR", { label: "one" });

  it("accepts a quote figure whose lower bound is an excluded zero", () => {
    const r = fx.implied("1", "USD", figure.between("0", "2", { loInclusive: false }), "EUR");
    expect(r.rate.lo.toString()).toBe("0");
    expect(r.rate.loInclusive).toBe(false);
    expect(code(() => fx.implied("1", "USD", figure.between("0", "2"), "EUR"))).toBe("OUT_OF_RANGE");
  });

  it("refuses a base figure whose lower bound is zero, even excluded (it divides; threw DIVISION_BY_ZERO)", () => {
    expect(() => fx.implied(figure.between("0", "2", { loInclusive: false }), "USD", "1", "EUR")).toThrow(
      expect.objectContaining({
        code: "OUT_OF_RANGE",
        details: expect.objectContaining({ function: "fx.implied", path: "baseFigure" }),
      }),
    );
    expect(fx.implied(figure.between("0.5", "2", { loInclusive: false }), "USD", "1", "EUR").rate.hi.toString()).toBe(
      "2",
    );
  });

  it("refuses to invert a rate given the other way round whose bounds reach zero, with INVALID_INPUT (threw DIVISION_BY_ZERO)", () => {
    const eurUsd = fx.implied("2", "EUR", figure.between("0", "1", { loInclusive: false }), "USD");
    const details = { path: "rates[1]", received: "EUR/USD from 0", index: 1 };
    expect(thrown(() => fx.consistency([usdEur, eurUsd]))).toMatchObject({
      code: "DIVISION_BY_ZERO",
      details: { function: "fx.consistency", ...details },
    });
    expect(thrown(() => fx.checkRate("2", [usdEur, eurUsd]))).toMatchObject({
      code: "DIVISION_BY_ZERO",
      details: { function: "fx.checkRate", ...details },
    });
    // Given first, it sets the orientation, and the other one inverts: 0.5 lies in (0, 0.5].
    const verdict = fx.consistency([eurUsd, usdEur]);
    expect(verdict.consistent).toBe(true);
    expect(verdict.rates[1]?.rate.value.toString()).toBe("0.5");
    expect(fx.checkRate("0.5", [eurUsd, usdEur]).consistent).toBe(true);
  });

  it("refuses to invert a hand-made rate whose own bounds reach zero, though its figures do not, and names its index", () => {
    const forged = { ...fx.implied("2", "EUR", "1", "USD"), rate: figure.between("0", "0.5", { loInclusive: false }) };
    expect(thrown(() => fx.consistency([usdEur, forged]))).toMatchObject({
      code: "DIVISION_BY_ZERO",
      details: { function: "fx.consistency", path: "rates[1]", received: "EUR/USD from 0", index: 1 },
    });
  });

  it("refuses holes in the list of implied rates as missing rates (threw a TypeError, blamed figure.intersect, or skipped them)", () => {
    const holeFirst: (typeof usdEur)[] = [];
    holeFirst[1] = usdEur;
    const holeInside: (typeof usdEur)[] = [usdEur];
    holeInside[2] = usdEur;
    expect(1 in holeInside).toBe(false);
    expect(thrown(() => fx.consistency(holeFirst))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.consistency", path: "rates[0]", received: undefined },
    });
    expect(thrown(() => fx.consistency(holeInside))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.consistency", path: "rates[1]", received: undefined },
    });
    expect(thrown(() => fx.checkRate("2", holeInside))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.checkRate", path: "rates[1]", received: undefined },
    });
  });

  it("accepts an explicit null label", () => {
    expect(fx.implied("1", "USD", "2", "EUR", { label: null as never }).label).toBeNull();
    expect(fx.consistency([usdEur, { ...usdEur, label: null }]).rates[1]?.label).toBeNull();
  });

  it("refuses objects missing a field of an implied rate", () => {
    for (const key of ["rate", "baseFigure", "quoteFigure", "base", "quote"]) {
      const partial: Record<string, unknown> = { ...usdEur };
      delete partial[key];
      expect(() => fx.consistency([usdEur, partial as never]), key).toThrow(
        "consistency: rates[1] must be an ImpliedRate made by fx.implied, got an object with keys ",
      );
    }
  });

  it("rebuilds an implied rate holding plain values, so that the result holds only checked values", () => {
    const plain = { rate: "2", baseFigure: "1", quoteFigure: "2", base: "USD", quote: "EUR" } as const;
    for (const [key, value] of Object.entries(plain)) {
      const copy = Object.freeze({ ...usdEur, [key]: value });
      const back = fx.consistency([copy as never]).rates[0]!;
      expect(back, key).not.toBe(copy);
      expect(back, key).toEqual(usdEur);
      expect(Object.isFrozen(back)).toBe(true);
    }
    expect(fx.consistency([usdEur]).rates[0]).toBe(usdEur);
  });

  it("turns a rate given the other way round, figures and label included", () => {
    const eurUsd = fx.implied("4", "EUR", "2", "USD", { label: "other" });
    const v = fx.consistency([usdEur, eurUsd]);
    const turned = v.rates[1]!;
    expect(`${turned.base.code}/${turned.quote.code}`).toBe("USD/EUR");
    expect(turned.rate.value.toString()).toBe("2");
    expect(turned.baseFigure.value.toString()).toBe("2");
    expect(turned.quoteFigure.value.toString()).toBe("4");
    expect(turned.label).toBe("other");
    expect(v.consistent).toBe(true);
  });

  it("turns a rate given the other way round into the quotient of its figures, as fx.implied gives it (1 ÷ its rate widened exact figures to [2.99…9, 3.00…1])", () => {
    const usdEurExact = fx.implied("1", "USD", "3", "EUR");
    const eurUsdExact = fx.implied("3", "EUR", "1", "USD");
    const turned = fx.consistency([usdEurExact, eurUsdExact]).rates[1]!;
    expect(interval(turned.rate)).toBe("[3, 3]");
    expect(turned.rate).toEqual(usdEurExact.rate);
    // reported figures: the same bounds as the pair given in the first's orientation
    const cnyUsd = fx.implied(bn("193.48"), "CNY", bn("30.26"), "USD");
    expect(fx.consistency([output, cnyUsd]).rates[1]?.rate).toEqual(gdp.rate);
    expect(
      fx.checkRate("3.000000000000000000000000000000001", [usdEurExact, eurUsdExact]).results.map((r) => r.contains),
    ).toEqual([false, false]);
  });

  it("refuses a pair that shares only one currency with the first, in either position", () => {
    expect(code(() => fx.consistency([usdEur, fx.implied("1", "EUR", "150", "JPY")]))).toBe("CURRENCY_MISMATCH");
    expect(code(() => fx.consistency([usdEur, fx.implied("1", "JPY", "150", "USD")]))).toBe("CURRENCY_MISMATCH");
    expect(code(() => fx.checkRate(fx.rate({ base: "EUR", quote: "JPY", rate: "150" }), [usdEur]))).toBe(
      "CURRENCY_MISMATCH",
    );
    expect(code(() => fx.checkRate(fx.rate({ base: "JPY", quote: "USD", rate: "0.007" }), [usdEur]))).toBe(
      "CURRENCY_MISMATCH",
    );
  });

  it("checks a decimal as a plain number, and refuses null as one", () => {
    const c = fx.checkRate(usdEur.rate.value, [usdEur]);
    expect(c.consistent).toBe(true);
    expect(c.rate.toString()).toBe("2");
    expect(c.results[0]?.difference.toString()).toBe("0");
    expect(thrown(() => fx.checkRate(null as never, [usdEur]))).toMatchObject({
      details: { function: "fx.checkRate", path: "exchangeRate", received: null },
    });
    expect(fx.checkRate(fx.rate({ base: "EUR", quote: "USD", rate: "0.5" }), [usdEur]).rate.toString()).toBe("2");
  });
});

describe("fx implied rates: frozen results", () => {
  it("freezes every part of a consistency verdict and a rate check", () => {
    const v = fx.consistency([gdp, output, leading]);
    expect(Object.isFrozen(v.rates)).toBe(true);
    const misprint = fx.implied(bn("30.62"), "USD", bn("193.48"), "CNY");
    const w = fx.consistency([misprint, output]);
    expect(Object.isFrozen(w)).toBe(true);
    expect(Object.isFrozen(w.rates)).toBe(true);
    const c = fx.checkRate("6.3934", [gdp, output]);
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.isFrozen(c.results)).toBe(true);
    expect(c.results.every((r) => Object.isFrozen(r))).toBe(true);
  });
});
