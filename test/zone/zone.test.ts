import { describe, expect, it } from "vitest";
import { D } from "../../src/decimal.js";
import { isAccordoError, type AccordoErrorCode } from "../../src/errors.js";
import * as figure from "../../src/figure/index.js";
import * as growth from "../../src/growth/index.js";
import * as zone from "../../src/zone/index.js";
import type { ObservationInput, ZoneInput } from "../../src/zone/types.js";
import { LEADING_INDUSTRIES, SEED, SEED_PERIOD, seedZone } from "../fixtures/seed.js";

function codeOf(fn: () => unknown): AccordoErrorCode | "no error" | "not an AccordoError" {
  try {
    fn();
  } catch (e) {
    return isAccordoError(e) ? e.code : "not an AccordoError";
  }
  return "no error";
}

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  return "";
}

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
    expect(codeOf(() => zone.observation({ ...obs, values: [] }))).toBe("INVALID_INPUT");
    expect(messageOf(() => zone.observation({ ...obs, values: [] }))).toBe(
      "observation.values must hold at least one value",
    );
    expect(
      codeOf(() =>
        zone.observation({
          ...obs,
          values: [
            { currency: "CNY", figure: bn("1") },
            { currency: "cny", figure: bn("2") },
          ],
        }),
      ),
    ).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.observation({ ...obs, values: [{ currency: "XYZ", figure: bn("1") }] }))).toBe(
      "UNKNOWN_CURRENCY",
    );
    expect(codeOf(() => zone.observation({ ...obs, values: [{ currency: "CNY", figure: 5 as never }] }))).toBe(
      "INVALID_INPUT",
    );
    expect(codeOf(() => zone.observation({ ...obs, period: "2021-Q1/2020-Q3" }))).toBe("INVALID_PERIOD");
    expect(codeOf(() => zone.observation({ ...obs, indicator: "G D P" }))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.observation({ ...obs, scope: { kind: "industries", industryIds: [] } }))).toBe(
      "INVALID_INPUT",
    );
    expect(codeOf(() => zone.observation({ ...obs, scope: { kind: "industries", industryIds: ["a", "a"] } }))).toBe(
      "INVALID_INPUT",
    );
    expect(codeOf(() => zone.observation({ ...obs, scope: { kind: "region" } as never }))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.observation({ ...obs, growth: "38.8%" as never }))).toBe("INVALID_INPUT");
    expect(
      codeOf(() => zone.observation({ ...obs, growth: figure.percent("5"), growthBasis: "constant" as never })),
    ).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.observation({ ...obs, growthBasis: "real" }))).toBe("INVALID_INPUT");
    const badRate = { ...growth.fromPercent("5"), flags: ["odd"] };
    expect(codeOf(() => zone.observation({ ...obs, growth: badRate as never }))).toBe("INVALID_INPUT");
    const badFraction = { ...growth.fromPercent("5"), fraction: { value: 1 } };
    expect(codeOf(() => zone.observation({ ...obs, growth: badFraction as never }))).toBe("INVALID_INPUT");
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
      messageOf(() =>
        zone.create({
          ...base,
          industries: [
            { id: "a", name: { name: "A" } },
            { id: "a", name: { name: "A2" } },
          ],
        }),
      ),
    ).toBe('zone.industries[1]: duplicate industry id "a"');
    expect(codeOf(() => zone.create({ ...base, observations: [obs, obs] }))).toBe("INVALID_INPUT");
    expect(
      codeOf(() =>
        zone.create({
          ...base,
          sources: [
            { id: "s", title: "1" },
            { id: "s", title: "2" },
          ],
        }),
      ),
    ).toBe("INVALID_INPUT");
    expect(
      messageOf(() =>
        zone.create({ ...base, observations: [{ ...obs, scope: { kind: "industries", industryIds: ["c"] } }] }),
      ),
    ).toBe('zone.observations[0].scope refers to unknown industry "c"');
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
      expect(codeOf(() => zone.create({ ...base, ...bad }))).toBe("INVALID_INPUT");
    }
  });

  it("refuses a bad year, area, name or source", () => {
    expect(codeOf(() => zone.create({ ...base, established: { year: 1992.5 } }))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.create({ ...base, established: { year: 0 } }))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.create({ ...base, established: { year: "1992" as never } }))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.create({ ...base, area: { figure: figure.exact(-1), unit: "km2" } }))).toBe(
      "INVALID_INPUT",
    );
    expect(codeOf(() => zone.create({ ...base, area: { figure: figure.exact(1), unit: " " } }))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.create({ ...base, name: { name: "" } }))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.create({ ...base, name: "区" as never }))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.create({ ...base, otherNames: [{ name: "Z", kind: "short name" }] }))).toBe(
      "INVALID_INPUT",
    );
    expect(codeOf(() => zone.create({ ...base, sources: [{ id: "s" }] }))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.create({ ...base, sources: [{ id: "s", url: "www.example.org" }] }))).toBe(
      "INVALID_INPUT",
    );
    expect(codeOf(() => zone.create({ ...base, sources: [{ id: "s", title: "t", published: "2021-W54" }] }))).toBe(
      "INVALID_PERIOD",
    );
    expect(codeOf(() => zone.create({ ...base, sources: [{ id: "s", title: "t", language: "zh_CN" }] }))).toBe(
      "INVALID_INPUT",
    );
    expect(codeOf(() => zone.create({ ...base, industries: {} as never }))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.create(undefined as never))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.create({ ...base, id: 7 as never }))).toBe("INVALID_INPUT");
    expect(messageOf(() => zone.create({ ...base, id: "z " }))).toBe(
      'zone.id must not start or end with whitespace, got "z "',
    );
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
    expect(codeOf(() => zone.observationsWhere(seedZone, { scope: "region" as never }))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.observationsWhere(seedZone, { period: "Q3" }))).toBe("INVALID_PERIOD");
    expect(codeOf(() => zone.observationsWhere(seedZone, { currency: "XYZ" }))).toBe("UNKNOWN_CURRENCY");
    expect(codeOf(() => zone.observationsWhere(seedZone, { indicator: "" }))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.observationsWhere(seedZone, { industryId: "" }))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.observationsWhere(seedZone, null as never))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.observationsWhere({} as never))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.findObservation(seedZone, ""))).toBe("INVALID_INPUT");
    expect(zone.findObservation(seedZone, "nope")).toBeUndefined();
    expect(codeOf(() => zone.hasName(seedZone, ""))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.names(null as never))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.names({ observations: [], industries: [] } as never))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.names({ ...seedZone, name: "BDA" } as never))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.names({ ...seedZone, name: null } as never))).toBe("INVALID_INPUT");
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
    expect(messageOf(() => zone.rateConsistency(seedZone, "USD", "EUR"))).toBe(
      'rateConsistency: no observation of zone "bda" reports values in both USD and EUR',
    );
    expect(codeOf(() => zone.impliedRates(seedZone, "USD", "usd"))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.impliedRates(seedZone, "USD", "XYZ"))).toBe("UNKNOWN_CURRENCY");
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
    expect(codeOf(() => zone.citing(z, "nope"))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.citing(z, ""))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.claims([] as never))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.findIndustry(z, ""))).toBe("INVALID_INPUT");
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
    expect(messageOf(() => zone.shareOf(z, "gdpA", "total", "CNY"))).toBe(
      'zone.shareOf: "gdpA" measures gdp but "total" measures industrialOutput',
    );
    expect(messageOf(() => zone.shareOf(z, "a2020", "total", "CNY"))).toBe(
      'zone.shareOf: "a2020" covers 2020 but "total" covers 2021',
    );
    expect(messageOf(() => zone.shareOf(z, "total", "ab", "CNY"))).toBe(
      'zone.shareOf: "total" covers the whole zone, so it is not a part of "ab"',
    );
    expect(messageOf(() => zone.shareOf(z, "c", "ab", "CNY"))).toBe(
      'zone.shareOf: "c" covers industries outside "ab": c',
    );
    expect(messageOf(() => zone.shareOf(z, "ab", "ab", "CNY"))).toBe(
      'zone.shareOf: observation "ab" cannot be a part of itself',
    );
    expect(codeOf(() => zone.shareOf(z, "a", "ab", "CNY"))).toBe("no error");
  });

  it("growth and values must be there", () => {
    expect(messageOf(() => zone.shareOf(z, "c", "total", "CNY"))).toBe(
      'zone.shareOf: observation "c" reports no growth',
    );
    expect(messageOf(() => zone.impliedPrevious(z, "total", "USD"))).toBe(
      'zone.impliedPrevious: observation "total" reports no value in USD (it has CNY)',
    );
    expect(codeOf(() => zone.impliedPrevious(z, "nope", "CNY"))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.impliedPrevious(z, "total", "XYZ"))).toBe("UNKNOWN_CURRENCY");
    expect(codeOf(() => zone.impliedPrevious(z, 3 as never, "CNY"))).toBe("INVALID_INPUT");
  });

  it("remainderOf refuses overlapping, repeated or missing parts and mixed bases", () => {
    expect(messageOf(() => zone.remainderOf(z, "total", ["ab", "a"], "CNY"))).toBe(
      'zone.remainderOf: "a" and "ab" both cover industry "a"',
    );
    expect(codeOf(() => zone.remainderOf(z, "total", ["a", "a"], "CNY"))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.remainderOf(z, "total", [], "CNY"))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.remainderOf(z, "total", "a" as never, "CNY"))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.remainderOf(z, "total", ["nope"], "CNY"))).toBe("INVALID_INPUT");
    expect(codeOf(() => zone.remainderOf(z, "nominalTotal", ["real"], "CNY"))).toBe("INVALID_INPUT");
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
