import { describe, expect, it } from "vitest";
import * as figure from "../../src/figure/index.js";
import * as growth from "../../src/growth/index.js";
import * as zone from "../../src/zone/index.js";
import type { ZoneInput } from "../../src/zone/types.js";
import { refusal } from "../support.js";

// The edges of zone.create and zone.observation: what is accepted, and where
// a malformed list or piece is said to be.

const bn = (text: string) => figure.reported(text, { scale: "billion" });
const O = { id: "o", indicator: "gdp", period: "2021", values: [{ currency: "CNY", figure: bn("1.0") }] };
const base: ZoneInput = {
  id: "z",
  name: { name: "Z" },
  sources: [{ id: "s", title: "S" }],
  industries: [{ id: "a", name: { name: "A" } }],
};

describe("established years", () => {
  it("run from 1 to 9999", () => {
    expect(zone.create({ ...base, established: { year: 1 } }).established?.year).toBe(1);
    expect(zone.create({ ...base, established: { year: 9999 } }).established?.year).toBe(9999);
    expect(refusal(() => zone.create({ ...base, established: { year: 0.5 } }))?.[1]).toBe(
      "zone.established.year must be an integer year from 1 to 9999, got 0.5",
    );
  });
});

describe("malformed lists and pieces say where they are", () => {
  const rate = growth.fromPercent("5");
  const cases: [unknown, string][] = [
    [{ ...base, otherNames: "x" }, 'zone.otherNames must be an array, got "x"'],
    [{ ...base, industries: "x" }, 'zone.industries must be an array, got "x"'],
    [{ ...base, observations: "x" }, 'zone.observations must be an array, got "x"'],
    [{ ...base, sources: "x" }, 'zone.sources must be an array, got "x"'],
    [{ ...base, sourceIds: "x" }, 'zone.sourceIds must be an array, got "x"'],
    [
      { ...base, industries: [{ id: "a", name: { name: "A" }, otherNames: "x" }] },
      'zone.industries[0].otherNames must be an array, got "x"',
    ],
    [
      { ...base, industries: [{ id: "a", name: { name: "A" }, sourceIds: "x" }] },
      'zone.industries[0].sourceIds must be an array, got "x"',
    ],
    [{ ...base, established: { year: 1992, sourceIds: "x" } }, 'zone.established.sourceIds must be an array, got "x"'],
    [
      { ...base, area: { figure: figure.exact(1), unit: "km2", sourceIds: "x" } },
      'zone.area.sourceIds must be an array, got "x"',
    ],
    [{ ...base, observations: [{ ...O, sourceIds: "x" }] }, 'zone.observations[0].sourceIds must be an array, got "x"'],
    [
      { ...base, observations: [{ ...O, scope: { kind: "industries", industryIds: "a" } }] },
      'zone.observations[0].scope.industryIds must be an array, got "a"',
    ],
    [
      { ...base, observations: [{ ...O, growth: { ...rate, flags: "x" } }] },
      'zone.observations[0].growth.flags must be an array, got "x"',
    ],
    [
      { ...base, observations: [{ ...O, growth: { ...rate, fraction: 0.05 } }] },
      "zone.observations[0].growth.fraction must be a figure ({ value, lo, hi, loInclusive, hiInclusive }), got 0.05",
    ],
  ];
  it.each(cases.map(([input, message], i) => [i, input, message] as const))("case %i", (_, input, message) => {
    expect(refusal(() => zone.create(input as never))?.[1]).toBe(message);
  });
});
