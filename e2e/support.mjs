// Shared pieces of the end-to-end tests: a static server for the release build in dist/
// (`make build`) or for the repository root (examples/host.html over pkg/, `make package`), and
// headless Chromium driven by playwright-core.
import { fileURLToPath } from "node:url";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { serveDirectory } from "../scripts/static-server.mjs";

const DIST = fileURLToPath(new URL("../dist/", import.meta.url));
/** The repository root, served for examples/host.html, which imports ../pkg/. */
export const REPO = fileURLToPath(new URL("../", import.meta.url));

/**
 * Opens `path` of a static server over `root` in headless Chromium, after `init` (a function or
 * script run in the page before any of its own, see Playwright's addInitScript). Everything started
 * here is closed when the test `t` ends. `problems` collects what a user should never meet:
 * console errors, uncaught exceptions, error events with no exception (a `ResizeObserver` loop),
 * failed requests and HTTP errors; they are also printed with the result. Each call has its own
 * browser, so its own empty local storage.
 */
export async function openPage(t, { root = DIST, path = "", init, viewport } = {}) {
  const server = await serveDirectory(root);
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

  // A context of its own, as axe-core's AxeBuilder needs.
  const context = await browser.newContext(viewport ? { viewport } : {});
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  if (init) await page.addInitScript(init);
  const problems = [];
  // Shown with the test's result, so that a timeout says what went wrong in the page.
  t.after(() => problems.forEach((problem) => t.diagnostic(problem)));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  // An error the browser raises with no exception, such as a `ResizeObserver` loop, comes as an
  // `error` event alone: Playwright reports neither it nor a console message.
  await page.exposeFunction("reportErrorEvent", (message) => problems.push(`error event: ${message}`));
  await page.addInitScript(() =>
    window.addEventListener("error", (event) => event.error ?? window.reportErrorEvent(event.message)),
  );
  page.on("requestfailed", (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`),
  );
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });

  await page.goto(server.url + path);
  return { page, problems, url: server.url + path };
}

/** Opens the standalone page of dist/ (`make build`); see {@link openPage}. */
export function openApp(t, options = {}) {
  return openPage(t, options);
}

/**
 * Opens examples/host.html over pkg/ (`make package`) and waits for its two editors; see
 * {@link openPage}. `window.hostExample` holds the page's editors and its `mount` and `log`.
 */
export async function openHost(t, options = {}) {
  const opened = await openPage(t, { root: REPO, path: "examples/host.html", ...options });
  await opened.page.waitForFunction(() => window.hostExample !== undefined);
  return opened;
}

/**
 * Reads `read()` until it equals `expected` (deep equality; a RegExp is matched against text),
 * as the page catches up with an input; fails with the last value after `timeout` ms.
 */
export async function eventually(read, expected, { timeout = 5_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const actual = await read();
    try {
      if (expected instanceof RegExp) assert.match(actual, expected);
      else assert.deepStrictEqual(actual, expected);
      return actual;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise((later) => setTimeout(later, 50));
  }
}

/** The element with this role and exactly this accessible name, inside `scope` (a page or locator). */
export const byRole = (scope, role, name) => scope.getByRole(role, { name, exact: true });

/** The delay input of attempt row `n` (counting from 1). */
export const attemptInput = (scope, n) =>
  byRole(scope, "textbox", `Attempt ${n} delay, in seconds`);

/** Whether the element of `locator` has the keyboard focus. */
export const isFocused = (locator) => locator.evaluate((element) => element === document.activeElement);

/** The texts of the elements that `aria-describedby` of `locator` names, in order. */
export const descriptions = (locator) =>
  locator.evaluate((element) =>
    (element.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? `(no element #${id})`),
  );
