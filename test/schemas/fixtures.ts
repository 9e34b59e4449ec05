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
};

/** Documents that are wrong in shape (so the JSON Schema refuses them too). */
export const INVALID: Readonly<Record<string, readonly unknown[]>> = {
  Decimal: [193.48, "1,5", "", null],
  IsoDate: ["2021-1-5", "20211127", 20211127],
  Period: ["2021-Q5", "Q3 2021", 2021],
  Currency: ["cny", "CN", { code: "CNH", minorUnits: 2 }, { code: "CNH", minorUnits: 2, name: "x", extra: 1 }],
  Money: [{ amount: 1, currency: "CNY" }, { amount: "1" }, { amount: "1", currency: "CNY", note: "" }],
};
