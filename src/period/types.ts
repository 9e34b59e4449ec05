/**
 * Public types of the `period` namespace: reporting periods (year, half,
 * quarter, month, ISO week, day, and ranges of them) and calendar days.
 *
 * @module
 */

/**
 * A calendar day as an ISO 8601 extended date string, `"YYYY-MM-DD"`
 * (proleptic Gregorian calendar, years 0001 to 9999), e.g. `"2021-11-27"`.
 *
 * It is a plain string type, not a branded one, so that JSON and literals can
 * be used directly; every accordo function that takes an `IsoDate` validates
 * it (a malformed or impossible day such as `"2021-02-30"` raises
 * `INVALID_PERIOD`), and every function that returns one returns it in this
 * canonical form. Use `period.parseDate` / `period.isDate` to check a string
 * yourself. Days are pure calendar values: no time of day, no time zone.
 *
 * @category Periods
 * @since 0.1.0
 */
export type IsoDate = string;

/**
 * A `Temporal.PlainDate`-like calendar day: numeric `year`, `month` (1 to 12)
 * and `day`, and a `toString()` (a `Temporal.PlainDate` is one; so is any
 * object of that shape that is not a period).
 *
 * @example
 * {@includeCode ../../test/period/examples.test.ts#dates}
 * @category Periods
 * @since 0.1.0
 */
export interface DateLike {
  /** The year, 1 to 9999. */
  readonly year: number;
  /** The month, 1 to 12. */
  readonly month: number;
  /** The day of the month. */
  readonly day: number;
  /** Its text (a `Temporal.PlainDate` writes `"2021-11-27"`). */
  toString(): string;
}

/**
 * What every function that takes a calendar day accepts: an {@link IsoDate}
 * string, a JS `Date` (its UTC day: `new Date("2021-11-27T23:30:00-05:00")`
 * is 2021-11-28; an invalid Date is refused with `INVALID_PERIOD`), or a
 * {@link DateLike} such as a `Temporal.PlainDate`. Days the library returns
 * or stores are always ISO strings.
 *
 * @example
 * {@includeCode ../../test/period/examples.test.ts#dates}
 * @category Periods
 * @since 0.1.0
 */
export type DateInput = IsoDate | Date | DateLike;

/**
 * A calendar year, SDMX `"2021"` (also read as `"2021-A1"`).
 *
 * @category Periods
 * @since 0.1.0
 */
export interface YearPeriod {
  /** The discriminant: `"year"`. */
  readonly kind: "year";
  /** The year, 1 to 9998 (periods stop a year short of the dates' limit, 9999, so that every exclusive end is a date). */
  readonly year: number;
}

/**
 * A half year, SDMX `"2024-S1"` (also read as `"2024-H1"`): S1 is January to
 * June, S2 July to December.
 *
 * @category Periods
 * @since 0.1.0
 */
export interface HalfPeriod {
  /** The discriminant: `"half"`. */
  readonly kind: "half";
  /** The year, 1 to 9998. */
  readonly year: number;
  /** 1 (January to June) or 2 (July to December). */
  readonly half: 1 | 2;
}

/**
 * A calendar quarter, SDMX `"2021-Q3"`.
 *
 * @category Periods
 * @since 0.1.0
 */
export interface QuarterPeriod {
  /** The discriminant: `"quarter"`. */
  readonly kind: "quarter";
  /** The year, 1 to 9998. */
  readonly year: number;
  /** 1 to 4. */
  readonly quarter: 1 | 2 | 3 | 4;
}

/**
 * A calendar month, `"2021-09"` (also read as SDMX `"2021-M09"`).
 *
 * @category Periods
 * @since 0.1.0
 */
export interface MonthPeriod {
  /** The discriminant: `"month"`. */
  readonly kind: "month";
  /** The year, 1 to 9998. */
  readonly year: number;
  /** 1 (January) to 12 (December). */
  readonly month: number;
}

/**
 * An ISO 8601 week, `"2021-W47"`: Monday to Sunday, week 1 being the week
 * that contains the year's first Thursday. `year` is the ISO week-numbering
 * year, which can differ from the calendar year of some of its days
 * (2021-W52 ends on 2022-01-02). A year has 52 or 53 weeks.
 *
 * @category Periods
 * @since 0.1.0
 */
export interface WeekPeriod {
  /** The discriminant: `"week"`. */
  readonly kind: "week";
  /** The ISO week-numbering year, 1 to 9998. */
  readonly year: number;
  /** 1 to 52, or 53 in long ISO years. */
  readonly week: number;
}

/**
 * A single day as a period, `"2021-11-27"`.
 *
 * @category Periods
 * @since 0.1.0
 */
export interface DayPeriod {
  /** The discriminant: `"day"`. */
  readonly kind: "day";
  /** The year, 1 to 9998. */
  readonly year: number;
  /** 1 to 12. */
  readonly month: number;
  /** 1 to the length of the month. */
  readonly day: number;
}

/**
 * A period that is not a range: year, half, quarter, month, ISO week or day.
 *
 * @category Periods
 * @since 0.1.0
 */
export type SinglePeriod = YearPeriod | HalfPeriod | QuarterPeriod | MonthPeriod | WeekPeriod | DayPeriod;

/**
 * The kinds of single periods, from coarsest to finest.
 *
 * @category Periods
 * @since 0.1.0
 */
export type PeriodKind = SinglePeriod["kind"];

/**
 * A range of consecutive periods of one kind, both ends included, written
 * `"2021-Q1/2021-Q3"` (the first three quarters of 2021, from 1 January to
 * 30 September). `start` and `end` have the same kind and `start` does not
 * come after `end`.
 *
 * @category Periods
 * @since 0.1.0
 */
export interface RangePeriod {
  /** The discriminant: `"range"`. */
  readonly kind: "range";
  /** The first period of the range (included). */
  readonly start: SinglePeriod;
  /** The last period of the range (included), of the same kind as `start`. */
  readonly end: SinglePeriod;
}

/**
 * A reporting period: a discriminated union on `kind`. Values made by accordo
 * are frozen; compare them with `period.equals` or `period.compare`, format
 * them with `period.format` and read them with `period.parse`.
 *
 * In plain JavaScript (values the library made): `JSON.stringify` and `String()` write its SDMX-style
 * string (`"2021-Q1/2021-Q3"`, PeriodSchema's JSON). Node's `util.inspect` shows the same text, named
 * by the type.
 *
 * @example
 * {@includeCode ../../test/period/examples.test.ts#interop}
 * @category Periods
 * @since 0.1.0
 */
export type Period = SinglePeriod | RangePeriod;

/**
 * Options of `period.format`: `locale` writes the period in words of a language.
 *
 * @example
 * {@includeCode ../../test/period/examples.test.ts#formatLocale}
 * @category Periods
 * @since 0.1.0
 */
export interface PeriodFormatOptions {
  /**
   * A BCP 47 locale of one of the languages en, it, zh, de, fr, es: the period is written as a
   * reader of that language expects (`"first three quarters of 2021"`, `"primi tre trimestri del 2021"`,
   * `"2021年前三季度"`). Without it, the canonical SDMX-style text (`"2021-Q1/2021-Q3"`).
   */
  readonly locale?: string;
}

/**
 * Options of `period.parse`: `locale` reads article text in a language, `strict` refuses two-digit years.
 *
 * @example
 * {@includeCode ../../test/period/examples.test.ts#parseLocale}
 * @category Periods
 * @since 0.1.0
 */
export interface PeriodParseOptions {
  /**
   * A BCP 47 locale of one of the languages en, it, zh, de, fr, es: the text is read as an article in
   * that language writes a period (`"primi tre trimestri del 2021"`, `"Q3 2021"`, `"2021年9月"`).
   * Without it, only the SDMX-style notation (`"2021-Q1/2021-Q3"`) is read.
   */
  readonly locale?: string;
  /**
   * With a locale: `true` (the default) refuses text whose period is a guess: a two-digit year
   * (`"3Q21"`, `"H1 '24"`). `false` reads a two-digit year as 20xx. Without a locale it changes nothing.
   */
  readonly strict?: boolean;
}
