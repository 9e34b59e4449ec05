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
  it.each<[string, () => unknown, string, string, Record<string, unknown> | undefined]>([
    // calendar.ts
    [
      "addDays past 9999",
      () => period.addDays("9999-12-31", 1),
      P,
      "the resulting date falls outside the years 1 to 9999",
      { where: "the resulting date", year: 10000 },
    ],
    [
      "addDays before 0001",
      () => period.addDays("0001-01-01", -1),
      P,
      "the resulting date falls outside the years 1 to 9999",
      { where: "the resulting date", year: 0 },
    ],
    [
      "addDays from an impossible day",
      () => period.addDays("2021-02-30", 1),
      P,
      'date must be a valid ISO date "YYYY-MM-DD", got "2021-02-30"',
      { where: "date", value: "2021-02-30" },
    ],
    [
      "containing of a non-string",
      () => period.containing(1 as never, "year"),
      P,
      'date must be an ISO date string "YYYY-MM-DD", got 1',
      { where: "date" },
    ],
    [
      "parseDate of a non-string",
      () => period.parseDate(undefined as never),
      P,
      'date must be an ISO date string "YYYY-MM-DD", got undefined',
      { where: "date" },
    ],
    [
      "parseDate of an impossible day",
      () => period.parseDate("2021-02-30"),
      P,
      'date must be a valid ISO date "YYYY-MM-DD", got "2021-02-30"',
      { where: "date", value: "2021-02-30" },
    ],
    [
      "parseDate of day 0",
      () => period.parseDate("2021-01-00"),
      P,
      'date must be a valid ISO date "YYYY-MM-DD", got "2021-01-00"',
      { where: "date", value: "2021-01-00" },
    ],
    [
      "compareDates first",
      () => period.compareDates(20211127 as never, "2021-11-27"),
      P,
      'first date must be an ISO date string "YYYY-MM-DD", got 20211127',
      { where: "first date" },
    ],
    [
      "compareDates second",
      () => period.compareDates("2021-11-27", "2021-11-31"),
      P,
      'second date must be a valid ISO date "YYYY-MM-DD", got "2021-11-31"',
      { where: "second date", value: "2021-11-31" },
    ],
    [
      "daysBetween from",
      () => period.daysBetween("2021-13-01", "2021-11-27"),
      P,
      'from must be a valid ISO date "YYYY-MM-DD", got "2021-13-01"',
      { where: "from", value: "2021-13-01" },
    ],
    [
      "daysBetween to",
      () => period.daysBetween("2021-11-27", null as never),
      P,
      'to must be an ISO date string "YYYY-MM-DD", got null',
      { where: "to" },
    ],
    // constructors
    ["year 0", () => period.year(0), P, "year must be a whole number from 1 to 9998, got 0", { where: "year" }],
    [
      "year 9999",
      () => period.year(9999),
      P,
      "year must be a whole number from 1 to 9998, got 9999",
      { where: "year" },
    ],
    [
      "a year that is a string",
      () => period.year("2021" as never),
      P,
      'year must be a whole number from 1 to 9998, got "2021"',
      { where: "year" },
    ],
    [
      "a fractional year",
      () => period.year(2021.5),
      P,
      "year must be a whole number from 1 to 9998, got 2021.5",
      { where: "year" },
    ],
    ["half 3", () => period.half(2024, 3), P, "half must be a whole number from 1 to 2, got 3", { where: "half" }],
    [
      "quarter 0",
      () => period.quarter(2021, 0),
      P,
      "quarter must be a whole number from 1 to 4, got 0",
      { where: "quarter" },
    ],
    [
      "month 13",
      () => period.month(2021, 13),
      P,
      "month must be a whole number from 1 to 12, got 13",
      { where: "month" },
    ],
    [
      "week 53 of a short year",
      () => period.week(2021, 53),
      P,
      "week of 2021 must be a whole number from 1 to 52, got 53",
      { where: "week of 2021" },
    ],
    [
      "week 54 of a long year",
      () => period.week(2020, 54),
      P,
      "week of 2020 must be a whole number from 1 to 53, got 54",
      { where: "week of 2020" },
    ],
    [
      "day 29 February of a common year",
      () => period.day(2021, 2, 29),
      P,
      "day of 2021-02 must be a whole number from 1 to 28, got 29",
      { where: "day of 2021-02" },
    ],
    [
      "day 31 April",
      () => period.day(987, 4, 31),
      P,
      "day of 0987-04 must be a whole number from 1 to 30, got 31",
      { where: "day of 0987-04" },
    ],
    [
      "day without a month",
      () => period.day(2021),
      P,
      "month must be a whole number from 1 to 12, got undefined",
      { where: "month" },
    ],
    [
      "range of a null start",
      () => period.range(null as never, "2021"),
      P,
      "range start must be a period, got null",
      { where: "range start" },
    ],
    [
      "range of a null end",
      () => period.range("2021", null as never),
      P,
      "range end must be a period, got null",
      { where: "range end" },
    ],
    [
      "range starting with a range",
      () => period.range(q1q3 as never, q1),
      P,
      "the ends of a range must not be ranges themselves",
      undefined,
    ],
    [
      "range ending with a range",
      () => period.range(q1, q1q3 as never),
      P,
      "the ends of a range must not be ranges themselves",
      undefined,
    ],
    [
      "range of two kinds",
      () => period.range(q1, period.month(2021, 9)),
      P,
      "the ends of a range must be of the same kind, got a quarter (2021-Q1) and a month (2021-09)",
      { start: "2021-Q1", end: "2021-09" },
    ],
    [
      "range backwards",
      () => period.range("2021-Q3", q1),
      P,
      "a range must not end before it starts: 2021-Q3/2021-Q1",
      { start: "2021-Q3", end: "2021-Q1" },
    ],
    // parse
    ["parse of garbage", () => period.parse("2021Q3"), P, 'not a reporting period: "2021Q3"', { value: "2021Q3" }],
    [
      "parse of garbage in a range",
      () => period.parse("2021-Q1/x"),
      P,
      'not a reporting period: "2021-Q1/x"',
      { value: "2021-Q1/x" },
    ],
    [
      "parse of three parts",
      () => period.parse("2021/2022/2023"),
      P,
      'not a reporting period: "2021/2022/2023"',
      { value: "2021/2022/2023" },
    ],
    [
      "parse of year 0000",
      () => period.parse("0000"),
      P,
      'invalid year (must be 0001 to 9998) in "0000"',
      { value: "0000" },
    ],
    [
      "parse of year 9999",
      () => period.parse("9999-Q1"),
      P,
      'invalid year (must be 0001 to 9998) in "9999-Q1"',
      { value: "9999-Q1" },
    ],
    ["parse of month 00", () => period.parse("2021-00"), P, 'invalid month in "2021-00"', { value: "2021-00" }],
    ["parse of month 13", () => period.parse(" 2021-13 "), P, 'invalid month in " 2021-13 "', { value: " 2021-13 " }],
    [
      "parse of month 13 with a day",
      () => period.parse("2021-13-01"),
      P,
      'invalid month in "2021-13-01"',
      { value: "2021-13-01" },
    ],
    ["parse of day 00", () => period.parse("2021-01-00"), P, 'invalid day in "2021-01-00"', { value: "2021-01-00" }],
    [
      "parse of 30 February",
      () => period.parse("2024-02-30"),
      P,
      'invalid day in "2024-02-30"',
      { value: "2024-02-30" },
    ],
    [
      "parse of A2",
      () => period.parse("2021-A2"),
      P,
      'invalid annual period (only A1 exists) in "2021-A2"',
      { value: "2021-A2" },
    ],
    [
      "parse of A01",
      () => period.parse("2021-A01"),
      P,
      'invalid annual period (only A1 exists) in "2021-A01"',
      { value: "2021-A01" },
    ],
    [
      "parse of S0",
      () => period.parse("2021-S0"),
      P,
      'invalid half (must be S1 or S2) in "2021-S0"',
      { value: "2021-S0" },
    ],
    [
      "parse of H3",
      () => period.parse("2021-H3"),
      P,
      'invalid half (must be S1 or S2) in "2021-H3"',
      { value: "2021-H3" },
    ],
    [
      "parse of S01",
      () => period.parse("2021-S01"),
      P,
      'invalid half (must be S1 or S2) in "2021-S01"',
      { value: "2021-S01" },
    ],
    [
      "parse of Q0",
      () => period.parse("2021-Q0"),
      P,
      'invalid quarter (must be Q1 to Q4) in "2021-Q0"',
      { value: "2021-Q0" },
    ],
    [
      "parse of Q5",
      () => period.parse("2021-Q5"),
      P,
      'invalid quarter (must be Q1 to Q4) in "2021-Q5"',
      { value: "2021-Q5" },
    ],
    [
      "parse of Q01",
      () => period.parse("2021-Q01"),
      P,
      'invalid quarter (must be Q1 to Q4) in "2021-Q01"',
      { value: "2021-Q01" },
    ],
    [
      "parse of M00",
      () => period.parse("2021-M00"),
      P,
      'invalid month (must be M01 to M12) in "2021-M00"',
      { value: "2021-M00" },
    ],
    [
      "parse of M13",
      () => period.parse("2021-M13"),
      P,
      'invalid month (must be M01 to M12) in "2021-M13"',
      { value: "2021-M13" },
    ],
    [
      "parse of M9",
      () => period.parse("2021-M9"),
      P,
      'invalid month (must be M01 to M12) in "2021-M9"',
      { value: "2021-M9" },
    ],
    [
      "parse of M009",
      () => period.parse("2021-M009"),
      P,
      'invalid month (must be M01 to M12) in "2021-M009"',
      { value: "2021-M009" },
    ],
    [
      "parse of W00",
      () => period.parse("2020-W00"),
      P,
      'invalid week (2020 has 53 ISO weeks) in "2020-W00"',
      { value: "2020-W00" },
    ],
    [
      "parse of W53 in a short year",
      () => period.parse("2021-W53"),
      P,
      'invalid week (2021 has 52 ISO weeks) in "2021-W53"',
      { value: "2021-W53" },
    ],
    [
      "parse of W54 in a long year",
      () => period.parse("2020-W54"),
      P,
      'invalid week (2020 has 53 ISO weeks) in "2020-W54"',
      { value: "2020-W54" },
    ],
    [
      "parse of W1",
      () => period.parse("2021-W1"),
      P,
      'invalid week (2021 has 52 ISO weeks) in "2021-W1"',
      { value: "2021-W1" },
    ],
    [
      "parse of W001",
      () => period.parse("2021-W001"),
      P,
      'invalid week (2021 has 52 ISO weeks) in "2021-W001"',
      { value: "2021-W001" },
    ],
    [
      "parse of D000",
      () => period.parse("2021-D000"),
      P,
      'invalid day of year (2021 has 365 days) in "2021-D000"',
      { value: "2021-D000" },
    ],
    [
      "parse of D366 in a common year",
      () => period.parse("2021-D366"),
      P,
      'invalid day of year (2021 has 365 days) in "2021-D366"',
      { value: "2021-D366" },
    ],
    [
      "parse of D367 in a leap year",
      () => period.parse("2024-D367"),
      P,
      'invalid day of year (2024 has 366 days) in "2024-D367"',
      { value: "2024-D367" },
    ],
    [
      "parse of D01",
      () => period.parse("2021-D01"),
      P,
      'invalid day of year (2021 has 365 days) in "2021-D01"',
      { value: "2021-D01" },
    ],
    [
      "parse of D1",
      () => period.parse("2021-D1"),
      P,
      'invalid day of year (2021 has 365 days) in "2021-D1"',
      { value: "2021-D1" },
    ],
    [
      "parse of a backwards range",
      () => period.parse("2021-Q3/2021-Q1"),
      P,
      "a range must not end before it starts: 2021-Q3/2021-Q1",
      { start: "2021-Q3", end: "2021-Q1" },
    ],
    // checkPeriod
    ["format of null", () => period.format(null as never), P, "period must be a period, got null", { where: "period" }],
    [
      "format of a string",
      () => period.format("2021" as never),
      P,
      'period must be a period, got "2021"',
      { where: "period" },
    ],
    [
      "format of an unknown kind",
      () => period.format({ kind: "decade", year: 2020 } as never),
      P,
      'period has an unknown kind "decade"',
      { where: "period" },
    ],
    [
      "format of an object without kind",
      () => period.format({} as never),
      P,
      "period has an unknown kind undefined",
      { where: "period" },
    ],
    [
      "format of a range with a null start",
      () => period.format({ kind: "range", start: null, end: q1 } as never),
      P,
      "period start must be a period, got null",
      { where: "period start" },
    ],
    [
      "format of a range with a null end",
      () => period.format({ kind: "range", start: q1, end: null } as never),
      P,
      "period end must be a period, got null",
      { where: "period end" },
    ],
    [
      "format of a range of ranges",
      () => period.format({ kind: "range", start: q1q3, end: q1q3 } as never),
      P,
      "period start must not be a range",
      { where: "period start" },
    ],
    [
      "format of a range ending with a range",
      () => period.format({ kind: "range", start: q1, end: q1q3 } as never),
      P,
      "period end must not be a range",
      { where: "period end" },
    ],
    [
      "a plain half with half 3",
      () => period.format({ kind: "half", year: 2021, half: 3 } as never),
      P,
      "half must be a whole number from 1 to 2, got 3",
      { where: "half" },
    ],
    [
      "a plain quarter with year 0",
      () => period.format({ kind: "quarter", year: 0, quarter: 1 } as never),
      P,
      "year must be a whole number from 1 to 9998, got 0",
      { where: "year" },
    ],
    [
      "a plain month with month 0",
      () => period.format({ kind: "month", year: 2021, month: 0 } as never),
      P,
      "month must be a whole number from 1 to 12, got 0",
      { where: "month" },
    ],
    [
      "a plain week 53",
      () => period.format({ kind: "week", year: 2021, week: 53 } as never),
      P,
      "week of 2021 must be a whole number from 1 to 52, got 53",
      { where: "week of 2021" },
    ],
    [
      "a plain day 31 June",
      () => period.format({ kind: "day", year: 2021, month: 6, day: 31 } as never),
      P,
      "day of 2021-06 must be a whole number from 1 to 30, got 31",
      { where: "day of 2021-06" },
    ],
    [
      "a plain year 2021.5",
      () => period.format({ kind: "year", year: 2021.5 } as never),
      P,
      "year must be a whole number from 1 to 9998, got 2021.5",
      { where: "year" },
    ],
    [
      "compare of a bad first",
      () => period.compare(null as never, q1),
      P,
      "first period must be a period, got null",
      { where: "first period" },
    ],
    [
      "compare of a bad second",
      () => period.compare(q1, 7 as never),
      P,
      "second period must be a period, got 7",
      { where: "second period" },
    ],
    [
      "start of a bad period",
      () => period.start(undefined as never),
      P,
      "period must be a period, got undefined",
      { where: "period" },
    ],
    [
      "end of a bad period",
      () => period.end(null as never),
      P,
      "period must be a period, got null",
      { where: "period" },
    ],
    [
      "lastDay of a bad period",
      () => period.lastDay(null as never),
      P,
      "period must be a period, got null",
      { where: "period" },
    ],
    [
      "lengthInDays of a bad period",
      () => period.lengthInDays(null as never),
      P,
      "period must be a period, got null",
      { where: "period" },
    ],
    [
      "lengthInMonths of a bad period",
      () => period.lengthInMonths(null as never),
      P,
      "period must be a period, got null",
      { where: "period" },
    ],
    [
      "contains of a bad period",
      () => period.contains(null as never, "2021-01-01"),
      P,
      "period must be a period, got null",
      { where: "period" },
    ],
    [
      "isYearToDate of a bad period",
      () => period.isYearToDate(null as never),
      P,
      "period must be a period, got null",
      { where: "period" },
    ],
    [
      "shiftYears of a null period",
      () => period.shiftYears(null as never, 1),
      P,
      "period must be a period, got null",
      { where: "period" },
    ],
    [
      "samePeriodLastYear of a null period",
      () => period.samePeriodLastYear(null as never),
      P,
      "period must be a period, got null",
      { where: "period" },
    ],
    [
      "equals of a bad period",
      () => period.equals(q1, null as never),
      P,
      "period must be a period, got null",
      { where: "period" },
    ],
    // calendar functions
    [
      "contains of a bad inner period",
      () => period.contains(q1, null as never),
      P,
      "inner period must be a period, got null",
      { where: "inner period" },
    ],
    [
      "contains of a bad date",
      () => period.contains(q1, "2021-02-30"),
      P,
      'date must be a valid ISO date "YYYY-MM-DD", got "2021-02-30"',
      { where: "date", value: "2021-02-30" },
    ],
    [
      "shiftYears below year 1",
      () => period.shiftYears(period.year(1), -1),
      P,
      "shifting 0001 by -1 years leaves the years 1 to 9998",
      undefined,
    ],
    [
      "shiftYears beyond 9998",
      () => period.shiftYears(period.month(9990, 5), 9),
      P,
      "shifting 9990-05 by 9 years leaves the years 1 to 9998",
      undefined,
    ],
    [
      "shiftYears of a range beyond 9998",
      () => period.shiftYears(period.parse("9997/9998"), 1),
      P,
      "shifting 9998 by 1 years leaves the years 1 to 9998",
      undefined,
    ],
    [
      "shiftYears of a bad period",
      () => period.shiftYears({ kind: "quarter" } as never, 1),
      P,
      "year must be a whole number from 1 to 9998, got undefined",
      { where: "year" },
    ],
    [
      "samePeriodLastYear of week 53",
      () => period.samePeriodLastYear(period.week(2020, 53)),
      P,
      "2020-W53 has no counterpart -1 years away: 2019 has only 52 ISO weeks",
      { value: "2020-W53" },
    ],
    [
      "containing of a bad date",
      () => period.containing("2021-00-01", "year"),
      P,
      'date must be a valid ISO date "YYYY-MM-DD", got "2021-00-01"',
      { where: "date", value: "2021-00-01" },
    ],
    [
      "containing in year 9999",
      () => period.containing("9999-06-01", "month"),
      P,
      "year must be a whole number from 1 to 9998, got 9999",
      { where: "year" },
    ],
  ])("%s", (_name, fn, code, message, details) => {
    expect(thrown(fn)).toEqual({ code, message, details });
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
