/**
 * The `milestone` namespace: milestones such as "mass production in the first
 * half of 2024", with a target period, dated target revisions, an achieved
 * date and reported statuses (OCDS codes); the status derived from the dates
 * (scheduled, met on time, met late, overdue) with the slippage in days.
 *
 * @module
 */
export {
  MILESTONE_KINDS,
  REPORTED_STATUSES,
  accountsAt,
  achieve,
  of,
  report,
  reportedAt,
  reviseTarget,
  status,
  targetAt,
  targetDrift,
} from "./milestone.js";

export type * from "./types.js";
