/**
 * The capacity plans and milestones an agreement holds: made by their own namespaces, which this
 * one may not call (they share a layer), so only their shape and the sources they cite are read.
 *
 * @internal
 * @module
 */
import { refuseAt } from "../decimal.js";
import type { CapacityPlan } from "../capacity/types.js";
import type { Milestone } from "../milestone/types.js";
import { list, record, sourceId, text } from "../checks.js";

/** A frozen value of the right shape is accepted as made by `maker`. */
function requireFrozen(value: unknown, maker: string, where: string): void {
  if (!Object.isFrozen(value)) refuseAt("INVALID_VALUE", where, `a value made by ${maker} (frozen)`, value);
}

/** What the claims read of each entry: an object whose `sourceId` is absent, null or an id. */
function checkCitations(entries: unknown, where: string): void {
  list(entries, where).forEach((entry, i) =>
    sourceId(record(entry, `${where}[${i}]`)["sourceId"], `${where}[${i}].sourceId`),
  );
}

/**
 * A capacity plan made elsewhere: its shape, frozen (unless `made` is false:
 * the queries take a hand-built one), each status change citing at most one
 * source by id. @internal
 */
export function readCapacity(value: unknown, where: string, made = true): CapacityPlan {
  const input = record(value, where);
  const phases = input["phases"];
  if (
    !Array.isArray(phases) ||
    !phases.every((p) => typeof p === "object" && p !== null && Array.isArray((p as { history?: unknown }).history))
  ) {
    refuseAt("INVALID_VALUE", where, "a capacity plan (capacity.plan)", value);
  }
  if (made) requireFrozen(value, "capacity.plan", where);
  const plan = value as CapacityPlan;
  plan.phases.forEach((p, j) => {
    const at = `${where}.phases[${j}].history`;
    checkCitations(p.history, at);
    p.history.forEach((h, k) => checkCitations(record(h, `${at}[${k}]`)["accounts"], `${at}[${k}].accounts`));
  });
  return plan;
}

/**
 * A milestone made elsewhere: its shape, frozen (unless `made` is false: the
 * queries take a hand-built one), each target, report and achievement citing
 * at most one source by id. @internal
 */
export function readMilestone(value: unknown, where: string, made = true): Milestone {
  const input = record(value, where);
  text(input["id"], `${where}.id`);
  const achieved = input["achieved"];
  // achieved is null or an object (typeof null is "object" too)
  if (!Array.isArray(input["targets"]) || !Array.isArray(input["reports"]) || typeof achieved !== "object") {
    refuseAt("INVALID_VALUE", where, "a milestone (milestone.of)", value);
  }
  if (made) requireFrozen(value, "milestone.of", where);
  const m = value as Milestone;
  checkCitations(m.targets, `${where}.targets`);
  if (m.achieved !== null) {
    const done = record(m.achieved, `${where}.achieved`);
    sourceId(done["sourceId"], `${where}.achieved.sourceId`);
    checkCitations(done["accounts"], `${where}.achieved.accounts`);
  }
  checkCitations(m.reports, `${where}.reports`);
  return m;
}

/** A single optional source id as a list. @internal */
export function cited(sourceId: string | null | undefined): readonly string[] {
  return Object.freeze(sourceId === null || sourceId === undefined ? [] : [sourceId]);
}
