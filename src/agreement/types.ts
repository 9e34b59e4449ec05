/**
 * Public types of the `agreement` namespace: sources, parties and their roles,
 * commitments, facilities, amendments and the agreement that holds them.
 *
 * The shapes borrow from the Open Contracting Data Standard (parties with
 * `roles`, `amendments` with a `rationale`, documents with a publication date
 * and language) and from Popolo (organisations with `otherNames`,
 * `identifiers` and a parent). Kinds and roles are OCDS-style open
 * codelists: a documented set of known codes, plus any other code you need.
 *
 * @module
 */
import type { CapacityPlan } from "../capacity/types.js";
import type { Decimal } from "../decimal.js";
import type { Milestone } from "../milestone/types.js";
import type { Money } from "../money/types.js";
import type { Period } from "../period/types.js";
import type { LocalizedName, OpenCode, Source } from "../sources/types.js";

/**
 * The known kinds of party:
 *
 * - `governmentBody`: a ministry, a municipal or district government, an agency;
 * - `zoneManagementCommittee`: the committee that administers a development zone;
 * - `company`: a private or listed company;
 * - `stateOwnedEnterprise`: a company controlled by the state;
 * - `investmentFund`: a fund, including government guidance funds;
 * - `researchInstitution`: a university or research institute;
 * - `association`: an industry association or chamber;
 * - `person`: a natural person (a founder signing in person).
 *
 * @category Codelists
 * @since 0.1.0
 */
export type KnownPartyKind =
  | "governmentBody"
  | "zoneManagementCommittee"
  | "company"
  | "stateOwnedEnterprise"
  | "investmentFund"
  | "researchInstitution"
  | "association"
  | "person";

/**
 * An identifier of a party in a registry, as OCDS and Popolo write it: the
 * scheme (an org-id.guide prefix such as `"CN-SAMR"`, or `"LEI"`, `"HKEX"`,
 * `"wikidata"`) and the id within it.
 *
 * @category Parties
 * @since 0.1.0
 */
export interface Identifier {
  /** The register or list the id belongs to. */
  readonly scheme: string;
  /** The id within the scheme, as a string (leading zeros kept). */
  readonly id: string;
}

/**
 * The parent of a party (the company that owns it, the government that set it up).
 *
 * @category Parties
 * @since 0.1.0
 */
export interface ParentLink {
  /** The id of the parent party, in the same agreement. */
  readonly partyId: string;
  /** The parent's ownership share as a fraction from 0 to 1, when known. */
  readonly share?: Decimal;
  /** The ids of the sources that state the link. */
  readonly sourceIds: readonly string[];
}

/**
 * An organisation (or a person) that takes part in an agreement, or is the
 * parent of one that does.
 *
 * @category Parties
 * @since 0.1.0
 */
export interface Party {
  /** Unique within the agreement. */
  readonly id: string;
  /** The canonical name, usually the official name in the party's own language. */
  readonly name: string;
  /** Names in other languages or spellings, each with its sources. */
  readonly otherNames: readonly LocalizedName[];
  /** What kind of party it is (see {@link KnownPartyKind}). */
  readonly kind: OpenCode<KnownPartyKind>;
  /** Identifiers in registries, unique by scheme and id. */
  readonly identifiers: readonly Identifier[];
  /** The parent party, when there is one. */
  readonly parent?: ParentLink;
  /** The ids of the sources that attest the party. */
  readonly sourceIds: readonly string[];
}

/**
 * The known roles of a party in an agreement:
 *
 * - `signatory`: signed the agreement;
 * - `zoneAuthority`: the authority of the zone that hosts the project;
 * - `investor`: invests in the project;
 * - `projectCompany`: the company that carries out the project (often a new subsidiary);
 * - `parentCompany`: the group a project company belongs to;
 * - `guarantor`: guarantees obligations of another party;
 * - `funder`: lends or grants money to the project;
 * - `witness`: attends or witnesses the signing (a higher government level).
 *
 * @category Codelists
 * @since 0.1.0
 */
export type KnownPartyRole =
  "signatory" | "zoneAuthority" | "investor" | "projectCompany" | "parentCompany" | "guarantor" | "funder" | "witness";

/**
 * A party as it appears in an agreement: the party and its roles there (as
 * an OCDS party carries its `roles`). A party listed only as the parent of
 * another may have no role.
 *
 * @category Parties
 * @since 0.1.0
 */
export interface AgreementParty extends Party {
  /** Its roles in this agreement (see {@link KnownPartyRole}), without duplicates. */
  readonly roles: readonly OpenCode<KnownPartyRole>[];
}

/**
 * The known kinds of commitment:
 *
 * - `headquarters`: to establish (or move) the party's headquarters in the zone;
 * - `salesHeadquarters`: to establish a sales headquarters;
 * - `researchHeadquarters`: to establish an R&D headquarters or centre;
 * - `productionPlant`: to build a plant;
 * - `zoneServices`: services the zone guarantees to the project;
 * - `earlyStart`: to start the project early (fast-track approvals, early construction);
 * - `investment`: to invest an amount (see {@link Commitment.amount});
 * - `jobs`: to create jobs (see {@link Commitment.quantity});
 * - `land`: to provide land;
 * - `incentive`: subsidies, tax or rent incentives;
 * - `production`: to reach a production level or stage (e.g. mass production).
 *
 * @category Codelists
 * @since 0.1.0
 */
export type KnownCommitmentKind =
  | "headquarters"
  | "salesHeadquarters"
  | "researchHeadquarters"
  | "productionPlant"
  | "zoneServices"
  | "earlyStart"
  | "investment"
  | "jobs"
  | "land"
  | "incentive"
  | "production";

/**
 * Where a commitment stands (a closed set, after OCDS milestone statuses):
 *
 * - `pending`: made, not yet delivered or assessed;
 * - `inProgress`: being carried out;
 * - `met`: delivered;
 * - `partiallyMet`: delivered in part;
 * - `notMet`: not delivered;
 * - `withdrawn`: cancelled by the parties.
 *
 * @category Commitments
 * @since 0.1.0
 */
export type CommitmentStatus = "pending" | "inProgress" | "met" | "partiallyMet" | "notMet" | "withdrawn";

/**
 * A quantity in a unit that is not money: jobs, square metres, vehicles.
 *
 * @category Commitments
 * @since 0.1.0
 */
export interface Quantity {
  /** The number, exact as stated. */
  readonly value: Decimal;
  /** The unit, free text (`"jobs"`, `"m2"`, `"vehicles/year"`). */
  readonly unit: string;
}

/**
 * What a party undertakes to do under an agreement.
 *
 * @category Commitments
 * @since 0.1.0
 */
export interface Commitment {
  /** Unique within the agreement. */
  readonly id: string;
  /** The id of the party that commits. */
  readonly partyId: string;
  /** What kind of commitment it is (see {@link KnownCommitmentKind}). */
  readonly kind: OpenCode<KnownCommitmentKind>;
  /** What was promised, in words. */
  readonly description: string;
  /** Where it stands. */
  readonly status: CommitmentStatus;
  /** An amount of money (an investment, a subsidy), when the commitment has one. */
  readonly amount?: Money;
  /** A quantity (jobs, land), when the commitment has one. */
  readonly quantity?: Quantity;
  /** When it is due: a day or a coarser period, when stated. */
  readonly due?: Period;
  /** The id of the facility it concerns, when it concerns one. */
  readonly facilityId?: string;
  /** The ids of the sources that report it. */
  readonly sourceIds: readonly string[];
}

/**
 * The known kinds of facility:
 *
 * - `plant`: a production plant (a complete vehicle plant);
 * - `headquarters`: a headquarters building or campus;
 * - `researchCentre`: an R&D centre or laboratory;
 * - `office`: offices (sales, regional);
 * - `warehouse`: storage and logistics;
 * - `testTrack`: a testing ground.
 *
 * @category Codelists
 * @since 0.1.0
 */
export type KnownFacilityKind = "plant" | "headquarters" | "researchCentre" | "office" | "warehouse" | "testTrack";

/**
 * A physical facility that an agreement provides for, with its production
 * capacity phase by phase (a `CapacityPlan` of the `capacity` namespace)
 * when it has one.
 *
 * @category Facilities
 * @since 0.1.0
 */
export interface Facility {
  /** Unique within the agreement. */
  readonly id: string;
  /** A descriptive name (`"Xiaomi Automotive vehicle plant"`). */
  readonly name: string;
  /** What kind of facility it is (see {@link KnownFacilityKind}). */
  readonly kind: OpenCode<KnownFacilityKind>;
  /** The id of the party that will operate it, when known. */
  readonly operatorId?: string;
  /** Where it is, free text, when known. */
  readonly location?: string;
  /** Its capacity plan (made by `capacity.plan`), when it has one. */
  readonly capacity?: CapacityPlan;
  /** The ids of the sources that report it (and its capacity plan). */
  readonly sourceIds: readonly string[];
}

/**
 * The fields of an {@link Agreement} that an amendment can change.
 *
 * @category Amendments
 * @since 0.1.0
 */
export type AmendableField =
  | "title"
  | "otherTitles"
  | "kind"
  | "signed"
  | "parties"
  | "commitments"
  | "facilities"
  | "milestones"
  | "sources"
  | "sourceIds";

/**
 * A recorded change to an agreement: when, what changed and why (OCDS
 * amendment). `changed` lists the fields the amendment replaced, computed by
 * {@link agreement.amend}.
 *
 * @category Amendments
 * @since 0.1.0
 */
export interface Amendment {
  /** Unique within the agreement. */
  readonly id: string;
  /** When the amendment was made: a day or a coarser period. */
  readonly date: Period;
  /** What changed, in words. */
  readonly description: string;
  /** Why it changed (OCDS `rationale`), when stated. */
  readonly rationale?: string;
  /** The fields the amendment replaced, in {@link AmendableField} order. */
  readonly changed: readonly AmendableField[];
  /** The ids of the sources that report the amendment. */
  readonly sourceIds: readonly string[];
}

/**
 * The known kinds of agreement:
 *
 * - `cooperationAgreement`: a cooperation (framework) agreement between a zone and a company;
 * - `investmentAgreement`: an agreement fixing an investment;
 * - `memorandumOfUnderstanding`: an MoU, usually not binding;
 * - `letterOfIntent`: a letter of intent;
 * - `frameworkAgreement`: a framework under which later agreements are signed;
 * - `supplementaryAgreement`: an agreement that supplements an earlier one;
 * - `landTransferContract`: a contract for land-use rights.
 *
 * @category Codelists
 * @since 0.1.0
 */
export type KnownAgreementKind =
  | "cooperationAgreement"
  | "investmentAgreement"
  | "memorandumOfUnderstanding"
  | "letterOfIntent"
  | "frameworkAgreement"
  | "supplementaryAgreement"
  | "landTransferContract";

/**
 * An industrial investment agreement: its parties and their roles, the
 * commitments they made, the facilities and milestones it provides for, its
 * amendments, and the sources every claim cites. Made by
 * {@link agreement.create}; frozen throughout.
 *
 * `milestones` hold values made by `milestone.of`, and facilities may hold
 * capacity plans made by `capacity.plan`: those namespaces validate them; an
 * agreement checks that their ids are unique and that the sources they cite
 * are among its sources.
 *
 * In plain JavaScript (values the library made): `JSON.stringify` writes AgreementSchema's JSON;
 * `String()` gives its id and title. Node's `util.inspect` shows the same text, named by the type.
 *
 * @example
 * {@includeCode ../../test/agreement/examples.test.ts#interop}
 * @category Agreements
 * @since 0.1.0
 */
export interface Agreement {
  /** A unique id (yours, or a registry's). */
  readonly id: string;
  /** The title, as the sources give it. */
  readonly title: string;
  /** The title in other languages, each with its sources. */
  readonly otherTitles: readonly LocalizedName[];
  /** What kind of agreement it is (see {@link KnownAgreementKind}). */
  readonly kind: OpenCode<KnownAgreementKind>;
  /** When it was signed: a day, or a coarser period when only that is known. Absent when unknown. */
  readonly signed?: Period;
  /** The parties, with their roles; parents of parties are parties too. */
  readonly parties: readonly AgreementParty[];
  /** What the parties committed to. */
  readonly commitments: readonly Commitment[];
  /** The facilities the agreement provides for. */
  readonly facilities: readonly Facility[];
  /** Milestones (made by `milestone.of`), each with a unique `id`. */
  readonly milestones: readonly Milestone[];
  /** Amendments, oldest first. */
  readonly amendments: readonly Amendment[];
  /** The sources claims cite, unique by id. */
  readonly sources: readonly Source[];
  /** The sources of the agreement's own facts (title, kind, signing). */
  readonly sourceIds: readonly string[];
}

export type * from "./inputs.js";
