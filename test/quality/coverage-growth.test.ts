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

const CASES: readonly (readonly [string, () => unknown, string, unknown])[] = [
  [
    "fromPercent options",
    () => growth.fromPercent("1", null as never),
    "INVALID_INPUT",
    { where: "growth.fromPercent: options" },
  ],
  [
    "fromPercent basis",
    () => growth.fromPercent("1", { basis: "bogus" as never }),
    "INVALID_INPUT",
    { where: "growth.fromPercent: basis" },
  ],
  [
    "fromFraction options",
    () => growth.fromFraction(1, null as never),
    "INVALID_INPUT",
    { where: "growth.fromFraction: options" },
  ],
  [
    "fromFraction basis",
    () => growth.fromFraction(1, { basis: 1 as never }),
    "INVALID_INPUT",
    { where: "growth.fromFraction: basis" },
  ],
  [
    "fromFraction fraction",
    () => growth.fromFraction("x"),
    "INVALID_NUMBER",
    { function: "growth.fromFraction", path: "fraction", expected: "a decimal number string", received: "x" },
  ],
  ["toPercent", () => growth.toPercent(5 as never), "INVALID_INPUT", {}],
  ["toPercent null", () => growth.toPercent(null as never), "INVALID_INPUT", {}],
  ["rate options", () => growth.rate(1, 1, null as never), "INVALID_INPUT", { where: "growth.rate: options" }],
  ["rate denominator", () => growth.rate(1, 1, { denominator: "x" as never }), "INVALID_INPUT", {}],
  ["rate basis", () => growth.rate(1, 1, { basis: "x" as never }), "INVALID_INPUT", { where: "growth.rate: basis" }],
  [
    "rate current",
    () => growth.rate("x", 1),
    "INVALID_NUMBER",
    { function: "growth.rate", path: "current", expected: "a decimal number string", received: "x" },
  ],
  [
    "rate previous",
    () => growth.rate(1, "x"),
    "INVALID_NUMBER",
    { function: "growth.rate", path: "previous", expected: "a decimal number string", received: "x" },
  ],
  ["rate zero", () => growth.rate(1, 0), "UNDEFINED_RESULT", { reason: "zeroBase" }],
  [
    "previous current",
    () => growth.previous("x", r),
    "INVALID_NUMBER",
    { function: "growth.previous", path: "current", expected: "a decimal number string", received: "x" },
  ],
  ["previous rate", () => growth.previous(1, "x" as never), "INVALID_INPUT", { where: "growth.previous: rate" }],
  [
    "previous periods",
    () => growth.previous(1, r, 0),
    "INVALID_INPUT",
    { where: "growth.previous: periods", value: "0" },
  ],
  [
    "previous -100%",
    () => growth.previous(1, growth.fromPercent("-100")),
    "UNDEFINED_RESULT",
    { lo: "-1.005", hi: "-0.995" },
  ],
  [
    "apply base",
    () => growth.apply("x", r),
    "INVALID_NUMBER",
    { function: "growth.apply", path: "base", expected: "a decimal number string", received: "x" },
  ],
  ["apply periods", () => growth.apply(1, r, -1), "INVALID_INPUT", { where: "growth.apply: periods", value: "-1" }],
  [
    "apply fractional periods",
    () => growth.apply(1, growth.fromPercent("-150"), "0.5"),
    "INVALID_INPUT",
    { lo: "-1.505" },
  ],
  [
    "cagr years",
    () => growth.cagr({ from: 1, to: 2, years: 0 }),
    "INVALID_INPUT",
    { where: "growth.cagr: years", value: "0" },
  ],
  ["cagr start zero", () => growth.cagr({ from: 0, to: 2, years: 1 }), "INVALID_INPUT", {}],
  ["cagr end negative", () => growth.cagr({ from: 1, to: -2, years: 1 }), "INVALID_INPUT", { lo: "-2", hi: "-2" }],
  [
    "cagr options",
    () => growth.cagr({ from: 1, to: 2, years: 1 }, null as never),
    "INVALID_INPUT",
    { where: "growth.cagr: options" },
  ],
  [
    "cagr basis",
    () => growth.cagr({ from: 1, to: 2, years: 1 }, { basis: "x" as never }),
    "INVALID_INPUT",
    { where: "growth.cagr: basis" },
  ],
  [
    "cagr start",
    () => growth.cagr({ from: "x", to: 2, years: 1 }),
    "INVALID_NUMBER",
    { function: "growth.cagr", path: "start", expected: "a decimal number string", received: "x" },
  ],
  [
    "cagr end",
    () => growth.cagr({ from: 1, to: "x", years: 1 }),
    "INVALID_NUMBER",
    { function: "growth.cagr", path: "end", expected: "a decimal number string", received: "x" },
  ],
  [
    "annualize periods",
    () => growth.annualize(r, 0),
    "INVALID_INPUT",
    { where: "growth.annualize: periodsPerYear", value: "0" },
  ],
  ["annualize rate", () => growth.annualize("x" as never, 4), "INVALID_INPUT", { where: "growth.annualize: rate" }],
  ["annualize -100%", () => growth.annualize(growth.fromPercent("-100"), 4), "INVALID_INPUT", {}],
  [
    "deannualize periods",
    () => growth.deannualize(r, -1),
    "INVALID_INPUT",
    { where: "growth.deannualize: periodsPerYear", value: "-1" },
  ],
  ["deannualize -100%", () => growth.deannualize(growth.fromPercent("-120"), 4), "INVALID_INPUT", {}],
  [
    "share part",
    () => growth.share("x", 1),
    "INVALID_NUMBER",
    { function: "growth.share", path: "part", expected: "a decimal number string", received: "x" },
  ],
  [
    "share total",
    () => growth.share(1, "x"),
    "INVALID_NUMBER",
    { function: "growth.share", path: "total", expected: "a decimal number string", received: "x" },
  ],
  ["share zero", () => growth.share(1, 0), "UNDEFINED_RESULT", {}],
  ["pointChange now", () => growth.pointChange("x" as never, s), "INVALID_INPUT", { where: "growth.pointChange: now" }],
  [
    "pointChange before",
    () => growth.pointChange(s, "x" as never),
    "INVALID_INPUT",
    { where: "growth.pointChange: before" },
  ],
  [
    "contribution partNow",
    () => growth.contribution("x", 1, 1),
    "INVALID_NUMBER",
    { function: "growth.contribution", path: "partNow", expected: "a decimal number string", received: "x" },
  ],
  [
    "contribution partBefore",
    () => growth.contribution(1, "x", 1),
    "INVALID_NUMBER",
    { function: "growth.contribution", path: "partBefore", expected: "a decimal number string", received: "x" },
  ],
  [
    "contribution totalBefore",
    () => growth.contribution(1, 1, "x"),
    "INVALID_NUMBER",
    { function: "growth.contribution", path: "totalBefore", expected: "a decimal number string", received: "x" },
  ],
  ["contribution zero", () => growth.contribution(1, 1, 0), "UNDEFINED_RESULT", {}],
  ["remainder total", () => growth.remainder("x" as never, []), "INVALID_INPUT", { where: "growth.remainder: total" }],
  ["remainder parts", () => growth.remainder({ current: 10, rate: r }, "x" as never), "INVALID_INPUT", {}],
  [
    "remainder part",
    () => growth.remainder({ current: 10, rate: r }, [null as never]),
    "INVALID_INPUT",
    { where: "growth.remainder: parts[0]" },
  ],
  [
    "remainder part current",
    () => growth.remainder({ current: 10, rate: r }, [{ current: "x", rate: r }]),
    "INVALID_NUMBER",
    { function: "growth.remainder", path: "parts[0].current", expected: "a decimal number string", received: "x" },
  ],
  [
    "remainder part rate",
    () => growth.remainder({ current: 10, rate: r }, [{ current: 1, rate: "x" as never }]),
    "INVALID_INPUT",
    { where: "growth.remainder: parts[0].rate" },
  ],
  [
    "remainder bases",
    () =>
      growth.remainder({ current: 10, rate: r }, [{ current: 1, rate: growth.fromPercent("5", { basis: "nominal" }) }]),
    "INVALID_INPUT",
    { bases: ["real", "nominal"] },
  ],
  ["format showBasis", () => growth.format(r, { showBasis: 1 as never }), "INVALID_INPUT", {}],
  ["format kind", () => growth.format({ kind: "x" } as never), "INVALID_INPUT", {}],
  ["format options", () => growth.format(r, null as never), "INVALID_INPUT", { where: "growth.format: options" }],
  [
    "flags not array",
    () => growth.previous(1, { ...r, flags: "x" } as never),
    "INVALID_INPUT",
    { where: "growth.previous: rate" },
  ],
  [
    "flags unknown",
    () => growth.previous(1, { ...r, flags: ["x"] } as never),
    "INVALID_INPUT",
    { where: "growth.previous: rate" },
  ],
  [
    "rate fraction",
    () => growth.previous(1, { ...r, fraction: 1 } as never),
    "INVALID_INPUT",
    { where: "growth.previous: rate.fraction" },
  ],
  [
    "rate basis bad",
    () => growth.previous(1, { ...r, basis: 1 } as never),
    "INVALID_INPUT",
    { where: "growth.previous: rate.basis" },
  ],
  [
    "derived level bad",
    () => growth.rate({ kind: "derivedLevel", level: 1, basis: "real", comparableWithNominal: "unknown" } as never, 1),
    "INVALID_INPUT",
    { where: "growth.rate: current.level" },
  ],
  [
    "share bad fraction",
    () => growth.pointChange({ kind: "share", fraction: 1 } as never, s),
    "INVALID_INPUT",
    { where: "growth.pointChange: now.fraction" },
  ],
  [
    "growthRate bad fraction",
    () => growth.pointChange({ kind: "growthRate", fraction: 1, basis: "real", flags: [] } as never, s),
    "INVALID_INPUT",
    { where: "growth.pointChange: now.fraction" },
  ],
  ["negative level object", () => growth.rate({} as never, 1), "INVALID_INPUT", { where: "growth.rate: current" }],
  ["format undefined", () => growth.format(undefined as never), "INVALID_INPUT", {}],
  ["toPercent undefined", () => growth.toPercent(undefined as never), "INVALID_INPUT", {}],
  [
    "pointChange undefined",
    () => growth.pointChange(undefined as never, s),
    "INVALID_INPUT",
    { where: "growth.pointChange: now" },
  ],
  [
    "format basis",
    () => growth.format({ ...r, basis: Number.NaN } as never),
    "INVALID_INPUT",
    { where: "growth.format: basis" },
  ],
  [
    "rate null",
    () => growth.rate(null as never, 1),
    "INVALID_TYPE",
    {
      function: "growth.rate",
      path: "current",
      expected: "a decimal string, number, bigint or Decimal",
      received: null,
    },
  ],
  [
    "tryRate current",
    () => growth.tryRate("x", 1),
    "INVALID_NUMBER",
    { function: "growth.tryRate", path: "current", expected: "a decimal number string", received: "x" },
  ],
  [
    "previous absolute periods",
    () => growth.previous(-5, growth.rate(-5, -10, { denominator: "absolute" }), 2),
    "INVALID_INPUT",
    {},
  ],
  [
    "previous fractional",
    () => growth.previous(1, growth.fromPercent("-150"), "0.5"),
    "INVALID_INPUT",
    { lo: "-1.505" },
  ],
  ["apply rate", () => growth.apply(1, "x" as never), "INVALID_INPUT", { where: "growth.apply: rate" }],
  [
    "remainder zero",
    () => growth.remainder({ current: 10, rate: r }, [{ current: 10, rate: r }]),
    "UNDEFINED_RESULT",
    { lo: "-0.082646335668092315956941259116925", hi: "0.082646335668092315956941259116925" },
  ],
];

describe("growth: every refusal names the function, the argument and the value", () => {
  for (const [name, f, code, details] of CASES) {
    it(name, () => {
      expect(error(f)).toMatchObject({ code, details });
    });
  }

  it("a base whose bounds include zero is a different reason from a zero base", () => {
    expect(error(() => growth.rate(1, figure.between(-1, 3)))).toEqual({
      code: "UNDEFINED_RESULT",
      message: "growth.rate: growth is undefined: the bounds of the base include zero",
      details: { reason: "baseMayBeZero" },
    });
    expect(growth.tryRate(1, figure.between(-1, 3))).toEqual({
      kind: "undefinedGrowth",
      reason: "baseMayBeZero",
      basis: "unspecified",
    });
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
    const level = growth.previous(
      figure.reported("193.48", { scale: "billion" }),
      growth.fromPercent("38.8", { basis: "nominal" }),
    );
    expect(growth.format(level, { scale: "billion", decimals: 2 })).toBe("139.39 (nominal)");
    expect(growth.format(level, { decimals: 0 })).toBe("139394812680 (nominal)");
  });
});
