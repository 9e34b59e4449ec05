import { describe, expect, it } from "vitest";
import { figure, growth } from "../../src/index.js";

describe("growth examples (included in the API docs)", () => {
  it("fromPercent", () => {
    // #region fromPercent
    const gdpGrowth = growth.fromPercent("38.8", { basis: "real" });
    gdpGrowth.fraction.value.toString(); // "0.388"
    figure.format(gdpGrowth.fraction, { style: "interval" }); // "[0.3875, 0.3885)"
    growth.format(gdpGrowth); // "+38.8% (real)"
    // #endregion fromPercent
    expect(gdpGrowth.fraction.value.toString()).toBe("0.388");
    expect(figure.format(gdpGrowth.fraction, { style: "interval" })).toBe("[0.3875, 0.3885)");
    expect(growth.format(gdpGrowth)).toBe("+38.8% (real)");
  });

  it("fromFraction", () => {
    // #region fromFraction
    const r = growth.fromFraction("0.05", { basis: "nominal" });
    growth.format(r); // "+5% (nominal)"
    // #endregion fromFraction
    expect(growth.format(r)).toBe("+5% (nominal)");
    expect(figure.isExact(r.fraction)).toBe(true);
  });

  it("toPercent", () => {
    // #region toPercent
    growth.toPercent(growth.fromPercent("38.8")).value.toString(); // "38.8"
    // #endregion toPercent
    expect(growth.toPercent(growth.fromPercent("38.8")).value.toString()).toBe("38.8");
  });

  it("rate", () => {
    // #region rate
    const r = growth.rate(figure.exact(120), figure.exact(100), { basis: "nominal" });
    growth.format(r); // "+20% (nominal)"
    // A negative base: the signed formula by default, as pandas does.
    const signed = growth.rate(-5, -10);
    growth.format(signed); // "-50%"
    const flags = signed.flags; // ["negativeBase"]
    growth.format(growth.rate(-5, -10, { denominator: "absolute" })); // "+50%"
    // #endregion rate
    expect(growth.format(r)).toBe("+20% (nominal)");
    expect(growth.format(signed)).toBe("-50%");
    expect(flags).toEqual(["negativeBase"]);
    expect(growth.format(growth.rate(-5, -10, { denominator: "absolute" }))).toBe("+50%");
  });

  it("tryRate", () => {
    // #region tryRate
    const r = growth.tryRate(5, 0);
    const kind = r.kind; // "undefinedGrowth"
    growth.format(r); // "undefined (zero base)"
    // growth.rate(5, 0) throws an AccordoError with code UNDEFINED_RESULT
    // #endregion tryRate
    expect(kind).toBe("undefinedGrowth");
    expect(r).toEqual({ kind: "undefinedGrowth", reason: "zeroBase", basis: "unspecified" });
    expect(growth.format(r)).toBe("undefined (zero base)");
    expect(() => growth.rate(5, 0)).toThrow(expect.objectContaining({ code: "UNDEFINED_RESULT" }));
  });

  it("previous", () => {
    // #region previous
    // GDP of the first three quarters of 2020 implied by 193.48 bn yuan and +38.8% (a real rate).
    const before = growth.previous(figure.reported("193.48"), growth.fromPercent("38.8", { basis: "real" }));
    figure.format(before.level); // "139": the digits on which the bounds agree
    figure.format(before.level, { decimals: 2 }); // "139.39"
    figure.format(before.level, { style: "interval", decimals: 2 }); // "[139.34, 139.45]"
    const comparable = before.comparableWithNominal; // "no": not last year's published nominal GDP
    // #endregion previous
    expect(figure.format(before.level)).toBe("139");
    expect(figure.format(before.level, { decimals: 2 })).toBe("139.39");
    expect(figure.format(before.level, { style: "interval", decimals: 2 })).toBe("[139.34, 139.45]");
    expect(comparable).toBe("no");
  });

  it("apply", () => {
    // #region apply
    const later = growth.apply(figure.exact(100), growth.fromPercent(10), 2);
    later.level.value.toString(); // "121"
    // #endregion apply
    expect(later.level.value.toString()).toBe("121");
    expect(figure.isExact(later.level)).toBe(true);
  });

  it("cagr", () => {
    // #region cagr
    const r = growth.cagr({ from: 100, to: 121, years: 2 });
    growth.format(r); // "+10%"
    // growth.cagr({ from: 100, to: -5, years: 2 }) and growth.cagr({ from: 100, to: 121, years: 0 }) throw OUT_OF_RANGE
    // #endregion cagr
    expect(growth.format(r)).toBe("+10%");
    for (const bad of [
      () => growth.cagr({ from: 100, to: -5, years: 2 }),
      () => growth.cagr({ from: 100, to: 121, years: 0 }),
    ]) {
      expect(bad).toThrow(expect.objectContaining({ code: "OUT_OF_RANGE" }));
    }
  });

  it("annualize", () => {
    // #region annualize
    const yearly = growth.annualize(growth.fromPercent(2), 4);
    growth.format(yearly); // "+8.243216%"
    // #endregion annualize
    expect(growth.format(yearly)).toBe("+8.243216%");
  });

  it("deannualize", () => {
    // #region deannualize
    const quarterly = growth.deannualize(growth.fromFraction("0.08243216"), 4);
    growth.format(quarterly); // "+2%"
    // #endregion deannualize
    expect(growth.format(quarterly)).toBe("+2%");
  });

  it("share", () => {
    // #region share
    const s = growth.share(figure.reported("403.74"), figure.reported("424.36"));
    growth.format(s, { decimals: 2 }); // "95.14%"
    // #endregion share
    expect(growth.format(s, { decimals: 2 })).toBe("95.14%");
  });

  it("pointChange", () => {
    // #region pointChange
    const change = growth.pointChange(growth.share(95.14, 100), growth.share(94.43, 100));
    growth.format(change); // "+0.71 pp"
    // #endregion pointChange
    expect(growth.format(change)).toBe("+0.71 pp");
  });

  it("contribution", () => {
    // #region contribution
    // From 80 to 90 in a total that went from 100 to 115: the part contributed 10 points of the 15%.
    const c = growth.contribution(90, 80, 100);
    growth.format(c); // "+10 pp"
    // #endregion contribution
    expect(growth.format(c)).toBe("+10 pp");
  });

  it("remainder", () => {
    // #region remainder
    // Industrial output 424.36 bn (+32%), of which the four leading industries 403.74 bn (+33.0%).
    const rest = growth.remainder({ current: figure.reported("424.36"), rate: growth.fromPercent("32") }, [
      { current: figure.reported("403.74"), rate: growth.fromPercent("33.0") },
    ]);
    figure.format(rest.current, { decimals: 2 }); // "20.62"
    growth.format(rest.rate, { decimals: 1 }); // "+15.1%"
    growth.format(rest.rate, { style: "interval", decimals: 2 }); // "[7.06%, 24.27%]"
    // #endregion remainder
    expect(figure.format(rest.current, { decimals: 2 })).toBe("20.62");
    expect(growth.format(rest.rate, { decimals: 1 })).toBe("+15.1%");
    expect(growth.format(rest.rate, { style: "interval", decimals: 2 })).toBe("[7.06%, 24.27%]");
  });

  it("format", () => {
    // #region format
    growth.format(growth.fromPercent("33.0", { basis: "real" })); // "+33.0% (real)"
    growth.format(growth.share(1, 4)); // "25%"
    growth.format(growth.pointChange(growth.share(1, 4), growth.share(1, 5))); // "+5 pp"
    growth.format(growth.previous(figure.exact(110), growth.fromPercent(10, { basis: "real" })));
    // "100 (implied by a real rate: not comparable with a nominal level)"
    // #endregion format
    expect(growth.format(growth.fromPercent("33.0", { basis: "real" }))).toBe("+33.0% (real)");
    expect(growth.format(growth.share(1, 4))).toBe("25%");
    expect(growth.format(growth.pointChange(growth.share(1, 4), growth.share(1, 5)))).toBe("+5 pp");
    expect(growth.format(growth.previous(figure.exact(110), growth.fromPercent(10, { basis: "real" })))).toBe(
      "100 (implied by a real rate: not comparable with a nominal level)",
    );
  });
});

describe("growth values in plain JavaScript (included in the API docs)", () => {
  it("interop", () => {
    // #region interop
    const yoy = growth.fromPercent("38.8");
    String(yoy); // "+38.8%"
    JSON.parse(JSON.stringify(yoy)).fraction; // { value: "0.388", lo: "0.3875", hi: "0.3885", ... }
    // #endregion interop
    expect(String(yoy)).toBe("+38.8%");
    expect(JSON.parse(JSON.stringify(yoy))).toEqual({
      kind: "growthRate",
      fraction: { value: "0.388", lo: "0.3875", hi: "0.3885", loInclusive: true, hiInclusive: false },
      basis: "unspecified",
      flags: [],
    });
  });
});

describe("growth formatting by locale (included in the API docs)", () => {
  it("formatLocale", () => {
    // #region formatLocale
    const computed = growth.rate("193.48", "139.39"); // exact inputs: 0.38804792309347872874668...
    growth.format(computed); // "+38.8%" (3 significant digits for a value computed from exact inputs)
    growth.format(computed, { decimals: 4 }); // "+38.8048%"
    const reported = growth.fromPercent("38.8");
    growth.format(reported, { locale: "it-IT" }); // "+38,8%"
    growth.format(reported, { locale: "fr-FR" }); // "+38,8 %" (a no-break space before %, as Intl writes it)
    growth.format(growth.pointChange(figure.percent("95.14"), figure.percent("94.43")), { locale: "de-DE" }); // "+0,7 pp"
    // #endregion formatLocale
    expect(growth.format(computed)).toBe("+38.8%");
    expect(growth.format(computed, { decimals: 4 })).toBe("+38.8048%");
    expect(growth.format(reported, { locale: "it-IT" })).toBe("+38,8%");
    expect(growth.format(reported, { locale: "fr-FR" })).toBe("+38,8\u00a0%");
    expect(
      growth.format(growth.pointChange(figure.percent("95.14"), figure.percent("94.43")), { locale: "de-DE" }),
    ).toBe("+0,7 pp");
  });
});
