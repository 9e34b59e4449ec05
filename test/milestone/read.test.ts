import { describe, expect, it } from "vitest";
import * as milestone from "../../src/milestone/index.js";
import type { Milestone, MilestoneInput } from "../../src/milestone/types.js";
import { expectRefusal, flipping } from "../support.js";

// How milestones are read: once, a milestone the library made is trusted as it is
// (its private brand), and days may be ISO dates, JS Dates (their UTC day) or
// Temporal.PlainDate-like values.
const built = milestone.of({
  id: "m1",
  kind: "massProduction",
  targets: [
    { target: "2024-S1", asOf: "2021-11-27" },
    { target: "2024-S2", asOf: "2023-01-01" },
  ],
  achieved: { on: "2024-03-28", sourceId: "s1", accounts: [{ on: "2023-12" }] },
  reports: [{ status: "met", asOf: "2024-04-03" }],
});
const plainDay = (year: number, month: number, day: number) => ({
  year,
  month,
  day,
  toString: () => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
});

describe("milestones whose getters change between reads", () => {
  // Each field answers a valid value to its first read and a broken one afterwards: read once, the
  // milestone is the valid one; a second read would have seen null (a TypeError) or other dates.
  const cases: readonly [string, () => Milestone][] = [
    ["the targets", () => flipping(built, "targets", built.targets, null)],
    ["the achievement", () => flipping(built, "achieved", built.achieved, { on: "2030-01-01", sourceId: null })],
    ["the reports", () => flipping(built, "reports", built.reports, [null])],
    ["the kind", () => flipping(built, "kind", built.kind, 5)],
    [
      "a target's period",
      () =>
        ({
          ...built,
          targets: Object.freeze([
            flipping(built.targets[0] as object, "target", (built.targets[0] as { target: unknown }).target, null),
            built.targets[1],
          ]),
        }) as Milestone,
    ],
  ];
  it.each(cases)("%s: every function reads it once and answers as for the valid milestone", (_, make) => {
    expect(milestone.status(make(), "2024-12-31")).toMatchObject({ state: "metOnTime", achieved: "2024-03-28" });
    expect(milestone.accountsAt(make(), "2024-12-31").map((a) => a.state)).toEqual(["metOnTime"]);
    expect(milestone.targetAt(make(), "2022-01-01").asOf).toBe("2021-11-27");
    expect(milestone.reportedAt(make(), "2024-12-31")?.status).toBe("met");
    expect(milestone.targetDrift(make())).toBe(184);
    expect(milestone.reviseTarget(make(), "2025", "2024-01-01").targets).toHaveLength(3);
    expect(milestone.report(make(), "met", "2024-05-01").reports).toHaveLength(2);
    expect(milestone.of(make())).toEqual(built);
  });

  it("achieve reads a milestone once", () => {
    const open = milestone.of({ id: "m", kind: "other", targets: [{ target: "2024", asOf: "2021-01-01" }] });
    const m = flipping(open, "achieved", null, { on: "2024-01-01", sourceId: null });
    expect(milestone.achieve(m, "2024-06-01").achieved).toEqual({ on: "2024-06-01", sourceId: null });
  });
});

describe("milestones the library made", () => {
  it("are trusted as they are: of() of a milestone returns it", () => {
    expect(milestone.of(built)).toBe(built);
    expect(milestone.achieve(milestone.of({ ...built, achieved: null }), "2024-03-28").achieved?.on).toBe("2024-03-28");
  });

  it("a look-alike, even frozen, is read and checked", () => {
    const lookalike = Object.freeze({ ...built, targets: Object.freeze([]) }) as unknown as Milestone;
    expectRefusal(
      () => milestone.status(lookalike, "2024-01-01"),
      "INVALID_INPUT",
      "milestone.status: milestone.targets",
    );
  });
});

describe("days as JS Dates and Temporal.PlainDate-like values", () => {
  it("are accepted wherever a milestone takes a day", () => {
    const m = milestone.of({
      id: "m",
      kind: "massProduction",
      targets: [{ target: "2024-S1", asOf: new Date(Date.UTC(2021, 10, 27)) }],
      reports: [{ status: "scheduled", asOf: plainDay(2022, 1, 1) }],
    } as MilestoneInput);
    expect([m.targets[0]?.asOf, m.reports[0]?.asOf]).toEqual(["2021-11-27", "2022-01-01"]);
    const revised = milestone.reviseTarget(m, "2024-S2", plainDay(2023, 1, 1));
    expect(revised.targets[1]?.asOf).toBe("2023-01-01");
    const reported = milestone.report(revised, "met", new Date(Date.UTC(2024, 3, 3)));
    expect(reported.reports[1]?.asOf).toBe("2024-04-03");
    const done = milestone.achieve(reported, plainDay(2024, 3, 28));
    expect(done.achieved?.on).toBe("2024-03-28");
    expect(milestone.status(done, new Date(Date.UTC(2024, 11, 31))).state).toBe("metOnTime");
    expect(milestone.targetAt(done, plainDay(2022, 6, 1)).asOf).toBe("2021-11-27");
    expect(milestone.reportedAt(done, plainDay(2024, 4, 3))?.status).toBe("met");
    expect(milestone.targetDrift(done, new Date(Date.UTC(2022, 0, 1)))).toBe(0);
    expect(milestone.accountsAt(done, plainDay(2024, 12, 31))).toEqual([]);
    // an achievement given as a day or with a day, and an account as a day
    expect(milestone.of({ ...m, achieved: new Date(Date.UTC(2024, 2, 28)) }).achieved?.on).toBe("2024-03-28");
    const dated = milestone.of({
      ...m,
      achieved: { on: plainDay(2024, 3, 28), accounts: [{ on: plainDay(2024, 3, 1) }] },
    } as MilestoneInput);
    expect(dated.achieved?.accounts?.[0]?.on).toMatchObject({ kind: "day", year: 2024, month: 3, day: 1 });
    expect(
      milestone.of({ ...m, targets: [{ target: new Date(Date.UTC(2024, 5, 30)), asOf: "2021-11-27" }] } as never)
        .targets[0]?.target,
    ).toMatchObject({ kind: "day", month: 6 });
  });
});
