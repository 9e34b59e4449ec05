import { describe, expect, it } from "vitest";
import { isAccordoError } from "../../src/errors.js";
import * as fx from "../../src/fx/index.js";
import * as money from "../../src/money/index.js";
import * as schemas from "../../src/schemas/index.js";
import type { ExchangeRate, FromJSONOptions } from "../../src/fx/types.js";
import { code, thrown } from "../support.js";

function schemaIssues(fn: () => unknown): readonly { path: string; message: string }[] {
  try {
    fn();
  } catch (e) {
    if (isAccordoError(e, "INVALID_SCHEMA"))
      return (e.details?.["issues"] ?? []) as { path: string; message: string }[];
    throw e;
  }
  throw new Error("expected INVALID_SCHEMA");
}

/**
 * USD/CNY 7.1 inverted, then crossed with the identity rate of its quote, and so on: a rate whose chain
 * nests `depth` derived rates, each as fx makes them (never an inverse of an inverse).
 */
function nest(depth: number): ExchangeRate {
  let r = fx.rate({ base: "USD", quote: "CNY", rate: "7.1" });
  for (let i = 0; i < depth; i++)
    r = i % 2 === 0 ? fx.invert(r) : fx.cross(r, fx.lookup(fx.table([]), r.quote, r.quote));
  return r;
}

const roundTrip = (r: ExchangeRate, options?: FromJSONOptions) =>
  fx.rateFromJSON(JSON.parse(JSON.stringify(fx.rateToJSON(r))), options);

describe("rate JSON", () => {
  const usdNok = fx.rate({ base: "USD", quote: "NOK", rate: "10.1850", on: "2024-01-02", source: "ECB" });
  const usdSek = fx.rate({ base: "USD", quote: "SEK", rate: "10.0920", on: "2024-01-02", source: "ECB" });

  it("round-trips direct, inverse, cross and identity rates losslessly", () => {
    const t = fx.table([usdNok, usdSek]);
    const cases = [
      usdNok,
      fx.invert(usdNok),
      fx.cross(usdNok, usdSek),
      fx.invert(fx.cross(usdNok, usdSek)),
      fx.lookup(t, "NOK", "NOK", { on: "2024-01-02" }),
      fx.rate({ base: "USD", quote: "CNY", rate: "6.4612", on: "2021-Q1/2021-Q3", kind: "average" }),
      fx.rate({ base: "USD", quote: "CNY", rate: "1e-30" }),
    ];
    for (const r of cases) {
      const back = roundTrip(r);
      expect(back).toEqual(r);
      expect(back.rate.toString()).toBe(r.rate.toString());
      expect(Object.isFrozen(back)).toBe(true);
    }
  });

  it("writes rates as plain decimal strings and dates as text", () => {
    const j = fx.rateToJSON(
      fx.invert(fx.rate({ base: "USD", quote: "EUR", rate: "3", on: "2024-01", kind: "average" })),
    );
    expect(j.rate).toBe("0.3333333333333333333333333333333333");
    expect(j.on).toBe("2024-01");
    expect(j.chain[0]?.rate).toBe("3");
    expect(fx.rateToJSON(fx.rate({ base: "USD", quote: "EUR", rate: "1e-30" })).rate).toBe(
      "0.000000000000000000000000000001",
    );
  });

  it("reads custom currencies passed in options", () => {
    const cnh = money.defineCurrency({ code: "CNH", minorUnits: 2, name: "Offshore yuan" });
    const r = fx.rate({ base: "USD", quote: cnh, rate: "7.3" });
    expect(roundTrip(r, { currencies: [cnh] })).toEqual(r);
    expect(schemaIssues(() => roundTrip(r))).toEqual([{ path: "quote", message: 'unknown currency code "CNH"' }]);
  });

  it("lists every issue with its path", () => {
    const issues = schemaIssues(() =>
      fx.rateFromJSON({
        base: "USD",
        quote: "XYZ",
        rate: 0.89,
        on: "2021-02-30",
        source: "",
        kind: "forward",
        derivation: "guess",
        chain: {},
      }),
    );
    expect(issues.map((i) => i.path)).toEqual(["quote", "rate", "on", "source", "kind", "derivation", "chain"]);
    expect(
      schemaIssues(() => fx.rateFromJSON({ ...fx.rateToJSON(usdNok), base: 840, on: 20240102 })).map((i) => i.message),
    ).toEqual([
      "must be a currency code string, got 840",
      "must be an ISO date, a period string or null, got 20240102",
    ]);
    expect(schemaIssues(() => fx.rateFromJSON(null))).toEqual([{ path: "", message: "must be an object, got null" }]);
    expect(schemaIssues(() => fx.rateFromJSON({ ...fx.rateToJSON(usdNok), rate: "-1" }))[0]?.path).toBe("rate");
    expect(schemaIssues(() => fx.rateFromJSON({ ...fx.rateToJSON(usdNok), rate: "Infinity" }))[0]?.path).toBe("rate");
  });

  it("checks that a derived rate is what its chain gives", () => {
    const inv = fx.rateToJSON(fx.invert(usdNok));
    expect(schemaIssues(() => fx.rateFromJSON({ ...inv, rate: "0.0982" }))[0]?.message).toContain("is not 1 / 10.185");
    expect(schemaIssues(() => fx.rateFromJSON({ ...inv, chain: [] }))[0]?.message).toBe(
      "an inverse rate has exactly one rate in its chain",
    );
    expect(schemaIssues(() => fx.rateFromJSON({ ...inv, chain: [fx.rateToJSON(usdSek)] }))[0]?.message).toContain(
      "does not invert",
    );
    const crossJ = fx.rateToJSON(fx.cross(usdNok, usdSek));
    expect(schemaIssues(() => fx.rateFromJSON({ ...crossJ, rate: "0.99" }))[0]?.message).toContain("is not");
    expect(schemaIssues(() => fx.rateFromJSON({ ...crossJ, chain: crossJ.chain.slice(0, 1) }))[0]?.message).toBe(
      "a cross rate has exactly two rates in its chain",
    );
    expect(
      schemaIssues(() => fx.rateFromJSON({ ...crossJ, chain: [...crossJ.chain].reverse() }))[0]?.message,
    ).toContain("do not chain");
    const direct = fx.rateToJSON(usdNok);
    expect(schemaIssues(() => fx.rateFromJSON({ ...direct, chain: [direct] }))[0]?.message).toBe(
      "a direct rate has an empty chain",
    );
    expect(schemaIssues(() => fx.rateFromJSON({ ...direct, quote: "USD" }))[0]?.message).toContain(
      "two different currencies",
    );
    expect(
      schemaIssues(() => fx.rateFromJSON({ ...direct, quote: "USD", derivation: "identity" }))[0]?.message,
    ).toContain("identity rate is 1");
    expect(
      schemaIssues(() => fx.rateFromJSON({ ...crossJ, chain: [{ ...crossJ.chain[0], rate: "x" }, crossJ.chain[1]] }))[0]
        ?.path,
    ).toBe("chain[0].rate");
  });

  it("refuses what is not a rate and bad options", () => {
    expect(code(() => fx.rateToJSON({} as never))).toBe("INVALID_VALUE");
    expect(thrown(() => fx.rateFromJSON(fx.rateToJSON(usdNok), null as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.rateFromJSON", path: "options", received: null },
    });
    expect(thrown(() => fx.rateFromJSON(fx.rateToJSON(usdNok), { currencies: "CNH" as never }))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "fx.rateFromJSON", path: "options.currencies", received: "CNH" },
    });
  });
});

describe("table JSON", () => {
  const t = fx.table(
    [
      fx.rate({ base: "EUR", quote: "USD", rate: "1.1579", on: "2021-09-30", source: "ECB" }),
      fx.rate({ base: "USD", quote: "CNY", rate: "6.4854", on: "2021-09-30" }),
    ],
    { pivot: "EUR" },
  );

  it("round-trips", () => {
    const back = fx.tableFromJSON(JSON.parse(JSON.stringify(fx.tableToJSON(t))));
    expect(back).toEqual(t);
    expect(fx.lookup(back, "EUR", "CNY", { on: "2021-09-30", pivot: "USD" }).rate.toString()).toBe("7.50944466");
  });

  it("lists every issue with its path, and refuses duplicates", () => {
    const j = fx.tableToJSON(t);
    const issues = schemaIssues(() =>
      fx.tableFromJSON({ pivot: "ABC", rates: [j.rates[0], { ...j.rates[1], rate: "0" }, 3] }),
    );
    expect(issues.map((i) => i.path)).toEqual(["pivot", "rates[1].rate", "rates[2]"]);
    expect(schemaIssues(() => fx.tableFromJSON({ pivot: "USD" }))).toEqual([
      { path: "rates", message: "must be an array, got undefined" },
    ]);
    expect(schemaIssues(() => fx.tableFromJSON([]))[0]?.path).toBe("");
    expect(code(() => fx.tableFromJSON({ pivot: "USD", rates: [j.rates[0], j.rates[0]] }))).toBe("INVALID_INPUT");
    expect(code(() => fx.tableToJSON({} as never))).toBe("INVALID_VALUE");
  });
});

describe("rate JSON: edges", () => {
  const direct = {
    base: "USD",
    quote: "EUR",
    rate: "1",
    on: null,
    source: null,
    kind: "spot",
    derivation: "direct",
    chain: [],
  };
  const usdNok = fx.rate({ base: "USD", quote: "NOK", rate: "10.1850", on: "2024-01-02", source: "ECB" });

  it("reads every decimal string form, exactly", () => {
    const cases: [string, string][] = [
      ["6.4128", "6.4128"],
      ["+6.4128", "6.4128"],
      ["10", "10"],
      [".5", "0.5"],
      ["5.", "5"],
      ["12.50", "12.5"],
      ["1e3", "1000"],
      ["1E+3", "1000"],
      ["15e-1", "1.5"],
      ["1.25e2", "125"],
    ];
    for (const [text, value] of cases)
      expect(fx.rateFromJSON({ ...direct, rate: text }).rate.toString(), text).toBe(value);
  });

  it("refuses other strings as decimal strings", () => {
    for (const text of [
      "",
      " 1",
      "1 ",
      "x1",
      "1x",
      "0x10",
      "0b1",
      "1e",
      "e3",
      "1e3.5",
      "1.2.3",
      ".",
      "+",
      "++1",
      "Infinity",
      "NaN",
      "1,5",
      "1_000",
    ]) {
      expect(
        schemaIssues(() => fx.rateFromJSON({ ...direct, rate: text })),
        JSON.stringify(text),
      ).toEqual([{ path: "rate", message: `must be a decimal string such as "6.4128", got ${JSON.stringify(text)}` }]);
    }
    expect(schemaIssues(() => fx.rateFromJSON({ ...direct, rate: "1e9000000000000000000" }))).toEqual([
      { path: "rate", message: 'must be a positive finite decimal, got "1e9000000000000000000"' },
    ]);
    expect(schemaIssues(() => fx.rateFromJSON({ ...direct, rate: "-0.5" }))[0]?.message).toBe(
      'must be a positive finite decimal, got "-0.5"',
    );
  });

  it("refuses a missing date or source, a blank or non-string source", () => {
    const { on: _on, ...withoutOn } = direct;
    const { source: _source, ...withoutSource } = direct;
    expect(schemaIssues(() => fx.rateFromJSON(withoutOn))).toEqual([
      { path: "on", message: "must be an ISO date, a period string or null, got undefined" },
    ]);
    expect(schemaIssues(() => fx.rateFromJSON(withoutSource))).toEqual([
      { path: "source", message: "must be a non-empty string or null, got undefined" },
    ]);
    expect(schemaIssues(() => fx.rateFromJSON({ ...direct, source: 5 }))).toEqual([
      { path: "source", message: "must be a non-empty string or null, got 5" },
    ]);
    expect(schemaIssues(() => fx.rateFromJSON({ ...direct, source: " " }))).toEqual([
      { path: "source", message: 'must be a non-empty string or null, got " "' },
    ]);
    expect(schemaIssues(() => fx.rateFromJSON({ ...direct, kind: 5, derivation: null }))).toEqual([
      { path: "kind", message: "must be one of spot, average, fixed, implied, got 5" },
      { path: "derivation", message: "must be one of direct, inverse, cross, identity, got null" },
    ]);
    expect(fx.rateFromJSON({ ...direct, source: "ECB", on: "2024-01", kind: "average" }).source).toBe("ECB");
  });

  it("checks identity rates: the same currency, 1, no chain", () => {
    const identity = { ...direct, quote: "USD", kind: "fixed", derivation: "identity" };
    expect(fx.rateFromJSON(identity).derivation).toBe("identity");
    const message = "an identity rate is 1 between a currency and itself, with an empty chain";
    expect(schemaIssues(() => fx.rateFromJSON({ ...identity, chain: [direct] }))).toEqual([{ path: "", message }]);
    expect(schemaIssues(() => fx.rateFromJSON({ ...identity, quote: "EUR" }))).toEqual([{ path: "", message }]);
    expect(schemaIssues(() => fx.rateFromJSON({ ...identity, rate: "1.5" }))).toEqual([{ path: "", message }]);
  });

  it("checks the origin of an inverse and the legs of a cross, each way they can fail", () => {
    const inv = fx.rateToJSON(fx.invert(usdNok));
    expect(schemaIssues(() => fx.rateFromJSON({ ...inv, chain: [inv.chain[0], inv.chain[0]] }))).toEqual([
      { path: "", message: "an inverse rate has exactly one rate in its chain" },
    ]);
    const eurNok = fx.rateToJSON(fx.rate({ base: "EUR", quote: "NOK", rate: "11.2" }));
    expect(schemaIssues(() => fx.rateFromJSON({ ...inv, chain: [eurNok] }))).toEqual([
      { path: "", message: "the inverse NOK/USD does not invert EUR/NOK" },
    ]);
    const nokUsd = fx.invert(usdNok);
    const usdSek = fx.rate({ base: "USD", quote: "SEK", rate: "10.0920", on: "2024-01-02", source: "ECB" });
    const crossJ = fx.rateToJSON(fx.cross(usdNok, usdSek));
    expect(crossJ.chain[0]?.derivation).toBe("inverse");
    const eurSek = fx.rateToJSON(fx.rate({ base: "EUR", quote: "SEK", rate: "11" }));
    const usdDkk = fx.rateToJSON(fx.rate({ base: "USD", quote: "DKK", rate: "6.8" }));
    expect(schemaIssues(() => fx.rateFromJSON({ ...crossJ, chain: [fx.rateToJSON(nokUsd), eurSek] }))).toEqual([
      { path: "", message: "the legs NOK/USD and EUR/SEK do not chain to NOK/SEK" },
    ]);
    expect(schemaIssues(() => fx.rateFromJSON({ ...crossJ, chain: [fx.rateToJSON(nokUsd), usdDkk] }))).toEqual([
      { path: "", message: "the legs NOK/USD and USD/DKK do not chain to NOK/SEK" },
    ]);
    expect(schemaIssues(() => fx.rateFromJSON({ ...crossJ, chain: [...crossJ.chain, usdDkk] }))).toEqual([
      { path: "", message: "a cross rate has exactly two rates in its chain" },
    ]);
    expect(schemaIssues(() => fx.rateFromJSON({ ...crossJ, chain: [] }))[0]?.message).toBe(
      "a cross rate has exactly two rates in its chain",
    );
    expect(schemaIssues(() => fx.rateFromJSON({ ...crossJ, rate: "0.99" }))).toEqual([
      { path: "", message: `the cross rate 0.99 is not ${crossJ.chain[0]?.rate ?? ""} × 10.092` },
    ]);
    expect(schemaIssues(() => fx.rateFromJSON({ ...inv, rate: "0.0982" }))).toEqual([
      { path: "", message: "the inverse rate 0.0982 is not 1 / 10.185" },
    ]);
    expect(schemaIssues(() => fx.rateFromJSON({ ...direct, quote: "USD" }))).toEqual([
      { path: "", message: "a direct rate needs two different currencies, got USD/USD" },
    ]);
    expect(schemaIssues(() => fx.rateFromJSON({ ...direct, chain: [direct] }))).toEqual([
      { path: "", message: "a direct rate has an empty chain" },
    ]);
  });

  it("refuses a derived rate that fx.invert, fx.cross or a lookup would not make of its chain (read USD/USD 1.42, and any date, source or kind)", () => {
    const usdCny = fx.rate({ base: "USD", quote: "CNY", rate: "7.1", on: "2024-01-02", source: "PBoC" });
    const cnyUsd = fx.rate({ base: "CNY", quote: "USD", rate: "0.2", on: "2024-01-02" });
    const eurUsd = fx.rate({ base: "EUR", quote: "USD", rate: "1.1", on: "2024-01-02", source: "PBoC" });
    // a "cross" of a pair and its reverse: fx.cross refuses it
    const samePair = {
      base: "USD",
      quote: "USD",
      rate: "1.42",
      on: "2024-01-02",
      source: null,
      kind: "spot",
      derivation: "cross",
      chain: [fx.rateToJSON(usdCny), fx.rateToJSON(cnyUsd)],
    };
    expect(schemaIssues(() => fx.rateFromJSON(samePair))).toEqual([
      { path: "", message: "a cross rate needs legs that share exactly one currency, got USD/CNY and CNY/USD" },
    ]);
    const identityUsd = {
      base: "USD",
      quote: "USD",
      rate: "1",
      on: "2024-01-02",
      source: null,
      kind: "fixed",
      derivation: "identity",
      chain: [],
    };
    const twoIdentities = { ...samePair, rate: "1", kind: "fixed", chain: [identityUsd, identityUsd] };
    expect(schemaIssues(() => fx.rateFromJSON(twoIdentities))).toEqual([
      { path: "", message: "a cross rate needs legs that share exactly one currency, got USD/USD and USD/USD" },
    ]);
    // an identity leg shares one currency with the other leg, as fx.cross takes it
    const viaIdentity = { ...samePair, quote: "CNY", rate: "7.1", chain: [identityUsd, fx.rateToJSON(usdCny)] };
    expect(fx.rateFromJSON(viaIdentity)).toEqual(fx.cross(fx.rateFromJSON(identityUsd), usdCny));
    expect(
      schemaIssues(() => fx.rateFromJSON({ ...identityUsd, derivation: "inverse", chain: [identityUsd] })),
    ).toEqual([
      {
        path: "",
        message: "an inverse rate never inverts an identity rate (the inverse of an identity rate is itself)",
      },
    ]);
    // an inverse holds when, and is what, its origin is
    const inv = fx.rateToJSON(fx.invert(usdCny));
    expect(schemaIssues(() => fx.rateFromJSON({ ...inv, on: "1999-01-01", source: "Someone", kind: "fixed" }))).toEqual(
      [
        {
          path: "on",
          message: 'must be "2024-01-02", the date of the inverse rate derived from its chain, got "1999-01-01"',
        },
        {
          path: "source",
          message: 'must be "PBoC", the source of the inverse rate derived from its chain, got "Someone"',
        },
        { path: "kind", message: 'must be "spot", the kind of the inverse rate derived from its chain, got "fixed"' },
      ],
    );
    expect(schemaIssues(() => fx.rateFromJSON({ ...inv, on: null }))).toEqual([
      { path: "on", message: 'must be "2024-01-02", the date of the inverse rate derived from its chain, got null' },
    ]);
    // an inverse written on a period, of an undated rate or of a rate on a day
    const undated = fx.rateToJSON(fx.invert(fx.rate({ base: "USD", quote: "CNY", rate: "7.1" })));
    expect(schemaIssues(() => fx.rateFromJSON({ ...undated, on: "2024-Q1" }))).toEqual([
      { path: "on", message: 'must be null, the date of the inverse rate derived from its chain, got "2024-Q1"' },
    ]);
    expect(schemaIssues(() => fx.rateFromJSON({ ...inv, on: "2024-Q1" }))).toEqual([
      {
        path: "on",
        message: 'must be "2024-01-02", the date of the inverse rate derived from its chain, got "2024-Q1"',
      },
    ]);
    // a cross holds on its later leg's date, with the legs' common source and kind
    const crossJ = fx.rateToJSON(fx.cross(usdCny, eurUsd));
    expect(fx.rateFromJSON(crossJ)).toEqual(fx.cross(usdCny, eurUsd));
    expect(
      schemaIssues(() => fx.rateFromJSON({ ...crossJ, on: "2020-01-01", source: null, kind: "average" })).map(
        (i) => i.path,
      ),
    ).toEqual(["on", "source", "kind"]);
    const later = fx.rateToJSON(
      fx.cross(usdCny, fx.rate({ base: "EUR", quote: "USD", rate: "1.1", on: "2024-01-03" }), {
        allowDifferentDates: true,
      }),
    );
    expect(later.on).toBe("2024-01-03");
    expect(schemaIssues(() => fx.rateFromJSON({ ...later, on: "2024-01-02" }))[0]?.message).toBe(
      'must be "2024-01-03", the date of the cross rate derived from its chain, got "2024-01-02"',
    );
    // an identity rate is fixed and has no source, on whatever date
    expect(schemaIssues(() => fx.rateFromJSON({ ...identityUsd, source: "ECB", kind: "average" }))).toEqual([
      { path: "source", message: 'must be null, the source of the identity rate, got "ECB"' },
      { path: "kind", message: 'must be "fixed", the kind of the identity rate, got "average"' },
    ]);
    expect(schemaIssues(() => fx.tableFromJSON({ pivot: "USD", rates: [{ ...inv, kind: "average" }] }))[0]?.path).toBe(
      "rates[0].kind",
    );
  });

  it("reports a problem of a chained rate at its path", () => {
    const crossJ = fx.rateToJSON(
      fx.cross(usdNok, fx.rate({ base: "USD", quote: "SEK", rate: "10.0920", on: "2024-01-02", source: "ECB" })),
    );
    const badLeg = { ...crossJ.chain[0], rate: "0.5" };
    expect(schemaIssues(() => fx.rateFromJSON({ ...crossJ, chain: [badLeg, crossJ.chain[1]] }))).toEqual([
      { path: "chain[0]", message: "the inverse rate 0.5 is not 1 / 10.185" },
    ]);
    expect(schemaIssues(() => fx.tableFromJSON({ pivot: "USD", rates: [{ ...direct, chain: [direct] }] }))).toEqual([
      { path: "rates[0]", message: "a direct rate has an empty chain" },
    ]);
  });

  it("reads chains nested up to 32 levels, not 33", () => {
    const level32 = fx.rateToJSON(nest(32));
    expect(fx.origins(fx.rateFromJSON(level32))).toHaveLength(1);
    const level33 = { ...level32, base: level32.quote, quote: level32.base, derivation: "inverse", chain: [level32] };
    const deep = JSON.stringify(schemaIssues(() => fx.rateFromJSON(level33)));
    expect(deep).toBe(
      JSON.stringify([
        { path: `${"chain[0].".repeat(32)}chain`, message: "nests derived rates deeper than 32 levels" },
      ]),
    );
  });

  it("writes chains nested up to 32 levels, and refuses deeper ones, which rateFromJSON would refuse (wrote them)", () => {
    const level32 = nest(32); // USD/CNY
    expect(roundTrip(level32)).toEqual(level32);
    const eurCny = fx.rate({ base: "EUR", quote: "CNY", rate: "7.8" });
    const level33 = fx.cross(level32, eurCny); // USD/EUR, with level32 one level down
    expect(thrown(() => fx.rateToJSON(level33))).toMatchObject({
      code: "OUT_OF_RANGE",
      details: { function: "fx.rateToJSON", path: "exchangeRate" },
    });
    const t = fx.table([eurCny, level33]);
    expect(thrown(() => fx.tableToJSON(t))).toMatchObject({
      code: "OUT_OF_RANGE",
      details: { function: "fx.tableToJSON", path: "rateTable.rates[1]" },
    });
    // a hand-made rate whose chain holds itself overflowed the stack
    const loop = { ...fx.invert(eurCny), chain: [] as unknown[] };
    loop.chain.push(loop);
    Object.freeze(loop.chain);
    Object.freeze(loop);
    expect(thrown(() => fx.rateToJSON(loop as unknown as ExchangeRate))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "fx.rateToJSON", path: `exchangeRate${".chain[0]".repeat(65)}` },
    });
  });

  it("reads custom currencies for the pivot and the rates of a table", () => {
    const cnh = money.defineCurrency({ code: "CNH", minorUnits: 2, name: "Offshore yuan" });
    const t = fx.table([fx.rate({ base: "USD", quote: cnh, rate: "7.3" })], { pivot: cnh });
    const back = fx.tableFromJSON(JSON.parse(JSON.stringify(fx.tableToJSON(t))), { currencies: [cnh] });
    expect(back).toEqual(t);
    expect(back.pivot).toBe(cnh);
    expect(fx.tableToJSON(t)).toEqual({
      pivot: "CNH",
      rates: [
        {
          base: "USD",
          quote: "CNH",
          rate: "7.3",
          on: null,
          source: null,
          kind: "spot",
          derivation: "direct",
          chain: [],
        },
      ],
    });
  });
});

describe("JSON and custom currencies that share a code", () => {
  it("refuses two custom currencies of one code among the currencies to read (read every CNH with the first one's minor units)", () => {
    const cnh2 = money.defineCurrency({ code: "CNH", minorUnits: 2, name: "Offshore yuan" });
    const cnh4 = money.defineCurrency({ code: "CNH", minorUnits: 4, name: "Offshore yuan, to 4 places" });
    const r = fx.rate({ base: "USD", quote: cnh4, rate: "7.3" });
    const details = { path: "options.currencies[1]", received: "CNH" };
    expect(thrown(() => fx.rateFromJSON(fx.rateToJSON(r), { currencies: [cnh2, cnh4] }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "fx.rateFromJSON", ...details },
    });
    expect(thrown(() => fx.tableFromJSON(fx.tableToJSON(fx.table([r])), { currencies: [cnh2, cnh4] }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "fx.tableFromJSON", ...details },
    });
    // the same currency twice is no ambiguity
    expect(
      fx.rateFromJSON(fx.rateToJSON(r), {
        currencies: [cnh4, money.defineCurrency({ code: "CNH", minorUnits: 4, name: "CNH" })],
      }),
    ).toEqual(r);
    expect(fx.rateFromJSON(fx.rateToJSON(r), { currencies: [cnh4] }).quote.minorUnits).toBe(4);
  });
});

describe("JSON with holes in its arrays", () => {
  it("reads a hole in a chain or in the rates of a table as a missing rate (skipped it: a direct rate with chain [,] was read)", () => {
    const direct = fx.rateToJSON(fx.rate({ base: "USD", quote: "CNY", rate: "7" }));
    const oneHole: unknown[] = [];
    oneHole.length = 1;
    expect(schemaIssues(() => fx.rateFromJSON({ ...direct, chain: oneHole }))).toEqual([
      { path: "chain[0]", message: "must be an object, got undefined" },
    ]);
    const rates: unknown[] = [];
    rates[1] = direct;
    expect(schemaIssues(() => fx.tableFromJSON({ pivot: "USD", rates }))).toEqual([
      { path: "rates[0]", message: "must be an object, got undefined" },
    ]);
  });

  it("refuses a hole in the custom currencies", () => {
    const currencies: unknown[] = [];
    currencies[1] = money.defineCurrency({ code: "CNH", minorUnits: 2, name: "Offshore yuan" });
    expect(() => fx.rateFromJSON({}, { currencies } as never)).toThrow(
      expect.objectContaining({ code: "INVALID_TYPE" }),
    );
  });
});

describe("JSON forms are frozen", () => {
  it("freezes a rate's JSON, its chain, and a table's JSON", () => {
    const a = fx.rate({ base: "USD", quote: "NOK", rate: "10", on: "2024-01-02" });
    const j = fx.rateToJSON(fx.invert(a));
    expect(Object.isFrozen(j)).toBe(true);
    expect(Object.isFrozen(j.chain)).toBe(true);
    expect(Object.isFrozen(j.chain[0])).toBe(true);
    const tj = fx.tableToJSON(fx.table([a]));
    expect(Object.isFrozen(tj)).toBe(true);
    expect(Object.isFrozen(tj.rates)).toBe(true);
    expect(tj).toEqual({ pivot: "USD", rates: [fx.rateToJSON(a)] });
  });
});

describe("JSON: the details of a refusal", () => {
  it("names where a chain nests too deep", () => {
    const level33 = fx.cross(nest(32), fx.rate({ base: "EUR", quote: "CNY", rate: "7.8" }));
    expect(thrown(() => fx.rateToJSON(level33))).toMatchObject({
      code: "OUT_OF_RANGE",
      details: { function: "fx.rateToJSON", path: "exchangeRate" },
    });
  });

  it("names the code of two custom currencies that share it, and reads custom currencies of different codes", () => {
    const cnh2 = money.defineCurrency({ code: "CNH", minorUnits: 2, name: "Offshore yuan" });
    const cnh4 = money.defineCurrency({ code: "CNH", minorUnits: 4, name: "Offshore yuan, to 4 places" });
    const token = money.defineCurrency({ code: "TOKEN", minorUnits: 6, name: "A token" });
    const r = fx.rate({ base: cnh4, quote: token, rate: "7.3" });
    expect(thrown(() => fx.rateFromJSON(fx.rateToJSON(r), { currencies: [cnh2, cnh4] }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "fx.rateFromJSON", path: "options.currencies[1]", received: "CNH" },
    });
    expect(fx.rateFromJSON(fx.rateToJSON(r), { currencies: [cnh4, token] })).toEqual(r);
    expect(fx.tableFromJSON(fx.tableToJSON(fx.table([r], { pivot: cnh4 })), { currencies: [token, cnh4] })).toEqual(
      fx.table([r], { pivot: cnh4 }),
    );
  });
});

describe("rateFromJSON and tableFromJSON read what the schemas read (with every field written)", () => {
  const usdCny = fx.rate({ base: "USD", quote: "CNY", rate: "7.1", on: "2024-01-02", source: "PBoC" });
  const eurUsd = fx.rate({ base: "EUR", quote: "USD", rate: "1.1", on: "2024-01-02", source: "PBoC" });
  const direct = fx.rateToJSON(usdCny);
  const inverse = fx.rateToJSON(fx.invert(usdCny));
  const cross = fx.rateToJSON(fx.cross(eurUsd, usdCny));
  const identity = fx.rateToJSON(fx.lookup(fx.table([]), "USD", "USD", { on: "2024-Q1" }));
  const average = fx.rateToJSON(fx.rate({ base: "USD", quote: "CNY", rate: "7.2", on: "2024-Q1", kind: "average" }));

  /** [what, the JSON, the path of the issue rateFromJSON reports (undefined: read)]. */
  const CASES: readonly (readonly [string, unknown, string | undefined])[] = [
    ["a direct rate", direct, undefined],
    ["an inverse", inverse, undefined],
    ["a cross", cross, undefined],
    ["an identity rate", identity, undefined],
    ["an average over a quarter", average, undefined],
    ["a half written H1", { ...average, on: "2024-H1" }, undefined],
    ["a month written M01", { ...average, on: "2024-M01" }, undefined],
    ["a rate in exponent notation", { ...direct, rate: "7.1e0" }, undefined],
    ["a rate with a plus sign", { ...direct, rate: "+7.1" }, undefined],
    ["a lower-case base", { ...direct, base: "usd" }, "base"],
    ["a padded quote", { ...direct, quote: " CNY" }, "quote"],
    ["a quote with a trailing space", { ...direct, quote: "CNY " }, "quote"],
    ["a padded rate", { ...direct, rate: " 7.1" }, "rate"],
    ["a rate with a trailing space", { ...direct, rate: "7.1 " }, "rate"],
    ["a padded date", { ...direct, on: " 2024-01-02" }, "on"],
    ["a padded period", { ...average, on: "2024-Q1 " }, "on"],
    ["a lower-case period", { ...average, on: "2024-q1" }, "on"],
    ["a date with a time", { ...direct, on: "2024-01-02T00:00" }, "on"],
    ["a blank source", { ...direct, source: " " }, "source"],
    ["a kind in capitals", { ...direct, kind: "Spot" }, "kind"],
    ["a field rateToJSON never writes", { ...direct, note: "x" }, "note"],
    ["a field rateToJSON never writes, in a leg", { ...inverse, chain: [{ ...direct, extra: 1 }] }, "chain[0].extra"],
    ["an inverse of an inverse", { ...direct, derivation: "inverse", chain: [inverse] }, ""],
    ["an inverse of an identity rate", { ...identity, derivation: "inverse", chain: [identity] }, ""],
    ["a padded code in a leg", { ...inverse, chain: [{ ...direct, base: "USD " }] }, "chain[0].base"],
  ];

  for (const [what, json, path] of CASES) {
    it(`${what}: ${
      path === undefined ? "read" : `refused at ${path === "" ? "(root)" : path}`
    }, as the schema does`, () => {
      const schema = schemas.safeParse(schemas.ExchangeRateSchema, json).success;
      expect(schema).toBe(path === undefined);
      if (path === undefined) {
        expect(fx.rateFromJSON(json)).toEqual(schemas.parse(schemas.ExchangeRateSchema, json));
      } else {
        expect(schemaIssues(() => fx.rateFromJSON(json)).map((i) => i.path)).toEqual([path]);
      }
    });
  }

  it("names each refused field with what it got", () => {
    expect(schemaIssues(() => fx.rateFromJSON({ ...direct, base: "usd", on: " 2024-01-02", note: 1 }))).toEqual([
      { path: "note", message: "is not a field of this JSON form" },
      { path: "base", message: 'unknown currency code "usd"' },
      { path: "on", message: 'must be an ISO date, a period string or null, got " 2024-01-02"' },
    ]);
    expect(schemaIssues(() => fx.rateFromJSON({ ...direct, derivation: "inverse", chain: [inverse] }))).toEqual([
      { path: "", message: "an inverse rate never inverts an inverse rate (fx.invert gives back the rate it inverts)" },
    ]);
  });

  it("a table: the pivot as written, and no other field than pivot and rates", () => {
    const t = fx.tableToJSON(fx.table([usdCny, eurUsd], { pivot: "EUR" }));
    for (const [json, path] of [
      [t, undefined],
      [{ ...t, pivot: "eur" }, "pivot"],
      [{ ...t, pivot: " EUR" }, "pivot"],
      [{ ...t, name: "rates" }, "name"],
      [{ ...t, rates: [direct, { ...inverse, base: "cny" }] }, "rates[1].base"],
    ] as const) {
      expect(schemas.safeParse(schemas.RateTableSchema, json).success, String(path)).toBe(path === undefined);
      if (path === undefined) expect(fx.tableFromJSON(json)).toEqual(schemas.parse(schemas.RateTableSchema, json));
      else expect(schemaIssues(() => fx.tableFromJSON(json)).map((i) => i.path)).toEqual([path]);
    }
  });
});

describe("rate JSON: the date of a derived rate", () => {
  const avg = fx.rate({ base: "USD", quote: "CNY", rate: "7.2", on: "2024-Q1", kind: "average" });
  const daily = fx.rate({ base: "USD", quote: "CNY", rate: "7.1", on: "2024-01-02" });

  it("reads back an inverse and a cross of rates on a period, and on a day", () => {
    const cnyJpy = fx.rate({ base: "CNY", quote: "JPY", rate: "20", on: "2024-Q1", kind: "average" });
    const jpyCny = fx.rate({ base: "JPY", quote: "CNY", rate: "0.05", on: "2024-01-02" });
    for (const r of [fx.invert(avg), fx.cross(avg, cnyJpy), fx.invert(daily), fx.cross(daily, jpyCny)]) {
      expect(roundTrip(r)).toEqual(r);
    }
  });

  it("must be its chain's, written as the chain's is (as the schema reads it), and names both", () => {
    const inverse = (r: ExchangeRate) => fx.rateToJSON(fx.invert(r));
    for (const [json, expected, got] of [
      [{ ...inverse(avg), on: "2024-01/2024-03" }, '"2024-Q1"', '"2024-01/2024-03"'],
      [{ ...inverse(avg), on: null }, '"2024-Q1"', "null"],
      [{ ...inverse(avg), on: "2024-01-02" }, '"2024-Q1"', '"2024-01-02"'],
      [{ ...inverse(daily), on: "2024-01-03" }, '"2024-01-02"', '"2024-01-03"'],
      [{ ...inverse(daily), on: null }, '"2024-01-02"', "null"],
      [{ ...inverse(daily), on: "2024-Q1" }, '"2024-01-02"', '"2024-Q1"'],
      [{ ...inverse(fx.rate({ base: "USD", quote: "CNY", rate: "7" })), on: "2024-01-02" }, "null", '"2024-01-02"'],
    ] as const) {
      expect(schemas.safeParse(schemas.ExchangeRateSchema, json).success, got).toBe(false);
      expect(
        schemaIssues(() => fx.rateFromJSON(json)),
        got,
      ).toEqual([
        { path: "on", message: `must be ${expected}, the date of the inverse rate derived from its chain, got ${got}` },
      ]);
    }
  });
});
