import { describe, expect, it } from "vitest";
import { thrown } from "../support.js";
import * as figure from "../../src/figure/index.js";
import * as zone from "../../src/zone/index.js";

// Each malformed zone is refused with a stable code, a message that says what
// was wrong, where, and what was received, and `details.where` pointing at it.
const bn = (text: string) => figure.reported(text, { scale: "billion" });
const O = { id: "o", indicator: "gdp", period: "2021", values: [{ currency: "CNY", figure: bn("1.0") }] };
const base = {
  id: "z",
  name: { name: "区" },
  sources: [{ id: "s", title: "S" }],
  industries: [{ id: "a", name: { name: "A" } }],
};
const cases: [string, unknown][] = [
  ["id", { ...base, id: "" }],
  ["name", { ...base, name: { name: 1 } }],
  ["name lang", { ...base, name: { name: "区", lang: "zh_CN" } }],
  ["name kind", { ...base, name: { name: "区", kind: "a b" } }],
  ["name cites", { ...base, name: { name: "区", sourceIds: ["t"] } }],
  ["otherNames", { ...base, otherNames: [{ name: "" }] }],
  ["otherNames cite", { ...base, otherNames: [{ name: "BDA", sourceIds: ["t"] }] }],
  ["established year", { ...base, established: { year: 10000 } }],
  ["established low", { ...base, established: { year: 0 } }],
  ["established cites", { ...base, established: { year: 1992, sourceIds: ["t"] } }],
  ["established not object", { ...base, established: 1992 }],
  ["area figure", { ...base, area: { figure: 225, unit: "km2" } }],
  ["area negative", { ...base, area: { figure: figure.exact(-1), unit: "km2" } }],
  ["area unit", { ...base, area: { figure: figure.exact(1), unit: "" } }],
  ["area cites", { ...base, area: { figure: figure.exact(1), unit: "km2", sourceIds: ["t"] } }],
  ["industry id", { ...base, industries: [{ id: "", name: { name: "A" } }] }],
  ["industry name", { ...base, industries: [{ id: "a", name: "A" }] }],
  ["industry otherNames", { ...base, industries: [{ id: "a", name: { name: "A" }, otherNames: [{ name: "" }] }] }],
  ["industry cites", { ...base, industries: [{ id: "a", name: { name: "A" }, sourceIds: ["t"] }] }],
  ["industry name cites", { ...base, industries: [{ id: "a", name: { name: "A", sourceIds: ["t"] } }] }],
  [
    "industry otherNames cite",
    { ...base, industries: [{ id: "a", name: { name: "A" }, otherNames: [{ name: "AA", sourceIds: ["t"] }] }] },
  ],
  [
    "industry dup",
    {
      ...base,
      industries: [
        { id: "a", name: { name: "A" } },
        { id: "a", name: { name: "A" } },
      ],
    },
  ],
  ["observation id", { ...base, observations: [{ ...O, id: " o" }] }],
  ["observation indicator", { ...base, observations: [{ ...O, indicator: "" }] }],
  ["observation period", { ...base, observations: [{ ...O, period: "2021-S3" }] }],
  ["observation values", { ...base, observations: [{ ...O, values: [] }] }],
  ["observation values missing", { ...base, observations: [{ ...O, values: undefined }] }],
  ["observation value currency", { ...base, observations: [{ ...O, values: [{ currency: "XYZ", figure: bn("1") }] }] }],
  [
    "observation value twice",
    {
      ...base,
      observations: [
        {
          ...O,
          values: [
            { currency: "CNY", figure: bn("1") },
            { currency: "CNY", figure: bn("2") },
          ],
        },
      ],
    },
  ],
  ["observation value figure", { ...base, observations: [{ ...O, values: [{ currency: "CNY", figure: "1" }] }] }],
  ["observation scope kind", { ...base, observations: [{ ...O, scope: { kind: "city" } }] }],
  ["observation scope empty", { ...base, observations: [{ ...O, scope: { kind: "industries", industryIds: [] } }] }],
  [
    "observation scope unknown",
    { ...base, observations: [{ ...O, scope: { kind: "industries", industryIds: ["b"] } }] },
  ],
  ["observation growth", { ...base, observations: [{ ...O, growth: 0.05 }] }],
  ["observation growth basis", { ...base, observations: [{ ...O, growth: figure.percent("5"), growthBasis: "ppp" }] }],
  ["observation basis alone", { ...base, observations: [{ ...O, growthBasis: "real" }] }],
  [
    "observation rate flags",
    {
      ...base,
      observations: [
        { ...O, growth: { kind: "growthRate", fraction: figure.percent("5"), basis: "real", flags: ["x"] } },
      ],
    },
  ],
  [
    "observation rate basis",
    {
      ...base,
      observations: [{ ...O, growth: { kind: "growthRate", fraction: figure.percent("5"), basis: "x", flags: [] } }],
    },
  ],
  [
    "observation rate flags type",
    {
      ...base,
      observations: [
        { ...O, growth: { kind: "growthRate", fraction: figure.percent("5"), basis: "real", flags: [1] } },
      ],
    },
  ],
  [
    "observation rate basis type",
    {
      ...base,
      observations: [{ ...O, growth: { kind: "growthRate", fraction: figure.percent("5"), basis: 1, flags: [] } }],
    },
  ],
  ["observation scope kind type", { ...base, observations: [{ ...O, scope: { kind: 1 } }] }],
  ["observation cites", { ...base, observations: [{ ...O, sourceIds: ["t"] }] }],
  ["observation dup", { ...base, observations: [O, O] }],
  [
    "source dup",
    {
      ...base,
      sources: [
        { id: "s", title: "S" },
        { id: "s", title: "S" },
      ],
    },
  ],
  ["source none", { ...base, sources: [{ id: "s" }] }],
  ["source publisher", { ...base, sources: [{ id: "s", title: "S", publisher: " P" }] }],
  ["source note", { ...base, sources: [{ id: "s", title: "S", note: "" }] }],
  ["source published", { ...base, sources: [{ id: "s", title: "S", published: "2021-13" }] }],
  ["source language", { ...base, sources: [{ id: "s", title: "S", language: "1" }] }],
  ["sourceIds", { ...base, sourceIds: ["t"] }],
  ["not object", null],
];

const expected: Record<string, readonly [string, Readonly<Record<string, unknown>>]> = {
  id: ["INVALID_INPUT", { function: "zone.create", path: "input.id" }],
  name: ["INVALID_TYPE", { function: "zone.create", path: "input.name.name" }],
  "name lang": ["INVALID_INPUT", { function: "zone.create", path: "input.name.lang" }],
  "name kind": ["INVALID_INPUT", { function: "zone.create", path: "input.name.kind" }],
  "name cites": ["INVALID_INPUT", { function: "zone.create", path: "input.name.sourceIds[0]" }],
  otherNames: ["INVALID_INPUT", { function: "zone.create", path: "input.otherNames[0].name" }],
  "otherNames cite": ["INVALID_INPUT", { function: "zone.create", path: "input.otherNames[0].sourceIds[0]" }],
  "established year": ["OUT_OF_RANGE", { function: "zone.create", path: "input.established.year" }],
  "established low": ["OUT_OF_RANGE", { function: "zone.create", path: "input.established.year" }],
  "established cites": ["INVALID_INPUT", { function: "zone.create", path: "input.established.sourceIds[0]" }],
  "established not object": ["INVALID_TYPE", { function: "zone.create", path: "input.established" }],
  "area figure": ["INVALID_TYPE", { function: "zone.create", path: "input.area.figure" }],
  "area negative": ["OUT_OF_RANGE", { function: "zone.create", path: "input.area.figure" }],
  "area unit": ["INVALID_INPUT", { function: "zone.create", path: "input.area.unit" }],
  "area cites": ["INVALID_INPUT", { function: "zone.create", path: "input.area.sourceIds[0]" }],
  "industry id": ["INVALID_INPUT", { function: "zone.create", path: "input.industries[0].id" }],
  "industry name": ["INVALID_TYPE", { function: "zone.create", path: "input.industries[0].name" }],
  "industry otherNames": ["INVALID_INPUT", { function: "zone.create", path: "input.industries[0].otherNames[0].name" }],
  "industry cites": ["INVALID_INPUT", { function: "zone.create", path: "input.industries[0].sourceIds[0]" }],
  "industry name cites": ["INVALID_INPUT", { function: "zone.create", path: "input.industries[0].name.sourceIds[0]" }],
  "industry otherNames cite": [
    "INVALID_INPUT",
    { function: "zone.create", path: "input.industries[0].otherNames[0].sourceIds[0]" },
  ],
  "industry dup": ["INVALID_INPUT", { function: "zone.create", path: "input.industries[1].id" }],
  "observation id": ["INVALID_INPUT", { function: "zone.create", path: "input.observations[0].id" }],
  "observation indicator": ["INVALID_INPUT", { function: "zone.create", path: "input.observations[0].indicator" }],
  "observation period": ["INVALID_PERIOD", { function: "zone.create", path: "input.observations[0].period" }],
  "observation values": ["INVALID_INPUT", { function: "zone.create", path: "input.observations[0].values" }],
  "observation values missing": ["INVALID_INPUT", { function: "zone.create", path: "input.observations[0].values" }],
  "observation value currency": [
    "UNKNOWN_CURRENCY",
    { function: "zone.create", path: "input.observations[0].values[0].currency" },
  ],
  "observation value twice": [
    "INVALID_INPUT",
    { function: "zone.create", path: "input.observations[0].values[1].currency" },
  ],
  "observation value figure": [
    "INVALID_TYPE",
    { function: "zone.create", path: "input.observations[0].values[0].figure" },
  ],
  "observation scope kind": ["INVALID_INPUT", { function: "zone.create", path: "input.observations[0].scope.kind" }],
  "observation scope empty": [
    "INVALID_INPUT",
    { function: "zone.create", path: "input.observations[0].scope.industryIds" },
  ],
  "observation scope unknown": [
    "INVALID_INPUT",
    { function: "zone.create", path: "input.observations[0].scope.industryIds[0]" },
  ],
  "observation growth": ["INVALID_TYPE", { function: "zone.create", path: "input.observations[0].growth" }],
  "observation growth basis": ["INVALID_INPUT", { function: "zone.create", path: "input.observations[0].growthBasis" }],
  "observation basis alone": ["INVALID_INPUT", { function: "zone.create", path: "input.observations[0].growthBasis" }],
  "observation rate flags": [
    "INVALID_INPUT",
    { function: "zone.create", path: "input.observations[0].growth.flags[0]" },
  ],
  "observation rate basis": ["INVALID_INPUT", { function: "zone.create", path: "input.observations[0].growth.basis" }],
  "observation rate flags type": [
    "INVALID_TYPE",
    { function: "zone.create", path: "input.observations[0].growth.flags[0]", received: 1 },
  ],
  "observation rate basis type": [
    "INVALID_TYPE",
    { function: "zone.create", path: "input.observations[0].growth.basis", received: 1 },
  ],
  "observation scope kind type": [
    "INVALID_TYPE",
    { function: "zone.create", path: "input.observations[0].scope.kind", received: 1 },
  ],
  "observation cites": ["INVALID_INPUT", { function: "zone.create", path: "input.observations[0].sourceIds[0]" }],
  "observation dup": ["INVALID_INPUT", { function: "zone.create", path: "input.observations[1].id" }],
  "source dup": ["INVALID_INPUT", { function: "zone.create", path: "input.sources[1].id" }],
  "source none": ["INVALID_INPUT", { function: "zone.create", path: "input.sources[0]" }],
  "source publisher": ["INVALID_INPUT", { function: "zone.create", path: "input.sources[0].publisher" }],
  "source note": ["INVALID_INPUT", { function: "zone.create", path: "input.sources[0].note" }],
  "source published": ["INVALID_PERIOD", { function: "zone.create", path: "input.sources[0].published" }],
  "source language": ["INVALID_INPUT", { function: "zone.create", path: "input.sources[0].language" }],
  sourceIds: ["INVALID_INPUT", { function: "zone.create", path: "input.sourceIds[0]" }],
  "not object": ["INVALID_TYPE", { function: "zone.create", path: "input" }],
};

describe("zone.create error messages", () => {
  it.each(cases)("%s", (label, input) => {
    const got = thrown(() => zone.create(input as never));
    const [code, details] = expected[label] ?? ["", {}];
    expect(got).toMatchObject({ code, details });
  });

  it("lists an expectation for every case", () => {
    expect(Object.keys(expected).sort()).toEqual(cases.map(([label]) => label).sort());
  });
});
