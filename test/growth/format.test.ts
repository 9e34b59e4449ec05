import { describe, expect, it } from "vitest";
import { figure, growth } from "../../src/index.js";
import { code, refusal } from "../support.js";

describe("growth.format", () => {
  it("refuses a hand-built rate or level without a basis, and an undefined growth with an unknown reason", () => {
    const level = growth.previous(110, growth.fromPercent("10", { basis: "nominal" }));
    expect(refusal(() => growth.format({ ...level, basis: undefined } as never))).toEqual([
      "INVALID_INPUT",
      'growth.format: basis must be "nominal", "real" or "unspecified", got undefined',
      { where: "growth.format: basis" },
    ]);
    expect(refusal(() => growth.format({ ...growth.fromPercent("3"), basis: undefined } as never))?.[1]).toBe(
      'growth.format: basis must be "nominal", "real" or "unspecified", got undefined',
    );
    expect(growth.format(growth.tryRate(1, figure.between(-1, 2)))).toBe("undefined (the base may be zero)");
    expect(refusal(() => growth.format({ kind: "undefinedGrowth", reason: "x", basis: "real" } as never))).toEqual([
      "INVALID_INPUT",
      'growth.format: x.reason must be "zeroBase" or "baseMayBeZero", got "x"',
      { where: "growth.format: x.reason" },
    ]);
  });

  it("shows rates as signed percentages with their basis", () => {
    expect(growth.format(growth.fromPercent("32"))).toBe("+32%");
    expect(growth.format(growth.fromPercent("-2.5", { basis: "nominal" }))).toBe("-2.5% (nominal)");
    expect(growth.format(growth.fromPercent("0.0"))).toBe("0.0%");
    expect(growth.format(growth.fromPercent("38.8", { basis: "real" }), { showBasis: false })).toBe("+38.8%");
    expect(growth.format(growth.fromPercent("38.8"), { style: "both" })).toBe("+38.8% [38.75%, 38.85%)");
  });

  it("shows shares as unsigned percentages", () => {
    expect(growth.format(growth.share(figure.reported("403.74"), figure.reported("424.36")), { decimals: 2 })).toBe(
      "95.14%",
    );
    expect(growth.format(growth.share(1, 8), { style: "interval" })).toBe("[12.5%, 12.5%]");
  });

  it("shows percentage points with pp on every number", () => {
    const change = growth.pointChange(figure.percent("38.8"), figure.percent("30"));
    expect(growth.format(change)).toBe("+8.8 pp");
    expect(growth.format(change, { style: "interval" })).toBe("(8.25 pp, 9.35 pp)");
    expect(growth.format(change, { style: "both" })).toBe("+8.8 pp (8.25 pp, 9.35 pp)");
    expect(growth.format(growth.contribution(70, 80, 100))).toBe("-10 pp");
    expect(growth.format(growth.contribution(80, 80, 100))).toBe("0 pp");
  });

  it("shows levels as numbers, with a scale, and says when a level is not nominal", () => {
    const nominal = growth.previous(figure.exact("110000000000"), growth.fromPercent(10, { basis: "nominal" }));
    expect(growth.format(nominal, { scale: "billion" })).toBe("100 (nominal)");
    const unknown = growth.previous(110, figure.percent(10));
    expect(growth.format(unknown)).toBe("100");
    const real = growth.previous(110, growth.fromPercent(10, { basis: "real" }));
    expect(growth.format(real, { showBasis: false })).toBe("100");
  });

  it("shows undefined growth", () => {
    expect(growth.format(growth.tryRate(1, 0))).toBe("undefined (zero base)");
    expect(growth.format(growth.tryRate(1, figure.between(-1, 1, { value: 1 })))).toBe(
      "undefined (the base may be zero)",
    );
  });

  it("refuses values that are not growth results, and bad options", () => {
    expect(code(() => growth.format(figure.exact(1) as never))).toBe("INVALID_INPUT");
    expect(code(() => growth.format(null as never))).toBe("INVALID_INPUT");
    expect(code(() => growth.format(growth.fromPercent(1), { showBasis: "no" as never }))).toBe("INVALID_INPUT");
    expect(code(() => growth.format(growth.fromPercent(1), { decimals: 0.5 }))).toBe("INVALID_INPUT");
    expect(code(() => growth.format(growth.fromPercent(1), "short" as never))).toBe("INVALID_INPUT");
  });
});
