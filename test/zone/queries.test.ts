import { describe, expect, it } from "vitest";
import * as figure from "../../src/figure/index.js";
import * as period from "../../src/period/index.js";
import * as zone from "../../src/zone/index.js";
import { seedZone } from "../fixtures/seed.js";
import { thrown } from "../support.js";

// Exact answers and refusals of the zone queries and analyses beyond the seed examples.

const bn = (text: string) => figure.reported(text, { scale: "billion" });
const z = zone.create({
  id: "z",
  name: { name: "Hafenstraße Park" },
  sources: [
    { id: "s1", title: "One" },
    { id: "s2", title: "Two" },
  ],
  industries: [
    { id: "a", name: { name: "A" } },
    { id: "b", name: { name: "B" } },
    { id: "c", name: { name: "C" } },
  ],
  observations: [
    {
      id: "t",
      indicator: "industrialOutput",
      period: "2021",
      values: [
        { currency: "CNY", figure: bn("10.0") },
        { currency: "USD", figure: bn("1.6") },
      ],
      growth: figure.percent("10"),
      sourceIds: ["s2"],
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
      id: "abc",
      indicator: "industrialOutput",
      scope: { kind: "industries", industryIds: ["a", "b", "c"] },
      period: "2021",
      values: [{ currency: "CNY", figure: bn("6.0") }],
      growth: figure.percent("5"),
    },
  ],
});

describe("names", () => {
  it("match ignoring case as upper case folds it", () => {
    expect(zone.hasName(z, "HAFENSTRASSE PARK")).toBe(true);
    expect(zone.hasName(z, "hafenstrasse park")).toBe(true);
    expect(zone.hasName(z, "hafenstraße-park")).toBe(true);
    expect(zone.hasName(z, "Hafenstrase Park")).toBe(false);
  });
});

describe("what is not a zone", () => {
  it("is refused, even with some of the lists or as a function carrying them", () => {
    const lists = { observations: [], industries: [], otherNames: [], sources: [], sourceIds: [] };
    // a function's own `name` is read-only to assignment, but configurable
    const fake: unknown = Object.defineProperty(
      Object.assign(() => 0, lists),
      "name",
      { value: { name: "F" } },
    );
    expect(thrown(() => zone.names(fake as never))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "zone.names", path: "zone" },
    });
    expect(thrown(() => zone.names({ observations: [], name: { name: "F" } } as never))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "zone.names", path: "zone" },
    });
    expect(zone.names({ ...lists, name: { name: "F" } } as never)).toEqual([{ name: "F" }]);
  });
});

describe("claims", () => {
  it("citing finds the claims of any listed source, not only the first", () => {
    expect(zone.citing(z, "s2").map((c) => c.path)).toEqual(["/observations/0"]);
    expect(zone.citing(z, "s1")).toEqual([]);
    expect(thrown(() => zone.citing(z, ""))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.citing", path: "sourceId" },
    });
  });
});

describe("analyses", () => {
  it("list every currency an observation has and every industry outside the whole", () => {
    expect(thrown(() => zone.impliedPrevious(z, "t", "EUR"))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.impliedPrevious", path: "observationId" },
    });
    expect(thrown(() => zone.shareOf(z, "abc", "a", "CNY"))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.shareOf", path: "partId" },
    });
  });

  it("say which argument is malformed", () => {
    expect(thrown(() => zone.impliedPrevious(z, "", "CNY"))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "zone.impliedPrevious", path: "observationId" },
    });
  });

  it("impliedPrevious of an ISO week 53 or of 29 February, where the year before differs", () => {
    const observed = (text: string) =>
      zone.create({
        id: "w",
        name: { name: "W" },
        observations: [
          {
            id: "o",
            indicator: "gdp",
            period: text,
            growth: figure.percent("3"),
            values: [{ currency: "CNY", figure: figure.reported("1") }],
          },
        ],
      });
    expect(thrown(() => zone.impliedPrevious(observed("2026-W53"), "o", "CNY"))).toMatchObject({
      code: "INVALID_PERIOD",
    });
    expect(period.format(zone.impliedPrevious(observed("2024-02-29"), "o", "CNY").period)).toBe("2023-02-28");
    expect(period.format(zone.impliedPrevious(observed("2021-W52"), "o", "CNY").period)).toBe("2020-W52");
  });

  it("the seed zone still goes by its names", () => {
    expect(zone.hasName(seedZone, "beijing e-town")).toBe(true);
  });
});
