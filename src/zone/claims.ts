/**
 * The claims of a zone profile and the sources they cite.
 *
 * @module
 */
import { checkZone } from "./check.js";
import type { Industry, Zone, ZoneClaim, ZoneClaimKind } from "./types.js";
import { citationQueries, text } from "../checks.js";

/**
 * Every claim in a zone profile, in document order: the zone itself, its
 * canonical and other names, the year established, the area, each industry
 * and its names, each observation, with the sources each cites.
 *
 * @param z - the zone
 * @returns the claims, frozen
 * @throws {@link accordo!AccordoError} `INVALID_VALUE` when `z` is not a zone (`details.path` names a malformed part);
 *   `INVALID_TYPE` for an argument of the wrong type; `INVALID_PERIOD` when an observation's period is malformed
 * @example
 * {@includeCode ../../test/zone/examples.test.ts#claims}
 * @category Sources
 * @since 0.1.0
 */
export function claims(z: Zone): readonly ZoneClaim[] {
  return claimsOf(checkZone(z, "zone.claims"));
}

function claimsOf(zone: Zone): readonly ZoneClaim[] {
  const out: ZoneClaim[] = [];
  const add = (kind: ZoneClaimKind, id: string, path: string, sourceIds: readonly string[]): void => {
    out.push(Object.freeze({ kind, id, path, sourceIds }));
  };
  add("zone", zone.id, "", zone.sourceIds);
  add("name", zone.id, "/name", zone.name.sourceIds);
  zone.otherNames.forEach((n, i) => add("name", zone.id, `/otherNames/${i}`, n.sourceIds));
  if (zone.established !== undefined) add("established", zone.id, "/established", zone.established.sourceIds);
  if (zone.area !== undefined) add("area", zone.id, "/area", zone.area.sourceIds);
  zone.industries.forEach((n, i) => {
    add("industry", n.id, `/industries/${i}`, n.sourceIds);
    add("industryName", n.id, `/industries/${i}/name`, n.name.sourceIds);
    n.otherNames.forEach((m, j) => add("industryName", n.id, `/industries/${i}/otherNames/${j}`, m.sourceIds));
  });
  zone.observations.forEach((o, i) => add("observation", o.id, `/observations/${i}`, o.sourceIds));
  return Object.freeze(out);
}

const byCitation = /* @__PURE__ */ citationQueries("zone", checkZone, claimsOf);

/**
 * The claims of a zone profile that cite a source: what rests on it.
 *
 * @param z - the zone
 * @param sourceId - the id of one of its sources
 * @returns the claims citing it, in document order, frozen
 * @throws {@link accordo!AccordoError} `INVALID_VALUE` when `z` is not a zone (`details.path` names a malformed part);
 *   `INVALID_TYPE` for an argument of the wrong type; `INVALID_INPUT` when it lists no source `sourceId`; `INVALID_PERIOD` when an observation's period is malformed
 * @example
 * {@includeCode ../../test/zone/examples.test.ts#claims}
 * @category Sources
 * @since 0.1.0
 */
export function citing(z: Zone, sourceId: string): readonly ZoneClaim[] {
  return byCitation.citing(z, sourceId);
}

/**
 * The claims of a zone profile that cite no source: the names and facts
 * still to be backed (the seed article gives no Chinese names, so the
 * canonical names of the seed zone cite nothing).
 *
 * @param z - the zone
 * @returns the claims without sources, in document order, frozen
 * @throws {@link accordo!AccordoError} `INVALID_VALUE` when `z` is not a zone (`details.path` names a malformed part);
 *   `INVALID_TYPE` for an argument of the wrong type; `INVALID_PERIOD` when an observation's period is malformed
 * @example
 * {@includeCode ../../test/zone/examples.test.ts#claims}
 * @category Sources
 * @since 0.1.0
 */
export function uncited(z: Zone): readonly ZoneClaim[] {
  return byCitation.uncited(z);
}

/**
 * Finds a leading industry of a zone by id.
 *
 * @param z - the zone
 * @param industryId - the industry's id
 * @returns the industry, or `undefined` when the zone has none with that id
 * @throws {@link accordo!AccordoError} `INVALID_VALUE` when `z` is not a zone (`details.path` names a malformed part);
 *   `INVALID_TYPE` for an argument of the wrong type; `INVALID_INPUT` when the id is not a non-empty string; `INVALID_PERIOD` when an observation's period is malformed
 * @example
 * {@includeCode ../../test/zone/examples.test.ts#findIndustry}
 * @category Zones
 * @since 0.1.0
 */
export function findIndustry(z: Zone, industryId: string): Industry | undefined {
  const id = text(industryId, "zone.findIndustry: industryId");
  return checkZone(z, "zone.findIndustry").industries.find((n) => n.id === id);
}
