import { describe, expect, it } from "vitest";
import * as milestone from "../../src/milestone/index.js";
import type { Milestone, MilestoneInput, MilestoneStatusOptions } from "../../src/milestone/types.js";
import type { Period } from "../../src/period/types.js";
import { seedMassProduction } from "../fixtures/seed.js";
import { misbehaviours } from "../support.js";

// Hand-built, broken copies of valid milestones (one property or element replaced by a wrong
// value, or removed; see corruptions() in test/support.ts) given to every function of the
// namespace that takes a milestone or a period: each is refused with an AccordoError (or
// accepted when still well formed), never a TypeError, never a NaN or an Infinity.

// Every field filled in: a range target revised to a half year, reports, an achievement with its source.
const full = milestone.of({
  id: "mass-production",
  kind: "massProduction",
  title: "First Xiaomi car in mass production",
  targets: [
    { target: "2024-Q1/2024-Q2", asOf: "2021-11-27", sourceId: "src-seed" },
    { target: "2024-S2", asOf: "2022-01-01" },
  ],
  reports: [
    { status: "scheduled", asOf: "2022-02-01", sourceId: "src-seed" },
    { status: "met", asOf: "2024-11-01" },
  ],
  achieved: { on: "2024-10-01", sourceId: "src-x" },
});

const milestones: readonly [string, Milestone][] = [
  ["a milestone with every field", full],
  ["the seed milestone", seedMassProduction],
];

const queries: readonly [string, (m: Milestone) => unknown][] = [
  ["of (rebuilding a milestone)", (m) => milestone.of(m as MilestoneInput)],
  ["reviseTarget", (m) => milestone.reviseTarget(m, "2025-S1", "2025-01-01", "src-y")],
  ["achieve", (m) => milestone.achieve({ ...m, achieved: null }, "2025-01-01")],
  ["report", (m) => milestone.report(m, "met", "2025-01-01")],
  ["targetAt", (m) => milestone.targetAt(m, "2022-06-01")],
  ["reportedAt", (m) => milestone.reportedAt(m, "2024-12-01")],
  ["targetDrift", (m) => milestone.targetDrift(m)],
  ["targetDrift as of a day", (m) => milestone.targetDrift(m, "2022-06-01")],
  ["status", (m) => milestone.status(m, "2024-12-01")],
  ["status against the original target", (m) => milestone.status(m, "2024-12-01", { against: "original" })],
];

describe("milestone functions given broken hand-built milestones", () => {
  describe.each(milestones)("%s", (_, m) => {
    it.each(queries)("%s", (_name, fn) => {
      // the milestone itself is valid for every query, so each corruption is what changes the outcome
      expect(() => fn(m)).not.toThrow();
      expect(misbehaviours(m, (x) => fn(x as Milestone))).toEqual([]);
    });
  });

  it("achieve given broken copies of a milestone not yet achieved", () => {
    // the sweeps above clear `achieved` before calling achieve; here the corruptions reach it
    const open = milestone.of({ ...full, achieved: null });
    expect(misbehaviours(open, (x) => milestone.achieve(x as Milestone, "2025-01-01"))).toEqual([]);
  });

  it("reviseTarget given broken target periods", () => {
    const target = full.targets[0]?.target as Period;
    expect(misbehaviours(target, (x) => milestone.reviseTarget(seedMassProduction, x as Period, "2025-01-01"))).toEqual(
      [],
    );
  });

  it("status given broken options", () => {
    expect(
      misbehaviours({ against: "original" }, (x) => milestone.status(full, "2024-12-01", x as MilestoneStatusOptions)),
    ).toEqual([]);
  });
});
