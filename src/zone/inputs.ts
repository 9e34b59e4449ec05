/**
 * The input types of the `zone` namespace: what `create`, `observation` and the queries take
 * (the values they make are in types.ts).
 *
 * @module
 */
import type { LocalizedNameInput, OpenCode, SourceInput } from "../sources/types.js";
import type { Figure } from "../figure/types.js";
import type { GrowthRate } from "../growth/types.js";
import type { Currency } from "../money/types.js";
import type { DateInput, Period } from "../period/types.js";
import type { KnownIndicator, ObservationScope } from "./types.js";

/**
 * Input for a value of an observation: the currency as a code or a `Currency`.
 *
 * @category Observations
 * @since 0.1.0
 */
export interface ObservationValueInput {
  /** An ISO 4217 code (`"CNY"`) or a `Currency` (a custom one included). */
  readonly currency: string | Currency;
  /** The value in units of the currency, e.g. `figure.reported("193.48", { scale: "billion" })`. */
  readonly figure: Figure;
}

/**
 * Input for {@link zone.observation} and the observations of {@link zone.create}:
 * currencies as codes or `Currency` values, growth as a `GrowthRate` or a
 * figure holding a fraction (`figure.percent("38.8")`) with `growthBasis`.
 *
 * @category Observations
 * @since 0.1.0
 */
export interface ObservationInput {
  /** Unique within the zone. */
  readonly id: string;
  /** A code (see {@link KnownIndicator}). */
  readonly indicator: OpenCode<KnownIndicator>;
  /** The whole zone (the default) or a set of its industries. */
  readonly scope?: ObservationScope;
  /**
   * The reporting period: a `Period` or its string form (`"2021-Q1/2021-Q3"`), or a day as a JS `Date` (its
   * UTC day) or a `Temporal.PlainDate`-like object.
   */
  readonly period: Period | string | DateInput;
  /** The values, at least one, one per currency. */
  readonly values: readonly ObservationValueInput[];
  /**
   * Year-on-year growth: a `GrowthRate` (`growth.fromPercent`) or a figure holding a fraction
   * (`figure.percent("38.8")`).
   */
  readonly growth?: GrowthRate | Figure;
  /**
   * The basis of a growth given as a figure; default `"unspecified"`. Ignored for a `GrowthRate`, which
   * carries its own.
   */
  readonly growthBasis?: GrowthRate["basis"];
  /** The ids of the sources that report it; default none. */
  readonly sourceIds?: readonly string[];
}

/**
 * Input for an industry of {@link zone.create}.
 *
 * @category Zones
 * @since 0.1.0
 */
export interface IndustryInput {
  /** Unique within the zone. */
  readonly id: string;
  /** The canonical name (usually Chinese). */
  readonly name: LocalizedNameInput;
  /** Translations and other spellings; default none. */
  readonly otherNames?: readonly LocalizedNameInput[];
  /** The ids of the sources that list it; default none. */
  readonly sourceIds?: readonly string[];
}

/**
 * Input for the year a zone was established.
 *
 * @category Zones
 * @since 0.1.0
 */
export interface EstablishedInput {
  /** The year, an integer from 1 to 9999. */
  readonly year: number;
  /** The ids of the sources that state it; default none. */
  readonly sourceIds?: readonly string[];
}

/**
 * Input for a zone's area.
 *
 * @category Zones
 * @since 0.1.0
 */
export interface AreaInput {
  /** The area, not negative (`figure.reported("225")`). */
  readonly figure: Figure;
  /** The unit, non-empty (`"km2"`). */
  readonly unit: string;
  /** The ids of the sources that state it; default none. */
  readonly sourceIds?: readonly string[];
}

/**
 * Input for {@link zone.create}. Lists may be left out (empty).
 *
 * @category Zones
 * @since 0.1.0
 */
export interface ZoneInput {
  /** A unique id. */
  readonly id: string;
  /** The canonical name, usually the official Chinese name. */
  readonly name: LocalizedNameInput;
  /** English variants, abbreviations, former names; default none. */
  readonly otherNames?: readonly LocalizedNameInput[];
  /** The year the zone was established, when known. */
  readonly established?: EstablishedInput;
  /** Its area, when known. */
  readonly area?: AreaInput;
  /** Its leading industries; default none. */
  readonly industries?: readonly IndustryInput[];
  /** Its indicator observations; default none. */
  readonly observations?: readonly ObservationInput[];
  /** The sources its claims cite; default none. */
  readonly sources?: readonly SourceInput[];
  /** The sources of the zone's own facts; default none. */
  readonly sourceIds?: readonly string[];
}

/**
 * What {@link zone.observationsWhere} selects on; each criterion given must match.
 *
 * @category Observations
 * @since 0.1.0
 */
export interface ObservationFilter {
  /** The indicator. */
  readonly indicator?: OpenCode<KnownIndicator>;
  /**
   * The period (compared with `period.equals`), as a value or a string, or a day as a JS `Date` (its UTC day)
   * or a `Temporal.PlainDate`-like object.
   */
  readonly period?: Period | string | DateInput;
  /** `"zone"` for whole-zone observations, `"industries"` for those on industries. */
  readonly scope?: ObservationScope["kind"];
  /** Observations whose scope includes this industry. */
  readonly industryId?: string;
  /** Observations with a value in this currency. */
  readonly currency?: string | Currency;
}
