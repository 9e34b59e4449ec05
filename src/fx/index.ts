/**
 * The `fx` namespace: dated, sourced exchange rates; inverse and cross rates;
 * rate tables with lookup by date under a stated policy; conversion with
 * explicit rounding; and rates implied by paired reported figures, with their
 * bounds and their consistency.
 *
 * @module
 */
export { cross, invert, origins, rate } from "./rate.js";
export { table } from "./table.js";
export { lookup } from "./lookup.js";
export { conversion, convert } from "./convert.js";
export { checkRate, consistency, implied } from "./implied.js";
export { rateFromJSON, rateToJSON, tableFromJSON, tableToJSON } from "./json.js";

export type * from "./types.js";
