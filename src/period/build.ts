/**
 * Reporting periods, construction: the constructors of each kind, ranges, the checked reading of a
 * period object that may come from outside the library, and the period of a kind containing a day.
 *
 * @module
 */
import { nearest, refuse } from "../errors.js";
import { child, site } from "../decimal.js";
import { frozenValue, valuePrototype } from "../value.js";
import {
  MIN_YEAR,
  daysInMonth,
  formatYmd,
  fromDayNumber,
  isoWeekOf,
  isoWeeksInYear,
  readDate,
  readYmd,
  dayNumberOf,
} from "./calendar.js";
import { spanOf } from "./spans.js";
import { format, parse } from "./text.js";
import type {
  DateInput,
  DayPeriod,
  HalfPeriod,
  IsoDate,
  MonthPeriod,
  Period,
  PeriodKind,
  QuarterPeriod,
  RangePeriod,
  SinglePeriod,
  WeekPeriod,
  YearPeriod,
} from "./types.js";

/**
 * The last year a period can fall in. Periods stop one year short of the
 * date limit (9999) so that every exclusive end is still a four-digit date.
 * @internal
 */
export const MAX_PERIOD_YEAR = 9998;

/**
 * The kinds of single periods, from coarsest to finest, frozen.
 *
 * @category Periods
 * @since 0.1.0
 */
export const PERIOD_KINDS: readonly PeriodKind[] = /* @__PURE__ */ Object.freeze([
  "year",
  "half",
  "quarter",
  "month",
  "week",
  "day",
] as const);

/**
 * What every Period the library makes inherits: `JSON.stringify` writes the SDMX-style string
 * (`"2021-Q1/2021-Q3"`, PeriodSchema's JSON), and so does `String()`.
 */
const PERIOD = /* @__PURE__ */ valuePrototype<Period>(
  "Period",
  (p) => format(p),
  (p) => format(p),
);

/**
 * A whole number from `lo` to `hi`: INVALID_TYPE when not a number, OUT_OF_RANGE otherwise;
 * `where` is `"fn: path"` (`"period.month: m"`, `"agreement.create: input.signed.month"`).
 */
function checkInt(value: unknown, lo: number, hi: number, where: string, what = `a whole number`): number {
  const expected = `${what} from ${lo} to ${hi}`;
  if (typeof value !== "number") return refuse("INVALID_TYPE", { ...site(where), expected, received: value });
  if (!Number.isInteger(value) || value < lo || value > hi) {
    return refuse("OUT_OF_RANGE", { ...site(where), expected, received: value });
  }
  return value;
}

const checkYear = (value: unknown, where: string): number =>
  checkInt(value, MIN_YEAR, MAX_PERIOD_YEAR, where, "a whole year");

/**
 * A calendar year.
 *
 * @param y - the year, a whole number from 1 to 9998
 * @returns the frozen period, formatted `"2021"`
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `y` is not a number, `OUT_OF_RANGE` when it is not a whole number in range
 * @example
 * {@includeCode ../../test/period/examples.test.ts#constructors}
 * @category Constructors
 * @since 0.1.0
 */
export function year(y: number): YearPeriod {
  return frozenValue(PERIOD, { kind: "year", year: checkYear(y, "period.year: y") });
}

/**
 * A half year: 1 is January to June (`"2024-S1"`), 2 is July to December.
 *
 * @param y - the year, a whole number from 1 to 9998
 * @param h - 1 or 2
 * @returns the frozen period, formatted `"2024-S1"`
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `y` or `h` is not a number, `OUT_OF_RANGE` when it is out of range
 * @example
 * {@includeCode ../../test/period/examples.test.ts#constructors}
 * @category Constructors
 * @since 0.1.0
 */
export function half(y: number, h: number): HalfPeriod {
  return frozenValue(PERIOD, {
    kind: "half",
    year: checkYear(y, "period.half: y"),
    half: checkInt(h, 1, 2, "period.half: h") as 1 | 2,
  });
}

/**
 * A calendar quarter (`"2021-Q3"` is July to September).
 *
 * @param y - the year, a whole number from 1 to 9998
 * @param q - 1 to 4
 * @returns the frozen period, formatted `"2021-Q3"`
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `y` or `q` is not a number, `OUT_OF_RANGE` when it is out of range
 * @example
 * {@includeCode ../../test/period/examples.test.ts#constructors}
 * @category Constructors
 * @since 0.1.0
 */
export function quarter(y: number, q: number): QuarterPeriod {
  return frozenValue(PERIOD, {
    kind: "quarter",
    year: checkYear(y, "period.quarter: y"),
    quarter: checkInt(q, 1, 4, "period.quarter: q") as 1 | 2 | 3 | 4,
  });
}

/**
 * A calendar month.
 *
 * @param y - the year, a whole number from 1 to 9998
 * @param m - 1 (January) to 12 (December)
 * @returns the frozen period, formatted `"2021-09"`
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `y` or `m` is not a number, `OUT_OF_RANGE` when it is out of range
 * @example
 * {@includeCode ../../test/period/examples.test.ts#constructors}
 * @category Constructors
 * @since 0.1.0
 */
export function month(y: number, m: number): MonthPeriod {
  return frozenValue(PERIOD, {
    kind: "month",
    year: checkYear(y, "period.month: y"),
    month: checkInt(m, 1, 12, "period.month: m"),
  });
}

/**
 * An ISO 8601 week of an ISO week-numbering year (Monday to Sunday; week 1
 * holds the year's first Thursday). Years have 52 weeks, or 53 when 1 January
 * is a Thursday (or a Wednesday in a leap year): 2020 has a week 53, 2021 not.
 *
 * @param y - the ISO week-numbering year, a whole number from 1 to 9998
 * @param w - 1 to the number of weeks of that year (52 or 53)
 * @returns the frozen period, formatted `"2021-W47"`
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `y` or `w` is not a number, `OUT_OF_RANGE` when `y` is out of range or the year has no week `w`
 * @example
 * {@includeCode ../../test/period/examples.test.ts#constructors}
 * @category Constructors
 * @since 0.1.0
 */
export function week(y: number, w: number): WeekPeriod {
  const yy = checkYear(y, "period.week: y");
  const w53 = isoWeeksInYear(yy);
  return frozenValue(PERIOD, {
    kind: "week",
    year: yy,
    week: checkInt(w, 1, w53, "period.week: w", `a week of ${yy}`),
  });
}

/**
 * A single day as a period, from an ISO date string or from year, month and day.
 *
 * @param dateOrYear - an {@link IsoDate} such as `"2021-11-27"`, or the year (1 to 9998)
 * @param m - the month (1 to 12), when the first argument is a year
 * @param d - the day of the month, when the first argument is a year
 * @returns the frozen period, formatted `"2021-11-27"`
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when an ISO date string is no real day (`"2021-02-30"`); `OUT_OF_RANGE` when a year, month or day number is out of range (`INVALID_TYPE` when not a number);
 *   `INVALID_INPUT` when a month or day follows an ISO date string
 * @example
 * {@includeCode ../../test/period/examples.test.ts#constructors}
 * @category Constructors
 * @since 0.1.0
 */
export function day(dateOrYear: DateInput | number, m?: number, d?: number): DayPeriod {
  const date = readDate(dateOrYear, "period.day: dateOrYear") as IsoDate | number;
  if (typeof date === "string") {
    if (m !== undefined || d !== undefined) {
      refuse("INVALID_INPUT", {
        function: "period.day",
        path: m !== undefined ? "m" : "d",
        expected: "left out after an ISO date string (a day is a string, or a year, a month and a day)",
        received: m ?? d,
      });
    }
    const ymd = readYmd(date);
    if (ymd === undefined) {
      return refuse("INVALID_PERIOD", {
        function: "period.day",
        path: "dateOrYear",
        expected: 'a real day written "YYYY-MM-DD"',
        received: date,
      });
    }
    return day(ymd.year, ymd.month, ymd.day);
  }
  const yy = checkYear(date, "period.day: dateOrYear");
  const mm = checkInt(m, 1, 12, "period.day: m");
  const dd = checkInt(d, 1, daysInMonth(yy, mm), "period.day: d", `a day of ${formatYmd(yy, mm, 1).slice(0, 7)}`);
  return frozenValue(PERIOD, { kind: "day", year: yy, month: mm, day: dd });
}

/**
 * A range of consecutive periods of one kind, both ends included: from
 * `quarter(2021, 1)` to `quarter(2021, 3)` is the first three quarters of
 * 2021 (`"2021-Q1/2021-Q3"`). Ends may be given as periods or as strings.
 *
 * @param from - the first period (included), not itself a range
 * @param to - the last period (included), of the same kind as `from`, not before it
 * @returns the frozen range
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when an end is no period; `OUT_OF_RANGE` when a field of an end is out of range; `INVALID_PERIOD` when an end is malformed or a range, the kinds differ, or `to` comes before `from`
 * @example
 * {@includeCode ../../test/period/examples.test.ts#range}
 * @category Constructors
 * @since 0.1.0
 */
export function range(from: SinglePeriod | string, to: SinglePeriod | string): RangePeriod {
  const a = typeof from === "string" ? parse(from, "period.range: from") : checkPeriod(from, "period.range: from");
  const b = typeof to === "string" ? parse(to, "period.range: to") : checkPeriod(to, "period.range: to");
  return joinRange(a, b, "period.range: from", "period.range: to");
}

/**
 * The range from `a` to `b`, checked: INVALID_PERIOD naming `fromWhere` or `toWhere` (`"fn: path"`)
 * when an end is a range, the kinds differ or `b` comes before `a`. @internal
 */
export function joinRange(a: Period, b: Period, fromWhere: string, toWhere: string): RangePeriod {
  const single = "a single period, not a range";
  if (a.kind === "range") refuse("INVALID_PERIOD", { ...site(fromWhere), expected: single, received: format(a) });
  if (b.kind === "range") refuse("INVALID_PERIOD", { ...site(toWhere), expected: single, received: format(b) });
  if (a.kind !== b.kind) {
    const expected = `a ${a.kind} like the start of the range (${format(a)}), not a ${b.kind}`;
    refuse("INVALID_PERIOD", { ...site(toWhere), expected, received: format(b), start: format(a), end: format(b) });
  }
  if (spanOf(a)[0] > spanOf(b)[0]) {
    const expected = `a period not before the start of the range (${format(a)})`;
    refuse("INVALID_PERIOD", { ...site(toWhere), expected, received: format(b), start: format(a), end: format(b) });
  }
  return frozenValue(PERIOD, { kind: "range", start: a, end: b });
}

/** The constructors of the kinds that are a year and one number. */
const BY_NUMBER = /* @__PURE__ */ Object.freeze({ half, quarter, month, week });

/** Refuses a kind that is not one of {@link PERIOD_KINDS}, naming the nearest. */
function refuseKind(kind: unknown): never {
  const accepted = PERIOD_KINDS;
  const near = typeof kind === "string" ? nearest(kind, accepted) : undefined;
  return refuse(typeof kind === "string" ? "INVALID_INPUT" : "INVALID_TYPE", {
    function: "period.containing",
    path: "kind",
    expected: `one of ${accepted.map((k) => `"${k}"`).join(", ")}`,
    received: kind,
    accepted,
    ...(near === undefined ? {} : { hint: `Did you mean "${near}"?`, suggestion: near }),
  });
}

/**
 * Validates a period object that may come from outside the library (plain
 * objects are accepted), returning a frozen, normalised copy. @internal
 */
export function checkPeriod(p: unknown, where: string): Period {
  if (typeof p !== "object" || p === null) {
    return refuse("INVALID_TYPE", { ...site(where), expected: "a period", received: p });
  }
  const o = p as Record<string, unknown>;
  const kind = o["kind"];
  const at = (key: string): string => child(where, key);
  switch (kind) {
    case "year":
      return year(checkYear(o["year"], at("year")));
    case "half":
    case "quarter":
    case "month":
    case "week": {
      // these four are a year and one number, kept in the field named as the kind
      const y = checkYear(o["year"], at("year"));
      const top = kind === "half" ? 2 : kind === "quarter" ? 4 : kind === "month" ? 12 : isoWeeksInYear(y);
      return BY_NUMBER[kind](y, checkInt(o[kind], 1, top, at(kind), kind === "week" ? `a week of ${y}` : undefined));
    }
    case "day": {
      const y = checkYear(o["year"], at("year"));
      const m = checkInt(o["month"], 1, 12, at("month"));
      return day(y, m, checkInt(o["day"], 1, daysInMonth(y, m), at("day"), "a day of the month"));
    }
    case "range":
      return joinRange(checkSingle(o["start"], at("start")), checkSingle(o["end"], at("end")), at("start"), at("end"));
    default: {
      const expected = `a period with a kind of ${PERIOD_KINDS.map((k) => `"${k}"`).join(", ")} or "range"`;
      return refuse("INVALID_PERIOD", { ...site(at("kind")), expected, received: kind });
    }
  }
}

function checkSingle(p: unknown, where: string): SinglePeriod {
  const v = checkPeriod(p, where);
  if (v.kind === "range") {
    refuse("INVALID_PERIOD", { ...site(where), expected: "a single period, not a range", received: format(v) });
  }
  return v;
}

/**
 * Tells whether a value is a valid period (a value made by this namespace, or
 * a plain object of the same shape with valid fields).
 *
 * @param value - any value
 * @returns true when `value` is a valid {@link Period}
 * @example
 * {@includeCode ../../test/period/examples.test.ts#isPeriod}
 * @category Parsing and formatting
 * @since 0.1.0
 */
export function isPeriod(value: unknown): value is Period {
  try {
    checkPeriod(value, "period.isPeriod: value");
    return true;
  } catch {
    return false;
  }
}

/**
 * The period of a given kind that contains a day: the quarter of
 * `"2021-11-27"` is `2021-Q4`, its ISO week `2021-W47`.
 *
 * @param date - the day
 * @param kind - the kind of period wanted
 * @returns the frozen period of that kind containing `date`
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `date` is not a real day; `OUT_OF_RANGE` when its period falls after 9998; `INVALID_TYPE` when `kind` is not a string;
 *   `INVALID_INPUT` for another string (`details.accepted` lists the kinds, `details.suggestion` the nearest)
 * @example
 * {@includeCode ../../test/period/examples.test.ts#containing}
 * @category Constructors
 * @since 0.1.0
 */
export function containing(date: DateInput, kind: PeriodKind): SinglePeriod {
  const n = dayNumberOf(date, "period.containing: date");
  const { year: y, month: m, day: d } = fromDayNumber(n);
  // A week belongs to its ISO year: 9999-01-03 lies in 9998-W53, a week the calendar holds.
  if ((kind === "week" ? isoWeekOf(n).year : y) > MAX_PERIOD_YEAR) {
    const expected = `a day whose ${kind} falls in the years ${MIN_YEAR} to ${MAX_PERIOD_YEAR}`;
    refuse("OUT_OF_RANGE", { function: "period.containing", path: "date", expected, received: date });
  }
  switch (kind) {
    case "year":
      return year(y);
    case "half":
      return half(y, m <= 6 ? 1 : 2);
    case "quarter":
      return quarter(y, Math.floor((m - 1) / 3) + 1);
    case "month":
      return month(y, m);
    case "week": {
      const w = isoWeekOf(n);
      return week(w.year, w.week);
    }
    case "day":
      return day(y, m, d);
    default:
      return refuseKind(kind);
  }
}
