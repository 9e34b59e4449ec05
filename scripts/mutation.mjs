#!/usr/bin/env node
// npm run mutation: Stryker over all of src/, one area at a time, then one score table.
//
//   node scripts/mutation.mjs                 every area, in order, then the table
//   node scripts/mutation.mjs money fx        only these areas, then the table of every report present
//   node scripts/mutation.mjs --summary       only the table, from the reports already in reports/mutation/
//   add --survivors to list every surviving mutant (file:line:column, mutator, replacement)
//   add --incremental to reuse the last results: Stryker's incremental mode re-tests only the
//     mutants whose code or covering tests changed since the report in reports/mutation/<area>.json
//
// One Stryker configuration (stryker.config.json) and a table of areas (test/quality/mutation-areas.mjs):
// each area mutates its part of src/ and runs only the tests that concern it (through
// test/quality/vitest.mutation.mjs), and writes reports/mutation/<area>.json.
// Together the areas mutate every file of src/ except index.ts and types.ts (re-exports and types
// only) and the data tables (the generated ISO 4217 table, the error codes and their guide); the
// table below names any file that no report covers.
//
// The score is Stryker's: (killed + timeout) / (killed + timeout + survived + no coverage).
// Exit code 1 when the total is under 90% (the project's bar) or a file of src/ has no report.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, relative } from "node:path";

import { AREAS as AREA_TABLE } from "../test/quality/mutation-areas.mjs";

export const AREAS = Object.keys(AREA_TABLE);
const BAR = 90;
const root = new URL("..", import.meta.url).pathname;
const reportOf = (area) => join(root, "reports", "mutation", `${area}.json`);

const args = process.argv.slice(2);
const summaryOnly = args.includes("--summary");
const chosen = args.filter((a) => !a.startsWith("--"));
for (const area of chosen) {
  if (!AREAS.includes(area)) {
    console.error(`mutation: unknown area "${area}"; the areas are ${AREAS.join(", ")}`);
    process.exit(2);
  }
}

if (!summaryOnly) {
  const concurrency = String(Math.max(1, availableParallelism()));
  for (const area of chosen.length > 0 ? chosen : AREAS) {
    console.log(`\n=== mutation: ${area} ===\n`);
    // The area's configuration: stryker.config.json with the area's files, report and sandbox.
    const { $schema: _schema, ...base } = JSON.parse(readFileSync(join(root, "stryker.config.json"), "utf8"));
    const config = {
      ...base,
      mutate: AREA_TABLE[area].mutate,
      jsonReporter: { fileName: `reports/mutation/${area}.json` },
      tempDirName: `.stryker-tmp-${area}`,
    };
    mkdirSync(join(root, "reports", "mutation"), { recursive: true });
    const configFile = join(root, "reports", "mutation", `stryker.${area}.json`);
    writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);
    const incremental = [];
    if (args.includes("--incremental") && existsSync(reportOf(area))) {
      // The incremental file is Stryker's own copy of the last report, read before the run and
      // written after it; seeded from the area's report so that a full run can be the baseline.
      const previous = join(root, "reports", "mutation", `${area}.incremental.json`);
      copyFileSync(reportOf(area), previous);
      incremental.push("--incremental", "--incrementalFile", relative(root, previous));
    }
    const run = spawnSync(
      "npx",
      ["stryker", "run", relative(root, configFile), "--concurrency", concurrency, ...incremental],
      {
        cwd: root,
        stdio: "inherit",
        env: { ...process.env, ACCORDO_MUTATION_AREA: area },
      },
    );
    if (run.status !== 0) {
      console.error(`mutation: Stryker failed for ${area} (exit ${run.status})`);
      process.exit(run.status ?? 1);
    }
  }
}

/** Tables of data with no logic: the generated ISO 4217 table, and the error codes with their guide. */
const DATA = ["src/money/iso4217.ts", "src/error-codes.ts"];

/** Every file that the areas should mutate. */
function sourceFiles(dir = join(root, "src")) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    const rel = relative(root, path);
    return rel.endsWith(".ts") && !/(^|\/)(index|types)\.ts$/.test(rel) && !DATA.includes(rel) ? [rel] : [];
  });
}

const rows = new Map();
const survivors = [];
for (const area of AREAS) {
  if (!existsSync(reportOf(area))) continue;
  const report = JSON.parse(readFileSync(reportOf(area), "utf8"));
  const when = statSync(reportOf(area)).mtime.toISOString().slice(0, 16).replace("T", " ");
  for (const [file, { mutants }] of Object.entries(report.files)) {
    const row = { area, when, killed: 0, timeout: 0, survived: 0, noCoverage: 0 };
    for (const { status } of mutants) {
      if (status === "Killed") row.killed++;
      else if (status === "Timeout") row.timeout++;
      else if (status === "Survived") row.survived++;
      else if (status === "NoCoverage") row.noCoverage++;
    }
    rows.set(file, row);
    if (args.includes("--survivors")) {
      for (const m of mutants) {
        if (m.status === "Survived" || m.status === "NoCoverage") {
          survivors.push(
            `${file}:${m.location.start.line}:${m.location.start.column} ${m.mutatorName} ${JSON.stringify(m.replacement ?? "")}${m.status === "NoCoverage" ? " (no coverage)" : ""}`,
          );
        }
      }
    }
  }
}

const score = (r) => {
  const detected = r.killed + r.timeout;
  const valid = detected + r.survived + r.noCoverage;
  return valid === 0 ? 100 : (100 * detected) / valid;
};
const pad = (s, n) => String(s).padEnd(n);
const num = (s, n) => String(s).padStart(n);
console.log("\nmutation score by file: (killed + timeout) / (killed + timeout + survived + no coverage)\n");
console.log(
  `${pad("file", 32)} ${pad("area", 8)} ${num("killed", 7)} ${num("timeout", 8)} ${num("survived", 9)} ${num("no cov.", 8)} ${num("score", 8)}  report`,
);
const total = { killed: 0, timeout: 0, survived: 0, noCoverage: 0 };
for (const file of [...rows.keys()].sort()) {
  const r = rows.get(file);
  for (const k of Object.keys(total)) total[k] += r[k];
  console.log(
    `${pad(file, 32)} ${pad(r.area, 8)} ${num(r.killed, 7)} ${num(r.timeout, 8)} ${num(r.survived, 9)} ${num(r.noCoverage, 8)} ${num(score(r).toFixed(2), 7)}%  ${r.when}`,
  );
}
// Files of module-level constants only: Stryker's ignoreStatic leaves them without mutants, so no
// report lists them. Every other file of src/ must be in a report.
const CONSTANTS_ONLY = ["src/agreement/codelists.ts", "src/zone/codelists.ts", "src/schemas/registry.ts"];
const missing = sourceFiles().filter((f) => !rows.has(f) && !CONSTANTS_ONLY.includes(f));
const t = score(total);
console.log(
  `${pad("all of src/", 32)} ${pad("", 8)} ${num(total.killed, 7)} ${num(total.timeout, 8)} ${num(total.survived, 9)} ${num(total.noCoverage, 8)} ${num(t.toFixed(2), 7)}%`,
);
console.log(`\nno mutants (module-level constants only): ${CONSTANTS_ONLY.join(", ")}`);
if (survivors.length > 0)
  console.log(
    `\nsurviving mutants (docs/quality.md says why each is equivalent):\n${survivors.sort((a, b) => a.localeCompare(b, "en", { numeric: true })).join("\n")}`,
  );
if (missing.length > 0) console.log(`\nnot measured (no report lists them): ${missing.join(", ")}`);
console.log(
  `\nmutation: ${t >= BAR && missing.length === 0 ? "passed" : "FAILED"} (total ${t.toFixed(2)}%, bar ${BAR}%)`,
);
process.exit(t >= BAR && missing.length === 0 ? 0 : 1);
