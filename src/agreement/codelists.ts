/**
 * The known codes of the agreement namespace's open codelists, as frozen
 * arrays (for pickers, validation of your own data, documentation). Codes
 * outside these lists are accepted wherever a kind or role is expected.
 *
 * @module
 */
import type {
  KnownAgreementKind,
  KnownCommitmentKind,
  KnownFacilityKind,
  KnownPartyKind,
  KnownPartyRole,
} from "./types.js";
import type { KnownNameKind } from "../sources/types.js";

/**
 * The known party kinds ({@link KnownPartyKind}), frozen.
 *
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#codelists}
 * @category Codelists
 * @since 0.1.0
 */
export const PARTY_KINDS: readonly KnownPartyKind[] = /* @__PURE__ */ Object.freeze([
  "governmentBody",
  "zoneManagementCommittee",
  "company",
  "stateOwnedEnterprise",
  "investmentFund",
  "researchInstitution",
  "association",
  "person",
] as const);

/**
 * The known party roles ({@link KnownPartyRole}), frozen.
 *
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#codelists}
 * @category Codelists
 * @since 0.1.0
 */
export const PARTY_ROLES: readonly KnownPartyRole[] = /* @__PURE__ */ Object.freeze([
  "signatory",
  "zoneAuthority",
  "investor",
  "projectCompany",
  "parentCompany",
  "guarantor",
  "funder",
  "witness",
] as const);

/**
 * The known agreement kinds ({@link KnownAgreementKind}), frozen.
 *
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#codelists}
 * @category Codelists
 * @since 0.1.0
 */
export const AGREEMENT_KINDS: readonly KnownAgreementKind[] = /* @__PURE__ */ Object.freeze([
  "cooperationAgreement",
  "investmentAgreement",
  "memorandumOfUnderstanding",
  "letterOfIntent",
  "frameworkAgreement",
  "supplementaryAgreement",
  "landTransferContract",
] as const);

/**
 * The known commitment kinds ({@link KnownCommitmentKind}), frozen.
 *
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#codelists}
 * @category Codelists
 * @since 0.1.0
 */
export const COMMITMENT_KINDS: readonly KnownCommitmentKind[] = /* @__PURE__ */ Object.freeze([
  "headquarters",
  "salesHeadquarters",
  "researchHeadquarters",
  "productionPlant",
  "zoneServices",
  "earlyStart",
  "investment",
  "jobs",
  "land",
  "incentive",
  "production",
] as const);

/**
 * The known facility kinds ({@link KnownFacilityKind}), frozen.
 *
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#codelists}
 * @category Codelists
 * @since 0.1.0
 */
export const FACILITY_KINDS: readonly KnownFacilityKind[] = /* @__PURE__ */ Object.freeze([
  "plant",
  "headquarters",
  "researchCentre",
  "office",
  "warehouse",
  "testTrack",
] as const);

/**
 * The known kinds of name ({@link KnownNameKind}), frozen.
 *
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#codelists}
 * @category Codelists
 * @since 0.1.0
 */
export const NAME_KINDS: readonly KnownNameKind[] = /* @__PURE__ */ Object.freeze([
  "official",
  "translation",
  "abbreviation",
  "informal",
  "former",
] as const);
