// growth.parse: the languages, units, directions and year-on-year words it reads, and what it refuses.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { figure, growth } from "../../src/index.js";
import type { GrowthRate, PercentagePoints } from "../../src/growth/types.js";
import { interval, thrown } from "../support.js";

const pct = (text: string, options?: growth.GrowthParseOptions): string => {
  const r = growth.parse(text, options);
  return r.kind === "growthRate" ? `${growth.format(r)} ${interval(r.fraction)}` : `points ${growth.format(r)}`;
};

describe("growth.parse reads growth as articles write it", () => {
  it.each([
    ["+38,8%", "+38.8% [0.3875, 0.3885)"],
    ["in crescita del 38,8%", "+38.8% [0.3875, 0.3885)"],
    ["增长38.8%", "+38.8% [0.3875, 0.3885)"],
    ["同比增长38.8%", "+38.8% [0.3875, 0.3885)"],
    ["up 38.8% year on year", "+38.8% [0.3875, 0.3885)"],
    ["up 38.8% yoy", "+38.8% [0.3875, 0.3885)"],
    ["Zuwachs von 38,8 %", "+38.8% [0.3875, 0.3885)"],
    ["en hausse de 38,8 %", "+38.8% [0.3875, 0.3885)"],
    ["un aumento del 38,8%", "+38.8% [0.3875, 0.3885)"],
    ["+38,8% su base annua", "+38.8% [0.3875, 0.3885)"],
    ["38.8 per cent", "+38.8% [0.3875, 0.3885)"],
    ["38.80%", "+38.80% [0.38795, 0.38805)"],
    ["38,8\u00a0%", "+38.8% [0.3875, 0.3885)"],
    ["38,8\u202f%", "+38.8% [0.3875, 0.3885)"],
    ["增长38.8％", "+38.8% [0.3875, 0.3885)"],
    ["下降2.1%", "-2.1% [-0.0215, -0.0205)"],
    ["down 2.1%", "-2.1% [-0.0215, -0.0205)"],
    ["\u22122.1%", "-2.1% [-0.0215, -0.0205)"],
    ["in calo del 2,1%", "-2.1% [-0.0215, -0.0205)"],
    ["in calo del -2,1%", "-2.1% [-0.0215, -0.0205)"],
    ["una caída del 2,1% interanual", "-2.1% [-0.0215, -0.0205)"],
    ["Rückgang um 2,1 % gegenüber dem Vorjahr", "-2.1% [-0.0215, -0.0205)"],
    ["en baisse de 2,1 % sur un an", "-2.1% [-0.0215, -0.0205)"],
    ["growth of -2.1%", "-2.1% [-0.0215, -0.0205)"],
    ["0%", "0% [-0.005, 0.005)"],
  ])("%s", (text, expected) => {
    expect(pct(text)).toBe(expected);
  });

  it.each([
    ["-2.1 pp", "points -2.1 pp"],
    ["+0.72 percentage points", "points +0.72 pp"],
    ["+0,7 punti percentuali", "points +0.7 pp"],
    ["下降0.5个百分点", "points -0.5 pp"],
    ["ein Minus von 1,5 Prozentpunkten", "points -1.5 pp"],
    ["en hausse de 0,3 point de pourcentage", "points +0.3 pp"],
    ["una caída de 1,2 puntos porcentuales", "points -1.2 pp"],
  ])("%s", (text, expected) => {
    expect(pct(text)).toBe(expected);
  });

  it("percentage points are the type growth.pointChange returns, a rate the type growth.fromPercent returns", () => {
    const points: PercentagePoints = growth.parse("+0.72 pp") as PercentagePoints;
    const change = growth.pointChange(growth.fromPercent("95.14"), growth.fromPercent("94.42"));
    expect(Object.getPrototypeOf(points)).toBe(Object.getPrototypeOf(change));
    const rate = growth.parse("38.8%") as GrowthRate;
    expect(Object.getPrototypeOf(rate)).toBe(Object.getPrototypeOf(growth.fromPercent("38.8")));
    expect(rate).toEqual(growth.fromPercent("38.8"));
    expect(Object.isFrozen(rate)).toBe(true);
  });

  it("the options: locale decides the separators, basis and rounding are kept", () => {
    expect(pct("1.234,5%", { locale: "de-DE" })).toBe("+1234.5% [12.3445, 12.3455)");
    expect(pct("1,234.5%", { locale: "en-US" })).toBe("+1234.5% [12.3445, 12.3455)");
    const r = growth.parse("38.8%", { basis: "nominal", rounding: "down" }) as GrowthRate;
    expect(r.basis).toBe("nominal");
    expect(interval(r.fraction)).toBe("[0.388, 0.389)");
  });

  it("the words decide the separators when no locale is given", () => {
    expect(pct("in crescita del 1.234%")).toBe("+1234% [12.335, 12.345)");
    expect(pct("up 1,234%")).toBe("+1234% [12.335, 12.345)");
    expect(pct("1.5%")).toBe("+1.5% [0.0145, 0.0155)");
    expect(pct("1,5%")).toBe("+1.5% [0.0145, 0.0155)");
    expect(pct("1.234,5%")).toBe("+1234.5% [12.3445, 12.3455)");
  });
});

describe("growth.parse reads the price basis the text says", () => {
  const basisOf = (text: string, options?: growth.GrowthParseOptions): string => {
    const r = growth.parse(text, options);
    return r.kind === "growthRate" ? `${r.basis} ${growth.format(r, { showBasis: false })}` : "points";
  };

  it.each([
    ["实际增长5.2%", "real +5.2%"],
    ["名义增长8.1%", "nominal +8.1%"],
    ["同比实际增长5.2%", "real +5.2%"],
    ["real growth of 2.5%", "real +2.5%"],
    ["up 2.5% in real terms", "real +2.5%"],
    ["up 2.5% at constant prices", "real +2.5%"],
    ["nominal growth of 4%", "nominal +4%"],
    ["up 4% in nominal terms year on year", "nominal +4%"],
    ["in crescita dello 0,7% in termini reali", "real +0.7%"],
    ["+0,7% a prezzi costanti", "real +0.7%"],
    ["crescita nominale del 3,1%", "nominal +3.1%"],
    ["Anstieg um 1,5 % preisbereinigt", "real +1.5%"],
    ["nominal ein Plus von 3,2 %", "nominal +3.2%"],
    ["en hausse de 0,3 % en volume", "real +0.3%"],
    ["en hausse de 0,3 % en termes réels", "real +0.3%"],
    ["en hausse de 2,3 % en valeur", "nominal +2.3%"],
    ["croissance réelle de 1,1 %", "real +1.1%"],
    ["un crecimiento del 2,5% en términos reales", "real +2.5%"],
    ["crecimiento real del 2,5%", "real +2.5%"],
    ["crecimiento nominal del 4,5%", "nominal +4.5%"],
    ["up 2.5%", "unspecified +2.5%"],
  ])("%s", (text, expected) => {
    expect(basisOf(text)).toBe(expected);
  });

  it("the words decide no language when several write them alike (real, nominal)", () => {
    expect(basisOf("real 1.234%")).toBe("real +1.234%");
    expect(basisOf("crecimiento real del 1.234%")).toBe("real +1234%");
  });

  it("options.basis is the basis when the text says none, and must agree when it says one", () => {
    expect(basisOf("up 2.5%", { basis: "real" })).toBe("real +2.5%");
    expect(basisOf("实际增长5.2%", { basis: "real" })).toBe("real +5.2%");
    expect(basisOf("实际增长5.2%", { basis: "unspecified" })).toBe("real +5.2%");
    expect(thrown(() => growth.parse("实际增长5.2%", { basis: "nominal" }))).toMatchObject({
      code: "INVALID_TEXT",
      details: {
        function: "growth.parse",
        path: "text",
        problem: 'the text says "实际" (real), options.basis says nominal',
      },
    });
  });

  it("the same basis twice is read; percentage points read the words and keep no basis", () => {
    expect(basisOf("real growth of 2.5% in real terms")).toBe("real +2.5%");
    expect(growth.format(growth.parse("实际下降0.5个百分点"))).toBe("-0.5 pp");
  });
});

describe("growth.parse refuses", () => {
  it.each([
    ["", "no number"],
    ["up", "no number"],
    ["1.5% 2%", "more than one number"],
    ["rose to 5%", 'unexpected "to": not a known word'],
    ["supply 5%", 'unexpected "supply": not a known word'],
    ["%5", '"%" is not right after the number'],
    ["5% pp", '"pp" is not right after the number'],
    ["up down 5%", "two words of direction (up, down)"],
    ["down +2.1%", 'the sign + contradicts "down"'],
    ["in crescita del -2,1%", 'the sign - contradicts "in crescita"'],
    ["yoy 5% year on year", "two year-on-year words (yoy, year on year)"],
    ["up 38,8%", 'the number "38,8" is not written as in en-US'],
    ["real growth of 5% in nominal terms", "both a real and a nominal basis (real, in nominal terms)"],
    ["实际增长5%名义", "both a real and a nominal basis (实际, 名义)"],
  ])("%s: %s", (text, problem) => {
    expect(thrown(() => growth.parse(text))).toMatchObject({
      code: "INVALID_TEXT",
      details: { function: "growth.parse", path: "text", received: text, problem },
    });
  });

  it.each([
    ["环比增长3%", "环比"],
    ["up 3% month on month", "month on month"],
    ["up 3% month-on-month", "month-on-month"],
    ["+0.8% quarter on quarter", "quarter on quarter"],
    ["+0.8% q/q", "q/q"],
    ["-0.2% m/m", "m/m"],
    ["+0.8% qoq", "qoq"],
    ["+0,3% rispetto al mese precedente", "rispetto al mese precedente"],
    ["+0,3% su base trimestrale", "su base trimestrale"],
    ["ein Plus von 0,3 % gegenüber dem Vormonat", "gegenüber dem vormonat"],
    ["en hausse de 0,3 % sur un trimestre", "sur un trimestre"],
    ["un aumento del 0,3% intertrimestral", "intertrimestral"],
    ["环比下降0.5个百分点", "环比"],
  ])("%s: not year on year, refused with a problem that says so", (text, word) => {
    const error = thrown(() => growth.parse(text)) as { code: string; details: { problem: string } };
    expect(error).toMatchObject({ code: "INVALID_TEXT", details: { function: "growth.parse", path: "text" } });
    expect(
      error.details.problem.startsWith(`${JSON.stringify(word)} compares with the previous month or quarter`),
    ).toBe(true);
    expect(error.details.problem).toContain("record no comparison span");
  });

  it("year-on-year words are read: y/y, yoy, su base annua, gegenüber dem Vorjahr, sur un an, interanual", () => {
    for (const text of [
      "+3% y/y",
      "+3% yoy",
      "+3% su base annua",
      "+3 % gegenüber dem Vorjahr",
      "+3 % sur un an",
      "+3% interanual",
    ])
      expect(pct(text)).toBe("+3% [0.025, 0.035)");
  });

  it("in strict mode, what the default mode reads by a convention", () => {
    expect(thrown(() => growth.parse("up 38.8", { strict: true }))).toMatchObject({
      code: "INVALID_TEXT",
      details: { problem: "a number without % or percentage points, in strict mode", locale: "en-US" },
    });
    expect(thrown(() => growth.parse("1.234%", { strict: true }))).toMatchObject({
      code: "INVALID_TEXT",
      details: { locale: "en-US" },
    });
    expect(pct("1.234%")).toBe("+1.234% [0.012335, 0.012345)");
    expect(pct("in calo del 1.234%", { strict: true })).toBe("-1234% [-12.345, -12.335)");
  });

  it("wrong types, unknown options, long text", () => {
    expect(thrown(() => growth.parse(38.8 as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { function: "growth.parse", path: "text", received: 38.8 },
    });
    expect(thrown(() => growth.parse("5%", { local: "it-IT" } as never))).toMatchObject({
      code: "UNKNOWN_OPTION",
      details: { function: "growth.parse", path: "options.local", suggestion: "locale" },
    });
    expect(thrown(() => growth.parse("5%", { strict: "yes" } as never))).toMatchObject({
      code: "INVALID_TYPE",
      details: { path: "options.strict" },
    });
    expect(thrown(() => growth.parse("5%", { locale: "not a locale!" }))).toMatchObject({ code: "INVALID_VALUE" });
    expect(thrown(() => growth.parse("5%", { basis: "actual" } as never))).toMatchObject({ code: "INVALID_INPUT" });
    expect(growth.parse(`${"1".repeat(199)}%`).kind).toBe("growthRate");
    expect(thrown(() => growth.parse(`${"1".repeat(200)}%`))).toMatchObject({
      code: "TEXT_TOO_LONG",
      details: { limit: 200, length: 201 },
    });
  });

  it("an own options object only: a polluted prototype changes nothing", () => {
    const options = Object.create({ strict: true }) as growth.GrowthParseOptions;
    expect(pct("38.8", options)).toBe("+38.8% [0.3875, 0.3885)");
  });
});

describe("growth.parse properties", () => {
  it("any percentage formatted with its sign reads back with the bounds of its written digits", () => {
    fc.assert(
      fc.property(fc.integer({ min: -99999, max: 99999 }), fc.integer({ min: 0, max: 3 }), (n, decimals) => {
        const text = (n / 10 ** decimals).toFixed(decimals);
        const r = growth.parse(`${n >= 0 ? "+" : ""}${text}%`) as GrowthRate;
        expect(r).toEqual(growth.fromPercent(text));
        expect(growth.parse(`${text.replace(".", ",")} %`, { locale: "it-IT" })).toEqual(r);
      }),
    );
  });

  it("any text is read or refused with an AccordoError, never anything else", () => {
    const pieces = fc.constantFrom(
      "up",
      "down",
      "增长",
      "in calo del",
      " ",
      "%",
      "pp",
      "-",
      "+",
      "1",
      "2,5",
      "3.25",
      "yoy",
      "x",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
        try {
          const r = growth.parse(parts.join(""));
          expect(["growthRate", "percentagePoints"]).toContain(r.kind);
        } catch (error) {
          expect(
            thrown(() => {
              throw error;
            }),
          ).toMatchObject({ code: expect.stringMatching(/^INVALID_TEXT$/) });
        }
      }),
    );
  });

  it("a value the figure reader gives: the same figure, in percent", () => {
    const r = growth.parse("193,48%", { locale: "it-IT" }) as GrowthRate;
    expect(growth.toPercent(r)).toEqual(figure.parse("193,48", { locale: "it-IT" }));
  });
});
