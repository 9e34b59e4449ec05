import { describe, expect, it } from "vitest";
import * as figure from "../../src/figure/index.js";
import * as zone from "../../src/zone/index.js";
import type { Zone } from "../../src/zone/types.js";
import { thrown } from "../support.js";

/** The code and the argument path of a refusal, without the function that refused. */
function place(got: unknown): [unknown, unknown] {
  const { code, details } = got as { code: string; details: Record<string, unknown> };
  return [code, details["path"] ?? String(details["where"]).replace(/^[\w.]+: /, "")];
}

// Each refusal has a stable code, a message that says what was wrong, where,
// and what was received, and structured details.
const bn = (text: string) => figure.reported(text, { scale: "billion" });
const z = zone.create({
  id: "z",
  name: { name: "Z" },
  sources: [{ id: "s", title: "S" }],
  industries: [
    { id: "a", name: { name: "A" } },
    { id: "b", name: { name: "B" } },
  ],
  observations: [
    {
      id: "t",
      indicator: "industrialOutput",
      period: "2021",
      values: [{ currency: "CNY", figure: bn("10.0") }],
      growth: figure.percent("10"),
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
      id: "ab",
      indicator: "industrialOutput",
      scope: { kind: "industries", industryIds: ["a", "b"] },
      period: "2021",
      values: [{ currency: "CNY", figure: bn("6.0") }],
      growth: figure.percent("5"),
    },
    { id: "g", indicator: "gdp", period: "2021", values: [{ currency: "CNY", figure: bn("30.0") }] },
    {
      id: "p",
      indicator: "industrialOutput",
      scope: { kind: "industries", industryIds: ["b"] },
      period: "2020",
      values: [{ currency: "CNY", figure: bn("1.0") }],
      growth: figure.percent("4"),
    },
  ],
});
const cases: [string, () => unknown][] = [
  ["zone.names bad zone", () => zone.names({} as never)],
  ["zone.hasName empty", () => zone.hasName(z, "")],
  ["zone.claims name null", () => zone.claims({ ...built, name: null } as never)],
  ["zone.names name a string", () => zone.names({ ...built, name: "BDA" } as never)],
  ["zone.observationsWhere bad filter", () => zone.observationsWhere(z, "gdp" as never)],
  ["zone.observationsWhere bad scope", () => zone.observationsWhere(z, { scope: "city" as never })],
  ["zone.observationsWhere scope not a string", () => zone.observationsWhere(z, { scope: 1 as never })],
  ["zone.observationsWhere bad indicator", () => zone.observationsWhere(z, { indicator: "" })],
  ["zone.observationsWhere bad industry", () => zone.observationsWhere(z, { industryId: "" })],
  ["zone.observationsWhere bad period", () => zone.observationsWhere(z, { period: "21" })],
  ["zone.observationsWhere bad currency", () => zone.observationsWhere(z, { currency: "ABC" })],
  ["zone.findObservation empty", () => zone.findObservation(z, "")],
  ["zone.impliedRates same currency", () => zone.impliedRates(z, "CNY", "CNY")],
  ["zone.impliedRates bad base", () => zone.impliedRates(z, "ABC", "CNY")],
  ["zone.impliedRates bad quote", () => zone.impliedRates(z, "CNY", "ABC")],
  ["zone.rateConsistency none", () => zone.rateConsistency(z, "USD", "CNY")],
  ["zone.impliedPrevious unknown", () => zone.impliedPrevious(z, "nope", "CNY")],
  ["zone.impliedPrevious no growth", () => zone.impliedPrevious(z, "g", "CNY")],
  ["zone.impliedPrevious no value", () => zone.impliedPrevious(z, "t", "USD")],
  ["zone.impliedPrevious bad currency", () => zone.impliedPrevious(z, "t", "ABC")],
  ["zone.shareOf indicator", () => zone.shareOf(z, "a", "g", "CNY")],
  ["zone.shareOf period", () => zone.shareOf(z, "p", "t", "CNY")],
  ["zone.shareOf whole zone part", () => zone.shareOf(z, "t", "ab", "CNY")],
  ["zone.shareOf outside", () => zone.shareOf(z, "ab", "a", "CNY")],
  ["zone.shareOf itself", () => zone.shareOf(z, "a", "a", "CNY")],
  ["zone.shareOf bad part id", () => zone.shareOf(z, "", "t", "CNY")],
  ["zone.shareOf bad whole id", () => zone.shareOf(z, "a", "", "CNY")],
  ["zone.shareOf bad currency", () => zone.shareOf(z, "a", "t", "ABC")],
  ["zone.remainderOf overlap", () => zone.remainderOf(z, "t", ["ab", "a"], "CNY")],
  ["zone.remainderOf no parts", () => zone.remainderOf(z, "t", [], "CNY")],
  ["zone.remainderOf bad part", () => zone.remainderOf(z, "t", [""], "CNY")],
  ["zone.remainderOf bad whole", () => zone.remainderOf(z, "", ["a"], "CNY")],
  ["zone.remainderOf bad currency", () => zone.remainderOf(z, "t", ["a"], "ABC")],
  ["zone.citing unknown", () => zone.citing(z, "elsewhere")],
  ["zone.findIndustry empty", () => zone.findIndustry(z, "")],
];

const expected: Record<string, readonly [string, Readonly<Record<string, unknown>>]> = {
  "zone.names bad zone": ["INVALID_VALUE", { function: "zone.names", path: "zone" }],
  "zone.hasName empty": ["INVALID_INPUT", { function: "zone.hasName", path: "name" }],
  "zone.claims name null": ["INVALID_VALUE", { function: "zone.claims", path: "zone" }],
  "zone.names name a string": ["INVALID_VALUE", { function: "zone.names", path: "zone" }],
  "zone.observationsWhere bad filter": ["INVALID_TYPE", { function: "zone.observationsWhere", path: "filter" }],
  "zone.observationsWhere bad scope": ["INVALID_INPUT", { function: "zone.observationsWhere", path: "filter.scope" }],
  "zone.observationsWhere scope not a string": [
    "INVALID_TYPE",
    { function: "zone.observationsWhere", path: "filter.scope", received: 1 },
  ],
  "zone.observationsWhere bad indicator": [
    "INVALID_INPUT",
    { function: "zone.observationsWhere", path: "filter.indicator" },
  ],
  "zone.observationsWhere bad industry": [
    "INVALID_INPUT",
    { function: "zone.observationsWhere", path: "filter.industryId" },
  ],
  "zone.observationsWhere bad period": [
    "INVALID_PERIOD",
    { function: "zone.observationsWhere", path: "filter.period" },
  ],
  "zone.observationsWhere bad currency": [
    "UNKNOWN_CURRENCY",
    { function: "zone.observationsWhere", path: "filter.currency" },
  ],
  "zone.findObservation empty": ["INVALID_INPUT", { function: "zone.findObservation", path: "observationId" }],
  "zone.impliedRates same currency": ["INVALID_INPUT", { function: "zone.impliedRates", path: "quote" }],
  "zone.impliedRates bad base": ["UNKNOWN_CURRENCY", { function: "zone.impliedRates", path: "base" }],
  "zone.impliedRates bad quote": ["UNKNOWN_CURRENCY", { function: "zone.impliedRates", path: "quote" }],
  "zone.rateConsistency none": ["INVALID_INPUT", { function: "zone.rateConsistency", path: "zone.observations" }],
  "zone.impliedPrevious unknown": ["INVALID_INPUT", { function: "zone.impliedPrevious", path: "observationId" }],
  "zone.impliedPrevious no growth": ["INVALID_INPUT", { function: "zone.impliedPrevious", path: "observationId" }],
  "zone.impliedPrevious no value": ["INVALID_INPUT", { function: "zone.impliedPrevious", path: "observationId" }],
  "zone.impliedPrevious bad currency": ["UNKNOWN_CURRENCY", { function: "zone.impliedPrevious", path: "currency" }],
  "zone.shareOf indicator": ["INVALID_INPUT", { function: "zone.shareOf", path: "partId" }],
  "zone.shareOf period": ["INVALID_INPUT", { function: "zone.shareOf", path: "partId" }],
  "zone.shareOf whole zone part": ["INVALID_INPUT", { function: "zone.shareOf", path: "partId" }],
  "zone.shareOf outside": ["INVALID_INPUT", { function: "zone.shareOf", path: "partId" }],
  "zone.shareOf itself": ["INVALID_INPUT", { function: "zone.shareOf", path: "partId" }],
  "zone.shareOf bad part id": ["INVALID_INPUT", { function: "zone.shareOf", path: "partId" }],
  "zone.shareOf bad whole id": ["INVALID_INPUT", { function: "zone.shareOf", path: "wholeId" }],
  "zone.shareOf bad currency": ["UNKNOWN_CURRENCY", { function: "zone.shareOf", path: "currency" }],
  "zone.remainderOf overlap": ["INVALID_INPUT", { function: "zone.remainderOf", path: "partIds[1]" }],
  "zone.remainderOf no parts": ["INVALID_INPUT", { function: "zone.remainderOf", path: "partIds" }],
  "zone.remainderOf bad part": ["INVALID_INPUT", { function: "zone.remainderOf", path: "partIds[0]" }],
  "zone.remainderOf bad whole": ["INVALID_INPUT", { function: "zone.remainderOf", path: "wholeId" }],
  "zone.remainderOf bad currency": ["UNKNOWN_CURRENCY", { function: "zone.remainderOf", path: "currency" }],
  "zone.citing unknown": ["INVALID_INPUT", { function: "zone.citing", path: "sourceId" }],
  "zone.findIndustry empty": ["INVALID_INPUT", { function: "zone.findIndustry", path: "industryId" }],
};

describe("zone. refusals", () => {
  it.each(cases)("%s", (label, fn) => {
    const got = thrown(fn);
    const [code, details] = expected[label] ?? ["", {}];
    expect(got).toMatchObject({ code, details });
  });

  it("lists an expectation for every case", () => {
    expect(Object.keys(expected).sort()).toEqual(cases.map(([label]) => label).sort());
  });
});

// Hand-built zones with one broken part: every query and analysis refuses them, naming the path.
const S = "s";
const built = zone.create({
  id: "b",
  name: { name: "Zone", sourceIds: [S] },
  otherNames: [{ name: "BDA", sourceIds: [S] }],
  established: { year: 1992, sourceIds: [S] },
  area: { figure: figure.reported("225"), unit: "km2", sourceIds: [S] },
  sources: [{ id: S, title: "S" }],
  sourceIds: [S],
  industries: [
    { id: "i", name: { name: "I", sourceIds: [S] }, otherNames: [{ name: "Eye", sourceIds: [S] }], sourceIds: [S] },
  ],
  observations: [
    {
      id: "whole",
      indicator: "industrialOutput",
      period: "2021",
      values: [
        { currency: "CNY", figure: bn("10.0") },
        { currency: "USD", figure: bn("1.6") },
      ],
      growth: { kind: "growthRate", fraction: figure.percent("10"), basis: "nominal", flags: [] },
      sourceIds: [S],
    },
    {
      id: "part",
      indicator: "industrialOutput",
      scope: { kind: "industries", industryIds: ["i"] },
      period: "2021",
      values: [{ currency: "CNY", figure: bn("6.0") }],
      growth: figure.percent("5"),
    },
  ],
});

/** A copy of `value` with the part at `path` replaced (or removed); each container on the way is copied, and frozen when the original was. */
function put(value: unknown, path: readonly (string | number)[], replacement: unknown, remove = false): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<
    string | number,
    unknown
  >;
  if (remove && rest.length === 0) delete copy[head];
  else copy[head] = put((value as Record<string | number, unknown>)[head], rest, replacement, remove);
  return Object.isFrozen(value) ? Object.freeze(copy) : copy;
}

const O = ["observations", 0] as const;
const broken: [string, readonly (string | number)[], unknown, boolean?][] = [
  ["id", ["id"], ""],
  ["name", ["name", "name"], ""],
  ["name sources", ["name", "sourceIds"], undefined, true],
  ["other name", ["otherNames", 0], null],
  ["other name cited twice", ["otherNames", 0, "sourceIds"], [S, S]],
  ["established", ["established"], null],
  ["established sources", ["established", "sourceIds"], undefined, true],
  ["area", ["area"], "225 km2"],
  ["area sources", ["area", "sourceIds"], null],
  ["industry", ["industries", 0], null],
  ["industry id", ["industries", 0, "id"], 0],
  ["industry name", ["industries", 0, "name"], null],
  ["industry name sources", ["industries", 0, "name", "sourceIds"], undefined, true],
  ["industry other names", ["industries", 0, "otherNames"], null],
  ["industry other name sources", ["industries", 0, "otherNames", 0, "sourceIds"], undefined, true],
  ["industry other name", ["industries", 0, "otherNames", 0], "Eye"],
  ["industry sources", ["industries", 0, "sourceIds"], undefined, true],
  ["observation", [...O], null],
  ["observation id", [...O, "id"], 0],
  ["observation indicator", [...O, "indicator"], "a b"],
  ["observation scope", [...O, "scope"], undefined, true],
  ["observation scope kind", [...O, "scope"], { kind: "city" }],
  ["observation scope industries", ["observations", 1, "scope", "industryIds"], []],
  ["observation period string", [...O, "period"], "2021"],
  ["observation period null", [...O, "period"], null],
  ["observation period invalid", [...O, "period"], { kind: "quarter", year: 2021, quarter: 5 }],
  ["observation values", [...O, "values"], null],
  ["observation values empty", [...O, "values"], []],
  ["observation value", [...O, "values", 0], null],
  ["observation value currency code", [...O, "values", 0, "currency"], "CNY"],
  ["observation value currency", [...O, "values", 0, "currency"], { code: "CNY" }],
  ["observation value figure", [...O, "values", 0, "figure"], 10],
  ["observation growth", [...O, "growth"], null],
  ["observation growth kind", [...O, "growth", "kind"], "share"],
  ["observation growth flags", [...O, "growth", "flags"], undefined, true],
  ["observation growth flag", [...O, "growth", "flags"], ["odd"]],
  ["observation growth basis", [...O, "growth", "basis"], "constant"],
  ["observation growth fraction", [...O, "growth", "fraction"], null],
  ["observation sources", [...O, "sourceIds"], undefined, true],
  ["source", ["sources", 0], null],
  ["source id", ["sources", 0, "id"], ""],
  ["sources", ["sourceIds"], [S, S]],
];

describe("zone queries refuse broken hand-built zones", () => {
  it.each(broken)("%s", (label, path, replacement, remove) => {
    const b = put(built, path, replacement, remove) as Zone;
    const got = thrown(() => zone.claims(b));
    const [code, details] = refusedAs[label] ?? ["", {}];
    expect(got).toMatchObject({ code, details });
    // every query and analysis that reads more than the names runs the same check first
    for (const query of [
      () => zone.observationsWhere(b),
      () => zone.findObservation(b, "whole"),
      () => zone.impliedRates(b, "USD", "CNY"),
      () => zone.rateConsistency(b, "USD", "CNY"),
      () => zone.impliedPrevious(b, "whole", "CNY"),
      () => zone.shareOf(b, "part", "whole", "CNY"),
      () => zone.remainderOf(b, "whole", ["part"], "CNY"),
      () => zone.citing(b, S),
      () => zone.uncited(b),
      () => zone.findIndustry(b, "i"),
    ]) {
      expect(place(thrown(query))).toEqual(place(got));
    }
  });

  it("lists an expectation for every case", () => {
    expect(Object.keys(refusedAs).sort()).toEqual(broken.map(([label]) => label).sort());
  });
});

const refusedAs: Record<string, readonly [string, Readonly<Record<string, unknown>>]> = {
  id: ["INVALID_VALUE", { function: "zone.claims", path: "zone.id" }],
  name: ["INVALID_VALUE", { function: "zone.claims", path: "zone.name.name" }],
  "name sources": ["INVALID_VALUE", { function: "zone.claims", path: "zone.name.sourceIds" }],
  "other name": ["INVALID_VALUE", { function: "zone.claims", path: "zone.otherNames[0]" }],
  "other name cited twice": ["INVALID_VALUE", { function: "zone.claims", path: "zone.otherNames[0].sourceIds[1]" }],
  established: ["INVALID_VALUE", { function: "zone.claims", path: "zone.established" }],
  "established sources": ["INVALID_VALUE", { function: "zone.claims", path: "zone.established.sourceIds" }],
  area: ["INVALID_VALUE", { function: "zone.claims", path: "zone.area" }],
  "area sources": ["INVALID_VALUE", { function: "zone.claims", path: "zone.area.sourceIds" }],
  industry: ["INVALID_VALUE", { function: "zone.claims", path: "zone.industries[0]" }],
  "industry id": ["INVALID_VALUE", { function: "zone.claims", path: "zone.industries[0].id" }],
  "industry name": ["INVALID_VALUE", { function: "zone.claims", path: "zone.industries[0].name" }],
  "industry name sources": ["INVALID_VALUE", { function: "zone.claims", path: "zone.industries[0].name.sourceIds" }],
  "industry other names": ["INVALID_VALUE", { function: "zone.claims", path: "zone.industries[0].otherNames" }],
  "industry other name sources": [
    "INVALID_VALUE",
    { function: "zone.claims", path: "zone.industries[0].otherNames[0].sourceIds" },
  ],
  "industry other name": ["INVALID_VALUE", { function: "zone.claims", path: "zone.industries[0].otherNames[0]" }],
  "industry sources": ["INVALID_VALUE", { function: "zone.claims", path: "zone.industries[0].sourceIds" }],
  observation: ["INVALID_VALUE", { function: "zone.claims", path: "zone.observations[0]" }],
  "observation id": ["INVALID_VALUE", { function: "zone.claims", path: "zone.observations[0].id" }],
  "observation indicator": ["INVALID_VALUE", { function: "zone.claims", path: "zone.observations[0].indicator" }],
  "observation scope": ["INVALID_VALUE", { function: "zone.claims", path: "zone.observations[0].scope" }],
  "observation scope kind": ["INVALID_VALUE", { function: "zone.claims", path: "zone.observations[0].scope.kind" }],
  "observation scope industries": [
    "INVALID_VALUE",
    { function: "zone.claims", path: "zone.observations[1].scope.industryIds" },
  ],
  "observation period string": ["INVALID_PERIOD", { function: "zone.claims", path: "zone.observations[0].period" }],
  "observation period null": ["INVALID_PERIOD", { function: "zone.claims", path: "zone.observations[0].period" }],
  "observation period invalid": [
    "OUT_OF_RANGE",
    { function: "zone.claims", path: "zone.observations[0].period.quarter" },
  ],
  "observation values": ["INVALID_VALUE", { function: "zone.claims", path: "zone.observations[0].values" }],
  "observation values empty": ["INVALID_VALUE", { function: "zone.claims", path: "zone.observations[0].values" }],
  "observation value": ["INVALID_VALUE", { function: "zone.claims", path: "zone.observations[0].values[0]" }],
  "observation value currency code": [
    "INVALID_VALUE",
    { function: "zone.claims", path: "zone.observations[0].values[0].currency" },
  ],
  "observation value currency": [
    "INVALID_VALUE",
    { function: "zone.claims", path: "zone.observations[0].values[0].currency" },
  ],
  "observation value figure": [
    "INVALID_VALUE",
    { function: "zone.claims", path: "zone.observations[0].values[0].figure" },
  ],
  "observation growth": ["INVALID_VALUE", { function: "zone.claims", path: "zone.observations[0].growth" }],
  "observation growth kind": ["INVALID_VALUE", { function: "zone.claims", path: "zone.observations[0].growth.kind" }],
  "observation growth flags": ["INVALID_VALUE", { function: "zone.claims", path: "zone.observations[0].growth.flags" }],
  "observation growth flag": [
    "INVALID_VALUE",
    { function: "zone.claims", path: "zone.observations[0].growth.flags[0]" },
  ],
  "observation growth basis": ["INVALID_VALUE", { function: "zone.claims", path: "zone.observations[0].growth.basis" }],
  "observation growth fraction": [
    "INVALID_VALUE",
    { function: "zone.claims", path: "zone.observations[0].growth.fraction" },
  ],
  "observation sources": ["INVALID_VALUE", { function: "zone.claims", path: "zone.observations[0].sourceIds" }],
  source: ["INVALID_VALUE", { function: "zone.claims", path: "zone.sources[0]" }],
  "source id": ["INVALID_VALUE", { function: "zone.claims", path: "zone.sources[0].id" }],
  sources: ["INVALID_VALUE", { function: "zone.claims", path: "zone.sourceIds[1]" }],
};

describe("the checks of hand-built zones", () => {
  it("names and hasName read only the names, which need no sources there", () => {
    const uncitedName = put(built, ["name", "sourceIds"], undefined, true) as Zone;
    expect(zone.names(uncitedName).map((n) => n.name)).toEqual(["Zone", "BDA"]);
    expect(zone.hasName(uncitedName, "bda")).toBe(true);
    expect(thrown(() => zone.claims(uncitedName))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "zone.claims", path: "zone.name.sourceIds", expected: "an array" },
    });
    expect(thrown(() => zone.names(put(built, ["name", "name"], "") as Zone))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "zone.names", path: "zone.name.name", received: "" },
    });
    expect(thrown(() => zone.hasName(put(built, ["otherNames", 0], null) as Zone, "bda"))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "zone.hasName", path: "zone.otherNames[0]", received: null },
    });
    expect(thrown(() => zone.hasName(put(built, ["otherNames", 0, "name"], 7) as Zone, "bda"))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "zone.hasName", path: "zone.otherNames[0].name", received: 7 },
    });
  });

  it("take a zone without a year established or an area", () => {
    const bare = put(put(built, ["established"], undefined, true), ["area"], undefined, true) as Zone;
    expect(zone.claims(bare).map((c) => c.kind)).toEqual([
      "zone",
      "name",
      "name",
      "industry",
      "industryName",
      "industryName",
      "observation",
      "observation",
    ]);
  });

  it("run again on a zone that is not frozen throughout, which may have changed", () => {
    const observations = [...built.observations] as unknown[];
    const b = Object.freeze({ ...built, observations }) as Zone;
    expect(zone.findObservation(b, "part")).toEqual(built.observations[1]);
    observations[1] = { ...built.observations[1], values: [] };
    expect(thrown(() => zone.findObservation(b, "part"))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "zone.findObservation", path: "zone.observations[1].values" },
    });
  });

  it("read a hand-built zone once per call: each getter is called once, at every call", () => {
    let reads = 0;
    const counted = Object.freeze(
      Object.defineProperty({ ...built }, "otherNames", { enumerable: true, get: () => (reads++, built.otherNames) }),
    ) as Zone;
    for (const query of [
      () => zone.names(counted),
      () => zone.hasName(counted, "bda"),
      () => zone.claims(counted),
      () => zone.citing(counted, S),
      () => zone.shareOf(counted, "part", "whole", "CNY"),
    ]) {
      reads = 0;
      query();
      expect(reads).toBe(1);
      query();
      expect(reads).toBe(2);
    }
  });

  it("never answer from two reads of a getter that changes between them", () => {
    // a frozen zone whose observations are there at the first read and gone at the next ones
    let reads = 0;
    const shifty = Object.freeze(
      Object.defineProperty({ ...built }, "observations", {
        enumerable: true,
        get: () => (reads++ === 0 ? built.observations : null),
      }),
    ) as Zone;
    expect(zone.findObservation(shifty, "part")).toEqual(built.observations[1]);
    expect(reads).toBe(1);
    // the next call reads null: refused as a broken zone, never a TypeError
    expect(thrown(() => zone.findObservation(shifty, "part"))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "zone.findObservation", path: "zone" },
    });
    // an industry list whose name changes between reads: checked and read from the same copy
    let nameReads = 0;
    const industry = Object.defineProperty({ ...built.industries[0] }, "name", {
      enumerable: true,
      get: () => (nameReads++ === 0 ? built.industries[0]?.name : null),
    });
    const z = Object.freeze({ ...built, industries: Object.freeze([Object.freeze(industry)]) }) as Zone;
    expect(zone.claims(z).filter((c) => c.kind === "industryName").length).toBeGreaterThan(0);
    expect(nameReads).toBe(1);
  });
});
