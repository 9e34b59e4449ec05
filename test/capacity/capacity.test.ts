import { describe, expect, it } from "vitest";
import * as capacity from "../../src/capacity/index.js";
import type { CapacityPlanInput, PhaseStatus } from "../../src/capacity/types.js";
import * as period from "../../src/period/index.js";
import { code as codeOf, thrown } from "../support.js";

// The seed: 300,000 vehicles a year in two phases, split not stated. Dates are HYPOTHETICAL.
const seed: CapacityPlanInput = {
  unit: "vehicles",
  total: "300000",
  phases: [
    {
      plannedStart: "2024-S1",
      history: [
        { status: "announced", on: "2021-11-27", sourceId: "src-seed" },
        { status: "underConstruction", on: "2022-04-01" },
        { status: "operating", on: "2024-03-28" },
      ],
    },
    { history: [{ status: "announced", on: "2021-11-27", sourceId: "src-seed" }] },
  ],
};

describe("capacity.plan", () => {
  it("builds a frozen plan and never invents a split", () => {
    const p = capacity.plan(seed);
    expect(p.unit).toEqual({ quantity: "vehicles", per: "year" });
    expect(p.total.toString()).toBe("300000");
    expect(p.phases.map((q) => q.capacity)).toEqual([{ stated: false }, { stated: false }]);
    expect(p.phases[0]?.plannedStart).toEqual({ kind: "half", year: 2024, half: 1 });
    expect(p.phases[1]?.plannedStart).toBeNull();
    expect(p.phases[0]?.history[0]).toEqual({ status: "announced", on: "2021-11-27", sourceId: "src-seed" });
    expect(p.phases[0]?.history[1]?.sourceId).toBeNull();
    expect(Object.isFrozen(p)).toBe(true);
    expect(Object.isFrozen(p.phases)).toBe(true);
    expect(Object.isFrozen(p.phases[0])).toBe(true);
    expect(Object.isFrozen(p.phases[0]?.history)).toBe(true);
    expect(Object.isFrozen(p.phases[0]?.history[0])).toBe(true);
    expect(Object.isFrozen(p.unit)).toBe(true);
  });

  it("accepts ordinals in any order and sorts them", () => {
    const p = capacity.plan({
      unit: { quantity: "MW", per: null },
      total: 100,
      phases: [
        { ordinal: 2, capacity: 40 },
        { ordinal: 1, capacity: 60 },
      ],
    });
    expect(p.phases.map((q) => [q.ordinal, q.capacity.stated && q.capacity.value.toString()])).toEqual([
      [1, "60"],
      [2, "40"],
    ]);
  });

  it("accepts the capacity as a PhaseCapacity object (round trip of its own output)", () => {
    const p = capacity.plan({
      unit: "vehicles",
      total: "300000",
      phases: [{ capacity: { stated: false } }, { capacity: "100000" }],
    });
    const again = capacity.plan({ unit: p.unit, total: p.total, phases: p.phases });
    expect(again).toEqual(p);
  });

  it("checks the phases against the total", () => {
    const base = { unit: "vehicles", total: "300000" } as const;
    expect(() => capacity.plan({ ...base, phases: [{ capacity: "200000" }, { capacity: "200000" }] })).toThrow(
      /add up to 400000 vehicles per year, more than the total 300000/,
    );
    expect(codeOf(() => capacity.plan({ ...base, phases: [{ capacity: "100000" }, { capacity: "100000" }] }))).toBe(
      "INVALID_INPUT",
    );
    expect(codeOf(() => capacity.plan({ ...base, phases: [{ capacity: "300000" }, {}] }))).toBe("INVALID_INPUT");
    expect(capacity.plan({ ...base, phases: [{ capacity: "100000" }, {}] }).phases).toHaveLength(2);
    expect(capacity.plan({ ...base, phases: [{ capacity: "100000" }, { capacity: "200000" }] }).phases).toHaveLength(2);
    expect(
      capacity.plan({ ...base, phases: [{ capacity: "100000.5" }, { capacity: "199999.5" }] }).phases,
    ).toHaveLength(2);
  });

  // One table, each input told by what differs: a plan of 1 t a year whose phases (or history) vary.
  const t = (phases: unknown): CapacityPlanInput => ({ unit: "t", total: 1, phases }) as CapacityPlanInput;
  const withHistory = (...history: unknown[]): CapacityPlanInput => t([{ history }]);
  it.each<[string, unknown, string, string]>([
    ["no phases", { unit: "vehicles", total: 1, phases: [] }, "INVALID_INPUT", "input.phases"],
    ["zero total", { unit: "vehicles", total: 0, phases: [{}] }, "OUT_OF_RANGE", "input.total"],
    [
      "negative capacity",
      { unit: "vehicles", total: 10, phases: [{ capacity: -1 }, {}] },
      "OUT_OF_RANGE",
      "input.phases[0].capacity",
    ],
    ["empty unit", { unit: " ", total: 1, phases: [{}] }, "INVALID_INPUT", "input.unit"],
    [
      "bad per",
      { unit: { quantity: "t", per: "fortnight" }, total: 1, phases: [{}] },
      "INVALID_INPUT",
      "input.unit.per",
    ],
    ["ordinal gap", t([{ ordinal: 1 }, { ordinal: 3 }]), "INVALID_INPUT", "input.phases"],
    ["ordinal repeat", t([{ ordinal: 1 }, { ordinal: 1 }]), "INVALID_INPUT", "input.phases"],
    ["ordinal zero", t([{ ordinal: 0 }]), "OUT_OF_RANGE", "input.phases[0].ordinal"],
    [
      "unknown status",
      withHistory({ status: "planned", on: "2021-01-01" }),
      "INVALID_INPUT",
      "input.phases[0].history[0].status",
    ],
    [
      "transition outside the lifecycle",
      withHistory({ status: "announced", on: "2021-01-01" }, { status: "operating", on: "2022-01-01" }),
      "INVALID_INPUT",
      "input.phases[0].history[1].status",
    ],
    [
      "history out of order",
      withHistory({ status: "announced", on: "2022-01-01" }, { status: "permitted", on: "2021-01-01" }),
      "INVALID_INPUT",
      "input.phases[0].history[1].on",
    ],
    [
      "repeated status",
      withHistory({ status: "announced", on: "2021-01-01" }, { status: "announced", on: "2021-02-01" }),
      "INVALID_INPUT",
      "input.phases[0].history[1].status",
    ],
    [
      "empty sourceId",
      withHistory({ status: "announced", on: "2021-01-01", sourceId: "" }),
      "INVALID_INPUT",
      "input.phases[0].history[0].sourceId",
    ],
    ["not an object", null, "INVALID_TYPE", "input"],
    ["history not an array", t([{ history: "announced" }]), "INVALID_TYPE", "input.phases[0].history"],
    [
      "stated flag not boolean",
      t([{ capacity: { stated: "yes" } }]),
      "INVALID_TYPE",
      "input.phases[0].capacity.stated",
    ],
  ])("refuses %s with %s", (_, input, code, path) => {
    expect(thrown(() => capacity.plan(input as CapacityPlanInput))).toMatchObject({
      code,
      details: { function: "capacity.plan", path },
    });
  });

  it("refuses a NaN total with INVALID_NUMBER", () => {
    expect(codeOf(() => capacity.plan({ unit: "vehicles", total: Number.NaN, phases: [{}] }))).toBe("INVALID_NUMBER");
  });

  it("refuses invalid dates and periods with INVALID_PERIOD", () => {
    expect(
      codeOf(() =>
        capacity.plan({ unit: "t", total: 1, phases: [{ history: [{ status: "announced", on: "2021-02-30" }] }] }),
      ),
    ).toBe("INVALID_PERIOD");
    expect(codeOf(() => capacity.plan({ unit: "t", total: 1, phases: [{ plannedStart: "2024-S3" }] }))).toBe(
      "INVALID_PERIOD",
    );
    expect(
      codeOf(() =>
        capacity.plan({
          unit: "t",
          total: 1,
          phases: [{ plannedStart: { kind: "quarter", year: 2024, quarter: 9 } as never }],
        }),
      ),
    ).toBe("OUT_OF_RANGE");
  });

  it("names the allowed transitions in the message", () => {
    expect(() =>
      capacity.plan({
        unit: "t",
        total: 1,
        phases: [
          {
            history: [
              { status: "cancelled", on: "2021-01-01" },
              { status: "announced", on: "2022-01-01" },
            ],
          },
        ],
      }),
    ).toThrow(
      "capacity.plan: input.phases[0].history[1].status must be a change the lifecycle allows after cancelled: none (final status)",
    );
  });

  it("does not mutate its input", () => {
    const input = JSON.parse(JSON.stringify(seed)) as CapacityPlanInput;
    const copy = JSON.parse(JSON.stringify(seed)) as unknown;
    capacity.plan(input);
    expect(input).toEqual(copy);
  });
});

describe("status changes that sources date differently, or only to the month (history[].accounts)", () => {
  const dated = (accounts: unknown) =>
    capacity.plan({
      unit: "vehicles",
      total: "300000",
      phases: [
        { history: [{ status: "underConstruction", on: "2024-07-26", sourceId: "zone", accounts: accounts as never }] },
      ],
    });

  it("keeps each account with its source, frozen; an empty list is the same as none", () => {
    const p = dated([{ on: "2024-08", sourceId: "a" }, { on: "2024-09" }]);
    const change = p.phases[0]!.history[0]!;
    expect(change.accounts?.map((x) => [period.format(x.on), x.sourceId])).toEqual([
      ["2024-08", "a"],
      ["2024-09", null],
    ]);
    expect(Object.isFrozen(change.accounts) && Object.isFrozen(change.accounts?.[0])).toBe(true);
    expect(capacity.plan(p)).toEqual(p);
    expect(dated([]).phases[0]!.history[0]).toEqual({
      status: "underConstruction",
      on: "2024-07-26",
      sourceId: "zone",
    });
    // the timeline still runs on `on`
    expect(capacity.timeline(p).map((e) => e.on)).toEqual(["2024-07-26"]);
  });

  it("refuses accounts that are not a list of { on: period, sourceId }", () => {
    expect(codeOf(() => dated("2024-08"))).toBe("INVALID_TYPE");
    expect(codeOf(() => dated([null]))).toBe("INVALID_TYPE");
    expect(codeOf(() => dated([{ on: "August 2024" }]))).toBe("INVALID_PERIOD");
    expect(thrown(() => dated([{ on: "2024-08", sourceId: "" }]))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "capacity.plan", path: "input.phases[0].history[0].accounts[0].sourceId" },
    });
  });
});

describe("the lifecycle", () => {
  it("TRANSITIONS covers every status and is frozen", () => {
    expect(Object.keys(capacity.TRANSITIONS).sort()).toEqual([...capacity.PHASE_STATUSES].sort());
    expect(Object.isFrozen(capacity.TRANSITIONS)).toBe(true);
    expect(Object.isFrozen(capacity.TRANSITIONS.announced)).toBe(true);
  });

  it.each<[PhaseStatus, PhaseStatus, boolean]>([
    ["announced", "permitted", true],
    ["permitted", "underConstruction", true],
    ["underConstruction", "operating", true],
    ["operating", "mothballed", true],
    ["mothballed", "operating", true],
    ["operating", "retired", true],
    ["shelved", "underConstruction", true],
    ["underConstruction", "shelved", true],
    ["permitted", "announced", false],
    ["operating", "underConstruction", false],
    ["operating", "shelved", false],
    ["operating", "cancelled", false],
    ["retired", "operating", false],
    ["announced", "announced", false],
    ["announced", "mothballed", false],
  ])("%s → %s: %s", (from, to, ok) => {
    expect(capacity.canTransition(from, to)).toBe(ok);
  });

  it("canTransition refuses unknown statuses", () => {
    expect(codeOf(() => capacity.canTransition("built" as PhaseStatus, "operating"))).toBe("INVALID_INPUT");
  });
});

describe("capacity at a date", () => {
  const p = capacity.plan(seed);

  it("operatingAt: bounds from the total when the operating phase is not stated", () => {
    const before = capacity.operatingAt(p, "2024-03-27");
    expect(before.value?.toString()).toBe("0");
    expect(before.min.toString()).toBe("0");
    expect(before.max.toString()).toBe("0");
    expect(before.phases).toEqual([]);
    const on = capacity.operatingAt(p, "2024-03-28");
    expect(on.value).toBeNull();
    expect([on.min.toString(), on.max.toString()]).toEqual(["0", "300000"]);
    expect(on.date).toBe("2024-03-28");
    expect(on.unit).toEqual({ quantity: "vehicles", per: "year" });
    expect(Object.isFrozen(on)).toBe(true);
  });

  it("operatingAt: exact with stated phases, bounded with a mix", () => {
    const mixed = capacity.plan({
      unit: "vehicles",
      total: "300000",
      phases: [
        {
          capacity: "150000",
          history: [
            { status: "underConstruction", on: "2022-04-01" },
            { status: "operating", on: "2024-03-28" },
          ],
        },
        {
          history: [
            { status: "underConstruction", on: "2023-06-01" },
            { status: "operating", on: "2025-06-01" },
          ],
        },
        { history: [] },
      ],
    });
    expect(capacity.operatingAt(mixed, "2024-12-31").value?.toString()).toBe("150000");
    const both = capacity.operatingAt(mixed, "2025-07-01");
    expect(both.value).toBeNull();
    expect([both.min.toString(), both.max.toString()]).toEqual(["150000", "300000"]);
    expect(both.unstated).toEqual([2]);
  });

  it("operatingAt: mothballed and retired phases do not count", () => {
    const p2 = capacity.plan({
      unit: "MW",
      total: 100,
      phases: [
        {
          capacity: 100,
          history: [
            { status: "operating", on: "2010-01-01" },
            { status: "mothballed", on: "2015-01-01" },
            { status: "operating", on: "2016-01-01" },
            { status: "retired", on: "2020-01-01" },
          ],
        },
      ],
    });
    expect(
      ["2009-12-31", "2010-01-01", "2015-06-01", "2016-01-01", "2020-01-01"].map((d) =>
        capacity.operatingAt(p2, d).value?.toString(),
      ),
    ).toEqual(["0", "100", "0", "100", "0"]);
  });

  it("same-day changes: the last one wins", () => {
    const p2 = capacity.plan({
      unit: "t",
      total: 5,
      phases: [
        {
          capacity: 5,
          history: [
            { status: "underConstruction", on: "2020-01-01" },
            { status: "operating", on: "2020-01-01" },
          ],
        },
      ],
    });
    expect(capacity.statusAt(p2, 1, "2020-01-01")).toBe("operating");
  });

  it("plannedBy: planned periods, operating phases, and cancellations as of a date", () => {
    const p2 = capacity.plan({
      unit: "vehicles",
      total: "300000",
      phases: [
        { capacity: "150000", plannedStart: "2024-S1", history: [{ status: "underConstruction", on: "2022-04-01" }] },
        {
          capacity: "150000",
          plannedStart: "2025-Q2",
          history: [
            { status: "announced", on: "2021-11-27" },
            { status: "shelved", on: "2024-09-01" },
          ],
        },
      ],
    });
    expect(capacity.plannedBy(p2, "2025-06-30").value?.toString()).toBe("150000"); // phase 2 shelved as of the latest news
    expect(capacity.plannedBy(p2, "2025-06-30", "2024-08-31").value?.toString()).toBe("300000"); // as known before the shelving
    expect(capacity.plannedBy(p2, "2025-06-29", "2024-08-31").value?.toString()).toBe("150000");
    expect(capacity.plannedBy(capacity.plan(seed), "2024-06-30").unstated).toEqual([1]);
    expect(codeOf(() => capacity.plannedBy(p2, "2025-06-30", "2024-13-01"))).toBe("INVALID_PERIOD");
  });

  it("plannedBy: by default, statuses as of the latest change of any phase, not of the last phase", () => {
    const p2 = capacity.plan({
      unit: "t",
      total: 10,
      phases: [
        {
          capacity: 5,
          plannedStart: "2025-Q1",
          history: [
            { status: "announced", on: "2021-01-01" },
            { status: "cancelled", on: "2024-06-01" },
          ],
        },
        { capacity: 5, plannedStart: "2025-Q1", history: [{ status: "announced", on: "2022-01-01" }] },
      ],
    });
    expect(capacity.plannedBy(p2, "2025-12-31").phases).toEqual([2]);
    expect(capacity.plannedBy(p2, "2025-12-31", "2024-05-31").phases).toEqual([1, 2]);
  });

  it("plannedBy: a retired phase is no longer planned, though its planned start is long past", () => {
    const p2 = capacity.plan({
      unit: "MW",
      total: 100,
      phases: [
        {
          capacity: 100,
          plannedStart: "2010",
          history: [
            { status: "operating", on: "2010-06-01" },
            { status: "retired", on: "2020-01-01" },
          ],
        },
      ],
    });
    expect(capacity.plannedBy(p2, "2019-12-31").value?.toString()).toBe("100");
    expect(capacity.plannedBy(p2, "2021-01-01").value?.toString()).toBe("0");
    expect(capacity.plannedBy(p2, "2021-01-01", "2019-12-31").value?.toString()).toBe("100");
  });

  it("plannedBy validates asOf even when no phase has a history", () => {
    expect(
      codeOf(() =>
        capacity.plannedBy(
          capacity.plan({ unit: "t", total: 1, phases: [{ plannedStart: "2020" }] }),
          "2024-01-01",
          "2024-02-30",
        ),
      ),
    ).toBe("INVALID_PERIOD");
  });

  it("statusAt refuses unknown phases and bad dates", () => {
    expect(codeOf(() => capacity.statusAt(p, 3, "2024-01-01"))).toBe("OUT_OF_RANGE");
    expect(codeOf(() => capacity.statusAt(p, 1, "2024-1-1"))).toBe("INVALID_PERIOD");
    expect(codeOf(() => capacity.operatingAt(p, "yesterday"))).toBe("INVALID_PERIOD");
    expect(codeOf(() => capacity.operatingAt({} as never, "2024-01-01"))).toBe("INVALID_TYPE");
  });
});

describe("timeline and addStatusChange", () => {
  it("timeline orders by date then phase, with the previous status", () => {
    const rows = capacity.timeline(capacity.plan(seed));
    expect(rows.map((r) => [r.on, r.phase, r.from, r.to, r.sourceId])).toEqual([
      ["2021-11-27", 1, null, "announced", "src-seed"],
      ["2021-11-27", 2, null, "announced", "src-seed"],
      ["2022-04-01", 1, "announced", "underConstruction", null],
      ["2024-03-28", 1, "underConstruction", "operating", null],
    ]);
    expect(rows[3]?.operating.max.toString()).toBe("300000");
    expect(Object.isFrozen(rows)).toBe(true);
    expect(Object.isFrozen(rows[0])).toBe(true);
  });

  it("timeline keeps several changes of a day by phase, then in history order", () => {
    const rows = capacity.timeline(
      capacity.plan({
        unit: "t",
        total: 10,
        phases: [
          {
            history: [
              { status: "announced", on: "2020-01-01" },
              { status: "underConstruction", on: "2021-01-01" },
              { status: "operating", on: "2021-01-01" },
            ],
          },
          {
            history: [
              { status: "underConstruction", on: "2021-01-01" },
              { status: "operating", on: "2021-01-01" },
              { status: "mothballed", on: "2021-01-01" },
            ],
          },
          {
            history: [
              { status: "announced", on: "2019-12-31" },
              { status: "permitted", on: "2021-01-01" },
            ],
          },
        ],
      }),
    );
    expect(rows.map((r) => [r.on, r.phase, r.from, r.to])).toEqual([
      ["2019-12-31", 3, null, "announced"],
      ["2020-01-01", 1, null, "announced"],
      ["2021-01-01", 1, "announced", "underConstruction"],
      ["2021-01-01", 1, "underConstruction", "operating"],
      ["2021-01-01", 2, null, "underConstruction"],
      ["2021-01-01", 2, "underConstruction", "operating"],
      ["2021-01-01", 2, "operating", "mothballed"],
      ["2021-01-01", 3, "announced", "permitted"],
    ]);
    expect(rows.map((r) => r.operating.phases)).toEqual([[], [], [1], [1], [1], [1], [1], [1]]);
  });

  it("addStatusChange appends immutably and enforces the lifecycle and date order", () => {
    const p = capacity.plan(seed);
    const q = capacity.addStatusChange(p, 2, "permitted", "2023-01-10", "src-x");
    expect(q.phases[1]?.history.map((c) => c.status)).toEqual(["announced", "permitted"]);
    expect(q.phases[1]?.history[1]?.sourceId).toBe("src-x");
    expect(p.phases[1]?.history).toHaveLength(1);
    expect(q.phases[0]).toBe(p.phases[0]);
    expect(Object.isFrozen(q)).toBe(true);
    expect(Object.isFrozen(q.phases[1]?.history)).toBe(true);
    const first = capacity.addStatusChange(
      capacity.plan({ unit: "t", total: 1, phases: [{}] }),
      1,
      "operating",
      "2020-01-01",
    );
    expect(first.phases[0]?.history).toEqual([{ status: "operating", on: "2020-01-01", sourceId: null }]);
    expect(codeOf(() => capacity.addStatusChange(p, 2, "operating", "2023-01-10"))).toBe("INVALID_INPUT");
    expect(codeOf(() => capacity.addStatusChange(p, 2, "permitted", "2021-11-26"))).toBe("INVALID_INPUT");
    expect(codeOf(() => capacity.addStatusChange(p, 9, "permitted", "2023-01-01"))).toBe("OUT_OF_RANGE");
    expect(codeOf(() => capacity.addStatusChange(p, 2, "permitted", "2023-02-29"))).toBe("INVALID_PERIOD");
  });
});

describe("plans that did not come from capacity.plan", () => {
  const plain = {
    unit: { quantity: "vehicles", per: "year" as const },
    total: capacity.plan(seed).total,
    phases: [
      {
        ordinal: 1,
        capacity: { stated: false as const },
        plannedStart: null,
        history: [{ status: "operating" as const, on: "2024-03-28", sourceId: null }],
      },
      { ordinal: 2, capacity: { stated: false as const }, plannedStart: null, history: [] },
    ],
  };

  it("are validated in full, never failing with a bare TypeError", () => {
    expect(capacity.operatingAt(plain, "2024-04-01").max.toString()).toBe("300000");
    expect(codeOf(() => capacity.operatingAt({ ...plain, phases: [{ history: 5 }] } as never, "2024-04-01"))).toBe(
      "INVALID_TYPE",
    );
    expect(codeOf(() => capacity.operatingAt({ ...plain, phases: [null] } as never, "2024-04-01"))).toBe(
      "INVALID_TYPE",
    );
    expect(
      codeOf(() =>
        capacity.timeline({
          ...plain,
          phases: [
            {
              ordinal: 1,
              capacity: { stated: false },
              plannedStart: null,
              history: [{ status: "x", on: "2024-01-01" }],
            },
          ],
        } as never),
      ),
    ).toBe("INVALID_INPUT");
    expect(codeOf(() => capacity.check({ unit: "t" } as never))).toBe("INVALID_TYPE");
    expect(codeOf(() => capacity.check(null as never))).toBe("INVALID_TYPE");
  });

  it("check reports inconsistent totals instead of throwing, other functions refuse them", () => {
    const over = {
      ...plain,
      phases: [{ ...plain.phases[0], capacity: { stated: true as const, value: plain.total.plus(1) } }],
    } as never;
    expect(capacity.check(over).map((i) => i.code)).toEqual(["PHASES_EXCEED_TOTAL"]);
    expect(codeOf(() => capacity.operatingAt(over, "2024-04-01"))).toBe("INVALID_INPUT");
    const full = {
      ...plain,
      phases: [{ ...plain.phases[0], capacity: { stated: true as const, value: plain.total } }, plain.phases[1]],
    } as never;
    expect(capacity.check(full).map((i) => i.code)).toEqual(["NO_ROOM_FOR_UNSTATED"]);
    expect(codeOf(() => capacity.plan({ unit: "t", total: 10, phases: [{ capacity: 10 }, {}] }))).toBe("INVALID_INPUT");
  });
});
