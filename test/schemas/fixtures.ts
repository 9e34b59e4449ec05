/**
 * Valid and structurally invalid JSON documents of every schema in SCHEMAS,
 * by type name. A schema added to SCHEMAS without documents here fails the
 * JSON Schema test.
 */
export const VALID: Readonly<Record<string, readonly unknown[]>> = {
  Decimal: ["193.48", "-0.5", "0", "1e9", "-0"],
  IsoDate: ["2021-11-27", "2024-02-29"],
  Period: ["2021", "2024-S1", "2021-Q3", "2021-09", "2021-W47", "2021-11-27", "2021-Q1/2021-Q3"],
  Currency: ["CNY", "USD", "HRK", { code: "CNH", minorUnits: 2, name: "Offshore yuan" }],
  Money: [
    { amount: "193480000000", currency: "CNY" },
    { amount: "-0.005", currency: { code: "CNH", minorUnits: 2, name: "Offshore yuan" } },
  ],
  Figure: [
    { value: "193.48", lo: "193.475", hi: "193.485", loInclusive: true, hiInclusive: false },
    { value: "6.393", lo: "6.39276", hi: "6.39345" },
    { value: "-1", lo: "-1", hi: "-1", loInclusive: true, hiInclusive: true },
  ],
  ExchangeRate: [
    { base: "USD", quote: "CNY", rate: "6.3933" },
    { base: "USD", quote: "CNY", rate: "6.3933", on: "2021-09-30", source: "PBoC", kind: "spot", derivation: "direct", chain: [] },
    { base: "EUR", quote: "HRK", rate: "7.5345", on: null, source: "Council Regulation (EU) 2022/1208", kind: "fixed" },
    { base: "USD", quote: "CNY", rate: "6.39", on: "2021-Q1/2021-Q3", kind: "average" },
    {
      base: "CNY",
      quote: "USD",
      rate: "0.5",
      on: "2021-09",
      derivation: "inverse",
      chain: [{ base: "USD", quote: "CNY", rate: "2", on: "2021-09", source: null, kind: "spot", derivation: "direct", chain: [] }],
    },
    {
      base: "EUR",
      quote: "CNY",
      rate: "7.416228",
      derivation: "cross",
      chain: [
        { base: "EUR", quote: "USD", rate: "1.16", on: "2021-09-30" },
        { base: "USD", quote: "CNY", rate: "6.3933", on: "2021-09-30" },
      ],
    },
    { base: "USD", quote: "USD", rate: "1", kind: "fixed", derivation: "identity", chain: [] },
    { base: { code: "CNH", minorUnits: 2, name: "Offshore yuan" }, quote: "USD", rate: "0.1563" },
  ],
  RateTable: [
    { rates: [] },
    {
      pivot: "USD",
      rates: [
        { base: "USD", quote: "CNY", rate: "6.3933", on: "2021-09-30", source: "PBoC" },
        { base: "EUR", quote: "USD", rate: "1.16", on: "2021-09-30", source: "ECB" },
      ],
    },
  ],
};

/** Documents that are wrong in shape (so the JSON Schema refuses them too). */
export const INVALID: Readonly<Record<string, readonly unknown[]>> = {
  Decimal: [193.48, "1,5", "", null],
  IsoDate: ["2021-1-5", "20211127", 20211127],
  Period: ["2021-Q5", "Q3 2021", 2021],
  Currency: ["cny", "CN", { code: "CNH", minorUnits: 2 }, { code: "CNH", minorUnits: 2, name: "x", extra: 1 }],
  Money: [{ amount: 1, currency: "CNY" }, { amount: "1" }, { amount: "1", currency: "CNY", note: "" }],
  Figure: [{ value: 1, lo: "0", hi: "2" }, { value: "1", lo: "0" }, { value: "1", lo: "0", hi: "2", loInclusive: "yes" }],
  ExchangeRate: [
    { base: "USD", quote: "CNY" },
    { base: "USD", quote: "CNY", rate: 6.39 },
    { base: "USD", quote: "CNY", rate: "6.39", kind: "forward" },
    { base: "USD", quote: "CNY", rate: "6.39", on: "30/09/2021" },
    { base: "USD", quote: "CNY", rate: "6.39", chain: [{ base: "USD" }] },
  ],
  RateTable: [{ pivot: "USD" }, { rates: [{ base: "USD" }] }, { rates: [], extra: true }],
};
