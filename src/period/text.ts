/**
 * Reporting periods, parse and format: the SDMX-style notation (`2021`, `2024-S1`, `2021-Q3`,
 * `2021-09`, `2021-W47`, `2021-11-27`, `2021-Q1/2021-Q3`) read and written.
 *
 * @module
 */
import { describe, fail, isAccordoError, refuse } from "../errors.js";
import { MIN_YEAR, daysInMonth, formatYmd, fromDayNumber, isoWeeksInYear, toDayNumber } from "./calendar.js";
import { MAX_PERIOD_YEAR, checkPeriod, day, half, invalid, month, quarter, range, week, year } from "./build.js";
import type { Period, SinglePeriod } from "./types.js";

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
 * Reads a period in SDMX-style notation (`period.parse` without a locale; the reader the other
 * namespaces use, which never pulls in the words of languages). @internal
 */
export function parse(text: string): Period {
  if (typeof text !== "string") {
    return refuse("INVALID_TYPE", { function: "period.parse", path: "text", expected: "a string", received: text });
  }
  const trimmed = text.trim();
  const parts = trimmed.split("/");
  if (parts.length === 1) return parseSingle(trimmed, text);
  if (parts.length !== 2) return invalid(`not a reporting period: ${describe(text)}`, { value: text });
  return range(parseSingle(parts[0] as string, text), parseSingle(parts[1] as string, text));
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** The canonical text of a valid single period. @internal */
export function formatSingle(p: SinglePeriod): string {
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

/** The canonical SDMX-style text of a period, checked (`period.format` without a locale). @internal */
export function format(p: Period): string {
  return canonical(checkPeriod(p, "period"));
}

/** The canonical SDMX-style text of a valid period. @internal */
export function canonical(v: Period): string {
  return v.kind === "range" ? `${formatSingle(v.start)}/${formatSingle(v.end)}` : formatSingle(v);
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
