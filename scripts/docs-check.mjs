#!/usr/bin/env node
// npm run docs:check: checks the generated API reference (docs/api, from `npm run docs`) in a real
// browser. It serves docs/api on 127.0.0.1 with a tiny static server, opens index.html in Debian's
// headless Chromium (/usr/bin/chromium, driven by playwright-core; never a browser download),
// visits every internal page, checks every internal link (target and #fragment), fails on page
// errors, types a query into the typedoc search box and checks results appear, and writes a
// screenshot to reports/docs.png.
//
//   node scripts/docs-check.mjs [--query money] [--chromium /usr/bin/chromium]
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { openChromium, serveStatic } from "./lib/browser.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const { values: options } = parseArgs({
  options: {
    query: { type: "string", default: "AccordoError" },
    chromium: { type: "string", default: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" },
    docs: { type: "string", default: join(root, "docs", "api") },
    screenshot: { type: "string", default: join(root, "reports", "docs.png") },
  },
});
const docsDir = resolve(options.docs);

if (!existsSync(join(docsDir, "index.html"))) {
  console.error(`docs:check: ${join(docsDir, "index.html")} is missing; run npm run docs first`);
  process.exit(1);
}
if (!existsSync(options.chromium)) {
  console.error(`docs:check: no Chromium at ${options.chromium}; install Debian's: apt-get install -y chromium`);
  process.exit(1);
}

// docs/api, served on the loopback interface only, and Chromium that may reach nothing else.
const server = await serveStatic(docsDir);
const origin = server.origin;
const browser = await openChromium(options.chromium, origin);
const context = browser.context;

const problems = [];
const visited = new Map(); // page URL (no hash) -> Set of element ids on it
const links = new Map(); // link URL (with hash) -> first page that links to it
const queue = [`${origin}/index.html`];
const page = await context.newPage();
page.on("pageerror", (error) => problems.push(`${page.url()}: page error: ${error.message}`));

try {
  while (queue.length > 0) {
    const url = queue.shift();
    if (visited.has(url)) continue;
    const response = await page.goto(url, { waitUntil: "load" });
    if (!response || response.status() !== 200) {
      const from = [...links].find(([href]) => href.split("#")[0] === url)?.[1] ?? "(start)";
      problems.push(`${from}: broken link ${url} (HTTP ${response?.status() ?? "no response"})`);
      visited.set(url, new Set());
      continue;
    }
    const { ids, hrefs } = await page.evaluate(() => ({
      ids: [...document.querySelectorAll("[id], a[name]")].map((e) => e.id || e.getAttribute("name")),
      hrefs: [...document.querySelectorAll("a[href]")].map((a) => a.href),
    }));
    visited.set(url, new Set(ids));
    for (const href of hrefs) {
      const target = new URL(href);
      if (target.origin !== origin) continue;
      if (!links.has(target.href)) links.set(target.href, url);
      target.hash = "";
      if (target.pathname.endsWith(".html") || target.pathname.endsWith("/")) {
        if (!visited.has(target.href) && !queue.includes(target.href)) queue.push(target.href);
      }
    }
  }

  // Every internal link: the target exists, and so does its #fragment.
  for (const [href, from] of links) {
    const target = new URL(href);
    const hash = decodeURIComponent(target.hash.slice(1));
    target.hash = "";
    if (visited.has(target.href)) {
      if (hash !== "" && !visited.get(target.href).has(hash))
        problems.push(`${from}: broken link ${href} (no #${hash} on the page)`);
      continue;
    }
    const response = await context.request.get(target.href);
    if (response.status() !== 200) problems.push(`${from}: broken link ${href} (HTTP ${response.status()})`);
  }

  // The search box finds something.
  await page.goto(`${origin}/index.html`, { waitUntil: "load" });
  await page.click("#tsd-search-trigger");
  await page.fill("#tsd-search-input", options.query);
  let results = [];
  try {
    await page.waitForSelector("#tsd-search-results li", { timeout: 10_000 });
    results = await page.$$eval("#tsd-search-results li", (items) => items.map((li) => li.textContent?.trim() ?? ""));
  } catch {
    problems.push(`search for "${options.query}" showed no results`);
  }
  mkdirSync(dirname(options.screenshot), { recursive: true });
  await page.screenshot({ path: options.screenshot });

  const fragments = [...links.keys()].filter((h) => new URL(h).hash !== "").length;
  console.log(
    `docs:check: ${visited.size} pages visited, ${links.size} internal links checked (${fragments} with a #fragment)`,
  );
  console.log(
    `docs:check: search for "${options.query}": ${results.length} results${results.length > 0 ? `, first: ${results[0]}` : ""}`,
  );
  console.log(`docs:check: screenshot written to ${options.screenshot}`);
} finally {
  await browser.close();
  server.close();
}

if (problems.length > 0) {
  for (const p of problems) console.error(`BROKEN ${p.replaceAll(origin, "")}`);
  console.error(`docs:check: ${problems.length} problems`);
  process.exit(1);
}
console.log("docs:check: no broken links");
