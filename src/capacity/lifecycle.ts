/**
 * The lifecycle of a phase: its statuses, the changes allowed between them, and the checks of a
 * status and of a status change.
 *
 * @module
 */
import { site } from "../decimal.js";
import { refuse } from "../errors.js";
import { oneOf } from "../milestone/read.js";
import { compareDates } from "../period/calendar.js";
import type { PhaseStatus, PhaseStatusChange } from "./types.js";

/**
 * Every phase status, in lifecycle order, frozen.
 *
 * @category Lifecycle
 * @since 0.1.0
 */
export const PHASE_STATUSES: readonly PhaseStatus[] = /* @__PURE__ */ Object.freeze([
  "announced",
  "permitted",
  "underConstruction",
  "operating",
  "shelved",
  "cancelled",
  "mothballed",
  "retired",
] as const);

/**
 * The allowed status changes of a phase (frozen). Forward along the main line
 * announced → permitted → under construction → operating, where permitting
 * may go unreported (announced → under construction); any phase not yet
 * operating can be shelved or cancelled; a shelved phase can be revived
 * (to announced, permitted or under construction) or cancelled; an operating
 * phase can be mothballed or retired; a mothballed one restarts (operating)
 * or is retired. `cancelled` and `retired` are final.
 *
 * | from | to |
 * | --- | --- |
 * | announced | permitted, underConstruction, shelved, cancelled |
 * | permitted | underConstruction, shelved, cancelled |
 * | underConstruction | operating, shelved, cancelled |
 * | operating | mothballed, retired |
 * | shelved | announced, permitted, underConstruction, cancelled |
 * | mothballed | operating, retired |
 * | cancelled | (none) |
 * | retired | (none) |
 *
 * The first recorded status of a phase may be any status (tracking can start late).
 *
 * @category Lifecycle
 * @since 0.1.0
 */
export const TRANSITIONS: Readonly<Record<PhaseStatus, readonly PhaseStatus[]>> = /* @__PURE__ */ Object.freeze({
  announced: /* @__PURE__ */ Object.freeze(["permitted", "underConstruction", "shelved", "cancelled"] as const),
  permitted: /* @__PURE__ */ Object.freeze(["underConstruction", "shelved", "cancelled"] as const),
  underConstruction: /* @__PURE__ */ Object.freeze(["operating", "shelved", "cancelled"] as const),
  operating: /* @__PURE__ */ Object.freeze(["mothballed", "retired"] as const),
  shelved: /* @__PURE__ */ Object.freeze(["announced", "permitted", "underConstruction", "cancelled"] as const),
  mothballed: /* @__PURE__ */ Object.freeze(["operating", "retired"] as const),
  cancelled: /* @__PURE__ */ Object.freeze([] as const),
  retired: /* @__PURE__ */ Object.freeze([] as const),
});

/**
 * Reads a phase status: INVALID_TYPE for a non-string, INVALID_INPUT for a word that is not a
 * {@link PhaseStatus}; `where` is `"function: path"`. @internal
 */
export function readStatus(value: unknown, where: string): PhaseStatus {
  return oneOf(value, PHASE_STATUSES, where);
}

/**
 * Refuses a status change that does not follow `previous` (dated before it, or outside
 * {@link TRANSITIONS}) with INVALID_INPUT at its `on` or `status`; `where` is `"function: path"` of the change
 * (`"function: "` when its fields are arguments). @internal
 */
export function checkNext(previous: PhaseStatusChange, next: PhaseStatusChange, where: string): void {
  const at = (name: string): string => (where.endsWith(": ") ? `${where}${name}` : `${where}.${name}`);
  if (compareDates(next.on, previous.on) < 0) {
    refuse("INVALID_INPUT", {
      ...site(at("on")),
      expected: `dated on or after the previous status change (${previous.on}): a history is in date order`,
      received: next.on,
    });
  }
  const allowed = TRANSITIONS[previous.status];
  if (!allowed.includes(next.status)) {
    refuse("INVALID_INPUT", {
      ...site(at("status")),
      expected: `a change the lifecycle allows after ${previous.status}: ${
        allowed.length === 0 ? "none (final status)" : allowed.join(", ")
      }`,
      received: next.status,
      from: previous.status,
      to: next.status,
    });
  }
}

/**
 * Tells whether a phase may change from one status to another (see {@link TRANSITIONS}).
 *
 * @param from - the current status
 * @param to - the next status
 * @returns true when the change follows the lifecycle
 * @throws {@link accordo!AccordoError} `INVALID_TYPE` when either is not a string, `INVALID_INPUT` when it is not a
 *   {@link PhaseStatus}
 * @example
 * {@includeCode ../../test/capacity/examples.test.ts#canTransition}
 * @category Lifecycle
 * @since 0.1.0
 */
export function canTransition(from: PhaseStatus, to: PhaseStatus): boolean {
  const f = readStatus(from, "capacity.canTransition: from");
  const t = readStatus(to, "capacity.canTransition: to");
  return TRANSITIONS[f].includes(t);
}
