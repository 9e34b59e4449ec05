// Shared by the benchmarks: the packed package installed as a user installs it, deterministic data,
// and the interleaved-rounds harness. See bench/README.md.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * Packs the built package (`npm pack`, the files a user downloads), extracts it into
 * `<dir>/node_modules/accordo`, and links its dependencies from the repo's node_modules.
 * Returns the directory: a module there that imports "accordo" resolves it through the
 * package's exports map, as a user's code does. `ACCORDO_BENCH_DIR` reuses an install.
 */
export function installPacked() {
  const given = process.env.ACCORDO_BENCH_DIR;
  if (given !== undefined && existsSync(join(given, "node_modules", "accordo", "package.json"))) return given;
  const dir = mkdtempSync(join(tmpdir(), "accordo-bench-"));
  const out = execFileSync("npm", ["pack", "--silent", "--pack-destination", dir], { cwd: root, encoding: "utf8" });
  const tarball = join(dir, out.trim().split("\n").pop());
  const pkg = join(dir, "node_modules", "accordo");
  mkdirSync(pkg, { recursive: true });
  execFileSync("tar", ["-xzf", tarball, "-C", pkg, "--strip-components=1"]);
  rmSync(tarball);
  for (const dep of ["decimal.js", "zod"])
    symlinkSync(join(root, "node_modules", dep), join(dir, "node_modules", dep), "dir");
  writeFileSync(
    join(dir, "package.json"),
    `${JSON.stringify({ name: "accordo-bench-user", private: true, type: "module" })}\n`,
  );
  writeFileSync(join(dir, "load.mjs"), 'export * as accordo from "accordo";\n');
  process.env.ACCORDO_BENCH_DIR = dir;
  made.add(dir);
  return dir;
}

/** Imports the packed package from `dir` (made by {@link installPacked}). */
export async function importPacked(dir) {
  return (await import(pathToFileURL(join(dir, "load.mjs")).href)).accordo;
}

const made = new Set();
/** Removes an install made by {@link installPacked} in this process (not one given by the caller). */
export function removeInstall(dir) {
  if (made.has(dir) && readdirSync(dir).includes("load.mjs")) rmSync(dir, { recursive: true, force: true });
}

/** Deterministic pseudo-random numbers in [0, 1) (mulberry32), so every run measures the same data. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[m] : (s[m - 1] + s[m]) / 2;
};
export const round3 = (x) => Math.round(x * 1000) / 1000;

/**
 * Times contenders against a baseline in interleaved rounds. Each contender is a function over
 * the whole data set. Every round runs each contender once, in an order rotated from round to
 * round, so that a change in machine load hits all of them alike. Reported: each contender's
 * median time, and its ratio to the baseline as the median over rounds of the ratio of the two
 * times measured in that round.
 *
 * @param contenders - `[{ label, fn, baseline?, target?, role? }]`, exactly one with `baseline: true`
 * @param options - `rounds`, `warmup` (runs of each before the rounds)
 */
export function interleaved(contenders, { rounds, warmup }) {
  const base = contenders.findIndex((c) => c.baseline);
  if (base < 0) throw new Error("no baseline");
  for (let w = 0; w < warmup; w++) for (const c of contenders) c.fn();
  const times = contenders.map(() => []);
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < contenders.length; k++) {
      const i = (k + r) % contenders.length;
      const t0 = performance.now();
      contenders[i].fn();
      times[i].push(performance.now() - t0);
    }
  }
  return contenders.map((c, i) => ({
    label: c.label,
    ms: round3(median(times[i])),
    ratio: round3(median(times[i].map((t, r) => t / times[base][r]))),
    baseline: c.baseline === true,
  }));
}
