// @ts-check
/**
 * The case study as a reader sees it: the analysis of examples/analysis.mjs, computed in the
 * browser with accordo, drawn with Observable Plot as four SVG charts, each with a title, a
 * caption and a text alternative (aria-label, <title>, <desc>). Bundled with the data by
 * examples/browser/build.mjs into dist/case-study.js, so that index.html works offline from the
 * built files. `?date=YYYY-MM-DD` picks the day the milestones are judged on (default: today).
 *
 * Every mark that stands for a number carries it, exactly, in data-* attributes, for
 * `npm run browser:check` to compare with what Node computes.
 */
import * as Plot from "@observablehq/plot";
import { figure } from "accordo";
import { FigureSchema, parse } from "accordo/schemas";
import { analyse, render, when } from "../analysis.mjs";
import agreementJSON from "../data/agreement.json";
import zoneJSON from "../data/zone.json";

/** @typedef {import("../analysis.mjs").Analysis} Analysis */
/** @typedef {import("accordo/schemas").FigureJSON} FigureJSON */

const WIDTH = 760;
const FONT = "system-ui, -apple-system, 'Segoe UI', sans-serif";
const COLORS = {
  interval: "#1f5fa8",
  band: "#f2b705",
  onTime: "#2e7d32",
  late: "#c62828",
  account: "#e07b00",
  promise: "#cfdcec",
};
/** Capacity statuses: plain words and colours (light to dark as the phase moves on). */
const STATUS = /** @type {Record<string, { words: string, color: string }>} */ ({
  announced: { words: "announced", color: "#dbe4ee" },
  permitted: { words: "land, permits, financing", color: "#b5c8dc" },
  underConstruction: { words: "under construction", color: "#f0b45a" },
  operating: { words: "operating", color: "#2e7d32" },
  shelved: { words: "shelved", color: "#9e9e9e" },
  cancelled: { words: "cancelled", color: "#616161" },
  mothballed: { words: "idle", color: "#8d6e63" },
  retired: { words: "retired", color: "#424242" },
});

/** Each chart's scales, by figure id (window.caseStudyScales). */
const SCALES = {};

/** "Today" in the browser, as YYYY-MM-DD, when the address gives no ?date=. */
function today() {
  const now = new Date();
  const two = (/** @type {number} */ n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/** @param {string} day - YYYY-MM-DD @returns {Date} midnight UTC of that day */
const utc = (day) => new Date(`${day}T00:00:00Z`);
/** @param {string} day @returns {Date} midnight UTC of the next day (the end of that day) */
const after = (day) => new Date(utc(day).getTime() + 86_400_000);
/** @param {FigureJSON} json */
const fig = (json) => parse(FigureSchema, json);
/** @param {string} d @param {number} places */
const fixed = (d, places) => Number(d).toFixed(places);
/** "[7.06%, 24.27%]" @param {FigureJSON} json */
const pctRange = (json) => figure.format(fig(json), { as: "percent", decimals: 2, style: "interval" });

/**
 * Wraps a Plot SVG in a figure with a heading, a caption, and its text alternatives.
 *
 * @param {string} id - the figure's id (also the screenshot's name)
 * @param {string} heading
 * @param {SVGSVGElement | HTMLElement} chart - what Plot returned
 * @param {{ label: string, description: string, caption: string }} text
 */
function figureOf(id, heading, chart, text) {
  const svg =
    chart instanceof SVGSVGElement ? chart : /** @type {SVGSVGElement} */ (chart.querySelector(":scope > svg"));
  // The scales, for the check to place each mark where its data say it belongs.
  const plotted =
    /** @type {{ scale: (name: string) => { type: string, domain: unknown[], range: number[] } | undefined }} */ (
      /** @type {unknown} */ (chart)
    );
  /** @type {Record<string, { type: string, domain: number[], range: number[] }>} */
  const scales = {};
  for (const name of ["x", "y"]) {
    const s = plotted.scale(name);
    if (s !== undefined && s.range !== undefined)
      scales[name] = { type: s.type, domain: s.domain.map((v) => Number(v)), range: [...s.range] };
  }
  Object.assign(SCALES, { [id]: scales });
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", text.label);
  const ns = "http://www.w3.org/2000/svg";
  const title = document.createElementNS(ns, "title");
  title.textContent = heading;
  const desc = document.createElementNS(ns, "desc");
  desc.textContent = text.description;
  svg.prepend(title, desc);
  svg.setAttribute("aria-describedby", `${id}-caption`);
  const figureElement = document.createElement("figure");
  figureElement.id = id;
  figureElement.className = "chart";
  const h2 = document.createElement("h2");
  h2.textContent = heading;
  const caption = document.createElement("figcaption");
  caption.id = `${id}-caption`;
  caption.innerHTML = text.caption;
  figureElement.append(h2, chart, caption);
  return figureElement;
}

/**
 * Sets data-* attributes on the elements a mark drew, in data order.
 *
 * @param {Element} root - the chart
 * @param {string} mark - the mark's aria-label
 * @param {readonly Record<string, string>[]} rows - one set of attributes per datum
 */
function tag(root, mark, rows) {
  const group = root.querySelector(`g[aria-description="${mark}"]`);
  if (group === null) {
    const found = [...root.querySelectorAll("g[aria-description]")].map((g) => g.getAttribute("aria-description"));
    throw new Error(`no mark "${mark}" in the chart (it has ${found.join(", ")})`);
  }
  const shapes = [...group.children];
  if (shapes.length !== rows.length)
    throw new Error(`mark "${mark}" drew ${shapes.length} shapes for ${rows.length} data`);
  shapes.forEach((shape, i) => {
    for (const [key, value] of Object.entries(rows[i] ?? {})) shape.setAttribute(`data-${key}`, value);
  });
}

/** "Aug 2024" for a month, else as {@link when} says it. @param {string} text */
const short = (text) =>
  /^\d{4}-\d{2}$/.test(text)
    ? `${["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][Number(text.slice(5)) - 1]} ${text.slice(0, 4)}`
    : when(text);

/** @param {string} text */
const escape = (text) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

/**
 * The three implied CNY/USD intervals and the band common to them, on one axis.
 *
 * @param {Analysis} r
 */
function ratesChart(r) {
  const labels = {
    "gdp-2021-q1q3": "GDP",
    "industrial-output-2021-q1q3": "Industrial output",
    "leading-industries-output-2021-q1q3": "Four leading industries",
  };
  const rows = r.rates.implied.map((x) => ({
    label: /** @type {Record<string, string>} */ (labels)[x.id ?? ""] ?? x.id ?? "",
    lo: Number(x.rate.lo),
    hi: Number(x.rate.hi),
    value: Number(x.rate.value),
    json: x.rate,
  }));
  const common = r.rates.common;
  const lo = Math.min(...rows.map((x) => x.lo));
  const hi = Math.max(...rows.map((x) => x.hi));
  const pad = (hi - lo) * 0.08;
  const chart = Plot.plot({
    width: WIDTH,
    height: 210,
    marginLeft: 175,
    marginRight: 20,
    style: { fontFamily: FONT, fontSize: "13px" },
    x: { domain: [lo - pad, hi + pad], label: "yuan per US dollar →", tickFormat: ".4f", ticks: 6, grid: true },
    y: { domain: rows.map((x) => x.label), label: null },
    marks: [
      common === null
        ? null
        : Plot.rectX([common], {
            x1: (d) => Number(d.lo),
            x2: (d) => Number(d.hi),
            fill: COLORS.band,
            fillOpacity: 0.35,
            ariaDescription: "common band",
          }),
      Plot.ruleY(rows, {
        y: "label",
        x1: "lo",
        x2: "hi",
        stroke: COLORS.interval,
        strokeWidth: 7,
        strokeLinecap: "butt",
        ariaDescription: "implied intervals",
      }),
      Plot.tickX(rows, {
        y: "label",
        x: "value",
        stroke: "white",
        strokeWidth: 2,
        inset: 9,
        ariaDescription: "implied rates",
      }),
      Plot.text(rows, {
        y: "label",
        x: "hi",
        text: (d) => `${fixed(String(d.value), 5)}`,
        dx: 8,
        textAnchor: "start",
        dy: -12,
        fill: "#333",
        ariaHidden: true,
      }),
    ],
  });
  tag(
    chart,
    "implied intervals",
    rows.map((x) => ({ label: x.label, lo: x.json.lo, hi: x.json.hi, value: x.json.value })),
  );
  if (common !== null) tag(chart, "common band", [{ lo: common.lo, hi: common.hi }]);
  const band = common === null ? null : figure.format(fig(common), { style: "interval", decimals: 5 });
  const description = `${rows.map((x) => `${x.label}: ${fixed(x.json.value, 5)}, between ${fixed(x.json.lo, 5)} and ${fixed(x.json.hi, 5)} yuan per dollar`).join("; ")}. ${band === null ? "No single rate fits all three." : `Every rate in ${band} fits all three.`}`;
  return figureOf("chart-rates", "One exchange rate fits all three pairs of figures", chart, {
    label: `Three ranges of the yuan-dollar rate implied by the article's figures, and the band they share${band === null ? "" : `, ${band}`}`,
    description,
    caption: `The article gives each figure in yuan and in dollars. Dividing one by the other gives the rate it used, but each figure is rounded to its last written digit, so each pair only fixes a <em>range</em> of rates (blue bars; the white tick is the rate from the figures as written). ${band === null ? "The three ranges do not overlap." : `The yellow band, <strong data-number="common">${escape(band)}</strong>, is where all three overlap: the figures are consistent with one rate of about ${escape(fixed(common?.value ?? "0", 3))} yuan per dollar.`} Source: [1].`,
  });
}

/**
 * Capacity over time, phase by phase: each phase a band as high as its stated capacity (stacked),
 * coloured by its status; a phase whose capacity is not stated is drawn hatched over what is left.
 *
 * @param {Analysis} r
 */
function capacityChart(r) {
  const c = r.capacity;
  const total = Number(c.total);
  const first = c.phases.flatMap((p) => p.history.map((h) => h.on)).sort()[0] ?? r.asOf;
  let stacked = 0;
  /** @type {{ phase: number, status: string, from: string, to: string, y1: number, y2: number, stated: boolean, shown: string }[]} */
  const segments = [];
  const stated = c.phases.reduce((sum, p) => sum + (p.capacity === null ? 0 : Number(p.capacity)), 0);
  const unstated = c.phases.filter((p) => p.capacity === null).length;
  let free = 0;
  for (const p of c.phases) {
    const height = p.capacity === null ? (total - stated) / Math.max(1, unstated) : Number(p.capacity);
    const y1 = p.capacity === null ? stated + free : stacked;
    if (p.capacity === null) free += height;
    else stacked += height;
    p.history.forEach((h, i) => {
      const next = p.history[i + 1];
      segments.push({
        phase: p.ordinal,
        status: h.status,
        from: h.on,
        to: next === undefined ? r.asOf : next.on,
        y1,
        y2: y1 + height,
        stated: p.capacity !== null,
        shown: h.shown,
      });
    });
  }
  const labels = c.phases.map((p, i) => {
    const s = segments.find((x) => x.phase === p.ordinal);
    const y = s === undefined ? 0 : (s.y1 + s.y2) / 2;
    return {
      y,
      text: `Phase ${p.ordinal}: ${p.capacity === null ? "capacity not stated" : `${Number(p.capacity).toLocaleString("en-US")} a year`}`,
      i,
    };
  });
  const chart = Plot.plot({
    width: WIDTH,
    height: 260,
    marginLeft: 70,
    marginRight: 20,
    style: { fontFamily: FONT, fontSize: "13px" },
    x: { type: "utc", domain: [utc(first.slice(0, 8) + "01"), after(r.asOf)], label: null, ticks: "year" },
    y: {
      domain: [0, total],
      label: "↑ vehicles a year",
      tickFormat: (d) => (d === 0 ? "0" : `${d / 1000}k`),
      grid: true,
    },
    color: {
      domain: Object.keys(STATUS).filter((s) => segments.some((x) => x.status === s)),
      range: Object.keys(STATUS)
        .filter((s) => segments.some((x) => x.status === s))
        .map((s) => STATUS[s]?.color ?? "#999"),
      tickFormat: (s) => STATUS[s]?.words ?? s,
      legend: true,
    },
    marks: [
      Plot.rect(segments, {
        x1: (d) => utc(d.from),
        x2: (d) => utc(d.to),
        y1: "y1",
        y2: "y2",
        fill: "status",
        fillOpacity: (d) => (d.stated ? 1 : 0.45),
        stroke: "white",
        strokeWidth: 1,
        ariaDescription: "phase segments",
        title: (d) => `Phase ${d.phase}: ${STATUS[d.status]?.words ?? d.status} from ${d.shown}`,
      }),
      Plot.text(labels, {
        x: utc(first.slice(0, 8) + "01"),
        y: "y",
        text: "text",
        dx: 6,
        textAnchor: "start",
        fill: "#111",
        fontWeight: "bold",
        ariaHidden: true,
      }),
      Plot.ruleX([utc(r.asOf)], { stroke: "#555", strokeDasharray: "3,3", ariaHidden: true }),
    ],
  });
  tag(
    chart,
    "phase segments",
    segments.map((s) => ({
      phase: String(s.phase),
      status: s.status,
      from: s.from,
      to: s.to,
      capacity: s.stated ? String(s.y2 - s.y1) : "not stated",
    })),
  );
  const description = c.phases
    .map(
      (p) =>
        `Phase ${p.ordinal} (${p.capacity === null ? "capacity not stated" : `${p.capacity} vehicles a year`}): ${p.history.map((h) => `${STATUS[h.status]?.words ?? h.status} from ${h.shown}`).join(", ") || "no status reported"}`,
    )
    .join(". ");
  return figureOf("chart-capacity", "The plant's capacity, phase by phase", chart, {
    label: `The plant's ${Number(c.total).toLocaleString("en-US")} vehicles a year in ${c.phases.length} phases, each coloured by its status over time up to ${r.asOf}`,
    description: `${description}.`,
    caption: `Each band is one phase, as high as its stated capacity (${c.splitStated ? "both phases' capacities are stated" : "a phase whose capacity no source states is drawn paler over the part of the total no phase is assigned, without inventing a split"}), coloured by its status from the day a source reports it until the next change or ${escape(r.asOf)} (dashed line). Months a source gives without a day start on the month's first day. Sources: [1] [2] [3] for the capacities; the statuses' sources are in the report below.`,
  });
}

/**
 * Each milestone's promised window and deadline against when it was reached, with every source's
 * dating of it.
 *
 * @param {Analysis} r
 */
function milestonesChart(r) {
  const number = new Map(r.sources.map((x) => [x.id, x.number]));
  const cite = (/** @type {string | null} */ id) => (id === null ? "" : `[${number.get(id) ?? id}]`);
  const titles = r.milestones.map((m) => m.title ?? m.id);
  const targets = r.milestones.flatMap((m) => m.targets.map((t, i) => ({ title: m.title ?? m.id, ...t, revision: i })));
  const achieved = r.milestones
    .filter((m) => m.achieved !== null)
    .map((m) => {
      const also = m.accounts
        .filter((x) => x.consistent && x.sourceId !== m.achievedSourceId)
        .map((x) => cite(x.sourceId));
      return {
        title: m.title ?? m.id,
        day: /** @type {string} */ (m.achieved),
        state: m.state,
        shown: m.achievedShown ?? "",
        sourceId: m.achievedSourceId,
        id: m.id,
        cites: [cite(m.achievedSourceId), ...also].join(""),
      };
    });
  // Datings that do not contain the achievement's day: the disagreements.
  const accounts = r.milestones.flatMap((m) =>
    m.accounts.filter((x) => !x.consistent).map((x) => ({ title: m.title ?? m.id, ...x, id: m.id })),
  );
  const others = r.milestones
    .map((m) => ({ title: m.title ?? m.id, list: m.accounts.filter((x) => !x.consistent), id: m.id }))
    .filter((m) => m.list.length > 0)
    .map((m) => {
      const starts = [
        ...m.list.map((x) => x.start),
        ...targets.filter((t) => t.title === m.title).map((t) => t.start),
      ].sort();
      return {
        title: m.title,
        start: starts[0] ?? r.asOf,
        text: `other sources: ${m.list.map((x) => `${short(x.on)} ${cite(x.sourceId)}`).join(", ")}`,
      };
    });
  const days = [
    ...targets.flatMap((t) => [t.asOf, t.deadline]),
    ...achieved.map((a) => a.day),
    ...accounts.map((a) => a.end),
  ].sort();
  const from = utc(`${(days[0] ?? r.asOf).slice(0, 7)}-01`);
  const to = after(days[days.length - 1] ?? r.asOf);
  const chart = Plot.plot({
    width: WIDTH,
    height: 90 + 62 * titles.length,
    marginLeft: 10,
    marginRight: 30,
    marginTop: 30,
    style: { fontFamily: FONT, fontSize: "13px" },
    x: { type: "utc", domain: [from, new Date(to.getTime() + 60 * 86_400_000)], label: null, grid: true },
    y: { domain: titles, label: null, axis: null, padding: 0.35 },
    fy: undefined,
    marks: [
      Plot.text(titles, {
        x: from,
        y: (d) => d,
        text: (d) => d,
        dy: -27,
        textAnchor: "start",
        fontWeight: "bold",
        fill: "#111",
        ariaHidden: true,
      }),
      Plot.ruleY(targets, {
        y: "title",
        x1: (d) => utc(d.asOf),
        x2: (d) => utc(d.start),
        stroke: "#9aa9bb",
        strokeDasharray: "2,3",
        ariaHidden: true,
      }),
      Plot.dot(targets, {
        y: "title",
        x: (d) => utc(d.asOf),
        r: 3.5,
        stroke: "#55677d",
        fill: "white",
        ariaHidden: true,
      }),
      Plot.barX(targets, {
        y: "title",
        x1: (d) => utc(d.start),
        x2: (d) => after(d.deadline),
        fill: COLORS.promise,
        ariaDescription: "promised windows",
        title: (d) => `Promised by ${d.deadline}`,
      }),
      Plot.tickX(targets, {
        y: "title",
        x: (d) => after(d.deadline),
        stroke: "#1f3b5c",
        strokeWidth: 2,
        ariaDescription: "deadlines",
      }),
      Plot.barX(accounts, {
        y: "title",
        x1: (d) => utc(d.start),
        x2: (d) => after(d.end),
        fill: COLORS.account,
        fillOpacity: 0.55,
        insetTop: 12,
        insetBottom: 12,
        ariaDescription: "other datings",
        title: (d) => `${when(d.on)} according to ${cite(d.sourceId)}`,
      }),
      Plot.text(others, {
        y: "title",
        x: (d) => utc(d.start),
        text: "text",
        dy: 18,
        textAnchor: "start",
        fill: "#8a4b00",
        fontSize: 11,
        ariaHidden: true,
      }),
      Plot.dot(achieved, {
        y: "title",
        x: (d) => utc(d.day),
        r: 6,
        fill: (d) => (d.state === "metLate" ? COLORS.late : COLORS.onTime),
        stroke: "white",
        ariaDescription: "achievements",
        title: (d) => `Reached ${d.shown} ${cite(d.sourceId)}`,
      }),
      Plot.text(achieved, {
        y: "title",
        x: (d) => utc(d.day),
        text: (d) => `${d.shown} ${d.cites}`,
        dx: 9,
        dy: -12,
        textAnchor: "start",
        fill: "#1b5e20",
        fontSize: 11,
        fontWeight: "bold",
        ariaHidden: true,
      }),
    ],
  });
  tag(
    chart,
    "promised windows",
    targets.map((t) => ({ milestone: t.title, start: t.start, deadline: t.deadline, stated: t.asOf })),
  );
  tag(
    chart,
    "deadlines",
    targets.map((t) => ({ milestone: t.title, deadline: t.deadline })),
  );
  tag(
    chart,
    "achievements",
    achieved.map((a) => ({ milestone: a.id, achieved: a.day, state: a.state })),
  );
  if (accounts.length > 0)
    tag(
      chart,
      "other datings",
      accounts.map((a) => ({ milestone: a.id, start: a.start, end: a.end, source: a.sourceId ?? "" })),
    );
  const words = { scheduled: "not yet due", metOnTime: "met on time", metLate: "met late", overdue: "overdue" };
  const description = r.milestones
    .map((m) => {
      const other = m.accounts.filter((x) => !x.consistent).map((x) => `${when(x.on)} ${cite(x.sourceId)}`);
      return `${m.title}: promised by ${m.deadline}; ${/** @type {Record<string, string>} */ (words)[m.state] ?? m.state}${m.achieved === null ? "" : `, reached ${m.achievedShown} ${cite(m.achievedSourceId)}`}${other.length === 0 ? "" : `; other sources date it ${other.join(", ")}`}`;
    })
    .join(". ");
  const mass = r.milestone;
  return figureOf("chart-milestones", "What was promised, and when it happened", chart, {
    label: `Timeline of ${r.milestones.length} milestones as of ${r.asOf}: each promised window and deadline, and when each was reached according to each source`,
    description: `${description}.`,
    caption: `Each row is a milestone. The hollow dot is the day the promise was stated; the pale bar is the promised period and the dark tick its deadline. The green dot is when the milestone was reached (red if late); orange bars are the datings of other sources that disagree, with their source numbers. As of ${escape(r.asOf)}, mass production is <strong data-number="mass-production-state">${escape(/** @type {Record<string, string>} */ (words)[mass.state] ?? mass.state)}</strong>${mass.accounts.some((x) => !x.consistent) ? ", whichever source is right" : ""}.`,
  });
}

/**
 * The growth of output outside the four industries with its bounds, next to the same computation
 * had the article written "32.0%".
 *
 * @param {Analysis} r
 */
function growthChart(r) {
  const rem = r.remainder;
  const rows = [
    { label: 'From the published "32%"', json: rem.rate },
    { label: 'Had it written "32.0%"', json: rem.why.withOneMoreDigit },
  ].map((x) => ({ ...x, lo: Number(x.json.lo) * 100, hi: Number(x.json.hi) * 100, value: Number(x.json.value) * 100 }));
  const chart = Plot.plot({
    width: WIDTH,
    height: 170,
    marginLeft: 180,
    marginRight: 30,
    style: { fontFamily: FONT, fontSize: "13px" },
    x: { domain: [0, 30], label: "growth on a year earlier (%) →", grid: true },
    y: { domain: rows.map((x) => x.label), label: null },
    marks: [
      Plot.ruleY(rows, {
        y: "label",
        x1: "lo",
        x2: "hi",
        stroke: (d) => (d.label.includes("32.0") ? "#8e9aab" : COLORS.interval),
        strokeWidth: 7,
        ariaDescription: "growth intervals",
      }),
      Plot.tickX(rows, {
        y: "label",
        x: "value",
        stroke: "white",
        strokeWidth: 2,
        inset: 9,
        ariaDescription: "growth estimates",
      }),
      Plot.text(rows, {
        y: "label",
        x: "hi",
        text: (d) => pctRange(d.json),
        dx: 8,
        textAnchor: "start",
        fill: "#333",
        ariaHidden: true,
      }),
    ],
  });
  tag(
    chart,
    "growth intervals",
    rows.map((x) => ({ label: x.label, lo: x.json.lo, hi: x.json.hi, value: x.json.value })),
  );
  const published = pctRange(rem.rate);
  const sharper = pctRange(rem.why.withOneMoreDigit);
  return figureOf("chart-growth", "Growth of industrial output outside the four leading industries", chart, {
    label: `Growth of output outside the four industries: ${published} from the published figures, ${sharper} had the total's growth been written 32.0%`,
    description: `From the published figures the growth lies in ${published} (about ${fixed(String(rows[0]?.value ?? 0), 1)}%); had the article written 32.0% instead of 32%, it would lie in ${sharper}.`,
    caption: `The article gives industrial output (+32%) and the four leading industries' output (+33.0%); what is left is the output outside them, about ${escape(fig(rem.current).value.div(1e9).toFixed(2))} billion yuan. Its growth is <strong data-number="growth">${escape(published)}</strong>: "32%" is rounded to a whole percent, and that one point moves last year's small remainder a lot. With one more digit ("32.0%") the range would shrink to <strong data-number="growth-32.0">${escape(sharper)}</strong>. Source: [1].`,
  });
}

/** The sources, numbered as in the report. @param {Analysis} r */
function sourcesList(r) {
  const list = document.createElement("ol");
  list.className = "sources";
  for (const x of r.sources) {
    const item = document.createElement("li");
    item.id = `source-${x.number}`;
    const title =
      x.url === null ? escape(x.title ?? x.id) : `<a href="${escape(x.url)}">${escape(x.title ?? x.id)}</a>`;
    item.innerHTML = `${escape(x.publisher ?? "")}, “${title}”, ${escape(when(x.published))}.`;
    list.append(item);
  }
  return list;
}

const status = /** @type {HTMLOutputElement} */ (document.getElementById("status"));
try {
  const asked = new URLSearchParams(location.search).get("date");
  const asOf = asked ?? today();
  const result = analyse({ agreement: agreementJSON, zone: zoneJSON }, { asOf });
  const text = render(result);
  const main = /** @type {HTMLElement} */ (document.getElementById("charts"));
  /** @type {HTMLElement} */ (document.getElementById("as-of")).textContent = asOf;
  main.append(milestonesChart(result), capacityChart(result), ratesChart(result), growthChart(result));
  /** @type {HTMLElement} */ (document.getElementById("sources")).append(sourcesList(result));
  /** @type {HTMLElement} */ (document.getElementById("report")).textContent = text;
  // What scripts/browser-case-study.mjs compares with `node examples/case-study.mjs`.
  Object.assign(window, { caseStudy: { json: `${JSON.stringify(result, null, 2)}\n`, text }, caseStudyScales: SCALES });
  status.value = "done";
} catch (error) {
  Object.assign(window, {
    caseStudy: { error: String(error instanceof Error && error.stack !== undefined ? error.stack : error) },
  });
  status.value = `failed: ${String(error)}`;
}
