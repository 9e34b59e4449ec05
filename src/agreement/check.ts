/**
 * The check every query of the namespace runs on its agreement: a value made
 * by `create`, or one built by hand that has everything the queries read
 * (each element an object, ids non-empty strings, lists arrays, shares
 * decimals from 0 to 1). A refusal names the path of what was wrong.
 *
 * @internal
 * @module
 */
import { D, type Decimal } from "../decimal.js";
import { describe, fail } from "../errors.js";
import { array, builtName, code, deepFrozen, optionalText, record, sourceIds, text } from "../checks.js";
import { COMMITMENT_STATUSES, readCapacity, readMilestone } from "./build.js";
import type { Agreement } from "./types.js";

const LISTS = [
  "parties",
  "commitments",
  "facilities",
  "milestones",
  "amendments",
  "sources",
  "sourceIds",
  "otherTitles",
] as const;

/** The deeply frozen agreements that passed the check: they cannot have changed since. */
const checked = new WeakSet();

function checkShare(value: unknown, where: string): void {
  const share = value as Decimal;
  if (!D.isDecimal(value) || !share.isFinite() || share.lt(0) || share.gt(1)) {
    fail("INVALID_INPUT", `${where} must be a decimal from 0 to 1, got ${describe(value)}`, { where });
  }
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
  if (!(COMMITMENT_STATUSES as readonly unknown[]).includes(c["status"])) {
    fail(
      "INVALID_INPUT",
      `${where}.status must be one of ${COMMITMENT_STATUSES.join(", ")}, got ${describe(c["status"])}`,
      { where: `${where}.status` },
    );
  }
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

function checkParts(a: Agreement): void {
  const where = "agreement";
  text(a.id, `${where}.id`);
  Array.from(a.otherTitles).forEach((n, i) => builtName(n, `${where}.otherTitles[${i}]`, true));
  Array.from(a.parties).forEach((p, i) => checkParty(p, `${where}.parties[${i}]`));
  Array.from(a.commitments).forEach((c, i) => checkCommitment(c, `${where}.commitments[${i}]`));
  Array.from(a.facilities).forEach((f, i) => checkFacility(f, `${where}.facilities[${i}]`));
  Array.from(a.milestones).forEach((m, i) => readMilestone(m, `${where}.milestones[${i}]`, false));
  Array.from(a.amendments).forEach((m, i) => checkCited(m, `${where}.amendments[${i}]`));
  Array.from(a.sources).forEach((s, i) => text(record(s, `${where}.sources[${i}]`)["id"], `${where}.sources[${i}].id`));
  sourceIds(a.sourceIds, `${where}.sourceIds`);
}

/**
 * Checks that a value is an agreement with everything the queries read;
 * returns it unchanged. @internal
 */
export function checkAgreement(a: unknown): Agreement {
  if (typeof a !== "object" || a === null || !LISTS.every((key) => Array.isArray((a as Agreement)[key]))) {
    return fail("INVALID_INPUT", `agreement must be an Agreement (agreement.create), got ${describe(a)}`);
  }
  if (!checked.has(a)) {
    checkParts(a as Agreement);
    if (deepFrozen(a)) checked.add(a);
  }
  return a as Agreement;
}
