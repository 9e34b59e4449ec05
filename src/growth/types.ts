/**
 * Public types of the `growth` namespace.
 *
 * Three kinds of ratio are kept apart by name, type and formatted output: a
 * growth rate or a share holds a **fraction** (0.388, shown `+38.8%`), while a
 * change of shares or a contribution to growth holds **percentage points**
 * (0.72, shown `+0.72 pp`).
 *
 * @module
 */
import type { DecimalInput, RoundingMode } from "../decimal.js";
import type { Figure, FigureScale, ReportedRounding } from "../figure/types.js";

/**
 * The price basis of a growth rate: `"nominal"` (current prices), `"real"`
 * (constant prices, as Chinese statistics usually publish growth), or
 * `"unspecified"`. A level implied by a real rate is not a nominal level.
 *
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#fromPercent}
 * @category Growth
 * @since 0.1.0
 */
export type GrowthBasis = "nominal" | "real" | "unspecified";

/**
 * Notes a growth rate carries about how it was computed:
 *
 * - `"negativeBase"`: the base (the earlier value) is negative: the signed
 *   formula `(current − base) / base` then has the opposite sign of the change;
 * - `"absoluteDenominator"`: the rate was computed as `(current − base) / |base|`;
 * - `"signChange"`: the best estimates of the current and base values have opposite signs;
 * - `"signMayChange"`: their bounds allow opposite signs, though the best estimates agree;
 * - `"naiveBounds"`: the bounds come from naive interval arithmetic (wider than
 *   the exact range) because the exact evaluation did not apply, here or in a
 *   rate this one was derived from.
 *
 * A rate derived from a rate (`annualize`, `deannualize`) keeps its basis and
 * flags; a hand-built rate must carry a basis (`"unspecified"` when unknown).
 *
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#rate}
 * @category Growth
 * @since 0.1.0
 */
export type GrowthFlag = "negativeBase" | "absoluteDenominator" | "signChange" | "signMayChange" | "naiveBounds";

/**
 * A growth rate as a **fraction** (+38.8% is held as 0.388), with its bounds,
 * its price basis and notes on how it was computed.
 *
 * In plain JavaScript (values the library made): `JSON.stringify` writes GrowthRateSchema's JSON (its
 * fields, the fraction as FigureSchema's JSON), which `growth.fromJSON` reads back equal; `String()` what
 * `growth.format` writes (`"+38.8%"`). Node's `util.inspect`
 * shows the same text, named by the type.
 *
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#fromPercent}
 * {@includeCode ../../test/growth/examples.test.ts#interop}
 * {@includeCode ../../test/growth/parse-examples.test.ts#fromJSON}
 * @category Growth
 * @since 0.1.0
 */
export interface GrowthRate {
  /** Discriminant. */
  readonly kind: "growthRate";
  /** The rate as a fraction of the base: 0.388 for +38.8%. */
  readonly fraction: Figure;
  /** Nominal, real or unspecified. */
  readonly basis: GrowthBasis;
  /** Notes on the computation, in a fixed order; empty for a plain rate. */
  readonly flags: readonly GrowthFlag[];
}

/**
 * The result of `growth.tryRate` when growth is undefined: the base is zero
 * (`"zeroBase"`) or its bounds include zero (`"baseMayBeZero"`).
 *
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#tryRate}
 * @category Growth
 * @since 0.1.0
 */
export interface UndefinedGrowth {
  /** Discriminant. */
  readonly kind: "undefinedGrowth";
  /** Why the rate is undefined. */
  readonly reason: "zeroBase" | "baseMayBeZero";
  /** The basis the rate would have had. */
  readonly basis: GrowthBasis;
}

/**
 * A level derived from another level and a growth rate (an implied prior
 * value, a projected value). A level derived with a real rate is at constant
 * prices: it is not comparable with a published nominal level, and
 * `comparableWithNominal` says so.
 *
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#previous}
 * @category Growth
 * @since 0.1.0
 */
export interface DerivedLevel {
  /** Discriminant. */
  readonly kind: "derivedLevel";
  /** The level, with bounds. */
  readonly level: Figure;
  /** The basis of the rate it was derived with. */
  readonly basis: GrowthBasis;
  /**
   * Whether it can be compared with a published nominal level: `"yes"` from a
   * nominal rate, `"no"` from a real rate, `"unknown"` from an unspecified one.
   */
  readonly comparableWithNominal: "yes" | "no" | "unknown";
}

/**
 * A share of a total as a **fraction** (95.14% is held as 0.9514).
 *
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#share}
 * @category Growth
 * @since 0.1.0
 */
export interface Share {
  /** Discriminant. */
  readonly kind: "share";
  /** The share as a fraction of the total. */
  readonly fraction: Figure;
}

/**
 * A difference of two percentages, or a contribution to growth, in
 * **percentage points** (+0.72 pp is held as 0.72). `JSON.stringify` writes PercentagePointsSchema's
 * JSON, which `growth.pointsFromJSON` reads back equal.
 *
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#pointChange}
 * {@includeCode ../../test/growth/parse-examples.test.ts#pointsFromJSON}
 * @category Growth
 * @since 0.1.0
 */
export interface PercentagePoints {
  /** Discriminant. */
  readonly kind: "percentagePoints";
  /** The number of percentage points. */
  readonly points: Figure;
}

/**
 * What growth functions accept as a level: a figure, a derived level (its
 * `level` is used), or a plain number (exact).
 *
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#previous}
 * @category Growth
 * @since 0.1.0
 */
export type LevelInput = Figure | DerivedLevel | DecimalInput;

/**
 * What growth functions accept as a rate: a {@link GrowthRate}, or a figure
 * holding a fraction (`figure.percent("38.8")`), taken with an unspecified basis.
 *
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#previous}
 * @category Growth
 * @since 0.1.0
 */
export type RateInput = GrowthRate | Figure;

/**
 * What `growth.pointChange` accepts: a share, a growth rate, or a figure holding a fraction.
 *
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#pointChange}
 * @category Growth
 * @since 0.1.0
 */
export type FractionInput = Share | GrowthRate | Figure;

/**
 * A component of a total for `growth.remainder`: its current level and its growth rate.
 *
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#remainder}
 * @category Growth
 * @since 0.1.0
 */
export interface GrowthComponent {
  /** The current level. */
  readonly current: LevelInput;
  /** Its growth rate over the period. */
  readonly rate: RateInput;
}

/**
 * The part of a total not covered by the listed parts (output outside the
 * four leading industries): its current level, its level a period earlier and
 * its growth rate, the rate with its exact range.
 *
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#remainder}
 * @category Growth
 * @since 0.1.0
 */
export interface Remainder {
  /** Discriminant. */
  readonly kind: "remainder";
  /** The total minus the parts, now. */
  readonly current: Figure;
  /** The total minus the parts a period earlier, implied by the growth rates. */
  readonly previous: DerivedLevel;
  /** The remainder's growth rate. */
  readonly rate: GrowthRate;
}

/**
 * Options of `growth.rate` and `growth.tryRate`.
 *
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#rate}
 * @category Growth
 * @since 0.1.0
 */
export interface RateOptions {
  /** The price basis of the levels; default `"unspecified"`. */
  readonly basis?: GrowthBasis;
  /**
   * `"signed"` (default, as pandas `pct_change`): `(current − base) / base`;
   * `"absolute"`: `(current − base) / |base|`, so that a rise from a negative
   * base is a positive rate.
   */
  readonly denominator?: "signed" | "absolute";
}

/**
 * Options of `growth.fromPercent`.
 *
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#fromPercent}
 * @category Growth
 * @since 0.1.0
 */
export interface FromPercentOptions {
  /** The price basis; default `"unspecified"`. */
  readonly basis?: GrowthBasis;
  /** How the publisher rounded the percentage; default `"halfUp"`. */
  readonly rounding?: ReportedRounding;
}

/**
 * The span of `growth.cagr`: the level at its start (`from`), the level at its end (`to`),
 * and the number of years between them. Named, so that the two levels cannot be swapped silently.
 *
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#cagr}
 * @category Growth
 * @since 0.1.0
 */
export interface CagrInput {
  /** The level at the start of the span (the earlier one). */
  readonly from: LevelInput;
  /** The level at the end of the span (the later one). */
  readonly to: LevelInput;
  /** The number of years from `from` to `to`, positive (fractions allowed). */
  readonly years: DecimalInput;
}

/**
 * Options of the growth functions that only take a basis.
 *
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#cagr}
 * @category Growth
 * @since 0.1.0
 */
export interface BasisOptions {
  /** The price basis; default `"unspecified"`. */
  readonly basis?: GrowthBasis;
}

/**
 * Options of `growth.format`.
 *
 * @example
 * {@includeCode ../../test/growth/examples.test.ts#format}
 * @category Growth
 * @since 0.1.0
 */
export interface GrowthFormatOptions {
  /** `"value"` (default), `"interval"` or `"both"`, as in `figure.format`. */
  readonly style?: "value" | "interval" | "both";
  /** Digits after the point; default: those the bounds justify. */
  readonly decimals?: number;
  /** How the value is rounded to `decimals`; default `"halfEven"`. */
  readonly rounding?: RoundingMode;
  /** For a level: divide by this scale first (`"billion"`). */
  readonly scale?: FigureScale;
  /** Append the basis of a rate or level when it is known (`" (real)"`); default true. */
  readonly showBasis?: boolean;
  /** A BCP 47 locale for the separators and percent sign (`"it-IT"`: `+38,8%`), as in `figure.format`; default none (`.`). */
  readonly locale?: string;
}

/**
 * Options of `growth.parse`.
 *
 * @example
 * {@includeCode ../../test/growth/parse-examples.test.ts#parse}
 * @category Growth
 * @since 0.1.0
 */
export interface GrowthParseOptions {
  /** The BCP 47 locale whose separators the text uses; default: that of the words' language, else inferred. */
  readonly locale?: string;
  /** Refuse text read by a convention (a number without `%`, a `"1,234%"` no locale decides); default false. */
  readonly strict?: boolean;
  /**
   * The price basis of a rate when the text does not say it (实际, real, nominal...); default
   * `"unspecified"`. Text that says another basis is refused.
   */
  readonly basis?: GrowthBasis;
  /** How the publisher rounded; default `"halfUp"`, as in `figure.reported`. */
  readonly rounding?: ReportedRounding;
}
