/**
 * What a careful reader derives from a zone's observations: implied values a
 * year earlier, shares and their change in percentage points, the remainder
 * outside named industries and each part's contribution to growth. Each
 * joins observations to the `growth` namespace, with honest bounds.
 *
 * @module
 */
import { refuseAt } from "../decimal.js";
import type { Figure } from "../figure/types.js";
import { previous } from "../growth/rate.js";
import { remainder } from "../growth/remainder.js";
import { contribution, pointChange, share } from "../growth/share.js";
import type { DerivedLevel, GrowthRate } from "../growth/types.js";
import { resolveCurrency } from "../money/currency.js";
import type { Currency } from "../money/types.js";
import { equals, format, samePeriodLastYear } from "../period/period.js";
import { checkZone } from "./check.js";
import { requireObservation } from "./query.js";
import type { Contribution, ImpliedPrevious, Observation, RemainderAnalysis, ShareChange, Zone } from "./types.js";
import { refuseWith } from "../checks.js";

/** An observation picked by an id argument: `at` is that argument (`"zone.shareOf: partId"`). */
interface Picked {
  readonly o: Observation;
  readonly at: string;
}

function valueIn({ o, at }: Picked, currency: Currency): Figure {
  const found = o.values.find((v) => v.currency.code === currency.code);
  if (found === undefined) {
    const has = o.values.map((v) => v.currency.code).join(", ");
    refuseWith("INVALID_INPUT", at, `the id of an observation with a value in ${currency.code}`, o.id, {
      hint: `Observation "${o.id}" has values in ${has}.`,
      currency: currency.code,
    });
  }
  return found.figure;
}

function growthOf({ o, at }: Picked): GrowthRate {
  if (o.growth === undefined) refuseAt("INVALID_INPUT", at, "the id of an observation with a growth rate", o.id);
  return o.growth;
}

function lookup(z: Zone, id: unknown, at: string): Picked {
  return { o: requireObservation(z, id, at), at };
}

/**
 * Part and whole must measure the same thing over the same period, the part
 * within the whole. Returns the industries the part covers.
 */
function checkPartOf(part: Picked, whole: Picked): readonly string[] {
  const { o: p, at } = part;
  const w = whole.o;
  const refused = (expected: string): never => refuseWith("INVALID_INPUT", at, expected, p.id, { wholeId: w.id });
  if (p.id === w.id) refused(`the id of another observation than the whole "${w.id}"`);
  if (p.indicator !== w.indicator) refused(`the id of an observation of ${w.indicator}, as "${w.id}"`);
  if (!equals(p.period, w.period)) refused(`the id of an observation of ${format(w.period)}, as "${w.id}"`);
  if (p.scope.kind !== "industries") return refused(`the id of an observation of industries within "${w.id}"`);
  if (w.scope.kind === "industries") {
    const inWhole = new Set(w.scope.industryIds);
    const outside = p.scope.industryIds.filter((id) => !inWhole.has(id));
    if (outside.length > 0)
      refused(`the id of an observation of industries within "${w.id}" (not ${outside.join(", ")})`);
  }
  return p.scope.industryIds;
}

/**
 * The value of an observation a year earlier implied by its current value
 * and its year-on-year growth (`growth.previous`): the seed's GDP of 193.48
 * bn yuan, +38.8%, implies about 139.39 bn yuan for the first three quarters
 * of 2020, between 139.34 and 139.45.
 *
 * The level records the growth's basis. Chinese statistics usually publish
 * real growth (at constant prices) beside nominal levels: a level implied by
 * a real rate is not last year's published figure, and its
 * `comparableWithNominal` says `"no"` (`"unknown"` for an unspecified basis).
 *
 * @param z - the zone
 * @param observationId - the id of an observation with a growth rate
 * @param currency - the currency of the value to start from (a code or a Currency)
 * @returns the period a year earlier, the currency and the derived level, frozen
 * @throws {@link accordo!AccordoError} `INVALID_VALUE` when `z` is not a zone (`details.path` names a malformed part);
 *   `INVALID_TYPE` for an argument of the wrong type; `INVALID_INPUT` when it has no such
 *   observation, it reports no growth or no value in `currency`;
 *   `UNKNOWN_CURRENCY` for an unknown code; `UNDEFINED_RESULT` when the growth may be −100%;
 *   `INVALID_PERIOD` when the period a year earlier is out of range or does not
 *   exist (ISO week 53 of a year whose predecessor has 52 weeks), or an observation's period is malformed
 * @example
 * {@includeCode ../../test/zone/examples.test.ts#impliedPrevious}
 * @category Analysis
 * @since 0.1.0
 */
export function impliedPrevious(z: Zone, observationId: string, currency: string | Currency): ImpliedPrevious {
  const where = "zone.impliedPrevious";
  const picked = lookup(checkZone(z, where), observationId, `${where}: observationId`);
  const c = resolveCurrency(currency, `${where}: currency`);
  const level: DerivedLevel = previous(valueIn(picked, c), growthOf(picked));
  const o = picked.o;
  return Object.freeze({ observationId: o.id, period: samePeriodLastYear(o.period), currency: c, level });
}

/**
 * The share of a part (the four leading industries' output) in a whole (the
 * zone's industrial output) now, a year earlier (from the levels both growth
 * rates imply), and its change in percentage points: 95.14% now, about 94.43%
 * a year earlier, +0.72 pp in the seed.
 *
 * The part must measure the same indicator over the same period as the
 * whole, and cover industries (all within the whole's, when the whole covers
 * industries too).
 *
 * @param z - the zone
 * @param partId - the id of the part's observation
 * @param wholeId - the id of the whole's observation
 * @param currency - the currency to compute in (a code or a Currency)
 * @returns the two shares and the change, frozen
 * @throws {@link accordo!AccordoError} `INVALID_VALUE` when `z` is not a zone (`details.path` names a malformed part);
 *   `INVALID_TYPE` for an argument of the wrong type; `INVALID_INPUT` when an observation is
 *   missing, they differ in indicator or period, the part is not within the
 *   whole, either lacks a growth rate or a value in `currency`;
 *   `UNKNOWN_CURRENCY` for an unknown code; `UNDEFINED_RESULT` when the whole may be zero; `INVALID_PERIOD` when an observation's period is malformed
 * @example
 * {@includeCode ../../test/zone/examples.test.ts#shareOf}
 * @category Analysis
 * @since 0.1.0
 */
export function shareOf(z: Zone, partId: string, wholeId: string, currency: string | Currency): ShareChange {
  const where = "zone.shareOf";
  const zone = checkZone(z, where);
  const part = lookup(zone, partId, `${where}: partId`);
  const whole = lookup(zone, wholeId, `${where}: wholeId`);
  checkPartOf(part, whole);
  const c = resolveCurrency(currency, `${where}: currency`);
  const partNow = valueIn(part, c);
  const wholeNow = valueIn(whole, c);
  const current = share(partNow, wholeNow);
  const before = share(previous(partNow, growthOf(part)), previous(wholeNow, growthOf(whole)));
  return Object.freeze({
    partId: part.o.id,
    wholeId: whole.o.id,
    currency: c,
    current,
    previous: before,
    change: pointChange(current, before),
  });
}

/**
 * What lies outside the named parts of a whole (the zone's industrial output
 * outside its four leading industries): its level now and a year earlier,
 * its growth with the exact range the rounded inputs allow
 * (`growth.remainder`), and each part's contribution to the whole's growth in
 * percentage points, the remainder's last. In the seed: 20.62 bn yuan,
 * growth about 15.1% but anywhere from about 7.1% to 24.3% (the 32% is
 * rounded to a whole percent); contributions about 31.2 pp and 0.8 pp.
 *
 * The parts must not overlap (no industry in two parts) and each must be a
 * part of the whole as {@link shareOf} requires.
 *
 * @param z - the zone
 * @param wholeId - the id of the whole's observation
 * @param partIds - the ids of the parts' observations, at least one
 * @param currency - the currency to compute in (a code or a Currency)
 * @returns the remainder and the contributions, frozen
 * @throws {@link accordo!AccordoError} `INVALID_VALUE` when `z` is not a zone (`details.path` names a malformed part);
 *   `INVALID_TYPE` for an argument of the wrong type; `INVALID_INPUT` when an observation is
 *   missing, repeated or overlaps another part, a part is not within the
 *   whole, an observation lacks a growth rate or a value in `currency`, or
 *   the rates mix real and nominal bases; `UNKNOWN_CURRENCY` for an unknown
 *   code; `UNDEFINED_RESULT` when the earlier remainder or whole may be zero; `INVALID_PERIOD` when an observation's period is malformed
 * @example
 * {@includeCode ../../test/zone/examples.test.ts#remainderOf}
 * @category Analysis
 * @since 0.1.0
 */
export function remainderOf(
  z: Zone,
  wholeId: string,
  partIds: readonly string[],
  currency: string | Currency,
): RemainderAnalysis {
  const where = "zone.remainderOf";
  const zone = checkZone(z, where);
  const whole = lookup(zone, wholeId, `${where}: wholeId`);
  if (!Array.isArray(partIds)) refuseAt("INVALID_TYPE", `${where}: partIds`, "an array of observation ids", partIds);
  if (partIds.length === 0)
    refuseAt("INVALID_INPUT", `${where}: partIds`, "a non-empty array of observation ids", partIds);
  // Array.from reads a hole as undefined (refused), where map would skip it.
  const parts = Array.from(partIds, (id, i) => lookup(zone, id, `${where}: partIds[${i}]`));
  const covered = new Map<string, string>();
  for (const part of parts) {
    for (const industryId of checkPartOf(part, whole)) {
      const other = covered.get(industryId);
      if (other !== undefined) {
        refuseWith(
          "INVALID_INPUT",
          part.at,
          `the id of a part that no other part overlaps ("${other}" covers ${industryId} too)`,
          part.o.id,
          { industryId },
        );
      }
      covered.set(industryId, part.o.id);
    }
  }
  const c = resolveCurrency(currency, `${where}: currency`);
  const wholeNow = valueIn(whole, c);
  const wholeRate = growthOf(whole);
  const components = parts.map((p) => ({ current: valueIn(p, c), rate: growthOf(p) }));
  const rest = remainder({ current: wholeNow, rate: wholeRate }, components);
  const wholeBefore = previous(wholeNow, wholeRate);
  const contributions: Contribution[] = parts.map((p, i) => {
    const component = components[i] as (typeof components)[number];
    const points = contribution(component.current, previous(component.current, component.rate), wholeBefore);
    return Object.freeze({ observationId: p.o.id, points });
  });
  contributions.push(
    Object.freeze({ observationId: null, points: contribution(rest.current, rest.previous, wholeBefore) }),
  );
  return Object.freeze({
    wholeId: whole.o.id,
    partIds: Object.freeze(parts.map((p) => p.o.id)),
    currency: c,
    remainder: rest,
    contributions: Object.freeze(contributions),
  });
}
