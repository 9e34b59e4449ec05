import { describe, expect, it } from "vitest";
import { figure } from "../../src/index.js";
import { code } from "../support.js";

describe("figure examples (included in the API docs)", () => {
  it("exact", () => {
    // #region exact
    const vehicles = figure.exact(300000);
    figure.isExact(vehicles); // true
    figure.format(vehicles); // "300000"
    // #endregion exact
    expect(figure.isExact(vehicles)).toBe(true);
    expect(figure.format(vehicles)).toBe("300000");
    expect(vehicles.lo.eq(300000) && vehicles.hi.eq(300000)).toBe(true);
  });

  it("reported", () => {
    // #region reported
    const gdp = figure.reported("193.48", { scale: "billion" });
    gdp.value.toString(); // "193480000000"
    figure.format(gdp, { scale: "billion", style: "interval" }); // "[193.475, 193.485)"
    // "33.0" and "33" differ: the trailing zero is a written digit.
    figure.format(figure.reported("33.0"), { style: "interval" }); // "[32.95, 33.05)"
    figure.format(figure.reported("33"), { style: "interval" }); // "[32.5, 33.5)"
    // Truncated figures lie above what is written.
    figure.format(figure.reported("33", { rounding: "down" }), { style: "interval" }); // "[33, 34)"
    // #endregion reported
    expect(gdp.value.toString()).toBe("193480000000");
    expect(figure.format(gdp, { scale: "billion", style: "interval" })).toBe("[193.475, 193.485)");
    expect(figure.format(figure.reported("33.0"), { style: "interval" })).toBe("[32.95, 33.05)");
    expect(figure.format(figure.reported("33"), { style: "interval" })).toBe("[32.5, 33.5)");
    expect(figure.format(figure.reported("33", { rounding: "down" }), { style: "interval" })).toBe("[33, 34)");
  });

  it("percent", () => {
    // #region percent
    const growth = figure.percent("38.8");
    growth.value.toString(); // "0.388"
    figure.format(growth, { style: "interval" }); // "[0.3875, 0.3885)"
    figure.format(growth, { as: "percent" }); // "38.8%"
    // #endregion percent
    expect(growth.value.toString()).toBe("0.388");
    expect(figure.format(growth, { style: "interval" })).toBe("[0.3875, 0.3885)");
    expect(figure.format(growth, { as: "percent" })).toBe("38.8%");
  });

  it("between", () => {
    // #region between
    const rate = figure.between("6.39276", "6.39345");
    rate.value.toString(); // "6.393105" (the midpoint)
    const open = figure.between(0, 1, { value: "0.25", hiInclusive: false });
    figure.format(open, { style: "interval" }); // "[0, 1)"
    open.value.toString(); // "0.25"
    // #endregion between
    expect(rate.value.toString()).toBe("6.393105");
    expect(figure.format(open, { style: "interval" })).toBe("[0, 1)");
    expect(open.value.toString()).toBe("0.25");
  });

  it("isFigure", () => {
    // #region isFigure
    figure.isFigure(figure.reported("1.5")); // true
    figure.isFigure({ value: 1, lo: 0, hi: 2 }); // false: plain numbers, no inclusiveness flags
    // #endregion isFigure
    expect(figure.isFigure(figure.reported("1.5"))).toBe(true);
    expect(figure.isFigure({ value: 1, lo: 0, hi: 2 })).toBe(false);
  });

  it("add", () => {
    // #region add
    const total = figure.add(figure.reported("403.74"), figure.reported("20.62"));
    figure.format(total, { style: "both" }); // "424.4 [424.35, 424.37)": the bounds agree on 424.4
    // #endregion add
    expect(figure.format(total, { style: "both" })).toBe("424.4 [424.35, 424.37)");
  });

  it("sub", () => {
    // #region sub
    const rest = figure.sub(figure.reported("424.36"), figure.reported("403.74"));
    figure.format(rest, { style: "both" }); // "20.6 (20.61, 20.63)"
    // #endregion sub
    expect(figure.format(rest, { style: "both" })).toBe("20.6 (20.61, 20.63)");
  });

  it("neg", () => {
    // #region neg
    const loss = figure.neg(figure.reported("2.5"));
    figure.format(loss, { style: "interval" }); // "(-2.55, -2.45]"
    // #endregion neg
    expect(figure.format(loss, { style: "interval" })).toBe("(-2.55, -2.45]");
  });

  it("mul", () => {
    // #region mul
    const yuan = figure.mul(figure.reported("30.26"), figure.exact("6.4"));
    figure.format(yuan, { style: "interval" }); // "[193.632, 193.696)"
    // #endregion mul
    expect(figure.format(yuan, { style: "interval" })).toBe("[193.632, 193.696)");
  });

  it("div", () => {
    // #region div
    // GDP in the first three quarters of 2020, implied by 193.48 bn yuan and +38.8%.
    const before = figure.div(figure.reported("193.48"), figure.add(1, figure.percent("38.8")));
    figure.format(before); // "139": the bounds agree on no decimal
    figure.format(before, { decimals: 2 }); // "139.39"
    figure.format(before, { style: "interval", decimals: 2 }); // "[139.34, 139.45]"
    // #endregion div
    expect(figure.format(before)).toBe("139");
    expect(figure.format(before, { decimals: 2 })).toBe("139.39");
    expect(figure.format(before, { style: "interval", decimals: 2 })).toBe("[139.34, 139.45]");
  });

  it("evaluate", () => {
    // #region evaluate
    // Growth of industrial output outside the four leading industries:
    // total 424.36 (+32%), the four industries 403.74 (+33.0%).
    const rest = figure.evaluate(
      ({ total, four, totalRate, fourRate }) =>
        total
          .minus(four)
          .div(total.div(totalRate.plus(1)).minus(four.div(fourRate.plus(1))))
          .minus(1),
      {
        total: figure.reported("424.36"),
        four: figure.reported("403.74"),
        totalRate: figure.percent("32"),
        fourRate: figure.percent("33.0"),
      },
    );
    figure.format(rest, { as: "percent", decimals: 1 }); // "15.1%"
    figure.format(rest, { as: "percent", style: "interval", decimals: 2 }); // "[7.06%, 24.27%]"
    // #endregion evaluate
    expect(figure.format(rest, { as: "percent", decimals: 1 })).toBe("15.1%");
    expect(figure.format(rest, { as: "percent", style: "interval", decimals: 2 })).toBe("[7.06%, 24.27%]");
  });

  it("evaluateMonotonicity", () => {
    // #region evaluateMonotonicity
    // Profit margin (revenue − cost) / revenue: rises with revenue, falls with cost.
    // Stating the directions takes two evaluations instead of four.
    const margin = figure.evaluate(
      ({ revenue, cost }) => revenue.minus(cost).div(revenue),
      {
        revenue: figure.reported("120"),
        cost: figure.reported("90"),
      },
      { monotonicity: { revenue: "increasing", cost: "decreasing" } },
    );
    figure.format(margin, { as: "percent", style: "interval", decimals: 2 }); // "[24.26%, 25.73%]"
    // #endregion evaluateMonotonicity
    expect(figure.format(margin, { as: "percent", style: "interval", decimals: 2 })).toBe("[24.26%, 25.73%]");
    const detected = figure.evaluate(({ revenue, cost }) => revenue.minus(cost).div(revenue), {
      revenue: figure.reported("120"),
      cost: figure.reported("90"),
    });
    expect(detected).toEqual(margin);
  });

  it("intersect", () => {
    // #region intersect
    // CNY per USD implied by three pairs of figures (yuan bn / dollar bn).
    const rate = (cny: string, usd: string) => figure.div(figure.reported(cny), figure.reported(usd));
    const common = figure.intersect(rate("193.48", "30.26"), rate("424.36", "66.38"), rate("403.74", "63.15"));
    if (!common.empty) figure.format(common.figure, { style: "interval", decimals: 5 }); // "[6.39276, 6.39345]"
    const clash = figure.intersect(figure.reported("6.39"), figure.reported("6.41"), figure.reported("6.4"));
    const consistent = !clash.empty; // false
    const conflicts = clash.empty ? clash.conflicts : []; // [{ below: 0, above: 1 }]: 6.39 and 6.41 cannot both be right
    // #endregion intersect
    expect(common.empty).toBe(false);
    if (!common.empty)
      expect(figure.format(common.figure, { style: "interval", decimals: 5 })).toBe("[6.39276, 6.39345]");
    expect(consistent).toBe(false);
    expect(conflicts).toEqual([{ below: 0, above: 1 }]);
    expect(clash).toEqual({ empty: true, conflicts: [{ below: 0, above: 1 }] });
  });

  it("contains", () => {
    // #region contains
    const gdp = figure.reported("193.48");
    figure.contains(gdp, "193.475"); // true
    figure.contains(gdp, "193.485"); // false: it would have been written 193.49
    figure.contains(gdp, figure.reported("193.480")); // true
    // #endregion contains
    expect(figure.contains(gdp, "193.475")).toBe(true);
    expect(figure.contains(gdp, "193.485")).toBe(false);
    expect(figure.contains(gdp, figure.reported("193.480"))).toBe(true);
  });

  it("width", () => {
    // #region width
    figure.width(figure.reported("193.48")).toString(); // "0.01"
    figure.width(figure.exact(5)).toString(); // "0"
    // #endregion width
    expect(figure.width(figure.reported("193.48")).toString()).toBe("0.01");
    expect(figure.width(figure.exact(5)).toString()).toBe("0");
  });

  it("midpoint", () => {
    // #region midpoint
    const truncated = figure.reported("33", { rounding: "down" });
    truncated.value.toString(); // "33"
    figure.midpoint(truncated).toString(); // "33.5"
    // #endregion midpoint
    expect(truncated.value.toString()).toBe("33");
    expect(figure.midpoint(truncated).toString()).toBe("33.5");
  });

  it("isExact", () => {
    // #region isExact
    figure.isExact(figure.exact("0.388")); // true
    figure.isExact(figure.percent("38.8")); // false
    figure.isExact(figure.percent(38.8)); // true: a JS number carries no written digits
    // #endregion isExact
    expect(figure.isExact(figure.exact("0.388"))).toBe(true);
    expect(figure.isExact(figure.percent("38.8"))).toBe(false);
    expect(figure.isExact(figure.percent(38.8))).toBe(true);
  });

  it("format", () => {
    // #region format
    const share = figure.div(figure.reported("403.74"), figure.reported("424.36"));
    figure.format(share, { as: "percent", decimals: 2 }); // "95.14%"
    figure.format(figure.percent("+38.8"), { as: "percent", signed: true }); // "+38.8%"
    figure.format(figure.reported("193.48", { scale: "billion" }), { scale: "billion", style: "both" }); // "193.48 [193.475, 193.485)"
    // #endregion format
    expect(figure.format(share, { as: "percent", decimals: 2 })).toBe("95.14%");
    expect(figure.format(figure.percent("+38.8"), { as: "percent", signed: true })).toBe("+38.8%");
    expect(figure.format(figure.reported("193.48", { scale: "billion" }), { scale: "billion", style: "both" })).toBe(
      "193.48 [193.475, 193.485)",
    );
  });
});

describe("figures in plain JavaScript (included in the API docs)", () => {
  it("interop", () => {
    // #region interop
    const gdp = figure.reported("193.48");
    JSON.stringify(gdp);
    // '{"value":"193.48","lo":"193.475","hi":"193.485","loInclusive":true,"hiInclusive":false}'
    String(gdp); // "193.48 [193.475, 193.485)"
    String(figure.exact("5")); // "5"
    // #endregion interop
    expect(JSON.stringify(gdp)).toBe(
      '{"value":"193.48","lo":"193.475","hi":"193.485","loInclusive":true,"hiInclusive":false}',
    );
    expect(String(gdp)).toBe("193.48 [193.475, 193.485)");
    expect(String(figure.exact("5"))).toBe("5");
  });
});

describe("figure formatting by locale (included in the API docs)", () => {
  it("formatLocale", () => {
    // #region formatLocale
    const gdp = figure.reported("1234.5", { scale: "亿" }); // 123450000000, to the nearest 0.1 亿
    figure.format(gdp, { scale: "亿", locale: "zh-CN" }); // "1,234.5"
    figure.format(gdp, { scale: "亿", locale: "it-IT" }); // "1.234,5"
    figure.format(gdp, { scale: "亿", locale: "it-IT", style: "interval" }); // "[1.234,45; 1.234,55)"
    figure.format(figure.div(1, 3)); // "0.333": computed from exact numbers, 3 significant digits
    // #endregion formatLocale
    expect(figure.format(gdp, { scale: "亿", locale: "zh-CN" })).toBe("1,234.5");
    expect(figure.format(gdp, { scale: "亿", locale: "it-IT" })).toBe("1.234,5");
    expect(figure.format(gdp, { scale: "亿", locale: "it-IT", style: "interval" })).toBe("[1.234,45; 1.234,55)");
    expect(figure.format(figure.div(1, 3))).toBe("0.333");
    expect(code(() => figure.format(gdp, { locale: "xx-invalid-tag-!" }))).toBe("INVALID_VALUE");
    expect(code(() => figure.format(gdp, { locle: "it" } as never))).toBe("UNKNOWN_OPTION");
  });
});

describe("figures from article text (included in the API docs)", () => {
  it("parse", () => {
    // #region parse
    const gdp = figure.parse("193,48 miliardi", { locale: "it-IT" });
    figure.format(gdp, { style: "interval" }); // "[193475000000, 193485000000)"
    figure.format(figure.parse("1934.8亿", { locale: "zh-CN" }), { style: "interval" }); // "[193475000000, 193485000000)"
    figure.format(figure.parse("30.26 billion")); // "30260000000"
    figure.format(figure.parse("30.26 billion.")); // "30260000000" (the sentence's point is not read)
    // #endregion parse
    expect(figure.format(gdp, { style: "interval" })).toBe("[193475000000, 193485000000)");
    expect(figure.format(figure.parse("1934.8亿", { locale: "zh-CN" }), { style: "interval" })).toBe(
      "[193475000000, 193485000000)",
    );
    expect(figure.format(figure.parse("30.26 billion"))).toBe("30260000000");
    expect(figure.format(figure.parse("30.26 billion."))).toBe("30260000000");
    expect(code(() => figure.parse("193,48 gazillions", { locale: "it-IT" }))).toBe("INVALID_TEXT");
    expect(code(() => figure.parse("1".repeat(201)))).toBe("TEXT_TOO_LONG");
    expect(code(() => figure.parse("1", { locle: "it" } as never))).toBe("UNKNOWN_OPTION");
  });
});
