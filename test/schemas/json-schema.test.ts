import { describe, expect, it } from "vitest";
import * as schemas from "../../src/schemas/index.js";
import { SCHEMAS, jsonSchema, parse, safeParse } from "../../src/schemas/index.js";
import { INVALID, VALID } from "./fixtures.js";
import { check } from "./json-schema-check.js";

const names = Object.keys(SCHEMAS);

describe("JSON Schema", () => {
  it("SCHEMAS lists every exported schema, under the name of its type", () => {
    const exported = Object.entries(schemas).filter(([key]) => /^[A-Z]\w*Schema$/.test(key));
    expect(exported.length).toBeGreaterThan(0);
    for (const [key, schema] of exported) expect(SCHEMAS[key.slice(0, -"Schema".length)]).toBe(schema);
    expect(names.length).toBe(exported.length);
    expect(Object.isFrozen(SCHEMAS)).toBe(true);
  });

  it.each(names)("%s converts to a JSON Schema of its JSON form, titled with its name", (name) => {
    const schema = jsonSchema(SCHEMAS[name]!);
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema["title"]).toBe(name);
    expect(typeof schema["description"]).toBe("string");
    // plain JSON: survives a JSON round trip unchanged
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it.each(names)("valid %s documents pass both the zod schema and the JSON Schema", (name) => {
    const documents = VALID[name];
    expect(documents?.length ?? 0).toBeGreaterThan(0);
    const schema = jsonSchema(SCHEMAS[name]!);
    for (const document of documents ?? []) {
      expect(check(schema, document)).toEqual([]);
      expect(safeParse(SCHEMAS[name]!, document).success).toBe(true);
      // and what toJSON writes passes too
      expect(check(schema, schemas.toJSON(SCHEMAS[name]!, parse(SCHEMAS[name]!, document)))).toEqual([]);
    }
  });

  it.each(names)("malformed %s documents fail both the zod schema and the JSON Schema", (name) => {
    const documents = INVALID[name];
    expect(documents?.length ?? 0).toBeGreaterThan(0);
    const schema = jsonSchema(SCHEMAS[name]!);
    for (const document of documents ?? []) {
      expect(check(schema, document).length).toBeGreaterThan(0);
      expect(safeParse(SCHEMAS[name]!, document).success).toBe(false);
    }
  });

  it("the checker refuses keywords it does not implement", () => {
    expect(() => check({ type: "string", contentEncoding: "base64" }, "x")).toThrow(
      /unsupported keyword contentEncoding/,
    );
  });
});
