#!/usr/bin/env node
/**
 * Generates src/money/iso4217.ts, the bundled ISO 4217 currency table, from two
 * maintained datasets (dev dependencies, never typed by hand):
 *
 * - `currency-codes`: ISO 4217 list one, the current codes;
 * - `currency-codes-2018` (an npm alias of currency-codes@2.1.0): list one as
 *   published in 2018, from which codes withdrawn since (HRK, SLL, ZWL) are kept
 *   and flagged historic.
 *
 * The table is one compact string per list, parsed lazily at the first lookup:
 * entries are separated by "|", and each entry is the 3-letter code, the 3-digit
 * numeric code, one character for the minor units ("0" to "9", or "-" where ISO
 * 4217 says "N.A.", e.g. gold XAU) and the English name.
 *
 * Usage:
 *   node scripts/generate-currencies.mjs           writes src/money/iso4217.ts
 *   node scripts/generate-currencies.mjs --stdout  prints it (the freshness test compares it)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const TARGET = join(ROOT, "src", "money", "iso4217.ts");

/** Codes whose minor unit ISO 4217 list one gives as "N.A." (data.js turns them into 0). */
function codesWithoutMinorUnit(pkg) {
  const xml = readFileSync(require.resolve(`${pkg}/iso-4217-list-one.xml`), "utf8");
  const codes = new Set();
  for (const match of xml.matchAll(/<CcyNtry>([\s\S]*?)<\/CcyNtry>/g)) {
    const body = match[1];
    const code = /<Ccy>([A-Z]{3})<\/Ccy>/.exec(body);
    const units = /<CcyMnrUnts>([^<]*)<\/CcyMnrUnts>/.exec(body);
    if (code && units && units[1].trim() === "N.A.") codes.add(code[1]);
  }
  return codes;
}

function load(pkg) {
  const data = require(`${pkg}/data.js`);
  const published = require(`${pkg}/iso-4217-publish-date.js`);
  const version = require(`${pkg}/package.json`).version;
  const noMinor = codesWithoutMinorUnit(pkg);
  const entries = [];
  const seen = new Set();
  for (const row of data) {
    if (!/^[A-Z]{3}$/.test(row.code)) throw new Error(`${pkg}: bad code ${JSON.stringify(row.code)}`);
    if (!/^\d{3}$/.test(row.number)) throw new Error(`${pkg}: bad numeric code for ${row.code}`);
    if (!Number.isInteger(row.digits) || row.digits < 0 || row.digits > 9)
      throw new Error(`${pkg}: bad minor units for ${row.code}`);
    const name = String(row.currency).trim();
    if (name === "" || name.includes("|") || /[\\"`$\n\r]/.test(name))
      throw new Error(`${pkg}: unusable name for ${row.code}`);
    if (seen.has(row.code)) throw new Error(`${pkg}: duplicate code ${row.code}`);
    seen.add(row.code);
    entries.push(`${row.code}${row.number}${noMinor.has(row.code) ? "-" : row.digits}${name}`);
  }
  entries.sort();
  return { entries, codes: seen, published, version };
}

/** The text of src/money/iso4217.ts. */
export function generate() {
  const current = load("currency-codes");
  const old = load("currency-codes-2018");
  const historic = old.entries.filter((entry) => !current.codes.has(entry.slice(0, 3)));
  return `/*
 * GENERATED FILE, DO NOT EDIT. Regenerate with \`npm run generate:currencies\`
 * (scripts/generate-currencies.mjs).
 *
 * Sources:
 * - ISO 4217 list one published ${current.published}, from the npm package currency-codes@${current.version};
 * - ISO 4217 list one published ${old.published}, from currency-codes@${old.version} (the dev
 *   dependency currency-codes-2018), for the codes withdrawn since then, flagged historic.
 *
 * Format: entries separated by "|"; each is the alphabetic code (3 letters), the numeric
 * code (3 digits), the minor units (one digit, or "-" where ISO 4217 says "N.A.") and
 * the English name.
 */

/** ISO 4217 list one, published ${current.published}: ${current.entries.length} currencies. @internal */
export const ISO4217_CURRENT = "${current.entries.join("|")}";

/** Codes in list one of ${old.published} but no longer in the list of ${current.published}: ${historic.length} historic currencies. @internal */
export const ISO4217_HISTORIC = "${historic.join("|")}";

/** The publication date of the current list. @internal */
export const ISO4217_PUBLISHED = "${current.published}";
`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = generate();
  if (process.argv.includes("--stdout")) process.stdout.write(text);
  else {
    writeFileSync(TARGET, text);
    console.log(`wrote ${TARGET}`);
  }
}
