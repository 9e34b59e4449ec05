// The exact error messages and details of the fx functions: what was wrong, where, and what was received.
import { describe, expect, it } from "vitest";
import { isAccordoError } from "../../src/errors.js";
import * as fx from "../../src/fx/index.js";
import * as money from "../../src/money/index.js";

/** The code, message and details of the AccordoError `fn` throws. */
function thrown(fn: () => unknown): { code: string; message: string; details: unknown } {
  try {
    fn();
  } catch (e) {
    if (isAccordoError(e)) return { code: e.code, message: e.message, details: e.details };
    throw e;
  }
  throw new Error("expected an AccordoError");
}

const usdEur = fx.rate({ base: "USD", quote: "EUR", rate: "0.89", on: "2024-01-02" });
const t = fx.table([usdEur]);
const usd1 = money.of("1", "USD");

describe("fx.rate, invert, cross: messages", () => {
  it("rate", () => {
    expect(thrown(() => fx.rate({ base: "USD", quote: "EUR", rate: "1", kind: "forward" as never }))).toEqual({
      code: "INVALID_INPUT",
      message: 'rate: kind must be one of spot, average, fixed, implied, got "forward"',
      details: { where: "rate: kind", value: "forward" },
    });
    expect(thrown(() => fx.rate({ base: "USD", quote: "EUR", rate: "1", kind: 5 as never }))).toEqual({
      code: "INVALID_INPUT",
      message: "rate: kind must be one of spot, average, fixed, implied, got 5",
      details: { where: "rate: kind", value: undefined },
    });
    expect(thrown(() => fx.rate({ base: "USD", quote: "EUR", rate: "1", source: " " }))).toEqual({
      code: "INVALID_INPUT",
      message: 'rate: source must be a non-empty string or null, got " "',
      details: { where: "rate: source" },
    });
    expect(thrown(() => fx.rate({ base: "USD", quote: "EUR", rate: "1", source: 5 as never })).message).toBe(
      "rate: source must be a non-empty string or null, got 5",
    );
    expect(thrown(() => fx.rate({ base: "USD", quote: "EUR", rate: "-1" }))).toEqual({
      code: "INVALID_INPUT",
      message: 'rate: the USD/EUR rate must be positive, got "-1"',
      details: { where: "rate: the USD/EUR rate", value: "-1" },
    });
    expect(thrown(() => fx.rate({ base: "USD", quote: "EUR", rate: 0 })).details).toEqual({
      where: "rate: the USD/EUR rate",
      value: "0",
    });
    expect(thrown(() => fx.rate(null as never))).toEqual({
      code: "INVALID_INPUT",
      message: "rate: expected { base, quote, rate, on?, source?, kind? }, got null",
      details: { where: "rate" },
    });
    expect(thrown(() => fx.rate("x" as never)).message).toBe(
      'rate: expected { base, quote, rate, on?, source?, kind? }, got "x"',
    );
    expect(thrown(() => fx.rate({ base: "USD", quote: "usd", rate: "1" }))).toEqual({
      code: "INVALID_INPUT",
      message: "rate: base and quote must be different currencies, got USD for both",
      details: { where: "rate", value: "USD" },
    });
  });

  it("a value that is not a rate", () => {
    expect(thrown(() => fx.invert(5 as never))).toEqual({
      code: "INVALID_INPUT",
      message: "invert: the rate must be an ExchangeRate, got 5",
      details: { where: "invert: the rate" },
    });
    expect(thrown(() => fx.invert(null as never)).message).toBe("invert: the rate must be an ExchangeRate, got null");
    expect(thrown(() => fx.invert({} as never))).toEqual({
      code: "INVALID_INPUT",
      message: "invert: the rate must be an ExchangeRate made by fx.rate (or read by fx.rateFromJSON)",
      details: { where: "invert: the rate" },
    });
    expect(thrown(() => fx.origins({} as never)).details).toEqual({ where: "origins: the rate" });
    expect(thrown(() => fx.cross({} as never, usdEur)).details).toEqual({ where: "cross: the first rate" });
    expect(thrown(() => fx.cross(usdEur, {} as never)).details).toEqual({ where: "cross: the second rate" });
  });

  it("cross", () => {
    expect(thrown(() => fx.cross(usdEur, usdEur, null as never))).toEqual({
      code: "INVALID_INPUT",
      message: "cross: options must be an object, got null",
      details: { where: "cross" },
    });
    expect(thrown(() => fx.cross(usdEur, usdEur, { allowDifferentDates: 1 as never }))).toEqual({
      code: "INVALID_INPUT",
      message: "cross: allowDifferentDates must be a boolean, got 1",
      details: { where: "cross" },
    });
    expect(thrown(() => fx.cross(usdEur, fx.rate({ base: "GBP", quote: "JPY", rate: "1" })))).toEqual({
      code: "CURRENCY_MISMATCH",
      message: "cross: USD/EUR and GBP/JPY share no currency; a cross needs exactly one shared currency",
      details: { where: "cross", first: "USD/EUR", second: "GBP/JPY" },
    });
    expect(thrown(() => fx.cross(usdEur, fx.invert(usdEur))).message).toBe(
      "cross: USD/EUR and EUR/USD are the same pair; a cross needs exactly one shared currency",
    );
    expect(thrown(() => fx.cross(usdEur, fx.rate({ base: "EUR", quote: "JPY", rate: "1", on: "2024-01-03" })))).toEqual(
      {
        code: "INVALID_INPUT",
        message: "cross: the legs hold on different dates; pass { allowDifferentDates: true } to combine them anyway",
        details: { where: "cross" },
      },
    );
  });
});

describe("fx.table and fx.lookup: messages", () => {
  it("table", () => {
    expect(thrown(() => fx.table("x" as never))).toEqual({
      code: "INVALID_INPUT",
      message: 'table: rates must be an array, got "x"',
      details: { where: "table" },
    });
    expect(thrown(() => fx.table([], 5 as never))).toEqual({
      code: "INVALID_INPUT",
      message: "table: options must be an object, got 5",
      details: { where: "table" },
    });
    expect(thrown(() => fx.table([], null as never)).message).toBe("table: options must be an object, got null");
    expect(thrown(() => fx.table([], { pivot: 5 as never })).details).toMatchObject({
      function: "table",
      path: "pivot",
    });
    expect(thrown(() => fx.table([usdEur, 5 as never]))).toEqual({
      code: "INVALID_INPUT",
      message: "table: rates[1] must be an ExchangeRate or { base, quote, rate, on?, source?, kind? }, got 5",
      details: { where: "table: rates[1]" },
    });
    expect(thrown(() => fx.table([null as never])).message).toBe(
      "table: rates[0] must be an ExchangeRate or { base, quote, rate, on?, source?, kind? }, got null",
    );
    expect(thrown(() => fx.table([usdEur, { derivation: "direct", chain: [] } as never]))).toEqual({
      code: "INVALID_INPUT",
      message: "table: rates[1] must be an ExchangeRate made by fx.rate (or read by fx.rateFromJSON)",
      details: { where: "table: rates[1]" },
    });
    expect(
      thrown(() =>
        fx.table([
          usdEur,
          fx.rate({ base: "USD", quote: "CNY", rate: "1" }),
          fx.rate({ base: "USD", quote: "EUR", rate: "0.9", on: "2024-01-02" }),
        ]),
      ),
    ).toEqual({
      code: "INVALID_INPUT",
      message: "table: rates[2] duplicates rates[0] (USD/EUR on 2024-01-02, same source and kind)",
      details: { where: "table: rates[2]" },
    });
    expect(
      thrown(() =>
        fx.table([
          fx.rate({ base: "USD", quote: "CNY", rate: "1" }),
          fx.rate({ base: "USD", quote: "CNY", rate: "2" }),
        ]),
      ).message,
    ).toBe("table: rates[1] duplicates rates[0] (USD/CNY on no date, same source and kind)");
  });

  it("a value that is not a table", () => {
    expect(thrown(() => fx.lookup(5 as never, "USD", "EUR"))).toEqual({
      code: "INVALID_INPUT",
      message: "lookup: the table must be a RateTable made by fx.table (or read by fx.tableFromJSON), got 5",
      details: { where: "lookup: the table" },
    });
    expect(thrown(() => fx.tableToJSON(null as never)).details).toEqual({ where: "tableToJSON: the table" });
    expect(thrown(() => fx.convert(usd1, "EUR", { rates: [], pivot: 5 } as never))).toEqual({
      code: "INVALID_INPUT",
      message: "convert: the table must be a RateTable made by fx.table (or read by fx.tableFromJSON), got an object",
      details: { where: "convert: the table" },
    });
  });

  it("lookup options", () => {
    const lookupError = (message: string) => ({ code: "INVALID_INPUT", message, details: { where: "lookup" } });
    expect(thrown(() => fx.lookup(t, "USD", "EUR", 5 as never))).toEqual(
      lookupError("lookup: options must be an object, got 5"),
    );
    expect(thrown(() => fx.lookup(t, "USD", "EUR", null as never))).toEqual(
      lookupError("lookup: options must be an object, got null"),
    );
    expect(thrown(() => fx.lookup(t, "USD", "EUR", { on: "2024-01-02", policy: "x" as never }))).toEqual(
      lookupError('lookup: policy must be one of exact, onOrBefore, nearest, got "x"'),
    );
    expect(
      thrown(() => fx.lookup(t, "USD", "EUR", { on: "2024-01-02", policy: "nearest", withinDays: "3" as never })),
    ).toEqual(lookupError('lookup: the nearest policy needs withinDays, a whole number of days >= 0, got "3"'));
    expect(thrown(() => fx.lookup(t, "USD", "EUR", { on: "2024-01-02", withinDays: 3 }))).toEqual(
      lookupError("lookup: withinDays applies only to the nearest policy (policy is exact)"),
    );
    expect(thrown(() => fx.lookup(t, "USD", "EUR", { on: "2024-01-02", policy: "onOrBefore", withinDays: 3 }))).toEqual(
      lookupError("lookup: withinDays applies only to the nearest policy (policy is onOrBefore)"),
    );
    expect(thrown(() => fx.lookup(t, "USD", "EUR", { policy: "exact" }))).toEqual(
      lookupError("lookup: policy exact needs a date (on); without one the most recent rate is used"),
    );
    expect(thrown(() => fx.lookup(t, "USD", "EUR", { on: "2024-01", policy: "nearest", withinDays: 3 }))).toEqual(
      lookupError("lookup: a period is matched exactly; policy nearest needs an ISO date"),
    );
    expect(thrown(() => fx.lookup(t, "USD", "EUR", { kind: "x" as never }))).toEqual({
      code: "INVALID_INPUT",
      message: 'lookup: kind must be one of spot, average, fixed, implied, got "x"',
      details: { where: "lookup: kind", value: "x" },
    });
    expect(thrown(() => fx.lookup(t, "USD", "EUR", { source: "" }))).toEqual({
      code: "INVALID_INPUT",
      message: 'lookup: source must be a non-empty string or null, got ""',
      details: { where: "lookup: source" },
    });
    expect(thrown(() => fx.lookup(t, "USD", "EUR", { on: "x" }))).toEqual({
      code: "INVALID_PERIOD",
      message:
        'lookup: on must be an ISO date "YYYY-MM-DD" or a period such as "2021-09" or "2021-Q1/2021-Q3", got "x"',
      details: { where: "lookup: on", value: "x" },
    });
    expect(thrown(() => fx.lookup(t, "USD", "EUR", { on: 5 as never }))).toEqual({
      code: "INVALID_PERIOD",
      message: "lookup: on must be an ISO date or a period, got 5",
      details: { where: "lookup: on" },
    });
    expect(thrown(() => fx.lookup(t, "USD", "EUR", { on: null as never })).message).toBe(
      "lookup: on must be an ISO date or a period, got null",
    );
    expect(thrown(() => fx.rate({ base: "USD", quote: "EUR", rate: "1", on: 20240102 as never }))).toEqual({
      code: "INVALID_PERIOD",
      message: "rate: on must be an ISO date, a period or null, got 20240102",
      details: { where: "rate: on" },
    });
    expect(thrown(() => fx.lookup(t, "GBP", "JPY", { pivot: "ABC" })).details).toMatchObject({
      function: "lookup",
      path: "pivot",
      received: "ABC",
    });
    expect(thrown(() => fx.lookup(t, "ABC", "JPY")).details).toMatchObject({
      function: "lookup",
      path: "base",
      received: "ABC",
    });
    expect(thrown(() => fx.lookup(t, "JPY", "ABC")).details).toMatchObject({
      function: "lookup",
      path: "quote",
      received: "ABC",
    });
  });

  it("a rate not found names the pair, the date, the policy, the filters and the pivot", () => {
    const notFound = (message: string, on: string | null, policy: string, pivot = "USD") => ({
      code: "RATE_NOT_FOUND",
      message,
      details: { where: "lookup", base: "USD", quote: "JPY", on, policy, pivot },
    });
    expect(thrown(() => fx.lookup(t, "USD", "JPY"))).toEqual(
      notFound("lookup: no USD/JPY rate at any date, direct, inverse or through USD", null, "exact"),
    );
    expect(thrown(() => fx.lookup(t, "USD", "JPY", { on: "2024-01-02" }))).toEqual(
      notFound("lookup: no USD/JPY rate on 2024-01-02, direct, inverse or through USD", "2024-01-02", "exact"),
    );
    expect(
      thrown(() => fx.lookup(t, "USD", "JPY", { on: "2024-01-02", policy: "onOrBefore", kind: "spot", source: "ECB" })),
    ).toEqual(
      notFound(
        "lookup: no USD/JPY rate of kind spot from ECB on or before 2024-01-02, direct, inverse or through USD",
        "2024-01-02",
        "onOrBefore",
      ),
    );
    expect(
      thrown(() => fx.lookup(t, "USD", "JPY", { on: "2024-01-02", policy: "nearest", withinDays: 2, source: "ECB" })),
    ).toEqual(
      notFound(
        "lookup: no USD/JPY rate from ECB within 2 days of 2024-01-02, direct, inverse or through USD",
        "2024-01-02",
        "nearest",
      ),
    );
    expect(thrown(() => fx.lookup(t, "USD", "JPY", { on: "2024-01" }))).toEqual(
      notFound("lookup: no USD/JPY rate on 2024-01, direct, inverse or through USD", "2024-01", "exact"),
    );
    expect(thrown(() => fx.lookup(t, "USD", "JPY", { pivot: "EUR" }))).toEqual(
      notFound("lookup: no USD/JPY rate at any date, direct, inverse or through EUR", null, "exact", "EUR"),
    );
  });
});

describe("fx.convert and fx.conversion: messages", () => {
  it("options, rate and currencies", () => {
    for (const f of [fx.convert, fx.conversion]) {
      expect(thrown(() => f(usd1, "EUR", usdEur, { rounding: "x" as never }))).toEqual({
        code: "INVALID_INPUT",
        message:
          'convert: rounding must be "none" or one of halfEven, halfUp, halfDown, halfTowardsZero, halfAwayFromZero, up, down, ceil, floor, got "x"',
        details: { where: "convert: rounding" },
      });
      expect(thrown(() => f(usd1, "EUR", usdEur, { rounding: 5 as never })).message).toMatch(/, got 5$/);
      expect(thrown(() => f(usd1, "EUR", usdEur, { on: "2024-01-02", kind: "spot" }))).toMatchObject({
        code: "INVALID_INPUT",
        message:
          'convert: options.on must be left out when converting with a single rate, got "2024-01-02". on, kind choose a rate from a rate table, ' +
          "but a single rate is used as it is, whatever its date: pass a table made by fx.table to look the rate up, or leave them out.",
        details: { function: "convert", path: "options.on", given: ["on", "kind"] },
      });
      expect(
        thrown(() => f(usd1, "EUR", usdEur, { withinDays: 1, pivot: "EUR", source: "ECB", policy: "nearest" })),
      ).toMatchObject({
        details: { path: "options.policy", given: ["policy", "withinDays", "pivot", "source"] },
      });
      expect(thrown(() => f(usd1, "JPY", usdEur))).toEqual({
        code: "CURRENCY_MISMATCH",
        message: "convert: a USD/EUR rate cannot convert USD to JPY",
        details: { where: "convert", rate: "USD/EUR", from: "USD", to: "JPY" },
      });
      expect(thrown(() => f(usd1, "EUR", usdEur, 5 as never))).toEqual({
        code: "INVALID_INPUT",
        message: "convert: options must be an object, got 5",
        details: { where: "convert" },
      });
      expect(thrown(() => f(usd1, "EUR", usdEur, null as never)).message).toBe(
        "convert: options must be an object, got null",
      );
      expect(thrown(() => f(usd1, "EUR", {} as never))).toEqual({
        code: "INVALID_INPUT",
        message: "convert: the rate or table must be an ExchangeRate made by fx.rate (or read by fx.rateFromJSON)",
        details: { where: "convert: the rate or table" },
      });
      expect(thrown(() => f(usd1, "ABC", usdEur)).details).toMatchObject({
        function: "convert",
        path: "to",
        received: "ABC",
      });
      expect(thrown(() => f({} as never, "EUR", usdEur)).details).toMatchObject({ function: "convert", path: "money" });
    }
  });
});

describe("fx.implied, consistency, checkRate: messages", () => {
  const usdEurImplied = fx.implied("1", "USD", "2", "EUR");

  it("implied", () => {
    expect(thrown(() => fx.implied("1", "USD", "2", "usd"))).toEqual({
      code: "INVALID_INPUT",
      message: "implied: the two figures must be in different currencies, got USD for both",
      details: { where: "implied" },
    });
    expect(thrown(() => fx.implied("0", "USD", "2", "EUR"))).toEqual({
      code: "INVALID_INPUT",
      message: "implied: the base figure must be positive, but its bounds reach 0",
      details: { where: "implied: the base figure" },
    });
    expect(thrown(() => fx.implied("1", "USD", "-2", "EUR"))).toEqual({
      code: "INVALID_INPUT",
      message: "implied: the quote figure must be positive, but its bounds reach -2",
      details: { where: "implied: the quote figure" },
    });
    expect(thrown(() => fx.implied("1", "USD", "2", "EUR", 5 as never))).toEqual({
      code: "INVALID_INPUT",
      message: "implied: options must be an object, got 5",
      details: { where: "implied" },
    });
    expect(thrown(() => fx.implied("1", "USD", "2", "EUR", null as never)).message).toBe(
      "implied: options must be an object, got null",
    );
    expect(thrown(() => fx.implied("1", "USD", "2", "EUR", { label: " " }))).toEqual({
      code: "INVALID_INPUT",
      message: 'implied: label must be a non-empty string, got " "',
      details: { where: "implied: label" },
    });
    expect(thrown(() => fx.implied("1", "USD", "2", "EUR", { label: 5 as never })).message).toBe(
      "implied: label must be a non-empty string, got 5",
    );
    expect(thrown(() => fx.implied("x", "USD", "2", "EUR")).details).toMatchObject({
      function: "implied",
      path: "the base figure",
    });
    expect(thrown(() => fx.implied("1", "USD", "x", "EUR")).details).toMatchObject({
      function: "implied",
      path: "the quote figure",
    });
    expect(thrown(() => fx.implied("1", "ABC", "2", "EUR")).details).toMatchObject({
      function: "implied",
      path: "base currency",
      received: "ABC",
    });
    expect(thrown(() => fx.implied("1", "USD", "2", "ABC")).details).toMatchObject({
      function: "implied",
      path: "quote currency",
      received: "ABC",
    });
  });

  it("consistency and checkRate", () => {
    expect(thrown(() => fx.consistency([]))).toEqual({
      code: "INVALID_INPUT",
      message: "consistency: expected a non-empty array of implied rates, got an array of 0",
      details: { where: "consistency" },
    });
    expect(thrown(() => fx.consistency([5 as never]))).toEqual({
      code: "INVALID_INPUT",
      message: "consistency: rates[0] must be an ImpliedRate made by fx.implied, got 5",
      details: { where: "consistency: rates[0]" },
    });
    expect(thrown(() => fx.consistency([usdEurImplied, { ...usdEurImplied, label: 5 } as never]))).toEqual({
      code: "INVALID_INPUT",
      message: "consistency: rates[1].label must be a string or null, got 5",
      details: { where: "consistency: rates[1].label" },
    });
    expect(
      thrown(() => fx.consistency([usdEurImplied, { ...usdEurImplied, rate: "x" } as never])).details,
    ).toMatchObject({ function: "consistency", path: "rates[1].rate" });
    expect(
      thrown(() => fx.consistency([usdEurImplied, { ...usdEurImplied, baseFigure: "x" } as never])).details,
    ).toMatchObject({
      function: "consistency",
      path: "rates[1].baseFigure",
    });
    expect(
      thrown(() => fx.consistency([usdEurImplied, { ...usdEurImplied, quoteFigure: "x" } as never])).details,
    ).toMatchObject({
      function: "consistency",
      path: "rates[1].quoteFigure",
    });
    expect(
      thrown(() => fx.consistency([usdEurImplied, { ...usdEurImplied, base: "ABC" } as never])).details,
    ).toMatchObject({ function: "consistency", path: "rates[1].base", received: "ABC" });
    expect(
      thrown(() => fx.consistency([usdEurImplied, { ...usdEurImplied, quote: "ABC" } as never])).details,
    ).toMatchObject({ function: "consistency", path: "rates[1].quote", received: "ABC" });
    expect(thrown(() => fx.consistency([usdEurImplied, fx.implied("1", "USD", "2", "JPY")]))).toEqual({
      code: "CURRENCY_MISMATCH",
      message: "consistency: rates[1] is a USD/JPY rate, but rates[0] is USD/EUR",
      details: { where: "consistency", expected: "USD/EUR", received: "USD/JPY" },
    });
    expect(thrown(() => fx.checkRate(fx.rate({ base: "USD", quote: "JPY", rate: "1" }), [usdEurImplied]))).toEqual({
      code: "CURRENCY_MISMATCH",
      message: "checkRate: a USD/JPY rate cannot be checked against USD/EUR pairs",
      details: { where: "checkRate", expected: "USD/EUR", received: "USD/JPY" },
    });
    expect(thrown(() => fx.checkRate("-1", [usdEurImplied]))).toEqual({
      code: "INVALID_INPUT",
      message: 'checkRate: the rate must be positive, got "-1"',
      details: { where: "checkRate: the rate" },
    });
    expect(thrown(() => fx.checkRate("x", [usdEurImplied])).details).toMatchObject({
      function: "checkRate",
      path: "the rate",
    });
    expect(thrown(() => fx.checkRate({} as never, [usdEurImplied])).details).toEqual({ where: "checkRate: the rate" });
    expect(thrown(() => fx.checkRate("1", "x" as never))).toEqual({
      code: "INVALID_INPUT",
      message: 'checkRate: expected a non-empty array of implied rates, got "x"',
      details: { where: "checkRate" },
    });
    expect(thrown(() => fx.checkRate("1", [5 as never])).details).toEqual({ where: "checkRate: rates[0]" });
  });
});

describe("rate and table JSON: messages", () => {
  it("options", () => {
    expect(thrown(() => fx.rateFromJSON({}, 5 as never))).toEqual({
      code: "INVALID_INPUT",
      message: "rateFromJSON: options must be an object, got 5",
      details: { where: "rateFromJSON" },
    });
    expect(thrown(() => fx.rateFromJSON({}, null as never)).message).toBe(
      "rateFromJSON: options must be an object, got null",
    );
    expect(thrown(() => fx.rateFromJSON({}, { currencies: 5 as never }))).toEqual({
      code: "INVALID_INPUT",
      message: "rateFromJSON: currencies must be an array of Currency, got 5",
      details: { where: "rateFromJSON" },
    });
    expect(thrown(() => fx.rateFromJSON({}, { currencies: [5 as never] })).details).toMatchObject({
      function: "rateFromJSON",
      path: "currencies[0]",
    });
    expect(thrown(() => fx.tableFromJSON({}, null as never))).toEqual({
      code: "INVALID_INPUT",
      message: "tableFromJSON: options must be an object, got null",
      details: { where: "tableFromJSON" },
    });
    expect(thrown(() => fx.tableFromJSON({}, { currencies: {} as never })).message).toBe(
      "tableFromJSON: currencies must be an array of Currency, got an object",
    );
  });

  it("every issue, with its path, in the message and the details", () => {
    expect(
      thrown(() =>
        fx.rateFromJSON({ base: 1, quote: "XYZ", rate: 1, on: 5, source: "", kind: "x", derivation: "y", chain: 3 }),
      ),
    ).toEqual({
      code: "INVALID_SCHEMA",
      message:
        'rateFromJSON: 8 issues: base: must be a currency code string, got 1; quote: unknown currency code "XYZ"; rate: must be a decimal string such as "6.4128", got 1; ' +
        'on: must be an ISO date, a period string or null, got 5; source: must be a non-empty string or null, got ""; kind: must be one of spot, average, fixed, implied, got "x"; ' +
        'derivation: must be one of direct, inverse, cross, identity, got "y"; chain: must be an array, got 3',
      details: {
        where: "rateFromJSON",
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
    expect(thrown(() => fx.rateFromJSON(direct))).toEqual({
      code: "INVALID_SCHEMA",
      message: 'rateFromJSON: 1 issue: rate: must be a positive finite decimal, got "0"',
      details: {
        where: "rateFromJSON",
        issues: [{ path: "rate", message: 'must be a positive finite decimal, got "0"' }],
      },
    });
    expect(thrown(() => fx.rateFromJSON({ ...direct, rate: "1", on: "2021-02-30" })).message).toBe(
      'rateFromJSON: 1 issue: on: must be an ISO date "YYYY-MM-DD" or a period such as "2021-09", got "2021-02-30"',
    );
    expect(thrown(() => fx.rateFromJSON([])).message).toBe(
      "rateFromJSON: 1 issue: (root): must be an object, got an array of 0",
    );
    expect(thrown(() => fx.tableFromJSON({ pivot: 5, rates: {} }))).toEqual({
      code: "INVALID_SCHEMA",
      message:
        "tableFromJSON: 2 issues: pivot: must be a currency code string, got 5; rates: must be an array, got an object",
      details: {
        where: "tableFromJSON",
        issues: [
          { path: "pivot", message: "must be a currency code string, got 5" },
          { path: "rates", message: "must be an array, got an object" },
        ],
      },
    });
    expect(thrown(() => fx.tableFromJSON({ pivot: "USD", rates: [direct] })).message).toBe(
      'tableFromJSON: 1 issue: rates[0].rate: must be a positive finite decimal, got "0"',
    );
    const issues = thrown(() =>
      fx.rateFromJSON({ ...direct, rate: "1", derivation: "cross", chain: [{ ...direct, rate: "1", chain: [{}] }, 5] }),
    ).details as {
      issues: unknown[];
    };
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
    expect(thrown(() => fx.rate({ base: "ABC", quote: "EUR", rate: "1" })).details).toMatchObject({
      function: "rate",
      path: "base",
      received: "ABC",
    });
    expect(thrown(() => fx.rate({ base: "USD", quote: "ABC", rate: "1" })).details).toMatchObject({
      function: "rate",
      path: "quote",
      received: "ABC",
    });
    expect(thrown(() => fx.rateToJSON({} as never))).toEqual({
      code: "INVALID_INPUT",
      message: "rateToJSON: the rate must be an ExchangeRate made by fx.rate (or read by fx.rateFromJSON)",
      details: { where: "rateToJSON: the rate" },
    });
    expect(thrown(() => fx.tableFromJSON([])).message).toBe(
      "tableFromJSON: 1 issue: (root): must be an object, got an array of 0",
    );
    const handMade = Object.freeze({
      rates: Object.freeze([{ base: "USD", quote: "CNY", rate: "6.4" }]),
      pivot: money.currency("USD"),
    });
    expect(thrown(() => fx.lookup(handMade as never, "USD", "CNY"))).toEqual({
      code: "INVALID_INPUT",
      message: "lookup: the table.rates[0] must be an ExchangeRate made by fx.rate (or read by fx.rateFromJSON)",
      details: { where: "lookup: the table.rates[0]" },
    });
  });

  it("refuses non-object options of cross, a null implied rate, and a function dressed as a table", () => {
    expect(thrown(() => fx.cross(usdEur, usdEur, 5 as never)).message).toBe("cross: options must be an object, got 5");
    expect(thrown(() => fx.consistency([null as never])).message).toBe(
      "consistency: rates[0] must be an ImpliedRate made by fx.implied, got null",
    );
    const fn = Object.freeze(Object.assign(() => 0, { rates: Object.freeze([usdEur]), pivot: money.currency("USD") }));
    expect(thrown(() => fx.lookup(fn as never, "USD", "EUR")).message).toBe(
      "lookup: the table must be a RateTable made by fx.table (or read by fx.tableFromJSON), got a function",
    );
  });

  it("refuses a period leg with an undated one", () => {
    const monthly = fx.rate({ base: "EUR", quote: "USD", rate: "1.1", on: "2024-01", kind: "average" });
    const undated = fx.rate({ base: "USD", quote: "CNY", rate: "7.1" });
    for (const [a, b] of [
      [monthly, undated],
      [undated, monthly],
    ] as const) {
      expect(thrown(() => fx.cross(a, b)).message).toBe(
        "cross: the legs hold on different dates; pass { allowDifferentDates: true } to combine them anyway",
      );
    }
  });

  it("converts only with a rate of the pair, either way round", () => {
    // GBP → USD with a USD/EUR rate: the rate's base is the target, but its quote is not the source.
    expect(thrown(() => fx.convert(money.of("1", "GBP"), "USD", usdEur)).message).toBe(
      "convert: a USD/EUR rate cannot convert GBP to USD",
    );
    expect(thrown(() => fx.convert(money.of("1", "EUR"), "JPY", usdEur)).message).toBe(
      "convert: a USD/EUR rate cannot convert EUR to JPY",
    );
  });
});

describe("fx: a forged rate with an invalid date", () => {
  it("is refused where the rate is read, naming the rate's on", () => {
    const forged = Object.freeze({ ...usdEur, on: "2021-02-30" });
    const expected = (where: string) => ({
      code: "INVALID_PERIOD",
      message: `${where} must be an ISO date "YYYY-MM-DD" or a period such as "2021-09" or "2021-Q1/2021-Q3", got "2021-02-30"`,
      details: { where, value: "2021-02-30" },
    });
    expect(thrown(() => fx.table([forged as never]))).toEqual(expected("table: rates[0].on"));
    expect(
      thrown(() =>
        fx.lookup(Object.freeze({ rates: Object.freeze([forged]), pivot: usdEur.base }) as never, "USD", "EUR"),
      ),
    ).toEqual(expected("lookup: the table.rates[0].on"));
    expect(
      thrown(() =>
        fx.cross(forged as never, fx.rate({ base: "EUR", quote: "JPY", rate: "160" }), { allowDifferentDates: true }),
      ),
    ).toEqual(expected("cross: the first rate.on"));
  });
});

describe("fx: a forged frozen rate, field by field (threw TypeErrors, returned NaN)", () => {
  const forge = (fields: object): never => Object.freeze({ ...usdEur, ...fields }) as never;
  const refused = (where: string, message: string, code = "INVALID_INPUT") => ({
    code,
    message: `${where}${message}`,
    details: { where },
  });
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
    expect(thrown(() => fx.invert(forge({ derivation: "cross", chain: [broken, broken] }) as never))).toEqual(
      refused("invert: the rate.chain[0].chain[1].rate", " must be a positive Decimal, got 0"),
    );
  });

  it("names the field it refuses", () => {
    expect(thrown(() => fx.invert(forge({ base: "USD" })))).toEqual(
      refused("invert: the rate.base", ' must be a Currency, got "USD"'),
    );
    expect(thrown(() => fx.invert(forge({ quote: undefined })))).toEqual(
      refused("invert: the rate.quote", " must be a Currency, got undefined"),
    );
    expect(thrown(() => fx.invert(forge({ quote: null })))).toMatchObject({
      code: "INVALID_TYPE",
      message: "invert: the rate.quote must be a currency code or a Currency, got null",
      details: { function: "invert", path: "the rate.quote" },
    });
    expect(thrown(() => fx.origins(forge({ base: {} })))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "origins", path: "the rate.base" },
    });
    for (const bad of ["0.89", new D("0"), new D("-0.89"), new D("NaN"), new D("Infinity"), undefined]) {
      // issue 16: the rate is read once through toDecimal (non-finite: INVALID_NUMBER)
      expect(
        thrown(() => fx.invert(forge({ rate: bad }))),
        String(bad),
      ).toMatchObject({ code: expect.stringMatching(/^INVALID_(INPUT|NUMBER)$/) as unknown });
    }
    expect(thrown(() => fx.invert(forge({ rate: new D("0") })))).toEqual(
      refused("invert: the rate.rate", " must be a positive Decimal, got 0"),
    );
    expect(thrown(() => fx.invert(forge({ rate: "0.89" })))).toEqual(
      refused("invert: the rate.rate", ' must be a positive Decimal, got "0.89"'),
    );
    expect(thrown(() => fx.invert(forge({ on: 5 })))).toEqual(
      refused("invert: the rate.on", " must be an ISO date, a period or null, got 5", "INVALID_PERIOD"),
    );
    expect(thrown(() => fx.invert(forge({ source: "" })))).toEqual(
      refused("invert: the rate.source", ' must be a non-empty string or null, got ""'),
    );
    expect(thrown(() => fx.invert(forge({ kind: undefined })))).toMatchObject({
      code: "INVALID_INPUT",
      message: "invert: the rate.kind must be one of spot, average, fixed, implied, got undefined",
      details: { where: "invert: the rate.kind" },
    });
    expect(thrown(() => fx.invert(forge({ derivation: "forward" })))).toEqual(
      refused("invert: the rate.derivation", ' must be one of direct, inverse, cross, identity, got "forward"'),
    );
    expect(thrown(() => fx.invert(forge({ derivation: 5 })))).toEqual(
      refused("invert: the rate.derivation", " must be one of direct, inverse, cross, identity, got 5"),
    );
    const cross = fx.cross(usdEur, fx.rate({ base: "EUR", quote: "JPY", rate: "160", on: "2024-01-02" }));
    expect(
      thrown(() =>
        fx.cross(Object.freeze({ ...cross, chain: Object.freeze([cross.chain[0], null]) }) as never, usdEur),
      ),
    ).toEqual(refused("cross: the first rate.chain[1]", " must be an ExchangeRate, got null"));
    const leg = Object.freeze({ ...usdEur, kind: "forward" });
    expect(
      thrown(() => fx.rateToJSON(Object.freeze({ ...fx.invert(usdEur), chain: Object.freeze([leg]) }) as never)),
    ).toMatchObject({
      details: { where: "rateToJSON: the rate.chain[0].kind" },
    });
    expect(thrown(() => fx.invert(forge({ chain: undefined })))).toEqual(
      refused("invert: the rate", " must be an ExchangeRate made by fx.rate (or read by fx.rateFromJSON)"),
    );
  });

  it("takes a frozen copy with valid fields as it is, and rebuilds one whose fields are valid but not as fx.rate gives them", () => {
    const copy = forge({});
    // issue 16: a rate fx did not make is read once and rebuilt, never kept
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
    // issue 16: a frozen rate fx did not make is checked again at every call (a getter may change)
    expect(reads - first).toBeGreaterThan(0);
    // a chain that can still change is checked again: a leg replaced later is refused
    const chain: unknown[] = [usdEur];
    const open = Object.freeze({ ...fx.invert(usdEur), chain });
    expect(fx.origins(open as never)).toEqual([usdEur]);
    chain[0] = null;
    expect(thrown(() => fx.origins(open as never))).toEqual(
      refused("origins: the rate.chain[0]", " must be an ExchangeRate, got null"),
    );
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
      code: "INVALID_TYPE",
      message: "lookup: the table.pivot must be a currency code or a Currency, got null",
      details: { function: "lookup", path: "the table.pivot" },
    });
    expect(
      thrown(() => fx.tableToJSON(Object.freeze({ rates, pivot: { ...money.currency("USD") } }) as never)),
    ).toEqual({
      code: "INVALID_INPUT",
      message: "tableToJSON: the table.pivot must be a currency from money.currency or money.defineCurrency",
      details: { where: "tableToJSON: the table.pivot" },
    });
    expect(
      thrown(() =>
        fx.convert(usd1, "EUR", Object.freeze({ rates: Object.freeze([usdEur, null]), pivot: usdEur.base }) as never),
      ),
    ).toEqual({
      code: "INVALID_INPUT",
      message: "convert: the table.rates[1] must be an ExchangeRate, got null",
      details: { where: "convert: the table.rates[1]" },
    });
    expect(thrown(() => fx.lookup(Object.freeze({ rates, pivot: "USD" }) as never, "USD", "EUR")).message).toBe(
      "lookup: the table must be a RateTable made by fx.table (or read by fx.tableFromJSON), got an object",
    );
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
    // issue 16: a frozen table fx did not make is read again at every call (a getter may change)
    expect(reads).toBeGreaterThan(first);
  });
});
