import { describe, expect, it } from "vitest";
import { D } from "../../src/decimal.js";
import { thrown } from "../support.js";
import * as figure from "../../src/figure/index.js";
import * as growth from "../../src/growth/index.js";
import * as zone from "../../src/zone/index.js";
import type { ObservationInput, ZoneInput } from "../../src/zone/types.js";
import { LEADING_INDUSTRIES, SEED, SEED_PERIOD, seedZone } from "../fixtures/seed.js";

const GDP = "gdp-2021-q1q3";
const OUTPUT = "industrial-output-2021-q1q3";
const LEADING = "leading-industries-output-2021-q1q3";
const bn = (text: string) => figure.reported(text, { scale: "billion" });

const obs: ObservationInput = {
  id: "o",
  indicator: "gdp",
  period: "2021",
  values: [{ currency: "CNY", figure: bn("1.0") }],
};
const base: ZoneInput = {
  id: "z",
  name: { name: "区" },
  sources: [{ id: "s", title: "S" }],
  industries: [
    { id: "a", name: { name: "A" } },
    { id: "b", name: { name: "B" } },
  ],
};

describe("the seed case end to end (the facts derived in docs/figures-and-rounding.md)", () => {
  it("three implied CNY per USD rates, consistent with one rate in about [6.39276, 6.39345]", () => {
    const rates = zone.impliedRates(seedZone, "USD", "CNY");
    expect(rates.map((r) => r.rate.value.toDecimalPlaces(5).toString())).toEqual(["6.39392", "6.39289", "6.39335"]);
    const verdict = zone.rateConsistency(seedZone, "USD", "CNY");
    if (!verdict.consistent) throw new Error("expected consistent");
    expect(verdict.interval.lo.toDecimalPlaces(5).toString()).toBe("6.39276");
    expect(verdict.interval.hi.toDecimalPlaces(5).toString()).toBe("6.39345");
    // Exactly: the intersection is bounded by the industrial output pair above and the leading industries' pair below.
    expect(verdict.interval.lo.eq(new D("403.735").div("63.155"))).toBe(true);
    expect(verdict.interval.hi.eq(new D("424.365").div("66.375"))).toBe(true);
    expect(verdict.rates.map((r) => r.label)).toEqual([GDP, OUTPUT, LEADING]);
  });

  it("the rates the other way round are the reciprocals", () => {
    const [gdp] = zone.impliedRates(seedZone, "CNY", "USD");
    expect(gdp?.rate.value.eq(new D("30.26").div("193.48"))).toBe(true);
  });

  it("GDP in the first three quarters of 2020: about 139.39 bn yuan, between 139.34 and 139.45", () => {
    const p = zone.impliedPrevious(seedZone, GDP, "CNY");
    expect(p.level.level.value.eq(new D("193.48e9").div("1.388"))).toBe(true);
    expect(p.level.level.lo.eq(new D("193.475e9").div("1.3885"))).toBe(true);
    // The upper bound is rounded outwards in the last of 34 digits.
    const hi = new D("193.485e9").div("1.3875");
    expect(p.level.level.hi.gte(hi) && p.level.level.hi.minus(hi).lt("1e-20")).toBe(true);
    expect(p.level.level.value.div(1e9).toDecimalPlaces(2).toString()).toBe("139.39");
    expect(p.level.level.lo.div(1e9).toDecimalPlaces(2).toString()).toBe("139.34");
    expect(p.level.level.hi.div(1e9).toDecimalPlaces(2).toString()).toBe("139.45");
    expect(p.currency.code).toBe("CNY");
    expect(p.observationId).toBe(GDP);
    expect(Object.isFrozen(p)).toBe(true);
  });

  it("in dollars too", () => {
    const p = zone.impliedPrevious(seedZone, GDP, "USD");
    expect(p.level.level.value.div(1e9).toFixed(2)).toBe("21.80");
  });

  it("the four industries' share: 95.14% now, about 94.43% a year earlier, +0.72 pp", () => {
    const s = zone.shareOf(seedZone, LEADING, OUTPUT, "CNY");
    expect(s.current.fraction.value.eq(new D("403.74").div("424.36"))).toBe(true);
    expect(s.current.fraction.value.times(100).toDecimalPlaces(2).toString()).toBe("95.14");
    expect(s.previous.fraction.value.times(100).toDecimalPlaces(2).toString()).toBe("94.43");
    expect(s.change.points.value.toDecimalPlaces(2).toString()).toBe("0.72");
    // The bounds of the change hold the best estimate and are honest about the rounded "32%".
    expect(s.change.points.lo.lt(s.change.points.value) && s.change.points.hi.gt(s.change.points.value)).toBe(true);
    expect(s.change.points.lo.toDecimalPlaces(2).toString()).toBe("0.32");
    expect(s.change.points.hi.toDecimalPlaces(2).toString()).toBe("1.11");
  });

  it("outside the four industries: 20.62 bn yuan, about +15.1% (7.1% to 24.3%), contributions 31.2 and 0.8 pp", () => {
    const r = zone.remainderOf(seedZone, OUTPUT, [LEADING], "CNY");
    expect(r.remainder.current.value.toString()).toBe("20620000000");
    expect(r.remainder.rate.fraction.value.times(100).toDecimalPlaces(1).toString()).toBe("15.1");
    expect(r.remainder.rate.fraction.lo.times(100).toDecimalPlaces(1).toString()).toBe("7.1");
    expect(r.remainder.rate.fraction.hi.times(100).toDecimalPlaces(1).toString()).toBe("24.3");
    expect(r.contributions.map((c) => c.observationId)).toEqual([LEADING, null]);
    expect(r.contributions.map((c) => c.points.points.value.toDecimalPlaces(1).toString())).toEqual(["31.2", "0.8"]);
    // The contributions add up to the whole's growth, 32 pp.
    const total = r.contributions.reduce((acc, c) => acc.plus(c.points.points.value), new D(0));
    expect(total.toDecimalPlaces(20).toString()).toBe("32");
    expect(r.partIds).toEqual([LEADING]);
    expect(Object.isFrozen(r.contributions)).toBe(true);
  });

  it("a real growth rate implies a level that is not comparable with a nominal one", () => {
    const real = zone.create({
      ...base,
      observations: [
        {
          ...obs,
          values: [{ currency: "CNY", figure: bn("193.48") }],
          growth: figure.percent("38.8"),
          growthBasis: "real",
        },
      ],
    });
    const p = zone.impliedPrevious(real, "o", "CNY");
    expect(p.level.basis).toBe("real");
    expect(p.level.comparableWithNominal).toBe("no");
    const nominal = zone.create({
      ...base,
      observations: [{ ...obs, growth: growth.fromPercent("5", { basis: "nominal" }) }],
    });
    expect(zone.impliedPrevious(nominal, "o", "CNY").level.comparableWithNominal).toBe("yes");
  });

  it("the seed zone's figures keep their written precision", () => {
    const gdp = zone.findObservation(seedZone, GDP);
    expect(gdp?.values.map((v) => [v.currency.code, v.figure.lo.toString(), v.figure.hi.toString()])).toEqual([
      ["CNY", "193475000000", "193485000000"],
      ["USD", "30255000000", "30265000000"],
    ]);
    expect(zone.findObservation(seedZone, OUTPUT)?.growth?.fraction.lo.toString()).toBe("0.315");
    expect(zone.findObservation(seedZone, LEADING)?.growth?.fraction.lo.toString()).toBe("0.3295");
    expect(zone.findObservation(seedZone, LEADING)?.scope).toEqual({
      kind: "industries",
      industryIds: [...LEADING_INDUSTRIES],
    });
    expect(zone.observationsWhere(seedZone, { period: SEED_PERIOD }).length).toBe(3);
    expect(seedZone.sourceIds).toEqual([SEED]);
  });
});

describe("zone.observation", () => {
  it("defaults the scope, leaves growth out when not given, freezes", () => {
    const o = zone.observation(obs);
    expect(o.scope).toEqual({ kind: "zone" });
    expect("growth" in o).toBe(false);
    expect(o.sourceIds).toEqual([]);
    for (const v of [o, o.values, o.values[0], o.scope, o.period, o.sourceIds]) expect(Object.isFrozen(v)).toBe(true);
  });

  it("takes a growth figure with an unspecified basis by default, or a GrowthRate as it is", () => {
    expect(zone.observation({ ...obs, growth: figure.percent("5") }).growth).toMatchObject({
      kind: "growthRate",
      basis: "unspecified",
      flags: [],
    });
    const r = growth.fromPercent("5", { basis: "nominal" });
    expect(zone.observation({ ...obs, growth: r }).growth).toEqual(r);
    expect(zone.observation({ ...obs, growth: figure.percent("5"), growthBasis: "real" }).growth?.basis).toBe("real");
    const flagged = growth.rate(figure.exact(-50), figure.exact(-100), { denominator: "absolute" });
    expect(flagged.flags.length).toBeGreaterThan(0);
    expect(zone.observation({ ...obs, growth: flagged }).growth).toEqual(flagged);
  });

  it("does not mutate its input", () => {
    const input = { ...obs, scope: { kind: "industries" as const, industryIds: ["a"] }, sourceIds: ["s"] };
    const o = zone.observation(input);
    expect(Object.isFrozen(input.scope)).toBe(false);
    expect(Object.isFrozen(input.sourceIds)).toBe(false);
    expect(o.scope).not.toBe(input.scope);
  });

  it("refuses bad observations with codes", () => {
    expect(thrown(() => zone.observation({ ...obs, values: [] }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.observation", path: "input.values" },
    });
    expect(thrown(() => zone.observation({ ...obs, values: [] }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.observation", path: "input.values" },
    });
    expect(
      thrown(() =>
        zone.observation({
          ...obs,
          values: [
            { currency: "CNY", figure: bn("1") },
            { currency: "cny", figure: bn("2") },
          ],
        }),
      ),
    ).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.observation", path: "input.values[1].currency" },
    });
    expect(thrown(() => zone.observation({ ...obs, values: [{ currency: "XYZ", figure: bn("1") }] }))).toMatchObject({
      code: "UNKNOWN_CURRENCY",
      details: { function: "zone.observation", path: "input.values[0].currency" },
    });
    expect(thrown(() => zone.observation({ ...obs, values: [{ currency: "CNY", figure: 5 as never }] }))).toMatchObject(
      { code: "INVALID_TYPE", details: { function: "zone.observation", path: "input.values[0].figure" } },
    );
    expect(thrown(() => zone.observation({ ...obs, period: "2021-Q1/2020-Q3" }))).toMatchObject({
      code: "INVALID_PERIOD",
      details: { function: "zone.observation", path: "input.period" },
    });
    expect(thrown(() => zone.observation({ ...obs, indicator: "G D P" }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.observation", path: "input.indicator" },
    });
    expect(thrown(() => zone.observation({ ...obs, scope: { kind: "industries", industryIds: [] } }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.observation", path: "input.scope.industryIds" },
    });
    expect(
      thrown(() => zone.observation({ ...obs, scope: { kind: "industries", industryIds: ["a", "a"] } })),
    ).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.observation", path: "input.scope.industryIds[1]" },
    });
    expect(thrown(() => zone.observation({ ...obs, scope: { kind: "region" } as never }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.observation", path: "input.scope.kind" },
    });
    expect(thrown(() => zone.observation({ ...obs, growth: "38.8%" as never }))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "zone.observation", path: "input.growth" },
    });
    expect(
      thrown(() => zone.observation({ ...obs, growth: figure.percent("5"), growthBasis: "constant" as never })),
    ).toMatchObject({ code: "INVALID_INPUT", details: { function: "zone.observation", path: "input.growthBasis" } });
    expect(thrown(() => zone.observation({ ...obs, growthBasis: "real" }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.observation", path: "input.growthBasis" },
    });
    const badRate = { ...growth.fromPercent("5"), flags: ["odd"] };
    expect(thrown(() => zone.observation({ ...obs, growth: badRate as never }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.observation", path: "input.growth.flags[0]" },
    });
    const badFraction = { ...growth.fromPercent("5"), fraction: { value: 1 } };
    expect(thrown(() => zone.observation({ ...obs, growth: badFraction as never }))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "zone.observation", path: "input.growth.fraction" },
    });
  });
});

describe("zone.create", () => {
  it("freezes the zone and everything in it", () => {
    const z = zone.create({ ...base, area: { figure: figure.reported("225"), unit: "km2" }, observations: [obs] });
    for (const v of [
      z,
      z.name,
      z.otherNames,
      z.industries,
      z.industries[0],
      z.industries[0]?.name,
      z.observations,
      z.sources,
      z.area,
      z.area?.sourceIds,
    ]) {
      expect(Object.isFrozen(v)).toBe(true);
    }
    expect(z.area?.figure.lo.toString()).toBe("224.5");
    expect("established" in z).toBe(false);
  });

  it("accepts its own output as input and returns an equal zone", () => {
    expect(zone.create(seedZone as unknown as ZoneInput)).toEqual(seedZone);
  });

  it("refuses duplicates, unknown industries and unknown sources", () => {
    expect(
      thrown(() =>
        zone.create({
          ...base,
          industries: [
            { id: "a", name: { name: "A" } },
            { id: "a", name: { name: "A2" } },
          ],
        }),
      ),
    ).toMatchObject({ code: "INVALID_INPUT", details: { function: "zone.create", path: "input.industries[1].id" } });
    expect(thrown(() => zone.create({ ...base, observations: [obs, obs] }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.create", path: "input.observations[1].id" },
    });
    expect(
      thrown(() =>
        zone.create({
          ...base,
          sources: [
            { id: "s", title: "1" },
            { id: "s", title: "2" },
          ],
        }),
      ),
    ).toMatchObject({ code: "INVALID_INPUT", details: { function: "zone.create", path: "input.sources[1].id" } });
    expect(
      thrown(() =>
        zone.create({ ...base, observations: [{ ...obs, scope: { kind: "industries", industryIds: ["c"] } }] }),
      ),
    ).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.create", path: "input.observations[0].scope.industryIds[0]" },
    });
    for (const bad of [
      { sourceIds: ["t"] },
      { name: { name: "区", sourceIds: ["t"] } },
      { otherNames: [{ name: "Z", sourceIds: ["t"] }] },
      { established: { year: 1992, sourceIds: ["t"] } },
      { area: { figure: figure.exact(1), unit: "km2", sourceIds: ["t"] } },
      { industries: [{ id: "a", name: { name: "A" }, sourceIds: ["t"] }] },
      { industries: [{ id: "a", name: { name: "A", sourceIds: ["t"] } }] },
      { industries: [{ id: "a", name: { name: "A" }, otherNames: [{ name: "AA", sourceIds: ["t"] }] }] },
      { observations: [{ ...obs, sourceIds: ["t"] }] },
    ]) {
      expect(thrown(() => zone.create({ ...base, ...bad }))).toMatchObject({
        code: "INVALID_INPUT",
        details: { function: "zone.create", expected: "the id of a listed source", received: "t" },
      });
    }
  });

  it("refuses a bad year, area, name or source", () => {
    expect(thrown(() => zone.create({ ...base, established: { year: 1992.5 } }))).toMatchObject({
      code: "OUT_OF_RANGE",
      details: { function: "zone.create", path: "input.established.year" },
    });
    expect(thrown(() => zone.create({ ...base, established: { year: 0 } }))).toMatchObject({
      code: "OUT_OF_RANGE",
      details: { function: "zone.create", path: "input.established.year" },
    });
    expect(thrown(() => zone.create({ ...base, established: { year: "1992" as never } }))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "zone.create", path: "input.established.year" },
    });
    expect(thrown(() => zone.create({ ...base, area: { figure: figure.exact(-1), unit: "km2" } }))).toMatchObject({
      code: "OUT_OF_RANGE",
      details: { function: "zone.create", path: "input.area.figure" },
    });
    expect(thrown(() => zone.create({ ...base, area: { figure: figure.exact(1), unit: " " } }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.create", path: "input.area.unit" },
    });
    expect(thrown(() => zone.create({ ...base, name: { name: "" } }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.create", path: "input.name.name" },
    });
    expect(thrown(() => zone.create({ ...base, name: "区" as never }))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "zone.create", path: "input.name" },
    });
    expect(thrown(() => zone.create({ ...base, otherNames: [{ name: "Z", kind: "short name" }] }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.create", path: "input.otherNames[0].kind" },
    });
    expect(thrown(() => zone.create({ ...base, sources: [{ id: "s" }] }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.create", path: "input.sources[0]" },
    });
    expect(thrown(() => zone.create({ ...base, sources: [{ id: "s", url: "www.example.org" }] }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.create", path: "input.sources[0].url" },
    });
    expect(
      thrown(() => zone.create({ ...base, sources: [{ id: "s", title: "t", published: "2021-W54" }] })),
    ).toMatchObject({
      code: "INVALID_PERIOD",
      details: { function: "zone.create", path: "input.sources[0].published" },
    });
    expect(thrown(() => zone.create({ ...base, sources: [{ id: "s", title: "t", language: "zh_CN" }] }))).toMatchObject(
      { code: "INVALID_INPUT", details: { function: "zone.create", path: "input.sources[0].language" } },
    );
    expect(thrown(() => zone.create({ ...base, industries: {} as never }))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "zone.create", path: "input.industries" },
    });
    expect(thrown(() => zone.create(undefined as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "zone.create", path: "input" },
    });
    expect(thrown(() => zone.create({ ...base, id: 7 as never }))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "zone.create", path: "input.id" },
    });
    expect(thrown(() => zone.create({ ...base, id: "z " }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.create", path: "input.id" },
    });
  });

  it("keeps every source field", () => {
    const z = zone.create({
      ...base,
      sources: [
        { id: "s", url: "https://example.org/x", publisher: "P", published: "2021-11-27", language: "it", note: "n" },
      ],
    });
    expect(z.sources[0]).toEqual({
      id: "s",
      url: "https://example.org/x",
      publisher: "P",
      published: { kind: "day", year: 2021, month: 11, day: 27 },
      language: "it",
      note: "n",
    });
  });
});

describe("zone queries", () => {
  it("observationsWhere combines criteria", () => {
    expect(zone.observationsWhere(seedZone).length).toBe(3);
    expect(zone.observationsWhere(seedZone, { scope: "zone" }).map((o) => o.id)).toEqual([GDP, OUTPUT]);
    expect(
      zone.observationsWhere(seedZone, { scope: "industries", indicator: "industrialOutput" }).map((o) => o.id),
    ).toEqual([LEADING]);
    expect(zone.observationsWhere(seedZone, { currency: "EUR" })).toEqual([]);
    expect(zone.observationsWhere(seedZone, { currency: "USD", indicator: "gdp" }).map((o) => o.id)).toEqual([GDP]);
    expect(zone.observationsWhere(seedZone, { industryId: "nowhere" })).toEqual([]);
  });

  it("validate their arguments", () => {
    expect(thrown(() => zone.observationsWhere(seedZone, { scope: "region" as never }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.observationsWhere", path: "filter.scope" },
    });
    expect(thrown(() => zone.observationsWhere(seedZone, { period: "Q3" }))).toMatchObject({
      code: "INVALID_PERIOD",
      details: { function: "zone.observationsWhere", path: "filter.period" },
    });
    expect(thrown(() => zone.observationsWhere(seedZone, { currency: "XYZ" }))).toMatchObject({
      code: "UNKNOWN_CURRENCY",
      details: { function: "zone.observationsWhere", path: "filter.currency" },
    });
    expect(thrown(() => zone.observationsWhere(seedZone, { indicator: "" }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.observationsWhere", path: "filter.indicator" },
    });
    expect(thrown(() => zone.observationsWhere(seedZone, { industryId: "" }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.observationsWhere", path: "filter.industryId" },
    });
    expect(thrown(() => zone.observationsWhere(seedZone, null as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "zone.observationsWhere", path: "filter" },
    });
    expect(thrown(() => zone.observationsWhere({} as never))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "zone.observationsWhere", path: "zone" },
    });
    expect(thrown(() => zone.findObservation(seedZone, ""))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.findObservation", path: "observationId" },
    });
    expect(zone.findObservation(seedZone, "nope")).toBeUndefined();
    expect(thrown(() => zone.hasName(seedZone, ""))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.hasName", path: "name" },
    });
    expect(thrown(() => zone.names(null as never))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "zone.names", path: "zone" },
    });
    expect(thrown(() => zone.names({ observations: [], industries: [] } as never))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "zone.names", path: "zone" },
    });
    expect(thrown(() => zone.names({ ...seedZone, name: "BDA" } as never))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "zone.names", path: "zone" },
    });
    expect(thrown(() => zone.names({ ...seedZone, name: null } as never))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "zone.names", path: "zone" },
    });
  });

  it("hasName folds case, width and punctuation, not spelling", () => {
    expect(zone.hasName(seedZone, "北京经济技术开发区")).toBe(true);
    expect(zone.hasName(seedZone, "ＢＥＴＤ")).toBe(true);
    expect(zone.hasName(seedZone, "Beijing Economic–Technological Development Area")).toBe(true);
    expect(zone.hasName(seedZone, "Beijing Economic Technological Development Area")).toBe(true);
    expect(zone.hasName(seedZone, "Beijing Economic and Technology Development Zone")).toBe(false);
  });

  it("impliedRates and rateConsistency refuse what they cannot answer", () => {
    expect(zone.impliedRates(seedZone, "USD", "EUR")).toEqual([]);
    expect(thrown(() => zone.rateConsistency(seedZone, "USD", "EUR"))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.rateConsistency", path: "zone.observations" },
    });
    expect(thrown(() => zone.impliedRates(seedZone, "USD", "usd"))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.impliedRates", path: "quote" },
    });
    expect(thrown(() => zone.impliedRates(seedZone, "USD", "XYZ"))).toMatchObject({
      code: "UNKNOWN_CURRENCY",
      details: { function: "zone.impliedRates", path: "quote" },
    });
    expect(zone.impliedRates(seedZone, "USD", "CNY", { indicator: "gdp" }).map((r) => r.label)).toEqual([GDP]);
  });

  it("rateConsistency finds pairs that cannot share a rate", () => {
    const z = zone.create({
      ...base,
      observations: [
        {
          ...obs,
          id: "x",
          values: [
            { currency: "CNY", figure: bn("64.0") },
            { currency: "USD", figure: bn("10.0") },
          ],
        },
        {
          ...obs,
          id: "y",
          values: [
            { currency: "CNY", figure: bn("70.0") },
            { currency: "USD", figure: bn("10.0") },
          ],
        },
      ],
    });
    const verdict = zone.rateConsistency(z, "USD", "CNY");
    expect(verdict.consistent).toBe(false);
    if (!verdict.consistent) expect(verdict.disagreements.length).toBe(1);
  });
});

describe("zone claims", () => {
  it("lists every claim with its kind, id, path and sources", () => {
    const z = zone.create({
      ...base,
      name: { name: "区", sourceIds: ["s"] },
      otherNames: [{ name: "Z" }],
      established: { year: 1992 },
      area: { figure: figure.exact(1), unit: "km2" },
      industries: [{ id: "a", name: { name: "A" }, otherNames: [{ name: "AA", sourceIds: ["s"] }], sourceIds: ["s"] }],
      observations: [{ ...obs, sourceIds: ["s"] }],
      sourceIds: ["s"],
    });
    expect(zone.claims(z).map((c) => [c.kind, c.id, c.path, c.sourceIds.join()])).toEqual([
      ["zone", "z", "", "s"],
      ["name", "z", "/name", "s"],
      ["name", "z", "/otherNames/0", ""],
      ["established", "z", "/established", ""],
      ["area", "z", "/area", ""],
      ["industry", "a", "/industries/0", "s"],
      ["industryName", "a", "/industries/0/name", ""],
      ["industryName", "a", "/industries/0/otherNames/0", "s"],
      ["observation", "o", "/observations/0", "s"],
    ]);
    expect(zone.citing(z, "s").length).toBe(5);
  });

  it("list the year established and the area, and validate their arguments", () => {
    const z = zone.create({
      ...base,
      established: { year: 1992, sourceIds: ["s"] },
      area: { figure: figure.reported("225"), unit: "km2" },
    });
    expect(zone.citing(z, "s").map((c) => `${c.kind} ${c.path}`)).toEqual(["established /established"]);
    expect(zone.uncited(z).map((c) => c.kind)).toContain("area");
    expect(thrown(() => zone.citing(z, "nope"))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.citing", path: "sourceId" },
    });
    expect(thrown(() => zone.citing(z, ""))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.citing", path: "sourceId" },
    });
    expect(thrown(() => zone.claims([] as never))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "zone.claims", path: "zone" },
    });
    expect(thrown(() => zone.findIndustry(z, ""))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.findIndustry", path: "industryId" },
    });
    expect(zone.findIndustry(z, "a")?.name.name).toBe("A");
    expect(Object.isFrozen(zone.claims(z)[0])).toBe(true);
  });
});

describe("zone analysis refuses what does not fit", () => {
  const z = zone.create({
    ...base,
    industries: [...(base.industries ?? []), { id: "c", name: { name: "C" } }],
    observations: [
      {
        id: "total",
        indicator: "industrialOutput",
        period: "2021",
        values: [{ currency: "CNY", figure: bn("10.0") }],
        growth: figure.percent("10"),
      },
      {
        id: "ab",
        indicator: "industrialOutput",
        scope: { kind: "industries", industryIds: ["a", "b"] },
        period: "2021",
        values: [{ currency: "CNY", figure: bn("6.0") }],
        growth: figure.percent("5"),
      },
      {
        id: "a",
        indicator: "industrialOutput",
        scope: { kind: "industries", industryIds: ["a"] },
        period: "2021",
        values: [{ currency: "CNY", figure: bn("2.0") }],
        growth: figure.percent("4"),
      },
      {
        id: "b",
        indicator: "industrialOutput",
        scope: { kind: "industries", industryIds: ["b"] },
        period: "2021",
        values: [{ currency: "CNY", figure: bn("4.0") }],
        growth: figure.percent("6"),
      },
      {
        id: "c",
        indicator: "industrialOutput",
        scope: { kind: "industries", industryIds: ["c"] },
        period: "2021",
        values: [{ currency: "CNY", figure: bn("1.0") }],
      },
      {
        id: "a2020",
        indicator: "industrialOutput",
        scope: { kind: "industries", industryIds: ["a"] },
        period: "2020",
        values: [{ currency: "CNY", figure: bn("1.9") }],
        growth: figure.percent("3"),
      },
      {
        id: "gdpA",
        indicator: "gdp",
        scope: { kind: "industries", industryIds: ["a"] },
        period: "2021",
        values: [{ currency: "CNY", figure: bn("1.0") }],
        growth: figure.percent("3"),
      },
      {
        id: "gdp",
        indicator: "gdp",
        period: "2021",
        values: [{ currency: "CNY", figure: bn("30.0") }],
        growth: figure.percent("8"),
      },
      {
        id: "real",
        indicator: "industrialOutput",
        scope: { kind: "industries", industryIds: ["c"] },
        period: "2021",
        values: [{ currency: "CNY", figure: bn("1.0") }],
        growth: growth.fromPercent("2", { basis: "real" }),
      },
      {
        id: "nominalTotal",
        indicator: "industrialOutput",
        period: "2021",
        values: [{ currency: "CNY", figure: bn("10.0") }],
        growth: growth.fromPercent("10", { basis: "nominal" }),
      },
    ],
  });

  it("a part must be a part of the whole", () => {
    expect(thrown(() => zone.shareOf(z, "gdpA", "total", "CNY"))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.shareOf", path: "partId" },
    });
    expect(thrown(() => zone.shareOf(z, "a2020", "total", "CNY"))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.shareOf", path: "partId" },
    });
    expect(thrown(() => zone.shareOf(z, "total", "ab", "CNY"))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.shareOf", path: "partId" },
    });
    expect(thrown(() => zone.shareOf(z, "c", "ab", "CNY"))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.shareOf", path: "partId" },
    });
    expect(thrown(() => zone.shareOf(z, "ab", "ab", "CNY"))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.shareOf", path: "partId" },
    });
    expect(thrown(() => zone.shareOf(z, "a", "ab", "CNY"))).toBe("no error");
  });

  it("growth and values must be there", () => {
    expect(thrown(() => zone.shareOf(z, "c", "total", "CNY"))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.shareOf", path: "partId" },
    });
    expect(thrown(() => zone.impliedPrevious(z, "total", "USD"))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.impliedPrevious", path: "observationId" },
    });
    expect(thrown(() => zone.impliedPrevious(z, "nope", "CNY"))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.impliedPrevious", path: "observationId" },
    });
    expect(thrown(() => zone.impliedPrevious(z, "total", "XYZ"))).toMatchObject({
      code: "UNKNOWN_CURRENCY",
      details: { function: "zone.impliedPrevious", path: "currency" },
    });
    expect(thrown(() => zone.impliedPrevious(z, 3 as never, "CNY"))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "zone.impliedPrevious", path: "observationId" },
    });
  });

  it("remainderOf refuses overlapping, repeated or missing parts and mixed bases", () => {
    expect(thrown(() => zone.remainderOf(z, "total", ["ab", "a"], "CNY"))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.remainderOf", path: "partIds[1]" },
    });
    expect(thrown(() => zone.remainderOf(z, "total", ["a", "a"], "CNY"))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.remainderOf", path: "partIds[1]" },
    });
    expect(thrown(() => zone.remainderOf(z, "total", [], "CNY"))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.remainderOf", path: "partIds" },
    });
    expect(thrown(() => zone.remainderOf(z, "total", "a" as never, "CNY"))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "zone.remainderOf", path: "partIds" },
    });
    expect(thrown(() => zone.remainderOf(z, "total", ["nope"], "CNY"))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.remainderOf", path: "partIds[0]" },
    });
    expect(thrown(() => zone.remainderOf(z, "nominalTotal", ["real"], "CNY"))).toMatchObject({ code: "INVALID_INPUT" });
  });

  it("remainderOf with several parts lists a contribution for each, then the rest", () => {
    const r = zone.remainderOf(z, "total", ["a", "b"], "CNY");
    expect(r.contributions.map((c) => c.observationId)).toEqual(["a", "b", null]);
    expect(r.remainder.current.value.toString()).toBe("4000000000");
    const sum = r.contributions.reduce((acc, c) => acc.plus(c.points.points.value), new D(0));
    expect(sum.toDecimalPlaces(20).toString()).toBe("10");
  });

  it("a whole scoped to industries can have parts", () => {
    const r = zone.remainderOf(z, "ab", ["a"], "CNY");
    expect(r.remainder.current.value.toString()).toBe("4000000000");
  });
});
