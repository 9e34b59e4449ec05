import { describe, expect, it } from "vitest";
import { capacity, fx, milestone, period } from "../../src/index.js";
import { thrown } from "../support.js";

const plain = (
  year: number,
  month: number,
  day: number,
): { year: number; month: number; day: number; toString(): string } => ({
  year,
  month,
  day,
  toString: () => `${year}-${month}-${day}`,
});

describe("a JS Date or a Temporal.PlainDate-like day wherever an ISO date is taken", () => {
  it("a Date is its UTC day, whatever the local time zone", () => {
    expect(period.parseDate(new Date("2021-11-27T00:00:00Z"))).toBe("2021-11-27");
    expect(period.parseDate(new Date("2021-11-27T23:59:59.999Z"))).toBe("2021-11-27");
    expect(period.parseDate(new Date("2021-11-27T23:30:00-05:00"))).toBe("2021-11-28");
    expect(period.parseDate(new Date(Date.UTC(2024, 1, 29)))).toBe("2024-02-29");
  });

  it("an invalid Date is INVALID_PERIOD, one outside the years 1 to 9999 OUT_OF_RANGE", () => {
    expect(thrown(() => period.parseDate(new Date(Number.NaN)))).toMatchObject({
      code: "INVALID_PERIOD",
      details: { function: "period.parseDate", path: "text" },
    });
    expect(thrown(() => period.parseDate(new Date(Date.UTC(10000, 0, 1))))).toMatchObject({
      code: "OUT_OF_RANGE",
      details: { function: "period.parseDate", path: "text", year: 10000 },
    });
    expect(thrown(() => fx.rate({ base: "USD", quote: "CNY", rate: "6.4", on: new Date("nope") }))).toMatchObject({
      code: "INVALID_PERIOD",
    });
  });

  it("a PlainDate-like object is read from its year, month and day, which must make a real day", () => {
    expect(period.parseDate(plain(2021, 11, 27))).toBe("2021-11-27");
    expect(period.parseDate(plain(2024, 2, 29))).toBe("2024-02-29");
    for (const bad of [
      plain(2021, 2, 29),
      plain(2021, 13, 1),
      plain(0, 1, 1),
      plain(2021, 1.5, 1),
      plain(10000, 1, 1),
    ]) {
      expect(thrown(() => period.parseDate(bad))).toMatchObject({ code: "INVALID_PERIOD" });
    }
    // a period with the same fields is a period, not a date
    expect(period.contains(period.parse("2021"), period.day("2021-11-27"))).toBe(true);
  });

  it("period functions take them", () => {
    const d = new Date(Date.UTC(2021, 10, 27));
    expect(period.compareDates(d, "2021-11-28")).toBe(-1);
    expect(period.addDays(plain(2021, 12, 31), 1)).toBe("2022-01-01");
    expect(period.format(period.containing(d, "quarter"))).toBe("2021-Q4");
    expect(period.format(period.day(d))).toBe("2021-11-27");
    expect(period.contains(period.parse("2021-Q4"), plain(2021, 11, 27))).toBe(true);
  });

  it("fx stores the ISO date of a Date, and looks rates up by one", () => {
    const r = fx.rate({ base: "USD", quote: "CNY", rate: "6.4", on: new Date(Date.UTC(2021, 8, 30)) });
    expect(r.on).toBe("2021-09-30");
    const table = fx.table([r]);
    expect(fx.lookup(table, "USD", "CNY", { on: plain(2021, 9, 30) }).rate.toString()).toBe("6.4");
  });

  it("milestones and capacity plans store ISO dates", () => {
    const m = milestone.of({
      id: "m",
      kind: "massProduction",
      targets: [{ target: "2024-S1", asOf: new Date(Date.UTC(2021, 10, 27)) }],
    });
    expect(m.targets[0]?.asOf).toBe("2021-11-27");
    const done = milestone.achieve(m, plain(2024, 3, 28));
    expect(done.achieved?.on).toBe("2024-03-28");
    expect(milestone.status(done, new Date(Date.UTC(2024, 5, 30))).state).toBe("metOnTime");
    const plan = capacity.plan({
      unit: "vehicles",
      total: "1",
      phases: [{ history: [{ status: "operating", on: new Date(Date.UTC(2023, 7, 1)) }] }],
    });
    expect(plan.phases[0]?.history[0]?.on).toBe("2023-08-01");
    expect(capacity.statusAt(plan, 1, plain(2023, 8, 1))).toBe("operating");
  });
});
