/**
 * Constructors: sources, parties, commitments, facilities and whole
 * agreements, validated and frozen.
 *
 * @module
 */
import { toDecimal } from "../decimal.js";
import { checkKeys, describe, fail } from "../errors.js";

const PARTY_KEYS = ["id", "name", "otherNames", "kind", "identifiers", "parent", "sourceIds"] as const;
const AGREEMENT_KEYS = [
  "id",
  "title",
  "otherTitles",
  "kind",
  "signed",
  "parties",
  "commitments",
  "facilities",
  "milestones",
  "amendments",
  "sources",
  "sourceIds",
] as const;
const COMMITMENT_KEYS = [
  "id",
  "partyId",
  "kind",
  "description",
  "status",
  "amount",
  "quantity",
  "due",
  "facilityId",
  "sourceIds",
] as const;
const FACILITY_KEYS = ["id", "name", "kind", "operatorId", "location", "capacity", "sourceIds"] as const;
import type { CapacityPlan } from "../capacity/types.js";
import type { Milestone } from "../milestone/types.js";
import type { Money } from "../money/types.js";
import { asMoney } from "../money/money.js";
import { compareDates } from "../period/calendar.js";
import { end, format, start } from "../period/period.js";
import { frozenValue, valuePrototype } from "../value.js";
import type {
  Agreement,
  AgreementInput,
  AgreementParty,
  AmendableField,
  Amendment,
  Commitment,
  CommitmentInput,
  CommitmentStatus,
  Facility,
  Identifier,
  ParentLink,
  Party,
  PartyInput,
  Quantity,
} from "./types.js";
import type { Source, SourceInput } from "../sources/types.js";
import {
  citesKnown,
  code,
  idList,
  idsOf,
  list,
  listOf,
  localizedName,
  optionalText,
  period,
  readSource,
  record,
  sourceId,
  text,
} from "../checks.js";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Every {@link CommitmentStatus}, frozen, in lifecycle order. Unlike kinds
 * and roles, statuses are a closed set: any other value is refused.
 *
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#codelists}
 * @category Commitments
 * @since 0.1.0
 */
export const COMMITMENT_STATUSES: readonly CommitmentStatus[] = Object.freeze([
  "pending",
  "inProgress",
  "met",
  "partiallyMet",
  "notMet",
  "withdrawn",
] as const);

/**
 * The fields an amendment can change, frozen, in the order
 * {@link Amendment.changed} lists them.
 *
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#codelists}
 * @category Amendments
 * @since 0.1.0
 */
export const AMENDABLE_FIELDS: readonly AmendableField[] = Object.freeze([
  "title",
  "otherTitles",
  "kind",
  "signed",
  "parties",
  "commitments",
  "facilities",
  "milestones",
  "sources",
  "sourceIds",
] as const);

/**
 * Makes a {@link Source}: checks its id, that it has a title or a URL, the
 * URL's shape, the publication period and the language tag.
 *
 * @param input - the source's fields; `published` as a `Period` or its string form
 * @returns the source, frozen
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` for a missing id, a source with
 *   neither title nor URL, a URL that is not http(s), a malformed language tag;
 *   `INVALID_PERIOD` for a malformed publication period
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#source}
 * @category Sources
 * @since 0.1.0
 */
export function source(input: SourceInput): Source {
  return readSource(input, "source");
}

function readIdentifiers(value: unknown, where: string): readonly Identifier[] {
  const seen = new Set<string>();
  return Object.freeze(
    list(value, where).map((item, i) => {
      const at = `${where}[${i}]`;
      const input = record(item, at);
      const identifier: Identifier = Object.freeze({
        scheme: text(input["scheme"], `${at}.scheme`),
        id: text(input["id"], `${at}.id`),
      });
      const key = `${identifier.scheme}\u0000${identifier.id}`;
      if (seen.has(key))
        fail("INVALID_INPUT", `${at}: identifier ${identifier.scheme} ${describe(identifier.id)} is listed twice`, {
          where: at,
        });
      seen.add(key);
      return identifier;
    }),
  );
}

function readParent(value: unknown, partyId: string, where: string): ParentLink {
  const input = record(value, where);
  const out: Mutable<ParentLink> = {
    partyId: text(input["partyId"], `${where}.partyId`),
    sourceIds: idList(input["sourceIds"], `${where}.sourceIds`),
  };
  if (out.partyId === partyId)
    fail("INVALID_INPUT", `${where}: party ${describe(partyId)} cannot be its own parent`, { where, partyId });
  if (input["share"] !== undefined) {
    const share = toDecimal(input["share"], `${where}.share`);
    if (share.lt(0) || share.gt(1)) {
      fail("INVALID_INPUT", `${where}.share must be a fraction from 0 to 1, got ${describe(share)}`, {
        where: `${where}.share`,
        value: share.toString(),
      });
    }
    out.share = share;
  }
  return Object.freeze(out);
}

function readPartyFields(input: Readonly<Record<string, unknown>>, where: string): Mutable<Party> {
  const id = text(input["id"], `${where}.id`);
  const out: Mutable<Party> = {
    id,
    name: text(input["name"], `${where}.name`),
    otherNames: Object.freeze(
      list(input["otherNames"], `${where}.otherNames`).map((n, i) => localizedName(n, `${where}.otherNames[${i}]`)),
    ),
    kind: code(input["kind"], `${where}.kind`),
    identifiers: readIdentifiers(input["identifiers"], `${where}.identifiers`),
    sourceIds: idList(input["sourceIds"], `${where}.sourceIds`),
  };
  if (input["parent"] !== undefined) out.parent = readParent(input["parent"], id, `${where}.parent`);
  return out;
}

/**
 * Makes a {@link Party}: checks its id, names, kind code and identifiers
 * (unique by scheme and id), and its parent link (not itself; an ownership
 * share from 0 to 1). That the parent exists is checked when the party joins
 * an agreement ({@link create}).
 *
 * @param input - the party's fields; lists may be left out
 * @returns the party, frozen
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` for an empty id or name, a kind
 *   that is not a code, a duplicate identifier, a party that is its own parent,
 *   or a share outside 0 to 1
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#party}
 * @category Parties
 * @since 0.1.0
 */
export function party(input: PartyInput): Party {
  return Object.freeze(readPartyFields(record(input, "party"), "party"));
}

function readAgreementParty(value: unknown, where: string): AgreementParty {
  const input = record(value, where);
  checkKeys("", where, input, [...PARTY_KEYS, "roles"]);
  const out = readPartyFields(input, where) as Mutable<AgreementParty>;
  const roles = list(input["roles"], `${where}.roles`).map((r, i) => code(r, `${where}.roles[${i}]`));
  if (new Set(roles).size !== roles.length)
    fail("INVALID_INPUT", `${where}.roles lists a role twice: ${roles.join(", ")}`, { where: `${where}.roles` });
  out.roles = Object.freeze(roles);
  return Object.freeze(out);
}

function isMoney(value: unknown): value is Money {
  if (typeof value !== "object" || value === null) return false;
  const m = value as { amount?: unknown; currency?: unknown };
  const c = m.currency as { code?: unknown } | undefined;
  return (
    typeof m.amount === "object" &&
    m.amount !== null &&
    typeof (m.amount as { isFinite?: unknown }).isFinite === "function" &&
    (m.amount as { isFinite(): boolean }).isFinite() &&
    typeof c === "object" &&
    c !== null &&
    typeof c.code === "string"
  );
}

function readQuantity(value: unknown, where: string): Quantity {
  const input = record(value, where);
  checkKeys("", where, input, ["value", "unit"]);
  return Object.freeze({
    value: toDecimal(input["value"], `${where}.value`),
    unit: text(input["unit"], `${where}.unit`),
  });
}

function readCommitment(value: unknown, where: string): Commitment {
  const input = record(value, where);
  checkKeys("", where, input, COMMITMENT_KEYS);
  const status = input["status"] === undefined ? "pending" : input["status"];
  if (!(COMMITMENT_STATUSES as readonly unknown[]).includes(status)) {
    fail("INVALID_INPUT", `${where}.status must be one of ${COMMITMENT_STATUSES.join(", ")}, got ${describe(status)}`, {
      where: `${where}.status`,
    });
  }
  const out: Mutable<Commitment> = {
    id: text(input["id"], `${where}.id`),
    partyId: text(input["partyId"], `${where}.partyId`),
    kind: code(input["kind"], `${where}.kind`),
    description: text(input["description"], `${where}.description`),
    status: status as CommitmentStatus,
    sourceIds: idList(input["sourceIds"], `${where}.sourceIds`),
  };
  if (input["amount"] !== undefined) {
    if (!isMoney(input["amount"]))
      fail("INVALID_INPUT", `${where}.amount must be a Money value (money.of), got ${describe(input["amount"])}`, {
        where: `${where}.amount`,
      });
    // validated and normalised like every money argument: a frozen Money of the library's decimals
    out.amount = asMoney(input["amount"], `${where}.amount`);
  }
  if (input["quantity"] !== undefined) out.quantity = readQuantity(input["quantity"], `${where}.quantity`);
  if (input["due"] !== undefined) out.due = period(input["due"], `${where}.due`);
  if (input["facilityId"] !== undefined) out.facilityId = text(input["facilityId"], `${where}.facilityId`);
  return Object.freeze(out);
}

/**
 * Makes a {@link Commitment}: checks its id, party id, kind code,
 * description, status (default `pending`), amount (a `Money` value),
 * quantity and due period. That the party and facility exist is checked
 * when it joins an agreement ({@link create}).
 *
 * @param input - the commitment's fields
 * @returns the commitment, frozen
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` for an empty id, party id or
 *   description, a kind that is not a code, an unknown status, an amount that
 *   is not Money, a quantity that is not a finite number with a unit;
 *   `INVALID_PERIOD` for a malformed due period
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#commitment}
 * @category Commitments
 * @since 0.1.0
 */
export function commitment(input: CommitmentInput): Commitment {
  return readCommitment(input, "commitment");
}

function readFacility(value: unknown, where: string): Facility {
  const input = record(value, where);
  checkKeys("", where, input, FACILITY_KEYS);
  const out: Mutable<Facility> = {
    id: text(input["id"], `${where}.id`),
    name: text(input["name"], `${where}.name`),
    kind: code(input["kind"], `${where}.kind`),
    sourceIds: idList(input["sourceIds"], `${where}.sourceIds`),
  };
  const operatorId = optionalText(input["operatorId"], `${where}.operatorId`);
  if (operatorId !== undefined) out.operatorId = operatorId;
  const location = optionalText(input["location"], `${where}.location`);
  if (location !== undefined) out.location = location;
  if (input["capacity"] !== undefined) out.capacity = readCapacity(input["capacity"], `${where}.capacity`);
  return Object.freeze(out);
}

/**
 * Capacity plans and milestones are validated by their own namespaces, which
 * this one may not call (they share a layer): a value made there is frozen,
 * so a frozen value of the right shape is accepted as it is.
 */
function requireFrozen(value: unknown, maker: string, where: string): void {
  if (!Object.isFrozen(value))
    fail("INVALID_INPUT", `${where} must be made by ${maker} (a frozen value), got an unfrozen object`, { where });
}

/** What the claims read of each entry: an object whose `sourceId` is absent, null or an id. */
function checkCitations(entries: readonly unknown[], where: string): void {
  list(entries, where).forEach((entry, i) =>
    sourceId(record(entry, `${where}[${i}]`)["sourceId"], `${where}[${i}].sourceId`),
  );
}

/**
 * A capacity plan made elsewhere: its shape, frozen (unless `made` is false:
 * the queries take a hand-built one), each status change citing at most one
 * source by id. @internal
 */
export function readCapacity(value: unknown, where: string, made = true): CapacityPlan {
  const input = record(value, where);
  const phases = input["phases"];
  if (
    !Array.isArray(phases) ||
    !phases.every((p) => typeof p === "object" && p !== null && Array.isArray((p as { history?: unknown }).history))
  ) {
    fail("INVALID_INPUT", `${where} must be a capacity plan (capacity.plan), got ${describe(value)}`, { where });
  }
  if (made) requireFrozen(value, "capacity.plan", where);
  const plan = value as CapacityPlan;
  plan.phases.forEach((p, j) => {
    checkCitations(p.history, `${where}.phases[${j}].history`);
    p.history.forEach((h, k) => {
      const accounts = record(h, `${where}.phases[${j}].history[${k}]`)["accounts"];
      if (accounts !== undefined)
        checkCitations(
          list(accounts, `${where}.phases[${j}].history[${k}].accounts`),
          `${where}.phases[${j}].history[${k}].accounts`,
        );
    });
  });
  return plan;
}

/**
 * A milestone made elsewhere: its shape, frozen (unless `made` is false: the
 * queries take a hand-built one), each target, report and achievement citing
 * at most one source by id. @internal
 */
export function readMilestone(value: unknown, where: string, made = true): Milestone {
  const input = record(value, where);
  text(input["id"], `${where}.id`);
  const achieved = input["achieved"];
  // achieved is null or an object (typeof null is "object" too)
  if (!Array.isArray(input["targets"]) || !Array.isArray(input["reports"]) || typeof achieved !== "object") {
    fail("INVALID_INPUT", `${where} must be a milestone (milestone.of), got ${describe(value)}`, { where });
  }
  if (made) requireFrozen(value, "milestone.of", where);
  const m = value as Milestone;
  checkCitations(m.targets, `${where}.targets`);
  if (m.achieved !== null) {
    const achieved = record(m.achieved, `${where}.achieved`);
    sourceId(achieved["sourceId"], `${where}.achieved.sourceId`);
    if (achieved["accounts"] !== undefined)
      checkCitations(list(achieved["accounts"], `${where}.achieved.accounts`), `${where}.achieved.accounts`);
  }
  checkCitations(m.reports, `${where}.reports`);
  return m;
}

function readAmendment(value: unknown, where: string): Amendment {
  const input = record(value, where);
  const changed = list(input["changed"], `${where}.changed`);
  for (const [i, field] of changed.entries()) {
    if (!(AMENDABLE_FIELDS as readonly unknown[]).includes(field)) {
      fail(
        "INVALID_INPUT",
        `${where}.changed[${i}] must be one of ${AMENDABLE_FIELDS.join(", ")}, got ${describe(field)}`,
        { where: `${where}.changed[${i}]` },
      );
    }
  }
  const out: Mutable<Amendment> = {
    id: text(input["id"], `${where}.id`),
    date: period(input["date"], `${where}.date`),
    description: text(input["description"], `${where}.description`),
    changed: Object.freeze(AMENDABLE_FIELDS.filter((f) => changed.includes(f))),
    sourceIds: idList(input["sourceIds"], `${where}.sourceIds`),
  };
  const rationale = optionalText(input["rationale"], `${where}.rationale`);
  if (rationale !== undefined) out.rationale = rationale;
  return Object.freeze(out);
}

/** @internal */
export { readAmendment };

/**
 * What every Agreement the library makes inherits: `JSON.stringify` writes AgreementSchema's JSON
 * (its capacity plans, milestones, money and periods write their own), `String()` gives
 * `"bda-xiaomi-2021 (Accordo di cooperazione)"`.
 */
const AGREEMENT = valuePrototype<Agreement>(
  "Agreement",
  (a) => ({ ...a, ...(a.signed === undefined ? {} : { signed: format(a.signed) }) }),
  (a) => `${a.id} (${a.title})`,
);

/**
 * Makes an {@link Agreement} and checks it whole: ids unique within each list
 * (parties, commitments, facilities, milestones, amendments, sources); every
 * party, commitment, facility, parent and operator reference pointing to a
 * party or facility of the agreement; parent chains without cycles; every
 * `sourceIds` entry naming a listed source.
 *
 * Values that are already valid pieces (made by {@link party},
 * {@link commitment}, {@link source}) are accepted as inputs, so an agreement
 * can be assembled from them.
 *
 * @param input - the agreement's fields; lists may be left out
 * @returns the agreement, frozen throughout
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` for any malformed piece, a
 *   duplicate id, a reference to a missing party, facility or source, or a
 *   cycle of parents; `INVALID_PERIOD` for a malformed period
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#create}
 * @category Agreements
 * @since 0.1.0
 */
export function create(input: AgreementInput): Agreement {
  const where = "agreement";
  const value = record(input, where);
  checkKeys("", where, value, AGREEMENT_KEYS);
  const out: Mutable<Agreement> = {
    id: text(value["id"], `${where}.id`),
    title: text(value["title"], `${where}.title`),
    otherTitles: listOf(value, "otherTitles", where, localizedName),
    kind: code(value["kind"], `${where}.kind`),
    parties: listOf(value, "parties", where, readAgreementParty),
    commitments: listOf(value, "commitments", where, readCommitment),
    facilities: listOf(value, "facilities", where, readFacility),
    milestones: listOf(value, "milestones", where, readMilestone),
    amendments: listOf(value, "amendments", where, readAmendment),
    sources: listOf(value, "sources", where, readSource),
    sourceIds: idList(value["sourceIds"], `${where}.sourceIds`),
  };
  if (value["signed"] !== undefined) out.signed = period(value["signed"], `${where}.signed`);
  checkReferences(out, where);
  return frozenValue(AGREEMENT, out);
}

function checkReferences(a: Agreement, where: string): void {
  const sourceIds = idsOf(a.sources, "source", `${where}.sources`);
  const partyIds = idsOf(a.parties, "party", `${where}.parties`);
  const facilityIds = idsOf(a.facilities, "facility", `${where}.facilities`);
  idsOf(a.commitments, "commitment", `${where}.commitments`);
  idsOf(a.milestones, "milestone", `${where}.milestones`);
  idsOf(a.amendments, "amendment", `${where}.amendments`);

  const needParty = (id: string, at: string): void => {
    if (!partyIds.has(id))
      fail("INVALID_INPUT", `${at} refers to unknown party ${describe(id)}`, { where: at, partyId: id });
  };

  citesKnown(a.sourceIds, sourceIds, `${where}.sourceIds`);
  a.otherTitles.forEach((n, i) => citesKnown(n.sourceIds, sourceIds, `${where}.otherTitles[${i}].sourceIds`));
  a.parties.forEach((p, i) => {
    const at = `${where}.parties[${i}]`;
    citesKnown(p.sourceIds, sourceIds, `${at}.sourceIds`);
    p.otherNames.forEach((n, j) => citesKnown(n.sourceIds, sourceIds, `${at}.otherNames[${j}].sourceIds`));
    if (p.parent !== undefined) {
      needParty(p.parent.partyId, `${at}.parent.partyId`);
      citesKnown(p.parent.sourceIds, sourceIds, `${at}.parent.sourceIds`);
    }
  });
  checkParentCycles(a.parties, where);
  a.commitments.forEach((c, i) => {
    const at = `${where}.commitments[${i}]`;
    needParty(c.partyId, `${at}.partyId`);
    if (c.facilityId !== undefined && !facilityIds.has(c.facilityId)) {
      fail("INVALID_INPUT", `${at}.facilityId refers to unknown facility ${describe(c.facilityId)}`, {
        where: `${at}.facilityId`,
        facilityId: c.facilityId,
      });
    }
    citesKnown(c.sourceIds, sourceIds, `${at}.sourceIds`);
  });
  a.facilities.forEach((f, i) => {
    const at = `${where}.facilities[${i}]`;
    if (f.operatorId !== undefined) needParty(f.operatorId, `${at}.operatorId`);
    citesKnown(f.sourceIds, sourceIds, `${at}.sourceIds`);
    f.capacity?.phases.forEach((p, j) =>
      p.history.forEach((h, k) => {
        citesKnown(cited(h.sourceId), sourceIds, `${at}.capacity.phases[${j}].history[${k}].sourceId`);
        h.accounts?.forEach((x, l) =>
          citesKnown(cited(x.sourceId), sourceIds, `${at}.capacity.phases[${j}].history[${k}].accounts[${l}].sourceId`),
        );
      }),
    );
  });
  a.milestones.forEach((m, i) => {
    const at = `${where}.milestones[${i}]`;
    m.targets.forEach((t, j) => citesKnown(cited(t.sourceId), sourceIds, `${at}.targets[${j}].sourceId`));
    if (m.achieved !== null) citesKnown(cited(m.achieved.sourceId), sourceIds, `${at}.achieved.sourceId`);
    m.achieved?.accounts?.forEach((x, j) =>
      citesKnown(cited(x.sourceId), sourceIds, `${at}.achieved.accounts[${j}].sourceId`),
    );
    m.reports.forEach((r, j) => citesKnown(cited(r.sourceId), sourceIds, `${at}.reports[${j}].sourceId`));
  });
  a.amendments.forEach((m, i) => citesKnown(m.sourceIds, sourceIds, `${where}.amendments[${i}].sourceIds`));
  checkChronology(a, where);
}

/**
 * Amendments come after the signing and after each other. Periods are coarse,
 * so only an order that is certainly wrong is refused: an amendment whose
 * period ends before the signing period (or the previous amendment's) starts.
 */
function checkChronology(a: Agreement, where: string): void {
  let previous = a.signed;
  let previousName = "the signing";
  a.amendments.forEach((m, i) => {
    if (previous !== undefined && compareDates(end(m.date), start(previous)) <= 0) {
      fail(
        "INVALID_INPUT",
        `${where}.amendments[${i}] is dated ${format(m.date)}, before ${previousName} (${format(previous)})`,
        {
          where: `${where}.amendments[${i}].date`,
        },
      );
    }
    previous = m.date;
    previousName = `amendment ${describe(m.id)}`;
  });
}

/** A single optional source id as a list. @internal */
export function cited(sourceId: string | null | undefined): readonly string[] {
  return Object.freeze(sourceId === null || sourceId === undefined ? [] : [sourceId]);
}

function checkParentCycles(parties: readonly AgreementParty[], where: string): void {
  const parentOf = new Map<string, string>();
  for (const p of parties) if (p.parent !== undefined) parentOf.set(p.id, p.parent.partyId);
  const acyclic = new Set<string>();
  for (const start of parties) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let id: string | undefined = start.id;
    while (id !== undefined && !acyclic.has(id)) {
      if (onPath.has(id)) {
        const cycle = [...path.slice(path.indexOf(id)), id];
        fail("INVALID_INPUT", `${where}.parties: parent links form a cycle: ${cycle.join(" -> ")}`, {
          where: `${where}.parties`,
          cycle,
        });
      }
      onPath.add(id);
      path.push(id);
      id = parentOf.get(id);
    }
    for (const p of path) acyclic.add(p);
  }
}
