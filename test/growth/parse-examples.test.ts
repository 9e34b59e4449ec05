// Examples of growth.parse, growth.fromJSON and growth.pointsFromJSON (included in the API docs).
import { describe, expect, it } from "vitest";
import { figure, growth } from "../../src/index.js";
import { thrown } from "../support.js";

describe("growth reading examples (included in the API docs)", () => {
  it("parse", () => {
    // #region parse
    const rate = growth.parse("in crescita del 38,8%");
    growth.format(rate); // "+38.8%"
    figure.format(rate.kind === "growthRate" ? rate.fraction : rate.points, { style: "interval" }); // "[0.3875, 0.3885)"
    growth.format(growth.parse("同比增长38.8%")); // "+38.8%"
    growth.format(growth.parse("up 38.8% year on year", { basis: "real" })); // "+38.8% (real)"
    growth.format(growth.parse("Rückgang um 2,1 % gegenüber dem Vorjahr")); // "-2.1%"
    growth.format(growth.parse("un descenso del 2,1% interanual")); // "-2.1%"
    growth.format(growth.parse("en baisse de 2,1 %", { locale: "fr-FR" })); // "-2.1%"
    growth.format(growth.parse("up 38.8% year on year.")); // "+38.8%" (the sentence's point is not read)
    // #endregion parse
    expect(growth.format(rate)).toBe("+38.8%");
    expect(rate.kind).toBe("growthRate");
    expect(figure.format(rate.kind === "growthRate" ? rate.fraction : rate.points, { style: "interval" })).toBe(
      "[0.3875, 0.3885)",
    );
    expect(growth.format(growth.parse("同比增长38.8%"))).toBe("+38.8%");
    expect(growth.format(growth.parse("up 38.8% year on year", { basis: "real" }))).toBe("+38.8% (real)");
    expect(growth.format(growth.parse("Rückgang um 2,1 % gegenüber dem Vorjahr"))).toBe("-2.1%");
    expect(growth.format(growth.parse("un descenso del 2,1% interanual"))).toBe("-2.1%");
    expect(growth.format(growth.parse("en baisse de 2,1 %", { locale: "fr-FR" }))).toBe("-2.1%");
    expect(growth.format(growth.parse("up 38.8% year on year."))).toBe("+38.8%");
  });

  it("parsePoints", () => {
    // #region parsePoints
    const change = growth.parse("-2.1 pp");
    change.kind; // "percentagePoints"
    growth.format(change); // "-2.1 pp"
    growth.format(growth.parse("下降0.5个百分点")); // "-0.5 pp"
    growth.format(growth.parse("+0,7 punti percentuali")); // "+0.7 pp"
    // #endregion parsePoints
    expect(change.kind).toBe("percentagePoints");
    expect(growth.format(change)).toBe("-2.1 pp");
    expect(growth.format(growth.parse("下降0.5个百分点"))).toBe("-0.5 pp");
    expect(growth.format(growth.parse("+0,7 punti percentuali"))).toBe("+0.7 pp");
  });

  it("parseStrict", () => {
    // #region parseStrict
    growth.format(growth.parse("38.8")); // "+38.8%" (a table's "%" column)
    // growth.parse("38.8", { strict: true }) throws INVALID_TEXT: no % or points
    // growth.parse("1,234%", { strict: true }) throws INVALID_TEXT: "," may be either separator
    growth.format(growth.parse("1,234%", { strict: true, locale: "it-IT" })); // "+1.234%"
    // growth.parse("down +2.1%") throws INVALID_TEXT: the sign contradicts the word
    // #endregion parseStrict
    expect(growth.format(growth.parse("38.8"))).toBe("+38.8%");
    expect(thrown(() => growth.parse("38.8", { strict: true }))).toMatchObject({ code: "INVALID_TEXT" });
    expect(thrown(() => growth.parse("1,234%", { strict: true }))).toMatchObject({ code: "INVALID_TEXT" });
    expect(growth.format(growth.parse("1,234%", { strict: true, locale: "it-IT" }))).toBe("+1.234%");
    expect(thrown(() => growth.parse("down +2.1%"))).toMatchObject({ code: "INVALID_TEXT" });
  });

  it("parseBasis", () => {
    // #region parseBasis
    const real = growth.parse("实际增长5.2%", { locale: "zh-CN" });
    real.kind === "growthRate" && real.basis; // "real"
    growth.format(real); // "+5.2% (real)"
    growth.format(growth.parse("up 3.1% in nominal terms")); // "+3.1% (nominal)"
    growth.format(growth.parse("in crescita dello 0,7% in termini reali")); // "+0.7% (real)"
    growth.format(growth.parse("Anstieg um 1,5 % preisbereinigt")); // "+1.5% (real)"
    growth.format(growth.parse("+2.1%")); // "+2.1%" (basis "unspecified")
    // growth.parse("real growth of 5% in nominal terms") throws INVALID_TEXT: both bases
    // growth.parse("环比增长3%") throws INVALID_TEXT: not year on year (a rate records no span)
    // growth.parse("up 3% q/q") throws INVALID_TEXT: the same
    // #endregion parseBasis
    expect(real.kind === "growthRate" && real.basis).toBe("real");
    expect(growth.format(real)).toBe("+5.2% (real)");
    expect(growth.format(growth.parse("up 3.1% in nominal terms"))).toBe("+3.1% (nominal)");
    expect(growth.format(growth.parse("in crescita dello 0,7% in termini reali"))).toBe("+0.7% (real)");
    expect(growth.format(growth.parse("Anstieg um 1,5 % preisbereinigt"))).toBe("+1.5% (real)");
    expect(growth.format(growth.parse("+2.1%"))).toBe("+2.1%");
    expect(thrown(() => growth.parse("real growth of 5% in nominal terms"))).toMatchObject({ code: "INVALID_TEXT" });
    expect(thrown(() => growth.parse("环比增长3%"))).toMatchObject({ code: "INVALID_TEXT" });
    expect(thrown(() => growth.parse("up 3% q/q"))).toMatchObject({ code: "INVALID_TEXT" });
  });

  it("fromJSON", () => {
    // #region fromJSON
    const rate = growth.parse("增长38.8%", { basis: "real" });
    const text = JSON.stringify(rate);
    // '{"kind":"growthRate","fraction":{"value":"0.388","lo":"0.3875","hi":"0.3885",
    //   "loInclusive":true,"hiInclusive":false},"basis":"real","flags":[]}'
    const back = growth.fromJSON(JSON.parse(text));
    growth.format(back); // "+38.8% (real)"
    figure.format(back.fraction, { style: "interval" }); // "[0.3875, 0.3885)"
    // #endregion fromJSON
    expect(JSON.parse(text)).toEqual({
      kind: "growthRate",
      fraction: { value: "0.388", lo: "0.3875", hi: "0.3885", loInclusive: true, hiInclusive: false },
      basis: "real",
      flags: [],
    });
    expect(back).toEqual(rate);
    expect(growth.format(back)).toBe("+38.8% (real)");
    expect(figure.format(back.fraction, { style: "interval" })).toBe("[0.3875, 0.3885)");
  });

  it("pointsFromJSON", () => {
    // #region pointsFromJSON
    const change = growth.parse("-2.1 pp");
    const back = growth.pointsFromJSON(JSON.parse(JSON.stringify(change)));
    growth.format(back); // "-2.1 pp"
    // #endregion pointsFromJSON
    expect(back).toEqual(change);
    expect(growth.format(back)).toBe("-2.1 pp");
  });
});
