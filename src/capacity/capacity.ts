/**
 * Phased production-capacity plans: construction with validation, the status
 * lifecycle of each phase, capacity operating at (or planned by) a date, and
 * a timeline of changes.
 *
 * @module
 */
import { D, frozen, type Decimal, toDecimal, ZERO } from "../decimal.js";
import { checkKeys, describe, fail } from "../errors.js";
import { compareDates, dayNumberOf, parseDate, readDate } from "../period/calendar.js";
import { format as formatPeriod, lastDay, readPeriod } from "../period/period.js";
import type { DatedAccount } from "../milestone/types.js";
import { frozenValue, valuePrototype } from "../value.js";
import type { DateInput, IsoDate, Period } from "../period/types.js";
import type {
  CapacityAmount,
  CapacityIssue,
  CapacityPlan,
  CapacityPlanInput,
  CapacityUnit,
  Phase,
  PhaseCapacity,
  PhaseInput,
  PhaseStatus,
  PhaseStatusChange,
  CapacityTimelineEntry,
} from "./types.js";

/**
 * Every phase status, in lifecycle order, frozen.
 *
 * @category Lifecycle
 * @since 0.1.0
 */
export const PHASE_STATUSES: readonly PhaseStatus[] = Object.freeze([
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
export const TRANSITIONS: Readonly<Record<PhaseStatus, readonly PhaseStatus[]>> = Object.freeze({
  announced: Object.freeze(["permitted", "underConstruction", "shelved", "cancelled"] as const),
  permitted: Object.freeze(["underConstruction", "shelved", "cancelled"] as const),
  underConstruction: Object.freeze(["operating", "shelved", "cancelled"] as const),
  operating: Object.freeze(["mothballed", "retired"] as const),
  shelved: Object.freeze(["announced", "permitted", "underConstruction", "cancelled"] as const),
  mothballed: Object.freeze(["operating", "retired"] as const),
  cancelled: Object.freeze([] as const),
  retired: Object.freeze([] as const),
});

function checkStatus(value: unknown, where: string): PhaseStatus {
  if ((PHASE_STATUSES as readonly unknown[]).includes(value)) return value as PhaseStatus;
  return fail("INVALID_INPUT", `${where} must be one of ${PHASE_STATUSES.join(", ")}, got ${describe(value)}`, {
    where,
  });
}

/**
 * Tells whether a phase may change from one status to another (see {@link TRANSITIONS}).
 *
 * @param from - the current status
 * @param to - the next status
 * @returns true when the change follows the lifecycle
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when either is not a {@link PhaseStatus}
 * @example
 * {@includeCode ../../test/capacity/examples.test.ts#canTransition}
 * @category Lifecycle
 * @since 0.1.0
 */
export function canTransition(from: PhaseStatus, to: PhaseStatus): boolean {
  const f = checkStatus(from, "from status");
  const t = checkStatus(to, "to status");
  return TRANSITIONS[f].includes(t);
}

const PER = ["year", "month", "week", "day", "hour"] as const;

function checkUnit(unit: unknown): CapacityUnit {
  if (typeof unit === "string") return checkUnit({ quantity: unit, per: "year" });
  if (typeof unit !== "object" || unit === null)
    return fail("INVALID_INPUT", `unit must be a string or { quantity, per }, got ${describe(unit)}`, {
      where: "unit",
    });
  const { quantity, per } = unit as { quantity?: unknown; per?: unknown };
  if (typeof quantity !== "string" || quantity.trim() === "")
    fail("INVALID_INPUT", `unit.quantity must be a non-empty string, got ${describe(quantity)}`, {
      where: "unit.quantity",
    });
  if (per !== null && !(PER as readonly unknown[]).includes(per)) {
    fail("INVALID_INPUT", `unit.per must be one of ${PER.join(", ")} or null, got ${describe(per)}`, {
      where: "unit.per",
    });
  }
  return Object.freeze({ quantity, per: per as CapacityUnit["per"] });
}

function positive(input: unknown, where: string): Decimal {
  const d = toDecimal(input, where);
  if (d.lte(0)) fail("INVALID_INPUT", `${where} must be positive, got ${describe(d)}`, { where });
  return d;
}

function checkHistory(input: unknown, where: string): readonly PhaseStatusChange[] {
  if (input === undefined) return Object.freeze([]);
  if (!Array.isArray(input))
    return fail("INVALID_INPUT", `${where} must be an array, got ${describe(input)}`, { where });
  const out: PhaseStatusChange[] = [];
  // Array.from: a sparse array's holes become undefined entries, refused below, not skipped.
  Array.from(input as unknown[]).forEach((raw: unknown, i) => {
    const at = `${where}[${i}]`;
    if (typeof raw !== "object" || raw === null)
      fail("INVALID_INPUT", `${at} must be { status, on, sourceId? }, got ${describe(raw)}`, { where: at });
    const { status, on, sourceId, accounts } = raw as {
      status?: unknown;
      on?: unknown;
      sourceId?: unknown;
      accounts?: unknown;
    };
    const change = makeChange(checkStatus(status, `${at}.status`), on, sourceId, at, accounts);
    const previous = out[out.length - 1];
    if (previous !== undefined) checkNext(previous, change, at);
    out.push(change);
  });
  return Object.freeze(out);
}

function checkSourceId(sourceId: unknown, where: string): string | null {
  if (sourceId === undefined || sourceId === null) return null;
  if (typeof sourceId !== "string" || sourceId === "") {
    return fail("INVALID_INPUT", `${where}.sourceId must be a non-empty string or null, got ${describe(sourceId)}`, {
      where: `${where}.sourceId`,
    });
  }
  return sourceId;
}

function checkAccounts(input: unknown, where: string): readonly DatedAccount[] {
  if (input === undefined) return [];
  if (!Array.isArray(input))
    return fail("INVALID_INPUT", `${where} must be an array, got ${describe(input)}`, { where });
  // Array.from: a sparse array's holes become undefined entries, refused below, not skipped.
  return Array.from(input as unknown[]).map((raw: unknown, i) => {
    const at = `${where}[${i}]`;
    if (typeof raw !== "object" || raw === null)
      fail("INVALID_INPUT", `${at} must be { on, sourceId? }, got ${describe(raw)}`, { where: at });
    const { on, sourceId } = raw as { on?: unknown; sourceId?: unknown };
    return Object.freeze({ on: readPeriod(on, `${at}.on`), sourceId: checkSourceId(sourceId, at) });
  });
}

function makeChange(
  status: PhaseStatus,
  onInput: unknown,
  sourceId: unknown,
  where: string,
  accounts?: unknown,
): PhaseStatusChange {
  // a JS Date or a Temporal.PlainDate-like day becomes its ISO date
  const on = readDate(onInput, `${where}.on`);
  dayNumberOf(on, `${where}.on`);
  const source = checkSourceId(sourceId, where);
  const others = checkAccounts(accounts, `${where}.accounts`);
  return Object.freeze(
    others.length === 0
      ? { status, on: on as IsoDate, sourceId: source }
      : { status, on: on as IsoDate, sourceId: source, accounts: Object.freeze(others) },
  );
}

function checkNext(previous: PhaseStatusChange, next: PhaseStatusChange, where: string): void {
  if (compareDates(next.on, previous.on) < 0) {
    fail(
      "INVALID_INPUT",
      `${where}: a status change on ${next.on} cannot follow one on ${previous.on}; the history must be in date order`,
      { where },
    );
  }
  if (!TRANSITIONS[previous.status].includes(next.status)) {
    const allowed = TRANSITIONS[previous.status];
    fail(
      "INVALID_INPUT",
      `${where}: a phase cannot go from ${previous.status} to ${next.status}; from ${previous.status} it can go to ${allowed.length === 0 ? "nothing (final status)" : allowed.join(", ")}`,
      { where, from: previous.status, to: next.status },
    );
  }
}

function checkCapacity(input: unknown, where: string): PhaseCapacity {
  if (input === undefined || input === null) return NOT_STATED;
  if (typeof input === "object" && !D.isDecimal(input) && "stated" in input) {
    const c = input as { stated?: unknown; value?: unknown };
    if (c.stated === false) return NOT_STATED;
    if (c.stated === true) return Object.freeze({ stated: true, value: positive(c.value, `${where}.value`) });
    return fail("INVALID_INPUT", `${where}.stated must be true or false, got ${describe(c.stated)}`, { where });
  }
  return Object.freeze({ stated: true, value: positive(input, where) });
}

const NOT_STATED: PhaseCapacity = Object.freeze({ stated: false });

function buildPhase(raw: unknown, index: number): Phase {
  const where = `phases[${index}]`;
  if (typeof raw !== "object" || raw === null)
    return fail("INVALID_INPUT", `${where} must be an object, got ${describe(raw)}`, { where });
  // Read once: a getter cannot answer one thing to a check and another later.
  const p = { ...raw } as PhaseInput;
  const ordinal = p.ordinal ?? index + 1;
  // Number.isSafeInteger is false for anything that is not a number
  if (!Number.isSafeInteger(ordinal) || ordinal < 1) {
    fail("INVALID_INPUT", `${where}.ordinal must be a whole number from 1, got ${describe(ordinal)}`, {
      where: `${where}.ordinal`,
    });
  }
  const planned = p.plannedStart;
  const plannedStart: Period | null =
    planned === undefined || planned === null ? null : readPeriod(planned, `${where}.plannedStart`);
  return Object.freeze({
    ordinal,
    capacity: checkCapacity(p.capacity, `${where}.capacity`),
    plannedStart,
    history: checkHistory(p.history, `${where}.history`),
  });
}

function statedSum(phases: readonly Phase[]): Decimal {
  return phases.reduce((sum, p) => (p.capacity.stated ? sum.plus(p.capacity.value) : sum), ZERO);
}

function issuesOf(total: Decimal, phases: readonly Phase[], unit: CapacityUnit): CapacityIssue[] {
  const issues: CapacityIssue[] = [];
  const sum = statedSum(phases);
  const unstated = phases.filter((p) => !p.capacity.stated).length;
  const u = unitLabel(unit);
  if (sum.gt(total)) {
    issues.push({
      code: "PHASES_EXCEED_TOTAL",
      message: `the stated phases add up to ${sum.toString()} ${u}, more than the total ${total.toString()}`,
    });
  } else if (unstated === 0 && sum.lt(total)) {
    issues.push({
      code: "PHASES_BELOW_TOTAL",
      message: `every phase is stated and they add up to ${sum.toString()} ${u}, less than the total ${total.toString()}`,
    });
  } else if (unstated > 0 && sum.eq(total)) {
    issues.push({
      code: "NO_ROOM_FOR_UNSTATED",
      message: `the stated phases already add up to the total ${total.toString()} ${u}, leaving nothing for ${unstated} phase(s) whose capacity is not stated`,
    });
  }
  return issues.map((i) => Object.freeze(i));
}

/**
 * Builds a capacity plan, validated and frozen. A phase whose capacity no
 * source states is given no capacity (omit it or pass null): the plan keeps
 * it as `{ stated: false }` and never splits the total by itself.
 *
 * @param given - the unit (a string means "per year"), the total and the phases (each with an optional ordinal, capacity, planned start period and status history, oldest first)
 * @returns the frozen plan, phases sorted by ordinal
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when the unit, total or a capacity is invalid or not positive; ordinals are not 1, 2, ..., n; a history is out of date order or leaves the lifecycle ({@link TRANSITIONS}); or {@link check} finds an issue (stated phases above the total, all stated but below it, or no room left for unstated phases). `INVALID_PERIOD` for an invalid date or period.
 * @example
 * {@includeCode ../../test/capacity/examples.test.ts#plan}
 * @category Plans
 * @since 0.1.0
 */
export function plan(given: CapacityPlanInput): CapacityPlan {
  // Read once (issue 16): a getter cannot answer one thing to a check and another later.
  const input = typeof given === "object" && given !== null ? { ...given } : given;
  if (typeof input === "object" && input !== null) {
    checkKeys("capacity.plan", "input", input, ["unit", "total", "phases"]);
    if (Array.isArray(input.phases)) {
      input.phases.forEach((p: unknown, i) => {
        if (typeof p === "object" && p !== null)
          checkKeys("capacity.plan", `input.phases[${i}]`, p, ["ordinal", "capacity", "plannedStart", "history"]);
      });
    }
  }
  return build(input, true);
}

// Plans this module built (validated and frozen): trusted without a rebuild.
const BUILT = new WeakSet<CapacityPlan>();

function build(given: CapacityPlanInput, requireConsistent: boolean): CapacityPlan {
  if (typeof given !== "object" || given === null)
    return fail("INVALID_INPUT", `a capacity plan must be an object, got ${describe(given)}`, { where: "plan" });
  // Read once: a getter cannot answer one thing to a check and another later.
  const input = { ...given };
  const unit = checkUnit(input.unit);
  const total = positive(input.total, "total");
  if (!Array.isArray(input.phases) || input.phases.length === 0) {
    fail("INVALID_INPUT", `phases must be a non-empty array, got ${describe(input.phases)}`, { where: "phases" });
  }
  const phases = Array.from(input.phases as readonly unknown[])
    .map(buildPhase)
    .sort((a, b) => a.ordinal - b.ordinal);
  phases.forEach((p, i) => {
    if (p.ordinal !== i + 1) {
      fail(
        "INVALID_INPUT",
        `phase ordinals must be 1 to ${phases.length} with no gaps or repeats, got ${phases.map((q) => q.ordinal).join(", ")}`,
        { where: "phases" },
      );
    }
  });
  const issues = issuesOf(total, phases, unit);
  if (requireConsistent && issues.length > 0)
    fail("INVALID_INPUT", `invalid capacity plan: ${issues.map((i) => i.message).join("; ")}`, {
      where: "phases",
      issues,
    });
  return remember(frozenValue(PLAN, { unit, total, phases: Object.freeze(phases) }));
}

/**
 * What every CapacityPlan the library makes inherits: `JSON.stringify` writes CapacityPlanSchema's
 * JSON (a phase's capacity as a decimal string or null, periods as strings), `String()` gives
 * `"300000 vehicles per year in 2 phases"`.
 */
const PLAN = valuePrototype<CapacityPlan>(
  "CapacityPlan",
  // every field as it is (days are ISO strings, decimals write plain strings), but a phase's
  // capacity is its value or null, and a planned start its period's string
  (p) => ({
    ...p,
    total: p.total.valueOf(),
    phases: p.phases.map((phase) => ({
      ...phase,
      capacity: phase.capacity.stated ? phase.capacity.value.valueOf() : null,
      plannedStart: phase.plannedStart === null ? null : formatPeriod(phase.plannedStart),
    })),
  }),
  (p) =>
    `${p.total.valueOf()} ${p.unit.quantity} per ${p.unit.per} in ${p.phases.length} ${p.phases.length === 1 ? "phase" : "phases"}`,
);

function remember(p: CapacityPlan): CapacityPlan {
  BUILT.add(p);
  return p;
}

/**
 * Checks the capacities of a plan against its total, without throwing: the
 * stated phases must not exceed the total, must equal it when every phase is
 * stated, and must leave room for the phases that are not stated. Useful for
 * plans that did not come from {@link plan} (deserialised data).
 *
 * @param p - the plan
 * @returns the issues found (frozen; empty when the plan is consistent)
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when `p` is not shaped like a plan (a unit, a positive total, phases with valid ordinals and histories); `INVALID_PERIOD` for an invalid date or period in it
 * @example
 * {@includeCode ../../test/capacity/examples.test.ts#check}
 * @category Plans
 * @since 0.1.0
 */
export function check(p: CapacityPlan): readonly CapacityIssue[] {
  const v = BUILT.has(p) ? p : build(p, false);
  return Object.freeze(issuesOf(v.total, v.phases, v.unit));
}

/** A plan this module built, or a plain object rebuilt and fully validated (INVALID_INPUT when inconsistent). */
function shape(p: CapacityPlan): CapacityPlan {
  return BUILT.has(p) ? p : build(p, true);
}

/**
 * The part of the total that no stated phase accounts for: what the phases
 * without a stated capacity share between them (the whole 300,000 in the seed).
 *
 * @param p - the plan
 * @returns `total − Σ stated capacities` (0 when every phase is stated)
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when `p` is not a valid plan; `INVALID_PERIOD` for an invalid date or period in it
 * @example
 * {@includeCode ../../test/capacity/examples.test.ts#plan}
 * @category Plans
 * @since 0.1.0
 */
export function unassigned(p: CapacityPlan): Decimal {
  const v = shape(p);
  return frozen(v.total.minus(statedSum(v.phases)));
}

function findPhase(p: CapacityPlan, ordinal: number): Phase {
  const phase = p.phases.find((q) => q.ordinal === ordinal);
  if (phase === undefined) {
    return fail(
      "INVALID_INPUT",
      `the plan has no phase ${describe(ordinal)} (it has ${p.phases.map((q) => q.ordinal).join(", ")})`,
      { where: "ordinal" },
    );
  }
  return phase;
}

function statusOn(phase: Phase, date: IsoDate): PhaseStatus | null {
  let status: PhaseStatus | null = null;
  for (const change of phase.history) {
    if (compareDates(change.on, date) > 0) break;
    status = change.status;
  }
  return status;
}

/**
 * The status of a phase at the end of a day: the last change on or before
 * that day, or null when nothing had been reported yet.
 *
 * @param p - the plan
 * @param ordinal - the phase number
 * @param date - the day
 * @returns the status, or null
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when `p` is not a valid plan or has no such phase; `INVALID_PERIOD` when `date` is not a valid ISO date, or for an invalid date or period in the plan
 * @example
 * {@includeCode ../../test/capacity/examples.test.ts#statusAt}
 * @category Lifecycle
 * @since 0.1.0
 */
export function statusAt(p: CapacityPlan, ordinal: number, date: DateInput): PhaseStatus | null {
  return statusOn(findPhase(shape(p), ordinal), parseDate(date));
}

function amount(p: CapacityPlan, date: IsoDate, counted: readonly Phase[]): CapacityAmount {
  const min = statedSum(counted);
  const unstated = counted.filter((q) => !q.capacity.stated).map((q) => q.ordinal);
  const max = unstated.length === 0 ? min : min.plus(p.total.minus(statedSum(p.phases)));
  return Object.freeze({
    date,
    unit: p.unit,
    value: unstated.length === 0 ? min : null,
    min,
    max,
    phases: Object.freeze(counted.map((q) => q.ordinal)),
    unstated: Object.freeze(unstated),
  });
}

/**
 * The capacity operating at the end of a day: the phases whose status then is
 * `operating`. Exact when those phases have stated capacities; otherwise
 * `value` is null and `min`/`max` bound it (never more than the total).
 *
 * @param p - the plan
 * @param date - the day
 * @returns the operating capacity, frozen
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when `p` is not a valid plan; `INVALID_PERIOD` when `date` is not a valid ISO date, or for an invalid date or period in the plan
 * @example
 * {@includeCode ../../test/capacity/examples.test.ts#operatingAt}
 * @category Capacity at a date
 * @since 0.1.0
 */
export function operatingAt(p: CapacityPlan, date: DateInput): CapacityAmount {
  return operatingOn(p, parseDate(date));
}

function operatingOn(p: CapacityPlan, date: IsoDate): CapacityAmount {
  const v = shape(p);
  return amount(
    v,
    date,
    v.phases.filter((q) => statusOn(q, date) === "operating"),
  );
}

function lastChangeDate(p: CapacityPlan): IsoDate | null {
  let last: IsoDate | null = null;
  for (const phase of p.phases) {
    const change = phase.history[phase.history.length - 1];
    if (change !== undefined && (last === null || compareDates(change.on, last) > 0)) last = change.on;
  }
  return last;
}

/**
 * The capacity planned to be operating by a day: the phases already
 * operating on that day, plus those whose planned start period ends on or
 * before it, leaving out phases that are cancelled, shelved or retired as of
 * `asOf` (by default, as of the latest status change in the plan).
 *
 * @param p - the plan
 * @param date - the day
 * @param asOf - the day whose knowledge of the statuses counts (default: the latest recorded)
 * @returns the planned capacity, frozen, exact or bounded like {@link operatingAt}
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when `p` is not a valid plan; `INVALID_PERIOD` when a date is not a valid ISO date, or for an invalid date or period in the plan
 * @example
 * {@includeCode ../../test/capacity/examples.test.ts#plannedBy}
 * @category Capacity at a date
 * @since 0.1.0
 */
export function plannedBy(p: CapacityPlan, date: DateInput, asOf?: DateInput): CapacityAmount {
  return plannedOn(p, parseDate(date), asOf === undefined ? undefined : parseDate(asOf));
}

function plannedOn(p: CapacityPlan, date: IsoDate, asOf: IsoDate | undefined): CapacityAmount {
  const v = shape(p);
  const knownAt = asOf ?? lastChangeDate(v);
  const counted = v.phases.filter((q) => {
    if (statusOn(q, date) === "operating") return true;
    const known = knownAt === null ? null : statusOn(q, knownAt);
    if (known === "cancelled" || known === "shelved" || known === "retired") return false;
    return q.plannedStart !== null && compareDates(lastDay(q.plannedStart), date) <= 0;
  });
  return amount(v, date, counted);
}

/**
 * Every status change of every phase, in date order (then by phase), each
 * with the plan's operating capacity at the end of that day.
 *
 * @param p - the plan
 * @returns the frozen timeline
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when `p` is not a valid plan; `INVALID_PERIOD` for an invalid date or period in it
 * @example
 * {@includeCode ../../test/capacity/examples.test.ts#timeline}
 * @category Lifecycle
 * @since 0.1.0
 */
export function timeline(p: CapacityPlan): readonly CapacityTimelineEntry[] {
  const v = shape(p);
  const rows: { on: IsoDate; phase: number; from: PhaseStatus | null; change: PhaseStatusChange }[] = [];
  for (const phase of v.phases) {
    phase.history.forEach((change, index) => {
      rows.push({
        on: change.on,
        phase: phase.ordinal,
        from: index === 0 ? null : (phase.history[index - 1] as PhaseStatusChange).status,
        change,
      });
    });
  }
  // The rows are pushed by phase (the phases are sorted by ordinal), then in history order, and
  // Array.prototype.sort is stable (ES2019), so sorting by date keeps that order within a day.
  rows.sort((a, b) => compareDates(a.on, b.on));
  return Object.freeze(
    rows.map((r) =>
      Object.freeze({
        on: r.on,
        phase: r.phase,
        from: r.from,
        to: r.change.status,
        sourceId: r.change.sourceId,
        operating: operatingAt(v, r.on),
      }),
    ),
  );
}

/**
 * Records a status change of one phase, returning a new plan (the input is
 * not modified). The change must follow the lifecycle ({@link TRANSITIONS})
 * and not be dated before the phase's last change.
 *
 * @param p - the plan
 * @param ordinal - the phase number
 * @param status - the new status
 * @param on - the day of the change
 * @param sourceId - the id of the source reporting it (optional)
 * @returns the new frozen plan
 * @throws {@link accordo!AccordoError} `INVALID_INPUT` when `p` is not a valid plan, there is no such phase, the status is unknown, the change leaves the lifecycle or is dated before the last one, or `sourceId` is not a non-empty string; `INVALID_PERIOD` when `on` is not a valid ISO date, or for an invalid date or period in the plan
 * @example
 * {@includeCode ../../test/capacity/examples.test.ts#addStatusChange}
 * @category Lifecycle
 * @since 0.1.0
 */
export function addStatusChange(
  p: CapacityPlan,
  ordinal: number,
  status: PhaseStatus,
  on: IsoDate,
  sourceId?: string | null,
): CapacityPlan {
  const v = shape(p);
  const phase = findPhase(v, ordinal);
  const change = makeChange(checkStatus(status, "status"), on, sourceId, `phase ${ordinal} status change`);
  const previous = phase.history[phase.history.length - 1];
  if (previous !== undefined) checkNext(previous, change, `phase ${ordinal}`);
  const updated: Phase = Object.freeze({ ...phase, history: Object.freeze([...phase.history, change]) });
  return remember(
    frozenValue(PLAN, {
      unit: v.unit,
      total: v.total,
      phases: Object.freeze(v.phases.map((q) => (q === phase ? updated : q))),
    }),
  );
}

/** The plan's unit written out, e.g. "vehicles per year". @internal */
export function unitLabel(unit: CapacityUnit): string {
  return unit.per === null ? unit.quantity : `${unit.quantity} per ${unit.per}`;
}
