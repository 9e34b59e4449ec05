import { describe, expect, it } from "vitest";
import * as period from "../../src/period/index.js";
import { code } from "../support.js";

describe("ISO dates", () => {
  it("isDate accepts real days only, in the canonical form", () => {
    for (const ok of ["2021-11-27", "2000-02-29", "0001-01-01", "9999-12-31"]) expect(period.isDate(ok)).toBe(true);
    for (const bad of [
      "1900-02-29",
      "2021-00-10",
      "2021-1-1",
      "20211127",
      " 2021-11-27",
      "0000-01-01",
      "2021-11-27T00:00",
      20211127,
      null,
    ]) {
      expect(period.isDate(bad)).toBe(false);
    }
  });

  it("parseDate returns the date or throws INVALID_PERIOD", () => {
    expect(period.parseDate("2021-11-27")).toBe("2021-11-27");
    expect(code(() => period.parseDate("2021-02-30"))).toBe("INVALID_PERIOD");
    expect(code(() => period.parseDate(undefined as unknown as string))).toBe("INVALID_TYPE");
  });

  it("compareDates and daysBetween", () => {
    expect(period.compareDates("2024-07-01", "2024-06-30")).toBe(1);
    expect(period.daysBetween("2000-01-01", "2001-01-01")).toBe(366);
    expect(period.daysBetween("1900-01-01", "1901-01-01")).toBe(365);
    expect(period.daysBetween("0001-01-01", "9999-12-31")).toBe(3652058);
    expect(period.daysBetween("1970-01-01", "2021-11-27")).toBe(Date.UTC(2021, 10, 27) / 86_400_000);
    expect(code(() => period.daysBetween("2021-11-27", "2021-11-31"))).toBe("INVALID_PERIOD");
    expect(code(() => period.compareDates("x", "2021-11-27"))).toBe("INVALID_PERIOD");
  });

  it("addDays stays within the years 1 to 9999", () => {
    expect(period.addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(period.addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(period.addDays("2021-11-27", 0)).toBe("2021-11-27");
    expect(code(() => period.addDays("9999-12-31", 1))).toBe("OUT_OF_RANGE");
    expect(code(() => period.addDays("0001-01-01", -1))).toBe("OUT_OF_RANGE");
    expect(code(() => period.addDays("2021-11-27", 0.5))).toBe("OUT_OF_RANGE");
    expect(code(() => period.addDays("2021-11-27", Number.NaN))).toBe("INVALID_NUMBER");
  });
});

describe("calendar edges", () => {
  it("isDate and parseDate take strings only, not values that stringify to a date", () => {
    for (const value of [["2021-11-27"], new String("2021-11-27"), { toString: () => "2021-11-27" }]) {
      expect(period.isDate(value)).toBe(false);
      expect(code(() => period.parseDate(value as never))).toBe("INVALID_TYPE");
    }
  });

  it("knows the length of every month", () => {
    const common = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    for (let m = 1; m <= 12; m++) {
      expect(period.lengthInDays(period.month(2021, m))).toBe(common[m - 1]);
      expect(period.lengthInDays(period.month(2024, m))).toBe(m === 2 ? 29 : common[m - 1]);
      const last = `2021-${String(m).padStart(2, "0")}-${String(common[m - 1]).padStart(2, "0")}`;
      expect(period.isDate(last)).toBe(true);
      expect(period.isDate(period.addDays(last, 1))).toBe(true);
      expect(period.addDays(last, 1).slice(8)).toBe("01");
      const pastLast = `2021-${String(m).padStart(2, "0")}-${String(common[m - 1]! + 1).padStart(2, "0")}`;
      expect([pastLast, period.isDate(pastLast)]).toEqual([pastLast, false]);
      expect(code(() => period.day(2021, m, common[m - 1]! + 1))).toBe("OUT_OF_RANGE");
    }
  });

  it("crosses the last day of a 400-year cycle (29 February of a year divisible by 400, in the March-based calendar)", () => {
    expect(period.addDays("2000-02-28", 1)).toBe("2000-02-29");
    expect(period.addDays("2000-03-01", -1)).toBe("2000-02-29");
    expect(period.addDays("1600-02-29", 1)).toBe("1600-03-01");
    expect(period.format(period.containing("2000-02-29", "day"))).toBe("2000-02-29");
    expect(period.format(period.parse("2000-D060"))).toBe("2000-02-29");
    expect(period.addDays("2000-12-30", 1)).toBe("2000-12-31");
    expect(period.addDays("2000-12-31", 1)).toBe("2001-01-01");
    expect(period.addDays("1600-12-31", 0)).toBe("1600-12-31");
    expect(period.addDays("2001-01-01", -1)).toBe("2000-12-31");
    expect(period.format(period.containing("2000-12-31", "year"))).toBe("2000");
    expect(period.format(period.containing("2000-12-31", "day"))).toBe("2000-12-31");
  });

  it("finds weekdays before 1970 too", () => {
    expect(period.start(period.week(1, 1))).toBe("0001-01-01"); // a Monday in the proleptic Gregorian calendar
    expect(period.format(period.containing("1900-01-01", "week"))).toBe("1900-W01");
    expect(period.format(period.containing("1969-12-31", "week"))).toBe("1970-W01");
    expect(period.format(period.containing("1969-12-28", "week"))).toBe("1969-W52");
  });
});

describe("calendar edges, deterministic counterparts of the property tests", () => {
  it("crosses the end of February in every century of a 400-year cycle", () => {
    expect(period.addDays("1700-02-28", 1)).toBe("1700-03-01");
    expect(period.addDays("1800-02-28", 1)).toBe("1800-03-01");
    expect(period.addDays("1900-02-28", 1)).toBe("1900-03-01");
    expect(period.addDays("2100-02-28", 1)).toBe("2100-03-01");
    expect(period.addDays("2400-02-28", 1)).toBe("2400-02-29");
    expect(period.addDays("1950-06-15", 0)).toBe("1950-06-15");
    expect(period.addDays("2150-12-31", 1)).toBe("2151-01-01");
  });

  it("gives a year 53 ISO weeks exactly when 1 January is a Thursday, or a Wednesday in a leap year", () => {
    // [year, weekday of 1 January, weeks]
    const years: [number, string, 52 | 53][] = [
      [2015, "Thursday", 53],
      [2026, "Thursday", 53],
      [2020, "Wednesday, leap", 53],
      [1992, "Wednesday, leap", 53],
      [2025, "Wednesday", 52],
      [2014, "Wednesday", 52],
      [2024, "Monday, leap", 52],
      [2016, "Friday, leap", 52],
      [2021, "Friday", 52],
    ];
    for (const [y, , weeks] of years) {
      expect([y, period.isPeriod({ kind: "week", year: y, week: 53 })]).toEqual([y, weeks === 53]);
      expect([y, period.format(period.containing(`${y}-12-28`, "week"))]).toEqual([y, `${y}-W${weeks}`]);
    }
  });
});
