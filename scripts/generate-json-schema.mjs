#!/usr/bin/env node
// Writes the JSON Schema (draft 2020-12) of the JSON form of every accordo type to
// dist/json-schema/<Type>.json, for users outside TypeScript. Runs after tsup, on the BUILT
// entry dist/schemas.js, so the files describe exactly what the published schemas accept:
//
//   "build": "tsup && node scripts/generate-json-schema.mjs"
//
// Each file is `jsonSchema(schema)` from accordo/schemas (z.toJSONSchema on the input side,
// unknown keys as additionalProperties: false) with an `$id` naming the file. Stale files from
// a previous run are removed; the list of written files is printed.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "dist", "schemas.js");
if (!existsSync(entry)) {
  console.error(
    `generate-json-schema: ${entry} not found; run tsup first ("tsup && node scripts/generate-json-schema.mjs")`,
  );
  process.exit(1);
}

const { SCHEMAS, jsonSchema } = await import(pathToFileURL(entry).href);
const names = Object.keys(SCHEMAS);
if (names.length === 0) {
  console.error("generate-json-schema: dist/schemas.js exports no schemas");
  process.exit(1);
}

const outDir = join(root, "dist", "json-schema");
mkdirSync(outDir, { recursive: true });
for (const file of readdirSync(outDir)) if (file.endsWith(".json")) rmSync(join(outDir, file));

for (const name of names) {
  if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) {
    console.error(`generate-json-schema: unexpected schema name ${JSON.stringify(name)}`);
    process.exit(1);
  }
  const { $schema, ...rest } = jsonSchema(SCHEMAS[name]);
  const document = { $schema, $id: `https://unpkg.com/accordo/dist/json-schema/${name}.json`, ...rest };
  writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify(document, null, 2)}\n`);
}
console.log(
  `generate-json-schema: wrote ${names.length} files to dist/json-schema: ${names.map((n) => `${n}.json`).join(", ")}`,
);
