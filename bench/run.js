#!/usr/bin/env node
// npm run bench: builds the package, then measures accordo (as a user imports it, "accordo")
// against baselines measured in the same run, and writes bench/results.json.
//
//   money    add, multiply, round over 100,000 amounts      vs raw decimal.js (target ≤ 1.3x)
//   fx       convert 100,000 amounts through a rate table,
//            with inverse and cross lookups                  vs a hand-written decimal.js loop (≤ 1.5x)
//   peer     the same money workload in dinero.js v2        (ratio reported)
//   figure   add, mul, div over 100,000 figures; growth     vs plain decimal.js point arithmetic (reported)
//   cold     require("accordo") / import("accordo") in a fresh Node process vs decimal.js alone
//
// Every ratio is accordo's mean time over the baseline's mean time (lower is better; 1 is parity).
// Functions that do not exist (yet) are skipped with a "not yet available" line.
//
//   node bench/run.js [--n 100000] [--rounds 3] [--iterations 4] [--cold-runs 15] [--out bench/results.json]
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import Decimal from "decimal.js";
import * as dinero from "dinero.js";
import { USD } from "dinero.js/currencies";
import { Bench } from "tinybench";
import * as accordo from "accordo";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values: args } = parseArgs({
  options: {
    n: { type: "string", default: "100000" },
    iterations: { type: "string", default: "4" },
    rounds: { type: "string", default: "3" },
    "cold-runs": { type: "string", default: "15" },
    out: { type: "string", default: join(root, "bench", "results.json") },
  },
});
const N = Number(args.n);
const ITERATIONS = Number(args.iterations);
const ROUNDS = Number(args.rounds);
const COLD_RUNS = Number(args["cold-runs"]);

const { money, fx, figure, growth } = accordo;
// The baseline uses the same configuration accordo uses internally: 34 digits, half-even.
const D = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_EVEN });

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same data. */
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
const rnd = random(20211020);
/** Amounts in cents, as strings: "12345.67". */
const cents = Array.from({ length: N }, () => Math.floor(rnd() * 10_000_000) + 1);
const amounts = cents.map((c) => (c / 100).toFixed(2));
const cents2 = Array.from({ length: N }, () => Math.floor(rnd() * 10_000_000) + 1);
const amounts2 = cents2.map((c) => (c / 100).toFixed(2));

const unavailable = [];
/** True when every dotted name exists as a function; otherwise prints "not yet available". */
function available(...names) {
  const missing = names.filter((name) => {
    const [ns, fn] = name.split(".");
    return typeof accordo[ns]?.[fn] !== "function";
  });
  for (const name of missing) if (!unavailable.includes(name)) unavailable.push(name);
  if (missing.length > 0) console.log(`not yet available: ${missing.join(", ")}`);
  return missing.length === 0;
}

const comparisons = [];
const errors = [];
/**
 * Times `subject` against `baseline` (each a function over the whole data set) with tinybench and
 * records the ratio. `check` runs both once first and may throw when they disagree.
 */
async function compare(name, { subject, baseline, subjectLabel = "accordo", baselineLabel, target, check }) {
  try {
    if (check) check();
    else {
      subject();
      baseline();
    }
  } catch (error) {
    const message = `${name}: ${error instanceof Error ? error.message : String(error)}`;
    console.log(`error, skipped: ${message}`);
    errors.push(message);
    return;
  }
  // Alternating rounds, so that a change in machine load during the run hits both sides alike;
  // the reported times and ratio are medians over the rounds.
  const rounds = [];
  for (let r = 0; r < ROUNDS; r++) {
    const bench = new Bench({ iterations: ITERATIONS, time: 0, warmupIterations: r === 0 ? 2 : 1, warmupTime: 0, throws: true });
    if (r % 2 === 0) bench.add(subjectLabel, subject).add(baselineLabel, baseline);
    else bench.add(baselineLabel, baseline).add(subjectLabel, subject);
    await bench.run();
    const mean = (label) => bench.tasks.find((t) => t.name === label).result.latency.mean;
    rounds.push([mean(subjectLabel), mean(baselineLabel)]);
  }
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  const s = median(rounds.map(([x]) => x));
  const b = median(rounds.map(([, y]) => y));
  const ratio = median(rounds.map(([x, y]) => x / y));
  const entry = {
    name,
    subject: subjectLabel,
    baseline: baselineLabel,
    n: N,
    subjectMs: round(s),
    baselineMs: round(b),
    ratio: round(ratio),
    ...(target === undefined ? {} : { target, met: ratio <= target }),
  };
  comparisons.push(entry);
  const verdict = target === undefined ? "" : ratio <= target ? `  (target ≤ ${target}x: met)` : `  (target ≤ ${target}x: MISSED)`;
  console.log(`${name.padEnd(44)} ${subjectLabel} ${fmt(s)}  ${baselineLabel} ${fmt(b)}  ratio ${ratio.toFixed(2)}x${verdict}`);
}
const round = (x) => Math.round(x * 1000) / 1000;
const fmt = (ms) => `${ms.toFixed(1).padStart(8)} ms`;
const same = (a, b, what) => {
  if (a !== b) throw new Error(`${what}: accordo gives ${a}, the baseline ${b}`);
};

console.log(`accordo bench: ${N.toLocaleString("en")} values, ${ROUNDS} alternating rounds of ${ITERATIONS} iterations per task, Node ${process.version}, ${cpus()[0]?.model ?? "unknown CPU"}\n`);

// ---------------------------------------------------------------- money vs decimal.js and dinero.js
if (available("money.of", "money.add", "money.multiply", "money.round")) {
  const A = amounts.map((a) => money.of(a, "USD"));
  const B = amounts2.map((a) => money.of(a, "USD"));
  const DA = amounts.map((a) => new D(a));
  const DB = amounts2.map((a) => new D(a));
  const factor = "1.0725";
  const P = A.map((m) => money.multiply(m, factor));
  const DP = DA.map((d) => d.times(factor));
  const out = new Array(N);

  await compare("money.add", {
    subject: () => { for (let i = 0; i < N; i++) out[i] = money.add(A[i], B[i]); },
    baseline: () => { for (let i = 0; i < N; i++) out[i] = DA[i].plus(DB[i]); },
    baselineLabel: "decimal.js",
    target: 1.3,
    check: () => same(money.add(A[7], B[7]).amount.toString(), DA[7].plus(DB[7]).toString(), "add"),
  });
  await compare("money.multiply", {
    subject: () => { for (let i = 0; i < N; i++) out[i] = money.multiply(A[i], factor); },
    baseline: () => { for (let i = 0; i < N; i++) out[i] = DA[i].times(factor); },
    baselineLabel: "decimal.js",
    target: 1.3,
    check: () => same(money.multiply(A[7], factor).amount.toString(), DA[7].times(factor).toString(), "multiply"),
  });
  await compare("money.round (to cents, half-even)", {
    subject: () => { for (let i = 0; i < N; i++) out[i] = money.round(P[i]); },
    baseline: () => { for (let i = 0; i < N; i++) out[i] = DP[i].toDecimalPlaces(2, D.ROUND_HALF_EVEN); },
    baselineLabel: "decimal.js",
    target: 1.3,
    check: () => same(money.round(P[7]).amount.toString(), DP[7].toDecimalPlaces(2, D.ROUND_HALF_EVEN).toString(), "round"),
  });
  const workload = () => { for (let i = 0; i < N; i++) out[i] = money.round(money.multiply(money.add(A[i], B[i]), factor)); };
  await compare("money add + multiply + round", {
    subject: workload,
    baseline: () => { for (let i = 0; i < N; i++) out[i] = DA[i].plus(DB[i]).times(factor).toDecimalPlaces(2, D.ROUND_HALF_EVEN); },
    baselineLabel: "decimal.js",
    target: 1.3,
  });

  // dinero.js v2: integer minor units; multiply by 1.0725 as { amount: 10725, scale: 4 }; round back to cents.
  const XA = cents.map((amount) => dinero.dinero({ amount, currency: USD }));
  const XB = cents2.map((amount) => dinero.dinero({ amount, currency: USD }));
  const dineroFactor = { amount: 10725, scale: 4 };
  await compare("money add + multiply + round (peer)", {
    subject: workload,
    baseline: () => { for (let i = 0; i < N; i++) out[i] = dinero.transformScale(dinero.multiply(dinero.add(XA[i], XB[i]), dineroFactor), 2, dinero.halfEven); },
    baselineLabel: "dinero.js",
    check: () =>
      same(
        money.round(money.multiply(money.add(A[7], B[7]), factor)).amount.toFixed(2),
        dinero.toDecimal(dinero.transformScale(dinero.multiply(dinero.add(XA[7], XB[7]), dineroFactor), 2, dinero.halfEven)),
        "money workload vs dinero.js",
      ),
  });
}

// ---------------------------------------------------------------- fx conversion vs a decimal.js loop
if (available("fx.rate", "fx.table", "fx.convert", "money.of")) {
  // Published rates, all against the dollar, on one day: converting CNY → USD needs the inverse,
  // CNY → EUR and JPY → CNY need a cross through USD.
  const on = "2021-09-30";
  const published = [
    { base: "USD", quote: "CNY", rate: "6.4854" },
    { base: "EUR", quote: "USD", rate: "1.1579" },
    { base: "USD", quote: "JPY", rate: "111.92" },
    { base: "GBP", quote: "USD", rate: "1.3449" },
  ];
  const rates = published.map((r) => fx.rate({ ...r, on, source: "bench" }));
  const tbl = fx.table(rates);
  const pairs = [
    ["CNY", "USD"], // inverse
    ["USD", "CNY"], // direct
    ["CNY", "EUR"], // cross
    ["JPY", "CNY"], // cross of an inverse
  ];
  const from = amounts.map((a, i) => money.of(a, pairs[i % pairs.length][0]));
  const to = amounts.map((_, i) => pairs[i % pairs.length][1]);
  const out = new Array(N);
  const options = { on, rounding: "halfEven" };

  // The hand-written loop: the same rates in a Map, looked up per amount: direct, else inverse,
  // else cross through USD; multiply; round to the target's minor units (2 for these, 0 for JPY).
  const map = new Map(published.map((r) => [`${r.base}/${r.quote}`, new D(r.rate)]));
  const minor = { USD: 2, EUR: 2, CNY: 2, GBP: 2, JPY: 0 };
  const direct = (base, quote) => {
    if (base === quote) return new D(1);
    const r = map.get(`${base}/${quote}`);
    if (r !== undefined) return r;
    const inv = map.get(`${quote}/${base}`);
    return inv === undefined ? undefined : new D(1).div(inv);
  };
  const lookup = (base, quote) => direct(base, quote) ?? direct(base, "USD").times(direct("USD", quote));
  const DF = amounts.map((a) => new D(a));
  const fromCode = amounts.map((_, i) => pairs[i % pairs.length][0]);

  await compare("fx.convert (table, inverse and cross)", {
    subject: () => { for (let i = 0; i < N; i++) out[i] = fx.convert(from[i], to[i], tbl, options); },
    baseline: () => { for (let i = 0; i < N; i++) out[i] = DF[i].times(lookup(fromCode[i], to[i])).toDecimalPlaces(minor[to[i]], D.ROUND_HALF_EVEN); },
    baselineLabel: "decimal.js loop",
    target: 1.5,
    check: () => {
      for (let i = 0; i < 8; i++) {
        same(
          fx.convert(from[i], to[i], tbl, options).amount.toString(),
          DF[i].times(lookup(fromCode[i], to[i])).toDecimalPlaces(minor[to[i]], D.ROUND_HALF_EVEN).toString(),
          `convert ${fromCode[i]} → ${to[i]}`,
        );
      }
    },
  });
  if (available("fx.lookup")) {
    await compare("fx.lookup (inverse and cross)", {
      subject: () => { for (let i = 0; i < N; i++) out[i] = fx.lookup(tbl, fromCode[i], to[i], { on }); },
      baseline: () => { for (let i = 0; i < N; i++) out[i] = lookup(fromCode[i], to[i]); },
      baselineLabel: "decimal.js loop",
    });
  }
}

// ---------------------------------------------------------------- figures and growth vs point arithmetic
if (available("figure.reported", "figure.add", "figure.mul", "figure.div")) {
  const F = amounts.map((a) => figure.reported(a));
  const G = amounts2.map((a) => figure.reported(a));
  const DF = amounts.map((a) => new D(a));
  const DG = amounts2.map((a) => new D(a));
  const out = new Array(N);
  await compare("figure.add", {
    subject: () => { for (let i = 0; i < N; i++) out[i] = figure.add(F[i], G[i]); },
    baseline: () => { for (let i = 0; i < N; i++) out[i] = DF[i].plus(DG[i]); },
    baselineLabel: "decimal.js",
  });
  await compare("figure.mul", {
    subject: () => { for (let i = 0; i < N; i++) out[i] = figure.mul(F[i], G[i]); },
    baseline: () => { for (let i = 0; i < N; i++) out[i] = DF[i].times(DG[i]); },
    baselineLabel: "decimal.js",
  });
  await compare("figure.div", {
    subject: () => { for (let i = 0; i < N; i++) out[i] = figure.div(F[i], G[i]); },
    baseline: () => { for (let i = 0; i < N; i++) out[i] = DF[i].div(DG[i]); },
    baselineLabel: "decimal.js",
  });
  if (available("growth.rate")) {
    await compare("growth.rate (year on year)", {
      subject: () => { for (let i = 0; i < N; i++) out[i] = growth.rate(F[i], G[i]); },
      baseline: () => { for (let i = 0; i < N; i++) out[i] = DF[i].div(DG[i]).minus(1); },
      baselineLabel: "decimal.js",
    });
  }
  if (available("growth.previous", "growth.fromPercent")) {
    const R = amounts.map((_, i) => growth.fromPercent(((i % 400) / 10 + 0.1).toFixed(1)));
    const DR = amounts.map((_, i) => new D(((i % 400) / 10 + 0.1).toFixed(1)).div(100));
    await compare("growth.previous (implied base)", {
      subject: () => { for (let i = 0; i < N; i++) out[i] = growth.previous(F[i], R[i]); },
      baseline: () => { for (let i = 0; i < N; i++) out[i] = DF[i].div(DR[i].plus(1)); },
      baselineLabel: "decimal.js",
    });
  }
  if (available("growth.share")) {
    await compare("growth.share", {
      subject: () => { for (let i = 0; i < N; i++) out[i] = growth.share(F[i], G[i]); },
      baseline: () => { for (let i = 0; i < N; i++) out[i] = DF[i].div(DG[i]); },
      baselineLabel: "decimal.js",
    });
  }
}

// ---------------------------------------------------------------- cold start in a fresh Node process
/** Median time (ms) to load `specifier` with require or import in fresh `node` processes. */
function coldStart(kind, specifier) {
  const load = kind === "require" ? `require(${JSON.stringify(specifier)})` : `await import(${JSON.stringify(specifier)})`;
  const script = `(async () => { const t = process.hrtime.bigint(); ${load}; process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6)); })()`;
  const times = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const r = spawnSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`${kind}(${specifier}) failed: ${r.stderr}`);
    times.push(Number(r.stdout));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
const coldStarts = [];
for (const kind of ["require", "import"]) {
  try {
    const subject = coldStart(kind, "accordo");
    const baseline = coldStart(kind, "decimal.js");
    const entry = { name: `cold start: ${kind}()`, subject: "accordo", baseline: "decimal.js", runs: COLD_RUNS, subjectMs: round(subject), baselineMs: round(baseline), ratio: round(subject / baseline) };
    coldStarts.push(entry);
    console.log(`${entry.name.padEnd(44)} accordo ${fmt(subject)}  decimal.js ${fmt(baseline)}  ratio ${(subject / baseline).toFixed(2)}x  (median of ${COLD_RUNS} fresh processes)`);
  } catch (error) {
    errors.push(String(error));
    console.log(`error, skipped: cold start ${kind}: ${String(error)}`);
  }
}

const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? "unknown",
  cpus: cpus().length,
  n: N,
  rounds: ROUNDS,
  iterations: ITERATIONS,
  note: "ratio = median over alternating rounds of (accordo mean time / baseline mean time), both measured in this run; lower is better",
  comparisons,
  coldStart: coldStarts,
  notYetAvailable: unavailable,
  errors,
};
writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);
const missed = comparisons.filter((c) => c.met === false).map((c) => `${c.name} (${c.ratio}x > ${c.target}x)`);
console.log(`\nwritten to ${args.out}`);
if (unavailable.length > 0) console.log(`not yet available: ${unavailable.join(", ")}`);
if (missed.length > 0) console.log(`targets missed: ${missed.join("; ")}`);
