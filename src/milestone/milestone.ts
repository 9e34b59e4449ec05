/**
 * Milestones: construction, target revisions, achievement, reported statuses,
 * and the status derived from the dates with its slippage in days.
 *
 * @module
 */
import { checkKeys, describe, fail } from "../errors.js";
import { compareDates, dayNumberOf, daysBetween, readDate } from "../period/calendar.js";
import { format as formatPeriod, lastDay, readPeriod, start } from "../period/period.js";
import { frozenValue, valuePrototype } from "../value.js";
import type { DateInput, IsoDate, Period } from "../period/types.js";
import type {
  AccountStatus,
  DatedAccount,
  MilestoneAchievement,
  MilestoneAchievementInput,
  Milestone,
  MilestoneInput,
  MilestoneKind,
  MilestoneStatus,
  ReportedMilestoneStatus,
  MilestoneStatusOptions,
  MilestoneReport,
  TargetRevision,
} from "./types.js";

/**
 * Every milestone kind, frozen.
 *
 * @category Milestones
 * @since 0.1.0
 */
export const MILESTONE_KINDS: readonly MilestoneKind[] = Object.freeze([
  "groundbreaking",
  "constructionStart",
  "constructionCompletion",
  "trialProduction",
  "productionStart",
  "massProduction",
  "firstDelivery",
  "other",
] as const);

/**
 * The OCDS milestone status codes a source can report, frozen.
 *
 * @category Milestones
 * @since 0.1.0
 */
export const REPORTED_STATUSES: readonly ReportedMilestoneStatus[] = Object.freeze([
  "scheduled",
  "met",
  "notMet",
  "partiallyMet",
] as const);

function checkSourceId(value: unknown, where: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string" || value === "")
    return fail("INVALID_INPUT", `${where} must be a non-empty string or null, got ${describe(value)}`, { where });
  return value;
}

function checkDate(value: unknown, where: string): IsoDate {
  // a JS Date or a Temporal.PlainDate-like day becomes its ISO date
  const date = readDate(value, where);
  dayNumberOf(date, where);
  return date as IsoDate;
}

function checkTarget(value: unknown, where: string): Period {
  return readPeriod(value, where);
}

function revision(target: unknown, asOf: unknown, sourceId: unknown, where: string): TargetRevision {
  return Object.freeze({
    target: checkTarget(target, `${where}.target`),
    asOf: checkDate(asOf, `${where}.asOf`),
    sourceId: checkSourceId(sourceId, `${where}.sourceId`),
  });
}

function account(on: unknown, sourceId: unknown, where: string): DatedAccount {
  return Object.freeze({ on: checkTarget(on, `${where}.on`), sourceId: checkSourceId(sourceId, `${where}.sourceId`) });
}

function statusReport(status: unknown, asOf: unknown, sourceId: unknown, where: string): MilestoneReport {
  if (!(REPORTED_STATUSES as readonly unknown[]).includes(status)) {
    fail("INVALID_INPUT", `${where}.status must be one of ${REPORTED_STATUSES.join(", ")}, got ${describe(status)}`, {
      where: `${where}.status`,
    });
  }
  return Object.freeze({
    status: status as ReportedMilestoneStatus,
    asOf: checkDate(asOf, `${where}.asOf`),
    sourceId: checkSourceId(sourceId, `${where}.sourceId`),
  });
}

function inOrder(list: readonly { readonly asOf: IsoDate }[], where: string): void {
  for (let i = 1; i < list.length; i++) {
    const a = list[i - 1] as { readonly asOf: IsoDate };
    const b = list[i] as { readonly asOf: IsoDate };
    if (compareDates(b.asOf, a.asOf) < 0) {
      fail(
        "INVALID_INPUT",
        `${where}[${i}] is dated ${b.asOf}, before the previous entry (${a.asOf}); entries must be in date order`,
        { where: `${where}[${i}]` },
      );
    }
  }
}

function entries(value: unknown, where: string): readonly Record<string, unknown>[] {
  if (value === undefined) return [];
  if (!Array.isArray(value))
    return fail("INVALID_INPUT", `${where} must be an array, got ${describe(value)}`, { where });
  // Array.from: a sparse array's holes become undefined entries, refused below, not skipped.
  return Array.from(value as unknown[]).map((item: unknown, i) => {
    if (typeof item !== "object" || item === null)
      fail("INVALID_INPUT", `${where}[${i}] must be an object, got ${describe(item)}`, { where: `${where}[${i}]` });
    return item as Record<string, unknown>;
  });
}

/**
 * What every Milestone the library makes inherits: `JSON.stringify` writes MilestoneSchema's JSON
 * (targets as period strings), `String()` gives `"massProduction mass-production by 2024-S1"`
 * (the latest target).
 */
const MILESTONE = valuePrototype<Milestone>(
  "Milestone",
  // every field as it is (days are ISO strings already), the targets' periods as strings
  (m) => ({ ...m, targets: m.targets.map((t) => ({ ...t, target: formatPeriod(t.target) })) }),
  (m) => {
    const last = m.targets[m.targets.length - 1];
    const target = last === undefined ? "" : ` by ${formatPeriod(last.target)}`;
    return `${m.kind} ${m.id}${target}${m.achieved === null ? "" : `, achieved ${m.achieved.on}`}`;
  },
);

/**
 * Builds a milestone, validated and frozen: an id, a kind, the original
 * target period and its revisions (each with the day it was stated and its
 * source), the day it was reached if it was, and the statuses sources reported.
 *
 * @param input - the milestone's fields; periods may be strings (`"2024-S1"`), `achieved` a bare day
 * @returns the frozen milestone
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when the id is empty, the kind or a reported status unknown, there is no target, targets or reports are out of date order, or a source id is empty; `INVALID_PERIOD` when a period or date is invalid
 * @example
 * {@includeCode ../../test/milestone/examples.test.ts#of}
 * @category Milestones
 * @since 0.1.0
 */
export function of(input: MilestoneInput): Milestone {
  if (typeof input !== "object" || input === null)
    return fail("INVALID_INPUT", `a milestone must be an object, got ${describe(input)}`, { where: "milestone" });
  checkKeys("milestone.of", "input", input, ["id", "kind", "title", "targets", "achieved", "reports"]);
  if (typeof input.id !== "string" || input.id.trim() === "")
    fail("INVALID_INPUT", `id must be a non-empty string, got ${describe(input.id)}`, { where: "id" });
  if (!(MILESTONE_KINDS as readonly unknown[]).includes(input.kind)) {
    fail("INVALID_INPUT", `kind must be one of ${MILESTONE_KINDS.join(", ")}, got ${describe(input.kind)}`, {
      where: "kind",
    });
  }
  const title = input.title ?? null;
  if (title !== null && typeof title !== "string")
    fail("INVALID_INPUT", `title must be a string or null, got ${describe(title)}`, { where: "title" });
  const targets = entries(input.targets, "targets").map((t, i) =>
    revision(t["target"], t["asOf"], t["sourceId"], `targets[${i}]`),
  );
  if (targets.length === 0) fail("INVALID_INPUT", "a milestone needs at least one target", { where: "targets" });
  inOrder(targets, "targets");
  const reports = entries(input.reports, "reports").map((r, i) =>
    statusReport(r["status"], r["asOf"], r["sourceId"], `reports[${i}]`),
  );
  inOrder(reports, "reports");
  let achieved: MilestoneAchievement | null = null;
  // a bare day (a JS Date or PlainDate-like read as its ISO date) or { on, sourceId, accounts }
  const a = readDate(input.achieved, "achieved") as IsoDate | MilestoneAchievementInput | null | undefined;
  if (typeof a === "string") achieved = Object.freeze({ on: checkDate(a, "achieved"), sourceId: null });
  else if (typeof a === "object" && a !== null) {
    const on = checkDate(a.on, "achieved.on");
    const sourceId = checkSourceId(a.sourceId, "achieved.sourceId");
    const accounts = entries(a.accounts, "achieved.accounts").map((x, i) =>
      account(x["on"], x["sourceId"], `achieved.accounts[${i}]`),
    );
    achieved = Object.freeze(
      accounts.length === 0 ? { on, sourceId } : { on, sourceId, accounts: Object.freeze(accounts) },
    );
  } else if (a !== undefined && a !== null)
    fail("INVALID_INPUT", `achieved must be an ISO date, { on, sourceId } or null, got ${describe(a)}`, {
      where: "achieved",
    });
  return frozenValue(MILESTONE, {
    id: input.id,
    kind: input.kind,
    title,
    targets: Object.freeze(targets),
    achieved,
    reports: Object.freeze(reports),
  });
}

/**
 * Records a revised target, returning a new milestone (the input is not
 * modified). The revision must not be dated before the latest target.
 *
 * @param m - the milestone
 * @param target - the new target period (a value or a string such as `"2024-S2"`)
 * @param asOf - the day the new target was stated
 * @param sourceId - the id of the source stating it (optional)
 * @returns the new frozen milestone
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when `m` is not a valid milestone, the revision is dated before the latest target, or `sourceId` is empty; `INVALID_PERIOD` when `target`, `asOf` or a period or date in `m` is invalid
 * @example
 * {@includeCode ../../test/milestone/examples.test.ts#reviseTarget}
 * @category Milestones
 * @since 0.1.0
 */
export function reviseTarget(
  m: Milestone,
  target: Period | string,
  asOf: DateInput,
  sourceId?: string | null,
): Milestone {
  const v = of(m);
  return of({ ...v, targets: [...v.targets, revision(target, asOf, sourceId, "revision")] });
}

/**
 * Records the day a milestone was reached, returning a new milestone.
 *
 * @param m - the milestone, not yet achieved
 * @param on - the day it was reached
 * @param sourceId - the id of the source reporting it (optional)
 * @returns the new frozen milestone
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when `m` is not a valid milestone or already has an achieved date (build a new one with {@link of} to correct it), or `sourceId` is empty; `INVALID_PERIOD` when `on` or a period or date in `m` is invalid
 * @example
 * {@includeCode ../../test/milestone/examples.test.ts#status}
 * @category Milestones
 * @since 0.1.0
 */
export function achieve(m: Milestone, on: DateInput, sourceId?: string | null): Milestone {
  const v = of(m);
  if (v.achieved !== null)
    fail("INVALID_INPUT", `milestone ${describe(v.id)} was already achieved on ${v.achieved.on}`, {
      where: "achieved",
    });
  return of({ ...v, achieved: { on: checkDate(on, "on"), sourceId: checkSourceId(sourceId, "sourceId") } });
}

/**
 * Records a status reported by a source (OCDS codes), returning a new
 * milestone. Reported statuses are kept as reported, apart from the status
 * derived by {@link status}.
 *
 * @param m - the milestone
 * @param reported - `scheduled`, `met`, `notMet` or `partiallyMet`
 * @param asOf - the day of the report, not before the previous report
 * @param sourceId - the id of the source (optional)
 * @returns the new frozen milestone
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when `m` is not valid, the status unknown, the report dated before the previous one, or `sourceId` empty; `INVALID_PERIOD` when `asOf` or a period or date in `m` is invalid
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
  const v = of(m);
  return of({ ...v, reports: [...v.reports, statusReport(reported, asOf, sourceId, "report")] });
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
 * @param asOf - the day
 * @returns the target revision in force
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when `m` is not a valid milestone; `INVALID_PERIOD` when `asOf` or a period or date in `m` is invalid
 * @example
 * {@includeCode ../../test/milestone/examples.test.ts#reviseTarget}
 * @category Milestones
 * @since 0.1.0
 */
export function targetAt(m: Milestone, asOf: DateInput): TargetRevision {
  const v = of(m);
  return targetOn(v, checkDate(asOf, "asOf"));
}

/**
 * The latest status a source reported on or before a day, as reported.
 *
 * @param m - the milestone
 * @param asOf - the day
 * @returns the report, or null when none was made by then
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when `m` is not a valid milestone; `INVALID_PERIOD` when `asOf` or a period or date in `m` is invalid
 * @example
 * {@includeCode ../../test/milestone/examples.test.ts#report}
 * @category Milestones
 * @since 0.1.0
 */
export function reportedAt(m: Milestone, asOf: DateInput): MilestoneReport | null {
  const v = of(m);
  const day = checkDate(asOf, "asOf");
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
 * @param asOf - the day (default: after every revision)
 * @returns the shift in days
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when `m` is not a valid milestone; `INVALID_PERIOD` when `asOf` or a period or date in `m` is invalid
 * @example
 * {@includeCode ../../test/milestone/examples.test.ts#reviseTarget}
 * @category Milestones
 * @since 0.1.0
 */
export function targetDrift(m: Milestone, asOf?: DateInput): number {
  const v = of(m);
  const current =
    asOf === undefined ? (v.targets[v.targets.length - 1] as TargetRevision) : targetOn(v, checkDate(asOf, "asOf"));
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
 * @param asOf - the day to judge on
 * @param options - which target to judge against (see {@link MilestoneStatusOptions}: `against`)
 * @returns the derived status, frozen
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when `m` is not a valid milestone, `options` is not an object or `options.against` is unknown; `INVALID_PERIOD` when `asOf` or a period or date in `m` is invalid
 * @example
 * {@includeCode ../../test/milestone/examples.test.ts#status}
 * @category Milestones
 * @since 0.1.0
 */
export function status(m: Milestone, asOf: DateInput, options: MilestoneStatusOptions = {}): MilestoneStatus {
  const v = of(m);
  const day = checkDate(asOf, "asOf");
  if (typeof options !== "object" || options === null)
    fail("INVALID_INPUT", `options must be an object, got ${describe(options)}`, { where: "options" });
  const against = options.against ?? "current";
  if (against !== "current" && against !== "original") {
    fail("INVALID_INPUT", `options.against must be "current" or "original", got ${describe(against)}`, {
      where: "options.against",
    });
  }
  const met = v.achieved !== null && compareDates(v.achieved.on, day) <= 0 ? v.achieved.on : null;
  const target = against === "original" ? (v.targets[0] as TargetRevision) : targetOn(v, met ?? day);
  const deadline = lastDay(target.target);
  const reported = reportedAt(v, day);
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
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` for a malformed milestone or options, `INVALID_PERIOD` for an invalid day
 * @example
 * {@includeCode ../../test/milestone/examples.test.ts#accountsAt}
 * @category Milestones
 * @since 0.1.0
 */
export function accountsAt(
  m: Milestone,
  asOf: DateInput,
  options: MilestoneStatusOptions = {},
): readonly AccountStatus[] {
  const s = status(m, asOf, options);
  const accounts = of(m).achieved?.accounts ?? [];
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
