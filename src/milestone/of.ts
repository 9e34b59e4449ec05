/**
 * Milestones: their kinds and reported statuses, and their construction, validated at every
 * depth and frozen, from an input or from a milestone the library did not make.
 *
 * @module
 */
import { MILESTONE_BRAND } from "../brand.js";
import { site } from "../decimal.js";
import { refuse } from "../errors.js";
import { compareDates, readDate } from "../period/calendar.js";
import { format as formatPeriod } from "../period/period.js";
import type { IsoDate } from "../period/types.js";
import { frozenValue, valuePrototype } from "../value.js";
import { field, list, oneOf, readAccounts, readDay, readPeriodOrDay, readSourceId, record } from "./read.js";
import type {
  Milestone,
  MilestoneAchievement,
  MilestoneInput,
  MilestoneKind,
  MilestoneReport,
  ReportedMilestoneStatus,
  TargetRevision,
} from "./types.js";

/**
 * Every milestone kind, frozen.
 *
 * @category Milestones
 * @since 0.1.0
 */
export const MILESTONE_KINDS: readonly MilestoneKind[] = /* @__PURE__ */ Object.freeze([
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
export const REPORTED_STATUSES: readonly ReportedMilestoneStatus[] = /* @__PURE__ */ Object.freeze([
  "scheduled",
  "met",
  "notMet",
  "partiallyMet",
] as const);

/** A target revision from its fields; `where` names the object (`"fn: "` when its fields are arguments). @internal */
export function revision(target: unknown, asOf: unknown, sourceId: unknown, where: string): TargetRevision {
  return Object.freeze({
    target: readPeriodOrDay(target, field(where, "target")),
    asOf: readDay(asOf, field(where, "asOf")),
    sourceId: readSourceId(sourceId, field(where, "sourceId")),
  });
}

/** A reported status from its fields; `statusName` is the name of its status field or argument. @internal */
export function statusReport(
  status: unknown,
  asOf: unknown,
  sourceId: unknown,
  where: string,
  statusName = "status",
): MilestoneReport {
  return Object.freeze({
    status: oneOf(status, REPORTED_STATUSES, field(where, statusName)),
    asOf: readDay(asOf, field(where, "asOf")),
    sourceId: readSourceId(sourceId, field(where, "sourceId")),
  });
}

/** Refuses an entry dated before the one it follows (INVALID_INPUT at its `asOf`). @internal */
export function notBefore(previous: IsoDate | undefined, next: IsoDate, where: string): void {
  if (previous !== undefined && compareDates(next, previous) < 0) {
    refuse("INVALID_INPUT", {
      ...site(where),
      expected: `a day on or after the previous entry's (${previous}): entries are in date order`,
      received: next,
    });
  }
}

function inOrder(entries: readonly { readonly asOf: IsoDate }[], where: string): void {
  entries.forEach((e, i) => notBefore(entries[i - 1]?.asOf, e.asOf, `${where}[${i}].asOf`));
}

function readAchieved(value: unknown, where: string): MilestoneAchievement | null {
  if (value === undefined || value === null) return null;
  // a bare day (a JS Date or PlainDate-like read as its ISO date) or { on, sourceId?, accounts? }
  const day = readDate(value, where);
  if (typeof day === "string") return Object.freeze({ on: readDay(day, where), sourceId: null });
  const expected = "a day, { on, sourceId?, accounts? } or null";
  const a = record(day, where, ["on", "sourceId", "accounts"], expected);
  const on = readDay(a["on"], `${where}.on`);
  const sourceId = readSourceId(a["sourceId"], `${where}.sourceId`);
  const accounts = readAccounts(a["accounts"], `${where}.accounts`);
  return Object.freeze(accounts.length === 0 ? { on, sourceId } : { on, sourceId, accounts: Object.freeze(accounts) });
}

/**
 * What every Milestone the library makes inherits: `JSON.stringify` writes MilestoneSchema's JSON
 * (targets as period strings), `String()` gives `"massProduction mass-production by 2024-S1"`
 * (the latest target).
 */
const MILESTONE = /* @__PURE__ */ valuePrototype<Milestone>(
  "Milestone",
  // every field as it is (days are ISO strings already), the targets' periods as strings
  (m) => ({ ...m, targets: m.targets.map((t) => ({ ...t, target: formatPeriod(t.target) })) }),
  (m) => {
    const last = m.targets[m.targets.length - 1];
    const target = last === undefined ? "" : ` by ${formatPeriod(last.target)}`;
    return `${m.kind} ${m.id}${target}${m.achieved === null ? "" : `, achieved ${m.achieved.on}`}`;
  },
);

/** A frozen milestone of checked parts, with the library's brand. @internal */
export function made(fields: Milestone): Milestone {
  return frozenValue(
    MILESTONE,
    {
      id: fields.id,
      kind: fields.kind,
      title: fields.title,
      targets: Object.freeze([...fields.targets]),
      achieved: fields.achieved,
      reports: Object.freeze([...fields.reports]),
    },
    MILESTONE_BRAND,
  );
}

/**
 * A milestone the library made (its brand: trusted as it is), or a value read once, checked at
 * every depth and rebuilt. `where` names the argument: `"milestone.of: input"`,
 * `"milestone.status: milestone"`.
 * @internal
 */
export function readMilestone(value: unknown, where: string): Milestone {
  if (MILESTONE_BRAND.has(value)) return value as Milestone;
  const keys = ["id", "kind", "title", "targets", "achieved", "reports"];
  const input = record(value, where, keys, "a milestone { id, kind, title?, targets, achieved?, reports? }");
  const id = input["id"];
  if (typeof id !== "string" || id.trim() === "") {
    refuse(typeof id === "string" ? "INVALID_INPUT" : "INVALID_TYPE", {
      ...site(`${where}.id`),
      expected: "a non-empty string",
      received: id,
    });
  }
  const kind = oneOf(input["kind"], MILESTONE_KINDS, `${where}.kind`);
  const title = input["title"] ?? null;
  if (title !== null && typeof title !== "string")
    refuse("INVALID_TYPE", { ...site(`${where}.title`), expected: "a string or null", received: title });
  const targets = list(input["targets"], `${where}.targets`, "an array of targets").map((raw, i) => {
    const at = `${where}.targets[${i}]`;
    const t = record(raw, at, ["target", "asOf", "sourceId"], "an object { target, asOf, sourceId? }");
    return revision(t["target"], t["asOf"], t["sourceId"], at);
  });
  if (targets.length === 0) {
    refuse("INVALID_INPUT", {
      ...site(`${where}.targets`),
      expected: "at least one target",
      received: input["targets"],
    });
  }
  inOrder(targets, `${where}.targets`);
  const reports = list(input["reports"], `${where}.reports`, "an array of reports").map((raw, i) => {
    const at = `${where}.reports[${i}]`;
    const r = record(raw, at, ["status", "asOf", "sourceId"], "an object { status, asOf, sourceId? }");
    return statusReport(r["status"], r["asOf"], r["sourceId"], at);
  });
  inOrder(reports, `${where}.reports`);
  const achieved = readAchieved(input["achieved"], `${where}.achieved`);
  return made({ id, kind, title, targets, achieved, reports });
}

/**
 * Builds a milestone, validated and frozen: an id, a kind, the original
 * target period and its revisions (each with the day it was stated and its
 * source), the day it was reached if it was, and the statuses sources reported.
 * The input is read once, and every object in it is closed: an unknown key is refused.
 *
 * @param input - the milestone's fields; periods may be strings (`"2024-S1"`), `achieved` a bare day; days may be ISO dates, JS Dates or Temporal.PlainDate-like values
 * @returns the frozen milestone
 * @throws {@link accordo!AccordoError} with `details.function` `"milestone.of"` and `details.path` the field: `INVALID_TYPE` when the input, a target, a report or the achievement is not the object it should be, a list not an array, or the id, kind, title or a source id not a string; `UNKNOWN_OPTION` for a key none of them has; `INVALID_INPUT` when the id is blank, the kind or a reported status unknown, there is no target, targets or reports are out of date order, or a source id is empty; `INVALID_PERIOD` when a period or date is invalid
 * @example
 * {@includeCode ../../test/milestone/examples.test.ts#of}
 * @category Milestones
 * @since 0.1.0
 */
export function of(input: MilestoneInput): Milestone {
  return readMilestone(input, "milestone.of: input");
}
