// Shared by the browser checks (scripts/docs-check.mjs, scripts/browser-case-study.mjs): a static
// file server bound to the loopback interface, and Debian's headless Chromium driven by
// playwright-core (never a browser download) that may reach nothing but that server.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { chromium } from "playwright-core";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves the files below `root` that lie inside one of `allowed` (absolute folders; a folder's
 * URL serves its index.html) on 127.0.0.1 at a free port. Anything else is a 404.
 * @returns {Promise<{ origin: string, close: () => void }>}
 */
export async function serveStatic(root, allowed = [root]) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname);
    let file = normalize(join(root, path));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!allowed.some((dir) => file.startsWith(dir + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "cache-control": "no-store",
    });
    res.end(readFileSync(file));
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}

/**
 * Starts headless Chromium from `executablePath` with a fresh profile, with the flags this
 * machine's closed network needs, and aborts every request that is not for `origin`.
 * @returns {Promise<{ context: import("playwright-core").BrowserContext, close: () => Promise<void> }>}
 */
export async function openChromium(executablePath, origin, viewport = { width: 1280, height: 900 }) {
  if (!existsSync(executablePath)) {
    throw new Error(`no Chromium at ${executablePath}; install Debian's: apt-get install -y chromium`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), "accordo-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport,
  });
  // Nothing leaves the machine: every request that is not for the local server is aborted.
  await context.route(
    (url) => url.origin !== origin,
    (route) => route.abort(),
  );
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
