import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { buildSync, type Plugin } from "esbuild";
import { defineConfig } from "tsup";

/** One entry per public subpath; the root re-exports every namespace. */
export const entries = {
  index: "src/index.ts",
  money: "src/money/index.ts",
  fx: "src/fx/index.ts",
  figure: "src/figure/index.ts",
  period: "src/period/index.ts",
  growth: "src/growth/index.ts",
  agreement: "src/agreement/index.ts",
  capacity: "src/capacity/index.ts",
  milestone: "src/milestone/index.ts",
  zone: "src/zone/index.ts",
  io: "src/io/index.ts",
  schemas: "src/schemas/index.ts",
} as const;

/*
 * The layout of dist/: few modules, so that `import("accordo")` starts fast; one copy of the code,
 * so that a value made through `accordo/money` is recognised by the root's functions (the brands of
 * src/brand.ts, the registries kept in module-level maps); and no top-level statement that a
 * bundler must keep, so that a subpath still bundles only what it uses.
 *
 * - Two shared chunks hold the code: what accordo/money needs, and the rest. esbuild puts a module
 *   in the chunk of the set of entries that reach it; for twelve entries that made some twenty-five
 *   chunks, each one more module for Node to resolve, read, compile and link at import, which was
 *   most of the cold start. Here accordo/money is built from src/money/index.ts and every other
 *   namespace's entry from a generated module, `export { fx$convert as convert, ... } from
 *   "./core.ts"`, where `core.ts` re-exports every namespace's exports under prefixed names: every
 *   entry but money's reaches all the code, so a module is reached either by every entry (money's
 *   part) or by every entry but money's (the rest). Importing the root loads the root, the ten
 *   namespaces' entries (re-exports only) and the two chunks; accordo/money loads its entry and
 *   money's chunk.
 * - A subpath stays tree-shakeable within a chunk because no top-level statement of src/ has a
 *   side effect: calls made at load are marked `@__PURE__` (or build tables on first use), which
 *   `npm run size` and `npm run check:consumers` check.
 * - The root never builds a namespace object: `export * as fx from "./fx/index.js"` in src/index.ts
 *   is kept as a re-export of the subpath's entry (`./fx.js`, or `./fx.cjs` in the CommonJS build,
 *   so that it loads CommonJS only and shares the subpaths' brands), so that a bundler which follows
 *   re-exported namespaces (Rollup, Vite, webpack 5) bundles only the members used (`fx.convert`),
 *   and one that does not drops the whole namespace when the root's `fx` goes unused (the package
 *   has `"sideEffects": false`). A namespace object built by esbuild (`__export(fx_exports, {
 *   convert: () => convert, ... })`) would be a call that a consumer's bundler must keep,
 *   referencing every function of the namespace. esbuild cannot bundle members of any re-exported
 *   namespace alone (evanw/esbuild#1420), whichever way the root is built.
 */
const namespaces = Object.keys(entries).filter((name) => name !== "index" && name !== "schemas");
const generated = resolve("node_modules/.cache/accordo-entries");
// A fresh folder each build: files of node_modules may be hard links shared with other checkouts.
rmSync(generated, { recursive: true, force: true });
mkdirSync(generated, { recursive: true });
const generatedFile = (name: string): string => join(generated, `${name}.ts`);

/** The run-time exports of each module (types are not in the JavaScript build). */
function exportsOf(modules: Record<string, string>): Record<string, string[]> {
  const { metafile } = buildSync({
    entryPoints: modules,
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "neutral",
    external: ["decimal.js", "zod"],
    outdir: join(generated, "probe"),
    write: false,
    metafile: true,
    logLevel: "error",
  });
  const found: Record<string, string[]> = {};
  for (const output of Object.values(metafile.outputs))
    for (const [name, file] of Object.entries(modules))
      if (output.entryPoint !== undefined && resolve(output.entryPoint) === resolve(file)) found[name] = output.exports;
  return found;
}

/** What core.ts re-exports: each namespace, and src/errors.ts for the root's other exports. */
const shared: Record<string, string> = {
  ...Object.fromEntries(namespaces.map((name) => [name, entries[name as keyof typeof entries]])),
  errors: "src/errors.ts",
};
const exported = exportsOf(shared);
const core = Object.entries(shared).map(
  ([name, file]) =>
    `export { ${(exported[name] ?? []).map((e) => `${e} as ${name}$${e}`).join(", ")} } from ${JSON.stringify(resolve(file))};\n`,
);
writeFileSync(generatedFile("core"), core.join(""));
for (const name of Object.keys(shared))
  writeFileSync(
    generatedFile(name),
    `export { ${(exported[name] ?? []).map((e) => `${name}$${e} as ${e}`).join(", ")} } from "./core.ts";\n`,
  );
// accordo/schemas reaches all the code too (else what it shares with the namespaces is a chunk of its own).
writeFileSync(
  generatedFile("schemas"),
  `import "./core.ts";\nexport * from ${JSON.stringify(resolve(entries.schemas))};\n`,
);

/**
 * Builds the root's namespaces as imports of the subpaths' entries and its other exports (those
 * of src/errors.ts) from core.ts; keeps accordo/schemas's import of core.ts, which has no effect of
 * its own to keep.
 */
const sharedChunks: Plugin = {
  name: "accordo-shared-chunks",
  setup(build) {
    const root = resolve(entries.index);
    // tsup builds both formats as ES modules and converts the CommonJS one afterwards.
    const cjs = build.initialOptions.define?.["TSUP_FORMAT"] === '"cjs"';
    build.onResolve({ filter: /^\.\/(?:[a-z]+\/index|errors)\.js$/ }, (args) => {
      if (resolve(args.importer) !== root) return undefined;
      const name = args.path === "./errors.js" ? "errors" : (args.path.split("/")[1] ?? "");
      if (!(name in shared)) return undefined;
      if (name === "errors") return { path: generatedFile(name) };
      return { path: `./${name}.${cjs ? "cjs" : "js"}`, external: true };
    });
    build.onResolve({ filter: /^\.\/core\.ts$/ }, (args) =>
      resolve(args.importer) === generatedFile("schemas")
        ? { path: generatedFile("core"), sideEffects: true }
        : undefined,
    );
  },
};

export default defineConfig({
  entry: {
    ...entries,
    ...Object.fromEntries(namespaces.filter((name) => name !== "money").map((name) => [name, generatedFile(name)])),
    schemas: generatedFile("schemas"),
  },
  format: ["esm", "cjs"],
  target: "es2022",
  platform: "neutral",
  dts: { entry: entries },
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  outDir: "dist",
  esbuildPlugins: [sharedChunks],
});
