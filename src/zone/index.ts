/**
 * The `zone` namespace: a development zone's profile (names in several
 * languages and spellings, year established, area, leading industries) and
 * its indicator observations (GDP, industrial output...) as rounding-aware
 * figures in one or more currencies with their growth, joined to the
 * `growth` and `fx` namespaces: implied values a year earlier, shares,
 * the remainder outside named industries, implied exchange rates and
 * their consistency.
 *
 * ```ts
 * import { zone } from "accordo";
 * zone.rateConsistency(bda, "USD", "CNY").consistent; // true for the seed's figures
 * ```
 *
 * @module
 */
export { create, observation } from "./build.js";
export { findObservation, hasName, impliedRates, names, observationsWhere, rateConsistency } from "./query.js";
export { impliedPrevious, remainderOf, shareOf } from "./analysis.js";
export { citing, claims, findIndustry, uncited } from "./claims.js";
export { INDICATORS } from "./codelists.js";

export type * from "./types.js";
