import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { capacity, figure, fx, growth, milestone, money, period } from "../../src/index.js";
import {
  AgreementSchema,
  CapacityPlanSchema,
  ExchangeRateSchema,
  FigureSchema,
  MilestoneSchema,
  MoneySchema,
  PeriodSchema,
  RateTableSchema,
  ZoneSchema,
  parse,
  toJSON,
  type Schema,
} from "../../src/schemas/index.js";
import { seedAgreement, seedMassProduction, seedPlantCapacity, seedZone } from "../fixtures/seed.js";

const cnh = money.defineCurrency({ code: "CNH", minorUnits: 2, name: "Offshore Yuan" });
const usdCny = fx.rate({ base: "USD", quote: "CNY", rate: "6.3939", on: "2021-09-30", source: "seed" });
const average = fx.rate({ base: "EUR", quote: "USD", rate: "1.2", on: "2024-Q1", kind: "average" });
const cross = fx.cross(usdCny, fx.invert(fx.rate({ base: "USD", quote: "EUR", rate: "0.9", on: "2021-09-30" })));

const cases: [string, Schema<unknown>, unknown][] = [
  ["Money", MoneySchema as Schema<unknown>, money.of("193.48e9", "CNY")],
  ["Money (negative, custom currency)", MoneySchema as Schema<unknown>, money.of("-0.5", cnh)],
  ["Figure", FigureSchema as Schema<unknown>, figure.reported("193.48")],
  ["Figure (exact)", FigureSchema as Schema<unknown>, figure.exact("1e-30")],
  ["Period", PeriodSchema as Schema<unknown>, period.parse("2021-Q1/2021-Q3")],
  ["Period (day)", PeriodSchema as Schema<unknown>, period.day("2024-03-28")],
  ["ExchangeRate", ExchangeRateSchema as Schema<unknown>, usdCny],
  ["ExchangeRate (average on a period)", ExchangeRateSchema as Schema<unknown>, average],
  ["ExchangeRate (cross)", ExchangeRateSchema as Schema<unknown>, cross],
  ["RateTable", RateTableSchema as Schema<unknown>, fx.table([usdCny, average])],
  ["CapacityPlan", CapacityPlanSchema as Schema<unknown>, seedPlantCapacity],
  [
    "CapacityPlan (stated)",
    CapacityPlanSchema as Schema<unknown>,
    capacity.plan({
      unit: "vehicles",
      total: "300000",
      phases: [{ capacity: "150000", plannedStart: "2022-Q2" }, { capacity: "150000" }],
    }),
  ],
  ["Milestone", MilestoneSchema as Schema<unknown>, seedMassProduction],
  [
    "Milestone (achieved)",
    MilestoneSchema as Schema<unknown>,
    milestone.of({
      id: "m",
      kind: "massProduction",
      targets: [{ target: "2024-S1", asOf: "2021-11-27" }],
      achieved: "2024-03-28",
    }),
  ],
  [
    "Milestone (two accounts of the day)",
    MilestoneSchema as Schema<unknown>,
    milestone.of({
      id: "m",
      kind: "massProduction",
      targets: [{ target: "2024-S1", asOf: "2021-11-27", sourceId: "a" }],
      achieved: { on: "2023-12-01", sourceId: "a", accounts: [{ on: "2024-03-01", sourceId: "b" }] },
    }),
  ],
  ["Agreement", AgreementSchema as Schema<unknown>, seedAgreement],
  ["Zone", ZoneSchema as Schema<unknown>, seedZone],
];

describe("JSON.stringify writes each value's schema JSON", () => {
  it.each(cases)("%s", (_name, schema, value) => {
    const written: unknown = JSON.parse(JSON.stringify(value));
    expect(written).toEqual(JSON.parse(JSON.stringify(toJSON(schema, value))));
    const back = parse(schema, written);
    expect(JSON.stringify(back)).toBe(JSON.stringify(value));
  });

  it("fromJSON reads the written Money, rates and tables back", () => {
    const gdp = money.of("193.48e9", "CNY");
    expect(money.equals(money.fromJSON(JSON.parse(JSON.stringify(gdp))), gdp)).toBe(true);
    expect(fx.rateFromJSON(JSON.parse(JSON.stringify(cross)))).toEqual(cross);
    const table = fx.table([usdCny, average]);
    expect(fx.tableFromJSON(JSON.parse(JSON.stringify(table)))).toEqual(table);
  });

  it("nested in plain data, each value writes its own JSON", () => {
    const row = {
      gdp: money.of("193.48e9", "CNY"),
      growth: growth.fromPercent("38.8"),
      when: period.parse("2021-Q1/2021-Q3"),
    };
    expect(JSON.parse(JSON.stringify(row))).toMatchObject({
      gdp: { amount: "193480000000", currency: "CNY" },
      when: "2021-Q1/2021-Q3",
    });
  });

  it("the hooks are not own keys: keys, spreads and equality are unchanged", () => {
    const m = money.of("1.50", "USD");
    expect(Object.keys(m)).toEqual(["amount", "currency"]);
    expect({ ...m }).toEqual(m);
    expect(Object.getPrototypeOf({ ...m })).toBe(Object.prototype);
    expect(m.constructor).toBe(Object);
  });
});

describe("JSON.stringify of growth results", () => {
  it("writes a share as its kind and its fraction's figure JSON", () => {
    const share = growth.share(figure.reported("403.74"), figure.reported("424.36"));
    const written = JSON.parse(JSON.stringify(share)) as { kind: string; fraction: { value: string } };
    expect(written).toEqual({ kind: "share", fraction: JSON.parse(JSON.stringify(share.fraction)) as unknown });
    expect(written.fraction.value).toBe("0.9514091808841549627674615892167028");
  });
});

describe("String() and util.inspect", () => {
  it.each([
    [money.of("193.48e9", "CNY"), "193480000000 CNY", "Money(193480000000 CNY)"],
    [figure.reported("193.48"), "193.48 [193.475, 193.485)", "Figure(193.48 [193.475, 193.485))"],
    [period.parse("2021-Q1/2021-Q3"), "2021-Q1/2021-Q3", "Period(2021-Q1/2021-Q3)"],
    [usdCny, "USD/CNY 6.3939 on 2021-09-30", "ExchangeRate(USD/CNY 6.3939 on 2021-09-30)"],
    [fx.rate({ base: "USD", quote: "CNY", rate: "6.4" }), "USD/CNY 6.4", "ExchangeRate(USD/CNY 6.4)"],
    [fx.table([usdCny, average]), "2 rates, pivot USD", "RateTable(2 rates, pivot USD)"],
    [growth.fromPercent("38.8"), "+38.8%", "GrowthRate(+38.8%)"],
    [growth.share(figure.reported("403.74"), figure.reported("424.36")), "95.14%", "Share(95.14%)"],
    [growth.previous(figure.reported("193.48"), growth.fromPercent("38.8")), "139", "DerivedLevel(139)"],
    [growth.parse("-2.1 pp"), "-2.1 pp", "PercentagePoints(-2.1 pp)"],
    [seedPlantCapacity, "300000 vehicles per year in 2 phases", "CapacityPlan(300000 vehicles per year in 2 phases)"],
    [
      seedAgreement,
      "bda-xiaomi-2021 (Accordo di cooperazione)",
      "Agreement(bda-xiaomi-2021 (Accordo di cooperazione))",
    ],
    [seedZone, "bda (北京经济技术开发区)", "Zone(bda (北京经济技术开发区))"],
  ] as const)("%s", (value, text, inspected) => {
    expect(String(value)).toBe(text);
    // eslint-disable-next-line @typescript-eslint/restrict-template-expressions -- what a JS caller writes
    expect(`${value as object}`).toBe(text);
    expect(inspect(value)).toBe(inspected);
  });
});
