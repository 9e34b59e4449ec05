/**
 * Reporting periods: constructors, SDMX-style parsing and formatting, and
 * calendar arithmetic on them (start, exclusive end, length, containment,
 * ordering, shifting by years).
 *
 * @module
 */
import { describe, fail, isAccordoError } from "../errors.js";
import { frozenValue, valuePrototype } from "../value.js";
import {
  MIN_YEAR,
  dayNumberOf,
  daysInMonth,
  readDate,
  formatDayNumber,
  formatYmd,
  fromDayNumber,
  isoWeekOf,
  isoWeekOneMonday,
  isoWeeksInYear,
  readYmd,
  toDayNumber,
} from "./calendar.js";
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

const KIND_RANK: Readonly<Record<Period["kind"], number>> = Object.freeze({
  year: 0,
  half: 1,
  quarter: 2,
  month: 3,
  week: 4,
  day: 5,
  range: 6,
});

/**
 * The kinds of single periods, from coarsest to finest, frozen.
 *
 * @category Periods
 * @since 0.1.0
 */
export const PERIOD_KINDS: readonly PeriodKind[] = Object.freeze([
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
const PERIOD = valuePrototype<Period>(
  "Period",
  (p) => format(p),
  (p) => format(p),
);

function invalid(message: string, details?: Readonly<Record<string, unknown>>): never {
  return fail("INVALID_PERIOD", message, details);
}

function checkInt(value: unknown, lo: number, hi: number, what: string): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < lo || value > hi) {
    invalid(`${what} must be a whole number from ${lo} to ${hi}, got ${describe(value)}`, { where: what });
  }
  return value;
}

const checkYear = (value: unknown, what = "year"): number => checkInt(value, MIN_YEAR, MAX_PERIOD_YEAR, what);

/**
 * A calendar year.
 *
 * @param y - the year, a whole number from 1 to 9998
 * @returns the frozen period, formatted `"2021"`
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `y` is not a whole number in range
 * @example
 * {@includeCode ../../test/period/examples.test.ts#constructors}
 * @category Constructors
 * @since 0.1.0
 */
export function year(y: number): YearPeriod {
  return frozenValue(PERIOD, { kind: "year", year: checkYear(y) });
}

/**
 * A half year: 1 is January to June (`"2024-S1"`), 2 is July to December.
 *
 * @param y - the year, a whole number from 1 to 9998
 * @param h - 1 or 2
 * @returns the frozen period, formatted `"2024-S1"`
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `y` or `h` is out of range
 * @example
 * {@includeCode ../../test/period/examples.test.ts#constructors}
 * @category Constructors
 * @since 0.1.0
 */
export function half(y: number, h: number): HalfPeriod {
  return frozenValue(PERIOD, { kind: "half", year: checkYear(y), half: checkInt(h, 1, 2, "half") as 1 | 2 });
}

/**
 * A calendar quarter (`"2021-Q3"` is July to September).
 *
 * @param y - the year, a whole number from 1 to 9998
 * @param q - 1 to 4
 * @returns the frozen period, formatted `"2021-Q3"`
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `y` or `q` is out of range
 * @example
 * {@includeCode ../../test/period/examples.test.ts#constructors}
 * @category Constructors
 * @since 0.1.0
 */
export function quarter(y: number, q: number): QuarterPeriod {
  return frozenValue(PERIOD, {
    kind: "quarter",
    year: checkYear(y),
    quarter: checkInt(q, 1, 4, "quarter") as 1 | 2 | 3 | 4,
  });
}

/**
 * A calendar month.
 *
 * @param y - the year, a whole number from 1 to 9998
 * @param m - 1 (January) to 12 (December)
 * @returns the frozen period, formatted `"2021-09"`
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `y` or `m` is out of range
 * @example
 * {@includeCode ../../test/period/examples.test.ts#constructors}
 * @category Constructors
 * @since 0.1.0
 */
export function month(y: number, m: number): MonthPeriod {
  return frozenValue(PERIOD, { kind: "month", year: checkYear(y), month: checkInt(m, 1, 12, "month") });
}

/**
 * An ISO 8601 week of an ISO week-numbering year (Monday to Sunday; week 1
 * holds the year's first Thursday). Years have 52 weeks, or 53 when 1 January
 * is a Thursday (or a Wednesday in a leap year): 2020 has a week 53, 2021 not.
 *
 * @param y - the ISO week-numbering year, a whole number from 1 to 9998
 * @param w - 1 to the number of weeks of that year (52 or 53)
 * @returns the frozen period, formatted `"2021-W47"`
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `y` is out of range or the year has no week `w`
 * @example
 * {@includeCode ../../test/period/examples.test.ts#constructors}
 * @category Constructors
 * @since 0.1.0
 */
export function week(y: number, w: number): WeekPeriod {
  const yy = checkYear(y);
  return frozenValue(PERIOD, { kind: "week", year: yy, week: checkInt(w, 1, isoWeeksInYear(yy), `week of ${yy}`) });
}

/**
 * A single day as a period, from an ISO date string or from year, month and day.
 *
 * @param dateOrYear - an {@link IsoDate} such as `"2021-11-27"`, or the year (1 to 9998)
 * @param m - the month (1 to 12), when the first argument is a year
 * @param d - the day of the month, when the first argument is a year
 * @returns the frozen period, formatted `"2021-11-27"`
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when the day does not exist (`"2021-02-30"`) or is out of range
 * @example
 * {@includeCode ../../test/period/examples.test.ts#constructors}
 * @category Constructors
 * @since 0.1.0
 */
export function day(dateOrYear: DateInput | number, m?: number, d?: number): DayPeriod {
  const date = readDate(dateOrYear, "day") as IsoDate | number;
  if (typeof date === "string") {
    if (m !== undefined || d !== undefined)
      invalid("day takes either an ISO date string or year, month and day, not both");
    const ymd = readYmd(date);
    if (ymd === undefined) invalid(`day must be a valid ISO date "YYYY-MM-DD", got ${describe(date)}`, { value: date });
    return day(ymd.year, ymd.month, ymd.day);
  }
  const yy = checkYear(date);
  const mm = checkInt(m, 1, 12, "month");
  const dd = checkInt(d, 1, daysInMonth(yy, mm), `day of ${formatYmd(yy, mm, 1).slice(0, 7)}`);
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
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when an end is invalid or a range, the kinds differ, or `to` comes before `from`
 * @example
 * {@includeCode ../../test/period/examples.test.ts#range}
 * @category Constructors
 * @since 0.1.0
 */
export function range(from: SinglePeriod | string, to: SinglePeriod | string): RangePeriod {
  const a = typeof from === "string" ? parse(from) : checkPeriod(from, "range start");
  const b = typeof to === "string" ? parse(to) : checkPeriod(to, "range end");
  if (a.kind === "range" || b.kind === "range") invalid("the ends of a range must not be ranges themselves");
  if (a.kind !== b.kind) {
    invalid(
      `the ends of a range must be of the same kind, got a ${a.kind} (${format(a)}) and a ${b.kind} (${format(b)})`,
      {
        start: format(a),
        end: format(b),
      },
    );
  }
  if (spanOf(a)[0] > spanOf(b)[0])
    invalid(`a range must not end before it starts: ${format(a)}/${format(b)}`, { start: format(a), end: format(b) });
  return frozenValue(PERIOD, { kind: "range", start: a, end: b });
}

const SINGLE_PATTERN = /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|([ASHQMWD])(\d{1,3})))?$/;

function parseSingle(text: string, whole: string): SinglePeriod {
  const m = SINGLE_PATTERN.exec(text);
  if (m === null) return invalid(`not a reporting period: ${describe(whole)}`, { value: whole });
  const y = Number(m[1]);
  const bad = (what: string): never => invalid(`invalid ${what} in ${describe(whole)}`, { value: whole });
  if (y < MIN_YEAR || y > MAX_PERIOD_YEAR) bad(`year (must be 0001 to ${MAX_PERIOD_YEAR})`);
  if (m[2] !== undefined) {
    const mm = Number(m[2]);
    if (mm < 1 || mm > 12) bad("month");
    if (m[3] === undefined) return month(y, mm);
    const dd = Number(m[3]);
    if (dd < 1 || dd > daysInMonth(y, mm)) bad("day");
    return day(y, mm, dd);
  }
  if (m[4] === undefined) return year(y);
  const letter = m[4];
  const digits = m[5] as string;
  const n = Number(digits);
  switch (letter) {
    case "A":
      if (digits !== "1") bad("annual period (only A1 exists)");
      return year(y);
    case "S":
    case "H":
      if (digits.length !== 1 || n < 1 || n > 2) bad("half (must be S1 or S2)");
      return half(y, n);
    case "Q":
      if (digits.length !== 1 || n < 1 || n > 4) bad("quarter (must be Q1 to Q4)");
      return quarter(y, n);
    case "M":
      if (digits.length !== 2 || n < 1 || n > 12) bad("month (must be M01 to M12)");
      return month(y, n);
    case "W":
      if (digits.length !== 2 || n < 1 || n > isoWeeksInYear(y)) bad(`week (${y} has ${isoWeeksInYear(y)} ISO weeks)`);
      return week(y, n);
    default: {
      // "D": SDMX reporting day, D001 to D365/D366.
      const length = toDayNumber(y + 1, 1, 1) - toDayNumber(y, 1, 1);
      if (digits.length !== 3 || n < 1 || n > length) bad(`day of year (${y} has ${length} days)`);
      const ymd = fromDayNumber(toDayNumber(y, 1, 1) + n - 1);
      return day(ymd.year, ymd.month, ymd.day);
    }
  }
}

/**
 * Reads a reporting period written SDMX-style (surrounding spaces ignored):
 *
 * | kind | canonical | also read |
 * | --- | --- | --- |
 * | year | `2021` | `2021-A1` |
 * | half | `2024-S1` | `2024-H1` |
 * | quarter | `2021-Q3` | |
 * | month | `2021-09` | `2021-M09` |
 * | ISO week | `2021-W47` | |
 * | day | `2021-11-27` | `2021-D331` (day of the year) |
 * | range | `2021-Q1/2021-Q3` | (both ends of one kind) |
 *
 * SDMX start/duration ranges (`2021-01-01/P9M`) are not read.
 *
 * @param text - the period string
 * @returns the frozen period
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` for anything else, including impossible periods: `"2021-Q5"`, `"2021-13"`, `"2021-W53"` (2021 has 52 ISO weeks), `"2021-02-30"`, ranges that end before they start or mix kinds
 * @example
 * {@includeCode ../../test/period/examples.test.ts#parse}
 * @category Parsing and formatting
 * @since 0.1.0
 */
export function parse(text: string): Period {
  if (typeof text !== "string") return invalid(`a period must be a string, got ${describe(text)}`);
  const trimmed = text.trim();
  const parts = trimmed.split("/");
  if (parts.length === 1) return parseSingle(trimmed, text);
  if (parts.length !== 2) return invalid(`not a reporting period: ${describe(text)}`, { value: text });
  return range(parseSingle(parts[0] as string, text), parseSingle(parts[1] as string, text));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

function formatSingle(p: SinglePeriod): string {
  const y = pad(p.year, 4);
  switch (p.kind) {
    case "year":
      return y;
    case "half":
      return `${y}-S${p.half}`;
    case "quarter":
      return `${y}-Q${p.quarter}`;
    case "month":
      return `${y}-${pad(p.month, 2)}`;
    case "week":
      return `${y}-W${pad(p.week, 2)}`;
    case "day":
      return formatYmd(p.year, p.month, p.day);
  }
}

/**
 * Writes a period in its canonical SDMX-style form: `"2021"`, `"2024-S1"`,
 * `"2021-Q3"`, `"2021-09"`, `"2021-W47"`, `"2021-11-27"`, `"2021-Q1/2021-Q3"`.
 * `parse(format(p))` equals `p` for every valid period.
 *
 * @param p - the period
 * @returns the canonical string
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `p` is not a valid period
 * @example
 * {@includeCode ../../test/period/examples.test.ts#parse}
 * @category Parsing and formatting
 * @since 0.1.0
 */
export function format(p: Period): string {
  const v = checkPeriod(p, "period");
  return v.kind === "range" ? `${formatSingle(v.start)}/${formatSingle(v.end)}` : formatSingle(v);
}

/**
 * Validates a period object that may come from outside the library (plain
 * objects are accepted), returning a frozen, normalised copy. @internal
 */
export function checkPeriod(p: unknown, where: string): Period {
  if (typeof p !== "object" || p === null) return invalid(`${where} must be a period, got ${describe(p)}`, { where });
  const o = p as Record<string, unknown>;
  let result: Period;
  switch (o["kind"]) {
    case "year":
      result = year(o["year"] as number);
      break;
    case "half":
      result = half(o["year"] as number, o["half"] as number);
      break;
    case "quarter":
      result = quarter(o["year"] as number, o["quarter"] as number);
      break;
    case "month":
      result = month(o["year"] as number, o["month"] as number);
      break;
    case "week":
      result = week(o["year"] as number, o["week"] as number);
      break;
    case "day":
      result = day(o["year"] as number, o["month"] as number, o["day"] as number);
      break;
    case "range":
      result = range(checkSingle(o["start"], `${where} start`), checkSingle(o["end"], `${where} end`));
      break;
    default:
      return invalid(`${where} has an unknown kind ${describe(o["kind"])}`, { where });
  }
  return result;
}

function checkSingle(p: unknown, where: string): SinglePeriod {
  const v = checkPeriod(p, where);
  if (v.kind === "range") invalid(`${where} must not be a range`, { where });
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
    checkPeriod(value, "period");
    return true;
  } catch {
    return false;
  }
}

/** First day number and exclusive end day number of a single period. */
function spanOfSingle(p: SinglePeriod): readonly [number, number] {
  switch (p.kind) {
    case "year":
      return [toDayNumber(p.year, 1, 1), toDayNumber(p.year + 1, 1, 1)];
    case "half": {
      const m = p.half === 1 ? 1 : 7;
      return [toDayNumber(p.year, m, 1), p.half === 1 ? toDayNumber(p.year, 7, 1) : toDayNumber(p.year + 1, 1, 1)];
    }
    case "quarter": {
      const m = (p.quarter - 1) * 3 + 1;
      return [
        toDayNumber(p.year, m, 1),
        p.quarter === 4 ? toDayNumber(p.year + 1, 1, 1) : toDayNumber(p.year, m + 3, 1),
      ];
    }
    case "month":
      return [
        toDayNumber(p.year, p.month, 1),
        p.month === 12 ? toDayNumber(p.year + 1, 1, 1) : toDayNumber(p.year, p.month + 1, 1),
      ];
    case "week": {
      const s = isoWeekOneMonday(p.year) + (p.week - 1) * 7;
      return [s, s + 7];
    }
    case "day": {
      const s = toDayNumber(p.year, p.month, p.day);
      return [s, s + 1];
    }
  }
}

/** First day number and exclusive end day number of a validated period. @internal */
export function spanOf(p: Period): readonly [number, number] {
  if (p.kind === "range") return [spanOfSingle(p.start)[0], spanOfSingle(p.end)[1]];
  return spanOfSingle(p);
}

/** Validates and returns the span of a period. @internal */
export function periodSpan(p: unknown, where: string): readonly [number, number] {
  return spanOf(checkPeriod(p, where));
}

/**
 * The first day of a period.
 *
 * @param p - the period
 * @returns its first day (`"2024-01-01"` for `2024-S1`; the Monday for an ISO week)
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `p` is not a valid period
 * @example
 * {@includeCode ../../test/period/examples.test.ts#startEnd}
 * @category Calendar
 * @since 0.1.0
 */
export function start(p: Period): IsoDate {
  return formatDayNumber(periodSpan(p, "period")[0]);
}

/**
 * The exclusive end of a period: the first day after it (`"2024-07-01"` for
 * `2024-S1`). Half-open intervals make lengths and adjacency exact: a period
 * holds the days `d` with `start(p) <= d < end(p)`.
 *
 * @param p - the period
 * @returns the day after its last day
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `p` is not a valid period
 * @example
 * {@includeCode ../../test/period/examples.test.ts#startEnd}
 * @category Calendar
 * @since 0.1.0
 */
export function end(p: Period): IsoDate {
  return formatDayNumber(periodSpan(p, "period")[1]);
}

/**
 * The last day of a period (the day before its exclusive {@link end}).
 *
 * @param p - the period
 * @returns its last day (`"2024-06-30"` for `2024-S1`)
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `p` is not a valid period
 * @example
 * {@includeCode ../../test/period/examples.test.ts#startEnd}
 * @category Calendar
 * @since 0.1.0
 */
export function lastDay(p: Period): IsoDate {
  return formatDayNumber(periodSpan(p, "period")[1] - 1);
}

/**
 * The number of days in a period (366 for 2024, 273 for `2021-Q1/2021-Q3`).
 *
 * @param p - the period
 * @returns the length in days
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `p` is not a valid period
 * @example
 * {@includeCode ../../test/period/examples.test.ts#length}
 * @category Calendar
 * @since 0.1.0
 */
export function lengthInDays(p: Period): number {
  const [s, e] = periodSpan(p, "period");
  return e - s;
}

function monthIndex(p: SinglePeriod): readonly [number, number] {
  const base = p.year * 12;
  switch (p.kind) {
    case "year":
      return [base, base + 12];
    case "half":
      return [base + (p.half - 1) * 6, base + p.half * 6];
    case "quarter":
      return [base + (p.quarter - 1) * 3, base + p.quarter * 3];
    case "month":
      return [base + p.month - 1, base + p.month];
    default:
      return invalid(`a ${p.kind} is not a whole number of months: ${formatSingle(p)}`, { kind: p.kind });
  }
}

/**
 * The number of calendar months in a period (9 for `2021-Q1/2021-Q3`).
 * Defined for years, halves, quarters, months and ranges of them.
 *
 * @param p - the period
 * @returns the length in months
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `p` is not valid, or is a week, a day or a range of them (not whole months)
 * @example
 * {@includeCode ../../test/period/examples.test.ts#length}
 * @category Calendar
 * @since 0.1.0
 */
export function lengthInMonths(p: Period): number {
  const v = checkPeriod(p, "period");
  if (v.kind === "range") return monthIndex(v.end)[1] - monthIndex(v.start)[0];
  const [s, e] = monthIndex(v);
  return e - s;
}

/**
 * Tells whether a period contains a day, or wholly contains another period.
 *
 * @param p - the period
 * @param inner - an {@link IsoDate}, or a period that must lie entirely within `p`
 * @returns true when every day of `inner` lies in `p`
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `p` or `inner` is not valid
 * @example
 * {@includeCode ../../test/period/examples.test.ts#contains}
 * @category Calendar
 * @since 0.1.0
 */
export function contains(p: Period, inner: DateInput | Period): boolean {
  const [s, e] = periodSpan(p, "period");
  const date = readDate(inner, "date");
  if (typeof date === "string") {
    const d = dayNumberOf(date, "date");
    return s <= d && d < e;
  }
  const [is, ie] = periodSpan(date, "inner period");
  return s <= is && ie <= e;
}

/**
 * Orders periods: by first day, then by exclusive end (the shorter first),
 * then by kind (year, half, quarter, month, week, day, range; ranges by the
 * kind of their ends). It is a total order that returns 0 exactly when the
 * periods are {@link equals}; use it with `Array.prototype.sort`.
 *
 * @param a - the first period
 * @param b - the second period
 * @returns -1, 0 or 1
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when either is not a valid period
 * @example
 * {@includeCode ../../test/period/examples.test.ts#compare}
 * @category Comparison
 * @since 0.1.0
 */
export function compare(a: Period, b: Period): -1 | 0 | 1 {
  const x = checkPeriod(a, "first period");
  const y = checkPeriod(b, "second period");
  const [xs, xe] = spanOf(x);
  const [ys, ye] = spanOf(y);
  // The first difference decides: start, exclusive end, kind, then the kind of a range's ends
  // (evaluated only for equal kinds: the ranks are distinct, so then y is a range exactly when x is).
  const order =
    xs - ys ||
    xe - ye ||
    KIND_RANK[x.kind] - KIND_RANK[y.kind] ||
    (x.kind === "range" ? KIND_RANK[x.start.kind] - KIND_RANK[(y as RangePeriod).start.kind] : 0);
  return Math.sign(order) as -1 | 0 | 1;
}

/**
 * Tells whether two periods are the same period (same kind and fields).
 * `2021` and `2021-Q1/2021-Q4` cover the same days but are not equal.
 *
 * @param a - the first period
 * @param b - the second period
 * @returns true when they are the same period
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when either is not a valid period
 * @example
 * {@includeCode ../../test/period/examples.test.ts#compare}
 * @category Comparison
 * @since 0.1.0
 */
export function equals(a: Period, b: Period): boolean {
  return format(a) === format(b);
}

function shiftSingle(p: SinglePeriod, years: number): SinglePeriod {
  const y = p.year + years;
  if (y < MIN_YEAR || y > MAX_PERIOD_YEAR)
    invalid(`shifting ${formatSingle(p)} by ${years} years leaves the years ${MIN_YEAR} to ${MAX_PERIOD_YEAR}`);
  switch (p.kind) {
    case "year":
      return year(y);
    case "half":
      return half(y, p.half);
    case "quarter":
      return quarter(y, p.quarter);
    case "month":
      return month(y, p.month);
    case "week":
      if (p.week > isoWeeksInYear(y)) {
        invalid(
          `${formatSingle(p)} has no counterpart ${years} years away: ${y} has only ${isoWeeksInYear(y)} ISO weeks`,
          { value: formatSingle(p) },
        );
      }
      return week(y, p.week);
    case "day":
      return day(y, p.month, Math.min(p.day, daysInMonth(y, p.month)));
  }
}

/**
 * Moves a period by whole years, keeping its kind: `2021-Q1/2021-Q3` shifted
 * by -1 is `2020-Q1/2020-Q3`. A 29 February lands on 28 February in a common
 * year (as date-fns `addYears` does); ISO weeks keep their number.
 *
 * @param p - the period
 * @param years - a whole number of years, may be negative
 * @returns the shifted, frozen period
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `p` is invalid, the result leaves the years 1 to 9998, or an ISO week 53 lands in a year with 52 weeks; `INVALID_INPUT` when `years` is not a safe integer
 * @example
 * {@includeCode ../../test/period/examples.test.ts#shift}
 * @category Calendar
 * @since 0.1.0
 */
export function shiftYears(p: Period, years: number): Period {
  const v = checkPeriod(p, "period");
  if (!Number.isSafeInteger(years)) {
    fail("INVALID_INPUT", `years must be a whole number, got ${describe(years)}`, { where: "years" });
  }
  if (v.kind === "range") return range(shiftSingle(v.start, years), shiftSingle(v.end, years));
  return shiftSingle(v, years);
}

/**
 * The same period one year earlier, the base of a year-on-year comparison:
 * `2021-Q1/2021-Q3` gives `2020-Q1/2020-Q3`. Same rules as {@link shiftYears}.
 *
 * @param p - the period
 * @returns the period one year earlier, frozen
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `p` is invalid, is in year 1, or is ISO week 53 of a year whose predecessor has 52 weeks
 * @example
 * {@includeCode ../../test/period/examples.test.ts#shift}
 * @category Calendar
 * @since 0.1.0
 */
export function samePeriodLastYear(p: Period): Period {
  return shiftYears(p, -1);
}

/**
 * Tells whether a period is a year-to-date period: it starts on 1 January
 * and ends within the same calendar year (`2021-Q1/2021-Q3`, `2021-01/2021-09`,
 * `2021-S1`, and also the whole year `2021`). A range that starts later
 * (`2021-Q2/2021-Q3`) is not, nor is an ISO week or a range of them: weeks
 * count in ISO week-numbering years, even when week 1 happens to start on
 * 1 January (`2024-W01/2024-W10` is not year to date).
 *
 * @param p - the period
 * @returns true for a year-to-date period
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `p` is not a valid period
 * @example
 * {@includeCode ../../test/period/examples.test.ts#isYearToDate}
 * @category Calendar
 * @since 0.1.0
 */
export function isYearToDate(p: Period): boolean {
  const v = checkPeriod(p, "period");
  if ((v.kind === "range" ? v.start.kind : v.kind) === "week") return false;
  const [s, e] = spanOf(v);
  const first = fromDayNumber(s);
  if (first.month !== 1 || first.day !== 1) return false;
  return fromDayNumber(e - 1).year === first.year;
}

/**
 * The period of a given kind that contains a day: the quarter of
 * `"2021-11-27"` is `2021-Q4`, its ISO week `2021-W47`.
 *
 * @param date - the day
 * @param kind - the kind of period wanted
 * @returns the frozen period of that kind containing `date`
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `date` is not a valid {@link IsoDate} or its period falls after 9998; `INVALID_INPUT` for an unknown kind
 * @example
 * {@includeCode ../../test/period/examples.test.ts#containing}
 * @category Constructors
 * @since 0.1.0
 */
export function containing(date: DateInput, kind: PeriodKind): SinglePeriod {
  const n = dayNumberOf(date, "date");
  const { year: y, month: m, day: d } = fromDayNumber(n);
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
      return fail("INVALID_INPUT", `kind must be one of ${PERIOD_KINDS.join(", ")}, got ${describe(kind)}`, {
        where: "kind",
      });
  }
}

/**
 * Reads a period given as a value or as its string form, naming `where` in
 * every refusal: `targets[1].target: invalid week (2021 has 52 ISO weeks) in
 * "2021-W53"` rather than the bare reason, whether the period came as a
 * string or as an object. @internal
 */
export function readPeriod(value: unknown, where: string): Period {
  try {
    return typeof value === "string" ? parse(value) : checkPeriod(value, where);
  } catch (error) {
    // an exception of the caller's own (a getter that throws) passes through unchanged; checkPeriod
    // already names `where` (or `where start`, `where end`) when the value is no period at all
    if (!isAccordoError(error)) throw error;
    const at = error.details?.["where"];
    if (typeof at === "string" && at.startsWith(where)) throw error;
    return fail(
      "INVALID_PERIOD",
      `${where}: ${error.message}`,
      typeof value === "string" ? { where, value } : { where },
    );
  }
}
