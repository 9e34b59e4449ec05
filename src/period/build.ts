/**
 * Reporting periods, construction: the constructors of each kind, ranges, the checked reading of a
 * period object that may come from outside the library, and the period of a kind containing a day.
 *
 * @module
 */
import { describe, fail, nearest, refuse } from "../errors.js";
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

/** Throws INVALID_PERIOD. @internal */
export function invalid(message: string, details?: Readonly<Record<string, unknown>>): never {
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
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when the day does not exist (`"2021-02-30"`) or is out of range;
 *   `INVALID_INPUT` when a month or day follows an ISO date string
 * @example
 * {@includeCode ../../test/period/examples.test.ts#constructors}
 * @category Constructors
 * @since 0.1.0
 */
export function day(dateOrYear: DateInput | number, m?: number, d?: number): DayPeriod {
  const date = readDate(dateOrYear, "day") as IsoDate | number;
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

/** The constructors of the kinds that are a year and one number. */
const BY_NUMBER = Object.freeze({ half, quarter, month, week });

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
  if (typeof p !== "object" || p === null) return invalid(`${where} must be a period, got ${describe(p)}`, { where });
  const o = p as Record<string, unknown>;
  const kind = o["kind"];
  switch (kind) {
    case "year":
      return year(o["year"] as number);
    case "half":
    case "quarter":
    case "month":
    case "week":
      // these four are a year and one number, kept in the field named as the kind
      return BY_NUMBER[kind](o["year"] as number, o[kind] as number);
    case "day":
      return day(o["year"] as number, o["month"] as number, o["day"] as number);
    case "range":
      return range(checkSingle(o["start"], `${where} start`), checkSingle(o["end"], `${where} end`));
    default:
      return invalid(`${where} has an unknown kind ${describe(kind)}`, { where });
  }
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

/**
 * The period of a given kind that contains a day: the quarter of
 * `"2021-11-27"` is `2021-Q4`, its ISO week `2021-W47`.
 *
 * @param date - the day
 * @param kind - the kind of period wanted
 * @returns the frozen period of that kind containing `date`
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `date` is not a valid {@link IsoDate} or its period falls after 9998; `INVALID_TYPE` when `kind` is not a string;
 *   `INVALID_INPUT` for another string (`details.accepted` lists the kinds, `details.suggestion` the nearest)
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
      return refuseKind(kind);
  }
}
