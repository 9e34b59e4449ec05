#!/usr/bin/env node
// npm run browser:check: builds the case study's page (examples/browser/build.mjs bundles it with
// the data, accordo's build and Observable Plot into examples/browser/dist/), serves that folder
// alone on 127.0.0.1 (so the page must work from its built files, offline), opens it in Debian's
// headless Chromium (/usr/bin/chromium driven by playwright-core; never a browser download), and
// checks that:
//   - the page computes exactly what Node computes: its analysis as JSON and as text equal
//     `node examples/case-study.mjs --json --date <day>` and `... --date <day>`;
//   - each chart's marks stand for Node's numbers, where its scales put them: the three implied
//     CNY/USD intervals and their common band, each phase's status segments, each milestone's
//     deadline and achievement, the two growth intervals (data-* attributes equal Node's exact
//     decimals; positions equal the scale's image of them, to a pixel);
//   - the numbers the captions state equal Node's, formatted with accordo;
//   - each chart is an SVG with a role, an aria-label, a <title>, a <desc> and a caption.
// It writes a PNG of each chart to reports/case-study/<chart>.png. Exits non-zero on any problem,
// page error or failed request.
//
//   node scripts/browser-case-study.mjs [--date 2026-12-07] [--chromium /usr/bin/chromium] [--out reports/case-study]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { openChromium, serveStatic } from "./lib/browser.mjs";

/** A figure's JSON formatted by accordo's build, as the page does. */
async function formatter() {
  const [{ figure }, { FigureSchema, parse }] = await Promise.all([import("accordo"), import("accordo/schemas")]);
  return (json, opts) => (json === null || json === undefined ? "" : figure.format(parse(FigureSchema, json), opts));
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values: options } = parseArgs({
  options: {
    date: { type: "string", default: "2026-12-07" },
    chromium: { type: "string", default: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
    out: { type: "string", default: join(root, "reports", "case-study") },
  },
});
const log = (message) => console.log(`browser:check: ${message}`);
const die = (message) => {
  console.error(`browser:check: ${message}`);
  process.exit(1);
};

if (!/^\d{4}-\d{2}-\d{2}$/.test(options.date)) die(`--date must be YYYY-MM-DD, got "${options.date}"`);
for (const file of ["dist/index.js", "dist/schemas.js"]) {
  if (!existsSync(join(root, file))) die(`${file} is missing: run npm run build first`);
}
if (!existsSync(options.chromium))
  die(`no Chromium at ${options.chromium}; install Debian's: apt-get install -y chromium`);

const format = await formatter();

// The page, bundled.
const bundled = spawnSync(process.execPath, [join(root, "examples", "browser", "build.mjs")], {
  cwd: root,
  encoding: "utf8",
});
if (bundled.status !== 0) die(`examples/browser/build.mjs exited with ${bundled.status}:\n${bundled.stderr}`);

// What Node computes, through the CLI, as a user runs it.
function cli(...args) {
  const run = spawnSync(process.execPath, [join(root, "examples", "case-study.mjs"), ...args], {
    cwd: root,
    encoding: "utf8",
  });
  if (run.status !== 0) die(`node examples/case-study.mjs ${args.join(" ")} exited with ${run.status}:\n${run.stderr}`);
  return run.stdout;
}
const nodeJSON = cli("--json", "--date", options.date);
const nodeText = cli("--date", options.date);

// The page's folder alone, on the loopback interface only: it must need nothing else.
const server = await serveStatic(join(root, "examples", "browser"));
const origin = server.origin;

const problems = [];
let checked = 0;
let result;
let charts = { ids: [], figures: {} };
let browserVersion = "";
const browser = await openChromium(options.chromium, origin);
const context = browser.context;
try {
  browserVersion = context.browser()?.version() ?? "";
  const page = await context.newPage();
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("requestfailed", (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? "?"})`),
  );
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  const url = `${origin}/index.html?date=${options.date}`;
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => window.caseStudy !== undefined, undefined, { timeout: 30_000 });
  result = await page.evaluate(() => window.caseStudy);
  charts = await page.evaluate(readCharts);
  mkdirSync(options.out, { recursive: true });
  for (const id of charts.ids) {
    await page.locator(`#${id}`).screenshot({ path: join(options.out, `${id.replace(/^chart-/, "")}.png`) });
  }
  log(
    `opened ${url.replace(origin, "")} in Chromium ${browserVersion}; ${charts.ids.length} chart screenshots in ${options.out.replace(`${root}/`, "")}/`,
  );
} finally {
  await browser.close();
  server.close();
}

/** The first line where two texts differ, for the report. */
function firstDifference(a, b) {
  const x = a.split("\n");
  const y = b.split("\n");
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return `line ${i + 1}:\n  browser: ${JSON.stringify(x[i])}\n  node:    ${JSON.stringify(y[i])}`;
  }
  return "(no difference)";
}

if (result?.error !== undefined) problems.push(`the page failed: ${result.error}`);
else {
  if (result?.json !== nodeJSON)
    problems.push(`the JSON differs from node's, first at ${firstDifference(result?.json ?? "", nodeJSON)}`);
  if (result?.text !== nodeText)
    problems.push(`the text report differs from node's, first at ${firstDifference(result?.text ?? "", nodeText)}`);
}
if (result?.error === undefined) checkCharts(JSON.parse(nodeJSON), charts);
if (problems.length > 0) {
  for (const p of problems) console.error(`browser:check: ${p.replaceAll(origin, "")}`);
  die(`${problems.length} problem(s)`);
}
log(
  `the analysis as of ${options.date}: ${nodeJSON.length} characters of JSON, ${nodeText.split("\n").length - 1} lines of text, equal to node's`,
);
log(`${checked} chart marks and caption numbers equal node's, each where its scale puts it`);
console.log("browser result equals node result");

/**
 * Runs in the page: every chart's marks (their data-* attributes and geometry), its scales, its
 * text alternatives and the numbers its caption states.
 */
function readCharts() {
  const figures = {};
  for (const f of document.querySelectorAll("figure.chart")) {
    const svg = f.querySelector("svg[role=img]");
    const marks = {};
    for (const g of svg.querySelectorAll("g[aria-description]")) {
      marks[g.getAttribute("aria-description")] = [...g.children].map((e) => {
        const box = {};
        for (const a of ["x", "y", "width", "height", "x1", "x2", "y1", "y2", "cx", "cy", "transform"])
          if (e.hasAttribute(a)) box[a] = e.getAttribute(a);
        return { tag: e.tagName, data: { ...e.dataset }, box };
      });
    }
    figures[f.id] = {
      role: svg.getAttribute("role"),
      label: svg.getAttribute("aria-label") ?? "",
      title: svg.querySelector(":scope > title")?.textContent ?? "",
      desc: svg.querySelector(":scope > desc")?.textContent ?? "",
      caption: f.querySelector("figcaption")?.textContent ?? "",
      numbers: Object.fromEntries(
        [...f.querySelectorAll("[data-number]")].map((e) => [e.dataset.number, e.textContent]),
      ),
      scales: window.caseStudyScales?.[f.id] ?? {},
      marks,
    };
  }
  return { ids: Object.keys(figures), figures };
}

/** Compares what the page drew with Node's analysis `r`; pushes each difference to `problems`. */
function checkCharts(r, { figures }) {
  const expect = (ok, message) => {
    checked++;
    if (!ok) problems.push(message);
  };
  const map = (scale, v) =>
    scale.range[0] + ((v - scale.domain[0]) / (scale.domain[1] - scale.domain[0])) * (scale.range[1] - scale.range[0]);
  const near = (a, b) => Math.abs(Number(a) - b) <= 1.01;
  const day = (d) => Date.parse(`${d}T00:00:00Z`);
  const nextDay = (d) => day(d) + 86_400_000;
  const shift = (box) => Number(/translate\(([-\d.]+)/.exec(box.transform ?? "")?.[1] ?? 0);
  const need = (id) => {
    const f = figures[id];
    if (f === undefined) problems.push(`the page has no chart #${id}`);
    return f;
  };
  for (const [id, f] of Object.entries(figures)) {
    expect(
      f.role === "img" && f.label.length > 20 && f.title.length > 5 && f.desc.length > 20 && f.caption.length > 20,
      `${id}: the SVG needs role="img", an aria-label, a <title>, a <desc> and a caption`,
    );
  }

  const rates = need("chart-rates");
  if (rates !== undefined) {
    const x = rates.scales.x;
    const lines = rates.marks["implied intervals"] ?? [];
    expect(
      lines.length === r.rates.implied.length && lines.length === 3,
      `chart-rates: ${lines.length} interval marks for ${r.rates.implied.length} implied rates`,
    );
    r.rates.implied.forEach((rate, i) => {
      const m = lines[i];
      expect(
        m?.data.lo === rate.rate.lo && m?.data.hi === rate.rate.hi,
        `chart-rates: interval ${i + 1} is [${m?.data.lo}, ${m?.data.hi}], node's [${rate.rate.lo}, ${rate.rate.hi}]`,
      );
      const dx = shift(m?.box ?? {});
      expect(
        near(Number(m?.box.x1) + dx, map(x, Number(rate.rate.lo))) &&
          near(Number(m?.box.x2) + dx, map(x, Number(rate.rate.hi))),
        `chart-rates: interval ${i + 1} is drawn from x=${m?.box.x1} to ${m?.box.x2}, not where its bounds belong`,
      );
    });
    const band = (rates.marks["common band"] ?? [])[0];
    expect(
      band?.data.lo === r.rates.common?.lo && band?.data.hi === r.rates.common?.hi,
      `chart-rates: the common band is [${band?.data.lo}, ${band?.data.hi}], node's [${r.rates.common?.lo}, ${r.rates.common?.hi}]`,
    );
    expect(
      near(Number(band?.box.x), map(x, Number(r.rates.common?.lo))) &&
        near(Number(band?.box.x) + Number(band?.box.width), map(x, Number(r.rates.common?.hi))),
      "chart-rates: the common band is not drawn where its bounds belong",
    );
    expect(
      rates.numbers.common === format(r.rates.common, { style: "interval", decimals: 5 }),
      `chart-rates: the caption says ${rates.numbers.common}`,
    );
  }

  const cap = need("chart-capacity");
  if (cap !== undefined) {
    const x = cap.scales.x;
    const y = cap.scales.y;
    const rows = r.capacity.phases.flatMap((p) =>
      p.history.map((h, i) => ({
        phase: String(p.ordinal),
        status: h.status,
        from: h.on,
        to: p.history[i + 1]?.on ?? r.asOf,
        capacity: p.capacity ?? "not stated",
      })),
    );
    const segs = cap.marks["phase segments"] ?? [];
    expect(segs.length === rows.length, `chart-capacity: ${segs.length} segments for ${rows.length} status changes`);
    rows.forEach((row, i) => {
      const m = segs[i];
      expect(
        JSON.stringify(m?.data) === JSON.stringify(row),
        `chart-capacity: segment ${i + 1} is ${JSON.stringify(m?.data)}, node's ${JSON.stringify(row)}`,
      );
      expect(
        near(Number(m?.box.x), map(x, day(row.from))) &&
          near(Number(m?.box.x) + Number(m?.box.width), map(x, day(row.to))),
        `chart-capacity: segment ${i + 1} is not drawn from ${row.from} to ${row.to}`,
      );
      if (row.capacity !== "not stated")
        expect(
          near(Number(m?.box.height), Math.abs(map(y, Number(row.capacity)) - map(y, 0))),
          `chart-capacity: segment ${i + 1} is not ${row.capacity} high`,
        );
    });
  }

  const ms = need("chart-milestones");
  if (ms !== undefined) {
    const x = ms.scales.x;
    const reached = r.milestones.filter((m) => m.achieved !== null);
    const dots = ms.marks.achievements ?? [];
    expect(dots.length === reached.length, `chart-milestones: ${dots.length} achievements for ${reached.length}`);
    reached.forEach((m, i) => {
      const d = dots[i];
      expect(
        d?.data.milestone === m.id && d?.data.achieved === m.achieved && d?.data.state === m.state,
        `chart-milestones: achievement ${i + 1} is ${JSON.stringify(d?.data)}, node's ${m.id} ${m.achieved} ${m.state}`,
      );
      expect(
        near(Number(d?.box.cx ?? 0) + shift(d?.box ?? {}), map(x, day(m.achieved))),
        `chart-milestones: ${m.id} is not drawn on ${m.achieved}`,
      );
    });
    const ticks = ms.marks.deadlines ?? [];
    const targets = r.milestones.flatMap((m) => m.targets);
    expect(
      ticks.length === targets.length,
      `chart-milestones: ${ticks.length} deadlines for ${targets.length} targets`,
    );
    targets.forEach((t, i) => {
      const k = ticks[i];
      expect(
        k?.data.deadline === t.deadline &&
          near(Number(k?.box.x1 ?? 0) + shift(k?.box ?? {}), map(x, nextDay(t.deadline))),
        `chart-milestones: deadline ${i + 1} is ${k?.data.deadline} at x=${k?.box.x1}, node's ${t.deadline}`,
      );
    });
    const words = { scheduled: "not yet due", metOnTime: "met on time", metLate: "met late", overdue: "overdue" };
    expect(
      ms.numbers["mass-production-state"] === words[r.milestone.state],
      `chart-milestones: the caption says mass production is ${ms.numbers["mass-production-state"]}, node: ${r.milestone.state}`,
    );
  }

  const growth = need("chart-growth");
  if (growth !== undefined) {
    const x = growth.scales.x;
    const lines = growth.marks["growth intervals"] ?? [];
    const want = [r.remainder.rate, r.remainder.why.withOneMoreDigit];
    expect(lines.length === 2, `chart-growth: ${lines.length} intervals, not 2`);
    want.forEach((f, i) => {
      const m = lines[i];
      const dx = shift(m?.box ?? {});
      expect(
        m?.data.lo === f.lo && m?.data.hi === f.hi,
        `chart-growth: interval ${i + 1} is [${m?.data.lo}, ${m?.data.hi}], node's [${f.lo}, ${f.hi}]`,
      );
      expect(
        near(Number(m?.box.x1) + dx, map(x, Number(f.lo) * 100)) &&
          near(Number(m?.box.x2) + dx, map(x, Number(f.hi) * 100)),
        `chart-growth: interval ${i + 1} is not drawn where its bounds belong`,
      );
    });
    expect(
      growth.numbers.growth === format(r.remainder.rate, { as: "percent", decimals: 2, style: "interval" }),
      `chart-growth: the caption says ${growth.numbers.growth}`,
    );
    expect(
      growth.numbers["growth-32.0"] ===
        format(r.remainder.why.withOneMoreDigit, { as: "percent", decimals: 2, style: "interval" }),
      `chart-growth: the caption says ${growth.numbers["growth-32.0"]}`,
    );
  }
}
