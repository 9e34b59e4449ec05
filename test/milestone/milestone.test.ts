import { describe, expect, it } from "vitest";
import * as milestone from "../../src/milestone/index.js";
import type { Milestone, MilestoneInput } from "../../src/milestone/types.js";
import * as period from "../../src/period/index.js";
import { code as codeOf, thrown } from "../support.js";

// Seed milestone; revision, report and achievement dates are HYPOTHETICAL.
const seed: MilestoneInput = {
  id: "xiaomi-mass-production",
  kind: "massProduction",
  title: "First Xiaomi car in mass production",
  targets: [{ target: "2024-S1", asOf: "2021-11-27", sourceId: "src-seed" }],
};

describe("milestone.of", () => {
  it("builds a frozen milestone with defaults", () => {
    const m = milestone.of(seed);
    expect(m).toEqual({
      id: "xiaomi-mass-production",
      kind: "massProduction",
      title: "First Xiaomi car in mass production",
      targets: [{ target: { kind: "half", year: 2024, half: 1 }, asOf: "2021-11-27", sourceId: "src-seed" }],
      achieved: null,
      reports: [],
    });
    expect(Object.isFrozen(m)).toBe(true);
    expect(Object.isFrozen(m.targets)).toBe(true);
    expect(Object.isFrozen(m.targets[0])).toBe(true);
    expect(Object.isFrozen(m.reports)).toBe(true);
  });

  it("accepts achieved as a day or with its source, and rebuilds itself unchanged", () => {
    const a = milestone.of({ ...seed, achieved: "2024-03-28" });
    expect(a.achieved).toEqual({ on: "2024-03-28", sourceId: null });
    const b = milestone.of({
      ...seed,
      achieved: { on: "2024-03-28", sourceId: "src-x" },
      reports: [{ status: "met", asOf: "2024-04-01" }],
    });
    expect(b.achieved).toEqual({ on: "2024-03-28", sourceId: "src-x" });
    expect(Object.isFrozen(b.achieved)).toBe(true);
    expect(milestone.of(b)).toEqual(b);
  });

  it.each<[string, () => unknown]>([
    ["an empty id", () => milestone.of({ ...seed, id: " " })],
    ["an unknown kind", () => milestone.of({ ...seed, kind: "opening" as never })],
    ["no target", () => milestone.of({ ...seed, targets: [] })],
    [
      "targets out of order",
      () =>
        milestone.of({
          ...seed,
          targets: [
            { target: "2024-S1", asOf: "2022-01-01" },
            { target: "2024-S2", asOf: "2021-01-01" },
          ],
        }),
    ],
    [
      "an unknown reported status",
      () => milestone.of({ ...seed, reports: [{ status: "done" as never, asOf: "2024-01-01" }] }),
    ],
    [
      "reports out of order",
      () =>
        milestone.of({
          ...seed,
          reports: [
            { status: "scheduled", asOf: "2024-01-01" },
            { status: "met", asOf: "2023-01-01" },
          ],
        }),
    ],
    [
      "an empty source id",
      () => milestone.of({ ...seed, targets: [{ target: "2024-S1", asOf: "2021-11-27", sourceId: "" }] }),
    ],
  ])("refuses %s with INVALID_INPUT", (_, fn) => {
    expect(codeOf(fn)).toBe("INVALID_INPUT");
  });

  it.each<[string, () => unknown]>([
    ["targets not an array", () => milestone.of({ ...seed, targets: "2024-S1" as never })],
    ["a title that is not a string", () => milestone.of({ ...seed, title: 7 as never })],
    ["achieved of the wrong type", () => milestone.of({ ...seed, achieved: 20240328 as never })],
    ["not an object", () => milestone.of(null as never)],
  ])("refuses %s with INVALID_TYPE", (_, fn) => {
    expect(codeOf(fn)).toBe("INVALID_TYPE");
  });

  it("refuses invalid periods and dates with INVALID_PERIOD", () => {
    expect(codeOf(() => milestone.of({ ...seed, targets: [{ target: "2024-S3", asOf: "2021-11-27" }] }))).toBe(
      "INVALID_PERIOD",
    );
    expect(codeOf(() => milestone.of({ ...seed, targets: [{ target: "2024-S1", asOf: "2021-11-31" }] }))).toBe(
      "INVALID_PERIOD",
    );
    expect(codeOf(() => milestone.of({ ...seed, achieved: "2024-02-30" }))).toBe("INVALID_PERIOD");
    expect(
      codeOf(() =>
        milestone.of({
          ...seed,
          targets: [{ target: { kind: "half", year: 2024, half: 3 } as never, asOf: "2021-11-27" }],
        }),
      ),
    ).toBe("OUT_OF_RANGE");
  });

  it("lets an exception of the caller's own target object pass through unchanged", () => {
    const boom = new Error("boom");
    const target = Object.defineProperty({}, "kind", {
      get(): never {
        throw boom;
      },
    });
    let caught: unknown;
    try {
      milestone.of({ ...seed, targets: [{ target: target as never, asOf: "2021-11-27" }] });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBe(boom);
  });

  it("accepts targets and reports dated the same day, the later entry in force", () => {
    const m = milestone.of({
      ...seed,
      targets: [
        { target: "2024-S1", asOf: "2021-11-27" },
        { target: "2024-S2", asOf: "2021-11-27" },
      ],
      reports: [
        { status: "scheduled", asOf: "2023-01-01" },
        { status: "notMet", asOf: "2023-01-01" },
      ],
    });
    expect(milestone.targetAt(m, "2021-11-27").target).toEqual({ kind: "half", year: 2024, half: 2 });
    expect(milestone.reportedAt(m, "2023-01-01")?.status).toBe("notMet");
    expect(milestone.reviseTarget(m, "2025", "2021-11-27").targets).toHaveLength(3);
  });

  it("accepts any period kind as a target, including ranges and days", () => {
    const m = milestone.of({
      ...seed,
      targets: [
        { target: "2024-03-28", asOf: "2021-11-27" },
        { target: "2024-Q1/2024-Q2", asOf: "2022-01-01" },
      ],
    });
    expect(milestone.status(m, "2024-06-30").deadline).toBe("2024-06-30");
    expect(milestone.status(m, "2021-12-01").deadline).toBe("2024-03-28");
  });
});

describe("milestone.status", () => {
  const m = milestone.of(seed);

  it.each([
    ["2021-11-27", "scheduled", "scheduled", 0],
    ["2024-06-30", "scheduled", "scheduled", 0],
    ["2024-07-01", "overdue", "notMet", 1],
    ["2025-06-30", "overdue", "notMet", 365],
  ])("not achieved, on %s: %s", (asOf, state, ocds, slip) => {
    const s = milestone.status(m, asOf);
    expect([s.state, s.ocds, s.slippageDays, s.achieved, s.deadline, s.asOf]).toEqual([
      state,
      ocds,
      slip,
      null,
      "2024-06-30",
      asOf,
    ]);
    expect(Object.isFrozen(s)).toBe(true);
  });

  it("met on the deadline is on time; a day after is late by one day", () => {
    expect(milestone.status(milestone.achieve(m, "2024-06-30"), "2024-06-30").state).toBe("metOnTime");
    const late = milestone.status(milestone.achieve(m, "2024-07-01"), "2024-08-01");
    expect([late.state, late.ocds, late.slippageDays]).toEqual(["metLate", "met", 1]);
  });

  it("an achievement after asOf does not count yet", () => {
    const done = milestone.achieve(m, "2024-09-01");
    expect(milestone.status(done, "2024-08-31").state).toBe("overdue");
    expect(milestone.status(done, "2024-08-31").achieved).toBeNull();
    expect(milestone.status(done, "2024-09-01").state).toBe("metLate");
    expect(milestone.status(done, "2024-09-01").slippageDays).toBe(63);
  });

  it("judges against the target in force when the milestone was reached, or the original", () => {
    const revised = milestone.reviseTarget(m, "2024-S2", "2024-05-01");
    const done = milestone.achieve(revised, "2024-08-15");
    expect(milestone.status(done, "2024-09-01").state).toBe("metOnTime");
    expect(milestone.status(done, "2024-09-01").target.asOf).toBe("2024-05-01");
    expect(milestone.status(done, "2024-09-01", { against: "original" }).state).toBe("metLate");
    // a revision published after the achievement does not change the verdict
    const after = milestone.reviseTarget(milestone.achieve(m, "2024-08-15"), "2024-S2", "2024-10-01");
    expect(milestone.status(after, "2024-12-01").state).toBe("metLate");
    // not reached: the target in force on asOf
    expect(milestone.status(revised, "2024-07-15").state).toBe("scheduled");
    expect(milestone.status(revised, "2024-04-30").deadline).toBe("2024-06-30");
  });

  it("keeps the reported status apart from the derived one", () => {
    const reported = milestone.report(milestone.report(m, "scheduled", "2023-01-01"), "notMet", "2024-07-10", "src-y");
    const s = milestone.status(reported, "2024-07-05");
    expect(s.state).toBe("overdue");
    expect(s.reported).toEqual({ status: "scheduled", asOf: "2023-01-01", sourceId: null });
    expect(milestone.status(reported, "2024-07-10").reported?.status).toBe("notMet");
    expect(milestone.reportedAt(reported, "2022-12-31")).toBeNull();
  });

  it("refuses bad arguments", () => {
    expect(codeOf(() => milestone.status(m, "2024-13-01"))).toBe("INVALID_PERIOD");
    expect(codeOf(() => milestone.status(m, "2024-01-01", { against: "latest" as never }))).toBe("INVALID_INPUT");
    expect(codeOf(() => milestone.status(m, "2024-01-01", null as never))).toBe("INVALID_TYPE");
    expect(codeOf(() => milestone.status({ ...m, targets: [] } as Milestone, "2024-01-01"))).toBe("INVALID_INPUT");
  });
});

describe("achievements that sources date differently (achieved.accounts)", () => {
  const dated = (accounts: readonly { on: string; sourceId?: string | null }[]) =>
    milestone.of({ ...seed, achieved: { on: "2024-03-28", sourceId: "src-x", accounts } });

  it("keeps each account with its source, frozen; an empty list is the same as none", () => {
    const m = dated([{ on: "2023-12", sourceId: "src-a" }, { on: "2024-03-28" }]);
    expect(m.achieved?.accounts?.map((a) => [period.format(a.on), a.sourceId])).toEqual([
      ["2023-12", "src-a"],
      ["2024-03-28", null],
    ]);
    expect(Object.isFrozen(m.achieved?.accounts) && Object.isFrozen(m.achieved?.accounts?.[0])).toBe(true);
    expect(milestone.of(m)).toEqual(m);
    expect(dated([]).achieved).toEqual({ on: "2024-03-28", sourceId: "src-x" });
  });

  it("judges each account against the same deadline: on time, late, or undetermined when it straddles it", () => {
    const m = dated([{ on: "2024-06" }, { on: "2024-07" }, { on: "2024-06-15/2024-07-15" }, { on: "2024" }]);
    expect(milestone.accountsAt(m, "2025-01-01").map((a) => [a.state, a.agrees])).toEqual([
      ["metOnTime", true],
      ["metLate", false],
      ["undetermined", false],
      ["undetermined", false],
    ]);
    // against the original target, as status does
    const revised = milestone.reviseTarget(m, "2024-03", "2022-01-01");
    expect(milestone.status(revised, "2025-01-01").state).toBe("metOnTime");
    expect(milestone.accountsAt(revised, "2025-01-01", { against: "original" }).map((a) => a.state)).toEqual([
      "metOnTime",
      "metLate",
      "undetermined",
      "undetermined",
    ]);
  });

  it("has nothing to judge while the achievement does not count yet, or without accounts", () => {
    expect(milestone.accountsAt(dated([{ on: "2023-12" }]), "2024-03-27")).toEqual([]);
    expect(milestone.accountsAt(milestone.of(seed), "2025-01-01")).toEqual([]);
  });

  it("refuses accounts that are not a list of { on: period, sourceId }", () => {
    expect(codeOf(() => milestone.of({ ...seed, achieved: { on: "2024-03-28", accounts: "2023-12" as never } }))).toBe(
      "INVALID_TYPE",
    );
    expect(codeOf(() => dated([{ on: "December 2023" }]))).toBe("INVALID_PERIOD");
    expect(thrown(() => dated([{ on: "2023-12", sourceId: "" }]))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "milestone.of", path: "input.achieved.accounts[0].sourceId" },
    });
  });
});

describe("immutable updates", () => {
  it("reviseTarget, achieve and report return new milestones and leave the input alone", () => {
    const m = milestone.of(seed);
    const copy = JSON.parse(JSON.stringify(m)) as unknown;
    const r = milestone.reviseTarget(m, { kind: "half", year: 2024, half: 2 }, "2023-06-01", "src-z");
    const a = milestone.achieve(r, "2024-03-28", "src-a");
    const p = milestone.report(a, "met", "2024-04-01");
    expect(JSON.parse(JSON.stringify(m))).toEqual(copy);
    expect(r.targets).toHaveLength(2);
    expect(r.targets[1]).toEqual({
      target: { kind: "half", year: 2024, half: 2 },
      asOf: "2023-06-01",
      sourceId: "src-z",
    });
    expect(a.achieved).toEqual({ on: "2024-03-28", sourceId: "src-a" });
    expect(r.achieved).toBeNull();
    expect(p.reports).toHaveLength(1);
    expect(a.reports).toHaveLength(0);
    expect(Object.isFrozen(p)).toBe(true);
  });

  it("refuses out-of-order revisions, a second achievement, and bad reports", () => {
    const m = milestone.of(seed);
    expect(codeOf(() => milestone.reviseTarget(m, "2024-S2", "2021-01-01"))).toBe("INVALID_INPUT");
    expect(codeOf(() => milestone.achieve(milestone.achieve(m, "2024-03-28"), "2024-04-01"))).toBe("INVALID_INPUT");
    expect(codeOf(() => milestone.report(m, "late" as never, "2024-04-01"))).toBe("INVALID_INPUT");
    expect(codeOf(() => milestone.achieve(m, "2024-04-31"))).toBe("INVALID_PERIOD");
  });

  it("targetDrift measures how far the deadline moved", () => {
    const m = milestone.of(seed);
    expect(milestone.targetDrift(m)).toBe(0);
    const r = milestone.reviseTarget(milestone.reviseTarget(m, "2024-S2", "2023-06-01"), "2024-Q1", "2023-09-01");
    expect(milestone.targetDrift(r)).toBe(-91);
    expect(milestone.targetDrift(r, "2023-07-01")).toBe(184);
    expect(milestone.targetDrift(r, "2020-01-01")).toBe(0);
  });
});
