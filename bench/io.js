#!/usr/bin/env node
// node bench/io.js (after npm run build): how long the rate-file readers take on a large file.
//
// Generates an ECB-shaped eurofxref-hist.csv of 25 years of working days and 41 currencies, as
// many columns as the ECB's file (about 265,000 rates; --currencies 30, the currencies quoted in
// 2025, gives about 196,000), then reads it with io.readEcbCsv as text and as a stream of 64 KiB
// byte chunks, and reports the wall time and the CPU time of each read (the CPU time, which
// counts the garbage collector's threads too, is steadier on a busy machine). It also times
// fx.lookup on the table read: direct, inverse and cross lookups on dates spread over the
// history (the first one builds the table's index). No assertion: the figures are printed;
// --write stores them as `io` in bench/results.json (as bench/pipeline.js stores `pipeline`),
// --out writes them to another file.
//
//   node bench/io.js [--years 25] [--currencies 41] [--rounds 5] [--lookups 2000] [--write] [--out file.json]
import { readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { importPacked } from "./lib.js";

const { values: args } = parseArgs({
  options: {
    years: { type: "string", default: "25" },
    currencies: { type: "string", default: "41" },
    rounds: { type: "string", default: "5" },
    lookups: { type: "string", default: "2000" },
    out: { type: "string" },
    write: { type: "boolean", default: false },
  },
});
// The packed install bench/run.js made (ACCORDO_BENCH_DIR), or the repo's build.
const installed = process.env.ACCORDO_BENCH_DIR;
const { fx, io } = installed === undefined ? await import("accordo") : await importPacked(installed);
const YEARS = Number(args.years);
const ROUNDS = Number(args.rounds);
const LOOKUPS = Number(args.lookups);

// The ECB's 30 currencies of 2025, then other ISO codes if more are asked for.
const CODES = [
  ..."USD JPY BGN CZK DKK GBP HUF PLN RON SEK CHF ISK NOK TRY AUD BRL CAD CNY HKD IDR ILS INR KRW MXN MYR NZD PHP SGD THB ZAR".split(
    " ",
  ),
  ..."AED ARS CLP COP EGP KES MAD NGN PEN PKR QAR SAR TWD UAH VND".split(" "),
].slice(0, Number(args.currencies));

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An ECB-shaped history: newest day first, N/A now and then, a trailing comma on every line. */
function history() {
  const next = random(17);
  const lines = [`Date,${CODES.join(",")},`];
  const levels = CODES.map((_, i) => 0.5 + i * 7.3);
  const days = [];
  const last = Date.UTC(2025, 11, 31);
  for (let t = Date.UTC(2025 - YEARS + 1, 0, 1); t <= last; t += 86_400_000) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(new Date(t).toISOString().slice(0, 10));
  }
  for (const day of days.reverse()) {
    const cells = levels.map((level, i) => {
      levels[i] = level * (1 + (next() - 0.5) / 100);
      return next() < 0.01 ? "N/A" : levels[i].toFixed(4);
    });
    lines.push(`${day},${cells.join(",")},`);
  }
  return { text: `${lines.join("\n")}\n`, days };
}

async function* chunks(bytes, size) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

async function measure(name, read) {
  const runs = [];
  let rates = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const table = await read();
    const wall = performance.now() - start;
    const used = process.cpuUsage(cpu);
    rates = table.rates.length;
    runs.push({ wall, cpu: (used.user + used.system) / 1000 });
  }
  const best = (key) => Math.min(...runs.map((run) => run[key]));
  const median = (key) => runs.map((run) => run[key]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
  const line = {
    name,
    rates,
    bestWallMs: best("wall"),
    medianWallMs: median("wall"),
    bestCpuMs: best("cpu"),
    medianCpuMs: median("cpu"),
  };
  console.log(
    `${name.padEnd(34)} ${String(rates).padStart(7)} rates   wall best ${line.bestWallMs
      .toFixed(0)
      .padStart(5)} ms, median ${line.medianWallMs.toFixed(0).padStart(5)} ms   cpu best ${line.bestCpuMs
      .toFixed(0)
      .padStart(5)} ms`,
  );
  return line;
}

const loadAtStart = loadavg().map((x) => Math.round(x * 100) / 100);
const { text, days } = history();
const bytes = new TextEncoder().encode(text);
console.log(
  `accordo io bench: ${YEARS} years × ${CODES.length} currencies, ${days.length} days, ${(bytes.length / 1e6).toFixed(
    1,
  )} MB`,
);
console.log(
  `node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`,
);
const results = [];
results.push(await measure("io.readEcbCsv (text)", () => io.readEcbCsv(text)));
results.push(await measure("io.readEcbCsv (64 KiB byte chunks)", () => io.readEcbCsv(chunks(bytes, 65_536))));

const table = io.readEcbCsv(text);
const pick = random(5);
const queries = Array.from({ length: LOOKUPS }, () => days[Math.floor(pick() * days.length)]);
for (const [name, base, quote] of [
  ["fx.lookup direct (EUR/USD)", "EUR", "USD"],
  ["fx.lookup inverse (USD/EUR)", "USD", "EUR"],
  ["fx.lookup cross (USD/JPY)", "USD", "JPY"],
]) {
  // The first lookup of a pair indexes that pair's days (once per table and pair): timed apart.
  const first = performance.now();
  try {
    fx.lookup(table, base, quote, { on: queries[0] });
  } catch {
    // an N/A day
  }
  const firstMs = performance.now() - first;
  const start = performance.now();
  let found = 0;
  for (const on of queries) {
    try {
      fx.lookup(table, base, quote, { on });
      found++;
    } catch {
      // an N/A day
    }
  }
  const ms = performance.now() - start;
  const perLookup = (ms * 1000) / queries.length;
  console.log(
    `${name.padEnd(34)} first ${firstMs.toFixed(1)} ms, then ${String(queries.length).padStart(7)} lookups ${ms
      .toFixed(0)
      .padStart(6)} ms, ${perLookup.toFixed(1)} µs each (${found} found)`,
  );
  results.push({ name, firstMs, lookups: queries.length, totalMs: ms, microsecondsEach: perLookup, found });
}
const summary = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  loadAverageAtStart: loadAtStart,
  file: "generated ECB-shaped eurofxref-hist.csv (N/A cells, trailing comma)",
  years: YEARS,
  currencies: CODES.length,
  days: days.length,
  megabytes: Math.round(bytes.length / 1e4) / 100,
  rounds: ROUNDS,
  results,
};
if (args.out !== undefined) writeFileSync(args.out, `${JSON.stringify(summary, null, 2)}\n`);
if (args.write) {
  const file = join(dirname(fileURLToPath(import.meta.url)), "results.json");
  const stored = JSON.parse(readFileSync(file, "utf8"));
  stored.io = summary;
  writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`);
  console.log(`stored as io in ${file}`);
}
