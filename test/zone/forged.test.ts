// Hand-built, broken copies of valid zones (a field replaced by null, NaN, a string,
// a function, or removed) fed to every function of the namespace that takes a zone or
// an observation: each must refuse them with an AccordoError (or return a finite
// result), never crash with a TypeError.
import { describe, expect, it } from "vitest";
import * as figure from "../../src/figure/index.js";
import * as zone from "../../src/zone/index.js";
import type { Observation, Zone } from "../../src/zone/types.js";
import { freezePlain, misbehaviours } from "../support.js";

const S = "s";

/** A small zone that has one of everything the queries and analyses read. */
const sample: Zone = zone.create({
  id: "z",
  name: { name: "Zone", lang: "en", sourceIds: [S] },
  otherNames: [{ name: "BDA", kind: "abbreviation", sourceIds: [S] }],
  established: { year: 1992, sourceIds: [S] },
  area: { figure: figure.reported("225"), unit: "km2", sourceIds: [S] },
  sources: [{ id: S, title: "Article" }],
  sourceIds: [S],
  industries: [
    {
      id: "i1",
      name: { name: "One", sourceIds: [S] },
      otherNames: [{ name: "Uno", lang: "it", sourceIds: [S] }],
      sourceIds: [S],
    },
    { id: "i2", name: { name: "Two" } },
  ],
  observations: [
    {
      id: "whole",
      indicator: "industrialOutput",
      period: "2021-Q1/2021-Q3",
      values: [
        { currency: "CNY", figure: figure.reported("424.36") },
        { currency: "USD", figure: figure.reported("66.38") },
      ],
      growth: figure.percent("32"),
      sourceIds: [S],
    },
    {
      id: "part",
      indicator: "industrialOutput",
      scope: { kind: "industries", industryIds: ["i1", "i2"] },
      period: "2021-Q1/2021-Q3",
      values: [
        { currency: "CNY", figure: figure.reported("403.74") },
        { currency: "USD", figure: figure.reported("63.15") },
      ],
      growth: { kind: "growthRate", fraction: figure.percent("33.0"), basis: "nominal", flags: [] },
      sourceIds: [S],
    },
  ],
});

const queries: [string, (z: unknown) => unknown][] = [
  ["names", (z) => zone.names(z as Zone)],
  ["hasName", (z) => zone.hasName(z as Zone, "bda")],
  [
    "observationsWhere",
    (z) =>
      zone.observationsWhere(z as Zone, {
        indicator: "industrialOutput",
        period: "2021-Q1/2021-Q3",
        scope: "industries",
        industryId: "i2",
        currency: "USD",
      }),
  ],
  ["findObservation", (z) => zone.findObservation(z as Zone, "part")],
  ["impliedRates", (z) => zone.impliedRates(z as Zone, "USD", "CNY")],
  ["rateConsistency", (z) => zone.rateConsistency(z as Zone, "USD", "CNY")],
  ["impliedPrevious", (z) => zone.impliedPrevious(z as Zone, "part", "CNY")],
  ["shareOf", (z) => zone.shareOf(z as Zone, "part", "whole", "CNY")],
  ["remainderOf", (z) => zone.remainderOf(z as Zone, "whole", ["part"], "CNY")],
  ["claims", (z) => zone.claims(z as Zone)],
  ["citing", (z) => zone.citing(z as Zone, S)],
  ["uncited", (z) => zone.uncited(z as Zone)],
  ["findIndustry", (z) => zone.findIndustry(z as Zone, "i2")],
  ["create", (z) => zone.create(z as Zone)],
];

describe("broken hand-built zones", () => {
  it.each(queries)("%s refuses them with an AccordoError", (_, fn) => {
    expect(misbehaviours(sample, fn)).toEqual([]);
  });

  it.each(queries)("%s refuses them when they are frozen too", (_, fn) => {
    expect(misbehaviours(sample, (z) => fn(freezePlain(z)))).toEqual([]);
  });

  it("still answers on the sample", () => {
    expect(zone.uncited(sample).map((c) => c.path)).toEqual(["/industries/1", "/industries/1/name"]);
    expect(zone.remainderOf(sample, "whole", ["part"], "CNY").contributions.length).toBe(2);
  });
});

describe("broken hand-built observations", () => {
  it("observation refuses broken copies of its values", () => {
    expect(misbehaviours(sample.observations[1], (o) => zone.observation(o as Observation))).toEqual([]);
  });
});
