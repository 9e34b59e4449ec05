// The case-study CLI on the built package: `node --test test/examples/cli.test.mjs` after
// `npm run build` (.ci/run runs it). It runs examples/case-study.mjs as a user does and checks its
// exact output, its --json, --help and its errors. The analysis itself is also checked from src/
// by test/examples/case-study.test.ts (npm test), against the same expected files.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));
const expected = (name) => readFileSync(new URL(`./expected/${name}`, import.meta.url), "utf8");
const cli = (...args) =>
  spawnSync(process.execPath, ["examples/case-study.mjs", ...args], { cwd: root, encoding: "utf8" });
const USAGE_HINT = 'Run "node examples/case-study.mjs --help" for usage.\n';

test("the build exists (run npm run build first)", () => {
  assert.ok(existsSync(new URL("../../dist/index.js", import.meta.url)), "dist/index.js is missing");
});

for (const date of ["2024-03-01", "2024-08-01", "2026-12-07"]) {
  test(`--date ${date}: the report`, () => {
    const run = cli("--date", date);
    assert.equal(run.stderr, "");
    assert.equal(run.status, 0);
    assert.equal(run.stdout, expected(`${date}.txt`));
  });

  test(`--json --date ${date}: the analysis as JSON, decimals as strings`, () => {
    const run = cli("--json", "--date", date);
    assert.equal(run.status, 0);
    assert.equal(run.stdout, expected(`${date}.json`));
    const result = JSON.parse(run.stdout);
    assert.equal(result.rates.common.lo.slice(0, 7), "6.39276");
    assert.equal(result.capacity.total, "300000");
  });
}

test("the milestones' statuses depend on --date", () => {
  const on = (date) => JSON.parse(cli("--json", "--date", date).stdout);
  assert.equal(on("2023-11-30").milestone.state, "scheduled");
  assert.equal(on("2026-12-07").milestone.state, "metOnTime");
  const phase2 = (date) => on(date).milestones.find((m) => m.id === "phase-2-construction").state;
  assert.equal(phase2("2024-07-25"), "scheduled");
  assert.equal(phase2("2024-07-26"), "metOnTime");
});

test("the report reads the milestone as met on time as of 2026-12-07, with its sources", () => {
  const text = cli("--date", "2026-12-07").stdout;
  assert.match(text, /First Xiaomi car in mass production\n.*\n {4}Status: met on time: reached in March 2024 \[12\]/);
  assert.match(text, /\[12\] techno-news\.net \(citing mobile-review\.com\), ".*", 2025-03-18\. In Russian\./);
});

test("without --date: today's date", () => {
  const run = cli("--json");
  assert.equal(run.status, 0);
  const now = new Date();
  const two = (n) => String(n).padStart(2, "0");
  const today = `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  assert.equal(JSON.parse(run.stdout).asOf, today);
});

test("--help and -h print the usage and exit 0", () => {
  for (const flag of ["--help", "-h"]) {
    const run = cli(flag);
    assert.equal(run.status, 0);
    assert.equal(run.stdout, expected("help.txt"));
    assert.equal(run.stderr, "");
  }
});

const BAD = [
  [["--bogus"], 'unknown option "--bogus"'],
  [["-x"], 'unknown option "-x"'],
  [["2024-03-01"], 'unexpected argument "2024-03-01"'],
  [["--date"], "--date needs a value: a day written YYYY-MM-DD"],
  [["--date", "1 March 2024"], '--date must be a day written YYYY-MM-DD, got "1 March 2024"'],
  [["--date", "2024-3-1"], '--date must be a day written YYYY-MM-DD, got "2024-3-1"'],
  [["--date", "2024-13-01"], '--date must be a real calendar day, got "2024-13-01"'],
  [["--date", "2023-02-29"], '--date must be a real calendar day, got "2023-02-29"'],
  [["--json=yes"], '--json takes no value, got "yes"'],
];
for (const [args, message] of BAD) {
  test(`bad arguments: ${args.join(" ")}: exit 2 and a clear message`, () => {
    const run = cli(...args);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, "");
    assert.equal(run.stderr, `case-study: ${message}\n${USAGE_HINT}`);
  });
}
