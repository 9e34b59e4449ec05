import { describe, expect, it } from "vitest";
import { isAccordoError } from "../../src/errors.js";
import * as figure from "../../src/figure/index.js";
import * as fx from "../../src/fx/index.js";
import type { ExchangeRate } from "../../src/fx/types.js";
import * as money from "../../src/money/index.js";
import * as period from "../../src/period/index.js";
import type { SchemaIssue } from "../../src/schemas/index.js";
import { ExchangeRateSchema, FigureSchema, RateTableSchema, parse, toJSON } from "../../src/schemas/index.js";

function issuesOf(run: () => unknown): readonly SchemaIssue[] {
  try {
    run();
  } catch (error) {
    expect(isAccordoError(error, "INVALID_SCHEMA")).toBe(true);
    return (error as { details: { issues: readonly SchemaIssue[] } }).details.issues;
  }
  throw new Error("expected an INVALID_SCHEMA error");
}

const usdCny = fx.rate({ base: "USD", quote: "CNY", rate: "6.3933", on: "2021-09-30", source: "PBoC" });
const eurUsd = fx.rate({ base: "EUR", quote: "USD", rate: "1.16", on: "2021-09-30", source: "ECB" });

describe("FigureSchema", () => {
  it("delegates the invariants to figure.between, keeping its code", () => {
    expect(issuesOf(() => parse(FigureSchema, { value: "3", lo: "1", hi: "2" }))).toEqual([
      { path: [], code: "OUT_OF_RANGE", message: expect.stringContaining("options.value") as unknown },
    ]);
    expect(issuesOf(() => parse(FigureSchema, { value: "1", lo: "1", hi: "1", hiInclusive: false }))[0]!.code).toBe(
      "INVALID_INPUT",
    );
  });

  it("round-trips the figures of the case", () => {
    for (const f of [
      figure.reported("193.48", { scale: "billion" }),
      figure.percent("38.8"),
      figure.reported("32", { rounding: "upOrDown" }),
      figure.exact("-0"),
    ]) {
      expect(parse(FigureSchema, JSON.parse(JSON.stringify(toJSON(FigureSchema, f))))).toEqual(f);
    }
    expect(toJSON(FigureSchema, figure.percent("38.8"))).toEqual({
      value: "0.388",
      lo: "0.3875",
      hi: "0.3885",
      loInclusive: true,
      hiInclusive: false,
    });
  });
});

describe("ExchangeRateSchema", () => {
  it("fills the defaults of a direct rate and writes every field", () => {
    const r = parse(ExchangeRateSchema, { base: "USD", quote: "CNY", rate: "6.3933" });
    expect(r).toEqual(fx.rate({ base: "USD", quote: "CNY", rate: "6.3933" }));
    expect(toJSON(ExchangeRateSchema, r)).toEqual({
      base: "USD",
      quote: "CNY",
      rate: "6.3933",
      on: null,
      source: null,
      kind: "spot",
      derivation: "direct",
      chain: [],
    });
  });

  it("keeps a period as the date of an average rate, and a one-day period as its date", () => {
    const average = parse(ExchangeRateSchema, {
      base: "USD",
      quote: "CNY",
      rate: "6.47",
      on: "2021-Q1/2021-Q3",
      kind: "average",
    });
    expect(average.on).toEqual(period.parse("2021-Q1/2021-Q3"));
    expect(toJSON(ExchangeRateSchema, average).on).toBe("2021-Q1/2021-Q3");
    expect(parse(ExchangeRateSchema, { base: "USD", quote: "CNY", rate: "6.47", on: "2021-D273" }).on).toBe(
      "2021-09-30",
    );
  });

  it("reports fx.rate's errors at the field they concern, with their code", () => {
    const cases: [Record<string, unknown>, (string | number)[], string][] = [
      [{ base: "USD", quote: "XYZ", rate: "1" }, ["quote"], "UNKNOWN_CURRENCY"],
      [{ base: "USD", quote: "USD", rate: "1" }, ["quote"], "INVALID_INPUT"],
      [{ base: "USD", quote: "CNY", rate: "0" }, ["rate"], "OUT_OF_RANGE"],
      [{ base: "USD", quote: "CNY", rate: "-6.39" }, ["rate"], "OUT_OF_RANGE"],
      [{ base: "USD", quote: "CNY", rate: "6.39", source: "  " }, ["source"], "INVALID_INPUT"],
      [{ base: "USD", quote: "CNY", rate: "6.39", on: "2021-02-30" }, ["on"], "INVALID_PERIOD"],
    ];
    for (const [json, path, code] of cases) {
      const issues = issuesOf(() => parse(ExchangeRateSchema, json));
      expect(issues.map((i) => [i.path, i.code])).toEqual([[path, code]]);
    }
  });

  it("rebuilds inverse, cross and identity rates from their chain", () => {
    const inverse = fx.invert(usdCny);
    const crossRate = fx.cross(eurUsd, usdCny);
    const viaTable = fx.lookup(fx.table([usdCny, eurUsd]), "CNY", "EUR", { on: "2021-09-30" });
    const identity = fx.lookup(fx.table([usdCny]), "CNY", "CNY", { on: "2021-09" });
    for (const r of [inverse, crossRate, viaTable, identity, fx.invert(crossRate)]) {
      const json = toJSON(ExchangeRateSchema, r);
      const back = parse(ExchangeRateSchema, JSON.parse(JSON.stringify(json)));
      expect(back).toEqual(r);
      expect(fx.origins(back)).toEqual(fx.origins(r));
    }
    expect(toJSON(ExchangeRateSchema, identity)).toEqual({
      base: "CNY",
      quote: "CNY",
      rate: "1",
      on: "2021-09",
      source: null,
      kind: "fixed",
      derivation: "identity",
      chain: [],
    });
  });

  it("lets a derived rate's JSON omit what the chain determines", () => {
    const json = {
      base: "EUR",
      quote: "CNY",
      rate: "7.416228",
      derivation: "cross",
      chain: [toJSON(ExchangeRateSchema, eurUsd), toJSON(ExchangeRateSchema, usdCny)],
    };
    expect(parse(ExchangeRateSchema, json)).toEqual(fx.cross(eurUsd, usdCny));
  });

  it("refuses a derived rate whose fields do not match its chain, at the field", () => {
    const inverse = toJSON(ExchangeRateSchema, fx.invert(usdCny));
    const crossRate = toJSON(ExchangeRateSchema, fx.cross(eurUsd, usdCny));
    const cases: [unknown, (string | number)[]][] = [
      [{ ...inverse, rate: "0.1564" }, ["rate"]],
      [{ ...inverse, base: "EUR" }, ["base"]],
      [{ ...inverse, on: "2021-09-29" }, ["on"]],
      [{ ...inverse, source: "ECB" }, ["source"]],
      [{ ...inverse, kind: "average" }, ["kind"]],
      [{ ...crossRate, quote: "JPY" }, ["quote"]],
      // another code with the same minor units
      [{ ...crossRate, quote: "GBP" }, ["quote"]],
      [{ ...crossRate, source: "PBoC" }, ["source"]],
      [{ ...crossRate, chain: [crossRate.chain?.[1], crossRate.chain?.[0]] }, ["chain"]],
      // an inverse of an inverse is not something fx.invert makes: it gives back the origin
      [
        {
          ...toJSON(
            ExchangeRateSchema,
            fx.rate({ base: "USD", quote: "CNY", rate: "6.3933", on: "2021-09-30", source: "PBoC" }),
          ),
          derivation: "inverse",
          chain: [inverse],
          rate: "6.3933",
        },
        ["derivation"],
      ],
    ];
    for (const [json, path] of cases) {
      const issues = issuesOf(() => parse(ExchangeRateSchema, json));
      expect(issues.map((i) => [i.path, i.code])).toEqual([[path, "INVALID_INPUT"]]);
    }
  });

  it("refuses a chain of the wrong length, and legs that share no currency", () => {
    const inverse = toJSON(ExchangeRateSchema, fx.invert(usdCny));
    const leg = toJSON(ExchangeRateSchema, usdCny);
    expect(issuesOf(() => parse(ExchangeRateSchema, { ...inverse, chain: [] })).map((i) => i.path)).toEqual([
      ["chain"],
    ]);
    expect(issuesOf(() => parse(ExchangeRateSchema, { ...leg, chain: [leg] })).map((i) => i.path)).toEqual([["chain"]]);
    expect(
      issuesOf(() => parse(ExchangeRateSchema, { ...leg, derivation: "cross", chain: [leg] })).map((i) => i.path),
    ).toEqual([["chain"]]);
    expect(issuesOf(() => parse(ExchangeRateSchema, { ...leg, derivation: "identity" })).map((i) => i.path)).toEqual([
      ["quote"],
    ]);
    expect(
      issuesOf(() =>
        parse(ExchangeRateSchema, { base: "USD", quote: "USD", rate: "1", derivation: "identity", chain: [leg] }),
      ).map((i) => i.path),
    ).toEqual([["chain"]]);
    expect(
      issuesOf(() =>
        parse(ExchangeRateSchema, { base: "USD", quote: "USD", rate: "1", derivation: "identity", on: "2021-13" }),
      ).map((i) => [i.path, i.code]),
    ).toEqual([[["on"], "INVALID_PERIOD"]]);
    const jpyGbp = toJSON(ExchangeRateSchema, fx.rate({ base: "JPY", quote: "GBP", rate: "0.0066" }));
    expect(issuesOf(() => parse(ExchangeRateSchema, { ...leg, derivation: "cross", chain: [leg, jpyGbp] }))).toEqual([
      { path: ["chain"], code: "CURRENCY_MISMATCH", message: expect.any(String) as unknown },
    ]);
  });

  it("reports problems deep in a chain at their path", () => {
    const inverse = toJSON(ExchangeRateSchema, fx.invert(usdCny));
    const broken = { ...inverse, chain: [{ ...inverse.chain?.[0], rate: "-1" }] };
    expect(issuesOf(() => parse(ExchangeRateSchema, broken)).map((i) => [i.path, i.code])).toEqual([
      [["chain", 0, "rate"], "OUT_OF_RANGE"],
    ]);
  });

  it("carries custom currencies by definition", () => {
    const cnh = money.defineCurrency({ code: "CNH", minorUnits: 2, name: "Offshore yuan" });
    const r = fx.rate({ base: cnh, quote: "USD", rate: "0.1563" });
    const json = toJSON(ExchangeRateSchema, r);
    expect(json.base).toEqual({ code: "CNH", minorUnits: 2, name: "Offshore yuan" });
    expect(parse(ExchangeRateSchema, json)).toEqual(r);
  });
});

describe("RateTableSchema", () => {
  it("reads a table with fx.table and answers lookups", () => {
    const t = parse(RateTableSchema, toJSON(RateTableSchema, fx.table([usdCny, eurUsd], { pivot: "USD" })));
    expect(fx.lookup(t, "CNY", "USD", { on: "2021-09-30" }).rate.toString()).toBe(
      "0.1564137456399668402859243270298594",
    );
  });

  it("reports a duplicate at the index fx.table names", () => {
    const json = {
      pivot: "USD",
      rates: [
        toJSON(ExchangeRateSchema, usdCny),
        toJSON(ExchangeRateSchema, eurUsd),
        toJSON(ExchangeRateSchema, usdCny),
      ],
    };
    expect(issuesOf(() => parse(RateTableSchema, json)).map((i) => [i.path, i.code])).toEqual([
      [["rates", 2], "INVALID_INPUT"],
    ]);
  });

  it("reports every bad rate, each at its index", () => {
    const json = {
      rates: [
        { base: "USD", quote: "CNY", rate: "x" },
        { base: "USD", quote: "CNY", rate: "6" },
        { base: "ABC", quote: "CNY", rate: "6" },
      ],
    };
    expect(issuesOf(() => parse(RateTableSchema, json)).map((i) => [i.path, i.code])).toEqual([
      [["rates", 0, "rate"], "invalid_format"],
      [["rates", 2, "base"], "UNKNOWN_CURRENCY"],
    ]);
  });
});

describe("ExchangeRateSchema: derived rates in detail", () => {
  const issueOf = (json: unknown): [readonly (string | number)[], string, string][] =>
    issuesOf(() => parse(ExchangeRateSchema, json)).map((i) => [i.path, i.code, i.message]);
  const leg = toJSON(ExchangeRateSchema, usdCny);
  const undated = fx.rate({ base: "USD", quote: "CNY", rate: "6.4" });
  const average = fx.rate({ base: "USD", quote: "CNY", rate: "6.47", on: "2021-Q1/2021-Q3", kind: "average" });

  it("says what a chain of the wrong length should have been", () => {
    expect(issueOf({ ...leg, chain: [leg] })).toEqual([
      [["chain"], "INVALID_INPUT", "ExchangeRateSchema: chain must be empty for a direct rate, got an array of 1"],
    ]);
    expect(issueOf({ base: "USD", quote: "USD", rate: "1", derivation: "identity", chain: [leg] })).toEqual([
      [["chain"], "INVALID_INPUT", "ExchangeRateSchema: chain must be empty for an identity rate, got an array of 1"],
    ]);
    expect(issueOf({ ...leg, derivation: "inverse", chain: [] })).toEqual([
      [
        ["chain"],
        "INVALID_INPUT",
        "ExchangeRateSchema: chain must be one rate (its origin) for an inverse rate, got an array of 0",
      ],
    ]);
    expect(issueOf({ ...leg, derivation: "inverse", chain: [leg, leg] })).toEqual([
      [
        ["chain"],
        "INVALID_INPUT",
        "ExchangeRateSchema: chain must be one rate (its origin) for an inverse rate, got an array of 2",
      ],
    ]);
    expect(issueOf({ ...leg, derivation: "cross", chain: [leg] })).toEqual([
      [
        ["chain"],
        "INVALID_INPUT",
        "ExchangeRateSchema: chain must be two rates (its legs) for a cross rate, got an array of 1",
      ],
    ]);
    const eur = toJSON(ExchangeRateSchema, eurUsd);
    expect(issueOf({ ...leg, derivation: "cross", chain: [eur, leg, leg] })).toEqual([
      [
        ["chain"],
        "INVALID_INPUT",
        "ExchangeRateSchema: chain must be two rates (its legs) for a cross rate, got an array of 3",
      ],
    ]);
  });

  it("reads an identity rate with or without its date and chain, and refuses one between two currencies", () => {
    expect(
      parse(ExchangeRateSchema, { base: "USD", quote: "USD", rate: "1", derivation: "identity", on: null }),
    ).toEqual(fx.lookup(fx.table([]), "USD", "USD"));
    expect(
      parse(ExchangeRateSchema, { base: "USD", quote: "USD", rate: "1", kind: "fixed", derivation: "identity" }),
    ).toEqual(fx.lookup(fx.table([]), "USD", "USD"));
    const cnh = money.defineCurrency({ code: "CNH", minorUnits: 2, name: "Offshore yuan" });
    const cnhJSON = { code: "CNH", minorUnits: 2, name: "Offshore yuan" };
    expect(
      parse(ExchangeRateSchema, { base: cnhJSON, quote: cnhJSON, rate: "1", derivation: "identity", on: "2021-09-30" }),
    ).toEqual(fx.lookup(fx.table([], { pivot: cnh }), cnh, cnh, { on: "2021-09-30" }));
    expect(issueOf({ ...leg, derivation: "identity" })).toEqual([
      [
        ["quote"],
        "INVALID_INPUT",
        'ExchangeRateSchema: quote must be USD (an identity rate is between a currency and itself), got "CNY"',
      ],
    ]);
  });

  it("keeps the kind a direct rate states", () => {
    expect(parse(ExchangeRateSchema, { base: "USD", quote: "CNY", rate: "6.47", kind: "average" }).kind).toBe(
      "average",
    );
  });

  it("compares the date an inverse states with its origin's: null, a day, a period", () => {
    const inverseOf = (r: ExchangeRate, on: unknown) => ({ ...toJSON(ExchangeRateSchema, fx.invert(r)), on });
    expect(parse(ExchangeRateSchema, inverseOf(undated, null))).toEqual(fx.invert(undated));
    expect(parse(ExchangeRateSchema, inverseOf(average, "2021-Q1/2021-Q3"))).toEqual(fx.invert(average));
    expect(parse(ExchangeRateSchema, inverseOf(usdCny, "2021-D273"))).toEqual(fx.invert(usdCny));
    // a date in a year that periods do not reach
    const late = fx.rate({ base: "USD", quote: "CNY", rate: "6.4", on: "9999-12-31" });
    expect(parse(ExchangeRateSchema, inverseOf(late, "9999-12-31"))).toEqual(fx.invert(late));
    const onMismatch = (json: unknown) => issuesOf(() => parse(ExchangeRateSchema, json)).map((i) => [i.path, i.code]);
    expect(onMismatch(inverseOf(undated, "2021-Q3"))).toEqual([[["on"], "INVALID_INPUT"]]);
    expect(onMismatch(inverseOf(average, null))).toEqual([[["on"], "INVALID_INPUT"]]);
    expect(onMismatch(inverseOf(average, "2021-09-30"))).toEqual([[["on"], "INVALID_INPUT"]]);
    expect(onMismatch(inverseOf(usdCny, "2021-Q3"))).toEqual([[["on"], "INVALID_INPUT"]]);
    expect(onMismatch(inverseOf(usdCny, "2021-13"))).toEqual([[["on"], "INVALID_PERIOD"]]);
  });

  it("says which stated field differs from the derived rate", () => {
    const inverse = toJSON(ExchangeRateSchema, fx.invert(usdCny));
    expect(issueOf({ ...inverse, source: "ECB" })).toEqual([
      [
        ["source"],
        "INVALID_INPUT",
        'ExchangeRateSchema: source must be PBoC, the source of the inverse rate derived from the chain, got "ECB"',
      ],
    ]);
    expect(issueOf({ ...inverse, rate: "1e99999999999999999999" })).toEqual([
      [
        ["rate"],
        "OUT_OF_RANGE",
        'rate must be a number of magnitude from 1e-999 to below 1e1000, or 0, got "1e99999999999999999999"',
      ],
    ]);
  });

  it("tells custom currencies of one code apart by their minor units", () => {
    const cnh2 = { code: "CNH", minorUnits: 2, name: "Offshore yuan" };
    const cnh4 = { code: "CNH", minorUnits: 4, name: "Offshore yuan" };
    const origin = { base: "USD", quote: cnh2, rate: "6.4" };
    expect(
      parse(ExchangeRateSchema, { base: cnh2, quote: "USD", rate: "0.15625", derivation: "inverse", chain: [origin] })
        .base.minorUnits,
    ).toBe(2);
    expect(
      issuesOf(() =>
        parse(ExchangeRateSchema, {
          base: cnh4,
          quote: "USD",
          rate: "0.15625",
          derivation: "inverse",
          chain: [origin],
        }),
      ).map((i) => i.path),
    ).toEqual([["base"]]);
    const back = { base: cnh2, quote: "USD", rate: "0.15625" };
    expect(
      issuesOf(() =>
        parse(ExchangeRateSchema, { base: "USD", quote: cnh4, rate: "6.4", derivation: "inverse", chain: [back] }),
      ).map((i) => i.path),
    ).toEqual([["quote"]]);
  });

  it("crosses legs of different dates, on the later date", () => {
    const earlier = fx.rate({ base: "EUR", quote: "USD", rate: "1.16", on: "2021-09-29", source: "ECB" });
    const crossed = fx.cross(earlier, usdCny, { allowDifferentDates: true });
    const json = {
      base: "EUR",
      quote: "CNY",
      rate: crossed.rate.toString(),
      derivation: "cross",
      chain: [toJSON(ExchangeRateSchema, earlier), leg],
    };
    expect(parse(ExchangeRateSchema, json)).toEqual(crossed);
    expect(crossed.on).toBe("2021-09-30");
  });

  it("refuses legs in the wrong order even when they agree in every other field", () => {
    const a = fx.rate({ base: "EUR", quote: "USD", rate: "2", on: "2021-09-30", source: "X" });
    const b = fx.rate({ base: "USD", quote: "CNY", rate: "2", on: "2021-09-30", source: "X" });
    const crossed = fx.cross(a, b);
    const reversed = {
      ...toJSON(ExchangeRateSchema, crossed),
      chain: [toJSON(ExchangeRateSchema, b), toJSON(ExchangeRateSchema, a)],
    };
    expect(issueOf(reversed)).toEqual([
      [
        ["chain"],
        "INVALID_INPUT",
        "ExchangeRateSchema: chain must be the legs in the order the cross rate applies them (EUR/USD, then USD/CNY), got an array of 2",
      ],
    ]);
    expect(parse(ExchangeRateSchema, toJSON(ExchangeRateSchema, crossed))).toEqual(crossed);
  });
});

describe("RateTableSchema in detail", () => {
  it("keeps the pivot the JSON names, USD when it names none", () => {
    expect(parse(RateTableSchema, { pivot: "EUR", rates: [] }).pivot.code).toBe("EUR");
    expect(parse(RateTableSchema, { rates: [] }).pivot.code).toBe("USD");
  });

  it("reports a duplicate beyond the tenth rate at its index", () => {
    const rates = Array.from({ length: 12 }, (_, i) =>
      toJSON(
        ExchangeRateSchema,
        fx.rate({ base: "USD", quote: "CNY", rate: "6.4", on: `2021-09-${String(i + 1).padStart(2, "0")}` }),
      ),
    );
    rates.push(rates[3]!);
    expect(issuesOf(() => parse(RateTableSchema, { rates })).map((i) => [i.path, i.code])).toEqual([
      [["rates", 12], "INVALID_INPUT"],
    ]);
  });
});

describe("toJSON refuses a forged rate or table instead of writing JSON that parse refuses", () => {
  const inverse = fx.invert(usdCny);
  it.each<[string, unknown, SchemaIssue[]]>([
    [
      "a direct rate that is not positive",
      { ...usdCny, rate: money.of("0", "USD").amount },
      [{ path: [], code: "OUT_OF_RANGE", message: 'fx.rate: input.rate must be a positive rate, got "0"' }],
    ],
    [
      "an inverse rate that is not the inverse of its chain",
      { ...inverse, rate: money.of("5", "USD").amount },
      [
        {
          path: [],
          code: "INVALID_VALUE",
          message:
            'ExchangeRateSchema: rate must be 0.1564137456399668402859243270298594, the rate of the inverse rate derived from the chain, got "5"',
        },
      ],
    ],
    [
      "a direct rate on a day that does not exist",
      { ...usdCny, on: "2021-02-30" },
      [
        {
          path: [],
          code: "INVALID_PERIOD",
          message:
            'fx.rate: input.on must be an ISO date "YYYY-MM-DD" or a period such as "2021-09" or "2021-Q1/2021-Q3", got "2021-02-30"',
        },
      ],
    ],
    [
      "an unknown derivation, left to the JSON shape",
      { ...usdCny, derivation: "guessed" },
      [
        {
          path: ["derivation"],
          code: "invalid_value",
          message: 'Invalid option: expected one of "direct"|"inverse"|"cross"|"identity"',
        },
      ],
    ],
  ])("%s", (_, forged, issues) => {
    expect(issuesOf(() => toJSON(ExchangeRateSchema, forged as ExchangeRate))).toEqual(issues);
  });

  it("a table that holds the same rate twice", () => {
    const forged = { rates: [usdCny, usdCny], pivot: usdCny.base };
    expect(issuesOf(() => toJSON(RateTableSchema, forged as never))).toEqual([
      {
        path: [],
        code: "INVALID_INPUT",
        message:
          'fx.table: rates[1] must be different from rates[0] in its pair, date, source or kind, got "USD/CNY 6.3933". ' +
          "Both are USD/CNY on 2021-09-30 of the same source and kind: a lookup could not tell which to use.",
      },
    ]);
  });
});
