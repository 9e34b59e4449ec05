import { describe, expect, it } from "vitest";
import * as figure from "../../src/figure/index.js";
import * as growth from "../../src/growth/index.js";
import * as period from "../../src/period/index.js";
import * as zone from "../../src/zone/index.js";
import { seedZone } from "../fixtures/seed.js";

// seedZone (test/fixtures/seed.ts) holds the seed article's three observations
// for 2021-Q1/2021-Q3: GDP, industrial output, and the four leading industries' output.
const GDP = "gdp-2021-q1q3";
const OUTPUT = "industrial-output-2021-q1q3";
const LEADING = "leading-industries-output-2021-q1q3";

describe("zone examples (included in the API docs)", () => {
  it("observation", () => {
    // #region observation
    // (import { figure, growth, zone } from "accordo")
    const gdp = zone.observation({
      id: "gdp-2021-q1q3",
      indicator: "gdp",
      period: "2021-Q1/2021-Q3",
      values: [
        { currency: "CNY", figure: figure.reported("193.48", { scale: "billion" }) },
        { currency: "USD", figure: figure.reported("30.26", { scale: "billion" }) },
      ],
      growth: growth.fromPercent("38.8", { basis: "real" }),
    });
    const scope = gdp.scope; // { kind: "zone" } (the default)
    const low = gdp.values[0]?.figure.lo.toString(); // "193475000000"
    const basis = gdp.growth?.basis; // "real"
    // #endregion observation
    expect(scope).toEqual({ kind: "zone" });
    expect(low).toBe("193475000000");
    expect(basis).toBe("real");
  });

  it("create", () => {
    // #region create
    const bda = zone.create({
      id: "bda",
      name: { name: "北京经济技术开发区", lang: "zh-Hans", kind: "official" },
      otherNames: [
        { name: "Beijing E-Town", lang: "en", kind: "informal" },
        { name: "BETD", kind: "abbreviation", sourceIds: ["seed"] },
      ],
      established: { year: 1992 },
      sources: [{ id: "seed", title: "Seed article", language: "it" }],
      industries: [
        {
          id: "nev",
          name: { name: "新能源智能汽车", lang: "zh-Hans" },
          otherNames: [{ name: "new-energy vehicles", lang: "en" }],
        },
      ],
      observations: [
        {
          id: "nev-output",
          indicator: "industrialOutput",
          scope: { kind: "industries", industryIds: ["nev"] },
          period: "2021",
          values: [{ currency: "CNY", figure: figure.reported("50.1", { scale: "billion" }) }],
        },
      ],
    });
    const kinds = bda.otherNames.map((n) => n.kind); // ["informal", "abbreviation"]
    const frozen = Object.isFrozen(bda.observations[0]?.scope); // true
    // #endregion create
    expect(kinds).toEqual(["informal", "abbreviation"]);
    expect(frozen).toBe(true);
    expect(bda.established).toEqual({ year: 1992, sourceIds: [] });
  });

  it("names", () => {
    // #region names
    const all = zone.names(seedZone).length; // 8: the canonical Chinese name and 7 others
    const byAbbreviation = zone.hasName(seedZone, "BETD"); // true
    const loosely = zone.hasName(seedZone, "beijing etown"); // true ("Beijing E-Town")
    const other = zone.hasName(seedZone, "Shanghai Zhangjiang"); // false
    // #endregion names
    expect(all).toBe(8);
    expect(byAbbreviation).toBe(true);
    expect(loosely).toBe(true);
    expect(other).toBe(false);
  });

  it("observationsWhere", () => {
    // #region observationsWhere
    const output = zone.observationsWhere(seedZone, { indicator: "industrialOutput" }).map((o) => o.id);
    // ["industrial-output-2021-q1q3", "leading-industries-output-2021-q1q3"]
    const robotics = zone.observationsWhere(seedZone, { industryId: "robotics-manufacturing" }).map((o) => o.id);
    // ["leading-industries-output-2021-q1q3"]
    const in2020 = zone.observationsWhere(seedZone, { period: "2020-Q1/2020-Q3" }); // []
    const gdpGrowth = zone.findObservation(seedZone, "gdp-2021-q1q3")?.growth?.fraction.value.toString(); // "0.388"
    // #endregion observationsWhere
    expect(output).toEqual([OUTPUT, LEADING]);
    expect(robotics).toEqual([LEADING]);
    expect(in2020).toEqual([]);
    expect(gdpGrowth).toBe("0.388");
  });

  it("impliedRates", () => {
    // #region impliedRates
    const rates = zone
      .impliedRates(seedZone, "USD", "CNY")
      .map((r) => [r.label, r.rate.value.toDecimalPlaces(5).toString()]);
    // [["gdp-2021-q1q3", "6.39392"], ["industrial-output-2021-q1q3", "6.39289"], ["leading-industries-output-2021-q1q3", "6.39335"]]
    // #endregion impliedRates
    expect(rates).toEqual([
      [GDP, "6.39392"],
      [OUTPUT, "6.39289"],
      [LEADING, "6.39335"],
    ]);
  });

  it("rateConsistency", () => {
    // #region rateConsistency
    const verdict = zone.rateConsistency(seedZone, "USD", "CNY");
    const consistent = verdict.consistent; // true: one rate fits all three pairs
    const common = verdict.consistent ? figure.format(verdict.interval, { style: "interval", decimals: 5 }) : ""; // "[6.39276, 6.39345]"
    // #endregion rateConsistency
    expect(consistent).toBe(true);
    expect(common).toBe("[6.39276, 6.39345]");
  });

  it("impliedPrevious", () => {
    // #region impliedPrevious
    const before = zone.impliedPrevious(seedZone, "gdp-2021-q1q3", "CNY");
    const when = period.format(before.period); // "2020-Q1/2020-Q3"
    const level = figure.format(before.level.level, { scale: "billion", decimals: 2 }); // "139.39"
    const bounds = figure.format(before.level.level, { scale: "billion", decimals: 2, style: "interval" }); // "[139.34, 139.45]"
    const comparable = before.level.comparableWithNominal; // "unknown": the article does not say whether +38.8% is real
    // #endregion impliedPrevious
    expect(when).toBe("2020-Q1/2020-Q3");
    expect(level).toBe("139.39");
    expect(bounds).toBe("[139.34, 139.45]");
    expect(comparable).toBe("unknown");
  });

  it("shareOf", () => {
    // #region shareOf
    const s = zone.shareOf(seedZone, "leading-industries-output-2021-q1q3", "industrial-output-2021-q1q3", "CNY");
    const now = growth.format(s.current, { decimals: 2 }); // "95.14%"
    const before = growth.format(s.previous, { decimals: 2 }); // "94.43%"
    const change = growth.format(s.change, { decimals: 2 }); // "+0.72 pp"
    // #endregion shareOf
    expect(now).toBe("95.14%");
    expect(before).toBe("94.43%");
    expect(change).toBe("+0.72 pp");
  });

  it("remainderOf", () => {
    // #region remainderOf
    const r = zone.remainderOf(seedZone, "industrial-output-2021-q1q3", ["leading-industries-output-2021-q1q3"], "CNY");
    const outside = figure.format(r.remainder.current, { scale: "billion", decimals: 2 }); // "20.62"
    const rate = growth.format(r.remainder.rate, { decimals: 1 }); // "+15.1%"
    const lo = r.remainder.rate.fraction.lo.toDecimalPlaces(3).toString(); // "0.071": at least about 7.1%
    const hi = r.remainder.rate.fraction.hi.toDecimalPlaces(3).toString(); // "0.243": at most about 24.3%
    const contributions = r.contributions.map((c) => growth.format(c.points, { decimals: 1 })); // ["+31.2 pp", "+0.8 pp"]
    // #endregion remainderOf
    expect(outside).toBe("20.62");
    expect(rate).toBe("+15.1%");
    expect(lo).toBe("0.071");
    expect(hi).toBe("0.243");
    expect(contributions).toEqual(["+31.2 pp", "+0.8 pp"]);
  });

  it("claims", () => {
    // #region claims
    const all = zone.claims(seedZone).length; // 28
    const fromArticle = zone
      .citing(seedZone, "seed-it")
      .filter((c) => c.kind === "observation")
      .map((c) => c.id);
    // ["gdp-2021-q1q3", "industrial-output-2021-q1q3", "leading-industries-output-2021-q1q3"]
    const unbacked = zone.uncited(seedZone).map((c) => c.path);
    // ["/name", "/otherNames/4", "/otherNames/5", "/otherNames/6", "/industries/0/name", "/industries/0/otherNames/1", ...]
    // #endregion claims
    expect(all).toBe(28);
    expect(fromArticle).toEqual([GDP, OUTPUT, LEADING]);
    expect(unbacked).toEqual([
      "/name",
      "/otherNames/4",
      "/otherNames/5",
      "/otherNames/6",
      "/industries/0/name",
      "/industries/0/otherNames/1",
      "/industries/1/name",
      "/industries/1/otherNames/1",
      "/industries/2/name",
      "/industries/2/otherNames/1",
      "/industries/3/name",
      "/industries/3/otherNames/1",
    ]);
  });

  it("findIndustry", () => {
    // #region findIndustry
    const nev = zone.findIndustry(seedZone, "new-energy-vehicles");
    const canonical = nev?.name.name; // "高端汽车和新能源智能汽车"
    const variants = nev?.otherNames.map((n) => `${n.lang}: ${n.name}`);
    // ["it: auto di fascia alta e auto intelligenti di nuova energia", "en: high-end and intelligent new-energy vehicles"]
    const missing = zone.findIndustry(seedZone, "steel"); // undefined
    // #endregion findIndustry
    expect(canonical).toBe("高端汽车和新能源智能汽车");
    expect(variants).toEqual([
      "it: auto di fascia alta e auto intelligenti di nuova energia",
      "en: high-end and intelligent new-energy vehicles",
    ]);
    expect(missing).toBeUndefined();
  });

  it("indicators", () => {
    // #region indicators
    const known = zone.INDICATORS.includes("gdp"); // true
    // Other indicator codes are accepted as well:
    const custom = zone.observation({
      id: "x",
      indicator: "patentsGranted",
      period: "2021",
      values: [{ currency: "CNY", figure: figure.exact(1) }],
    }).indicator; // "patentsGranted"
    // #endregion indicators
    expect(known).toBe(true);
    expect(custom).toBe("patentsGranted");
  });
});

describe("zones in plain JavaScript (included in the API docs)", () => {
  it("interop", () => {
    // #region interop
    // seedZone: the Beijing E-Town zone of the seed article, a Zone made with zone.create
    String(seedZone); // "bda (北京经济技术开发区)"
    const gdp = JSON.parse(JSON.stringify(seedZone)).observations[0];
    gdp.period; // "2021-Q1/2021-Q3"
    gdp.values[0].currency; // "CNY"
    // #endregion interop
    expect(String(seedZone)).toBe("bda (北京经济技术开发区)");
    expect(gdp.period).toBe("2021-Q1/2021-Q3");
    expect(gdp.values[0].currency).toBe("CNY");
  });
});
