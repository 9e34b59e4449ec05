import { describe, expect, it } from "vitest";
import Decimal from "decimal.js";
import { isAccordoError } from "../../src/errors.js";
import * as fx from "../../src/fx/index.js";
import * as money from "../../src/money/index.js";
import * as period from "../../src/period/index.js";
import type { Period } from "../../src/period/types.js";
import type { ExchangeRate, RateKind } from "../../src/fx/types.js";
import { caught, code, expectRefusal, thrown } from "../support.js";

describe("fx.rate", () => {
  it("takes any ISO date as a date, even one in 9999, past the last year of periods (9998)", () => {
    expect(code(() => period.parse("9999-12-31"))).toBe("INVALID_PERIOD");
    const last = fx.rate({ base: "USD", quote: "EUR", rate: "0.9", on: "9999-12-31" });
    expect(last.on).toBe("9999-12-31");
    expect(fx.lookup(fx.table([last]), "USD", "EUR", { on: "9999-12-31" })).toBe(last);
  });

  it("builds a frozen direct rate with defaults", () => {
    const r = fx.rate({ base: "usd", quote: "CNY", rate: "6.4128" });
    expect(r.base).toBe(money.currency("USD"));
    expect(r.quote).toBe(money.currency("CNY"));
    expect(r.rate.toString()).toBe("6.4128");
    expect(r.on).toBeNull();
    expect(r.source).toBeNull();
    expect(r.kind).toBe("spot");
    expect(r.derivation).toBe("direct");
    expect(r.chain).toEqual([]);
    expect(Object.isFrozen(r)).toBe(true);
    expect(Object.isFrozen(r.chain)).toBe(true);
  });

  it("accepts every kind of input for the rate, losslessly for strings", () => {
    expect(fx.rate({ base: "EUR", quote: "HRK", rate: "7.53450" }).rate.toFixed(5)).toBe("7.53450");
    expect(fx.rate({ base: "USD", quote: "JPY", rate: 150 }).rate.toString()).toBe("150");
    expect(fx.rate({ base: "USD", quote: "IQD", rate: 1310n }).rate.toString()).toBe("1310");
    expect(fx.rate({ base: "USD", quote: "EUR", rate: new Decimal("0.89") }).rate.toString()).toBe("0.89");
  });

  it("reads the date as an ISO date, a period string, a Period or a one-day period", () => {
    expect(fx.rate({ base: "USD", quote: "CNY", rate: "6.4", on: "2021-09-30" }).on).toBe("2021-09-30");
    const monthly = fx.rate({ base: "USD", quote: "CNY", rate: "6.4", on: "2021-09", kind: "average" });
    expect(monthly.on).toEqual(period.month(2021, 9));
    const quarters = fx.rate({
      base: "USD",
      quote: "CNY",
      rate: "6.4",
      on: period.range("2021-Q1", "2021-Q3"),
      kind: "average",
    });
    expect(period.format(quarters.on as Period)).toBe("2021-Q1/2021-Q3");
    expect(fx.rate({ base: "USD", quote: "CNY", rate: "6.4", on: period.day(2021, 9, 30) }).on).toBe("2021-09-30");
  });

  it("accepts custom and historic currencies", () => {
    const cnh = money.defineCurrency({ code: "CNH", minorUnits: 2, name: "Offshore yuan" });
    const r = fx.rate({ base: "USD", quote: cnh, rate: "7.30" });
    expect(r.quote).toBe(cnh);
    expect(fx.rate({ base: "EUR", quote: "HRK", rate: "7.53450", kind: "fixed" }).quote.historic).toBe(true);
  });

  it("refuses bad input with stable codes", () => {
    expect(code(() => fx.rate({ base: "USD", quote: "XYZ", rate: "1" }))).toBe("UNKNOWN_CURRENCY");
    expect(code(() => fx.rate({ base: "USD", quote: "usd", rate: "1" }))).toBe("INVALID_INPUT");
    expect(code(() => fx.rate({ base: "USD", quote: "EUR", rate: "0" }))).toBe("OUT_OF_RANGE");
    expect(code(() => fx.rate({ base: "USD", quote: "EUR", rate: "-0.89" }))).toBe("OUT_OF_RANGE");
    expect(code(() => fx.rate({ base: "USD", quote: "EUR", rate: Number.NaN }))).toBe("INVALID_NUMBER");
    expect(code(() => fx.rate({ base: "USD", quote: "EUR", rate: Number.POSITIVE_INFINITY }))).toBe("INVALID_NUMBER");
    expect(code(() => fx.rate({ base: "USD", quote: "EUR", rate: "0.8x9" }))).toBe("INVALID_NUMBER");
    expect(code(() => fx.rate({ base: "USD", quote: "EUR", rate: "0.89", on: "2021-02-30" }))).toBe("INVALID_PERIOD");
    expect(code(() => fx.rate({ base: "USD", quote: "EUR", rate: "0.89", on: "yesterday" }))).toBe("INVALID_PERIOD");
    expect(code(() => fx.rate({ base: "USD", quote: "EUR", rate: "0.89", on: 20210930 as never }))).toBe(
      "INVALID_PERIOD",
    );
    expect(code(() => fx.rate({ base: "USD", quote: "EUR", rate: "0.89", source: " " }))).toBe("INVALID_INPUT");
    expect(code(() => fx.rate({ base: "USD", quote: "EUR", rate: "0.89", kind: "forward" as never }))).toBe(
      "INVALID_INPUT",
    );
    expect(code(() => fx.rate(null as never))).toBe("INVALID_TYPE");
    expect(code(() => fx.rate({ base: 840, quote: "EUR", rate: "0.89" } as never))).toBe("INVALID_TYPE");
  });

  it("refuses the fields passed in a row with INVALID_TYPE, saying it takes one object", () => {
    const rate = fx.rate as (...args: unknown[]) => unknown;
    expectRefusal(() => rate("USD", "CNY", "6.4"), "INVALID_TYPE", "fx.rate: input", {
      expected: "one object { base, quote, rate, on?, source?, kind? }",
      received: "USD",
      arguments: 3,
    });
    const usd = money.of("1", "USD");
    expectRefusal(() => rate(usd), "INVALID_TYPE", "fx.rate: input", { received: usd, arguments: 1 });
    expectRefusal(
      () => rate({ base: "USD", quote: "CNY", rate: "6.4" }, "2021-09-30"),
      "INVALID_TYPE",
      "fx.rate: input",
      {
        arguments: 2,
      },
    );
    expect(caught(() => rate("USD", "CNY", "6.4")).message).toContain(
      'fx.rate takes one object of named values, not values in a row: fx.rate({ base: "USD", quote: "CNY", rate: "6.3933" }).',
    );
  });

  it("names the pair in the message of a bad rate", () => {
    try {
      fx.rate({ base: "USD", quote: "EUR", rate: "-1" });
      expect.unreachable();
    } catch (e) {
      expect(isAccordoError(e, "OUT_OF_RANGE")).toBe(true);
      expect((e as Error).message).toContain("input.rate");
      expect((e as Error).message).toContain("positive");
    }
  });

  it("does not keep or change the caller's objects", () => {
    const on = { kind: "month", year: 2021, month: 9 } as const;
    const input = { base: "USD", quote: "CNY", rate: "6.4", on };
    const snapshot = JSON.stringify(input);
    const r = fx.rate(input);
    expect(JSON.stringify(input)).toBe(snapshot);
    expect(r.on).not.toBe(on);
    expect(Object.isFrozen(r.on)).toBe(true);
  });
});

describe("fx.invert", () => {
  it("inverts to 34 significant digits and keeps the origin's context", () => {
    const r = fx.rate({ base: "USD", quote: "CNY", rate: "6.4", on: "2021-09-30", source: "PBoC", kind: "spot" });
    const i = fx.invert(r);
    expect(i.base.code).toBe("CNY");
    expect(i.quote.code).toBe("USD");
    expect(i.rate.toString()).toBe("0.15625");
    expect(i.on).toBe("2021-09-30");
    expect(i.source).toBe("PBoC");
    expect(i.kind).toBe("spot");
    expect(i.derivation).toBe("inverse");
    expect(i.chain).toEqual([r]);
    const third = fx.invert(fx.rate({ base: "USD", quote: "EUR", rate: "3" }));
    expect(third.rate.toString()).toBe("0.3333333333333333333333333333333333");
    expect(Object.isFrozen(i)).toBe(true);
  });

  it("gives back the original rate when inverting an inverse", () => {
    const r = fx.rate({ base: "EUR", quote: "HRK", rate: "7.53450", kind: "fixed" });
    expect(fx.invert(fx.invert(r))).toBe(r);
  });

  it("leaves an identity rate as it is", () => {
    const one = fx.lookup(fx.table([]), "USD", "USD", { on: "2024-01-02" });
    expect(fx.invert(one)).toBe(one);
  });

  it("refuses what is not a rate", () => {
    expect(code(() => fx.invert({ base: "USD", quote: "EUR", rate: "1" } as never))).toBe("INVALID_VALUE");
    expect(code(() => fx.invert(undefined as never))).toBe("INVALID_TYPE");
  });
});

describe("fx.cross", () => {
  const usdCny = fx.rate({ base: "USD", quote: "CNY", rate: "7.1", on: "2024-01-02", source: "ECB" });
  const eurUsd = fx.rate({ base: "EUR", quote: "USD", rate: "1.1", on: "2024-01-02", source: "ECB" });
  const usdEur = fx.rate({ base: "USD", quote: "EUR", rate: "0.9", on: "2024-01-02", source: "Fed" });
  const cnyJpy = fx.rate({ base: "CNY", quote: "JPY", rate: "20", on: "2024-01-02" });
  const eurCny = fx.rate({ base: "EUR", quote: "CNY", rate: "7.8", on: "2024-01-02" });

  it("follows the chain when one quote is the other's base, in either argument order", () => {
    const a = fx.cross(eurUsd, usdCny);
    const b = fx.cross(usdCny, eurUsd);
    for (const r of [a, b]) {
      expect(`${r.base.code}/${r.quote.code}`).toBe("EUR/CNY");
      expect(r.rate.toString()).toBe("7.81");
      expect(r.chain).toEqual([eurUsd, usdCny]);
      expect(r.source).toBe("ECB");
      expect(r.on).toBe("2024-01-02");
    }
    const usdJpy = fx.cross(usdCny, cnyJpy);
    expect(`${usdJpy.base.code}/${usdJpy.quote.code} ${usdJpy.rate.toString()}`).toBe("USD/JPY 142");
    expect(usdJpy.source).toBeNull();
  });

  it("inverts a leg when the two share their base or their quote", () => {
    const sharedBase = fx.cross(usdCny, usdEur); // CNY→USD→EUR
    expect(`${sharedBase.base.code}/${sharedBase.quote.code}`).toBe("CNY/EUR");
    expect(sharedBase.chain[0]?.derivation).toBe("inverse");
    expect(sharedBase.chain[0]?.chain[0]).toBe(usdCny);
    expect(sharedBase.rate.toFixed(10)).toBe(new Decimal(0.9).div(7.1).toFixed(10));
    const sharedQuote = fx.cross(usdCny, eurCny); // USD→CNY→EUR
    expect(`${sharedQuote.base.code}/${sharedQuote.quote.code}`).toBe("USD/EUR");
    expect(sharedQuote.chain[1]?.derivation).toBe("inverse");
    expect(sharedQuote.rate.toFixed(10)).toBe(new Decimal(7.1).div(7.8).toFixed(10));
  });

  it("combines every pair of kinds by the documented rule, in either order", () => {
    const k = (a: RateKind, b: RateKind): RateKind =>
      fx.cross(
        fx.rate({ base: "USD", quote: "EUR", rate: "1", kind: a }),
        fx.rate({ base: "EUR", quote: "HRK", rate: "7.5345", kind: b }),
      ).kind;
    const rule: readonly (readonly [RateKind, RateKind, RateKind])[] = [
      ["fixed", "fixed", "fixed"],
      ["spot", "spot", "spot"],
      ["average", "average", "average"],
      ["implied", "implied", "implied"],
      ["spot", "fixed", "spot"],
      ["average", "fixed", "average"],
      ["average", "spot", "spot"],
      ["implied", "spot", "implied"],
      ["implied", "fixed", "implied"],
      ["implied", "average", "implied"],
    ];
    for (const [a, b, kind] of rule) {
      expect(k(a, b), `${a} × ${b}`).toBe(kind);
      expect(k(b, a), `${b} × ${a}`).toBe(kind);
    }
  });

  it("refuses legs of different dates unless allowed, and then holds on the later date", () => {
    const later = fx.rate({ base: "USD", quote: "CNY", rate: "7.2", on: "2024-01-05" });
    expect(code(() => fx.cross(eurUsd, later))).toBe("INVALID_INPUT");
    const r = fx.cross(eurUsd, later, { allowDifferentDates: true });
    expect(r.on).toBe("2024-01-05");
    const undated = fx.rate({ base: "USD", quote: "CNY", rate: "7.2" });
    expect(code(() => fx.cross(eurUsd, undated))).toBe("INVALID_INPUT");
    expect(fx.cross(eurUsd, undated, { allowDifferentDates: true }).on).toBe("2024-01-02");
    const monthly = fx.rate({ base: "USD", quote: "CNY", rate: "7.15", on: "2024-01", kind: "average" });
    expect(fx.cross(eurUsd, monthly, { allowDifferentDates: true }).on).toEqual(period.month(2024, 1));
  });

  it("takes periods written differently but covering the same days as the same dates (refused 2024-Q1 with 2024-01/2024-03)", () => {
    const quarter = fx.rate({ base: "USD", quote: "CNY", rate: "7.1", on: "2024-Q1", kind: "average" });
    const months = fx.rate({ base: "EUR", quote: "USD", rate: "1.1", on: "2024-01/2024-03", kind: "average" });
    const r = fx.cross(quarter, months);
    expect(`${r.base.code}/${r.quote.code} ${r.rate.toString()}`).toBe("EUR/CNY 7.81");
    // the date of the first leg applied, EUR/USD
    expect(r.on).toEqual(period.parse("2024-01/2024-03"));
    const year = fx.rate({ base: "EUR", quote: "USD", rate: "1.1", on: "2024-Q1/2024-Q4", kind: "average" });
    expect(fx.cross(fx.rate({ base: "USD", quote: "CNY", rate: "7.1", on: "2024", kind: "average" }), year).on).toEqual(
      period.parse("2024-Q1/2024-Q4"),
    );
    // a period and a day in it, or two overlapping periods, still differ
    expect(
      code(() =>
        fx.cross(quarter, fx.rate({ base: "EUR", quote: "USD", rate: "1.1", on: "2024-01", kind: "average" })),
      ),
    ).toBe("INVALID_INPUT");
    expect(
      code(() =>
        fx.cross(quarter, fx.rate({ base: "EUR", quote: "USD", rate: "1.1", on: "2024-01/2024-04", kind: "average" })),
      ),
    ).toBe("INVALID_INPUT");
    // the same last day, another first day
    expect(
      code(() =>
        fx.cross(quarter, fx.rate({ base: "EUR", quote: "USD", rate: "1.1", on: "2024-03", kind: "average" })),
      ),
    ).toBe("INVALID_INPUT");
    expect(
      code(() =>
        fx.cross(quarter, fx.rate({ base: "EUR", quote: "USD", rate: "1.1", on: "2024-02/2024-03", kind: "average" })),
      ),
    ).toBe("INVALID_INPUT");
    expect(
      code(() =>
        fx.cross(
          fx.rate({ base: "USD", quote: "CNY", rate: "7.1", on: "2024-01-01" }),
          fx.rate({ base: "EUR", quote: "USD", rate: "1.1", on: "2024-01-01/2024-01-02" }),
        ),
      ),
    ).toBe("INVALID_INPUT");
  });

  it("crosses with an identity rate in either position, which shares its one currency (refused as 'the same pair' when given first)", () => {
    const cnyCny = fx.lookup(fx.table([]), "CNY", "CNY", { on: "2024-01-02" });
    const usdUsd = fx.lookup(fx.table([]), "USD", "USD", { on: "2024-01-02" });
    for (const [a, b] of [
      [usdCny, cnyCny],
      [cnyCny, usdCny],
      [usdUsd, usdCny],
      [usdCny, usdUsd],
    ] as const) {
      const r = fx.cross(a, b);
      expect(`${r.base.code}/${r.quote.code} ${r.rate.toString()} ${r.derivation}`).toBe("USD/CNY 7.1 cross");
      expect(fx.origins(r)).toEqual([usdCny]);
    }
    expect(thrown(() => fx.cross(cnyCny, cnyCny))).toMatchObject({
      code: "CURRENCY_MISMATCH",
      details: { function: "fx.cross", path: "b", received: "CNY/CNY", first: "CNY/CNY", second: "CNY/CNY" },
    });
    expect(thrown(() => fx.cross(cnyCny, usdUsd))).toMatchObject({
      code: "CURRENCY_MISMATCH",
      details: { function: "fx.cross", path: "b", received: "USD/USD", first: "CNY/CNY", second: "USD/USD" },
    });
  });

  it("refuses rates that share no currency or both", () => {
    const gbpJpy = fx.rate({ base: "GBP", quote: "JPY", rate: "180" });
    expect(code(() => fx.cross(eurUsd, gbpJpy))).toBe("CURRENCY_MISMATCH");
    expect(code(() => fx.cross(eurUsd, fx.invert(eurUsd)))).toBe("CURRENCY_MISMATCH");
    expect(code(() => fx.cross(eurUsd, eurUsd))).toBe("CURRENCY_MISMATCH");
    expect(code(() => fx.cross(eurUsd, usdCny, { allowDifferentDates: "yes" as never }))).toBe("INVALID_TYPE");
    expect(code(() => fx.cross(eurUsd, usdCny, null as never))).toBe("INVALID_TYPE");
  });
});

describe("fx.invert and fx.cross: results beyond the range of decimals", () => {
  it("refuse with OUT_OF_RANGE a rate that overflows to Infinity or underflows to 0 (stored it)", () => {
    const huge = fx.rate({ base: "USD", quote: "EUR", rate: "5e999" });
    expect(thrown(() => fx.invert(huge))).toMatchObject({
      code: "OUT_OF_RANGE",
      details: { function: "fx.invert", path: "exchangeRate", min: "1e-999", max: "1e1000" },
    });
    expect(fx.invert(fx.rate({ base: "USD", quote: "EUR", rate: "1e999" })).rate.eq("1e-999")).toBe(true);
    const big = fx.rate({ base: "EUR", quote: "JPY", rate: "1e999" });
    expect(thrown(() => fx.cross(huge, big))).toMatchObject({
      code: "OUT_OF_RANGE",
      details: { function: "fx.cross", path: "b", min: "1e-999", max: "1e1000" },
    });
    const tiny = fx.rate({ base: "EUR", quote: "JPY", rate: "1e-999" });
    expect(thrown(() => fx.cross(fx.rate({ base: "USD", quote: "EUR", rate: "1e-999" }), tiny))).toMatchObject({
      code: "OUT_OF_RANGE",
      details: { function: "fx.cross", path: "b", min: "1e-999", max: "1e1000" },
    });
    expect(fx.cross(huge, tiny).rate.toString()).toBe("5");
    // a table lookup of the reverse pair inverts
    expect(thrown(() => fx.lookup(fx.table([huge]), "EUR", "USD"))).toMatchObject({
      code: "OUT_OF_RANGE",
      details: { function: "fx.invert", path: "exchangeRate", min: "1e-999", max: "1e1000" },
    });
  });
});

describe("fx: a rate holding a decimal of another decimal.js constructor", () => {
  it("is rebuilt with the library's decimals, so that its precision does not decide the arithmetic (a cross was cut to the caller's 5 digits)", () => {
    const Five = Decimal.clone({ precision: 5 });
    const usdCny = fx.rate({ base: "USD", quote: "CNY", rate: "7.123456" });
    const eurUsd = fx.rate({ base: "EUR", quote: "USD", rate: "1.123456" });
    const foreign = Object.freeze({ ...eurUsd, rate: new Five("1.123456") });
    expect(fx.cross(foreign, usdCny).rate.toString()).toBe("8.002889383936");
    expect(fx.cross(foreign, usdCny).chain[0]?.rate.constructor).toBe(usdCny.rate.constructor);
    expect(fx.table([foreign]).rates[0]).toEqual(eurUsd);
    expect(fx.table([foreign]).rates[0]?.rate.constructor).toBe(usdCny.rate.constructor);
    expect(fx.invert(fx.invert(foreign))).toEqual(eurUsd);
    // its chain too
    const inverse = fx.invert(eurUsd);
    const foreignInverse = Object.freeze({ ...inverse, rate: new Five(inverse.rate), chain: Object.freeze([foreign]) });
    expect(fx.invert(foreignInverse).rate.constructor).toBe(usdCny.rate.constructor);
  });

  it("is refused when its rate is not finite", () => {
    const forged = Object.freeze({
      ...fx.rate({ base: "EUR", quote: "USD", rate: "1.1" }),
      rate: new Decimal(Infinity),
    });
    expect(code(() => fx.invert(forged))).toBe("INVALID_NUMBER");
    expect(code(() => fx.table([forged]))).toBe("INVALID_NUMBER");
  });

  it("rebuilds its chain, leg by leg, and names a leg that is not a rate", () => {
    const Five = Decimal.clone({ precision: 5 });
    const eurUsd = fx.rate({ base: "EUR", quote: "USD", rate: "1.123456" });
    const inverse = fx.invert(eurUsd);
    const foreignInverse = Object.freeze({
      ...inverse,
      rate: new Five(inverse.rate),
      chain: Object.freeze([Object.freeze({ ...eurUsd, rate: new Five("1.123456") })]),
    });
    expect(fx.invert(foreignInverse)).toEqual(eurUsd);
    expect(fx.origins(foreignInverse)).toEqual([eurUsd]);
    const badLeg = Object.freeze({ ...inverse, rate: new Five(inverse.rate), chain: Object.freeze([null]) });
    expect(thrown(() => fx.invert(badLeg as unknown as ExchangeRate))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.invert", path: "exchangeRate.chain[0]", received: null },
    });
  });

  it("refuses one whose chain loops back to it once 64 levels are rebuilt (overflowed the stack)", () => {
    const Five = Decimal.clone({ precision: 5 });
    const inverse = fx.invert(fx.rate({ base: "EUR", quote: "USD", rate: "1.25" }));
    const loop = { ...inverse, rate: new Five(inverse.rate), chain: [] as unknown[] };
    loop.chain.push(loop);
    Object.freeze(loop.chain);
    Object.freeze(loop);
    const path = `exchangeRate${".chain[0]".repeat(65)}`;
    expect(thrown(() => fx.invert(loop as unknown as ExchangeRate))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.invert", path },
    });
  });
});

describe("fx.origins", () => {
  it("lists the direct rates a derived rate rests on", () => {
    const a = fx.rate({ base: "USD", quote: "NOK", rate: "10", on: "2024-01-02" });
    const b = fx.rate({ base: "USD", quote: "SEK", rate: "11", on: "2024-01-02" });
    expect(fx.origins(fx.invert(a))).toEqual([a]);
    expect(fx.origins(fx.cross(a, b))).toEqual([a, b]);
    expect(fx.origins(fx.invert(fx.cross(a, b)))).toEqual([a, b]);
    expect(Object.isFrozen(fx.origins(a))).toBe(true);
  });

  it("refuses a hand-made rate whose chain loops back to a rate it derives from, once it nests 64 levels (overflowed the stack)", () => {
    const a = fx.rate({ base: "USD", quote: "NOK", rate: "10", on: "2024-01-02" });
    const b = fx.rate({ base: "USD", quote: "SEK", rate: "11", on: "2024-01-02" });
    const loop = { ...fx.invert(a), chain: [] as unknown[] };
    loop.chain.push(loop);
    Object.freeze(loop.chain);
    Object.freeze(loop);
    const outer = { ...fx.cross(a, b), chain: [a, loop] };
    Object.freeze(outer.chain);
    Object.freeze(outer);
    for (const [forged, path] of [
      [loop, ".chain[0]".repeat(65)],
      [outer, `.chain[1]${".chain[0]".repeat(64)}`],
    ] as const) {
      expect(thrown(() => fx.origins(forged as unknown as ExchangeRate))).toMatchObject({
        code: "INVALID_VALUE",
        details: { function: "fx.origins", path: `exchangeRate${path}` },
      });
    }
    // a leg used twice is no loop
    const shared = fx.invert(a);
    const twice = Object.freeze({ ...fx.cross(a, b), chain: Object.freeze([shared, shared]) });
    expect(fx.origins(twice as ExchangeRate)).toEqual([a, a]);
  });
});

describe("fx rates: edges", () => {
  const r = fx.rate({ base: "USD", quote: "CNY", rate: "6.4", on: "2024-01-02" });

  it("reads source null as no source", () => {
    expect(fx.rate({ base: "USD", quote: "CNY", rate: "6.4", source: null }).source).toBeNull();
  });

  it("refuses a rate-shaped value that accordo did not make", () => {
    const forged: Record<string, unknown>[] = [
      { ...r },
      { ...r, chain: undefined },
      { ...r, derivation: 5 },
      { ...r, rate: "6.4" },
      { ...r, rate: r.rate.neg() },
      { ...r, rate: r.rate.minus(r.rate) },
      { ...r, base: "USD" },
      { ...r, quote: "CNY" },
    ];
    forged.forEach((f, i) => {
      const value = i === 0 ? f : Object.freeze(f);
      expect(
        code(() => fx.invert(value as never)),
        `forged[${i}]`,
      ).toBe("INVALID_VALUE");
    });
    expect(fx.invert(Object.freeze({ ...r }) as never).chain[0]).toEqual(r);
  });

  it("inverts a frozen inverse-shaped rate without an origin as a rate of its own", () => {
    const orphan = Object.freeze({ ...fx.invert(r), chain: Object.freeze([]) });
    const back = fx.invert(orphan as never);
    expect(`${back.base.code}/${back.quote.code} ${back.rate.toString()} ${back.derivation}`).toBe(
      "USD/CNY 6.4 inverse",
    );
    // the orphan is rebuilt (read once), not kept
    expect(back.chain[0]).toEqual(orphan);
  });

  it("holds a cross on the later date of its legs, whatever their order, or on the first leg's when they end together", () => {
    const undatedEurUsd = fx.rate({ base: "EUR", quote: "USD", rate: "1.1" });
    const datedUsdCny = fx.rate({ base: "USD", quote: "CNY", rate: "7.1", on: "2024-01-31" });
    expect(fx.cross(undatedEurUsd, datedUsdCny, { allowDifferentDates: true }).on).toBe("2024-01-31");
    expect(fx.cross(datedUsdCny, undatedEurUsd, { allowDifferentDates: true }).on).toBe("2024-01-31");
    expect(fx.cross(undatedEurUsd, fx.rate({ base: "USD", quote: "CNY", rate: "7.1" })).on).toBeNull();
    const januaryEurUsd = fx.rate({ base: "EUR", quote: "USD", rate: "1.09", on: "2024-01", kind: "average" });
    // The same last day: the one starting later (the day) is the later.
    expect(fx.cross(januaryEurUsd, datedUsdCny, { allowDifferentDates: true }).on).toBe("2024-01-31");
    const earlierDay = fx.rate({ base: "EUR", quote: "USD", rate: "1.09", on: "2024-01-30" });
    expect(fx.cross(earlierDay, datedUsdCny, { allowDifferentDates: true }).on).toBe("2024-01-31");
    expect(
      fx.cross(fx.rate({ base: "EUR", quote: "USD", rate: "1.09", on: "2024-02-01" }), datedUsdCny, {
        allowDifferentDates: true,
      }).on,
    ).toBe("2024-02-01");
    const january = fx.cross(
      januaryEurUsd,
      fx.rate({ base: "USD", quote: "CNY", rate: "7.1", on: "2023-12/2024-01", kind: "average" }),
      { allowDifferentDates: true },
    );
    expect(january.on).toEqual(period.month(2024, 1));
    // The same days written two ways: the first leg's.
    const rangeEurUsd = fx.rate({ base: "EUR", quote: "USD", rate: "1.09", on: "2024-01/2024-03", kind: "average" });
    const q1UsdCny = fx.rate({ base: "USD", quote: "CNY", rate: "7.1", on: "2024-Q1", kind: "average" });
    expect(period.format(fx.cross(rangeEurUsd, q1UsdCny, { allowDifferentDates: true }).on as Period)).toBe(
      "2024-01/2024-03",
    );
    expect(period.format(fx.cross(q1UsdCny, rangeEurUsd, { allowDifferentDates: true }).on as Period)).toBe(
      "2024-01/2024-03",
    );
  });

  it("refuses legs of a day and a period without allowDifferentDates, and accepts the same period", () => {
    const daily = fx.rate({ base: "EUR", quote: "USD", rate: "1.1", on: "2024-01-02" });
    const monthly = fx.rate({ base: "USD", quote: "CNY", rate: "7.15", on: "2024-01", kind: "average" });
    expect(code(() => fx.cross(daily, monthly))).toBe("INVALID_INPUT");
    expect(code(() => fx.cross(monthly, daily))).toBe("INVALID_INPUT");
    expect(
      fx.cross(fx.rate({ base: "EUR", quote: "USD", rate: "1.1", on: "2024-01", kind: "average" }), monthly).on,
    ).toEqual(period.month(2024, 1));
    expect(code(() => fx.cross(daily, fx.rate({ base: "USD", quote: "CNY", rate: "7.1", on: "2024-01-03" })))).toBe(
      "INVALID_INPUT",
    );
  });
});
