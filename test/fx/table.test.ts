import { describe, expect, it } from "vitest";
import { isAccordoError } from "../../src/errors.js";
import * as fx from "../../src/fx/index.js";
import * as money from "../../src/money/index.js";
import * as period from "../../src/period/index.js";
import { caught, code, thrown } from "../support.js";

const usdCny = (on: string, rate: string, source = "PBoC") => fx.rate({ base: "USD", quote: "CNY", rate, on, source });

describe("fx.table", () => {
  it("stores rates in order, freezes, and has USD as the default pivot", () => {
    const a = usdCny("2021-09-30", "6.4854");
    const t = fx.table([a, { base: "EUR", quote: "USD", rate: "1.1579", on: "2021-09-30" }]);
    expect(t.rates[0]).toBe(a);
    expect(t.rates[1]?.derivation).toBe("direct");
    expect(t.pivot.code).toBe("USD");
    expect(Object.isFrozen(t)).toBe(true);
    expect(Object.isFrozen(t.rates)).toBe(true);
    expect(fx.table([], { pivot: "EUR" }).pivot.code).toBe("EUR");
  });

  it("does not change the caller's array", () => {
    const list = [usdCny("2021-09-30", "6.4854")];
    const t = fx.table(list);
    expect(list.length).toBe(1);
    expect(t.rates).not.toBe(list);
  });

  it("refuses duplicates, bad rates and bad options", () => {
    expect(code(() => fx.table([usdCny("2021-09-30", "6.4854"), usdCny("2021-09-30", "6.4855")]))).toBe(
      "INVALID_INPUT",
    );
    // Same pair and date from another source, or of another kind: both kept.
    expect(fx.table([usdCny("2021-09-30", "6.4854"), usdCny("2021-09-30", "6.4855", "SAFE")]).rates.length).toBe(2);
    expect(code(() => fx.table("rates" as never))).toBe("INVALID_TYPE");
    expect(code(() => fx.table([42 as never]))).toBe("INVALID_TYPE");
    expect(code(() => fx.table([{ base: "USD", quote: "CNY", rate: "-1" }]))).toBe("OUT_OF_RANGE");
    expect(code(() => fx.table([], { pivot: "XYZ" }))).toBe("UNKNOWN_CURRENCY");
    expect(code(() => fx.table([], null as never))).toBe("INVALID_TYPE");
  });

  it("names the duplicate in the message", () => {
    try {
      fx.table([usdCny("2021-09-30", "6.4854"), usdCny("2021-09-29", "6.47"), usdCny("2021-09-30", "6.4855")]);
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({
        code: "INVALID_INPUT",
        details: { function: "fx.table", path: "rates[2]", duplicates: 0 },
      });
    }
  });
});

describe("fx.lookup", () => {
  const t = fx.table([
    usdCny("2021-09-28", "6.4624"),
    usdCny("2021-09-30", "6.4854"),
    usdCny("2021-10-08", "6.4560"),
    fx.rate({ base: "USD", quote: "CNY", rate: "6.4612", on: "2021-09", kind: "average", source: "PBoC" }),
    fx.rate({ base: "EUR", quote: "USD", rate: "1.1579", on: "2021-09-30", source: "ECB" }),
    fx.rate({ base: "EUR", quote: "HRK", rate: "7.53450", kind: "fixed", source: "Council Regulation (EU) 2022/1208" }),
  ]);

  it("finds a direct rate on the exact date, and refuses other dates under the exact policy", () => {
    const r = fx.lookup(t, "USD", "CNY", { on: "2021-09-30" });
    expect(r).toBe(t.rates[1]);
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-09-30", policy: "exact" })).toBe(t.rates[1]);
    expect(code(() => fx.lookup(t, "USD", "CNY", { on: "2021-10-09", kind: "spot" }))).toBe("RATE_NOT_FOUND");
  });

  it("prefers a daily rate to the monthly average that also covers the day", () => {
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-09-28" })).toBe(t.rates[0]);
    // A day with no daily rate falls in the September average.
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-09-15" })).toBe(t.rates[3]);
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-09-28", kind: "average" })).toBe(t.rates[3]);
  });

  it("finds the latest rate on or before a date", () => {
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-10-07", policy: "onOrBefore", kind: "spot" })).toBe(t.rates[1]);
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-10-08", policy: "onOrBefore" })).toBe(t.rates[2]);
    expect(fx.lookup(t, "USD", "CNY", { on: "2022-01-01", policy: "onOrBefore" })).toBe(t.rates[2]);
    expect(code(() => fx.lookup(t, "USD", "CNY", { on: "2021-08-31", policy: "onOrBefore" }))).toBe("RATE_NOT_FOUND");
  });

  it("finds the nearest rate within a number of days, ties going to the earlier", () => {
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-10-06", policy: "nearest", withinDays: 3, kind: "spot" })).toBe(
      t.rates[2],
    );
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-10-04", policy: "nearest", withinDays: 4, kind: "spot" })).toBe(
      t.rates[1],
    );
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-09-29", policy: "nearest", withinDays: 1, kind: "spot" })).toBe(
      t.rates[0],
    );
    expect(
      code(() => fx.lookup(t, "USD", "CNY", { on: "2021-10-04", policy: "nearest", withinDays: 3, kind: "spot" })),
    ).toBe("RATE_NOT_FOUND");
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-09-30", policy: "nearest", withinDays: 0 })).toBe(t.rates[1]);
  });

  it("matches a period exactly", () => {
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-09" })).toBe(t.rates[3]);
    expect(fx.lookup(t, "USD", "CNY", { on: period.month(2021, 9) })).toBe(t.rates[3]);
    expect(code(() => fx.lookup(t, "USD", "CNY", { on: "2021-Q3" }))).toBe("RATE_NOT_FOUND");
    expect(code(() => fx.lookup(t, "USD", "CNY", { on: "2021-09", policy: "onOrBefore" }))).toBe("INVALID_PERIOD");
  });

  it("without a date, gives the most recent rate", () => {
    expect(fx.lookup(t, "USD", "CNY")).toBe(t.rates[2]);
    expect(fx.lookup(t, "EUR", "HRK")).toBe(t.rates[5]);
  });

  it("inverts a stored rate of the reversed pair", () => {
    const r = fx.lookup(t, "CNY", "USD", { on: "2021-09-30" });
    expect(r.derivation).toBe("inverse");
    expect(r.chain[0]).toBe(t.rates[1]);
    expect(r).toEqual(fx.invert(t.rates[1]!));
  });

  it("prefers the asked direction when both are stored for the same date", () => {
    const both = fx.table([
      fx.rate({ base: "CNY", quote: "USD", rate: "0.1542", on: "2021-09-30" }),
      fx.rate({ base: "USD", quote: "CNY", rate: "6.4854", on: "2021-09-30" }),
    ]);
    expect(fx.lookup(both, "USD", "CNY", { on: "2021-09-30" })).toBe(both.rates[1]);
    expect(fx.lookup(both, "CNY", "USD", { on: "2021-09-30" })).toBe(both.rates[0]);
  });

  it("crosses through the pivot, reporting both legs", () => {
    const r = fx.lookup(t, "EUR", "CNY", { on: "2021-09-30" });
    expect(r.derivation).toBe("cross");
    expect(r.chain).toEqual([t.rates[4], t.rates[1]]);
    expect(r.rate.toString()).toBe("7.50944466");
    expect(fx.origins(fx.lookup(t, "CNY", "EUR", { on: "2021-09-30" }))).toEqual([t.rates[1], t.rates[4]]);
  });

  it("crosses legs of different dates found by the policy, holding on the later", () => {
    const r = fx.lookup(t, "EUR", "CNY", { on: "2021-10-08", policy: "onOrBefore" });
    expect(r.chain).toEqual([t.rates[4], t.rates[2]]);
    expect(r.on).toBe("2021-10-08");
  });

  it("uses a pivot given at lookup or at construction", () => {
    const eurPivot = fx.table([...t.rates], { pivot: "EUR" });
    const r = fx.lookup(eurPivot, "USD", "HRK", { on: "2024-01-02", policy: "onOrBefore" });
    expect(fx.origins(r)).toEqual([t.rates[4], t.rates[5]]);
    expect(fx.lookup(t, "USD", "HRK", { on: "2021-09-30", pivot: "EUR" }).derivation).toBe("cross");
    expect(code(() => fx.lookup(t, "USD", "HRK", { on: "2021-09-30" }))).toBe("RATE_NOT_FOUND");
  });

  it("uses undated rates at any date, but only when no dated rate matches", () => {
    const r = fx.lookup(t, "HRK", "EUR", { on: "2022-12-30" });
    expect(r.chain[0]).toBe(t.rates[5]);
    const mixed = fx.table([
      fx.rate({ base: "USD", quote: "EUR", rate: "0.9" }),
      fx.rate({ base: "USD", quote: "EUR", rate: "0.91", on: "2024-01-02" }),
    ]);
    expect(fx.lookup(mixed, "USD", "EUR", { on: "2024-01-02" })).toBe(mixed.rates[1]);
    expect(fx.lookup(mixed, "USD", "EUR", { on: "2024-01-03" })).toBe(mixed.rates[0]);
  });

  it("gives the identity rate for the same currency", () => {
    const r = fx.lookup(t, "CNY", money.currency("CNY"), { on: "2021-09-30" });
    expect(r.derivation).toBe("identity");
    expect(r.rate.toString()).toBe("1");
    expect(r.on).toBe("2021-09-30");
    expect(fx.origins(r)).toEqual([]);
    expect(fx.lookup(fx.table([]), "JPY", "JPY").on).toBeNull();
  });

  it("filters by source", () => {
    const two = fx.table([usdCny("2021-09-30", "6.4854"), usdCny("2021-09-30", "6.4860", "SAFE")]);
    expect(fx.lookup(two, "USD", "CNY", { on: "2021-09-30" })).toBe(two.rates[0]);
    expect(fx.lookup(two, "USD", "CNY", { on: "2021-09-30", source: "SAFE" })).toBe(two.rates[1]);
    expect(code(() => fx.lookup(two, "USD", "CNY", { on: "2021-09-30", source: "ECB" }))).toBe("RATE_NOT_FOUND");
  });

  it("counts the rates of a table that has none for the pair", () => {
    const one = fx.table([usdCny("2021-09-30", "6.4854")]);
    expect(caught(() => fx.lookup(one, "USD", "CNY", { on: "2021-10-30" })).message).toBe(
      "fx.lookup: rateTable must be a table with a USD/CNY rate on 2021-10-30, direct, inverse or through USD, got a table of 1 rate, which does not answer",
    );
    expect(caught(() => fx.lookup(fx.table([]), "USD", "CNY")).message).toBe(
      "fx.lookup: rateTable must be a table with a USD/CNY rate at any date, direct, inverse or through USD, got an empty table",
    );
  });

  it("says which pair, date and policy it could not find", () => {
    try {
      fx.lookup(t, "GBP", "JPY", { on: "2021-09-30", policy: "nearest", withinDays: 5 });
      expect.unreachable();
    } catch (e) {
      expect(isAccordoError(e, "RATE_NOT_FOUND")).toBe(true);
      const err = e as Error & { details: Record<string, unknown> };
      expect(err.message).toBe(
        "fx.lookup: rateTable must be a table with a GBP/JPY rate within 5 days of 2021-09-30, direct, inverse or through USD, got a table of 6 rates, none of which answers",
      );
      expect(err.details).toMatchObject({
        function: "fx.lookup",
        path: "rateTable",
        expected: "a table with a GBP/JPY rate within 5 days of 2021-09-30, direct, inverse or through USD",
        received: t,
        base: "GBP",
        quote: "JPY",
        on: "2021-09-30",
        policy: "nearest",
        pivot: "USD",
      });
    }
  });

  it("refuses bad arguments", () => {
    expect(code(() => fx.lookup({ rates: [] } as never, "USD", "CNY"))).toBe("INVALID_VALUE");
    const handMade = Object.freeze({
      rates: [{ base: "USD", quote: "CNY", rate: "6.4" }],
      pivot: money.currency("USD"),
    });
    expect(code(() => fx.lookup(handMade as never, "USD", "CNY"))).toBe("INVALID_VALUE");
    expect(code(() => fx.lookup(t, "USD", "XYZ"))).toBe("UNKNOWN_CURRENCY");
    expect(code(() => fx.lookup(t, "USD", "CNY", { policy: "latest" as never }))).toBe("INVALID_INPUT");
    expect(code(() => fx.lookup(t, "USD", "CNY", { on: "2021-09-30", policy: "nearest" }))).toBe("INVALID_INPUT");
    expect(code(() => fx.lookup(t, "USD", "CNY", { on: "2021-09-30", policy: "nearest", withinDays: -1 }))).toBe(
      "OUT_OF_RANGE",
    );
    expect(code(() => fx.lookup(t, "USD", "CNY", { on: "2021-09-30", policy: "nearest", withinDays: 1.5 }))).toBe(
      "OUT_OF_RANGE",
    );
    expect(code(() => fx.lookup(t, "USD", "CNY", { on: "2021-09-30", withinDays: 3 }))).toBe("INVALID_INPUT");
    expect(code(() => fx.lookup(t, "USD", "CNY", { policy: "onOrBefore" }))).toBe("INVALID_INPUT");
    expect(code(() => fx.lookup(t, "USD", "CNY", { on: "2021-09-31" }))).toBe("INVALID_PERIOD");
    expect(code(() => fx.lookup(t, "USD", "CNY", { kind: "forward" as never }))).toBe("INVALID_INPUT");
    expect(code(() => fx.lookup(t, "USD", "CNY", { source: "" }))).toBe("INVALID_INPUT");
    expect(code(() => fx.lookup(t, "USD", "CNY", null as never))).toBe("INVALID_TYPE");
  });
});

describe("fx.table and fx.lookup: edges", () => {
  it("reads an object with a chain but no derivation (or the reverse) as rate input, not as a rate, and refuses the key rate input does not have", () => {
    expect(thrown(() => fx.table([{ base: "USD", quote: "EUR", rate: "0.9", chain: [] } as never]))).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: {
        function: "fx.table",
        path: "rates[0].chain",
        key: "chain",
        accepted: ["base", "quote", "rate", "on", "source", "kind"],
      },
    });
    expect(
      thrown(() => fx.table([{ base: "USD", quote: "JPY", rate: "150", derivation: "direct" } as never])),
    ).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: { function: "fx.table", path: "rates[0].derivation", key: "derivation" },
    });
  });

  it("keeps rates of the same pair, date and source but another kind", () => {
    const t = fx.table([
      usdCny("2021-09-30", "6.4854"),
      fx.rate({ base: "USD", quote: "CNY", rate: "6.48", on: "2021-09-30", source: "PBoC", kind: "fixed" }),
    ]);
    expect(t.rates.length).toBe(2);
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-09-30", kind: "fixed" })).toBe(t.rates[1]);
  });

  it("refuses tables not made by fx.table: unfrozen, without a rates array, or without a pivot currency", () => {
    const usd = money.currency("USD");
    const good = fx.table([usdCny("2021-09-30", "6.4854")]);
    expect(code(() => fx.lookup({ rates: good.rates, pivot: usd } as never, "USD", "CNY"))).toBe("INVALID_VALUE");
    expect(code(() => fx.lookup(Object.freeze({ rates: "x", pivot: usd }) as never, "USD", "CNY"))).toBe(
      "INVALID_VALUE",
    );
    expect(code(() => fx.lookup(Object.freeze({ rates: good.rates, pivot: "USD" }) as never, "GBP", "CNY"))).toBe(
      "INVALID_VALUE",
    );
    expect(code(() => fx.tableToJSON({ rates: good.rates, pivot: usd } as never))).toBe("INVALID_VALUE");
    // A frozen hand-made table of checked rates is accepted.
    expect(fx.lookup(Object.freeze({ rates: good.rates, pivot: usd }) as never, "CNY", "USD").chain[0]).toBe(
      good.rates[0],
    );
  });

  it("accepts a period with the exact policy given explicitly", () => {
    const t = fx.table([fx.rate({ base: "USD", quote: "CNY", rate: "6.4612", on: "2021-09", kind: "average" })]);
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-09", policy: "exact" })).toBe(t.rates[0]);
    expect(fx.lookup(t, "USD", "CNY", { on: period.month(2021, 9), policy: "exact" })).toBe(t.rates[0]);
  });

  it("treats source: null as no source filter", () => {
    const t = fx.table([usdCny("2021-09-30", "6.4854", "SAFE")]);
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-09-30", source: null as never })).toBe(t.rates[0]);
  });

  it("matches a day exactly, from either end of a period", () => {
    const t = fx.table([fx.rate({ base: "USD", quote: "CNY", rate: "6.4612", on: "2021-09", kind: "average" })]);
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-09-01" })).toBe(t.rates[0]);
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-09-30" })).toBe(t.rates[0]);
    expect(code(() => fx.lookup(t, "USD", "CNY", { on: "2021-08-31" }))).toBe("RATE_NOT_FOUND");
    expect(code(() => fx.lookup(t, "USD", "CNY", { on: "2021-10-01" }))).toBe("RATE_NOT_FOUND");
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-10-01", policy: "onOrBefore" })).toBe(t.rates[0]);
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-10-02", policy: "nearest", withinDays: 2 })).toBe(t.rates[0]);
    expect(code(() => fx.lookup(t, "USD", "CNY", { on: "2021-10-03", policy: "nearest", withinDays: 2 }))).toBe(
      "RATE_NOT_FOUND",
    );
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-08-30", policy: "nearest", withinDays: 2 })).toBe(t.rates[0]);
    expect(code(() => fx.lookup(t, "USD", "CNY", { on: "2021-08-30", policy: "onOrBefore" }))).toBe("RATE_NOT_FOUND");
  });

  it("among rates at the same distance, prefers the past one, then the shorter period", () => {
    const t = fx.table([
      usdCny("2021-10-02", "6.46"),
      usdCny("2021-09-28", "6.45"),
      fx.rate({ base: "USD", quote: "CNY", rate: "6.4612", on: "2021-09", kind: "average", source: "PBoC" }),
    ]);
    // 2021-09-30: the September average covers it (distance 0); without it, 09-28 and 10-02 are two days away.
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-09-30", policy: "nearest", withinDays: 2 })).toBe(t.rates[2]);
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-09-30", policy: "nearest", withinDays: 2, kind: "spot" })).toBe(
      t.rates[1],
    );
    // 2021-10-01: the average ends one day before, the daily rate starts one day after.
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-10-01", policy: "nearest", withinDays: 1 })).toBe(t.rates[2]);
    // On 09-28 the daily rate beats the average (both cover it; one day against thirty); on 09-29 the average covers it, the daily rate is a day old.
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-09-28", policy: "onOrBefore" })).toBe(t.rates[1]);
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-09-29", policy: "onOrBefore" })).toBe(t.rates[2]);
  });

  it("without a date, gives the latest dated rate before an undated one, and the shorter of two ending the same day", () => {
    const t = fx.table([
      fx.rate({ base: "USD", quote: "EUR", rate: "0.9" }),
      fx.rate({ base: "USD", quote: "EUR", rate: "0.91", on: "2024-01", kind: "average" }),
      fx.rate({ base: "USD", quote: "EUR", rate: "0.92", on: "2024-01-31" }),
      fx.rate({ base: "USD", quote: "EUR", rate: "0.89", on: "2023-12-29" }),
    ]);
    expect(fx.lookup(t, "USD", "EUR")).toBe(t.rates[2]);
    expect(fx.lookup(t, "USD", "EUR", { kind: "average" })).toBe(t.rates[1]);
    expect(fx.lookup(fx.table([t.rates[0]!, t.rates[1]!]), "EUR", "USD").chain[0]).toBe(t.rates[1]);
    expect(fx.lookup(fx.table([t.rates[0]!, t.rates[3]!]), "USD", "EUR")).toBe(t.rates[3]);
    // A month ends after a day in its middle, though it starts before it.
    const midMonth = fx.table([fx.rate({ base: "USD", quote: "EUR", rate: "0.92", on: "2024-01-15" }), t.rates[1]!]);
    expect(fx.lookup(midMonth, "USD", "EUR")).toBe(t.rates[1]);
  });

  it("uses an undated rate only when no dated one matches, whatever the distance of the dated one", () => {
    const mixed = fx.table([
      fx.rate({ base: "USD", quote: "EUR", rate: "0.9" }),
      fx.rate({ base: "USD", quote: "EUR", rate: "0.91", on: "2024-01-02" }),
    ]);
    expect(fx.lookup(mixed, "USD", "EUR", { on: "2024-01-05", policy: "onOrBefore" })).toBe(mixed.rates[1]);
    expect(fx.lookup(mixed, "EUR", "USD", { on: "2024-01-05", policy: "onOrBefore" }).chain[0]).toBe(mixed.rates[1]);
    expect(fx.lookup(mixed, "USD", "EUR", { on: "2024-01-04", policy: "nearest", withinDays: 2 })).toBe(mixed.rates[1]);
    expect(fx.lookup(mixed, "USD", "EUR", { on: "2024-01-01", policy: "onOrBefore" })).toBe(mixed.rates[0]);
    expect(fx.lookup(mixed, "USD", "EUR", { on: "2024-01" })).toBe(mixed.rates[0]);
  });

  it("says not found when only the first leg through the pivot exists", () => {
    const t = fx.table([fx.rate({ base: "EUR", quote: "USD", rate: "1.1", on: "2024-01-02" })]);
    expect(code(() => fx.lookup(t, "EUR", "JPY", { on: "2024-01-02" }))).toBe("RATE_NOT_FOUND");
    expect(code(() => fx.lookup(t, "JPY", "EUR", { on: "2024-01-02" }))).toBe("RATE_NOT_FOUND");
  });
});

describe("hand-made tables with holes", () => {
  it("refuses a hole among the rates of a frozen hand-made table (skipped it)", () => {
    const rates: unknown[] = [];
    rates[1] = fx.rate({ base: "USD", quote: "CNY", rate: "7" });
    const handMade = Object.freeze({ rates: Object.freeze(rates), pivot: money.currency("USD") });
    expect(thrown(() => fx.lookup(handMade as never, "USD", "CNY"))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.lookup", path: "rateTable.rates[0]", received: undefined },
    });
  });
});

describe("custom currencies that share a code", () => {
  // A custom currency is its code and its minor units: XTK with 2 and with 6 minor units are two currencies.
  const coarse = money.defineCurrency({ code: "XTK", minorUnits: 2, name: "Token (cents)" });
  const fine = money.defineCurrency({ code: "XTK", minorUnits: 6, name: "Token (micro)" });
  const t = fx.table([fx.rate({ base: "USD", quote: coarse, rate: "3.50", on: "2024-01-02" })]);

  it("finds the rate only for the currency it was stored with, in either direction", () => {
    expect(fx.lookup(t, "USD", coarse, { on: "2024-01-02" }).rate.toString()).toBe("3.5");
    expect(fx.lookup(t, coarse, "USD", { on: "2024-01-02" }).derivation).toBe("inverse");
    expect(code(() => fx.lookup(t, "USD", fine, { on: "2024-01-02" }))).toBe("RATE_NOT_FOUND");
    expect(code(() => fx.lookup(t, fine, "USD", { on: "2024-01-02" }))).toBe("RATE_NOT_FOUND");
    expect(code(() => fx.convert(money.of("1", "USD"), fine, t, { on: "2024-01-02", rounding: "halfEven" }))).toBe(
      "RATE_NOT_FOUND",
    );
  });

  it("holds one rate for each of them on the same day, source and kind (not duplicates)", () => {
    const both = fx.table([
      fx.rate({ base: "USD", quote: coarse, rate: "3.50", on: "2024-01-02" }),
      fx.rate({ base: "USD", quote: fine, rate: "3.501234", on: "2024-01-02" }),
    ]);
    expect(fx.lookup(both, "USD", coarse, { on: "2024-01-02" }).rate.toString()).toBe("3.5");
    expect(fx.lookup(both, "USD", fine, { on: "2024-01-02" }).rate.toString()).toBe("3.501234");
    expect(fx.lookup(both, "USD", fine, { on: "2024-01-02" }).quote).toBe(fine);
  });

  it("still refuses a true duplicate", () => {
    expect(
      code(() =>
        fx.table([
          fx.rate({ base: "USD", quote: fine, rate: "3.5", on: "2024-01-02" }),
          fx.rate({ base: "USD", quote: fine, rate: "3.6", on: "2024-01-02" }),
        ]),
      ),
    ).toBe("INVALID_INPUT");
  });
});

describe("fx.lookup: a period matches a rate on the same days, however either is written", () => {
  const avg = (on: string, rate = "7.1") =>
    fx.rate({ base: "USD", quote: "CNY", rate, on, kind: "average", source: "PBoC" });
  const notFound = (t: ReturnType<typeof fx.table>, on: string) => {
    try {
      fx.lookup(t, "USD", "CNY", { on });
    } catch (e) {
      return isAccordoError(e, "RATE_NOT_FOUND") ? String(e.details?.expected) : "other error";
    }
    return "found";
  };

  it("finds a rate stored on a month range by the quarter of the same days, and the other way (did not: compared notation)", () => {
    const months = fx.table([avg("2024-01/2024-03")]);
    expect(fx.lookup(months, "USD", "CNY", { on: "2024-Q1" })).toBe(months.rates[0]);
    expect(fx.lookup(months, "USD", "CNY", { on: period.quarter(2024, 1) })).toBe(months.rates[0]);
    expect(fx.lookup(months, "CNY", "USD", { on: "2024-Q1" }).chain[0]).toBe(months.rates[0]);
    expect(fx.convert(money.of("71", "CNY"), "USD", months, { on: "2024-Q1" }).amount.toString()).toBe("10");
    const quarter = fx.table([avg("2024-Q1")]);
    expect(fx.lookup(quarter, "USD", "CNY", { on: "2024-01/2024-03" })).toBe(quarter.rates[0]);
    expect(fx.lookup(quarter, "USD", "CNY", { on: "2024-M01/2024-M03" })).toBe(quarter.rates[0]);
  });

  it("matches a half, a year and their ranges of quarters and months", () => {
    const half = fx.table([avg("2024-S1")]);
    for (const on of ["2024-S1", "2024-H1", "2024-Q1/2024-Q2", "2024-01/2024-06"])
      expect(fx.lookup(half, "USD", "CNY", { on }), on).toBe(half.rates[0]);
    const year = fx.table([avg("2024")]);
    for (const on of [
      "2024",
      "2024-A1",
      "2024-S1/2024-S2",
      "2024-Q1/2024-Q4",
      "2024-01/2024-12",
      "2024-01-01/2024-12-31",
    ]) {
      expect(fx.lookup(year, "USD", "CNY", { on }), on).toBe(year.rates[0]);
    }
  });

  it("does not match a period that starts or ends on another day", () => {
    const months = fx.table([avg("2024-01/2024-03")]);
    expect(notFound(months, "2024-01/2024-02")).toBe(
      "a table with a USD/CNY rate on 2024-01/2024-02, direct, inverse or through USD",
    );
    expect(notFound(months, "2024-02/2024-03")).toBe(
      "a table with a USD/CNY rate on 2024-02/2024-03, direct, inverse or through USD",
    );
    expect(notFound(months, "2024-Q2")).toBe("a table with a USD/CNY rate on 2024-Q2, direct, inverse or through USD");
    expect(notFound(months, "2024-S1")).toBe("a table with a USD/CNY rate on 2024-S1, direct, inverse or through USD");
    expect(notFound(fx.table([avg("2024-S1")]), "2024-Q1/2024-Q3")).toBe(
      "a table with a USD/CNY rate on 2024-Q1/2024-Q3, direct, inverse or through USD",
    );
    expect(notFound(fx.table([avg("2024")]), "2024-01/2024-11")).toBe(
      "a table with a USD/CNY rate on 2024-01/2024-11, direct, inverse or through USD",
    );
    // a rate on one day of the period is no rate of the period
    expect(notFound(fx.table([fx.rate({ base: "USD", quote: "CNY", rate: "7.1", on: "2024-01-01" })]), "2024-Q1")).toBe(
      "a table with a USD/CNY rate on 2024-Q1, direct, inverse or through USD",
    );
  });

  it("prefers, among rates on the same days, the first stored in the asked direction, and falls back to an undated rate", () => {
    const cnyUsd = fx.rate({ base: "CNY", quote: "USD", rate: "0.14", on: "2024-Q1", kind: "average" });
    const two = fx.table([
      cnyUsd,
      avg("2024-Q1", "7.2"),
      fx.rate({ base: "USD", quote: "CNY", rate: "7.1", on: "2024-01/2024-03", kind: "average", source: "SAFE" }),
    ]);
    expect(fx.lookup(two, "USD", "CNY", { on: "2024-01/2024-03" })).toBe(two.rates[1]);
    expect(fx.lookup(two, "USD", "CNY", { on: "2024-Q1", source: "SAFE" })).toBe(two.rates[2]);
    expect(fx.lookup(two, "CNY", "USD", { on: "2024-01/2024-03" })).toBe(cnyUsd);
    const undated = fx.table([avg("2024-Q1"), fx.rate({ base: "USD", quote: "CNY", rate: "7" })]);
    expect(fx.lookup(undated, "USD", "CNY", { on: "2024-Q2" })).toBe(undated.rates[1]);
  });

  it("crosses through the pivot with legs on the same days written differently", () => {
    const t = fx.table([
      avg("2024-Q1"),
      fx.rate({ base: "EUR", quote: "USD", rate: "1.1", on: "2024-01/2024-03", kind: "average" }),
    ]);
    const eurCny = fx.lookup(t, "EUR", "CNY", { on: "2024-Q1" });
    expect([eurCny.derivation, eurCny.rate.toString()]).toEqual(["cross", "7.81"]);
    expect(fx.origins(eurCny)).toEqual([t.rates[1], t.rates[0]]);
  });
});

describe("fx.table and fx.lookup: a null pivot", () => {
  it("is refused with INVALID_TYPE: a table always has a pivot (used USD)", () => {
    expect(thrown(() => fx.table([], { pivot: null as never }))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.table", path: "options.pivot", received: null },
    });
    const t = fx.table([usdCny("2021-09-30", "6.4854")]);
    // refused even when the pair is found without a cross rate
    expect(thrown(() => fx.lookup(t, "USD", "CNY", { pivot: null as never }))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.lookup", path: "options.pivot", received: null },
    });
    expect(thrown(() => fx.convert(money.of("1", "USD"), "CNY", t, { pivot: null as never }))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.convert", path: "options.pivot", received: null },
    });
    expect(code(() => fx.lookup(t, "USD", "CNY", { pivot: "XYZ" }))).toBe("UNKNOWN_CURRENCY");
    expect(fx.lookup(t, "USD", "CNY", { pivot: "EUR" })).toBe(t.rates[0]);
  });
});

describe("fx.lookup: a currency to itself", () => {
  const t = fx.table([
    usdCny("2021-09-30", "6.4854"),
    fx.rate({ base: "EUR", quote: "USD", rate: "1.16", on: "2021-09", kind: "average", source: "ECB" }),
  ]);

  it("is the identity rate whatever the kind and source asked (it has no source), the options still checked", () => {
    for (const options of [
      { kind: "average" as const },
      { source: "ECB" },
      { source: "nobody", kind: "implied" as const, on: "2021-09-30" },
    ]) {
      const r = fx.lookup(t, "EUR", "EUR", options);
      expect([r.derivation, r.kind, r.source, r.rate.toString()]).toEqual(["identity", "fixed", null, "1"]);
    }
    expect(fx.convert(money.of("2.50", "EUR"), "EUR", t, { source: "nobody" }).amount.toString()).toBe("2.5");
    expect(code(() => fx.lookup(t, "EUR", "EUR", { kind: "forward" as never }))).toBe("INVALID_INPUT");
    expect(code(() => fx.lookup(t, "EUR", "EUR", { source: "" }))).toBe("INVALID_INPUT");
    expect(code(() => fx.lookup(t, "EUR", "EUR", { on: "2021-02-30" }))).toBe("INVALID_PERIOD");
    expect(code(() => fx.lookup(t, "EUR", "EUR", { pivot: null as never }))).toBe("INVALID_TYPE");
  });
});
