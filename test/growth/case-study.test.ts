import { describe, expect, it } from "vitest";
import { figure, growth } from "../../src/index.js";

// Beijing E-Town, first three quarters of 2021 (the case study: docs/case-study.md).
const gdp = figure.reported("193.48", { scale: "billion" });
const gdpGrowth = growth.fromPercent("38.8", { basis: "real" });
const output = figure.reported("424.36", { scale: "billion" });
const outputGrowth = growth.fromPercent("32");
const four = figure.reported("403.74", { scale: "billion" });
const fourGrowth = growth.fromPercent("33.0");
const BILLION = "1e9";

describe("the case study's derived facts", () => {
  it("GDP in the first three quarters of 2020 implied by +38.8%: about 139.39 bn, between 139.34 and 139.45", () => {
    const before = growth.previous(gdp, gdpGrowth);
    expect(before.level.value.div(BILLION).toFixed(2)).toBe("139.39");
    expect(before.level.lo.div(BILLION).toFixed(2)).toBe("139.34");
    expect(before.level.hi.div(BILLION).toFixed(2)).toBe("139.45");
    expect(figure.format(before.level, { scale: "billion", decimals: 2 })).toBe("139.39");
    // by default, the digits on which the bounds agree
    expect(figure.format(before.level, { scale: "billion" })).toBe("139");
    // A real rate: the implied level is at constant prices, not last year's published nominal GDP.
    expect(before.basis).toBe("real");
    expect(before.comparableWithNominal).toBe("no");
    expect(growth.format(before, { scale: "billion", decimals: 2 })).toBe(
      "139.39 (implied by a real rate: not comparable with a nominal level)",
    );
  });

  it("share of the four industries in industrial output: 95.14% now, about 94.43% a year earlier, +0.72 pp", () => {
    const now = growth.share(four, output);
    const before = growth.share(growth.previous(four, fourGrowth), growth.previous(output, outputGrowth));
    expect(growth.format(now, { decimals: 2 })).toBe("95.14%");
    expect(growth.format(before, { decimals: 2 })).toBe("94.43%");
    const change = growth.pointChange(now, before);
    expect(change.points.value.toFixed(2)).toBe("0.72");
    expect(growth.format(change, { decimals: 2 })).toBe("+0.72 pp");
    expect(change.kind).toBe("percentagePoints");
  });

  it("output outside the four industries: 20.62 bn, growth about 15.1%, exactly within about [7.07%, 24.27%]", () => {
    const rest = growth.remainder({ current: output, rate: outputGrowth }, [{ current: four, rate: fourGrowth }]);
    expect(figure.format(rest.current, { scale: "billion", decimals: 2 })).toBe("20.62");
    expect(figure.format(rest.current, { scale: "billion" })).toBe("20.6");
    expect(rest.current.value.div(BILLION).toString()).toBe("20.62");
    expect(rest.rate.fraction.value.toFixed(3)).toBe("0.151");
    expect(rest.rate.fraction.lo.toFixed(4)).toBe("0.0707");
    expect(rest.rate.fraction.hi.toFixed(4)).toBe("0.2427");
    expect(rest.rate.flags).toEqual([]);
    expect(growth.format(rest.rate, { decimals: 1 })).toBe("+15.1%");
  });

  it("naive interval arithmetic would give the looser [6.98%, 24.38%]", () => {
    const before = figure.sub(growth.previous(output, outputGrowth).level, growth.previous(four, fourGrowth).level);
    const naive = growth.rate(figure.sub(output, four), before);
    expect(naive.fraction.lo.toFixed(4)).toBe("0.0698");
    expect(naive.fraction.hi.toFixed(4)).toBe("0.2438");
    const exact = growth.remainder({ current: output, rate: outputGrowth }, [{ current: four, rate: fourGrowth }]).rate;
    expect(figure.contains(naive.fraction, exact.fraction)).toBe(true);
    expect(exact.fraction.value.eq(naive.fraction.value)).toBe(true);
  });

  it("contributions to the 32% growth: about 31.2 pp from the four industries, 0.8 pp from the rest", () => {
    const outputBefore = growth.previous(output, outputGrowth);
    const fromFour = growth.contribution(four, growth.previous(four, fourGrowth), outputBefore);
    const rest = growth.remainder({ current: output, rate: outputGrowth }, [{ current: four, rate: fourGrowth }]);
    const fromRest = growth.contribution(rest.current, rest.previous, outputBefore);
    expect(fromFour.points.value.toFixed(1)).toBe("31.2");
    expect(fromRest.points.value.toFixed(1)).toBe("0.8");
    expect(growth.format(fromFour, { decimals: 1 })).toBe("+31.2 pp");
    // The contributions add up to the total's growth, 32 points.
    expect(fromFour.points.value.plus(fromRest.points.value).toDecimalPlaces(20).toString()).toBe("32");
  });
});
