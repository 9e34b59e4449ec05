/**
 * Regression tests for an adversarial review: huge magnitudes, decimals mutated
 * through returned values, forged values whose getters change between reads, sparse arrays,
 * and long ownership chains.
 */
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { agreement, capacity, figure, fx, growth, milestone, money, zone } from "../../src/index.js";
import type { ExchangeRate, Figure, Money } from "../../src/index.js";
import { FigureSchema, MoneySchema, parse, toJSON } from "../../src/schemas/index.js";
import { seedAgreement, seedZone } from "../fixtures/seed.js";
import { canon, code, thrown } from "../support.js";

const RANGE = { expected: "a number of magnitude from 1e-999 to below 1e1000, or 0", min: "1e-999", max: "1e1000" };

describe("an 18-byte amount no longer takes the process down", () => {
  it("every reader refuses magnitudes outside the range with OUT_OF_RANGE", () => {
    for (const text of ["1e9000000000000000", "1e-9000000000000000", "1e100000000", "1e1000", "-1e-1000"]) {
      expect(
        thrown(() => money.fromJSON({ amount: text, currency: "USD" })),
        text,
      ).toMatchObject({ code: "OUT_OF_RANGE", details: { ...RANGE, received: text } });
      expect(
        code(() => money.of(text, "USD")),
        text,
      ).toBe("OUT_OF_RANGE");
      expect(
        code(() => money.of(new Decimal(text), "USD")),
        text,
      ).toBe("OUT_OF_RANGE");
      expect(
        code(() => figure.exact(text)),
        text,
      ).toBe("OUT_OF_RANGE");
      expect(
        code(() => figure.reported(text)),
        text,
      ).toBe("OUT_OF_RANGE");
      expect(
        code(() => figure.between(text.startsWith("-") ? text : 0, text.startsWith("-") ? 1 : text)),
        text,
      ).toBe("OUT_OF_RANGE");
      expect(
        code(() => fx.rate({ base: "USD", quote: "EUR", rate: text })),
        text,
      ).toBe("OUT_OF_RANGE");
      expect(thrown(() => parse(MoneySchema, { amount: text, currency: "USD" }))).toMatchObject({
        code: "INVALID_SCHEMA",
        details: { issues: [{ path: ["amount"], code: "OUT_OF_RANGE" }] },
      });
    }
    expect(code(() => money.fromMinor(10n ** 1002n, "USD"))).toBe("OUT_OF_RANGE");
  });

  it("every writer writes a bounded string at the edges of the range, and the two JSON writers agree", () => {
    for (const text of ["9.99e999", "-9.99e999", "1e-999", "-1.5e-999"]) {
      const m = money.of(text, "USD");
      expect(money.toString(m).length, text).toBeLessThan(1_100);
      expect(money.format(m).length, text).toBeLessThan(1_500);
      expect(money.toJSON(m)).toEqual(toJSON(MoneySchema, m));
      expect(money.toMinor(m, "halfEven").toString().length).toBeLessThan(1_100);
      expect(thrown(() => money.divide(m, 0, { mode: "halfEven" }))).toMatchObject({ code: "DIVISION_BY_ZERO" });
      expect(
        String((thrown(() => money.divide(m, 0, { mode: "halfEven" })) as { message: string }).message.length),
      ).toMatch(/^\d{1,4}$/);
      const f = figure.exact(text);
      expect(figure.format(f, { decimals: 2 }).length).toBeLessThan(1_500);
      expect(JSON.stringify(toJSON(FigureSchema, f)).length).toBeLessThan(5_000);
    }
    expect(money.toJSON(money.of("1e999", "USD")).amount).toBe(`1${"0".repeat(999)}`);
    const t = fx.table([{ base: "USD", quote: "EUR", rate: "0.9" }]);
    expect(fx.convert(money.of("1e999", "USD"), "EUR", t).amount.eq("9e998")).toBe(true);
    expect(code(() => fx.convert(money.of("9e999", "EUR"), "USD", t))).toBe("OUT_OF_RANGE");
  });

  it("arithmetic that would leave the range is refused with OUT_OF_RANGE", () => {
    const huge = money.of("9e999", "USD");
    expect(code(() => money.add(huge, huge))).toBe("OUT_OF_RANGE");
    expect(code(() => money.multiply(money.of("1e600", "USD"), "1e600"))).toBe("OUT_OF_RANGE");
    expect(code(() => money.multiply(money.of("1e-600", "USD"), "1e-600"))).toBe("OUT_OF_RANGE");
    expect(code(() => figure.mul("1e600", "1e600"))).toBe("OUT_OF_RANGE");
    expect(code(() => figure.mul("1e-600", "1e-600"))).toBe("OUT_OF_RANGE");
    expect(code(() => figure.div("1e-600", "1e600"))).toBe("OUT_OF_RANGE");
    expect(code(() => figure.width(figure.between("-9e999", "9e999")))).toBe("OUT_OF_RANGE");
    expect(code(() => fx.invert(fx.rate({ base: "USD", quote: "EUR", rate: "5e999" })))).toBe("OUT_OF_RANGE");
    expect(code(() => growth.cagr({ from: "1e-999", to: "1e999", years: 1 }))).toBe("OUT_OF_RANGE");
  });
});

/** Every Decimal reachable from a value (through plain objects and arrays). */
function decimalsIn(value: unknown, out: Decimal[] = [], seen = new Set<unknown>()): Decimal[] {
  if (typeof value !== "object" || value === null || seen.has(value)) return out;
  seen.add(value);
  if (Decimal.isDecimal(value)) out.push(value as Decimal);
  else for (const v of Object.values(value)) decimalsIn(v, out, seen);
  return out;
}

/** Tries every way of changing a decimal in place; counts the attempts that did not throw. */
function vandalise(d: Decimal): number {
  let quiet = 0;
  const attempts: (() => void)[] = [
    () => ((d.d as number[])[0] = 7),
    () => (d as { d: number[] }).d.push(1),
    () => ((d as { d: number[] }).d = [1e20]),
    () => ((d as { e: number }).e = 5),
    () => ((d as { s: number }).s = -1),
  ];
  for (const attempt of attempts) {
    try {
      attempt();
      quiet++;
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
    }
  }
  return quiet;
}

describe("no returned decimal can change what the library computes", () => {
  const usd = (x: string): Money => money.of(x, "USD");

  it("the issue's examples: zero, the identity rate, a parsed amount, a rate's digits", () => {
    expect(() => ((money.of("0", "USD").amount.d as number[])[0] = 7)).toThrow(TypeError);
    expect(money.toString(money.subtract(usd("1"), usd("1")))).toBe("0 USD");
    const identity = fx.lookup(fx.table([]), "EUR", "EUR");
    expect(() => ((identity.rate.d as number[])[0] = 9)).toThrow(TypeError);
    expect(fx.invert(fx.rate({ base: "USD", quote: "EUR", rate: "2" })).rate.toString()).toBe("0.5");
    expect(money.round(usd("149"), { scale: -2 }).amount.toString()).toBe("100");
    const parsed = money.of("5.5", "USD");
    expect(() => ((parsed.amount as { e: number }).e = 3)).toThrow(TypeError);
    expect(money.of("5.5", "USD").amount.toString()).toBe("5.5");
    const r = fx.rate({ base: "USD", quote: "EUR", rate: "0.9" });
    expect(() => ((r.rate as { d: number[] }).d = [1e20])).toThrow(TypeError);
    expect(() => ((r.rate as { e: number }).e = 5)).toThrow(TypeError);
    expect(fx.invert(r).rate.toString()).toBe("1.111111111111111111111111111111111");
  });

  it("property: mutating every reachable decimal of every returned value changes no later result", () => {
    const t = fx.table([
      { base: "USD", quote: "CNY", rate: "6.4", on: "2021-09-30" },
      { base: "EUR", quote: "USD", rate: "1.16", on: "2021-09-30" },
    ]);
    const gdp = figure.reported("193.48", { scale: "billion" });
    const compute = (): unknown =>
      canon([
        money.subtract(usd("1"), usd("1")),
        money.of("5.5", "USD"),
        money.add(usd("0.1"), usd("0.2")),
        money.round(usd("149"), { scale: -2 }),
        fx.lookup(t, "EUR", "EUR"),
        fx.lookup(t, "EUR", "CNY", { on: "2021-09-30" }),
        fx.convert(usd("100"), "CNY", t, { on: "2021-09-30" }),
        fx.invert(fx.rate({ base: "USD", quote: "EUR", rate: "2" })),
        figure.mul(gdp, "2"),
        figure.exact("0"),
        growth.rate(gdp, "139.39e9"),
        growth.fromPercent("38.8"),
        agreement.effectiveShare(seedAgreement, seedAgreement.parties[0]!.id, seedAgreement.parties[0]!.id),
        zone.remainderOf(seedZone, "industrial-output-2021-q1q3", ["leading-industries-output-2021-q1q3"], "CNY"),
        capacity.plan({ unit: "vehicles", total: "300000", phases: [{ capacity: "150000" }, {}] }),
      ]);
    const before = compute();
    // every value the battery returns, and library singletons reachable through them
    const returned = [
      money.subtract(usd("1"), usd("1")),
      money.of("5.5", "USD"),
      money.of(0, "USD"),
      fx.lookup(t, "EUR", "EUR"),
      fx.lookup(t, "USD", "EUR", { on: "2021-09-30" }),
      t,
      figure.exact("0"),
      figure.exact("1"),
      gdp,
      growth.rate(gdp, "139.39e9"),
      growth.fromPercent("38.8"),
      seedAgreement,
      seedZone,
      zone.remainderOf(seedZone, "industrial-output-2021-q1q3", ["leading-industries-output-2021-q1q3"], "CNY"),
      agreement.effectiveShare(seedAgreement, seedAgreement.parties[0]!.id, seedAgreement.parties[0]!.id),
      figure.width(gdp),
      figure.midpoint(gdp),
      milestone.of({ id: "m", kind: "massProduction", targets: [{ target: "2024-S1", asOf: "2021-11-27" }] } as never),
    ];
    const decimals = decimalsIn(returned);
    expect(decimals.length).toBeGreaterThan(50);
    const quiet = decimals.map(vandalise).reduce((a, b) => a + b, 0);
    expect(quiet).toBe(0);
    expect(compute()).toEqual(before);
  });
});

describe('frozen objects with getters do not pass the "checked once" fast path', () => {
  /** A frozen object whose getters answer `first` on the first read of each key, `later` after. */
  const shifty = <T extends object>(first: T, later: Record<string, unknown>): T => {
    const out = {};
    for (const key of Object.keys(first)) {
      let reads = 0;
      Object.defineProperty(out, key, {
        get: () => (reads++ === 0 ? (first as Record<string, unknown>)[key] : later[key]),
        enumerable: true,
      });
    }
    return Object.freeze(out) as T;
  };
  const usd1 = money.of("1", "USD");
  const forgedMoney = (): Money =>
    shifty({ amount: new Decimal(7), currency: money.currency("USD") }, { amount: "garbage", currency: undefined });

  it("the issue's examples: add, toString and max", () => {
    expect(money.toString(money.add(forgedMoney(), usd1))).toBe("8 USD");
    expect(money.toString(forgedMoney())).toBe("7 USD");
    const forged = forgedMoney();
    const max = money.max([forged]);
    expect(max).not.toBe(forged);
    expect(money.toString(max)).toBe("7 USD");
    expect(Object.isFrozen(max.amount)).toBe(true);
    expect(money.toString(money.max([forgedMoney(), usd1]))).toBe("7 USD");
    expect(money.toString(money.sum([forgedMoney(), forgedMoney()]))).toBe("14 USD");
  });

  it("figures, rates, tables, currencies and implied rates with shifty getters are read once", () => {
    const gdp = figure.reported("193.48");
    const forgedFigure = (): Figure =>
      shifty({ ...gdp }, { value: "x", lo: null, hi: undefined, loInclusive: "no", hiInclusive: 3 });
    expect(figure.format(figure.add(forgedFigure(), 1))).toBe(figure.format(figure.add(gdp, 1)));
    expect(growth.format(growth.rate(forgedFigure(), "100"))).toBe(growth.format(growth.rate(gdp, "100")));
    const r = fx.rate({ base: "USD", quote: "EUR", rate: "0.9", on: "2021-09-30" });
    const forgedRate = (): ExchangeRate =>
      shifty({ ...r }, { base: null, quote: 5, rate: new Decimal(-1), on: "x", chain: null });
    expect(fx.invert(forgedRate()).rate.toString()).toBe(fx.invert(r).rate.toString());
    expect(money.toString(fx.convert(money.of("10", "USD"), "EUR", forgedRate()))).toBe("9 EUR");
    const t = fx.table([r]);
    const forgedTable = shifty({ ...t }, { rates: [null], pivot: null });
    expect(money.toString(fx.convert(money.of("10", "USD"), "EUR", forgedTable))).toBe("9 EUR");
    const token = money.defineCurrency({ code: "XBDA", minorUnits: 2, name: "Token" });
    const forgedCurrency = shifty({ ...token }, { code: "USD", minorUnits: 40, custom: false });
    expect(money.toString(money.of("1.5", forgedCurrency))).toBe("1.5 XBDA");
    const implied = fx.implied(gdp, "CNY", figure.reported("30.26"), "USD");
    const forgedImplied = shifty(
      { ...implied },
      { rate: null, baseFigure: null, quoteFigure: null, base: null, quote: null },
    );
    expect(fx.consistency([forgedImplied]).consistent).toBe(true);
  });
});

describe("holes in arrays are refused like undefined", () => {
  const comp = { current: "424.36", rate: growth.fromPercent("32") };
  const part = { current: "403.74", rate: growth.fromPercent("33.0") };

  it("growth.remainder refuses [ , ] and [part, , ] (was a TypeError reading 'rate')", () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => growth.remainder(comp, [,] as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "growth.remainder", path: "parts[0]" },
    });
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => growth.remainder(comp, [part, ,] as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "growth.remainder", path: "parts[1]" },
    });
    expect(thrown(() => growth.remainder(comp, [undefined] as never))).toMatchObject({ code: "INVALID_TYPE" });
  });

  it("zone.remainderOf refuses partIds [ , ] (was a TypeError reading 'id')", () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(thrown(() => zone.remainderOf(seedZone, "industrial-output-2021-q1q3", [,] as never, "CNY"))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "zone.remainderOf", path: "partIds[0]" },
    });
  });
});

describe("ownership chains are walked once", () => {
  it("parentChain and effectiveShare on 16,000 parties, each owned by the previous one", () => {
    const n = 16_000;
    const parties = Array.from({ length: n }, (_, i) => ({
      id: `p${i}`,
      name: `Party ${i}`,
      kind: "company",
      roles: ["investor"],
      ...(i === 0 ? {} : { parent: { partyId: `p${i - 1}`, share: i % 1000 === 0 ? "0.5" : "1" } }),
    }));
    const a = agreement.create({ id: "chain", title: "A long chain", kind: "cooperationAgreement", parties } as never);
    const chain = agreement.parentChain(a, `p${n - 1}`);
    expect(chain.length).toBe(n - 1);
    expect(chain[0]!.id).toBe(`p${n - 2}`);
    expect(chain[n - 2]!.id).toBe("p0");
    // 15 links of one half (p1000, p2000, ... p15000), all others whole: 2^-15
    expect(agreement.effectiveShare(a, `p${n - 1}`, "p0")!.toString()).toBe("0.000030517578125");
    expect(agreement.effectiveShare(a, `p${n - 1}`, "p1000")!.toString()).toBe("0.00006103515625");
    expect(agreement.effectiveShare(a, `p${n - 1}`, "p15000")!.toString()).toBe("1");
    expect(agreement.effectiveShare(a, `p${n - 1}`, `p${n - 1}`)!.toString()).toBe("1");
  });
});

describe("agreements, zones and capacity plans with getters are never remembered as checked", () => {
  /** A frozen copy of `value` whose `key` is a getter answering the original while `good()` holds, `bad` after. */
  const switchable = <T extends object>(value: T, key: string, good: () => boolean, bad: unknown): T =>
    Object.freeze(
      Object.defineProperty({ ...value }, key, {
        get: () => (good() ? (value as Record<string, unknown>)[key] : bad),
        enumerable: true,
      }),
    ) as T;

  it("an agreement or a zone is checked again on every call when it has a getter", () => {
    let good = true;
    const a = switchable(seedAgreement, "parties", () => good, [null]);
    const id = seedAgreement.parties[0]!.id;
    expect(agreement.findParty(a, id)?.id).toBe(id);
    good = false;
    expect(code(() => agreement.findParty(a, id))).toBe("INVALID_VALUE");
    let fine = true;
    const z = switchable(seedZone, "observations", () => fine, [null]);
    expect(code(() => zone.impliedPrevious(z, "industrial-output-2021-q1q3", "CNY"))).toBeUndefined();
    fine = false;
    expect(code(() => zone.impliedPrevious(z, "industrial-output-2021-q1q3", "CNY"))).toBe("INVALID_VALUE");
  });

  it("a capacity plan input is read once", () => {
    let reads = 0;
    const phases = [{ capacity: "150000" }, {}];
    const input = Object.freeze(
      Object.defineProperty({ unit: "vehicles", total: "300000" }, "phases", {
        get: () => (reads++ === 0 ? phases : null),
        enumerable: true,
      }),
    );
    expect(capacity.plan(input as never).phases.length).toBe(2);
    expect(reads).toBe(1);
  });
});
