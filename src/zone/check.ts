/**
 * The checks the zone queries and analyses run on their zone: one made by `create` (branded) is
 * taken as it is; any other is read once into a frozen copy (its getters called once each), and
 * the copy is checked for everything they read (each element an object, ids non-empty strings,
 * lists arrays, periods, currencies and figures valid) and used in its place. A refusal is
 * `INVALID_VALUE` (or the code of a period, currency or figure) naming the path of what was wrong.
 *
 * @internal
 * @module
 */
import { ZONE_BRAND } from "../brand.js";
import { refuseAt } from "../decimal.js";
import { readFigure } from "../figure/internal.js";
import { resolveCurrency } from "../money/currency.js";
import { array, builtName, checkBuilt, code, period, record, snapshot, sourceIds, text } from "../checks.js";
import { readGrowth, readScope } from "./build.js";
import type { Zone } from "./types.js";

const LISTS = ["observations", "industries", "otherNames", "sources", "sourceIds"] as const;

/** The copy of a zone the library did not make, read once, with its lists and name (`where`: `"zone.names: zone"`). */
function checkShell(z: unknown, where: string): Zone {
  const copy = snapshot(z) as Zone;
  if (
    typeof copy !== "object" ||
    copy === null ||
    !LISTS.every((key) => Array.isArray(copy[key])) ||
    typeof copy.name !== "object" ||
    copy.name === null
  ) {
    return refuseAt("INVALID_VALUE", where, "a Zone (zone.create)", z);
  }
  return copy;
}

function checkNames(z: Zone, where: string, cited: boolean): void {
  builtName(z.name, `${where}.name`, cited);
  z.otherNames.forEach((n, i) => builtName(n, `${where}.otherNames[${i}]`, cited));
}

/** A part of the profile that only cites sources (the year established, the area). */
function checkCitedPart(value: unknown, where: string): void {
  if (value !== undefined) sourceIds(record(value, where)["sourceIds"], `${where}.sourceIds`);
}

function checkIndustry(value: unknown, where: string): void {
  const n = record(value, where);
  text(n["id"], `${where}.id`);
  builtName(n["name"], `${where}.name`, true);
  array(n["otherNames"], `${where}.otherNames`).forEach((m, i) => builtName(m, `${where}.otherNames[${i}]`, true));
  sourceIds(n["sourceIds"], `${where}.sourceIds`);
}

function checkObservation(value: unknown, where: string): void {
  const o = record(value, where);
  text(o["id"], `${where}.id`);
  code(o["indicator"], `${where}.indicator`);
  readScope(record(o["scope"], `${where}.scope`), `${where}.scope`, false);
  const p = o["period"];
  // a period's string form is input only: a built observation holds the Period (anything else not an object is refused by `period` alike)
  if (typeof p !== "object" || p === null) refuseAt("INVALID_PERIOD", `${where}.period`, "a Period", p);
  period(p, `${where}.period`);
  const values = array(o["values"], `${where}.values`);
  if (values.length === 0) refuseAt("INVALID_VALUE", `${where}.values`, "a list of at least one value", values);
  values.forEach((item, i) => {
    const at = `${where}.values[${i}]`;
    const v = record(item, at);
    const currency = v["currency"];
    if (typeof currency === "string") refuseAt("INVALID_VALUE", `${at}.currency`, "a Currency", currency);
    resolveCurrency(currency, `${at}.currency`);
    readFigure(v["figure"], `${at}.figure`);
  });
  if (o["growth"] !== undefined) {
    const at = `${where}.growth`;
    const g = record(o["growth"], at);
    if (g["kind"] !== "growthRate") refuseAt("INVALID_VALUE", `${at}.kind`, '"growthRate"', g["kind"]);
    array(g["flags"], `${at}.flags`);
    readGrowth(g, undefined, at);
  }
  sourceIds(o["sourceIds"], `${where}.sourceIds`);
}

/**
 * The zone a query or analysis of `fn` (`"zone.shareOf"`) reads: `z` itself when the library made
 * it, otherwise a checked copy of it read once. @internal
 */
export function checkZone(z: unknown, fn: string): Zone {
  if (ZONE_BRAND.has(z)) return z as Zone;
  const where = `${fn}: zone`;
  const zone = checkShell(z, where);
  checkBuilt(() => {
    text(zone.id, `${where}.id`);
    checkNames(zone, where, true);
    checkCitedPart(zone.established, `${where}.established`);
    checkCitedPart(zone.area, `${where}.area`);
    zone.industries.forEach((n, i) => checkIndustry(n, `${where}.industries[${i}]`));
    zone.observations.forEach((o, i) => checkObservation(o, `${where}.observations[${i}]`));
    zone.sources.forEach((s, i) => text(record(s, `${where}.sources[${i}]`)["id"], `${where}.sources[${i}].id`));
    sourceIds(zone.sourceIds, `${where}.sourceIds`);
  });
  return zone;
}

/**
 * The zone `names` and `hasName` (`fn`) read: `z` itself when the library made it, otherwise a
 * copy read once whose names are objects with a name. @internal
 */
export function checkZoneNames(z: unknown, fn: string): Zone {
  if (ZONE_BRAND.has(z)) return z as Zone;
  const where = `${fn}: zone`;
  const zone = checkShell(z, where);
  checkBuilt(() => checkNames(zone, where, false));
  return zone;
}
