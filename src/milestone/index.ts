/**
 * The `milestone` namespace: milestones such as "mass production in the first
 * half of 2024", with a target period, dated target revisions, an achieved
 * date and reported statuses (OCDS codes); the status derived from the dates
 * (scheduled, met on time, met late, overdue) with the slippage in days.
 *
 * @module
 */
export { MILESTONE_KINDS, REPORTED_STATUSES, of } from "./of.js";
export { achieve, report, reviseTarget } from "./revise.js";
export { accountsAt, reportedAt, status, targetAt, targetDrift } from "./status.js";

export type * from "./types.js";
