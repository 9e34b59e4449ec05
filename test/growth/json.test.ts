// growth.fromJSON and growth.pointsFromJSON: what JSON.stringify writes of a rate or points reads back equal.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { figure, growth } from "../../src/index.js";
import { thrown } from "../support.js";

const figures = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }).map((n) => figure.exact(n)),
  fc
    .tuple(fc.integer({ min: -99999, max: 99999 }), fc.integer({ min: 0, max: 6 }))
    .map(([n, d]) => figure.reported((n / 10 ** d).toFixed(d))),
  fc
    .tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 1000 }), fc.boolean(), fc.boolean())
    .map(([lo, w, loInclusive, hiInclusive]) => figure.between(lo, lo + w, { loInclusive, hiInclusive })),
);
const bases = fc.constantFrom("nominal" as const, "real" as const, "unspecified" as const);

describe("growth.fromJSON", () => {
  it("reads back every rate JSON.stringify writes: same fraction, bounds, ends, basis and flags", () => {
    fc.assert(
      fc.property(figures, bases, (f, basis) => {
        const rate = growth.fromFraction(f, { basis });
        const back = growth.fromJSON(JSON.parse(JSON.stringify(rate)));
        expect(back).toEqual(rate);
        expect(JSON.stringify(back)).toBe(JSON.stringify(rate));
        expect(Object.getPrototypeOf(back)).toBe(Object.getPrototypeOf(rate));
        expect(Object.isFrozen(back)).toBe(true);
      }),
    );
  });

  it("keeps the flags of a computed rate, and reads omitted flags as none", () => {
    const rate = growth.rate(-5, -10);
    expect(growth.fromJSON(JSON.parse(JSON.stringify(rate)))).toEqual(rate);
    const { flags: _, ...noFlags } = JSON.parse(JSON.stringify(growth.fromPercent("38.8"))) as Record<string, unknown>;
    expect(growth.fromJSON(noFlags)).toEqual(growth.fromPercent("38.8"));
  });

  it("refuses what is not the JSON of a rate", () => {
    const good = JSON.parse(JSON.stringify(growth.fromPercent("38.8"))) as Record<string, unknown>;
    expect(thrown(() => growth.fromJSON(null))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "growth.fromJSON", path: "json" },
    });
    expect(thrown(() => growth.fromJSON({ ...good, note: 1 }))).toMatchObject({
      code: "INVALID_VALUE",
      details: { path: "json.note", key: "note" },
    });
    expect(thrown(() => growth.fromJSON({ ...good, kind: "share" }))).toMatchObject({
      code: "INVALID_VALUE",
      details: { path: "json.kind", received: "share" },
    });
    expect(thrown(() => growth.fromJSON({ ...good, fraction: { value: 0.388, lo: "0", hi: "1" } }))).toMatchObject({
      code: "INVALID_VALUE",
      details: { path: "json.fraction.value" },
    });
    expect(thrown(() => growth.fromJSON({ ...good, fraction: { value: " 1", lo: "0", hi: "1" } }))).toMatchObject({
      code: "INVALID_VALUE",
    });
    expect(thrown(() => growth.fromJSON({ ...good, fraction: { value: "2", lo: "0", hi: "1" } }))).toMatchObject({
      code: "OUT_OF_RANGE",
    });
    expect(
      thrown(() => growth.fromJSON({ ...good, fraction: { value: "1", lo: "0", hi: "1", hiInclusive: "no" } })),
    ).toMatchObject({ code: "INVALID_VALUE", details: { path: "json.fraction.hiInclusive" } });
    expect(thrown(() => growth.fromJSON({ ...good, fraction: "0.388" }))).toMatchObject({ code: "INVALID_TYPE" });
    expect(thrown(() => growth.fromJSON({ ...good, basis: "actual" }))).toMatchObject({ code: "INVALID_VALUE" });
    expect(thrown(() => growth.fromJSON({ ...good, flags: ["odd"] }))).toMatchObject({ code: "INVALID_VALUE" });
    expect(thrown(() => growth.fromJSON({ ...good, flags: "none" }))).toMatchObject({ code: "INVALID_VALUE" });
  });
});

describe("growth.pointsFromJSON", () => {
  it("reads back every change in points JSON.stringify writes", () => {
    fc.assert(
      fc.property(figures, fc.boolean(), (f, negative) => {
        const points = growth.pointChange(negative ? figure.neg(f) : f, figure.exact(0));
        const back = growth.pointsFromJSON(JSON.parse(JSON.stringify(points)));
        expect(back).toEqual(points);
        expect(JSON.stringify(back)).toBe(JSON.stringify(points));
      }),
    );
    const read = growth.parse("下降0.5个百分点");
    expect(growth.pointsFromJSON(JSON.parse(JSON.stringify(read)))).toEqual(read);
  });

  it("refuses what is not the JSON of points", () => {
    expect(thrown(() => growth.pointsFromJSON([]))).toMatchObject({ code: "INVALID_TYPE" });
    expect(thrown(() => growth.pointsFromJSON({ kind: "growthRate", points: {} }))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "growth.pointsFromJSON", path: "json.kind" },
    });
    expect(thrown(() => growth.pointsFromJSON({ kind: "percentagePoints" }))).toMatchObject({
      code: "INVALID_TYPE",
      details: { path: "json.points" },
    });
  });
});
