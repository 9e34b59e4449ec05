import { describe, expect, it } from "vitest";
import { figure, growth } from "../../src/index.js";
import { code, interval } from "../support.js";

describe("growth.share", () => {
  it("is a frozen fraction with the bounds of the quotient", () => {
    const s = growth.share(figure.reported("25"), figure.exact(100));
    expect(s.kind).toBe("share");
    expect(interval(s.fraction)).toBe("[0.245, 0.255)");
    expect(Object.isFrozen(s)).toBe(true);
    expect(figure.isExact(growth.share(1, 3).fraction)).toBe(false); // the two 34-digit neighbours of 1/3
    expect(growth.share(1, 4).fraction.value.toString()).toBe("0.25");
  });

  it("accepts derived levels", () => {
    const before = growth.previous(figure.exact(110), growth.fromPercent(10));
    expect(growth.share(50, before).fraction.value.toString()).toBe("0.5");
  });

  it("refuses a total that may be zero with UNDEFINED_RESULT, bad input with INVALID_INPUT", () => {
    expect(code(() => growth.share(1, 0))).toBe("UNDEFINED_RESULT");
    expect(code(() => growth.share(1, figure.reported("0.2")))).toBe(undefined);
    expect(code(() => growth.share(1, figure.reported("0")))).toBe("UNDEFINED_RESULT");
    expect(code(() => growth.share("x", 1))).toBe("INVALID_NUMBER");
  });
});

describe("growth.pointChange", () => {
  it("is the difference in percentage points, not a percent change", () => {
    const change = growth.pointChange(growth.share(3, 10), growth.share(2, 10));
    expect(change.kind).toBe("percentagePoints");
    expect(change.points.value.toString()).toBe("10");
    expect(Object.isFrozen(change)).toBe(true);
  });

  it("accepts rates and fraction figures, with bounds", () => {
    const acceleration = growth.pointChange(growth.fromPercent("38.8"), figure.percent("30"));
    expect(acceleration.points.value.toString()).toBe("8.8");
    expect(interval(acceleration.points)).toBe("(8.25, 9.35)");
  });

  it("refuses other values", () => {
    expect(code(() => growth.pointChange(0.3 as never, figure.exact(0)))).toBe("INVALID_TYPE");
    expect(code(() => growth.pointChange(figure.exact(0), { kind: "share" } as never))).toBe("INVALID_TYPE");
  });
});

describe("growth.contribution", () => {
  it("is the part's change over the earlier total, in percentage points", () => {
    const c = growth.contribution(90, 80, 100);
    expect(c.kind).toBe("percentagePoints");
    expect(c.points.value.toString()).toBe("10");
    expect(figure.isExact(c.points)).toBe(true);
    expect(growth.contribution(70, 80, 100).points.value.toString()).toBe("-10");
  });

  it("carries the bounds of its inputs", () => {
    const c = growth.contribution(figure.reported("90"), figure.exact(80), figure.exact(100));
    expect(interval(c.points)).toBe("[9.5, 10.5)");
  });

  it("refuses an earlier total that may be zero with UNDEFINED_RESULT", () => {
    expect(code(() => growth.contribution(1, 0, 0))).toBe("UNDEFINED_RESULT");
    expect(code(() => growth.contribution(1, 0, figure.between(-1, 1, { value: 1 })))).toBe("UNDEFINED_RESULT");
    expect(code(() => growth.contribution(1, null as never, 5))).toBe("INVALID_TYPE");
  });
});
