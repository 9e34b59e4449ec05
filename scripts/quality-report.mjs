#!/usr/bin/env node
// docs/quality.md, generated: the gates, and the numbers measured by them.
//
//   node scripts/quality-report.mjs            reads the reports present, records their numbers in
//                                              docs/data/quality.json, and writes docs/quality.md
//   node scripts/quality-report.mjs --check    exits 1 when docs/quality.md is not what
//                                              docs/data/quality.json renders (run by npm run lint)
//
// The reports, each written by a script of the repo:
//   reports/vitest.json              npm test -- --reporter=json --outputFile.json=reports/vitest.json (.ci/run)
//   coverage/coverage-summary.json   npm run coverage
//   reports/size.json                npx size-limit --json > reports/size.json (after npm run build)
//   reports/mutation/<area>.json     npm run mutation
// A number is replaced only when its report is present; each keeps the day and commit it was
// measured at, so a number that an older commit measured says so. No number is typed by hand.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { AREAS as AREA_TABLE } from "../test/quality/mutation-areas.mjs";

const AREAS = Object.keys(AREA_TABLE);

const root = new URL("..", import.meta.url).pathname;
const dataFile = join(root, "docs", "data", "quality.json");
const pageFile = join(root, "docs", "quality.md");
const readJSON = (path) => JSON.parse(readFileSync(path, "utf8"));

function stamp() {
  let commit = "uncommitted";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
  } catch {
    // not a git checkout: keep "uncommitted"
  }
  return { measuredOn: new Date().toISOString().slice(0, 10), commit };
}

/** The numbers of every report present, merged over the recorded ones. */
export function collect(recorded) {
  const data = { ...recorded };
  const at = stamp();
  const vitest = join(root, "reports", "vitest.json");
  if (existsSync(vitest)) {
    const r = readJSON(vitest);
    data.tests = {
      ...at,
      files: r.testResults?.length ?? r.numTotalTestSuites,
      passed: r.numPassedTests,
      failed: r.numFailedTests,
    };
  }
  const coverage = join(root, "coverage", "coverage-summary.json");
  if (existsSync(coverage)) {
    const t = readJSON(coverage).total;
    data.coverage = {
      ...at,
      functions: t.functions.pct,
      branches: t.branches.pct,
      statements: t.statements.pct,
      lines: t.lines.pct,
    };
  }
  const size = join(root, "reports", "size.json");
  if (existsSync(size)) {
    data.size = {
      ...at,
      entries: readJSON(size).map((e) => ({ name: e.name, bytes: e.size, passed: e.passed !== false })),
    };
  }
  const mutationDir = join(root, "reports", "mutation");
  const reports = existsSync(mutationDir)
    ? readdirSync(mutationDir).filter((f) => /^[a-z]+\.json$/.test(f) && !f.startsWith("stryker"))
    : [];
  if (reports.length > 0) {
    const total = { killed: 0, timeout: 0, survived: 0, noCoverage: 0 };
    const byArea = {};
    const survivors = [];
    for (const name of reports.sort()) {
      const area = (byArea[name.slice(0, -5)] = { killed: 0, timeout: 0, survived: 0, noCoverage: 0 });
      const count = (key) => {
        total[key]++;
        area[key]++;
      };
      for (const [file, { mutants }] of Object.entries(readJSON(join(mutationDir, name)).files)) {
        for (const m of mutants) {
          if (m.status === "Killed") count("killed");
          else if (m.status === "Timeout") count("timeout");
          else if (m.status === "Survived" || m.status === "NoCoverage") {
            count(m.status === "Survived" ? "survived" : "noCoverage");
            survivors.push(
              `${file}:${m.location.start.line} ${m.mutatorName}${m.status === "NoCoverage" ? " (no coverage)" : ""}`,
            );
          }
        }
      }
    }
    data.mutation = {
      ...at,
      areas: reports.map((f) => f.slice(0, -5)),
      byArea,
      ...total,
      survivors: survivors.sort((a, b) => a.localeCompare(b, "en", { numeric: true })),
    };
  }
  return data;
}

const pct = (n) => `${Number(n).toFixed(2)}%`;
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const when = (m) => `${m.measuredOn}, ${m.commit}`;

/** docs/quality.md from the recorded numbers. */
export function render(data) {
  const rows = [];
  if (data.tests)
    rows.push(
      `| tests (\`npm test\`) | ${data.tests.passed} passed, ${data.tests.failed} failed, in ${data.tests.files} files | ${when(data.tests)} |`,
    );
  else rows.push("| tests (`npm test`) | not recorded: run `bash .ci/run`, then this script | |");
  if (data.coverage) {
    const c = data.coverage;
    rows.push(
      `| coverage of \`src/\` | functions ${pct(c.functions)}, branches ${pct(c.branches)}, statements ${pct(c.statements)}, lines ${pct(c.lines)} | ${when(c)} |`,
    );
  } else rows.push("| coverage of `src/` | not recorded: run `npm run coverage`, then this script | |");
  if (data.mutation) {
    const m = data.mutation;
    const score = (n) => (100 * (n.killed + n.timeout)) / (n.killed + n.timeout + n.survived + n.noCoverage);
    const missing = AREAS.filter((a) => !m.areas.includes(a));
    rows.push(
      `| mutation score (areas: ${m.areas.join(", ")}${missing.length === 0 ? "" : `; not run: ${missing.join(", ")}`}) | ${pct(score(m))}: ${m.killed} killed, ${m.timeout} timed out, ${m.survived} survived, ${m.noCoverage} without coverage; bar 90% | ${when(m)} |`,
    );
    for (const [name, n] of Object.entries(m.byArea ?? {}))
      rows.push(
        `| mutation score: ${name} | ${pct(score(n))}: ${n.killed} killed, ${n.timeout} timed out, ${n.survived} survived, ${n.noCoverage} without coverage | ${when(m)} |`,
      );
  } else rows.push("| mutation score | not recorded: run `npm run mutation`, then this script | |");
  if (data.size) {
    for (const e of data.size.entries)
      rows.push(
        `| size: ${e.name.replaceAll("|", "\\|")} | ${kB(e.bytes)}${e.passed ? "" : " (**over its limit**)"} | ${when(data.size)} |`,
      );
  } else
    rows.push(
      "| size | not recorded: run `npm run build && npx size-limit --json > reports/size.json`, then this script | |",
    );
  const survivors = data.mutation?.survivors ?? [];
  return `---
title: Quality gates
---

# Quality gates

<!-- Generated by scripts/quality-report.mjs from docs/data/quality.json: do not edit by hand. -->

Every gate is a script of the repository. \`bash .ci/run\` runs the ones marked "CI" on a clean
install, in the order below, and prints \`N passed, N failed\`.

| command | what it checks | CI |
| --- | --- | --- |
| \`npm test\` | vitest: examples of every function, fast-check properties, the fuzzer (fixed seed), the forged-value sweeps | yes |
| \`npm run typecheck\` | \`tsc\` strict over \`src/\`, then over the tests, scripts and examples | yes |
| \`npm run lint\` | ESLint (type-aware, layers, no zod outside \`accordo/schemas\`, no Node built-ins in \`src/\`), formatting, generated pages up to date | yes |
| \`npm run build\` | tsup: ESM + CJS + declarations for both, with each function's example inside its declaration | yes |
| \`npm run docs\` | typedoc into \`docs/api\`: every export documented, no broken link, warnings are errors | yes |
| \`npm run check:package\` | publint, attw, the files \`npm pack\` publishes | yes |
| \`npm run size\` | size-limit budgets per entry (esbuild, brotli); zod only in \`accordo/schemas\` | yes |
| \`npm run docs:check\`, \`npm run browser:check\` | the API reference and the case study page in headless Chromium | yes |
| \`npm run coverage\` | vitest coverage of \`src/\`: thresholds 100% of functions, 95% of branches | by hand |
| \`npm run mutation\` | Stryker over \`src/\`, one area at a time (\`test/quality/mutation-areas.mjs\`); bar 90% | by hand |
| \`npm run fuzz\` | the fuzzer with a random seed (printed); \`FUZZ_RUNS\`, \`FUZZ_SEED\` to replay | by hand |
| \`npm run bench\` | speed against decimal.js, \`Intl.NumberFormat\` and peers: [benchmarks](benchmarks.md) | by hand |

## Current numbers

Each number is the last one measured, with the day and commit it was measured at.

| gate | number | measured |
| --- | --- | --- |
${rows.join("\n")}

## Surviving mutants

${survivors.length === 0 ? (data.mutation ? "None." : "No mutation report recorded.") : `Mutants that no test kills (file:line and mutator), from the mutation reports:\n\n${survivors.map((s) => `- \`${s}\``).join("\n")}`}

## Forged values and fuzzing

\`test/support.ts\` has \`corruptions(value)\`: every copy of a valid value with one property or element,
at any depth, replaced by \`undefined\`, \`null\`, \`NaN\`, \`Infinity\`, a Symbol, \`[]\`, ... or removed.
Each namespace's \`forged.test.ts\` feeds them to every function that takes a domain value and
expects an \`AccordoError\` each time. \`test/quality/fuzz.test.ts\` feeds malformed input (random JSON,
wrong types, huge and tiny numbers, long strings, Unicode digits, \`__proto__\` keys) to every parser,
constructor and schema; every bug it found has a regression test in
\`test/quality/fuzz-findings.test.ts\`.
`;
}

const recorded = existsSync(dataFile) ? readJSON(dataFile) : {};
if (process.argv.includes("--check")) {
  const expected = render(recorded);
  const actual = existsSync(pageFile) ? readFileSync(pageFile, "utf8") : "";
  if (actual !== expected) {
    console.error("docs/quality.md is not what docs/data/quality.json renders: run node scripts/quality-report.mjs");
    process.exit(1);
  }
} else {
  const data = collect(recorded);
  writeFileSync(dataFile, `${JSON.stringify(data, null, 2)}\n`);
  writeFileSync(pageFile, render(data));
  console.log(`wrote docs/data/quality.json and docs/quality.md (${Object.keys(data).join(", ")})`);
}
