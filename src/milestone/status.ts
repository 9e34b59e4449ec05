/**
 * What a milestone says on a day: the target in force, the latest reported status, how far the
 * deadline moved, and the status derived from the dates, with each source's dating judged.
 *
 * @module
 */
import { site } from "../decimal.js";
import { readOptions, refuse } from "../errors.js";
import { compareDates, daysBetween } from "../period/calendar.js";
import { lastDay, start } from "../period/period.js";
import type { DateInput, IsoDate } from "../period/types.js";
import { readMilestone } from "./of.js";
import { readDay } from "./read.js";
import type {
  AccountStatus,
  Milestone,
  MilestoneReport,
  MilestoneStatus,
  MilestoneStatusOptions,
  TargetRevision,
} from "./types.js";

/** The `against` of the options of `milestone.status` (closed options: UNKNOWN_OPTION for another key). */
function readAgainst(options: MilestoneStatusOptions | undefined, fn: string): "current" | "original" | undefined {
  const { against } = readOptions(fn, "options", options, ["against"]);
  if (against === undefined || against === "current" || against === "original") return against;
  return refuse(typeof against === "string" ? "INVALID_INPUT" : "INVALID_TYPE", {
    ...site(`${fn}: options.against`),
    expected: '"current" or "original"',
    received: against,
  });
}

function targetOn(v: Milestone, date: IsoDate): TargetRevision {
  let current = v.targets[0] as TargetRevision;
  for (const t of v.targets) {
    if (compareDates(t.asOf, date) > 0) break;
    current = t;
  }
  return current;
}

/**
 * The target in force on a day: the latest revision stated on or before it
 * (the original target when the day precedes every revision).
 *
 * @param m - the milestone
 * @param asOf - the day: an ISO date, a JS Date (its UTC day) or a Temporal.PlainDate-like value
 * @returns the target revision in force
 * @throws {@link accordo!AccordoError} with `details.function` `"milestone.targetAt"`: the codes of {@link of} when `m` is not a valid milestone; `INVALID_PERIOD` when `asOf` is not a valid day
 * @example
 * {@includeCode ../../test/milestone/examples.test.ts#reviseTarget}
 * @category Milestones
 * @since 0.1.0
 */
export function targetAt(m: Milestone, asOf: DateInput): TargetRevision {
  const v = readMilestone(m, "milestone.targetAt: milestone");
  return targetOn(v, readDay(asOf, "milestone.targetAt: asOf"));
}

/**
 * The latest status a source reported on or before a day, as reported.
 *
 * @param m - the milestone
 * @param asOf - the day: an ISO date, a JS Date (its UTC day) or a Temporal.PlainDate-like value
 * @returns the report, or null when none was made by then
 * @throws {@link accordo!AccordoError} with `details.function` `"milestone.reportedAt"`: the codes of {@link of} when `m` is not a valid milestone; `INVALID_PERIOD` when `asOf` is not a valid day
 * @example
 * {@includeCode ../../test/milestone/examples.test.ts#report}
 * @category Milestones
 * @since 0.1.0
 */
export function reportedAt(m: Milestone, asOf: DateInput): MilestoneReport | null {
  const v = readMilestone(m, "milestone.reportedAt: milestone");
  return reportedOn(v, readDay(asOf, "milestone.reportedAt: asOf"));
}

function reportedOn(v: Milestone, day: IsoDate): MilestoneReport | null {
  let found: MilestoneReport | null = null;
  for (const r of v.reports) {
    if (compareDates(r.asOf, day) > 0) break;
    found = r;
  }
  return found;
}

/**
 * How far the deadline has moved: days from the last day of the original
 * target to the last day of the target in force on `asOf` (positive when
 * postponed, negative when brought forward).
 *
 * @param m - the milestone
 * @param asOf - the day: an ISO date, a JS Date or a Temporal.PlainDate-like value (default: after every revision)
 * @returns the shift in days
 * @throws {@link accordo!AccordoError} with `details.function` `"milestone.targetDrift"`: the codes of {@link of} when `m` is not a valid milestone; `INVALID_PERIOD` when `asOf` is not a valid day
 * @example
 * {@includeCode ../../test/milestone/examples.test.ts#reviseTarget}
 * @category Milestones
 * @since 0.1.0
 */
export function targetDrift(m: Milestone, asOf?: DateInput): number {
  const v = readMilestone(m, "milestone.targetDrift: milestone");
  const current =
    asOf === undefined
      ? (v.targets[v.targets.length - 1] as TargetRevision)
      : targetOn(v, readDay(asOf, "milestone.targetDrift: asOf"));
  return daysBetween(lastDay((v.targets[0] as TargetRevision).target), lastDay(current.target));
}

/**
 * Derives a milestone's status on a day from its dates: `scheduled` (not
 * reached, target not yet over), `metOnTime` (reached by the last day of the
 * target), `metLate` (reached after it) or `overdue` (not reached, target
 * over), with the slippage in days past the deadline. Only an achievement
 * dated on or before `asOf` counts, so the status is monotone in `asOf`: once
 * met, always met, with the same state and slippage. The latest status a
 * source reported by then is returned alongside, unchanged.
 *
 * @param m - the milestone
 * @param asOf - the day to judge on: an ISO date, a JS Date (its UTC day) or a Temporal.PlainDate-like value
 * @param options - which target to judge against (see {@link MilestoneStatusOptions}: `against`)
 * @returns the derived status, frozen
 * @throws {@link accordo!AccordoError} with `details.function` `"milestone.status"`: the codes of {@link of} when `m` is not a valid milestone; `INVALID_TYPE` when `options` is not an object or `options.against` not a string, `UNKNOWN_OPTION` for another key of `options`, `INVALID_INPUT` when `options.against` is unknown; `INVALID_PERIOD` when `asOf` is not a valid day
 * @example
 * {@includeCode ../../test/milestone/examples.test.ts#status}
 * @category Milestones
 * @since 0.1.0
 */
export function status(m: Milestone, asOf: DateInput, options?: MilestoneStatusOptions): MilestoneStatus {
  return judge("milestone.status", m, asOf, options);
}

function judge(
  fn: string,
  m: Milestone,
  asOf: DateInput,
  options: MilestoneStatusOptions | undefined,
): MilestoneStatus {
  const v = readMilestone(m, `${fn}: milestone`);
  const day = readDay(asOf, `${fn}: asOf`);
  const against = readAgainst(options, fn) ?? "current";
  const met = v.achieved !== null && compareDates(v.achieved.on, day) <= 0 ? v.achieved.on : null;
  const target = against === "original" ? (v.targets[0] as TargetRevision) : targetOn(v, met ?? day);
  const deadline = lastDay(target.target);
  const reported = reportedOn(v, day);
  if (met !== null) {
    const late = daysBetween(deadline, met);
    return Object.freeze({
      asOf: day,
      state: late > 0 ? "metLate" : "metOnTime",
      ocds: "met",
      target,
      deadline,
      achieved: met,
      slippageDays: Math.max(0, late),
      reported,
    });
  }
  const over = daysBetween(deadline, day);
  return Object.freeze({
    asOf: day,
    state: over > 0 ? "overdue" : "scheduled",
    ocds: over > 0 ? "notMet" : "scheduled",
    target,
    deadline,
    achieved: null,
    slippageDays: Math.max(0, over),
    reported,
  });
}

/**
 * How each other source's dating of a milestone's achievement (its
 * `achieved.accounts`) judges it against the deadline that {@link status}
 * uses on the same day: `metOnTime` when the account's whole period ends by
 * the deadline, `metLate` when it starts after it, `undetermined` when it
 * straddles it; each with whether it agrees with the state `status` derives
 * from `achieved.on`. Empty while the milestone is not met on `asOf` (as
 * `status` counts it) or when no other account is recorded. Sources that
 * disagree on the day but agree on the verdict ("December 2023" and "March
 * 2024" for a deadline of June 2024) all agree here.
 *
 * @param m - the milestone
 * @param asOf - the day to judge on, as for {@link status}
 * @param options - as for {@link status}: `against` picks the target
 * @returns the accounts in their recorded order, each with its state, frozen
 * @throws {@link accordo!AccordoError} with `details.function` `"milestone.accountsAt"`: the codes of {@link status}
 * @example
 * {@includeCode ../../test/milestone/examples.test.ts#accountsAt}
 * @category Milestones
 * @since 0.1.0
 */
export function accountsAt(m: Milestone, asOf: DateInput, options?: MilestoneStatusOptions): readonly AccountStatus[] {
  const v = readMilestone(m, "milestone.accountsAt: milestone");
  const s = judge("milestone.accountsAt", v, asOf, options);
  const accounts = v.achieved?.accounts ?? [];
  if (s.achieved === null) return Object.freeze([]);
  return Object.freeze(
    accounts.map((x): AccountStatus => {
      const state =
        compareDates(lastDay(x.on), s.deadline) <= 0
          ? "metOnTime"
          : compareDates(start(x.on), s.deadline) > 0
            ? "metLate"
            : "undetermined";
      return Object.freeze({ on: x.on, sourceId: x.sourceId, state, agrees: state === s.state });
    }),
  );
}
