import { describe, expect, it } from "vitest";
import { isAccordoError } from "../../src/errors.js";
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

const expected: Record<string, readonly [string, string, string]> = {
  id: ["INVALID_INPUT", 'zone.id must not be empty, got ""', "zone.id"],
  name: ["INVALID_INPUT", "zone.name.name must be a string, got 1", "zone.name.name"],
  "name lang": [
    "INVALID_INPUT",
    'zone.name.lang must be a BCP 47 language tag such as "en" or "zh-Hans", got "zh_CN"',
    "zone.name.lang",
  ],
  "name kind": [
    "INVALID_INPUT",
    'zone.name.kind must be a code (a letter, then letters, digits, "_", "." or "-"), got "a b"',
    "zone.name.kind",
  ],
  "name cites": ["INVALID_INPUT", 'zone.name.sourceIds cites unknown source "t"', "zone.name.sourceIds"],
  otherNames: ["INVALID_INPUT", 'zone.otherNames[0].name must not be empty, got ""', "zone.otherNames[0].name"],
  "otherNames cite": [
    "INVALID_INPUT",
    'zone.otherNames[0].sourceIds cites unknown source "t"',
    "zone.otherNames[0].sourceIds",
  ],
  "established year": [
    "INVALID_INPUT",
    "zone.established.year must be an integer year from 1 to 9999, got 10000",
    "zone.established.year",
  ],
  "established low": [
    "INVALID_INPUT",
    "zone.established.year must be an integer year from 1 to 9999, got 0",
    "zone.established.year",
  ],
  "established cites": [
    "INVALID_INPUT",
    'zone.established.sourceIds cites unknown source "t"',
    "zone.established.sourceIds",
  ],
  "established not object": ["INVALID_INPUT", "zone.established must be an object, got 1992", "zone.established"],
  "area figure": [
    "INVALID_INPUT",
    "zone.area.figure must be a figure ({ value, lo, hi, loInclusive, hiInclusive }), got 225",
    "zone.area.figure",
  ],
  "area negative": ["INVALID_INPUT", "zone.area.figure must not be negative, got -1", "zone.area.figure"],
  "area unit": ["INVALID_INPUT", 'zone.area.unit must not be empty, got ""', "zone.area.unit"],
  "area cites": ["INVALID_INPUT", 'zone.area.sourceIds cites unknown source "t"', "zone.area.sourceIds"],
  "industry id": ["INVALID_INPUT", 'zone.industries[0].id must not be empty, got ""', "zone.industries[0].id"],
  "industry name": ["INVALID_INPUT", 'zone.industries[0].name must be an object, got "A"', "zone.industries[0].name"],
  "industry otherNames": [
    "INVALID_INPUT",
    'zone.industries[0].otherNames[0].name must not be empty, got ""',
    "zone.industries[0].otherNames[0].name",
  ],
  "industry cites": [
    "INVALID_INPUT",
    'zone.industries[0].sourceIds cites unknown source "t"',
    "zone.industries[0].sourceIds",
  ],
  "industry name cites": [
    "INVALID_INPUT",
    'zone.industries[0].name.sourceIds cites unknown source "t"',
    "zone.industries[0].name.sourceIds",
  ],
  "industry otherNames cite": [
    "INVALID_INPUT",
    'zone.industries[0].otherNames[0].sourceIds cites unknown source "t"',
    "zone.industries[0].otherNames[0].sourceIds",
  ],
  "industry dup": ["INVALID_INPUT", 'zone.industries[1]: duplicate industry id "a"', "zone.industries[1]"],
  "observation id": [
    "INVALID_INPUT",
    'zone.observations[0].id must not start or end with whitespace, got " o"',
    "zone.observations[0].id",
  ],
  "observation indicator": [
    "INVALID_INPUT",
    'zone.observations[0].indicator must be a code (a letter, then letters, digits, "_", "." or "-"), got ""',
    "zone.observations[0].indicator",
  ],
  "observation period": [
    "INVALID_PERIOD",
    'zone.observations[0].period: invalid half (must be S1 or S2) in "2021-S3"',
    "zone.observations[0].period",
  ],
  "observation values": [
    "INVALID_INPUT",
    "zone.observations[0].values must hold at least one value",
    "zone.observations[0].values",
  ],
  "observation values missing": [
    "INVALID_INPUT",
    "zone.observations[0].values must hold at least one value",
    "zone.observations[0].values",
  ],
  "observation value currency": [
    "UNKNOWN_CURRENCY",
    'zone.observations[0].values[0].currency must be an ISO 4217 code or a currency from money.defineCurrency, got "XYZ". Define custom currencies with money.defineCurrency.',
    "zone.observations[0].values[0].currency",
  ],
  "observation value twice": [
    "INVALID_INPUT",
    "zone.observations[0].values[1]: a second value in CNY",
    "zone.observations[0].values[1]",
  ],
  "observation value figure": [
    "INVALID_INPUT",
    'zone.observations[0].values[0].figure must be a figure ({ value, lo, hi, loInclusive, hiInclusive }), got "1"',
    "zone.observations[0].values[0].figure",
  ],
  "observation scope kind": [
    "INVALID_INPUT",
    'zone.observations[0].scope.kind must be "zone" or "industries", got "city"',
    "zone.observations[0].scope.kind",
  ],
  "observation scope empty": [
    "INVALID_INPUT",
    "zone.observations[0].scope.industryIds must list at least one industry",
    "zone.observations[0].scope.industryIds",
  ],
  "observation scope unknown": [
    "INVALID_INPUT",
    'zone.observations[0].scope refers to unknown industry "b"',
    "zone.observations[0].scope",
  ],
  "observation growth": [
    "INVALID_INPUT",
    "zone.observations[0].growth must be an object, got 0.05",
    "zone.observations[0].growth",
  ],
  "observation growth basis": [
    "INVALID_INPUT",
    'zone.observations[0].growthBasis must be one of nominal, real, unspecified, got "ppp"',
    "zone.observations[0].growthBasis",
  ],
  "observation basis alone": [
    "INVALID_INPUT",
    "zone.observations[0].growthBasis is given without a growth",
    "zone.observations[0].growthBasis",
  ],
  "observation rate flags": [
    "INVALID_INPUT",
    'zone.observations[0].growth.flags[0] must be one of negativeBase, absoluteDenominator, signChange, signMayChange, naiveBounds, got "x"',
    "zone.observations[0].growth.flags[0]",
  ],
  "observation rate basis": [
    "INVALID_INPUT",
    'zone.observations[0].growth.basis must be one of nominal, real, unspecified, got "x"',
    "zone.observations[0].growth.basis",
  ],
  "observation cites": [
    "INVALID_INPUT",
    'zone.observations[0].sourceIds cites unknown source "t"',
    "zone.observations[0].sourceIds",
  ],
  "observation dup": ["INVALID_INPUT", 'zone.observations[1]: duplicate observation id "o"', "zone.observations[1]"],
  "source dup": ["INVALID_INPUT", 'zone.sources[1]: duplicate source id "s"', "zone.sources[1]"],
  "source none": ["INVALID_INPUT", 'zone.sources[0] "s" needs a title or a url', "zone.sources[0]"],
  "source publisher": [
    "INVALID_INPUT",
    'zone.sources[0].publisher must not start or end with whitespace, got " P"',
    "zone.sources[0].publisher",
  ],
  "source note": ["INVALID_INPUT", 'zone.sources[0].note must not be empty, got ""', "zone.sources[0].note"],
  "source published": [
    "INVALID_PERIOD",
    'zone.sources[0].published: invalid month in "2021-13"',
    "zone.sources[0].published",
  ],
  "source language": [
    "INVALID_INPUT",
    'zone.sources[0].language must be a BCP 47 language tag such as "en" or "zh-Hans", got "1"',
    "zone.sources[0].language",
  ],
  sourceIds: ["INVALID_INPUT", 'zone.sourceIds cites unknown source "t"', "zone.sourceIds"],
  "not object": ["INVALID_INPUT", "zone must be an object, got null", "zone"],
};

describe("zone.create error messages", () => {
  it.each(cases)("%s", (label, input) => {
    let caught: unknown;
    try {
      zone.create(input as never);
    } catch (e) {
      caught = e;
    }
    if (!isAccordoError(caught)) throw new Error(`expected an AccordoError for ${label}`);
    const [code, message, where] = expected[label] ?? ["", "", ""];
    expect([caught.code, caught.message, caught.details?.["where"] ?? caught.details?.["path"]]).toEqual([
      code,
      message,
      where,
    ]);
  });

  it("lists an expectation for every case", () => {
    expect(Object.keys(expected).sort()).toEqual(cases.map(([label]) => label).sort());
  });
});
