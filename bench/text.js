#!/usr/bin/env node
// Speed of money.format and money.parse, on the built package (run `npm run build` first), or on
// the packed install that bench/run.js made (ACCORDO_BENCH_DIR); `npm run bench` runs it with --json
// and stores its rows in bench/results.json (`text`), from which docs/benchmarks.md is generated:
//
//   node bench/text.js [--rounds 7] [--n 20000] [--json]
//
//   format   money.format against one reused Intl.NumberFormat with the same options, in
//            standard, compact and long notation (targets: at most 2x, 3x and 3x)
//   parse    money.parse warm, µs a call, for the common shapes (target: at most 20 µs)
//   cold     the first money.parse for a locale in a fresh Node process, ms (target: at most 30 ms),
//            and, as its baseline, the first Intl.NumberFormat of that locale in a fresh process (the
//            platform loading its locale data, which any first use of Intl pays)
//   long     adversarial texts under and over the length limit (TEXT_TOO_LONG): ms a call, and
//            the ratio of the time for twice the length (about 2 when the time is linear)
//
// Measures interleave the subject and its baseline in rounds and report medians, so that load on
// the machine hits both alike. Prints a table (on stderr with --json, which prints the rows as JSON).
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { importPacked } from "./lib.js";

const { values: args } = parseArgs({
  options: {
    rounds: { type: "string", default: "7" },
    n: { type: "string", default: "20000" },
    json: { type: "boolean", default: false },
  },
});
const installed = process.env.ACCORDO_BENCH_DIR;
const accordo = installed === undefined ? await import("accordo") : await importPacked(installed);
const ROUNDS = Number(args.rounds);
const N = Number(args.n);
const { money } = accordo;

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
const rnd = random(20261207);
const cents = Array.from({ length: N }, () => Math.floor(rnd() * 10_000_000_000) + 1);
const texts = cents.map((c) => (c / 100).toFixed(2));
const numbers = texts.map(Number);
const usd = texts.map((t) => money.of(t, "USD"));
const big = cents.map((c) => money.of(`${c}e3`, "USD"));
const bigNumbers = cents.map((c) => c * 1000);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** µs a call of each function over `count` calls, interleaved in ROUNDS rounds; medians. */
function race(fns, count = N) {
  const times = fns.map(() => []);
  for (let r = 0; r <= ROUNDS; r++) {
    fns.forEach((fn, k) => {
      const start = performance.now();
      for (let i = 0; i < count; i++) fn(i % N);
      const us = ((performance.now() - start) * 1000) / count;
      if (r > 0) times[k].push(us); // round 0 warms up
    });
  }
  return times.map(median);
}

const rows = [];
/** `limit`: the target as a number (a ratio for format, µs for warm parse, ms for cold, the doubling ratio for long texts). */
const row = (group, workload, accordoUs, baselineUs, unit = "µs", target = "", bound = undefined) => {
  const ratio = baselineUs === undefined || group === "cold" ? undefined : accordoUs / baselineUs;
  const measured = group === "format" || group === "long" ? ratio : accordoUs;
  rows.push({
    group,
    workload,
    accordo: accordoUs,
    baseline: baselineUs,
    ...(ratio === undefined ? {} : { ratio }),
    unit,
    target,
    ...(bound === undefined || measured === undefined ? {} : { met: measured <= bound }),
  });
};

// format
for (const [notation, baselineOptions, values, raw, target, bound] of [
  ["standard", {}, usd, numbers, "≤ 2x", 2],
  ["compact", { notation: "compact" }, big, bigNumbers, "≤ 3x", 3],
  ["long", { notation: "compact", compactDisplay: "long", currencyDisplay: "name" }, big, bigNumbers, "≤ 3x", 3],
]) {
  const nf = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", ...baselineOptions });
  const options = notation === "standard" ? undefined : { notation };
  const [a, b] = race([(i) => money.format(values[i], options), (i) => nf.format(raw[i])]);
  row("format", `money.format ${notation}, en-US vs a reused Intl.NumberFormat`, a, b, "µs", target, bound);
}
{
  const nf = new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" });
  const eur = texts.map((t) => money.of(t, "EUR"));
  const [a, b] = race([(i) => money.format(eur[i], { locale: "de-DE" }), (i) => nf.format(numbers[i])]);
  row("format", "money.format standard, de-DE (options object) vs Intl", a, b, "µs", "≤ 2x", 2);
}

// parse, warm
const parseCases = [
  ["$1234.56", undefined, (i) => `$${texts[i]}`],
  ["1.234,50 € (de-DE)", { locale: "de-DE" }, (i) => `${texts[i].replace(".", ",")} €`],
  ["$30.26 billion", undefined, (i) => `$${texts[i]} billion`],
  ["193,48 miliardi di yuan (it-IT)", { locale: "it-IT" }, (i) => `${texts[i].replace(".", ",")} miliardi di yuan`],
  ["4243.6亿元 (zh-CN)", { locale: "zh-CN" }, (i) => `${texts[i]}亿元`],
  ["EUR 1,234.56", undefined, (i) => `EUR ${texts[i]}`],
];
for (const [name, options, make] of parseCases) {
  const inputs = Array.from({ length: N }, (_, i) => make(i));
  const [a] = race([(i) => money.parse(inputs[i], options)], Math.min(N, 5000));
  row("parse", `money.parse "${name}", warm`, a, undefined, "µs", "≤ 20 µs", 20);
}
// The rows above are columns: amounts of a few shapes, which parse reads from the plan of the first of
// each shape. Here every amount has a shape of its own (its 0s in other places), more shapes than parse
// keeps: each is read in full, as prose with amounts of every kind would be.
{
  const shapes = 5000;
  const inputs = Array.from({ length: shapes }, (_, i) => `$7${(i + shapes).toString(2).replaceAll("1", "7")}.25`);
  const [a] = race([(i) => money.parse(inputs[i % shapes])], shapes);
  row(
    "parse",
    'money.parse "$7070077.25", warm, every amount of a shape of its own',
    a,
    undefined,
    "µs",
    "≤ 20 µs",
    20,
  );
}

// parse, cold: a fresh process per locale, alternating with a process that makes the first
// Intl.NumberFormat of that locale (the baseline: the platform's own first use of the locale); the
// median of 11 of each, since one process's time varies by several milliseconds
const COLD_RUNS = 11;
const fresh = (script) => {
  const out = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
    encoding: "utf8",
    cwd: installed ?? process.cwd(),
  });
  if (out.status !== 0) throw new Error(out.stderr);
  return JSON.parse(out.stdout);
};
for (const [text, locale] of [
  ["193,48 miliardi di yuan", "it-IT"],
  ["1.234,50 €", "de-DE"],
  ["$1234.56", undefined],
  ["4243.6亿元", "zh-CN"],
]) {
  const runs = [];
  const intl = [];
  for (let r = 0; r < COLD_RUNS; r++) {
    runs.push(
      fresh(`const { money } = await import("accordo"); const t0 = performance.now();
        money.parse(${JSON.stringify(text)}, ${JSON.stringify(locale === undefined ? {} : { locale })});
        console.log(JSON.stringify(performance.now() - t0));`),
    );
    intl.push(
      fresh(`await import("accordo"); const t0 = performance.now();
        new Intl.NumberFormat(${JSON.stringify(locale ?? "en-US")}, { style: "currency", currency: "EUR" }).format(1.5);
        console.log(JSON.stringify(performance.now() - t0));`),
    );
  }
  row(
    "cold",
    `first money.parse "${text}"${locale ? ` (${locale})` : ""} in a fresh process`,
    median(runs),
    median(intl),
    "ms",
    "≤ 30 ms",
    30,
  );
}

// long adversarial texts
const limit = money.PARSE_TEXT_LIMIT ?? 2000;
const adversarial = [
  ["ZWL names", (n) => `5 ${"Zimbabwean dollars (2009–2024) ".repeat(n)}`, { currency: "ZWL" }, 32],
  ['"$ " repeated', (n) => `5${" $".repeat(n)}`, undefined, 2],
  ["zh-CN words", (n) => `5${"亿元".repeat(n)}`, { locale: "zh-CN" }, 2],
  ["digits", (n) => `$${"1".repeat(n)}`, undefined, 1],
  ["separators", (n) => `$1${",000".repeat(n)}`, undefined, 4],
];
const timeOne = (text, options) =>
  race(
    [
      () => {
        try {
          money.parse(text, options);
        } catch {
          // refused: the time to refuse is what is measured
        }
      },
    ],
    20,
  )[0] / 1000;
for (const [name, make, options, width] of adversarial) {
  const under = Math.max(1, Math.floor(limit / width / 2) - 1);
  const a = timeOne(make(under), options);
  const b = timeOne(make(under * 2), options);
  row(
    "long",
    `${name}: ${make(under).length} chars, then ${make(under * 2).length} (ratio = time x2 / time)`,
    b,
    a,
    "ms",
    "linear (≈ 2)",
    3,
  );
  const huge = make(Math.ceil(100_000 / width));
  row(
    "long",
    `${name}: ${huge.length} chars (over the limit)`,
    timeOne(huge, options),
    undefined,
    "ms",
    "refused at once",
  );
}

const fmt = (x) => (x === undefined ? "" : x < 10 ? x.toFixed(3) : x.toFixed(1));
const print = args.json ? (line) => process.stderr.write(`${line}\n`) : (line) => console.log(line);
print(`money.format and money.parse, ${ROUNDS} interleaved rounds, medians; length limit: ${limit} characters\n`);
print("| group | workload | accordo | baseline | ratio | unit | target |");
print("| --- | --- | --- | --- | --- | --- | --- |");
for (const r of rows) {
  const ratio = r.ratio === undefined ? "" : `${r.ratio.toFixed(2)}x`;
  const baseline = r.group === "cold" ? `first Intl ${fmt(r.baseline)}` : fmt(r.baseline);
  print(`| ${r.group} | ${r.workload} | ${fmt(r.accordo)} | ${baseline} | ${ratio} | ${r.unit} | ${r.target} |`);
}
if (args.json) console.log(JSON.stringify({ rounds: ROUNDS, n: N, limit, rows }));
