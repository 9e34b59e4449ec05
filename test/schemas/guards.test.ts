import { describe, expect, it } from "vitest";
import type { SchemaIssue } from "../../src/schemas/index.js";
import { SCHEMAS, parse, safeToJSON } from "../../src/schemas/index.js";
import { VALID } from "./fixtures.js";
import * as capacity from "../../src/capacity/index.js";
import * as milestone from "../../src/milestone/index.js";
import * as money from "../../src/money/index.js";

/** The issues of writing `value` with the schema named `name`, or "written" when it was written. */
function writeIssues(name: string, value: unknown): readonly SchemaIssue[] | "written" {
  const result = safeToJSON(SCHEMAS[name]!, value);
  return result.success ? "written" : (result.error.details?.["issues"] as readonly SchemaIssue[]);
}

/** A valid value of each type, read from the last (richest) fixture document. */
function sample(name: string): Record<string, unknown> {
  const documents = VALID[name]!;
  return parse(SCHEMAS[name]!, documents[documents.length - 1]) as Record<string, unknown>;
}

/** For each schema, the fields its value test looks at and a value of the wrong kind for each. */
const CHECKED: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  Currency: { code: 1, custom: "no" },
  Money: { amount: "1", currency: "USD" },
  ExchangeRate: { base: "USD", quote: "CNY", rate: "6.39", derivation: 1, chain: "none" },
  RateTable: { rates: "none", pivot: "USD" },
  CapacityPlan: { unit: "vehicles", total: "300000", phases: "none" },
  Milestone: { id: 1, targets: "none", reports: "none" },
  Source: { id: 1 },
  Agreement: { id: 1, parties: "none", commitments: "none" },
  Observation: { id: 1, values: "none", scope: "zone" },
  Zone: { id: 1, industries: "none", observations: "none" },
};

describe("toJSON refuses what is not a value of the schema's type", () => {
  const NOT_VALUES: [string, unknown][] = [
    ["null", null],
    ["undefined", undefined],
    ["a number", 42],
    ["a string", "1"],
    ["an array", []],
    ["an empty object", {}],
    ["an object without a prototype", Object.create(null)],
    ["an object whose constructor has no isDecimal", { constructor: {} }],
  ];

  it.each(Object.keys(SCHEMAS).filter((name) => !["IsoDate", "Period"].includes(name)))(
    "%s: null, numbers, strings, arrays, bare objects",
    (name) => {
      for (const [, value] of NOT_VALUES) {
        expect(writeIssues(name, value)).toEqual([{ path: [], code: "custom", message: `expected a ${name} value` }]);
      }
    },
  );

  it.each(Object.keys(CHECKED))("%s: a value with one field of the wrong kind", (name) => {
    const valid = sample(name);
    expect(safeToJSON(SCHEMAS[name]!, valid).success).toBe(true);
    for (const [key, wrong] of Object.entries(CHECKED[name]!)) {
      expect([key, writeIssues(name, { ...valid, [key]: wrong })]).toEqual([
        key,
        [{ path: [], code: "custom", message: `expected a ${name} value` }],
      ]);
    }
    // the same fields in an array are not a value either
    expect(writeIssues(name, Object.assign([], valid))).toEqual([
      { path: [], code: "custom", message: `expected a ${name} value` },
    ]);
  });

  it("a function dressed as a decimal is not a Decimal", () => {
    const fake = Object.assign(() => 1, { constructor: { isDecimal: () => true } });
    expect(writeIssues("Decimal", fake)).toEqual([{ path: [], code: "custom", message: "expected a Decimal value" }]);
  });
});

describe("toJSON refuses a value its namespace refuses, never a TypeError, never JSON that parse refuses", () => {
  const dec = money.of("1", "USD").amount;
  const m = milestone.of({
    id: "m",
    kind: "other",
    targets: [
      { target: "2024", asOf: "2022-01-01" },
      { target: "2025", asOf: "2023-01-01" },
    ],
  });
  const p = capacity.plan({ unit: "v", total: "10", phases: [{ capacity: "4" }, { capacity: "6" }] });
  it.each<[string, string, unknown, string, string?]>([
    // partial values that pass the shallow value test: these used to crash with a TypeError
    [
      "Agreement",
      "without a title",
      { id: "a", parties: [], commitments: [] },
      "agreement.create: input.title must be a string, got undefined",
      "INVALID_TYPE",
    ],
    [
      "Zone",
      "without a name",
      { id: "z", industries: [], observations: [] },
      "zone.create: input.name must be an object, got undefined",
      "INVALID_TYPE",
    ],
    [
      "Observation",
      "without an indicator",
      { id: "o", values: [], scope: {} },
      'zone.observation: input.indicator must be a code (a letter, then letters, digits, "_", "." or "-"), got undefined',
      "INVALID_TYPE",
    ],
    // these used to be written as JSON that parse then refused
    [
      "Source",
      "with neither a title nor a url",
      { id: "s" },
      "agreement.source: input must be a source with a title or a url, got an object with key id",
    ],
  ])("%s %s", (name, _, value, message, code = "INVALID_INPUT") => {
    expect(writeIssues(name, value)).toEqual([{ path: [], code, message }]);
  });
  // capacity plans and milestones: refused with the code and at the path of their constructor
  it.each<[string, string, unknown, string, string]>([
    ["Milestone", "without a kind", { id: "m", targets: [], reports: [] }, "INVALID_TYPE", "milestone.of: input.kind "],
    [
      "CapacityPlan",
      "with an empty unit",
      { unit: {}, total: dec, phases: [{}] },
      "INVALID_TYPE",
      "capacity.plan: input.unit.quantity ",
    ],
    [
      "Milestone",
      "with its targets out of date order",
      { ...m, targets: [m.targets[1], m.targets[0]] },
      "INVALID_INPUT",
      "milestone.of: input.targets[1].asOf ",
    ],
    [
      "CapacityPlan",
      "with phases above the total",
      { ...p, phases: [p.phases[0], { ...p.phases[1], capacity: { stated: true, value: p.total } }] },
      "INVALID_INPUT",
      "capacity.plan: input.phases ",
    ],
  ])("%s %s", (name, _, value, code, at) => {
    expect(writeIssues(name, value)).toMatchObject([
      { path: [], code, message: expect.stringMatching(`^${at.replace(/[[\]]/g, "\\$&")}`) as unknown },
    ]);
  });
});
