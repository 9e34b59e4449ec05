import { describe, expect, it } from "vitest";
import { caught, code } from "../support.js";
import type { SchemaIssue } from "../../src/schemas/index.js";
import {
  AgreementSchema,
  CapacityPlanSchema,
  MilestoneSchema,
  ObservationSchema,
  SCHEMAS,
  SourceSchema,
  ZoneSchema,
  parse,
  toJSON,
} from "../../src/schemas/index.js";
import { VALID } from "./fixtures.js";
import { seedAgreement, seedMassProduction, seedPlantCapacity, seedZone } from "../fixtures/seed.js";

function issuesOf(run: () => unknown): readonly SchemaIssue[] {
  const error = caught(run);
  expect(error.code).toBe("INVALID_SCHEMA");
  return error.details?.["issues"] as readonly SchemaIssue[];
}

const pathsAndCodes = (issues: readonly SchemaIssue[]): [readonly (string | number)[], string][] =>
  issues.map((i) => [i.path, i.code]);

describe("the seed case", () => {
  it.each([
    ["Agreement", AgreementSchema, seedAgreement],
    ["Zone", ZoneSchema, seedZone],
    ["CapacityPlan", CapacityPlanSchema, seedPlantCapacity],
    ["Milestone", MilestoneSchema, seedMassProduction],
  ] as const)("the seed %s survives toJSON → JSON text → parse unchanged", (_, schema, value) => {
    const text = JSON.stringify(toJSON(schema as never, value));
    const back: unknown = parse(schema as never, JSON.parse(text));
    expect(back).toEqual(value);
    expect(JSON.stringify(toJSON(schema as never, back))).toBe(text);
  });

  it("every seed value read from JSON is frozen throughout", () => {
    const agreement = parse(AgreementSchema, JSON.parse(JSON.stringify(toJSON(AgreementSchema, seedAgreement))));
    const stack: unknown[] = [agreement];
    let seen = 0;
    while (stack.length > 0) {
      const next = stack.pop();
      if (
        typeof next !== "object" ||
        next === null ||
        (next as { constructor?: { name?: string } }).constructor?.name === "Decimal"
      )
        continue;
      expect(Object.isFrozen(next)).toBe(true);
      seen++;
      stack.push(...Object.values(next));
    }
    expect(seen).toBeGreaterThan(50);
  });
});

describe("constructor errors at their path", () => {
  it("capacity: a transition outside the lifecycle, phases above the total", () => {
    const history = [
      { status: "operating", on: "2024-04-01" },
      { status: "announced", on: "2024-05-01" },
    ];
    expect(
      pathsAndCodes(
        issuesOf(() => parse(CapacityPlanSchema, { unit: "vehicles", total: "10", phases: [{ history }] })),
      ),
    ).toEqual([[["phases", 0, "history", 1, "status"], "INVALID_INPUT"]]);
    expect(
      pathsAndCodes(
        issuesOf(() =>
          parse(CapacityPlanSchema, { unit: "vehicles", total: "10", phases: [{ capacity: "6" }, { capacity: "6" }] }),
        ),
      ),
    ).toEqual([[["phases"], "INVALID_INPUT"]]);
    expect(
      pathsAndCodes(
        issuesOf(() =>
          parse(CapacityPlanSchema, {
            unit: "vehicles",
            total: "10",
            phases: [{ history: [{ status: "operating", on: "2024-02-30" }] }],
          }),
        ),
      ),
    ).toEqual([[["phases", 0, "history", 0, "on"], "INVALID_PERIOD"]]);
  });

  it("milestone: targets out of date order", () => {
    const targets = [
      { target: "2024-S1", asOf: "2022-01-01" },
      { target: "2024-S2", asOf: "2021-01-01" },
    ];
    expect(pathsAndCodes(issuesOf(() => parse(MilestoneSchema, { id: "m", kind: "massProduction", targets })))).toEqual(
      [[["targets", 1, "asOf"], "INVALID_INPUT"]],
    );
  });

  it("source: neither a title nor a url, a url that is not http", () => {
    expect(pathsAndCodes(issuesOf(() => parse(SourceSchema, { id: "s", publisher: "x" })))).toEqual([
      [[], "INVALID_INPUT"],
    ]);
    expect(pathsAndCodes(issuesOf(() => parse(SourceSchema, { id: "s", url: "ftp://example.com" })))).toEqual([
      [["url"], "INVALID_INPUT"],
    ]);
  });

  it("agreement: a duplicate id, a citation of an unlisted source, a nested milestone error", () => {
    const base = { id: "a", title: "t", kind: "cooperationAgreement", sources: [{ id: "s1", title: "x" }] };
    expect(
      pathsAndCodes(
        issuesOf(() =>
          parse(AgreementSchema, {
            ...base,
            parties: [
              { id: "p", name: "P", kind: "company" },
              { id: "p", name: "Q", kind: "company" },
            ],
          }),
        ),
      ),
    ).toEqual([[["parties", 1, "id"], "INVALID_INPUT"]]);
    expect(pathsAndCodes(issuesOf(() => parse(AgreementSchema, { ...base, sourceIds: ["s2"] })))).toEqual([
      [["sourceIds", 0], "INVALID_INPUT"],
    ]);
    const milestones = [{ id: "m", kind: "massProduction", targets: [{ target: "2024-S3", asOf: "2021-11-27" }] }];
    expect(pathsAndCodes(issuesOf(() => parse(AgreementSchema, { ...base, milestones })))).toEqual([
      [["milestones", 0, "targets", 0, "target"], "invalid_format"],
    ]);
  });

  it("agreement: unknown keys and prototype keys deep inside are rejected where they are", () => {
    const json: unknown = JSON.parse(
      '{"id":"a","title":"t","kind":"k","parties":[{"id":"p","name":"P","kind":"company","__proto__":{"roles":["investor"]}}],"sources":[{"id":"s","title":"x","constructor":1}]}',
    );
    expect(pathsAndCodes(issuesOf(() => parse(AgreementSchema, json)))).toEqual([
      [["parties", 0], "unrecognized_keys"],
      [["sources", 0], "unrecognized_keys"],
    ]);
  });

  it("zone: an observation of an unknown industry, a negative area", () => {
    const values = [{ currency: "CNY", figure: { value: "1", lo: "1", hi: "1" } }];
    const observations = [
      { id: "o", indicator: "gdp", scope: { kind: "industries", industryIds: ["nev"] }, period: "2021", values },
    ];
    expect(pathsAndCodes(issuesOf(() => parse(ZoneSchema, { id: "z", name: { name: "Z" }, observations })))).toEqual([
      [["observations", 0, "scope", "industryIds", 0], "INVALID_INPUT"],
    ]);
    expect(
      pathsAndCodes(
        issuesOf(() =>
          parse(ZoneSchema, {
            id: "z",
            name: { name: "Z" },
            area: { figure: { value: "-1", lo: "-1", hi: "-1" }, unit: "km2" },
          }),
        ),
      ),
    ).toEqual([[["area", "figure"], "OUT_OF_RANGE"]]);
  });

  it("observation: two values in one currency", () => {
    const figure = { value: "1", lo: "1", hi: "1" };
    const json = {
      id: "o",
      indicator: "gdp",
      period: "2021",
      values: [
        { currency: "CNY", figure },
        { currency: "CNY", figure },
      ],
    };
    expect(pathsAndCodes(issuesOf(() => parse(ObservationSchema, json)))).toEqual([
      [["values", 1, "currency"], "INVALID_INPUT"],
    ]);
  });
});

describe("every field survives a round trip", () => {
  it.each(Object.keys(VALID))("each %s fixture reads back equal from what toJSON writes", (name) => {
    const schema = SCHEMAS[name]!;
    for (const document of VALID[name]!) {
      const value = parse(schema, document);
      const json = toJSON(schema, value);
      expect(parse(schema, JSON.parse(JSON.stringify(json)))).toEqual(value);
    }
  });

  it("zone: the sources of its year and area, industries without other names", () => {
    const json = {
      id: "z",
      name: { name: "Z" },
      established: { year: 1992, sourceIds: ["s1"] },
      area: { figure: { value: "225", lo: "225", hi: "225" }, unit: "km2", sourceIds: ["s1"] },
      industries: [{ id: "nev", name: { name: "NEV" } }],
      sources: [{ id: "s1", title: "t" }],
    };
    const z = parse(ZoneSchema, json);
    expect(z.established?.sourceIds).toEqual(["s1"]);
    expect(z.industries[0]!.otherNames).toEqual([]);
    const written = toJSON(ZoneSchema, z);
    expect(written.established).toEqual({ year: 1992, sourceIds: ["s1"] });
    expect(written.area).toEqual({
      figure: { value: "225", lo: "225", hi: "225", loInclusive: true, hiInclusive: true },
      unit: "km2",
      sourceIds: ["s1"],
    });
    expect(toJSON(ZoneSchema, parse(ZoneSchema, { id: "z", name: { name: "Z" } }))).toEqual({
      id: "z",
      name: { name: "Z", sourceIds: [] },
      otherNames: [],
      industries: [],
      observations: [],
      sources: [],
      sourceIds: [],
    });
  });

  it("observation: the basis and flags of its growth", () => {
    const figure = { value: "0.3", lo: "0.25", hi: "0.35" };
    const json = {
      id: "o",
      indicator: "gdp",
      period: "2021",
      values: [{ currency: "CNY", figure: { value: "1", lo: "1", hi: "1" } }],
      growth: { fraction: figure, basis: "real", flags: ["signMayChange"] },
    };
    const o = parse(ObservationSchema, json);
    expect(o.growth?.basis).toBe("real");
    expect(o.growth?.flags).toEqual(["signMayChange"]);
    expect(toJSON(ObservationSchema, o).growth).toEqual({
      fraction: { ...figure, loInclusive: true, hiInclusive: true },
      basis: "real",
      flags: ["signMayChange"],
    });
    const plain = parse(ObservationSchema, { ...json, growth: { fraction: figure } });
    expect([plain.growth?.basis, plain.growth?.flags]).toEqual(["unspecified", []]);
  });

  it("milestone: when it was reached", () => {
    const json = {
      id: "m",
      kind: "massProduction",
      targets: [{ target: "2024-S1", asOf: "2021-11-27" }],
      achieved: { on: "2024-04-03", sourceId: null },
    };
    const m = parse(MilestoneSchema, json);
    expect(toJSON(MilestoneSchema, m).achieved).toEqual({ on: "2024-04-03", sourceId: null });
    expect(toJSON(MilestoneSchema, parse(MilestoneSchema, { ...json, achieved: null })).achieved).toBeNull();
  });

  it("capacity plan: what sources say about when a phase changed status, kept as written", () => {
    const change = {
      status: "underConstruction",
      on: "2024-07-26",
      sourceId: "zone",
      accounts: [
        { on: "2024-08", sourceId: "a" },
        { on: "2024-09", sourceId: null },
      ],
    };
    const json = {
      unit: { quantity: "vehicles", per: "year" },
      total: "300000",
      phases: [{ ordinal: 1, capacity: null, plannedStart: null, history: [change] }],
    };
    expect(toJSON(CapacityPlanSchema, parse(CapacityPlanSchema, json)).phases[0]?.history?.[0]).toEqual(change);
    expect(
      code(() =>
        parse(CapacityPlanSchema, { ...json, phases: [{ history: [{ ...change, accounts: [{ on: "soon" }] }] }] }),
      ),
    ).toBe("INVALID_SCHEMA");
  });

  it("milestone: other sources' datings of its achievement, kept as written", () => {
    const accounts = [
      { on: "2023-12", sourceId: "s1" },
      { on: "2024-03", sourceId: null },
    ];
    const json = {
      id: "m",
      kind: "massProduction",
      targets: [{ target: "2024-S1", asOf: "2021-11-27" }],
      achieved: { on: "2024-03-28", sourceId: "s0", accounts },
    };
    const m = parse(MilestoneSchema, json);
    expect(m.achieved?.accounts?.length).toBe(2);
    expect(toJSON(MilestoneSchema, m).achieved).toEqual(json.achieved);
    expect(
      code(() => parse(MilestoneSchema, { ...json, achieved: { ...json.achieved, accounts: [{ on: "March 2024" }] } })),
    ).toBe("INVALID_SCHEMA");
    expect(
      code(() =>
        parse(MilestoneSchema, { ...json, achieved: { ...json.achieved, accounts: [{ on: "2024-03", note: "x" }] } }),
      ),
    ).toBe("INVALID_SCHEMA");
  });
});
