/**
 * Public types of the `fx` namespace.
 *
 * @module
 */
import type { Decimal, DecimalInput, RoundingMode } from "../decimal.js";
import type { Figure, FigureConflict } from "../figure/types.js";
import type { Currency, Money } from "../money/types.js";
import type { DateLike, IsoDate, Period } from "../period/types.js";

/**
 * What kind of rate a rate is:
 *
 * - `spot`: a rate observed or published for one day (a central bank's daily fixing, a market close);
 * - `average`: a mean over a period (a monthly or yearly average);
 * - `fixed`: a rate set by law or treaty (EUR/HRK 7.53450 on Croatia's adoption of the euro);
 * - `implied`: a rate read off two reported figures of the same quantity in two currencies.
 *
 * An inverse keeps the kind of its origin. A cross keeps the kind its two legs
 * share; of legs of different kinds it is `implied` when either leg is, else
 * `spot` when either leg is, else `average` (a fixed leg does not change the
 * nature of the other).
 *
 * @category Exchange rates
 * @since 0.1.0
 */
export type RateKind = "spot" | "average" | "fixed" | "implied";

/**
 * How a rate came to be:
 *
 * - `direct`: given by a source (constructed with {@link fx.rate} or read from JSON);
 * - `inverse`: the reciprocal of the one rate in its `chain` ({@link fx.invert});
 * - `cross`: the product of the two rates in its `chain`, through the currency they share ({@link fx.cross});
 * - `identity`: 1, between a currency and itself (a lookup of the same currency).
 *
 * @category Exchange rates
 * @since 0.1.0
 */
export type RateDerivation = "direct" | "inverse" | "cross" | "identity";

/**
 * When a rate holds: an ISO 8601 calendar date (`"2021-09-30"`) for a spot or
 * fixed rate, a {@link Period} for an average (a monthly mean), or `null` for
 * an undated rate (a standing or hypothetical rate).
 *
 * @category Exchange rates
 * @since 0.1.0
 */
export type RateDate = IsoDate | Period | null;

/**
 * An exchange rate: one unit of `base` is worth `rate` units of `quote`
 * (`USD/CNY 6.3933`: 1 USD = 6.3933 CNY). Like a JSR 354 (Moneta) rate it
 * carries its context, when it holds and who published it, and, when it is
 * derived, the chain of rates it was derived from. Frozen.
 *
 * In plain JavaScript (values the library made): `JSON.stringify` writes what `fx.rateToJSON` returns
 * (ExchangeRateSchema's JSON); `String()` gives `"USD/CNY 6.3939 on 2021-09-30"`. Node's
 * `util.inspect` shows the same text, named by the type.
 *
 * @example
 * {@includeCode ../../test/fx/examples.test.ts#interop}
 * @category Exchange rates
 * @since 0.1.0
 */
export interface ExchangeRate {
  /** The currency of which one unit is priced. */
  readonly base: Currency;
  /** The currency the price is expressed in. */
  readonly quote: Currency;
  /** Units of `quote` per one unit of `base`; always positive. */
  readonly rate: Decimal;
  /** When the rate holds: an ISO date, a period (for an average), or null when undated. */
  readonly on: RateDate;
  /** Who published the rate (`"ECB"`, `"PBoC"`, `"Council Regulation (EU) 2022/1208"`), or null. */
  readonly source: string | null;
  /** Spot, average, fixed or implied. */
  readonly kind: RateKind;
  /** Direct, or how the rate was derived from the rates in `chain`. */
  readonly derivation: RateDerivation;
  /**
   * The rates this one was derived from: empty for a direct or identity rate,
   * one rate for an inverse, the two legs (in the order they are applied) for a cross.
   */
  readonly chain: readonly ExchangeRate[];
}

/**
 * What {@link fx.rate} takes: currencies as codes or {@link Currency}
 * values, the rate as any {@link DecimalInput} (a string is lossless).
 *
 * @category Exchange rates
 * @since 0.1.0
 */
export interface ExchangeRateInput {
  /** The currency of which one unit is priced: a code (`"USD"`) or a Currency. */
  readonly base: string | Currency;
  /** The currency the price is expressed in. */
  readonly quote: string | Currency;
  /** Units of `quote` per one unit of `base`; must be positive. */
  readonly rate: DecimalInput;
  /**
   * An ISO date (`"2021-09-30"`, or a JS `Date` or `Temporal.PlainDate`-like day: see {@link accordo!DateInput}), a Period or a period string (`"2021-09"`,
   * `"2021-Q1/2021-Q3"`) for an average, or null/omitted for an undated rate.
   */
  readonly on?: string | Period | Date | DateLike | null | undefined;
  /** Who published it; omitted means null. */
  readonly source?: string | null | undefined;
  /** Spot (the default), average, fixed or implied. */
  readonly kind?: RateKind | undefined;
}

/**
 * The JSON form of an {@link ExchangeRate}: currencies as codes, the rate as
 * a decimal string, the date as an ISO date or a period string.
 *
 * @category Exchange rates
 * @since 0.1.0
 */
export interface ExchangeRateJSON {
  /** Base currency code. */
  readonly base: string;
  /** Quote currency code. */
  readonly quote: string;
  /** The rate as a plain decimal string, e.g. `"6.3933"`. */
  readonly rate: string;
  /** An ISO date, a period string (`"2021-09"`, `"2021-Q1/2021-Q3"`), or null. */
  readonly on: string | null;
  /** Who published it, or null. */
  readonly source: string | null;
  /** Spot, average, fixed or implied. */
  readonly kind: RateKind;
  /** Direct, inverse, cross or identity. */
  readonly derivation: RateDerivation;
  /** The rates this one was derived from (empty for a direct rate). */
  readonly chain: readonly ExchangeRateJSON[];
}

/**
 * Options of {@link fx.cross}.
 *
 * @category Exchange rates
 * @since 0.1.0
 */
export interface CrossOptions {
  /** Accept legs that hold on different days (the cross then holds on the later one). Default false. */
  readonly allowDifferentDates?: boolean | undefined;
}

/**
 * Options of {@link fx.table}.
 *
 * @category Rate tables
 * @since 0.1.0
 */
export interface TableOptions {
  /** The currency cross rates go through: a code or a Currency; `"USD"` by default (`null` is refused). */
  readonly pivot?: string | Currency | undefined;
}

/**
 * Options of {@link fx.rateFromJSON} and {@link fx.tableFromJSON}.
 *
 * @category JSON
 * @since 0.1.0
 */
export interface FromJSONOptions {
  /** Custom currencies (from `money.defineCurrency`) that codes in the JSON may name. */
  readonly currencies?: readonly Currency[] | undefined;
}

/**
 * How a table lookup matches the date asked for:
 *
 * - `exact`: a rate for that very date (or, for an average, a period containing it);
 * - `onOrBefore`: the latest rate on or before that date (the usual rule for
 *   accounting: the last published fixing);
 * - `nearest`: the rate nearest to that date, before or after, no more than
 *   `withinDays` days away (ties go to the earlier rate).
 *
 * @category Rate tables
 * @since 0.1.0
 */
export type DatePolicy = "exact" | "onOrBefore" | "nearest";

/**
 * A table of exchange rates to look rates up in by pair and date, with a pivot
 * currency for cross rates. Build it with {@link fx.table}. Frozen.
 *
 * In plain JavaScript (values the library made): `JSON.stringify` writes what `fx.tableToJSON` returns
 * (RateTableSchema's JSON); `String()` gives `"1 rate, pivot USD"`. Node's `util.inspect` shows the
 * same text, named by the type.
 *
 * @example
 * {@includeCode ../../test/fx/examples.test.ts#interop}
 * @category Rate tables
 * @since 0.1.0
 */
export interface RateTable {
  /** The stored rates, in the order given. */
  readonly rates: readonly ExchangeRate[];
  /** The currency cross rates go through when no direct or inverse rate exists (USD unless configured). */
  readonly pivot: Currency;
}

/**
 * The JSON form of a {@link RateTable}.
 *
 * @category Rate tables
 * @since 0.1.0
 */
export interface RateTableJSON {
  /** The pivot currency code. */
  readonly pivot: string;
  /** The stored rates. */
  readonly rates: readonly ExchangeRateJSON[];
}

/**
 * Options of {@link fx.lookup}.
 *
 * @category Rate tables
 * @since 0.1.0
 */
export interface LookupOptions {
  /**
   * The date wanted: an ISO date (or a {@link accordo!DateInput}), or a Period (matched against rates that hold
   * on the same days, however written: `2024-Q1` finds a rate on `2024-01/2024-03`).
   * Omitted: the most recent rate of the pair (an undated rate counts as older than any dated one).
   */
  readonly on?: string | Period | Date | DateLike | undefined;
  /** How to match the date; `"exact"` by default. */
  readonly policy?: DatePolicy | undefined;
  /** For the `nearest` policy: the largest distance in days accepted (required for `nearest`). */
  readonly withinDays?: number | undefined;
  /** The pivot for cross rates, overriding the table's. */
  readonly pivot?: string | Currency | undefined;
  /** Only rates of this kind (a currency to itself is the identity rate whatever the kind asked). */
  readonly kind?: RateKind | undefined;
  /** Only rates from this source (a currency to itself is the identity rate, which has no source). */
  readonly source?: string | undefined;
}

/**
 * How {@link fx.convert} rounds: a named {@link RoundingMode} to the target
 * currency's minor units, or `"none"` to keep the exact product.
 *
 * @category Conversion
 * @since 0.1.0
 */
export type ConvertRounding = RoundingMode | "none";

/**
 * Options of {@link fx.convert} and {@link fx.conversion}: the rounding, and,
 * when converting with a table, the {@link LookupOptions} of the lookup (with a
 * single rate they are refused, rather than silently ignored).
 *
 * @category Conversion
 * @since 0.1.0
 */
export interface ConvertOptions extends LookupOptions {
  /** `"halfEven"` (the default) or another named mode, or `"none"` to keep full precision. */
  readonly rounding?: ConvertRounding | undefined;
}

/**
 * The details of a conversion ({@link fx.conversion}): the result, the exact
 * product before rounding, and the rate used (whose chain tells which stored
 * rates a table lookup used).
 *
 * @category Conversion
 * @since 0.1.0
 */
export interface Conversion {
  /** The amount converted. */
  readonly from: Money;
  /** The result, rounded as asked (or exact with `rounding: "none"`). */
  readonly to: Money;
  /**
   * The exact product of the amount and the rate, before rounding (to 34 significant
   * digits), computed from the stored rates the rate rests on: an inverse rate divides
   * by its origin rather than multiplying by the 34-digit reciprocal.
   */
  readonly exact: Decimal;
  /** The rate used, from the source currency to the target currency. */
  readonly rate: ExchangeRate;
  /** The rounding applied: a mode name, or `"none"`. */
  readonly rounding: ConvertRounding;
}

/**
 * The rate implied by two reported figures of the same quantity in two
 * currencies (GDP of 193.48 bn yuan, "30.26 bn dollars"): one unit of `base`
 * is worth `rate` units of `quote`, with the bounds the figures' rounding allows.
 *
 * @category Implied rates
 * @since 0.1.0
 */
export interface ImpliedRate {
  /** The currency of the divisor figure. */
  readonly base: Currency;
  /** The currency of the dividend figure. */
  readonly quote: Currency;
  /** quote figure ÷ base figure, with bounds. */
  readonly rate: Figure;
  /** The figure in `base`. */
  readonly baseFigure: Figure;
  /** The figure in `quote`. */
  readonly quoteFigure: Figure;
  /** A caller's name for the pair (`"GDP"`), or null. */
  readonly label: string | null;
}

/**
 * Options of {@link fx.implied}.
 *
 * @category Implied rates
 * @since 0.1.0
 */
export interface ImpliedOptions {
  /** A name for the pair, carried into consistency reports (`"GDP"`). */
  readonly label?: string | undefined;
}

/**
 * The verdict of {@link fx.consistency} on several implied rates: either one
 * rate fits them all (and `interval` is the range of such rates), or some
 * pairs of them cannot both hold (listed in `disagreements`).
 *
 * @category Implied rates
 * @since 0.1.0
 */
export type RateConsistency =
  | {
      /** Every implied rate admits a common rate. */
      readonly consistent: true;
      /** The rates all of them admit: the intersection of their intervals (value: its midpoint). */
      readonly interval: Figure;
      /** The implied rates examined, in the order given. */
      readonly rates: readonly ImpliedRate[];
    }
  | {
      /** No single rate fits every implied rate. */
      readonly consistent: false;
      /**
       * Every pair of implied rates whose intervals do not overlap: `below` is
       * the index (into `rates`) of the one whose interval lies entirely below the other's.
       */
      readonly disagreements: readonly FigureConflict[];
      /** The implied rates examined, in the order given. */
      readonly rates: readonly ImpliedRate[];
    };

/**
 * The verdict of {@link fx.checkRate}: whether a given rate lies within the
 * bounds of each implied rate.
 *
 * @category Implied rates
 * @since 0.1.0
 */
export interface RateCheck {
  /** True when the rate lies within every implied rate's bounds. */
  readonly consistent: boolean;
  /** The rate checked, oriented as the implied rates (base and quote as theirs). */
  readonly rate: Decimal;
  /** One entry per implied rate, in the order given. */
  readonly results: readonly RateCheckResult[];
}

/**
 * One line of a {@link RateCheck}.
 *
 * @category Implied rates
 * @since 0.1.0
 */
export interface RateCheckResult {
  /** The implied rate checked against. */
  readonly implied: ImpliedRate;
  /** Whether the rate lies within its bounds. */
  readonly contains: boolean;
  /** The rate minus the implied rate's best estimate. */
  readonly difference: Decimal;
}
