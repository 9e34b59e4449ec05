/**
 * The schema of the `capacity` namespace: phased production-capacity plans.
 *
 * @module
 */
import * as z from "zod";
import { PHASE_STATUSES, plan } from "../capacity/index.js";
import type { CapacityPlan, CapacityUnit, PhaseStatus } from "../capacity/types.js";
import type { Period } from "../period/types.js";
import type { Schema } from "./core.js";
import { compact, domain, isRecord, pathFromWhere } from "./domain.js";
import { accountsJSON, type DatedAccountJSON } from "./milestone.js";
import { IsoDateSchema, PeriodSchema, decimalText, decimalToJSON, isDecimal } from "./primitives.js";

/**
 * The JSON form of one status change of a phase.
 *
 * @category JSON forms
 * @since 0.1.0
 */
export interface PhaseStatusChangeJSON {
  /** The status the phase entered. */
  readonly status: PhaseStatus;
  /** The day it entered it, `"YYYY-MM-DD"`. */
  readonly on: string;
  /** The id of the source reporting it; null (or omitted) when none. */
  readonly sourceId?: string | null | undefined;
  /** What sources say about when it happened, when that is not simply `on`: `[{ "on": "2022-04", "sourceId": "s2" }]`; omitted: none. */
  readonly accounts?: readonly DatedAccountJSON[] | undefined;
}

/**
 * The JSON form of one phase of a plan.
 *
 * @category JSON forms
 * @since 0.1.0
 */
export interface PhaseJSON {
  /** 1, 2, ...; omitted: the position in the list. */
  readonly ordinal?: number | undefined;
  /** The stated capacity as a decimal string, or null (or omitted) when no source states it. */
  readonly capacity?: string | null | undefined;
  /** When it is planned to start operating, a period string (`"2024-S1"`), or null (or omitted). */
  readonly plannedStart?: string | null | undefined;
  /** Its status changes, oldest first; omitted: none. */
  readonly history?: readonly PhaseStatusChangeJSON[] | undefined;
}

/**
 * The JSON form of a {@link accordo!CapacityPlan}.
 *
 * @category JSON forms
 * @since 0.1.0
 */
export interface CapacityPlanJSON {
  /** The unit: `{ "quantity": "vehicles", "per": "year" }`, or a string for a yearly rate (`"vehicles"`). */
  readonly unit: CapacityUnit | string;
  /** The total capacity as a decimal string, e.g. `"300000"`. */
  readonly total: string;
  /** The phases, at least one. */
  readonly phases: readonly PhaseJSON[];
}

const unitJSON = z.union(
  [
    z.string().min(1).describe('The quantity of a yearly rate, e.g. "vehicles" (vehicles per year).'),
    z.strictObject({ quantity: z.string().min(1), per: z.enum(["year", "month", "week", "day", "hour"]).nullable() }),
  ],
  { error: 'expected a unit: a quantity string such as "vehicles" (per year), or { quantity, per }' },
);

const changeJSON = z.strictObject({
  status: z.enum(PHASE_STATUSES as readonly [PhaseStatus, ...PhaseStatus[]]),
  on: IsoDateSchema,
  sourceId: z.string().min(1).nullable().optional(),
  accounts: accountsJSON,
});

const phaseJSON = z.strictObject({
  ordinal: z.number().int().min(1).optional(),
  capacity: decimalText.nullable().optional(),
  plannedStart: PeriodSchema.nullable().optional(),
  history: z.array(changeJSON).optional(),
});

type PlanShape = {
  unit: CapacityUnit | string;
  total: string;
  phases: {
    ordinal?: number | undefined;
    capacity?: string | null | undefined;
    plannedStart?: Period | null | undefined;
    history?:
      | {
          status: PhaseStatus;
          on: string;
          sourceId?: string | null | undefined;
          accounts?: { on: Period; sourceId?: string | null | undefined }[] | undefined;
        }[]
      | undefined;
  }[];
};

function isPlan(value: unknown): value is CapacityPlan {
  return isRecord(value) && isRecord(value["unit"]) && isDecimal(value["total"]) && Array.isArray(value["phases"]);
}

/**
 * A {@link accordo!CapacityPlan}: `{ "unit": { "quantity": "vehicles", "per":
 * "year" }, "total": "300000", "phases": [{ "ordinal": 1, "capacity": null,
 * "plannedStart": "2024-S1", "history": [{ "status": "announced", "on":
 * "2021-11-27", "sourceId": "s1" }] }, ...] }`. A phase whose capacity no
 * source states has `"capacity": null`: nothing is invented. Read with
 * `capacity.plan`, which checks the lifecycle of every history and the
 * phases against the total; its errors are reported at the field they concern.
 *
 * @example
 * {@includeCode ../../test/schemas/examples.test.ts#CapacityPlanSchema}
 * @category Schemas
 * @since 0.1.0
 */
export const CapacityPlanSchema: Schema<CapacityPlan, CapacityPlanJSON> = domain<
  CapacityPlan,
  CapacityPlanJSON,
  PlanShape
>({
  title: "CapacityPlan",
  description:
    "A production-capacity plan: a total in a unit, built in phases, each with its capacity (or null when not stated), planned start and dated status history.",
  json: z.strictObject({ unit: unitJSON, total: decimalText, phases: z.array(phaseJSON).min(1) }),
  is: isPlan,
  decode: (json, ctx) =>
    ctx.run(
      [],
      () =>
        plan({
          unit: json.unit,
          total: json.total,
          phases: json.phases.map((phase) =>
            compact({
              ...phase,
              history: phase.history?.map((h) => compact({ ...h, accounts: h.accounts?.map((x) => compact(x)) })),
            }),
          ),
        }),
      pathFromWhere("input", json),
    ),
  encode: (value) => {
    // rebuilt by the namespace's constructor first, so that a value it refuses (a forged or partial
    // object) is refused with its code instead of being written as JSON that parse refuses, or crashing
    const p = plan(value);
    return {
      unit: { quantity: p.unit.quantity, per: p.unit.per },
      total: decimalToJSON(p.total),
      phases: p.phases.map((phase) => ({
        ordinal: phase.ordinal,
        capacity: phase.capacity.stated ? decimalToJSON(phase.capacity.value) : null,
        plannedStart: phase.plannedStart,
        history: phase.history.map((h) =>
          h.accounts === undefined
            ? { status: h.status, on: h.on, sourceId: h.sourceId }
            : {
                status: h.status,
                on: h.on,
                sourceId: h.sourceId,
                accounts: h.accounts.map((x) => ({ on: x.on, sourceId: x.sourceId })),
              },
        ),
      })),
    };
  },
});
