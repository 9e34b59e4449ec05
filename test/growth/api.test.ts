// The growth namespace: an argument order that cannot be swapped silently.
import { describe, expect, it } from "vitest";
import * as growth from "../../src/growth/index.js";
import { thrown } from "../support.js";

describe("growth: the levels of cagr are named", () => {
  it("takes { from, to, years }: the earlier and the later level cannot be swapped by analogy with rate(current, previous)", () => {
    const before = 100;
    const now = 139.2;
    expect(growth.format(growth.rate(now, before))).toBe(growth.format(growth.rate("139.2", "100")));
    expect(growth.format(growth.cagr({ from: before, to: now, years: 3 }), { decimals: 2 })).toBe("+11.66%");
    // the positional call written by analogy with rate(now, before) is refused, not answered with -10.35%
    expect(thrown(() => (growth.cagr as (...args: unknown[]) => unknown)(now, before, 3))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "growth.cagr", path: "span", expected: "an object { from, to, years }", received: now },
    });
  });

  it("refuses an unknown key of the span, and a span that is not an object", () => {
    expect(thrown(() => growth.cagr({ from: 100, to: 121, years: 2, start: 1 } as never))).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: { function: "growth.cagr", path: "span.start", key: "start" },
    });
    expect(thrown(() => growth.cagr({ start: 100, to: 121, years: 2 } as never))).toMatchObject({
      code: "UNKNOWN_OPTION",
    });
    expect(thrown(() => growth.cagr(null as never))).toMatchObject({ code: "INVALID_TYPE" });
  });
});
