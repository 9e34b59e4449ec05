import { describe, expect, it } from "vitest";
import * as z from "zod";
import { isAccordoError } from "../../src/errors.js";
import * as money from "../../src/money/index.js";
import {
  CurrencySchema,
  DecimalSchema,
  IsoDateSchema,
  MoneySchema,
  PeriodSchema,
  SCHEMAS,
  jsonSchema,
  parse,
  safeParse,
  safeToJSON,
  toJSON,
} from "../../src/schemas/index.js";

describe("schemas examples", () => {
  it("parse", () => {
    // #region parse
    // (import { parse, MoneySchema } from "accordo/schemas")
    const gdp = parse(MoneySchema, JSON.parse('{ "amount": "193480000000", "currency": "CNY" }'));
    gdp.amount.toString(); // "193480000000"
    const name = gdp.currency.name; // "Yuan Renminbi"
    Object.isFrozen(gdp); // true

    // compose with zod: a list of amounts
    const list = parse(z.array(MoneySchema), [{ amount: "1.5", currency: "USD" }]);
    const count = list.length; // 1

    try {
      parse(MoneySchema, { amount: 193.48, currency: "XYZ", note: "" });
    } catch (error) {
      // error.code === "INVALID_SCHEMA"; error.message:
      // invalid Money JSON, 3 issues:
      //   - amount: Invalid input: expected string, received number (invalid_type)
      //   - currency: currency: unknown currency code "XYZ"; define custom currencies with defineCurrency (UNKNOWN_CURRENCY)
      //   - (root): Unrecognized key: "note" (unrecognized_keys)
    }
    // #endregion parse
    expect(gdp.amount.toString()).toBe("193480000000");
    expect(name).toBe("Yuan Renminbi");
    expect(Object.isFrozen(gdp)).toBe(true);
    expect(count).toBe(1);
    expect(Object.isFrozen(list)).toBe(true);
    let caught: unknown;
    try {
      parse(MoneySchema, { amount: 193.48, currency: "XYZ", note: "" });
    } catch (error) {
      caught = error;
    }
    expect(isAccordoError(caught, "INVALID_SCHEMA")).toBe(true);
    const issues = (caught as { details: { issues: { path: unknown[]; code: string }[] } }).details.issues;
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      [["amount"], "invalid_type"],
      [["currency"], "UNKNOWN_CURRENCY"],
      [[], "unrecognized_keys"],
    ]);
  });

  it("safeParse", () => {
    // #region safeParse
    // (import { safeParse, MoneySchema } from "accordo/schemas")
    const result = safeParse(MoneySchema, { amount: "12", currency: "XYZ" });
    const issues = result.success ? [] : result.error.details?.["issues"];
    // result.error.code === "INVALID_SCHEMA"; issues:
    // [{ path: ["currency"], code: "UNKNOWN_CURRENCY", message: "currency: unknown currency code \"XYZ\"; ..." }]
    // #endregion safeParse
    expect(issues).toEqual([
      { path: ["currency"], code: "UNKNOWN_CURRENCY", message: expect.stringContaining('unknown currency code "XYZ"') as unknown },
    ]);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe("INVALID_SCHEMA");
    expect(result.error.details?.["issues"]).toEqual([
      { path: ["currency"], code: "UNKNOWN_CURRENCY", message: expect.stringContaining('unknown currency code "XYZ"') as unknown },
    ]);
    expect(result.error.message).toContain("currency: ");
  });

  it("toJSON", () => {
    // #region toJSON
    // (import { toJSON, MoneySchema } from "accordo/schemas")
    const json = toJSON(MoneySchema, money.of("193.48e9", "CNY"));
    // { amount: "193480000000", currency: "CNY" }
    JSON.stringify(json); // '{"amount":"193480000000","currency":"CNY"}'
    // #endregion toJSON
    expect(json).toEqual({ amount: "193480000000", currency: "CNY" });
    expect(JSON.stringify(json)).toBe('{"amount":"193480000000","currency":"CNY"}');
    expect(Object.isFrozen(json)).toBe(true);
  });

  it("safeToJSON", () => {
    // #region safeToJSON
    const result = safeToJSON(MoneySchema, { amount: "1", currency: "USD" } as never);
    const ok = result.success; // false: a plain object is not a Money (make one with money.of)
    // #endregion safeToJSON
    expect(ok).toBe(false);
    if (!result.success) expect(result.error.code).toBe("INVALID_SCHEMA");
  });

  it("jsonSchema", () => {
    // #region jsonSchema
    const schema = jsonSchema(MoneySchema);
    const { type, required, additionalProperties } = schema;
    // type: "object", required: ["amount", "currency"], additionalProperties: false
    // #endregion jsonSchema
    expect(type).toBe("object");
    expect(required).toEqual(["amount", "currency"]);
    expect(additionalProperties).toBe(false);
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it("DecimalSchema", () => {
    // #region DecimalSchema
    const d = parse(DecimalSchema, "1.5e9");
    toJSON(DecimalSchema, d); // "1500000000"
    // #endregion DecimalSchema
    expect(toJSON(DecimalSchema, d)).toBe("1500000000");
  });

  it("IsoDateSchema", () => {
    // #region IsoDateSchema
    parse(IsoDateSchema, "2024-02-29"); // "2024-02-29"
    const valid = safeParse(IsoDateSchema, "2021-02-29").success; // false: 2021 is not a leap year (INVALID_PERIOD)
    // #endregion IsoDateSchema
    expect(parse(IsoDateSchema, "2024-02-29")).toBe("2024-02-29");
    expect(valid).toBe(false);
    const bad = safeParse(IsoDateSchema, "2021-02-29");
    expect(bad.success).toBe(false);
    if (!bad.success) expect(bad.error.details?.["issues"]).toEqual([{ path: [], code: "INVALID_PERIOD", message: expect.any(String) as unknown }]);
  });

  it("PeriodSchema", () => {
    // #region PeriodSchema
    const target = parse(PeriodSchema, "2024-H1"); // { kind: "half", year: 2024, half: 1 }
    toJSON(PeriodSchema, target); // "2024-S1" (the canonical SDMX form)
    toJSON(PeriodSchema, parse(PeriodSchema, "2021-Q1/2021-Q3")); // "2021-Q1/2021-Q3"
    // #endregion PeriodSchema
    expect(target).toEqual({ kind: "half", year: 2024, half: 1 });
    expect(toJSON(PeriodSchema, target)).toBe("2024-S1");
    expect(toJSON(PeriodSchema, parse(PeriodSchema, "2021-Q1/2021-Q3"))).toBe("2021-Q1/2021-Q3");
  });

  it("CurrencySchema", () => {
    // #region CurrencySchema
    const yuan = parse(CurrencySchema, "CNY"); // yuan.minorUnits === 2
    const cnh = parse(CurrencySchema, { code: "CNH", minorUnits: 2, name: "Offshore yuan" }); // cnh.custom === true
    toJSON(CurrencySchema, cnh); // { code: "CNH", minorUnits: 2, name: "Offshore yuan" }
    // #endregion CurrencySchema
    expect(yuan.minorUnits).toBe(2);
    expect(cnh.custom).toBe(true);
    expect(toJSON(CurrencySchema, cnh)).toEqual({ code: "CNH", minorUnits: 2, name: "Offshore yuan" });
  });

  it("MoneySchema", () => {
    // #region MoneySchema
    const amount = parse(MoneySchema, { amount: "30.26e9", currency: "USD" });
    money.toString(amount); // "30260000000 USD"
    toJSON(MoneySchema, amount); // { amount: "30260000000", currency: "USD" }
    // #endregion MoneySchema
    expect(money.toString(amount)).toBe("30260000000 USD");
    expect(toJSON(MoneySchema, amount)).toEqual({ amount: "30260000000", currency: "USD" });
  });

  it("SCHEMAS", () => {
    // #region SCHEMAS
    const schema = SCHEMAS["Money"];
    const same = schema === MoneySchema; // true
    Object.keys(SCHEMAS).includes("Period"); // true
    // #endregion SCHEMAS
    expect(same).toBe(true);
    expect(Object.keys(SCHEMAS)).toContain("Period");
  });
});
