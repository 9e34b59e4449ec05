/**
 * Reporting periods, parse and format: the SDMX-style notation (`2021`, `2024-S1`, `2021-Q3`,
 * `2021-09`, `2021-W47`, `2021-11-27`, `2021-Q1/2021-Q3`) read and written.
 *
 * @module
 */
import { refuse } from "../errors.js";
import { site } from "../decimal.js";
import { MIN_YEAR, daysInMonth, formatYmd, fromDayNumber, isoWeeksInYear, toDayNumber } from "./calendar.js";
import { MAX_PERIOD_YEAR, checkPeriod, day, half, joinRange, month, quarter, week, year } from "./build.js";
import type { Period, SinglePeriod } from "./types.js";

const SINGLE_PATTERN = /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|([ASHQMWD])(\d{1,3})))?$/;

const NOTATION = 'a reporting period such as "2021", "2024-S1", "2021-Q3", "2021-09", "2021-W47", "2021-11-27"';

/** Refuses a period text: INVALID_PERIOD naming `where` (`"fn: path"`), `expected` in words. */
function malformed(where: string, expected: string, received: string): never {
  return refuse("INVALID_PERIOD", { ...site(where), expected, received });
}

function parseSingle(text: string, whole: string, where: string): SinglePeriod {
  const m = SINGLE_PATTERN.exec(text);
  if (m === null) return malformed(where, `${NOTATION} or "2021-Q1/2021-Q3"`, whole);
  const y = Number(m[1]);
  const bad = (what: string): never => malformed(where, `a reporting period with ${what}`, whole);
  if (y < MIN_YEAR || y > MAX_PERIOD_YEAR) bad(`a year from 0001 to ${MAX_PERIOD_YEAR}`);
  if (m[2] !== undefined) {
    const mm = Number(m[2]);
    if (mm < 1 || mm > 12) bad("a month from 01 to 12");
    if (m[3] === undefined) return month(y, mm);
    const dd = Number(m[3]);
    if (dd < 1 || dd > daysInMonth(y, mm)) bad(`a day of the month (${m[1]}-${m[2]} has ${daysInMonth(y, mm)} days)`);
    return day(y, mm, dd);
  }
  if (m[4] === undefined) return year(y);
  const letter = m[4];
  const digits = m[5] as string;
  const n = Number(digits);
  switch (letter) {
    case "A":
      if (digits !== "1") bad("A1, the only annual period");
      return year(y);
    case "S":
    case "H":
      if (digits.length !== 1 || n < 1 || n > 2) bad("a half S1 or S2");
      return half(y, n);
    case "Q":
      if (digits.length !== 1 || n < 1 || n > 4) bad("a quarter Q1 to Q4");
      return quarter(y, n);
    case "M":
      if (digits.length !== 2 || n < 1 || n > 12) bad("a month M01 to M12");
      return month(y, n);
    case "W":
      if (digits.length !== 2 || n < 1 || n > isoWeeksInYear(y))
        bad(`a week that exists (${y} has ${isoWeeksInYear(y)} ISO weeks)`);
      return week(y, n);
    default: {
      // "D": SDMX reporting day, D001 to D365/D366.
      const length = toDayNumber(y + 1, 1, 1) - toDayNumber(y, 1, 1);
      if (digits.length !== 3 || n < 1 || n > length) bad(`a day of the year that exists (${y} has ${length} days)`);
      const ymd = fromDayNumber(toDayNumber(y, 1, 1) + n - 1);
      return day(ymd.year, ymd.month, ymd.day);
    }
  }
}

/**
 * Reads a period in SDMX-style notation (`period.parse` without a locale; the reader the other
 * namespaces use, which never pulls in the words of languages). @internal
 */
export function parse(text: string, where = "period.parse: text"): Period {
  if (typeof text !== "string") return refuse("INVALID_TYPE", { ...site(where), expected: "a string", received: text });
  const trimmed = text.trim();
  const parts = trimmed.split("/");
  if (parts.length === 1) return parseSingle(trimmed, text, where);
  if (parts.length !== 2) return malformed(where, `${NOTATION} or "2021-Q1/2021-Q3"`, text);
  return joinRange(
    parseSingle(parts[0] as string, text, where),
    parseSingle(parts[1] as string, text, where),
    where,
    where,
  );
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
  return canonical(checkPeriod(p, "period.format: p"));
}

/** The canonical SDMX-style text of a valid period. @internal */
export function canonical(v: Period): string {
  return v.kind === "range" ? `${formatSingle(v.start)}/${formatSingle(v.end)}` : formatSingle(v);
}

/**
 * Reads a period given as a value or as its string form, naming the caller's function and argument
 * in every refusal: `where` is `"fn: path"` (`"agreement.create: input.signed"`), and
 * `details.function`/`details.path` are its two parts (a field of a period object adds its key:
 * `input.signed.week`), whether the period came as a string or as an object. @internal
 */
export function readPeriod(value: unknown, where: string): Period {
  return typeof value === "string" ? parse(value, where) : checkPeriod(value, where);
}
