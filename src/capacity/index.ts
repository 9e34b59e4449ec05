/**
 * The `capacity` namespace: phased production-capacity plans (e.g. 300,000
 * vehicles a year in two phases), each phase with its own capacity (or
 * explicitly none stated) and a dated status history following the Global
 * Energy Monitor lifecycle; capacity operating at, or planned by, a date.
 *
 * @module
 */
export { PHASE_STATUSES, TRANSITIONS, canTransition } from "./lifecycle.js";
export { check, plan, unassigned } from "./plan.js";
export { addStatusChange, operatingAt, plannedBy, statusAt, timeline } from "./query.js";

export type * from "./types.js";
