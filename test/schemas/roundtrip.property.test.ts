import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SCHEMAS, parse, toJSON } from "../../src/schemas/index.js";
import { ARBITRARIES } from "./arbitraries.js";

describe("JSON round trips", () => {
  it("has an arbitrary for every schema", () => {
    expect(Object.keys(ARBITRARIES).sort()).toEqual(Object.keys(SCHEMAS).sort());
  });

  it.each(Object.keys(SCHEMAS))(
    "every valid %s survives toJSON → JSON text → parse unchanged, and its JSON is canonical",
    (name) => {
      const schema = SCHEMAS[name]!;
      fc.assert(
        fc.property(ARBITRARIES[name]!, (value) => {
          const json = toJSON(schema, value);
          const text = JSON.stringify(json);
          const back = parse(schema, JSON.parse(text));
          expect(back).toEqual(value);
          expect(JSON.stringify(toJSON(schema, back))).toBe(text);
        }),
        { numRuns: 300 },
      );
    },
  );
});
