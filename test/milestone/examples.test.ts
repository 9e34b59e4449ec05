import { describe, expect, it } from "vitest";
import * as milestone from "../../src/milestone/index.js";
import * as period from "../../src/period/index.js";

// The seed: "the first Xiaomi car is expected in mass production in the first
// half of 2024" (article of 2021-11-27). Revision, report and achievement
// dates below are HYPOTHETICAL, for illustration only.

describe("milestone examples", () => {
  it("of", () => {
    // #region of
    // (import { milestone } from "accordo")
    const massProduction = milestone.of({
      id: "xiaomi-mass-production",
      kind: "massProduction",
      title: "First Xiaomi car in mass production",
      targets: [{ target: "2024-H1", asOf: "2021-11-27", sourceId: "src-seed" }],
    });
    period.format(massProduction.targets[0]!.target); // "2024-S1"
    // #endregion of
    expect(period.format(massProduction.targets[0]!.target)).toBe("2024-S1");
    expect(Object.isFrozen(massProduction)).toBe(true);
  });

  it("status", () => {
    // #region status
    const planned = milestone.of({
      id: "mp",
      kind: "massProduction",
      targets: [{ target: "2024-S1", asOf: "2021-11-27" }],
    });
    const early = milestone.status(planned, "2023-12-31"); // early.state === "scheduled"
    const late = milestone.status(planned, "2024-07-15"); // not yet reached after the half year
    // late.state === "overdue", late.slippageDays === 15 (past the deadline 2024-06-30)
    const done = milestone.achieve(planned, "2024-03-28"); // hypothetical date
    const met = milestone.status(done, "2024-12-31");
    // met.state === "metOnTime", met.ocds === "met", met.slippageDays === 0
    // #endregion status
    expect(early.state).toBe("scheduled");
    expect([late.state, late.slippageDays, late.deadline]).toEqual(["overdue", 15, "2024-06-30"]);
    expect([met.state, met.ocds, met.slippageDays, met.achieved]).toEqual(["metOnTime", "met", 0, "2024-03-28"]);
  });

  it("accountsAt", () => {
    // #region accountsAt
    // Two sources date the start of mass production only to the month, and differently.
    const massProduction = milestone.of({
      id: "mp",
      kind: "massProduction",
      targets: [{ target: "2024-S1", asOf: "2021-11-27", sourceId: "seed" }],
      achieved: {
        on: "2024-03-28", // the day the company said it had begun
        sourceId: "launch-report",
        accounts: [
          { on: "2023-12", sourceId: "report-a" },
          { on: "2024-03", sourceId: "report-b" },
        ],
      },
    });
    milestone.status(massProduction, "2026-12-07").state; // "metOnTime"
    const accounts = milestone.accountsAt(massProduction, "2026-12-07");
    accounts.map((a) => [period.format(a.on), a.state, a.agrees]);
    // [["2023-12", "metOnTime", true], ["2024-03", "metOnTime", true]]: they disagree on the month, not on the verdict
    // #endregion accountsAt
    expect(milestone.status(massProduction, "2026-12-07").state).toBe("metOnTime");
    expect(accounts.map((a) => [period.format(a.on), a.sourceId, a.state, a.agrees])).toEqual([
      ["2023-12", "report-a", "metOnTime", true],
      ["2024-03", "report-b", "metOnTime", true],
    ]);
    expect(Object.isFrozen(accounts) && Object.isFrozen(accounts[0])).toBe(true);
  });

  it("reviseTarget", () => {
    // #region reviseTarget
    const original = milestone.of({
      id: "mp",
      kind: "massProduction",
      targets: [{ target: "2024-S1", asOf: "2021-11-27" }],
    });
    const revised = milestone.reviseTarget(original, "2024-S2", "2023-10-01", "src-hypothetical"); // hypothetical revision
    period.format(milestone.targetAt(revised, "2023-01-01").target); // "2024-S1"
    period.format(milestone.targetAt(revised, "2023-10-01").target); // "2024-S2"
    milestone.targetDrift(revised); // 184 days later than first promised
    const achieved = milestone.achieve(revised, "2024-09-01");
    const judged = milestone.status(achieved, "2025-01-01"); // judged.state === "metOnTime" (by the revised target)
    const strict = milestone.status(achieved, "2025-01-01", { against: "original" }); // strict.slippageDays === 63
    // #endregion reviseTarget
    expect(period.format(milestone.targetAt(revised, "2023-01-01").target)).toBe("2024-S1");
    expect(period.format(milestone.targetAt(revised, "2023-10-01").target)).toBe("2024-S2");
    expect(milestone.targetDrift(revised)).toBe(184);
    expect(judged.state).toBe("metOnTime");
    expect([strict.state, strict.slippageDays]).toEqual(["metLate", 63]);
    expect(original.targets).toHaveLength(1);
  });

  it("report", () => {
    // #region report
    const m = milestone.report(
      milestone.of({ id: "mp", kind: "massProduction", targets: [{ target: "2024-S1", asOf: "2021-11-27" }] }),
      "met",
      "2024-04-03",
      "src-press-release", // hypothetical source
    );
    const said = milestone.reportedAt(m, "2024-05-01"); // said.status === "met": what the source said
    const derived = milestone.status(m, "2024-05-01"); // derived.state === "scheduled": no achieved date is recorded, none is assumed
    // #endregion report
    expect(said?.status).toBe("met");
    expect(derived.state).toBe("scheduled");
    expect(milestone.status(m, "2024-05-01").reported).toEqual({
      status: "met",
      asOf: "2024-04-03",
      sourceId: "src-press-release",
    });
  });
});

describe("milestones in plain JavaScript (included in the API docs)", () => {
  it("interop", () => {
    // #region interop
    const mass = milestone.of({
      id: "mass-production",
      kind: "massProduction",
      targets: [{ target: "2024-S1", asOf: "2021-11-27" }],
    });
    String(mass); // "massProduction mass-production by 2024-S1"
    JSON.parse(JSON.stringify(mass)).targets[0].target; // "2024-S1"
    // #endregion interop
    expect(String(mass)).toBe("massProduction mass-production by 2024-S1");
    expect(JSON.parse(JSON.stringify(mass)).targets[0].target).toBe("2024-S1");
  });
});
