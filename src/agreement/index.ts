/**
 * The `agreement` namespace: industrial investment agreements as immutable,
 * validated values. Parties (with other names, identifiers and parents) and
 * their roles, commitments, facilities, milestones, amendments, and the
 * sources every claim cites, after the Open Contracting Data Standard and
 * Popolo.
 *
 * ```ts
 * import { agreement } from "accordo";
 * const a = agreement.create({ id: "bda-xiaomi", title: "Cooperation Agreement", kind: "cooperationAgreement" });
 * agreement.partiesWithRole(a, "investor"); // []
 * ```
 *
 * @module
 */
export { AMENDABLE_FIELDS, COMMITMENT_STATUSES, commitment, party, source } from "./parts.js";
export { create } from "./build.js";
export { amend } from "./amend.js";
export {
  citing,
  claims,
  commitmentsWhere,
  effectiveShare,
  findParty,
  parentChain,
  partiesWithRole,
  uncited,
} from "./query.js";
export {
  AGREEMENT_KINDS,
  COMMITMENT_KINDS,
  FACILITY_KINDS,
  NAME_KINDS,
  PARTY_KINDS,
  PARTY_ROLES,
} from "./codelists.js";

export type * from "./types.js";
