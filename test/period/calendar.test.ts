import { describe, expect, it } from "vitest";
import { isAccordoError } from "../../src/errors.js";
import * as period from "../../src/period/index.js";

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return isAccordoError(e) ? e.code : "not an AccordoError";
  }
  return undefined;
}

describe("ISO dates", () => {
  it("isDate accepts real days only, in the canonical form", () => {
    for (const ok of ["2021-11-27", "2000-02-29", "0001-01-01", "9999-12-31"]) expect(period.isDate(ok)).toBe(true);
    for (const bad of ["1900-02-29", "2021-00-10", "2021-1-1", "20211127", " 2021-11-27", "0000-01-01", "2021-11-27T00:00", 20211127, null]) {
      expect(period.isDate(bad)).toBe(false);
    }
  });

  it("parseDate returns the date or throws INVALID_PERIOD", () => {
    expect(period.parseDate("2021-11-27")).toBe("2021-11-27");
    expect(codeOf(() => period.parseDate("2021-02-30"))).toBe("INVALID_PERIOD");
    expect(codeOf(() => period.parseDate(undefined as unknown as string))).toBe("INVALID_PERIOD");
  });

  it("compareDates and daysBetween", () => {
    expect(period.compareDates("2024-07-01", "2024-06-30")).toBe(1);
    expect(period.daysBetween("2000-01-01", "2001-01-01")).toBe(366);
    expect(period.daysBetween("1900-01-01", "1901-01-01")).toBe(365);
    expect(period.daysBetween("0001-01-01", "9999-12-31")).toBe(3652058);
    expect(period.daysBetween("1970-01-01", "2021-11-27")).toBe(Date.UTC(2021, 10, 27) / 86_400_000);
    expect(codeOf(() => period.daysBetween("2021-11-27", "2021-11-31"))).toBe("INVALID_PERIOD");
    expect(codeOf(() => period.compareDates("x", "2021-11-27"))).toBe("INVALID_PERIOD");
  });

  it("addDays stays within the years 1 to 9999", () => {
    expect(period.addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(period.addDays("2023-02-28", 1)).toBe("2023-03-01");
    expect(period.addDays("2021-11-27", 0)).toBe("2021-11-27");
    expect(codeOf(() => period.addDays("9999-12-31", 1))).toBe("INVALID_PERIOD");
    expect(codeOf(() => period.addDays("0001-01-01", -1))).toBe("INVALID_PERIOD");
    expect(codeOf(() => period.addDays("2021-11-27", 0.5))).toBe("INVALID_INPUT");
    expect(codeOf(() => period.addDays("2021-11-27", Number.NaN))).toBe("INVALID_INPUT");
  });
});
