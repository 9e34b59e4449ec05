import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import * as capacity from "../../src/capacity/index.js";
import { thrown } from "../support.js";

// The seed case: Xiaomi's complete-vehicle plant in Beijing E-Town, 300,000
// vehicles a year built in two phases; the article does not split the total.
// Dates of status changes below are HYPOTHETICAL, for illustration only.

describe("capacity examples", () => {
  it("plan", () => {
    // #region plan
    // (import { capacity } from "accordo")
    const plant = capacity.plan({
      unit: { quantity: "vehicles", per: "year" },
      total: "300000",
      phases: [{ plannedStart: "2024-S1" }, {}], // two phases, no split stated
    });
    const first = plant.phases[0]?.capacity; // { stated: false }: never invented
    const open = capacity.unassigned(plant).toString(); // "300000"
    // #endregion plan
    expect(first).toEqual({ stated: false });
    expect(open).toBe("300000");
    expect(plant.phases[1]?.capacity).toEqual({ stated: false });
    expect(capacity.unassigned(plant).toString()).toBe("300000");
  });

  it("check", () => {
    // #region check
    // e.g. a plan read from a spreadsheet, with a stated split that does not add up
    const issues = capacity.check({
      unit: { quantity: "vehicles", per: "year" },
      total: new Decimal("300000"),
      phases: [
        { ordinal: 1, capacity: { stated: true, value: new Decimal("150000") }, plannedStart: null, history: [] },
        { ordinal: 2, capacity: { stated: true, value: new Decimal("200000") }, plannedStart: null, history: [] },
      ],
    });
    issues.map((i) => i.code); // ["PHASES_EXCEED_TOTAL"]
    // #endregion check
    expect(issues.map((i) => i.code)).toEqual(["PHASES_EXCEED_TOTAL"]);
    expect(issues[0]?.message).toBe("the stated phases add up to 350000 vehicles per year, more than the total 300000");
  });

  it("canTransition", () => {
    // #region canTransition
    capacity.canTransition("announced", "underConstruction"); // true (permits often go unreported)
    capacity.canTransition("announced", "operating"); // false
    capacity.canTransition("cancelled", "announced"); // false: cancelled is final
    // #endregion canTransition
    expect(capacity.canTransition("announced", "underConstruction")).toBe(true);
    expect(capacity.canTransition("announced", "operating")).toBe(false);
    expect(capacity.canTransition("cancelled", "announced")).toBe(false);
  });

  it("statusAt", () => {
    // #region statusAt
    const plant = capacity.plan({
      unit: "vehicles",
      total: "300000",
      phases: [
        {
          history: [
            { status: "announced", on: "2021-11-27" },
            { status: "underConstruction", on: "2022-04-01" },
          ],
        },
        {},
      ],
    });
    capacity.statusAt(plant, 1, "2022-01-01"); // "announced"
    capacity.statusAt(plant, 1, "2021-01-01"); // null: nothing reported yet
    // #endregion statusAt
    expect(capacity.statusAt(plant, 1, "2022-01-01")).toBe("announced");
    expect(capacity.statusAt(plant, 1, "2021-01-01")).toBeNull();
  });

  it("operatingAt", () => {
    // #region operatingAt
    const plant = capacity.plan({
      unit: "vehicles",
      total: "300000",
      phases: [
        {
          history: [
            { status: "underConstruction", on: "2022-04-01" },
            { status: "operating", on: "2024-03-28" },
          ],
        }, // hypothetical dates
        { history: [{ status: "announced", on: "2021-11-27" }] },
      ],
    });
    const now = capacity.operatingAt(plant, "2024-06-30");
    // now.value is null: phase 1 operates, but its capacity is not stated
    const bounds = [now.min.toString(), now.max.toString()]; // ["0", "300000"]: all the sources allow
    // #endregion operatingAt
    expect(now.value).toBeNull();
    expect(bounds).toEqual(["0", "300000"]);
    expect(now.phases).toEqual([1]);
    expect(now.unstated).toEqual([1]);
  });

  it("plannedBy", () => {
    // #region plannedBy
    const plant = capacity.plan({
      unit: "vehicles",
      total: "300000",
      phases: [
        { capacity: "150000", plannedStart: "2024-S1" }, // hypothetical split, for illustration
        { capacity: "150000", plannedStart: "2025" },
      ],
    });
    capacity.plannedBy(plant, "2024-06-30").value?.toString(); // "150000"
    capacity.plannedBy(plant, "2025-12-31").value?.toString(); // "300000"
    // #endregion plannedBy
    expect(capacity.plannedBy(plant, "2024-06-30").value?.toString()).toBe("150000");
    expect(capacity.plannedBy(plant, "2025-12-31").value?.toString()).toBe("300000");
    expect(capacity.plannedBy(plant, "2024-06-29").value?.toString()).toBe("0");
  });

  it("timeline", () => {
    // #region timeline
    const plant = capacity.plan({
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
        { capacity: "150000", history: [{ status: "underConstruction", on: "2023-06-01" }] },
      ],
    }); // hypothetical split and dates
    const rows = capacity
      .timeline(plant)
      .map((r) => `${r.on} phase ${r.phase}: ${r.from ?? "-"} → ${r.to}, operating ${r.operating.value?.toString()}`);
    // ["2022-04-01 phase 1: - → underConstruction, operating 0",
    //  "2023-06-01 phase 2: - → underConstruction, operating 0",
    //  "2024-03-28 phase 1: underConstruction → operating, operating 150000"]
    // #endregion timeline
    expect(rows).toEqual([
      "2022-04-01 phase 1: - → underConstruction, operating 0",
      "2023-06-01 phase 2: - → underConstruction, operating 0",
      "2024-03-28 phase 1: underConstruction → operating, operating 150000",
    ]);
  });

  it("addStatusChange", () => {
    // #region addStatusChange
    const before = capacity.plan({
      unit: "vehicles",
      total: "300000",
      phases: [{ history: [{ status: "underConstruction", on: "2022-04-01" }] }, {}],
    });
    const after = capacity.addStatusChange(before, 1, "operating", "2024-03-28", "src-hypothetical");
    capacity.statusAt(after, 1, "2024-04-01"); // "operating"
    capacity.statusAt(before, 1, "2024-04-01"); // "underConstruction": the input is unchanged
    // capacity.addStatusChange(after, 1, "announced", "2024-05-01") throws INVALID_INPUT
    // #endregion addStatusChange
    expect(capacity.statusAt(after, 1, "2024-04-01")).toBe("operating");
    expect(capacity.statusAt(before, 1, "2024-04-01")).toBe("underConstruction");
    expect(thrown(() => capacity.addStatusChange(after, 1, "announced", "2024-05-01"))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "capacity.addStatusChange", path: "status", from: "operating", to: "announced" },
    });
  });
});

describe("capacity plans in plain JavaScript (included in the API docs)", () => {
  it("interop", () => {
    // #region interop
    const plant = capacity.plan({ unit: "vehicles", total: "300000", phases: [{ capacity: "150000" }, {}] });
    String(plant); // "300000 vehicles per year in 2 phases"
    JSON.stringify(plant.phases.map((p) => p.ordinal)); // "[1,2]"
    JSON.parse(JSON.stringify(plant)).phases[1].capacity; // null (not stated)
    // #endregion interop
    expect(String(plant)).toBe("300000 vehicles per year in 2 phases");
    expect(JSON.parse(JSON.stringify(plant))).toEqual({
      unit: { quantity: "vehicles", per: "year" },
      total: "300000",
      phases: [
        { ordinal: 1, capacity: "150000", plannedStart: null, history: [] },
        { ordinal: 2, capacity: null, plannedStart: null, history: [] },
      ],
    });
  });
});
