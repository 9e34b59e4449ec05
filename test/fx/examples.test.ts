import { describe, expect, it } from "vitest";
import * as fx from "../../src/fx/index.js";
import * as figure from "../../src/figure/index.js";
import * as money from "../../src/money/index.js";

describe("fx examples (included in the API docs)", () => {
  it("rate", () => {
    // #region rate
    // (import { fx } from "accordo")
    const usdCny = fx.rate({ base: "USD", quote: "CNY", rate: "6.4128", on: "2021-09-30", source: "PBoC" });
    usdCny.rate.toString(); // "6.4128": 1 USD = 6.4128 CNY
    const { kind, derivation } = usdCny; // "spot" (the default), "direct"
    // #endregion rate
    expect(usdCny.rate.toString()).toBe("6.4128");
    expect(usdCny.base.code).toBe("USD");
    expect(usdCny.quote.code).toBe("CNY");
    expect(usdCny.on).toBe("2021-09-30");
    expect(usdCny.source).toBe("PBoC");
    expect(kind).toBe("spot");
    expect(derivation).toBe("direct");
    expect(usdCny.chain).toEqual([]);
  });

  it("invert", () => {
    // #region invert
    const eurUsd = fx.rate({ base: "EUR", quote: "USD", rate: "1.25", on: "2024-01-02" });
    const usdEur = fx.invert(eurUsd);
    usdEur.rate.toString(); // "0.8"
    const origin = usdEur.chain[0]; // eurUsd: the inverse keeps its origin
    const back = fx.invert(usdEur); // eurUsd itself
    // #endregion invert
    expect(usdEur.rate.toString()).toBe("0.8");
    expect(usdEur.base.code).toBe("USD");
    expect(usdEur.derivation).toBe("inverse");
    expect(origin).toBe(eurUsd);
    expect(back).toBe(eurUsd);
  });

  it("cross", () => {
    // #region cross
    const usdCny = fx.rate({ base: "USD", quote: "CNY", rate: "7.1", on: "2024-01-02" });
    const eurUsd = fx.rate({ base: "EUR", quote: "USD", rate: "1.1", on: "2024-01-02" });
    const eurCny = fx.cross(usdCny, eurUsd);
    const text = `${eurCny.base.code}/${eurCny.quote.code} ${eurCny.rate.toString()}`; // "EUR/CNY 7.81"
    const legs = eurCny.chain; // [eurUsd, usdCny]: the legs, in the order applied
    // #endregion cross
    expect(text).toBe("EUR/CNY 7.81");
    expect(legs).toEqual([eurUsd, usdCny]);
    expect(eurCny.derivation).toBe("cross");
  });

  it("table", () => {
    // #region table
    const rates = fx.table([
      { base: "USD", quote: "NOK", rate: "10.1850", on: "2024-01-02", source: "ECB" },
      { base: "USD", quote: "SEK", rate: "10.0920", on: "2024-01-02", source: "ECB" },
    ]);
    const pivot = rates.pivot.code; // "USD" (the default pivot for cross rates)
    // #endregion table
    expect(pivot).toBe("USD");
    expect(rates.rates.length).toBe(2);
    expect(Object.isFrozen(rates)).toBe(true);
  });

  it("lookup", () => {
    // #region lookup
    const rates = fx.table([
      { base: "USD", quote: "NOK", rate: "10.1850", on: "2024-01-02", source: "ECB" },
      { base: "USD", quote: "SEK", rate: "10.0920", on: "2024-01-02", source: "ECB" },
      { base: "USD", quote: "SEK", rate: "10.0310", on: "2024-01-05", source: "ECB" },
    ]);
    // NOK to SEK: no direct rate, so a cross through USD
    const nokSek = fx.lookup(rates, "NOK", "SEK", { on: "2024-01-02" });
    const how = nokSek.derivation; // "cross"
    nokSek.rate.toFixed(6); // "0.990869"
    fx.origins(nokSek).map((r) => `${r.base.code}/${r.quote.code}`); // ["USD/NOK", "USD/SEK"]
    // SEK to USD on a Sunday: the latest rate on or before, inverted
    const sekUsd = fx.lookup(rates, "SEK", "USD", { on: "2024-01-07", policy: "onOrBefore" });
    const used = sekUsd.chain[0]; // the USD/SEK rate of 2024-01-05, inverted
    // #endregion lookup
    expect(how).toBe("cross");
    expect(nokSek.rate.toFixed(6)).toBe("0.990869");
    expect(fx.origins(nokSek).map((r) => `${r.base.code}/${r.quote.code}`)).toEqual(["USD/NOK", "USD/SEK"]);
    expect(sekUsd.derivation).toBe("inverse");
    expect(used?.on).toBe("2024-01-05");
    expect(used?.base.code).toBe("USD");
  });

  it("origins", () => {
    // #region origins
    const usdNok = fx.rate({ base: "USD", quote: "NOK", rate: "10.1850", on: "2024-01-02" });
    const usdSek = fx.rate({ base: "USD", quote: "SEK", rate: "10.0920", on: "2024-01-02" });
    const nokSek = fx.cross(usdNok, usdSek); // NOK→USD (inverted) then USD→SEK
    fx.origins(nokSek); // [usdNok, usdSek]
    fx.origins(usdNok); // [usdNok]
    // #endregion origins
    expect(fx.origins(nokSek)).toEqual([usdNok, usdSek]);
    expect(fx.origins(nokSek)[0]).toBe(usdNok);
    expect(fx.origins(usdNok)).toEqual([usdNok]);
  });

  it("convert", () => {
    // #region convert
    const usdEur = fx.rate({ base: "USD", quote: "EUR", rate: "0.89", on: "2024-01-02" });
    fx.convert(money.of("5.00", "USD"), "EUR", usdEur).amount.toString(); // "4.45"
    // 10 cents at 1.33 is 13.3 cents: rounded half-even, up, or kept exact
    const r = fx.rate({ base: "USD", quote: "EUR", rate: "1.33" });
    fx.convert(money.of("0.10", "USD"), "EUR", r).amount.toString(); // "0.13"
    fx.convert(money.of("0.10", "USD"), "EUR", r, { rounding: "up" }).amount.toString(); // "0.14"
    fx.convert(money.of("0.10", "USD"), "EUR", r, { rounding: "none" }).amount.toString(); // "0.133"
    // #endregion convert
    expect(fx.convert(money.of("5.00", "USD"), "EUR", usdEur).amount.toString()).toBe("4.45");
    expect(fx.convert(money.of("0.10", "USD"), "EUR", r).amount.toString()).toBe("0.13");
    expect(fx.convert(money.of("0.10", "USD"), "EUR", r, { rounding: "up" }).amount.toString()).toBe("0.14");
    expect(fx.convert(money.of("0.10", "USD"), "EUR", r, { rounding: "none" }).amount.toString()).toBe("0.133");
  });

  it("conversion", () => {
    // #region conversion
    const rates = fx.table([
      { base: "USD", quote: "NOK", rate: "10.1850", on: "2024-01-02" },
      { base: "USD", quote: "SEK", rate: "10.0920", on: "2024-01-02" },
    ]);
    const c = fx.conversion(money.of("1000.00", "NOK"), "SEK", rates, { on: "2024-01-02" });
    c.to.amount.toString(); // "990.87"
    c.exact.toFixed(4); // "990.8689"
    const used = fx.origins(c.rate); // the USD/NOK and USD/SEK rates
    // #endregion conversion
    expect(c.to.amount.toString()).toBe("990.87");
    expect(c.to.currency.code).toBe("SEK");
    expect(c.exact.toFixed(4)).toBe("990.8689");
    expect(c.rate.derivation).toBe("cross");
    expect(used).toEqual(rates.rates);
    expect(c.rounding).toBe("halfEven");
  });

  it("implied", () => {
    // #region implied
    // "GDP 193.48 billion yuan (30.26 billion dollars)"
    const gdp = fx.implied(
      figure.reported("30.26", { scale: "billion" }),
      "USD",
      figure.reported("193.48", { scale: "billion" }),
      "CNY",
      { label: "GDP" },
    );
    gdp.rate.value.toFixed(5); // "6.39392": 1 USD = 6.39392 CNY
    figure.format(gdp.rate, { style: "interval", decimals: 5 }); // "[6.39269, 6.39515]"
    // #endregion implied
    expect(gdp.rate.value.toFixed(5)).toBe("6.39392");
    expect(figure.format(gdp.rate, { style: "interval", decimals: 5 })).toBe("[6.39269, 6.39515]");
    expect(gdp.base.code).toBe("USD");
    expect(gdp.label).toBe("GDP");
  });

  it("consistency", () => {
    // #region consistency
    const bn = (text: string) => figure.reported(text, { scale: "billion" });
    const pairs = [
      fx.implied(bn("30.26"), "USD", bn("193.48"), "CNY", { label: "GDP" }),
      fx.implied(bn("66.38"), "USD", bn("424.36"), "CNY", { label: "industrial output" }),
      fx.implied(bn("63.15"), "USD", bn("403.74"), "CNY", { label: "four leading industries" }),
    ];
    pairs.map((p) => p.rate.value.toFixed(5)); // ["6.39392", "6.39289", "6.39335"]
    const verdict = fx.consistency(pairs);
    if (verdict.consistent) {
      figure.format(verdict.interval, { style: "interval", decimals: 5 }); // "[6.39276, 6.39345]"
    }
    // #endregion consistency
    expect(pairs.map((p) => p.rate.value.toFixed(5))).toEqual(["6.39392", "6.39289", "6.39335"]);
    expect(verdict.consistent).toBe(true);
    if (!verdict.consistent) throw new Error("expected a common interval");
    expect(figure.format(verdict.interval, { style: "interval", decimals: 5 })).toBe("[6.39276, 6.39345]");
    expect([verdict.interval.lo.toFixed(5), verdict.interval.hi.toFixed(5)]).toEqual(["6.39276", "6.39345"]);
  });

  it("checkRate", () => {
    // #region checkRate
    const bn = (text: string) => figure.reported(text, { scale: "billion" });
    const pairs = [
      fx.implied(bn("30.26"), "USD", bn("193.48"), "CNY"),
      fx.implied(bn("66.38"), "USD", bn("424.36"), "CNY"),
      fx.implied(bn("63.15"), "USD", bn("403.74"), "CNY"),
    ];
    const ok = fx.checkRate("6.3934", pairs); // ok.consistent: true, within every pair's bounds
    const fixing = fx.rate({ base: "USD", quote: "CNY", rate: "6.4854" });
    const check = fx.checkRate(fixing, pairs);
    // check.consistent: false
    check.results.map((r) => r.difference.toFixed(4)); // ["0.0915", "0.0925", "0.0921"]
    // #endregion checkRate
    expect(ok.consistent).toBe(true);
    expect(check.consistent).toBe(false);
    expect(check.results.map((r) => r.contains)).toEqual([false, false, false]);
    expect(check.results.map((r) => r.difference.toFixed(4))).toEqual(["0.0915", "0.0925", "0.0921"]);
  });

  it("json", () => {
    // #region json
    const r = fx.rate({
      base: "EUR",
      quote: "HRK",
      rate: "7.53450",
      on: "2022-07-12",
      kind: "fixed",
      source: "Council of the EU",
    });
    const json = fx.rateToJSON(r);
    const text = JSON.stringify(json); // the rate as a string, never a float:
    // '{"base":"EUR","quote":"HRK","rate":"7.5345","on":"2022-07-12","source":"Council of the EU","kind":"fixed","derivation":"direct","chain":[]}'
    const back = fx.rateFromJSON(JSON.parse(JSON.stringify(json)));
    back.rate.equals(r.rate); // true
    // #endregion json
    expect(json.rate).toBe("7.5345");
    expect(text).toBe(
      '{"base":"EUR","quote":"HRK","rate":"7.5345","on":"2022-07-12","source":"Council of the EU","kind":"fixed","derivation":"direct","chain":[]}',
    );
    expect(back).toEqual(r);
    expect(back.rate.equals(r.rate)).toBe(true);
  });

  it("tableJSON", () => {
    // #region tableJSON
    const rates = fx.table([{ base: "USD", quote: "CNY", rate: "6.4128", on: "2021-09", kind: "average" }], {
      pivot: "EUR",
    });
    const json = fx.tableToJSON(rates);
    const { pivot } = json; // "EUR"
    const on = json.rates[0]?.on; // "2021-09"
    fx.tableFromJSON(json).rates[0]?.rate.toString(); // "6.4128"
    // A bad rate is reported with its path:
    // fx.tableFromJSON({ pivot: "USD", rates: [{ ...json.rates[0], rate: 6.4 }] })
    //   throws INVALID_SCHEMA: 'fx.tableFromJSON: json must be the JSON form of a rate table, got an object
    //   with keys pivot, rates. 1 issue: rates[0].rate: must be a decimal string such as "6.4128", got 6.4.'
    // #endregion tableJSON
    expect(pivot).toBe("EUR");
    expect(on).toBe("2021-09");
    expect(fx.tableFromJSON(json).rates[0]?.rate.toString()).toBe("6.4128");
    expect(() => fx.tableFromJSON({ pivot: "USD", rates: [{ ...json.rates[0], rate: 6.4 }] })).toThrow(
      'fx.tableFromJSON: json must be the JSON form of a rate table, got an object with keys pivot, rates. 1 issue: rates[0].rate: must be a decimal string such as "6.4128", got 6.4.',
    );
  });
});

describe("rates in plain JavaScript (included in the API docs)", () => {
  it("interop", () => {
    // #region interop
    const usdCny = fx.rate({ base: "USD", quote: "CNY", rate: "6.3939", on: "2021-09-30" });
    String(usdCny); // "USD/CNY 6.3939 on 2021-09-30"
    JSON.stringify(usdCny);
    // '{"base":"USD","quote":"CNY","rate":"6.3939","on":"2021-09-30","source":null,"kind":"spot",...}'
    const table = fx.table([usdCny]);
    String(table); // "1 rate, pivot USD"
    fx.tableFromJSON(JSON.parse(JSON.stringify(table))); // the same table
    // #endregion interop
    expect(String(usdCny)).toBe("USD/CNY 6.3939 on 2021-09-30");
    expect(JSON.parse(JSON.stringify(usdCny))).toEqual(fx.rateToJSON(usdCny));
    expect(String(table)).toBe("1 rate, pivot USD");
    expect(fx.tableFromJSON(JSON.parse(JSON.stringify(table)))).toEqual(table);
  });
});
