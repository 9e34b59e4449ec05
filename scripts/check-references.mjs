#!/usr/bin/env node
// npm run lint (last step): no tracked file points outside the repository. A reader of the code or
// the docs has only the repository: a comment that says "issue 16" or "see DESIGN.md" names
// something they cannot open. Write what the reference stood for instead.
//
//   node scripts/check-references.mjs     lists each offending line as file:line: text, exits 1 if any
//
// Links to public pages (https://...) are fine: anyone can open them.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;

/** What may not appear, and why. */
const RULES = [
  { pattern: /\bissues?\s+#?\d+\b/i, why: "an issue number of a tracker the reader cannot see" },
  { pattern: /\bfindings?\s+\d+\b/i, why: "a finding number of a review the reader cannot see" },
  { pattern: /\bDESIGN\.md\b/, why: "a design document outside the repository" },
  { pattern: /\.\.\/shared\//, why: "a path outside the repository" },
];

/** Files that may quote such text: this script (its rules) and the generated lock file. */
const SKIP = new Set(["scripts/check-references.mjs", "package-lock.json"]);

const files = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" })
  .split("\0")
  .filter((f) => f !== "" && !SKIP.has(f));

const problems = [];
for (const file of files) {
  let text;
  try {
    text = readFileSync(join(root, file), "utf8");
  } catch {
    continue; // listed by git but not in the work tree (deleted, not yet committed)
  }
  if (text.includes("\0")) continue; // binary
  text.split("\n").forEach((line, i) => {
    // a URL may contain anything (https://github.com/evanw/esbuild/issues/1420 is a public page)
    const withoutUrls = line.replace(/https?:\/\/\S+/g, "");
    for (const rule of RULES) {
      if (rule.pattern.test(withoutUrls)) problems.push(`${file}:${i + 1}: ${rule.why}: ${line.trim().slice(0, 120)}`);
    }
  });
}

if (problems.length > 0) {
  console.error(`check-references: ${problems.length} line(s) point outside the repository:`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(`check-references: ${files.length} tracked files, none points outside the repository`);
