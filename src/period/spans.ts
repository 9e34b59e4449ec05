/**
 * Reporting periods, calendar spans: first day, exclusive end, last day, lengths in days and months,
 * containment, and whether a period is year to date.
 *
 * @module
 */
import { refuse } from "../errors.js";
import { dayNumberOf, formatDayNumber, fromDayNumber, isoWeekOneMonday, readDate, toDayNumber } from "./calendar.js";
import { checkPeriod } from "./build.js";
import { formatSingle } from "./text.js";
import type { DateInput, IsoDate, Period, SinglePeriod } from "./types.js";

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
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `p` is not a valid period (`INVALID_TYPE` when it is no object, `OUT_OF_RANGE` when a field is out of range)
 * @example
 * {@includeCode ../../test/period/examples.test.ts#startEnd}
 * @category Calendar
 * @since 0.1.0
 */
export function start(p: Period): IsoDate {
  return formatDayNumber(periodSpan(p, "period.start: p")[0]);
}

/**
 * The exclusive end of a period: the first day after it (`"2024-07-01"` for
 * `2024-S1`). Half-open intervals make lengths and adjacency exact: a period
 * holds the days `d` with `start(p) <= d < end(p)`.
 *
 * @param p - the period
 * @returns the day after its last day
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `p` is not a valid period (`INVALID_TYPE` when it is no object, `OUT_OF_RANGE` when a field is out of range)
 * @example
 * {@includeCode ../../test/period/examples.test.ts#startEnd}
 * @category Calendar
 * @since 0.1.0
 */
export function end(p: Period): IsoDate {
  return formatDayNumber(periodSpan(p, "period.end: p")[1]);
}

/**
 * The last day of a period (the day before its exclusive {@link end}).
 *
 * @param p - the period
 * @returns its last day (`"2024-06-30"` for `2024-S1`)
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `p` is not a valid period (`INVALID_TYPE` when it is no object, `OUT_OF_RANGE` when a field is out of range)
 * @example
 * {@includeCode ../../test/period/examples.test.ts#startEnd}
 * @category Calendar
 * @since 0.1.0
 */
export function lastDay(p: Period): IsoDate {
  return formatDayNumber(periodSpan(p, "period.lastDay: p")[1] - 1);
}

/**
 * The number of days in a period (366 for 2024, 273 for `2021-Q1/2021-Q3`).
 *
 * @param p - the period
 * @returns the length in days
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `p` is not a valid period (`INVALID_TYPE` when it is no object, `OUT_OF_RANGE` when a field is out of range)
 * @example
 * {@includeCode ../../test/period/examples.test.ts#length}
 * @category Calendar
 * @since 0.1.0
 */
export function lengthInDays(p: Period): number {
  const [s, e] = periodSpan(p, "period.lengthInDays: p");
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
      return refuse("INVALID_PERIOD", {
        function: "period.lengthInMonths",
        path: "p",
        expected: "a year, half, quarter or month, or a range of them (whole months)",
        received: formatSingle(p),
        kind: p.kind,
      });
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
  const v = checkPeriod(p, "period.lengthInMonths: p");
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
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `p` or `inner` is not valid (`INVALID_TYPE` when it is no object, `OUT_OF_RANGE` when a field is out of range)
 * @example
 * {@includeCode ../../test/period/examples.test.ts#contains}
 * @category Calendar
 * @since 0.1.0
 */
export function contains(p: Period, inner: DateInput | Period): boolean {
  const [s, e] = periodSpan(p, "period.contains: p");
  const date = readDate(inner, "period.contains: inner");
  if (typeof date === "string") {
    const d = dayNumberOf(date, "period.contains: inner");
    return s <= d && d < e;
  }
  const [is, ie] = periodSpan(date, "period.contains: inner");
  return s <= is && ie <= e;
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
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `p` is not a valid period (`INVALID_TYPE` when it is no object, `OUT_OF_RANGE` when a field is out of range)
 * @example
 * {@includeCode ../../test/period/examples.test.ts#isYearToDate}
 * @category Calendar
 * @since 0.1.0
 */
export function isYearToDate(p: Period): boolean {
  const v = checkPeriod(p, "period.isYearToDate: p");
  if ((v.kind === "range" ? v.start.kind : v.kind) === "week") return false;
  const [s, e] = spanOf(v);
  const first = fromDayNumber(s);
  if (first.month !== 1 || first.day !== 1) return false;
  return fromDayNumber(e - 1).year === first.year;
}
