// @ts-check
/**
 * The case study's analysis, as a pure module: what a careful reader of the seed article derives
 * from it, computed with accordo. No Node built-ins, no I/O: the same module runs in Node
 * (examples/case-study.mjs) and in a browser (examples/browser/index.html).
 *
 *   import { analyse, render } from "./analysis.mjs";
 *   const result = analyse({ agreement: agreementJSON, zone: zoneJSON }, { asOf: "2024-03-01" });
 *   render(result); // the readable report; JSON.stringify(result) is the machine form
 *
 * Every decimal in the result is a string (exact, never a float); figures are written with
 * accordo's FigureSchema (`{ value, lo, hi, loInclusive, hiInclusive }`).
 */
import { agreement, capacity, figure, growth, milestone, money, period, zone } from "accordo";
import { AgreementSchema, DecimalSchema, FigureSchema, ZoneSchema, parse, toJSON } from "accordo/schemas";

/** @typedef {import("accordo").Agreement} Agreement */
/** @typedef {import("accordo").Zone} Zone */
/** @typedef {import("accordo").Figure} Figure */
/** @typedef {import("accordo").Observation} Observation */

/** The ids the analysis relies on in examples/data/*.json. */
export const IDS = Object.freeze({
  source: "seed-it",
  plant: "vehicle-plant",
  massProduction: "mass-production",
  gdp: "gdp-2021-q1q3",
  output: "industrial-output-2021-q1q3",
  leading: "leading-industries-output-2021-q1q3",
});

/** Short labels for the observations, in the order the article gives them. */
const LABELS = Object.freeze({
  [IDS.gdp]: "GDP",
  [IDS.output]: "Industrial output",
  [IDS.leading]: "Four leading industries' output",
});

/** Readable names of the codelist values the report shows. */
const WORDS = Object.freeze({
  signatory: "signatory",
  zoneAuthority: "zone authority",
  investor: "investor",
  projectCompany: "project company",
  parentCompany: "parent company",
  headquarters: "headquarters",
  salesHeadquarters: "sales headquarters",
  researchHeadquarters: "R&D headquarters",
  productionPlant: "production plant",
  zoneServices: "services guaranteed by the zone",
  earlyStart: "early start",
  cooperationAgreement: "cooperation agreement",
  zoneManagementCommittee: "zone management committee",
  company: "company",
  massProduction: "mass production",
});

/** Readable names of claim kinds. @type {Record<string, string>} */
const CLAIM_WORDS = { title: "title", partyName: "party name", party: "party", commitment: "commitment", facility: "facility" };

/** @param {string} code */
const word = (code) => /** @type {Record<string, string>} */ (WORDS)[code] ?? code;

/** @param {Figure} f */
const figureJSON = (f) => toJSON(FigureSchema, f);

/** @param {import("accordo").Decimal} d */
const decimalJSON = (d) => toJSON(DecimalSchema, d);

/**
 * Parses the case study's JSON documents with accordo's schemas.
 *
 * @param {{ agreement: unknown, zone: unknown }} documents - the contents of examples/data/agreement.json and zone.json
 * @returns {{ agreement: Agreement, zone: Zone }} frozen, validated values
 */
export function load(documents) {
  return { agreement: parse(AgreementSchema, documents.agreement), zone: parse(ZoneSchema, documents.zone) };
}

/**
 * @param {Zone} z
 * @param {string} id
 * @returns {Observation}
 */
function observation(z, id) {
  const found = zone.findObservation(z, id);
  if (found === undefined) throw new Error(`the zone has no observation "${id}"`);
  return found;
}

/**
 * @param {Observation} o
 * @param {string} code
 * @returns {Figure}
 */
function valueIn(o, code) {
  const found = o.values.find((v) => v.currency.code === code);
  if (found === undefined) throw new Error(`observation "${o.id}" has no value in ${code}`);
  return found.figure;
}

/**
 * @param {Agreement} a
 * @param {string} partyId
 */
function partyName(a, partyId) {
  return agreement.findParty(a, partyId)?.name ?? partyId;
}

/**
 * A party's English name when it has one (the canonical name may be Chinese), else its name.
 *
 * @param {Agreement} a
 * @param {string} partyId
 */
function englishName(a, partyId) {
  const p = agreement.findParty(a, partyId);
  if (p === undefined) return partyId;
  return p.otherNames.find((n) => n.lang === "en")?.name ?? p.name;
}

/**
 * Who agreed to what.
 *
 * @param {Agreement} a
 */
function describeAgreement(a) {
  const english = a.otherTitles.find((t) => t.lang === "en")?.name ?? null;
  return {
    id: a.id,
    title: a.title,
    englishTitle: english,
    kind: a.kind,
    signed: a.signed === undefined ? null : period.format(a.signed),
    parties: a.parties.map((p) => ({
      id: p.id,
      name: p.name,
      englishName: englishName(a, p.id),
      otherNames: p.otherNames.map((n) => n.name),
      kind: p.kind,
      roles: [...p.roles],
      parent: p.parent === undefined ? null : partyName(a, p.parent.partyId),
    })),
    commitments: a.commitments.map((c) => ({
      id: c.id,
      party: englishName(a, c.partyId),
      kind: c.kind,
      description: c.description,
      status: c.status,
      facility: c.facilityId ?? null,
    })),
    claims: {
      citingSource: agreement.citing(a, IDS.source).length,
      uncited: agreement.uncited(a).map((c) => ({ kind: c.kind, id: c.id, path: c.path })),
    },
  };
}

/**
 * The plant's phased capacity, without inventing a split.
 *
 * @param {Agreement} a
 */
function describeCapacity(a) {
  const plant = a.facilities.find((f) => f.id === IDS.plant);
  if (plant?.capacity === undefined) throw new Error(`the agreement has no facility "${IDS.plant}" with a capacity plan`);
  const plan = plant.capacity;
  const stated = plan.phases.filter((p) => p.capacity.stated).length;
  return {
    facility: plant.name,
    operator: plant.operatorId === undefined ? null : partyName(a, plant.operatorId),
    unit: plan.unit.per === null ? plan.unit.quantity : `${plan.unit.quantity} per ${plan.unit.per}`,
    total: decimalJSON(plan.total),
    phases: plan.phases.map((p) => ({
      ordinal: p.ordinal,
      capacity: p.capacity.stated ? decimalJSON(p.capacity.value) : null,
      plannedStart: p.plannedStart === null ? null : period.format(p.plannedStart),
    })),
    splitStated: stated === plan.phases.length,
    unassigned: decimalJSON(capacity.unassigned(plan)),
    issues: capacity.check(plan).map((i) => i.code),
  };
}

/**
 * The mass-production milestone and its status on a day.
 *
 * @param {Agreement} a
 * @param {string} asOf
 */
function describeMilestone(a, asOf) {
  const m = a.milestones.find((x) => x.id === IDS.massProduction);
  if (m === undefined) throw new Error(`the agreement has no milestone "${IDS.massProduction}"`);
  const s = milestone.status(m, asOf);
  const first = m.targets[0];
  if (first === undefined) throw new Error(`milestone "${m.id}" has no target`);
  return {
    id: m.id,
    kind: m.kind,
    title: m.title,
    target: period.format(s.target.target),
    statedOn: first.asOf,
    deadline: s.deadline,
    asOf: s.asOf,
    state: s.state,
    ocds: s.ocds,
    achieved: s.achieved,
    slippageDays: s.slippageDays,
    daysToDeadline: s.state === "scheduled" ? period.daysBetween(asOf, s.deadline) : 0,
    revisions: m.targets.length - 1,
    beforeStated: period.compareDates(asOf, first.asOf) < 0,
  };
}

/**
 * The zone's profile and its figures as reported.
 *
 * @param {Zone} z
 */
function describeZone(z) {
  const reportYear = observation(z, IDS.gdp).period;
  const yearOfFigures = Number(period.start(reportYear).slice(0, 4));
  return {
    name: z.name.name,
    otherNames: z.otherNames.map((n) => n.name),
    established: z.established === undefined ? null : z.established.year,
    yearsToFigures: z.established === undefined ? null : yearOfFigures - z.established.year,
    establishedCited: z.established !== undefined && z.established.sourceIds.length > 0,
    industries: z.industries.map((i) => ({
      id: i.id,
      name: i.name.name,
      english: i.otherNames.find((n) => n.lang === "en")?.name ?? null,
      italian: i.otherNames.find((n) => n.lang === "it")?.name ?? null,
    })),
    figures: [IDS.gdp, IDS.output, IDS.leading].map((id) => {
      const o = observation(z, id);
      return {
        id,
        label: /** @type {Record<string, string>} */ (LABELS)[id] ?? id,
        indicator: o.indicator,
        period: period.format(o.period),
        cny: figureJSON(valueIn(o, "CNY")),
        usd: figureJSON(valueIn(o, "USD")),
        growth: o.growth === undefined ? null : { fraction: figureJSON(o.growth.fraction), basis: o.growth.basis },
      };
    }),
  };
}

/**
 * CNY per USD implied by each pair of figures, and whether one rate fits them all.
 *
 * @param {Zone} z
 */
function describeRates(z) {
  const implied = zone.impliedRates(z, "USD", "CNY");
  const verdict = zone.rateConsistency(z, "USD", "CNY");
  return {
    base: "USD",
    quote: "CNY",
    implied: implied.map((r) => ({ id: r.label, rate: figureJSON(r.rate) })),
    consistent: verdict.consistent,
    common: verdict.consistent ? figureJSON(verdict.interval) : null,
    disagreements: verdict.consistent ? [] : verdict.disagreements.map((d) => ({ below: d.below, above: d.above })),
  };
}

/**
 * The values a year earlier implied by each growth rate.
 *
 * @param {Zone} z
 */
function describePrevious(z) {
  return [IDS.gdp, IDS.output, IDS.leading].map((id) => {
    const p = zone.impliedPrevious(z, id, "CNY");
    return {
      id,
      period: period.format(p.period),
      currency: p.currency.code,
      level: figureJSON(p.level.level),
      basis: p.level.basis,
      comparableWithNominal: p.level.comparableWithNominal,
    };
  });
}

/**
 * The growth of the output outside the four industries, its bounds, why they are wide, and the
 * contributions to the growth of the total.
 *
 * @param {Zone} z
 */
function describeRemainder(z) {
  const r = zone.remainderOf(z, IDS.output, [IDS.leading], "CNY");
  const total = observation(z, IDS.output);
  const part = observation(z, IDS.leading);
  if (total.growth === undefined || part.growth === undefined) throw new Error("the output observations need their growth rates");
  // The same computation had the total's growth been written with one more digit ("32.0%").
  const oneMoreDigit = growth.fromPercent("32.0", { basis: total.growth.basis });
  const sharper = growth.remainder(
    { current: valueIn(total, "CNY"), rate: oneMoreDigit },
    [{ current: valueIn(part, "CNY"), rate: part.growth }],
  );
  const totalBefore = zone.impliedPrevious(z, IDS.output, "CNY").level.level;
  return {
    current: figureJSON(r.remainder.current),
    previous: figureJSON(r.remainder.previous.level),
    rate: figureJSON(r.remainder.rate.fraction),
    why: {
      totalGrowth: figureJSON(total.growth.fraction),
      totalGrowthWidth: decimalJSON(figure.width(total.growth.fraction)),
      partGrowth: figureJSON(part.growth.fraction),
      totalBefore: figureJSON(totalBefore),
      totalBeforeWidth: decimalJSON(figure.width(totalBefore)),
      previousWidth: decimalJSON(figure.width(r.remainder.previous.level)),
      withOneMoreDigit: figureJSON(sharper.rate.fraction),
    },
    contributions: r.contributions.map((c) => ({ id: c.observationId, points: figureJSON(c.points.points) })),
  };
}

/**
 * The share of the four industries in industrial output, now and a year earlier.
 *
 * @param {Zone} z
 */
function describeShare(z) {
  const s = zone.shareOf(z, IDS.leading, IDS.output, "CNY");
  return {
    current: figureJSON(s.current.fraction),
    previous: figureJSON(s.previous.fraction),
    change: figureJSON(s.change.points),
  };
}

/**
 * The case study's analysis.
 *
 * @param {{ agreement: unknown, zone: unknown }} documents - the JSON of examples/data/agreement.json and zone.json
 * @param {{ asOf: string }} options - `asOf`: the day the milestone's status is judged on, `YYYY-MM-DD`
 * @returns the analysis as plain JSON data (decimals as strings)
 * @throws an AccordoError `INVALID_PERIOD` for a bad `asOf`, `INVALID_SCHEMA` for bad documents
 */
export function analyse(documents, options) {
  const asOf = period.parseDate(options.asOf);
  const { agreement: a, zone: z } = load(documents);
  const source = a.sources.find((s) => s.id === IDS.source);
  return {
    asOf,
    source: {
      id: IDS.source,
      title: source?.title ?? null,
      language: source?.language ?? null,
      published: source?.published === undefined ? null : period.format(source.published),
    },
    agreement: describeAgreement(a),
    capacity: describeCapacity(a),
    milestone: describeMilestone(a, asOf),
    zone: describeZone(z),
    rates: describeRates(z),
    previous: describePrevious(z),
    share: describeShare(z),
    remainder: describeRemainder(z),
    caveat:
      "Chinese statistics often publish growth at constant prices (real) and levels at current prices (nominal). The article does not say which these rates are (basis: unspecified), so the implied 2020 values are at the prices of the rates' basis and need not equal the 2020 figures published then.",
  };
}

// ---------------------------------------------------------------------------------------------
// The readable report.

/** @typedef {ReturnType<typeof analyse>} Analysis */
/** @typedef {import("accordo/schemas").FigureJSON} FigureJSON */

/** @param {FigureJSON} json */
const fig = (json) => parse(FigureSchema, json);

/**
 * "193.48 bn"
 * @param {FigureJSON} json
 */
const bn = (json) => `${figure.format(fig(json), { scale: "billion", decimals: 2 })} bn`;

/**
 * "2.41 bn", from an exact decimal string
 * @param {string} d
 */
const bnDecimal = (d) => `${figure.format(figure.exact(d), { scale: "billion", decimals: 2 })} bn`;

/**
 * "[139.34, 139.45]"
 * @param {FigureJSON} json
 * @param {number} decimals
 */
const bnInterval = (json, decimals = 2) => figure.format(fig(json), { scale: "billion", decimals, style: "interval" });

/**
 * "+38.8%"
 * @param {FigureJSON} json
 * @param {number | undefined} decimals
 */
const pct = (json, decimals = undefined) =>
  figure.format(fig(json), decimals === undefined ? { as: "percent", signed: true } : { as: "percent", signed: true, decimals });

/**
 * @param {string} amount
 * @param {string} code
 * @param {string} label
 */
const long = (amount, code, label) => money.format(money.of(amount, code), { notation: "long", fractionDigits: 2, currencyLabel: label });

/** @param {string} text @param {number} width */
const pad = (text, width) => text + " ".repeat(Math.max(0, width - [...text].length));

/** @param {string} d */
const groupDigits = (d) => d.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/**
 * Renders the analysis as the readable report the CLI prints.
 *
 * @param {Analysis} r
 * @returns {string} the report, lines separated by "\n", with a final newline
 */
export function render(r) {
  /** @type {string[]} */
  const out = [];
  const line = (/** @type {string} */ text = "") => out.push(text);
  const a = r.agreement;

  line(`The BDA–Xiaomi cooperation agreement and the zone's figures, as of ${r.asOf}`);
  line(`Source: "${r.source.title ?? r.source.id}" (${r.source.language ?? "language unknown"}, published ${r.source.published ?? "on an unknown date"})`);

  line();
  line("WHO AGREED TO WHAT");
  line(`  ${a.title}${a.englishTitle === null ? "" : ` (${a.englishTitle})`}: a ${word(a.kind)}, signed in ${a.signed ?? "an unknown year"}${a.signed !== null && a.signed.length === 4 ? " (the article gives no day)" : ""}`);
  line("  Parties:");
  for (const p of a.parties) {
    const shown = p.englishName;
    const other = shown !== p.name ? p.name : p.otherNames[0];
    const also = other === undefined ? "" : ` (${other})`;
    const parent = p.parent === null ? "" : `, part of ${p.parent}`;
    line(`    - ${shown}${also}${parent}: ${p.roles.map(word).join(", ")}`);
  }
  for (const party of [...new Set(a.commitments.map((c) => c.party))]) {
    line(`  Commitments of ${party}:`);
    for (const c of a.commitments.filter((x) => x.party === party)) line(`    - ${word(c.kind)}: ${c.description} (${c.status})`);
  }
  const uncited = a.claims.uncited;
  if (uncited.length === 0) line(`  ${a.claims.citingSource} claims cite the article; none is uncited.`);
  else {
    /** @type {Map<string, number>} */
    const byKind = new Map();
    for (const c of uncited) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
    const kinds = [...byKind].map(([kind, n]) => `${n} ${CLAIM_WORDS[kind] ?? kind}${n === 1 ? "" : "s"}`).join(", ");
    line(`  ${a.claims.citingSource} claims cite the article; ${uncited.length} cite no source (${kinds}), since the article does not give them.`);
  }

  const c = r.capacity;
  line();
  line("CAPACITY PLAN");
  line(`  ${c.facility}, operated by ${c.operator ?? "an unknown party"}: ${groupDigits(c.total)} ${c.unit} in ${c.phases.length} phases.`);
  for (const p of c.phases) {
    line(`    phase ${p.ordinal}: capacity ${p.capacity === null ? "not stated" : `${groupDigits(p.capacity)} ${c.unit}`}, planned start ${p.plannedStart ?? "not stated"}`);
  }
  line(c.splitStated ? "  The split between the phases is stated." : `  The split between the phases is not stated: ${groupDigits(c.unassigned)} ${c.unit} are not assigned to any phase, and none is invented.`);

  const m = r.milestone;
  line();
  line("MILESTONE");
  line(`  ${m.title ?? word(m.kind)}: target ${m.target} (deadline ${m.deadline}), stated on ${m.statedOn}${m.revisions > 0 ? `, revised ${m.revisions} time(s)` : ""}.`);
  /** @type {Record<string, string>} */
  const states = {
    scheduled: `scheduled: ${m.daysToDeadline} days to the deadline`,
    metOnTime: `met on time, on ${m.achieved ?? "?"}`,
    metLate: `met late, on ${m.achieved ?? "?"}, ${m.slippageDays} days after the deadline`,
    overdue: `overdue by ${m.slippageDays} days: the sources record no achievement`,
  };
  line(`  Status on ${m.asOf}: ${states[m.state] ?? m.state} (OCDS: ${m.ocds}).`);
  if (m.beforeStated) line(`  (${m.asOf} is before the target was stated: it is judged against the target as first stated.)`);

  const z = r.zone;
  line();
  line("THE ZONE");
  line(`  ${z.name}: ${z.otherNames.join("; ")}`);
  if (z.established !== null) {
    line(
      `  Established ${z.established}${z.establishedCited ? "" : " (not in the article"}${z.yearsToFigures === null ? "" : `; ${z.yearsToFigures} years to 2021, the article's "nearly 30 years of development"`}${z.establishedCited ? "" : ")"}.`,
    );
  }
  line(`  ${z.industries.length} leading industries:`);
  for (const i of z.industries) line(`    - ${i.english ?? i.italian ?? i.name} (${i.name})`);

  line();
  line(`  Figures for ${z.figures[0]?.period ?? "?"} (the first three quarters of 2021), as reported:`);
  for (const f of z.figures) {
    const g = f.growth === null ? "no growth reported" : `${pct(f.growth.fraction)} year on year (basis ${f.growth.basis})`;
    line(`    ${pad(f.label, 32)} ${long(fig(f.cny).value.toString(), "CNY", "yuan")} = ${long(fig(f.usd).value.toString(), "USD", "dollars")}, ${g}`);
  }

  const rates = r.rates;
  line();
  line(`CNY PER USD IMPLIED BY EACH PAIR (each figure known only to its last written digit)`);
  for (const x of rates.implied) {
    const f = fig(x.rate);
    line(`    ${pad(/** @type {Record<string, string>} */ (LABELS)[x.id ?? ""] ?? x.id ?? "", 32)} ${f.value.toFixed(5)}  ${figure.format(f, { style: "interval", decimals: 5 })}`);
  }
  if (rates.consistent && rates.common !== null) {
    const common = fig(rates.common);
    line(`  The three agree: every rate in ${figure.format(common, { style: "interval", decimals: 5 })} fits all of them (about ${common.value.toFixed(3)}).`);
  } else {
    line(`  The three disagree: no single rate fits them all (${rates.disagreements.length} pair(s) cannot both hold).`);
  }

  line();
  line("IMPLIED VALUES A YEAR EARLIER (current value ÷ (1 + growth))");
  for (const p of r.previous) {
    const label = /** @type {Record<string, string>} */ (LABELS)[p.id] ?? p.id;
    line(`    ${pad(`${label}, ${p.period}`, 50)} ${bn(p.level)} yuan  ${bnInterval(p.level)}`);
  }

  const s = r.share;
  line();
  line("SHARE OF THE FOUR LEADING INDUSTRIES IN INDUSTRIAL OUTPUT");
  line(`    2021-Q1/2021-Q3  ${figure.format(fig(s.current), { as: "percent", decimals: 2 })}  ${figure.format(fig(s.current), { as: "percent", decimals: 2, style: "interval" })}`);
  line(`    2020-Q1/2020-Q3  ${figure.format(fig(s.previous), { as: "percent", decimals: 2 })}  ${figure.format(fig(s.previous), { as: "percent", decimals: 2, style: "interval" })}`);
  line(`    change           ${figure.format(fig(s.change), { signed: true, decimals: 2 })} pp  ${figure.format(fig(s.change), { decimals: 2, style: "interval" })} pp`);

  const rem = r.remainder;
  const w = rem.why;
  line();
  line("INDUSTRIAL OUTPUT OUTSIDE THE FOUR INDUSTRIES");
  line(`    2021-Q1/2021-Q3  ${bn(rem.current)} yuan  ${bnInterval(rem.current)}`);
  line(`    2020-Q1/2020-Q3  ${bn(rem.previous)} yuan  ${bnInterval(rem.previous)} (implied)`);
  line(`    growth           ${pct(rem.rate, 1)}, somewhere in ${figure.format(fig(rem.rate), { as: "percent", decimals: 2, style: "interval" })}`);
  line(`  Why so wide: "32%" is rounded to a whole percent, so the total's growth lies anywhere in ${figure.format(fig(w.totalGrowth), { as: "percent", style: "interval" })}.`);
  line(`  That one-point band puts last year's total anywhere in ${bnInterval(w.totalBefore)} bn yuan, a band ${bnDecimal(w.totalBeforeWidth)} wide,`);
  line(`  and last year's output outside the four industries is that total minus the four industries: only`);
  line(`  about ${bn(rem.previous)}, so the band moves its growth by many points. Had the article written "32.0%",`);
  line(`  the growth would lie in ${figure.format(fig(w.withOneMoreDigit), { as: "percent", decimals: 2, style: "interval" })}.`);

  line();
  line(`CONTRIBUTIONS TO THE GROWTH OF INDUSTRIAL OUTPUT (${pct(w.totalGrowth)})`);
  for (const x of rem.contributions) {
    const label = x.id === null ? "Output outside the four industries" : (/** @type {Record<string, string>} */ (LABELS)[x.id] ?? x.id);
    line(`    ${pad(label, 36)} ${figure.format(fig(x.points), { signed: true, decimals: 1 })} pp  ${figure.format(fig(x.points), { decimals: 1, style: "interval" })} pp`);
  }

  line();
  line("CAVEAT");
  for (const piece of wrap(r.caveat, 94)) line(`  ${piece}`);
  return `${out.join("\n")}\n`;
}

/**
 * Splits text into lines of at most `width` characters, at spaces.
 *
 * @param {string} text
 * @param {number} width
 */
function wrap(text, width) {
  /** @type {string[]} */
  const lines = [];
  let current = "";
  for (const w of text.split(" ")) {
    if (current !== "" && current.length + 1 + w.length > width) {
      lines.push(current);
      current = w;
    } else current = current === "" ? w : `${current} ${w}`;
  }
  if (current !== "") lines.push(current);
  return lines;
}
