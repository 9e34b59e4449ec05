#!/usr/bin/env node
// npm run bench: builds the package, packs it, installs the tarball in a temporary node_modules and
// imports "accordo" from there, as a user does. Every workload runs 100,000 values through accordo,
// through the platform's floor (decimal.js, or dinero.js where accordo does what decimal.js cannot)
// and through the peers (dinero.js v2 with numbers and bigints, big.js, currency.js), in the same
// interleaved rounds; ratios are medians over the rounds of (time / baseline's time in that round).
// Then: cold start in fresh processes, heap bytes per value (a child with --expose-gc), the
// pipeline (bench/pipeline.js, 1,000,000 rows unless --pipeline-rows), bench/text.js, and bench/io.js
// (a 25-year ECB rate file read as text and as a stream, then looked up).
// Writes bench/results.json and regenerates docs/benchmarks.md from it (scripts/bench-report.mjs).
//
// The slowest workloads (allocate, growth) run half as many values: their per-round ratios are as
// stable at 50,000 as at 100,000, and the whole run stays within minutes on a shared machine.
// Also: agreement.parentChain and effectiveShare on a 16,000-party ownership chain, timed here rather
// than in a test.
//
//   node bench/run.js [--n 100000] [--rounds 7] [--warmup 1] [--cold-runs 15]
//                     [--pipeline-rows 1000000] [--only sums,convert,table,allocate,growth,chain,cold,memory,pipeline,text,io]
//                     [--out bench/results.json]
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import Big from "big.js";
import currency from "currency.js";
import Decimal from "decimal.js";
import * as dn from "dinero.js";
import * as dnb from "dinero.js/bigint";
import * as dnbc from "dinero.js/bigint/currencies";
import * as dnc from "dinero.js/currencies";
import { buildSync } from "esbuild";
import { importPacked, installPacked, interleaved, median, random, removeInstall, root, round3 } from "./lib.js";

const { values: args } = parseArgs({
  options: {
    n: { type: "string", default: "100000" },
    rounds: { type: "string", default: "7" },
    warmup: { type: "string", default: "1" },
    "cold-runs": { type: "string", default: "15" },
    "pipeline-rows": { type: "string", default: "1000000" },
    only: { type: "string" },
    out: { type: "string", default: join(root, "bench", "results.json") },
    "no-report": { type: "boolean", default: false },
  },
});
const N = Number(args.n);
const ROUNDS = Number(args.rounds);
const WARMUP = Number(args.warmup);
const COLD_RUNS = Number(args["cold-runs"]);
const only = args.only === undefined ? undefined : new Set(args.only.split(","));
const wanted = (id) => only === undefined || only.has(id);

const dir = installPacked();
const accordo = await importPacked(dir);
const { money, fx, figure, growth } = accordo;
// The baseline as accordo configures decimal.js: 34 significant digits, half-even.
const D = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_EVEN });
const HALF_EVEN = Decimal.ROUND_HALF_EVEN;

const started = Date.now();
console.log(
  `accordo bench: ${N.toLocaleString("en")} values a workload, ${ROUNDS} interleaved rounds (medians), ` +
    `packed package from ${dir}, Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? "unknown CPU"}, ` +
    `load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")}\n`,
);

const rnd = random(20211020);
/** Amounts in cents (integers) and as strings with two decimals. */
const cents = Array.from({ length: N }, () => Math.floor(rnd() * 10_000_000) + 1);
const amounts = cents.map((c) => (c / 100).toFixed(2));
/** The number of values of the slowest workloads (allocate, growth). */
const HALF = Math.ceil(N / 2);

const workloads = [];
const errors = [];
/**
 * Runs one group of contenders; `rows` names the ones reported as rows of the table, each with
 * its target; the others are peers, reported as ratios to the same baseline.
 */
function group(id, title, contenders, check, n = N) {
  if (!wanted(id)) return;
  try {
    check?.();
  } catch (error) {
    const message = `${id}: ${error instanceof Error ? error.message : String(error)}`;
    console.log(`error, skipped: ${message}`);
    errors.push(message);
    return;
  }
  const t0 = performance.now();
  const results = interleaved(contenders, { rounds: ROUNDS, warmup: WARMUP });
  const base = results.find((r) => r.baseline);
  const entries = results.map((r, i) => {
    const c = contenders[i];
    const target = c.target;
    return {
      label: r.label,
      role: c.baseline ? "baseline" : (c.role ?? "peer"),
      ms: r.ms,
      usPerValue: round3((r.ms * 1000) / n),
      ratio: r.ratio,
      ...(target === undefined ? {} : { target, met: r.ratio <= target }),
    };
  });
  workloads.push({ id, title, n, baseline: base.label, contenders: entries });
  console.log(`${title}  (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  for (const e of entries) {
    const verdict = e.target === undefined ? "" : `  target ≤ ${e.target}x: ${e.met ? "met" : "MISSED"}`;
    console.log(
      `  ${e.label.padEnd(46)} ${e.ms.toFixed(1).padStart(9)} ms  ${e.ratio.toFixed(2).padStart(6)}x${verdict}`,
    );
  }
}
const same = (what, a, b) => {
  if (String(a) !== String(b)) throw new Error(`${what}: ${a} ≠ ${b}`);
};

// ------------------------------------------------------------------------------------------- sums
{
  const A = amounts.map((a) => money.of(a, "USD"));
  const DA = amounts.map((a) => new D(a));
  const BA = amounts.map((a) => new Big(a));
  const CA = amounts.map((a) => currency(a));
  const XA = cents.map((amount) => dn.dinero({ amount, currency: dnc.USD }));
  const YA = cents.map((amount) => dnb.dinero({ amount: BigInt(amount), currency: dnbc.USD }));
  const zero = money.of(0, "USD");
  let out;
  const addLoop = () => {
    let t = zero;
    for (let i = 0; i < N; i++) t = money.add(t, A[i]);
    return (out = t);
  };
  const decLoop = () => {
    let t = new D(0);
    for (let i = 0; i < N; i++) t = t.plus(DA[i]);
    return (out = t);
  };
  // What immutability alone costs: the same loop over decimals frozen with their digits, each sum
  // frozen likewise, as every decimal accordo returns is (a caller cannot change a shared value).
  const FDA = DA.map((d) => Object.freeze(Object.assign(new D(d), { d: Object.freeze([...d.d]) })));
  const frozenLoop = () => {
    let t = new D(0);
    for (let i = 0; i < N; i++) {
      t = t.plus(FDA[i]);
      Object.freeze(t.d);
      Object.freeze(t);
    }
    return (out = t);
  };
  const bigLoop = () => {
    let t = new Big(0);
    for (let i = 0; i < N; i++) t = t.plus(BA[i]);
    return (out = t);
  };
  const curLoop = () => {
    let t = currency(0);
    for (let i = 0; i < N; i++) t = t.add(CA[i]);
    return (out = t);
  };
  const dnLoop = () => {
    let t = dn.dinero({ amount: 0, currency: dnc.USD });
    for (let i = 0; i < N; i++) t = dn.add(t, XA[i]);
    return (out = t);
  };
  const dnbLoop = () => {
    let t = dnb.dinero({ amount: 0n, currency: dnbc.USD });
    for (let i = 0; i < N; i++) t = dnb.add(t, YA[i]);
    return (out = t);
  };
  group(
    "sums",
    `running total of ${N.toLocaleString("en")} USD amounts`,
    [
      { label: "decimal.js plus in a loop", fn: decLoop, baseline: true },
      { label: "money.add in a loop", fn: addLoop, role: "accordo", target: 1.3 },
      { label: "money.sum", fn: () => (out = money.sum(A)), role: "accordo", target: 1.1 },
      { label: "decimal.js plus, every decimal frozen with its digits", fn: frozenLoop, role: "frozen" },
      { label: "big.js plus in a loop", fn: bigLoop },
      { label: "currency.js add in a loop", fn: curLoop },
      { label: "dinero.js add in a loop (number)", fn: dnLoop },
      { label: "dinero.js add in a loop (bigint)", fn: dnbLoop },
    ],
    () => {
      const want = decLoop().toFixed(2);
      same("money.add", addLoop().amount.toFixed(2), want);
      same("money.sum", money.sum(A).amount.toFixed(2), want);
      same("frozen decimal.js", frozenLoop().toFixed(2), want);
      same("big.js", bigLoop().toFixed(2), want);
      same("dinero.js", dn.toDecimal(dnLoop()), want);
      same("dinero.js bigint", dnb.toDecimal(dnbLoop()), want);
      same("currency.js", curLoop().value.toFixed(2), want);
    },
  );
  void out;
}

// ------------------------------------------------------------------------------ convert at a rate
{
  const A = amounts.map((a) => money.of(a, "USD"));
  const DA = amounts.map((a) => new D(a));
  const BA = amounts.map((a) => new Big(a));
  const CA = amounts.map((a) => currency(a));
  const XA = cents.map((amount) => dn.dinero({ amount, currency: dnc.USD }));
  const YA = cents.map((amount) => dnb.dinero({ amount: BigInt(amount), currency: dnbc.USD }));
  const rateText = "0.9234";
  const rate = fx.rate({ base: "USD", quote: "EUR", rate: rateText, on: "2025-03-14" });
  const r = new D(rateText);
  const br = new Big(rateText);
  const dnRates = { EUR: { amount: 9234, scale: 4 } };
  const dnbRates = { EUR: { amount: 9234n, scale: 4n } };
  const out = new Array(N);
  const acc = () => {
    for (let i = 0; i < N; i++) out[i] = fx.convert(A[i], "EUR", rate);
  };
  const dec = () => {
    for (let i = 0; i < N; i++) out[i] = DA[i].times(r).toDecimalPlaces(2, HALF_EVEN);
  };
  // decimal.js on frozen values (as in the running totals): inputs and results frozen with their digits.
  const FDA = DA.map((d) => Object.freeze(Object.assign(new D(d), { d: Object.freeze([...d.d]) })));
  const fr = Object.freeze(Object.assign(new D(r), { d: Object.freeze([...r.d]) }));
  const decFrozen = () => {
    for (let i = 0; i < N; i++) {
      const t = FDA[i].times(fr).toDecimalPlaces(2, HALF_EVEN);
      Object.freeze(t.d);
      out[i] = Object.freeze(t);
    }
  };
  group(
    "convert",
    "convert USD → EUR at one rate, rounded half-even to cents",
    [
      { label: "decimal.js times + toDecimalPlaces", fn: dec, baseline: true },
      { label: 'fx.convert(m, "EUR", rate)', fn: acc, role: "accordo", target: 1.5 },
      {
        label: "decimal.js times + toDecimalPlaces, every decimal frozen with its digits",
        fn: decFrozen,
        role: "frozen",
      },
      {
        label: "big.js times + round",
        fn: () => {
          for (let i = 0; i < N; i++) out[i] = BA[i].times(br).round(2, Big.roundHalfEven);
        },
      },
      {
        label: "currency.js multiply (rounds half-up)",
        fn: () => {
          for (let i = 0; i < N; i++) out[i] = CA[i].multiply(0.9234);
        },
      },
      {
        label: "dinero.js convert + transformScale (number)",
        fn: () => {
          for (let i = 0; i < N; i++) out[i] = dn.transformScale(dn.convert(XA[i], dnc.EUR, dnRates), 2, dn.halfEven);
        },
      },
      {
        label: "dinero.js convert + transformScale (bigint)",
        fn: () => {
          for (let i = 0; i < N; i++)
            out[i] = dnb.transformScale(dnb.convert(YA[i], dnbc.EUR, dnbRates), 2n, dnb.halfEven);
        },
      },
    ],
    () => {
      for (let i = 0; i < 50; i++) {
        const want = DA[i].times(r).toDecimalPlaces(2, HALF_EVEN).toFixed(2);
        same(`convert ${amounts[i]}`, fx.convert(A[i], "EUR", rate).amount.toFixed(2), want);
        same(
          `dinero.js convert ${amounts[i]}`,
          dn.toDecimal(dn.transformScale(dn.convert(XA[i], dnc.EUR, dnRates), 2, dn.halfEven)),
          want,
        );
      }
    },
  );
}

// ----------------------------------------------------------------- convert through a dated table
if (wanted("table")) {
  // 10 years of daily rates (2015-01-01 … 2024-12-31) for 30 currencies, each quoted against USD.
  const codes = [
    "EUR",
    "JPY",
    "GBP",
    "CNY",
    "CHF",
    "CAD",
    "AUD",
    "NZD",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
    "CZK",
    "HUF",
    "TRY",
    "INR",
    "KRW",
    "SGD",
    "HKD",
    "TWD",
    "THB",
    "MYR",
    "IDR",
    "PHP",
    "MXN",
    "BRL",
    "ZAR",
    "ILS",
    "SAR",
    "AED",
  ];
  const days = [];
  for (let t = Date.UTC(2015, 0, 1); t <= Date.UTC(2024, 11, 31); t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10));
  const r2 = random(7);
  const level = Object.fromEntries(codes.map((c, i) => [c, 0.5 + i * 0.37]));
  const input = [];
  const eurByDay = new Map();
  for (const on of days) {
    for (const c of codes) {
      const text = (level[c] * (0.9 + r2() * 0.2)).toFixed(4);
      input.push({ base: "USD", quote: c, rate: text, on });
      if (c === "EUR") eurByDay.set(on, text);
    }
  }
  const t0 = performance.now();
  const tbl = fx.table(input);
  const built = performance.now() - t0;
  const t1 = performance.now();
  fx.convert(money.of("1", "USD"), "EUR", tbl, { on: days[0] });
  const indexed = performance.now() - t1;
  console.log(
    `(a table of ${input.length.toLocaleString("en")} rates: fx.table ${built.toFixed(
      0,
    )} ms, first lookup ${indexed.toFixed(0)} ms)`,
  );
  const A = amounts.map((a) => money.of(a, "USD"));
  const DA = amounts.map((a) => new D(a));
  const XA = cents.map((amount) => dn.dinero({ amount, currency: dnc.USD }));
  const on = amounts.map(() => days[Math.floor(r2() * days.length)]);
  const opts = on.map((d) => ({ on: d }));
  const decByDay = new Map([...eurByDay].map(([d, t]) => [d, new D(t)]));
  const dnByDay = new Map(
    [...eurByDay].map(([d, t]) => [d, { EUR: { amount: Number(t.replace(".", "")), scale: 4 } }]),
  );
  const out = new Array(N);
  group(
    "table",
    `convert USD → EUR through a table of ${input.length.toLocaleString(
      "en",
    )} daily rates (10 years, 30 currencies), random days`,
    [
      {
        label: "decimal.js: Map of the day's rate, times + toDecimalPlaces",
        fn: () => {
          for (let i = 0; i < N; i++) out[i] = DA[i].times(decByDay.get(on[i])).toDecimalPlaces(2, HALF_EVEN);
        },
        baseline: true,
      },
      {
        label: 'fx.convert(m, "EUR", table, { on })',
        fn: () => {
          for (let i = 0; i < N; i++) out[i] = fx.convert(A[i], "EUR", tbl, opts[i]);
        },
        role: "accordo",
        target: 2,
      },
      {
        label: "dinero.js: Map of the day's rate, convert + transformScale",
        fn: () => {
          for (let i = 0; i < N; i++)
            out[i] = dn.transformScale(dn.convert(XA[i], dnc.EUR, dnByDay.get(on[i])), 2, dn.halfEven);
        },
      },
    ],
    () => {
      for (let i = 0; i < 50; i++) {
        same(
          `table convert on ${on[i]}`,
          fx.convert(A[i], "EUR", tbl, opts[i]).amount.toFixed(2),
          DA[i].times(decByDay.get(on[i])).toDecimalPlaces(2, HALF_EVEN).toFixed(2),
        );
      }
    },
  );
  const last = workloads.at(-1);
  if (last?.id === "table")
    last.setup = { rates: input.length, tableMs: round3(built), firstLookupMs: round3(indexed) };
}

// ------------------------------------------------------------------------------------- allocate
{
  const N = HALF;
  const A = amounts.map((a) => money.of(a, "USD"));
  const CA = amounts.map((a) => currency(a));
  const XA = cents.map((amount) => dn.dinero({ amount, currency: dnc.USD }));
  const YA = cents.map((amount) => dnb.dinero({ amount: BigInt(amount), currency: dnbc.USD }));
  const ratios = [1, 1, 1];
  const ratiosBig = [1n, 1n, 1n];
  const out = new Array(N);
  group(
    "allocate",
    "allocate an amount 3 ways (1:1:1)",
    [
      {
        label: "dinero.js allocate (number)",
        fn: () => {
          for (let i = 0; i < N; i++) out[i] = dn.allocate(XA[i], ratios);
        },
        baseline: true,
      },
      {
        label: "money.allocate(m, [1, 1, 1])",
        fn: () => {
          for (let i = 0; i < N; i++) out[i] = money.allocate(A[i], ratios);
        },
        role: "accordo",
      },
      {
        label: "dinero.js allocate (bigint)",
        fn: () => {
          for (let i = 0; i < N; i++) out[i] = dnb.allocate(YA[i], ratiosBig);
        },
      },
      {
        label: "currency.js distribute(3)",
        fn: () => {
          for (let i = 0; i < N; i++) out[i] = CA[i].distribute(3);
        },
      },
    ],
    () => {
      for (let i = 0; i < 50; i++) {
        same(
          `allocate ${amounts[i]}`,
          money
            .allocate(A[i], ratios)
            .map((m) => m.amount.toFixed(2))
            .join(" "),
          dn
            .allocate(XA[i], ratios)
            .map((d) => dn.toDecimal(d))
            .join(" "),
        );
      }
    },
    N,
  );
}

// ------------------------------------------------------------------- growth on reported figures
{
  const N = HALF;
  const r3 = random(11);
  const prevCents = cents.map((c) => Math.max(1, Math.round(c * (0.8 + r3() * 0.4))));
  const now = amounts.map((a) => figure.reported(a));
  const before = prevCents.map((c) => figure.reported((c / 100).toFixed(2)));
  const pct = cents.map((_, i) => ((i % 400) / 10 + 0.1).toFixed(1));
  const rates = pct.map((p) => growth.fromPercent(p));
  const DN = amounts.map((a) => new D(a));
  const DB = prevCents.map((c) => new D((c / 100).toFixed(2)));
  const out = new Array(N);
  group(
    "growth",
    "growth on reported figures (value and rounding bounds)",
    [
      {
        label: "decimal.js div",
        fn: () => {
          for (let i = 0; i < N; i++) out[i] = DN[i].div(DB[i]);
        },
        baseline: true,
      },
      {
        label: "growth.rate(now, before)",
        fn: () => {
          for (let i = 0; i < N; i++) out[i] = growth.rate(now[i], before[i]);
        },
        role: "accordo",
        target: 6,
      },
      {
        label: "growth.share(part, total)",
        fn: () => {
          for (let i = 0; i < N; i++) out[i] = growth.share(before[i], now[i]);
        },
        role: "accordo",
        target: 6,
      },
      {
        label: "growth.previous(now, rate)",
        fn: () => {
          for (let i = 0; i < N; i++) out[i] = growth.previous(now[i], rates[i]);
        },
        role: "accordo",
        target: 6,
      },
    ],
    () => {
      for (let i = 0; i < 20; i++) {
        same(
          `growth.rate ${amounts[i]}`,
          growth.rate(now[i], before[i]).fraction.value.toString(),
          DN[i].div(DB[i]).minus(1).toString(),
        );
      }
    },
    N,
  );
}

// ------------------------------------------- an ownership chain of 16,000 parties
/**
 * `agreement.create`, then the first `parentChain` and `effectiveShare` from the deepest party, on
 * chains of 8,000 and 16,000 parties, each owned by the previous one: medians of fresh agreements.
 * The time for twice the parties over the time for the parties is about 2 when the walk is linear.
 */
let chain;
if (wanted("chain")) {
  const { agreement } = accordo;
  const parties = (n) =>
    Array.from({ length: n }, (_, i) => ({
      id: `p${i}`,
      name: `Party ${i}`,
      kind: "company",
      roles: ["investor"],
      ...(i === 0 ? {} : { parent: { partyId: `p${i - 1}`, share: i % 1000 === 0 ? "0.5" : "1" } }),
    }));
  const measure = (n) => {
    const input = { id: "chain", title: "A long chain", kind: "cooperationAgreement", parties: parties(n) };
    const times = { create: [], parentChain: [], effectiveShare: [] };
    for (let r = 0; r < Math.max(3, ROUNDS - 2); r++) {
      let t = performance.now();
      const a = agreement.create(input);
      times.create.push(performance.now() - t);
      t = performance.now();
      const links = agreement.parentChain(a, `p${n - 1}`);
      times.parentChain.push(performance.now() - t);
      t = performance.now();
      const share = agreement.effectiveShare(a, `p${n - 1}`, "p0");
      times.effectiveShare.push(performance.now() - t);
      same(`parentChain of ${n}`, links.length, n - 1);
      same(`effectiveShare of ${n}`, share.toString(), (2 ** -Math.floor((n - 1) / 1000)).toString());
    }
    return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  };
  try {
    const half = measure(8_000);
    const full = measure(16_000);
    chain = {
      parties: 16_000,
      rounds: Math.max(3, ROUNDS - 2),
      steps: Object.keys(full).map((step) => ({
        label: `agreement.${step}${step === "create" ? "" : ' from the deepest party ("p15999")'}`,
        ms: round3(full[step]),
        halfMs: round3(half[step]),
        doubling: round3(full[step] / half[step]),
      })),
      target: "linear: about 2x the time for twice the parties",
    };
    console.log("ownership chain of 16,000 parties");
    for (const c of chain.steps)
      console.log(
        `  ${c.label.padEnd(60)} ${c.ms.toFixed(1).padStart(8)} ms  (8,000 parties: ${c.halfMs.toFixed(
          1,
        )} ms, ${c.doubling.toFixed(2)}x)`,
      );
  } catch (error) {
    errors.push(`chain: ${String(error)}`);
    console.log(`error, skipped: chain: ${String(error)}`);
  }
}

// ------------------------------------------------------------------------------------ cold start
/**
 * Median time (ms) to `import()` (or `require()`) each specifier in fresh `node` processes, started
 * in the install directory so that "accordo" resolves to the packed package; the processes of the
 * two specifiers alternate.
 */
function coldStart(kind, specifiers) {
  const script = (s) => {
    const load = kind === "require" ? `require(${JSON.stringify(s)})` : `await import(${JSON.stringify(s)})`;
    return `(async () => { const t = process.hrtime.bigint(); ${load}; process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6)); })()`;
  };
  const times = specifiers.map(() => []);
  for (let i = 0; i < COLD_RUNS + 1; i++) {
    specifiers.forEach((s, k) => {
      const r = spawnSync(process.execPath, ["-e", script(s)], { cwd: dir, encoding: "utf8" });
      if (r.status !== 0) throw new Error(`${kind}(${s}) failed: ${r.stderr}`);
      if (i > 0) times[k].push(Number(r.stdout)); // the first process of each warms the file cache
    });
  }
  return times.map((t) => median(t));
}
const cold = [];
let coldNote;
if (wanted("cold")) {
  // The same code as one module: what the package's many files (one per entry, plus the chunks
  // they share) cost over the work done at load, which is the same in both.
  const oneFile = join(dir, "accordo-one-file.mjs");
  buildSync({
    entryPoints: [join(dir, "node_modules", "accordo", "dist", "index.js")],
    bundle: true,
    format: "esm",
    platform: "neutral",
    external: ["decimal.js"],
    outfile: oneFile,
    logLevel: "error",
  });
  const files = esmFiles(join(dir, "node_modules", "accordo", "dist", "index.js"));
  coldNote = { files: files.length, bytes: files.reduce((n, f) => n + statSync(f).size, 0) };
  for (const kind of ["import", "require"]) {
    try {
      const specifiers =
        kind === "import" ? ["accordo", "./accordo-one-file.mjs", "decimal.js"] : ["accordo", "decimal.js"];
      const times = coldStart(kind, specifiers);
      const subject = times[0];
      const baseline = times.at(-1);
      const entry = {
        label: `${kind}("accordo")`,
        baseline: `${kind}("decimal.js")`,
        runs: COLD_RUNS,
        ms: round3(subject),
        baselineMs: round3(baseline),
        ratio: round3(subject / baseline),
        ...(kind === "import"
          ? {
              target: 2,
              met: subject / baseline <= 2,
              oneFileMs: round3(times[1]),
              oneFileRatio: round3(times[1] / baseline),
            }
          : {}),
      };
      cold.push(entry);
      console.log(
        `cold ${entry.label.padEnd(20)} ${subject.toFixed(1)} ms vs ${entry.baseline} ${baseline.toFixed(
          1,
        )} ms: ${entry.ratio.toFixed(2)}x (median of ${COLD_RUNS} fresh processes)`,
      );
      if (kind === "import")
        console.log(
          `cold import of the same code bundled as one module: ${times[1].toFixed(1)} ms, ${(
            times[1] / baseline
          ).toFixed(2)}x (the package: ${coldNote.files} ES modules)`,
        );
    } catch (error) {
      errors.push(String(error));
      console.log(`error, skipped: cold start ${kind}: ${String(error)}`);
    }
  }
}

/** The ES modules that importing `file` loads from the package (relative imports, followed). */
function esmFiles(file, seen = new Set()) {
  if (seen.has(file)) return [...seen];
  seen.add(file);
  for (const m of readFileSync(file, "utf8").matchAll(/(?:from|import)\s*["'](\.[^"']+)["']/g))
    esmFiles(resolve(dirname(file), m[1]), seen);
  return [...seen];
}

// ------------------------------------------------------------------------------ memory (a child)
let memory;
if (wanted("memory")) {
  const r = spawnSync(process.execPath, ["--expose-gc", join(root, "bench", "memory.js")], {
    encoding: "utf8",
    env: { ...process.env, ACCORDO_BENCH_DIR: dir },
  });
  if (r.status === 0) {
    memory = JSON.parse(r.stdout);
    console.log(
      `heap bytes a value (${memory.n.toLocaleString("en")} values): ${memory.values
        .map((v) => `${v.label} ${v.bytes}`)
        .join(", ")}`,
    );
  } else {
    errors.push(`memory: ${r.stderr}`);
    console.log(`error, skipped: memory: ${r.stderr}`);
  }
}

// ------------------------------------------------------------------------ pipeline (a child)
let pipeline;
if (wanted("pipeline")) {
  const r = spawnSync(
    process.execPath,
    [join(root, "bench", "pipeline.js"), "--rows", args["pipeline-rows"], "--json"],
    {
      encoding: "utf8",
      env: { ...process.env, ACCORDO_BENCH_DIR: dir },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  if (r.status === 0) pipeline = JSON.parse(r.stdout);
  else errors.push(`pipeline exited with ${r.status}`);
}

// ------------------------------------------------ text (money.format and money.parse, a child)
let text;
if (wanted("text")) {
  const r = spawnSync(process.execPath, [join(root, "bench", "text.js"), "--json", "--rounds", String(ROUNDS)], {
    encoding: "utf8",
    env: { ...process.env, ACCORDO_BENCH_DIR: dir },
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (r.status === 0) text = JSON.parse(r.stdout);
  else {
    errors.push(`bench/text.js exited with ${r.status}`);
    console.log(`error, skipped: bench/text.js exited with ${r.status}`);
  }
}

// ------------------------------------------- io (a 25-year ECB rate file read, then looked up; a child)
let ioResults;
if (wanted("io")) {
  const file = join(dir, "io.json");
  const r = spawnSync(
    process.execPath,
    [join(root, "bench", "io.js"), "--rounds", "3", "--lookups", "1000", "--out", file],
    { encoding: "utf8", env: { ...process.env, ACCORDO_BENCH_DIR: dir }, stdio: ["ignore", "inherit", "inherit"] },
  );
  if (r.status === 0) ioResults = JSON.parse(readFileSync(file, "utf8"));
  else {
    errors.push(`bench/io.js exited with ${r.status}`);
    console.log(`error, skipped: bench/io.js exited with ${r.status}`);
  }
}

const previous = existsSync(args.out) ? JSON.parse(readFileSync(args.out, "utf8")) : {};
const results = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? "unknown",
  cpus: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  loadAverageAtStart: loadavg().map((x) => Math.round(x * 100) / 100),
  n: N,
  rounds: ROUNDS,
  warmup: WARMUP,
  package: 'packed with npm pack, installed in a temporary node_modules, imported as "accordo"',
  note: "ratio = median over interleaved rounds of (time / the baseline's time in the same round); lower is better; 1 is parity",
  workloads: only === undefined ? workloads : mergeById(previous.workloads, workloads),
  coldStart: wanted("cold") ? cold : (previous.coldStart ?? []),
  coldStartPackage: wanted("cold") ? coldNote : previous.coldStartPackage,
  memory: wanted("memory") ? memory : previous.memory,
  pipeline: wanted("pipeline") ? pipeline : previous.pipeline,
  text: wanted("text") ? text : previous.text,
  io: wanted("io") ? ioResults : previous.io,
  chain: wanted("chain") ? chain : previous.chain,
  seconds: Math.round((Date.now() - started) / 1000),
  errors,
};
if (only !== undefined && previous.date !== undefined) {
  // A partial run: the header stays the full run's; this run is listed with what it re-measured.
  const rerun = {
    date: results.date,
    only: [...only],
    loadAverageAtStart: results.loadAverageAtStart,
    seconds: results.seconds,
  };
  for (const key of ["date", "loadAverageAtStart", "seconds", "errors"]) results[key] = previous[key];
  results.partialRuns = [...(previous.partialRuns ?? []), rerun];
} else delete results.partialRuns;
function mergeById(old = [], fresh) {
  const byId = new Map(old.map((w) => [w.id, w]));
  for (const w of fresh) byId.set(w.id, w);
  return [...byId.values()];
}
writeFileSync(args.out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwritten to ${args.out} (${results.seconds} s)`);
const missed = [...workloads.flatMap((w) => w.contenders), ...cold]
  .filter((c) => c.met === false)
  .map((c) => `${c.label} ${c.ratio}x > ${c.target}x`);
if (pipeline?.target !== undefined && !pipeline.met) missed.push(`pipeline ${pipeline.ratio}x > ${pipeline.target}x`);
for (const row of text?.rows ?? []) if (row.met === false) missed.push(`${row.workload} (${row.target})`);
if (missed.length > 0) console.log(`targets missed: ${missed.join("; ")}`);
if (!args["no-report"]) spawnSync(process.execPath, [join(root, "scripts", "bench-report.mjs")], { stdio: "inherit" });
if (process.env.ACCORDO_BENCH_KEEP === undefined) removeInstall(dir);
