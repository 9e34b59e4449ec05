import { describe, expect, it } from "vitest";
import * as figure from "../../src/figure/index.js";
import * as growth from "../../src/growth/index.js";
import * as period from "../../src/period/index.js";
import * as zone from "../../src/zone/index.js";
import type { ZoneInput } from "../../src/zone/types.js";
import { thrown } from "../support.js";

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
    expect(thrown(() => zone.create({ ...base, established: { year: 0.5 } }))).toMatchObject({
      code: "OUT_OF_RANGE",
      details: { function: "zone.create", path: "input.established.year" },
    });
  });
});

describe("malformed lists and pieces say where they are", () => {
  const rate = growth.fromPercent("5");
  const cases: [unknown, string, Readonly<Record<string, unknown>>][] = [
    [{ ...base, otherNames: "x" }, "INVALID_TYPE", { function: "zone.create", path: "input.otherNames" }],
    [{ ...base, industries: "x" }, "INVALID_TYPE", { function: "zone.create", path: "input.industries" }],
    [{ ...base, observations: "x" }, "INVALID_TYPE", { function: "zone.create", path: "input.observations" }],
    [{ ...base, sources: "x" }, "INVALID_TYPE", { function: "zone.create", path: "input.sources" }],
    [{ ...base, sourceIds: "x" }, "INVALID_TYPE", { function: "zone.create", path: "input.sourceIds" }],
    [
      { ...base, industries: [{ id: "a", name: { name: "A" }, otherNames: "x" }] },
      "INVALID_TYPE",
      { function: "zone.create", path: "input.industries[0].otherNames" },
    ],
    [
      { ...base, industries: [{ id: "a", name: { name: "A" }, sourceIds: "x" }] },
      "INVALID_TYPE",
      { function: "zone.create", path: "input.industries[0].sourceIds" },
    ],
    [
      { ...base, established: { year: 1992, sourceIds: "x" } },
      "INVALID_TYPE",
      { function: "zone.create", path: "input.established.sourceIds" },
    ],
    [
      { ...base, area: { figure: figure.exact(1), unit: "km2", sourceIds: "x" } },
      "INVALID_TYPE",
      { function: "zone.create", path: "input.area.sourceIds" },
    ],
    [
      { ...base, observations: [{ ...O, sourceIds: "x" }] },
      "INVALID_TYPE",
      { function: "zone.create", path: "input.observations[0].sourceIds" },
    ],
    [
      { ...base, observations: [{ ...O, scope: { kind: "industries", industryIds: "a" } }] },
      "INVALID_TYPE",
      { function: "zone.create", path: "input.observations[0].scope.industryIds" },
    ],
    [
      { ...base, observations: [{ ...O, growth: { ...rate, flags: "x" } }] },
      "INVALID_TYPE",
      { function: "zone.create", path: "input.observations[0].growth.flags" },
    ],
    [
      { ...base, observations: [{ ...O, growth: { ...rate, fraction: 0.05 } }] },
      "INVALID_TYPE",
      { function: "zone.create", path: "input.observations[0].growth.fraction" },
    ],
  ];
  it.each(cases.map(([input, code, details], i) => [i, input, code, details] as const))(
    "case %i",
    (_, input, code, details) => {
      expect(thrown(() => zone.create(input as never))).toMatchObject({ code, details });
    },
  );
});

describe("days given as a JS Date or a Temporal.PlainDate-like object", () => {
  const plain = (year: number, month: number, day: number) => ({ year, month, day, toString: () => "" });
  const values = [{ currency: "CNY", figure: figure.exact(1) }];
  it("are read as their day in observations, their filters and sources", () => {
    const z = zone.create({
      id: "z",
      name: { name: "Z" },
      sources: [{ id: "s", title: "S", published: new Date(Date.UTC(2021, 10, 27)) }],
      observations: [{ id: "o", indicator: "gdp", period: plain(2021, 9, 30), values }],
    });
    expect(period.format(z.observations[0]!.period)).toBe("2021-09-30");
    expect(period.format(z.sources[0]!.published!)).toBe("2021-11-27");
    expect(zone.observationsWhere(z, { period: new Date(Date.UTC(2021, 8, 30)) }).map((o) => o.id)).toEqual(["o"]);
    expect(zone.observationsWhere(z, { period: plain(2021, 10, 1) })).toEqual([]);
  });

  it("are refused with INVALID_PERIOD when they are no day", () => {
    expect(
      thrown(() => zone.observation({ id: "o", indicator: "gdp", period: new Date(Number.NaN), values })),
    ).toMatchObject({ code: "INVALID_PERIOD", details: { function: "zone.observation", path: "input.period" } });
  });
});
