/**
 * The checks the zone queries and analyses run on their zone: a value made
 * by `create`, or one built by hand that has everything they read (each
 * element an object, ids non-empty strings, lists arrays, periods, currencies
 * and figures valid). A refusal names the path of what was wrong.
 *
 * @internal
 * @module
 */
import { describe, fail } from "../errors.js";
import { readFigure } from "../figure/internal.js";
import { resolveCurrency } from "../money/currency.js";
import { array, builtName, code, deepFrozen, period, record, sourceIds, text } from "../checks.js";
import { readGrowth, readScope } from "./build.js";
import type { Zone } from "./types.js";

const LISTS = ["observations", "industries", "otherNames", "sources", "sourceIds"] as const;

/** The deeply frozen zones that passed the whole check: they cannot have changed since. */
const checked = new WeakSet();

function checkShell(z: unknown): Zone {
  if (
    typeof z !== "object" ||
    z === null ||
    !LISTS.every((key) => Array.isArray((z as Zone)[key])) ||
    typeof (z as Zone).name !== "object" ||
    (z as Zone).name === null
  ) {
    return fail("INVALID_INPUT", `zone must be a Zone (zone.create), got ${describe(z)}`);
  }
  return z as Zone;
}

function checkNames(z: Zone, cited: boolean): void {
  builtName(z.name, "zone.name", cited);
  Array.from(z.otherNames).forEach((n, i) => builtName(n, `zone.otherNames[${i}]`, cited));
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
  readScope(record(o["scope"], `${where}.scope`), `${where}.scope`);
  const p = o["period"];
  // a period's string form is input only: a built observation holds the Period (anything else not an object is refused by `period` alike)
  if (typeof p === "string")
    fail("INVALID_PERIOD", `${where}.period must be a period, got ${describe(p)}`, { where: `${where}.period` });
  period(p, `${where}.period`);
  const values = array(o["values"], `${where}.values`);
  if (values.length === 0)
    fail("INVALID_INPUT", `${where}.values must hold at least one value`, { where: `${where}.values` });
  values.forEach((item, i) => {
    const at = `${where}.values[${i}]`;
    const v = record(item, at);
    const currency = v["currency"];
    if (typeof currency === "string")
      fail("INVALID_INPUT", `${at}.currency must be a Currency, got ${describe(currency)}`, {
        where: `${at}.currency`,
      });
    resolveCurrency(currency, `${at}.currency`);
    readFigure(v["figure"], `${at}.figure`);
  });
  if (o["growth"] !== undefined) {
    const at = `${where}.growth`;
    const g = record(o["growth"], at);
    if (g["kind"] !== "growthRate")
      fail("INVALID_INPUT", `${at}.kind must be "growthRate", got ${describe(g["kind"])}`, { where: `${at}.kind` });
    array(g["flags"], `${at}.flags`);
    readGrowth(g, undefined, at);
  }
  sourceIds(o["sourceIds"], `${where}.sourceIds`);
}

/**
 * Checks that a value is a zone with everything the queries and analyses
 * read; returns it unchanged. @internal
 */
export function checkZone(z: unknown): Zone {
  const zone = checkShell(z);
  if (!checked.has(zone)) {
    text(zone.id, "zone.id");
    checkNames(zone, true);
    checkCitedPart(zone.established, "zone.established");
    checkCitedPart(zone.area, "zone.area");
    Array.from(zone.industries).forEach((n, i) => checkIndustry(n, `zone.industries[${i}]`));
    Array.from(zone.observations).forEach((o, i) => checkObservation(o, `zone.observations[${i}]`));
    Array.from(zone.sources).forEach((s, i) => text(record(s, `zone.sources[${i}]`)["id"], `zone.sources[${i}].id`));
    sourceIds(zone.sourceIds, "zone.sourceIds");
    if (deepFrozen(zone)) checked.add(zone);
  }
  return zone;
}

/**
 * Checks that a value is a zone whose names are objects with a name (all
 * that `names` and `hasName` read); returns it unchanged. @internal
 */
export function checkZoneNames(z: unknown): Zone {
  const zone = checkShell(z);
  if (!checked.has(zone)) checkNames(zone, false);
  return zone;
}
