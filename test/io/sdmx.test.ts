import { describe, expect, it } from "vitest";
import * as fx from "../../src/fx/index.js";
import * as io from "../../src/io/index.js";
import * as period from "../../src/period/index.js";
import type { RateTable } from "../../src/fx/types.js";
import { byteChunks, code, fixture, thrown } from "../support.js";

/** "BASE/QUOTE on rate (kind, source)" for each rate of a table, in order. */
function listed(t: RateTable): string[] {
  return t.rates.map((r) => {
    const on = r.on === null ? "undated" : typeof r.on === "string" ? r.on : period.format(r.on);
    return `${r.base.code}/${r.quote.code} ${on} ${r.rate.toString()} (${r.kind}, ${String(r.source)})`;
  });
}

const HEADER = "DATAFLOW,FREQ,CURRENCY,CURRENCY_DENOM,EXR_TYPE,EXR_SUFFIX,TIME_PERIOD,OBS_VALUE,UNIT_MULT";
const file = (...rows: string[]): string => `${HEADER}\n${rows.join("\n")}\n`;

describe("io.readSdmxCsv", () => {
  it("reads the ECB Data Portal's csvdata: monthly averages dated their month", () => {
    const t = io.readSdmxCsv(fixture("rates/ecb-exr-monthly.csv"), { source: "ECB" });
    expect(listed(t)).toEqual([
      "EUR/USD 2024-01 1.0905 (average, ECB)",
      "EUR/USD 2024-02 1.0795 (average, ECB)",
      "EUR/USD 2024-03 1.0872 (average, ECB)",
    ]);
    expect(t.pivot.code).toBe("EUR");
    // a lookup by a day inside the month finds the month's average; by the month itself too
    expect(fx.lookup(t, "EUR", "USD", { on: "2024-02-15" }).rate.toString()).toBe("1.0795");
    expect(fx.lookup(t, "EUR", "USD", { on: period.parse("2024-03") }).rate.toString()).toBe("1.0872");
  });

  it("reads daily observations as spot rates on the day", () => {
    const t = io.readSdmxCsv(fixture("rates/ecb-exr-daily.csv"), { source: "ECB" });
    expect(listed(t)).toEqual(["EUR/USD 2026-09-03 1.1615 (spot, ECB)", "EUR/USD 2026-09-04 1.1622 (spot, ECB)"]);
  });

  it("needs a source for a file that names no agency", () => {
    expect(thrown(() => io.readSdmxCsv(fixture("rates/ecb-exr-daily.csv")))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "io.readSdmxCsv", path: "options.source" },
    });
  });

  it("reads SDMX-CSV 1.0: the agency of DATAFLOW is the source, a missing observation is passed over", () => {
    const t = io.readSdmxCsv(fixture("rates/sdmx-csv-1.0.csv"));
    expect(listed(t)).toEqual([
      "EUR/USD 2024-01 1.0905 (average, ECB)",
      "EUR/USD 2024-02 1.0795 (average, ECB)",
      "EUR/USD 2024-03 1.0872 (average, ECB)",
    ]);
  });

  it("reads SDMX-CSV 2.0 with CRLF line endings: STRUCTURE_ID names the agency", () => {
    const t = io.readSdmxCsv(fixture("rates/sdmx-csv-2.0.csv"));
    expect(listed(t)).toEqual([
      "EUR/USD 2026-09-03 1.1615 (spot, ECB)",
      "EUR/USD 2026-09-04 1.1622 (spot, ECB)",
      "EUR/USD 2024-03 1.0872 (average, ECB)",
    ]);
  });

  it("reads SDMX-CSV 2.0 with labels and the separator named after STRUCTURE", () => {
    const t = io.readSdmxCsv(fixture("rates/sdmx-csv-2.0-labels.csv"));
    expect(listed(t)).toEqual(["EUR/USD 2024-01 1.0905 (average, ECB)", "EUR/USD 2024-02 1.0795 (average, ECB)"]);
  });

  it("makes an end-of-period observation a spot rate on the period's last day, and scales by UNIT_MULT", () => {
    const t = io.readSdmxCsv(
      file(
        "ECB:EXR(1.0),M,JPY,EUR,SP00,E,2024-02,157.5,0",
        "ECB:EXR(1.0),Q,JPY,EUR,SP00,A,2024-Q1,161.2,0",
        "ECB:EXR(1.0),A,JPY,EUR,SP00,A,2023,15.19,1",
        "ECB:EXR(1.0),S,JPY,EUR,SP00,A,2023-S2,0.1595,3",
        "ECB:EXR(1.0),W,JPY,EUR,SP00,A,2024-W09,162,",
      ),
    );
    expect(listed(t)).toEqual([
      "EUR/JPY 2024-02-29 157.5 (spot, ECB)",
      "EUR/JPY 2024-Q1 161.2 (average, ECB)",
      "EUR/JPY 2023 151.9 (average, ECB)",
      "EUR/JPY 2023-S2 159.5 (average, ECB)",
      "EUR/JPY 2024-W09 162 (average, ECB)",
    ]);
  });

  it("picks USD as the pivot of mixed bases, and takes the pivot and source asked for", () => {
    const mixed = file("BIS:X(1.0),D,USD,EUR,SP00,A,2024-01-02,1.1,0", "BIS:X(1.0),D,JPY,USD,SP00,A,2024-01-02,141,0");
    expect(io.readSdmxCsv(mixed).pivot.code).toBe("USD");
    expect(io.readSdmxCsv(mixed).rates[0]?.source).toBe("BIS");
    const t = io.readSdmxCsv(mixed, { pivot: "JPY", source: "Bank for International Settlements" });
    expect(t.pivot.code).toBe("JPY");
    expect(t.rates[1]?.source).toBe("Bank for International Settlements");
  });

  const cases: [string, string, Record<string, unknown>][] = [
    [
      "a period without EXR_SUFFIX A or E",
      file("ECB:EXR(1.0),M,USD,EUR,SP00,X,2024-01,1.1,0"),
      { line: 2, column: 29, field: "EXR_SUFFIX" },
    ],
    [
      "a FREQ that does not match TIME_PERIOD",
      file("ECB:EXR(1.0),M,USD,EUR,SP00,A,2024-01-02,1.1,0"),
      { line: 2, column: 14, field: "FREQ" },
    ],
    ["an unknown FREQ", file("ECB:EXR(1.0),X,USD,EUR,SP00,A,2024-01-02,1.1,0"), { line: 2, column: 14, field: "FREQ" }],
    [
      "a time period that is none",
      file("ECB:EXR(1.0),D,USD,EUR,SP00,A,02/01/2024,1.1,0"),
      { line: 2, column: 31, field: "TIME_PERIOD" },
    ],
    [
      "an unknown currency",
      file("ECB:EXR(1.0),D,E5,EUR,EN00,A,2024-01-02,1.1,0"),
      { line: 2, column: 16, field: "CURRENCY", received: "E5" },
    ],
    [
      "the same currency twice",
      file("ECB:EXR(1.0),D,EUR,EUR,SP00,A,2024-01-02,1,0"),
      { line: 2, column: 16, field: "CURRENCY" },
    ],
    [
      "a value that is not a decimal",
      file("ECB:EXR(1.0),D,USD,EUR,SP00,A,2024-01-02,1.1.0,0"),
      { line: 2, column: 42, field: "OBS_VALUE" },
    ],
    [
      "a UNIT_MULT that is no power",
      file("ECB:EXR(1.0),D,USD,EUR,SP00,A,2024-01-02,1.1,x"),
      { line: 2, column: 46, field: "UNIT_MULT" },
    ],
    [
      "an observation read twice",
      file("ECB:EXR(1.0),D,USD,EUR,SP00,A,2024-01-02,1.1,0", "ECB:EXR(1.0),D,USD,EUR,SP00,A,2024-01-02,1.2,0"),
      { line: 3, field: "TIME_PERIOD" },
    ],
    ["a row of the wrong width", file("ECB:EXR(1.0),D,USD,EUR"), { line: 2, column: 24 }],
    ["a missing column", "FREQ,CURRENCY,TIME_PERIOD,OBS_VALUE\nD,USD,2024-01-02,1.1\n", { line: 1, column: 1 }],
    ["an empty file", "", { line: 1, column: 1 }],
  ];
  for (const [what, text, details] of cases) {
    it(`refuses ${what} with INVALID_TEXT naming the line and column`, () => {
      expect(thrown(() => io.readSdmxCsv(text))).toMatchObject({
        code: "INVALID_TEXT",
        details: { function: "io.readSdmxCsv", ...details },
      });
    });
  }

  it("refuses a DATAFLOW that names no agency, unless options.source names the publisher", () => {
    const text = `${HEADER}\nEXR,D,USD,EUR,SP00,A,2024-01-02,1.1,0\n`;
    expect(thrown(() => io.readSdmxCsv(text))).toMatchObject({
      code: "INVALID_TEXT",
      details: { line: 2, column: 1, field: "DATAFLOW", received: "EXR" },
    });
    expect(io.readSdmxCsv(text, { source: "ECB" }).rates[0]?.source).toBe("ECB");
  });

  it("refuses a row that deletes data", () => {
    const text =
      "STRUCTURE,STRUCTURE_ID,ACTION,FREQ,CURRENCY,CURRENCY_DENOM,EXR_SUFFIX,TIME_PERIOD,OBS_VALUE\ndataflow,ECB:EXR(1.0),D,D,USD,EUR,A,2024-01-02,-\n";
    expect(thrown(() => io.readSdmxCsv(text))).toMatchObject({
      code: "INVALID_TEXT",
      details: { line: 2, column: 23, field: "ACTION", received: "D" },
    });
  });

  it("collects bad rows with errors: collect", () => {
    const report = io.readSdmxCsv(
      file("ECB:EXR(1.0),D,USD,EUR,SP00,A,2024-01-02,x,0", "ECB:EXR(1.0),D,USD,EUR,SP00,A,2024-01-03,1.1,0"),
      { errors: "collect" },
    );
    expect(listed(report.table)).toEqual(["EUR/USD 2024-01-03 1.1 (spot, ECB)"]);
    expect(report.errors.map((e) => [e.code, e.details?.line, e.details?.field])).toEqual([
      ["INVALID_TEXT", 2, "OBS_VALUE"],
    ]);
  });

  it("reads a stream of byte chunks", async () => {
    const text = fixture("rates/ecb-exr-monthly.csv");
    for (const size of [1, 9, 4096])
      expect(listed(await io.readSdmxCsv(byteChunks(text, size), { source: "ECB" }))).toEqual(
        listed(io.readSdmxCsv(text, { source: "ECB" })),
      );
  });

  it("refuses unknown options", () => {
    expect(code(() => io.readSdmxCsv("", { only: ["USD"] } as never))).toBe("UNKNOWN_OPTION");
  });
});
