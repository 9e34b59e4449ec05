// The readers of article text read a value at the end of a sentence: one final punctuation mark
// (. , ; : 。 ， ； ：) and the spaces around it are not read, in growth.parse, figure.parse,
// money.parse and money.parseReported, and period.parse with a locale.
import { describe, expect, it } from "vitest";
import { figure, growth, money, period } from "../src/index.js";
import { interval, thrown } from "./support.js";

const ENDS = [".", ",", ";", ":", "。", "，", "；", "：", " .", ". ", " 。 "];

const rate = (text: string, options?: growth.GrowthParseOptions): string => {
  const r = growth.parse(text, options);
  return r.kind === "growthRate" ? `${growth.format(r)} ${interval(r.fraction)}` : `points ${growth.format(r)}`;
};

describe("a value at the end of a sentence", () => {
  it.each(ENDS)("growth.parse reads a rate followed by %j", (end) => {
    expect(rate(`up 38.8% year on year${end}`)).toBe("+38.8% [0.3875, 0.3885)");
    expect(rate(`实际增长5.2%${end}`)).toBe("+5.2% (real) [0.0515, 0.0525)");
    expect(rate(`in calo del 2,1%${end}`)).toBe("-2.1% [-0.0215, -0.0205)");
    expect(rate(`-2.1 pp${end}`)).toBe("points -2.1 pp");
  });

  it.each(ENDS)("figure.parse reads a figure followed by %j", (end) => {
    expect(interval(figure.parse(`193,48 miliardi${end}`, { locale: "it-IT" }))).toBe("[193475000000, 193485000000)");
    expect(interval(figure.parse(`1934.8亿${end}`))).toBe("[193475000000, 193485000000)");
    expect(interval(figure.parse(`38.8${end}`))).toBe("[38.75, 38.85)");
  });

  it.each(ENDS)("money.parse and money.parseReported read an amount followed by %j", (end) => {
    expect(money.toString(money.parse(`$30.26 billion${end}`))).toBe("30260000000 USD");
    expect(money.toString(money.parse(`1934.8亿元${end}`))).toBe("193480000000 CNY");
    expect(money.toString(money.parse(`193,48 miliardi di yuan${end}`, { locale: "it-IT" }))).toBe("193480000000 CNY");
    const reported = money.parseReported(`1.234,5 Mio. €${end}`, { locale: "de-DE" });
    expect(money.toString(reported.money)).toBe("1234500000 EUR");
    expect(interval(reported.figure)).toBe("[1234450000, 1234550000)");
  });

  it.each(ENDS)("period.parse with a locale reads a period followed by %j", (end) => {
    expect(period.format(period.parse(`2024年上半年${end}`, { locale: "zh-CN" }))).toBe("2024-S1");
    expect(period.format(period.parse(`first nine months of 2021${end}`, { locale: "en" }))).toBe("2021-01/2021-09");
    expect(period.format(period.parse(`2024-Q1${end}`, { locale: "it" }))).toBe("2024-Q1");
  });

  it("a word that ends with a point keeps it: the text as written is read first", () => {
    expect(rate("-2.1 p.p.")).toBe("points -2.1 pp");
    expect(rate("-2.1 pp.")).toBe("points -2.1 pp");
    expect(interval(figure.parse("5 Mio.", { locale: "de-DE" }))).toBe("[4500000, 5500000)");
    expect(interval(figure.parse("5 Mio..", { locale: "de-DE" }))).toBe("[4500000, 5500000)");
  });

  it("one mark only: two are refused, and so is a mark alone", () => {
    expect(thrown(() => growth.parse("5%.."))).toMatchObject({
      code: "INVALID_TEXT",
      details: { function: "growth.parse", path: "text" },
    });
    expect(thrown(() => growth.parse("5%;."))).toMatchObject({ code: "INVALID_TEXT" });
    expect(thrown(() => growth.parse("."))).toMatchObject({ code: "INVALID_TEXT", details: { received: "." } });
    expect(thrown(() => figure.parse("38.8;;"))).toMatchObject({ code: "INVALID_TEXT" });
    expect(thrown(() => figure.parse("。"))).toMatchObject({ code: "INVALID_TEXT", details: { received: "。" } });
    expect(thrown(() => money.parse("$5.;"))).toMatchObject({ code: "INVALID_TEXT" });
    expect(thrown(() => money.parse("。"))).toMatchObject({ code: "INVALID_TEXT" });
  });

  it("strict mode refuses what it refused: the mark does not hide an ambiguous number", () => {
    expect(thrown(() => figure.parse("1,234.", { strict: true }))).toMatchObject({
      code: "INVALID_TEXT",
      details: { function: "figure.parse", path: "text" },
    });
    expect(thrown(() => figure.parse("1,234;", { strict: true }))).toMatchObject({ code: "INVALID_TEXT" });
    expect(interval(figure.parse("1,234.", { strict: true, locale: "en-US" }))).toBe("[1233.5, 1234.5)");
    expect(thrown(() => growth.parse("1,234%.", { strict: true }))).toMatchObject({ code: "INVALID_TEXT" });
    expect(thrown(() => growth.parse("38.8.", { strict: true }))).toMatchObject({
      code: "INVALID_TEXT",
      details: { problem: "a number without % or percentage points, in strict mode" },
    });
    expect(thrown(() => money.parse("1,234 USD.", { strict: true }))).toMatchObject({
      code: "INVALID_TEXT",
      details: { function: "money.parse" },
    });
    expect(thrown(() => period.parse("3Q21.", { locale: "en" }))).toMatchObject({ code: "INVALID_TEXT" });
  });

  it("when the rest is refused too, its refusal says why", () => {
    expect(thrown(() => growth.parse("rose to 5%."))).toMatchObject({
      code: "INVALID_TEXT",
      details: { problem: 'unexpected "to": not a known word' },
    });
    expect(thrown(() => money.parse("USD 5.", { currency: "EUR" }))).toMatchObject({ code: "CURRENCY_MISMATCH" });
  });

  it("the length limit counts the mark: text too long is refused before it is read", () => {
    expect(growth.parse(`${"1".repeat(197)}%.`).kind).toBe("growthRate");
    expect(thrown(() => growth.parse(`${"1".repeat(199)}%.`))).toMatchObject({ code: "TEXT_TOO_LONG" });
    expect(thrown(() => figure.parse(`${"1".repeat(200)}.`))).toMatchObject({ code: "TEXT_TOO_LONG" });
  });

  it("period.parse without a locale reads SDMX notation only, as written", () => {
    expect(thrown(() => period.parse("2024-Q1."))).toMatchObject({ code: "INVALID_PERIOD" });
  });
});
