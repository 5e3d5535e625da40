// Shared pieces of the end-to-end tests: a static server for the release build in dist/
// (`make build`) and headless Chromium driven by playwright-core.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const DIST = fileURLToPath(new URL("../dist/", import.meta.url));

const CONTENT_TYPES = {
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
};

/** Serves the files of `root` on `port` (else a free one) of 127.0.0.1; resolves to { url, close }. */
export async function serveDirectory(root = DIST, port = 0) {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url, "http://localhost");
    const file = resolve(root, "." + decodeURIComponent(pathname));
    const path = pathname.endsWith("/") ? join(file, "index.html") : file;
    if (!path.startsWith(resolve(root) + sep)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(path);
      const type = CONTENT_TYPES[extname(path)] ?? "application/octet-stream";
      response.writeHead(200, { "content-type": type }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((listening) => server.listen(port, "127.0.0.1", listening));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((closed) => server.close(closed)),
  };
}

/**
 * Opens the standalone page of dist/ in headless Chromium. Everything started here is closed
 * when the test `t` ends. `problems` collects what a user should never meet: console errors,
 * uncaught exceptions, failed requests and HTTP errors; they are also printed with the result.
 */
export async function openApp(t) {
  const server = await serveDirectory();
  t.after(server.close);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
    ],
  });
  t.after(() => browser.close());

  const page = await browser.newPage();
  page.setDefaultTimeout(10_000);
  const problems = [];
  // Shown with the test's result, so that a timeout says what went wrong in the page.
  t.after(() => problems.forEach((problem) => t.diagnostic(problem)));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("requestfailed", (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`),
  );
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });

  await page.goto(server.url);
  return { page, problems };
}
