import { describe, expect, it } from "vitest";
import * as capacity from "../../src/capacity/index.js";
import type { CapacityPlan, CapacityPlanInput, Phase } from "../../src/capacity/types.js";
import { thrown } from "../support.js";

// Each malformed input is refused with a stable code, a message that says what
// was wrong, where, and what was received, and `details` pointing at it.
const STATUSES = "announced, permitted, underConstruction, operating, shelved, cancelled, mothballed, retired";
const plan = (x: Record<string, unknown>): CapacityPlanInput =>
  ({ unit: "t", total: 10, ...x }) as unknown as CapacityPlanInput;
const history = (...h: unknown[]): CapacityPlanInput => plan({ phases: [{ history: h }] });
const twoPhases = capacity.plan(plan({ phases: [{}, { history: [{ status: "announced", on: "2024-01-01" }] }] }));

describe("capacity error messages", () => {
  it.each<[string, () => unknown, string, string, Record<string, unknown>]>([
    [
      "canTransition from",
      () => capacity.canTransition("built" as never, "operating"),
      "INVALID_INPUT",
      `from status must be one of ${STATUSES}, got "built"`,
      { where: "from status" },
    ],
    [
      "canTransition to",
      () => capacity.canTransition("operating", 7 as never),
      "INVALID_INPUT",
      `to status must be one of ${STATUSES}, got 7`,
      { where: "to status" },
    ],
    [
      "a plan that is not an object",
      () => capacity.plan(null as never),
      "INVALID_INPUT",
      "a capacity plan must be an object, got null",
      { where: "plan" },
    ],
    [
      "a plan that is a string",
      () => capacity.plan("plan" as never),
      "INVALID_INPUT",
      'a capacity plan must be an object, got "plan"',
      { where: "plan" },
    ],
    [
      "a null unit",
      () => capacity.plan(plan({ unit: null, phases: [{}] })),
      "INVALID_INPUT",
      "unit must be a string or { quantity, per }, got null",
      { where: "unit" },
    ],
    [
      "a numeric unit",
      () => capacity.plan(plan({ unit: 5, phases: [{}] })),
      "INVALID_INPUT",
      "unit must be a string or { quantity, per }, got 5",
      { where: "unit" },
    ],
    [
      "a blank unit",
      () => capacity.plan(plan({ unit: " ", phases: [{}] })),
      "INVALID_INPUT",
      'unit.quantity must be a non-empty string, got " "',
      { where: "unit.quantity" },
    ],
    [
      "a numeric unit.quantity",
      () => capacity.plan(plan({ unit: { quantity: 3, per: "year" }, phases: [{}] })),
      "INVALID_INPUT",
      "unit.quantity must be a non-empty string, got 3",
      { where: "unit.quantity" },
    ],
    [
      "an unknown unit.per",
      () => capacity.plan(plan({ unit: { quantity: "t", per: "fortnight" }, phases: [{}] })),
      "INVALID_INPUT",
      'unit.per must be one of year, month, week, day, hour or null, got "fortnight"',
      { where: "unit.per" },
    ],
    [
      "a zero total",
      () => capacity.plan(plan({ total: 0, phases: [{}] })),
      "INVALID_INPUT",
      "total must be positive, got 0",
      { where: "total" },
    ],
    [
      "a negative total",
      () => capacity.plan(plan({ total: "-2.5", phases: [{}] })),
      "INVALID_INPUT",
      "total must be positive, got -2.5",
      { where: "total" },
    ],
    [
      "no phases",
      () => capacity.plan(plan({ phases: [] })),
      "INVALID_INPUT",
      "phases must be a non-empty array, got an array of 0",
      { where: "phases" },
    ],
    [
      "phases as a string",
      () => capacity.plan(plan({ phases: "ab" })),
      "INVALID_INPUT",
      'phases must be a non-empty array, got "ab"',
      { where: "phases" },
    ],
    [
      "a null phase",
      () => capacity.plan(plan({ phases: [{}, null] })),
      "INVALID_INPUT",
      "phases[1] must be an object, got null",
      { where: "phases[1]" },
    ],
    [
      "ordinal 0",
      () => capacity.plan(plan({ phases: [{ ordinal: 0 }] })),
      "INVALID_INPUT",
      "phases[0].ordinal must be a whole number from 1, got 0",
      { where: "phases[0].ordinal" },
    ],
    [
      "ordinal -1",
      () => capacity.plan(plan({ phases: [{ ordinal: -1 }] })),
      "INVALID_INPUT",
      "phases[0].ordinal must be a whole number from 1, got -1",
      { where: "phases[0].ordinal" },
    ],
    [
      "ordinal 1.5",
      () => capacity.plan(plan({ phases: [{ ordinal: 1.5 }] })),
      "INVALID_INPUT",
      "phases[0].ordinal must be a whole number from 1, got 1.5",
      { where: "phases[0].ordinal" },
    ],
    [
      "ordinal NaN",
      () => capacity.plan(plan({ phases: [{ ordinal: Number.NaN }] })),
      "INVALID_INPUT",
      "phases[0].ordinal must be a whole number from 1, got NaN",
      { where: "phases[0].ordinal" },
    ],
    [
      "ordinal as a string",
      () => capacity.plan(plan({ phases: [{ ordinal: "1" }] })),
      "INVALID_INPUT",
      'phases[0].ordinal must be a whole number from 1, got "1"',
      { where: "phases[0].ordinal" },
    ],
    [
      "ordinals with a gap and a repeat",
      () => capacity.plan(plan({ phases: [{ ordinal: 3 }, { ordinal: 1 }, { ordinal: 3 }] })),
      "INVALID_INPUT",
      "phase ordinals must be 1 to 3 with no gaps or repeats, got 1, 3, 3",
      { where: "phases" },
    ],
    [
      "a plannedStart that is no period",
      () => capacity.plan(plan({ phases: [{ plannedStart: 5 }] })),
      "INVALID_PERIOD",
      "phases[0].plannedStart must be a period, got 5",
      { where: "phases[0].plannedStart" },
    ],
    [
      "a plannedStart in a week 2021 does not have",
      () => capacity.plan(plan({ phases: [{}, { plannedStart: "2021-W53" }] })),
      "INVALID_PERIOD",
      'phases[1].plannedStart: invalid week (2021 has 52 ISO weeks) in "2021-W53"',
      { where: "phases[1].plannedStart", value: "2021-W53" },
    ],
    [
      "a plannedStart object in year 0",
      () => capacity.plan(plan({ phases: [{ plannedStart: { kind: "year", year: 0 } }] })),
      "INVALID_PERIOD",
      "phases[0].plannedStart: year must be a whole number from 1 to 9998, got 0",
      { where: "phases[0].plannedStart" },
    ],
    [
      "a stated flag that is no boolean",
      () => capacity.plan(plan({ phases: [{ capacity: { stated: "yes" } }] })),
      "INVALID_INPUT",
      'phases[0].capacity.stated must be true or false, got "yes"',
      { where: "phases[0].capacity" },
    ],
    [
      "a stated capacity that is not positive",
      () => capacity.plan(plan({ phases: [{ capacity: { stated: true, value: -1 } }] })),
      "INVALID_INPUT",
      "phases[0].capacity.value must be positive, got -1",
      { where: "phases[0].capacity.value" },
    ],
    [
      "a capacity that is not positive",
      () => capacity.plan(plan({ phases: [{}, { capacity: -1 }] })),
      "INVALID_INPUT",
      "phases[1].capacity must be positive, got -1",
      { where: "phases[1].capacity" },
    ],
    [
      "a history that is no array",
      () => capacity.plan(plan({ phases: [{ history: "announced" }] })),
      "INVALID_INPUT",
      'phases[0].history must be an array, got "announced"',
      { where: "phases[0].history" },
    ],
    [
      "a null change",
      () => capacity.plan(history(null)),
      "INVALID_INPUT",
      "phases[0].history[0] must be { status, on, sourceId? }, got null",
      { where: "phases[0].history[0]" },
    ],
    [
      "a change that is no object",
      () => capacity.plan(plan({ phases: [{}, { history: [{ status: "announced", on: "2021-01-01" }, 5] }] })),
      "INVALID_INPUT",
      "phases[1].history[1] must be { status, on, sourceId? }, got 5",
      { where: "phases[1].history[1]" },
    ],
    [
      "an unknown status",
      () => capacity.plan(history({ status: "planned", on: "2021-01-01" })),
      "INVALID_INPUT",
      `phases[0].history[0].status must be one of ${STATUSES}, got "planned"`,
      { where: "phases[0].history[0].status" },
    ],
    [
      "an invalid day",
      () => capacity.plan(history({ status: "announced", on: "2021-02-30" })),
      "INVALID_PERIOD",
      'phases[0].history[0].on must be a valid ISO date "YYYY-MM-DD", got "2021-02-30"',
      { where: "phases[0].history[0].on", value: "2021-02-30" },
    ],
    [
      "an empty sourceId",
      () => capacity.plan(history({ status: "announced", on: "2021-01-01", sourceId: "" })),
      "INVALID_INPUT",
      'phases[0].history[0].sourceId must be a non-empty string or null, got ""',
      { where: "phases[0].history[0].sourceId" },
    ],
    [
      "a numeric sourceId",
      () => capacity.plan(history({ status: "announced", on: "2021-01-01", sourceId: 4 })),
      "INVALID_INPUT",
      "phases[0].history[0].sourceId must be a non-empty string or null, got 4",
      { where: "phases[0].history[0].sourceId" },
    ],
    [
      "a history out of date order",
      () =>
        capacity.plan(history({ status: "announced", on: "2022-01-01" }, { status: "permitted", on: "2021-01-01" })),
      "INVALID_INPUT",
      "phases[0].history[1]: a status change on 2021-01-01 cannot follow one on 2022-01-01; the history must be in date order",
      { where: "phases[0].history[1]" },
    ],
    [
      "a change outside the lifecycle",
      () =>
        capacity.plan(history({ status: "announced", on: "2021-01-01" }, { status: "operating", on: "2022-01-01" })),
      "INVALID_INPUT",
      "phases[0].history[1]: a phase cannot go from announced to operating; from announced it can go to permitted, underConstruction, shelved, cancelled",
      { where: "phases[0].history[1]", from: "announced", to: "operating" },
    ],
    [
      "a change after a final status",
      () => capacity.plan(history({ status: "retired", on: "2021-01-01" }, { status: "operating", on: "2022-01-01" })),
      "INVALID_INPUT",
      "phases[0].history[1]: a phase cannot go from retired to operating; from retired it can go to nothing (final status)",
      { where: "phases[0].history[1]", from: "retired", to: "operating" },
    ],
    [
      "statusAt of a missing phase",
      () => capacity.statusAt(twoPhases, 9, "2024-01-01"),
      "INVALID_INPUT",
      "the plan has no phase 9 (it has 1, 2)",
      { where: "ordinal" },
    ],
    [
      "statusAt of a string ordinal",
      () => capacity.statusAt(twoPhases, "1" as never, "2024-01-01"),
      "INVALID_INPUT",
      'the plan has no phase "1" (it has 1, 2)',
      { where: "ordinal" },
    ],
    [
      "plannedBy with an invalid asOf",
      () => capacity.plannedBy(capacity.plan(plan({ phases: [{}] })), "2024-01-01", "2024-13-01"),
      "INVALID_PERIOD",
      'date must be a valid ISO date "YYYY-MM-DD", got "2024-13-01"',
      { where: "date", value: "2024-13-01" },
    ],
    [
      "addStatusChange to an unknown status",
      () => capacity.addStatusChange(twoPhases, 1, "x" as never, "2024-01-01"),
      "INVALID_INPUT",
      `status must be one of ${STATUSES}, got "x"`,
      { where: "status" },
    ],
    [
      "addStatusChange on an invalid day",
      () => capacity.addStatusChange(twoPhases, 1, "announced", "2024-1-1"),
      "INVALID_PERIOD",
      'phase 1 status change.on must be a valid ISO date "YYYY-MM-DD", got "2024-1-1"',
      { where: "phase 1 status change.on", value: "2024-1-1" },
    ],
    [
      "addStatusChange with an empty sourceId",
      () => capacity.addStatusChange(twoPhases, 1, "announced", "2024-01-01", ""),
      "INVALID_INPUT",
      'phase 1 status change.sourceId must be a non-empty string or null, got ""',
      { where: "phase 1 status change.sourceId" },
    ],
    [
      "addStatusChange before the last change",
      () => capacity.addStatusChange(twoPhases, 2, "permitted", "2023-01-01"),
      "INVALID_INPUT",
      "phase 2: a status change on 2023-01-01 cannot follow one on 2024-01-01; the history must be in date order",
      { where: "phase 2" },
    ],
    [
      "addStatusChange outside the lifecycle",
      () => capacity.addStatusChange(twoPhases, 2, "operating", "2024-01-01"),
      "INVALID_INPUT",
      "phase 2: a phase cannot go from announced to operating; from announced it can go to permitted, underConstruction, shelved, cancelled",
      { where: "phase 2", from: "announced", to: "operating" },
    ],
  ])("%s", (_, fn, code, message, details) => {
    expect(thrown(fn)).toEqual({ code, message, details });
  });

  // Plans built by hand (a built plan spread with one field replaced), given to the queries:
  // refused as plan() refuses its input, naming the place inside the plan.
  const built = capacity.plan(
    plan({
      phases: [{ capacity: 4, plannedStart: "2024-S1", history: [{ status: "announced", on: "2024-01-01" }] }, {}],
    }),
  );
  const [first, second] = built.phases as [Phase, Phase];
  const forged = (changes: Record<string, unknown>): CapacityPlan =>
    ({ ...built, ...changes }) as unknown as CapacityPlan;
  it.each<[string, () => unknown, string, string, Record<string, unknown>]>([
    [
      "operatingAt of a plan with a null phase",
      () => capacity.operatingAt(forged({ phases: [null] }), "2024-01-01"),
      "INVALID_INPUT",
      "phases[0] must be an object, got null",
      { where: "phases[0]" },
    ],
    [
      "check of a plan whose phases are an object",
      () => capacity.check(forged({ phases: {} })),
      "INVALID_INPUT",
      "phases must be a non-empty array, got an object",
      { where: "phases" },
    ],
    [
      "unassigned of a plan with a NaN total",
      () => capacity.unassigned(forged({ total: Number.NaN })),
      "INVALID_NUMBER",
      "total must be a finite number, got NaN",
      { function: "", path: "total", expected: "a finite number", received: Number.NaN },
    ],
    [
      "statusAt of a plan with a null unit",
      () => capacity.statusAt(forged({ unit: null }), 1, "2024-01-01"),
      "INVALID_INPUT",
      "unit must be a string or { quantity, per }, got null",
      { where: "unit" },
    ],
    [
      "timeline of a plan with a change on a null day",
      () =>
        capacity.timeline(
          forged({ phases: [{ ...first, history: [{ status: "announced", on: null, sourceId: null }] }, second] }),
        ),
      "INVALID_PERIOD",
      'phases[0].history[0].on must be an ISO date string "YYYY-MM-DD", got null',
      { where: "phases[0].history[0].on" },
    ],
    [
      "check of a plan with a null change",
      () => capacity.check(forged({ phases: [{ ...first, history: [null] }, second] })),
      "INVALID_INPUT",
      "phases[0].history[0] must be { status, on, sourceId? }, got null",
      { where: "phases[0].history[0]" },
    ],
    [
      "operatingAt of a plan with a symbol for a status",
      () =>
        capacity.operatingAt(
          forged({
            phases: [first, { ...second, history: [{ status: Symbol("x"), on: "2024-01-01", sourceId: null }] }],
          }),
          "2024-01-01",
        ),
      "INVALID_INPUT",
      `phases[1].history[0].status must be one of ${STATUSES}, got Symbol(x)`,
      { where: "phases[1].history[0].status" },
    ],
    [
      "plannedBy of a plan with a third half year",
      () =>
        capacity.plannedBy(
          forged({ phases: [{ ...first, plannedStart: { kind: "half", year: 2024, half: 3 } }, second] }),
          "2024-12-31",
        ),
      "INVALID_PERIOD",
      "phases[0].plannedStart: half must be a whole number from 1 to 2, got 3",
      { where: "phases[0].plannedStart" },
    ],
    [
      "addStatusChange to a plan with an infinite capacity",
      () =>
        capacity.addStatusChange(
          forged({ phases: [first, { ...second, capacity: { stated: true, value: Number.POSITIVE_INFINITY } }] }),
          2,
          "announced",
          "2024-01-01",
        ),
      "INVALID_NUMBER",
      "phases[1].capacity.value must be a finite number, got Infinity",
      {
        function: "",
        path: "phases[1].capacity.value",
        expected: "a finite number",
        received: Number.POSITIVE_INFINITY,
      },
    ],
  ])("%s", (_, fn, code, message, details) => {
    expect(thrown(fn)).toEqual({ code, message, details });
  });

  it.each<[string, CapacityPlanInput, string, string]>([
    [
      "stated phases above the total (a unit per nothing)",
      { unit: { quantity: "MW", per: null }, total: 10, phases: [{ capacity: 6 }, { capacity: 6 }] },
      "PHASES_EXCEED_TOTAL",
      "the stated phases add up to 12 MW, more than the total 10",
    ],
    [
      "every phase stated, below the total",
      { unit: { quantity: "MW", per: "hour" }, total: 10, phases: [{ capacity: 4 }, { capacity: 4 }] },
      "PHASES_BELOW_TOTAL",
      "every phase is stated and they add up to 8 MW per hour, less than the total 10",
    ],
    [
      "no room for unstated phases",
      { unit: "t", total: 10, phases: [{ capacity: 10 }, {}, {}] },
      "NO_ROOM_FOR_UNSTATED",
      "the stated phases already add up to the total 10 t per year, leaving nothing for 2 phase(s) whose capacity is not stated",
    ],
  ])("an inconsistent plan: %s", (_, input, issue, text) => {
    expect(thrown(() => capacity.plan(input))).toEqual({
      code: "INVALID_INPUT",
      message: `invalid capacity plan: ${text}`,
      details: { where: "phases", issues: [{ code: issue, message: text }] },
    });
    // check() reports the same issue on the unchecked input, frozen, without throwing
    const issues = capacity.check(input as never);
    expect(issues).toEqual([{ code: issue, message: text }]);
    expect(Object.isFrozen(issues)).toBe(true);
    expect(Object.isFrozen(issues[0])).toBe(true);
  });
});
