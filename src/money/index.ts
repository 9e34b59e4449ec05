/**
 * The `money` namespace: ISO 4217 currencies (generated from the ISO 4217
 * datasets, with historic codes flagged) and custom ones; exact, immutable
 * amounts; arithmetic, comparison, rounding with named modes, allocation,
 * minor units, formatting and parsing like the press writes amounts, and JSON.
 *
 * ```ts
 * import { money } from "accordo";          // or: import * as money from "accordo/money";
 * const gdp = money.of("193.48e9", "CNY");
 * ```
 *
 * @module
 */
export { currency, currencies, defineCurrency } from "./currency.js";
export { abs, add, divide, multiply, negate, subtract, sum } from "./arithmetic.js";
export {
  compare,
  equals,
  greaterThan,
  greaterThanOrEqual,
  isNegative,
  isPositive,
  isZero,
  lessThan,
  lessThanOrEqual,
  max,
  min,
} from "./compare.js";
export { fromMinor, of, round, toMinor } from "./money.js";
export { fromJSON, toJSON, toString } from "./json.js";
export { allocate } from "./allocate.js";
export { format } from "./format.js";
export { parse, PARSE_TEXT_LIMIT } from "./parse.js";
export { parseReported } from "./reported.js";

export type * from "./types.js";
