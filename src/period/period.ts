/**
 * Reporting periods: the functions of the namespace and the internal readers other namespaces use
 * (`checkPeriod`, `readPeriod`, `spanOf`), gathered from the files that hold them by role:
 * construction (`build.ts`), parse and format (`text.ts`), calendar spans (`spans.ts`), compare and
 * shift (`order.ts`).
 *
 * @module
 */
export {
  MAX_PERIOD_YEAR,
  PERIOD_KINDS,
  checkPeriod,
  containing,
  day,
  half,
  isPeriod,
  month,
  quarter,
  range,
  week,
  year,
} from "./build.js";
export { format, parse, readPeriod } from "./text.js";
export {
  contains,
  end,
  isYearToDate,
  lastDay,
  lengthInDays,
  lengthInMonths,
  periodSpan,
  spanOf,
  start,
} from "./spans.js";
export { compare, equals, samePeriodLastYear, shiftYears } from "./order.js";
