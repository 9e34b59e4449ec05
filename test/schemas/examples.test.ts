import { describe, expect, it } from "vitest";
import * as z from "zod";
import { isAccordoError } from "../../src/errors.js";
import * as capacity from "../../src/capacity/index.js";
import * as figure from "../../src/figure/index.js";
import * as fx from "../../src/fx/index.js";
import * as milestone from "../../src/milestone/index.js";
import * as money from "../../src/money/index.js";
import * as zone from "../../src/zone/index.js";
import {
  AgreementSchema,
  CapacityPlanSchema,
  MilestoneSchema,
  ObservationSchema,
  SourceSchema,
  ZoneSchema,
  CurrencySchema,
  DecimalSchema,
  ExchangeRateSchema,
  FigureSchema,
  RateTableSchema,
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
      // schemas.parse: json must be Money JSON, got an object with keys amount, currency, note. 3 issues:
      //   - amount: Invalid input: expected string, received number (invalid_type)
      //   - currency: money.currency: codeOrCurrency must be an ISO 4217 code or a currency from
      //     money.defineCurrency, got "XYZ". Define custom currencies with money.defineCurrency. (UNKNOWN_CURRENCY)
      //   - (root): Unrecognized key: "note" (unrecognized_keys)
      // error.details: { function: "schemas.parse", path: "json", expected, received, issues }
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
    // [{ path: ["currency"], code: "UNKNOWN_CURRENCY", message: "money.currency: codeOrCurrency must be an ISO 4217 code ..., got \"XYZ\". ..." }]
    // #endregion safeParse
    expect(issues).toEqual([
      { path: ["currency"], code: "UNKNOWN_CURRENCY", message: expect.stringContaining('got "XYZ"') as unknown },
    ]);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.code).toBe("INVALID_SCHEMA");
    expect(result.error.details?.["issues"]).toEqual([
      { path: ["currency"], code: "UNKNOWN_CURRENCY", message: expect.stringContaining('got "XYZ"') as unknown },
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
    if (!bad.success)
      expect(bad.error.details?.["issues"]).toEqual([
        { path: [], code: "INVALID_PERIOD", message: expect.any(String) as unknown },
      ]);
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

  it("FigureSchema", () => {
    // #region FigureSchema
    const gdp = figure.reported("193.48"); // rounded half-up: [193.475, 193.485)
    const json = toJSON(FigureSchema, gdp);
    // { value: "193.48", lo: "193.475", hi: "193.485", loInclusive: true, hiInclusive: false }
    const rate = parse(FigureSchema, { value: "6.393", lo: "6.39276", hi: "6.39345" }); // both ends possible
    const inside = figure.contains(rate, "6.3933"); // true
    // #endregion FigureSchema
    expect(json).toEqual({ value: "193.48", lo: "193.475", hi: "193.485", loInclusive: true, hiInclusive: false });
    expect(parse(FigureSchema, json)).toEqual(gdp);
    expect(rate.loInclusive && rate.hiInclusive).toBe(true);
    expect(inside).toBe(true);
  });

  it("ExchangeRateSchema", () => {
    // #region ExchangeRateSchema
    const usdCny = parse(ExchangeRateSchema, {
      base: "USD",
      quote: "CNY",
      rate: "6.3933",
      on: "2021-09-30",
      source: "PBoC",
    });
    const kind = usdCny.kind; // "spot" (the default)
    const inverse = toJSON(ExchangeRateSchema, fx.invert(usdCny));
    // { base: "CNY", quote: "USD", rate: "0.1564137456399668402859243270298594", on: "2021-09-30", source: "PBoC",
    //   kind: "spot", derivation: "inverse", chain: [{ base: "USD", quote: "CNY", rate: "6.3933", ... }] }
    parse(ExchangeRateSchema, inverse); // equal to fx.invert(usdCny)
    const ok = safeParse(ExchangeRateSchema, { ...inverse, rate: "0.16" }).success; // false: not 1 ÷ 6.3933
    // #endregion ExchangeRateSchema
    expect(kind).toBe("spot");
    expect(inverse.rate).toBe("0.1564137456399668402859243270298594");
    expect(inverse.derivation).toBe("inverse");
    expect(parse(ExchangeRateSchema, inverse)).toEqual(fx.invert(usdCny));
    expect(ok).toBe(false);
  });

  it("RateTableSchema", () => {
    // #region RateTableSchema
    const rates = parse(RateTableSchema, {
      rates: [
        { base: "USD", quote: "CNY", rate: "6.3933", on: "2021-09-30" },
        { base: "EUR", quote: "USD", rate: "1.16", on: "2021-09-30" },
      ],
    });
    const eurCny = fx.lookup(rates, "EUR", "CNY", { on: "2021-09-30" }); // a cross through the pivot, USD
    eurCny.rate.toString(); // "7.416228"
    // #endregion RateTableSchema
    expect(eurCny.rate.toString()).toBe("7.416228");
    expect(eurCny.derivation).toBe("cross");
    expect(rates.pivot.code).toBe("USD");
  });

  it("CapacityPlanSchema", () => {
    // #region CapacityPlanSchema
    // 300,000 vehicles a year in two phases, the split not stated
    const plant = parse(CapacityPlanSchema, { unit: "vehicles", total: "300000", phases: [{}, {}] });
    capacity.unassigned(plant).toString(); // "300000"
    toJSON(CapacityPlanSchema, plant);
    // { unit: { quantity: "vehicles", per: "year" }, total: "300000",
    //   phases: [{ ordinal: 1, capacity: null, plannedStart: null, history: [] }, { ordinal: 2, ... }] }
    // #endregion CapacityPlanSchema
    expect(capacity.unassigned(plant).toString()).toBe("300000");
    expect(toJSON(CapacityPlanSchema, plant)).toEqual({
      unit: { quantity: "vehicles", per: "year" },
      total: "300000",
      phases: [
        { ordinal: 1, capacity: null, plannedStart: null, history: [] },
        { ordinal: 2, capacity: null, plannedStart: null, history: [] },
      ],
    });
  });

  it("MilestoneSchema", () => {
    // #region MilestoneSchema
    const massProduction = parse(MilestoneSchema, {
      id: "mass-production",
      kind: "massProduction",
      targets: [{ target: "2024-H1", asOf: "2021-11-27", sourceId: "seed-it" }],
    });
    const state = milestone.status(massProduction, "2024-07-01").state; // "overdue" (not reported as reached)
    // #endregion MilestoneSchema
    expect(state).toBe("overdue");
    expect(toJSON(MilestoneSchema, massProduction)).toEqual({
      id: "mass-production",
      kind: "massProduction",
      title: null,
      targets: [{ target: "2024-S1", asOf: "2021-11-27", sourceId: "seed-it" }],
      achieved: null,
      reports: [],
    });
  });

  it("SourceSchema", () => {
    // #region SourceSchema
    const article = parse(SourceSchema, {
      id: "seed-it",
      title: "Xiaomi a Pechino",
      published: "2021-11-27",
      language: "it",
    });
    const published = article.published; // { kind: "day", year: 2021, month: 11, day: 27 }
    // #endregion SourceSchema
    expect(published).toEqual({ kind: "day", year: 2021, month: 11, day: 27 });
    expect(toJSON(SourceSchema, article)).toEqual({
      id: "seed-it",
      title: "Xiaomi a Pechino",
      published: "2021-11-27",
      language: "it",
    });
  });

  it("AgreementSchema", () => {
    // #region AgreementSchema
    const result = safeParse(AgreementSchema, {
      id: "bda-xiaomi",
      title: "Cooperation Agreement",
      kind: "cooperationAgreement",
      parties: [{ id: "xiaomi-auto", name: "小米汽车", kind: "company", roles: ["investor"] }],
      commitments: [{ id: "hq", partyId: "xiaomi", kind: "headquarters", description: "headquarters in the zone" }],
    });
    // result.error.message:
    // schemas.safeParse: json must be Agreement JSON, got an object with keys id, title, kind, parties and 1 more.
    // 1 issue:
    //   - commitments[0].partyId: agreement.create: input.commitments[0].partyId must be the id of a party of the
    //     agreement, got "xiaomi" (INVALID_INPUT)
    // #endregion AgreementSchema
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.message).toBe(
        'schemas.safeParse: json must be Agreement JSON, got an object with keys id, title, kind, parties and 1 more. 1 issue:\n  - commitments[0].partyId: agreement.create: input.commitments[0].partyId must be the id of a party of the agreement, got "xiaomi" (INVALID_INPUT)',
      );
    }
  });

  it("ObservationSchema", () => {
    // #region ObservationSchema
    const gdp = parse(ObservationSchema, {
      id: "gdp",
      indicator: "gdp",
      period: "2021-Q1/2021-Q3",
      values: [
        { currency: "CNY", figure: toJSON(FigureSchema, figure.reported("193.48", { scale: "billion" })) },
        { currency: "USD", figure: toJSON(FigureSchema, figure.reported("30.26", { scale: "billion" })) },
      ],
      growth: { fraction: toJSON(FigureSchema, figure.percent("38.8")), basis: "unspecified" },
    });
    const values = gdp.values.length; // 2
    // #endregion ObservationSchema
    expect(values).toBe(2);
    expect(gdp.growth?.fraction.value.toString()).toBe("0.388");
  });

  it("ZoneSchema", () => {
    // #region ZoneSchema
    const bda = parse(ZoneSchema, {
      id: "bda",
      name: { name: "北京经济技术开发区", lang: "zh-Hans", kind: "official" },
      otherNames: [{ name: "Beijing E-Town", lang: "en", kind: "informal" }],
      established: { year: 1992 },
    });
    const found = zone.hasName(bda, "Beijing E-Town"); // true
    // #endregion ZoneSchema
    expect(found).toBe(true);
    expect(toJSON(ZoneSchema, bda).established).toEqual({ year: 1992, sourceIds: [] });
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
