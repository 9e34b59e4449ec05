import { it, expect } from "vitest";
import { seedAgreement, seedZone, seedPlantCapacity, seedMassProduction } from "../fixtures/seed.js";
import { AgreementSchema, ZoneSchema, CapacityPlanSchema, MilestoneSchema, parse, toJSON, jsonSchema } from "../../src/schemas/index.js";
it("x", () => {
  for (const [s, v] of [[AgreementSchema, seedAgreement], [ZoneSchema, seedZone], [CapacityPlanSchema, seedPlantCapacity], [MilestoneSchema, seedMassProduction]] as const) {
    const j = toJSON(s as never, v);
    const text = JSON.stringify(j);
    console.log(text.length, text.slice(0, 600));
    expect(parse(s as never, JSON.parse(text))).toEqual(v);
    jsonSchema(s as never);
  }
});
