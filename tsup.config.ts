import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Plugin } from "esbuild";
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

/**
 * Keeps the subpaths tree-shakeable, and the root's namespaces droppable one by one.
 *
 * The root's `export * as fx from "./fx/index.js"` makes esbuild build a namespace object
 * (`__export(fx_exports, { convert: () => convert, ... })`), a call that a consumer's bundler
 * must keep once its chunk is used, and that references every function of the namespace. Built
 * in `src/fx/index.ts` itself, it sits in the chunk that holds fx's code, so
 * `import { convert } from "accordo/fx"` would bundle all of fx. Here the root imports each
 * namespace through a proxy module (`export * from ".../src/fx/index.ts"`), generated into
 * node_modules/.cache and built as an internal entry (`dist/ns/fx.*`, not in the exports map):
 * each namespace object then gets a chunk of its own, which `accordo/fx` never imports and which
 * a bundler drops (the package has `"sideEffects": false`) when the root's `fx` goes unused.
 */
const namespaces = Object.keys(entries).filter((name) => name !== "index" && name !== "schemas");
const proxyDir = resolve("node_modules/.cache/accordo-namespaces");
mkdirSync(proxyDir, { recursive: true });
const proxies: Record<string, string> = {};
for (const name of namespaces) {
  const file = join(proxyDir, `${name}.ts`);
  writeFileSync(file, `export * from ${JSON.stringify(resolve("src", name, "index.ts"))};\n`);
  proxies[`ns/${name}`] = file;
}

/*
 * In the ESM build the root goes one step further: `export * as fx from "./fx/index.js"` stays an
 * ES re-export of the subpath entry (`export * as fx from "./fx.js"` in dist/index.js), so that a
 * bundler which follows re-exported namespaces (Rollup, Vite, webpack 5) bundles only the members
 * used (`fx.convert`), not the whole namespace. esbuild cannot do that for any re-exported
 * namespace (evanw/esbuild#1420), whichever way the root is built.
 */
const namespaceProxies: Plugin = {
  name: "accordo-namespace-proxies",
  setup(build) {
    const root = resolve("src/index.ts");
    const esm = build.initialOptions.format === "esm";
    build.onResolve({ filter: /^\.\/[a-z]+\/index\.js$/ }, (args) => {
      const name = args.path.split("/")[1] ?? "";
      if (resolve(args.importer) !== root || !(name in entries)) return undefined;
      if (esm) return { path: `./${name}.js`, external: true };
      return { path: join(proxyDir, `${name}.ts`) };
    });
  },
};

export default defineConfig({
  entry: { ...entries, ...proxies },
  format: ["esm", "cjs"],
  target: "es2022",
  platform: "neutral",
  dts: { entry: entries },
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  outDir: "dist",
  esbuildPlugins: [namespaceProxies],
});
