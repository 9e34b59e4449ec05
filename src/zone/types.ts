/**
 * Public types of the `zone` namespace: a development zone's profile (names,
 * year established, area, leading industries) and its indicator observations
 * (GDP, industrial output...), each a reported figure in one or more
 * currencies with its year-on-year growth.
 *
 * Names and sources are the same shapes as in the `agreement` namespace
 * ({@link LocalizedName}, {@link Source}).
 *
 * @module
 */
import type { LocalizedName, OpenCode, Source } from "../sources/types.js";
import type { Figure } from "../figure/types.js";
import type { DerivedLevel, GrowthRate, PercentagePoints, Remainder, Share } from "../growth/types.js";
import type { Currency } from "../money/types.js";
import type { Period } from "../period/types.js";

/**
 * The known indicators of an observation:
 *
 * - `gdp`: regional gross domestic product;
 * - `industrialOutput`: gross (total) industrial output value;
 * - `industrialValueAdded`: industrial value added;
 * - `fixedAssetInvestment`: investment in fixed assets;
 * - `retailSales`: total retail sales of consumer goods;
 * - `fiscalRevenue`: general public budget revenue;
 * - `foreignInvestment`: foreign direct investment actually used;
 * - `exports`, `imports`: foreign trade;
 * - `operatingRevenue`: operating revenue of enterprises.
 *
 * @category Codelists
 * @since 0.1.0
 */
export type KnownIndicator =
  | "gdp"
  | "industrialOutput"
  | "industrialValueAdded"
  | "fixedAssetInvestment"
  | "retailSales"
  | "fiscalRevenue"
  | "foreignInvestment"
  | "exports"
  | "imports"
  | "operatingRevenue";

/**
 * A leading industry of a zone: a canonical name (usually Chinese) and
 * English or other variants, each with its sources, since there is often no
 * single official translation.
 *
 * @category Zones
 * @since 0.1.0
 */
export interface Industry {
  /** Unique within the zone. */
  readonly id: string;
  /** The canonical name (`"新一代信息技术"`). */
  readonly name: LocalizedName;
  /** Translations and other spellings, each with its sources. */
  readonly otherNames: readonly LocalizedName[];
  /** The sources that list it as a leading industry. */
  readonly sourceIds: readonly string[];
}

/**
 * What an observation covers: the whole zone, or a set of its industries
 * (the four leading industries together).
 *
 * @category Observations
 * @since 0.1.0
 */
export type ObservationScope = ZoneScope | IndustriesScope;

/**
 * The scope of an observation of the whole zone.
 *
 * @category Observations
 * @since 0.1.0
 */
export interface ZoneScope {
  /** Discriminant: the whole zone. */
  readonly kind: "zone";
}

/**
 * The scope of an observation of a set of the zone's industries.
 *
 * @category Observations
 * @since 0.1.0
 */
export interface IndustriesScope {
  /** Discriminant: a set of industries. */
  readonly kind: "industries";
  /** The ids of the industries covered: at least one, without duplicates. */
  readonly industryIds: readonly string[];
}

/**
 * A reported value of an observation in one currency: `193.48 billion yuan`
 * as a figure from 193.475e9 to 193.485e9.
 *
 * @category Observations
 * @since 0.1.0
 */
export interface ObservationValue {
  /** The currency the value is expressed in. */
  readonly currency: Currency;
  /** The value in units of the currency, with the bounds its rounding implies. */
  readonly figure: Figure;
}

/**
 * One reported indicator value: what (indicator), where (scope), when
 * (period), how much (in one or more currencies) and how fast it grew year on
 * year (against the same period a year earlier), with the basis of that
 * growth (nominal, real, unspecified).
 *
 * @category Observations
 * @since 0.1.0
 */
export interface Observation {
  /** Unique within the zone. */
  readonly id: string;
  /** What is measured (see {@link KnownIndicator}). */
  readonly indicator: OpenCode<KnownIndicator>;
  /** The whole zone, or a set of its industries. */
  readonly scope: ObservationScope;
  /** The reporting period (`"2021-Q1/2021-Q3"`, the first three quarters). */
  readonly period: Period;
  /** The value in each currency reported, at most one per currency, at least one. */
  readonly values: readonly ObservationValue[];
  /** Growth over the same period a year earlier, when reported. */
  readonly growth?: GrowthRate;
  /** The sources that report it. */
  readonly sourceIds: readonly string[];
}

/**
 * A fact with its sources: the year a zone was established, for instance.
 *
 * @category Zones
 * @since 0.1.0
 */
export interface Established {
  /** The year (1 to 9999). */
  readonly year: number;
  /** The sources that state it. */
  readonly sourceIds: readonly string[];
}

/**
 * An area with its unit and sources; the number as a figure, since areas are
 * usually rounded (`"about 225 km²"`).
 *
 * @category Zones
 * @since 0.1.0
 */
export interface Area {
  /** The area. */
  readonly figure: Figure;
  /** The unit, free text (`"km2"`, `"ha"`). */
  readonly unit: string;
  /** The sources that state it. */
  readonly sourceIds: readonly string[];
}

/**
 * A development zone's profile: names, year established, area, leading
 * industries and indicator observations, with the sources they cite. Made by
 * {@link zone.create}; frozen throughout.
 *
 * In plain JavaScript (values the library made): `JSON.stringify` writes ZoneSchema's JSON; `String()`
 * gives its id and name. Node's `util.inspect` shows the same text, named by the type.
 *
 * @example
 * {@includeCode ../../test/zone/examples.test.ts#interop}
 * @category Zones
 * @since 0.1.0
 */
export interface Zone {
  /** A unique id. */
  readonly id: string;
  /** The canonical name, usually the official Chinese name. */
  readonly name: LocalizedName;
  /** English variants, abbreviations (`"BDA"`, `"Beijing E-Town"`, `"BETD"`), former names. */
  readonly otherNames: readonly LocalizedName[];
  /** When the zone was established, when known. */
  readonly established?: Established;
  /** Its area, when known. */
  readonly area?: Area;
  /** Its leading industries. */
  readonly industries: readonly Industry[];
  /** Reported indicator values. */
  readonly observations: readonly Observation[];
  /** The sources its claims cite, unique by id. */
  readonly sources: readonly Source[];
  /** The sources of the zone's own facts. */
  readonly sourceIds: readonly string[];
}

/**
 * The value of an observation a year earlier, implied by its current value
 * and its growth: see {@link zone.impliedPrevious}.
 *
 * @category Analysis
 * @since 0.1.0
 */
export interface ImpliedPrevious {
  /** The observation it was derived from. */
  readonly observationId: string;
  /** The same period a year earlier. */
  readonly period: Period;
  /** The currency of the level. */
  readonly currency: Currency;
  /** The level with its bounds and whether it compares with a published nominal level. */
  readonly level: DerivedLevel;
}

/**
 * A part's share of a whole now and a year earlier, and the change in
 * percentage points: see {@link zone.shareOf}.
 *
 * @category Analysis
 * @since 0.1.0
 */
export interface ShareChange {
  /** The id of the observation of the part. */
  readonly partId: string;
  /** The id of the observation of the whole. */
  readonly wholeId: string;
  /** The currency the share was computed in. */
  readonly currency: Currency;
  /** The share now. */
  readonly current: Share;
  /** The share a year earlier, from the levels implied by both growth rates. */
  readonly previous: Share;
  /** The change, in percentage points. */
  readonly change: PercentagePoints;
}

/**
 * A contribution to the growth of a whole, in percentage points.
 *
 * @category Analysis
 * @since 0.1.0
 */
export interface Contribution {
  /** The id of the part's observation, or `null` for the remainder. */
  readonly observationId: string | null;
  /** Its contribution to the whole's growth, in percentage points. */
  readonly points: PercentagePoints;
}

/**
 * What lies outside the named parts of a whole (industrial output outside
 * the four leading industries): its level now and a year earlier, its growth,
 * and each part's contribution to the whole's growth: see {@link zone.remainderOf}.
 *
 * @category Analysis
 * @since 0.1.0
 */
export interface RemainderAnalysis {
  /** The id of the observation of the whole. */
  readonly wholeId: string;
  /** The ids of the observations of the parts. */
  readonly partIds: readonly string[];
  /** The currency of the levels. */
  readonly currency: Currency;
  /** The remainder now, a year earlier, and its growth. */
  readonly remainder: Remainder;
  /** The contributions of each part, then of the remainder (`observationId: null`), to the whole's growth. */
  readonly contributions: readonly Contribution[];
}

/**
 * What a claim in a zone profile is: see {@link zone.claims}.
 *
 * @category Sources
 * @since 0.1.0
 */
export type ZoneClaimKind = "zone" | "name" | "established" | "area" | "industry" | "industryName" | "observation";

/**
 * A claim in a zone profile: what it is, the id of the thing it is about, and
 * where it sits as a JSON Pointer (`"/observations/2"`).
 *
 * @category Sources
 * @since 0.1.0
 */
export interface ZoneClaim {
  /** What the claim is about. */
  readonly kind: ZoneClaimKind;
  /** The id of the industry or observation (the zone's id for the others). */
  readonly id: string;
  /** A JSON Pointer (RFC 6901) to the claim within the zone. */
  readonly path: string;
  /** The ids of the sources it cites. */
  readonly sourceIds: readonly string[];
}

export type * from "./inputs.js";
