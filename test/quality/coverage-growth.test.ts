/**
 * What a caller reads when the growth namespace refuses an input: the code,
 * the message (which names the function and the argument) and the details of
 * every error path, through the public API. Written to kill the mutants that
 * Stryker found surviving in src/growth (error messages, `where` strings,
 * option checks); also the flags and format options that they showed
 * untested.
 */
import { describe, expect, it } from "vitest";
import { refusalTable, thrown, type RefusalRow } from "../support.js";
import { figure, growth } from "../../src/index.js";

const r = growth.fromPercent("10", { basis: "real" });
const s = growth.share(1, 4);

const CASES: readonly RefusalRow[] = [
  [
    "fromPercent options",
    () => growth.fromPercent("1", null as never),
    "INVALID_TYPE",
    { function: "growth.fromPercent", path: "options", received: null },
  ],
  [
    "fromPercent basis",
    () => growth.fromPercent("1", { basis: "bogus" as never }),
    "INVALID_INPUT",
    { function: "growth.fromPercent", path: "options.basis", received: "bogus" },
  ],
  [
    "fromFraction options",
    () => growth.fromFraction(1, null as never),
    "INVALID_TYPE",
    { function: "growth.fromFraction", path: "options", received: null },
  ],
  [
    "fromFraction basis",
    () => growth.fromFraction(1, { basis: 1 as never }),
    "INVALID_TYPE",
    { function: "growth.fromFraction", path: "options.basis", received: 1 },
  ],
  [
    "fromFraction fraction",
    () => growth.fromFraction("x"),
    "INVALID_NUMBER",
    { function: "growth.fromFraction", path: "fraction", received: "x" },
  ],
  [
    "toPercent",
    () => growth.toPercent(5 as never),
    "INVALID_TYPE",
    { function: "growth.toPercent", path: "x", received: 5 },
  ],
  [
    "toPercent null",
    () => growth.toPercent(null as never),
    "INVALID_TYPE",
    { function: "growth.toPercent", path: "x", received: null },
  ],
  [
    "rate options",
    () => growth.rate(1, 1, null as never),
    "INVALID_TYPE",
    { function: "growth.rate", path: "options", received: null },
  ],
  [
    "rate denominator",
    () => growth.rate(1, 1, { denominator: "x" as never }),
    "INVALID_INPUT",
    { function: "growth.rate", path: "options.denominator", received: "x" },
  ],
  [
    "rate basis",
    () => growth.rate(1, 1, { basis: "x" as never }),
    "INVALID_INPUT",
    { function: "growth.rate", path: "options.basis", received: "x" },
  ],
  [
    "rate current",
    () => growth.rate("x", 1),
    "INVALID_NUMBER",
    { function: "growth.rate", path: "current", received: "x" },
  ],
  [
    "rate previous",
    () => growth.rate(1, "x"),
    "INVALID_NUMBER",
    { function: "growth.rate", path: "previous", received: "x" },
  ],
  [
    "rate zero",
    () => growth.rate(1, 0),
    "UNDEFINED_RESULT",
    { function: "growth.rate", path: "previous", reason: "zeroBase" },
  ],
  [
    "previous current",
    () => growth.previous("x", r),
    "INVALID_NUMBER",
    { function: "growth.previous", path: "current", received: "x" },
  ],
  [
    "previous rate",
    () => growth.previous(1, "x" as never),
    "INVALID_TYPE",
    { function: "growth.previous", path: "rate", received: "x" },
  ],
  [
    "previous periods",
    () => growth.previous(1, r, 0),
    "OUT_OF_RANGE",
    { function: "growth.previous", path: "periods", received: 0, value: "0" },
  ],
  [
    "previous -100%",
    () => growth.previous(1, growth.fromPercent("-100")),
    "UNDEFINED_RESULT",
    { function: "growth.previous", path: "rate", lo: "-1.005", hi: "-0.995" },
  ],
  [
    "apply base",
    () => growth.apply("x", r),
    "INVALID_NUMBER",
    { function: "growth.apply", path: "base", received: "x" },
  ],
  [
    "apply periods",
    () => growth.apply(1, r, -1),
    "OUT_OF_RANGE",
    { function: "growth.apply", path: "periods", received: -1, value: "-1" },
  ],
  [
    "apply fractional periods",
    () => growth.apply(1, growth.fromPercent("-150"), "0.5"),
    "OUT_OF_RANGE",
    { function: "growth.apply", path: "rate", lo: "-1.505", hi: "-1.495" },
  ],
  [
    "cagr years",
    () => growth.cagr({ from: 1, to: 2, years: 0 }),
    "OUT_OF_RANGE",
    { function: "growth.cagr", path: "span.years", received: 0, value: "0" },
  ],
  [
    "cagr start zero",
    () => growth.cagr({ from: 0, to: 2, years: 1 }),
    "UNDEFINED_RESULT",
    { function: "growth.cagr", path: "span.from", lo: "0", hi: "0" },
  ],
  [
    "cagr end negative",
    () => growth.cagr({ from: 1, to: -2, years: 1 }),
    "OUT_OF_RANGE",
    { function: "growth.cagr", path: "span.to", lo: "-2", hi: "-2" },
  ],
  [
    "cagr options",
    () => growth.cagr({ from: 1, to: 2, years: 1 }, null as never),
    "INVALID_TYPE",
    { function: "growth.cagr", path: "options", received: null },
  ],
  [
    "cagr basis",
    () => growth.cagr({ from: 1, to: 2, years: 1 }, { basis: "x" as never }),
    "INVALID_INPUT",
    { function: "growth.cagr", path: "options.basis", received: "x" },
  ],
  [
    "cagr start",
    () => growth.cagr({ from: "x", to: 2, years: 1 }),
    "INVALID_NUMBER",
    { function: "growth.cagr", path: "span.from", received: "x" },
  ],
  [
    "cagr end",
    () => growth.cagr({ from: 1, to: "x", years: 1 }),
    "INVALID_NUMBER",
    { function: "growth.cagr", path: "span.to", received: "x" },
  ],
  [
    "annualize periods",
    () => growth.annualize(r, 0),
    "OUT_OF_RANGE",
    { function: "growth.annualize", path: "periodsPerYear", received: 0, value: "0" },
  ],
  [
    "annualize rate",
    () => growth.annualize("x" as never, 4),
    "INVALID_TYPE",
    { function: "growth.annualize", path: "rate", received: "x" },
  ],
  [
    "annualize -100%",
    () => growth.annualize(growth.fromPercent("-100"), 4),
    "OUT_OF_RANGE",
    { function: "growth.annualize", path: "rate", lo: "-1.005", hi: "-0.995" },
  ],
  [
    "deannualize periods",
    () => growth.deannualize(r, -1),
    "OUT_OF_RANGE",
    { function: "growth.deannualize", path: "periodsPerYear", received: -1, value: "-1" },
  ],
  [
    "deannualize -100%",
    () => growth.deannualize(growth.fromPercent("-120"), 4),
    "OUT_OF_RANGE",
    { function: "growth.deannualize", path: "rate", lo: "-1.205", hi: "-1.195" },
  ],
  [
    "share part",
    () => growth.share("x", 1),
    "INVALID_NUMBER",
    { function: "growth.share", path: "part", received: "x" },
  ],
  [
    "share total",
    () => growth.share(1, "x"),
    "INVALID_NUMBER",
    { function: "growth.share", path: "total", received: "x" },
  ],
  [
    "share zero",
    () => growth.share(1, 0),
    "UNDEFINED_RESULT",
    { function: "growth.share", path: "total", lo: "0", hi: "0" },
  ],
  [
    "pointChange now",
    () => growth.pointChange("x" as never, s),
    "INVALID_TYPE",
    { function: "growth.pointChange", path: "now", received: "x" },
  ],
  [
    "pointChange before",
    () => growth.pointChange(s, "x" as never),
    "INVALID_TYPE",
    { function: "growth.pointChange", path: "before", received: "x" },
  ],
  [
    "contribution partNow",
    () => growth.contribution("x", 1, 1),
    "INVALID_NUMBER",
    { function: "growth.contribution", path: "partNow", received: "x" },
  ],
  [
    "contribution partBefore",
    () => growth.contribution(1, "x", 1),
    "INVALID_NUMBER",
    { function: "growth.contribution", path: "partBefore", received: "x" },
  ],
  [
    "contribution totalBefore",
    () => growth.contribution(1, 1, "x"),
    "INVALID_NUMBER",
    { function: "growth.contribution", path: "totalBefore", received: "x" },
  ],
  [
    "contribution zero",
    () => growth.contribution(1, 1, 0),
    "UNDEFINED_RESULT",
    { function: "growth.contribution", path: "totalBefore", lo: "0", hi: "0" },
  ],
  [
    "remainder total",
    () => growth.remainder("x" as never, []),
    "INVALID_TYPE",
    { function: "growth.remainder", path: "total", received: "x" },
  ],
  [
    "remainder parts",
    () => growth.remainder({ current: 10, rate: r }, "x" as never),
    "INVALID_TYPE",
    { function: "growth.remainder", path: "parts", received: "x" },
  ],
  [
    "remainder part",
    () => growth.remainder({ current: 10, rate: r }, [null as never]),
    "INVALID_TYPE",
    { function: "growth.remainder", path: "parts[0]", received: null },
  ],
  [
    "remainder part current",
    () => growth.remainder({ current: 10, rate: r }, [{ current: "x", rate: r }]),
    "INVALID_NUMBER",
    { function: "growth.remainder", path: "parts[0].current", received: "x" },
  ],
  [
    "remainder part rate",
    () => growth.remainder({ current: 10, rate: r }, [{ current: 1, rate: "x" as never }]),
    "INVALID_TYPE",
    { function: "growth.remainder", path: "parts[0].rate", received: "x" },
  ],
  [
    "remainder bases",
    () =>
      growth.remainder({ current: 10, rate: r }, [{ current: 1, rate: growth.fromPercent("5", { basis: "nominal" }) }]),
    "INVALID_INPUT",
    { function: "growth.remainder", path: "parts", bases: ["real", "nominal"] },
  ],
  [
    "format showBasis",
    () => growth.format(r, { showBasis: 1 as never }),
    "INVALID_TYPE",
    { function: "growth.format", path: "options.showBasis", received: 1 },
  ],
  [
    "format kind",
    () => growth.format({ kind: "x" } as never),
    "INVALID_VALUE",
    { function: "growth.format", path: "x" },
  ],
  [
    "format options",
    () => growth.format(r, null as never),
    "INVALID_TYPE",
    { function: "growth.format", path: "options", received: null },
  ],
  [
    "flags not array",
    () => growth.previous(1, { ...r, flags: "x" } as never),
    "INVALID_VALUE",
    { function: "growth.previous", path: "rate.flags", received: "x" },
  ],
  [
    "flags unknown",
    () => growth.previous(1, { ...r, flags: ["x"] } as never),
    "INVALID_VALUE",
    { function: "growth.previous", path: "rate.flags[0]", received: "x" },
  ],
  [
    "rate fraction",
    () => growth.previous(1, { ...r, fraction: 1 } as never),
    "INVALID_TYPE",
    { function: "growth.previous", path: "rate.fraction", received: 1 },
  ],
  [
    "rate basis bad",
    () => growth.previous(1, { ...r, basis: 1 } as never),
    "INVALID_VALUE",
    { function: "growth.previous", path: "rate.basis", received: 1 },
  ],
  [
    "derived level bad",
    () => growth.rate({ kind: "derivedLevel", level: 1, basis: "real", comparableWithNominal: "unknown" } as never, 1),
    "INVALID_TYPE",
    { function: "growth.rate", path: "current.level", received: 1 },
  ],
  [
    "share bad fraction",
    () => growth.pointChange({ kind: "share", fraction: 1 } as never, s),
    "INVALID_TYPE",
    { function: "growth.pointChange", path: "now.fraction", received: 1 },
  ],
  [
    "growthRate bad fraction",
    () => growth.pointChange({ kind: "growthRate", fraction: 1, basis: "real", flags: [] } as never, s),
    "INVALID_TYPE",
    { function: "growth.pointChange", path: "now.fraction", received: 1 },
  ],
  [
    "negative level object",
    () => growth.rate({} as never, 1),
    "INVALID_VALUE",
    { function: "growth.rate", path: "current" },
  ],
  [
    "format undefined",
    () => growth.format(undefined as never),
    "INVALID_TYPE",
    { function: "growth.format", path: "x", received: undefined },
  ],
  [
    "toPercent undefined",
    () => growth.toPercent(undefined as never),
    "INVALID_TYPE",
    { function: "growth.toPercent", path: "x", received: undefined },
  ],
  [
    "pointChange undefined",
    () => growth.pointChange(undefined as never, s),
    "INVALID_TYPE",
    { function: "growth.pointChange", path: "now", received: undefined },
  ],
  [
    "format basis",
    () => growth.format({ ...r, basis: Number.NaN } as never),
    "INVALID_VALUE",
    { function: "growth.format", path: "x.basis", received: Number.NaN },
  ],
  [
    "rate null",
    () => growth.rate(null as never, 1),
    "INVALID_TYPE",
    { function: "growth.rate", path: "current", received: null },
  ],
  [
    "tryRate current",
    () => growth.tryRate("x", 1),
    "INVALID_NUMBER",
    { function: "growth.tryRate", path: "current", received: "x" },
  ],
  [
    "previous absolute periods",
    () => growth.previous(-5, growth.rate(-5, -10, { denominator: "absolute" }), 2),
    "INVALID_INPUT",
    { function: "growth.previous", path: "periods" },
  ],
  [
    "previous fractional",
    () => growth.previous(1, growth.fromPercent("-150"), "0.5"),
    "OUT_OF_RANGE",
    { function: "growth.previous", path: "rate", lo: "-1.505", hi: "-1.495" },
  ],
  [
    "apply rate",
    () => growth.apply(1, "x" as never),
    "INVALID_TYPE",
    { function: "growth.apply", path: "rate", received: "x" },
  ],
  [
    "remainder zero",
    () => growth.remainder({ current: 10, rate: r }, [{ current: 10, rate: r }]),
    "UNDEFINED_RESULT",
    {
      function: "growth.remainder",
      path: "parts",
      lo: "-0.082646335668092315956941259116925",
      hi: "0.082646335668092315956941259116925",
    },
  ],
];

refusalTable("growth: every refusal names its code, the function, the argument and the value", CASES);

describe("growth: refusals", () => {
  it("a base whose bounds include zero is a different reason from a zero base", () => {
    expect(thrown(() => growth.rate(1, figure.between(-1, 3)))).toMatchObject({
      code: "UNDEFINED_RESULT",
      details: { function: "growth.rate", path: "previous", reason: "baseMayBeZero" },
    });
    expect(growth.tryRate(1, figure.between(-1, 3))).toEqual({
      kind: "undefinedGrowth",
      reason: "baseMayBeZero",
      basis: "unspecified",
    });
  });
});

/** Every growth function that takes options or an input object: a call with one more key, and the keys it accepts. */
const OPTION_TAKERS: readonly (readonly [string, string, readonly string[], (extra: object) => unknown])[] = [
  ["growth.fromPercent", "options", ["basis", "rounding"], (o) => growth.fromPercent("38.8", o as never)],
  ["growth.fromFraction", "options", ["basis"], (o) => growth.fromFraction("0.1", o as never)],
  ["growth.rate", "options", ["basis", "denominator"], (o) => growth.rate(121, 110, o as never)],
  ["growth.tryRate", "options", ["basis", "denominator"], (o) => growth.tryRate(121, 110, o as never)],
  ["growth.cagr", "options", ["basis"], (o) => growth.cagr({ from: 100, to: 121, years: 2 }, o as never)],
  ["growth.cagr", "span", ["from", "to", "years"], (o) => growth.cagr({ from: 100, to: 121, years: 2, ...o })],
  [
    "growth.format",
    "options",
    ["style", "decimals", "rounding", "scale", "showBasis", "locale"],
    (o) => growth.format(r, o as never),
  ],
  [
    "growth.remainder",
    "total",
    ["current", "rate"],
    (o) => growth.remainder({ current: 10, rate: r, ...o }, [{ current: 1, rate: r }]),
  ],
];

describe("growth: every options object is closed and read through its own keys", () => {
  for (const [fn, path, accepted, call] of OPTION_TAKERS) {
    it(`${fn} refuses an unknown key of ${path}, naming it and the accepted ones`, () => {
      expect(thrown(() => call({ bogus: 1 }))).toMatchObject({
        code: "UNKNOWN_OPTION",
        details: { function: fn, path: `${path}.bogus`, key: "bogus", accepted },
      });
      // a near miss of an accepted key is suggested
      const near = `${accepted[0] as string}x`;
      expect(thrown(() => call({ [near]: 1 }))).toMatchObject({
        code: "UNKNOWN_OPTION",
        details: { key: near, suggestion: accepted[0] },
      });
    });

    it(`${fn} ignores a key of ${path} that only Object.prototype has`, () => {
      const plain = JSON.stringify(call({}));
      for (const key of [...accepted, "bogus"]) {
        Object.defineProperty(Object.prototype, key, { value: "polluted", configurable: true, writable: true });
        try {
          expect(JSON.stringify(call({}))).toBe(plain);
        } finally {
          delete (Object.prototype as Record<string, unknown>)[key];
        }
      }
    });
  }
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
