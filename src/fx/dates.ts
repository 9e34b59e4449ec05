/**
 * When a rate holds: normalising, comparing and formatting the `on` of an
 * exchange rate (an ISO date, a Period, or null), on top of the `period`
 * namespace.
 *
 * @module
 * @internal
 */
import { refuseAt } from "../decimal.js";
import { dayNumberOf, isDate, readDate } from "../period/calendar.js";
import { checkPeriod, equals, format, parse, spanOf } from "../period/period.js";
import type { IsoDate, Period } from "../period/types.js";
import type { RateDate } from "./types.js";

/**
 * Reads the `on` of a rate: null/undefined → null; an ISO date string → that
 * date; another string → a period (`"2021-09"`, `"2021-Q1/2021-Q3"`); a Period
 * object → that period, validated. INVALID_PERIOD otherwise.
 * @internal
 */
export function readOn(value: unknown, where: string): RateDate {
  if (value === null || value === undefined) return null;
  return dayAsDate(readPeriodOrDate(value, where, "an ISO date, a period or null"));
}

/**
 * Reads a date or a period (never null): the `on` of a lookup.
 * @internal
 */
export function readWhen(value: unknown, where: string): IsoDate | Period {
  return dayAsDate(readPeriodOrDate(value, where, "an ISO date or a period"));
}

/** A one-day period is kept as its ISO date, so that the same day always reads the same. */
function dayAsDate(when: IsoDate | Period): IsoDate | Period {
  return typeof when !== "string" && when.kind === "day" ? format(when) : when;
}

/** `expected` says what the caller accepts, for the message when `value` is neither a string nor an object. */
function readPeriodOrDate(input: unknown, where: string, expected: string): IsoDate | Period {
  // a JS Date or a Temporal.PlainDate-like day becomes its ISO date
  const value = readDate(input, where);
  if (typeof value === "string") {
    if (isDate(value)) return value;
    try {
      return parse(value);
    } catch {
      return refuseAt(
        "INVALID_PERIOD",
        where,
        'an ISO date "YYYY-MM-DD" or a period such as "2021-09" or "2021-Q1/2021-Q3"',
        value,
      );
    }
  }
  if (typeof value === "object" && value !== null && typeof (value as { kind?: unknown }).kind !== "string") {
    // Not a period value (no kind): say what a date may be, not "unknown kind undefined".
    return refuseAt(
      "INVALID_PERIOD",
      where,
      `${expected}: an ISO date "YYYY-MM-DD", a JS Date, a Temporal.PlainDate, a period such as "2021-Q1", or a period value`,
      value,
    );
  }
  if (typeof value === "object" && value !== null) return checkPeriod(value, where);
  return refuseAt("INVALID_PERIOD", where, expected, value);
}

/** The days a rate's `on` covers, as day numbers: [first, last]; undefined when undated. @internal */
export function span(on: RateDate): readonly [number, number] | undefined {
  if (on === null) return undefined;
  if (typeof on === "string") {
    // Checked when the rate was made or read (readRate refuses a forged rate's invalid date), so never refused here.
    const n = dayNumberOf(on, "the rate's on");
    return [n, n];
  }
  const [first, after] = spanOf(on);
  return [first, after - 1];
}

/** Whether two `on` values are the same date, the same period, or both undated. @internal */
export function sameOn(a: RateDate, b: RateDate): boolean {
  if (a === null || b === null) return a === b;
  if (typeof a === "string" || typeof b === "string") return a === b;
  return equals(a, b);
}

/**
 * Whether two `on` values hold on the same days: the same date, periods that
 * cover the same days however written (`2024-Q1` and `2024-01/2024-03`), or both undated.
 * @internal
 */
export function sameDays(a: RateDate, b: RateDate): boolean {
  const x = span(a);
  const y = span(b);
  if (x === undefined || y === undefined) return x === y;
  return x[0] === y[0] && x[1] === y[1];
}

/**
 * Orders two `on` values by their last day (then their first day): undated
 * first, then earlier. Returns -1, 0 or 1.
 * @internal
 */
export function compareOn(a: RateDate, b: RateDate): number {
  const x = span(a);
  const y = span(b);
  if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? -1 : 1;
  if (x[1] !== y[1]) return x[1] < y[1] ? -1 : 1;
  if (x[0] !== y[0]) return x[0] < y[0] ? -1 : 1;
  return 0;
}

/** The JSON/text form of an `on`: the ISO date, the period string, or null. @internal */
export function formatOn(on: RateDate): string | null {
  if (on === null) return null;
  return typeof on === "string" ? on : format(on);
}
