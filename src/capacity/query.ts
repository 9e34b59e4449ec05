/**
 * What a capacity plan says at a date: the status of a phase, the capacity operating or planned,
 * the timeline of changes; and recording a new status change.
 *
 * @module
 */
import { site } from "../decimal.js";
import { refuse } from "../errors.js";
import { compareDates } from "../period/calendar.js";
import { lastDay } from "../period/period.js";
import type { DateInput, IsoDate } from "../period/types.js";
import { checkNext, readStatus } from "./lifecycle.js";
import { readDay } from "../milestone/read.js";
import { change, made, readPlan, statedSum } from "./read.js";
import type {
  CapacityAmount,
  CapacityPlan,
  CapacityTimelineEntry,
  Phase,
  PhaseStatus,
  PhaseStatusChange,
} from "./types.js";

function findPhase(p: CapacityPlan, ordinal: unknown, where: string): Phase {
  const ordinals = p.phases.map((q) => q.ordinal);
  const expected = `the ordinal of one of the plan's phases (${ordinals.join(", ")})`;
  if (typeof ordinal !== "number") return refuse("INVALID_TYPE", { ...site(where), expected, received: ordinal });
  const phase = p.phases.find((q) => q.ordinal === ordinal);
  if (phase === undefined) return refuse("OUT_OF_RANGE", { ...site(where), expected, received: ordinal });
  return phase;
}

function statusOn(phase: Phase, date: IsoDate): PhaseStatus | null {
  let status: PhaseStatus | null = null;
  for (const c of phase.history) {
    if (compareDates(c.on, date) > 0) break;
    status = c.status;
  }
  return status;
}

/**
 * The status of a phase at the end of a day: the last change on or before
 * that day, or null when nothing had been reported yet.
 *
 * @param p - the plan
 * @param ordinal - the phase number
 * @param date - the day: an ISO date, a JS Date (its UTC day) or a Temporal.PlainDate-like value
 * @returns the status, or null
 * @throws {@link accordo!AccordoError} with `details.function` `"capacity.statusAt"`: the codes of {@link plan} when `p` is not a valid plan; `INVALID_TYPE` when `ordinal` is not a number, `OUT_OF_RANGE` when the plan has no such phase; `INVALID_PERIOD` when `date` is not a valid day
 * @example
 * {@includeCode ../../test/capacity/examples.test.ts#statusAt}
 * @category Lifecycle
 * @since 0.1.0
 */
export function statusAt(p: CapacityPlan, ordinal: number, date: DateInput): PhaseStatus | null {
  const v = readPlan(p, "capacity.statusAt: plan", true);
  const phase = findPhase(v, ordinal, "capacity.statusAt: ordinal");
  return statusOn(phase, readDay(date, "capacity.statusAt: date"));
}

function amount(p: CapacityPlan, date: IsoDate, counted: readonly Phase[]): CapacityAmount {
  const min = statedSum(counted);
  const unstated = counted.filter((q) => !q.capacity.stated).map((q) => q.ordinal);
  const max = unstated.length === 0 ? min : min.plus(p.total.minus(statedSum(p.phases)));
  return Object.freeze({
    date,
    unit: p.unit,
    value: unstated.length === 0 ? min : null,
    min,
    max,
    phases: Object.freeze(counted.map((q) => q.ordinal)),
    unstated: Object.freeze(unstated),
  });
}

function operatingOn(v: CapacityPlan, date: IsoDate): CapacityAmount {
  return amount(
    v,
    date,
    v.phases.filter((q) => statusOn(q, date) === "operating"),
  );
}

/**
 * The capacity operating at the end of a day: the phases whose status then is
 * `operating`. Exact when those phases have stated capacities; otherwise
 * `value` is null and `min`/`max` bound it (never more than the total).
 *
 * @param p - the plan
 * @param date - the day: an ISO date, a JS Date (its UTC day) or a Temporal.PlainDate-like value
 * @returns the operating capacity, frozen
 * @throws {@link accordo!AccordoError} with `details.function` `"capacity.operatingAt"`: the codes of {@link plan} when `p` is not a valid plan; `INVALID_PERIOD` when `date` is not a valid day
 * @example
 * {@includeCode ../../test/capacity/examples.test.ts#operatingAt}
 * @category Capacity at a date
 * @since 0.1.0
 */
export function operatingAt(p: CapacityPlan, date: DateInput): CapacityAmount {
  const v = readPlan(p, "capacity.operatingAt: plan", true);
  return operatingOn(v, readDay(date, "capacity.operatingAt: date"));
}

function lastChangeDate(p: CapacityPlan): IsoDate | null {
  let last: IsoDate | null = null;
  for (const phase of p.phases) {
    const c = phase.history[phase.history.length - 1];
    if (c !== undefined && (last === null || compareDates(c.on, last) > 0)) last = c.on;
  }
  return last;
}

/**
 * The capacity planned to be operating by a day: the phases already
 * operating on that day, plus those whose planned start period ends on or
 * before it, leaving out phases that are cancelled, shelved or retired as of
 * `asOf` (by default, as of the latest status change in the plan).
 *
 * @param p - the plan
 * @param date - the day: an ISO date, a JS Date (its UTC day) or a Temporal.PlainDate-like value
 * @param asOf - the day whose knowledge of the statuses counts (default: the latest recorded)
 * @returns the planned capacity, frozen, exact or bounded like {@link operatingAt}
 * @throws {@link accordo!AccordoError} with `details.function` `"capacity.plannedBy"`: the codes of {@link plan} when `p` is not a valid plan; `INVALID_PERIOD` when `date` or `asOf` is not a valid day
 * @example
 * {@includeCode ../../test/capacity/examples.test.ts#plannedBy}
 * @category Capacity at a date
 * @since 0.1.0
 */
export function plannedBy(p: CapacityPlan, date: DateInput, asOf?: DateInput): CapacityAmount {
  const v = readPlan(p, "capacity.plannedBy: plan", true);
  const day = readDay(date, "capacity.plannedBy: date");
  const knownAt = asOf === undefined ? lastChangeDate(v) : readDay(asOf, "capacity.plannedBy: asOf");
  const counted = v.phases.filter((q) => {
    if (statusOn(q, day) === "operating") return true;
    const known = knownAt === null ? null : statusOn(q, knownAt);
    if (known === "cancelled" || known === "shelved" || known === "retired") return false;
    return q.plannedStart !== null && compareDates(lastDay(q.plannedStart), day) <= 0;
  });
  return amount(v, day, counted);
}

/**
 * Every status change of every phase, in date order (then by phase), each
 * with the plan's operating capacity at the end of that day.
 *
 * @param p - the plan
 * @returns the frozen timeline
 * @throws {@link accordo!AccordoError} with `details.function` `"capacity.timeline"`: the codes of {@link plan} when `p` is not a valid plan
 * @example
 * {@includeCode ../../test/capacity/examples.test.ts#timeline}
 * @category Lifecycle
 * @since 0.1.0
 */
export function timeline(p: CapacityPlan): readonly CapacityTimelineEntry[] {
  const v = readPlan(p, "capacity.timeline: plan", true);
  const rows: { on: IsoDate; phase: number; from: PhaseStatus | null; change: PhaseStatusChange }[] = [];
  for (const phase of v.phases) {
    phase.history.forEach((c, index) => {
      rows.push({
        on: c.on,
        phase: phase.ordinal,
        from: index === 0 ? null : (phase.history[index - 1] as PhaseStatusChange).status,
        change: c,
      });
    });
  }
  // The rows are pushed by phase (the phases are sorted by ordinal), then in history order, and
  // Array.prototype.sort is stable (ES2019), so sorting by date keeps that order within a day.
  rows.sort((a, b) => compareDates(a.on, b.on));
  return Object.freeze(
    rows.map((r) =>
      Object.freeze({
        on: r.on,
        phase: r.phase,
        from: r.from,
        to: r.change.status,
        sourceId: r.change.sourceId,
        operating: operatingOn(v, r.on),
      }),
    ),
  );
}

/**
 * Records a status change of one phase, returning a new plan (the input is
 * not modified). The change must follow the lifecycle ({@link TRANSITIONS})
 * and not be dated before the phase's last change.
 *
 * @param p - the plan
 * @param ordinal - the phase number
 * @param status - the new status
 * @param on - the day of the change: an ISO date, a JS Date (its UTC day) or a Temporal.PlainDate-like value
 * @param sourceId - the id of the source reporting it (optional)
 * @returns the new frozen plan
 * @throws {@link accordo!AccordoError} with `details.function` `"capacity.addStatusChange"`: the codes of {@link plan} when `p` is not a valid plan; `INVALID_TYPE` when `ordinal` is not a number or `status` or `sourceId` not a string, `OUT_OF_RANGE` when there is no such phase; `INVALID_INPUT` when the status is unknown, the change leaves the lifecycle or is dated before the last one, or `sourceId` is empty; `INVALID_PERIOD` when `on` is not a valid day
 * @example
 * {@includeCode ../../test/capacity/examples.test.ts#addStatusChange}
 * @category Lifecycle
 * @since 0.1.0
 */
export function addStatusChange(
  p: CapacityPlan,
  ordinal: number,
  status: PhaseStatus,
  on: DateInput,
  sourceId?: string | null,
): CapacityPlan {
  const fn = "capacity.addStatusChange";
  const v = readPlan(p, `${fn}: plan`, true);
  const phase = findPhase(v, ordinal, `${fn}: ordinal`);
  const next = change(readStatus(status, `${fn}: status`), on, sourceId, undefined, `${fn}: `);
  const previous = phase.history[phase.history.length - 1];
  if (previous !== undefined) checkNext(previous, next, `${fn}: `);
  const updated: Phase = Object.freeze({ ...phase, history: Object.freeze([...phase.history, next]) });
  return made(
    v.unit,
    v.total,
    v.phases.map((q) => (q === phase ? updated : q)),
  );
}
