/**
 * Public types of the `figure` namespace.
 *
 * @module
 */
import type { Decimal } from "../decimal.js";

/**
 * A number known only within bounds: a reported figure, or one derived from
 * reported figures. `value` is the best estimate (the number as written, or
 * the result of the computation on best estimates); the true number lies in
 * the interval from `lo` to `hi`, each end included or not as its flag says.
 * An exact figure has `lo = value = hi`, both ends included.
 *
 * Invariant: `lo <= value <= hi`.
 *
 * @category Figures
 */
export interface Figure {
  /** The best estimate: the number as written, or computed from best estimates. */
  readonly value: Decimal;
  /** The lower bound of the interval the true number lies in. */
  readonly lo: Decimal;
  /** The upper bound of the interval the true number lies in. */
  readonly hi: Decimal;
  /** Whether `lo` itself is possible (`"193.48"` rounded half-up: 193.475 is, so true). */
  readonly loInclusive: boolean;
  /** Whether `hi` itself is possible (`"193.48"` rounded half-up: 193.485 is not, so false). */
  readonly hiInclusive: boolean;
}
