/**
 * The input types of the `agreement` namespace (what `create`, `amend` and the queries take) and
 * the claims its queries list; the values it makes are in types.ts.
 *
 * @module
 */
import type { CapacityPlan } from "../capacity/types.js";
import type { Decimal } from "../decimal.js";
import type { Milestone } from "../milestone/types.js";
import type { Money } from "../money/types.js";
import type { DateInput, Period } from "../period/types.js";
import type { LocalizedNameInput, OpenCode, SourceInput } from "../sources/types.js";
import type {
  AmendableField,
  CommitmentStatus,
  Identifier,
  KnownAgreementKind,
  KnownCommitmentKind,
  KnownFacilityKind,
  KnownPartyKind,
  KnownPartyRole,
} from "./types.js";

/**
 * Input for a {@link ParentLink}: the share as any decimal input.
 *
 * @category Parties
 * @since 0.1.0
 */
export interface ParentLinkInput {
  /** The id of the parent party, which must be a party of the same agreement. */
  readonly partyId: string;
  /** The ownership share as a fraction from 0 to 1 (`"0.51"`), when known. */
  readonly share?: string | number | bigint | Decimal;
  /** The ids of the sources that state the link; default none. */
  readonly sourceIds?: readonly string[];
}

/**
 * Input for {@link agreement.party}: a {@link Party}, with optional lists
 * that may be left out and the ownership share as any decimal input.
 *
 * @category Parties
 * @since 0.1.0
 */
export interface PartyInput {
  /** Unique within the agreement. */
  readonly id: string;
  /** The canonical name. */
  readonly name: string;
  /** Names in other languages or spellings; default none. */
  readonly otherNames?: readonly LocalizedNameInput[];
  /** A code (see {@link KnownPartyKind}). */
  readonly kind: OpenCode<KnownPartyKind>;
  /** Identifiers in registries, unique by scheme and id; default none. */
  readonly identifiers?: readonly Identifier[];
  /** The parent party, when there is one. */
  readonly parent?: ParentLinkInput;
  /** The ids of the sources that attest the party; default none. */
  readonly sourceIds?: readonly string[];
}

/**
 * Input for a party of {@link agreement.create}: a {@link PartyInput} with its roles.
 *
 * @category Parties
 * @since 0.1.0
 */
export interface AgreementPartyInput extends PartyInput {
  /** Its roles in the agreement (see {@link KnownPartyRole}), without duplicates; default none. */
  readonly roles?: readonly OpenCode<KnownPartyRole>[];
}

/**
 * Input for a {@link Quantity}: the value as any decimal input.
 *
 * @category Commitments
 * @since 0.1.0
 */
export interface QuantityInput {
  /** The number (`"5000"`). */
  readonly value: string | number | bigint | Decimal;
  /** The unit, non-empty (`"jobs"`). */
  readonly unit: string;
}

/**
 * Input for {@link agreement.commitment}.
 *
 * @category Commitments
 * @since 0.1.0
 */
export interface CommitmentInput {
  /** Unique within the agreement. */
  readonly id: string;
  /** The id of the party that commits, a party of the agreement. */
  readonly partyId: string;
  /** A code (see {@link KnownCommitmentKind}). */
  readonly kind: OpenCode<KnownCommitmentKind>;
  /** What was promised, in words. */
  readonly description: string;
  /** Where it stands; default `"pending"`. */
  readonly status?: CommitmentStatus;
  /** An amount of money, made by `money.of`. */
  readonly amount?: Money;
  /** A quantity that is not money. */
  readonly quantity?: QuantityInput;
  /**
   * When it is due: a `Period` or its string form, or a day as a JS `Date` (its UTC day) or a
   * `Temporal.PlainDate`-like object.
   */
  readonly due?: Period | string | DateInput;
  /** The id of the facility it concerns, a facility of the agreement. */
  readonly facilityId?: string;
  /** The ids of the sources that report it; default none. */
  readonly sourceIds?: readonly string[];
}

/**
 * Input for a facility of {@link agreement.create}.
 *
 * @category Facilities
 * @since 0.1.0
 */
export interface FacilityInput {
  /** Unique within the agreement. */
  readonly id: string;
  /** A descriptive name. */
  readonly name: string;
  /** A code (see {@link KnownFacilityKind}). */
  readonly kind: OpenCode<KnownFacilityKind>;
  /** The id of the operating party, a party of the agreement. */
  readonly operatorId?: string;
  /** Where it is, free text. */
  readonly location?: string;
  /** Its capacity plan, made by `capacity.plan`. */
  readonly capacity?: CapacityPlan;
  /** The ids of the sources that report it; default none. */
  readonly sourceIds?: readonly string[];
}

/**
 * Input for {@link agreement.create}. Lists may be left out (empty).
 *
 * @category Agreements
 * @since 0.1.0
 */
export interface AgreementInput {
  /** A unique id. */
  readonly id: string;
  /** The title, as the sources give it. */
  readonly title: string;
  /** The title in other languages; default none. */
  readonly otherTitles?: readonly LocalizedNameInput[];
  /** A code (see {@link KnownAgreementKind}). */
  readonly kind: OpenCode<KnownAgreementKind>;
  /**
   * When it was signed: a `Period` or its string form (`"2021-11-27"`, `"2021"`), or a day as a JS `Date`
   * (its UTC day) or a `Temporal.PlainDate`-like object.
   */
  readonly signed?: Period | string | DateInput;
  /** The parties with their roles; default none. */
  readonly parties?: readonly AgreementPartyInput[];
  /** The commitments; default none. */
  readonly commitments?: readonly CommitmentInput[];
  /** The facilities; default none. */
  readonly facilities?: readonly FacilityInput[];
  /** Milestones made by `milestone.of`; default none. */
  readonly milestones?: readonly Milestone[];
  /** Amendments already recorded, oldest first; default none (use {@link agreement.amend} to add one). */
  readonly amendments?: readonly AmendmentRecordInput[];
  /** The sources claims cite; default none. */
  readonly sources?: readonly SourceInput[];
  /** The sources of the agreement's own facts; default none. */
  readonly sourceIds?: readonly string[];
}

/**
 * Input for {@link agreement.amend}: the amendment's facts (its `changed`
 * list is computed).
 *
 * @category Amendments
 * @since 0.1.0
 */
export interface AmendmentInput {
  /** Unique within the agreement. */
  readonly id: string;
  /**
   * When: a `Period` or its string form, not before the signing or the previous amendment, or a day as a JS
   * `Date` (its UTC day) or a `Temporal.PlainDate`-like object.
   */
  readonly date: Period | string | DateInput;
  /** What changed, in words. */
  readonly description: string;
  /** Why, when stated. */
  readonly rationale?: string;
  /** The ids of the sources that report it; default none. */
  readonly sourceIds?: readonly string[];
}

/**
 * An amendment already recorded, as given to {@link agreement.create} (read
 * back from storage): an {@link AmendmentInput} with its `changed` list.
 *
 * @category Amendments
 * @since 0.1.0
 */
export interface AmendmentRecordInput extends AmendmentInput {
  /** The fields it replaced; default none. */
  readonly changed?: readonly AmendableField[];
}

/**
 * The changes an amendment makes: each field given replaces the agreement's
 * field wholesale (lists included).
 *
 * @category Amendments
 * @since 0.1.0
 */
export type AgreementChanges = {
  readonly [F in AmendableField]?: AgreementInput[F];
};

/**
 * What {@link agreement.commitmentsWhere} selects on; each criterion given must match.
 *
 * @category Commitments
 * @since 0.1.0
 */
export interface CommitmentFilter {
  /** The id of the party that commits. */
  readonly partyId?: string;
  /** The commitment kind (see {@link KnownCommitmentKind}). */
  readonly kind?: OpenCode<KnownCommitmentKind>;
  /** The status. */
  readonly status?: CommitmentStatus;
  /** The id of the facility concerned. */
  readonly facilityId?: string;
}

/**
 * What a claim citing a source is: see {@link agreement.citing}.
 *
 * @category Sources
 * @since 0.1.0
 */
export type ClaimKind =
  | "agreement"
  | "title"
  | "party"
  | "partyName"
  | "parent"
  | "commitment"
  | "facility"
  | "phaseStatus"
  | "milestoneTarget"
  | "milestoneAchievement"
  | "milestoneReport"
  | "amendment";

/**
 * A claim in an agreement: what it is, the id of the thing it is about, and
 * where it sits as a JSON Pointer (`"/commitments/2"`).
 *
 * @category Sources
 * @since 0.1.0
 */
export interface Claim {
  /** What the claim is about. */
  readonly kind: ClaimKind;
  /**
   * The id of what the claim is about: the party, commitment, facility,
   * milestone or amendment (the facility for `phaseStatus`; the agreement for
   * `agreement` and `title`).
   */
  readonly id: string;
  /** A JSON Pointer (RFC 6901) to the claim within the agreement. */
  readonly path: string;
  /** The ids of the sources it cites. */
  readonly sourceIds: readonly string[];
}
