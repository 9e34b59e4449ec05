/**
 * Regression tests for the bugs the fuzzer (test/quality/fuzz.test.ts) found:
 * each input below once raised something other than an AccordoError, or
 * returned a value that was not valid (unfrozen, not the library's, "NaN").
 */
import { describe, expect, it } from "vitest";
import Decimal from "decimal.js";
import { agreement, capacity, figure, fx, growth, milestone, money } from "../../src/index.js";
import * as schemas from "../../src/schemas/index.js";
import { code, thrown } from "../support.js";

describe("fuzz findings", () => {
  it("money.parse refuses separators that are not strings with INVALID_INPUT (was a TypeError)", () => {
    expect(
      code(() =>
        money.parse("193,48 miliardi di yuan", { locale: "it-IT", decimalSeparator: [","] as unknown as string }),
      ),
    ).toBe("INVALID_TYPE");
    expect(code(() => money.parse("1.234,56 €", { groupSeparator: 46 as unknown as string }))).toBe("INVALID_TYPE");
    // strings are still read
    expect(money.parse("1.234,56 €", { decimalSeparator: ",", groupSeparator: "." }).amount.toString()).toBe("1234.56");
  });

  it("figure.reported, percent and between refuse options that are not objects with INVALID_TYPE (was a TypeError)", () => {
    expect(code(() => figure.reported("193.48", null as never))).toBe("INVALID_TYPE");
    expect(code(() => figure.percent("38.8", null as never))).toBe("INVALID_TYPE");
    expect(code(() => figure.between("1", "2", null as never))).toBe("INVALID_TYPE");
    expect(code(() => figure.reported("193.48", "billion" as never))).toBe("INVALID_TYPE");
    expect(figure.reported("193.48", undefined).lo.toString()).toBe("193.475");
  });

  it("agreement.commitment validates and freezes its amount like money does (stored a caller's unfrozen, unchecked object)", () => {
    const base = { id: "plant", partyId: "p", kind: "productionPlant", description: "Build a plant" };
    const amount = { amount: new Decimal("1234.56"), currency: { ...money.currency("USD") } };
    const c = agreement.commitment({ ...base, amount });
    expect(Object.isFrozen(c.amount)).toBe(true);
    expect(c.amount).not.toBe(amount);
    expect(money.equals(c.amount!, money.of("1234.56", "USD"))).toBe(true);
    expect(c.amount!.currency).toBe(money.currency("USD"));
    // a currency that is not the registry's USD is refused
    expect(
      code(() =>
        agreement.commitment({
          ...base,
          amount: { amount: new Decimal(1), currency: { ...money.currency("USD"), numeric: {} } } as never,
        }),
      ),
    ).toBe("INVALID_VALUE");
    // a frozen Money of the library is kept as it is
    const m = money.of("5", "EUR");
    expect(agreement.commitment({ ...base, amount: m }).amount).toBe(m);
  });

  it("fx.consistency and fx.checkRate validate and rebuild the implied rates they return (stored a caller's unfrozen object holding a bare number)", () => {
    const gdp = fx.implied(figure.reported("193.48"), "CNY", figure.reported("30.26"), "USD", { label: "GDP" });
    const copy = { ...gdp, baseFigure: 193.48 };
    const verdict = fx.consistency([copy as never]);
    expect(Object.isFrozen(verdict.rates[0])).toBe(true);
    expect(verdict.rates[0]!.baseFigure.value.toString()).toBe("193.48");
    expect(verdict.rates[0]!.label).toBe("GDP");
    expect(fx.checkRate("0.1564", [copy as never]).results[0]!.implied).not.toBe(copy);
    // the library's own rates are kept as they are
    expect(fx.consistency([gdp]).rates[0]).toBe(gdp);
    expect(code(() => fx.consistency([{ ...gdp, baseFigure: "x" } as never]))).toBe("INVALID_NUMBER");
    expect(code(() => fx.consistency([{ ...gdp, label: 5 } as never]))).toBe("INVALID_VALUE");
  });

  it('growth.format refuses a basis that is not nominal, real or unspecified (printed "(NaN)")', () => {
    const r = growth.fromPercent("38.8", { basis: "real" });
    expect(growth.format(r)).toBe("+38.8% (real)");
    expect(code(() => growth.format({ ...r, basis: Number.NaN } as never))).toBe("INVALID_VALUE");
    expect(code(() => growth.format({ ...r, basis: "nominal " } as never))).toBe("INVALID_VALUE");
  });

  it('money\'s exact arithmetic refuses numbers of more than 10,000 digits with INVALID_INPUT (ran out of memory on "1e-9000000000000000")', () => {
    const usd = money.of("1234.56", "USD");
    expect(code(() => money.round(usd, { step: "1e-9000000000000000" }))).toBe("OUT_OF_RANGE");
    expect(code(() => money.divide(usd, "1e-9000000000000000", { mode: "halfEven" }))).toBe("OUT_OF_RANGE");
    expect(code(() => money.divide(money.of("1e9000000000000000", "USD"), "3", { mode: "halfEven" }))).toBe(
      "OUT_OF_RANGE",
    );
    expect(code(() => money.allocate(money.of("1e-20000", "USD"), [1, 1]))).toBe("OUT_OF_RANGE");
    expect(code(() => money.round(usd, { step: "1e-20000" }))).toBe("OUT_OF_RANGE");
    // large but sane numbers still work exactly
    expect(money.round(usd, { step: "1e-999" }).amount.toString()).toBe("1234.56");
    expect(money.divide(money.of("1e999", "USD"), "3", { mode: "halfEven" }).amount.toFixed()).toBe(
      `${"3".repeat(999)}.33`,
    );
  });

  it("figure.reported/percent refuse a decimal that the scale pushes out of range (stored Infinity, or a silent zero)", () => {
    const huge = new Decimal("1e995");
    expect(code(() => figure.reported(huge, { scale: "billion" }))).toBe("OUT_OF_RANGE");
    // and one that it pushes below the smallest exponent (was a silent zero)
    expect(code(() => figure.percent(new Decimal("1e-999")))).toBe("OUT_OF_RANGE");
    expect(figure.percent(new Decimal(0)).value.isZero()).toBe(true);
    expect(figure.reported(new Decimal("193.48"), { scale: "billion" }).value.toString()).toBe("193480000000");
  });

  it("fx.rateFromJSON refuses chains nested deeper than 32 levels with INVALID_SCHEMA (overflowed the stack from about 2,000 levels)", () => {
    // An inverse, then a cross with an identity leg, and so on (an inverse of an inverse is refused
    // for itself), as fx.invert and fx.cross build them: CNY/USD, CNY/USD, USD/CNY, USD/CNY, ...
    const nest = (depth: number): unknown => {
      let v: { base: string; quote: string } = {
        base: "USD",
        quote: "CNY",
        rate: "1",
        on: null,
        source: null,
        kind: "spot",
        derivation: "direct",
        chain: [],
      } as never;
      for (let i = 0; i < depth; i++) {
        const identity = {
          base: v.quote,
          quote: v.quote,
          rate: "1",
          on: null,
          source: null,
          kind: "fixed",
          derivation: "identity",
          chain: [],
        };
        v =
          i % 2 === 0
            ? ({
                base: v.quote,
                quote: v.base,
                rate: "1",
                on: null,
                source: null,
                kind: "spot",
                derivation: "inverse",
                chain: [v],
              } as never)
            : ({
                base: v.base,
                quote: v.quote,
                rate: "1",
                on: null,
                source: null,
                kind: "spot",
                derivation: "cross",
                chain: [v, identity],
              } as never);
      }
      return v;
    };
    expect(code(() => fx.rateFromJSON(nest(5_000)))).toBe("INVALID_SCHEMA");
    expect(code(() => fx.rateFromJSON(nest(33)))).toBe("INVALID_SCHEMA");
    expect(code(() => fx.tableFromJSON({ pivot: "USD", rates: [nest(5_000)] }))).toBe("INVALID_SCHEMA");
    // within the limit the chain is read
    expect(fx.rateFromJSON(nest(32)).derivation).toBe("cross");
    expect(fx.rateFromJSON(nest(31)).derivation).toBe("inverse");
  });

  it("schemas.parse/safeParse refuse documents nested deeper than 64 levels with INVALID_SCHEMA (the ExchangeRate schema overflowed the stack from about 1,000 levels)", () => {
    let deep: unknown = { base: "USD", quote: "CNY", rate: "1", derivation: "direct", chain: [] };
    for (let i = 0; i < 3_000; i++)
      deep = { base: "USD", quote: "CNY", rate: "1", derivation: "inverse", chain: [deep] };
    expect(code(() => schemas.parse(schemas.ExchangeRateSchema, deep))).toBe("INVALID_SCHEMA");
    const r = schemas.safeParse(schemas.ExchangeRateSchema, deep);
    expect(r.success).toBe(false);
    if (!r.success) {
      const issues = r.error.details?.["issues"] as readonly { path: readonly (string | number)[]; code: string }[];
      expect(issues[0]?.code).toBe("too_deep");
      expect(issues[0]?.path.slice(0, 4)).toEqual(["chain", 0, "chain", 0]);
    }
    let arrays: unknown = "1";
    for (let i = 0; i < 100_000; i++) arrays = [arrays];
    expect(code(() => schemas.parse(schemas.MoneySchema, arrays))).toBe("INVALID_SCHEMA");
    // ordinary documents are read as before
    expect(schemas.parse(schemas.MoneySchema, { amount: "1.5", currency: "USD" }).amount.toString()).toBe("1.5");
  });

  it("money.currencies refuses options that are not objects with INVALID_INPUT (was a TypeError; found by npm run fuzz, seed 243969333)", () => {
    expect(code(() => money.currencies(null as never))).toBe("INVALID_TYPE");
    expect(code(() => money.currencies("historic" as never))).toBe("INVALID_TYPE");
    expect(money.currencies().some((c) => c.code === "USD")).toBe(true);
  });

  it("figure.format and figure.evaluate refuse options that are not objects with INVALID_TYPE (was a TypeError)", () => {
    expect(code(() => figure.format(figure.exact(1), null as never))).toBe("INVALID_TYPE");
    expect(code(() => figure.evaluate(() => 1, { a: 1 }, null as never))).toBe("INVALID_TYPE");
    expect(figure.format(figure.exact(1), undefined)).toBe("1");
  });
});

describe("growth: powers of astronomical magnitude are refused, not computed for minutes", () => {
  it("cagr of a ratio near 10^9e15 is OUT_OF_RANGE (it exhausted memory; found by npm run fuzz, seed 1392818651)", () => {
    expect(code(() => growth.cagr({ from: "1e9000000000000000", to: 121, years: 2 }))).toBe("OUT_OF_RANGE");
    expect(code(() => growth.cagr({ from: "1e-999", to: "1e999", years: 2 }))).toBe("OUT_OF_RANGE");
  });
  it("compounding over absurdly many periods is OUT_OF_RANGE; ordinary magnitudes still work", () => {
    expect(code(() => growth.apply(100, growth.fromPercent("5"), 200_000))).toBe("OUT_OF_RANGE");
    const big = growth.cagr({ from: 1, to: "1e998", years: 2 }).fraction; // (10^998)^(1/2) − 1 = 10^499 − 1, to 34 digits
    expect(big.value.e).toBe(499);
    expect(big.value.isFinite()).toBe(true);
    expect(growth.apply(100, growth.fromPercent("5"), 20).level.value.toFixed(6)).toBe("265.329771");
  });
});

describe("sparse arrays: holes are refused as missing entries, never skipped or read as undefined objects", () => {
  /* eslint-disable no-sparse-arrays */
  it("milestone.of with holes in targets is INVALID_TYPE (was a TypeError; found by npm run fuzz, seed 1392818651)", () => {
    const input = {
      id: "m",
      kind: "massProduction",
      targets: [, , ,],
      reports: [{ status: "met", asOf: "2024-04-01" }],
    };
    expect(thrown(() => milestone.of(input as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "milestone.of", path: "input.targets[0]", received: undefined },
    });
  });
  it("capacity.plan with holes in phases or in a phase's history is INVALID_TYPE", () => {
    expect(thrown(() => capacity.plan({ unit: "vehicles", total: "300000", phases: [, ,] } as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "capacity.plan", path: "input.phases[0]" },
    });
    expect(
      thrown(() => capacity.plan({ unit: "vehicles", total: "300000", phases: [{ history: [,] }] } as never)),
    ).toMatchObject({ code: "INVALID_TYPE", details: { path: "input.phases[0].history[0]" } });
    expect(capacity.plan({ unit: "vehicles", total: "300000", phases: [{}, {}] }).phases.length).toBe(2);
  });
  it("fx.table with a hole is INVALID_TYPE (a missing rate); agreement lists with holes too", () => {
    expect(code(() => fx.table([, { base: "USD", quote: "CNY", rate: "6.4" }] as never))).toBe("INVALID_TYPE");
    expect(
      code(() => agreement.create({ id: "a", title: "t", kind: "cooperationAgreement", parties: [,] } as never)),
    ).toBe("INVALID_TYPE");
  });
  /* eslint-enable no-sparse-arrays */
});

describe("figure arithmetic that overflows decimal.js's range", () => {
  it("is INVALID_INPUT, never a stored Infinity (found by npm run fuzz, seed 1706031473)", () => {
    const gdp = figure.reported("193.48", { scale: "billion" });
    expect(code(() => figure.div(gdp, "1e-990"))).toBe("OUT_OF_RANGE");
    expect(() => figure.div(gdp, "1e-990")).toThrow(/must be a number of magnitude from 1e-999 to below 1e1000/);
    expect(code(() => figure.mul("1e600", "1e600"))).toBe("OUT_OF_RANGE");
    expect(figure.div(gdp, "1e-900").value.e).toBe(911);
  });

  it("figure.evaluate reads an input named __proto__ as any other input (its record's prototype was set: a DecimalError)", () => {
    const inputs = JSON.parse('{"x": "2", "__proto__": "3"}') as Record<string, string>;
    const f = figure.evaluate(
      (v: Record<string, Decimal>) => Object.values(v).reduce((a, b) => a.plus(b), new Decimal(1)),
      inputs,
    );
    expect(f.value.toString()).toBe("6");
  });
});
