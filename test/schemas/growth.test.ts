// GrowthRateSchema and PercentagePointsSchema: examples (included in the API docs) and refusals.
import { describe, expect, it } from "vitest";
import * as growth from "../../src/growth/index.js";
import { GrowthRateSchema, PercentagePointsSchema, parse, safeParse, toJSON } from "../../src/schemas/index.js";

describe("growth schemas", () => {
  it("GrowthRateSchema", () => {
    // #region GrowthRateSchema
    // (import { parse, toJSON, GrowthRateSchema } from "accordo/schemas")
    const rate = growth.parse("增长38.8%", { basis: "real" });
    const json = toJSON(GrowthRateSchema, growth.fromJSON(JSON.parse(JSON.stringify(rate))));
    // { kind: "growthRate", fraction: { value: "0.388", lo: "0.3875", hi: "0.3885", loInclusive: true,
    //   hiInclusive: false }, basis: "real", flags: [] }
    const back = parse(GrowthRateSchema, json);
    growth.format(back); // "+38.8% (real)"
    // #endregion GrowthRateSchema
    expect(json).toEqual(JSON.parse(JSON.stringify(rate)));
    expect(back).toEqual(rate);
    expect(growth.format(back)).toBe("+38.8% (real)");
    expect(safeParse(GrowthRateSchema, { ...json, basis: "actual" }).success).toBe(false);
    expect(safeParse(GrowthRateSchema, { ...json, extra: 1 }).success).toBe(false);
  });

  it("PercentagePointsSchema", () => {
    // #region PercentagePointsSchema
    // (import { parse, PercentagePointsSchema } from "accordo/schemas")
    const change = parse(PercentagePointsSchema, JSON.parse(JSON.stringify(growth.parse("-2.1 pp"))));
    growth.format(change); // "-2.1 pp"
    // #endregion PercentagePointsSchema
    expect(growth.format(change)).toBe("-2.1 pp");
    expect(change).toEqual(growth.parse("-2.1 pp"));
    expect(toJSON(PercentagePointsSchema, change)).toEqual(JSON.parse(JSON.stringify(change)));
  });

  it("a decoded rate keeps its flags, and bad bounds surface as issues", () => {
    const rate = growth.rate(-5, -10);
    expect(parse(GrowthRateSchema, JSON.parse(JSON.stringify(rate)))).toEqual(rate);
    const bad = safeParse(GrowthRateSchema, {
      kind: "growthRate",
      fraction: { value: "2", lo: "0", hi: "1" },
      basis: "real",
    });
    expect(bad.success).toBe(false);
  });
});
