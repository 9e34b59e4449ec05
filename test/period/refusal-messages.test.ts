// Every refusal of the period constructors and checks, with its whole message: the function, the
// path of the argument, what was expected and what was received. A message is part of the API: it
// is what a user reads first.
import { describe, expect, it } from "vitest";
import * as period from "../../src/period/index.js";
import { thrown } from "../support.js";

const q1 = period.quarter(2021, 1);
const q3 = period.quarter(2021, 3);
const q1q3 = period.parse("2021-Q1/2021-Q3");
/** A `Temporal.PlainDate`-like value: numeric fields and a toString of its own. */
const plainDate = (year: unknown, month: unknown, day: unknown): never =>
  ({ year, month, day, toString: () => "a PlainDate" }) as never;

describe("period refusals, word for word", () => {
  it.each<[string, string, () => unknown]>([
    ["OUT_OF_RANGE", "period.year: y must be a whole year from 1 to 9998, got 1.5", () => period.year(1.5)],
    ["OUT_OF_RANGE", "period.half: y must be a whole year from 1 to 9998, got 2021.5", () => period.half(2021.5, 1)],
    ["OUT_OF_RANGE", "period.half: h must be a whole number from 1 to 2, got 3", () => period.half(2021, 3)],
    [
      "INVALID_TYPE",
      'period.quarter: y must be a whole year from 1 to 9998, got "x"',
      () => period.quarter("x" as never, 1),
    ],
    ["OUT_OF_RANGE", "period.quarter: q must be a whole number from 1 to 4, got 5", () => period.quarter(2021, 5)],
    ["OUT_OF_RANGE", "period.month: y must be a whole year from 1 to 9998, got 0", () => period.month(0, 1)],
    ["OUT_OF_RANGE", "period.month: m must be a whole number from 1 to 12, got 13", () => period.month(2021, 13)],
    ["OUT_OF_RANGE", "period.week: y must be a whole year from 1 to 9998, got 2021.5", () => period.week(2021.5, 1)],
    ["OUT_OF_RANGE", "period.week: w must be a week of 2021 from 1 to 52, got 53", () => period.week(2021, 53)],
    [
      "INVALID_INPUT",
      "period.day: m must be left out after an ISO date string (a day is a string, or a year, a month and a day), got 1",
      () => period.day("2021-02-28", 1),
    ],
    [
      "OUT_OF_RANGE",
      "period.day: dateOrYear must be a whole year from 1 to 9998, got 2021.5",
      () => period.day(2021.5, 1, 1),
    ],
    ["OUT_OF_RANGE", "period.day: m must be a whole number from 1 to 12, got 13", () => period.day(2021, 13, 1)],
    ["OUT_OF_RANGE", "period.day: d must be a day of 2021-02 from 1 to 28, got 30", () => period.day(2021, 2, 30)],
    [
      "INVALID_PERIOD",
      'period.range: from must be a reporting period such as "2021", "2024-S1", "2021-Q3", "2021-09", "2021-W47", "2021-11-27" or "2021-Q1/2021-Q3", got "bogus"',
      () => period.range("bogus", q1),
    ],
    [
      "INVALID_PERIOD",
      'period.range: to must be a reporting period such as "2021", "2024-S1", "2021-Q3", "2021-09", "2021-W47", "2021-11-27" or "2021-Q1/2021-Q3", got "bogus"',
      () => period.range(q1, "bogus"),
    ],
    ["INVALID_TYPE", "period.range: from must be a period, got 5", () => period.range(5 as never, q1)],
    ["INVALID_TYPE", "period.range: to must be a period, got 5", () => period.range(q1, 5 as never)],
    [
      "INVALID_PERIOD",
      'period.range: to must be a single period, not a range, got "2021-Q1/2021-Q3"',
      () => period.range(q1, q1q3 as never),
    ],
    [
      "INVALID_PERIOD",
      'period.range: from must be a single period, not a range, got "2021-Q1/2021-Q3"',
      () => period.range(q1q3 as never, q1),
    ],
    [
      "INVALID_PERIOD",
      'period.range: to must be a quarter like the start of the range (2021-Q1), not a month, got "2021-05"',
      () => period.range(q1, period.month(2021, 5)),
    ],
    [
      "INVALID_PERIOD",
      'period.range: to must be a period not before the start of the range (2021-Q3), got "2021-Q1"',
      () => period.range(q3, q1),
    ],
    [
      "INVALID_INPUT",
      'period.containing: kind must be one of "year", "half", "quarter", "month", "week", "day", got "quater". Did you mean "quarter"?',
      () => period.containing("2021-11-27", "quater" as never),
    ],
    [
      "INVALID_INPUT",
      'period.containing: kind must be one of "year", "half", "quarter", "month", "week", "day", got "decade"',
      () => period.containing("2021-11-27", "decade" as never),
    ],
    [
      "INVALID_TYPE",
      'period.containing: kind must be one of "year", "half", "quarter", "month", "week", "day", got 5',
      () => period.containing("2021-11-27", 5 as never),
    ],
    [
      "OUT_OF_RANGE",
      'period.containing: date must be a day whose month falls in the years 1 to 9998, got "9999-06-01"',
      () => period.containing("9999-06-01", "month"),
    ],
    [
      "OUT_OF_RANGE",
      'period.containing: date must be a day whose week falls in the years 1 to 9998, got "9999-06-01"',
      () => period.containing("9999-06-01", "week"),
    ],
    ["INVALID_TYPE", "period.format: p must be a period, got 5", () => period.format(5 as never)],
    [
      "OUT_OF_RANGE",
      "period.format: p.quarter must be a whole number from 1 to 4, got 5",
      () => period.format({ kind: "quarter", year: 2021, quarter: 5 } as never),
    ],
    [
      "OUT_OF_RANGE",
      "period.format: p.half must be a whole number from 1 to 2, got 3",
      () => period.format({ kind: "half", year: 2021, half: 3 } as never),
    ],
    [
      "OUT_OF_RANGE",
      "period.format: p.month must be a whole number from 1 to 12, got 13",
      () => period.format({ kind: "month", year: 2021, month: 13 } as never),
    ],
    [
      "OUT_OF_RANGE",
      "period.format: p.week must be a week of 2021 from 1 to 52, got 53",
      () => period.format({ kind: "week", year: 2021, week: 53 } as never),
    ],
    [
      "OUT_OF_RANGE",
      "period.format: p.year must be a whole year from 1 to 9998, got 10000",
      () => period.format({ kind: "year", year: 10000 } as never),
    ],
    [
      "OUT_OF_RANGE",
      "period.format: p.month must be a whole number from 1 to 12, got 13",
      () => period.format({ kind: "day", year: 2021, month: 13, day: 1 } as never),
    ],
    [
      "OUT_OF_RANGE",
      "period.format: p.day must be a day of the month from 1 to 28, got 30",
      () => period.format({ kind: "day", year: 2021, month: 2, day: 30 } as never),
    ],
    [
      "INVALID_PERIOD",
      'period.format: p.kind must be a period with a kind of "year", "half", "quarter", "month", "week", "day" or "range", got "decade"',
      () => period.format({ kind: "decade" } as never),
    ],
    [
      "INVALID_TYPE",
      "period.format: p.start must be a period, got 5",
      () => period.format({ kind: "range", start: 5, end: q1 } as never),
    ],
    [
      "INVALID_TYPE",
      "period.format: p.end must be a period, got 5",
      () => period.format({ kind: "range", start: q1, end: 5 } as never),
    ],
    [
      "INVALID_PERIOD",
      'period.format: p.start must be a single period, not a range, got "2021-Q1/2021-Q3"',
      () => period.format({ kind: "range", start: q1q3, end: q3 } as never),
    ],
    [
      "INVALID_PERIOD",
      "period.addDays: date must be a valid Date, got an invalid Date",
      () => period.addDays(new Date(Number.NaN), 1),
    ],
    [
      "INVALID_PERIOD",
      "period.addDays: date must be a real day from the years 1 to 9999, got an object with keys year, month, day, toString. Got year 2021, month 13, day 1.",
      () => period.addDays(plainDate(2021, 13, 1), 1),
    ],
    [
      "INVALID_PERIOD",
      "period.addDays: date must be a real day from the years 1 to 9999, got an object with keys year, month, day, toString. Got year 2021, month 0, day 1.",
      () => period.addDays(plainDate(2021, 0, 1), 1),
    ],
    [
      "INVALID_PERIOD",
      "period.addDays: date must be a real day from the years 1 to 9999, got an object with keys year, month, day, toString. Got year 2021, month 2, day 0.",
      () => period.addDays(plainDate(2021, 2, 0), 1),
    ],
    [
      "INVALID_PERIOD",
      "period.addDays: date must be a real day from the years 1 to 9999, got an object with keys year, month, day, toString. Got year 2021, month 2, day 29.",
      () => period.addDays(plainDate(2021, 2, 29), 1),
    ],
    [
      "INVALID_PERIOD",
      "period.addDays: date must be a real day from the years 1 to 9999, got an object with keys year, month, day, toString. Got year 0, month 1, day 1.",
      () => period.addDays(plainDate(0, 1, 1), 1),
    ],
    [
      "INVALID_PERIOD",
      "period.addDays: date must be a real day from the years 1 to 9999, got an object with keys year, month, day, toString. Got year 10000, month 1, day 1.",
      () => period.addDays(plainDate(10000, 1, 1), 1),
    ],
    [
      "INVALID_PERIOD",
      "period.addDays: date must be a real day from the years 1 to 9999, got an object with keys year, month, day, toString. Got year 2021.5, month 1, day 1.",
      () => period.addDays(plainDate(2021.5, 1, 1), 1),
    ],
    [
      "INVALID_PERIOD",
      "period.addDays: date must be a real day from the years 1 to 9999, got an object with keys year, month, day, toString. Got year 2021, month 1.5, day 1.",
      () => period.addDays(plainDate(2021, 1.5, 1), 1),
    ],
    [
      "INVALID_PERIOD",
      "period.addDays: date must be a real day from the years 1 to 9999, got an object with keys year, month, day, toString. Got year 2021, month 1, day 1.5.",
      () => period.addDays(plainDate(2021, 1, 1.5), 1),
    ],
    [
      "INVALID_TYPE",
      'period.addDays: date must be an ISO date "YYYY-MM-DD", a JS Date or a Temporal.PlainDate, got an object with keys year, month, day',
      () => period.addDays(Object.assign(Object.create(null) as object, { year: 2021, month: 1, day: 1 }) as never, 1),
    ],
    [
      "INVALID_TYPE",
      'period.addDays: date must be an ISO date "YYYY-MM-DD", a JS Date or a Temporal.PlainDate, got an object with keys year, month, day, toString',
      () => period.addDays({ year: "2021", month: 1, day: 1, toString: () => "x" } as never, 1),
    ],
    [
      "INVALID_TYPE",
      'period.addDays: date must be an ISO date "YYYY-MM-DD", a JS Date or a Temporal.PlainDate, got an object with keys year, month, day, toString',
      () => period.addDays({ year: 2021, month: "1", day: 1, toString: () => "x" } as never, 1),
    ],
    [
      "INVALID_TYPE",
      'period.addDays: date must be an ISO date "YYYY-MM-DD", a JS Date or a Temporal.PlainDate, got an object with keys year, month, day, toString',
      () => period.addDays({ year: 2021, month: 1, day: "1", toString: () => "x" } as never, 1),
    ],
  ])("%s: %s", (code, message, fn) => {
    expect(thrown(fn)).toMatchObject({ code, message });
  });

  it.each<[string, string, string, string]>([
    ["en", "Q3", "no-year", "No year is written (a four-digit year, such as 2021)"],
    [
      "en",
      "FY2023",
      "fiscal-year",
      "Fiscal years are not read: their months depend on the company; give the calendar period (e.g. 2023-Q1/2023-Q4)",
    ],
    [
      "zh",
      "2023财年",
      "fiscal-year",
      "Fiscal years are not read: their months depend on the company; give the calendar period (e.g. 2023-Q1/2023-Q4)",
    ],
    ["zh", "2021年第三季度和第四季度", "unknown-word", '"和第四季度" is not part of a period in zh'],
    ["en", "Q5 2021", "unknown-word", '"q5" is not a word of a period in en'],
    ["de-AT", "Quartal 2021 bitte", "unknown-word", '"bitte" is not a word of a period in de-AT'],
    [
      "en",
      "November 31, 2021",
      "impossible",
      "It names no real period (period.day: d must be a day of 2021-11 from 1 to 30, got 31)",
    ],
    [
      "en",
      "Q3 2021 – 2022",
      "impossible",
      'It names no real period (period.range: to must be a quarter like the start of the range (2021-Q3), not a year, got "2022")',
    ],
    [
      "en",
      "Q3 2022 – Q1 2022",
      "impossible",
      'It names no real period (period.range: to must be a period not before the start of the range (2022-Q3), got "2022-Q1")',
    ],
    ["en", "quarter 2021", "incomplete", "Which quarter is not said"],
    ["en", "Q3 2021 Q4 2021", "two-periods", "The text names more than one period, or a part of one twice"],
    ["en", "  ()  ", "empty", "The text is empty"],
    ["zh", "2021年前半年", "incomplete", "The first N of a year needs a count from two and quarters, months or halves"],
    [
      "en",
      "H1 '24",
      "two-digit-year",
      "A two-digit year is ambiguous: write the century, or pass strict: false to read it as 20xx",
    ],
  ])("period.parse in %s refuses %j (%s) and says why", (locale, text, reason, hint) => {
    expect(thrown(() => period.parse(text, { locale }))).toMatchObject({
      code: "INVALID_TEXT",
      message: `period.parse: text must be a reporting period as written in ${locale}, got ${JSON.stringify(text)}. ${hint}`,
      details: { function: "period.parse", path: "text", received: text, locale, reason },
    });
  });

  it("reads a PlainDate-like value at the ends of the calendar, and on a leap day", () => {
    expect((() => period.addDays(plainDate(2024, 2, 29), 1))()).toBe("2024-03-01");
    expect((() => period.addDays(plainDate(9999, 12, 31), 0))()).toBe("9999-12-31");
    expect((() => period.addDays(plainDate(1, 1, 1), 0))()).toBe("0001-01-01");
  });
});
