// The exact error messages and details of the fx functions: what was wrong, where, and what was received.
import { describe, expect, it } from "vitest";
import * as fx from "../../src/fx/index.js";
import * as money from "../../src/money/index.js";
import { thrown } from "../support.js";

const usdEur = fx.rate({ base: "USD", quote: "EUR", rate: "0.89", on: "2024-01-02" });
const t = fx.table([usdEur]);
const usd1 = money.of("1", "USD");

describe("fx.rate, invert, cross: messages", () => {
  it("rate", () => {
    expect(thrown(() => fx.rate({ base: "USD", quote: "EUR", rate: "1", kind: "forward" as never }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "fx.rate", path: "input.kind", received: "forward" },
    });
    expect(thrown(() => fx.rate({ base: "USD", quote: "EUR", rate: "1", kind: 5 as never }))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.rate", path: "input.kind", received: 5 },
    });
    expect(thrown(() => fx.rate({ base: "USD", quote: "EUR", rate: "1", source: " " }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "fx.rate", path: "input.source", received: " " },
    });
    expect(thrown(() => fx.rate({ base: "USD", quote: "EUR", rate: "1", source: 5 as never }))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.rate", path: "input.source", received: 5 },
    });
    expect(thrown(() => fx.rate({ base: "USD", quote: "EUR", rate: "-1" }))).toMatchObject({
      code: "OUT_OF_RANGE",
      details: { function: "fx.rate", path: "input.rate", received: "-1" },
    });
    expect(thrown(() => fx.rate({ base: "USD", quote: "EUR", rate: 0 }))).toMatchObject({
      code: "OUT_OF_RANGE",
      details: { function: "fx.rate", path: "input.rate", received: 0 },
    });
    expect(thrown(() => fx.rate(null as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.rate", path: "input", received: null },
    });
    expect(thrown(() => fx.rate("x" as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.rate", path: "input", received: "x" },
    });
    expect(thrown(() => fx.rate({ base: "USD", quote: "usd", rate: "1" }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "fx.rate", path: "input.quote", received: "usd" },
    });
  });

  it("a value that is not a rate", () => {
    expect(thrown(() => fx.invert(5 as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.invert", path: "exchangeRate", received: 5 },
    });
    expect(thrown(() => fx.invert(null as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.invert", path: "exchangeRate", received: null },
    });
    expect(thrown(() => fx.invert({} as never))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.invert", path: "exchangeRate" },
    });
    expect(thrown(() => fx.origins({} as never))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.origins", path: "exchangeRate" },
    });
    expect(thrown(() => fx.cross({} as never, usdEur))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.cross", path: "a" },
    });
    expect(thrown(() => fx.cross(usdEur, {} as never))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.cross", path: "b" },
    });
  });

  it("cross", () => {
    expect(thrown(() => fx.cross(usdEur, usdEur, null as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.cross", path: "options", received: null },
    });
    expect(thrown(() => fx.cross(usdEur, usdEur, { allowDifferentDates: 1 as never }))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.cross", path: "options.allowDifferentDates", received: 1 },
    });
    expect(thrown(() => fx.cross(usdEur, fx.rate({ base: "GBP", quote: "JPY", rate: "1" })))).toMatchObject({
      code: "CURRENCY_MISMATCH",
      details: { function: "fx.cross", path: "b", received: "GBP/JPY", first: "USD/EUR", second: "GBP/JPY" },
    });
    expect(thrown(() => fx.cross(usdEur, fx.invert(usdEur)))).toMatchObject({
      code: "CURRENCY_MISMATCH",
      details: { function: "fx.cross", path: "b", received: "EUR/USD", first: "USD/EUR", second: "EUR/USD" },
    });
    expect(
      thrown(() => fx.cross(usdEur, fx.rate({ base: "EUR", quote: "JPY", rate: "1", on: "2024-01-03" }))),
    ).toMatchObject({ code: "INVALID_INPUT", details: { function: "fx.cross", path: "b.on", received: "2024-01-03" } });
  });
});

describe("fx.table and fx.lookup: messages", () => {
  it("table", () => {
    expect(thrown(() => fx.table("x" as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.table", path: "rates", received: "x" },
    });
    expect(thrown(() => fx.table([], 5 as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.table", path: "options", received: 5 },
    });
    expect(thrown(() => fx.table([], null as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.table", path: "options", received: null },
    });
    expect(thrown(() => fx.table([], { pivot: 5 as never }))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.table", path: "options.pivot", received: 5 },
    });
    expect(thrown(() => fx.table([usdEur, 5 as never]))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.table", path: "rates[1]", received: 5 },
    });
    expect(thrown(() => fx.table([null as never]))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.table", path: "rates[0]", received: null },
    });
    expect(thrown(() => fx.table([usdEur, { derivation: "direct", chain: [] } as never]))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.table", path: "rates[1]" },
    });
    expect(
      thrown(() =>
        fx.table([
          usdEur,
          fx.rate({ base: "USD", quote: "CNY", rate: "1" }),
          fx.rate({ base: "USD", quote: "EUR", rate: "0.9", on: "2024-01-02" }),
        ]),
      ),
    ).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "fx.table", path: "rates[2]", received: "USD/EUR 0.9", duplicates: 0 },
    });
    expect(
      thrown(() =>
        fx.table([
          fx.rate({ base: "USD", quote: "CNY", rate: "1" }),
          fx.rate({ base: "USD", quote: "CNY", rate: "2" }),
        ]),
      ),
    ).toMatchObject({ code: "INVALID_INPUT", details: { function: "fx.table", path: "rates[1]", duplicates: 0 } });
  });

  it("a value that is not a table", () => {
    expect(thrown(() => fx.lookup(5 as never, "USD", "EUR"))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.lookup", path: "rateTable", received: 5 },
    });
    expect(thrown(() => fx.tableToJSON(null as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.tableToJSON", path: "rateTable", received: null },
    });
    expect(thrown(() => fx.convert(usd1, "EUR", { rates: [], pivot: 5 } as never))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.convert", path: "rateOrTable" },
    });
  });

  it("lookup options", () => {
    expect(thrown(() => fx.lookup(t, "USD", "EUR", 5 as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.lookup", path: "options", received: 5 },
    });
    expect(thrown(() => fx.lookup(t, "USD", "EUR", null as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.lookup", path: "options", received: null },
    });
    expect(thrown(() => fx.lookup(t, "USD", "EUR", { on: "2024-01-02", policy: "x" as never }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "fx.lookup", path: "options.policy", received: "x" },
    });
    expect(
      thrown(() => fx.lookup(t, "USD", "EUR", { on: "2024-01-02", policy: "nearest", withinDays: "3" as never })),
    ).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.lookup", path: "options.withinDays", received: "3" },
    });
    expect(thrown(() => fx.lookup(t, "USD", "EUR", { on: "2024-01-02", withinDays: 3 }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "fx.lookup", path: "options.withinDays", received: 3 },
    });
    expect(
      thrown(() => fx.lookup(t, "USD", "EUR", { on: "2024-01-02", policy: "onOrBefore", withinDays: 3 })),
    ).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "fx.lookup", path: "options.withinDays", received: 3 },
    });
    expect(thrown(() => fx.lookup(t, "USD", "EUR", { policy: "exact" }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "fx.lookup", path: "options.on" },
    });
    expect(thrown(() => fx.lookup(t, "USD", "EUR", { on: "2024-01", policy: "nearest", withinDays: 3 }))).toMatchObject(
      { code: "INVALID_PERIOD", details: { function: "fx.lookup", path: "options.on", received: "2024-01" } },
    );
    expect(thrown(() => fx.lookup(t, "USD", "EUR", { kind: "x" as never }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "fx.lookup", path: "options.kind", received: "x" },
    });
    expect(thrown(() => fx.lookup(t, "USD", "EUR", { source: "" }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "fx.lookup", path: "options.source", received: "" },
    });
    expect(thrown(() => fx.lookup(t, "USD", "EUR", { on: "x" }))).toMatchObject({
      code: "INVALID_PERIOD",
      details: { function: "fx.lookup", path: "options.on", received: "x" },
    });
    expect(thrown(() => fx.lookup(t, "USD", "EUR", { on: 5 as never }))).toMatchObject({
      code: "INVALID_PERIOD",
      details: { function: "fx.lookup", path: "options.on", received: 5 },
    });
    expect(thrown(() => fx.lookup(t, "USD", "EUR", { on: null as never }))).toMatchObject({
      code: "INVALID_PERIOD",
      details: { function: "fx.lookup", path: "options.on", received: null },
    });
    expect(thrown(() => fx.rate({ base: "USD", quote: "EUR", rate: "1", on: 20240102 as never }))).toMatchObject({
      code: "INVALID_PERIOD",
      details: { function: "fx.rate", path: "input.on", received: 20240102 },
    });
    expect(thrown(() => fx.lookup(t, "GBP", "JPY", { pivot: "ABC" }))).toMatchObject({
      code: "UNKNOWN_CURRENCY",
      details: { function: "fx.lookup", path: "options.pivot", received: "ABC" },
    });
    expect(thrown(() => fx.lookup(t, "ABC", "JPY"))).toMatchObject({
      code: "UNKNOWN_CURRENCY",
      details: { function: "fx.lookup", path: "base", received: "ABC" },
    });
    expect(thrown(() => fx.lookup(t, "JPY", "ABC"))).toMatchObject({
      code: "UNKNOWN_CURRENCY",
      details: { function: "fx.lookup", path: "quote", received: "ABC" },
    });
  });

  it("a rate not found names the pair, the date, the policy, the filters and the pivot", () => {
    const notFound = (expected: string, on: string | null, policy: string, pivot = "USD") => ({
      code: "RATE_NOT_FOUND",
      details: {
        function: "fx.lookup",
        path: "rateTable",
        expected,
        received: t,
        base: "USD",
        quote: "JPY",
        on,
        policy,
        pivot,
      },
    });
    expect(thrown(() => fx.lookup(t, "USD", "JPY"))).toMatchObject({
      code: "RATE_NOT_FOUND",
      details: {
        function: "fx.lookup",
        path: "rateTable",
        base: "USD",
        quote: "JPY",
        on: null,
        policy: "exact",
        pivot: "USD",
      },
    });
    expect(thrown(() => fx.lookup(t, "USD", "JPY", { on: "2024-01-02" }))).toMatchObject({
      code: "RATE_NOT_FOUND",
      details: {
        function: "fx.lookup",
        path: "rateTable",
        base: "USD",
        quote: "JPY",
        on: "2024-01-02",
        policy: "exact",
        pivot: "USD",
      },
    });
    expect(
      thrown(() => fx.lookup(t, "USD", "JPY", { on: "2024-01-02", policy: "onOrBefore", kind: "spot", source: "ECB" })),
    ).toMatchObject(
      notFound(
        "a table with a USD/JPY rate of kind spot from ECB on or before 2024-01-02, direct, inverse or through USD",
        "2024-01-02",
        "onOrBefore",
      ),
    );
    expect(
      thrown(() => fx.lookup(t, "USD", "JPY", { on: "2024-01-02", policy: "nearest", withinDays: 2, source: "ECB" })),
    ).toMatchObject(
      notFound(
        "a table with a USD/JPY rate from ECB within 2 days of 2024-01-02, direct, inverse or through USD",
        "2024-01-02",
        "nearest",
      ),
    );
    expect(thrown(() => fx.lookup(t, "USD", "JPY", { on: "2024-01" }))).toMatchObject({
      code: "RATE_NOT_FOUND",
      details: {
        function: "fx.lookup",
        path: "rateTable",
        base: "USD",
        quote: "JPY",
        on: "2024-01",
        policy: "exact",
        pivot: "USD",
      },
    });
    expect(thrown(() => fx.lookup(t, "USD", "JPY", { pivot: "EUR" }))).toMatchObject({
      code: "RATE_NOT_FOUND",
      details: {
        function: "fx.lookup",
        path: "rateTable",
        base: "USD",
        quote: "JPY",
        on: null,
        policy: "exact",
        pivot: "EUR",
      },
    });
  });
});

describe("fx.convert and fx.conversion: messages", () => {
  it("options, rate and currencies", () => {
    for (const f of [fx.convert, fx.conversion]) {
      const fn = f === fx.convert ? "fx.convert" : "fx.conversion";
      expect(thrown(() => f(usd1, "EUR", usdEur, { rounding: "x" as never }))).toMatchObject({
        code: "INVALID_INPUT",
        details: { function: fn, path: "options.rounding", received: "x" },
      });
      expect(thrown(() => f(usd1, "EUR", usdEur, { rounding: 5 as never }))).toMatchObject({
        code: "INVALID_TYPE",
        details: { function: fn, path: "options.rounding", received: 5 },
      });
      expect(thrown(() => f(usd1, "EUR", usdEur, { on: "2024-01-02", kind: "spot" }))).toMatchObject({
        code: "INVALID_INPUT",
        details: { function: fn, path: "options.on", received: "2024-01-02", given: ["on", "kind"] },
      });
      expect(
        thrown(() => f(usd1, "EUR", usdEur, { withinDays: 1, pivot: "EUR", source: "ECB", policy: "nearest" })),
      ).toMatchObject({
        details: { function: fn, path: "options.policy", given: ["policy", "withinDays", "pivot", "source"] },
      });
      expect(thrown(() => f(usd1, "JPY", usdEur))).toMatchObject({
        code: "CURRENCY_MISMATCH",
        details: { function: fn, path: "rateOrTable", received: "USD/EUR", rate: "USD/EUR", from: "USD", to: "JPY" },
      });
      expect(thrown(() => f(usd1, "EUR", usdEur, 5 as never))).toMatchObject({
        code: "INVALID_TYPE",
        details: { function: fn, path: "options", received: 5 },
      });
      expect(thrown(() => f(usd1, "EUR", usdEur, null as never))).toMatchObject({
        code: "INVALID_TYPE",
        details: { function: fn, path: "options", received: null },
      });
      expect(thrown(() => f(usd1, "EUR", {} as never))).toMatchObject({
        code: "INVALID_VALUE",
        details: { function: fn, path: "rateOrTable" },
      });
      expect(thrown(() => f(usd1, "ABC", usdEur))).toMatchObject({
        code: "UNKNOWN_CURRENCY",
        details: { function: fn, path: "to", received: "ABC" },
      });
      expect(thrown(() => f({} as never, "EUR", usdEur))).toMatchObject({
        code: "INVALID_VALUE",
        details: { function: fn, path: "money" },
      });
    }
  });
});

describe("fx.implied, consistency, checkRate: messages", () => {
  const usdEurImplied = fx.implied("1", "USD", "2", "EUR");

  it("implied", () => {
    expect(thrown(() => fx.implied("1", "USD", "2", "usd"))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "fx.implied", path: "quoteCurrency", received: "usd" },
    });
    expect(thrown(() => fx.implied("0", "USD", "2", "EUR"))).toMatchObject({
      code: "OUT_OF_RANGE",
      details: { function: "fx.implied", path: "baseFigure" },
    });
    expect(thrown(() => fx.implied("1", "USD", "-2", "EUR"))).toMatchObject({
      code: "OUT_OF_RANGE",
      details: { function: "fx.implied", path: "quoteFigure" },
    });
    expect(thrown(() => fx.implied("1", "USD", "2", "EUR", 5 as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.implied", path: "options", received: 5 },
    });
    expect(thrown(() => fx.implied("1", "USD", "2", "EUR", null as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.implied", path: "options", received: null },
    });
    expect(thrown(() => fx.implied("1", "USD", "2", "EUR", { label: " " }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "fx.implied", path: "options.label", received: " " },
    });
    expect(thrown(() => fx.implied("1", "USD", "2", "EUR", { label: 5 as never }))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.implied", path: "options.label", received: 5 },
    });
    expect(thrown(() => fx.implied("x", "USD", "2", "EUR"))).toMatchObject({
      code: "INVALID_NUMBER",
      details: { function: "fx.implied", path: "baseFigure", received: "x" },
    });
    expect(thrown(() => fx.implied("1", "USD", "x", "EUR"))).toMatchObject({
      code: "INVALID_NUMBER",
      details: { function: "fx.implied", path: "quoteFigure", received: "x" },
    });
    expect(thrown(() => fx.implied("1", "ABC", "2", "EUR"))).toMatchObject({
      code: "UNKNOWN_CURRENCY",
      details: { function: "fx.implied", path: "baseCurrency", received: "ABC" },
    });
    expect(thrown(() => fx.implied("1", "USD", "2", "ABC"))).toMatchObject({
      code: "UNKNOWN_CURRENCY",
      details: { function: "fx.implied", path: "quoteCurrency", received: "ABC" },
    });
  });

  it("consistency and checkRate", () => {
    expect(thrown(() => fx.consistency([]))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "fx.consistency", path: "rates", received: [] },
    });
    expect(thrown(() => fx.consistency([5 as never]))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.consistency", path: "rates[0]", received: 5 },
    });
    expect(thrown(() => fx.consistency([usdEurImplied, { ...usdEurImplied, label: 5 } as never]))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.consistency", path: "rates[1].label", received: 5 },
    });
    expect(thrown(() => fx.consistency([usdEurImplied, { ...usdEurImplied, rate: "x" } as never]))).toMatchObject({
      details: { function: "fx.consistency", path: "rates[1].rate" },
    });
    expect(thrown(() => fx.consistency([usdEurImplied, { ...usdEurImplied, baseFigure: "x" } as never]))).toMatchObject(
      {
        details: {
          function: "fx.consistency",
          path: "rates[1].baseFigure",
        },
      },
    );
    expect(
      thrown(() => fx.consistency([usdEurImplied, { ...usdEurImplied, quoteFigure: "x" } as never])),
    ).toMatchObject({
      details: {
        function: "fx.consistency",
        path: "rates[1].quoteFigure",
      },
    });
    expect(thrown(() => fx.consistency([usdEurImplied, { ...usdEurImplied, base: "ABC" } as never]))).toMatchObject({
      details: { function: "fx.consistency", path: "rates[1].base", received: "ABC" },
    });
    expect(thrown(() => fx.consistency([usdEurImplied, { ...usdEurImplied, quote: "ABC" } as never]))).toMatchObject({
      details: { function: "fx.consistency", path: "rates[1].quote", received: "ABC" },
    });
    expect(thrown(() => fx.consistency([usdEurImplied, fx.implied("1", "USD", "2", "JPY")]))).toMatchObject({
      code: "CURRENCY_MISMATCH",
      details: { function: "fx.consistency", path: "rates[1]", received: "USD/JPY", index: 1 },
    });
    expect(
      thrown(() => fx.checkRate(fx.rate({ base: "USD", quote: "JPY", rate: "1" }), [usdEurImplied])),
    ).toMatchObject({
      code: "CURRENCY_MISMATCH",
      details: { function: "fx.checkRate", path: "exchangeRate", received: "USD/JPY" },
    });
    expect(thrown(() => fx.checkRate("-1", [usdEurImplied]))).toMatchObject({
      code: "OUT_OF_RANGE",
      details: { function: "fx.checkRate", path: "exchangeRate", received: "-1" },
    });
    expect(thrown(() => fx.checkRate("x", [usdEurImplied]))).toMatchObject({
      code: "INVALID_NUMBER",
      details: { function: "fx.checkRate", path: "exchangeRate", received: "x" },
    });
    expect(thrown(() => fx.checkRate({} as never, [usdEurImplied]))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.checkRate", path: "exchangeRate" },
    });
    expect(thrown(() => fx.checkRate("1", "x" as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.checkRate", path: "rates", received: "x" },
    });
    expect(thrown(() => fx.checkRate("1", [5 as never]))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.checkRate", path: "rates[0]", received: 5 },
    });
  });
});

describe("rate and table JSON: messages", () => {
  it("options", () => {
    expect(thrown(() => fx.rateFromJSON({}, 5 as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.rateFromJSON", path: "options", received: 5 },
    });
    expect(thrown(() => fx.rateFromJSON({}, null as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.rateFromJSON", path: "options", received: null },
    });
    expect(thrown(() => fx.rateFromJSON({}, { currencies: 5 as never }))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.rateFromJSON", path: "options.currencies", received: 5 },
    });
    expect(thrown(() => fx.rateFromJSON({}, { currencies: [5 as never] }))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.rateFromJSON", path: "options.currencies[0]", received: 5 },
    });
    expect(thrown(() => fx.tableFromJSON({}, null as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.tableFromJSON", path: "options", received: null },
    });
    expect(thrown(() => fx.tableFromJSON({}, { currencies: {} as never }))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.tableFromJSON", path: "options.currencies" },
    });
  });

  it("every issue, with its path, in the message and the details", () => {
    expect(
      thrown(() =>
        fx.rateFromJSON({ base: 1, quote: "XYZ", rate: 1, on: 5, source: "", kind: "x", derivation: "y", chain: 3 }),
      ),
    ).toMatchObject({
      code: "INVALID_SCHEMA",
      details: {
        function: "fx.rateFromJSON",
        path: "json",
        expected: "the JSON form of a rate",
        received: { base: 1, quote: "XYZ" },
        issues: [
          { path: "base", message: "must be a currency code string, got 1" },
          { path: "quote", message: 'unknown currency code "XYZ"' },
          { path: "rate", message: 'must be a decimal string such as "6.4128", got 1' },
          { path: "on", message: "must be an ISO date, a period string or null, got 5" },
          { path: "source", message: 'must be a non-empty string or null, got ""' },
          { path: "kind", message: 'must be one of spot, average, fixed, implied, got "x"' },
          { path: "derivation", message: 'must be one of direct, inverse, cross, identity, got "y"' },
          { path: "chain", message: "must be an array, got 3" },
        ],
      },
    });
    const direct = {
      base: "USD",
      quote: "EUR",
      rate: "0",
      on: null,
      source: null,
      kind: "spot",
      derivation: "direct",
      chain: [],
    };
    expect(thrown(() => fx.rateFromJSON(direct))).toMatchObject({
      code: "INVALID_SCHEMA",
      details: { function: "fx.rateFromJSON", path: "json" },
    });
    expect(thrown(() => fx.rateFromJSON({ ...direct, rate: "1", on: "2021-02-30" }))).toMatchObject({
      code: "INVALID_SCHEMA",
      details: { function: "fx.rateFromJSON", path: "json" },
    });
    expect(thrown(() => fx.rateFromJSON([]))).toMatchObject({
      code: "INVALID_SCHEMA",
      details: { function: "fx.rateFromJSON", path: "json" },
    });
    expect(thrown(() => fx.tableFromJSON({ pivot: 5, rates: {} }))).toMatchObject({
      code: "INVALID_SCHEMA",
      message:
        "fx.tableFromJSON: json must be the JSON form of a rate table, got an object with keys pivot, rates. 2 issues: pivot: must be a currency code string, got 5; rates: must be an array, got an empty object.",
      details: {
        function: "fx.tableFromJSON",
        path: "json",
        expected: "the JSON form of a rate table",
        received: { pivot: 5, rates: {} },
      },
    });
    expect(thrown(() => fx.tableFromJSON({ pivot: "USD", rates: [direct] }))).toMatchObject({
      code: "INVALID_SCHEMA",
      details: { function: "fx.tableFromJSON", path: "json" },
    });
    const issues = (
      thrown(() =>
        fx.rateFromJSON({
          ...direct,
          rate: "1",
          derivation: "cross",
          chain: [{ ...direct, rate: "1", chain: [{}] }, 5],
        }),
      ) as { details: { issues: unknown[] } }
    ).details;
    expect(issues.issues.map((i) => (i as { path: string }).path)).toEqual([
      "chain[0].chain[0].base",
      "chain[0].chain[0].quote",
      "chain[0].chain[0].rate",
      "chain[0].chain[0].on",
      "chain[0].chain[0].source",
      "chain[0].chain[0].kind",
      "chain[0].chain[0].derivation",
      "chain[0].chain[0].chain",
      "chain[1]",
    ]);
    expect(Object.isFrozen(issues.issues)).toBe(true);
    expect(Object.isFrozen(issues.issues[0])).toBe(true);
  });
});

describe("fx: more messages and refusals", () => {
  it("names where a refused value was found", () => {
    expect(thrown(() => fx.rate({ base: "ABC", quote: "EUR", rate: "1" }))).toMatchObject({
      code: "UNKNOWN_CURRENCY",
      details: { function: "fx.rate", path: "input.base", received: "ABC" },
    });
    expect(thrown(() => fx.rate({ base: "USD", quote: "ABC", rate: "1" }))).toMatchObject({
      code: "UNKNOWN_CURRENCY",
      details: { function: "fx.rate", path: "input.quote", received: "ABC" },
    });
    expect(thrown(() => fx.rateToJSON({} as never))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.rateToJSON", path: "exchangeRate" },
    });
    expect(thrown(() => fx.tableFromJSON([]))).toMatchObject({
      code: "INVALID_SCHEMA",
      details: { function: "fx.tableFromJSON", path: "json" },
    });
    const handMade = Object.freeze({
      rates: Object.freeze([{ base: "USD", quote: "CNY", rate: "6.4" }]),
      pivot: money.currency("USD"),
    });
    expect(thrown(() => fx.lookup(handMade as never, "USD", "CNY"))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.lookup", path: "rateTable.rates[0]" },
    });
  });

  it("refuses non-object options of cross, a null implied rate, and a function dressed as a table", () => {
    expect(thrown(() => fx.cross(usdEur, usdEur, 5 as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.cross", path: "options", received: 5 },
    });
    expect(thrown(() => fx.consistency([null as never]))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.consistency", path: "rates[0]", received: null },
    });
    const fn = Object.freeze(Object.assign(() => 0, { rates: Object.freeze([usdEur]), pivot: money.currency("USD") }));
    expect(thrown(() => fx.lookup(fn as never, "USD", "EUR"))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.lookup", path: "rateTable" },
    });
  });

  it("refuses a period leg with an undated one", () => {
    const monthly = fx.rate({ base: "EUR", quote: "USD", rate: "1.1", on: "2024-01", kind: "average" });
    const undated = fx.rate({ base: "USD", quote: "CNY", rate: "7.1" });
    for (const [a, b] of [
      [monthly, undated],
      [undated, monthly],
    ] as const) {
      expect(thrown(() => fx.cross(a, b))).toMatchObject({
        code: "INVALID_INPUT",
        details: { function: "fx.cross", path: "b.on", received: b.on === null ? null : "2024-01" },
      });
    }
  });

  it("converts only with a rate of the pair, either way round", () => {
    // GBP → USD with a USD/EUR rate: the rate's base is the target, but its quote is not the source.
    expect(thrown(() => fx.convert(money.of("1", "GBP"), "USD", usdEur))).toMatchObject({
      code: "CURRENCY_MISMATCH",
      details: {
        function: "fx.convert",
        path: "rateOrTable",
        received: "USD/EUR",
        rate: "USD/EUR",
        from: "GBP",
        to: "USD",
      },
    });
    expect(thrown(() => fx.convert(money.of("1", "EUR"), "JPY", usdEur))).toMatchObject({
      code: "CURRENCY_MISMATCH",
      details: {
        function: "fx.convert",
        path: "rateOrTable",
        received: "USD/EUR",
        rate: "USD/EUR",
        from: "EUR",
        to: "JPY",
      },
    });
  });
});

describe("fx: a forged rate with an invalid date", () => {
  it("is refused where the rate is read, naming the rate's on", () => {
    const forged = Object.freeze({ ...usdEur, on: "2021-02-30" });
    const expected = (fn: string, path: string) => ({
      code: "INVALID_PERIOD",
      details: { function: fn, path, received: "2021-02-30" },
    });
    expect(thrown(() => fx.table([forged as never]))).toMatchObject({
      code: "INVALID_PERIOD",
      details: { function: "fx.table", path: "rates[0].on", received: "2021-02-30" },
    });
    expect(
      thrown(() =>
        fx.lookup(Object.freeze({ rates: Object.freeze([forged]), pivot: usdEur.base }) as never, "USD", "EUR"),
      ),
    ).toMatchObject(expected("fx.lookup", "rateTable.rates[0].on"));
    expect(
      thrown(() =>
        fx.cross(forged as never, fx.rate({ base: "EUR", quote: "JPY", rate: "160" }), { allowDifferentDates: true }),
      ),
    ).toMatchObject(expected("fx.cross", "a.on"));
  });
});

describe("fx: a forged frozen rate, field by field (threw TypeErrors, returned NaN)", () => {
  const forge = (fields: object): never => Object.freeze({ ...usdEur, ...fields }) as never;
  const D = usdEur.rate.constructor as new (value: string) => typeof usdEur.rate;

  it("checks a rate that a hand-made chain holds many times once per call (the same rate twice at every level took 2^depth checks)", () => {
    let reads = 0;
    const shared = new Proxy(usdEur, {
      get: (target, key, receiver) => (key === "rate" && reads++, Reflect.get(target, key, receiver) as unknown),
    });
    let r: unknown = forge({ derivation: "cross", chain: [shared, shared] });
    for (let i = 0; i < 40; i++) r = forge({ derivation: "cross", chain: [r, r] });
    expect(fx.invert(r as never).derivation).toBe("inverse");
    expect(reads).toBe(1);
    // a valid leg is still taken as it is, a broken one still refused by its path
    const broken = forge({ derivation: "cross", chain: [usdEur, forge({ rate: new D("0") })] });
    expect(thrown(() => fx.invert(forge({ derivation: "cross", chain: [broken, broken] }) as never))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.invert", path: "exchangeRate.chain[0].chain[1].rate" },
    });
  });

  it("names the field it refuses", () => {
    expect(thrown(() => fx.invert(forge({ base: "USD" })))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.invert", path: "exchangeRate.base", received: "USD" },
    });
    expect(thrown(() => fx.invert(forge({ quote: undefined })))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.invert", path: "exchangeRate.quote" },
    });
    expect(thrown(() => fx.invert(forge({ quote: null })))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.invert", path: "exchangeRate.quote", received: null },
    });
    expect(thrown(() => fx.origins(forge({ base: {} })))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.origins", path: "exchangeRate.base" },
    });
    for (const bad of ["0.89", new D("0"), new D("-0.89"), new D("NaN"), new D("Infinity"), undefined]) {
      // the rate is read once through toDecimal (non-finite: INVALID_NUMBER)
      expect(
        thrown(() => fx.invert(forge({ rate: bad }))),
        String(bad),
      ).toMatchObject({ code: expect.stringMatching(/^INVALID_(VALUE|NUMBER)$/) as unknown });
    }
    expect(thrown(() => fx.invert(forge({ rate: new D("0") })))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.invert", path: "exchangeRate.rate" },
    });
    expect(thrown(() => fx.invert(forge({ rate: "0.89" })))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.invert", path: "exchangeRate.rate", received: "0.89" },
    });
    expect(thrown(() => fx.invert(forge({ on: 5 })))).toMatchObject({
      code: "INVALID_PERIOD",
      details: { function: "fx.invert", path: "exchangeRate.on", received: 5 },
    });
    expect(thrown(() => fx.invert(forge({ source: "" })))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.invert", path: "exchangeRate.source", received: "" },
    });
    expect(thrown(() => fx.invert(forge({ kind: undefined })))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.invert", path: "exchangeRate.kind" },
    });
    expect(thrown(() => fx.invert(forge({ derivation: "forward" })))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.invert", path: "exchangeRate.derivation", received: "forward" },
    });
    expect(thrown(() => fx.invert(forge({ derivation: 5 })))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.invert", path: "exchangeRate.derivation", received: 5 },
    });
    const cross = fx.cross(usdEur, fx.rate({ base: "EUR", quote: "JPY", rate: "160", on: "2024-01-02" }));
    expect(
      thrown(() =>
        fx.cross(Object.freeze({ ...cross, chain: Object.freeze([cross.chain[0], null]) }) as never, usdEur),
      ),
    ).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.cross", path: "a.chain[1]", received: null },
    });
    const leg = Object.freeze({ ...usdEur, kind: "forward" });
    expect(
      thrown(() => fx.rateToJSON(Object.freeze({ ...fx.invert(usdEur), chain: Object.freeze([leg]) }) as never)),
    ).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.rateToJSON", path: "exchangeRate.chain[0].kind", received: "forward" },
    });
    expect(thrown(() => fx.invert(forge({ chain: undefined })))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.invert", path: "exchangeRate" },
    });
  });

  it("takes a frozen copy with valid fields as it is, and rebuilds one whose fields are valid but not as fx.rate gives them", () => {
    const copy = forge({});
    // a rate fx did not make is read once and rebuilt, never kept
    expect(fx.invert(copy).chain[0]).toEqual(copy);
    const usd = money.currency("USD");
    const rebuilt = (fields: object) => fx.invert(forge(fields)).chain[0];
    expect(rebuilt({ on: undefined })).toEqual({ ...usdEur, on: null });
    expect(rebuilt({ source: undefined })).toEqual({ ...usdEur, source: null });
    expect(rebuilt({ on: "2024-Q1" })?.on).toEqual(fx.rate({ base: "USD", quote: "EUR", rate: "1", on: "2024-Q1" }).on);
    expect(rebuilt({ base: Object.freeze({ ...usd }) })?.base).toBe(usd);
    expect(rebuilt({ quote: { ...usdEur.quote } })?.quote).toBe(usdEur.quote);
    expect(rebuilt({ rate: new D("0.89") })).not.toBe(undefined);
    // a leg that is rebuilt rebuilds the rate that holds it
    const inverse = fx.invert(usdEur);
    const holding = Object.freeze({ ...inverse, chain: Object.freeze([forge({ source: undefined })]) });
    expect(fx.origins(holding as never)).toEqual([{ ...usdEur, source: null }]);
    expect(fx.invert(holding as never)).toEqual({ ...usdEur, source: null });
  });

  it("checks a frozen rate once, and one whose chain is not frozen at every call", () => {
    let reads = 0;
    const counted = Object.freeze({
      ...usdEur,
      get kind() {
        reads += 1;
        return usdEur.kind;
      },
    });
    fx.invert(counted as never);
    const first = reads;
    fx.invert(counted as never);
    // a frozen rate fx did not make is checked again at every call (a getter may change)
    expect(reads - first).toBeGreaterThan(0);
    // a chain that can still change is checked again: a leg replaced later is refused
    const chain: unknown[] = [usdEur];
    const open = Object.freeze({ ...fx.invert(usdEur), chain });
    expect(fx.origins(open as never)).toEqual([usdEur]);
    chain[0] = null;
    expect(thrown(() => fx.origins(open as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.origins", path: "exchangeRate.chain[0]", received: null },
    });
  });

  it("takes a rate fx made however deep its chain (the check of a hand-made one stops at 64 levels)", () => {
    const none = fx.table([]);
    let r = fx.invert(usdEur);
    for (let i = 0; i < 70; i++)
      r = i % 2 === 0 ? fx.cross(r, fx.lookup(none, r.quote, r.quote, { on: "2024-01-02" })) : fx.invert(r);
    expect(fx.origins(r)).toEqual([usdEur]);
    expect(fx.invert(r).derivation).toBe("cross");
  });
});

describe("fx: a forged frozen table (threw TypeErrors)", () => {
  const rates = Object.freeze([usdEur]);
  it("names the pivot or the rate it refuses", () => {
    expect(thrown(() => fx.lookup(Object.freeze({ rates, pivot: null }) as never, "USD", "EUR"))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.lookup", path: "rateTable.pivot", received: null },
    });
    expect(
      thrown(() => fx.tableToJSON(Object.freeze({ rates, pivot: { ...money.currency("USD") } }) as never)),
    ).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.tableToJSON", path: "rateTable.pivot" },
    });
    expect(
      thrown(() =>
        fx.convert(usd1, "EUR", Object.freeze({ rates: Object.freeze([usdEur, null]), pivot: usdEur.base }) as never),
      ),
    ).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.convert", path: "rateOrTable.rates[1]", received: null },
    });
    expect(thrown(() => fx.lookup(Object.freeze({ rates, pivot: "USD" }) as never, "USD", "EUR"))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.lookup", path: "rateTable.pivot", received: "USD" },
    });
  });

  it("checks a frozen table once", () => {
    let reads = 0;
    const counted = Object.freeze({
      get rates() {
        reads += 1;
        return rates;
      },
      pivot: usdEur.base,
    });
    expect(fx.lookup(counted as never, "USD", "EUR", { on: "2024-01-02" })).toBe(usdEur);
    const first = reads;
    expect(fx.lookup(counted as never, "EUR", "USD", { on: "2024-01-02" }).chain[0]).toBe(usdEur);
    // a frozen table fx did not make is read again at every call (a getter may change)
    expect(reads).toBeGreaterThan(first);
  });
});
