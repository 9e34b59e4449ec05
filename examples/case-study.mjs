#!/usr/bin/env node
// @ts-check
/**
 * The case study, from the command line: the analysis a careful reader of the seed article wants,
 * computed with accordo from examples/data/agreement.json and examples/data/zone.json.
 *
 *   npm run example                                  # builds accordo quietly, then prints the report for today
 *   node examples/case-study.mjs --date 2024-08-01   # the milestones' status on another day
 *   node examples/case-study.mjs --json              # the same analysis as JSON (decimals as strings)
 *
 * It imports accordo as a user would ("accordo", "accordo/schemas"): inside this repository
 * Node resolves those names to the package itself, i.e. to dist/, so build first (npm run build).
 * Exit status: 0 on success, 2 for bad arguments, 1 when the build or the data is missing or invalid.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const USAGE = `Usage: node examples/case-study.mjs [--date YYYY-MM-DD] [--json]

Prints what a careful reader derives from the seed article (the cooperation agreement between
the Beijing E-Town (BDA) Management Committee and Xiaomi, and the zone's figures for the first
three quarters of 2021) and from the later reports that followed the agreement through: who
agreed to what, the plant's capacity phase by phase with its status history, the milestones
(mass production, the SU7's launch and first deliveries, the start of phase 2) and their status,
with each source's dating where sources disagree, the figures in yuan and dollars, the implied
exchange rates, last year's values, shares, the growth outside the four leading industries and
the contributions to growth, each with the bounds that the rounding of the published figures
allows. Every claim cites its source by outlet, title and date.

Options:
  --date YYYY-MM-DD  judge the milestones' status on this day (default: today)
  --json             print the analysis as JSON, decimals as strings
  -h, --help         print this help and exit

Exit status: 0 on success, 2 for bad arguments, 1 when accordo is not built or the data is invalid.
Data: examples/data/agreement.json and examples/data/zone.json.
`;

/**
 * Today's calendar day on this machine, as YYYY-MM-DD.
 * @returns {string}
 */
function today() {
  const now = new Date();
  const two = (/** @type {number} */ n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}

/**
 * Prints an argument error and exits with status 2.
 * @param {string} message
 * @returns {never}
 */
function usageError(message) {
  process.stderr.write(`case-study: ${message}\nRun "node examples/case-study.mjs --help" for usage.\n`);
  process.exit(2);
}

const OPTIONS = /** @type {const} */ ({
  date: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
});

// Parsed leniently, then checked token by token, so that every mistake gets a message of ours
// (the same on every Node version) and exit status 2.
const { tokens } = parseArgs({ options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
/** @type {{ date?: string, json?: boolean, help?: boolean }} */
const options = {};
for (const token of tokens) {
  if (token.kind === "positional") usageError(`unexpected argument "${token.value}"`);
  if (token.kind !== "option") continue;
  if (!Object.hasOwn(OPTIONS, token.name)) usageError(`unknown option "${token.rawName}"`);
  if (token.name === "date") {
    if (token.value === undefined) usageError("--date needs a value: a day written YYYY-MM-DD");
    options.date = token.value;
  } else {
    if (token.value !== undefined) usageError(`${token.rawName} takes no value, got "${token.value}"`);
    options[/** @type {"json" | "help"} */ (token.name)] = true;
  }
}

if (options.help === true) {
  process.stdout.write(USAGE);
  process.exit(0);
}

const asOf = options.date ?? today();
if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) usageError(`--date must be a day written YYYY-MM-DD, got "${asOf}"`);

// The analysis imports the built package; say how to build it when it is missing.
/** @type {typeof import("./analysis.mjs")} */
let analysis;
/** @type {typeof import("accordo")} */
let accordo;
try {
  analysis = await import("./analysis.mjs");
  accordo = await import("accordo");
} catch (error) {
  const code = /** @type {{ code?: unknown }} */ (error).code;
  if (code === "ERR_MODULE_NOT_FOUND") {
    process.stderr.write(
      `case-study: cannot load accordo's build (dist/): run "npm run build" first, or "npm run example".\n`,
    );
    process.exit(1);
  }
  throw error;
}

if (!accordo.period.isDate(asOf)) usageError(`--date must be a real calendar day, got "${asOf}"`);

/** @param {string} name */
const readJSON = (name) => JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), "utf8"));

try {
  const result = analysis.analyse({ agreement: readJSON("agreement.json"), zone: readJSON("zone.json") }, { asOf });
  process.stdout.write(options.json === true ? `${JSON.stringify(result, null, 2)}\n` : analysis.render(result));
} catch (error) {
  if (accordo.isAccordoError(error)) {
    process.stderr.write(`case-study: ${error.code}: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
}
