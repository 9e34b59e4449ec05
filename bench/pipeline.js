#!/usr/bin/env node
// The pipeline benchmark, end to end: rows of (date, currency, amount as the press writes it) are
// generated one at a time (never held in memory), then parsed with the row's locale, converted to
// USD at that day's rate from a table of daily rates, summed by month and currency, and the totals
// formatted. Once with accordo (money.parse, fx.convert through fx.table, money.add, money.format),
// once hand-written over decimal.js and Intl.NumberFormat, each in its own process, alternating.
// Reports rows per second, and the peak RSS after 25%, 50% and 100% of the rows (it stays flat:
// nothing grows with the rows but the totals, one per month and currency).
//
//   node bench/pipeline.js [--rows 1000000] [--rounds 1] [--json] [--write]
//   ACCORDO_PIPELINE_ROWS=100000 npm run bench:pipeline      (a quick run)
//
// --json prints the result as JSON (bench/run.js reads it); --write stores it as `pipeline` in
// bench/results.json and regenerates docs/benchmarks.md.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import Decimal from "decimal.js";
import { importPacked, installPacked, median, random, removeInstall, root, round3 } from "./lib.js";

const { values: args } = parseArgs({
  options: {
    rows: { type: "string", default: process.env.ACCORDO_PIPELINE_ROWS ?? "1000000" },
    rounds: { type: "string", default: "1" },
    impl: { type: "string" },
    json: { type: "boolean", default: false },
    write: { type: "boolean", default: false },
  },
});
const ROWS = Number(args.rows);
const TARGET = 2;
/** The target is for a million rows: fewer rows weigh the first rows of a shape and the first lookups of a pair more. */
const TARGET_ROWS = 1_000_000;

// 10 years of days, and the currencies of the rows with how the press writes them.
const FIRST_DAY = Date.UTC(2015, 0, 1);
const DAYS = 3653;
const dayText = (k) => new Date(FIRST_DAY + k * 86_400_000).toISOString().slice(0, 10);
const CURRENCIES = ["EUR", "USD", "CNY", "GBP", "JPY"];
const LOCALES = { EUR: "de-DE", USD: "en-US", CNY: "zh-CN", GBP: "en-GB", JPY: "ja-JP" };
const LEVEL = { EUR: 0.9, CNY: 6.8, GBP: 0.75, JPY: 120 };
const grouped = (int, sep) => String(int).replace(/\B(?=(\d{3})+(?!\d))/g, sep);

/** The day's rates (USD/XXX), the same in both processes. */
function rates() {
  const r = random(99);
  const list = [];
  for (let k = 0; k < DAYS; k++) {
    const on = dayText(k);
    for (const c of ["EUR", "CNY", "GBP", "JPY"])
      list.push({ base: "USD", quote: c, rate: (LEVEL[c] * (0.9 + r() * 0.2)).toFixed(4), on });
  }
  return list;
}

/** The rows, one at a time: [date, currency, text, locale]. */
function* rows(n) {
  const r = random(2024);
  for (let i = 0; i < n; i++) {
    const date = dayText(Math.floor(r() * DAYS));
    const c = CURRENCIES[i % CURRENCIES.length];
    const units = Math.floor(r() * 10_000_000);
    const cents = String(Math.floor(r() * 100)).padStart(2, "0");
    let text;
    if (c === "EUR")
      text = `${grouped(units, ".")},${cents} €`; // 1.234,50 €
    else if (c === "USD")
      text = `$${(units / 100_000).toFixed(2)} billion`; // $30.26 billion
    else if (c === "CNY")
      text = `${(units / 1000).toFixed(1)}亿元`; // 4243.6亿元
    else if (c === "GBP")
      text = `£${grouped(units, ",")}.${cents}`; // £1,234.50
    else text = `¥${grouped(units, ",")}`; // ¥1,234
    yield [date, c, text, LOCALES[c]];
  }
}

/** Runs one implementation over the rows; returns its timing, peak RSS at checkpoints and totals. */
async function run(impl) {
  const setup0 = performance.now();
  let step;
  let finish;
  if (impl === "accordo") {
    const { money, fx } = await importPacked(installPacked());
    const table = fx.table(rates());
    const totals = new Map();
    const parseOptions = Object.fromEntries(Object.entries(LOCALES).map(([c, locale]) => [c, { locale }]));
    step = (date, c, text) => {
      const m = money.parse(text, parseOptions[c]);
      const usd = fx.convert(m, "USD", table, { on: date });
      const key = `${date.slice(0, 7)} ${c}`;
      const t = totals.get(key);
      totals.set(key, t === undefined ? usd : money.add(t, usd));
    };
    finish = () => [...totals].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, t]) => `${k} ${money.format(t)}`);
  } else if (impl === "baseline") {
    const D = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_EVEN });
    const byDay = new Map();
    for (const { quote, rate, on } of rates()) byDay.set(`${on} ${quote}`, new D(rate));
    const SCALE = { billion: new D("1e9"), million: new D("1e6"), 亿: new D("1e8"), 万: new D("1e4") };
    // Hand-written, one reader per locale of the data.
    const read = {
      EUR: (s) => new D(s.slice(0, -2).replaceAll(".", "").replace(",", ".")),
      USD: (s) => {
        const m = /^\$([\d,]+(?:\.\d+)?)(?: (billion|million))?$/.exec(s);
        const x = new D(m[1].replaceAll(",", ""));
        return m[2] === undefined ? x : x.times(SCALE[m[2]]);
      },
      CNY: (s) => {
        const m = /^([\d,]+(?:\.\d+)?)(亿|万)?元$/.exec(s);
        const x = new D(m[1].replaceAll(",", ""));
        return m[2] === undefined ? x : x.times(SCALE[m[2]]);
      },
      GBP: (s) => new D(s.slice(1).replaceAll(",", "")),
      JPY: (s) => new D(s.slice(1).replaceAll(",", "")),
    };
    const totals = new Map();
    step = (date, c, text) => {
      const amount = read[c](text);
      const usd = (c === "USD" ? amount : amount.div(byDay.get(`${date} ${c}`))).toDecimalPlaces(
        2,
        Decimal.ROUND_HALF_EVEN,
      );
      const key = `${date.slice(0, 7)} ${c}`;
      const t = totals.get(key);
      totals.set(key, t === undefined ? usd : t.plus(usd));
    };
    const nf = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" });
    finish = () => [...totals].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, t]) => `${k} ${nf.format(t.toFixed(2))}`);
  } else {
    step = () => {};
    finish = () => [];
  }
  const setupMs = performance.now() - setup0;
  const checkpoints = [Math.round(ROWS / 4), Math.round(ROWS / 2), ROWS];
  const rss = [];
  let n = 0;
  const t0 = performance.now();
  for (const [date, c, text] of rows(ROWS)) {
    step(date, c, text);
    n++;
    if (n === checkpoints[rss.length])
      rss.push({ rows: n, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) });
  }
  const lines = finish();
  const ms = performance.now() - t0;
  return {
    impl,
    rows: ROWS,
    ms: round3(ms),
    rowsPerSecond: Math.round(ROWS / (ms / 1000)),
    setupMs: round3(setupMs),
    rss,
    totals: lines.length,
    digest: digest(lines),
  };
}

function digest(lines) {
  let h = 2166136261;
  for (const ch of lines.join("\n")) h = Math.imul(h ^ ch.codePointAt(0), 16777619) >>> 0;
  return h.toString(16);
}

if (args.impl !== undefined) {
  process.stdout.write(`${JSON.stringify(await run(args.impl))}\n`);
} else {
  const dir = installPacked();
  const child = (impl) => {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--impl", impl, "--rows", String(ROWS)], {
      encoding: "utf8",
      env: { ...process.env, ACCORDO_BENCH_DIR: dir },
      stdio: ["ignore", "pipe", "inherit"],
      maxBuffer: 1 << 24,
    });
    if (r.status !== 0) throw new Error(`pipeline ${impl} exited with ${r.status}`);
    return JSON.parse(r.stdout);
  };
  const runs = { accordo: [], baseline: [], generate: [] };
  const rounds = Number(args.rounds);
  for (let i = 0; i < rounds; i++) {
    for (const impl of i % 2 === 0 ? ["accordo", "baseline", "generate"] : ["baseline", "accordo", "generate"]) {
      const r = child(impl);
      runs[impl].push(r);
      console.error(
        `pipeline ${impl.padEnd(8)} ${ROWS.toLocaleString("en")} rows: ${r.rowsPerSecond.toLocaleString(
          "en",
        )} rows/s, peak RSS ${r.rss.map((x) => `${x.peakRssMB} MB at ${x.rows.toLocaleString("en")}`).join(", ")}`,
      );
    }
  }
  const pick = (impl) => {
    const list = runs[impl];
    const ms = median(list.map((r) => r.ms));
    return {
      ms: round3(ms),
      rowsPerSecond: Math.round(ROWS / (ms / 1000)),
      setupMs: median(list.map((r) => r.setupMs)),
      rss: list.at(-1).rss,
    };
  };
  const a = runs.accordo.at(-1);
  const b = runs.baseline.at(-1);
  if (a.digest !== b.digest || a.totals !== b.totals)
    throw new Error(`pipeline: the totals differ (accordo ${a.totals} ${a.digest}, baseline ${b.totals} ${b.digest})`);
  const ratio = round3(median(runs.accordo.map((r, i) => r.ms / runs.baseline[i].ms)));
  const result = {
    rows: ROWS,
    rounds,
    steps:
      "parse with the row's locale, convert to USD at the day's rate from a table, sum by month and currency, format the totals",
    accordo: pick("accordo"),
    baseline: { label: "hand-written over decimal.js and Intl.NumberFormat", ...pick("baseline") },
    generateOnly: pick("generate"),
    totals: a.totals,
    ratio,
    ...(ROWS >= TARGET_ROWS ? { target: TARGET, met: ratio <= TARGET } : {}),
  };
  console.error(
    `pipeline: accordo ${ratio.toFixed(2)}x the hand-written pipeline (${
      result.target === undefined
        ? `the target, ≤ ${TARGET}x, is for ${TARGET_ROWS.toLocaleString("en")} rows`
        : `target ≤ ${TARGET}x: ${result.met ? "met" : "MISSED"}`
    }); the totals agree`,
  );
  if (args.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  if (args.write) {
    const file = join(root, "bench", "results.json");
    const results = JSON.parse(readFileSync(file, "utf8"));
    results.pipeline = { ...result, date: new Date().toISOString() };
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    spawnSync(process.execPath, [join(root, "scripts", "bench-report.mjs")], { stdio: "inherit" });
  }
  removeInstall(dir);
}
