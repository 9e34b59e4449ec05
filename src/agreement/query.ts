/**
 * Reading an agreement: parties by role, commitments by party or kind,
 * parent chains and effective ownership, claims and the sources they cite.
 *
 * @module
 */
import { ONE, frozen, outOfRange, refuseAt, type Decimal } from "../decimal.js";
import { readOptions } from "../errors.js";
import type {
  Agreement,
  AgreementParty,
  Claim,
  ClaimKind,
  Commitment,
  CommitmentFilter,
  KnownPartyRole,
} from "./types.js";
import type { OpenCode } from "../sources/types.js";
import { cited } from "./embedded.js";
import { citationQueries, text } from "../checks.js";
import { checkAgreement } from "./check.js";

/**
 * Finds a party of an agreement by id.
 *
 * @param a - the agreement
 * @param partyId - the party's id
 * @returns the party with its roles, or `undefined` when the agreement has no such party
 * @throws {@link accordo!AccordoError} `INVALID_VALUE` when `a` is not an agreement (`details.path` names a malformed part);
 *   `INVALID_TYPE` for an argument of the wrong type; `INVALID_INPUT` when `partyId` is not a non-empty string
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#findParty}
 * @category Parties
 * @since 0.1.0
 */
export function findParty(a: Agreement, partyId: string): AgreementParty | undefined {
  const id = text(partyId, "agreement.findParty: partyId");
  return checkAgreement(a, "agreement.findParty").parties.find((p) => p.id === id);
}

/** The party `partyId` of a checked agreement; `where` names the argument (`"agreement.parentChain: partyId"`). */
function requireParty(a: Agreement, partyId: unknown, where: string): AgreementParty {
  const id = text(partyId, where);
  const found = a.parties.find((p) => p.id === id);
  if (found === undefined) return refuseAt("INVALID_INPUT", where, `the id of a party of agreement "${a.id}"`, id);
  return found;
}

/**
 * The parties that hold a role in an agreement, in the agreement's order.
 *
 * @param a - the agreement
 * @param role - a role code (see {@link KnownPartyRole}), e.g. `"investor"`
 * @returns the parties with that role (possibly none), frozen
 * @throws {@link accordo!AccordoError} `INVALID_VALUE` when `a` is not an agreement (`details.path` names a malformed part);
 *   `INVALID_TYPE` for an argument of the wrong type; `INVALID_INPUT` when `role` is not a non-empty string
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#partiesWithRole}
 * @category Parties
 * @since 0.1.0
 */
export function partiesWithRole(a: Agreement, role: OpenCode<KnownPartyRole>): readonly AgreementParty[] {
  const r = text(role, "agreement.partiesWithRole: role");
  return Object.freeze(checkAgreement(a, "agreement.partiesWithRole").parties.filter((p) => p.roles.includes(r)));
}

/**
 * The commitments of an agreement that match every given criterion (party,
 * kind, status, facility), in the agreement's order. An empty filter selects
 * all of them.
 *
 * @param a - the agreement
 * @param filter - the criteria
 * @returns the matching commitments, frozen
 * @throws {@link accordo!AccordoError} `INVALID_VALUE` when `a` is not an agreement (`details.path` names a malformed part);
 *   `INVALID_TYPE` for an argument of the wrong type; `INVALID_INPUT` when a
 *   criterion is not a non-empty string, or `partyId` names no party of the agreement;
 *   `UNKNOWN_OPTION` for an unknown key of `filter`
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#commitmentsWhere}
 * @category Commitments
 * @since 0.1.0
 */
export function commitmentsWhere(a: Agreement, filter: CommitmentFilter = {}): readonly Commitment[] {
  const fn = "agreement.commitmentsWhere";
  const agreement = checkAgreement(a, fn);
  const f = readOptions(fn, "filter", filter, ["partyId", "kind", "status", "facilityId"]);
  const partyId = f.partyId === undefined ? undefined : requireParty(agreement, f.partyId, `${fn}: filter.partyId`).id;
  const kind = f.kind === undefined ? undefined : text(f.kind, `${fn}: filter.kind`);
  const status = f.status === undefined ? undefined : text(f.status, `${fn}: filter.status`);
  const facilityId = f.facilityId === undefined ? undefined : text(f.facilityId, `${fn}: filter.facilityId`);
  return Object.freeze(
    agreement.commitments.filter(
      (c) =>
        (partyId === undefined || c.partyId === partyId) &&
        (kind === undefined || c.kind === kind) &&
        (status === undefined || c.status === status) &&
        (facilityId === undefined || c.facilityId === facilityId),
    ),
  );
}

/**
 * The chain of parents of a party, nearest first: for Xiaomi Automotive,
 * `[Xiaomi Corporation]`; for a plant company under it, `[Xiaomi Automotive,
 * Xiaomi Corporation]`. The party itself is not included.
 *
 * @param a - the agreement
 * @param partyId - the party's id
 * @returns its ancestors, nearest first (empty for a party without parent), frozen
 * @throws {@link accordo!AccordoError} `INVALID_VALUE` when `a` is not an agreement (`details.path` names a malformed part);
 *   `INVALID_TYPE` for an argument of the wrong type; `INVALID_INPUT` when it has no party `partyId`
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#parentChain}
 * @category Parties
 * @since 0.1.0
 */
export function parentChain(a: Agreement, partyId: string): readonly AgreementParty[] {
  const fn = "agreement.parentChain";
  const agreement = checkAgreement(a, fn);
  const party = requireParty(agreement, partyId, `${fn}: partyId`);
  return Object.freeze(ancestors(agreement, partyIndex(agreement), party, fn));
}

/** The parties by id, the first of each id (as `findParty` finds it): one walk per call, not one per link. */
function partyIndex(agreement: Agreement): ReadonlyMap<string, AgreementParty> {
  const index = new Map<string, AgreementParty>();
  for (const p of agreement.parties) if (!index.has(p.id)) index.set(p.id, p);
  return index;
}

/** The ancestors of `party`, nearest first, each looked up in `index`: linear in the chain's length. */
function ancestors(
  agreement: Agreement,
  index: ReadonlyMap<string, AgreementParty>,
  party: AgreementParty,
  fn: string,
): AgreementParty[] {
  const chain: AgreementParty[] = [];
  const seen = new Set<string>([party.id]);
  let current = party;
  while (current.parent !== undefined) {
    const parentId: string = current.parent.partyId;
    // create() refuses cycles; this guards values built by hand. The path is found only for a
    // refusal: searching the parties at every link made the walk quadratic.
    const child = current;
    const at = (): string => `${fn}: agreement.parties[${agreement.parties.indexOf(child)}].parent.partyId`;
    if (seen.has(parentId)) refuseAt("INVALID_VALUE", at(), "parent links without a cycle", parentId);
    seen.add(parentId);
    const next = index.get(parentId);
    if (next === undefined) return refuseAt("INVALID_VALUE", at(), "the id of a party of the agreement", parentId);
    current = next;
    chain.push(current);
  }
  return chain;
}

/**
 * The share of a party that an ancestor owns, through the parent chain: the
 * product of the ownership shares along it (0.5 of 0.8 is 0.4). A party owns
 * all of itself (1).
 *
 * @param a - the agreement
 * @param partyId - the owned party
 * @param ownerId - an ancestor of it (or the party itself)
 * @returns the exact effective share, or `undefined` when a link on the way has no stated share
 * @throws {@link accordo!AccordoError} `INVALID_VALUE` when `a` is not an agreement (`details.path` names a malformed part);
 *   `INVALID_TYPE` for an argument of the wrong type; `INVALID_INPUT` when either party is missing or `ownerId` is not in the parent chain of `partyId`
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#effectiveShare}
 * @category Parties
 * @since 0.1.0
 */
export function effectiveShare(a: Agreement, partyId: string, ownerId: string): Decimal | undefined {
  const fn = "agreement.effectiveShare";
  const agreement = checkAgreement(a, fn);
  const owner = requireParty(agreement, ownerId, `${fn}: ownerId`);
  const party = requireParty(agreement, partyId, `${fn}: partyId`);
  let current = party;
  let share: Decimal | undefined = ONE;
  if (current.id === owner.id) return share;
  for (const ancestor of ancestors(agreement, partyIndex(agreement), current, fn)) {
    const link = current.parent;
    const linkShare = link?.share;
    const product: Decimal | undefined =
      share === undefined || linkShare === undefined ? undefined : share.times(linkShare);
    // A product of shares below 1e-999 would be a silent 0.
    if (product?.isZero() === true && share?.isZero() === false && linkShare?.isZero() === false)
      outOfRange(`${fn}: the share`, partyId);
    share = product;
    if (ancestor.id === owner.id) return share === undefined ? undefined : frozen(share);
    current = ancestor;
  }
  return refuseAt("INVALID_INPUT", `${fn}: ownerId`, `a parent of party "${party.id}" or the party itself`, owner.id);
}

/**
 * Every claim in an agreement, in document order: the agreement itself, each
 * other title, each party, its other names and its parent link, each
 * commitment, each facility and the status changes of its capacity phases,
 * each milestone's targets, achievement and reported statuses, and each
 * amendment, with the sources it cites.
 *
 * @param a - the agreement
 * @returns the claims, frozen
 * @throws {@link accordo!AccordoError} `INVALID_VALUE` when `a` is not an agreement (`details.path` names a malformed part);
 *   `INVALID_TYPE` for an argument of the wrong type
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#uncited}
 * @category Sources
 * @since 0.1.0
 */
export function claims(a: Agreement): readonly Claim[] {
  return claimsOf(checkAgreement(a, "agreement.claims"));
}

function claimsOf(agreement: Agreement): readonly Claim[] {
  const out: Claim[] = [];
  const add = (kind: ClaimKind, id: string, path: string, sourceIds: readonly string[]): void => {
    out.push(Object.freeze({ kind, id, path, sourceIds }));
  };
  add("agreement", agreement.id, "", agreement.sourceIds);
  agreement.otherTitles.forEach((n, i) => add("title", agreement.id, `/otherTitles/${i}`, n.sourceIds));
  agreement.parties.forEach((p, i) => {
    add("party", p.id, `/parties/${i}`, p.sourceIds);
    p.otherNames.forEach((n, j) => add("partyName", p.id, `/parties/${i}/otherNames/${j}`, n.sourceIds));
    if (p.parent !== undefined) add("parent", p.id, `/parties/${i}/parent`, p.parent.sourceIds);
  });
  agreement.commitments.forEach((c, i) => add("commitment", c.id, `/commitments/${i}`, c.sourceIds));
  agreement.facilities.forEach((f, i) => {
    add("facility", f.id, `/facilities/${i}`, f.sourceIds);
    f.capacity?.phases.forEach((p, j) =>
      p.history.forEach((h, k) => {
        add("phaseStatus", f.id, `/facilities/${i}/capacity/phases/${j}/history/${k}`, cited(h.sourceId));
        h.accounts?.forEach((x, l) =>
          add(
            "phaseStatus",
            f.id,
            `/facilities/${i}/capacity/phases/${j}/history/${k}/accounts/${l}`,
            cited(x.sourceId),
          ),
        );
      }),
    );
  });
  agreement.milestones.forEach((m, i) => {
    m.targets.forEach((t, j) => add("milestoneTarget", m.id, `/milestones/${i}/targets/${j}`, cited(t.sourceId)));
    if (m.achieved !== null) add("milestoneAchievement", m.id, `/milestones/${i}/achieved`, cited(m.achieved.sourceId));
    m.achieved?.accounts?.forEach((x, j) =>
      add("milestoneAchievement", m.id, `/milestones/${i}/achieved/accounts/${j}`, cited(x.sourceId)),
    );
    m.reports.forEach((r, j) => add("milestoneReport", m.id, `/milestones/${i}/reports/${j}`, cited(r.sourceId)));
  });
  agreement.amendments.forEach((m, i) => add("amendment", m.id, `/amendments/${i}`, m.sourceIds));
  return Object.freeze(out);
}

const byCitation = /* @__PURE__ */ citationQueries("agreement", checkAgreement, claimsOf);

/**
 * The claims of an agreement that cite a source: what rests on that source
 * (to re-check after a correction, or to weigh a retracted article).
 *
 * @param a - the agreement
 * @param sourceId - the id of one of its sources
 * @returns the claims citing it, in document order, frozen
 * @throws {@link accordo!AccordoError} `INVALID_VALUE` when `a` is not an agreement (`details.path` names a malformed part);
 *   `INVALID_TYPE` for an argument of the wrong type; `INVALID_INPUT` when it lists no source `sourceId`
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#citing}
 * @category Sources
 * @since 0.1.0
 */
export function citing(a: Agreement, sourceId: string): readonly Claim[] {
  return byCitation.citing(a, sourceId);
}

/**
 * The claims of an agreement that cite no source: what a fact-checker still
 * has to find support for.
 *
 * @param a - the agreement
 * @returns the claims without sources, in document order, frozen
 * @throws {@link accordo!AccordoError} `INVALID_VALUE` when `a` is not an agreement (`details.path` names a malformed part);
 *   `INVALID_TYPE` for an argument of the wrong type
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#uncited}
 * @category Sources
 * @since 0.1.0
 */
export function uncited(a: Agreement): readonly Claim[] {
  return byCitation.uncited(a);
}
