/**
 * What a caller reads when the growth namespace refuses an input: the code,
 * the message (which names the function and the argument) and the details of
 * every error path, through the public API. Written to kill the mutants that
 * Stryker found surviving in src/growth (error messages, `where` strings,
 * option checks); also the flags and format options that they showed
 * untested.
 */
import { describe, expect, it } from "vitest";
import { figure, growth, isAccordoError } from "../../src/index.js";

const r = growth.fromPercent("10", { basis: "real" });
const s = growth.share(1, 4);

function error(f: () => unknown): { code: string; message: string; details: unknown } {
  try {
    f();
  } catch (e) {
    if (isAccordoError(e)) return { code: e.code, message: e.message, details: e.details };
    throw e;
  }
  throw new Error("expected an AccordoError");
}

const CASES: readonly (readonly [string, () => unknown, string, string, unknown])[] = [
  ["fromPercent options", () => growth.fromPercent("1", null as never), "INVALID_INPUT", "growth.fromPercent: options must be an options object, got null", {"where":"growth.fromPercent: options"}],
  ["fromPercent basis", () => growth.fromPercent("1", { basis: "bogus" as never }), "INVALID_INPUT", "growth.fromPercent: basis must be \"nominal\", \"real\" or \"unspecified\", got \"bogus\"", {"where":"growth.fromPercent: basis"}],
  ["fromFraction options", () => growth.fromFraction(1, null as never), "INVALID_INPUT", "growth.fromFraction: options must be an options object, got null", {"where":"growth.fromFraction: options"}],
  ["fromFraction basis", () => growth.fromFraction(1, { basis: 1 as never }), "INVALID_INPUT", "growth.fromFraction: basis must be \"nominal\", \"real\" or \"unspecified\", got 1", {"where":"growth.fromFraction: basis"}],
  ["fromFraction fraction", () => growth.fromFraction("x"), "INVALID_INPUT", "growth.fromFraction: fraction must be a decimal number string, got \"x\"", {"where":"growth.fromFraction: fraction","value":"x"}],
  ["toPercent", () => growth.toPercent(5 as never), "INVALID_INPUT", "growth.toPercent: x must be a growth rate or a share, got 5", undefined],
  ["toPercent null", () => growth.toPercent(null as never), "INVALID_INPUT", "growth.toPercent: x must be a growth rate or a share, got null", undefined],
  ["rate options", () => growth.rate(1, 1, null as never), "INVALID_INPUT", "growth.rate: options must be an options object, got null", {"where":"growth.rate: options"}],
  ["rate denominator", () => growth.rate(1, 1, { denominator: "x" as never }), "INVALID_INPUT", "growth.rate: denominator must be \"signed\" or \"absolute\", got \"x\"", undefined],
  ["rate basis", () => growth.rate(1, 1, { basis: "x" as never }), "INVALID_INPUT", "growth.rate: basis must be \"nominal\", \"real\" or \"unspecified\", got \"x\"", {"where":"growth.rate: basis"}],
  ["rate current", () => growth.rate("x", 1), "INVALID_INPUT", "growth.rate: current must be a decimal number string, got \"x\"", {"where":"growth.rate: current","value":"x"}],
  ["rate previous", () => growth.rate(1, "x"), "INVALID_INPUT", "growth.rate: previous must be a decimal number string, got \"x\"", {"where":"growth.rate: previous","value":"x"}],
  ["rate zero", () => growth.rate(1, 0), "UNDEFINED_RESULT", "growth.rate: growth is undefined: the base is zero", {"reason":"zeroBase"}],
  ["previous current", () => growth.previous("x", r), "INVALID_INPUT", "growth.previous: current must be a decimal number string, got \"x\"", {"where":"growth.previous: current","value":"x"}],
  ["previous rate", () => growth.previous(1, "x" as never), "INVALID_INPUT", "growth.previous: rate must be a growth rate or a figure holding a fraction (figure.percent(\"38.8\")), got \"x\"", {"where":"growth.previous: rate"}],
  ["previous periods", () => growth.previous(1, r, 0), "INVALID_INPUT", "growth.previous: periods must be positive, got 0", {"where":"growth.previous: periods","value":"0"}],
  ["previous -100%", () => growth.previous(1, growth.fromPercent("-100")), "UNDEFINED_RESULT", "growth.previous: the rate may be -100% (bounds [-1.005, -0.995]): the earlier level is undefined", {"lo":"-1.005","hi":"-0.995"}],
  ["apply base", () => growth.apply("x", r), "INVALID_INPUT", "growth.apply: base must be a decimal number string, got \"x\"", {"where":"growth.apply: base","value":"x"}],
  ["apply periods", () => growth.apply(1, r, -1), "INVALID_INPUT", "growth.apply: periods must be positive, got -1", {"where":"growth.apply: periods","value":"-1"}],
  ["apply fractional periods", () => growth.apply(1, growth.fromPercent("-150"), "0.5"), "INVALID_INPUT", "growth.apply: a rate that may be -100% or less cannot be compounded over 0.5 periods, got bounds [-1.505, -1.495]", {"lo":"-1.505"}],
  ["cagr years", () => growth.cagr(1, 2, 0), "INVALID_INPUT", "growth.cagr: years must be positive, got 0", {"where":"growth.cagr: years","value":"0"}],
  ["cagr start zero", () => growth.cagr(0, 2, 1), "INVALID_INPUT", "growth.cagr: the start level may be zero (bounds [0, 0]): the ratio end / start is undefined", undefined],
  ["cagr end negative", () => growth.cagr(1, -2, 1), "INVALID_INPUT", "growth.cagr: the ratio end / start must be positive, got bounds [-2, -2]", {"lo":"-2","hi":"-2"}],
  ["cagr options", () => growth.cagr(1, 2, 1, null as never), "INVALID_INPUT", "growth.cagr: options must be an options object, got null", {"where":"growth.cagr: options"}],
  ["cagr basis", () => growth.cagr(1, 2, 1, { basis: "x" as never }), "INVALID_INPUT", "growth.cagr: basis must be \"nominal\", \"real\" or \"unspecified\", got \"x\"", {"where":"growth.cagr: basis"}],
  ["cagr start", () => growth.cagr("x", 2, 1), "INVALID_INPUT", "growth.cagr: start must be a decimal number string, got \"x\"", {"where":"growth.cagr: start","value":"x"}],
  ["cagr end", () => growth.cagr(1, "x", 1), "INVALID_INPUT", "growth.cagr: end must be a decimal number string, got \"x\"", {"where":"growth.cagr: end","value":"x"}],
  ["annualize periods", () => growth.annualize(r, 0), "INVALID_INPUT", "growth.annualize: periodsPerYear must be positive, got 0", {"where":"growth.annualize: periodsPerYear","value":"0"}],
  ["annualize rate", () => growth.annualize("x" as never, 4), "INVALID_INPUT", "growth.annualize: rate must be a growth rate or a figure holding a fraction (figure.percent(\"38.8\")), got \"x\"", {"where":"growth.annualize: rate"}],
  ["annualize -100%", () => growth.annualize(growth.fromPercent("-100"), 4), "INVALID_INPUT", "growth.annualize: the rate must be above -100%, got bounds [-1.005, -0.995]", undefined],
  ["deannualize periods", () => growth.deannualize(r, -1), "INVALID_INPUT", "growth.deannualize: periodsPerYear must be positive, got -1", {"where":"growth.deannualize: periodsPerYear","value":"-1"}],
  ["deannualize -100%", () => growth.deannualize(growth.fromPercent("-120"), 4), "INVALID_INPUT", "growth.deannualize: the rate must be above -100%, got bounds [-1.205, -1.195]", undefined],
  ["share part", () => growth.share("x", 1), "INVALID_INPUT", "growth.share: part must be a decimal number string, got \"x\"", {"where":"growth.share: part","value":"x"}],
  ["share total", () => growth.share(1, "x"), "INVALID_INPUT", "growth.share: total must be a decimal number string, got \"x\"", {"where":"growth.share: total","value":"x"}],
  ["share zero", () => growth.share(1, 0), "UNDEFINED_RESULT", "growth.share: the total may be zero (bounds [0, 0]): the share is undefined", undefined],
  ["pointChange now", () => growth.pointChange("x" as never, s), "INVALID_INPUT", "growth.pointChange: now must be a share, a growth rate or a figure holding a fraction, got \"x\"", {"where":"growth.pointChange: now"}],
  ["pointChange before", () => growth.pointChange(s, "x" as never), "INVALID_INPUT", "growth.pointChange: before must be a share, a growth rate or a figure holding a fraction, got \"x\"", {"where":"growth.pointChange: before"}],
  ["contribution partNow", () => growth.contribution("x", 1, 1), "INVALID_INPUT", "growth.contribution: partNow must be a decimal number string, got \"x\"", {"where":"growth.contribution: partNow","value":"x"}],
  ["contribution partBefore", () => growth.contribution(1, "x", 1), "INVALID_INPUT", "growth.contribution: partBefore must be a decimal number string, got \"x\"", {"where":"growth.contribution: partBefore","value":"x"}],
  ["contribution totalBefore", () => growth.contribution(1, 1, "x"), "INVALID_INPUT", "growth.contribution: totalBefore must be a decimal number string, got \"x\"", {"where":"growth.contribution: totalBefore","value":"x"}],
  ["contribution zero", () => growth.contribution(1, 1, 0), "UNDEFINED_RESULT", "growth.contribution: the earlier total may be zero (bounds [0, 0]): the contribution is undefined", undefined],
  ["remainder total", () => growth.remainder("x" as never, []), "INVALID_INPUT", "growth.remainder: total must be { current, rate }, got \"x\"", {"where":"growth.remainder: total"}],
  ["remainder parts", () => growth.remainder({ current: 10, rate: r }, "x" as never), "INVALID_INPUT", "growth.remainder: parts must be a non-empty array of { current, rate }, got \"x\"", undefined],
  ["remainder part", () => growth.remainder({ current: 10, rate: r }, [null as never]), "INVALID_INPUT", "growth.remainder: parts[0] must be { current, rate }, got null", {"where":"growth.remainder: parts[0]"}],
  ["remainder part current", () => growth.remainder({ current: 10, rate: r }, [{ current: "x", rate: r }]), "INVALID_INPUT", "growth.remainder: parts[0].current must be a decimal number string, got \"x\"", {"where":"growth.remainder: parts[0].current","value":"x"}],
  ["remainder part rate", () => growth.remainder({ current: 10, rate: r }, [{ current: 1, rate: "x" as never }]), "INVALID_INPUT", "growth.remainder: parts[0].rate must be a growth rate or a figure holding a fraction (figure.percent(\"38.8\")), got \"x\"", {"where":"growth.remainder: parts[0].rate"}],
  ["remainder bases", () => growth.remainder({ current: 10, rate: r }, [{ current: 1, rate: growth.fromPercent("5", { basis: "nominal" }) }]), "INVALID_INPUT", "growth.remainder: the rates mix real and nominal bases; a remainder of them means nothing", {"bases":["real","nominal"]}],
  ["format showBasis", () => growth.format(r, { showBasis: 1 as never }), "INVALID_INPUT", "growth.format: showBasis must be a boolean, got 1", undefined],
  ["format kind", () => growth.format({ kind: "x" } as never), "INVALID_INPUT", "growth.format: x must be a growth rate, share, percentage points, derived level or undefined growth, got an object", undefined],
  ["format options", () => growth.format(r, null as never), "INVALID_INPUT", "growth.format: options must be an options object, got null", {"where":"growth.format: options"}],
  ["flags not array", () => growth.previous(1, { ...r, flags: "x" } as never), "INVALID_INPUT", "growth.previous: rate.flags must be an array", {"where":"growth.previous: rate"}],
  ["flags unknown", () => growth.previous(1, { ...r, flags: ["x"] } as never), "INVALID_INPUT", "growth.previous: rate.flags has an unknown flag \"x\"", {"where":"growth.previous: rate"}],
  ["rate fraction", () => growth.previous(1, { ...r, fraction: 1 } as never), "INVALID_INPUT", "growth.previous: rate.fraction must be a figure ({ value, lo, hi, loInclusive, hiInclusive }), got 1", {"where":"growth.previous: rate.fraction"}],
  ["rate basis bad", () => growth.previous(1, { ...r, basis: 1 } as never), "INVALID_INPUT", "growth.previous: rate.basis must be \"nominal\", \"real\" or \"unspecified\", got 1", {"where":"growth.previous: rate.basis"}],
  ["derived level bad", () => growth.rate({ kind: "derivedLevel", level: 1, basis: "real", comparableWithNominal: "unknown" } as never, 1), "INVALID_INPUT", "growth.rate: current.level must be a figure ({ value, lo, hi, loInclusive, hiInclusive }), got 1", {"where":"growth.rate: current.level"}],
  ["share bad fraction", () => growth.pointChange({ kind: "share", fraction: 1 } as never, s), "INVALID_INPUT", "growth.pointChange: now.fraction must be a figure ({ value, lo, hi, loInclusive, hiInclusive }), got 1", {"where":"growth.pointChange: now.fraction"}],
  ["growthRate bad fraction", () => growth.pointChange({ kind: "growthRate", fraction: 1, basis: "real", flags: [] } as never, s), "INVALID_INPUT", "growth.pointChange: now.fraction must be a figure ({ value, lo, hi, loInclusive, hiInclusive }), got 1", {"where":"growth.pointChange: now.fraction"}],
  ["negative level object", () => growth.rate({} as never, 1), "INVALID_INPUT", "growth.rate: current must be a figure, a derived level or a number, got an object", {"where":"growth.rate: current"}],
  ["format undefined", () => growth.format(undefined as never), "INVALID_INPUT", "growth.format: x must be a growth rate, share, percentage points, derived level or undefined growth, got undefined", undefined],
  ["toPercent undefined", () => growth.toPercent(undefined as never), "INVALID_INPUT", "growth.toPercent: x must be a growth rate or a share, got undefined", undefined],
  ["pointChange undefined", () => growth.pointChange(undefined as never, s), "INVALID_INPUT", "growth.pointChange: now must be a share, a growth rate or a figure holding a fraction, got undefined", {"where":"growth.pointChange: now"}],
  ["format basis", () => growth.format({ ...r, basis: Number.NaN } as never), "INVALID_INPUT", "growth.format: basis must be \"nominal\", \"real\" or \"unspecified\", got NaN", {"where":"growth.format: basis"}],
  ["rate null", () => growth.rate(null as never, 1), "INVALID_INPUT", "growth.rate: current must be a string, number, bigint or Decimal, got null", {"where":"growth.rate: current"}],
  ["tryRate current", () => growth.tryRate("x", 1), "INVALID_INPUT", "growth.tryRate: current must be a decimal number string, got \"x\"", {"where":"growth.tryRate: current","value":"x"}],
  ["previous absolute periods", () => growth.previous(-5, growth.rate(-5, -10, { denominator: "absolute" }), 2), "INVALID_INPUT", "growth.previous: a rate computed with an absolute denominator from a negative base cannot be compounded over 2 periods", undefined],
  ["previous fractional", () => growth.previous(1, growth.fromPercent("-150"), "0.5"), "INVALID_INPUT", "growth.previous: a rate that may be -100% or less cannot be compounded over 0.5 periods, got bounds [-1.505, -1.495]", {"lo":"-1.505"}],
  ["apply rate", () => growth.apply(1, "x" as never), "INVALID_INPUT", "growth.apply: rate must be a growth rate or a figure holding a fraction (figure.percent(\"38.8\")), got \"x\"", {"where":"growth.apply: rate"}],
  ["remainder zero", () => growth.remainder({ current: 10, rate: r }, [{ current: 10, rate: r }]), "UNDEFINED_RESULT", "growth.remainder: the earlier remainder may be zero (bounds [-0.082646335668092315956941259116925, 0.082646335668092315956941259116925]): its growth is undefined", {"lo":"-0.082646335668092315956941259116925","hi":"0.082646335668092315956941259116925"}],
];

describe("growth: every refusal names the function, the argument and the value", () => {
  for (const [name, f, code, message, details] of CASES) {
    it(name, () => {
      expect(error(f)).toEqual({ code, message, details });
    });
  }

  it("a base whose bounds include zero is a different reason from a zero base", () => {
    expect(error(() => growth.rate(1, figure.between(-1, 3)))).toEqual({
      code: "UNDEFINED_RESULT",
      message: "growth.rate: growth is undefined: the bounds of the base include zero",
      details: { reason: "baseMayBeZero" },
    });
    expect(growth.tryRate(1, figure.between(-1, 3))).toEqual({ kind: "undefinedGrowth", reason: "baseMayBeZero", basis: "unspecified" });
  });
});

describe("growth: flags and format options", () => {
  it("rates carry the flags of their base", () => {
    expect(growth.rate(-5, -10).flags).toEqual(["negativeBase"]);
    expect(growth.rate(-5, -10, { denominator: "absolute" }).flags).toEqual(["negativeBase", "absoluteDenominator"]);
    expect(growth.rate(5, -10).flags).toEqual(["negativeBase", "signChange"]);
    expect(growth.rate(figure.between(-1, 3), 10).flags).toEqual(["signMayChange"]);
    expect(growth.rate(12, 10).flags).toEqual([]);
    // the current level may cross zero upwards while the base is negative
    expect(growth.rate(figure.between(-3, 1), -10).flags).toEqual(["negativeBase", "signMayChange"]);
  });

  it("previous undoes a rate with an absolute denominator from a negative base", () => {
    // (-5 - p) / |p| = 0.5 with p negative: p = -10 (not -5 / 1.5)
    const abs = growth.rate(-5, -10, { denominator: "absolute" });
    expect(abs.fraction.value.toString()).toBe("0.5");
    expect(growth.previous(-5, abs).level.value.toString()).toBe("-10");
    // either flag alone is the ordinary (1 + r): a signed rate from a negative base, an absolute one from a positive base
    expect(growth.previous(-5, growth.rate(-5, -10)).level.value.toString()).toBe("-10");
    expect(growth.previous(12, growth.rate(12, 10, { denominator: "absolute" })).level.value.toString()).toBe("10");
    expect(growth.fromFraction("0.1").flags).toEqual([]);
  });

  it("format passes style, decimals and rounding to the figure", () => {
    const g = growth.fromPercent("38.8", { basis: "real" });
    expect(growth.format(g, { style: "interval" })).toBe("[38.75%, 38.85%) (real)");
    expect(growth.format(g, { decimals: 0 })).toBe("+39% (real)");
    expect(growth.format(g, { decimals: 0, rounding: "down" })).toBe("+38% (real)");
    expect(growth.format(g, { showBasis: false })).toBe("+38.8%");
    const level = growth.previous(figure.reported("193.48", { scale: "billion" }), growth.fromPercent("38.8", { basis: "nominal" }));
    expect(growth.format(level, { scale: "billion", decimals: 2 })).toBe("139.39 (nominal)");
    expect(growth.format(level, { decimals: 0 })).toBe("139394812680 (nominal)");
  });
});
