/**
 * The `figure` namespace: numbers known only within bounds. A reported figure
 * keeps the interval its rounding implies ("193.48" lies in [193.475, 193.485)),
 * arithmetic carries the bounds outwards, a formula monotone in each input gets
 * its exact range, and sets of figures can be checked for consistency.
 *
 * ```ts
 * import { figure } from "accordo";
 * // or: import * as figure from "accordo/figure";
 * ```
 *
 * @module
 */
export { exact, reported, percent, between, isFigure } from "./create.js";
export { add, sub, mul, div, neg } from "./arithmetic.js";
export { evaluate } from "./evaluate.js";
export { intersect, contains, width, midpoint, isExact } from "./inspect.js";
export { format } from "./format.js";
export { parse } from "./parse.js";

export type * from "./types.js";
