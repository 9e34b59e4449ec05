/**
 * The schema of the `milestone` namespace.
 *
 * @module
 */
import * as z from "zod";
import { MILESTONE_KINDS, REPORTED_STATUSES, of } from "../milestone/index.js";
import type { Milestone, MilestoneKind, ReportedMilestoneStatus } from "../milestone/types.js";
import type { Schema } from "./core.js";
import { compact, domain, isRecord, pathFromWhere } from "./domain.js";
import { IsoDateSchema, PeriodSchema } from "./primitives.js";

/**
 * The JSON form of one source's dating of an event (a {@link accordo!DatedAccount}): when a
 * milestone was reached, or when a phase changed status, as that source says.
 *
 * @category JSON forms
 * @since 0.1.0
 */
export interface DatedAccountJSON {
  /** When the source says it happened: a period string, a day (`"2024-07-26"`) or coarser (`"2023-12"`). */
  readonly on: string;
  /** The id of the source; null (or omitted) when none. */
  readonly sourceId?: string | null | undefined;
}

/**
 * The JSON form of a {@link accordo!Milestone}.
 *
 * @category JSON forms
 * @since 0.1.0
 */
export interface MilestoneJSON {
  /** An identifier, unique within its agreement. */
  readonly id: string;
  /** What it marks (`"massProduction"`, ...). */
  readonly kind: MilestoneKind;
  /** A short description, or null (or omitted). */
  readonly title?: string | null | undefined;
  /** The original target first, then each revision: `{ "target": "2024-S1", "asOf": "2021-11-27", "sourceId": "s1" }`. */
  readonly targets: readonly {
    /** The target period, a period string (`"2024-S1"`). */
    readonly target: string;
    /** The day it was stated, `"YYYY-MM-DD"`. */
    readonly asOf: string;
    /** The id of the source stating it; null (or omitted) when none. */
    readonly sourceId?: string | null | undefined;
  }[];
  /** When it was reached: `{ "on": "2024-04-03", "sourceId": null }`, or null (or omitted) while it has not been. */
  readonly achieved?:
    | {
        /** The day it was reached, `"YYYY-MM-DD"`. */
        readonly on: string;
        /** The id of the source reporting it; null (or omitted) when none. */
        readonly sourceId?: string | null | undefined;
        /** Other sources' datings of it, when they differ: `[{ "on": "2023-12", "sourceId": "s3" }]`; omitted: none. */
        readonly accounts?: readonly DatedAccountJSON[] | undefined;
      }
    | null
    | undefined;
  /** Statuses sources reported (OCDS codes), oldest first; omitted: none. */
  readonly reports?:
    | readonly {
        /** The reported status (OCDS code: `"scheduled"`, `"met"`, `"notMet"`, `"partiallyMet"`). */
        readonly status: ReportedMilestoneStatus;
        /** The day of the report, `"YYYY-MM-DD"`. */
        readonly asOf: string;
        /** The id of the source; null (or omitted) when none. */
        readonly sourceId?: string | null | undefined;
      }[]
    | undefined;
}

const sourceId = z.string().min(1).nullable().optional();

/** The JSON of the datings of an event by several sources (`accounts`), optional. @internal */
export const accountsJSON = z.array(z.strictObject({ on: PeriodSchema, sourceId })).optional();

function isMilestone(value: unknown): value is Milestone {
  return (
    isRecord(value) &&
    typeof value["id"] === "string" &&
    Array.isArray(value["targets"]) &&
    Array.isArray(value["reports"])
  );
}

/**
 * A {@link accordo!Milestone}: `{ "id": "m1", "kind": "massProduction",
 * "title": "first car in mass production", "targets": [{ "target": "2024-S1",
 * "asOf": "2021-11-27", "sourceId": "s1" }], "achieved": null, "reports": [] }`.
 * Read with `milestone.of` (targets and reports in date order, at least one
 * target); the reported statuses are kept apart from the status derived by
 * `milestone.status`.
 *
 * @example
 * {@includeCode ../../test/schemas/examples.test.ts#MilestoneSchema}
 * @category Schemas
 * @since 0.1.0
 */
export const MilestoneSchema: Schema<Milestone, MilestoneJSON> = domain({
  title: "Milestone",
  description:
    "A milestone: what it marks, its target period and revisions, when it was reached, and the statuses sources reported (OCDS codes).",
  json: z.strictObject({
    id: z.string().min(1),
    kind: z.enum(MILESTONE_KINDS as readonly [MilestoneKind, ...MilestoneKind[]]),
    title: z.string().nullable().optional(),
    targets: z.array(z.strictObject({ target: PeriodSchema, asOf: IsoDateSchema, sourceId })).min(1),
    achieved: z
      .strictObject({
        on: IsoDateSchema,
        sourceId,
        accounts: accountsJSON,
      })
      .nullable()
      .optional(),
    reports: z
      .array(
        z.strictObject({
          status: z.enum(REPORTED_STATUSES as readonly [ReportedMilestoneStatus, ...ReportedMilestoneStatus[]]),
          asOf: IsoDateSchema,
          sourceId,
        }),
      )
      .optional(),
  }),
  is: isMilestone,
  decode: (json, ctx) =>
    ctx.run(
      [],
      () =>
        of(
          compact({
            ...json,
            targets: json.targets.map((t) => compact(t)),
            achieved:
              json.achieved === undefined || json.achieved === null
                ? json.achieved
                : compact({ ...json.achieved, accounts: json.achieved.accounts?.map((x) => compact(x)) }),
            reports: json.reports?.map((r) => compact(r)),
          }),
        ),
      pathFromWhere("input", json),
    ),
  encode: (value) => {
    // rebuilt by the namespace's constructor first, so that a value it refuses (a forged or partial
    // object) is refused with its code instead of being written as JSON that parse refuses, or crashing
    const m = of(value);
    return {
      id: m.id,
      kind: m.kind,
      title: m.title,
      targets: m.targets.map((t) => ({ target: t.target, asOf: t.asOf, sourceId: t.sourceId })),
      achieved:
        m.achieved === null
          ? null
          : m.achieved.accounts === undefined
            ? { on: m.achieved.on, sourceId: m.achieved.sourceId }
            : {
                on: m.achieved.on,
                sourceId: m.achieved.sourceId,
                accounts: m.achieved.accounts.map((x) => ({ on: x.on, sourceId: x.sourceId })),
              },
      reports: m.reports.map((r) => ({ status: r.status, asOf: r.asOf, sourceId: r.sourceId })),
    };
  },
});
