/**
 * Schemas of the `agreement` namespace: agreements (their sources and names are in sources.ts).
 *
 * @module
 */
import * as z from "zod";
import { AMENDABLE_FIELDS, COMMITMENT_STATUSES, create } from "../agreement/index.js";
import type { AmendableField, Agreement, CommitmentStatus } from "../agreement/types.js";
import type { Milestone } from "../milestone/types.js";
import { CapacityPlanSchema } from "./capacity.js";
import type { CapacityPlanJSON } from "./capacity.js";
import type { Schema } from "./core.js";
import { compact, domain, pathFromWhere } from "./domain.js";
import { MilestoneSchema } from "./milestone.js";
import type { MilestoneJSON } from "./milestone.js";
import { MoneySchema } from "./money.js";
import type { MoneyDocument } from "./money.js";
import { PeriodSchema, decimalText, decimalToJSON } from "./primitives.js";
import type { LocalizedNameJSON, SourceJSON } from "./sources.js";
import { localizedNameShape, nameToShape, sourceShape, sourceToShape, hasIdAndLists } from "./sources.js";

/**
 * The JSON form of an {@link accordo!AgreementParty}.
 *
 * @category JSON forms
 * @since 0.1.0
 */
export interface AgreementPartyJSON {
  /** Unique within the agreement. */
  readonly id: string;
  /** The canonical name. */
  readonly name: string;
  /** Names in other languages or spellings. */
  readonly otherNames?: readonly LocalizedNameJSON[] | undefined;
  /** What kind of party it is (`"company"`, `"zoneManagementCommittee"`, ...). */
  readonly kind: string;
  /** Identifiers in registries. */
  readonly identifiers?:
    | readonly {
        /** The register or list (`"CN-SAMR"`, `"LEI"`, `"HKEX"`, `"wikidata"`). */
        readonly scheme: string;
        /** The id within the scheme, as a string. */
        readonly id: string;
      }[]
    | undefined;
  /** The parent party, with the ownership share as a decimal string from 0 to 1 when known. */
  readonly parent?:
    | {
        /** The id of the parent party. */
        readonly partyId: string;
        /** The ownership share as a decimal string from 0 to 1, when known. */
        readonly share?: string | undefined;
        /** The ids of the sources that state the link. */
        readonly sourceIds?: readonly string[] | undefined;
      }
    | undefined;
  /** The ids of the sources that attest it. */
  readonly sourceIds?: readonly string[] | undefined;
  /** Its roles in the agreement (`"investor"`, `"zoneAuthority"`, ...). */
  readonly roles?: readonly string[] | undefined;
}

/**
 * The JSON form of a {@link accordo!Commitment}.
 *
 * @category JSON forms
 * @since 0.1.0
 */
export interface CommitmentJSON {
  /** Unique within the agreement. */
  readonly id: string;
  /** The id of the party that commits. */
  readonly partyId: string;
  /** What kind of commitment (`"headquarters"`, `"productionPlant"`, ...). */
  readonly kind: string;
  /** What was promised, in words. */
  readonly description: string;
  /** Where it stands; `"pending"` when omitted. */
  readonly status?: CommitmentStatus | undefined;
  /** An amount of money. */
  readonly amount?: MoneyDocument | undefined;
  /** A quantity: the value as a decimal string and a unit. */
  readonly quantity?:
    | {
        /** The number as a decimal string. */
        readonly value: string;
        /** The unit, free text (`"jobs"`, `"m2"`). */
        readonly unit: string;
      }
    | undefined;
  /** When it is due, a period string. */
  readonly due?: string | undefined;
  /** The facility it concerns. */
  readonly facilityId?: string | undefined;
  /** The ids of the sources that report it. */
  readonly sourceIds?: readonly string[] | undefined;
}

/**
 * The JSON form of a {@link accordo!Facility}.
 *
 * @category JSON forms
 * @since 0.1.0
 */
export interface FacilityJSON {
  /** Unique within the agreement. */
  readonly id: string;
  /** A descriptive name. */
  readonly name: string;
  /** What kind of facility (`"plant"`, ...). */
  readonly kind: string;
  /** The id of the party that will operate it. */
  readonly operatorId?: string | undefined;
  /** Where it is, free text. */
  readonly location?: string | undefined;
  /** Its capacity plan. */
  readonly capacity?: CapacityPlanJSON | undefined;
  /** The ids of the sources that report it. */
  readonly sourceIds?: readonly string[] | undefined;
}

/**
 * The JSON form of an {@link accordo!Amendment}.
 *
 * @category JSON forms
 * @since 0.1.0
 */
export interface AmendmentJSON {
  /** Unique within the agreement. */
  readonly id: string;
  /** When it was made, a period string. */
  readonly date: string;
  /** What changed, in words. */
  readonly description: string;
  /** Why it changed. */
  readonly rationale?: string | undefined;
  /** The fields it replaced. */
  readonly changed?: readonly AmendableField[] | undefined;
  /** The ids of the sources that report it. */
  readonly sourceIds?: readonly string[] | undefined;
}

/**
 * The JSON form of an {@link accordo!Agreement}. Lists may be omitted (empty).
 *
 * @category JSON forms
 * @since 0.1.0
 */
export interface AgreementJSON {
  /** A unique id. */
  readonly id: string;
  /** The title, as the sources give it. */
  readonly title: string;
  /** The title in other languages. */
  readonly otherTitles?: readonly LocalizedNameJSON[] | undefined;
  /** What kind of agreement (`"cooperationAgreement"`, ...). */
  readonly kind: string;
  /** When it was signed, a period string (a day, or coarser). */
  readonly signed?: string | undefined;
  /** The parties, with their roles. */
  readonly parties?: readonly AgreementPartyJSON[] | undefined;
  /** What the parties committed to. */
  readonly commitments?: readonly CommitmentJSON[] | undefined;
  /** The facilities it provides for. */
  readonly facilities?: readonly FacilityJSON[] | undefined;
  /** Its milestones. */
  readonly milestones?: readonly MilestoneJSON[] | undefined;
  /** Its amendments, oldest first. */
  readonly amendments?: readonly AmendmentJSON[] | undefined;
  /** The sources claims cite. */
  readonly sources?: readonly SourceJSON[] | undefined;
  /** The sources of the agreement's own facts. */
  readonly sourceIds?: readonly string[] | undefined;
}

const text = z.string().min(1);
const ids = z.array(text).optional();

const partyShape = z.strictObject({
  id: text,
  name: text,
  otherNames: z.array(localizedNameShape).optional(),
  kind: text,
  identifiers: z.array(z.strictObject({ scheme: text, id: text })).optional(),
  parent: z.strictObject({ partyId: text, share: decimalText.optional(), sourceIds: ids }).optional(),
  sourceIds: ids,
  roles: z.array(text).optional(),
});

const commitmentShape = z.strictObject({
  id: text,
  partyId: text,
  kind: text,
  description: text,
  status: z.enum(COMMITMENT_STATUSES as readonly [CommitmentStatus, ...CommitmentStatus[]]).optional(),
  amount: MoneySchema.optional(),
  quantity: z.strictObject({ value: decimalText, unit: text }).optional(),
  due: PeriodSchema.optional(),
  facilityId: text.optional(),
  sourceIds: ids,
});

const facilityShape = z.strictObject({
  id: text,
  name: text,
  kind: text,
  operatorId: text.optional(),
  location: text.optional(),
  capacity: CapacityPlanSchema.optional(),
  sourceIds: ids,
});

const amendmentShape = z.strictObject({
  id: text,
  date: PeriodSchema,
  description: text,
  rationale: text.optional(),
  changed: z.array(z.enum(AMENDABLE_FIELDS as readonly [AmendableField, ...AmendableField[]])).optional(),
  sourceIds: ids,
});

const agreementShape = z.strictObject({
  id: text,
  title: text,
  otherTitles: z.array(localizedNameShape).optional(),
  kind: text,
  signed: PeriodSchema.optional(),
  parties: z.array(partyShape).optional(),
  commitments: z.array(commitmentShape).optional(),
  facilities: z.array(facilityShape).optional(),
  milestones: z.array(MilestoneSchema).optional(),
  amendments: z.array(amendmentShape).optional(),
  sources: z.array(sourceShape).optional(),
  sourceIds: ids,
});

type AgreementShape = z.output<typeof agreementShape>;

function toInput(json: AgreementShape): Parameters<typeof create>[0] {
  return compact({
    ...json,
    otherTitles: json.otherTitles?.map((n) => compact(n)),
    parties: json.parties?.map((p) =>
      compact({
        ...p,
        otherNames: p.otherNames?.map((n) => compact(n)),
        parent: p.parent === undefined ? undefined : compact(p.parent),
      }),
    ),
    commitments: json.commitments?.map((c) => compact(c)),
    facilities: json.facilities?.map((f) => compact(f)),
    amendments: json.amendments?.map((a) => compact(a)),
    sources: json.sources?.map((s) => compact(s)),
  });
}

/**
 * An {@link accordo!Agreement}: its parties with their roles, commitments
 * (amounts as {@link MoneySchema} JSON), facilities (capacity plans as
 * {@link CapacityPlanSchema} JSON), milestones ({@link MilestoneSchema}),
 * amendments and sources. Read with `agreement.create`, which checks the ids,
 * every reference (parties, facilities, sources) and the parent chains; its
 * errors are reported at the field they concern. Lists may be omitted when
 * empty; they are always written.
 *
 * @example
 * {@includeCode ../../test/schemas/examples.test.ts#AgreementSchema}
 * @category Schemas
 * @since 0.1.0
 */
export const AgreementSchema: Schema<Agreement, AgreementJSON> = domain({
  title: "Agreement",
  description:
    "An industrial investment agreement: parties and their roles, commitments, facilities, milestones, amendments and the sources every claim cites.",
  json: agreementShape,
  is: (value): value is Agreement => hasIdAndLists(value, ["parties", "commitments"]),
  decode: (json, ctx) => ctx.run([], () => create(toInput(json)), pathFromWhere("input", json)),
  encode: (value) => {
    // rebuilt by the namespace's constructor first, so that a value it refuses (a forged or partial
    // object) is refused with its code instead of being written as JSON that parse refuses, or crashing
    const a = create(value);
    return compact({
      id: a.id,
      title: a.title,
      otherTitles: a.otherTitles.map(nameToShape),
      kind: a.kind,
      signed: a.signed,
      parties: a.parties.map((p) =>
        compact({
          id: p.id,
          name: p.name,
          otherNames: p.otherNames.map(nameToShape),
          kind: p.kind,
          identifiers: p.identifiers.map((i) => ({ scheme: i.scheme, id: i.id })),
          parent:
            p.parent === undefined
              ? undefined
              : compact({
                  partyId: p.parent.partyId,
                  share: p.parent.share === undefined ? undefined : decimalToJSON(p.parent.share),
                  sourceIds: [...p.parent.sourceIds],
                }),
          sourceIds: [...p.sourceIds],
          roles: [...p.roles],
        }),
      ),
      commitments: a.commitments.map((c) =>
        compact({
          id: c.id,
          partyId: c.partyId,
          kind: c.kind,
          description: c.description,
          status: c.status,
          amount: c.amount,
          quantity:
            c.quantity === undefined ? undefined : { value: decimalToJSON(c.quantity.value), unit: c.quantity.unit },
          due: c.due,
          facilityId: c.facilityId,
          sourceIds: [...c.sourceIds],
        }),
      ),
      facilities: a.facilities.map((f) =>
        compact({
          id: f.id,
          name: f.name,
          kind: f.kind,
          operatorId: f.operatorId,
          location: f.location,
          capacity: f.capacity,
          sourceIds: [...f.sourceIds],
        }),
      ),
      milestones: [...a.milestones] as Milestone[],
      amendments: a.amendments.map((m) =>
        compact({
          id: m.id,
          date: m.date,
          description: m.description,
          rationale: m.rationale,
          changed: [...m.changed],
          sourceIds: [...m.sourceIds],
        }),
      ),
      sources: a.sources.map(sourceToShape),
      sourceIds: [...a.sourceIds],
    });
  },
});
