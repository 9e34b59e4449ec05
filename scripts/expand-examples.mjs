#!/usr/bin/env node
// Puts the examples into the published declarations, so that an editor shows them on hover.
// Runs after tsup ("build": "tsup && node scripts/expand-examples.mjs && ..."):
//
//  - in dist/*.d.ts and dist/*.d.cts, every `{@includeCode <path>#<region>}` of a TSDoc comment
//    becomes the region's code as a fenced ```ts block (the `// #region` / `// #endregion` lines
//    dropped, the code dedented, `*/` escaped), inside the same comment;
//  - in the same files, typedoc's declaration references `{@link accordo!AccordoError}` become
//    `{@link AccordoError}`: an editor cannot resolve the `accordo!` form and would show it as text;
//  - in dist/*.map, the same tag in `sourcesContent` becomes a one-line note (a source map's
//    lines must stay as they are), so that no path into test/ remains anywhere in dist/.
//
// The source keeps `{@includeCode}`: typedoc resolves it for the API reference, and the tests run
// the regions. Paths in the tag are relative to the source file's folder (src/ or src/<ns>/), and
// every included file lives outside src/, so a path is resolved from the repository root once its
// leading `./` and `../` are removed. A missing file or region fails the build.
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
const TAG = /\{@includeCode\s+([^\s}#]+)(?:#([^\s}]+))?\s*\}/;
const TAGS = new RegExp(TAG.source, "g");
const PACKAGE_LINK = /\{@link(code|plain)?\s+accordo!/g;
const MARKER = /^\s*\/\/\s*#(region|endregion)\b\s*(\S*)/;

if (!existsSync(dist)) {
  console.error("expand-examples: dist/ not found; run tsup first");
  process.exit(1);
}

const files = new Map();
/** The lines of a region of an included file (the whole file without markers when no region). */
function region(path, name) {
  const relative = path.replace(/^(?:\.\.?\/)+/, "");
  const file = join(root, relative);
  if (!files.has(file)) {
    if (!existsSync(file)) throw new Error(`{@includeCode ${path}}: ${relative} not found`);
    files.set(file, readFileSync(file, "utf8").split(/\r?\n/));
  }
  const lines = files.get(file);
  let body = lines;
  if (name !== undefined) {
    const start = lines.findIndex((line) => {
      const m = MARKER.exec(line);
      return m !== null && m[1] === "region" && m[2] === name;
    });
    if (start < 0) throw new Error(`{@includeCode ${path}#${name}}: no region ${name} in ${relative}`);
    let depth = 0;
    let end = -1;
    for (let i = start; i < lines.length; i++) {
      const m = MARKER.exec(lines[i]);
      if (m === null) continue;
      depth += m[1] === "region" ? 1 : -1;
      if (depth === 0 || (m[1] === "endregion" && m[2] === name)) {
        end = i;
        break;
      }
    }
    if (end < 0) throw new Error(`{@includeCode ${path}#${name}}: region ${name} in ${relative} has no #endregion`);
    body = lines.slice(start + 1, end);
  }
  const code = body.filter((line) => !MARKER.test(line));
  while (code.length > 0 && code[0].trim() === "") code.shift();
  while (code.length > 0 && code[code.length - 1].trim() === "") code.pop();
  if (code.length === 0) throw new Error(`{@includeCode ${path}${name ? `#${name}` : ""}}: the region is empty`);
  const indent = Math.min(...code.filter((l) => l.trim() !== "").map((l) => /^\s*/.exec(l)[0].length));
  return code.map((l) => l.slice(indent).trimEnd());
}

/** A declaration file with each tag replaced by a fenced block in the same comment. */
function expandDeclarations(text) {
  let count = 0;
  const out = [];
  for (const line of text.split("\n")) {
    const m = TAG.exec(line);
    if (m === null) {
      out.push(line);
      continue;
    }
    const prefix = /^\s*\*\s?/.exec(line)?.[0];
    if (prefix === undefined) throw new Error(`{@includeCode} outside a comment line: ${line.trim()}`);
    const bare = prefix.replace(/\s$/, "");
    let rest = line.slice(prefix.length);
    while (true) {
      const t = TAG.exec(rest);
      if (t === null) break;
      const before = rest.slice(0, t.index).trimEnd();
      if (before !== "") out.push(prefix + before);
      out.push(`${prefix}\`\`\`ts`);
      for (const code of region(t[1], t[2])) out.push(code === "" ? bare : prefix + code.replaceAll("*/", "*\\/"));
      out.push(`${prefix}\`\`\``);
      count++;
      rest = rest.slice(t.index + t[0].length).trimStart();
    }
    if (rest !== "") out.push(prefix + rest);
  }
  return { text: out.join("\n").replace(PACKAGE_LINK, (_, kind) => `{@link${kind ?? ""} `), count };
}

let declarations = 0;
let examples = 0;
let maps = 0;
try {
  for (const name of readdirSync(dist).sort()) {
    const file = join(dist, name);
    if (name.endsWith(".d.ts") || name.endsWith(".d.cts")) {
      const before = readFileSync(file, "utf8");
      if (!TAG.test(before) && !before.includes("accordo!")) continue;
      const { text, count } = expandDeclarations(before);
      writeFileSync(file, text);
      declarations++;
      examples += count;
    } else if (name.endsWith(".map")) {
      const map = JSON.parse(readFileSync(file, "utf8"));
      if (!Array.isArray(map.sourcesContent) || !map.sourcesContent.some((s) => typeof s === "string" && TAG.test(s)))
        continue;
      map.sourcesContent = map.sourcesContent.map((s) =>
        typeof s === "string"
          ? s.replace(TAGS, (_, _path, r) => `(the example${r ? ` "${r}"` : ""} is in the .d.ts)`)
          : s,
      );
      writeFileSync(file, JSON.stringify(map));
      maps++;
    }
  }
} catch (error) {
  console.error(`expand-examples: ${error.message}`);
  process.exit(1);
}
console.log(
  `expand-examples: ${examples} examples written into ${declarations} declaration files; tags noted in ${maps} source maps`,
);
