/**
 * Calendar days as `"YYYY-MM-DD"` strings, with pure integer arithmetic
 * (no `Date`, no time zones): validation, comparison, day differences.
 *
 * @module
 */
import { refuse } from "../errors.js";
import { site } from "../decimal.js";
import type { DateInput, DateLike, IsoDate } from "./types.js";

/** The first and last years accordo's calendar handles (four-digit years). @internal */
export const MIN_YEAR = 1;
/** @internal */
export const MAX_YEAR = 9999;

/** True for a Gregorian leap year. @internal */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1 to 12) of a year. @internal */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days since 1970-01-01 of a proleptic Gregorian date (negative before),
 * by H. Hinnant's `days_from_civil`. Integer arithmetic only. @internal
 */
export function toDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of {@link toDayNumber}. @internal */
export function fromDayNumber(n: number): { year: number; month: number; day: number } {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

/** ISO weekday of a day number: 1 Monday ... 7 Sunday. @internal */
export function isoWeekday(dayNumber: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

/** Day number of the Monday of ISO week 1 of an ISO week-numbering year. @internal */
export function isoWeekOneMonday(year: number): number {
  const jan4 = toDayNumber(year, 1, 4);
  return jan4 - (isoWeekday(jan4) - 1);
}

/** 52 or 53: the number of ISO weeks in an ISO week-numbering year. @internal */
export function isoWeeksInYear(year: number): number {
  // A year has 53 weeks when 1 January is a Thursday, or a Wednesday in a leap year.
  const jan1 = isoWeekday(toDayNumber(year, 1, 1));
  return jan1 === 4 || (jan1 === 3 && isLeapYear(year)) ? 53 : 52;
}

/** The ISO week (week-numbering year and week) that contains a day number. @internal */
export function isoWeekOf(dayNumber: number): { year: number; week: number } {
  // The Thursday of the same week decides the week-numbering year.
  const thursday = dayNumber - isoWeekday(dayNumber) + 4;
  const weekYear = fromDayNumber(thursday).year;
  const week = Math.floor((thursday - isoWeekOneMonday(weekYear)) / 7) + 1;
  return { year: weekYear, week };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** Formats year, month, day as `"YYYY-MM-DD"` (values assumed valid). @internal */
export function formatYmd(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Formats a day number as `"YYYY-MM-DD"`; OUT_OF_RANGE outside years 1 to 9999, naming `where`
 * (`"period.addDays: days"`) and `received` (the year by default). @internal
 */
export function formatDayNumber(n: number, where = "date", received?: unknown): IsoDate {
  const { year, month, day } = fromDayNumber(n);
  if (year < MIN_YEAR || year > MAX_YEAR) {
    const expected = `a day within the years ${MIN_YEAR} to ${MAX_YEAR}`;
    refuse("OUT_OF_RANGE", { ...site(where), expected, received: received ?? year, year });
  }
  return formatYmd(year, month, day);
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `"YYYY-MM-DD"` into its parts, or returns undefined when it is not a valid day. @internal */
export function readYmd(text: string): { year: number; month: number; day: number } | undefined {
  const m = DATE_PATTERN.exec(text);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < MIN_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/**
 * Checks a whole number argument (a count of days or years): `INVALID_TYPE` when it is not a number,
 * `INVALID_NUMBER` when NaN or infinite, `OUT_OF_RANGE` when not a safe integer. @internal
 */
export function readWhole(fn: string, path: string, value: unknown): number {
  const expected = "a whole number (a safe integer)";
  if (typeof value !== "number") return refuse("INVALID_TYPE", { function: fn, path, expected, received: value });
  if (!Number.isFinite(value)) return refuse("INVALID_NUMBER", { function: fn, path, expected, received: value });
  if (!Number.isSafeInteger(value)) return refuse("OUT_OF_RANGE", { function: fn, path, expected, received: value });
  return value;
}

/** Whether a value is a JS Date (of any realm), without instanceof. */
function isJsDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/**
 * Whether a value is a `Temporal.PlainDate`-like object: numeric `year`, `month` and `day` and a
 * `toString` of its own making (not a period, which has a `kind`).
 */
function isPlainDateLike(value: unknown): value is DateLike {
  if (typeof value !== "object" || value === null || "kind" in value) return false;
  const v = value as { year?: unknown; month?: unknown; day?: unknown; toString?: unknown };
  return (
    typeof v.year === "number" &&
    typeof v.month === "number" &&
    typeof v.day === "number" &&
    typeof v.toString === "function"
  );
}

/**
 * The ISO date of a JS Date (its UTC day) or a `Temporal.PlainDate`-like object, validated;
 * any other value is returned as it is (a string is checked by the caller). This is the one
 * place where dates are read: every function that takes an ISO date takes these too. @internal
 */
export function readDate(value: unknown, where: string): unknown {
  if (isJsDate(value)) {
    const time = value.getTime();
    if (Number.isNaN(time))
      return refuse("INVALID_PERIOD", { ...site(where), expected: "a valid Date", received: value });
    return formatDayNumber(toDayNumber(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()), where);
  }
  if (isPlainDateLike(value)) {
    const { year, month, day } = value;
    const valid =
      Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12;
    if (!valid || year < MIN_YEAR || year > MAX_YEAR || day < 1 || day > daysInMonth(year, month)) {
      return refuse("INVALID_PERIOD", {
        ...site(where),
        expected: `a real day from the years ${MIN_YEAR} to ${MAX_YEAR}`,
        received: value,
        hint: `Got year ${year}, month ${month}, day ${day}.`,
      });
    }
    return formatYmd(year, month, day);
  }
  return value;
}

/**
 * The day number of a validated ISO date (or Date, or PlainDate-like); otherwise INVALID_TYPE (not a
 * day at all) or INVALID_PERIOD (not a real day), naming `where` (`"fn: path"`). @internal
 */
export function dayNumberOf(input: unknown, where: string): number {
  const date = readDate(input, where);
  const expected = 'an ISO date "YYYY-MM-DD", a JS Date or a Temporal.PlainDate';
  if (typeof date !== "string") return refuse("INVALID_TYPE", { ...site(where), expected, received: date });
  const ymd = readYmd(date);
  if (ymd === undefined) {
    return refuse("INVALID_PERIOD", { ...site(where), expected: 'a real day written "YYYY-MM-DD"', received: date });
  }
  return toDayNumber(ymd.year, ymd.month, ymd.day);
}

/**
 * Tells whether a value is a valid calendar day written `"YYYY-MM-DD"`
 * (years 0001 to 9999, a real month and day: `"2024-02-29"` is, `"2021-02-29"`
 * is not).
 *
 * @param value - any value
 * @returns true when `value` is a valid {@link IsoDate}
 * @example
 * {@includeCode ../../test/period/examples.test.ts#isDate}
 * @category Dates
 * @since 0.1.0
 */
export function isDate(value: unknown): value is IsoDate {
  return typeof value === "string" && readYmd(value) !== undefined;
}

/**
 * Checks that a string is a valid calendar day `"YYYY-MM-DD"` and returns it.
 * Only the canonical extended form is accepted: no time, no time zone, no
 * basic form `"20211127"`, so that the same day always has the same string.
 * A JS `Date` gives its UTC day and a `Temporal.PlainDate`-like object its
 * day ({@link DateInput}), as everywhere a day is taken.
 *
 * @param text - the string to check, or a Date or PlainDate-like day
 * @returns the day as a valid {@link IsoDate}
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when `text` is not a string, Date or PlainDate-like; `INVALID_PERIOD` when it is not a real day or an invalid Date; `OUT_OF_RANGE` for a Date outside the years 1 to 9999
 * @example
 * {@includeCode ../../test/period/examples.test.ts#dates}
 * {@includeCode ../../test/period/examples.test.ts#parseDate}
 * @category Dates
 * @since 0.1.0
 */
export function parseDate(text: DateInput): IsoDate {
  const date = readDate(text, "period.parseDate: text");
  dayNumberOf(date, "period.parseDate: text");
  return date as IsoDate;
}

/**
 * Compares two days.
 *
 * @param a - the first day
 * @param b - the second day
 * @returns -1 when `a` is earlier than `b`, 0 when they are the same day, 1 when `a` is later
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when either is not a real day (`INVALID_TYPE` when not a day at all)
 * @example
 * {@includeCode ../../test/period/examples.test.ts#compareDates}
 * @category Dates
 * @since 0.1.0
 */
export function compareDates(a: DateInput, b: DateInput): -1 | 0 | 1 {
  const x = dayNumberOf(a, "period.compareDates: a");
  const y = dayNumberOf(b, "period.compareDates: b");
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * The number of days from one day to another: positive when `to` is later,
 * negative when it is earlier, 0 for the same day. Exact calendar arithmetic,
 * so there are no daylight-saving or time-zone surprises.
 *
 * @param from - the first day
 * @param to - the second day
 * @returns `to - from` in days
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when either is not a real day (`INVALID_TYPE` when not a day at all)
 * @example
 * {@includeCode ../../test/period/examples.test.ts#daysBetween}
 * @category Dates
 * @since 0.1.0
 */
export function daysBetween(from: DateInput, to: DateInput): number {
  return dayNumberOf(to, "period.daysBetween: to") - dayNumberOf(from, "period.daysBetween: from");
}

/**
 * The day a number of days after (or, when negative, before) a day.
 *
 * @param date - the day to start from
 * @param days - a whole number of days, may be negative
 * @returns the resulting day
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `date` is not a real day; `OUT_OF_RANGE` when the result falls outside the years 1 to 9999; `INVALID_TYPE` when `days` is not a number, `INVALID_NUMBER` when it is NaN or infinite,
 *   `OUT_OF_RANGE` when it is not a safe integer
 * @example
 * {@includeCode ../../test/period/examples.test.ts#addDays}
 * @category Dates
 * @since 0.1.0
 */
export function addDays(date: DateInput, days: number): IsoDate {
  const n = dayNumberOf(date, "period.addDays: date");
  readWhole("period.addDays", "days", days);
  return formatDayNumber(n + days, "period.addDays: days", days);
}
