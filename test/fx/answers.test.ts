// Lookups remembered per table (src/fx/table.ts) and convert's own path (src/fx/convert.ts):
// the same answers as a fresh search, whatever was asked before.
import { describe, expect, it } from "vitest";
import { isAccordoError } from "../../src/errors.js";
import * as fx from "../../src/fx/index.js";
import * as money from "../../src/money/index.js";
import * as period from "../../src/period/index.js";
import { code } from "../support.js";

const rates = () => [
  fx.rate({ base: "USD", quote: "CNY", rate: "6.4854", on: "2021-09-30", source: "PBoC" }),
  fx.rate({ base: "EUR", quote: "USD", rate: "1.1579", on: "2021-09-30", source: "ECB" }),
  fx.rate({ base: "USD", quote: "CNY", rate: "6.4612", on: "2021-09", kind: "average", source: "PBoC" }),
];

describe("fx.lookup, asked again", () => {
  it("gives the same rate again, and what a fresh table gives", () => {
    const t = fx.table(rates());
    const first = fx.lookup(t, "CNY", "EUR", { on: "2021-09-30" });
    expect(fx.lookup(t, "CNY", "EUR", { on: "2021-09-30" })).toBe(first);
    expect(fx.lookup(fx.table(rates()), "CNY", "EUR", { on: "2021-09-30" })).toEqual(first);
    expect(first.rate.toString()).toBe(fx.cross(fx.invert(t.rates[0]!), fx.invert(t.rates[1]!)).rate.toString());
  });

  it("keeps tables apart", () => {
    const a = fx.table([fx.rate({ base: "USD", quote: "CNY", rate: "6.4854", on: "2021-09-30" })]);
    const b = fx.table([fx.rate({ base: "USD", quote: "CNY", rate: "6.5000", on: "2021-09-30" })]);
    expect(fx.lookup(a, "USD", "CNY", { on: "2021-09-30" }).rate.toString()).toBe("6.4854");
    expect(fx.lookup(b, "USD", "CNY", { on: "2021-09-30" }).rate.toString()).toBe("6.5");
  });

  it("still applies kind, source, policy and pivot after a plain lookup of the same pair", () => {
    const t = fx.table(rates());
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-09-30" })).toBe(t.rates[0]);
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-09-30", kind: "average" })).toBe(t.rates[2]);
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-09-30", source: "PBoC", kind: "spot" })).toBe(t.rates[0]);
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-10-08", policy: "onOrBefore" })).toBe(t.rates[0]);
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-09" })).toBe(t.rates[2]);
    expect(fx.lookup(t, "USD", "CNY", {})).toBe(t.rates[0]);
    expect(fx.lookup(t, "USD", "CNY")).toBe(t.rates[0]);
    expect(() => fx.lookup(t, "CNY", "EUR", { on: "2021-09-30", pivot: "GBP" })).toThrow(/through GBP/);
  });

  it("answers a refused query the same way every time", () => {
    const t = fx.table(rates());
    for (let i = 0; i < 2; i++) {
      let error: unknown;
      try {
        fx.lookup(t, "USD", "CNY", { on: "2021-10-01" });
      } catch (e) {
        error = e;
      }
      expect(isAccordoError(error, "RATE_NOT_FOUND")).toBe(true);
      expect(() => fx.lookup(t, "USD", "CNY", { on: "not a date" })).toThrow(
        expect.objectContaining({ code: "INVALID_PERIOD" }),
      );
    }
  });

  it("refuses an empty `on` even after a lookup of the same pair without `on` (shared a remembered answer)", () => {
    const t = fx.table(rates());
    expect(fx.lookup(t, "USD", "CNY")).toBe(t.rates[0]);
    expect(() => fx.lookup(t, "USD", "CNY", { on: "" })).toThrow(expect.objectContaining({ code: "INVALID_PERIOD" }));
    expect(() => fx.convert(money.of("1", "USD"), "CNY", t, { on: "" })).toThrow(
      expect.objectContaining({ code: "INVALID_PERIOD" }),
    );
    expect(() => fx.lookup(t, "USD", "CNY", { on: "undefined" })).toThrow(
      expect.objectContaining({ code: "INVALID_PERIOD" }),
    );
    expect(fx.lookup(t, "USD", "CNY")).toBe(t.rates[0]);
  });

  it("refuses a hand-made table whose list of rates could change after a lookup (gave the first answer again)", () => {
    const list = [fx.rate({ base: "USD", quote: "CNY", rate: "6.4", on: "2021-09-30" })];
    const handMade = Object.freeze({ rates: list, pivot: money.currency("USD") });
    expect(code(() => fx.lookup(handMade as never, "USD", "CNY", { on: "2021-09-30" }))).toBe("INVALID_VALUE");
    expect(code(() => fx.convert(money.of("1", "USD"), "CNY", handMade as never, { on: "2021-09-30" }))).toBe(
      "INVALID_VALUE",
    );
    expect(code(() => fx.tableToJSON(handMade as never))).toBe("INVALID_VALUE");
    const frozen = Object.freeze({ rates: Object.freeze([...list]), pivot: money.currency("USD") });
    expect(fx.lookup(frozen as never, "USD", "CNY", { on: "2021-09-30" })).toBe(list[0]);
  });

  it("answers right after many different dates (the remembered answers are bounded)", () => {
    const list = Array.from({ length: 600 }, (_, i) => {
      const day = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
      return fx.rate({ base: "USD", quote: "CNY", rate: `6.${String(i).padStart(4, "0")}`, on: day });
    });
    const t = fx.table(list);
    for (let round = 0; round < 2; round++) {
      list.forEach((r, i) => {
        expect(fx.lookup(t, "USD", "CNY", { on: r.on as string })).toBe(t.rates[i]);
      });
    }
  });

  it("answers right past the bound of remembered answers (twice the table's rates, at least 512)", () => {
    const dated = fx.rate({ base: "USD", quote: "CNY", rate: "6.4854", on: "2021-09-30" });
    const undated = fx.rate({ base: "USD", quote: "CNY", rate: "6.5" });
    const t = fx.table([dated, undated]);
    const days = Array.from({ length: 1300 }, (_, i) => new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10));
    for (let round = 0; round < 2; round++) {
      for (const on of days) {
        expect(fx.lookup(t, "USD", "CNY", { on })).toBe(on === "2021-09-30" ? dated : undated);
        expect(fx.lookup(t, "CNY", "USD", { on }).chain[0]).toBe(on === "2021-09-30" ? dated : undated);
      }
    }
  });

  it("answers lookups between custom currencies (not remembered) alike each time; the inverse of a stored rate is made once per table", () => {
    const cnh = money.defineCurrency({ code: "CNH", minorUnits: 2, name: "Offshore yuan" });
    const t = fx.table([fx.rate({ base: "USD", quote: cnh, rate: "6.4900", on: "2021-09-30" })]);
    const a = fx.lookup(t, cnh, "USD", { on: "2021-09-30" });
    const b = fx.lookup(t, cnh, "USD", { on: "2021-09-30" });
    expect(a).toBe(b);
    expect(a.derivation).toBe("inverse");
    const c = fx.lookup(fx.table([fx.rate({ base: cnh, quote: "USD", rate: "0.154", on: "2021-09-30" })]), "USD", cnh, {
      on: "2021-09-30",
    });
    expect(c.derivation).toBe("inverse");
    const t2 = fx.table([fx.rate({ base: cnh, quote: "USD", rate: "0.154", on: "2021-09-30" })]);
    expect(fx.lookup(t2, "USD", cnh, { on: "2021-09-30" })).toBe(fx.lookup(t2, "USD", cnh, { on: "2021-09-30" }));
    expect(fx.lookup(t2, "USD", cnh, { on: "2021-09-30" })).toEqual(c);
  });
});

describe("fx.convert and fx.conversion agree", () => {
  const t = fx.table(rates());
  const cases = [
    ["1000.00", "CNY", "USD"],
    ["1000.00", "CNY", "EUR"],
    ["-0.001", "USD", "CNY"],
    ["0", "EUR", "CNY"],
    ["123.45", "USD", "USD"],
  ] as const;
  for (const [amount, from, to] of cases) {
    for (const rounding of ["halfEven", "up", "floor", "none"] as const) {
      it(`${amount} ${from} → ${to}, rounding ${rounding}`, () => {
        const m = money.of(amount, from);
        const c = fx.conversion(m, to, t, { on: "2021-09-30", rounding });
        const r = fx.convert(m, to, t, { on: "2021-09-30", rounding });
        expect(r).toEqual(c.to);
        expect(r.amount.toString()).toBe(c.to.amount.toString());
        expect(Object.isFrozen(r)).toBe(true);
        expect(money.toString(r)).toBe(money.toString(c.to));
      });
    }
  }
});

describe("fx.lookup, asked again with other options", () => {
  it("applies a policy, withinDays, a pivot, a kind or a source even after the plain question (and the reverse)", () => {
    const t = fx.table(rates());
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-10-01", policy: "onOrBefore" })).toBe(t.rates[0]);
    expect(code(() => fx.lookup(t, "USD", "CNY", { on: "2021-10-01" }))).toBe("RATE_NOT_FOUND");
    expect(fx.lookup(t, "USD", "CNY", { on: "2021-09-30" })).toBe(t.rates[0]);
    expect(code(() => fx.lookup(t, "USD", "CNY", { on: "2021-09-30", withinDays: 1 }))).toBe("INVALID_INPUT");
    expect(code(() => fx.lookup(t, "USD", "CNY", { on: "2021-09-30", source: "SAFE" }))).toBe("RATE_NOT_FOUND");
    expect(fx.lookup(t, "CNY", "EUR", { on: "2021-09-30" }).derivation).toBe("cross");
    expect(code(() => fx.lookup(t, "CNY", "EUR", { on: "2021-09-30", pivot: "GBP" }))).toBe("RATE_NOT_FOUND");
    expect(code(() => fx.lookup(t, "CNY", "EUR", 5 as never))).toBe("INVALID_TYPE");
  });

  it("tells periods apart", () => {
    const t = fx.table([
      fx.rate({ base: "USD", quote: "CNY", rate: "6.4612", on: "2021-09", kind: "average" }),
      fx.rate({ base: "USD", quote: "CNY", rate: "6.4700", on: "2021-10", kind: "average" }),
    ]);
    expect(fx.lookup(t, "USD", "CNY", { on: period.month(2021, 9) })).toBe(t.rates[0]);
    expect(fx.lookup(t, "USD", "CNY", { on: period.month(2021, 10) })).toBe(t.rates[1]);
    expect(code(() => fx.lookup(t, "USD", "CNY", { on: period.quarter(2021, 3) }))).toBe("RATE_NOT_FOUND");
  });

  it("gives the same derived rate again for the most recent rate too", () => {
    const t = fx.table(rates());
    const first = fx.lookup(t, "CNY", "EUR");
    expect(fx.lookup(t, "CNY", "EUR")).toBe(first);
    expect(fx.lookup(t, "CNY", "EUR", {})).toBe(first);
    // Invalid options are refused even when the same pair was asked without options.
    expect(code(() => fx.lookup(t, "CNY", "EUR", 5 as never))).toBe("INVALID_TYPE");
    expect(code(() => fx.lookup(t, "CNY", "EUR", "2021-09-30" as never))).toBe("INVALID_TYPE");
    expect(fx.origins(first)).toEqual([t.rates[0], t.rates[1]]);
  });
});
