/**
 * Recording what happens to a milestone: a revised target, the day it was reached, a status a
 * source reported. Each returns a new milestone; the one given is not modified.
 *
 * @module
 */
import { site } from "../decimal.js";
import { refuse } from "../errors.js";
import type { DateInput, Period } from "../period/types.js";
import { made, notBefore, readMilestone, revision, statusReport } from "./of.js";
import { readDay, readSourceId } from "./read.js";
import type { Milestone, ReportedMilestoneStatus } from "./types.js";

/**
 * Records a revised target, returning a new milestone (the input is not
 * modified). The revision must not be dated before the latest target.
 *
 * @param m - the milestone
 * @param target - the new target period (a value or a string such as `"2024-S2"`; a day may be a JS Date or a Temporal.PlainDate-like value)
 * @param asOf - the day the new target was stated: an ISO date, a JS Date (its UTC day) or a Temporal.PlainDate-like value
 * @param sourceId - the id of the source stating it (optional)
 * @returns the new frozen milestone
 * @throws {@link accordo!AccordoError} with `details.function` `"milestone.reviseTarget"`: the codes of {@link of} when `m` is not a valid milestone; `INVALID_INPUT` when the revision is dated before the latest target or `sourceId` is empty, `INVALID_TYPE` when `sourceId` is not a string; `INVALID_PERIOD` when `target` or `asOf` is invalid
 * @example
 * {@includeCode ../../test/milestone/examples.test.ts#reviseTarget}
 * @category Milestones
 * @since 0.1.0
 */
export function reviseTarget(
  m: Milestone,
  target: Period | DateInput | string,
  asOf: DateInput,
  sourceId?: string | null,
): Milestone {
  const fn = "milestone.reviseTarget";
  const v = readMilestone(m, `${fn}: milestone`);
  const next = revision(target, asOf, sourceId, `${fn}: `);
  notBefore(v.targets[v.targets.length - 1]?.asOf, next.asOf, `${fn}: asOf`);
  return made({ ...v, targets: [...v.targets, next] });
}

/**
 * Records the day a milestone was reached, returning a new milestone.
 *
 * @param m - the milestone, not yet achieved
 * @param on - the day it was reached: an ISO date, a JS Date (its UTC day) or a Temporal.PlainDate-like value
 * @param sourceId - the id of the source reporting it (optional)
 * @returns the new frozen milestone
 * @throws {@link accordo!AccordoError} with `details.function` `"milestone.achieve"`: the codes of {@link of} when `m` is not a valid milestone; `INVALID_INPUT` when it already has an achieved date (build a new one with {@link of} to correct it) or `sourceId` is empty, `INVALID_TYPE` when `sourceId` is not a string; `INVALID_PERIOD` when `on` is invalid
 * @example
 * {@includeCode ../../test/milestone/examples.test.ts#status}
 * @category Milestones
 * @since 0.1.0
 */
export function achieve(m: Milestone, on: DateInput, sourceId?: string | null): Milestone {
  const fn = "milestone.achieve";
  const v = readMilestone(m, `${fn}: milestone`);
  if (v.achieved !== null) {
    refuse("INVALID_INPUT", {
      ...site(`${fn}: milestone.achieved`),
      expected: "null: a milestone not yet achieved (to correct the day, build a new one with milestone.of)",
      received: v.achieved.on,
    });
  }
  const achieved = Object.freeze({ on: readDay(on, `${fn}: on`), sourceId: readSourceId(sourceId, `${fn}: sourceId`) });
  return made({ ...v, achieved });
}

/**
 * Records a status reported by a source (OCDS codes), returning a new
 * milestone. Reported statuses are kept as reported, apart from the status
 * derived by {@link status}.
 *
 * @param m - the milestone
 * @param reported - `scheduled`, `met`, `notMet` or `partiallyMet`
 * @param asOf - the day of the report, not before the previous report: an ISO date, a JS Date (its UTC day) or a Temporal.PlainDate-like value
 * @param sourceId - the id of the source (optional)
 * @returns the new frozen milestone
 * @throws {@link accordo!AccordoError} with `details.function` `"milestone.report"`: the codes of {@link of} when `m` is not valid; `INVALID_INPUT` when the status is unknown, the report dated before the previous one, or `sourceId` empty, `INVALID_TYPE` when the status or `sourceId` is not a string; `INVALID_PERIOD` when `asOf` is invalid
 * @example
 * {@includeCode ../../test/milestone/examples.test.ts#report}
 * @category Milestones
 * @since 0.1.0
 */
export function report(
  m: Milestone,
  reported: ReportedMilestoneStatus,
  asOf: DateInput,
  sourceId?: string | null,
): Milestone {
  const fn = "milestone.report";
  const v = readMilestone(m, `${fn}: milestone`);
  const next = statusReport(reported, asOf, sourceId, `${fn}: `, "reported");
  notBefore(v.reports[v.reports.length - 1]?.asOf, next.asOf, `${fn}: asOf`);
  return made({ ...v, reports: [...v.reports, next] });
}
