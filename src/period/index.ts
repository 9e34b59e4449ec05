/**
 * The `period` namespace: reporting periods (year, half, quarter, month, ISO
 * week, day, ranges such as the first three quarters) read and written
 * SDMX-style, with exact calendar arithmetic, and helpers for ISO dates.
 *
 * ```ts
 * import { period } from "accordo";
 * const ytd = period.parse("2021-Q1/2021-Q3");
 * period.end(ytd); // "2021-10-01" (exclusive)
 * ```
 *
 * @module
 */
export {
  PERIOD_KINDS,
  compare,
  containing,
  contains,
  day,
  end,
  equals,
  half,
  isPeriod,
  isYearToDate,
  lastDay,
  lengthInDays,
  lengthInMonths,
  month,
  quarter,
  range,
  samePeriodLastYear,
  shiftYears,
  start,
  week,
  year,
} from "./period.js";
export { format, parse } from "./parse-format.js";
export { addDays, compareDates, daysBetween, isDate, parseDate } from "./calendar.js";

export type * from "./types.js";
