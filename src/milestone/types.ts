/**
 * Public types of the `milestone` namespace: milestones with a target period,
 * dated target revisions, an achieved date, the statuses sources reported, and
 * the status derived from the dates.
 *
 * @module
 */
import type { DateInput, IsoDate, Period } from "../period/types.js";

/**
 * What a milestone marks:
 *
 * - `groundbreaking`: the ceremonial start of works;
 * - `constructionStart`: physical construction begins;
 * - `constructionCompletion`: construction is complete;
 * - `trialProduction`: trial or pilot production begins;
 * - `productionStart`: production begins (start of production, SOP);
 * - `massProduction`: volume production begins ("mass production in the first half of 2024");
 * - `firstDelivery`: the first product reaches a customer;
 * - `other`: anything else (say what in the milestone's `title`).
 *
 * @category Milestones
 * @since 0.1.0
 */
export type MilestoneKind =
  | "groundbreaking"
  | "constructionStart"
  | "constructionCompletion"
  | "trialProduction"
  | "productionStart"
  | "massProduction"
  | "firstDelivery"
  | "other";

/**
 * A milestone status as a source reports it, with the codes of the Open
 * Contracting Data Standard's `milestoneStatus` codelist. Kept apart from the
 * status accordo derives from the dates.
 *
 * @category Milestones
 * @since 0.1.0
 */
export type ReportedMilestoneStatus = "scheduled" | "met" | "notMet" | "partiallyMet";

/**
 * One target of a milestone, as known from a given day: the first entry of a
 * milestone's `targets` is the original target, later ones are revisions.
 *
 * @category Milestones
 * @since 0.1.0
 */
export interface TargetRevision {
  /** The period by which the milestone should be reached (`2024-S1`: by 30 June 2024). */
  readonly target: Period;
  /** The day this target was announced or published. */
  readonly asOf: IsoDate;
  /** The id of the source that states it (an agreement `Source` id), or null. */
  readonly sourceId: string | null;
}

/**
 * The day a milestone was reached, with its source.
 *
 * @category Milestones
 * @since 0.1.0
 */
export interface MilestoneAchievement {
  /** The day it was reached: the day {@link accordo!milestone.status} judges by. */
  readonly on: IsoDate;
  /** The id of the source that reports it, or null. */
  readonly sourceId: string | null;
  /**
   * What sources say about when it was reached, when that is not simply `on`:
   * another source's different dating (another day, or only a month, a
   * quarter, ...), or the same day confirmed by another source. Each keeps
   * its source, so that a disagreement between sources is recorded rather
   * than settled; {@link accordo!milestone.accountsAt} judges each against
   * the deadline. Absent when none is recorded.
   */
  readonly accounts?: readonly DatedAccount[];
}

/**
 * One source's dating of an event: a day, or the coarser period that is all
 * the source gives ("in March 2024": `2024-03`).
 * @category Milestones
 * @since 0.1.0
 */
export interface DatedAccount {
  /** When the source says the event happened. */
  readonly on: Period;
  /** The id of the source that says it, or null. */
  readonly sourceId: string | null;
}

/**
 * How one account of a milestone's achievement judges it against the
 * deadline of {@link accordo!milestone.status}: `metOnTime` when the whole
 * period of the account ends by the deadline, `metLate` when it starts after
 * it, `undetermined` when it straddles it (a month that contains the deadline).
 * @category Milestones
 * @since 0.1.0
 */
export interface AccountStatus extends DatedAccount {
  /** What the account implies. */
  readonly state: "metOnTime" | "metLate" | "undetermined";
  /** True when the account implies the same state as the achievement `status` judges by. */
  readonly agrees: boolean;
}

/**
 * A status a source reported on a given day (OCDS codes), kept as reported.
 *
 * @category Milestones
 * @since 0.1.0
 */
export interface MilestoneReport {
  /** The reported status. */
  readonly status: ReportedMilestoneStatus;
  /** The day of the report. */
  readonly asOf: IsoDate;
  /** The id of the source, or null. */
  readonly sourceId: string | null;
}

/**
 * A milestone of an agreement or project. Immutable: the functions of the
 * `milestone` namespace return new frozen values.
 *
 * Invariants (checked by `milestone.of`): at least one target; targets and
 * reports in non-decreasing `asOf` order.
 *
 * In plain JavaScript (values the library made): `JSON.stringify` writes MilestoneSchema's JSON;
 * `String()` gives `"massProduction mass-production by 2024-S1"`. Node's `util.inspect` shows the same
 * text, named by the type.
 *
 * @example
 * {@includeCode ../../test/milestone/examples.test.ts#interop}
 * @category Milestones
 * @since 0.1.0
 */
export interface Milestone {
  /** An identifier, unique within its agreement. */
  readonly id: string;
  /** What it marks. */
  readonly kind: MilestoneKind;
  /** A short description ("first Xiaomi car in mass production"), or null. */
  readonly title: string | null;
  /** The original target first, then each revision, in `asOf` order. */
  readonly targets: readonly TargetRevision[];
  /** When it was reached, or null while it has not been (as far as the sources say). */
  readonly achieved: MilestoneAchievement | null;
  /** The statuses sources reported, in `asOf` order. */
  readonly reports: readonly MilestoneReport[];
}

/**
 * The state of a milestone derived from its dates on a given day:
 *
 * - `scheduled`: not reached, and the target period has not ended;
 * - `metOnTime`: reached on or before the last day of the target;
 * - `metLate`: reached after the last day of the target;
 * - `overdue`: not reached, and the target period has ended.
 *
 * @category Milestones
 * @since 0.1.0
 */
export type MilestoneState = "scheduled" | "metOnTime" | "metLate" | "overdue";

/**
 * What `milestone.status` derives for a day.
 *
 * @category Milestones
 * @since 0.1.0
 */
export interface MilestoneStatus {
  /** The day the status is for. */
  readonly asOf: IsoDate;
  /** The derived state. */
  readonly state: MilestoneState;
  /** The same in OCDS codes: `scheduled`, `met` (on time or late) or `notMet` (overdue). */
  readonly ocds: "scheduled" | "met" | "notMet";
  /** The target judged against (see the `against` option of `milestone.status`). */
  readonly target: TargetRevision;
  /** The last day of that target: the deadline. */
  readonly deadline: IsoDate;
  /** The day the milestone was reached, when that is on or before `asOf`; otherwise null. */
  readonly achieved: IsoDate | null;
  /** Days past the deadline: of the achievement when met late, of `asOf` when overdue; 0 otherwise. */
  readonly slippageDays: number;
  /** The latest status a source reported on or before `asOf`, as reported, or null. */
  readonly reported: MilestoneReport | null;
}

/**
 * The input accepted by `milestone.of`.
 *
 * @category Milestones
 * @since 0.1.0
 */
export interface MilestoneInput {
  /** An identifier, non-empty. */
  readonly id: string;
  /** What it marks. */
  readonly kind: MilestoneKind;
  /** A short description. */
  readonly title?: string | null;
  /** The original target and its revisions, oldest first (at least one); periods as values or strings. */
  readonly targets: readonly TargetRevisionInput[];
  /** When it was reached: a day, or a day with its source. */
  readonly achieved?: DateInput | MilestoneAchievementInput | null;
  /** Statuses sources reported, oldest first. */
  readonly reports?: readonly MilestoneReportInput[];
}

/**
 * The input accepted for one target by `milestone.of`.
 *
 * @category Milestones
 * @since 0.1.0
 */
export interface TargetRevisionInput {
  /** The target period, as a value or a string such as `"2024-S1"` or `"2024-H1"` (a day may also be a JS Date or a Temporal.PlainDate-like value). */
  readonly target: Period | DateInput | string;
  /** The day the target was stated. */
  readonly asOf: DateInput;
  /** The id of the source stating it; omitted or null when none. */
  readonly sourceId?: string | null;
}

/**
 * The input accepted for an achievement by `milestone.of`.
 *
 * @category Milestones
 * @since 0.1.0
 */
export interface MilestoneAchievementInput {
  /** The day the milestone was reached. */
  readonly on: DateInput;
  /** The id of the source reporting it; omitted or null when none. */
  readonly sourceId?: string | null;
  /** Other sources' datings of the same achievement (periods as values or strings such as `"2023-12"`); omitted: none. */
  readonly accounts?: readonly DatedAccountInput[];
}

/**
 * The input accepted for one account of an achievement by `milestone.of`.
 * @category Milestones
 * @since 0.1.0
 */
export interface DatedAccountInput {
  /** When the source says it happened: a day or a coarser period, as a value or a string (`"2024-03"`); a day may also be a JS Date or a Temporal.PlainDate-like value. */
  readonly on: Period | DateInput | string;
  /** The id of the source; omitted or null when none. */
  readonly sourceId?: string | null;
}

/**
 * The input accepted for a reported status by `milestone.of`.
 *
 * @category Milestones
 * @since 0.1.0
 */
export interface MilestoneReportInput {
  /** The reported status (OCDS code). */
  readonly status: ReportedMilestoneStatus;
  /** The day of the report. */
  readonly asOf: DateInput;
  /** The id of the source; omitted or null when none. */
  readonly sourceId?: string | null;
}

/**
 * Options of `milestone.status`.
 *
 * @category Milestones
 * @since 0.1.0
 */
export interface MilestoneStatusOptions {
  /**
   * Which target to judge against: `"current"` (default), the target in force
   * on the day of the achievement (or on `asOf` while not achieved), so that a
   * milestone met by a revised deadline is on time; or `"original"`, the first
   * target, to measure slippage against the initial promise.
   */
  readonly against?: "current" | "original";
}
