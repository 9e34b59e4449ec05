import { describe, expect, it } from "vitest";
import * as capacity from "../../src/capacity/index.js";
import type { CapacityPlan, CapacityPlanInput, Phase } from "../../src/capacity/types.js";
import { expectRefusal, thrown } from "../support.js";

// Each malformed input is refused with a stable code, a message that starts with the function
// and the path of what was wrong ("capacity.plan: input.total ..."), and `details` naming them.
const plan = (x: Record<string, unknown>): CapacityPlanInput =>
  ({ unit: "t", total: 10, ...x }) as unknown as CapacityPlanInput;
const history = (...h: unknown[]): CapacityPlanInput => plan({ phases: [{ history: h }] });
const twoPhases = capacity.plan(plan({ phases: [{}, { history: [{ status: "announced", on: "2024-01-01" }] }] }));
const P = "capacity.plan: input";

describe("capacity refusals", () => {
  it.each<[string, () => unknown, string, string, Record<string, unknown>?]>([
    [
      "canTransition from",
      () => capacity.canTransition("built" as never, "operating"),
      "INVALID_INPUT",
      "capacity.canTransition: from",
      { received: "built" },
    ],
    [
      "canTransition to",
      () => capacity.canTransition("operating", 7 as never),
      "INVALID_TYPE",
      "capacity.canTransition: to",
      { received: 7 },
    ],
    ["a plan that is not an object", () => capacity.plan(null as never), "INVALID_TYPE", P, { received: null }],
    ["a plan that is a string", () => capacity.plan("plan" as never), "INVALID_TYPE", P],
    ["a plan that is an array", () => capacity.plan([] as never), "INVALID_TYPE", P],
    ["a null unit", () => capacity.plan(plan({ unit: null, phases: [{}] })), "INVALID_TYPE", `${P}.unit`],
    ["a numeric unit", () => capacity.plan(plan({ unit: 5, phases: [{}] })), "INVALID_TYPE", `${P}.unit`],
    ["a blank unit", () => capacity.plan(plan({ unit: " ", phases: [{}] })), "INVALID_INPUT", `${P}.unit`],
    [
      "a numeric unit.quantity",
      () => capacity.plan(plan({ unit: { quantity: 3, per: "year" }, phases: [{}] })),
      "INVALID_TYPE",
      `${P}.unit.quantity`,
    ],
    [
      "an unknown unit.per",
      () => capacity.plan(plan({ unit: { quantity: "t", per: "fortnight" }, phases: [{}] })),
      "INVALID_INPUT",
      `${P}.unit.per`,
      { received: "fortnight" },
    ],
    [
      "a numeric unit.per",
      () => capacity.plan(plan({ unit: { quantity: "t", per: 1 }, phases: [{}] })),
      "INVALID_TYPE",
      `${P}.unit.per`,
    ],
    [
      "a zero total",
      () => capacity.plan(plan({ total: 0, phases: [{}] })),
      "OUT_OF_RANGE",
      `${P}.total`,
      { received: 0 },
    ],
    ["a negative total", () => capacity.plan(plan({ total: "-2.5", phases: [{}] })), "OUT_OF_RANGE", `${P}.total`],
    ["a NaN total", () => capacity.plan(plan({ total: Number.NaN, phases: [{}] })), "INVALID_NUMBER", `${P}.total`],
    ["no phases", () => capacity.plan(plan({ phases: [] })), "INVALID_INPUT", `${P}.phases`],
    [
      "phases as a string",
      () => capacity.plan(plan({ phases: "ab" })),
      "INVALID_TYPE",
      `${P}.phases`,
      { received: "ab" },
    ],
    ["a null phase", () => capacity.plan(plan({ phases: [{}, null] })), "INVALID_TYPE", `${P}.phases[1]`],
    ["ordinal 0", () => capacity.plan(plan({ phases: [{ ordinal: 0 }] })), "OUT_OF_RANGE", `${P}.phases[0].ordinal`],
    ["ordinal -1", () => capacity.plan(plan({ phases: [{ ordinal: -1 }] })), "OUT_OF_RANGE", `${P}.phases[0].ordinal`],
    [
      "ordinal 1.5",
      () => capacity.plan(plan({ phases: [{ ordinal: 1.5 }] })),
      "OUT_OF_RANGE",
      `${P}.phases[0].ordinal`,
    ],
    [
      "ordinal NaN",
      () => capacity.plan(plan({ phases: [{ ordinal: Number.NaN }] })),
      "INVALID_NUMBER",
      `${P}.phases[0].ordinal`,
    ],
    [
      "ordinal as a string",
      () => capacity.plan(plan({ phases: [{ ordinal: "1" }] })),
      "INVALID_TYPE",
      `${P}.phases[0].ordinal`,
    ],
    [
      "ordinals with a gap and a repeat",
      () => capacity.plan(plan({ phases: [{ ordinal: 3 }, { ordinal: 1 }, { ordinal: 3 }] })),
      "INVALID_INPUT",
      `${P}.phases`,
      { received: "1, 3, 3" },
    ],
    [
      "a plannedStart that is no period",
      () => capacity.plan(plan({ phases: [{ plannedStart: 5 }] })),
      "INVALID_TYPE",
      `${P}.phases[0].plannedStart`,
    ],
    [
      "a plannedStart in a week 2021 does not have",
      () => capacity.plan(plan({ phases: [{}, { plannedStart: "2021-W53" }] })),
      "INVALID_PERIOD",
      `${P}.phases[1].plannedStart`,
    ],
    [
      "a plannedStart object in year 0",
      () => capacity.plan(plan({ phases: [{ plannedStart: { kind: "year", year: 0 } }] })),
      "OUT_OF_RANGE",
      `${P}.phases[0].plannedStart.year`,
    ],
    [
      "a stated flag that is no boolean",
      () => capacity.plan(plan({ phases: [{ capacity: { stated: "yes" } }] })),
      "INVALID_TYPE",
      `${P}.phases[0].capacity.stated`,
    ],
    [
      "a value for a capacity not stated",
      () => capacity.plan(plan({ phases: [{ capacity: { stated: false, value: 3 } }] })),
      "INVALID_INPUT",
      `${P}.phases[0].capacity.value`,
    ],
    [
      "a stated capacity that is not positive",
      () => capacity.plan(plan({ phases: [{ capacity: { stated: true, value: -1 } }] })),
      "OUT_OF_RANGE",
      `${P}.phases[0].capacity.value`,
    ],
    [
      "a capacity that is not positive",
      () => capacity.plan(plan({ phases: [{}, { capacity: -1 }] })),
      "OUT_OF_RANGE",
      `${P}.phases[1].capacity`,
    ],
    [
      "a history that is no array",
      () => capacity.plan(plan({ phases: [{ history: "announced" }] })),
      "INVALID_TYPE",
      `${P}.phases[0].history`,
    ],
    ["a null change", () => capacity.plan(history(null)), "INVALID_TYPE", `${P}.phases[0].history[0]`],
    [
      "a change that is no object",
      () => capacity.plan(plan({ phases: [{}, { history: [{ status: "announced", on: "2021-01-01" }, 5] }] })),
      "INVALID_TYPE",
      `${P}.phases[1].history[1]`,
    ],
    [
      "an unknown status",
      () => capacity.plan(history({ status: "planned", on: "2021-01-01" })),
      "INVALID_INPUT",
      `${P}.phases[0].history[0].status`,
    ],
    [
      "a misspelt status",
      () => capacity.plan(history({ status: "operatng", on: "2021-01-01" })),
      "INVALID_INPUT",
      `${P}.phases[0].history[0].status`,
    ],
    [
      "an invalid day",
      () => capacity.plan(history({ status: "announced", on: "2021-02-30" })),
      "INVALID_PERIOD",
      `${P}.phases[0].history[0].on`,
    ],
    [
      "an invalid Date",
      () => capacity.plan(history({ status: "announced", on: new Date(Number.NaN) })),
      "INVALID_PERIOD",
      `${P}.phases[0].history[0].on`,
    ],
    [
      "an empty sourceId",
      () => capacity.plan(history({ status: "announced", on: "2021-01-01", sourceId: "" })),
      "INVALID_INPUT",
      `${P}.phases[0].history[0].sourceId`,
    ],
    [
      "a numeric sourceId",
      () => capacity.plan(history({ status: "announced", on: "2021-01-01", sourceId: 4 })),
      "INVALID_TYPE",
      `${P}.phases[0].history[0].sourceId`,
    ],
    [
      "accounts that are no array",
      () => capacity.plan(history({ status: "announced", on: "2021-01-01", accounts: "2021-01" })),
      "INVALID_TYPE",
      `${P}.phases[0].history[0].accounts`,
    ],
    [
      "a null account",
      () => capacity.plan(history({ status: "announced", on: "2021-01-01", accounts: [null] })),
      "INVALID_TYPE",
      `${P}.phases[0].history[0].accounts[0]`,
    ],
    [
      "an account that is no period",
      () => capacity.plan(history({ status: "announced", on: "2021-01-01", accounts: [{ on: "soon" }] })),
      "INVALID_PERIOD",
      `${P}.phases[0].history[0].accounts[0].on`,
    ],
    [
      "a history out of date order",
      () =>
        capacity.plan(history({ status: "announced", on: "2022-01-01" }, { status: "permitted", on: "2021-01-01" })),
      "INVALID_INPUT",
      `${P}.phases[0].history[1].on`,
      { received: "2021-01-01" },
    ],
    [
      "a change outside the lifecycle",
      () =>
        capacity.plan(history({ status: "announced", on: "2021-01-01" }, { status: "operating", on: "2022-01-01" })),
      "INVALID_INPUT",
      `${P}.phases[0].history[1].status`,
      { from: "announced", to: "operating" },
    ],
    [
      "a change after a final status",
      () => capacity.plan(history({ status: "retired", on: "2021-01-01" }, { status: "operating", on: "2022-01-01" })),
      "INVALID_INPUT",
      `${P}.phases[0].history[1].status`,
      {
        from: "retired",
        to: "operating",
        expected: "a change the lifecycle allows after retired: none (final status)",
      },
    ],
    [
      "statusAt of a missing phase",
      () => capacity.statusAt(twoPhases, 9, "2024-01-01"),
      "OUT_OF_RANGE",
      "capacity.statusAt: ordinal",
      { received: 9 },
    ],
    [
      "statusAt of a string ordinal",
      () => capacity.statusAt(twoPhases, "1" as never, "2024-01-01"),
      "INVALID_TYPE",
      "capacity.statusAt: ordinal",
    ],
    [
      "statusAt on an invalid day",
      () => capacity.statusAt(twoPhases, 1, "2024-13-01"),
      "INVALID_PERIOD",
      "capacity.statusAt: date",
    ],
    [
      "operatingAt on no day",
      () => capacity.operatingAt(twoPhases, 20240101 as never),
      "INVALID_TYPE",
      "capacity.operatingAt: date",
    ],
    [
      "plannedBy with an invalid asOf",
      () => capacity.plannedBy(twoPhases, "2024-01-01", "2024-13-01"),
      "INVALID_PERIOD",
      "capacity.plannedBy: asOf",
    ],
    [
      "addStatusChange to an unknown status",
      () => capacity.addStatusChange(twoPhases, 1, "x" as never, "2024-01-01"),
      "INVALID_INPUT",
      "capacity.addStatusChange: status",
    ],
    [
      "addStatusChange on an invalid day",
      () => capacity.addStatusChange(twoPhases, 1, "announced", "2024-1-1"),
      "INVALID_PERIOD",
      "capacity.addStatusChange: on",
    ],
    [
      "addStatusChange with an empty sourceId",
      () => capacity.addStatusChange(twoPhases, 1, "announced", "2024-01-01", ""),
      "INVALID_INPUT",
      "capacity.addStatusChange: sourceId",
    ],
    [
      "addStatusChange to a missing phase",
      () => capacity.addStatusChange(twoPhases, 3, "announced", "2024-01-01"),
      "OUT_OF_RANGE",
      "capacity.addStatusChange: ordinal",
    ],
    [
      "addStatusChange before the last change",
      () => capacity.addStatusChange(twoPhases, 2, "permitted", "2023-01-01"),
      "INVALID_INPUT",
      "capacity.addStatusChange: on",
    ],
    [
      "addStatusChange outside the lifecycle",
      () => capacity.addStatusChange(twoPhases, 2, "operating", "2024-01-01"),
      "INVALID_INPUT",
      "capacity.addStatusChange: status",
      { from: "announced", to: "operating" },
    ],
  ])("%s", (_, fn, code, where, extra) => {
    expectRefusal(fn, code, where, extra);
  });

  // Every object of the input is closed: an unknown key is refused where it is, with the nearest key.
  it.each<[string, CapacityPlanInput, string, string?]>([
    ["the input", plan({ phases: [{}], totl: 3 }), `${P}.totl`, "total"],
    ["the unit", plan({ unit: { quantity: "t", per: "year", perr: "day" }, phases: [{}] }), `${P}.unit.perr`, "per"],
    ["a phase", plan({ phases: [{ capacty: 3 }] }), `${P}.phases[0].capacty`, "capacity"],
    [
      "a stated capacity",
      plan({ phases: [{ capacity: { stated: true, value: 3, unit: "t" } }, {}] }),
      `${P}.phases[0].capacity.unit`,
    ],
    [
      "a history entry",
      history({ status: "announced", on: "2021-01-01", source: "s" }),
      `${P}.phases[0].history[0].source`,
      "sourceId",
    ],
    [
      "an account",
      history({ status: "announced", on: "2021-01-01", accounts: [{ on: "2021-01", note: "x" }] }),
      `${P}.phases[0].history[0].accounts[0].note`,
    ],
  ])("UNKNOWN_OPTION in %s", (_, input, where, suggestion) => {
    expectRefusal(() => capacity.plan(input), "UNKNOWN_OPTION", where, suggestion === undefined ? {} : { suggestion });
  });

  it("reads own keys only: a polluted Object.prototype adds nothing", () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto["total"] = 5;
    try {
      expectRefusal(() => capacity.plan({ unit: "t", phases: [{}] } as never), "INVALID_TYPE", `${P}.total`);
    } finally {
      delete proto["total"];
    }
  });

  // Plans built by hand (a built plan spread with one field replaced), given to the queries:
  // refused as plan() refuses its input, naming the function called and the place inside the plan.
  const built = capacity.plan(
    plan({
      phases: [{ capacity: 4, plannedStart: "2024-S1", history: [{ status: "announced", on: "2024-01-01" }] }, {}],
    }),
  );
  const [first, second] = built.phases as [Phase, Phase];
  const forged = (changes: Record<string, unknown>): CapacityPlan =>
    ({ ...built, ...changes }) as unknown as CapacityPlan;
  it.each<[string, () => unknown, string, string]>([
    [
      "operatingAt of a plan with a null phase",
      () => capacity.operatingAt(forged({ phases: [null] }), "2024-01-01"),
      "INVALID_TYPE",
      "capacity.operatingAt: plan.phases[0]",
    ],
    [
      "check of a plan whose phases are an object",
      () => capacity.check(forged({ phases: {} })),
      "INVALID_TYPE",
      "capacity.check: plan.phases",
    ],
    [
      "unassigned of a plan with a NaN total",
      () => capacity.unassigned(forged({ total: Number.NaN })),
      "INVALID_NUMBER",
      "capacity.unassigned: plan.total",
    ],
    [
      "statusAt of a plan with a null unit",
      () => capacity.statusAt(forged({ unit: null }), 1, "2024-01-01"),
      "INVALID_TYPE",
      "capacity.statusAt: plan.unit",
    ],
    [
      "timeline of a plan with a change on a null day",
      () =>
        capacity.timeline(
          forged({ phases: [{ ...first, history: [{ status: "announced", on: null, sourceId: null }] }, second] }),
        ),
      "INVALID_TYPE",
      "capacity.timeline: plan.phases[0].history[0].on",
    ],
    [
      "check of a plan with a null change",
      () => capacity.check(forged({ phases: [{ ...first, history: [null] }, second] })),
      "INVALID_TYPE",
      "capacity.check: plan.phases[0].history[0]",
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
      "INVALID_TYPE",
      "capacity.operatingAt: plan.phases[1].history[0].status",
    ],
    [
      "plannedBy of a plan with a third half year",
      () =>
        capacity.plannedBy(
          forged({ phases: [{ ...first, plannedStart: { kind: "half", year: 2024, half: 3 } }, second] }),
          "2024-12-31",
        ),
      "OUT_OF_RANGE",
      "capacity.plannedBy: plan.phases[0].plannedStart.half",
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
      "capacity.addStatusChange: plan.phases[1].capacity.value",
    ],
    [
      "timeline of a plan with an unknown key",
      () => capacity.timeline(forged({ note: "x" })),
      "UNKNOWN_OPTION",
      "capacity.timeline: plan.note",
    ],
  ])("%s", (_, fn, code, where) => {
    expectRefusal(fn, code, where);
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
    expect(thrown(() => capacity.plan(input))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "capacity.plan", path: "input.phases", issues: [{ code: issue, message: text }] },
    });
    // check() reports the same issue on the unchecked input, frozen, without throwing
    const issues = capacity.check(input as never);
    expect(issues).toEqual([{ code: issue, message: text }]);
    expect(Object.isFrozen(issues)).toBe(true);
    expect(Object.isFrozen(issues[0])).toBe(true);
  });
});
