/**
 * The capacity plans and milestones an agreement holds. One the library made is kept as it is
 * (its brand). Any other value is refused unless it is frozen, as the library's values are (a
 * value from another copy of the library, ESM or CJS, has no brand here but is frozen); a frozen
 * one is read as its own namespace reads it: once, into locals (a getter cannot answer one thing
 * to the check and another to the agreement), checked at every depth and rebuilt, so that the
 * agreement holds a value the library made. What that reading refuses is a broken domain value,
 * `INVALID_VALUE` (a refused date or number keeps its code).
 *
 * @internal
 * @module
 */
import { refuseAt } from "../decimal.js";
import { CAPACITY_BRAND, MILESTONE_BRAND } from "../brand.js";
import { readPlan } from "../capacity/read.js";
import type { CapacityPlan } from "../capacity/types.js";
import { readMilestone as readMilestoneValue } from "../milestone/of.js";
import type { Milestone } from "../milestone/types.js";
import { checkBuilt, list, record, sourceId, text } from "../checks.js";

/** A frozen object (a string or a number is frozen too, but is no plan or milestone). */
function isFrozenObject(value: unknown): value is object {
  return typeof value === "object" && value !== null && Object.isFrozen(value);
}

/** A value not made by `maker` and not frozen is refused: the library's values are frozen. */
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
 * A capacity plan held by an agreement. With `made` (an agreement being built): a plan the
 * library made as it is, any other frozen value read once, checked and rebuilt as `capacity.plan`
 * reads it. Without (the queries of a hand-built agreement, already read once into a copy): its
 * shape and the sources each status change cites. @internal
 */
export function readCapacity(value: unknown, where: string, made = true): CapacityPlan {
  if (made && CAPACITY_BRAND.has(value)) return value as CapacityPlan;
  if (made && isFrozenObject(value)) return checkBuilt(() => readPlan(value, where, true));
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
 * A milestone held by an agreement. With `made` (an agreement being built): a milestone the
 * library made as it is, any other frozen value read once, checked and rebuilt as `milestone.of`
 * reads it. Without (the queries of a hand-built agreement, already read once into a copy): its
 * shape and the sources each target, report and achievement cites. @internal
 */
export function readMilestone(value: unknown, where: string, made = true): Milestone {
  if (made && MILESTONE_BRAND.has(value)) return value as Milestone;
  if (made && isFrozenObject(value)) return checkBuilt(() => readMilestoneValue(value, where));
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
