import { describe, expect, it } from "vitest";
import * as milestone from "../../src/milestone/index.js";
import type { Milestone, MilestoneInput, TargetRevision } from "../../src/milestone/types.js";
import { thrown } from "../support.js";

// Each malformed input is refused with a stable code, a message that says what
// was wrong, where, and what was received, and `details` pointing at it.
const seed = { id: "m1", kind: "massProduction", targets: [{ target: "2024-S1", asOf: "2021-11-27" }] };
const m = milestone.of(seed as MilestoneInput);
const of = (changes: Record<string, unknown>) => () =>
  milestone.of({ ...seed, ...changes } as unknown as MilestoneInput);
const KINDS =
  "groundbreaking, constructionStart, constructionCompletion, trialProduction, productionStart, massProduction, firstDelivery, other";
const REPORTED = "scheduled, met, notMet, partiallyMet";
const badDay = (where: string, value: string): [string, Record<string, unknown>] => [
  `${where} must be a valid ISO date "YYYY-MM-DD", got "${value}"`,
  { where, value },
];

describe("milestone error messages", () => {
  it.each<[string, () => unknown, string, string, Record<string, unknown>]>([
    [
      "not an object",
      () => milestone.of(null as never),
      "INVALID_INPUT",
      "a milestone must be an object, got null",
      { where: "milestone" },
    ],
    [
      "a string",
      () => milestone.of("m1" as never),
      "INVALID_INPUT",
      'a milestone must be an object, got "m1"',
      { where: "milestone" },
    ],
    ["a blank id", of({ id: " " }), "INVALID_INPUT", 'id must be a non-empty string, got " "', { where: "id" }],
    ["a numeric id", of({ id: 3 }), "INVALID_INPUT", "id must be a non-empty string, got 3", { where: "id" }],
    [
      "an unknown kind",
      of({ kind: "opening" }),
      "INVALID_INPUT",
      `kind must be one of ${KINDS}, got "opening"`,
      { where: "kind" },
    ],
    ["a numeric title", of({ title: 7 }), "INVALID_INPUT", "title must be a string or null, got 7", { where: "title" }],
    [
      "targets that are no array",
      of({ targets: "2024-S1" }),
      "INVALID_INPUT",
      'targets must be an array, got "2024-S1"',
      { where: "targets" },
    ],
    [
      "a null target",
      of({ targets: [null] }),
      "INVALID_INPUT",
      "targets[0] must be an object, got null",
      { where: "targets[0]" },
    ],
    [
      "a target that is no object",
      of({ targets: [seed.targets[0], 5] }),
      "INVALID_INPUT",
      "targets[1] must be an object, got 5",
      { where: "targets[1]" },
    ],
    ["no target", of({ targets: [] }), "INVALID_INPUT", "a milestone needs at least one target", { where: "targets" }],
    [
      "a target that is no period",
      of({ targets: [{ target: 5, asOf: "2021-01-01" }] }),
      "INVALID_PERIOD",
      "targets[0].target must be a period, got 5",
      { where: "targets[0].target" },
    ],
    // an impossible period names the target it is in, as a string or as an object
    [
      "a target in a week 2021 does not have",
      of({ targets: [seed.targets[0], { target: "2021-W53", asOf: "2022-01-01" }] }),
      "INVALID_PERIOD",
      'targets[1].target: invalid week (2021 has 52 ISO weeks) in "2021-W53"',
      { where: "targets[1].target", value: "2021-W53" },
    ],
    [
      "a target object in a week 2021 does not have",
      of({ targets: [{ target: { kind: "week", year: 2021, week: 53 }, asOf: "2021-01-01" }] }),
      "INVALID_PERIOD",
      "targets[0].target: week of 2021 must be a whole number from 1 to 52, got 53",
      { where: "targets[0].target" },
    ],
    [
      "reviseTarget to a range that ends before it starts",
      () => milestone.reviseTarget(m, "2024-S2/2024-S1", "2024-01-01"),
      "INVALID_PERIOD",
      "revision.target: a range must not end before it starts: 2024-S2/2024-S1",
      { where: "revision.target", value: "2024-S2/2024-S1" },
    ],
    [
      "a target stated on an invalid day",
      of({ targets: [{ target: "2024-S1", asOf: "2021-02-30" }] }),
      "INVALID_PERIOD",
      ...badDay("targets[0].asOf", "2021-02-30"),
    ],
    [
      "a target with an empty sourceId",
      of({ targets: [{ target: "2024-S1", asOf: "2021-01-01", sourceId: "" }] }),
      "INVALID_INPUT",
      'targets[0].sourceId must be a non-empty string or null, got ""',
      { where: "targets[0].sourceId" },
    ],
    [
      "targets out of date order",
      of({
        targets: [
          { target: "2024-S1", asOf: "2022-01-01" },
          { target: "2024-S2", asOf: "2021-01-01" },
        ],
      }),
      "INVALID_INPUT",
      "targets[1] is dated 2021-01-01, before the previous entry (2022-01-01); entries must be in date order",
      { where: "targets[1]" },
    ],
    [
      "reports that are no array",
      of({ reports: "met" }),
      "INVALID_INPUT",
      'reports must be an array, got "met"',
      { where: "reports" },
    ],
    [
      "a null report",
      of({ reports: [null] }),
      "INVALID_INPUT",
      "reports[0] must be an object, got null",
      { where: "reports[0]" },
    ],
    [
      "an unknown reported status",
      of({ reports: [{ status: "done", asOf: "2024-01-01" }] }),
      "INVALID_INPUT",
      `reports[0].status must be one of ${REPORTED}, got "done"`,
      { where: "reports[0].status" },
    ],
    [
      "a numeric reported status",
      of({ reports: [{ status: 5, asOf: "2024-01-01" }] }),
      "INVALID_INPUT",
      `reports[0].status must be one of ${REPORTED}, got 5`,
      { where: "reports[0].status" },
    ],
    [
      "a report on an invalid day",
      of({ reports: [{ status: "met", asOf: "2024-1-1" }] }),
      "INVALID_PERIOD",
      ...badDay("reports[0].asOf", "2024-1-1"),
    ],
    [
      "a report with a numeric sourceId",
      of({ reports: [{ status: "met", asOf: "2024-01-01", sourceId: 5 }] }),
      "INVALID_INPUT",
      "reports[0].sourceId must be a non-empty string or null, got 5",
      { where: "reports[0].sourceId" },
    ],
    [
      "reports out of date order",
      of({
        reports: [
          { status: "scheduled", asOf: "2024-01-01" },
          { status: "met", asOf: "2023-01-01" },
        ],
      }),
      "INVALID_INPUT",
      "reports[1] is dated 2023-01-01, before the previous entry (2024-01-01); entries must be in date order",
      { where: "reports[1]" },
    ],
    [
      "achieved on an invalid day",
      of({ achieved: "2024-02-30" }),
      "INVALID_PERIOD",
      ...badDay("achieved", "2024-02-30"),
    ],
    [
      "achieved.on an invalid day",
      of({ achieved: { on: "2024-02-30" } }),
      "INVALID_PERIOD",
      ...badDay("achieved.on", "2024-02-30"),
    ],
    [
      "achieved with an empty sourceId",
      of({ achieved: { on: "2024-02-01", sourceId: "" } }),
      "INVALID_INPUT",
      'achieved.sourceId must be a non-empty string or null, got ""',
      { where: "achieved.sourceId" },
    ],
    [
      "achieved as a number",
      of({ achieved: 20240328 }),
      "INVALID_INPUT",
      "achieved must be an ISO date, { on, sourceId } or null, got 20240328",
      { where: "achieved" },
    ],
    [
      "reviseTarget to no period",
      () => milestone.reviseTarget(m, 5 as never, "2024-01-01"),
      "INVALID_PERIOD",
      "revision.target must be a period, got 5",
      { where: "revision.target" },
    ],
    [
      "reviseTarget on an invalid day",
      () => milestone.reviseTarget(m, "2024-S2", "2024-13-01"),
      "INVALID_PERIOD",
      ...badDay("revision.asOf", "2024-13-01"),
    ],
    [
      "reviseTarget with an empty sourceId",
      () => milestone.reviseTarget(m, "2024-S2", "2024-01-01", ""),
      "INVALID_INPUT",
      'revision.sourceId must be a non-empty string or null, got ""',
      { where: "revision.sourceId" },
    ],
    [
      "reviseTarget before the latest target",
      () => milestone.reviseTarget(m, "2024-S2", "2021-01-01"),
      "INVALID_INPUT",
      "targets[1] is dated 2021-01-01, before the previous entry (2021-11-27); entries must be in date order",
      { where: "targets[1]" },
    ],
    [
      "achieve twice",
      () => milestone.achieve(milestone.achieve(m, "2024-03-28"), "2024-04-01"),
      "INVALID_INPUT",
      'milestone "m1" was already achieved on 2024-03-28',
      { where: "achieved" },
    ],
    [
      "achieve on an invalid day",
      () => milestone.achieve(m, "2024-04-31"),
      "INVALID_PERIOD",
      ...badDay("on", "2024-04-31"),
    ],
    [
      "achieve with an empty sourceId",
      () => milestone.achieve(m, "2024-04-01", ""),
      "INVALID_INPUT",
      'sourceId must be a non-empty string or null, got ""',
      { where: "sourceId" },
    ],
    [
      "report an unknown status",
      () => milestone.report(m, "late" as never, "2024-04-01"),
      "INVALID_INPUT",
      `report.status must be one of ${REPORTED}, got "late"`,
      { where: "report.status" },
    ],
    [
      "report on an invalid day",
      () => milestone.report(m, "met", "2024-04-31"),
      "INVALID_PERIOD",
      ...badDay("report.asOf", "2024-04-31"),
    ],
    [
      "report with an empty sourceId",
      () => milestone.report(m, "met", "2024-04-01", ""),
      "INVALID_INPUT",
      'report.sourceId must be a non-empty string or null, got ""',
      { where: "report.sourceId" },
    ],
    [
      "targetAt an invalid day",
      () => milestone.targetAt(m, "2024-04-31"),
      "INVALID_PERIOD",
      ...badDay("asOf", "2024-04-31"),
    ],
    [
      "reportedAt an invalid day",
      () => milestone.reportedAt(m, "2024-04-31"),
      "INVALID_PERIOD",
      ...badDay("asOf", "2024-04-31"),
    ],
    [
      "targetDrift to an invalid day",
      () => milestone.targetDrift(m, "2024-04-31"),
      "INVALID_PERIOD",
      ...badDay("asOf", "2024-04-31"),
    ],
    [
      "status on an invalid day",
      () => milestone.status(m, "2024-04-31"),
      "INVALID_PERIOD",
      ...badDay("asOf", "2024-04-31"),
    ],
    [
      "status with null options",
      () => milestone.status(m, "2024-04-01", null as never),
      "INVALID_INPUT",
      "options must be an object, got null",
      { where: "options" },
    ],
    [
      "status with string options",
      () => milestone.status(m, "2024-04-01", "original" as never),
      "INVALID_INPUT",
      'options must be an object, got "original"',
      { where: "options" },
    ],
    [
      "status against an unknown target",
      () => milestone.status(m, "2024-04-01", { against: "latest" } as never),
      "INVALID_INPUT",
      'options.against must be "current" or "original", got "latest"',
      { where: "options.against" },
    ],
  ])("%s", (_, fn, code, message, details) => {
    expect(thrown(fn)).toEqual({ code, message, details });
  });

  // Milestones built by hand (a built milestone spread with one field replaced), given to the
  // other functions: refused as of() refuses its input, naming the place inside the milestone.
  const reported = milestone.report(m, "scheduled", "2022-01-01");
  const forged = (changes: Record<string, unknown>): Milestone => ({ ...reported, ...changes }) as unknown as Milestone;
  const first = m.targets[0] as TargetRevision;
  it.each<[string, () => unknown, string, string, Record<string, unknown>]>([
    [
      "status of a milestone with a null target",
      () => milestone.status(forged({ targets: [null] }), "2024-01-01"),
      "INVALID_INPUT",
      "targets[0] must be an object, got null",
      { where: "targets[0]" },
    ],
    [
      "targetAt of a milestone without targets",
      () => milestone.targetAt(forged({ targets: undefined }), "2024-01-01"),
      "INVALID_INPUT",
      "a milestone needs at least one target",
      { where: "targets" },
    ],
    [
      "targetDrift of a target with no half",
      () => milestone.targetDrift(forged({ targets: [{ ...first, target: { kind: "half", year: 2024 } }] })),
      "INVALID_PERIOD",
      "targets[0].target: half must be a whole number from 1 to 2, got undefined",
      { where: "targets[0].target" },
    ],
    [
      "reportedAt of a report dated NaN",
      () =>
        milestone.reportedAt(forged({ reports: [{ status: "met", asOf: Number.NaN, sourceId: null }] }), "2024-01-01"),
      "INVALID_PERIOD",
      'reports[0].asOf must be an ISO date string "YYYY-MM-DD", got NaN',
      { where: "reports[0].asOf" },
    ],
    [
      "status of reports that are an object",
      () => milestone.status(forged({ reports: {} }), "2024-01-01"),
      "INVALID_INPUT",
      "reports must be an array, got an object",
      { where: "reports" },
    ],
    [
      "achieve of a milestone achieved on a number",
      () => milestone.achieve(forged({ achieved: { on: 5, sourceId: null } }), "2024-01-01"),
      "INVALID_PERIOD",
      'achieved.on must be an ISO date string "YYYY-MM-DD", got 5',
      { where: "achieved.on" },
    ],
    [
      "reviseTarget of a milestone without an id",
      () => milestone.reviseTarget(forged({ id: undefined }), "2024-S2", "2024-01-01"),
      "INVALID_INPUT",
      "id must be a non-empty string, got undefined",
      { where: "id" },
    ],
    [
      "report of a milestone whose kind is a function",
      () => milestone.report(forged({ kind: () => 1 }), "met", "2024-01-01"),
      "INVALID_INPUT",
      `kind must be one of ${KINDS}, got a function`,
      { where: "kind" },
    ],
  ])("%s", (_, fn, code, message, details) => {
    expect(thrown(fn)).toEqual({ code, message, details });
  });
});
