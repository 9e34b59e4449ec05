import { describe, expect, it } from "vitest";
import * as period from "../../src/period/index.js";
import type { Period } from "../../src/period/types.js";
import { code, thrown } from "../support.js";

describe("period.parse", () => {
  it.each([
    ["2021", { kind: "year", year: 2021 }],
    ["2021-A1", { kind: "year", year: 2021 }],
    ["2024-S1", { kind: "half", year: 2024, half: 1 }],
    ["2024-H1", { kind: "half", year: 2024, half: 1 }],
    ["2024-S2", { kind: "half", year: 2024, half: 2 }],
    ["2021-Q3", { kind: "quarter", year: 2021, quarter: 3 }],
    ["2021-09", { kind: "month", year: 2021, month: 9 }],
    ["2021-M09", { kind: "month", year: 2021, month: 9 }],
    ["2021-W47", { kind: "week", year: 2021, week: 47 }],
    ["2020-W53", { kind: "week", year: 2020, week: 53 }],
    ["2021-11-27", { kind: "day", year: 2021, month: 11, day: 27 }],
    ["2021-D331", { kind: "day", year: 2021, month: 11, day: 27 }],
    ["2024-D366", { kind: "day", year: 2024, month: 12, day: 31 }],
    ["2024-02-29", { kind: "day", year: 2024, month: 2, day: 29 }],
    ["  2021-Q3 ", { kind: "quarter", year: 2021, quarter: 3 }],
  ])("reads %s", (text, expected) => {
    const p = period.parse(text);
    expect(p).toEqual(expected);
    expect(Object.isFrozen(p)).toBe(true);
  });

  it("reads ranges with both ends of one kind", () => {
    const p = period.parse("2021-Q1/2021-Q3");
    expect(p).toEqual({
      kind: "range",
      start: { kind: "quarter", year: 2021, quarter: 1 },
      end: { kind: "quarter", year: 2021, quarter: 3 },
    });
    expect(Object.isFrozen(p)).toBe(true);
    expect(p.kind === "range" && Object.isFrozen(p.start) && Object.isFrozen(p.end)).toBe(true);
    expect(period.format(period.parse("2021-01-01/2021-11-27"))).toBe("2021-01-01/2021-11-27");
    expect(period.format(period.parse("2020-H2/2021-S1"))).toBe("2020-S2/2021-S1");
    expect(period.format(period.parse("2021-Q3/2021-Q3"))).toBe("2021-Q3/2021-Q3");
  });

  it.each([
    "2021-Q5",
    "2021-Q0",
    "2021-13",
    "2021-00",
    "2021-M13",
    "2021-M9",
    "2021-W53",
    "2021-W00",
    "2021-W5",
    "2021-02-30",
    "2021-02-29",
    "2021-04-31",
    "2021-S3",
    "2021-H0",
    "2021-A2",
    "2021-D366",
    "2021-D000",
    "0000",
    "9999",
    "21",
    "2021-q3",
    "2021Q3",
    "2021-Q03",
    "",
    "2021-Q3/2021-Q1",
    "2021-Q1/2021-09",
    "2021-Q1/2021-Q3/2021-Q4",
    "2021-Q1/",
    "2021-11-27T00:00:00Z",
    "2021-01-01/P9M",
  ])("refuses %j with INVALID_PERIOD", (text) => {
    expect(code(() => period.parse(text))).toBe("INVALID_PERIOD");
  });

  it("refuses non-strings with INVALID_TYPE", () => {
    expect(code(() => period.parse(2021 as unknown as string))).toBe("INVALID_TYPE");
    expect(code(() => period.parse(null as unknown as string))).toBe("INVALID_TYPE");
  });

  it("says what was wrong and what it received", () => {
    const at = { function: "period.parse", path: "text" };
    expect(thrown(() => period.parse("2021-W53"))).toMatchObject({
      code: "INVALID_PERIOD",
      details: { ...at, received: "2021-W53" },
    });
    expect(thrown(() => period.parse("2021-Q1/2021-09"))).toMatchObject({
      code: "INVALID_PERIOD",
      details: { ...at, start: "2021-Q1", end: "2021-09" },
    });
    expect(thrown(() => period.parse("2021-Q3/2021-Q1"))).toMatchObject({
      code: "INVALID_PERIOD",
      details: { ...at, start: "2021-Q3", end: "2021-Q1" },
    });
  });
});

describe("period.format", () => {
  it("writes canonical forms with padded years", () => {
    expect(period.format(period.year(1))).toBe("0001");
    expect(period.format(period.month(987, 1))).toBe("0987-01");
    expect(period.format(period.week(2021, 1))).toBe("2021-W01");
    expect(period.format(period.parse("2021-D001"))).toBe("2021-01-01");
  });

  it("accepts plain objects of the right shape and refuses others", () => {
    expect(period.format({ kind: "quarter", year: 2021, quarter: 3 })).toBe("2021-Q3");
    const bad: [unknown, string, string][] = [
      [null, "INVALID_TYPE", "p"],
      ["2021", "INVALID_TYPE", "p"],
      [{ kind: "quarter", year: 2021, quarter: 5 }, "OUT_OF_RANGE", "p.quarter"],
      [{ kind: "quarter", year: 2021.5, quarter: 1 }, "OUT_OF_RANGE", "p.year"],
      [{ kind: "month", year: 2021 }, "INVALID_TYPE", "p.month"],
      [{ kind: "decade", year: 2020 }, "INVALID_PERIOD", "p.kind"],
      [
        {
          kind: "range",
          start: { kind: "year", year: 2021 },
          end: { kind: "range", start: { kind: "year", year: 2021 }, end: { kind: "year", year: 2021 } },
        },
        "INVALID_PERIOD",
        "p.end",
      ],
      [{ kind: "day", year: 2021, month: 2, day: 29 }, "OUT_OF_RANGE", "p.day"],
      [{ kind: "week", year: 2021, week: 53 }, "OUT_OF_RANGE", "p.week"],
    ];
    for (const [value, c, path] of bad) {
      expect(thrown(() => period.format(value as Period))).toMatchObject({
        code: c,
        details: { function: "period.format", path },
      });
    }
  });
});

describe("constructors", () => {
  it("validate their arguments", () => {
    expect(code(() => period.year(0))).toBe("OUT_OF_RANGE");
    expect(code(() => period.year(9999))).toBe("OUT_OF_RANGE");
    expect(code(() => period.year(Number.NaN))).toBe("OUT_OF_RANGE");
    expect(code(() => period.half(2024, 3))).toBe("OUT_OF_RANGE");
    expect(code(() => period.quarter(2021, 5))).toBe("OUT_OF_RANGE");
    expect(code(() => period.month(2021, 13))).toBe("OUT_OF_RANGE");
    expect(code(() => period.week(2021, 53))).toBe("OUT_OF_RANGE");
    expect(period.week(2026, 53).week).toBe(53);
    expect(code(() => period.day(2021, 2, 29))).toBe("OUT_OF_RANGE");
    expect(code(() => period.day("2021-02-29"))).toBe("INVALID_PERIOD");
    expect(code(() => period.day("2021-02-28", 1))).toBe("INVALID_INPUT");
    expect(code(() => period.range(period.year(2021), period.range("2021", "2022") as never))).toBe("INVALID_PERIOD");
  });

  it("range accepts strings and periods", () => {
    expect(period.format(period.range("2021-01", period.month(2021, 9)))).toBe("2021-01/2021-09");
  });

  it("return frozen values", () => {
    for (const p of [
      period.year(2021),
      period.half(2024, 1),
      period.quarter(2021, 3),
      period.month(2021, 9),
      period.week(2021, 47),
      period.day(2021, 11, 27),
    ]) {
      expect(Object.isFrozen(p)).toBe(true);
    }
  });
});

describe("start, end, lastDay", () => {
  it.each([
    ["2021", "2021-01-01", "2022-01-01"],
    ["2024-S1", "2024-01-01", "2024-07-01"],
    ["2024-S2", "2024-07-01", "2025-01-01"],
    ["2021-Q3", "2021-07-01", "2021-10-01"],
    ["2021-Q4", "2021-10-01", "2022-01-01"],
    ["2021-02", "2021-02-01", "2021-03-01"],
    ["2021-12", "2021-12-01", "2022-01-01"],
    ["2021-W47", "2021-11-22", "2021-11-29"],
    ["2021-W01", "2021-01-04", "2021-01-11"],
    ["2020-W53", "2020-12-28", "2021-01-04"],
    ["2026-W01", "2025-12-29", "2026-01-05"],
    ["2021-11-27", "2021-11-27", "2021-11-28"],
    ["2024-02-29", "2024-02-29", "2024-03-01"],
    ["2021-Q1/2021-Q3", "2021-01-01", "2021-10-01"],
    ["0001", "0001-01-01", "0002-01-01"],
    ["9998-12", "9998-12-01", "9999-01-01"],
  ])("%s runs from %s to %s (exclusive)", (text, first, after) => {
    const p = period.parse(text);
    expect(period.start(p)).toBe(first);
    expect(period.end(p)).toBe(after);
    expect(period.lastDay(p)).toBe(period.addDays(after, -1));
  });
});

describe("lengths", () => {
  it("in days", () => {
    expect(period.lengthInDays(period.year(2021))).toBe(365);
    expect(period.lengthInDays(period.year(2000))).toBe(366);
    expect(period.lengthInDays(period.year(1900))).toBe(365);
    expect(period.lengthInDays(period.half(2024, 1))).toBe(182);
    expect(period.lengthInDays(period.month(2024, 2))).toBe(29);
    expect(period.lengthInDays(period.week(2021, 47))).toBe(7);
    expect(period.lengthInDays(period.parse("2021-W01/2021-W52"))).toBe(364);
    expect(period.lengthInDays(period.day("2021-11-27"))).toBe(1);
  });

  it("in months, only for whole months", () => {
    expect(period.lengthInMonths(period.year(2021))).toBe(12);
    expect(period.lengthInMonths(period.half(2024, 2))).toBe(6);
    expect(period.lengthInMonths(period.quarter(2021, 3))).toBe(3);
    expect(period.lengthInMonths(period.month(2021, 3))).toBe(1);
    expect(period.lengthInMonths(period.parse("2020-S2/2021-S1"))).toBe(12);
    expect(period.lengthInMonths(period.parse("2020/2021"))).toBe(24);
    expect(code(() => period.lengthInMonths(period.week(2021, 47)))).toBe("INVALID_PERIOD");
    expect(code(() => period.lengthInMonths(period.day("2021-11-27")))).toBe("INVALID_PERIOD");
    expect(code(() => period.lengthInMonths(period.parse("2021-01-01/2021-01-31")))).toBe("INVALID_PERIOD");
  });
});

describe("contains", () => {
  it("uses the half-open interval", () => {
    const h1 = period.parse("2024-S1");
    expect(period.contains(h1, "2024-01-01")).toBe(true);
    expect(period.contains(h1, "2024-06-30")).toBe(true);
    expect(period.contains(h1, "2024-07-01")).toBe(false);
    expect(period.contains(h1, "2023-12-31")).toBe(false);
  });

  it("checks whole containment of periods", () => {
    expect(period.contains(period.year(2021), period.parse("2021-Q1/2021-Q3"))).toBe(true);
    expect(period.contains(period.year(2021), period.week(2021, 52))).toBe(false); // ends 2022-01-02
    expect(period.contains(period.year(2021), period.year(2021))).toBe(true);
  });

  it("refuses invalid dates", () => {
    expect(code(() => period.contains(period.year(2021), "2021-02-30"))).toBe("INVALID_PERIOD");
    expect(code(() => period.contains(period.year(2021), "20210101"))).toBe("INVALID_PERIOD");
  });
});

describe("compare and equals", () => {
  it("orders by start, then end, then kind", () => {
    const a = period.parse("2021");
    const b = period.parse("2021-Q1/2021-Q4");
    expect(period.compare(a, b)).toBe(-1);
    expect(period.compare(b, a)).toBe(1);
    expect(period.equals(a, b)).toBe(false);
    expect(period.compare(period.parse("2021-01/2021-12"), b)).toBe(1);
    expect(period.compare(period.parse("2021-Q1"), period.parse("2021-01"))).toBe(1);
    expect(period.compare(period.parse("2021-Q2"), period.parse("2021-Q1"))).toBe(1);
    expect(period.compare(period.parse("2021-Q1"), { kind: "quarter", year: 2021, quarter: 1 })).toBe(0);
  });
});

describe("shiftYears and samePeriodLastYear", () => {
  it("keep the kind", () => {
    expect(period.format(period.shiftYears(period.parse("2024-S1"), -3))).toBe("2021-S1");
    expect(period.format(period.samePeriodLastYear(period.parse("2021-W47")))).toBe("2020-W47");
    expect(period.format(period.samePeriodLastYear(period.parse("2021-09")))).toBe("2020-09");
    expect(period.format(period.samePeriodLastYear(period.parse("2021")))).toBe("2020");
    expect(period.format(period.samePeriodLastYear(period.parse("2021-11-27")))).toBe("2020-11-27");
    expect(period.format(period.samePeriodLastYear(period.parse("2024-02-29")))).toBe("2023-02-28");
    expect(period.format(period.shiftYears(period.parse("2021-Q3"), 0))).toBe("2021-Q3");
  });

  it("refuses what has no counterpart", () => {
    expect(code(() => period.samePeriodLastYear(period.parse("2020-W53")))).toBe("INVALID_PERIOD");
    expect(code(() => period.samePeriodLastYear(period.year(1)))).toBe("OUT_OF_RANGE");
    expect(code(() => period.shiftYears(period.year(2021), 1.5))).toBe("OUT_OF_RANGE");
    expect(code(() => period.shiftYears(period.year(2021), Number.POSITIVE_INFINITY))).toBe("INVALID_NUMBER");
  });

  it("does not mutate its input", () => {
    const input = {
      kind: "range",
      start: { kind: "quarter", year: 2021, quarter: 1 },
      end: { kind: "quarter", year: 2021, quarter: 3 },
    } as const;
    const copy = JSON.parse(JSON.stringify(input)) as unknown;
    period.samePeriodLastYear(input);
    expect(input).toEqual(copy);
  });
});

describe("isYearToDate", () => {
  it.each([
    ["2021-Q1/2021-Q3", true],
    ["2021-01/2021-09", true],
    ["2021-01-01/2021-11-27", true],
    ["2021-S1", true],
    ["2021-Q1", true],
    ["2021", true],
    ["2021-Q2/2021-Q3", false],
    ["2020-Q1/2021-Q3", false],
    ["2021-W01/2021-W10", false],
    // 2024-W01 and 2018-W01 start on 1 January: still weeks of a week-numbering year, not year to date
    ["2024-W01/2024-W10", false],
    ["2024-W01", false],
    ["2018-W01/2018-W52", false],
    ["2021-02", false],
  ])("%s → %s", (text, expected) => {
    expect(period.isYearToDate(period.parse(text))).toBe(expected);
  });
});

describe("containing", () => {
  it("finds the period of each kind", () => {
    const d = "2021-11-27";
    expect(period.format(period.containing(d, "year"))).toBe("2021");
    expect(period.format(period.containing(d, "half"))).toBe("2021-S2");
    expect(period.format(period.containing("2021-06-30", "half"))).toBe("2021-S1");
    expect(period.format(period.containing(d, "month"))).toBe("2021-11");
    expect(period.format(period.containing(d, "day"))).toBe("2021-11-27");
    expect(period.format(period.containing("2024-12-30", "week"))).toBe("2025-W01");
    expect(code(() => period.containing(d, "decade" as never))).toBe("INVALID_INPUT");
    expect(code(() => period.containing("2021-13-01", "year"))).toBe("INVALID_PERIOD");
  });

  it("finds a week by its ISO year at the calendar's end, and refuses a period after 9998", () => {
    // 9998 has 53 ISO weeks; the last one ends on Sunday 9999-01-03 (found by the property test).
    expect(period.lastDay(period.week(9998, 53))).toBe("9999-01-03");
    expect(period.containing("9999-01-03", "week")).toEqual({ kind: "week", year: 9998, week: 53 });
    expect(period.containing("9998-12-31", "year")).toEqual({ kind: "year", year: 9998 });
    for (const kind of ["year", "half", "quarter", "month", "day"] as const) {
      expect(thrown(() => period.containing("9999-01-03", kind))).toMatchObject({
        code: "OUT_OF_RANGE",
        details: { function: "period.containing", path: "date", received: "9999-01-03" },
      });
    }
    expect(code(() => period.containing("9999-01-04", "week"))).toBe("OUT_OF_RANGE");
  });
});

describe("edges", () => {
  it("parse reads the first and last of each numbered kind", () => {
    expect(period.parse("2021-M01")).toEqual({ kind: "month", year: 2021, month: 1 });
    expect(period.parse("2021-M12")).toEqual({ kind: "month", year: 2021, month: 12 });
    expect(period.parse("2021-Q1")).toEqual({ kind: "quarter", year: 2021, quarter: 1 });
    expect(period.parse("2021-Q4")).toEqual({ kind: "quarter", year: 2021, quarter: 4 });
    expect(period.parse("2021-W01")).toEqual({ kind: "week", year: 2021, week: 1 });
    expect(period.parse("2021-W52")).toEqual({ kind: "week", year: 2021, week: 52 });
    expect(period.parse("2021-D001")).toEqual({ kind: "day", year: 2021, month: 1, day: 1 });
    expect(period.parse("2021-D365")).toEqual({ kind: "day", year: 2021, month: 12, day: 31 });
    expect(period.parse("2021-12-31")).toEqual({ kind: "day", year: 2021, month: 12, day: 31 });
    expect(period.parse("2021-01-01")).toEqual({ kind: "day", year: 2021, month: 1, day: 1 });
  });

  it("range takes a string end after a period start", () => {
    expect(period.format(period.range(period.quarter(2021, 1), "2021-Q3"))).toBe("2021-Q1/2021-Q3");
  });

  it("contains refuses a period that starts before", () => {
    expect(period.contains(period.year(2021), period.week(2020, 53))).toBe(false); // 2020-12-28 to 2021-01-03
    expect(period.contains(period.year(2021), period.week(2021, 1))).toBe(true);
    expect(period.contains(period.parse("2021-Q2/2021-Q3"), period.month(2021, 3))).toBe(false);
    expect(period.contains(period.parse("2021-Q2/2021-Q3"), period.month(2021, 4))).toBe(true);
  });

  it("compare decides by start, end, kind and the kind of a range's ends, both ways", () => {
    const pairs: [string, string][] = [
      ["2021-Q1", "2021-Q2"], // start
      ["2021-Q1", "2021"], // same start, earlier end
      ["2021-S1", "2021-Q1/2021-Q2"], // same days, a single before a range
      ["2021-Q1", "2021-01/2021-03"],
      ["2021", "2021-S1/2021-S2"],
      ["2021-Q1/2021-Q4", "2021-01/2021-12"], // ranges over the same days: quarters before months
      ["2021-S1/2021-S2", "2021-Q1/2021-Q4"],
      ["2021-W01", "2021-01-04/2021-01-10"], // the same days as a range of days, but a range comes last
    ];
    for (const [a, b] of pairs) {
      expect([a, b, period.compare(period.parse(a), period.parse(b))]).toEqual([a, b, -1]);
      expect([b, a, period.compare(period.parse(b), period.parse(a))]).toEqual([b, a, 1]);
    }
    for (const a of ["2021", "2021-Q1/2021-Q4", "2021-W01/2021-W02", "2021-11-27"])
      expect(period.compare(period.parse(a), period.parse(a))).toBe(0);
  });

  it("shiftYears reaches the first and last years and keeps week 53 where it exists", () => {
    expect(period.format(period.shiftYears(period.year(2), -1))).toBe("0001");
    expect(period.format(period.shiftYears(period.year(9997), 1))).toBe("9998");
    expect(period.format(period.shiftYears(period.week(2020, 53), 6))).toBe("2026-W53");
    expect(period.format(period.shiftYears(period.week(2020, 52), 1))).toBe("2021-W52");
    expect(period.format(period.shiftYears(period.parse("2020-W50/2020-W53"), 6))).toBe("2026-W50/2026-W53");
    expect(period.format(period.shiftYears(period.parse("2021-Q1/2021-Q3"), 2))).toBe("2023-Q1/2023-Q3");
    expect(period.format(period.shiftYears(period.parse("2024-02-29/2024-03-01"), 4))).toBe("2028-02-29/2028-03-01");
  });

  it("containing finds quarters at their edges", () => {
    expect(period.format(period.containing("2021-03-31", "quarter"))).toBe("2021-Q1");
    expect(period.format(period.containing("2021-04-01", "quarter"))).toBe("2021-Q2");
    expect(period.format(period.containing("2021-12-31", "quarter"))).toBe("2021-Q4");
    expect(period.format(period.containing("2021-07-01", "half"))).toBe("2021-S2");
    expect(period.format(period.containing("2021-01-31", "month"))).toBe("2021-01");
  });

  it("isYearToDate needs the first of January", () => {
    expect(period.isYearToDate(period.parse("2021-01-05"))).toBe(false);
    expect(period.isYearToDate(period.parse("2021-01-01"))).toBe(true);
    expect(period.isYearToDate(period.parse("2021-01-01/2021-12-31"))).toBe(true);
    expect(period.isYearToDate(period.parse("2021-01-01/2022-01-01"))).toBe(false);
  });
});
