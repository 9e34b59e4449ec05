/**
 * Capacity plans: construction with validation, the check of the phases against the total, and
 * the part of the total that no stated phase accounts for.
 *
 * @module
 */
import { frozen, type Decimal } from "../decimal.js";
import { issuesOf, readPlan, statedSum } from "./read.js";
import type { CapacityIssue, CapacityPlan, CapacityPlanInput } from "./types.js";

/**
 * Builds a capacity plan, validated and frozen. A phase whose capacity no
 * source states is given no capacity (omit it or pass null): the plan keeps
 * it as `{ stated: false }` and never splits the total by itself. The input
 * is read once, and every object in it is closed: an unknown key is refused.
 *
 * @param given - the unit (a string means "per year"), the total and the phases (each with an optional ordinal, capacity, planned start period and status history, oldest first; days as ISO dates, JS Dates or Temporal.PlainDate-like values)
 * @returns the frozen plan, phases sorted by ordinal
 * @throws {@link accordo!AccordoError} with `details.function` `"capacity.plan"` and `details.path` the field: `INVALID_TYPE` when the input, the unit, a phase, a history entry or an account is not the object it should be, or a list is not an array; `UNKNOWN_OPTION` for a key none of them has; `INVALID_NUMBER` or `OUT_OF_RANGE` when the total, a capacity or an ordinal is not a positive number (a whole one for ordinals); `INVALID_INPUT` when the unit is blank or its `per` unknown, a status unknown, a source id empty, ordinals are not 1, 2, ..., n, a history is out of date order or leaves the lifecycle ({@link TRANSITIONS}), or {@link check} finds an issue (`details.issues`); `INVALID_PERIOD` for an invalid date or period.
 * @example
 * {@includeCode ../../test/capacity/examples.test.ts#plan}
 * @category Plans
 * @since 0.1.0
 */
export function plan(given: CapacityPlanInput): CapacityPlan {
  return readPlan(given, "capacity.plan: input", true);
}

/**
 * Checks the capacities of a plan against its total, without throwing: the
 * stated phases must not exceed the total, must equal it when every phase is
 * stated, and must leave room for the phases that are not stated. Useful for
 * plans that did not come from {@link plan} (deserialised data).
 *
 * @param p - the plan
 * @returns the issues found (frozen; empty when the plan is consistent)
 * @throws {@link accordo!AccordoError} with `details.function` `"capacity.check"`: the codes of {@link plan} when `p` is not shaped like a plan (a unit, a positive total, phases with valid ordinals and histories), apart from the issues this function returns
 * @example
 * {@includeCode ../../test/capacity/examples.test.ts#check}
 * @category Plans
 * @since 0.1.0
 */
export function check(p: CapacityPlan): readonly CapacityIssue[] {
  const v = readPlan(p, "capacity.check: plan", false);
  return issuesOf(v.total, v.phases, v.unit);
}

/**
 * The part of the total that no stated phase accounts for: what the phases
 * without a stated capacity share between them (the whole 300,000 in the seed).
 *
 * @param p - the plan
 * @returns `total − Σ stated capacities` (0 when every phase is stated)
 * @throws {@link accordo!AccordoError} with `details.function` `"capacity.unassigned"`: the codes of {@link plan} when `p` is not a valid plan
 * @example
 * {@includeCode ../../test/capacity/examples.test.ts#plan}
 * @category Plans
 * @since 0.1.0
 */
export function unassigned(p: CapacityPlan): Decimal {
  const v = readPlan(p, "capacity.unassigned: plan", true);
  return frozen(v.total.minus(statedSum(v.phases)));
}
