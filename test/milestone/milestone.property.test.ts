import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as milestone from "../../src/milestone/index.js";
import type { Milestone, MilestoneState } from "../../src/milestone/types.js";
import * as period from "../../src/period/index.js";

const dayArb = fc.integer({ min: 0, max: 4000 }).map((n) => period.addDays("2020-01-01", n));
const targetArb = fc.oneof(
  fc.tuple(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 1, max: 2 })).map(([y, h]) => period.half(y, h)),
  fc.tuple(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => period.quarter(y, q)),
  fc.integer({ min: 2020, max: 2030 }).map((y) => period.year(y)),
  dayArb.map((d) => period.day(d)),
);

const milestoneArb: fc.Arbitrary<Milestone> = fc
  .tuple(fc.array(fc.tuple(targetArb, dayArb), { minLength: 1, maxLength: 4 }), fc.option(dayArb))
  .map(([targets, achieved]) => {
    const sorted = [...targets].sort((a, b) => period.compareDates(a[1], b[1]));
    return milestone.of({
      id: "m",
      kind: "massProduction",
      targets: sorted.map(([target, asOf]) => ({ target, asOf })),
      achieved,
    });
  });

const isMet = (s: MilestoneState): boolean => s === "metOnTime" || s === "metLate";

describe("milestone properties", () => {
  it("status is monotone in asOf: once met, always met, with the same verdict", () => {
    fc.assert(
      fc.property(
        milestoneArb,
        dayArb,
        dayArb,
        fc.constantFrom("current" as const, "original" as const),
        (m, d1, d2, against) => {
          const [early, late] = period.compareDates(d1, d2) <= 0 ? [d1, d2] : [d2, d1];
          const a = milestone.status(m, early, { against });
          const b = milestone.status(m, late, { against });
          if (isMet(a.state)) {
            expect(b.state).toBe(a.state);
            expect(b.slippageDays).toBe(a.slippageDays);
            expect(b.achieved).toBe(a.achieved);
          }
          expect(isMet(b.state)).toBe(m.achieved !== null && period.compareDates(m.achieved.on, late) <= 0);
        },
      ),
    );
  });

  it("slippage is positive exactly when late or overdue, and counts days past the deadline", () => {
    fc.assert(
      fc.property(milestoneArb, dayArb, (m, asOf) => {
        const s = milestone.status(m, asOf);
        expect(s.slippageDays > 0).toBe(s.state === "metLate" || s.state === "overdue");
        if (s.state === "overdue") expect(s.slippageDays).toBe(period.daysBetween(s.deadline, asOf));
        if (s.state === "metLate") expect(s.slippageDays).toBe(period.daysBetween(s.deadline, s.achieved as string));
        expect(s.deadline).toBe(period.lastDay(s.target.target));
        expect(s.ocds).toBe(s.state === "scheduled" ? "scheduled" : s.state === "overdue" ? "notMet" : "met");
      }),
    );
  });

  it("a milestone rebuilt from its own fields is equal to it", () => {
    fc.assert(
      fc.property(milestoneArb, (m) => {
        expect(milestone.of(m)).toEqual(m);
      }),
    );
  });
});
