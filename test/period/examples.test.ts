import { describe, expect, it } from "vitest";
import * as period from "../../src/period/index.js";

describe("period examples", () => {
  it("constructors", () => {
    // #region constructors
    // (import { period } from "accordo")
    period.format(period.year(2021)); // "2021"
    period.format(period.half(2024, 1)); // "2024-S1"
    period.format(period.quarter(2021, 3)); // "2021-Q3"
    period.format(period.month(2021, 9)); // "2021-09"
    period.format(period.week(2021, 47)); // "2021-W47"
    period.format(period.day("2021-11-27")); // "2021-11-27"
    period.format(period.day(2021, 11, 27)); // "2021-11-27"
    // #endregion constructors
    expect(period.format(period.year(2021))).toBe("2021");
    expect(period.format(period.half(2024, 1))).toBe("2024-S1");
    expect(period.format(period.quarter(2021, 3))).toBe("2021-Q3");
    expect(period.format(period.month(2021, 9))).toBe("2021-09");
    expect(period.format(period.week(2021, 47))).toBe("2021-W47");
    expect(period.format(period.day("2021-11-27"))).toBe("2021-11-27");
    expect(period.format(period.day(2021, 11, 27))).toBe("2021-11-27");
  });

  it("range", () => {
    // #region range
    const firstThreeQuarters = period.range(period.quarter(2021, 1), period.quarter(2021, 3));
    period.format(firstThreeQuarters); // "2021-Q1/2021-Q3"
    period.lengthInMonths(firstThreeQuarters); // 9
    // #endregion range
    expect(period.format(firstThreeQuarters)).toBe("2021-Q1/2021-Q3");
    expect(period.lengthInMonths(firstThreeQuarters)).toBe(9);
  });

  it("parse", () => {
    // #region parse
    const target = period.parse("2024-H1"); // { kind: "half", year: 2024, half: 1 }
    period.format(target); // "2024-S1"
    period.format(period.parse("2021-M09")); // "2021-09"
    const ytd = period.parse("2021-Q1/2021-Q3"); // ytd.kind === "range"
    // period.parse("2021-W53") throws INVALID_PERIOD: 2021 has 52 ISO weeks
    // #endregion parse
    expect(target).toEqual({ kind: "half", year: 2024, half: 1 });
    expect(period.format(target)).toBe("2024-S1");
    expect(period.format(period.parse("2021-M09"))).toBe("2021-09");
    expect(ytd.kind).toBe("range");
    expect(() => period.parse("2021-W53")).toThrow(/52 ISO weeks/);
  });

  it("formatLocale", () => {
    // #region formatLocale
    const ytd = period.parse("2021-Q1/2021-Q3");
    period.format(ytd); // "2021-Q1/2021-Q3" (no locale: the SDMX-style text)
    period.format(ytd, { locale: "en" }); // "first three quarters of 2021"
    period.format(ytd, { locale: "it-IT" }); // "primi tre trimestri del 2021"
    period.format(ytd, { locale: "zh-CN" }); // "2021年前三季度"
    period.format(period.half(2024, 1), { locale: "en" }); // "H1 2024"
    period.format(period.month(2021, 9), { locale: "de-DE" }); // "September 2021"
    // #endregion formatLocale
    expect(period.format(ytd)).toBe("2021-Q1/2021-Q3");
    expect(period.format(ytd, { locale: "en" })).toBe("first three quarters of 2021");
    expect(period.format(ytd, { locale: "it-IT" })).toBe("primi tre trimestri del 2021");
    expect(period.format(ytd, { locale: "zh-CN" })).toBe("2021年前三季度");
    expect(period.format(period.half(2024, 1), { locale: "en" })).toBe("H1 2024");
    expect(period.format(period.month(2021, 9), { locale: "de-DE" })).toBe("September 2021");
  });

  it("parseLocale", () => {
    // #region parseLocale
    period.format(period.parse("primi tre trimestri 2021", { locale: "it" })); // "2021-Q1/2021-Q3"
    period.format(period.parse("2021年前三季度", { locale: "zh" })); // "2021-Q1/2021-Q3"
    period.format(period.parse("1H 2024", { locale: "en" })); // "2024-S1"
    period.format(period.parse("settembre 2021", { locale: "it" })); // "2021-09"
    period.format(period.parse("2024年上半年。", { locale: "zh" })); // "2024-S1" (the sentence's 。 is not read)
    // period.parse("3Q21", { locale: "en" }) throws INVALID_TEXT: a two-digit year is a guess
    period.format(period.parse("3Q21", { locale: "en", strict: false })); // "2021-Q3"
    // #endregion parseLocale
    expect(period.format(period.parse("primi tre trimestri 2021", { locale: "it" }))).toBe("2021-Q1/2021-Q3");
    expect(period.format(period.parse("2021年前三季度", { locale: "zh" }))).toBe("2021-Q1/2021-Q3");
    expect(period.format(period.parse("1H 2024", { locale: "en" }))).toBe("2024-S1");
    expect(period.format(period.parse("settembre 2021", { locale: "it" }))).toBe("2021-09");
    expect(period.format(period.parse("2024年上半年。", { locale: "zh" }))).toBe("2024-S1");
    expect(() => period.parse("3Q21", { locale: "en" })).toThrow(expect.objectContaining({ code: "INVALID_TEXT" }));
    expect(period.format(period.parse("3Q21", { locale: "en", strict: false }))).toBe("2021-Q3");
  });

  it("isPeriod", () => {
    // #region isPeriod
    period.isPeriod({ kind: "quarter", year: 2021, quarter: 3 }); // true
    period.isPeriod({ kind: "quarter", year: 2021, quarter: 5 }); // false
    // #endregion isPeriod
    expect(period.isPeriod({ kind: "quarter", year: 2021, quarter: 3 })).toBe(true);
    expect(period.isPeriod({ kind: "quarter", year: 2021, quarter: 5 })).toBe(false);
  });

  it("startEnd", () => {
    // #region startEnd
    const target = period.parse("2024-S1");
    period.start(target); // "2024-01-01"
    period.end(target); // "2024-07-01" (exclusive: the first day after)
    period.lastDay(target); // "2024-06-30"
    period.start(period.week(2021, 47)); // "2021-11-22", a Monday
    // #endregion startEnd
    expect(period.start(target)).toBe("2024-01-01");
    expect(period.end(target)).toBe("2024-07-01");
    expect(period.lastDay(target)).toBe("2024-06-30");
    expect(period.start(period.week(2021, 47))).toBe("2021-11-22");
  });

  it("length", () => {
    // #region length
    const ytd = period.parse("2021-Q1/2021-Q3");
    period.lengthInDays(ytd); // 273
    period.lengthInMonths(ytd); // 9
    period.lengthInDays(period.year(2024)); // 366
    // #endregion length
    expect(period.lengthInDays(ytd)).toBe(273);
    expect(period.lengthInMonths(ytd)).toBe(9);
    expect(period.lengthInDays(period.year(2024))).toBe(366);
  });

  it("contains", () => {
    // #region contains
    const ytd = period.parse("2021-Q1/2021-Q3");
    period.contains(ytd, "2021-09-30"); // true
    period.contains(ytd, "2021-10-01"); // false
    period.contains(ytd, period.month(2021, 5)); // true
    // #endregion contains
    expect(period.contains(ytd, "2021-09-30")).toBe(true);
    expect(period.contains(ytd, "2021-10-01")).toBe(false);
    expect(period.contains(ytd, period.month(2021, 5))).toBe(true);
  });

  it("compare", () => {
    // #region compare
    const sorted = ["2021-Q3", "2021", "2021-09", "2021-Q1/2021-Q3"]
      .map((text) => period.parse(text))
      .sort(period.compare)
      .map((p) => period.format(p));
    // ["2021-Q1/2021-Q3", "2021", "2021-Q3", "2021-09"]
    period.equals(period.parse("2024-H1"), period.half(2024, 1)); // true
    // #endregion compare
    expect(sorted).toEqual(["2021-Q1/2021-Q3", "2021", "2021-Q3", "2021-09"]);
    expect(period.equals(period.parse("2024-H1"), period.half(2024, 1))).toBe(true);
  });

  it("shift", () => {
    // #region shift
    const ytd = period.parse("2021-Q1/2021-Q3");
    period.format(period.samePeriodLastYear(ytd)); // "2020-Q1/2020-Q3"
    period.format(period.shiftYears(period.day("2024-02-29"), 1)); // "2025-02-28"
    // #endregion shift
    expect(period.format(period.samePeriodLastYear(ytd))).toBe("2020-Q1/2020-Q3");
    expect(period.format(period.shiftYears(period.day("2024-02-29"), 1))).toBe("2025-02-28");
  });

  it("isYearToDate", () => {
    // #region isYearToDate
    period.isYearToDate(period.parse("2021-Q1/2021-Q3")); // true
    period.isYearToDate(period.parse("2021-Q2/2021-Q3")); // false
    // #endregion isYearToDate
    expect(period.isYearToDate(period.parse("2021-Q1/2021-Q3"))).toBe(true);
    expect(period.isYearToDate(period.parse("2021-Q2/2021-Q3"))).toBe(false);
  });

  it("containing", () => {
    // #region containing
    period.format(period.containing("2021-11-27", "quarter")); // "2021-Q4"
    period.format(period.containing("2021-11-27", "week")); // "2021-W47"
    period.format(period.containing("2021-01-01", "week")); // "2020-W53"
    // #endregion containing
    expect(period.format(period.containing("2021-11-27", "quarter"))).toBe("2021-Q4");
    expect(period.format(period.containing("2021-11-27", "week"))).toBe("2021-W47");
    expect(period.format(period.containing("2021-01-01", "week"))).toBe("2020-W53");
  });

  it("isDate", () => {
    // #region isDate
    period.isDate("2024-02-29"); // true
    period.isDate("2021-02-29"); // false
    period.isDate("2021-11-27T10:00:00Z"); // false
    // #endregion isDate
    expect(period.isDate("2024-02-29")).toBe(true);
    expect(period.isDate("2021-02-29")).toBe(false);
    expect(period.isDate("2021-11-27T10:00:00Z")).toBe(false);
  });

  it("parseDate", () => {
    // #region parseDate
    const signed = period.parseDate("2021-03-30");
    // period.parseDate("2021-02-30") throws INVALID_PERIOD
    // #endregion parseDate
    expect(signed).toBe("2021-03-30");
    expect(() => period.parseDate("2021-02-30")).toThrow(/real day/);
  });

  it("compareDates", () => {
    // #region compareDates
    period.compareDates("2021-03-30", "2024-03-28"); // -1
    period.compareDates("2024-03-28", "2024-03-28"); // 0
    // #endregion compareDates
    expect(period.compareDates("2021-03-30", "2024-03-28")).toBe(-1);
    expect(period.compareDates("2024-03-28", "2024-03-28")).toBe(0);
  });

  it("daysBetween", () => {
    // #region daysBetween
    period.daysBetween("2024-06-30", "2024-07-31"); // 31
    period.daysBetween("2024-03-01", "2024-02-28"); // -2 (2024 is a leap year)
    // #endregion daysBetween
    expect(period.daysBetween("2024-06-30", "2024-07-31")).toBe(31);
    expect(period.daysBetween("2024-03-01", "2024-02-28")).toBe(-2);
  });

  it("addDays", () => {
    // #region addDays
    period.addDays("2024-06-30", 1); // "2024-07-01"
    period.addDays("2021-01-01", -1); // "2020-12-31"
    // #endregion addDays
    expect(period.addDays("2024-06-30", 1)).toBe("2024-07-01");
    expect(period.addDays("2021-01-01", -1)).toBe("2020-12-31");
  });
});

describe("periods in plain JavaScript (included in the API docs)", () => {
  it("interop", () => {
    // #region interop
    const ytd = period.range(period.quarter(2021, 1), period.quarter(2021, 3));
    JSON.stringify({ period: ytd }); // '{"period":"2021-Q1/2021-Q3"}'
    String(ytd); // "2021-Q1/2021-Q3", as in a template literal
    // #endregion interop
    expect(JSON.stringify({ period: ytd })).toBe('{"period":"2021-Q1/2021-Q3"}');
    expect(String(ytd)).toBe("2021-Q1/2021-Q3");
    // eslint-disable-next-line @typescript-eslint/restrict-template-expressions -- what a JS caller writes
    expect(`${ytd}`).toBe("2021-Q1/2021-Q3");
  });
});

describe("dates from plain JavaScript (included in the API docs)", () => {
  it("dates", () => {
    // #region dates
    // a JS Date counts as its UTC day; a Temporal.PlainDate (or any { year, month, day } with toString) as its day
    period.parseDate(new Date("2021-11-27T23:30:00-05:00")); // "2021-11-28" (04:30 UTC)
    const plain = { year: 2021, month: 11, day: 27, toString: () => "2021-11-27" };
    period.daysBetween(plain, new Date(Date.UTC(2024, 2, 28))); // 852
    period.contains(period.parse("2024-S1"), new Date(Date.UTC(2024, 2, 28))); // true
    // #endregion dates
    expect(period.parseDate(new Date("2021-11-27T23:30:00-05:00"))).toBe("2021-11-28");
    expect(period.daysBetween(plain, new Date(Date.UTC(2024, 2, 28)))).toBe(852);
    expect(period.contains(period.parse("2024-S1"), new Date(Date.UTC(2024, 2, 28)))).toBe(true);
  });
});
