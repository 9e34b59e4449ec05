/**
 * Behaviour at the edges of the money namespace that the broader tests do not
 * pin down: the order of the currency list, the trimming of custom names, the
 * bounds of minor units, custom currencies in JSON, and Money values made by
 * hand (not frozen, other constructors, codes instead of currencies).
 */
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import * as money from "../../src/money/index.js";
import { code } from "../support.js";

describe("currency registry", () => {
  it("lists currencies sorted by code, the withdrawn ones in their place", () => {
    const all = money.currencies({ historic: true }).map((c) => c.code);
    expect(all).toEqual([...all].sort());
    expect(new Set(all).size).toBe(all.length);
    expect(all.indexOf("HRK")).toBeGreaterThan(all.indexOf("GBP"));
    expect(all.indexOf("HRK")).toBeLessThan(all.indexOf("HUF"));
    expect(all.slice(-2)).toEqual(["ZWG", "ZWL"]);
    expect(all.length).toBe(182);
  });

  it("lists only current currencies by default", () => {
    const current = money.currencies();
    expect(current.length).toBe(179);
    expect(current.some((c) => c.historic)).toBe(false);
    expect(money.currencies({ historic: false })).toEqual(current);
    expect(current.map((c) => c.code)).toEqual(
      money
        .currencies({ historic: true })
        .filter((c) => !c.historic)
        .map((c) => c.code),
    );
  });

  it("trims the name of a custom currency and accepts 0 to 18 minor units", () => {
    expect(money.defineCurrency({ code: "TOK", minorUnits: 0, name: "  Token  " })).toEqual({
      code: "TOK",
      numeric: null,
      minorUnits: 0,
      name: "Token",
      historic: false,
      custom: true,
    });
    expect(money.defineCurrency({ code: "WEI_TOKEN", minorUnits: 18, name: "Wei" }).minorUnits).toBe(18);
  });

  it("accepts a currency by a code of any case and spacing, and the registry entry itself", () => {
    const usd = money.currency("USD");
    expect(money.currency(usd)).toBe(usd);
    expect(money.of(1, { ...usd }).currency).toBe(usd);
  });
});

describe("Money values made by hand", () => {
  const usd = money.currency("USD");
  const D = money.of(1, "USD").amount.constructor as typeof Decimal;

  it("freezes a Money that was not frozen before returning it", () => {
    const loose = { amount: new D("2.5"), currency: usd };
    for (const result of [money.sum([loose]), money.min(loose), money.max([loose]), money.round(loose, { scale: 3 })]) {
      expect(Object.isFrozen(result)).toBe(true);
      expect(result).not.toBe(loose);
      expect(money.toString(result)).toBe("2.5 USD");
    }
  });

  it("reads a well-formed Money that is not frozen in the arithmetic, and returns new frozen values", () => {
    const loose = { amount: new D("2.5"), currency: usd };
    const results = [
      money.add(loose, loose),
      money.subtract(loose, money.of("1", "USD")),
      money.multiply(loose, 3),
      money.divide(loose, 4, { mode: "halfEven" }),
      money.negate(loose),
      money.abs(loose),
      money.round(loose),
    ];
    expect(results.map((r) => money.toString(r))).toEqual([
      "5 USD",
      "1.5 USD",
      "7.5 USD",
      "0.62 USD",
      "-2.5 USD",
      "2.5 USD",
      "2.5 USD",
    ]);
    for (const r of results) {
      expect(Object.isFrozen(r)).toBe(true);
      expect(r).not.toBe(loose);
    }
    expect(loose).toEqual({ amount: new D("2.5"), currency: usd });
    expect(Object.isFrozen(loose)).toBe(false);
  });

  it("replaces a currency given as a code, and a foreign decimal, in a frozen Money", () => {
    const byCode = Object.freeze({ amount: new D("2.5"), currency: "USD" });
    expect(money.min(byCode as never).currency).toBe(usd);
    const foreign = Object.freeze({ amount: new Decimal("2.5"), currency: usd });
    expect(money.max(foreign).amount.constructor).toBe(D);
  });

  it("refuses a frozen look-alike whose amount only claims the library's constructor", () => {
    const fake = Object.freeze({ amount: Object.freeze({ constructor: D, isFinite: () => true }), currency: usd });
    expect(code(() => money.isZero(fake as never))).toBe("INVALID_VALUE");
  });

  it("returns the library's own frozen Money as it is", () => {
    const m = money.of("2.5", "USD");
    expect(money.min(m)).toBe(m);
    expect(money.sum([m])).toBe(m);
  });
});

describe("comparisons of equal and ordered amounts", () => {
  const a = money.of("0.1", "USD");
  const b = money.of("0.2", "USD");
  const a2 = money.of("0.10", "USD");
  it("strict and non-strict comparisons on equal amounts", () => {
    expect([
      money.lessThan(a, a2),
      money.greaterThan(a, a2),
      money.lessThanOrEqual(a, a2),
      money.greaterThanOrEqual(a, a2),
    ]).toEqual([false, false, true, true]);
    expect([
      money.lessThan(a, b),
      money.greaterThan(a, b),
      money.lessThanOrEqual(a, b),
      money.greaterThanOrEqual(a, b),
    ]).toEqual([true, false, true, false]);
    expect([
      money.lessThan(b, a),
      money.greaterThan(b, a),
      money.lessThanOrEqual(b, a),
      money.greaterThanOrEqual(b, a),
    ]).toEqual([false, true, false, true]);
  });
  it("min and max keep the first of equal amounts, wherever the extreme is", () => {
    expect(money.max(a, a2)).toBe(a);
    expect(money.max([b, a])).toBe(b);
    expect(money.max(a, b, a2)).toBe(b);
    expect(money.min(b, a, a2)).toBe(a);
    expect(money.min([a, b])).toBe(a);
  });
});

describe("Money with a custom currency", () => {
  const cnh = money.defineCurrency({ code: "CNH", minorUnits: 2, name: "Offshore Yuan" });
  it("is returned as it is when frozen with a frozen currency", () => {
    const m = money.of("5", cnh);
    expect(money.min(m)).toBe(m);
    expect(money.sum([m])).toBe(m);
  });
  it("gets a frozen copy of a currency that was not frozen", () => {
    const loose = { ...cnh };
    const m = Object.freeze({ amount: money.of("5", cnh).amount, currency: loose });
    const r = money.min(m);
    expect(r).not.toBe(m);
    expect(r.currency).not.toBe(loose);
    expect(Object.isFrozen(r.currency)).toBe(true);
    expect(r.currency).toEqual(cnh);
  });
});

describe("JSON with custom currencies", () => {
  const cnh = money.defineCurrency({ code: "CNH", minorUnits: 2, name: "Offshore Yuan" });
  it("uses a custom currency only for its own code", () => {
    expect(money.fromJSON({ amount: "1", currency: "USD" }, { currencies: [cnh] }).currency).toBe(
      money.currency("USD"),
    );
    expect(
      money.fromJSON({ amount: "1", currency: "CNH" }, { currencies: [money.currency("EUR"), cnh] }).currency,
    ).toBe(cnh);
  });
});
