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
// The day of the issue that brought the later sources in; tests never read the machine's clock.
const today = analyse(documents, { asOf: "2026-12-07" });

/** A decimal string rounded half-up to `places`, e.g. fixed("6.3939193", 5) === "6.39392". */
const fixed = (text: string, places: number): string => new Decimal(text).toFixed(places, Decimal.ROUND_HALF_UP);
/** A figure's value and bounds in billions, to two places. */
const billions = (f: FigureJSON): string[] =>
  [f.value, f.lo, f.hi].map((x) => new Decimal(x).div(1e9).toFixed(2, Decimal.ROUND_HALF_UP));
/** A fraction's value and bounds as percentages, to `places`. */
const percents = (f: FigureJSON, places: number): string[] =>
  [f.value, f.lo, f.hi].map((x) => new Decimal(x).times(100).toFixed(places, Decimal.ROUND_HALF_UP));

describe("the seed data", () => {
  it("parses with accordo's AgreementSchema and ZoneSchema into frozen values", () => {
    const { agreement: a, zone: z } = load(documents);
    expect(Object.isFrozen(a)).toBe(true);
    expect(Object.isFrozen(z.observations[0]?.values[0]?.figure)).toBe(true);
    expect(a.parties.map((p) => p.id)).toEqual(["bda-committee", "xiaomi", "xiaomi-automotive"]);
    expect(z.observations.map((o) => o.id)).toEqual([
      "gdp-2021-q1q3",
      "industrial-output-2021-q1q3",
      "leading-industries-output-2021-q1q3",
    ]);
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
    expect(agreement.uncited(a).map((c) => c.path)).toEqual([
      "/otherTitles/0",
      "/parties/0/otherNames/1",
      "/parties/1/otherNames/0",
      "/parties/2/otherNames/0",
    ]);
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

  it("the capacity plan: 300,000 vehicles a year in two phases of 150,000 each, with each phase's status history up to the day", () => {
    expect(today.capacity).toMatchObject({
      facility: "Xiaomi Automotive complete vehicle plant",
      operator: "Xiaomi Automotive",
      unit: "vehicles per year",
      total: "300000",
      splitStated: true,
      unassigned: "0",
      issues: [],
    });
    const history = (r: typeof today, ordinal: number) =>
      r.capacity.phases.find((p) => p.ordinal === ordinal)?.history.map((h) => `${h.shown} ${h.status} ${h.sourceId}`);
    expect(today.capacity.phases.map((p) => p.capacity)).toEqual(["150000", "150000"]);
    expect(history(today, 1)).toEqual([
      "2021-11-27 announced scmp-2021-11-27",
      "2022-04 underConstruction eletric-vehicles-2026",
      "2023-08 operating eletric-vehicles-2026",
    ]);
    expect(history(today, 2)).toEqual([
      "2021-11-27 announced scmp-2021-11-27",
      "2024-07-25 permitted ithome-2024-08-01",
      "2024-07-26 underConstruction ithome-2024-08-01",
    ]);
    // on 2024-03-01 phase 2 had only been announced
    expect(history(march, 2)).toEqual(["2021-11-27 announced scmp-2021-11-27"]);
  });

  it("the start of phase 2: 2024-07-26 according to the zone's committee, August or September 2024 according to others", () => {
    const start = today.capacity.phases[1]?.history[2];
    expect(start?.accounts.map((x) => [x.on, x.sourceId, x.consistent])).toEqual([
      ["2024-07-26", "paipi-2024-08-01", true],
      ["2024-07-26", "borsvarlden-2024", true],
      ["2024-08", "eletric-vehicles-2026", false],
      ["2024-09", "techno-news-2025-03-18", false],
    ]);
    const m = today.milestones.find((x) => x.id === "phase-2-construction");
    expect(m).toMatchObject({
      state: "metOnTime",
      achieved: "2024-07-26",
      achievedSourceId: "ithome-2024-08-01",
      deadline: "2024-12-31",
    });
    expect(m?.accounts.map((x) => [x.on, x.state, x.agrees])).toEqual([
      ["2024-07-26", "metOnTime", true],
      ["2024-07-26", "metOnTime", true],
      ["2024-08", "metOnTime", true],
      ["2024-09", "metOnTime", true],
    ]);
  });

  it("the mass-production milestone: met on time as of 2026-12-07, whether it began in December 2023 or in March 2024", () => {
    expect(today.milestone).toMatchObject({
      target: "2024-S1",
      deadline: "2024-06-30",
      statedOn: "2021-11-27",
      state: "metOnTime",
      ocds: "met",
      achievedShown: "2024-03",
      achievedSourceId: "techno-news-2025-03-18",
      slippageDays: 0,
      daysBeforeDeadline: 91,
    });
    expect(today.milestone.accounts.map((x) => [x.on, x.sourceId, x.state, x.agrees])).toEqual([
      ["2024-03", "techno-news-2025-03-18", "metOnTime", true],
      ["2023-12", "eletric-vehicles-2026", "metOnTime", true],
    ]);
    expect(today.milestone.reports).toEqual([{ status: "met", asOf: "2024-03-28", sourceId: "gagadget-2024" }]);
    expect(today.milestones.map((m) => [m.id, m.state])).toEqual([
      ["mass-production", "metOnTime"],
      ["su7-launch", "metOnTime"],
      ["first-delivery", "metOnTime"],
      ["phase-2-construction", "metOnTime"],
    ]);
    // before the achievement: scheduled, then overdue had nothing been reported
    expect(analyse(documents, { asOf: "2023-11-30" }).milestone).toMatchObject({
      state: "scheduled",
      daysToDeadline: 213,
      achieved: null,
      accounts: [{ state: null }, { state: null }],
    });
    expect(analyse(documents, { asOf: "2021-01-01" }).milestone).toMatchObject({
      state: "scheduled",
      beforeStated: true,
    });
  });

  it("cites every source by outlet, title, date and address", () => {
    expect(
      today.sources.every(
        (x) => x.publisher !== null && x.title !== null && x.published !== null && x.url?.startsWith("http"),
      ),
    ).toBe(true);
    expect(today.source).toMatchObject({ publisher: "miui.it", published: "2021-Q4", language: "it" });
    expect(today.sources.map((x) => x.number)).toEqual(today.sources.map((_, i) => i + 1));
  });

  it("the figures in yuan and dollars, with the growth basis unspecified", () => {
    expect(
      march.zone.figures.map((f) => [
        f.label,
        billions(f.cny)[0],
        billions(f.usd)[0],
        f.growth?.fraction.value,
        f.growth?.basis,
      ]),
    ).toEqual([
      ["GDP", "193.48", "30.26", "0.388", "unspecified"],
      ["Industrial output", "424.36", "66.38", "0.32", "unspecified"],
      ["Four leading industries' output", "403.74", "63.15", "0.33", "unspecified"],
    ]);
    // "33.0%" keeps its written digit in its bounds: [32.95%, 33.05%)
    expect(march.zone.figures[2]?.growth?.fraction).toEqual({
      value: "0.33",
      lo: "0.3295",
      hi: "0.3305",
      loInclusive: true,
      hiInclusive: false,
    });
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

  it('the growth outside the four industries: about 15.1%, between about 7.07% and 24.27%, because "32%" is rounded', () => {
    const r = march.remainder;
    expect(billions(r.current)).toEqual(["20.62", "20.61", "20.63"]);
    expect(percents(r.rate, 2)).toEqual(["15.06", "7.07", "24.27"]);
    expect(r.why.totalGrowth).toEqual({
      value: "0.32",
      lo: "0.315",
      hi: "0.325",
      loInclusive: true,
      hiInclusive: false,
    });
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
    expect(() => analyse(documents, { asOf: "2021-02-29" })).toThrow(
      expect.objectContaining({ code: "INVALID_PERIOD" }) as Error,
    );
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
    expect(render(today)).toBe(read("./expected/2026-12-07.txt"));
  });

  it("gives the same JSON as the CLI's --json (test/examples/expected/*.json)", () => {
    expect(`${JSON.stringify(march, null, 2)}\n`).toBe(read("./expected/2024-03-01.json"));
    expect(`${JSON.stringify(august, null, 2)}\n`).toBe(read("./expected/2024-08-01.json"));
    expect(`${JSON.stringify(today, null, 2)}\n`).toBe(read("./expected/2026-12-07.json"));
  });

  it("states the key lines of the analysis, in plain words", () => {
    const text = render(today);
    expect(text).toContain(
      "    Status: met on time: reached in March 2024 [12], at least 91 days before the deadline.\n",
    );
    expect(text).toContain("    The sources disagree on when: March 2024 [12]; December 2023 [11].\n");
    expect(text).toContain(
      "    The sources disagree on when: 2024-07-26 [8][9][10]; August 2024 [11]; September 2024 [12].\n",
    );
    expect(text).toContain(
      "  The three agree: every rate in [6.39276, 6.39345] fits all of them (about 6.393 yuan per dollar).\n",
    );
    expect(text).toContain("    GDP, 2020-Q1/2020-Q3                               139.39 bn yuan  [139.34, 139.45]\n");
    expect(text).toContain("    change           +0.72 pp  [0.31, 1.12] pp\n");
    expect(text).toContain("    growth           +15.1%, somewhere in [7.06%, 24.27%]\n");
    expect(text).toContain("    Four leading industries' output      +31.2 pp  [31.0, 31.4] pp\n");
    expect(text).toContain(
      '  [1] miui.it, "Xiaomi Automotive sede centrale Beijing Economic and Technological Development Zone", the fourth quarter of 2021 (no exact date). In Italian.\n',
    );
  });

  it("explains pp and the notation for ranges once, and never prints a bare code", () => {
    const text = render(today);
    expect(text.match(/percentage points/g)).toHaveLength(1);
    expect(text.match(/a range: /g)).toHaveLength(1);
    expect(text).not.toMatch(/OCDS|notMet|metOnTime|underConstruction|Seed article|000_61c0a642c7b66a9a/);
    expect(render(analyse(documents, { asOf: "2023-11-30" }))).toContain(
      "    Status: not yet due: 213 days to the deadline, and no source reports it reached by 2023-11-30.\n",
    );
  });
});
