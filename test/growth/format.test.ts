import { describe, expect, it } from "vitest";
import { figure, growth } from "../../src/index.js";
import { code, thrown } from "../support.js";

describe("growth.format", () => {
  it("shows by default the digits on which the bounds of a rate agree, in any locale", () => {
    // +38.8047...%, bounds [38.796%, 38.813%]: 38.80 ± 0.005 misses 38.813, 38.8 ± 0.05 covers both
    const gdp = growth.rate(figure.reported("193.48"), figure.reported("139.39"));
    expect(growth.format(gdp)).toBe("+38.8%");
    expect(growth.format(gdp, { style: "interval" })).toBe("[38.7962%, 38.8134%]");
    expect(growth.format(gdp, { locale: "it-IT" })).toBe("+38,8%");
    expect(growth.format(gdp, { locale: "zh-CN" })).toBe("+38.8%");
    expect(growth.format(gdp, { decimals: 3 })).toBe("+38.805%");
    expect(growth.format(growth.rate(figure.reported("424.36"), figure.reported("321.48")))).toBe("+32.0%");
    expect(growth.format(growth.rate(figure.reported("66.38"), figure.reported("50.3")))).toBe("+32%");
    expect(growth.format(growth.rate(figure.reported("1000"), figure.reported("800")))).toBe("+25%");
    // exact levels: an exact quotient shows every digit, a rounded one 3 significant digits
    expect(growth.format(growth.rate(figure.exact("110"), figure.exact("100")))).toBe("+10%");
    expect(growth.format(growth.rate("193.48", "139.39"))).toBe("+38.8%");
    expect(growth.format(growth.rate("193.48", "139.39"), { locale: "it-IT" })).toBe("+38,8%");
  });

  it("refuses a hand-built rate or level without a basis, and an undefined growth with an unknown reason", () => {
    const level = growth.previous(110, growth.fromPercent("10", { basis: "nominal" }));
    expect(thrown(() => growth.format({ ...level, basis: undefined } as never))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "growth.format", path: "x.basis", received: undefined },
    });
    expect(thrown(() => growth.format({ ...growth.fromPercent("3"), basis: undefined } as never))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "growth.format", path: "x.basis" },
    });
    expect(growth.format(growth.tryRate(1, figure.between(-1, 2)))).toBe("undefined (the base may be zero)");
    expect(thrown(() => growth.format({ kind: "undefinedGrowth", reason: "x", basis: "real" } as never))).toMatchObject(
      {
        code: "INVALID_VALUE",
        details: { function: "growth.format", path: "x.reason", received: "x" },
      },
    );
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
    expect(growth.format(change)).toBe("+9 pp");
    expect(growth.format(change, { style: "interval" })).toBe("(8.25 pp, 9.35 pp)");
    expect(growth.format(change, { style: "both" })).toBe("+9 pp (8.25 pp, 9.35 pp)");
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
    expect(code(() => growth.format(figure.exact(1) as never))).toBe("INVALID_VALUE");
    expect(code(() => growth.format(null as never))).toBe("INVALID_TYPE");
    expect(code(() => growth.format(growth.fromPercent(1), { showBasis: "no" as never }))).toBe("INVALID_TYPE");
    expect(code(() => growth.format(growth.fromPercent(1), { decimals: 0.5 }))).toBe("INVALID_NUMBER");
    expect(code(() => growth.format(growth.fromPercent(1), "short" as never))).toBe("INVALID_TYPE");
  });
});
