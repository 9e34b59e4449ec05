import { describe, expect, it } from "vitest";
import * as fx from "../../src/fx/index.js";
import * as io from "../../src/io/index.js";
import * as money from "../../src/money/index.js";
import * as period from "../../src/period/index.js";
import { byteChunks, code, fixture, listedRates, refusesFiles, thrown } from "../support.js";

const HEADER = "DATAFLOW,FREQ,CURRENCY,CURRENCY_DENOM,EXR_TYPE,EXR_SUFFIX,TIME_PERIOD,OBS_VALUE,UNIT_MULT";
const file = (...rows: string[]): string => `${HEADER}\n${rows.join("\n")}\n`;

describe("io.readSdmxCsv", () => {
  it("reads the ECB Data Portal's csvdata: monthly averages dated their month", () => {
    const t = io.readSdmxCsv(fixture("rates/ecb-exr-monthly.csv"), { source: "ECB" });
    expect(listedRates(t)).toEqual([
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
    expect(listedRates(t)).toEqual(["EUR/USD 2026-09-03 1.1615 (spot, ECB)", "EUR/USD 2026-09-04 1.1622 (spot, ECB)"]);
  });

  it("needs a source for a file that names no agency", () => {
    expect(thrown(() => io.readSdmxCsv(fixture("rates/ecb-exr-daily.csv")))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "io.readSdmxCsv", path: "options.source" },
    });
  });

  it("reads SDMX-CSV 1.0: the agency of DATAFLOW is the source, a missing observation is passed over", () => {
    const t = io.readSdmxCsv(fixture("rates/sdmx-csv-1.0.csv"));
    expect(listedRates(t)).toEqual([
      "EUR/USD 2024-01 1.0905 (average, ECB)",
      "EUR/USD 2024-02 1.0795 (average, ECB)",
      "EUR/USD 2024-03 1.0872 (average, ECB)",
    ]);
  });

  it("reads SDMX-CSV 2.0 with CRLF line endings: STRUCTURE_ID names the agency", () => {
    const t = io.readSdmxCsv(fixture("rates/sdmx-csv-2.0.csv"));
    expect(listedRates(t)).toEqual([
      "EUR/USD 2026-09-03 1.1615 (spot, ECB)",
      "EUR/USD 2026-09-04 1.1622 (spot, ECB)",
      "EUR/USD 2024-03 1.0872 (average, ECB)",
    ]);
  });

  it("reads SDMX-CSV 2.0 with labels and the separator named after STRUCTURE", () => {
    const t = io.readSdmxCsv(fixture("rates/sdmx-csv-2.0-labels.csv"));
    expect(listedRates(t)).toEqual(["EUR/USD 2024-01 1.0905 (average, ECB)", "EUR/USD 2024-02 1.0795 (average, ECB)"]);
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
    expect(listedRates(t)).toEqual([
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
  refusesFiles("io.readSdmxCsv", (text) => io.readSdmxCsv(text), cases);

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
    expect(listedRates(report.table)).toEqual(["EUR/USD 2024-01-03 1.1 (spot, ECB)"]);
    expect(report.errors.map((e) => [e.code, e.details?.line, e.details?.field])).toEqual([
      ["INVALID_TEXT", 2, "OBS_VALUE"],
    ]);
  });

  it("reads a stream of byte chunks", async () => {
    const text = fixture("rates/ecb-exr-monthly.csv");
    for (const size of [1, 9, 4096])
      expect(listedRates(await io.readSdmxCsv(byteChunks(text, size), { source: "ECB" }))).toEqual(
        listedRates(io.readSdmxCsv(text, { source: "ECB" })),
      );
  });

  it("refuses unknown options", () => {
    expect(code(() => io.readSdmxCsv("", { only: ["USD"] } as never))).toBe("UNKNOWN_OPTION");
  });
});

describe("io.readSdmxCsv: the BIS's US dollar exchange rates (WS_XRU)", () => {
  it("reads CURRENCY per US dollar: averages dated their period, end-of-period rates their last day", () => {
    const t = io.readSdmxCsv(fixture("rates/bis-ws-xru.csv"));
    expect(listedRates(t)).toEqual([
      "USD/CHF 2024-01 0.8601 (average, BIS)",
      "USD/CHF 2024-01-31 0.8625 (spot, BIS)",
      "USD/JPY 2024-01-04 143.71 (spot, BIS)",
      // the euro of Germany repeats the euro area's: kept once; the US dollar's own series and a
      // missing observation hold no rate
      "USD/EUR 2024-Q1 0.9215 (average, BIS)",
    ]);
    expect(t.pivot.code).toBe("USD");
    expect(fx.lookup(t, "CHF", "USD", { on: "2024-01-31", kind: "spot" }).derivation).toBe("inverse");
  });

  it("reads SDMX-CSV 2.0 with labels=both", () => {
    const t = io.readSdmxCsv(fixture("rates/bis-ws-xru-labels.csv"));
    expect(listedRates(t)).toEqual(["USD/CHF 2024-01 0.8601 (average, BIS)", "USD/CHF 2024-01-31 0.8625 (spot, BIS)"]);
  });

  const BIS = "DATAFLOW,FREQ,REF_AREA,CURRENCY,COLLECTION,TIME_PERIOD,OBS_VALUE,UNIT_MULT";
  it("refuses a period neither averaged nor at its end, and one euro at two values", () => {
    expect(thrown(() => io.readSdmxCsv(`${BIS}\nBIS:WS_XRU(1.0),M,CH,CHF,X,2024-01,0.86,0\n`))).toMatchObject({
      code: "INVALID_TEXT",
      details: { line: 2, column: 26, field: "COLLECTION", received: "X" },
    });
    const twice = `${BIS}\nBIS:WS_XRU(1.0),Q,XM,EUR,A,2024-Q1,0.9215,0\nBIS:WS_XRU(1.0),Q,DE,EUR,A,2024-Q1,0.9216,0\n`;
    expect(thrown(() => io.readSdmxCsv(twice))).toMatchObject({
      code: "INVALID_TEXT",
      details: { line: 3, field: "TIME_PERIOD", received: "2024-Q1" },
    });
  });

  it("refuses a UNIT_MULT that takes the value out of the range of numbers", () => {
    expect(thrown(() => io.readSdmxCsv(`${BIS}\nBIS:WS_XRU(1.0),D,JP,JPY,A,2024-01-04,1e998,9\n`))).toMatchObject({
      code: "INVALID_TEXT",
      details: { line: 2, field: "UNIT_MULT", received: "9" },
    });
  });
});

describe("io.readSdmxCsv: the IMF's exchange rates (ER, IFS)", () => {
  const areas = { SWE: "SEK", JPN: "JPY", DEU: "EUR", FRA: "EUR" };

  it("reads INDICATOR A_B as A per 1 B, XDC being the currency options.areas gives the COUNTRY", () => {
    const t = io.readSdmxCsv(fixture("rates/imf-er.csv"), { areas });
    expect(listedRates(t)).toEqual([
      "USD/SEK 2024-01 10.3969 (average, IMF.STA)",
      "USD/SEK 2024-01-31 10.4055 (spot, IMF.STA)",
      "SEK/USD 2024-Q1 0.0952 (average, IMF.STA)",
      "EUR/JPY 2024 163.85 (average, IMF.STA)",
      // France's euro repeats Germany's: kept once
      "USD/EUR 2024 0.9243 (average, IMF.STA)",
    ]);
  });

  it("reads labels=both, and custom currencies named in areas", () => {
    const t = io.readSdmxCsv(fixture("rates/imf-er-labels.csv"), { areas: { SWE: "SEK" } });
    expect(listedRates(t)).toEqual(["USD/SEK 2024-01 10.3969 (average, IMF.STA)"]);
    const xsk = money.defineCurrency({ code: "XSK", minorUnits: 2, name: "Test krona" });
    const custom = io.readSdmxCsv(fixture("rates/imf-er-labels.csv"), { areas: { SWE: "XSK" }, currencies: [xsk] });
    expect(custom.rates[0]?.quote).toBe(xsk);
  });

  it("reads the IFS indicators ENDA_ (period average) and ENDE_ (end of period) with REF_AREA", () => {
    const ifs =
      "DATAFLOW,FREQ,REF_AREA,INDICATOR,TIME_PERIOD,OBS_VALUE\n" +
      "IMF:IFS(1.0),M,SE,ENDA_XDC_USD_RATE,2024-01,10.3969\n" +
      "IMF:IFS(1.0),M,SE,ENDE_XDC_USD_RATE,2024-01,10.4055\n";
    expect(listedRates(io.readSdmxCsv(ifs, { areas: { SE: "SEK" } }))).toEqual([
      "USD/SEK 2024-01 10.3969 (average, IMF)",
      "USD/SEK 2024-01-31 10.4055 (spot, IMF)",
    ]);
  });

  it("refuses an area options.areas does not name, with a hint", () => {
    const e = thrown(() => io.readSdmxCsv(fixture("rates/imf-er.csv"), { areas: { SWE: "SEK" } }));
    expect(e).toMatchObject({
      code: "INVALID_TEXT",
      details: { function: "io.readSdmxCsv", line: 5, column: 30, field: "COUNTRY", received: "JPN" },
    });
    expect((e as Error).message).toContain('{ areas: { JPN: "SEK" } }');
  });

  it("scales OBS_VALUE by 10^SCALE, the IMF's unit multiplier, exactly (empty: none)", () => {
    const t = io.readSdmxCsv(fixture("rates/imf-er-scale.csv"), { areas: { SWE: "SEK", IDN: "IDR", JPN: "JPY" } });
    expect(listedRates(t)).toEqual([
      "USD/SEK 2024-01 10.3969 (average, IMF.STA)",
      "USD/IDR 2024-01 15613.3 (average, IMF.STA)",
      "IDR/USD 2024-01 0.000064048 (average, IMF.STA)",
      "USD/JPY 2024-01-31 146.9 (spot, IMF.STA)",
    ]);
    const labels = io.readSdmxCsv(fixture("rates/imf-er-scale-labels.csv"), { areas: { IDN: "IDR" } });
    expect(listedRates(labels)).toEqual(["USD/IDR 2024-01 15613.3 (average, IMF.STA)"]);
  });

  const SCALED = "STRUCTURE,STRUCTURE_ID,COUNTRY,INDICATOR,TYPE_OF_TRANSFORMATION,FREQUENCY,TIME_PERIOD,OBS_VALUE";
  refusesFiles("io.readSdmxCsv", (text) => io.readSdmxCsv(text, { areas: { IDN: "IDR" } }), [
    [
      "a SCALE that is a word, not the code of a power of ten",
      `${SCALED},SCALE\ndataflow,IMF.STA:ER(4.0.1),IDN,XDC_USD,PA_RT,M,2024-M01,15.6133,Thousands\n`,
      { line: 2, column: 65, field: "SCALE", received: "Thousands" },
    ],
    [
      "a SCALE that is no whole power",
      `${SCALED},SCALE\ndataflow,IMF.STA:ER(4.0.1),IDN,XDC_USD,PA_RT,M,2024-M01,15.6133,1.5\n`,
      { line: 2, field: "SCALE", received: "1.5" },
    ],
    [
      "a SCALE against UNIT_MULT",
      `${SCALED},UNIT_MULT,SCALE\ndataflow,IMF.STA:ER(4.0.1),IDN,XDC_USD,PA_RT,M,2024-M01,15.6133,0,3\n`,
      { line: 2, field: "SCALE", received: "3" },
    ],
    [
      "a SCALE that takes the value out of the range of numbers",
      `${SCALED},SCALE\ndataflow,IMF.STA:ER(4.0.1),IDN,XDC_USD,PA_RT,M,2024-M01,1e998,9\n`,
      { line: 2, field: "SCALE", received: "9" },
    ],
  ]);

  it("a SCALE that agrees with UNIT_MULT multiplies once", () => {
    const both = `${SCALED},UNIT_MULT,SCALE\ndataflow,IMF.STA:ER(4.0.1),IDN,XDC_USD,PA_RT,M,2024-M01,15.6133,3,3\n`;
    expect(listedRates(io.readSdmxCsv(both, { areas: { IDN: "IDR" } }))).toEqual([
      "USD/IDR 2024-01 15613.3 (average, IMF.STA)",
    ]);
    const unitMultOnly = `${SCALED},UNIT_MULT,SCALE\ndataflow,IMF.STA:ER(4.0.1),IDN,XDC_USD,PA_RT,M,2024-M01,15.6133,3,\n`;
    expect(listedRates(io.readSdmxCsv(unitMultOnly, { areas: { IDN: "IDR" } }))).toEqual([
      "USD/IDR 2024-01 15613.3 (average, IMF.STA)",
    ]);
  });

  it("with errors: collect, a row with a bad SCALE is reported and the others are read", () => {
    const text = `${SCALED},SCALE\ndataflow,IMF.STA:ER(4.0.1),IDN,XDC_USD,PA_RT,M,2024-M01,15.6133,Thousands\ndataflow,IMF.STA:ER(4.0.1),IDN,XDC_USD,PA_RT,M,2024-M02,15.7,3\n`;
    const report = io.readSdmxCsv(text, { areas: { IDN: "IDR" }, errors: "collect" });
    expect(listedRates(report.table)).toEqual(["USD/IDR 2024-02 15700 (average, IMF.STA)"]);
    expect(report.errors).toHaveLength(1);
    expect(report.errors[0]?.details).toMatchObject({ line: 2, field: "SCALE", received: "Thousands" });
  });

  const IMF = "STRUCTURE,STRUCTURE_ID,ACTION,COUNTRY,INDICATOR,TYPE_OF_TRANSFORMATION,FREQUENCY,TIME_PERIOD,OBS_VALUE";
  it("refuses an indicator that is no rate, and a transformation that is neither average nor end", () => {
    const index = `${IMF}\ndataflow,IMF.STA:ER(4.0.1),I,SWE,EREER_IX,IX,M,2024-M01,98.5\n`;
    expect(thrown(() => io.readSdmxCsv(index, { areas }))).toMatchObject({
      code: "INVALID_TEXT",
      details: { line: 2, column: 34, field: "INDICATOR", received: "EREER_IX" },
    });
    const change = `${IMF}\ndataflow,IMF.STA:ER(4.0.1),I,SWE,XDC_USD,PC_PP_PT,M,2024-M01,0.4\n`;
    expect(thrown(() => io.readSdmxCsv(change, { areas }))).toMatchObject({
      code: "INVALID_TEXT",
      details: { line: 2, field: "TYPE_OF_TRANSFORMATION", received: "PC_PP_PT" },
    });
  });

  it("checks options.areas", () => {
    expect(code(() => io.readSdmxCsv(fixture("rates/imf-er.csv"), { areas: ["SEK"] as never }))).toBe("INVALID_TYPE");
    expect(code(() => io.readSdmxCsv(fixture("rates/imf-er.csv"), { areas: { SWE: "SEX" } }))).toBe("UNKNOWN_CURRENCY");
  });
});

describe("io.readSdmxCsv: a layout it cannot map", () => {
  it("refuses a header without the columns of the ECB's, the BIS's or the IMF's rates, with a hint", () => {
    const eer =
      "DATAFLOW,FREQ,EER_TYPE,EER_BASKET,REF_AREA,TIME_PERIOD,OBS_VALUE\nBIS:WS_EER(1.0),M,N,B,CH,2024-01,120.5\n";
    const e = thrown(() => io.readSdmxCsv(eer));
    expect(e).toMatchObject({
      code: "INVALID_TEXT",
      details: { function: "io.readSdmxCsv", line: 1, column: 1, received: eer.split("\n")[0] },
    });
    expect((e as Error).message).toContain("WS_XRU");
    // even with errors: "collect": nothing of the file can be read
    expect(code(() => io.readSdmxCsv(eer, { errors: "collect" }))).toBe("INVALID_TEXT");
  });
});
