#!/usr/bin/env node
// `npm run example` builds accordo first, quietly: the build's log (tsup's ~185 lines) goes to
// reports/example-build.log and is printed only when the build fails, so that the command prints
// the analysis alone. Exit status: the build's.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const run = spawnSync(npm, ["run", "--silent", "build"], {
  cwd: root,
  encoding: "utf8",
  shell: process.platform === "win32",
});
const log = `${run.stdout ?? ""}${run.stderr ?? ""}${run.error === undefined ? "" : String(run.error)}`;
mkdirSync(new URL("../reports/", import.meta.url), { recursive: true });
writeFileSync(new URL("../reports/example-build.log", import.meta.url), log);
if (run.status !== 0) {
  process.stderr.write(log);
  process.stderr.write(
    `\ncase-study: the build failed (exit status ${run.status ?? run.signal}); its log is above and in reports/example-build.log.\n`,
  );
  process.exit(1);
}
