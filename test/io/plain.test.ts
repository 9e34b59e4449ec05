import { describe, expect, it } from "vitest";
import * as io from "../../src/io/index.js";
import * as money from "../../src/money/index.js";
import { byteChunks, code, fixture, listedRates, refusesFiles, thrown } from "../support.js";

describe("io.readRatesCsv", () => {
  it("reads date, base, quote, rate, source and kind; a period is an average unless said otherwise", () => {
    const t = io.readRatesCsv(fixture("rates/rates.csv"));
    expect(listedRates(t)).toEqual([
      "USD/CNY 2024-03-01 7.1036 (spot, PBoC)",
      "EUR/USD 2024-03 1.0872 (average, ECB)",
      "EUR/USD 2024-Q1 1.0857 (average, ECB)",
    ]);
    expect(t.pivot.code).toBe("USD");
  });

  it("reads columns in any order and case, and takes the source of options for rows without one", () => {
    const t = io.readRatesCsv("Rate,Quote,Base,Date\n1.1,USD,EUR,2024-01-02\n", { source: "ECB" });
    expect(listedRates(t)).toEqual(["EUR/USD 2024-01-02 1.1 (spot, ECB)"]);
    expect(t.pivot.code).toBe("EUR");
    expect(io.readRatesCsv("date,base,quote,rate\n2024-01-02,EUR,USD,1.1\n").rates[0]?.source).toBeNull();
  });

  it("reads custom currencies given in options", () => {
    const xbt = money.defineCurrency({ code: "XBT", minorUnits: 8, name: "Bitcoin" });
    const t = io.readRatesCsv("date,base,quote,rate\n2024-01-02,XBT,USD,42000\n", { currencies: [xbt] });
    expect(t.rates[0]?.base).toBe(xbt);
  });

  const cases: [string, string, Record<string, unknown>][] = [
    ["an unknown column", "date,base,quote,rate,note\n", { line: 1, column: 22, received: "note" }],
    ["a missing column", "date,base,rate\n", { line: 1, column: 1 }],
    ["a column twice", "date,base,quote,rate,Rate\n", { line: 1, column: 22 }],
    [
      "an unknown currency",
      "date,base,quote,rate\n2024-01-02,EUR,XYZ,1.1\n",
      { line: 2, column: 16, field: "quote", received: "XYZ" },
    ],
    [
      "the same currency twice",
      "date,base,quote,rate\n2024-01-02,EUR,EUR,1\n",
      { line: 2, column: 16, field: "quote" },
    ],
    ["an empty date", "date,base,quote,rate\n,EUR,USD,1.1\n", { line: 2, column: 1, field: "date", received: "" }],
    [
      "a date that is neither a day nor a period",
      "date,base,quote,rate\n2/1/2024,EUR,USD,1.1\n",
      { line: 2, column: 1, field: "date" },
    ],
    [
      "an unknown kind",
      "date,base,quote,rate,kind\n2024-01-02,EUR,USD,1.1,mid\n",
      { line: 2, column: 24, field: "kind", received: "mid" },
    ],
    [
      "a rate that is not a decimal",
      "date,base,quote,rate\n2024-01-02,EUR,USD,1.1%\n",
      { line: 2, column: 20, field: "rate" },
    ],
    [
      "a rate read twice",
      "date,base,quote,rate\n2024-01-02,EUR,USD,1.1\n2024-01-02,EUR,USD,1.2\n",
      { line: 3, column: 1 },
    ],
    ["a row of the wrong width", "date,base,quote,rate\n2024-01-02,EUR,USD\n", { line: 2, column: 20 }],
  ];
  refusesFiles("io.readRatesCsv", (text) => io.readRatesCsv(text), cases);

  it("reads quoted fields holding the separator, quotes and line breaks (RFC 4180)", () => {
    const text =
      'date,base,quote,rate,source\r\n2024-01-02,EUR,USD,1.1,"ECB, Frankfurt ""am Main""\r\nreference rate"\r\n';
    expect(io.readRatesCsv(text).rates[0]?.source).toBe('ECB, Frankfurt "am Main"\r\nreference rate');
    // the next record's line counts the line break inside the quotes
    expect(thrown(() => io.readRatesCsv(`${text}2024-01-03,EUR,USD,x,ECB\r\n`))).toMatchObject({
      details: { line: 4, column: 20 },
    });
  });

  it("reads the same records however the text is cut into chunks (quotes, CRLF, line breaks in quotes)", async () => {
    const text =
      '\uFEFFdate,base,quote,rate,source\r\n2024-01-02,EUR,USD,"1.1","a, ""b""\r\nc"\r\n' +
      '"2024-01-03",EUR,"USD",1.2,\r\n2024-01-04,EUR,USD,1.3,"é"\n';
    const whole = listedRates(io.readRatesCsv(text));
    expect(whole).toEqual([
      'EUR/USD 2024-01-02 1.1 (spot, a, "b"\r\nc)',
      "EUR/USD 2024-01-03 1.2 (spot, null)",
      "EUR/USD 2024-01-04 1.3 (spot, é)",
    ]);
    for (let size = 1; size <= 12; size++)
      expect(listedRates(await io.readRatesCsv(byteChunks(text, size)))).toEqual(whole);
  });

  it("collects bad rows with errors: collect", () => {
    const report = io.readRatesCsv("date,base,quote,rate\n2024-01-02,EUR,USD,x\n2024-01-03,EUR,USD,1.1\n", {
      errors: "collect",
    });
    expect(listedRates(report.table)).toEqual(["EUR/USD 2024-01-03 1.1 (spot, null)"]);
    expect(report.errors.map((e) => e.details?.line)).toEqual([2]);
  });

  it("reads a stream of byte chunks", async () => {
    const text = fixture("rates/rates.csv");
    expect(listedRates(await io.readRatesCsv(byteChunks(text, 3)))).toEqual(listedRates(io.readRatesCsv(text)));
  });
});

describe("io.readRatesJson", () => {
  it("reads an array of rates; numbers keep every digit written", () => {
    const t = io.readRatesJson(fixture("rates/rates.json"));
    expect(listedRates(t)).toEqual([
      "USD/CNY 2024-03-01 7.1036 (spot, PBoC)",
      "EUR/USD 2024-03 1.0872 (average, ECB)",
      "EUR/USD 2024-Q1 1.08570000000000000001 (average, ECB)",
    ]);
  });

  it("reads null source and kind as not given", () => {
    const t = io.readRatesJson(
      '[{"date":"2024-01-02","base":"EUR","quote":"USD","rate":"1.1","source":null,"kind":null}]',
      { source: "ECB" },
    );
    expect(listedRates(t)).toEqual(["EUR/USD 2024-01-02 1.1 (spot, ECB)"]);
  });

  const cases: [string, string, Record<string, unknown>][] = [
    ["text that is not JSON", '[{"date": "2024-01-02",}]', { line: 1, column: 24 }],
    ["an unclosed array", "[\n", { line: 2, column: 1, received: "the end of the text" }],
    ["a root that is not an array", '{"rates": []}', { line: 1, column: 1 }],
    ["a rate that is not an object", "[1]", { line: 1, column: 2 }],
    [
      "an unknown property",
      '[{"date":"2024-01-02","base":"EUR","quote":"USD","rate":"1.1","note":"x"}]',
      { line: 1, column: 63, field: "note" },
    ],
    [
      "date and on both",
      '[{"date":"2024-01-02","on":"2024-01-02","base":"EUR","quote":"USD","rate":"1.1"}]',
      { line: 1, column: 23 },
    ],
    ["a missing property", '[\n  {"date":"2024-01-02","base":"EUR","quote":"USD"}\n]', { line: 2, column: 3 }],
    [
      "a value of the wrong type",
      '[{"date":20240102,"base":"EUR","quote":"USD","rate":"1.1"}]',
      { line: 1, column: 10, field: "date" },
    ],
    [
      "a rate that is not a decimal",
      '[{"date":"2024-01-02","base":"EUR","quote":"USD","rate":"1,1"}]',
      { line: 1, column: 57, field: "rate" },
    ],
    [
      "a negative rate",
      '[{"date":"2024-01-02","base":"EUR","quote":"USD","rate":-1.1}]',
      { line: 1, column: 57, field: "rate" },
    ],
    [
      "an unknown currency",
      '[{"date":"2024-01-02","base":"EUR","quote":"usd","rate":"1.1"}]',
      { line: 1, column: 44, field: "quote" },
    ],
  ];
  refusesFiles("io.readRatesJson", (text) => io.readRatesJson(text), cases);

  it("collects bad rates with errors: collect, but refuses text that is not JSON", () => {
    const report = io.readRatesJson(
      '[{"date":"x","base":"EUR","quote":"USD","rate":"1"},{"date":"2024-01-02","base":"EUR","quote":"USD","rate":"1.1"}]',
      { errors: "collect" },
    );
    expect(listedRates(report.table)).toEqual(["EUR/USD 2024-01-02 1.1 (spot, null)"]);
    expect(report.errors.map((e) => e.details?.column)).toEqual([10]);
    expect(code(() => io.readRatesJson("[", { errors: "collect" }))).toBe("INVALID_TEXT");
  });

  it("reads strings with escapes, and refuses bad escapes and control characters", () => {
    const t = io.readRatesJson(
      '[{"date":"2024-01-02","base":"EUR","quote":"USD","rate":"1.1","source":"B\\u00e9nin \\"BCEAO\\"\\n"}]',
    );
    expect(t.rates[0]?.source).toBe('Bénin "BCEAO"\n');
    expect(code(() => io.readRatesJson('["\\x"]'))).toBe("INVALID_TEXT");
    expect(code(() => io.readRatesJson('["a\tb"]'))).toBe("INVALID_TEXT");
    expect(code(() => io.readRatesJson("[tru]"))).toBe("INVALID_TEXT");
  });

  it("reads a stream of byte chunks whole", async () => {
    const text = fixture("rates/rates.json");
    expect(listedRates(await io.readRatesJson(byteChunks(text, 2)))).toEqual(listedRates(io.readRatesJson(text)));
  });
});
