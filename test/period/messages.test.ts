import { describe, expect, it } from "vitest";
import * as period from "../../src/period/index.js";
import type { Period } from "../../src/period/types.js";
import { thrown } from "../support.js";

// Each malformed input is refused with a stable code, a message that says what
// was wrong, where, and what was received, and `details` pointing at it.
const P = "INVALID_PERIOD";
const q1 = period.quarter(2021, 1);
const q1q3 = period.parse("2021-Q1/2021-Q3");

describe("period error messages", () => {
  it.each<[string, () => unknown, string, Record<string, unknown>]>([
    // calendar.ts
    [
      "addDays past 9999",
      () => period.addDays("9999-12-31", 1),
      "OUT_OF_RANGE",
      { function: "period.addDays", path: "days", received: 1 },
    ],
    [
      "addDays before 0001",
      () => period.addDays("0001-01-01", -1),
      "OUT_OF_RANGE",
      { function: "period.addDays", path: "days", received: -1 },
    ],
    [
      "addDays from an impossible day",
      () => period.addDays("2021-02-30", 1),
      P,
      { function: "period.addDays", path: "date", received: "2021-02-30" },
    ],
    [
      "containing of a non-string",
      () => period.containing(1 as never, "year"),
      "INVALID_TYPE",
      { function: "period.containing", path: "date", received: 1 },
    ],
    [
      "parseDate of a non-string",
      () => period.parseDate(undefined as never),
      "INVALID_TYPE",
      { function: "period.parseDate", path: "text" },
    ],
    [
      "parseDate of an impossible day",
      () => period.parseDate("2021-02-30"),
      P,
      { function: "period.parseDate", path: "text", received: "2021-02-30" },
    ],
    [
      "parseDate of day 0",
      () => period.parseDate("2021-01-00"),
      P,
      { function: "period.parseDate", path: "text", received: "2021-01-00" },
    ],
    [
      "compareDates first",
      () => period.compareDates(20211127 as never, "2021-11-27"),
      "INVALID_TYPE",
      { function: "period.compareDates", path: "a", received: 20211127 },
    ],
    [
      "compareDates second",
      () => period.compareDates("2021-11-27", "2021-11-31"),
      P,
      { function: "period.compareDates", path: "b", received: "2021-11-31" },
    ],
    [
      "daysBetween from",
      () => period.daysBetween("2021-13-01", "2021-11-27"),
      P,
      { function: "period.daysBetween", path: "from", received: "2021-13-01" },
    ],
    [
      "daysBetween to",
      () => period.daysBetween("2021-11-27", null as never),
      "INVALID_TYPE",
      { function: "period.daysBetween", path: "to" },
    ],
    // constructors
    ["year 0", () => period.year(0), "OUT_OF_RANGE", { function: "period.year", path: "y", received: 0 }],
    ["year 9999", () => period.year(9999), "OUT_OF_RANGE", { function: "period.year", path: "y", received: 9999 }],
    [
      "a year that is a string",
      () => period.year("2021" as never),
      "INVALID_TYPE",
      { function: "period.year", path: "y", received: "2021" },
    ],
    [
      "a fractional year",
      () => period.year(2021.5),
      "OUT_OF_RANGE",
      { function: "period.year", path: "y", received: 2021.5 },
    ],
    ["half 3", () => period.half(2024, 3), "OUT_OF_RANGE", { function: "period.half", path: "h", received: 3 }],
    [
      "quarter 0",
      () => period.quarter(2021, 0),
      "OUT_OF_RANGE",
      { function: "period.quarter", path: "q", received: 0 },
    ],
    ["month 13", () => period.month(2021, 13), "OUT_OF_RANGE", { function: "period.month", path: "m", received: 13 }],
    [
      "week 53 of a short year",
      () => period.week(2021, 53),
      "OUT_OF_RANGE",
      { function: "period.week", path: "w", received: 53 },
    ],
    [
      "week 54 of a long year",
      () => period.week(2020, 54),
      "OUT_OF_RANGE",
      { function: "period.week", path: "w", received: 54 },
    ],
    [
      "day 29 February of a common year",
      () => period.day(2021, 2, 29),
      "OUT_OF_RANGE",
      { function: "period.day", path: "d", received: 29 },
    ],
    ["day 31 April", () => period.day(987, 4, 31), "OUT_OF_RANGE", { function: "period.day", path: "d", received: 31 }],
    ["day without a month", () => period.day(2021), "INVALID_TYPE", { function: "period.day", path: "m" }],
    [
      "range of a null start",
      () => period.range(null as never, "2021"),
      "INVALID_TYPE",
      { function: "period.range", path: "from" },
    ],
    [
      "range of a null end",
      () => period.range("2021", null as never),
      "INVALID_TYPE",
      { function: "period.range", path: "to" },
    ],
    [
      "range starting with a range",
      () => period.range(q1q3 as never, q1),
      P,
      { function: "period.range", path: "from", received: "2021-Q1/2021-Q3" },
    ],
    [
      "range ending with a range",
      () => period.range(q1, q1q3 as never),
      P,
      { function: "period.range", path: "to", received: "2021-Q1/2021-Q3" },
    ],
    [
      "range of two kinds",
      () => period.range(q1, period.month(2021, 9)),
      P,
      { function: "period.range", path: "to", received: "2021-09" },
    ],
    [
      "range backwards",
      () => period.range("2021-Q3", q1),
      P,
      { function: "period.range", path: "to", received: "2021-Q1" },
    ],
    // parse
    [
      "parse of garbage",
      () => period.parse("2021Q3"),
      P,
      { function: "period.parse", path: "text", received: "2021Q3" },
    ],
    [
      "parse of garbage in a range",
      () => period.parse("2021-Q1/x"),
      P,
      { function: "period.parse", path: "text", received: "2021-Q1/x" },
    ],
    [
      "parse of three parts",
      () => period.parse("2021/2022/2023"),
      P,
      { function: "period.parse", path: "text", received: "2021/2022/2023" },
    ],
    ["parse of year 0000", () => period.parse("0000"), P, { function: "period.parse", path: "text", received: "0000" }],
    [
      "parse of year 9999",
      () => period.parse("9999-Q1"),
      P,
      { function: "period.parse", path: "text", received: "9999-Q1" },
    ],
    [
      "parse of month 00",
      () => period.parse("2021-00"),
      P,
      { function: "period.parse", path: "text", received: "2021-00" },
    ],
    [
      "parse of month 13",
      () => period.parse(" 2021-13 "),
      P,
      { function: "period.parse", path: "text", received: " 2021-13 " },
    ],
    [
      "parse of month 13 with a day",
      () => period.parse("2021-13-01"),
      P,
      { function: "period.parse", path: "text", received: "2021-13-01" },
    ],
    [
      "parse of day 00",
      () => period.parse("2021-01-00"),
      P,
      { function: "period.parse", path: "text", received: "2021-01-00" },
    ],
    [
      "parse of 30 February",
      () => period.parse("2024-02-30"),
      P,
      { function: "period.parse", path: "text", received: "2024-02-30" },
    ],
    ["parse of A2", () => period.parse("2021-A2"), P, { function: "period.parse", path: "text", received: "2021-A2" }],
    [
      "parse of A01",
      () => period.parse("2021-A01"),
      P,
      { function: "period.parse", path: "text", received: "2021-A01" },
    ],
    ["parse of S0", () => period.parse("2021-S0"), P, { function: "period.parse", path: "text", received: "2021-S0" }],
    ["parse of H3", () => period.parse("2021-H3"), P, { function: "period.parse", path: "text", received: "2021-H3" }],
    [
      "parse of S01",
      () => period.parse("2021-S01"),
      P,
      { function: "period.parse", path: "text", received: "2021-S01" },
    ],
    ["parse of Q0", () => period.parse("2021-Q0"), P, { function: "period.parse", path: "text", received: "2021-Q0" }],
    ["parse of Q5", () => period.parse("2021-Q5"), P, { function: "period.parse", path: "text", received: "2021-Q5" }],
    [
      "parse of Q01",
      () => period.parse("2021-Q01"),
      P,
      { function: "period.parse", path: "text", received: "2021-Q01" },
    ],
    [
      "parse of M00",
      () => period.parse("2021-M00"),
      P,
      { function: "period.parse", path: "text", received: "2021-M00" },
    ],
    [
      "parse of M13",
      () => period.parse("2021-M13"),
      P,
      { function: "period.parse", path: "text", received: "2021-M13" },
    ],
    ["parse of M9", () => period.parse("2021-M9"), P, { function: "period.parse", path: "text", received: "2021-M9" }],
    [
      "parse of M009",
      () => period.parse("2021-M009"),
      P,
      { function: "period.parse", path: "text", received: "2021-M009" },
    ],
    [
      "parse of W00",
      () => period.parse("2020-W00"),
      P,
      { function: "period.parse", path: "text", received: "2020-W00" },
    ],
    [
      "parse of W53 in a short year",
      () => period.parse("2021-W53"),
      P,
      { function: "period.parse", path: "text", received: "2021-W53" },
    ],
    [
      "parse of W54 in a long year",
      () => period.parse("2020-W54"),
      P,
      { function: "period.parse", path: "text", received: "2020-W54" },
    ],
    ["parse of W1", () => period.parse("2021-W1"), P, { function: "period.parse", path: "text", received: "2021-W1" }],
    [
      "parse of W001",
      () => period.parse("2021-W001"),
      P,
      { function: "period.parse", path: "text", received: "2021-W001" },
    ],
    [
      "parse of D000",
      () => period.parse("2021-D000"),
      P,
      { function: "period.parse", path: "text", received: "2021-D000" },
    ],
    [
      "parse of D366 in a common year",
      () => period.parse("2021-D366"),
      P,
      { function: "period.parse", path: "text", received: "2021-D366" },
    ],
    [
      "parse of D367 in a leap year",
      () => period.parse("2024-D367"),
      P,
      { function: "period.parse", path: "text", received: "2024-D367" },
    ],
    [
      "parse of D01",
      () => period.parse("2021-D01"),
      P,
      { function: "period.parse", path: "text", received: "2021-D01" },
    ],
    ["parse of D1", () => period.parse("2021-D1"), P, { function: "period.parse", path: "text", received: "2021-D1" }],
    [
      "parse of a backwards range",
      () => period.parse("2021-Q3/2021-Q1"),
      P,
      { function: "period.parse", path: "text", received: "2021-Q1" },
    ],
    // checkPeriod
    ["format of null", () => period.format(null as never), "INVALID_TYPE", { function: "period.format", path: "p" }],
    [
      "format of a string",
      () => period.format("2021" as never),
      "INVALID_TYPE",
      { function: "period.format", path: "p", received: "2021" },
    ],
    [
      "format of an unknown kind",
      () => period.format({ kind: "decade", year: 2020 } as never),
      P,
      { function: "period.format", path: "p.kind", received: "decade" },
    ],
    [
      "format of an object without kind",
      () => period.format({} as never),
      P,
      { function: "period.format", path: "p.kind" },
    ],
    [
      "format of a range with a null start",
      () => period.format({ kind: "range", start: null, end: q1 } as never),
      "INVALID_TYPE",
      { function: "period.format", path: "p.start" },
    ],
    [
      "format of a range with a null end",
      () => period.format({ kind: "range", start: q1, end: null } as never),
      "INVALID_TYPE",
      { function: "period.format", path: "p.end" },
    ],
    [
      "format of a range of ranges",
      () => period.format({ kind: "range", start: q1q3, end: q1q3 } as never),
      P,
      { function: "period.format", path: "p.start", received: "2021-Q1/2021-Q3" },
    ],
    [
      "format of a range ending with a range",
      () => period.format({ kind: "range", start: q1, end: q1q3 } as never),
      P,
      { function: "period.format", path: "p.end", received: "2021-Q1/2021-Q3" },
    ],
    [
      "a plain half with half 3",
      () => period.format({ kind: "half", year: 2021, half: 3 } as never),
      "OUT_OF_RANGE",
      { function: "period.format", path: "p.half", received: 3 },
    ],
    [
      "a plain quarter with year 0",
      () => period.format({ kind: "quarter", year: 0, quarter: 1 } as never),
      "OUT_OF_RANGE",
      { function: "period.format", path: "p.year", received: 0 },
    ],
    [
      "a plain month with month 0",
      () => period.format({ kind: "month", year: 2021, month: 0 } as never),
      "OUT_OF_RANGE",
      { function: "period.format", path: "p.month", received: 0 },
    ],
    [
      "a plain week 53",
      () => period.format({ kind: "week", year: 2021, week: 53 } as never),
      "OUT_OF_RANGE",
      { function: "period.format", path: "p.week", received: 53 },
    ],
    [
      "a plain day 31 June",
      () => period.format({ kind: "day", year: 2021, month: 6, day: 31 } as never),
      "OUT_OF_RANGE",
      { function: "period.format", path: "p.day", received: 31 },
    ],
    [
      "a plain year 2021.5",
      () => period.format({ kind: "year", year: 2021.5 } as never),
      "OUT_OF_RANGE",
      { function: "period.format", path: "p.year", received: 2021.5 },
    ],
    [
      "compare of a bad first",
      () => period.compare(null as never, q1),
      "INVALID_TYPE",
      { function: "period.compare", path: "a" },
    ],
    [
      "compare of a bad second",
      () => period.compare(q1, 7 as never),
      "INVALID_TYPE",
      { function: "period.compare", path: "b", received: 7 },
    ],
    [
      "start of a bad period",
      () => period.start(undefined as never),
      "INVALID_TYPE",
      { function: "period.start", path: "p" },
    ],
    ["end of a bad period", () => period.end(null as never), "INVALID_TYPE", { function: "period.end", path: "p" }],
    [
      "lastDay of a bad period",
      () => period.lastDay(null as never),
      "INVALID_TYPE",
      { function: "period.lastDay", path: "p" },
    ],
    [
      "lengthInDays of a bad period",
      () => period.lengthInDays(null as never),
      "INVALID_TYPE",
      { function: "period.lengthInDays", path: "p" },
    ],
    [
      "lengthInMonths of a bad period",
      () => period.lengthInMonths(null as never),
      "INVALID_TYPE",
      { function: "period.lengthInMonths", path: "p" },
    ],
    [
      "contains of a bad period",
      () => period.contains(null as never, "2021-01-01"),
      "INVALID_TYPE",
      { function: "period.contains", path: "p" },
    ],
    [
      "isYearToDate of a bad period",
      () => period.isYearToDate(null as never),
      "INVALID_TYPE",
      { function: "period.isYearToDate", path: "p" },
    ],
    [
      "shiftYears of a null period",
      () => period.shiftYears(null as never, 1),
      "INVALID_TYPE",
      { function: "period.shiftYears", path: "p" },
    ],
    [
      "samePeriodLastYear of a null period",
      () => period.samePeriodLastYear(null as never),
      "INVALID_TYPE",
      { function: "period.shiftYears", path: "p" },
    ],
    [
      "equals of a bad period",
      () => period.equals(q1, null as never),
      "INVALID_TYPE",
      { function: "period.equals", path: "b" },
    ],
    // calendar functions
    [
      "contains of a bad inner period",
      () => period.contains(q1, null as never),
      "INVALID_TYPE",
      { function: "period.contains", path: "inner" },
    ],
    [
      "contains of a bad date",
      () => period.contains(q1, "2021-02-30"),
      P,
      { function: "period.contains", path: "inner", received: "2021-02-30" },
    ],
    [
      "shiftYears below year 1",
      () => period.shiftYears(period.year(1), -1),
      "OUT_OF_RANGE",
      { function: "period.shiftYears", path: "years", received: -1 },
    ],
    [
      "shiftYears beyond 9998",
      () => period.shiftYears(period.month(9990, 5), 9),
      "OUT_OF_RANGE",
      { function: "period.shiftYears", path: "years", received: 9 },
    ],
    [
      "shiftYears of a range beyond 9998",
      () => period.shiftYears(period.parse("9997/9998"), 1),
      "OUT_OF_RANGE",
      { function: "period.shiftYears", path: "years", received: 1 },
    ],
    [
      "shiftYears of a bad period",
      () => period.shiftYears({ kind: "quarter" } as never, 1),
      "INVALID_TYPE",
      { function: "period.shiftYears", path: "p.year" },
    ],
    [
      "samePeriodLastYear of week 53",
      () => period.samePeriodLastYear(period.week(2020, 53)),
      P,
      { function: "period.shiftYears", path: "p", received: "2020-W53" },
    ],
    [
      "containing of a bad date",
      () => period.containing("2021-00-01", "year"),
      P,
      { function: "period.containing", path: "date", received: "2021-00-01" },
    ],
    [
      "containing in year 9999",
      () => period.containing("9999-06-01", "month"),
      "OUT_OF_RANGE",
      { function: "period.containing", path: "date", received: "9999-06-01" },
    ],
  ])("%s", (_name, fn, code, details) => {
    expect(thrown(fn)).toMatchObject({ code, details });
  });

  it("isPeriod is false exactly where checkPeriod throws", () => {
    const bad: unknown[] = [
      null,
      "2021",
      2021,
      {},
      { kind: "range", start: q1, end: q1q3 },
      { kind: "day", year: 2021, month: 2, day: 29 },
    ];
    for (const value of bad) expect(period.isPeriod(value)).toBe(false);
    for (const value of [q1, q1q3, { kind: "week", year: 2020, week: 53 }] as Period[])
      expect(period.isPeriod(value)).toBe(true);
  });
});

describe("period refusals of arguments that are not periods", () => {
  it.each<[string, () => unknown, string, Record<string, unknown>]>([
    ["addDays by a fraction", () => period.addDays("2021-11-27", 0.5), "OUT_OF_RANGE", { received: 0.5 }],
    ["addDays by a string", () => period.addDays("2021-11-27", "1" as never), "INVALID_TYPE", { received: "1" }],
    [
      "addDays by an unsafe integer",
      () => period.addDays("2021-11-27", 2 ** 53),
      "OUT_OF_RANGE",
      { received: 2 ** 53 },
    ],
    ["addDays by NaN", () => period.addDays("2021-11-27", Number.NaN), "INVALID_NUMBER", { received: Number.NaN }],
  ])("%s", (_name, fn, code, details) => {
    expect(thrown(fn)).toMatchObject({
      code,
      details: { function: "period.addDays", path: "days", expected: "a whole number (a safe integer)", ...details },
    });
  });

  it.each<[string, () => unknown, string, Record<string, unknown>]>([
    ["shiftYears by a fraction", () => period.shiftYears(q1, 1.5), "OUT_OF_RANGE", { received: 1.5 }],
    ["shiftYears by a string", () => period.shiftYears(q1, "1" as never), "INVALID_TYPE", { received: "1" }],
    ["shiftYears by Infinity", () => period.shiftYears(q1, Infinity), "INVALID_NUMBER", { received: Infinity }],
  ])("%s", (_name, fn, code, details) => {
    expect(thrown(fn)).toMatchObject({
      code,
      details: {
        function: "period.shiftYears",
        path: "years",
        expected: "a whole number (a safe integer)",
        ...details,
      },
    });
  });

  it("containing of an unknown kind names the kinds and the nearest", () => {
    expect(thrown(() => period.containing("2021-11-27", "quater" as never))).toMatchObject({
      code: "INVALID_INPUT",
      details: {
        function: "period.containing",
        path: "kind",
        received: "quater",
        accepted: ["year", "half", "quarter", "month", "week", "day"],
        suggestion: "quarter",
      },
    });
    expect(thrown(() => period.containing("2021-11-27", 5 as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "period.containing", path: "kind", received: 5 },
    });
  });

  it("parse of a number is INVALID_TYPE", () => {
    expect(thrown(() => period.parse(2021 as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "period.parse", path: "text", expected: "a string", received: 2021 },
    });
  });
});

describe("period refusals with structured details", () => {
  it.each<[string, () => unknown, string, Record<string, unknown>]>([
    ["day of a string and a month", () => period.day("2021-02-28", 1), "INVALID_INPUT", { path: "m", received: 1 }],
    [
      "day of a string and a day",
      () => period.day("2021-02-28", undefined, 1),
      "INVALID_INPUT",
      { path: "d", received: 1 },
    ],
    [
      "day of an impossible string",
      () => period.day("2021-02-29"),
      "INVALID_PERIOD",
      { path: "dateOrYear", expected: 'a real day written "YYYY-MM-DD"', received: "2021-02-29" },
    ],
  ])("%s", (_name, fn, code, details) => {
    expect(thrown(fn)).toMatchObject({ code, details: { function: "period.day", ...details } });
  });

  it.each<[string, Period, string, string]>([
    ["a week", period.week(2021, 47), "2021-W47", "week"],
    ["a day", period.day(2021, 11, 27), "2021-11-27", "day"],
    ["a range of weeks", period.parse("2021-W01/2021-W03"), "2021-W03", "week"],
  ])("lengthInMonths of %s", (_name, p, received, kind) => {
    expect(thrown(() => period.lengthInMonths(p))).toMatchObject({
      code: "INVALID_PERIOD",
      details: { function: "period.lengthInMonths", path: "p", received, kind },
    });
  });
});
