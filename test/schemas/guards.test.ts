import { describe, expect, it } from "vitest";
import type { SchemaIssue } from "../../src/schemas/index.js";
import { SCHEMAS, parse, safeToJSON } from "../../src/schemas/index.js";
import { VALID } from "./fixtures.js";

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

  it.each(Object.keys(SCHEMAS).filter((name) => !["IsoDate", "Period"].includes(name)))("%s: null, numbers, strings, arrays, bare objects", (name) => {
    for (const [, value] of NOT_VALUES) {
      expect(writeIssues(name, value)).toEqual([{ path: [], code: "custom", message: `expected a ${name} value` }]);
    }
  });

  it.each(Object.keys(CHECKED))("%s: a value with one field of the wrong kind", (name) => {
    const valid = sample(name);
    expect(safeToJSON(SCHEMAS[name]!, valid).success).toBe(true);
    for (const [key, wrong] of Object.entries(CHECKED[name]!)) {
      expect([key, writeIssues(name, { ...valid, [key]: wrong })]).toEqual([key, [{ path: [], code: "custom", message: `expected a ${name} value` }]]);
    }
    // the same fields in an array are not a value either
    expect(writeIssues(name, Object.assign([], valid))).toEqual([{ path: [], code: "custom", message: `expected a ${name} value` }]);
  });

  it("a function dressed as a decimal is not a Decimal", () => {
    const fake = Object.assign(() => 1, { constructor: { isDecimal: () => true } });
    expect(writeIssues("Decimal", fake)).toEqual([{ path: [], code: "custom", message: "expected a Decimal value" }]);
  });
});
