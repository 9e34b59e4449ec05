#!/usr/bin/env node
// npm run check:publish: `npm publish --dry-run` of the built package, as the release would run it
// (`changeset publish` calls `npm publish`), and a check of what it would upload:
//
//  - publishConfig says `access: public` and `provenance: true`;
//  - the files are dist/ (JavaScript, declarations, source maps, JSON Schemas), README.md, LICENSE,
//    CHANGELOG.md and package.json, and nothing else: no source, test, script or config file;
//  - the tarball and the unpacked package stay within their budgets (below).
//
// Needs a build (npm run build); uploads nothing. Without an npm login, npm warns and goes on.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

// Budgets with room for the API to grow (904 kB packed, 3.8 MB unpacked, 258 files on 7 December 2026);
// most of the size is source maps (their sourcesContent). They catch a pack gone wrong, not growth.
const MAX_TARBALL = 1_250_000;
const MAX_UNPACKED = 5_500_000;
const MAX_FILES = 400;

const ROOT_FILES = ["CHANGELOG.md", "LICENSE", "README.md", "package.json"];
const DIST_FILE = /^dist\/(?:[\w.-]+\/)*[\w.-]+\.(?:js|cjs|d\.ts|d\.cts|js\.map|cjs\.map|json)$/;
const SOURCE_PATH =
  /(?:^|\/)(?:src|test|tests|scripts|bench|examples|docs|coverage|reports|node_modules|\.changeset|\.ci|\.github)\//;
const failures = [];

if (pkg.publishConfig?.access !== "public")
  failures.push(`publishConfig.access is ${JSON.stringify(pkg.publishConfig?.access)}, not "public"`);
if (pkg.publishConfig?.provenance !== true)
  failures.push(`publishConfig.provenance is ${JSON.stringify(pkg.publishConfig?.provenance)}, not true`);

const r = spawnSync("npm", ["publish", "--dry-run", "--json", "--ignore-scripts"], { cwd: root, encoding: "utf8" });
if (r.error) throw r.error;
let result;
try {
  const parsed = JSON.parse(r.stdout.slice(r.stdout.indexOf("{")));
  result = Array.isArray(parsed.files) ? parsed : parsed[pkg.name]; // npm 10 prints the result, npm 11 keys it by name
} catch {
  result = undefined;
}
if (r.status !== 0 || result === undefined || !Array.isArray(result.files)) {
  console.error(`npm publish --dry-run failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  process.exit(1);
}
for (const line of r.stderr.split("\n"))
  if (/Publishing to|publish/.test(line) && !/npm notice\s*$/.test(line)) console.log(line.trim());

const files = result.files.map((f) => f.path).sort();
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
console.log(
  `${result.id}: ${result.filename}, ${files.length} files, ${kB(result.size)} packed, ${kB(result.unpackedSize)} unpacked`,
);

if (result.name !== pkg.name || result.version !== pkg.version)
  failures.push(`the dry run packed ${result.id}, package.json says ${pkg.name}@${pkg.version}`);
const unexpected = files.filter((f) => !ROOT_FILES.includes(f) && !DIST_FILE.test(f));
if (unexpected.length > 0) failures.push(`files outside dist/ and ${ROOT_FILES.join(", ")}: ${unexpected.join(", ")}`);
const sources = files.filter((f) => SOURCE_PATH.test(f) || (/\.(?:ts|cts|mts|tsx)$/.test(f) && !/\.d\.c?ts$/.test(f)));
if (sources.length > 0) failures.push(`source or test paths in the pack: ${sources.join(", ")}`);
const absent = ROOT_FILES.filter((f) => !files.includes(f));
if (absent.length > 0) failures.push(`missing from the pack: ${absent.join(", ")}`);
for (const entry of [pkg.main, pkg.module, pkg.types].map((f) => f.replace(/^\.\//, ""))) {
  if (!files.includes(entry)) failures.push(`missing from the pack: ${entry} (named by package.json)`);
}
if (result.size > MAX_TARBALL)
  failures.push(`the tarball is ${kB(result.size)}, over its budget of ${kB(MAX_TARBALL)}`);
if (result.unpackedSize > MAX_UNPACKED)
  failures.push(`unpacked, the package is ${kB(result.unpackedSize)}, over its budget of ${kB(MAX_UNPACKED)}`);
if (files.length > MAX_FILES) failures.push(`${files.length} files, over the budget of ${MAX_FILES}`);

if (failures.length > 0) {
  for (const f of failures) console.error(`FAIL ${f}`);
  process.exit(1);
}
console.log(`check:publish: ok (budgets: ${kB(MAX_TARBALL)} packed, ${kB(MAX_UNPACKED)} unpacked, ${MAX_FILES} files)`);
