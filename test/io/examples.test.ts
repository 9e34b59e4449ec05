import { describe, expect, it } from "vitest";
import * as fx from "../../src/fx/index.js";
import * as io from "../../src/io/index.js";
import * as money from "../../src/money/index.js";
import { byteChunks, fixture } from "../support.js";

describe("io examples (included in the API docs)", () => {
  it("readEcbCsv", () => {
    const text = fixture("rates/eurofxref-hist.csv");
    // #region readEcbCsv
    // (import { io, fx } from "accordo"; text = the content of eurofxref-hist.csv)
    const ecb = io.readEcbCsv(text);
    const eurUsd = fx.lookup(ecb, "EUR", "USD", { on: "2025-04-24" });
    eurUsd.rate.toString(); // "1.1376"
    const { kind, source } = eurUsd; // "spot", "ECB"
    const usdJpy = fx.lookup(ecb, "USD", "JPY", { on: "2025-04-24" }); // a cross rate through EUR, the pivot
    // #endregion readEcbCsv
    expect(eurUsd.rate.toString()).toBe("1.1376");
    expect([kind, source]).toEqual(["spot", "ECB"]);
    expect(usdJpy.derivation).toBe("cross");
    expect(ecb.pivot.code).toBe("EUR");
  });

  it("readEcbCsvHistory", () => {
    // #region readEcbCsvHistory
    // The full history names currencies the euro replaced (CYP, SIT, ...): leave them out, or collect them.
    const text = "Date,USD,CYP,\n2007-12-31,1.4721,0.585274,\n";
    const usdOnly = io.readEcbCsv(text, { only: ["USD"] });
    usdOnly.rates.length; // 1
    const { table, errors } = io.readEcbCsv(text, { errors: "collect" });
    errors[0]?.message; // "io.readEcbCsv: line 2, column 19 (CYP) must be an ISO 4217 currency code ..."
    errors[0]?.details; // { line: 2, column: 19, field: "CYP", received: "CYP", ... }
    // #endregion readEcbCsvHistory
    expect(usdOnly.rates).toHaveLength(1);
    expect(table.rates).toHaveLength(1);
    expect(
      errors[0]?.message.startsWith("io.readEcbCsv: line 2, column 19 (CYP) must be an ISO 4217 currency code"),
    ).toBe(true);
    expect(errors[0]?.details).toMatchObject({ line: 2, column: 19, field: "CYP", received: "CYP" });
  });

  it("readEcbXml", () => {
    const xml = fixture("rates/eurofxref-daily.xml");
    // #region readEcbXml
    // (xml = the content of eurofxref-daily.xml)
    const today = io.readEcbXml(xml);
    const gbp = fx.lookup(today, "EUR", "GBP"); // the latest rate
    const line = `${String(gbp.on)}: 1 EUR = ${gbp.rate.toString()} GBP`; // "2024-06-28: 1 EUR = 0.84638 GBP"
    const pounds = fx.convert(money.of("1000", "EUR"), "GBP", today); // 846.38 GBP
    // #endregion readEcbXml
    expect(line).toBe("2024-06-28: 1 EUR = 0.84638 GBP");
    expect(money.format(pounds)).toBe("£846.38");
  });

  it("readSdmxCsv", () => {
    const csv = fixture("rates/ecb-exr-monthly.csv");
    // #region readSdmxCsv
    // (csv = https://data-api.ecb.europa.eu/service/data/EXR/M.USD.EUR.SP00.A?format=csvdata)
    const monthly = io.readSdmxCsv(csv, { source: "ECB" }); // the file names no agency
    const march = fx.lookup(monthly, "EUR", "USD", { on: "2024-03-15" }); // the average of March 2024
    const { kind } = march; // "average"
    march.rate.toString(); // "1.0872"
    // #endregion readSdmxCsv
    expect(kind).toBe("average");
    expect(march.rate.toString()).toBe("1.0872");
  });

  it("readSdmxCsvImf", () => {
    const csv = fixture("rates/imf-er.csv");
    // #region readSdmxCsvImf
    // (csv = SDMX-CSV of the IMF's ER dataflow: XDC_USD is the domestic currency per US dollar)
    const imf = io.readSdmxCsv(csv, { areas: { SWE: "SEK", JPN: "JPY", DEU: "EUR", FRA: "EUR" } });
    const january = fx.lookup(imf, "USD", "SEK", { on: "2024-01-15", kind: "average" });
    january.rate.toString(); // "10.3969"
    january.source; // "IMF.STA", the agency of STRUCTURE_ID
    // #endregion readSdmxCsvImf
    expect(january.rate.toString()).toBe("10.3969");
    expect(january.source).toBe("IMF.STA");
  });

  it("readRatesCsv", () => {
    // #region readRatesCsv
    const text = "date,base,quote,rate,source\n2024-03-01,USD,CNY,7.1036,PBoC\n2024-03,EUR,USD,1.0872,ECB\n";
    const rates = io.readRatesCsv(text);
    const usdCny = fx.lookup(rates, "USD", "CNY", { on: "2024-03-01" });
    usdCny.rate.toString(); // "7.1036"
    rates.rates[1]?.kind; // "average": a month is a period
    // #endregion readRatesCsv
    expect(usdCny.rate.toString()).toBe("7.1036");
    expect(rates.rates[1]?.kind).toBe("average");
  });

  it("readRatesJson", () => {
    // #region readRatesJson
    const json = '[{ "date": "2024-03-01", "base": "EUR", "quote": "USD", "rate": 1.08125000000000000001 }]';
    const rates = io.readRatesJson(json, { source: "my desk" });
    rates.rates[0]?.rate.toString(); // "1.08125000000000000001": every digit written, none lost to floating point
    // #endregion readRatesJson
    expect(rates.rates[0]?.rate.toString()).toBe("1.08125000000000000001");
    expect(rates.rates[0]?.source).toBe("my desk");
  });

  it("stream", async () => {
    const bytes = byteChunks(fixture("rates/eurofxref-hist.csv"), 64);
    // #region stream
    // A stream of chunks gives a Promise: a Node stream, a web ReadableStream, any async iterable.
    // (import { createReadStream } from "node:fs"; const bytes = createReadStream("eurofxref-hist.csv"))
    const ecb = await io.readEcbCsv(bytes);
    ecb.rates.length; // 150
    // #endregion stream
    expect(ecb.rates).toHaveLength(150);
  });
});
