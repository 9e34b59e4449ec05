import { describe, expect, it } from "vitest";
import * as z from "zod";
import { AccordoError, isAccordoError } from "../../src/errors.js";
import { domain, pathFromWhere } from "../../src/schemas/domain.js";
import type { SchemaIssue } from "../../src/schemas/index.js";
import { jsonSchema, parse, toJSON } from "../../src/schemas/index.js";

interface Box {
  readonly n: number;
}
const isBox = (v: unknown): v is Box => typeof v === "object" && v !== null && typeof (v as Box).n === "number";

function issuesOf(run: () => unknown): readonly SchemaIssue[] {
  try {
    run();
  } catch (error) {
    expect(isAccordoError(error, "INVALID_SCHEMA")).toBe(true);
    return (error as { details: { issues: readonly SchemaIssue[] } }).details.issues;
  }
  throw new Error("expected an INVALID_SCHEMA error");
}

describe("the codec builder", () => {
  it("turns an AccordoError thrown outside ctx.run into an issue at the value", () => {
    const schema = domain<Box, { n: number }, { n: number }>({
      title: "Box",
      description: "a box",
      json: z.strictObject({ n: z.number() }),
      is: isBox,
      decode: (json) => {
        if (json.n < 0) throw new AccordoError("INVALID_INPUT", "negative");
        return Object.freeze({ n: json.n });
      },
      encode: (box) => {
        if (box.n > 100) throw new AccordoError("INVALID_INPUT", "too big to write");
        return { n: box.n };
      },
    });
    expect(issuesOf(() => parse(schema, { n: -1 }))).toEqual([
      { path: [], code: "INVALID_INPUT", message: "negative" },
    ]);
    expect(issuesOf(() => toJSON(schema, { n: 101 }))).toEqual([
      { path: [], code: "INVALID_INPUT", message: "too big to write" },
    ]);
    expect(toJSON(schema, parse(schema, { n: 3 }))).toEqual({ n: 3 });
  });

  it("still fails when a decoder swallows the error of a step", () => {
    const schema = domain<Box, { n: number }, { n: number }>({
      title: "Box",
      description: "a box",
      json: z.strictObject({ n: z.number() }),
      is: isBox,
      decode: (json, ctx) => {
        try {
          ctx.run(["n"], () => {
            throw new AccordoError("INVALID_INPUT", "bad n");
          });
        } catch {
          // a careless decoder carries on
        }
        return Object.freeze({ n: json.n });
      },
      encode: (box) => ({ n: box.n }),
    });
    expect(issuesOf(() => parse(schema, { n: 1 }))).toEqual([{ path: ["n"], code: "INVALID_INPUT", message: "bad n" }]);
  });

  it("lets errors that are not AccordoErrors (bugs) through", () => {
    const schema = domain<Box, { n: number }, { n: number }>({
      title: "Box",
      description: "a box",
      json: z.strictObject({ n: z.number() }),
      is: isBox,
      decode: () => {
        throw new RangeError("bug");
      },
      encode: () => {
        throw new RangeError("bug on the way out");
      },
    });
    expect(() => parse(schema, { n: 1 })).toThrow(RangeError);
    expect(() => toJSON(schema, { n: 1 })).toThrow(RangeError);
  });
});

describe("pathFromWhere", () => {
  const json = { parties: [{ id: "p", parent: { partyId: "q" } }], total: "1" };
  const at = (root: string, where: unknown) =>
    pathFromWhere(root, json)(new AccordoError("INVALID_INPUT", "x", where === undefined ? undefined : { where }));

  it("reads a where below the root as a JSON path", () => {
    expect(at("agreement", "agreement.parties[0].parent.partyId")).toEqual(["parties", 0, "parent", "partyId"]);
    expect(at("agreement", "agreement")).toEqual([]);
    expect(at("", "total")).toEqual(["total"]);
    expect(at("", "parties[0]")).toEqual(["parties", 0]);
    const list = [{ id: "a" }];
    expect(pathFromWhere("list", list)(new AccordoError("INVALID_INPUT", "x", { where: "list[0].id" }))).toEqual([
      0,
      "id",
    ]);
  });

  it("keeps only the part of the path the JSON has", () => {
    expect(at("agreement", "agreement.parties[0].parent.share")).toEqual(["parties", 0, "parent"]);
    expect(at("", "plan")).toEqual([]);
  });

  it("gives up on a where it cannot read", () => {
    expect(at("agreement", undefined)).toBeUndefined();
    expect(at("agreement", 42)).toBeUndefined();
    expect(at("agreement", "zone.parties")).toBeUndefined();
    expect(at("agreement", "agreement.parties[x]")).toBeUndefined();
    expect(at("", "rate: the USD/CNY rate")).toBeUndefined();
  });
});

describe("the codec builder's metadata and messages", () => {
  // made in each test, not when the file loads, so that the mutation runs see it
  const boxSchema = () =>
    domain<Box, { n: number }, { n: number }>({
      title: "Box",
      description: "a box of one number",
      json: z.strictObject({ n: z.number() }),
      is: isBox,
      decode: (json, ctx) =>
        ctx.run(["n"], () => {
          if (json.n === 13) throw new RangeError("a bug inside a step");
          return Object.freeze({ n: json.n });
        }),
      encode: (box) => ({ n: box.n }),
    });

  it("titles and describes the schema, in messages and in the JSON Schema", () => {
    const schema = boxSchema();
    expect(jsonSchema(schema)).toEqual({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      title: "Box",
      description: "a box of one number",
      type: "object",
      properties: { n: { type: "number" } },
      required: ["n"],
      additionalProperties: false,
    });
    expect(() => parse(schema, {})).toThrow(/^schemas\.parse: json must be Box JSON, got an empty object\. 1 issue:/);
  });

  it("says what value it expected when asked to write something else", () => {
    const schema = boxSchema();
    expect(issuesOf(() => toJSON(schema, "box" as never))).toEqual([
      { path: [], code: "custom", message: "expected a Box value" },
    ]);
  });

  it("lets an error that is not an AccordoError out of a step", () => {
    const schema = boxSchema();
    expect(() => parse(schema, { n: 13 })).toThrow(RangeError);
    expect(parse(schema, { n: 12 })).toEqual({ n: 12 });
  });
});

describe("pathFromWhere on places the JSON does not have", () => {
  it("reads indices of more than one digit", () => {
    const json = { parties: Array.from({ length: 13 }, (_, i) => ({ id: `p${i}` })) };
    expect(
      pathFromWhere("agreement", json)(new AccordoError("INVALID_INPUT", "x", { where: "agreement.parties[12].id" })),
    ).toEqual(["parties", 12, "id"]);
    expect(
      pathFromWhere("agreement", { parties: [] })(
        new AccordoError("INVALID_INPUT", "x", { where: "agreement.parties[12].id" }),
      ),
    ).toEqual(["parties"]);
  });

  it("stops at null and at strings, whose characters are not places", () => {
    const at = (json: unknown, where: string) =>
      pathFromWhere("", json)(new AccordoError("INVALID_INPUT", "x", { where }));
    expect(at({ parent: null }, "parent.partyId")).toEqual(["parent"]);
    expect(at({ total: "12" }, "total[0]")).toEqual(["total"]);
    expect(at({ total: 12 }, "total.x")).toEqual(["total"]);
  });
});
