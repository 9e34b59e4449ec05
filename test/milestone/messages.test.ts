import { describe, expect, it } from "vitest";
import * as milestone from "../../src/milestone/index.js";
import type { Milestone, MilestoneInput, TargetRevision } from "../../src/milestone/types.js";
import { expectRefusal, thrown } from "../support.js";

// Each malformed input is refused with a stable code, a message that starts with the function
// and the path of what was wrong ("milestone.of: input.kind ..."), and `details` naming them.
const seed = { id: "m1", kind: "massProduction", targets: [{ target: "2024-S1", asOf: "2021-11-27" }] };
const m = milestone.of(seed as MilestoneInput);
const of = (changes: Record<string, unknown>) => () =>
  milestone.of({ ...seed, ...changes } as unknown as MilestoneInput);
const I = "milestone.of: input";

describe("milestone refusals", () => {
  it.each<[string, () => unknown, string, string, Record<string, unknown>?]>([
    ["not an object", () => milestone.of(null as never), "INVALID_TYPE", I, { received: null }],
    ["a string", () => milestone.of("m1" as never), "INVALID_TYPE", I, { received: "m1" }],
    ["a blank id", of({ id: " " }), "INVALID_INPUT", `${I}.id`, { received: " " }],
    ["a numeric id", of({ id: 3 }), "INVALID_TYPE", `${I}.id`, { received: 3 }],
    ["an unknown kind", of({ kind: "opening" }), "INVALID_INPUT", `${I}.kind`, { received: "opening" }],
    ["a misspelt kind", of({ kind: "massproduction" }), "INVALID_INPUT", `${I}.kind`],
    ["a numeric title", of({ title: 7 }), "INVALID_TYPE", `${I}.title`, { received: 7 }],
    ["targets that are no array", of({ targets: "2024-S1" }), "INVALID_TYPE", `${I}.targets`],
    ["a null target", of({ targets: [null] }), "INVALID_TYPE", `${I}.targets[0]`, { received: null }],
    ["a target that is no object", of({ targets: [seed.targets[0], 5] }), "INVALID_TYPE", `${I}.targets[1]`],
    ["no target", of({ targets: [] }), "INVALID_INPUT", `${I}.targets`, { expected: "at least one target" }],
    [
      "a target that is no period",
      of({ targets: [{ target: 5, asOf: "2021-01-01" }] }),
      "INVALID_TYPE",
      `${I}.targets[0].target`,
    ],
    [
      "a target in a week 2021 does not have",
      of({ targets: [seed.targets[0], { target: "2021-W53", asOf: "2022-01-01" }] }),
      "INVALID_PERIOD",
      `${I}.targets[1].target`,
    ],
    [
      "a target object in a week 2021 does not have",
      of({ targets: [{ target: { kind: "week", year: 2021, week: 53 }, asOf: "2021-01-01" }] }),
      "OUT_OF_RANGE",
      `${I}.targets[0].target.week`,
    ],
    [
      "a target stated on an invalid day",
      of({ targets: [{ target: "2024-S1", asOf: "2021-02-30" }] }),
      "INVALID_PERIOD",
      `${I}.targets[0].asOf`,
    ],
    [
      "a target with an empty sourceId",
      of({ targets: [{ target: "2024-S1", asOf: "2021-01-01", sourceId: "" }] }),
      "INVALID_INPUT",
      `${I}.targets[0].sourceId`,
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
      `${I}.targets[1].asOf`,
      { received: "2021-01-01" },
    ],
    ["reports that are no array", of({ reports: "met" }), "INVALID_TYPE", `${I}.reports`],
    ["a null report", of({ reports: [null] }), "INVALID_TYPE", `${I}.reports[0]`],
    [
      "an unknown reported status",
      of({ reports: [{ status: "done", asOf: "2024-01-01" }] }),
      "INVALID_INPUT",
      `${I}.reports[0].status`,
    ],
    [
      "a numeric reported status",
      of({ reports: [{ status: 5, asOf: "2024-01-01" }] }),
      "INVALID_TYPE",
      `${I}.reports[0].status`,
    ],
    [
      "a report on an invalid day",
      of({ reports: [{ status: "met", asOf: "2024-1-1" }] }),
      "INVALID_PERIOD",
      `${I}.reports[0].asOf`,
    ],
    [
      "a report with a numeric sourceId",
      of({ reports: [{ status: "met", asOf: "2024-01-01", sourceId: 5 }] }),
      "INVALID_TYPE",
      `${I}.reports[0].sourceId`,
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
      `${I}.reports[1].asOf`,
    ],
    ["achieved on an invalid day", of({ achieved: "2024-02-30" }), "INVALID_PERIOD", `${I}.achieved`],
    ["achieved on an invalid Date", of({ achieved: new Date(Number.NaN) }), "INVALID_PERIOD", `${I}.achieved`],
    ["achieved.on an invalid day", of({ achieved: { on: "2024-02-30" } }), "INVALID_PERIOD", `${I}.achieved.on`],
    [
      "achieved with an empty sourceId",
      of({ achieved: { on: "2024-02-01", sourceId: "" } }),
      "INVALID_INPUT",
      `${I}.achieved.sourceId`,
    ],
    ["achieved as a number", of({ achieved: 20240328 }), "INVALID_TYPE", `${I}.achieved`, { received: 20240328 }],
    [
      "achieved accounts that are no array",
      of({ achieved: { on: "2024-03-28", accounts: "2023-12" } }),
      "INVALID_TYPE",
      `${I}.achieved.accounts`,
    ],
    [
      "reviseTarget to no period",
      () => milestone.reviseTarget(m, 5 as never, "2024-01-01"),
      "INVALID_TYPE",
      "milestone.reviseTarget: target",
    ],
    [
      "reviseTarget to a range that ends before it starts",
      () => milestone.reviseTarget(m, "2024-S2/2024-S1", "2024-01-01"),
      "INVALID_PERIOD",
      "milestone.reviseTarget: target",
    ],
    [
      "reviseTarget on an invalid day",
      () => milestone.reviseTarget(m, "2024-S2", "2024-13-01"),
      "INVALID_PERIOD",
      "milestone.reviseTarget: asOf",
    ],
    [
      "reviseTarget with an empty sourceId",
      () => milestone.reviseTarget(m, "2024-S2", "2024-01-01", ""),
      "INVALID_INPUT",
      "milestone.reviseTarget: sourceId",
    ],
    [
      "reviseTarget before the latest target",
      () => milestone.reviseTarget(m, "2024-S2", "2021-01-01"),
      "INVALID_INPUT",
      "milestone.reviseTarget: asOf",
      { received: "2021-01-01" },
    ],
    [
      "achieve twice",
      () => milestone.achieve(milestone.achieve(m, "2024-03-28"), "2024-04-01"),
      "INVALID_INPUT",
      "milestone.achieve: milestone.achieved",
      { received: "2024-03-28" },
    ],
    ["achieve on an invalid day", () => milestone.achieve(m, "2024-04-31"), "INVALID_PERIOD", "milestone.achieve: on"],
    [
      "achieve with an empty sourceId",
      () => milestone.achieve(m, "2024-04-01", ""),
      "INVALID_INPUT",
      "milestone.achieve: sourceId",
    ],
    [
      "report an unknown status",
      () => milestone.report(m, "late" as never, "2024-04-01"),
      "INVALID_INPUT",
      "milestone.report: reported",
    ],
    [
      "report on an invalid day",
      () => milestone.report(m, "met", "2024-04-31"),
      "INVALID_PERIOD",
      "milestone.report: asOf",
    ],
    [
      "report with an empty sourceId",
      () => milestone.report(m, "met", "2024-04-01", ""),
      "INVALID_INPUT",
      "milestone.report: sourceId",
    ],
    [
      "report before the previous report",
      () => milestone.report(milestone.report(m, "scheduled", "2024-01-01"), "met", "2023-01-01"),
      "INVALID_INPUT",
      "milestone.report: asOf",
    ],
    [
      "targetAt an invalid day",
      () => milestone.targetAt(m, "2024-04-31"),
      "INVALID_PERIOD",
      "milestone.targetAt: asOf",
    ],
    [
      "reportedAt an invalid day",
      () => milestone.reportedAt(m, "2024-04-31"),
      "INVALID_PERIOD",
      "milestone.reportedAt: asOf",
    ],
    [
      "targetDrift to an invalid day",
      () => milestone.targetDrift(m, "2024-04-31"),
      "INVALID_PERIOD",
      "milestone.targetDrift: asOf",
    ],
    ["status on an invalid day", () => milestone.status(m, "2024-04-31"), "INVALID_PERIOD", "milestone.status: asOf"],
    [
      "status with null options",
      () => milestone.status(m, "2024-04-01", null as never),
      "INVALID_TYPE",
      "milestone.status: options",
    ],
    [
      "status with string options",
      () => milestone.status(m, "2024-04-01", "original" as never),
      "INVALID_TYPE",
      "milestone.status: options",
    ],
    [
      "status against an unknown target",
      () => milestone.status(m, "2024-04-01", { against: "latest" } as never),
      "INVALID_INPUT",
      "milestone.status: options.against",
      { received: "latest" },
    ],
    [
      "status against a number",
      () => milestone.status(m, "2024-04-01", { against: 1 } as never),
      "INVALID_TYPE",
      "milestone.status: options.against",
    ],
    [
      "accountsAt with an unknown option",
      () => milestone.accountsAt(m, "2024-04-01", { againts: "original" } as never),
      "UNKNOWN_OPTION",
      "milestone.accountsAt: options.againts",
      { suggestion: "against" },
    ],
  ])("%s", (_, fn, code, where, extra) => {
    expectRefusal(fn, code, where, extra);
  });

  // Every object of the input is closed: an unknown key is refused where it is, with the nearest key.
  it.each<[string, Record<string, unknown>, string, string?]>([
    ["the input", { ...seed, titl: "x" }, `${I}.titl`, "title"],
    ["a target", { ...seed, targets: [{ ...seed.targets[0], source: "s" }] }, `${I}.targets[0].source`, "sourceId"],
    ["a report", { ...seed, reports: [{ status: "met", asOf: "2024-01-01", date: "x" }] }, `${I}.reports[0].date`],
    [
      "the achievement",
      { ...seed, achieved: { on: "2024-03-28", sourceid: "s" } },
      `${I}.achieved.sourceid`,
      "sourceId",
    ],
    [
      "an account",
      { ...seed, achieved: { on: "2024-03-28", accounts: [{ on: "2024-03", note: "x" }] } },
      `${I}.achieved.accounts[0].note`,
    ],
    ["the options of status", {}, "milestone.status: options.agianst", "against"],
  ])("UNKNOWN_OPTION in %s", (name, input, where, suggestion) => {
    const call =
      name === "the options of status"
        ? () => milestone.status(m, "2024-01-01", { agianst: "original" } as never)
        : () => milestone.of(input as unknown as MilestoneInput);
    expectRefusal(call, "UNKNOWN_OPTION", where, suggestion === undefined ? {} : { suggestion });
  });

  it("reads own keys only: a polluted Object.prototype adds nothing", () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto["kind"] = "massProduction";
    try {
      expectRefusal(() => milestone.of({ id: "m", targets: seed.targets } as never), "INVALID_TYPE", `${I}.kind`);
      expect(milestone.status(m, "2025-01-01").state).toBe("overdue");
    } finally {
      delete proto["kind"];
    }
  });

  // Milestones built by hand (a built milestone spread with one field replaced), given to the
  // other functions: refused as of() refuses its input, naming the function and the place.
  const reported = milestone.report(m, "scheduled", "2022-01-01");
  const forged = (changes: Record<string, unknown>): Milestone => ({ ...reported, ...changes }) as unknown as Milestone;
  const first = m.targets[0] as TargetRevision;
  it.each<[string, () => unknown, string, string]>([
    [
      "status of a milestone with a null target",
      () => milestone.status(forged({ targets: [null] }), "2024-01-01"),
      "INVALID_TYPE",
      "milestone.status: milestone.targets[0]",
    ],
    [
      "targetAt of a milestone without targets",
      () => milestone.targetAt(forged({ targets: undefined }), "2024-01-01"),
      "INVALID_INPUT",
      "milestone.targetAt: milestone.targets",
    ],
    [
      "targetDrift of a target with no half",
      () => milestone.targetDrift(forged({ targets: [{ ...first, target: { kind: "half", year: 2024 } }] })),
      "INVALID_TYPE",
      "milestone.targetDrift: milestone.targets[0].target.half",
    ],
    [
      "reportedAt of a report dated NaN",
      () =>
        milestone.reportedAt(forged({ reports: [{ status: "met", asOf: Number.NaN, sourceId: null }] }), "2024-01-01"),
      "INVALID_TYPE",
      "milestone.reportedAt: milestone.reports[0].asOf",
    ],
    [
      "status of reports that are an object",
      () => milestone.status(forged({ reports: {} }), "2024-01-01"),
      "INVALID_TYPE",
      "milestone.status: milestone.reports",
    ],
    [
      "achieve of a milestone achieved on a number",
      () => milestone.achieve(forged({ achieved: { on: 5, sourceId: null } }), "2024-01-01"),
      "INVALID_TYPE",
      "milestone.achieve: milestone.achieved.on",
    ],
    [
      "reviseTarget of a milestone without an id",
      () => milestone.reviseTarget(forged({ id: undefined }), "2024-S2", "2024-01-01"),
      "INVALID_TYPE",
      "milestone.reviseTarget: milestone.id",
    ],
    [
      "report of a milestone whose kind is a function",
      () => milestone.report(forged({ kind: () => 1 }), "met", "2024-01-01"),
      "INVALID_TYPE",
      "milestone.report: milestone.kind",
    ],
    [
      "accountsAt of a milestone with an unknown key",
      () => milestone.accountsAt(forged({ note: "x" }), "2024-01-01"),
      "UNKNOWN_OPTION",
      "milestone.accountsAt: milestone.note",
    ],
  ])("%s", (_, fn, code, where) => {
    expectRefusal(fn, code, where);
  });

  it("a refusal's message names the function, the path, what was expected and what was received", () => {
    expect(thrown(of({ kind: "opening" }))).toMatchObject({
      message: expect.stringMatching(
        /^milestone\.of: input\.kind must be one of groundbreaking, .*, got "opening"$/,
      ) as unknown,
    });
  });
});
