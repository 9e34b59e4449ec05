#!/usr/bin/env node
// Speed of money.format and money.parse, on the built package (run `npm run build` first):
//
//   node bench/text.js [--rounds 7] [--n 20000]
//
//   format   money.format against one reused Intl.NumberFormat with the same options, in
//            standard, compact and long notation (targets: at most 2x, 3x and 3x)
//   parse    money.parse warm, µs a call, for the common shapes (target: at most 20 µs)
//   cold     the first money.parse for a locale in a fresh Node process, ms (target: at most 30 ms),
//            and the import of accordo itself in that process
//   long     adversarial texts under and over the length limit (TEXT_TOO_LONG): ms a call, and
//            the ratio of the time for twice the length (about 2 when the time is linear)
//
// Measures interleave the subject and its baseline in rounds and report medians, so that load on
// the machine hits both alike. Prints a table; writes nothing.
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import * as accordo from "accordo";

const { values: args } = parseArgs({
  options: { rounds: { type: "string", default: "7" }, n: { type: "string", default: "20000" } },
});
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
const row = (group, workload, accordoUs, baselineUs, unit = "µs", target = "") =>
  rows.push({ group, workload, accordo: accordoUs, baseline: baselineUs, unit, target });

// format
for (const [notation, baselineOptions, values, raw, target] of [
  ["standard", {}, usd, numbers, "≤ 2x"],
  ["compact", { notation: "compact" }, big, bigNumbers, "≤ 3x"],
  ["long", { notation: "compact", compactDisplay: "long", currencyDisplay: "name" }, big, bigNumbers, "≤ 3x"],
]) {
  const nf = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", ...baselineOptions });
  const options = notation === "standard" ? undefined : { notation };
  const [a, b] = race([(i) => money.format(values[i], options), (i) => nf.format(raw[i])]);
  row("format", `money.format ${notation}, en-US vs a reused Intl.NumberFormat`, a, b, "µs", target);
}
{
  const nf = new Intl.NumberFormat("de-DE", { style: "currency", currency: "EUR" });
  const eur = texts.map((t) => money.of(t, "EUR"));
  const [a, b] = race([(i) => money.format(eur[i], { locale: "de-DE" }), (i) => nf.format(numbers[i])]);
  row("format", "money.format standard, de-DE (options object) vs Intl", a, b, "µs", "≤ 2x");
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
  row("parse", `money.parse "${name}", warm`, a, undefined, "µs", "≤ 20 µs");
}

// parse, cold: a fresh process per locale
for (const [text, locale] of [
  ["193,48 miliardi di yuan", "it-IT"],
  ["1.234,50 €", "de-DE"],
  ["$1234.56", undefined],
  ["4243.6亿元", "zh-CN"],
]) {
  const runs = [];
  const imports = [];
  for (let r = 0; r < Math.max(3, Math.ceil(ROUNDS / 2)); r++) {
    const script = `const t0 = performance.now(); const { money } = await import("accordo"); const t1 = performance.now();
      money.parse(${JSON.stringify(text)}, ${JSON.stringify(locale === undefined ? {} : { locale })});
      console.log(JSON.stringify([t1 - t0, performance.now() - t1]));`;
    const out = spawnSync(process.execPath, ["--input-type=module", "-e", script], {
      encoding: "utf8",
      cwd: process.cwd(),
    });
    if (out.status !== 0) throw new Error(out.stderr);
    const [importMs, parseMs] = JSON.parse(out.stdout);
    runs.push(parseMs);
    imports.push(importMs);
  }
  row(
    "cold",
    `first money.parse "${text}"${locale ? ` (${locale})` : ""} in a fresh process`,
    median(runs),
    median(imports),
    "ms",
    "≤ 30 ms",
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
console.log(`money.format and money.parse, ${ROUNDS} interleaved rounds, medians; length limit: ${limit} characters\n`);
console.log("| group | workload | accordo | baseline | ratio | unit | target |");
console.log("| --- | --- | --- | --- | --- | --- | --- |");
for (const r of rows) {
  const ratio = r.baseline === undefined || r.group === "cold" ? "" : `${(r.accordo / r.baseline).toFixed(2)}x`;
  const baseline = r.group === "cold" ? `import ${fmt(r.baseline)}` : fmt(r.baseline);
  console.log(`| ${r.group} | ${r.workload} | ${fmt(r.accordo)} | ${baseline} | ${ratio} | ${r.unit} | ${r.target} |`);
}
