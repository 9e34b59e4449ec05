import { describe, expect, expectTypeOf, it } from "vitest";
import * as fx from "../../src/fx/index.js";
import * as io from "../../src/io/index.js";
import * as money from "../../src/money/index.js";
import type { RateTable } from "../../src/fx/types.js";
import type { ReadReport } from "../../src/io/types.js";
import { byteChunks, code, expectRefusal, fixture, listedRates, refusesFiles, rejected, thrown } from "../support.js";

const hist = fixture("rates/eurofxref-hist.csv");

describe("io.readEcbCsv: eurofxref-hist.csv", () => {
  it("reads every rate of every day, skips N/A, and makes EUR the pivot", () => {
    const t = io.readEcbCsv(hist);
    // 5 days × 30 currencies quoted in 2025 (the 11 columns of withdrawn currencies, HRK and RUB are N/A)
    expect(t.rates).toHaveLength(150);
    expect(t.pivot.code).toBe("EUR");
    expect(listedRates(t).slice(0, 3)).toEqual([
      "EUR/USD 2025-04-25 1.1357 (spot, ECB)",
      "EUR/JPY 2025-04-25 162.8 (spot, ECB)",
      "EUR/BGN 2025-04-25 1.9558 (spot, ECB)",
    ]);
    expect(t.rates.every((r) => r.derivation === "direct" && r.chain.length === 0 && Object.isFrozen(r))).toBe(true);
    expect(Object.isFrozen(t) && Object.isFrozen(t.rates)).toBe(true);
  });

  it("makes rates like fx.rate's: frozen decimals, the ExchangeRate prototype, taken by fx as they are", () => {
    const t = io.readEcbCsv(hist);
    const made = fx.rate({ base: "EUR", quote: "USD", rate: "1.1357", on: "2025-04-25", source: "ECB" });
    const read = t.rates[0] as (typeof t.rates)[number];
    expect(Object.getPrototypeOf(read)).toBe(Object.getPrototypeOf(made));
    expect(Object.keys(read)).toEqual(Object.keys(made));
    expect(JSON.stringify(read)).toBe(JSON.stringify(made));
    expect(String(read)).toBe("EUR/USD 1.1357 on 2025-04-25");
    expect(t.rates.every((r) => Object.isFrozen(r.rate) && Object.isFrozen(r.rate.d))).toBe(true);
    // the library's own rate: fx keeps it as it is (it would rebuild one it did not make)
    expect(fx.invert(read).chain[0]).toBe(read);
    expect(fx.lookup(t, "EUR", "USD", { on: "2025-04-25" })).toBe(read);
  });

  it("gives a table fx.lookup and fx.convert use: direct, inverse and cross through EUR", () => {
    const t = io.readEcbCsv(hist);
    expect(fx.lookup(t, "EUR", "USD", { on: "2025-04-24" }).rate.toString()).toBe("1.1376");
    expect(fx.lookup(t, "USD", "EUR", { on: "2025-04-24" }).derivation).toBe("inverse");
    const usdJpy = fx.lookup(t, "USD", "JPY", { on: "2025-04-17" });
    expect(usdJpy.derivation).toBe("cross");
    expect(usdJpy.rate.toSignificantDigits(6).toString()).toBe("142.588");
    expect(fx.origins(usdJpy).map((r) => `${r.quote.code} ${String(r.on)}`)).toEqual([
      "USD 2025-04-17",
      "JPY 2025-04-17",
    ]);
  });

  it("gives a table that behaves as one fx.table makes: JSON, String, and fx.tableFromJSON", () => {
    const t = io.readEcbCsv(hist, { only: ["USD", "JPY"] });
    const same = fx.table(t.rates, { pivot: "EUR" });
    expect(JSON.stringify(t)).toBe(JSON.stringify(same));
    expect(String(t)).toBe(String(same));
    expect(fx.tableFromJSON(JSON.parse(JSON.stringify(t)) as never).rates).toHaveLength(10);
  });

  it("reads a byte order mark and CRLF line endings as the same file", () => {
    const crlf = fixture("rates/eurofxref-hist-bom-crlf.csv");
    expect(crlf.charCodeAt(0)).toBe(0xfeff);
    expect(crlf).toContain("\r\n");
    expect(listedRates(io.readEcbCsv(crlf))).toEqual(listedRates(io.readEcbCsv(hist)));
  });

  it("reads only the currencies asked for", () => {
    const t = io.readEcbCsv(hist, { only: ["USD", "GBP"] });
    expect(t.rates.map((r) => r.quote.code)).toEqual([
      "USD",
      "GBP",
      "USD",
      "GBP",
      "USD",
      "GBP",
      "USD",
      "GBP",
      "USD",
      "GBP",
    ]);
    expect(thrown(() => io.readEcbCsv(hist, { only: ["USD", "XAU"] }))).toMatchObject({
      code: "INVALID_INPUT",
      details: { function: "io.readEcbCsv", path: "options.only", missing: ["XAU"] },
    });
  });

  it("takes the source and pivot asked for", () => {
    const t = io.readEcbCsv(hist, { source: "ECB euro reference rates", pivot: "USD" });
    expect(t.pivot.code).toBe("USD");
    expect(t.rates[0]?.source).toBe("ECB euro reference rates");
  });

  it("refuses a rate of a withdrawn currency at its first value, naming the line and column", () => {
    const text = "Date,USD,CYP,\n2007-12-31,1.4721,0.585274,\n2007-12-28,1.4690,0.585274,\n";
    expect(thrown(() => io.readEcbCsv(text))).toMatchObject({
      code: "INVALID_TEXT",
      details: { function: "io.readEcbCsv", line: 2, column: 19, field: "CYP", received: "CYP" },
    });
    // collected once: the column is then left out
    const report = io.readEcbCsv(text, { errors: "collect" });
    expect(report.table.rates.map((r) => r.quote.code)).toEqual(["USD", "USD"]);
    expect(report.errors.map((e) => e.details?.line)).toEqual([2]);
    // or defined by the caller
    const cyp = money.defineCurrency({ code: "CYP", minorUnits: 2, name: "Cyprus pound" });
    expect(io.readEcbCsv(text, { currencies: [cyp] }).rates).toHaveLength(4);
  });
});

describe("io.readEcbCsv: malformed files", () => {
  const cases: [string, string, Record<string, unknown>][] = [
    ["a rate that is not a decimal", "Date,USD,\n2024-01-02,1.1.1,\n", { line: 2, column: 12, field: "USD" }],
    ["a zero rate", "Date,USD,JPY,\n2024-01-02,1.1,0,\n", { line: 2, column: 16, field: "JPY", received: "0" }],
    ["a negative rate", "Date,USD,\n2024-01-02,-1.1,\n", { line: 2, column: 12, received: "-1.1" }],
    ["a decimal comma", 'Date,USD,\n2024-01-02,"1,1",\n', { line: 2, column: 12, received: "1,1" }],
    [
      "a date that is not a day",
      "Date,USD,\n2024-02-30,1.1,\n",
      { line: 2, column: 1, field: "Date", received: "2024-02-30" },
    ],
    ["a day read twice", "Date,USD,\n2024-01-02,1.1,\n2024-01-02,1.2,\n", { line: 3, column: 1, field: "Date" }],
    ["a short row", "Date,USD,JPY,\n2024-01-02,1.1,\n", { line: 2, column: 17, received: 3 }],
    ["a value under no header", "Date,USD,\n2024-01-02,1.1,9\n", { line: 2, column: 16 }],
    ["an unclosed quote", 'Date,USD,\n2024-01-02,"1.1,\n', { line: 2, column: 12, received: "the end of the file" }],
    ["a quote inside a field", 'Date,USD,\n2024-01-02,1"1,"x"\n', { line: 2, column: 13 }],
    ["another header", "Day,USD,\n2024-01-02,1.1,\n", { line: 1, column: 1 }],
    ["a header cell that is no code", "Date,US Dollar,\n", { line: 1, column: 6 }],
    ["a currency twice", "Date,USD,USD,\n", { line: 1, column: 10 }],
    ["the euro as a currency", "Date,EUR,\n2024-01-02,1,\n", { line: 1, column: 6 }],
    ["an empty file", "", { line: 1, column: 1 }],
  ];
  refusesFiles("io.readEcbCsv", (text) => io.readEcbCsv(text), cases);

  it("says where, what was expected and what was received in its message", () => {
    expect(thrown(() => io.readEcbCsv("Date,USD,\n2024-01-02,1.1x,\n"))).toMatchObject({
      message:
        'io.readEcbCsv: line 2, column 12 (USD) must be a positive decimal number written with a dot (1.0813), got "1.1x"',
      details: {
        path: "line 2, column 12 (USD)",
        expected: "a positive decimal number written with a dot (1.0813)",
        received: "1.1x",
      },
    });
  });

  it("collects the bad rows and values with errors: collect, keeping the good ones", () => {
    const text = "Date,USD,JPY,\n2024-01-03,1.1,x,\n2024-13-01,1.2,160,\n2024-01-02,1.3,161,\n2024-01-01,1.4\n";
    const report = io.readEcbCsv(text, { errors: "collect" });
    expect(listedRates(report.table)).toEqual([
      "EUR/USD 2024-01-03 1.1 (spot, ECB)",
      "EUR/USD 2024-01-02 1.3 (spot, ECB)",
      "EUR/JPY 2024-01-02 161 (spot, ECB)",
    ]);
    expect(report.errors.map((e) => [e.code, e.details?.line, e.details?.column])).toEqual([
      ["INVALID_TEXT", 2, 16],
      ["INVALID_TEXT", 3, 1],
      ["INVALID_TEXT", 5, 16],
    ]);
    expect(Object.isFrozen(report) && Object.isFrozen(report.errors)).toBe(true);
  });

  it("throws on a broken structure even with errors: collect", () => {
    expect(code(() => io.readEcbCsv('Date,USD,\n2024-01-02,"1.1,\n', { errors: "collect" }))).toBe("INVALID_TEXT");
    expect(code(() => io.readEcbCsv("Day,USD,\n", { errors: "collect" }))).toBe("INVALID_TEXT");
  });
});

describe("io.readEcbCsv: options and input", () => {
  it("types its result by input and options: a table, a report with errors: collect, a Promise for a stream", async () => {
    expectTypeOf(io.readEcbCsv(hist)).toEqualTypeOf<RateTable>();
    expectTypeOf(io.readEcbCsv(hist, { only: ["USD"] })).toEqualTypeOf<RateTable>();
    expectTypeOf(io.readEcbCsv(hist, { errors: "throw" })).toEqualTypeOf<RateTable>();
    expectTypeOf(io.readEcbCsv(hist, { errors: "collect" })).toEqualTypeOf<ReadReport>();
    const streamed = io.readEcbCsv(byteChunks(hist, 1000), { errors: "collect" });
    expectTypeOf(streamed).toEqualTypeOf<Promise<ReadReport>>();
    expect((await streamed).errors).toEqual([]);
  });

  it("refuses unknown options, naming the nearest", () => {
    expect(thrown(() => io.readEcbCsv(hist, { onl: ["USD"] } as never))).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: { function: "io.readEcbCsv", path: "options.onl", suggestion: "only" },
    });
    expect(code(() => io.readEcbCsv(hist, { kind: "average" } as never))).toBe("UNKNOWN_OPTION");
  });

  it("refuses invalid option values", () => {
    expect(code(() => io.readEcbCsv(hist, { errors: "ignore" } as never))).toBe("INVALID_INPUT");
    expect(code(() => io.readEcbCsv(hist, { source: "" }))).toBe("INVALID_INPUT");
    expect(code(() => io.readEcbCsv(hist, { only: [] }))).toBe("INVALID_INPUT");
    expect(code(() => io.readEcbCsv(hist, { only: ["usd"] }))).toBe("INVALID_INPUT");
  });

  it("refuses option values of the wrong type with INVALID_TYPE", () => {
    expectRefusal(() => io.readEcbCsv(hist, { only: "USD" } as never), "INVALID_TYPE", "io.readEcbCsv: options.only", {
      received: "USD",
    });
    expectRefusal(() => io.readEcbCsv(hist, { only: [840] } as never), "INVALID_TYPE", "io.readEcbCsv: options.only");
    expectRefusal(() => io.readEcbCsv(hist, { source: 5 } as never), "INVALID_TYPE", "io.readEcbCsv: options.source", {
      received: 5,
    });
    expectRefusal(
      () => io.readEcbCsv(hist, { errors: true } as never),
      "INVALID_TYPE",
      "io.readEcbCsv: options.errors",
      {
        received: true,
      },
    );
    expect(code(() => io.readEcbCsv(hist, { pivot: "XYZ" }))).toBe("UNKNOWN_CURRENCY");
    expect(code(() => io.readEcbCsv(hist, { currencies: "CYP" } as never))).toBe("INVALID_TYPE");
  });

  it("refuses an input that is neither text nor a stream", () => {
    for (const input of [null, 1, new Uint8Array(2), ["Date,USD,"], {}]) {
      expect(thrown(() => io.readEcbCsv(input as never))).toMatchObject({
        code: "INVALID_TYPE",
        details: { path: "input" },
      });
    }
  });

  it("reads a stream of byte chunks (split inside characters and lines) as it reads the text", async () => {
    const text = `${hist.slice(0, 40)}${hist.slice(40)}`;
    for (const size of [1, 7, 64, 100_000]) {
      const t = await io.readEcbCsv(byteChunks(text, size));
      expect(listedRates(t)).toEqual(listedRates(io.readEcbCsv(text)));
    }
    const crlf = fixture("rates/eurofxref-hist-bom-crlf.csv");
    expect(listedRates(await io.readEcbCsv(byteChunks(crlf, 5)))).toEqual(listedRates(io.readEcbCsv(hist)));
  });

  it("reads a stream of string chunks, and a web ReadableStream", async () => {
    async function* strings(): AsyncGenerator<string> {
      await Promise.resolve();
      yield "\uFEFFDate,USD,\n2024-01-0";
      yield "2,1.1,\n";
    }
    expect(listedRates(await io.readEcbCsv(strings()))).toEqual(["EUR/USD 2024-01-02 1.1 (spot, ECB)"]);
    const web = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("Date,USD,\n2024-01-02,"));
        controller.enqueue(new TextEncoder().encode("1.1,\n"));
        controller.close();
      },
    });
    expect(listedRates(await io.readEcbCsv(web as unknown as AsyncIterable<Uint8Array>))).toEqual([
      "EUR/USD 2024-01-02 1.1 (spot, ECB)",
    ]);
  });

  it("rejects the promise of a stream with the same errors, and refuses chunks that are not text", async () => {
    expect(await rejected(io.readEcbCsv(byteChunks("Date,USD,\n2024-01-02,x,\n", 4)))).toMatchObject({
      code: "INVALID_TEXT",
      details: { line: 2, column: 12 },
    });
    async function* numbers(): AsyncGenerator<number> {
      await Promise.resolve();
      yield 42;
    }
    expect(await rejected(io.readEcbCsv(numbers() as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { path: "input (chunk 0)" },
    });
    async function* latin1(): AsyncGenerator<Uint8Array> {
      await Promise.resolve();
      yield new Uint8Array([0x44, 0xe9, 0x74, 0x65]);
    }
    expect(await rejected(io.readEcbCsv(latin1()))).toMatchObject({ code: "INVALID_TEXT" });
  });
});

describe("io.readEcbXml", () => {
  it("reads the daily XML: one day, every currency", () => {
    const t = io.readEcbXml(fixture("rates/eurofxref-daily.xml"));
    expect(t.rates).toHaveLength(30);
    expect(t.pivot.code).toBe("EUR");
    expect(listedRates(t)[0]).toBe("EUR/USD 2024-06-28 1.0705 (spot, ECB)");
    expect(listedRates(t)[6]).toBe("EUR/HUF 2024-06-28 395.1 (spot, ECB)");
  });

  it("reads the historical XML with its many dated Cubes as the CSV of the same days", () => {
    const xml = io.readEcbXml(fixture("rates/eurofxref-hist.xml"));
    const csv = io.readEcbCsv(hist);
    expect(listedRates(xml)).toEqual(listedRates(csv).slice(0, 90));
  });

  it("reads a stream of byte chunks", async () => {
    const text = fixture("rates/eurofxref-hist.xml");
    for (const size of [1, 13, 4096]) {
      expect(listedRates(await io.readEcbXml(byteChunks(text, size)))).toEqual(listedRates(io.readEcbXml(text)));
    }
  });

  it("takes only, source, pivot and double-quoted attributes", () => {
    const text =
      '<gesmes:Envelope><Cube><Cube time="2024-01-02"><Cube currency="USD" rate="1.1"/><Cube currency="JPY" rate="160"/></Cube></Cube></gesmes:Envelope>';
    expect(listedRates(io.readEcbXml(text, { only: ["JPY"], source: "BCE", pivot: "JPY" }))).toEqual([
      "EUR/JPY 2024-01-02 160 (spot, BCE)",
    ]);
  });

  const envelope = (cubes: string): string =>
    `<?xml version="1.0"?>\n<gesmes:Envelope>\n<Cube>\n${cubes}\n</Cube>\n</gesmes:Envelope>\n`;
  const cases: [string, string, Record<string, unknown>][] = [
    [
      "a bad rate",
      envelope("<Cube time='2024-01-02'>\n  <Cube currency='USD' rate='1,1'/>\n</Cube>"),
      { line: 5, column: 3, field: "rate", received: "1,1" },
    ],
    ["a bad time", envelope("<Cube time='2024-1-2'>\n</Cube>"), { line: 4, column: 1, field: "time" }],
    [
      "a day read twice",
      envelope("<Cube time='2024-01-02'></Cube>\n<Cube time='2024-01-02'></Cube>"),
      { line: 5, column: 1, field: "time" },
    ],
    [
      "a currency twice in a day",
      envelope("<Cube time='2024-01-02'><Cube currency='USD' rate='1'/><Cube currency='USD' rate='2'/></Cube>"),
      { line: 4, column: 56 },
    ],
    [
      "an unknown currency",
      envelope("<Cube time='2024-01-02'><Cube currency='CYP' rate='0.58'/></Cube>"),
      { line: 4, column: 25, field: "currency", received: "CYP" },
    ],
    ["a rate outside a day", envelope("<Cube currency='USD' rate='1.1'/>"), { line: 4, column: 1 }],
    ["an unknown attribute", envelope("<Cube day='2024-01-02'></Cube>"), { line: 4, column: 1 }],
  ];
  refusesFiles("io.readEcbXml", (text) => io.readEcbXml(text), cases);

  const broken: [string, string, Record<string, unknown>][] = [
    [
      "an element closed by another",
      "<gesmes:Envelope>\n<Cube>\n</Cub>\n</gesmes:Envelope>",
      { line: 3, column: 1, received: "</Cub>" },
    ],
    ["an element never closed", "<gesmes:Envelope>\n<Cube>\n", { line: 3, column: 1 }],
    ["an unclosed tag", "<gesmes:Envelope>\n<Cube time='2024", { line: 2, column: 1 }],
    ["another root", "<html><body/></html>", { line: 1, column: 1, received: "<html>" }],
    ["a CSV file", "Date,USD,\n2024-01-02,1.1,\n", { line: 1, column: 1 }],
    ["nested days", "<gesmes:Envelope><Cube time='2024-01-02'><Cube time='2024-01-03'>", { line: 1, column: 42 }],
  ];
  for (const [what, text, details] of broken) {
    it(`refuses ${what}, even with errors: collect`, () => {
      expect(thrown(() => io.readEcbXml(text, { errors: "collect" }))).toMatchObject({ code: "INVALID_TEXT", details });
    });
  }

  it("collects bad values with errors: collect, and refuses an unknown currency once", () => {
    const text = envelope(
      "<Cube time='2024-01-03'><Cube currency='USD' rate='x'/><Cube currency='CYP' rate='1'/></Cube>\n" +
        "<Cube time='2024-01-02'><Cube currency='USD' rate='1.1'/><Cube currency='CYP' rate='1'/></Cube>",
    );
    const report = io.readEcbXml(text, { errors: "collect" });
    expect(listedRates(report.table)).toEqual(["EUR/USD 2024-01-02 1.1 (spot, ECB)"]);
    expect(report.errors.map((e) => [e.details?.line, e.details?.field])).toEqual([
      [4, "rate"],
      [4, "currency"],
    ]);
  });

  it("skips comments, the declaration and a DOCTYPE", () => {
    const text =
      "<?xml version=\"1.0\"?><!DOCTYPE x><!-- a <Cube> in a comment --><gesmes:Envelope><Cube><Cube time='2024-01-02'><Cube currency='USD' rate='1.1'/></Cube></Cube></gesmes:Envelope>";
    expect(listedRates(io.readEcbXml(text))).toEqual(["EUR/USD 2024-01-02 1.1 (spot, ECB)"]);
  });
});
