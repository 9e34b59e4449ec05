/**
 * The case study's analysis (examples/analysis.mjs) on the seed data (examples/data/*.json).
 *
 * The example imports "accordo" and "accordo/schemas" as a user would; here those names are
 * mapped to src/ (vi.mock below), so that `npm test` checks the analysis without a build. The
 * CLI itself, on the built package, is checked by test/examples/cli.test.mjs (node --test, after
 * npm run build) and in a browser by npm run browser:check.
 */
import { readFileSync } from "node:fs";
import Decimal from "decimal.js";
import { describe, expect, it, vi } from "vitest";
import { analyse, load, render } from "../../examples/analysis.mjs";
import type { CaseStudyDocuments, FigureJSON } from "../../examples/analysis.mjs";
import * as agreement from "../../src/agreement/index.js";
import { isAccordoError } from "../../src/errors.js";

vi.mock("accordo", async () => await import("../../src/index.js"));
vi.mock("accordo/schemas", async () => await import("../../src/schemas/index.js"));

const read = (path: string): string => readFileSync(new URL(path, import.meta.url), "utf8");
const documents: CaseStudyDocuments = {
  agreement: JSON.parse(read("../../examples/data/agreement.json")) as unknown,
  zone: JSON.parse(read("../../examples/data/zone.json")) as unknown,
};
const march = analyse(documents, { asOf: "2024-03-01" });
const august = analyse(documents, { asOf: "2024-08-01" });

/** A decimal string rounded half-up to `places`, e.g. fixed("6.3939193", 5) === "6.39392". */
const fixed = (text: string, places: number): string => new Decimal(text).toFixed(places, Decimal.ROUND_HALF_UP);
/** A figure's value and bounds in billions, to two places. */
const billions = (f: FigureJSON): string[] => [f.value, f.lo, f.hi].map((x) => new Decimal(x).div(1e9).toFixed(2, Decimal.ROUND_HALF_UP));
/** A fraction's value and bounds as percentages, to `places`. */
const percents = (f: FigureJSON, places: number): string[] => [f.value, f.lo, f.hi].map((x) => new Decimal(x).times(100).toFixed(places, Decimal.ROUND_HALF_UP));

describe("the seed data", () => {
  it("parses with accordo's AgreementSchema and ZoneSchema into frozen values", () => {
    const { agreement: a, zone: z } = load(documents);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(z.observations[0]?.values[0]?.figure)).toBe(true);
    expect(a.parties.map((p) => p.id)).toEqual(["bda-committee", "xiaomi", "xiaomi-automotive"]);
    expect(z.observations.map((o) => o.id)).toEqual(["gdp-2021-q1q3", "industrial-output-2021-q1q3", "leading-industries-output-2021-q1q3"]);
  });

  it("cites the seed article for every claim it makes; only names the article does not give are uncited", () => {
    const { agreement: a, zone: z } = load(documents);
    expect(agreement.citing(a, "seed-it").map((c) => `${c.kind}:${c.id}`)).toEqual([
      "agreement:bda-xiaomi-2021",
      "party:bda-committee",
      "partyName:bda-committee",
      "party:xiaomi",
      "party:xiaomi-automotive",
      "parent:xiaomi-automotive",
      "commitment:headquarters",
      "commitment:sales-headquarters",
      "commitment:rd-headquarters",
      "commitment:plant",
      "commitment:guaranteed-services",
      "commitment:early-start",
      "facility:vehicle-plant",
      "milestoneTarget:mass-production",
    ]);
    expect(agreement.uncited(a).map((c) => c.path)).toEqual(["/otherTitles/0", "/parties/0/otherNames/1", "/parties/1/otherNames/0", "/parties/2/otherNames/0"]);
    expect(z.observations.map((o) => o.sourceIds)).toEqual([["seed-it"], ["seed-it"], ["seed-it"]]);
    expect(z.industries.map((i) => i.sourceIds)).toEqual([["seed-it"], ["seed-it"], ["seed-it"], ["seed-it"]]);
    // The year established is not in the article ("nearly 30 years of development"): uncited.
    expect(z.established).toEqual({ year: 1992, sourceIds: [] });
  });

  it("knows the signing only to the year, and the article's publication to the quarter", () => {
    expect(march.agreement.signed).toBe("2021");
    expect(march.source.published).toBe("2021-Q4");
  });
});

describe("analyse", () => {
  it("who agreed to what", () => {
    expect(march.agreement.parties.map((p) => [p.englishName, p.roles, p.parent])).toEqual([
      ["Management Committee of Beijing Economic-Technological Development Area", ["signatory", "zoneAuthority"], null],
      ["Xiaomi Technology", ["signatory", "investor", "parentCompany"], null],
      ["Xiaomi Automotive", ["projectCompany"], "Xiaomi Technology"],
    ]);
    expect(march.agreement.commitments.map((c) => [c.party, c.kind])).toEqual([
      ["Xiaomi Automotive", "headquarters"],
      ["Xiaomi Automotive", "salesHeadquarters"],
      ["Xiaomi Automotive", "researchHeadquarters"],
      ["Xiaomi Automotive", "productionPlant"],
      ["Management Committee of Beijing Economic-Technological Development Area", "zoneServices"],
      ["Management Committee of Beijing Economic-Technological Development Area", "earlyStart"],
    ]);
  });

  it("the capacity plan: 300,000 vehicles a year in two phases, the split not stated and not invented", () => {
    expect(march.capacity).toEqual({
      facility: "Xiaomi Automotive complete vehicle plant",
      operator: "Xiaomi Automotive",
      unit: "vehicles per year",
      total: "300000",
      phases: [
        { ordinal: 1, capacity: null, plannedStart: null },
        { ordinal: 2, capacity: null, plannedStart: null },
      ],
      splitStated: false,
      unassigned: "300000",
      issues: [],
    });
  });

  it("the mass-production milestone: scheduled on 2024-03-01, overdue by 32 days on 2024-08-01", () => {
    expect(march.milestone).toMatchObject({ target: "2024-S1", deadline: "2024-06-30", statedOn: "2021-11-27", state: "scheduled", ocds: "scheduled", daysToDeadline: 121, slippageDays: 0, achieved: null });
    expect(august.milestone).toMatchObject({ state: "overdue", ocds: "notMet", daysToDeadline: 0, slippageDays: 32, achieved: null });
    expect(analyse(documents, { asOf: "2021-01-01" }).milestone).toMatchObject({ state: "scheduled", beforeStated: true });
  });

  it("the figures in yuan and dollars, with the growth basis unspecified", () => {
    expect(march.zone.figures.map((f) => [f.label, billions(f.cny)[0], billions(f.usd)[0], f.growth?.fraction.value, f.growth?.basis])).toEqual([
      ["GDP", "193.48", "30.26", "0.388", "unspecified"],
      ["Industrial output", "424.36", "66.38", "0.32", "unspecified"],
      ["Four leading industries' output", "403.74", "63.15", "0.33", "unspecified"],
    ]);
    // "33.0%" keeps its written digit in its bounds: [32.95%, 33.05%)
    expect(march.zone.figures[2]?.growth?.fraction).toEqual({ value: "0.33", lo: "0.3295", hi: "0.3305", loInclusive: true, hiInclusive: false });
  });

  it("the CNY/USD rate implied by each pair, and the interval common to all three", () => {
    expect(march.rates.implied.map((r) => fixed(r.rate.value, 5))).toEqual(["6.39392", "6.39289", "6.39335"]);
    expect(march.rates.consistent).toBe(true);
    const common = march.rates.common!;
    expect([fixed(common.lo, 5), fixed(common.hi, 5)]).toEqual(["6.39276", "6.39345"]);
    expect(march.rates.disagreements).toEqual([]);
  });

  it("the values a year earlier: GDP about 139.39 bn, in [139.34, 139.45]", () => {
    expect(march.previous.map((p) => [p.id, p.period, ...billions(p.level), p.comparableWithNominal])).toEqual([
      ["gdp-2021-q1q3", "2020-Q1/2020-Q3", "139.39", "139.34", "139.45", "unknown"],
      ["industrial-output-2021-q1q3", "2020-Q1/2020-Q3", "321.48", "320.27", "322.71", "unknown"],
      ["leading-industries-output-2021-q1q3", "2020-Q1/2020-Q3", "303.56", "303.45", "303.68", "unknown"],
    ]);
  });

  it("the share of the four industries: 95.14% now, about 94.43% a year earlier, +0.72 pp", () => {
    expect(percents(march.share.current, 2)[0]).toBe("95.14");
    expect(percents(march.share.previous, 2)[0]).toBe("94.43");
    expect(fixed(march.share.change.value, 2)).toBe("0.72");
  });

  it("the growth outside the four industries: about 15.1%, between about 7.07% and 24.27%, because \"32%\" is rounded", () => {
    const r = march.remainder;
    expect(billions(r.current)).toEqual(["20.62", "20.61", "20.63"]);
    expect(percents(r.rate, 2)).toEqual(["15.06", "7.07", "24.27"]);
    expect(r.why.totalGrowth).toEqual({ value: "0.32", lo: "0.315", hi: "0.325", loInclusive: true, hiInclusive: false });
    expect(r.why.totalGrowthWidth).toBe("0.01");
    expect(billions(r.why.totalBefore)).toEqual(["321.48", "320.27", "322.71"]);
    // One more written digit ("32.0%") would narrow the range to about [13.56%, 16.60%] (the report rounds outwards: [13.55%, 16.61%]).
    expect(percents(r.why.withOneMoreDigit, 2).slice(1)).toEqual(["13.56", "16.60"]);
  });

  it("the contributions to the 32% growth: about 31.2 pp and 0.8 pp", () => {
    expect(march.remainder.contributions.map((c) => [c.id, fixed(c.points.value, 1)])).toEqual([
      ["leading-industries-output-2021-q1q3", "31.2"],
      [null, "0.8"],
    ]);
    const sum = march.remainder.contributions.reduce((s, c) => s.plus(c.points.value), new Decimal(0));
    expect(sum.toDecimalPlaces(20).toString()).toBe("32");
  });

  it("says that growth may be real while levels are nominal", () => {
    expect(march.caveat).toContain("growth at constant prices (real) and levels at current prices (nominal)");
  });

  it("is plain JSON data and does not touch its input", () => {
    const frozen = JSON.parse(JSON.stringify(documents)) as CaseStudyDocuments;
    const deepFreeze = (v: unknown): void => {
      if (typeof v !== "object" || v === null) return;
      Object.freeze(v);
      for (const x of Object.values(v)) deepFreeze(x);
    };
    deepFreeze(frozen);
    const again = analyse(frozen, { asOf: "2024-03-01" });
    expect(again).toEqual(march);
    expect(JSON.parse(JSON.stringify(march))).toEqual(march);
  });

  it("refuses a day that does not exist (INVALID_PERIOD) and a bad document (INVALID_SCHEMA, with its path)", () => {
    expect(() => analyse(documents, { asOf: "2021-02-29" })).toThrow(expect.objectContaining({ code: "INVALID_PERIOD" }) as Error);
    const zone = JSON.parse(read("../../examples/data/zone.json")) as { observations: { growth: { basis: string } }[] };
    zone.observations[1]!.growth.basis = "constant";
    let caught: unknown;
    try {
      analyse({ agreement: documents.agreement, zone }, { asOf: "2024-03-01" });
    } catch (e) {
      caught = e;
    }
    expect(isAccordoError(caught, "INVALID_SCHEMA")).toBe(true);
    const issues = (caught as { details: { issues: { path: unknown[] }[] } }).details.issues;
    expect(issues.map((i) => i.path)).toEqual([["observations", 1, "growth", "basis"]]);
  });
});

describe("render", () => {
  it("prints the report exactly as the CLI does (test/examples/expected/*.txt)", () => {
    expect(render(march)).toBe(read("./expected/2024-03-01.txt"));
    expect(render(august)).toBe(read("./expected/2024-08-01.txt"));
  });

  it("gives the same JSON as the CLI's --json (test/examples/expected/*.json)", () => {
    expect(`${JSON.stringify(march, null, 2)}\n`).toBe(read("./expected/2024-03-01.json"));
    expect(`${JSON.stringify(august, null, 2)}\n`).toBe(read("./expected/2024-08-01.json"));
  });

  it("states the key lines of the analysis", () => {
    const text = render(august);
    expect(text).toContain("  Status on 2024-08-01: overdue by 32 days: the sources record no achievement (OCDS: notMet).\n");
    expect(text).toContain("  The three agree: every rate in [6.39276, 6.39345] fits all of them (about 6.393).\n");
    expect(text).toContain("    GDP, 2020-Q1/2020-Q3                               139.39 bn yuan  [139.34, 139.45]\n");
    expect(text).toContain("    change           +0.72 pp  [0.31, 1.12] pp\n");
    expect(text).toContain("    growth           +15.1%, somewhere in [7.06%, 24.27%]\n");
    expect(text).toContain("    Four leading industries' output      +31.2 pp  [31.0, 31.4] pp\n");
  });
});
