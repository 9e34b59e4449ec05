/**
 * Public types of the `figure` namespace.
 *
 * @module
 */
import type { Decimal, DecimalInput, RoundingMode } from "../decimal.js";

/**
 * A number known only within bounds: a reported figure, or one derived from
 * reported figures. `value` is the best estimate (the number as written, or
 * the result of the computation on best estimates); the true number lies in
 * the interval from `lo` to `hi`, each end included or not as its flag says.
 * An exact figure has `lo = value = hi`, both ends included.
 *
 * Invariant: `lo <= value <= hi`. A value the library computes (a sum,
 * product, quotient, power, midpoint) is moreover a number the figure allows,
 * never an end its bounds exclude: it has 34 significant digits unless that
 * rounding would put it on an excluded end (a best estimate within half a
 * 34-digit unit of it), and then keeps more digits (every digit of a sum,
 * difference, product or midpoint; those of the operands and 40 more for a
 * quotient). A value given on an excluded end (`figure.between(1, 2, { value:
 * 1, loInclusive: false })`) is the caller's estimate and is kept; results
 * computed from it can then sit on an excluded end too.
 *
 * In plain JavaScript (values the library made): `JSON.stringify` writes FigureSchema's JSON;
 * `String()` gives `"193.48 [193.475, 193.485)"`. Node's `util.inspect` shows the same text, named by
 * the type.
 *
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#reported}
 * {@includeCode ../../test/figure/examples.test.ts#interop}
 * @category Figures
 * @since 0.1.0
 */
export interface Figure {
  /** The best estimate: the number as written, or computed from best estimates (a number the bounds allow, see above). */
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

/**
 * What the arithmetic of the `figure` namespace accepts as an operand: a
 * {@link Figure}, or a plain number (string, JS number, bigint or Decimal),
 * which is taken as exact. To give a written figure its rounding bounds, make
 * it with `figure.reported` first.
 *
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#add}
 * @category Figures
 * @since 0.1.0
 */
export type FigureInput = Figure | DecimalInput;

/**
 * A named scale for reported figures, or a power-of-ten exponent
 * (`6` means millions, `-2` hundredths).
 *
 * | name | factor |
 * | --- | --- |
 * | `"thousand"` | 10³ |
 * | `"million"` | 10⁶ |
 * | `"billion"` | 10⁹ (short scale) |
 * | `"trillion"` | 10¹² (short scale) |
 * | `"万"` | 10⁴ |
 * | `"亿"` | 10⁸ |
 *
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#reported}
 * @category Figures
 * @since 0.1.0
 */
export type FigureScale = "thousand" | "million" | "billion" | "trillion" | "万" | "亿" | number;

/**
 * How the publisher rounded a reported figure, which decides which ends of the
 * interval are possible:
 *
 * - any {@link RoundingMode}: the figure is what that mode produced
 *   (`"halfUp"`: "193.48" covers [193.475, 193.485); `"down"` is truncation:
 *   "193.48" covers [193.48, 193.49));
 * - `"upOrDown"`: the publisher rounded to nearest but the direction of ties is
 *   unknown, so both ends are possible ([193.475, 193.485]; R scrutiny's default).
 *
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#reported}
 * @category Figures
 * @since 0.1.0
 */
export type ReportedRounding = RoundingMode | "upOrDown";

/**
 * Options of `figure.reported`.
 *
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#reported}
 * @category Figures
 * @since 0.1.0
 */
export interface ReportedOptions {
  /** The scale the written digits are in (`"billion"` for "193.48 billion"); default: units. */
  readonly scale?: FigureScale;
  /** How the publisher rounded; default `"halfUp"`. */
  readonly rounding?: ReportedRounding;
}

/**
 * Options of `figure.percent`.
 *
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#percent}
 * @category Figures
 * @since 0.1.0
 */
export interface PercentOptions {
  /** How the publisher rounded the percentage; default `"halfUp"`. */
  readonly rounding?: ReportedRounding;
}

/**
 * Options of `figure.between`.
 *
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#between}
 * @category Figures
 * @since 0.1.0
 */
export interface BetweenOptions {
  /** The best estimate; default: the midpoint of the bounds (exact when its 34 digits would sit on an excluded end). Must lie within them. */
  readonly value?: DecimalInput;
  /** Whether `lo` is possible; default true. */
  readonly loInclusive?: boolean;
  /** Whether `hi` is possible; default true. */
  readonly hiInclusive?: boolean;
}

/**
 * Two figures of an intersection that cannot both be right: the interval of
 * the figure at index `below` lies entirely below that of the figure at index
 * `above` (indices are positions in the arguments of `figure.intersect`).
 *
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#intersect}
 * @category Figures
 * @since 0.1.0
 */
export interface FigureConflict {
  /** Index of the figure whose interval lies entirely below the other's. */
  readonly below: number;
  /** Index of the figure whose interval lies entirely above the other's. */
  readonly above: number;
}

/**
 * The result of `figure.intersect`: either the figures are consistent and
 * `figure` is the interval they have in common (its value the midpoint of
 * that interval), or they are not and `conflicts` lists every pair of figures
 * whose intervals are disjoint (on a line, a set of intervals has a common
 * point exactly when every pair of them does).
 *
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#intersect}
 * @category Figures
 * @since 0.1.0
 */
export type FigureIntersection =
  | {
      /** The figures have a common interval. */
      readonly empty: false;
      /** The common interval; its value is the interval's midpoint. */
      readonly figure: Figure;
    }
  | {
      /** The figures have no number in common. */
      readonly empty: true;
      /** Every pair of figures whose intervals are disjoint, at least one. */
      readonly conflicts: readonly FigureConflict[];
    };

/**
 * The direction in which a formula moves when one of its inputs grows, the
 * others held fixed.
 *
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#evaluateMonotonicity}
 * @category Figures
 * @since 0.1.0
 */
export type MonotoneDirection = "increasing" | "decreasing";

/**
 * How `figure.evaluate` learns the monotonicity of a formula:
 *
 * - `"detect"` (the default): the formula is evaluated at every corner of the
 *   box of input intervals (2ⁿ evaluations for n inexact inputs, at most 2¹⁶),
 *   and an input along which the formula rises on one edge and falls on
 *   another is refused as not monotone;
 * - a record of {@link MonotoneDirection}s by input name: stated inputs are fixed at the
 *   end their direction says (two evaluations when every inexact input is
 *   stated); unstated inputs are detected as above.
 *
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#evaluateMonotonicity}
 * @category Figures
 * @since 0.1.0
 */
export type Monotonicity<K extends string = string> = "detect" | { readonly [P in K]?: MonotoneDirection };

/**
 * Options of `figure.evaluate`.
 *
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#evaluateMonotonicity}
 * @category Figures
 * @since 0.1.0
 */
export interface EvaluateOptions<K extends string = string> {
  /** How the formula's monotonicity is known; default `"detect"`. */
  readonly monotonicity?: Monotonicity<K>;
}

/**
 * Options of `figure.format`.
 *
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#format}
 * @category Figures
 * @since 0.1.0
 */
export interface FigureFormatOptions {
  /**
   * What to show: `"value"` (default) the best estimate with the digits the
   * bounds justify; `"interval"` the bounds in interval notation, `[` and `]`
   * for possible ends, `(` and `)` for impossible ones; `"both"` the value
   * followed by the interval.
   */
  readonly style?: "value" | "interval" | "both";
  /** `"number"` (default) as is; `"percent"` multiplied by 100 with a `%` sign. */
  readonly as?: "number" | "percent";
  /** Divide by this scale before formatting (`"billion"` shows 193480000000 as 193.48). */
  readonly scale?: FigureScale;
  /**
   * Digits after the point; default: those on which the bounds agree once
   * rounded (see `figure.format`), all digits for an exact figure. In interval
   * style the bounds are rounded outwards.
   */
  readonly decimals?: number;
  /** How the value is rounded to `decimals`; default `"halfEven"`. */
  readonly rounding?: RoundingMode;
  /** Show a `+` before positive values (growth rates); default false. */
  readonly signed?: boolean;
  /**
   * A BCP 47 locale whose separators, grouping and percent sign are used
   * (`"it-IT"`: `+38,8%`, `1.234,5`; `"fr-FR"`: `38,8 %`); default: none, plain
   * `.` and no grouping (the en-US digits, never the machine's locale).
   */
  readonly locale?: string;
}

/**
 * Options of `figure.parse`.
 *
 * @example
 * {@includeCode ../../test/figure/examples.test.ts#parse}
 * @category Figures
 * @since 0.1.0
 */
export interface FigureParseOptions {
  /** The BCP 47 locale whose separators the text uses; default `"en-US"`. */
  readonly locale?: string;
  /** How the publisher rounded; default `"halfUp"`, as in `figure.reported`. */
  readonly rounding?: ReportedRounding;
  /** Refuse `"1,234"` or `"1.234"` when no locale is given (either separator may be the decimal one); default false. */
  readonly strict?: boolean;
}
