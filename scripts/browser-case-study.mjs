#!/usr/bin/env node
// npm run browser:check: runs the case study in a real browser and checks that it computes exactly
// what Node computes. It serves the repository on 127.0.0.1 with a tiny static server, opens
// examples/browser/index.html (which loads the ESM build, dist/, through an import map) in
// Debian's headless Chromium (/usr/bin/chromium driven by playwright-core; never a browser
// download), and compares the page's result, as JSON and as text, with the output of
// `node examples/case-study.mjs --json --date <day>` and `node examples/case-study.mjs --date <day>`.
// Exits non-zero on any difference, page error, failed request or missing build.
//
//   node scripts/browser-case-study.mjs [--date 2024-03-01] [--chromium /usr/bin/chromium]
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { openChromium, serveStatic } from "./lib/browser.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values: options } = parseArgs({
  options: {
    date: { type: "string", default: "2024-03-01" },
    chromium: { type: "string", default: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
    screenshot: { type: "string", default: join(root, "reports", "browser-case-study.png") },
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
if (!existsSync(options.chromium)) die(`no Chromium at ${options.chromium}; install Debian's: apt-get install -y chromium`);

// What Node computes, through the CLI, as a user runs it.
function cli(...args) {
  const run = spawnSync(process.execPath, [join(root, "examples", "case-study.mjs"), ...args], { cwd: root, encoding: "utf8" });
  if (run.status !== 0) die(`node examples/case-study.mjs ${args.join(" ")} exited with ${run.status}:\n${run.stderr}`);
  return run.stdout;
}
const nodeJSON = cli("--json", "--date", options.date);
const nodeText = cli("--date", options.date);

// The few folders the page needs, served on the loopback interface only.
const SERVED = ["dist", "examples", join("node_modules", "decimal.js"), join("node_modules", "zod")].map((d) => join(root, d));
const server = await serveStatic(root, SERVED);
const origin = server.origin;

const problems = [];
let result;
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
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? "?"})`));
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  const url = `${origin}/examples/browser/index.html?date=${options.date}`;
  await page.goto(url, { waitUntil: "load" });
  await page.waitForFunction(() => window.caseStudy !== undefined, undefined, { timeout: 30_000 });
  result = await page.evaluate(() => window.caseStudy);
  mkdirSync(dirname(options.screenshot), { recursive: true });
  await page.screenshot({ path: options.screenshot, fullPage: true });
  log(`opened ${url.replace(origin, "")} in Chromium ${browserVersion}; screenshot ${options.screenshot}`);
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
  if (result?.json !== nodeJSON) problems.push(`the JSON differs from node's, first at ${firstDifference(result?.json ?? "", nodeJSON)}`);
  if (result?.text !== nodeText) problems.push(`the text report differs from node's, first at ${firstDifference(result?.text ?? "", nodeText)}`);
}
if (problems.length > 0) {
  for (const p of problems) console.error(`browser:check: ${p.replaceAll(origin, "")}`);
  die(`${problems.length} problem(s)`);
}
log(`the analysis as of ${options.date}: ${nodeJSON.length} characters of JSON, ${nodeText.split("\n").length - 1} lines of text`);
console.log("browser result equals node result");
