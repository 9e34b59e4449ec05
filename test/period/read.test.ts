import { describe, expect, it } from "vitest";
import type { AccordoError } from "../../src/errors.js";
import { quarter, range, readPeriod, year } from "../../src/period/period.js";
import { thrown } from "../support.js";

// readPeriod is the internal reader that milestone targets, capacity phases and the agreement and
// zone checks use: it takes a period or its string form and names `where` in every refusal.
describe("readPeriod", () => {
  it("reads a period string (spaces trimmed) and a period object", () => {
    expect(readPeriod(" 2021-Q3 ", "x")).toEqual(quarter(2021, 3));
    expect(readPeriod({ kind: "year", year: 2021 }, "x")).toEqual(year(2021));
    expect(readPeriod("2021/2023", "x")).toEqual(range(year(2021), year(2023)));
  });

  it("prefixes the refusal of an impossible string with where, and keeps the string as value", () => {
    const error = thrown(() => readPeriod("2021-W53", "targets[1].target"));
    expect(error).toMatchObject({
      code: "INVALID_PERIOD",
      message: 'targets[1].target: invalid week (2021 has 52 ISO weeks) in "2021-W53"',
      details: { where: "targets[1].target", value: "2021-W53" },
    });
  });

  it("prefixes the refusal of an impossible object with where, without a value", () => {
    const error = thrown(() => readPeriod({ kind: "quarter", year: 2021, quarter: 5 }, "signed"));
    expect(error).toMatchObject({
      code: "INVALID_PERIOD",
      message: "signed: quarter must be a whole number from 1 to 4, got 5",
    });
    expect((error as AccordoError).details).toEqual({ where: "signed" });
    const backwards = thrown(() =>
      readPeriod({ kind: "range", start: { kind: "year", year: 2022 }, end: { kind: "year", year: 2021 } }, "signed"),
    );
    expect(backwards).toMatchObject({
      code: "INVALID_PERIOD",
      message: "signed: a range must not end before it starts: 2022/2021",
    });
  });

  it("does not prefix twice a refusal that already names where or a place inside it", () => {
    expect(thrown(() => readPeriod(5, "signed"))).toMatchObject({
      code: "INVALID_PERIOD",
      message: "signed must be a period, got 5",
      details: { where: "signed" },
    });
    expect(
      thrown(() => readPeriod({ kind: "range", start: 5, end: { kind: "year", year: 2021 } }, "signed")),
    ).toMatchObject({
      code: "INVALID_PERIOD",
      message: "signed start must be a period, got 5",
      details: { where: "signed start" },
    });
  });

  it("lets an exception of the caller's own pass through unchanged", () => {
    const own = new Error("getter");
    const value = {
      get kind(): string {
        throw own;
      },
    };
    let caught: unknown;
    try {
      readPeriod(value, "signed");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBe(own);
  });
});
