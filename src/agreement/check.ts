/**
 * The check every query of the namespace runs on its agreement: one made by `create` (branded)
 * is taken as it is; any other is read once into a frozen copy (its getters called once each),
 * and the copy is checked for everything the queries read (each element an object, ids
 * non-empty strings, lists arrays, shares decimals from 0 to 1) and used in its place. A
 * refusal is `INVALID_VALUE` naming the path of what was wrong.
 *
 * @internal
 * @module
 */
import { AGREEMENT_BRAND } from "../brand.js";
import { D, refuseAt, type Decimal } from "../decimal.js";
import { array, builtName, checkBuilt, code, optionalText, record, snapshot, sourceIds, text } from "../checks.js";
import { readCapacity, readMilestone } from "./embedded.js";
import { AGREEMENT_LISTS, COMMITMENT_STATUSES } from "./parts.js";
import type { Agreement } from "./types.js";

function checkShare(value: unknown, where: string): void {
  const share = value as Decimal;
  if (!D.isDecimal(value) || !share.isFinite() || share.lt(0) || share.gt(1))
    refuseAt("INVALID_VALUE", where, "a decimal from 0 to 1", value);
}

function checkParty(value: unknown, where: string): void {
  const p = record(value, where);
  text(p["id"], `${where}.id`);
  array(p["roles"], `${where}.roles`).forEach((r, i) => code(r, `${where}.roles[${i}]`));
  array(p["otherNames"], `${where}.otherNames`).forEach((n, i) => builtName(n, `${where}.otherNames[${i}]`, true));
  sourceIds(p["sourceIds"], `${where}.sourceIds`);
  if (p["parent"] !== undefined) {
    const at = `${where}.parent`;
    const link = record(p["parent"], at);
    text(link["partyId"], `${at}.partyId`);
    if (link["share"] !== undefined) checkShare(link["share"], `${at}.share`);
    sourceIds(link["sourceIds"], `${at}.sourceIds`);
  }
}

function checkCommitment(value: unknown, where: string): void {
  const c = record(value, where);
  text(c["id"], `${where}.id`);
  text(c["partyId"], `${where}.partyId`);
  code(c["kind"], `${where}.kind`);
  if (!(COMMITMENT_STATUSES as readonly unknown[]).includes(c["status"]))
    refuseAt("INVALID_VALUE", `${where}.status`, `one of ${COMMITMENT_STATUSES.join(", ")}`, c["status"]);
  optionalText(c["facilityId"], `${where}.facilityId`);
  sourceIds(c["sourceIds"], `${where}.sourceIds`);
}

function checkFacility(value: unknown, where: string): void {
  const f = record(value, where);
  text(f["id"], `${where}.id`);
  if (f["capacity"] !== undefined) readCapacity(f["capacity"], `${where}.capacity`, false);
  sourceIds(f["sourceIds"], `${where}.sourceIds`);
}

/** An item with an id and the sources it cites (an amendment). */
function checkCited(value: unknown, where: string): void {
  const item = record(value, where);
  text(item["id"], `${where}.id`);
  sourceIds(item["sourceIds"], `${where}.sourceIds`);
}

function checkParts(a: Agreement, where: string): void {
  text(a.id, `${where}.id`);
  a.otherTitles.forEach((n, i) => builtName(n, `${where}.otherTitles[${i}]`, true));
  a.parties.forEach((p, i) => checkParty(p, `${where}.parties[${i}]`));
  a.commitments.forEach((c, i) => checkCommitment(c, `${where}.commitments[${i}]`));
  a.facilities.forEach((f, i) => checkFacility(f, `${where}.facilities[${i}]`));
  a.milestones.forEach((m, i) => readMilestone(m, `${where}.milestones[${i}]`, false));
  a.amendments.forEach((m, i) => checkCited(m, `${where}.amendments[${i}]`));
  a.sources.forEach((s, i) => text(record(s, `${where}.sources[${i}]`)["id"], `${where}.sources[${i}].id`));
  sourceIds(a.sourceIds, `${where}.sourceIds`);
}

/**
 * The agreement a query of `fn` (`"agreement.findParty"`) reads: `a` itself when the library made
 * it, otherwise a checked copy of it read once. @internal
 */
export function checkAgreement(a: unknown, fn: string): Agreement {
  if (AGREEMENT_BRAND.has(a)) return a as Agreement;
  const where = `${fn}: agreement`;
  const copy = snapshot(a) as Agreement;
  if (typeof copy !== "object" || copy === null || !AGREEMENT_LISTS.every((key) => Array.isArray(copy[key])))
    return refuseAt("INVALID_VALUE", where, "an Agreement (agreement.create)", a);
  checkBuilt(() => checkParts(copy, where));
  return copy;
}
