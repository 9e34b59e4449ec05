import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import * as figure from "../../src/figure/index.js";
import type { Figure } from "../../src/figure/types.js";
import { code, interval } from "../support.js";

describe("figure.intersect", () => {
  it("finds the rate the case study's three pairs agree on, about [6.39276, 6.39345]", () => {
    const rate = (cny: string, usd: string) => figure.div(figure.reported(cny), figure.reported(usd));
    const pairs = [rate("193.48", "30.26"), rate("424.36", "66.38"), rate("403.74", "63.15")];
    expect(pairs.map((p) => p.value.toFixed(5))).toEqual(["6.39392", "6.39289", "6.39335"]);
    const common = figure.intersect(...pairs);
    if (common.empty) throw new Error("expected a common rate");
    expect(common.figure.lo.toFixed(5)).toBe("6.39276");
    expect(common.figure.hi.toFixed(5)).toBe("6.39345");
    expect(common.figure.value.toFixed(3)).toBe("6.393");
    expect(Object.isFrozen(common)).toBe(true);
  });

  it("takes the tightest ends, excluded when any figure sharing them excludes them", () => {
    const a = figure.between(0, 2);
    const b = figure.between(1, 3, { loInclusive: false });
    const c = figure.between(1, 2, { hiInclusive: false });
    const result = figure.intersect(a, b, c);
    expect(result.empty).toBe(false);
    if (!result.empty) {
      expect(interval(result.figure)).toBe("(1, 2)");
      expect(result.figure.value.toString()).toBe("1.5");
    }
  });

  it("touching closed ends meet in an exact figure; a touching open end does not", () => {
    const touching = figure.intersect(figure.between(0, 1), figure.between(1, 2));
    expect(touching.empty).toBe(false);
    if (!touching.empty) expect(interval(touching.figure)).toBe("[1, 1]");
    const apart = figure.intersect(figure.between(0, 1, { hiInclusive: false }), figure.between(1, 2));
    expect(apart).toEqual({ empty: true, conflicts: [{ below: 0, above: 1 }] });
  });

  it("lists every disjoint pair, in argument order", () => {
    const result = figure.intersect(figure.exact(5), figure.between(0, 1), figure.between(0.5, 6), figure.exact(0));
    expect(result).toEqual({
      empty: true,
      conflicts: [
        { below: 1, above: 0 },
        { below: 3, above: 0 },
        { below: 3, above: 2 },
      ],
    });
    if (result.empty) {
      expect(Object.isFrozen(result.conflicts)).toBe(true);
      expect(Object.isFrozen(result.conflicts[0])).toBe(true);
    }
  });

  it("returns a single figure's interval, and takes plain numbers as exact", () => {
    const single = figure.intersect(figure.reported("2.5"));
    if (single.empty) throw new Error("expected a figure");
    expect(interval(single.figure)).toBe("[2.45, 2.55)");
    expect(single.figure.value.toString()).toBe("2.5");
    expect(figure.intersect(2, "2.0")).toEqual({ empty: false, figure: figure.exact(2) });
  });

  it("keeps the midpoint inside an intersection whose ends differ only past the 34th digit", () => {
    // rounded to 34 digits the value was 1, outside [lo, hi]: a figure isFigure refused
    const a = "1.000000000000000000000000000000000001";
    const b = "1.000000000000000000000000000000000003";
    const i = figure.intersect(figure.between("0", b, { value: b }), figure.between(a, "2", { value: a }));
    expect(i.empty).toBe(false);
    if (i.empty) return;
    expect(i.figure.value.toString()).toBe("1.000000000000000000000000000000000002");
    expect(figure.isFigure(i.figure)).toBe(true);
    expect(figure.midpoint(i.figure).toString()).toBe("1.000000000000000000000000000000000002");
  });

  it("never mutates its arguments", () => {
    const figures = [figure.between(0, 2), figure.between(1, 3), figure.exact(5)];
    const snapshot = JSON.stringify(figures);
    figure.intersect(...figures);
    figure.intersect(figures[0] as Figure, figures[1] as Figure);
    expect(JSON.stringify(figures)).toBe(snapshot);
  });

  it("refuses no figures and bad figures", () => {
    expect(code(() => figure.intersect())).toBe("INVALID_INPUT");
    expect(code(() => figure.intersect(figure.exact(1), "x"))).toBe("INVALID_NUMBER");
    expect(code(() => figure.intersect([figure.exact(1)] as never))).toBe("INVALID_VALUE");
  });

  it("its value is the exact midpoint when the 34-digit one would sit on an excluded end", () => {
    const common = (lo: string, hi: string): string => {
      const r = figure.intersect(
        figure.between(lo, hi, { loInclusive: false, hiInclusive: false }),
        figure.between("0", "5"),
      );
      return r.empty ? "empty" : `${r.figure.value.toString()} ${interval(r.figure)}`;
    };
    // 1.0000000000000000000000000000000005 rounds (half-even) down to the excluded 1; …0015 up to the excluded …002
    expect(common("1", "1.000000000000000000000000000000001")).toBe(
      "1.0000000000000000000000000000000005 (1, 1.000000000000000000000000000000001)",
    );
    expect(common("1.000000000000000000000000000000001", "1.000000000000000000000000000000002")).toBe(
      "1.0000000000000000000000000000000015 (1.000000000000000000000000000000001, 1.000000000000000000000000000000002)",
    );
    // figure.midpoint has no excluded end to avoid: the 34-digit midpoint
    expect(
      figure.midpoint(figure.between("1", "1.000000000000000000000000000000001", { loInclusive: false })).toString(),
    ).toBe("1");
    expect(
      figure
        .midpoint(
          figure.between("1.000000000000000000000000000000001", "1.000000000000000000000000000000002", {
            hiInclusive: false,
          }),
        )
        .toString(),
    ).toBe("1.000000000000000000000000000000002");
  });
});

describe("figure.contains", () => {
  it("honours the inclusiveness of each end", () => {
    const f = figure.reported("193.48");
    expect(figure.contains(f, "193.475")).toBe(true);
    expect(figure.contains(f, "193.4849999")).toBe(true);
    expect(figure.contains(f, "193.485")).toBe(false);
    expect(figure.contains(f, "193.47")).toBe(false);
    expect(figure.contains(f, new Decimal("193.48"))).toBe(true);
  });

  it("checks a whole figure", () => {
    const outer = figure.between(0, 1, { hiInclusive: false });
    expect(figure.contains(outer, figure.between("0.2", "0.3"))).toBe(true);
    expect(figure.contains(outer, figure.between("0.5", 1))).toBe(false);
    expect(figure.contains(outer, figure.between("0.5", 1, { hiInclusive: false }))).toBe(true);
    expect(figure.contains(outer, figure.between(-1, "0.5"))).toBe(false);
    expect(
      figure.contains(figure.between(0, 1, { loInclusive: false }), figure.between(0, 1, { loInclusive: false })),
    ).toBe(true);
    // a possible end of x where f's end is impossible
    expect(figure.contains(figure.between(0, 1, { loInclusive: false }), figure.between(0, "0.5"))).toBe(false);
    expect(figure.contains(figure.between(0, 1, { hiInclusive: false }), figure.between("0.5", 1))).toBe(false);
  });

  it("refuses bad arguments", () => {
    expect(code(() => figure.contains(1 as never, 1))).toBe("INVALID_TYPE");
    expect(code(() => figure.contains(figure.exact(1), NaN))).toBe("INVALID_NUMBER");
  });
});

describe("figure.width, midpoint, isExact", () => {
  it("measure the interval", () => {
    const f = figure.reported("33", { rounding: "down" });
    expect(figure.width(f).toString()).toBe("1");
    expect(figure.midpoint(f).toString()).toBe("33.5");
    expect(figure.isExact(f)).toBe(false);
    expect(figure.width(figure.percent("38.8")).toString()).toBe("0.001");
    expect(figure.midpoint(figure.exact(-4)).toString()).toBe("-4");
    expect(figure.isExact(figure.between("1.0", "1"))).toBe(true);
  });

  it("refuse things that are not figures", () => {
    expect(code(() => figure.width(1 as never))).toBe("INVALID_TYPE");
    expect(code(() => figure.midpoint({} as never))).toBe("INVALID_VALUE");
    expect(code(() => figure.isExact(null as never))).toBe("INVALID_TYPE");
  });
});
