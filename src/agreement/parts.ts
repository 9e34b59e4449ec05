/**
 * The pieces of an agreement, each read from its input, closed to unknown keys, checked and
 * frozen: sources, parties (identifiers, parent links, roles), commitments, facilities and
 * amendment records.
 *
 * @module
 */
import { refuseAt, toDecimal } from "../decimal.js";
import { asMoney } from "../money/money.js";
import type { Source, SourceInput } from "../sources/types.js";
import {
  closed,
  code,
  idList,
  list,
  localizedNames,
  optionalText,
  period,
  readSource,
  refuseWith,
  text,
  type Mutable,
} from "../checks.js";
import { readCapacity } from "./embedded.js";
import type {
  Agreement,
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

/**
 * Every {@link CommitmentStatus}, frozen, in lifecycle order. Unlike kinds
 * and roles, statuses are a closed set: any other value is refused.
 *
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#codelists}
 * @category Commitments
 * @since 0.1.0
 */
export const COMMITMENT_STATUSES: readonly CommitmentStatus[] = /* @__PURE__ */ Object.freeze([
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
export const AMENDABLE_FIELDS: readonly AmendableField[] = /* @__PURE__ */ Object.freeze([
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

/** The lists every agreement holds (what a query checks first). @internal */
export const AGREEMENT_LISTS: readonly (keyof Agreement)[] = /* @__PURE__ */ (() =>
  Object.freeze(["amendments", ...AMENDABLE_FIELDS.filter((f) => f !== "title" && f !== "kind" && f !== "signed")]))();

/** The keys of an agreement's input: its id, its amendments and every field an amendment can change. @internal */
export const AGREEMENT_KEYS: readonly string[] = /* @__PURE__ */ (() =>
  Object.freeze(["id", "amendments", ...AMENDABLE_FIELDS]))();

const PARTY_KEYS = ["id", "name", "otherNames", "kind", "identifiers", "parent", "sourceIds"] as const;
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
const AMENDMENT_KEYS = ["id", "date", "description", "rationale", "sourceIds", "changed"] as const;

/**
 * Makes a {@link Source}: checks its id, that it has a title or a URL, the
 * URL's shape, the publication period and the language tag.
 *
 * @param input - the source's fields; `published` as a `Period` or its string form, or a day as
 *   a JS `Date` (its UTC day) or a `Temporal.PlainDate`-like object
 * @returns the source, frozen
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` for a field of the wrong type;
 *   `UNKNOWN_OPTION` for an unknown key; `INVALID_INPUT` for an empty id, a source with
 *   neither title nor URL, a URL that is not http(s), a malformed language tag;
 *   `INVALID_PERIOD` for a malformed publication period
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#source}
 * @category Sources
 * @since 0.1.0
 */
export function source(input: SourceInput): Source {
  return readSource(input, "agreement.source: input");
}

function readIdentifiers(value: unknown, where: string): readonly Identifier[] {
  const seen = new Set<string>();
  return Object.freeze(
    list(value, where).map((item, i) => {
      const at = `${where}[${i}]`;
      const input = closed(item, at, ["scheme", "id"]);
      const identifier: Identifier = Object.freeze({
        scheme: text(input["scheme"], `${at}.scheme`),
        id: text(input["id"], `${at}.id`),
      });
      const key = `${identifier.scheme}\u0000${identifier.id}`;
      if (seen.has(key)) refuseAt("INVALID_INPUT", at, "an identifier not listed before", identifier.id);
      seen.add(key);
      return identifier;
    }),
  );
}

function readParent(value: unknown, partyId: string, where: string): ParentLink {
  const input = closed(value, where, ["partyId", "share", "sourceIds"]);
  const out: Mutable<ParentLink> = {
    partyId: text(input["partyId"], `${where}.partyId`),
    sourceIds: idList(input["sourceIds"], `${where}.sourceIds`),
  };
  if (out.partyId === partyId) refuseAt("INVALID_INPUT", `${where}.partyId`, "another party than itself", partyId);
  if (input["share"] !== undefined) {
    const share = toDecimal(input["share"], `${where}.share`);
    if (share.lt(0) || share.gt(1)) refuseAt("OUT_OF_RANGE", `${where}.share`, "a fraction from 0 to 1", share);
    out.share = share;
  }
  return Object.freeze(out);
}

function readPartyFields(input: Readonly<Record<string, unknown>>, where: string): Mutable<Party> {
  const id = text(input["id"], `${where}.id`);
  const out: Mutable<Party> = {
    id,
    name: text(input["name"], `${where}.name`),
    otherNames: localizedNames(input["otherNames"], `${where}.otherNames`),
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
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` for a field of the wrong type;
 *   `UNKNOWN_OPTION` for an unknown key, at any depth; `INVALID_INPUT` for an empty id or
 *   name, a kind that is not a code, a duplicate identifier, a party that is its own parent;
 *   `OUT_OF_RANGE` for a share outside 0 to 1
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#party}
 * @category Parties
 * @since 0.1.0
 */
export function party(input: PartyInput): Party {
  const where = "agreement.party: input";
  return Object.freeze(readPartyFields(closed(input, where, PARTY_KEYS), where));
}

/** A party of an agreement, with its roles. @internal */
export function readAgreementParty(value: unknown, where: string): AgreementParty {
  const input = closed(value, where, [...PARTY_KEYS, "roles"]);
  const out = readPartyFields(input, where) as Mutable<AgreementParty>;
  const roles = list(input["roles"], `${where}.roles`).map((r, i) => code(r, `${where}.roles[${i}]`));
  roles.forEach((role, i) => {
    if (roles.indexOf(role) !== i) refuseAt("INVALID_INPUT", `${where}.roles[${i}]`, "a role not listed before", role);
  });
  out.roles = Object.freeze(roles);
  return Object.freeze(out);
}

function readQuantity(value: unknown, where: string): Quantity {
  const input = closed(value, where, ["value", "unit"]);
  return Object.freeze({
    value: toDecimal(input["value"], `${where}.value`),
    unit: text(input["unit"], `${where}.unit`),
  });
}

function readStatus(value: unknown, where: string): CommitmentStatus {
  const status = value === undefined ? "pending" : value;
  if (!(COMMITMENT_STATUSES as readonly unknown[]).includes(status)) {
    refuseWith("INVALID_INPUT", where, `one of ${COMMITMENT_STATUSES.join(", ")}`, status, {
      accepted: COMMITMENT_STATUSES,
    });
  }
  return status as CommitmentStatus;
}

/** A commitment of an agreement. @internal */
export function readCommitment(value: unknown, where: string): Commitment {
  const input = closed(value, where, COMMITMENT_KEYS);
  const out: Mutable<Commitment> = {
    id: text(input["id"], `${where}.id`),
    partyId: text(input["partyId"], `${where}.partyId`),
    kind: code(input["kind"], `${where}.kind`),
    description: text(input["description"], `${where}.description`),
    status: readStatus(input["status"], `${where}.status`),
    sourceIds: idList(input["sourceIds"], `${where}.sourceIds`),
  };
  // validated and normalised like every money argument: a frozen Money of the library's decimals
  if (input["amount"] !== undefined) out.amount = asMoney(input["amount"], `${where}.amount`);
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
 * @param input - the commitment's fields; `due` as a `Period` or its string form, or a day as a
 *   JS `Date` (its UTC day) or a `Temporal.PlainDate`-like object
 * @returns the commitment, frozen
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` for a field of the wrong type or an
 *   amount that is not Money (`INVALID_VALUE` for a broken one); `UNKNOWN_OPTION` for an unknown key, at any depth;
 *   `INVALID_INPUT` for an empty id, party id or description, a kind that is not a code, an
 *   unknown status; `INVALID_NUMBER` for a quantity that is not a finite number;
 *   `INVALID_PERIOD` for a malformed due period
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#commitment}
 * @category Commitments
 * @since 0.1.0
 */
export function commitment(input: CommitmentInput): Commitment {
  return readCommitment(input, "agreement.commitment: input");
}

/** A facility of an agreement. @internal */
export function readFacility(value: unknown, where: string): Facility {
  const input = closed(value, where, FACILITY_KEYS);
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

/** An amendment record of an agreement. @internal */
export function readAmendment(value: unknown, where: string): Amendment {
  const input = closed(value, where, AMENDMENT_KEYS);
  const changed = list(input["changed"], `${where}.changed`);
  changed.forEach((field, i) => {
    if (!(AMENDABLE_FIELDS as readonly unknown[]).includes(field)) {
      refuseWith("INVALID_INPUT", `${where}.changed[${i}]`, `one of ${AMENDABLE_FIELDS.join(", ")}`, field, {
        accepted: AMENDABLE_FIELDS,
      });
    }
  });
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
