/**
 * Reading a zone: names, observations by indicator, period, scope or
 * currency, and the exchange rates its paired figures imply.
 *
 * @module
 */
import type { LocalizedName } from "../sources/types.js";
import { refuseAt } from "../decimal.js";
import { readOptions, refuse } from "../errors.js";
import { consistency, implied } from "../fx/implied.js";
import type { ImpliedRate, RateConsistency } from "../fx/types.js";
import type { Currency } from "../money/types.js";
import { resolveCurrency } from "../money/currency.js";
import { equals } from "../period/period.js";
import type { Observation, ObservationFilter, Zone } from "./types.js";
import { period, text } from "../checks.js";
import { checkZone, checkZoneNames } from "./check.js";

function fold(name: string): string {
  // Upper case folds more than lower case: "Straße" and "STRASSE" both become "STRASSE".
  return name
    .normalize("NFKC")
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015.,'\u2019()]/g, "");
}

/**
 * Every name of a zone: the canonical name first, then the others in order.
 *
 * @param z - the zone
 * @returns its names, frozen
 * @throws {@link accordo!AccordoError} `INVALID_VALUE` when `z` is not a zone or one of its names is malformed
 * @example
 * {@includeCode ../../test/zone/examples.test.ts#names}
 * @category Zones
 * @since 0.1.0
 */
export function names(z: Zone): readonly LocalizedName[] {
  const zone = checkZoneNames(z, "zone.names");
  return Object.freeze([zone.name, ...zone.otherNames]);
}

/**
 * Tells whether a zone goes by a name, ignoring case, Unicode width and
 * compatibility forms, spaces, hyphens, dots, commas, apostrophes and
 * parentheses: `"Beijing E-Town"`, `"beijing etown"` and `"BEIJING E TOWN"`
 * match each other, as do `"Hafenstraße"` and `"HAFENSTRASSE"`; `"BDA"`
 * matches only if it is listed.
 *
 * @param z - the zone
 * @param name - a name as found in a text
 * @returns true when one of the zone's names matches
 * @throws {@link accordo!AccordoError} `INVALID_VALUE` when `z` is not a zone or one of its names is malformed;
 *   `INVALID_TYPE` or `INVALID_INPUT` when `name` is not a non-empty string
 * @example
 * {@includeCode ../../test/zone/examples.test.ts#names}
 * @category Zones
 * @since 0.1.0
 */
export function hasName(z: Zone, name: string): boolean {
  const wanted = fold(text(name, "zone.hasName: name"));
  const zone = checkZoneNames(z, "zone.hasName");
  return [zone.name, ...zone.otherNames].some((n) => fold(n.name) === wanted);
}

function matches(
  o: Observation,
  filter: ObservationFilter,
  periodWanted: ReturnType<typeof period> | undefined,
  currency: Currency | undefined,
): boolean {
  if (filter.indicator !== undefined && o.indicator !== filter.indicator) return false;
  if (periodWanted !== undefined && !equals(o.period, periodWanted)) return false;
  if (filter.scope !== undefined && o.scope.kind !== filter.scope) return false;
  if (
    filter.industryId !== undefined &&
    (o.scope.kind !== "industries" || !o.scope.industryIds.includes(filter.industryId))
  )
    return false;
  if (currency !== undefined && !o.values.some((v) => v.currency.code === currency.code)) return false;
  return true;
}

/**
 * The observations of a zone that match every given criterion (indicator,
 * period, scope kind, industry covered, currency reported), in the zone's
 * order. An empty filter selects all of them.
 *
 * @param z - the zone
 * @param filter - the criteria
 * @returns the matching observations, frozen
 * @throws {@link accordo!AccordoError} `INVALID_VALUE` when `z` is not a zone (`details.path` names a malformed part);
 *   `INVALID_TYPE` for an argument of the wrong type; `INVALID_INPUT` when a
 *   criterion is malformed; `UNKNOWN_OPTION` for an unknown key of `filter`; `INVALID_PERIOD` for a malformed period;
 *   `UNKNOWN_CURRENCY` for an unknown currency code
 * @example
 * {@includeCode ../../test/zone/examples.test.ts#observationsWhere}
 * @category Observations
 * @since 0.1.0
 */
export function observationsWhere(z: Zone, filter: ObservationFilter = {}): readonly Observation[] {
  return observationsOf(checkZone(z, "zone.observationsWhere"), filter, "zone.observationsWhere");
}

const FILTER_KEYS = ["indicator", "scope", "industryId", "period", "currency"] as const;

/** The observations of a checked zone that match `filter`, an argument of `fn`. */
function observationsOf(zone: Zone, filter: ObservationFilter, fn: string): readonly Observation[] {
  const f = readOptions(fn, "filter", filter, FILTER_KEYS) as ObservationFilter;
  if (f.indicator !== undefined) text(f.indicator, `${fn}: filter.indicator`);
  if (f.scope !== undefined && f.scope !== "zone" && f.scope !== "industries")
    refuseAt(
      typeof f.scope === "string" ? "INVALID_INPUT" : "INVALID_TYPE",
      `${fn}: filter.scope`,
      '"zone" or "industries"',
      f.scope,
    );
  if (f.industryId !== undefined) text(f.industryId, `${fn}: filter.industryId`);
  const periodWanted = f.period === undefined ? undefined : period(f.period, `${fn}: filter.period`);
  const currency = f.currency === undefined ? undefined : resolveCurrency(f.currency, `${fn}: filter.currency`);
  return Object.freeze(zone.observations.filter((o) => matches(o, f, periodWanted, currency)));
}

/**
 * Finds an observation of a zone by id.
 *
 * @param z - the zone
 * @param observationId - the observation's id
 * @returns the observation, or `undefined` when the zone has none with that id
 * @throws {@link accordo!AccordoError} `INVALID_VALUE` when `z` is not a zone (`details.path` names a malformed part);
 *   `INVALID_TYPE` for an argument of the wrong type; `INVALID_INPUT` when the id is not a non-empty string; `INVALID_PERIOD` when an observation's period is malformed
 * @example
 * {@includeCode ../../test/zone/examples.test.ts#observationsWhere}
 * @category Observations
 * @since 0.1.0
 */
export function findObservation(z: Zone, observationId: string): Observation | undefined {
  const id = text(observationId, "zone.findObservation: observationId");
  return checkZone(z, "zone.findObservation").observations.find((o) => o.id === id);
}

/** The observation of a checked zone that the id argument at `where` names, refused when it is missing. @internal */
export function requireObservation(zone: Zone, observationId: unknown, where: string): Observation {
  const id = text(observationId, where);
  const found = zone.observations.find((o) => o.id === id);
  if (found === undefined) return refuseAt("INVALID_INPUT", where, `the id of an observation of zone "${zone.id}"`, id);
  return found;
}

/**
 * The exchange rates implied by the observations that report a value in both
 * currencies (GDP in yuan and in dollars): one per observation, in the zone's
 * order, each labelled with the observation's id, with the bounds that the
 * rounding of the two figures allows (`fx.implied`).
 *
 * @param z - the zone
 * @param base - the base currency (one unit of it is worth `rate` units of `quote`), e.g. `"USD"`
 * @param quote - the quote currency, e.g. `"CNY"`
 * @param filter - restricts the observations (by default, all of them)
 * @returns the implied rates, frozen (empty when no observation reports both currencies)
 * @throws {@link accordo!AccordoError} `INVALID_VALUE` when `z` is not a zone (`details.path` names a malformed part);
 *   `INVALID_TYPE` for an argument of the wrong type; `INVALID_INPUT` when the
 *   currencies are the same, a figure is not positive; `UNKNOWN_CURRENCY`
 *   for an unknown code; `INVALID_PERIOD` when an observation's period is malformed
 * @example
 * {@includeCode ../../test/zone/examples.test.ts#impliedRates}
 * @category Analysis
 * @since 0.1.0
 */
export function impliedRates(
  z: Zone,
  base: string | Currency,
  quote: string | Currency,
  filter: ObservationFilter = {},
): readonly ImpliedRate[] {
  return ratesBetween(z, base, quote, filter, "zone.impliedRates").rates;
}

/** The implied rates of {@link impliedRates} with the two currencies resolved. */
function ratesBetween(
  z: Zone,
  base: string | Currency,
  quote: string | Currency,
  filter: ObservationFilter,
  fn: string,
): { b: Currency; q: Currency; zone: Zone; rates: readonly ImpliedRate[] } {
  const zone = checkZone(z, fn);
  const b = resolveCurrency(base, `${fn}: base`);
  const q = resolveCurrency(quote, `${fn}: quote`);
  if (b.code === q.code) refuseAt("INVALID_INPUT", `${fn}: quote`, `another currency than the base ${b.code}`, quote);
  const out: ImpliedRate[] = [];
  for (const o of observationsOf(zone, filter, fn)) {
    const inBase = o.values.find((v) => v.currency.code === b.code);
    const inQuote = o.values.find((v) => v.currency.code === q.code);
    if (inBase !== undefined && inQuote !== undefined)
      out.push(implied(inBase.figure, b, inQuote.figure, q, { label: o.id }));
  }
  return { b, q, zone, rates: Object.freeze(out) };
}

/**
 * Whether the exchange rates implied by a zone's paired figures fit one
 * rate (`fx.consistency`): the seed's GDP, industrial output and leading
 * industries imply 6.39392, 6.39289 and 6.39335 yuan per dollar, and every
 * rate from about 6.39276 to 6.39345 fits all three.
 *
 * @param z - the zone
 * @param base - the base currency, e.g. `"USD"`
 * @param quote - the quote currency, e.g. `"CNY"`
 * @param filter - restricts the observations (by default, all of them)
 * @returns the verdict: `{ consistent: true, interval, rates }` or `{ consistent: false, disagreements, rates }`
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when no observation reports
 *   both currencies, or as {@link impliedRates}; `UNKNOWN_CURRENCY` for an unknown code; `INVALID_PERIOD` when an observation's period is malformed
 * @example
 * {@includeCode ../../test/zone/examples.test.ts#rateConsistency}
 * @category Analysis
 * @since 0.1.0
 */
export function rateConsistency(
  z: Zone,
  base: string | Currency,
  quote: string | Currency,
  filter: ObservationFilter = {},
): RateConsistency {
  const fn = "zone.rateConsistency";
  const { b, q, zone, rates } = ratesBetween(z, base, quote, filter, fn);
  if (rates.length === 0) {
    refuse("INVALID_INPUT", {
      function: fn,
      path: "zone.observations",
      expected: `at least one observation with values in both ${b.code} and ${q.code}`,
      received: zone.observations.length,
      base: b.code,
      quote: q.code,
    });
  }
  return consistency(rates);
}
