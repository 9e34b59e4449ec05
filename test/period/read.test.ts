import { describe, expect, it } from "vitest";
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

  it("names the caller's function and argument of an impossible string, and keeps the string", () => {
    const error = thrown(() => readPeriod("2021-W53", "milestone.of: input.targets[1].target"));
    expect(error).toMatchObject({
      code: "INVALID_PERIOD",
      details: { function: "milestone.of", path: "input.targets[1].target", received: "2021-W53" },
    });
  });

  it("names the field of an impossible object inside the caller's argument", () => {
    const error = thrown(() =>
      readPeriod({ kind: "quarter", year: 2021, quarter: 5 }, "agreement.create: input.signed"),
    );
    expect(error).toMatchObject({
      code: "OUT_OF_RANGE",
      details: { function: "agreement.create", path: "input.signed.quarter", received: 5 },
    });
    const backwards = thrown(() =>
      readPeriod(
        { kind: "range", start: { kind: "year", year: 2022 }, end: { kind: "year", year: 2021 } },
        "f: signed",
      ),
    );
    expect(backwards).toMatchObject({
      code: "INVALID_PERIOD",
      details: { function: "f", path: "signed.end", start: "2022", end: "2021" },
    });
  });

  it("refuses a value that is no period as INVALID_TYPE at the caller's path", () => {
    expect(thrown(() => readPeriod(5, "f: signed"))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "f", path: "signed", received: 5 },
    });
    expect(
      thrown(() => readPeriod({ kind: "range", start: 5, end: { kind: "year", year: 2021 } }, "f: signed")),
    ).toMatchObject({ code: "INVALID_TYPE", details: { function: "f", path: "signed.start", received: 5 } });
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
