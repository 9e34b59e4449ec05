/**
 * Public types of the `capacity` namespace: a phased production-capacity plan
 * (Global Energy Monitor style: one row per phase, each with its own capacity
 * and a dated status history).
 *
 * @module
 */
import type { Decimal, DecimalInput } from "../decimal.js";
import type { DatedAccount, DatedAccountInput } from "../milestone/types.js";
import type { DateInput, IsoDate, Period } from "../period/types.js";

/**
 * The lifecycle status of a phase, after Global Energy Monitor's trackers:
 *
 * - `announced`: publicly reported, no concrete step yet (permits, land, financing);
 * - `permitted`: actively seeking or holding approvals, land and financing (GEM's "pre-construction");
 * - `underConstruction`: physical construction has begun (not just a ground-breaking ceremony);
 * - `operating`: commissioned, production has begun;
 * - `shelved`: no longer moving forward (or construction on hold), not definitively cancelled;
 * - `cancelled`: abandoned before operating (terminal);
 * - `mothballed`: was operating, now idle but not dismantled;
 * - `retired`: permanently decommissioned (terminal).
 *
 * The allowed changes are listed in `capacity.TRANSITIONS`.
 *
 * @category Capacity
 * @since 0.1.0
 */
export type PhaseStatus =
  "announced" | "permitted" | "underConstruction" | "operating" | "shelved" | "cancelled" | "mothballed" | "retired";

/**
 * One dated entry of a phase's status history: from `on` the phase is in `status`.
 *
 * @category Capacity
 * @since 0.1.0
 */
export interface PhaseStatusChange {
  /** The status the phase entered. */
  readonly status: PhaseStatus;
  /** The day it entered it (as reported; the publication day when the exact day is unknown). */
  readonly on: IsoDate;
  /** The id of the source that reports it (an agreement `Source` id), or null. */
  readonly sourceId: string | null;
  /**
   * What sources say about when it happened, when that is not simply `on`:
   * the month (or quarter, year) a source gives when it gives no day (`on` is
   * then that period's first day, the day the plan's timeline uses), or
   * another source's different dating. Each keeps its source, so that a
   * disagreement between sources is recorded rather than settled. Absent when
   * none is recorded.
   */
  readonly accounts?: readonly DatedAccount[];
}

/**
 * The capacity of one phase: stated by a source, or explicitly not stated.
 * accordo never invents a split: the seed's "300,000 vehicles a year in two
 * phases" gives two phases whose capacity is `{ stated: false }`.
 *
 * @category Capacity
 * @since 0.1.0
 */
export type PhaseCapacity =
  | {
      /** A source states the capacity. */
      readonly stated: true;
      /** The stated capacity, positive, in the plan's unit. */
      readonly value: Decimal;
    }
  | {
      /** No source states the capacity. */
      readonly stated: false;
    };

/**
 * One phase (or unit) of a plan.
 *
 * @category Capacity
 * @since 0.1.0
 */
export interface Phase {
  /** 1 for the first phase, 2 for the second, ...: unique and consecutive within a plan. */
  readonly ordinal: number;
  /** Its capacity, in the plan's unit, or not stated. */
  readonly capacity: PhaseCapacity;
  /** When it is planned to start operating (e.g. the half year `2024-S1`), or null when no source says. */
  readonly plannedStart: Period | null;
  /** Its status changes, oldest first (possibly empty: nothing reported yet). */
  readonly history: readonly PhaseStatusChange[];
}

/**
 * The unit of a capacity: what is produced, and per which span of time
 * (`{ quantity: "vehicles", per: "year" }`), or `per: null` for a stock-like
 * capacity (e.g. megawatts of installed power).
 *
 * @category Capacity
 * @since 0.1.0
 */
export interface CapacityUnit {
  /** What is counted, e.g. `"vehicles"`, `"MW"`, `"tonnes"`. */
  readonly quantity: string;
  /** The span of time the quantity is produced in, or null when the quantity is not a rate. */
  readonly per: "year" | "month" | "week" | "day" | "hour" | null;
}

/**
 * A production-capacity plan: a total in a unit, built in phases.
 *
 * Invariants (checked by `capacity.plan`): the total is positive; stated phase
 * capacities are positive, their sum does not exceed the total, and equals it
 * when every phase is stated; ordinals run 1, 2, ...; every status history
 * follows the lifecycle with dates in order.
 *
 * In plain JavaScript (values the library made): `JSON.stringify` writes CapacityPlanSchema's JSON;
 * `String()` gives `"300000 vehicles per year in 2 phases"`. Node's `util.inspect` shows the same
 * text, named by the type.
 *
 * @example
 * {@includeCode ../../test/capacity/examples.test.ts#interop}
 * @category Capacity
 * @since 0.1.0
 */
export interface CapacityPlan {
  /** The unit of the total and of every phase. */
  readonly unit: CapacityUnit;
  /** The total capacity of the plan when complete (300,000 vehicles a year in the seed). */
  readonly total: Decimal;
  /** The phases, by ordinal. */
  readonly phases: readonly Phase[];
}

/**
 * A capacity at a date, as far as the sources allow: exact when every phase
 * that counts has a stated capacity, otherwise the bounds that the total and
 * the stated phases imply (never an invented split).
 *
 * @category Capacity
 * @since 0.1.0
 */
export interface CapacityAmount {
  /** The day it refers to. */
  readonly date: IsoDate;
  /** The plan's unit. */
  readonly unit: CapacityUnit;
  /** The exact capacity when known, or null when a counted phase has no stated capacity. */
  readonly value: Decimal | null;
  /** The least it can be: the sum of the stated capacities of the counted phases. */
  readonly min: Decimal;
  /** The most it can be: `min` plus the part of the total not assigned to any stated phase, when an unstated phase counts. */
  readonly max: Decimal;
  /** The ordinals of the phases counted. */
  readonly phases: readonly number[];
  /** The ordinals of the counted phases whose capacity is not stated. */
  readonly unstated: readonly number[];
}

/**
 * One entry of a plan's timeline: a phase changed status.
 *
 * @category Capacity
 * @since 0.1.0
 */
export interface CapacityTimelineEntry {
  /** The day of the change. */
  readonly on: IsoDate;
  /** The ordinal of the phase. */
  readonly phase: number;
  /** The status before, or null for the first recorded status. */
  readonly from: PhaseStatus | null;
  /** The status after. */
  readonly to: PhaseStatus;
  /** The source reporting it, or null. */
  readonly sourceId: string | null;
  /** The plan's operating capacity at the end of that day. */
  readonly operating: CapacityAmount;
}

/**
 * A problem `capacity.check` found in a plan.
 *
 * @category Capacity
 * @since 0.1.0
 */
export interface CapacityIssue {
  /** A stable code for the problem. */
  readonly code: "PHASES_EXCEED_TOTAL" | "PHASES_BELOW_TOTAL" | "NO_ROOM_FOR_UNSTATED";
  /** What is wrong, in words. */
  readonly message: string;
}

/**
 * The input accepted for one phase by `capacity.plan` (decimals as any
 * `DecimalInput`, periods as strings or values, dates as ISO strings).
 *
 * @category Capacity
 * @since 0.1.0
 */
export interface PhaseInput {
  /** The phase number; defaults to the position in the list, from 1. */
  readonly ordinal?: number;
  /** Its capacity; omit it, pass null or `{ stated: false }` when no source states it. */
  readonly capacity?: DecimalInput | PhaseCapacity | null;
  /** When it is planned to start operating (`"2024-S1"`; a day may also be a JS Date or a Temporal.PlainDate-like value); omit or null when unknown. */
  readonly plannedStart?: Period | DateInput | string | null;
  /** Its status changes, oldest first. */
  readonly history?: readonly PhaseStatusChangeInput[];
}

/**
 * The input accepted for one status change by `capacity.plan`.
 *
 * @category Capacity
 * @since 0.1.0
 */
export interface PhaseStatusChangeInput {
  /** The status the phase entered. */
  readonly status: PhaseStatus;
  /** The day it entered it. */
  readonly on: DateInput;
  /** The id of the source reporting it; omitted or null when none. */
  readonly sourceId?: string | null;
  /** What sources say about when it happened, when that is not simply `on` (see {@link PhaseStatusChange.accounts}); omitted: none. */
  readonly accounts?: readonly DatedAccountInput[];
}

/**
 * The input accepted by `capacity.plan`.
 *
 * @category Capacity
 * @since 0.1.0
 */
export interface CapacityPlanInput {
  /** The unit; a string is read as the quantity of a yearly rate (`"vehicles"` is vehicles per year). */
  readonly unit: CapacityUnit | string;
  /** The total capacity, positive. */
  readonly total: DecimalInput;
  /** The phases, at least one. */
  readonly phases: readonly PhaseInput[];
}
