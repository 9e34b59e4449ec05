/**
 * The `capacity` namespace: phased production-capacity plans (e.g. 300,000
 * vehicles a year in two phases), each phase with its own capacity (or
 * explicitly none stated) and a dated status history following the Global
 * Energy Monitor lifecycle; capacity operating at, or planned by, a date.
 *
 * @module
 */
export {
  PHASE_STATUSES,
  TRANSITIONS,
  addStatusChange,
  canTransition,
  check,
  operatingAt,
  plan,
  plannedBy,
  statusAt,
  timeline,
  unassigned,
} from "./capacity.js";

export type * from "./types.js";
