/**
 * Reading a capacity plan: the input of `capacity.plan`, or a plan the library did not make, read
 * once into locals (a getter cannot answer one thing to a check and another later), checked at
 * every depth (closed objects: unknown keys are refused) and built into a frozen plan that the
 * library trusts from then on (its private brand).
 *
 * Every `where` here is `"function: path"`, e.g. `"capacity.plan: input.phases[0].capacity"`.
 *
 * @module
 * @internal
 */
import { CAPACITY_BRAND } from "../brand.js";
import { D, type Decimal, site, toDecimal, ZERO } from "../decimal.js";
import { refuse } from "../errors.js";
import { field, list, readAccounts, readDay, readPeriodOrDay, readSourceId, record } from "../milestone/read.js";
import { format as formatPeriod } from "../period/period.js";
import { frozenValue, valuePrototype } from "../value.js";
import { checkNext, readStatus } from "./lifecycle.js";
import type {
  CapacityIssue,
  CapacityPlan,
  CapacityUnit,
  Phase,
  PhaseCapacity,
  PhaseStatus,
  PhaseStatusChange,
} from "./types.js";

const PER = ["year", "month", "week", "day", "hour"] as const;

function readUnit(value: unknown, where: string): CapacityUnit {
  const expected = 'a quantity string (per year) or { quantity, per }, e.g. "vehicles"';
  const u =
    typeof value === "string" ? { quantity: value, per: "year" } : record(value, where, ["quantity", "per"], expected);
  const { quantity, per } = u;
  const quantityAt = typeof value === "string" ? where : `${where}.quantity`;
  if (typeof quantity !== "string")
    refuse("INVALID_TYPE", { ...site(quantityAt), expected: "a non-empty string", received: quantity });
  if (quantity.trim() === "")
    refuse("INVALID_INPUT", { ...site(quantityAt), expected: "a non-empty string", received: quantity });
  if (per !== null && !(PER as readonly unknown[]).includes(per)) {
    refuse(typeof per === "string" ? "INVALID_INPUT" : "INVALID_TYPE", {
      ...site(`${where}.per`),
      expected: `one of ${PER.join(", ")} or null`,
      received: per,
    });
  }
  return Object.freeze({ quantity, per: per as CapacityUnit["per"] });
}

function positive(input: unknown, where: string): Decimal {
  const d = toDecimal(input, where);
  if (d.lte(0)) refuse("OUT_OF_RANGE", { ...site(where), expected: "a positive number", received: input });
  return d;
}

/** One status change, checked (not yet against the previous one). @internal */
export function change(
  status: PhaseStatus,
  onInput: unknown,
  sourceIdInput: unknown,
  accountsInput: unknown,
  where: string,
): PhaseStatusChange {
  const on = readDay(onInput, field(where, "on"));
  const sourceId = readSourceId(sourceIdInput, field(where, "sourceId"));
  const accounts = readAccounts(accountsInput, field(where, "accounts"));
  return Object.freeze(
    accounts.length === 0 ? { status, on, sourceId } : { status, on, sourceId, accounts: Object.freeze(accounts) },
  );
}

function readHistory(value: unknown, where: string): readonly PhaseStatusChange[] {
  const out: PhaseStatusChange[] = [];
  list(value, where, "an array of status changes").forEach((raw, i) => {
    const at = `${where}[${i}]`;
    const c = record(
      raw,
      at,
      ["status", "on", "sourceId", "accounts"],
      "an object { status, on, sourceId?, accounts? }",
    );
    const next = change(readStatus(c["status"], `${at}.status`), c["on"], c["sourceId"], c["accounts"], at);
    const previous = out[out.length - 1];
    if (previous !== undefined) checkNext(previous, next, at);
    out.push(next);
  });
  return Object.freeze(out);
}

const NOT_STATED: PhaseCapacity = /* @__PURE__ */ Object.freeze({ stated: false });

function readCapacity(value: unknown, where: string): PhaseCapacity {
  if (value === undefined || value === null) return NOT_STATED;
  if (typeof value !== "object" || D.isDecimal(value))
    return Object.freeze({ stated: true, value: positive(value, where) });
  const c = record(value, where, ["stated", "value"], "a positive decimal, { stated, value } or null");
  const { stated } = c;
  if (stated === true) return Object.freeze({ stated: true, value: positive(c["value"], `${where}.value`) });
  if (stated !== false)
    refuse("INVALID_TYPE", { ...site(`${where}.stated`), expected: "true or false", received: stated });
  if (c["value"] !== undefined) {
    refuse("INVALID_INPUT", {
      ...site(`${where}.value`),
      expected: "left out when stated is false",
      received: c["value"],
    });
  }
  return NOT_STATED;
}

function readOrdinal(value: unknown, where: string): number {
  if (typeof value !== "number")
    return refuse("INVALID_TYPE", { ...site(where), expected: "a whole number from 1", received: value });
  if (!Number.isFinite(value))
    return refuse("INVALID_NUMBER", { ...site(where), expected: "a whole number from 1", received: value });
  if (!Number.isSafeInteger(value) || value < 1)
    return refuse("OUT_OF_RANGE", { ...site(where), expected: "a whole number from 1", received: value });
  return value;
}

function readPhase(value: unknown, where: string, index: number): Phase {
  const expected = "an object { ordinal?, capacity?, plannedStart?, history? }";
  const p = record(value, where, ["ordinal", "capacity", "plannedStart", "history"], expected);
  const planned = p["plannedStart"];
  return Object.freeze({
    ordinal: readOrdinal(p["ordinal"] ?? index + 1, `${where}.ordinal`),
    capacity: readCapacity(p["capacity"], `${where}.capacity`),
    plannedStart: planned === undefined || planned === null ? null : readPeriodOrDay(planned, `${where}.plannedStart`),
    history: readHistory(p["history"], `${where}.history`),
  });
}

/** The sum of the stated capacities of some phases. @internal */
export function statedSum(phases: readonly Phase[]): Decimal {
  return phases.reduce((sum, p) => (p.capacity.stated ? sum.plus(p.capacity.value) : sum), ZERO);
}

/** The plan's unit written out, e.g. "vehicles per year". @internal */
export function unitLabel(unit: CapacityUnit): string {
  return unit.per === null ? unit.quantity : `${unit.quantity} per ${unit.per}`;
}

/** What `capacity.check` finds: the stated phases against the total. @internal */
export function issuesOf(total: Decimal, phases: readonly Phase[], unit: CapacityUnit): readonly CapacityIssue[] {
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
  return Object.freeze(issues.map((i) => Object.freeze(i)));
}

/**
 * What every CapacityPlan the library makes inherits: `JSON.stringify` writes CapacityPlanSchema's
 * JSON (a phase's capacity as a decimal string or null, periods as strings), `String()` gives
 * `"300000 vehicles per year in 2 phases"`.
 */
const PLAN = /* @__PURE__ */ valuePrototype<CapacityPlan>(
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
    `${p.total.valueOf()} ${p.unit.quantity} per ${p.unit.per} in ${p.phases.length} ${
      p.phases.length === 1 ? "phase" : "phases"
    }`,
);

/** A frozen plan of checked parts, with the library's brand. @internal */
export function made(unit: CapacityUnit, total: Decimal, phases: readonly Phase[]): CapacityPlan {
  return frozenValue(PLAN, { unit, total, phases: Object.freeze(phases) }, CAPACITY_BRAND);
}

/**
 * A plan the library made (its brand: trusted as it is), or a value read once, checked at every
 * depth and rebuilt; with `consistent`, also refused (INVALID_INPUT) when {@link issuesOf} finds
 * an issue. `where` names the argument: `"capacity.plan: input"`, `"capacity.statusAt: plan"`.
 * @internal
 */
export function readPlan(value: unknown, where: string, consistent: boolean): CapacityPlan {
  if (CAPACITY_BRAND.has(value)) return value as CapacityPlan;
  const input = record(value, where, ["unit", "total", "phases"], "a capacity plan { unit, total, phases }");
  const unit = readUnit(input["unit"], `${where}.unit`);
  const total = positive(input["total"], `${where}.total`);
  const raw = input["phases"];
  if (!Array.isArray(raw))
    refuse("INVALID_TYPE", { ...site(`${where}.phases`), expected: "a non-empty array of phases", received: raw });
  if (raw.length === 0)
    refuse("INVALID_INPUT", { ...site(`${where}.phases`), expected: "a non-empty array of phases", received: raw });
  const phases = Array.from(raw as readonly unknown[])
    .map((p, i) => readPhase(p, `${where}.phases[${i}]`, i))
    .sort((a, b) => a.ordinal - b.ordinal);
  if (phases.some((p, i) => p.ordinal !== i + 1)) {
    refuse("INVALID_INPUT", {
      ...site(`${where}.phases`),
      expected: `phase ordinals 1 to ${phases.length} with no gaps or repeats`,
      received: phases.map((q) => q.ordinal).join(", "),
    });
  }
  const issues = issuesOf(total, phases, unit);
  if (consistent && issues.length > 0) {
    refuse("INVALID_INPUT", {
      ...site(`${where}.phases`),
      expected: "stated capacities consistent with the total",
      hint: `Found: ${issues.map((i) => i.message).join("; ")}.`,
      issues,
    });
  }
  return made(unit, total, phases);
}
