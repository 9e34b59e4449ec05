import { describe, expect, it } from "vitest";
import * as capacity from "../../src/capacity/index.js";
import type { CapacityPlan, CapacityPlanInput, PhaseStatus } from "../../src/capacity/types.js";
import { seedPlantCapacity } from "../fixtures/seed.js";
import { misbehaviours } from "../support.js";

// Hand-built, broken copies of valid plans (one property or element replaced by a wrong value,
// or removed; see corruptions() in test/support.ts) given to every function of the namespace
// that takes a plan, a phase or a period inside one: each is refused with an AccordoError (or
// accepted when still well formed), never a TypeError, never a NaN or an Infinity.

// Every field filled in: stated and unstated capacities, a unit per nothing, plannedStart as a
// range, a month, a week and a day, histories through every status of the lifecycle.
const full = capacity.plan({
  unit: { quantity: "MW", per: null },
  total: "300",
  phases: [
    {
      capacity: "100",
      plannedStart: "2024-Q1/2024-Q3",
      history: [
        { status: "announced", on: "2021-11-27", sourceId: "src-seed" },
        { status: "shelved", on: "2022-04-01" },
        { status: "cancelled", on: "2024-03-28" },
      ],
    },
    {
      capacity: "150",
      plannedStart: "2023-03",
      history: [
        { status: "permitted", on: "2021-11-27" },
        { status: "underConstruction", on: "2022-01-01" },
        { status: "operating", on: "2023-01-01", sourceId: "src-x" },
        { status: "mothballed", on: "2023-06-01" },
        { status: "retired", on: "2024-01-01" },
      ],
    },
    { plannedStart: "2024-W05", history: [{ status: "operating", on: "2020-01-01" }] },
    { capacity: null, plannedStart: "2024-01-05" },
  ],
});

const plans: readonly [string, CapacityPlan][] = [
  ["a plan with every field", full],
  ["the seed plan", seedPlantCapacity],
];

// `last`: the ordinal of the plan's last phase, which has no history yet in both plans.
const queries = (last: number): readonly [string, (p: CapacityPlan) => unknown][] => [
  ["check", (p) => capacity.check(p)],
  ["unassigned", (p) => capacity.unassigned(p)],
  ["statusAt", (p) => capacity.statusAt(p, 2, "2023-03-01")],
  ["operatingAt", (p) => capacity.operatingAt(p, "2023-03-01")],
  ["plannedBy", (p) => capacity.plannedBy(p, "2024-12-31")],
  ["plannedBy as of a day", (p) => capacity.plannedBy(p, "2024-12-31", "2022-06-01")],
  ["timeline", (p) => capacity.timeline(p)],
  ["addStatusChange", (p) => capacity.addStatusChange(p, last, "announced", "2025-01-01", "src-y")],
  ["plan (rebuilding a plan)", (p) => capacity.plan(p as unknown as CapacityPlanInput)],
];

describe("capacity functions given broken hand-built plans", () => {
  describe.each(plans)("%s", (_, p) => {
    it.each(queries(p.phases.length))("%s", (_name, fn) => {
      // the plan itself is valid for every query, so each corruption is what changes the outcome
      expect(() => fn(p)).not.toThrow();
      expect(misbehaviours(p, (x) => fn(x as CapacityPlan))).toEqual([]);
    });
  });

  it("plan given broken phases, units and capacities of built plans", () => {
    const input = { unit: full.unit, total: full.total, phases: full.phases };
    expect(() => capacity.plan(input)).not.toThrow();
    expect(misbehaviours(input, (x) => capacity.plan(x as CapacityPlanInput))).toEqual([]);
  });

  it("canTransition given broken statuses", () => {
    expect(misbehaviours("announced", (x) => capacity.canTransition(x as PhaseStatus, "permitted"))).toEqual([]);
    expect(misbehaviours("permitted", (x) => capacity.canTransition("announced", x as PhaseStatus))).toEqual([]);
  });
});
