/**
 * The `growth` namespace: growth rates, implied and projected levels,
 * compounding, CAGR, annualising, shares, changes in percentage points,
 * contributions to growth and the growth of a remainder, all on figures with
 * bounds (exact inputs give exact outputs). Rates and shares are fractions,
 * changes and contributions are percentage points: different types, different
 * formatted output. A growth rate records its basis (nominal, real, unspecified).
 *
 * ```ts
 * import { growth } from "accordo";
 * // or: import * as growth from "accordo/growth";
 * ```
 *
 * @module
 */
export { fromPercent, fromFraction, toPercent, rate, tryRate, previous, apply } from "./rate.js";
export { cagr, annualize, deannualize } from "./compound.js";
export { share, pointChange, contribution } from "./share.js";
export { remainder } from "./remainder.js";
export { format } from "./format.js";
export { parse } from "./read.js";
export { fromJSON, pointsFromJSON } from "./json.js";

export type * from "./types.js";
