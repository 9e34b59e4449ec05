import { afterEach, describe, expect, it } from "vitest";
import * as period from "../../src/period/index.js";
import { code, thrown } from "../support.js";

const p = period.parse;
const SAMPLES = [
  "2021-Q1/2021-Q3",
  "2024-S1",
  "2021-Q3",
  "2021-09",
  "2021-W47",
  "2021-11-27",
  "2021",
  "2020-Q3/2021-Q2",
  "2021-01/2021-09",
  "2021-03/2021-09",
  "2021-11-01",
];

describe("period.format with a locale", () => {
  it.each<[string, string[]]>([
    [
      "en-US",
      [
        "first three quarters of 2021",
        "H1 2024",
        "Q3 2021",
        "September 2021",
        "week 47 of 2021",
        "November 27, 2021",
        "2021",
        "Q3 2020 – Q2 2021",
        "first nine months of 2021",
        "March 2021 – September 2021",
        "November 1, 2021",
      ],
    ],
    [
      "en-GB",
      [
        "first three quarters of 2021",
        "H1 2024",
        "Q3 2021",
        "September 2021",
        "week 47 of 2021",
        "27 November 2021",
        "2021",
        "Q3 2020 – Q2 2021",
        "first nine months of 2021",
        "March 2021 – September 2021",
        "1 November 2021",
      ],
    ],
    [
      "it-IT",
      [
        "primi tre trimestri del 2021",
        "primo semestre 2024",
        "terzo trimestre 2021",
        "settembre 2021",
        "settimana 47 del 2021",
        "27 novembre 2021",
        "2021",
        "terzo trimestre 2020 – secondo trimestre 2021",
        "primi nove mesi del 2021",
        "marzo 2021 – settembre 2021",
        "1 novembre 2021",
      ],
    ],
    [
      "zh-CN",
      [
        "2021年前三季度",
        "2024年上半年",
        "2021年第三季度",
        "2021年9月",
        "2021年第47周",
        "2021年11月27日",
        "2021年",
        "2020年第三季度至2021年第二季度",
        "2021年1—9月",
        "2021年3—9月",
        "2021年11月1日",
      ],
    ],
    [
      "de-DE",
      [
        "erste drei Quartale 2021",
        "1. Halbjahr 2024",
        "3. Quartal 2021",
        "September 2021",
        "KW 47 2021",
        "27. November 2021",
        "2021",
        "3. Quartal 2020 – 2. Quartal 2021",
        "erste neun Monate 2021",
        "März 2021 – September 2021",
        "1. November 2021",
      ],
    ],
    [
      "fr-FR",
      [
        "trois premiers trimestres de 2021",
        "premier semestre 2024",
        "troisième trimestre 2021",
        "septembre 2021",
        "semaine 47 de 2021",
        "27 novembre 2021",
        "2021",
        "troisième trimestre 2020 – deuxième trimestre 2021",
        "neuf premiers mois de 2021",
        "mars 2021 – septembre 2021",
        "1er novembre 2021",
      ],
    ],
    [
      "es-ES",
      [
        "primeros tres trimestres de 2021",
        "primer semestre de 2024",
        "tercer trimestre de 2021",
        "septiembre de 2021",
        "semana 47 de 2021",
        "27 de noviembre de 2021",
        "2021",
        "tercer trimestre de 2020 – segundo trimestre de 2021",
        "primeros nueve meses de 2021",
        "marzo de 2021 – septiembre de 2021",
        "1 de noviembre de 2021",
      ],
    ],
  ])("%s", (locale, expected) => {
    expect(SAMPLES.map((s) => period.format(p(s), { locale }))).toEqual(expected);
    // and each reads back as the same period
    expect(expected.map((text) => period.format(p(text, { locale })))).toEqual(SAMPLES);
  });

  it("uses the language of the locale (en is written as en-US, it-CH as it)", () => {
    expect(period.format(p("2021-11-27"), { locale: "en" })).toBe("November 27, 2021");
    expect(period.format(p("2021-Q1/2021-Q3"), { locale: "it-CH" })).toBe("primi tre trimestri del 2021");
    expect(period.format(p("2021-Q1/2021-Q3"), { locale: "zh-TW" })).toBe("2021年前三季度");
  });

  it("writes the canonical text without a locale, or with locale undefined", () => {
    expect(period.format(p("2021-Q1/2021-Q3"))).toBe("2021-Q1/2021-Q3");
    expect(period.format(p("2021-Q1/2021-Q3"), {})).toBe("2021-Q1/2021-Q3");
    expect(period.format(p("2021-Q1/2021-Q3"), { locale: undefined } as never)).toBe("2021-Q1/2021-Q3");
  });

  it("a range of one quarter or month is not the period itself", () => {
    expect(period.format(p("2021-Q1/2021-Q1"), { locale: "en" })).toBe("Q1 2021 – Q1 2021");
    expect(period.format(p("2021-01/2021-01"), { locale: "zh" })).toBe("2021年1—1月");
    expect(period.format(p("2021-S1/2021-S2"), { locale: "en" })).toBe("H1 2021 – H2 2021");
  });

  it("refuses a locale of another language, or no locale at all, with INVALID_VALUE", () => {
    expect(thrown(() => period.format(p("2021"), { locale: "ja-JP" }))).toMatchObject({
      code: "INVALID_VALUE",
      details: { function: "period.format", path: "options.locale", received: "ja-JP" },
    });
    expect(code(() => period.format(p("2021"), { locale: "not a locale" }))).toBe("INVALID_VALUE");
    expect(code(() => period.format(p("2021"), { locale: 5 } as never))).toBe("INVALID_VALUE");
  });
});

describe("period.parse with a locale", () => {
  it.each<[string, string, string]>([
    ["it", "primi tre trimestri 2021", "2021-Q1/2021-Q3"],
    ["it", "primi tre trimestri del 2021", "2021-Q1/2021-Q3"],
    ["it", "nei primi nove mesi dell'anno 2021", "2021-01/2021-09"],
    ["zh", "2021年前三季度", "2021-Q1/2021-Q3"],
    ["en", "first three quarters of 2021", "2021-Q1/2021-Q3"],
    ["en", "First 3 quarters of 2021", "2021-Q1/2021-Q3"],
    ["en", "1H 2024", "2024-S1"],
    ["en", "H1 2024", "2024-S1"],
    ["en", "first half of 2024", "2024-S1"],
    ["it", "primo semestre 2024", "2024-S1"],
    ["en", "Q3 2021", "2021-Q3"],
    ["en", "2021 Q3", "2021-Q3"],
    ["en", "3Q 2021", "2021-Q3"],
    ["en", "the third quarter of 2021.", "2021-Q3"],
    ["en", "3rd quarter 2021", "2021-Q3"],
    ["it", "terzo trimestre 2021", "2021-Q3"],
    ["it", "3° trimestre 2021", "2021-Q3"],
    ["it", "Q3 2021", "2021-Q3"],
    ["zh", "2021年第三季度", "2021-Q3"],
    ["zh", "2021年三季度", "2021-Q3"],
    ["zh", "2021年Q3", "2021-Q3"],
    ["en", "September 2021", "2021-09"],
    ["en", "Sep 2021", "2021-09"],
    ["it", "settembre 2021", "2021-09"],
    ["it", "set 2021", "2021-09"],
    ["zh", "2021年9月", "2021-09"],
    ["zh", "２０２１年９月份", "2021-09"],
    ["zh", "2021年前9个月", "2021-01/2021-09"],
    ["zh", "2021年1-9月", "2021-01/2021-09"],
    ["en", "9M 2021", "2021-01/2021-09"],
    ["en", "Q2–Q3 2021", "2021-Q2/2021-Q3"],
    ["en", "Q1-Q3 2021", "2021-Q1/2021-Q3"],
    ["en", "27th November 2021", "2021-11-27"],
    ["de", "3. Quartal 2021", "2021-Q3"],
    ["de", "im dritten Quartal 2021", "2021-Q3"],
    ["de", "in den ersten drei Quartalen 2021", "2021-Q1/2021-Q3"],
    ["de", "erstes Halbjahr 2024", "2024-S1"],
    ["de", "KW47 2021", "2021-W47"],
    ["de", "Maerz 2021 – September 2021".replace("Maerz", "März"), "2021-03/2021-09"],
    ["fr", "T3 2021", "2021-Q3"],
    ["fr", "3e trimestre 2021", "2021-Q3"],
    ["fr", "troisieme trimestre 2021", "2021-Q3"],
    ["fr", "les neuf premiers mois de 2021", "2021-01/2021-09"],
    ["fr", "S1 2024", "2024-S1"],
    ["es", "T3 2021", "2021-Q3"],
    ["es", "los tres primeros trimestres de 2021", "2021-Q1/2021-Q3"],
    ["es", "en el primer semestre del año 2024", "2024-S1"],
    ["en", "2021-Q1/2021-Q3", "2021-Q1/2021-Q3"],
    ["zh", "2021-W47", "2021-W47"],
    ["zh", "2021年九月", "2021-09"],
    ["zh", "2024年下半年", "2024-S2"],
    ["zh", "2021年第3季度", "2021-Q3"],
    ["zh", "2021年3Q", "2021-Q3"],
  ])("%s: %s", (locale, text, expected) => {
    expect(period.format(period.parse(text, { locale }))).toBe(expected);
  });

  it("reads a two-digit year only when strict is false, as 20xx", () => {
    for (const text of ["3Q21", "H1 '24", "1H24"]) {
      expect(thrown(() => period.parse(text, { locale: "en" }))).toMatchObject({
        code: "INVALID_TEXT",
        details: { function: "period.parse", path: "text", received: text, locale: "en", reason: "two-digit-year" },
      });
    }
    expect(period.format(period.parse("3Q21", { locale: "en", strict: false }))).toBe("2021-Q3");
    expect(period.format(period.parse("H1 '24", { locale: "en", strict: false }))).toBe("2024-S1");
    expect(period.format(period.parse("2021年", { locale: "zh", strict: true }))).toBe("2021");
    expect(code(() => period.parse("21年", { locale: "zh" }))).toBe("INVALID_TEXT");
    expect(period.format(period.parse("21年第三季度", { locale: "zh", strict: false }))).toBe("2021-Q3");
    expect(period.format(period.parse("Q3 '21", { locale: "zh", strict: false }))).toBe("2021-Q3");
  });

  it.each<[string, string, string]>([
    ["en", "Q3 2021 and Q4 2021", "unknown-word"],
    ["en", "Q3 2021 Q4 2021", "two-periods"],
    ["en", "Q3 2021 – Q4 2021 – Q1 2022", "two-periods"],
    ["en", "FY2023", "fiscal-year"],
    ["en", "fiscal 2023", "fiscal-year"],
    ["zh", "2023财年", "fiscal-year"],
    ["en", "Q3", "no-year"],
    ["en", "quarter 2021", "incomplete"],
    ["it", "primi trimestri 2021", "incomplete"],
    ["zh", "2021年前半年", "incomplete"],
    ["en", "third quarter September 2021", "incomplete"],
    ["en", "Q5 2021", "unknown-word"],
    ["en", "fifth quarter of 2021", "unknown-word"],
    ["it", "5° trimestre 2021", "impossible"],
    ["en", "November 31, 2021", "impossible"],
    ["en", "Q3 2021 – 2022", "impossible"],
    ["en", "Q3 2022 – Q1 2022", "impossible"],
    ["en", "", "empty"],
    ["en", "  ()  ", "empty"],
    ["zh", "2021年第三季度和第四季度", "unknown-word"],
  ])("%s: refuses %j with INVALID_TEXT (%s)", (locale, text, reason) => {
    expect(thrown(() => period.parse(text, { locale }))).toMatchObject({
      code: "INVALID_TEXT",
      details: { function: "period.parse", path: "text", received: text, locale, reason },
    });
  });

  // A word is read only when the whole word is one: digits, a label or an ordinal inside a longer
  // word are not a period ("20211" is no year, "xq1" no quarter).
  it.each([
    "20211",
    "a2021",
    "Q3 '211",
    "3rdx quarter 2021",
    "x3rd quarter 2021",
    "q12 2021",
    "xq1 2021",
    "1qx 2021",
    "x1q 2021",
    "1q211",
    "x1q21",
    "9mx 2021",
    "x9m 2021",
    "week475 2021",
    "1week47 2021",
  ])("en: refuses %j, a word with a period's word inside it, as an unknown word", (text) => {
    for (const strict of [true, false]) {
      expect(thrown(() => period.parse(text, { locale: "en", strict }))).toMatchObject({
        code: "INVALID_TEXT",
        details: { received: text, locale: "en", reason: "unknown-word" },
      });
    }
  });

  it.each([
    ["12m 2021", "2021-01/2021-12"],
    ["9m 2021", "2021-01/2021-09"],
    ["week47 2021", "2021-W47"],
    ["1q 2021", "2021-Q1"],
    ["q1 2021", "2021-Q1"],
  ])("en: reads %j, a word made of a unit and its number, as %s", (text, expected) => {
    expect(period.format(period.parse(text, { locale: "en" }))).toBe(expected);
  });

  it("names the locale used in the message", () => {
    const error = thrown(() => period.parse("Quartal 2021 bitte", { locale: "de-AT" }));
    expect(error).toMatchObject({ code: "INVALID_TEXT", details: { locale: "de-AT", reason: "unknown-word" } });
    expect((error as { message: string }).message).toContain("de-AT");
  });

  it("refuses text over 200 characters with TEXT_TOO_LONG, and reads 200", () => {
    const text = `${" ".repeat(193)}Q3 2021`;
    expect(text).toHaveLength(200);
    expect(period.format(period.parse(text, { locale: "en" }))).toBe("2021-Q3");
    expect(thrown(() => period.parse(` ${text}`, { locale: "en" }))).toMatchObject({
      code: "TEXT_TOO_LONG",
      details: { function: "period.parse", path: "text", length: 201 },
    });
  });

  it("keeps the SDMX notation and its refusals without a locale", () => {
    expect(code(() => period.parse("Q3 2021"))).toBe("INVALID_PERIOD");
    expect(code(() => period.parse("2021-Q5", { locale: "en" }))).toBe("INVALID_PERIOD");
  });
});

describe("closed options of period.format and period.parse", () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>)["locale"];
    delete (Object.prototype as Record<string, unknown>)["foo"];
  });

  const calls: [string, (options: unknown) => unknown, string[]][] = [
    ["period.format", (o) => period.format(p("2021"), o as never), ["locale"]],
    ["period.parse", (o) => period.parse("2021", o as never), ["locale", "strict"]],
  ];

  it.each(calls)("%s refuses an unknown key with UNKNOWN_OPTION naming it and the accepted keys", (fn, call, keys) => {
    expect(thrown(() => call({ foo: 1 }))).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: { function: fn, path: "options.foo", key: "foo", accepted: keys },
    });
    expect(thrown(() => call({ local: "it" }))).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: { function: fn, key: "local", suggestion: "locale" },
    });
  });

  it.each(calls)("%s refuses options that are not an object with INVALID_TYPE", (fn, call) => {
    for (const bad of [null, 5, "it", [1]]) {
      expect(thrown(() => call(bad))).toMatchObject({
        code: "INVALID_TYPE",
        details: { function: fn, path: "options" },
      });
    }
  });

  it.each(calls)("%s reads own keys only (a polluted Object.prototype changes nothing)", (_fn, call) => {
    (Object.prototype as Record<string, unknown>)["locale"] = "it-IT";
    (Object.prototype as Record<string, unknown>)["foo"] = 1;
    expect(call({})).toEqual(call(undefined));
    expect(period.format(p("2021-Q3"), {})).toBe("2021-Q3");
  });

  it("period.parse refuses a strict that is not a boolean", () => {
    expect(thrown(() => period.parse("2021", { locale: "en", strict: "yes" } as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "period.parse", path: "options.strict", received: "yes" },
    });
  });

  it("period.parse refuses text that is not a string with INVALID_TYPE", () => {
    expect(thrown(() => period.parse(2021 as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "period.parse", path: "text", received: 2021 },
    });
  });
});
