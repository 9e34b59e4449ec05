/**
 * Reporting periods, compare and shift: a total order, equality, and moving a period by whole years.
 *
 * @module
 */
import { MIN_YEAR, daysInMonth, isoWeeksInYear, readWhole } from "./calendar.js";
import { refuse } from "../errors.js";
import { MAX_PERIOD_YEAR, checkPeriod, day, half, joinRange, month, quarter, week, year } from "./build.js";
import { spanOf } from "./spans.js";
import { canonical, formatSingle } from "./text.js";
import type { Period, RangePeriod, SinglePeriod } from "./types.js";

const KIND_RANK: Readonly<Record<Period["kind"], number>> = /* @__PURE__ */ Object.freeze({
  year: 0,
  half: 1,
  quarter: 2,
  month: 3,
  week: 4,
  day: 5,
  range: 6,
});

/**
 * Orders periods: by first day, then by exclusive end (the shorter first),
 * then by kind (year, half, quarter, month, week, day, range; ranges by the
 * kind of their ends). It is a total order that returns 0 exactly when the
 * periods are {@link equals}; use it with `Array.prototype.sort`.
 *
 * @param a - the first period
 * @param b - the second period
 * @returns -1, 0 or 1
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when either is not a valid period (`INVALID_TYPE` when it is no object, `OUT_OF_RANGE` when a field is out of range)
 * @example
 * {@includeCode ../../test/period/examples.test.ts#compare}
 * @category Comparison
 * @since 0.1.0
 */
export function compare(a: Period, b: Period): -1 | 0 | 1 {
  const x = checkPeriod(a, "period.compare: a");
  const y = checkPeriod(b, "period.compare: b");
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
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when either is not a valid period (`INVALID_TYPE` when it is no object, `OUT_OF_RANGE` when a field is out of range)
 * @example
 * {@includeCode ../../test/period/examples.test.ts#compare}
 * @category Comparison
 * @since 0.1.0
 */
export function equals(a: Period, b: Period): boolean {
  return canonical(checkPeriod(a, "period.equals: a")) === canonical(checkPeriod(b, "period.equals: b"));
}

function shiftSingle(p: SinglePeriod, years: number): SinglePeriod {
  const y = p.year + years;
  if (y < MIN_YEAR || y > MAX_PERIOD_YEAR) {
    refuse("OUT_OF_RANGE", {
      function: "period.shiftYears",
      path: "years",
      expected: `a shift that keeps ${formatSingle(p)} within the years ${MIN_YEAR} to ${MAX_PERIOD_YEAR}`,
      received: years,
    });
  }
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
        refuse("INVALID_PERIOD", {
          function: "period.shiftYears",
          path: "p",
          expected: `a period with a counterpart ${years} years away (${y} has only ${isoWeeksInYear(y)} ISO weeks)`,
          received: formatSingle(p),
        });
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
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `p` is invalid; `OUT_OF_RANGE` when the result leaves the years 1 to 9998; `INVALID_PERIOD` when an ISO week 53 lands in a year with 52 weeks; `INVALID_TYPE` when `years` is not a number,
 *   `INVALID_NUMBER` when it is NaN or infinite, `OUT_OF_RANGE` when it is not a safe integer
 * @example
 * {@includeCode ../../test/period/examples.test.ts#shift}
 * @category Calendar
 * @since 0.1.0
 */
export function shiftYears(p: Period, years: number): Period {
  const v = checkPeriod(p, "period.shiftYears: p");
  readWhole("period.shiftYears", "years", years);
  if (v.kind === "range") {
    return joinRange(
      shiftSingle(v.start, years),
      shiftSingle(v.end, years),
      "period.shiftYears: p",
      "period.shiftYears: p",
    );
  }
  return shiftSingle(v, years);
}

/**
 * The same period one year earlier, the base of a year-on-year comparison:
 * `2021-Q1/2021-Q3` gives `2020-Q1/2020-Q3`. Same rules as {@link shiftYears}.
 *
 * @param p - the period
 * @returns the period one year earlier, frozen
 * @throws {@link accordo!AccordoError} `INVALID_PERIOD` when `p` is invalid or is ISO week 53 of a year whose predecessor has 52 weeks; `OUT_OF_RANGE` when it is in year 1
 * @example
 * {@includeCode ../../test/period/examples.test.ts#shift}
 * @category Calendar
 * @since 0.1.0
 */
export function samePeriodLastYear(p: Period): Period {
  return shiftYears(p, -1);
}
