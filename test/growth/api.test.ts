// The growth namespace: an argument order that cannot be swapped silently.
import { describe, expect, it } from "vitest";
import * as growth from "../../src/growth/index.js";
import Decimal from "decimal.js";
import * as figure from "../../src/figure/index.js";
import * as money from "../../src/money/index.js";
import { caught, expectRefusal, thrown } from "../support.js";

describe("growth: the levels of cagr are named", () => {
  it("takes { from, to, years }: the earlier and the later level cannot be swapped by analogy with rate(current, previous)", () => {
    const before = 100;
    const now = 139.2;
    expect(growth.format(growth.rate(now, before))).toBe(growth.format(growth.rate("139.2", "100")));
    expect(growth.format(growth.cagr({ from: before, to: now, years: 3 }), { decimals: 2 })).toBe("+11.66%");
    // the positional call written by analogy with rate(now, before) is refused, not answered with -10.35%
    expect(thrown(() => (growth.cagr as (...args: unknown[]) => unknown)(now, before, 3))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "growth.cagr", path: "span", expected: "one object { from, to, years }", received: now },
    });
  });

  it("refuses the levels passed in a row with INVALID_TYPE, saying cagr takes one object { from, to, years }", () => {
    const cagr = growth.cagr as (...args: unknown[]) => unknown;
    const before = money.of("1", "USD");
    const now = money.of("2", "USD");
    const byName = "growth.cagr({ from: before, to: now, years: 3 })";
    for (const [call, received, count] of [
      [() => cagr(before, now, 3), before, 3],
      [() => cagr(before, now), before, 2],
      [() => cagr(figure.reported("100"), figure.reported("121")), undefined, 2],
      [() => cagr(new Decimal(100), 121, 2), undefined, 3],
      [() => cagr("100"), "100", 1],
      [() => cagr({ from: 100, to: 121, years: 2 }, {}, 2), undefined, 3],
      [() => cagr({ amount: "1", currency: "USD" }), undefined, 1],
    ] as const) {
      const e = caught(call);
      expect([e.code, e.details]).toMatchObject([
        "INVALID_TYPE",
        { function: "growth.cagr", path: "span", expected: "one object { from, to, years }", arguments: count },
      ]);
      if (received !== undefined) expect(e.details?.received).toBe(received);
      expect(e.message).toMatch(/^growth\.cagr: span must be one object \{ from, to, years \}, got /);
      expect(e.message).toContain(`growth.cagr takes one object of named values, not values in a row: ${byName}.`);
    }
    // the named call and its options are still read
    expect(growth.format(growth.cagr({ from: before.amount, to: now.amount, years: 1 }, { basis: "nominal" }))).toBe(
      "+100% (nominal)",
    );
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

describe("growth.remainder: the total and the parts are { current, rate } objects", () => {
  const rate = growth.fromPercent("5");
  const part = { current: 40, rate };

  it("refuses the total's level and rate passed in a row with INVALID_TYPE", () => {
    const remainder = growth.remainder as (...args: unknown[]) => unknown;
    expectRefusal(() => remainder(100, rate, [part]), "INVALID_TYPE", "growth.remainder: total", {
      expected: "one object { current, rate }",
      received: 100,
      arguments: 3,
    });
    const level = money.of("100", "USD");
    expectRefusal(() => remainder(level, [part]), "INVALID_TYPE", "growth.remainder: total", {
      received: level,
      arguments: 2,
    });
    expect(caught(() => remainder(100, rate, [part])).message).toContain(
      "growth.remainder takes one object of named values, not values in a row: growth.remainder({ current: total, rate: totalRate }, [{ current: part, rate: partRate }]).",
    );
  });

  it("refuses a part that is a level rather than { current, rate }", () => {
    const level = figure.reported("40");
    expectRefusal(
      () => growth.remainder({ current: 100, rate }, [level as never]),
      "INVALID_TYPE",
      "growth.remainder: parts[0]",
      { expected: "an object { current, rate }", received: level },
    );
  });
});
