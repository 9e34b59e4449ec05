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
  phase2Construction: "phase-2-construction",
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
const CLAIM_WORDS = {
  title: "title",
  partyName: "party name",
  party: "party",
  commitment: "commitment",
  facility: "facility",
};

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
 * The plant's phased capacity, without inventing a split, and each phase's status changes up to a day.
 *
 * @param {Agreement} a
 * @param {string} asOf - the status changes after this day are left out
 */
function describeCapacity(a, asOf) {
  const plant = a.facilities.find((f) => f.id === IDS.plant);
  if (plant?.capacity === undefined)
    throw new Error(`the agreement has no facility "${IDS.plant}" with a capacity plan`);
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
      history: p.history
        .filter((h) => period.compareDates(h.on, asOf) <= 0)
        .map((h) => ({
          status: h.status,
          on: h.on,
          sourceId: h.sourceId,
          shown: shownPeriod(h.on, h.sourceId, h.accounts ?? []),
          accounts: (h.accounts ?? []).map((x) => ({
            on: period.format(x.on),
            start: period.start(x.on),
            end: period.lastDay(x.on),
            sourceId: x.sourceId,
            consistent: period.contains(x.on, h.on),
          })),
        })),
    })),
    sourceIds: [...plant.sourceIds],
    splitStated: stated === plan.phases.length,
    unassigned: decimalJSON(capacity.unassigned(plan)),
    issues: capacity.check(plan).map((i) => i.code),
  };
}

/**
 * The period to show for a dated entry: the coarser period its own source gives when it gives no
 * day (`on` is then that period's first day), else the day itself.
 *
 * @param {string} on
 * @param {string | null} sourceId
 * @param {readonly import("accordo").DatedAccount[]} accounts
 * @returns {string}
 */
function shownPeriod(on, sourceId, accounts) {
  const own = accounts.find((x) => x.sourceId === sourceId && x.on.kind !== "day" && period.start(x.on) === on);
  return own === undefined ? on : period.format(own.on);
}

/**
 * A milestone: its targets, its achievement with every source's dating of it, and its status on a day.
 *
 * @param {import("accordo").Milestone} m
 * @param {string} asOf
 */
function describeOneMilestone(m, asOf) {
  const s = milestone.status(m, asOf);
  const first = m.targets[0];
  if (first === undefined) throw new Error(`milestone "${m.id}" has no target`);
  const accounts = m.achieved?.accounts ?? [];
  const judged = milestone.accountsAt(m, asOf);
  return {
    id: m.id,
    kind: m.kind,
    title: m.title,
    target: period.format(s.target.target),
    targetSourceId: s.target.sourceId,
    statedOn: first.asOf,
    targets: m.targets.map((t) => ({
      target: period.format(t.target),
      start: period.start(t.target),
      deadline: period.lastDay(t.target),
      asOf: t.asOf,
      sourceId: t.sourceId,
    })),
    deadline: s.deadline,
    asOf: s.asOf,
    state: s.state,
    ocds: s.ocds,
    achieved: s.achieved,
    achievedShown:
      s.achieved === null || m.achieved === null ? null : shownPeriod(m.achieved.on, m.achieved.sourceId, accounts),
    achievedSourceId: s.achieved === null ? null : (m.achieved?.sourceId ?? null),
    accounts: accounts.map((x, i) => ({
      on: period.format(x.on),
      start: period.start(x.on),
      end: period.lastDay(x.on),
      sourceId: x.sourceId,
      consistent: m.achieved !== null && period.contains(x.on, m.achieved.on),
      state: judged[i]?.state ?? null,
      agrees: judged[i]?.agrees ?? null,
    })),
    slippageDays: s.slippageDays,
    daysToDeadline: s.state === "scheduled" ? period.daysBetween(asOf, s.deadline) : 0,
    daysBeforeDeadline:
      s.state === "metOnTime" && s.achieved !== null && m.achieved !== null
        ? period.daysBetween(
            period.lastDay(period.parse(shownPeriod(m.achieved.on, m.achieved.sourceId, accounts))),
            s.deadline,
          )
        : 0,
    reports: m.reports
      .filter((x) => period.compareDates(x.asOf, asOf) <= 0)
      .map((x) => ({ status: x.status, asOf: x.asOf, sourceId: x.sourceId })),
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
  if (total.growth === undefined || part.growth === undefined)
    throw new Error("the output observations need their growth rates");
  // The same computation had the total's growth been written with one more digit ("32.0%").
  const oneMoreDigit = growth.fromPercent("32.0", { basis: total.growth.basis });
  const sharper = growth.remainder({ current: valueIn(total, "CNY"), rate: oneMoreDigit }, [
    { current: valueIn(part, "CNY"), rate: part.growth },
  ]);
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
  const mass = a.milestones.find((x) => x.id === IDS.massProduction);
  if (mass === undefined) throw new Error(`the agreement has no milestone "${IDS.massProduction}"`);
  return {
    asOf,
    source: {
      id: IDS.source,
      publisher: source?.publisher ?? null,
      title: source?.title ?? null,
      language: source?.language ?? null,
      published: source?.published === undefined ? null : period.format(source.published),
      url: source?.url ?? null,
    },
    sources: a.sources.map((x, i) => ({
      number: i + 1,
      id: x.id,
      publisher: x.publisher ?? null,
      title: x.title ?? null,
      published: x.published === undefined ? null : period.format(x.published),
      language: x.language ?? null,
      url: x.url ?? null,
    })),
    agreement: describeAgreement(a),
    capacity: describeCapacity(a, asOf),
    milestone: describeOneMilestone(mass, asOf),
    milestones: a.milestones.map((m) => describeOneMilestone(m, asOf)),
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
  figure.format(
    fig(json),
    decimals === undefined ? { as: "percent", signed: true } : { as: "percent", signed: true, decimals },
  );

/**
 * @param {string} amount
 * @param {string} code
 * @param {string} label
 */
const long = (amount, code, label) =>
  money.format(money.of(amount, code), { notation: "long", fractionDigits: 2, currencyLabel: label });

/** @param {string} text @param {number} width */
const pad = (text, width) => text + " ".repeat(Math.max(0, width - [...text].length));

/** @param {string} d */
const groupDigits = (d) => d.replace(/\B(?=(\d{3})+(?!\d))/g, ",");

/** Capacity statuses in plain words. @type {Record<string, string>} */
const STATUS_WORDS = {
  announced: "announced",
  permitted: "land, permits or financing in hand",
  underConstruction: "under construction",
  operating: "operating: production has begun",
  shelved: "shelved",
  cancelled: "cancelled",
  mothballed: "idle (mothballed)",
  retired: "retired",
};

/** Languages of the sources. @type {Record<string, string>} */
const LANGUAGES = { it: "Italian", en: "English", "zh-Hans": "Chinese", ru: "Russian", sv: "Swedish" };

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const ORDINALS = ["first", "second", "third", "fourth"];

/**
 * A period in words: "2024-03-28" stays a day, "2024-03" is "March 2024", "2024-S1" "the first half
 * of 2024", "2021-Q4" "the fourth quarter of 2021", "2024-W30" "week 30 of 2024", "2024" "2024".
 *
 * @param {string | null} text - a period as accordo formats it, or null
 * @returns {string}
 */
export function when(text) {
  if (text === null) return "date unknown";
  const p = period.parse(text);
  switch (p.kind) {
    case "month":
      return `${MONTHS[p.month - 1] ?? p.month} ${p.year}`;
    case "half":
      return `the ${ORDINALS[p.half - 1] ?? p.half} half of ${p.year}`;
    case "quarter":
      return `the ${ORDINALS[p.quarter - 1] ?? p.quarter} quarter of ${p.year}`;
    case "week":
      return `week ${p.week} of ${p.year}`;
    default:
      return period.format(p);
  }
}

/**
 * Every source's dating of an entry, grouped by the period they give: "2024-07-26 [8][9][10];
 * August 2024 [11]; September 2024 [12]". The entry's own source comes first. `disagree` is true
 * when some source gives a period that does not contain the entry's day ("week 30 of 2024" is
 * consistent with 2024-07-25; "August 2024" is not with 2024-07-26).
 *
 * @param {string} shown - the period shown for the entry (its day, or the coarser period its source gives)
 * @param {string | null} sourceId - the entry's own source
 * @param {readonly { on: string, sourceId: string | null, consistent: boolean }[]} accounts
 * @param {(id: string | null) => string} cite
 * @returns {{ text: string, cites: string, disagree: boolean }}
 */
function datings(shown, sourceId, accounts, cite) {
  /** @type {Map<string, string[]>} */
  const groups = new Map([[shown, [cite(sourceId)]]]);
  for (const x of accounts) {
    const list = groups.get(x.on) ?? [];
    if (!list.includes(cite(x.sourceId))) list.push(cite(x.sourceId));
    groups.set(x.on, list);
  }
  const text = [...groups].map(([on, ids]) => `${when(on)} ${ids.join("")}`).join("; ");
  const cites = [...new Set([...groups.values()].flat())].join("");
  return { text, cites, disagree: accounts.some((x) => !x.consistent) };
}

/** Statuses that sources report, in plain words. @type {Record<string, string>} */
const REPORT_WORDS = {
  scheduled: "still to come",
  met: "reached",
  notMet: "not reached",
  partiallyMet: "partly reached",
};

/**
 * "by the end of the first half of 2024 (deadline 2024-06-30)", or "on 2024-03-28" for a day.
 *
 * @param {string} target
 * @param {string} deadline
 */
function by(target, deadline) {
  return target === deadline ? `on ${deadline}` : `by the end of ${when(target)} (deadline ${deadline})`;
}

/**
 * A milestone's status in plain words.
 *
 * @param {Analysis["milestones"][number]} m
 * @param {(id: string | null) => string} cite
 */
function statusText(m, cite) {
  const month = m.achievedShown !== null && m.achievedShown !== m.achieved;
  const reached = month ? `in ${when(m.achievedShown)}` : `on ${m.achieved ?? "?"}`;
  switch (m.state) {
    case "scheduled":
      return `not yet due: ${m.daysToDeadline} days to the deadline, and no source reports it reached by ${m.asOf}.`;
    case "metOnTime":
      return m.daysBeforeDeadline === 0
        ? `met on time: reached ${reached} ${cite(m.achievedSourceId)}, the day of the deadline.`
        : `met on time: reached ${reached} ${cite(m.achievedSourceId)}, ${month ? "at least " : ""}${m.daysBeforeDeadline} days before the deadline.`;
    case "metLate":
      return `met late: reached ${reached} ${cite(m.achievedSourceId)}, ${month ? "at least " : ""}${m.slippageDays} days after the deadline.`;
    default:
      return `overdue: the deadline passed ${m.slippageDays} days ago, and no source reports it reached.`;
  }
}

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

  const number = new Map(r.sources.map((x) => [x.id, x.number]));
  /** "[3]", or "" for no source. @param {string | null | undefined} id */
  const cite = (id) => (id === null || id === undefined ? "" : `[${number.get(id) ?? id}]`);
  const seed = r.source;

  line(`Xiaomi's car plant in Beijing E-Town: the 2021 agreement and what followed, as of ${r.asOf}`);
  line(
    `Based on ${seed.publisher ?? "an article"}, "${seed.title ?? seed.id}" (published in ${when(seed.published)}) ${cite(seed.id)},`,
  );
  line("and on the later reports listed under SOURCES.");
  line();
  line("HOW TO READ THIS REPORT");
  line("  [n]     refers to source n in the list at the end.");
  line("  [a, b]  a range: the true value lies somewhere from a to b. Published figures are rounded to their");
  line('          last written digit ("193.48 billion" is anything from 193.475 up to 193.485 billion), so every');
  line("          figure computed from them is known only to a range. A round bracket leaves that end out:");
  line("          [31.5%, 32.5%) is 31.5% or more but less than 32.5%. Ends shown rounded are rounded outwards.");
  line("  pp      percentage points: the difference between two percentages (from 94.43% to 95.14% is +0.72 pp).");
  line("  Periods 2024-S1 is the first half of 2024 (January to June), 2021-Q4 the fourth quarter of 2021,");
  line("          2021-Q1/2021-Q3 the first three quarters of 2021. Days are written year-month-day.");

  line();
  line("WHO AGREED TO WHAT");
  line(
    `  ${a.title}${a.englishTitle === null ? "" : ` (${a.englishTitle})`}: a ${word(a.kind)}, signed in ${a.signed ?? "an unknown year"}${a.signed !== null && a.signed.length === 4 ? " (the article gives no day)" : ""} ${cite(seed.id)}`,
  );
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
    for (const c of a.commitments.filter((x) => x.party === party)) line(`    - ${word(c.kind)}: ${c.description}`);
  }
  const uncited = a.claims.uncited;
  if (uncited.length === 0) line(`  ${a.claims.citingSource} claims cite the article; none is uncited.`);
  else {
    /** @type {Map<string, number>} */
    const byKind = new Map();
    for (const c of uncited) byKind.set(c.kind, (byKind.get(c.kind) ?? 0) + 1);
    const kinds = [...byKind].map(([kind, n]) => `${n} ${CLAIM_WORDS[kind] ?? kind}${n === 1 ? "" : "s"}`).join(", ");
    line(
      `  ${a.claims.citingSource} claims cite the article ${cite(seed.id)}; ${uncited.length} cite no source (${kinds}): the article does not give them.`,
    );
  }

  const c = r.capacity;
  const unit = c.unit.replace(" per year", " a year");
  line();
  line(`THE PLANT'S CAPACITY, PHASE BY PHASE, AS OF ${r.asOf} ${c.sourceIds.map(cite).join("")}`);
  line(
    `  ${c.facility}, operated by ${c.operator ?? "an unknown party"}: ${groupDigits(c.total)} ${unit} in ${c.phases.length} phases.`,
  );
  if (!c.splitStated)
    line(
      `  The split between the phases is not stated: ${groupDigits(c.unassigned)} ${unit} are not assigned to any phase, and none is invented.`,
    );
  for (const p of c.phases) {
    line(
      `  Phase ${p.ordinal}: ${p.capacity === null ? "capacity not stated" : `${groupDigits(p.capacity)} ${unit}`}${p.plannedStart === null ? "" : `, planned to start operating in ${when(p.plannedStart)}`}`,
    );
    if (p.history.length === 0) line("    no status reported yet");
    for (const h of p.history) {
      const d = datings(h.shown, h.sourceId, h.accounts, cite);
      const sources = d.disagree
        ? `sources disagree: ${d.text}`
        : h.accounts.some((x) => x.on !== h.shown)
          ? d.text
          : d.cites;
      line(`    ${pad(h.shown, 11)} ${pad(STATUS_WORDS[h.status] ?? h.status, 34)} ${sources}`);
    }
  }

  line();
  line(`MILESTONES, AS OF ${r.asOf}`);
  for (const m of r.milestones) {
    line(`  ${m.title ?? word(m.kind)}`);
    const first = m.targets[0];
    if (first !== undefined)
      line(`    Promised: ${by(first.target, first.deadline)}, as stated on ${first.asOf} ${cite(first.sourceId)}.`);
    for (const t of m.targets.slice(1))
      line(`    Revised on ${t.asOf}: ${by(t.target, t.deadline)} ${cite(t.sourceId)}.`);
    line(`    Status: ${statusText(m, cite)}`);
    if (m.beforeStated)
      line(`    (${m.asOf} is before the target was stated: it is judged against the target as first stated.)`);
    for (const x of m.reports)
      line(`    A report of ${x.asOf} says it was ${REPORT_WORDS[x.status] ?? x.status} ${cite(x.sourceId)}.`);
    if (m.achieved !== null && m.achievedShown !== null) {
      const d = datings(m.achievedShown, m.achievedSourceId, m.accounts, cite);
      if (d.disagree) {
        line(`    The sources disagree on when: ${d.text}.`);
        const other = m.accounts.filter((x) => x.state !== m.state);
        // (an account whose period straddles the deadline cannot tell on time from late)
        line(
          other.length === 0
            ? `    Every one of these dates is ${m.state === "metOnTime" ? "before" : "after"} the deadline: the status is the same whichever source is right.`
            : `    The status depends on which source is right: ${other.map((x) => `by ${cite(x.sourceId)} it was ${x.state === "metLate" ? "late" : x.state === "metOnTime" ? "on time" : "on time or late (its date straddles the deadline)"}`).join("; ")}.`,
        );
      } else if (m.accounts.some((x) => x.sourceId !== m.achievedSourceId)) {
        line(`    Dated by: ${d.text}.`);
      }
    }
  }

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
  line(
    `  Figures for ${z.figures[0]?.period ?? "?"} (the first three quarters of 2021), as the article reports them ${cite(seed.id)}:`,
  );
  for (const f of z.figures) {
    const g = f.growth === null ? "no growth reported" : `${pct(f.growth.fraction)} on a year earlier`;
    line(
      `    ${pad(f.label, 32)} ${long(fig(f.cny).value.toString(), "CNY", "yuan")} = ${long(fig(f.usd).value.toString(), "USD", "dollars")}, ${g}`,
    );
  }

  const rates = r.rates;
  line();
  line("  The article does not say whether its growth rates are real (at constant prices) or nominal: see CAVEAT.");

  line();
  line("YUAN PER DOLLAR IMPLIED BY EACH PAIR OF FIGURES");
  for (const x of rates.implied) {
    const f = fig(x.rate);
    line(
      `    ${pad(/** @type {Record<string, string>} */ (LABELS)[x.id ?? ""] ?? x.id ?? "", 32)} ${f.value.toFixed(5)}  ${figure.format(f, { style: "interval", decimals: 5 })}`,
    );
  }
  if (rates.consistent && rates.common !== null) {
    const common = fig(rates.common);
    line(
      `  The three agree: every rate in ${figure.format(common, { style: "interval", decimals: 5 })} fits all of them (about ${common.value.toFixed(3)} yuan per dollar).`,
    );
  } else {
    line(
      `  The three disagree: no single rate fits them all (${rates.disagreements.length} pair(s) cannot both hold).`,
    );
  }

  line();
  line("VALUES A YEAR EARLIER, IMPLIED BY THE GROWTH RATES (value ÷ (1 + growth))");
  for (const p of r.previous) {
    const label = /** @type {Record<string, string>} */ (LABELS)[p.id] ?? p.id;
    line(`    ${pad(`${label}, ${p.period}`, 50)} ${bn(p.level)} yuan  ${bnInterval(p.level)}`);
  }

  const s = r.share;
  line();
  line("SHARE OF THE FOUR LEADING INDUSTRIES IN INDUSTRIAL OUTPUT");
  line(
    `    2021-Q1/2021-Q3  ${figure.format(fig(s.current), { as: "percent", decimals: 2 })}  ${figure.format(fig(s.current), { as: "percent", decimals: 2, style: "interval" })}`,
  );
  line(
    `    2020-Q1/2020-Q3  ${figure.format(fig(s.previous), { as: "percent", decimals: 2 })}  ${figure.format(fig(s.previous), { as: "percent", decimals: 2, style: "interval" })}`,
  );
  line(
    `    change           ${figure.format(fig(s.change), { signed: true, decimals: 2 })} pp  ${figure.format(fig(s.change), { decimals: 2, style: "interval" })} pp`,
  );

  const rem = r.remainder;
  const w = rem.why;
  line();
  line("INDUSTRIAL OUTPUT OUTSIDE THE FOUR INDUSTRIES");
  line(`    2021-Q1/2021-Q3  ${bn(rem.current)} yuan  ${bnInterval(rem.current)}`);
  line(`    2020-Q1/2020-Q3  ${bn(rem.previous)} yuan  ${bnInterval(rem.previous)} (implied)`);
  line(
    `    growth           ${pct(rem.rate, 1)}, somewhere in ${figure.format(fig(rem.rate), { as: "percent", decimals: 2, style: "interval" })}`,
  );
  line(
    `  Why so wide: "32%" is rounded to a whole percent, so the total's growth lies anywhere in ${figure.format(fig(w.totalGrowth), { as: "percent", style: "interval" })}.`,
  );
  line(
    `  That one-point band puts last year's total anywhere in ${bnInterval(w.totalBefore)} bn yuan, a band ${bnDecimal(w.totalBeforeWidth)} wide,`,
  );
  line(`  and last year's output outside the four industries is that total minus the four industries: only`);
  line(`  about ${bn(rem.previous)}, so the band moves its growth by many points. Had the article written "32.0%",`);
  line(
    `  the growth would lie in ${figure.format(fig(w.withOneMoreDigit), { as: "percent", decimals: 2, style: "interval" })}.`,
  );

  line();
  line(`CONTRIBUTIONS TO THE GROWTH OF INDUSTRIAL OUTPUT (${pct(w.totalGrowth)})`);
  for (const x of rem.contributions) {
    const label =
      x.id === null
        ? "Output outside the four industries"
        : (/** @type {Record<string, string>} */ (LABELS)[x.id] ?? x.id);
    line(
      `    ${pad(label, 36)} ${figure.format(fig(x.points), { signed: true, decimals: 1 })} pp  ${figure.format(fig(x.points), { decimals: 1, style: "interval" })} pp`,
    );
  }

  line();
  line("CAVEAT");
  for (const piece of wrap(r.caveat, 94)) line(`  ${piece}`);

  line();
  line("SOURCES");
  for (const x of r.sources) {
    const lang = x.language === null ? "" : ` In ${LANGUAGES[x.language] ?? x.language}.`;
    const undated = x.published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(x.published) ? " (no exact date)" : "";
    line(
      `  [${x.number}] ${x.publisher ?? "(publisher unknown)"}, "${x.title ?? x.id}", ${when(x.published)}${undated}.${lang}`,
    );
    if (x.url !== null) line(`      ${x.url}`);
  }
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
