#!/usr/bin/env node
// npm run check:package: checks the package as a user receives it.
//
//  1. every file the exports map, main, module, types and typesVersions name exists in dist/
//     (attw reports "no types" with exit code 0 when dist/ is missing, so this runs first);
//  2. publint --strict;
//  3. attw --pack . in every resolution mode (node10, node16 from CJS and ESM, bundler);
//  4. `npm pack --dry-run` lists only dist/, README.md, LICENSE, CHANGELOG.md and package.json;
//  5. no dist file reachable from an entry other than schemas imports zod (ESM and CJS graphs);
//  6. every subpath loads in Node with require() and import(), requiring the root does not
//     load zod at run time, and loads CommonJS files only (it works without require(esm));
//  7. the declarations carry their examples as code (scripts/expand-examples.mjs): no
//     `{@includeCode`, no `{@link accordo!...}`, no path into test/ or src/ in dist/*.d.ts and dist/*.d.cts, and the example of
//     money.add (its region in test/money/examples.test.ts) inside the comment of `add`;
//  8. the values the build makes carry the library's private brand, recognised across the root and
//     a subpath (ESM and CJS);
//  9. no top-level statement of the shared chunks (dist/chunk-*.js) has a side effect: bundled by
//     esbuild with none of their exports used, nothing of them is left (a subpath's bundle then
//     holds only what it uses, although every namespace's code is in two chunks).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const bin = (name) => join(root, "node_modules", ".bin", name);
const failures = [];

function step(title) {
  console.log(`\n== ${title}`);
}
function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: options.capture ? "pipe" : "inherit",
    encoding: "utf8",
    ...options,
  });
  if (r.error) throw r.error;
  return r;
}

// 1. files named by package.json
step("dist/ files named by package.json");
const targets = new Set([pkg.main, pkg.module, pkg.types]);
for (const conditions of Object.values(pkg.exports)) {
  if (typeof conditions === "string") targets.add(conditions);
  else for (const c of Object.values(conditions)) for (const f of Object.values(c)) targets.add(f);
}
for (const list of Object.values(pkg.typesVersions?.["*"] ?? {})) for (const f of list) targets.add(f);
const missing = [...targets].filter((f) => !existsSync(join(root, f)));
if (missing.length > 0) {
  console.error(`missing (run npm run build first): ${missing.join(", ")}`);
  process.exit(1);
}
console.log(`${targets.size} files present`);

// 2. publint
step("publint --strict");
if (run(bin("publint"), ["--strict"]).status !== 0) failures.push("publint --strict");

// 3. attw
step("attw --pack .");
if (run(bin("attw"), ["--pack", ".", "--profile", "strict"]).status !== 0) failures.push("attw --pack .");

// 4. npm pack --dry-run
step("npm pack --dry-run");
const pack = run("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { capture: true });
if (pack.status !== 0) {
  console.error(pack.stderr);
  failures.push("npm pack --dry-run");
} else {
  const files = JSON.parse(pack.stdout)[0]
    .files.map((f) => f.path)
    .sort();
  const allowed = new Set(["README.md", "LICENSE", "CHANGELOG.md", "package.json"]);
  const extra = files.filter((f) => !f.startsWith("dist/") && !allowed.has(f));
  const absent = [...allowed].filter((f) => !files.includes(f));
  console.log(
    `${files.length} files: ${files.filter((f) => !f.startsWith("dist/")).join(", ")} and ${files.filter((f) => f.startsWith("dist/")).length} in dist/`,
  );
  if (extra.length > 0) failures.push(`npm pack would publish files outside dist/: ${extra.join(", ")}`);
  if (absent.length > 0) failures.push(`npm pack would not publish: ${absent.join(", ")}`);
}

// 5. zod only reachable from the schemas entry
step("zod only in accordo/schemas (static import graph of dist/)");
const IMPORT =
  /(?:\bimport\s*(?:[^'"()]*?\bfrom\s*)?|\bexport\s*[^'"()]*?\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)["']([^"']+)["']/g;
function specifiers(file) {
  const code = readFileSync(file, "utf8");
  return [...code.matchAll(IMPORT)].map((m) => m[1]);
}
function reaches(entry) {
  const seen = new Set();
  const external = new Set();
  const stack = [join(root, entry)];
  while (stack.length > 0) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const s of specifiers(file)) {
      if (s.startsWith(".")) stack.push(resolve(dirname(file), s));
      else external.add(s);
    }
  }
  return { files: seen.size, external: [...external].sort() };
}
for (const [subpath, conditions] of Object.entries(pkg.exports)) {
  if (typeof conditions === "string") continue;
  for (const cond of ["import", "require"]) {
    const { files, external } = reaches(conditions[cond].default);
    const zod = external.filter((s) => s === "zod" || s.startsWith("zod/"));
    const isSchemas = subpath === "./schemas";
    console.log(
      `${subpath.padEnd(12)} ${cond.padEnd(8)} ${String(files).padStart(3)} files, imports ${external.join(", ") || "nothing"}`,
    );
    if (zod.length > 0 && !isSchemas) failures.push(`${subpath} (${cond}) reaches zod`);
    const unexpected = external.filter((s) => !["decimal.js", "zod"].includes(s) && !s.startsWith("zod/"));
    if (unexpected.length > 0)
      failures.push(`${subpath} (${cond}) imports ${unexpected.join(", ")}: only decimal.js and zod are dependencies`);
  }
}

// 6. loads in Node, by the package's own name (self-reference through the exports map)
step("require() and import() of every subpath in Node");
const subpaths = Object.keys(pkg.exports)
  .filter((s) => s !== "./package.json")
  .map((s) => (s === "." ? pkg.name : `${pkg.name}/${s.slice(2)}`));
const probe = `
const subpaths = ${JSON.stringify(subpaths)};
const out = {};
for (const s of subpaths) out[s] = { require: Object.keys(require(s)).length };
(async () => {
  for (const s of subpaths) out[s].import = Object.keys(await import(s)).length;
  console.log(JSON.stringify(out));
})().catch((e) => { console.error(e); process.exit(1); });
`;
// The root alone must not load zod: check it in a process that requires nothing else.
const rootOnly = run(
  process.execPath,
  [
    "-e",
    `require(${JSON.stringify(pkg.name)}); const z = Object.keys(require.cache).filter((k) => /[\\\\/]zod[\\\\/]/.test(k)); console.log(z.length);`,
  ],
  { capture: true },
);
if (rootOnly.status !== 0) failures.push(`require("${pkg.name}") failed: ${rootOnly.stderr.trim()}`);
else if (rootOnly.stdout.trim() !== "0")
  failures.push(`require("${pkg.name}") loads zod at run time (${rootOnly.stdout.trim()} modules)`);
else console.log(`require("${pkg.name}") loads no zod module`);
// The CommonJS root must load CommonJS files only: Node before 20.19 cannot require an ES module.
const cjsOnly = run(
  process.execPath,
  [
    "--no-experimental-require-module",
    "-e",
    `require(${JSON.stringify(pkg.name)}); const f = Object.keys(require.cache).filter((k) => /[\\/]dist[\\/]/.test(k)); console.log(f.filter((k) => !k.endsWith(".cjs")).length, f.length);`,
  ],
  { capture: true },
);
if (cjsOnly.status !== 0) failures.push(`require("${pkg.name}") without require(esm) failed: ${cjsOnly.stderr.trim()}`);
else if (!cjsOnly.stdout.startsWith("0 "))
  failures.push(`require("${pkg.name}") loads files other than .cjs: ${cjsOnly.stdout.trim()} of its files`);
else console.log(`require("${pkg.name}") loads CommonJS files only (${cjsOnly.stdout.trim().split(" ")[1]} files)`);
const loaded = run(process.execPath, ["-e", probe], { capture: true });
if (loaded.status !== 0) failures.push(`loading the subpaths failed: ${loaded.stderr.trim()}`);
else {
  const out = JSON.parse(loaded.stdout);
  for (const s of subpaths)
    console.log(`${s.padEnd(18)} require: ${out[s].require} exports, import: ${out[s].import} exports`);
}

// 7. examples inside the declarations
step("examples inside dist/*.d.ts and dist/*.d.cts");
const declarationFiles = readdirSync(join(root, "dist")).filter((f) => f.endsWith(".d.ts") || f.endsWith(".d.cts"));
const PATHS = [
  [/\{@includeCode/, "an unexpanded {@includeCode}"],
  [/(?<![\w./-])(?:\.\.?\/)*test\//, "a path into test/"],
  [/(?<![\w./-])(?:\.\.?\/)*src\//, "a path into src/"],
  [/\{@link(?:code|plain)?\s+accordo!/, "a typedoc-only reference {@link accordo!...} that editors show as text"],
];
for (const f of declarationFiles) {
  const lines = readFileSync(join(root, "dist", f), "utf8").split("\n");
  for (const [pattern, what] of PATHS) {
    const at = lines.findIndex((line) => pattern.test(line));
    if (at >= 0) failures.push(`dist/${f}:${at + 1} has ${what}: ${lines[at].trim()}`);
  }
}
// The first code line of the `add` region must sit in a ```ts block of the comment just before
// `declare function add(a: Money, ...` in both the ESM and the CJS declarations.
const examples = readFileSync(join(root, "test/money/examples.test.ts"), "utf8");
const addRegion = /\/\/ #region add\n([\s\S]*?)\/\/ #endregion add/.exec(examples)?.[1] ?? "";
const addLine = addRegion
  .split("\n")
  .map((l) => l.trim())
  .find((l) => l !== "" && !l.startsWith("//"));
if (addLine === undefined) failures.push("test/money/examples.test.ts has no region add to compare with");
else {
  for (const ext of [".d.ts", ".d.cts"]) {
    const found = declarationFiles
      .filter((f) => f.endsWith(ext))
      .some((f) => {
        const text = readFileSync(join(root, "dist", f), "utf8");
        const doc = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*declare function add\(a: Money/.exec(text)?.[1];
        return doc !== undefined && /```ts\n/.test(doc) && doc.includes(` * ${addLine}`);
      });
    if (!found) failures.push(`no dist/*${ext} shows money.add's example (${addLine}) in its TSDoc`);
  }
}
console.log(`${declarationFiles.length} declaration files; money.add's example: ${addLine}`);

// 8. the build keeps the private brands: a Money the library made is recognised as such (the fast
// path returns it as it is), a frozen look-alike is checked and rebuilt. A bundler that dropped the
// marking as dead code would leave every value on the slow path, correct but several times slower.
// The brands exist once: a Money made through the root is recognised by accordo/money's functions
// and the other way round, in each format (one shared chunk holds them; a root that loaded a copy
// of its own, or the other format's files, would not recognise them).
step("values made by the build carry the library's brand, across entries (ESM and CJS)");
const brandProbe = (load) => `
Promise.all([${load(pkg.name)}, ${load(`${pkg.name}/money`)}]).then(([{ money }, sub]) => {
  const m = money.of("1.5", "USD");
  const s = sub.of("2.5", "USD");
  const lookalike = Object.freeze({ amount: m.amount, currency: m.currency });
  const ok = money.max([m]) === m && money.max([lookalike]) !== lookalike;
  const across = sub.max([m]) === m && money.max([s]) === s;
  console.log(!ok ? "unbranded" : across ? "ok" : "not recognised across entries");
}).catch((e) => { console.error(e); process.exit(1); });`;
for (const [name, load] of [
  ["import", (s) => `import(${JSON.stringify(s)})`],
  ["require", (s) => `Promise.resolve(require(${JSON.stringify(s)}))`],
]) {
  const r = run(process.execPath, ["-e", brandProbe(load)], { capture: true });
  const said = r.status === 0 ? r.stdout.trim() : r.stderr.trim();
  if (said !== "ok") failures.push(`${name}: a Money made by the build is not recognised by its brand (${said})`);
  else
    console.log(
      `${name}: money.max([m]) returns m itself, through the root and through ${pkg.name}/money; a frozen look-alike is rebuilt`,
    );
}

// 9. the shared chunks have nothing a bundler must keep when their exports go unused.
step("nothing at the top level of the shared chunks has a side effect");
for (const chunk of readdirSync(join(root, "dist")).filter((f) => /^chunk-.*\.js$/.test(f))) {
  const file = join(root, "dist", chunk);
  const kept = await build({
    stdin: { contents: `import ${JSON.stringify(file)};`, resolveDir: root },
    bundle: true,
    format: "esm",
    platform: "neutral",
    external: ["decimal.js", "zod"],
    write: false,
    logLevel: "silent",
    // the chunk is imported for its effects alone (the package's "sideEffects": false would drop it)
    plugins: [
      {
        name: "effects",
        setup: (b) =>
          b.onResolve({ filter: /./ }, (a) => (a.path === file ? { path: file, sideEffects: true } : undefined)),
      },
    ],
  });
  const left = kept.outputFiles[0].text
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("//") && !/^import\b/.test(line));
  if (left.length > 0)
    failures.push(
      `dist/${chunk} keeps ${left.length} lines when nothing of it is used, from: ${left[0].slice(0, 100)}`,
    );
  else console.log(`dist/${chunk}: nothing is kept when nothing of it is used`);
}

console.log("");
if (failures.length > 0) {
  for (const f of failures) console.error(`FAIL ${f}`);
  process.exit(1);
}
console.log("check:package: all good");
