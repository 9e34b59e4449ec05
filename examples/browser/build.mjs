#!/usr/bin/env node
// Bundles the case study's page (examples/browser/page.mjs) with the data, accordo's build (dist/)
// and Observable Plot into examples/browser/dist/case-study.js, one classic script, so that
// examples/browser/index.html works offline from the built files (from the disk too: no module
// script, no fetch). Run `npm run build` first. `npm run browser:check` runs this.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = fileURLToPath(new URL("../../", import.meta.url));
for (const file of ["dist/index.js", "dist/schemas.js"]) {
  if (!existsSync(`${root}${file}`)) {
    process.stderr.write(`browser build: ${file} is missing: run npm run build first\n`);
    process.exit(1);
  }
}
await build({
  entryPoints: [fileURLToPath(new URL("./page.mjs", import.meta.url))],
  outfile: fileURLToPath(new URL("./dist/case-study.js", import.meta.url)),
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2020",
  minify: true,
  sourcemap: true,
  legalComments: "linked",
  // accordo as a user imports it, from its build
  alias: { "accordo/schemas": `${root}dist/schemas.js`, accordo: `${root}dist/index.js` },
  loader: { ".json": "json" },
  logLevel: "warning",
  // dist/'s chunks are imported for their exports only ("sideEffects": false): not worth a warning
  logOverride: { "ignored-bare-import": "silent" },
});
