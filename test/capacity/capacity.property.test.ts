import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as capacity from "../../src/capacity/index.js";
import type { CapacityPlan, PhaseInput, PhaseStatus } from "../../src/capacity/types.js";
import * as period from "../../src/period/index.js";

const dayArb = fc.integer({ min: 0, max: 6000 }).map((n) => period.addDays("2015-01-01", n));

/** A status history that walks the lifecycle graph, with non-decreasing dates. */
const historyArb = fc
  .tuple(
    fc.constantFrom(...capacity.PHASE_STATUSES),
    fc.array(fc.tuple(fc.nat({ max: 10 }), fc.integer({ min: 0, max: 400 })), { maxLength: 6 }),
    fc.integer({ min: 0, max: 3000 }),
  )
  .map(([first, steps, offset]) => {
    let day = period.addDays("2015-01-01", offset);
    let status: PhaseStatus = first;
    const history = [{ status, on: day }];
    for (const [pick, gap] of steps) {
      const next = capacity.TRANSITIONS[status];
      if (next.length === 0) break;
      status = next[pick % next.length] as PhaseStatus;
      day = period.addDays(day, gap);
      history.push({ status, on: day });
    }
    return history;
  });

/** A valid plan: a total, and phases stated or not, whose stated part fits the rules. */
const planArb: fc.Arbitrary<CapacityPlan> = fc
  .tuple(
    fc.integer({ min: 1, max: 5 }),
    fc.array(
      fc.tuple(
        fc.boolean(),
        fc.integer({ min: 1, max: 1000 }),
        historyArb,
        fc.option(fc.integer({ min: 2015, max: 2035 })),
      ),
      { minLength: 1, maxLength: 5 },
    ),
  )
  .map(([extra, phases]) => {
    const stated = phases.map(([s, c]) => (s ? c : 0));
    const allStated = phases.every(([s]) => s);
    const sum = stated.reduce((a, b) => a + b, 0);
    const total = allStated ? sum : sum + extra;
    const inputs: PhaseInput[] = phases.map(([s, c, history, planned]) => ({
      capacity: s ? c : null,
      history,
      plannedStart: planned === null ? null : period.year(planned),
    }));
    return capacity.plan({ unit: "vehicles", total, phases: inputs });
  });

describe("capacity properties", () => {
  it("capacity at a date never exceeds the total, and its bounds are ordered", () => {
    fc.assert(
      fc.property(planArb, dayArb, dayArb, (p, date, asOf) => {
        for (const a of [
          capacity.operatingAt(p, date),
          capacity.plannedBy(p, date),
          capacity.plannedBy(p, date, asOf),
        ]) {
          expect(a.min.gte(0)).toBe(true);
          expect(a.min.lte(a.max)).toBe(true);
          expect(a.max.lte(p.total)).toBe(true);
          if (a.value !== null) {
            expect(a.value.eq(a.min) && a.value.eq(a.max)).toBe(true);
            expect(a.unstated).toEqual([]);
          } else {
            expect(a.unstated.length).toBeGreaterThan(0);
          }
        }
      }),
    );
  });

  it("operating phases are counted in the capacity planned by the same date", () => {
    fc.assert(
      fc.property(planArb, dayArb, (p, date) => {
        const operating = capacity.operatingAt(p, date).phases;
        const planned = capacity.plannedBy(p, date).phases;
        for (const ordinal of operating) expect(planned).toContain(ordinal);
      }),
    );
  });

  it("the timeline lists every change once, in date order, each following the lifecycle", () => {
    fc.assert(
      fc.property(planArb, (p) => {
        const rows = capacity.timeline(p);
        expect(rows).toHaveLength(p.phases.reduce((n, q) => n + q.history.length, 0));
        for (let i = 1; i < rows.length; i++)
          expect(
            period.compareDates((rows[i - 1] as (typeof rows)[number]).on, (rows[i] as (typeof rows)[number]).on),
          ).toBeLessThanOrEqual(0);
        for (const r of rows) if (r.from !== null) expect(capacity.canTransition(r.from, r.to)).toBe(true);
      }),
    );
  });

  it("a plan rebuilt from its own fields is equal to it, and check finds nothing", () => {
    fc.assert(
      fc.property(planArb, (p) => {
        expect(capacity.plan({ unit: p.unit, total: p.total, phases: p.phases })).toEqual(p);
        expect(capacity.check(p)).toEqual([]);
      }),
    );
  });
});
