import { describe, expect, it } from "vitest";
import * as capacity from "../../src/capacity/index.js";
import type { CapacityPlan, CapacityPlanInput } from "../../src/capacity/types.js";
import { expectRefusal, flipping, thrown } from "../support.js";

// How plans are read: once, a plan the library made is trusted as it is, and days
// may be ISO dates, JS Dates (their UTC day) or Temporal.PlainDate-like values.
const seed: CapacityPlanInput = {
  unit: "vehicles",
  total: "300000",
  phases: [
    {
      capacity: "150000",
      history: [
        { status: "announced", on: "2021-11-27" },
        { status: "underConstruction", on: "2022-04-01" },
        { status: "operating", on: "2024-03-28" },
      ],
    },
    {},
  ],
};
const built = capacity.plan(seed);
const plainDay = (year: number, month: number, day: number) => ({
  year,
  month,
  day,
  toString: () => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
});

describe("plans whose getters change between reads", () => {
  // Each field answers a valid value to its first read and a broken one afterwards: read once, the
  // plan is the valid one; a second read would have seen null (a TypeError) or another total.
  const phase0 = built.phases[0] as CapacityPlan["phases"][number];
  const cases: readonly [string, () => CapacityPlan][] = [
    ["the total", () => flipping(built, "total", built.total, null)],
    ["the phases", () => flipping(built, "phases", built.phases, null)],
    ["the unit", () => flipping(built, "unit", built.unit, 7)],
    [
      "a phase's history",
      () =>
        ({
          ...built,
          phases: Object.freeze([flipping(phase0, "history", phase0.history, [null]), built.phases[1]]),
        }) as CapacityPlan,
    ],
    [
      "a phase's capacity",
      () =>
        ({
          ...built,
          phases: Object.freeze([
            flipping(phase0, "capacity", phase0.capacity, { stated: true, value: 1e9 }),
            built.phases[1],
          ]),
        }) as CapacityPlan,
    ],
  ];
  it.each(cases)("%s: every function reads it once and answers as for the valid plan", (_, make) => {
    expect(capacity.unassigned(make()).toString()).toBe("150000");
    expect(capacity.check(make())).toEqual([]);
    expect(capacity.statusAt(make(), 1, "2024-04-01")).toBe("operating");
    expect(capacity.operatingAt(make(), "2024-04-01").value?.toString()).toBe("150000");
    expect(capacity.plannedBy(make(), "2024-04-01").min.toString()).toBe("150000");
    expect(capacity.timeline(make()).map((e) => e.to)).toEqual(["announced", "underConstruction", "operating"]);
    expect(capacity.addStatusChange(make(), 2, "announced", "2024-05-01").phases[1]?.history).toHaveLength(1);
    expect(capacity.plan(make() as unknown as CapacityPlanInput)).toEqual(built);
  });

  it("a history entry whose status changes after its check is read once", () => {
    const entry = flipping({ status: "announced" as const, on: "2021-11-27" }, "status", "announced", "retired");
    const p = capacity.plan({
      unit: "t",
      total: 1,
      phases: [{ history: [entry, { status: "permitted", on: "2022-01-01" }] }],
    });
    expect(p.phases[0]?.history.map((c) => c.status)).toEqual(["announced", "permitted"]);
  });
});

describe("plans the library made", () => {
  it("are trusted as they are: plan() of a plan returns it", () => {
    expect(capacity.plan(built as unknown as CapacityPlanInput)).toBe(built);
  });

  it("a look-alike, even frozen, is read and checked", () => {
    const lookalike = Object.freeze({ ...built, total: "-1" }) as unknown as CapacityPlan;
    expectRefusal(() => capacity.unassigned(lookalike), "OUT_OF_RANGE", "capacity.unassigned: plan.total");
  });
});

describe("days as JS Dates and Temporal.PlainDate-like values", () => {
  it("are accepted wherever a plan takes a day", () => {
    const p = capacity.plan({
      unit: "t",
      total: 1,
      phases: [
        {
          plannedStart: new Date(Date.UTC(2024, 5, 30)),
          history: [
            { status: "announced", on: new Date(Date.UTC(2021, 10, 27)) },
            { status: "underConstruction", on: plainDay(2022, 4, 1), accounts: [{ on: plainDay(2022, 4, 2) }] },
          ],
        },
      ],
    });
    expect(p.phases[0]?.history.map((c) => c.on)).toEqual(["2021-11-27", "2022-04-01"]);
    expect(p.phases[0]?.plannedStart).toMatchObject({ kind: "day", year: 2024, month: 6, day: 30 });
    expect(p.phases[0]?.history[1]?.accounts?.[0]?.on).toMatchObject({ kind: "day", day: 2 });
    const q = capacity.addStatusChange(p, 1, "operating", plainDay(2024, 3, 28));
    expect(q.phases[0]?.history[2]?.on).toBe("2024-03-28");
    expect(capacity.statusAt(q, 1, new Date(Date.UTC(2024, 2, 28)))).toBe("operating");
    expect(capacity.operatingAt(q, plainDay(2024, 3, 27)).value?.toString()).toBe("0");
    expect(capacity.plannedBy(q, plainDay(2024, 6, 30), new Date(Date.UTC(2022, 0, 1))).max.toString()).toBe("1");
  });

  it("an impossible PlainDate-like day is INVALID_PERIOD", () => {
    expect(thrown(() => capacity.statusAt(built, 1, plainDay(2024, 2, 30)))).toMatchObject({ code: "INVALID_PERIOD" });
  });
});
