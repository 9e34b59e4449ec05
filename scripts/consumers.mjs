#!/usr/bin/env node
// npm run check:consumers: the packed package, installed as users install it, in the setups they
// use. Needs a build (npm run build). Steps:
//
//  1. `npm pack` into a fresh folder under the OS's temporary directory, then one project there
//     installs the tarball (`npm install --no-audit --no-fund <tarball>`: accordo and its
//     dependencies only); every setup below is a project of its own next to it, with its own
//     package.json and a link to that node_modules;
//  2. a type check (the repo's TypeScript, `strict`, `skipLibCheck: false`) of one consumer file
//     that imports the root and every subpath (11), calls a function of each namespace and has a
//     `// @ts-expect-error` on assigning `money.amount` to a number (a Decimal is never `any`), in
//     four setups: `nodenext` from an ES module (`"type": "module"`), `nodenext` from CommonJS,
//     `bundler`, and `node10`;
//  3. at run time: `import` in Node (ESM), `require` in Node (CommonJS), each checking the result
//     of one call per namespace;
//  4. bundles with esbuild and with Rollup (+ @rollup/plugin-node-resolve) of
//     `import { add, of } from "accordo/money"`: the bundle runs and holds no zod and no fx code
//     (the markers are checked first on bundles of accordo/schemas and accordo/fx, which must
//     hold them).
//
// Each setup prints `consumer <setup>: ok` or `consumer <setup>: FAILED: <why>`; the exit status is
// non-zero when any failed. KEEP_CONSUMERS=1 keeps the temporary folder (it is kept on failure).
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const repoRequire = createRequire(join(root, "package.json"));
const tsc = join(dirname(repoRequire.resolve("typescript/package.json")), "bin", "tsc");
const started = Date.now();

const SUBPATHS = [
  "money",
  "fx",
  "figure",
  "period",
  "growth",
  "agreement",
  "capacity",
  "milestone",
  "zone",
  "io",
  "schemas",
];
const missingSubpaths = SUBPATHS.filter((s) => !(`./${s}` in pkg.exports));
const unlisted = Object.keys(pkg.exports).filter(
  (s) => s !== "." && s !== "./package.json" && !SUBPATHS.includes(s.slice(2)),
);
if (missingSubpaths.length > 0 || unlisted.length > 0) {
  console.error(
    `consumers: FAILED: the exports map and SUBPATHS disagree (missing ${missingSubpaths}, unlisted ${unlisted}):` +
      " a new subpath goes into SUBPATHS, with one call of its namespace in CALLS and its result in EXPECTED",
  );
  process.exit(1);
}
if (!existsSync(join(root, "dist", "index.js"))) {
  console.error("consumers: dist/ is missing; run npm run build first");
  process.exit(1);
}

/** Runs a command; resolves with its status and output (never rejects). */
function run(cmd, args, cwd, timeoutMs = 300_000) {
  return new Promise((done) => {
    const child = spawn(cmd, args, {
      cwd,
      env: { ...process.env, NODE_OPTIONS: "" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      done({ status: -1, out: `${out}${e.message}` });
    });
    child.on("close", (status) => {
      clearTimeout(timer);
      done({ status: status ?? -1, out });
    });
  });
}
const tail = (text, lines = 15) => text.trim().split("\n").slice(-lines).join("\n");
const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

const work = mkdtempSync(join(tmpdir(), "accordo-consumers-"));
const results = [];
function report(setup, error) {
  results.push({ setup, error });
  if (error === undefined) console.log(`consumer ${setup}: ok`);
  else console.log(`consumer ${setup}: FAILED: ${error}`);
}

// 1. pack and install once
const packed = await run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], root);
let tarball;
try {
  tarball = join(work, JSON.parse(packed.out.slice(packed.out.indexOf("[")))[0].filename);
} catch {
  tarball = undefined;
}
if (packed.status !== 0 || tarball === undefined || !existsSync(tarball)) {
  report("pack", `npm pack failed:\n${tail(packed.out)}`);
  finish();
}
const installDir = join(work, "install");
mkdirSync(installDir);
writeFileSync(
  join(installDir, "package.json"),
  json({ name: "accordo-consumer-install", version: "1.0.0", private: true }),
);
const installed = await run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", tarball], installDir);
if (installed.status !== 0 || !existsSync(join(installDir, "node_modules", "accordo", "package.json"))) {
  report("install", `npm install ${tarball} failed:\n${tail(installed.out)}`);
  finish();
}
console.log(
  `consumers: ${pkg.name}@${pkg.version} packed and installed in ${work} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
);

/** A project of its own, sharing the installed node_modules. */
function project(name, packageJson, files) {
  const dir = join(work, name);
  mkdirSync(dir);
  symlinkSync(join(installDir, "node_modules"), join(dir, "node_modules"), "dir");
  writeFileSync(
    join(dir, "package.json"),
    json({ name: `accordo-consumer-${name}`, version: "1.0.0", private: true, ...packageJson }),
  );
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

// What each namespace's call returns, for the run-time setups (the same calls as the type check).
const EXPECTED = {
  money: "$3.30",
  fx: "4.45",
  figure: "193480000000",
  period: "2024-S1",
  growth: "+20% (nominal)",
  agreement: "2021-11-27",
  capacity: true,
  milestone: "2024-S1",
  zone: true,
  io: "7.1036",
  schemas: "193480000000",
  root: "$3.30",
  errors: "AccordoError",
};

// One call per namespace. `I` is how the module is reached: `money.of`, `fx.rate`, ...
const CALLS = `
const total = money.add(money.of("1.10", "USD"), money.of("2.20", "USD"));
const usdEur = fx.rate({ base: "USD", quote: "EUR", rate: "0.89", on: "2024-01-02" });
const milestoneOf = milestone.of({ id: "mp", kind: "massProduction", targets: [{ target: "2024-H1", asOf: "2021-11-27" }] });
const etown = zone.create({ id: "bda", name: { name: "Beijing E-Town", lang: "en" }, otherNames: [{ name: "BETD", kind: "abbreviation" }] });
let refused = "nothing thrown";
try {
  money.of("not a number", "USD");
} catch (error) {
  refused = accordo.isAccordoError(error) && typeof error.code === "string" ? "AccordoError" : String(error);
}
const results = {
  money: money.format(total),
  fx: fx.convert(money.of("5.00", "USD"), "EUR", usdEur).amount.toString(),
  figure: figure.reported("193.48", { scale: "billion" }).value.toString(),
  period: period.format(period.parse("2024-H1")),
  growth: growth.format(growth.rate(figure.exact(120), figure.exact(100), { basis: "nominal" })),
  agreement: period.format(agreement.source({ id: "s", title: "Seed article", published: "2021-11-27" }).published ?? period.year(1)),
  capacity: capacity.canTransition("announced", "underConstruction"),
  milestone: period.format(milestoneOf.targets[0]!.target),
  zone: zone.hasName(etown, "BETD"),
  io: io.readRatesCsv("date,base,quote,rate,source\\n2024-03-01,USD,CNY,7.1036,PBoC\\n").rates[0]!.rate.toString(),
  schemas: schemas.parse(schemas.MoneySchema, { amount: "193480000000", currency: "CNY" }).amount.toString(),
  root: accordo.money.format(accordo.money.add(total, accordo.money.of("0", "USD"))),
  errors: refused,
};
`;

// 2. type checks
const TYPES_SOURCE = `import * as accordo from "accordo";
import type { Decimal, ExchangeRate, Money } from "accordo";
${SUBPATHS.map((s) => `import * as ${s} from "accordo/${s}";`).join("\n")}
${CALLS}
const amount: Decimal = total.amount;
const twice: string = amount.times(2).toFixed(2);
// @ts-expect-error a Decimal is not a number: if the declarations lost decimal.js's types, it would be any
const notANumber: number = total.amount;
const rate: ExchangeRate = usdEur;
const kept: Money = accordo.money.of("1", "EUR");
const flags: readonly string[] = growth.rate(2, 1).flags;
// The root's namespaces carry their types: accordo.period.Period is the type of period.parse.
const target: accordo.period.Period = period.parse("2024-H1");
const options: accordo.figure.EvaluateOptions<"x"> = { monotonicity: { x: "increasing" } };
export const checked = { results, twice, notANumber, rate, kept, flags, target, options };
`;
// `lib` with DOM and `esModuleInterop`, as `tsc --init` and most projects have them: zod's own
// declarations (reached from accordo/schemas) name `URL`, and default-import CommonJS modules.
const STRICT = {
  strict: true,
  skipLibCheck: false,
  esModuleInterop: true,
  noEmit: true,
  target: "ES2022",
  lib: ["ES2022", "DOM"],
  types: [],
};
const TYPE_SETUPS = [
  ["types nodenext (ESM, type: module)", { type: "module" }, { module: "nodenext", moduleResolution: "nodenext" }],
  ["types nodenext (CJS, type: commonjs)", { type: "commonjs" }, { module: "nodenext", moduleResolution: "nodenext" }],
  ["types bundler", { type: "module" }, { module: "esnext", moduleResolution: "bundler" }],
  ["types node10", {}, { module: "commonjs", moduleResolution: "node10" }],
];
const typeChecks = TYPE_SETUPS.map(([setup, packageJson, options], i) => async () => {
  const dir = project(`types-${i}`, packageJson, {
    "tsconfig.json": json({ compilerOptions: { ...STRICT, ...options }, files: ["consumer.ts"] }),
    "consumer.ts": TYPES_SOURCE,
  });
  const r = await run(process.execPath, [tsc, "-p", dir, "--pretty", "false"], dir);
  report(setup, r.status === 0 ? undefined : `tsc found errors:\n${tail(r.out, 25)}`);
});

// 3. Node, import and require
const strip = (ts) => ts.replaceAll("]!.", "].");
const runtimeCheck = (name, body) => `${body}
const expected = ${JSON.stringify(EXPECTED)};
const wrong = Object.keys(expected).filter((k) => results[k] !== expected[k]);
if (wrong.length > 0) {
  console.error(wrong.map((k) => k + ": got " + JSON.stringify(results[k]) + ", expected " + JSON.stringify(expected[k])).join("; "));
  process.exit(1);
}
console.log("${name} ok");
`;
const ESM_SOURCE = runtimeCheck(
  "esm",
  `import * as accordo from "accordo";
${SUBPATHS.map((s) => `import * as ${s} from "accordo/${s}";`).join("\n")}
${strip(CALLS)}`,
);
const CJS_SOURCE = runtimeCheck(
  "cjs",
  `const accordo = require("accordo");
${SUBPATHS.map((s) => `const ${s} = require("accordo/${s}");`).join("\n")}
${strip(CALLS)}`,
);
const nodeRuns = [
  ["node import (ESM)", { type: "module" }, "consumer.mjs", ESM_SOURCE],
  ["node require (CJS)", { type: "commonjs" }, "consumer.cjs", CJS_SOURCE],
].map(([setup, packageJson, file, source], i) => async () => {
  const dir = project(`node-${i}`, packageJson, { [file]: source });
  const r = await run(process.execPath, [file], dir);
  report(setup, r.status === 0 ? undefined : tail(r.out));
});

// 4. bundlers
const MONEY_ENTRY = `import { add, of } from "accordo/money";
const total = add(of("1.10", "USD"), of("2.20", "USD"));
console.log(total.amount.toString() + " " + total.currency.code);
`;
const FX_ENTRY = `import { convert, rate } from "accordo/fx";
console.log(typeof convert, typeof rate);
`;
const SCHEMAS_ENTRY = `import { MoneySchema, parse } from "accordo/schemas";
console.log(typeof MoneySchema, typeof parse);
`;
const MARKERS = {
  zod: /\$ZodType|ZodError/,
  fx: /\bfunction (?:convert|conversion|cross|origins|consistency|checkRate|rateFromJSON|rateToJSON|tableFromJSON|tableToJSON)(?:\$\d+)?\s*\(/,
};
const BUNDLERS = {
  esbuild: async (dir, entry, outfile) => {
    const esbuild = repoRequire("esbuild");
    await esbuild.build({
      absWorkingDir: dir,
      entryPoints: [join(dir, entry)],
      outfile: join(dir, outfile),
      bundle: true,
      format: "esm",
      platform: "browser",
      target: "es2020",
      logLevel: "silent",
    });
  },
  rollup: async (dir, entry, outfile) => {
    const { rollup } = repoRequire("rollup");
    const { nodeResolve } = repoRequire("@rollup/plugin-node-resolve");
    const bundle = await rollup({
      input: join(dir, entry),
      plugins: [nodeResolve({ browser: true })],
      onwarn: () => {},
    });
    try {
      await bundle.write({ file: join(dir, outfile), format: "es" });
    } finally {
      await bundle.close();
    }
  },
};
const bundles = Object.entries(BUNDLERS).map(([bundler, build]) => async () => {
  const setup = `bundle ${bundler} (add from accordo/money)`;
  const dir = project(
    `bundle-${bundler}`,
    { type: "module" },
    { "money.js": MONEY_ENTRY, "fx.js": FX_ENTRY, "schemas.js": SCHEMAS_ENTRY },
  );
  try {
    // The markers must be found where the code is, or their absence would prove nothing.
    for (const [entry, marker] of [
      ["fx.js", "fx"],
      ["schemas.js", "zod"],
    ]) {
      await build(dir, entry, `out-${entry}`);
      const text = readFileSync(join(dir, `out-${entry}`), "utf8");
      if (!MARKERS[marker].test(text))
        throw new Error(`the ${marker} marker ${MARKERS[marker]} is not in a bundle of ${entry}: update MARKERS`);
    }
    await build(dir, "money.js", "out-money.js");
    const text = readFileSync(join(dir, "out-money.js"), "utf8");
    const found = Object.entries(MARKERS)
      .filter(([, pattern]) => pattern.test(text))
      .map(([name]) => name);
    if (found.length > 0)
      throw new Error(`the bundle of add holds ${found.join(" and ")} code (${(text.length / 1024).toFixed(1)} kB)`);
    const r = await run(process.execPath, ["out-money.js"], dir);
    if (r.status !== 0 || r.out.trim() !== "3.3 USD")
      throw new Error(`the bundle printed ${JSON.stringify(tail(r.out))}, expected "3.3 USD"`);
    console.log(
      `  (${bundler}: add from accordo/money bundles to ${(text.length / 1024).toFixed(1)} kB, no zod, no fx)`,
    );
    report(setup);
  } catch (error) {
    report(setup, error.message);
  }
});

// Two at a time: the type checks take the longest.
const queue = [...typeChecks, ...nodeRuns, ...bundles];
await Promise.all(
  [0, 1].map(async () => {
    while (queue.length > 0) await queue.shift()();
  }),
);
finish();

function finish() {
  const failed = results.filter((r) => r.error !== undefined).map((r) => r.setup);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  if (failed.length > 0) {
    console.log(
      `\nconsumers: ${failed.length} FAILED (${failed.join("; ")}); the projects are kept in ${work} (${seconds} s)`,
    );
    process.exit(1);
  }
  if (process.env.KEEP_CONSUMERS)
    console.log(`\nconsumers: all ${results.length} setups ok; kept in ${work} (${seconds} s)`);
  else {
    rmSync(work, { recursive: true, force: true });
    console.log(`\nconsumers: all ${results.length} setups ok (${seconds} s)`);
  }
  process.exit(0);
}
