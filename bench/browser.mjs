// Browser benchmarks of the release build (`make build`), in headless Chromium:
//  1. a keystroke in the 20th attempt row: from the input event to the updated, laid-out page;
//  2. the simulator running 100,000 recipients on 5 lines, then 1,000,000 on 5, 100 and 10,000
//     lines, to the end: wall time, and the longest main-thread task seen by the Long Tasks API
//     (tasks over 50 ms).
//  3. a key pressed at the end of a campaign name of one megabyte (issue 11), to the laid-out page,
//     beside the same with local storage stubbed out and in a bare input.
//  4. the strategy advisor's `Suggest a strategy` for 20 attempts in the page: total time, the
//     longest main-thread task (Long Tasks API) and the longest gap between two frames meanwhile.
//  5. expectedReach() of the JavaScript API for 20 attempts, 6. simulateAsync() of a big
//     scenario (the host page's longest task) and simulate() of the same, and 7. a stored draft of 12,000 attempt rows
//     loaded beside one of 20, when pkg/ is built (`make package`): the standalone page leaves the
//     API out, so they are measured on the package and its host page.
// Run by `make bench`; prints the figures README quotes.
import { chromium } from "playwright-core";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serveDirectory } from "../scripts/static-server.mjs";

const server = await serveDirectory(fileURLToPath(new URL("../dist/", import.meta.url)));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.setDefaultTimeout(120_000);
  await page.goto(server.url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();

  // 1. Keystroke with 20 rows.
  await page.getByRole("button", { name: "Retry Strategy", exact: true }).click();
  for (let n = 3; n <= 20; n++) {
    await page.getByRole("button", { name: "+ Add Attempt", exact: true }).click();
    await page.getByLabel(`Attempt ${n} delay, in seconds`, { exact: true }).fill(String(60 * n));
  }
  const keystrokes = await page.evaluate(async () => {
    const label = [...document.querySelectorAll("label")].find((l) => l.textContent.trim() === "Attempt 20 delay, in seconds");
    const input = document.getElementById(label.htmlFor);
    const times = [];
    for (let i = -10; i < 100; i++) {
      const t0 = performance.now();
      input.value = String(1000 + i);
      input.dispatchEvent(new Event("input", { bubbles: true }));
      await new Promise((done) => setTimeout(done, 0)); // the view's updates run as microtasks before this
      void document.body.offsetHeight; // style and layout of the updated page
      if (i >= 0) times.push(performance.now() - t0); // the first ten warm the page up
    }
    return times.sort((a, b) => a - b);
  });
  const median = keystrokes[Math.floor(keystrokes.length / 2)];
  const p95 = keystrokes[Math.floor(keystrokes.length * 0.95)];
  const worst = keystrokes[keystrokes.length - 1];
  console.log(`keystroke, 20 rows: median ${median.toFixed(1)} ms, 95th percentile ${p95.toFixed(1)} ms, worst ${worst.toFixed(1)} ms of ${keystrokes.length} (a frame is 16.7 ms)`);

  // 2. The simulator to the end, with those 20 attempts and the default mix: 100,000 recipients on
  // 5 lines, then 1,000,000 on 5, 100 and 10,000 lines (the panel's largest settings); then issue
  // 11's worst case, 20 attempts of 1 s with every call busy (21 calls a recipient, a second apart).
  // The long tasks cover the whole run, from the click on Run to end to the completed status.
  const panel = page.getByRole("region", { name: "Simulator", exact: true });
  await page.evaluate(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => window.__longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask" });
  });
  const cases = [[100_000, 5], [1_000_000, 5], [1_000_000, 100], [1_000_000, 10_000], [100_000, 10_000, "busy"], [1_000_000, 10_000, "busy"]];
  for (const [recipients, lines, busy] of cases) {
    if (busy && !(await panel.getByLabel("Busy %", { exact: true }).inputValue()).startsWith("100")) {
      for (let n = 1; n <= 20; n++) await page.getByLabel(`Attempt ${n} delay, in seconds`, { exact: true }).fill("1");
      for (const [label, value] of [["Answered %", "0"], ["Busy %", "100"], ["No answer %", "0"], ["Unreachable %", "0"]]) {
        await panel.getByLabel(label, { exact: true }).fill(value);
      }
    }
    await panel.getByRole("button", { name: "Reset", exact: true }).click();
    await panel.getByLabel("Recipients", { exact: true }).fill(String(recipients));
    await panel.getByLabel("Lines", { exact: true }).fill(String(lines));
    await page.waitForTimeout(200);
    await page.evaluate(() => (window.__longTasks.length = 0));
    const started = Date.now();
    await panel.getByRole("button", { name: "Run to end", exact: true }).click();
    await panel.getByRole("status").filter({ hasText: /^Completed at / }).waitFor({ timeout: 600_000 });
    const seconds = (Date.now() - started) / 1000;
    await page.waitForTimeout(200); // long tasks are reported a moment after they end
    const calls = await panel.locator(".ce-stats__item", { hasText: "Calls" }).locator("dd").textContent();
    const longTasks = await page.evaluate(() => window.__longTasks);
    const longest = longTasks.length ? Math.max(...longTasks) : 0;
    console.log(
      `simulator, ${recipients.toLocaleString("en")} recipients on ${lines.toLocaleString("en")} lines${busy ? ", 20 × 1 s all busy," : ""} to the end: ${seconds.toFixed(1)} s, ${calls} calls; ` +
        `tasks over 50 ms: ${longTasks.length}${longTasks.length ? `, longest ${longest.toFixed(0)} ms` : ""}`,
    );
  }

  // 3. A key pressed at the end of a 1 MB name (the draft kept in localStorage on each one), from
  // keydown to the laid-out page; then the same in the page with localStorage's getItem and setItem
  // stubbed out (what keeping the draft costs), and in a bare input alone on the page (what
  // Chromium itself takes to lay out a 1 MB input).
  const oneMegabyteKeystrokes = async (setUp) => {
    await page.goto(server.url);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByLabel("Campaign name", { exact: true }).waitFor();
    await page.evaluate(setUp);
    await page.evaluate(() => {
      const label = [...document.querySelectorAll("label")].find((l) => l.textContent.trim() === "Campaign name");
      const input = document.getElementById(label.htmlFor);
      input.value = "n".repeat(1 << 20);
      input.dispatchEvent(new Event("input", { bubbles: true }));
      input.focus();
      input.setSelectionRange(input.value.length, input.value.length);
      window.__keystrokes = [];
      input.addEventListener("keydown", () => (window.__keydown = performance.now()));
      input.addEventListener("input", () =>
        setTimeout(() => {
          void document.body.offsetHeight;
          window.__keystrokes.push(performance.now() - window.__keydown);
        }, 0),
      );
    });
    for (let i = 0; i < 25; i++) await page.keyboard.press("x");
    await page.waitForFunction(() => window.__keystrokes.length === 25);
    return page.evaluate(() => window.__keystrokes.slice(5).sort((a, b) => a - b));
  };
  const figures = (times) => `median ${times[10].toFixed(1)} ms, worst ${times[19].toFixed(1)} ms of 20`;
  const nameKeystrokes = await oneMegabyteKeystrokes(() => {});
  const withoutStorage = await oneMegabyteKeystrokes(() => {
    Storage.prototype.getItem = () => null;
    Storage.prototype.setItem = () => {};
  });
  const bareKeystrokes = await oneMegabyteKeystrokes(() => {
    document.body.innerHTML = '<label for="bare">Campaign name</label><input id="bare" type="text">';
  });
  console.log(
    `key pressed in a 1 MB campaign name: ${figures(nameKeystrokes)}; with localStorage stubbed out: ` +
      `${figures(withoutStorage)}; a bare input alone on the page: ${figures(bareKeystrokes)}`,
  );

  // 4. The strategy advisor in the page: 20 attempts, deadline 72 h, without and with a weekday
  // calling window (09:00–18:00), from the click on Suggest a strategy to the suggestion shown.
  await page.goto(server.url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole("button", { name: "Retry Strategy", exact: true }).click();
  const advisor = page.getByRole("group", { name: "Strategy advisor", exact: true });
  await advisor.getByLabel("Attempts", { exact: true }).fill("20");
  for (const windowed of [false, true]) {
    if (windowed) await page.getByRole("checkbox", { name: "Calling window", exact: true }).check();
    await page.waitForTimeout(200);
    const run = await page.evaluate(async () => {
      const longTasks = [];
      const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
      observer.observe({ type: "longtask" });
      const button = [...document.querySelectorAll("button")].find((b) => b.textContent.trim() === "Suggest a strategy");
      const status = button.closest("[role=group]").querySelector("p[aria-live=polite]");
      let longestFrame = 0;
      const started = performance.now();
      button.click();
      await new Promise((done) => {
        let last = performance.now();
        const frame = (now) => {
          longestFrame = Math.max(longestFrame, now - last);
          last = now;
          if (status.textContent.startsWith("Suggestion ready")) done();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      const seconds = (performance.now() - started) / 1000;
      await new Promise((done) => setTimeout(done, 200)); // long tasks are reported a moment late
      observer.disconnect();
      return { seconds, longTasks, longestFrame, status: status.textContent };
    });
    const longest = run.longTasks.length ? Math.max(...run.longTasks) : 0;
    console.log(
      `advisor, Suggest a strategy, 20 attempts, 72 h${windowed ? ", weekday window" : ""}: ${run.seconds.toFixed(2)} s (target 3 s); ` +
        `tasks over 50 ms: ${run.longTasks.length}${run.longTasks.length ? `, longest ${longest.toFixed(0)} ms` : ""}; longest gap between frames ${run.longestFrame.toFixed(0)} ms (${run.status})`,
    );
  }

  // 5. Expected reach for 20 attempts, through the package's API.
  const repo = fileURLToPath(new URL("../", import.meta.url));
  if (existsSync(`${repo}pkg/campaign_editor.js`)) {
    const root = await serveDirectory(repo);
    try {
      await page.goto(`${root.url}examples/host.html`);
      const micros = await page.evaluate(async () => {
        const api = await import("/pkg/campaign_editor.js");
        await api.default();
        const { expectedReach } = api;
        // 20 retries an hour apart in a weekday window 09:00–20:00, launch Monday 09:00.
        const config = {
          attempts: Array(20).fill({ delaySeconds: 3600 }),
          launchAt: "2026-12-07T09:00",
          callingWindow: { start: "09:00", end: "20:00", days: ["mon", "tue", "wed", "thu", "fri"] },
        };
        for (let i = 0; i < 200; i++) expectedReach(config); // warm-up
        const times = [];
        for (let round = 0; round < 20; round++) {
          const t0 = performance.now();
          for (let i = 0; i < 100; i++) expectedReach(config);
          times.push(((performance.now() - t0) / 100) * 1000);
        }
        return times.sort((a, b) => a - b);
      });
      console.log(`expectedReach(), 20 attempts, through the JS API: median ${micros[10].toFixed(0)} µs, best ${micros[0].toFixed(0)} µs a call (rounds of 100)`);

      // 6. simulateAsync() on 200,000 recipients × 21 busy calls: the host page's longest task;
      //    then simulate() of the same scenario, which runs it in one task.
      const run = await page.evaluate(async () => {
        const { simulate, simulateAsync } = await import("/pkg/campaign_editor.js");
        const scenario = {
          campaign: { attempts: Array.from({ length: 20 }, () => ({ delaySeconds: 1 })) },
          dialer: { outcomeMix: { busy: 1 } },
          generate: { count: 200_000 },
        };
        const longTasks = [];
        new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: "longtask" });
        let started = performance.now();
        await simulateAsync(scenario, { calls: false });
        const seconds = (performance.now() - started) / 1000;
        await new Promise((done) => setTimeout(done, 200)); // long tasks are reported a moment late
        started = performance.now();
        simulate(scenario, { calls: false });
        const blocking = (performance.now() - started) / 1000;
        return { seconds, longTasks, blocking };
      });
      const longest = run.longTasks.length ? Math.max(...run.longTasks) : 0;
      console.log(`simulateAsync(), 200,000 recipients × 21 busy calls, no log: ${run.seconds.toFixed(1)} s; tasks over 50 ms: ${run.longTasks.length}${run.longTasks.length ? `, longest ${longest.toFixed(0)} ms` : ""}`);
      console.log(`simulate(), the same scenario, in one task: ${run.blocking.toFixed(1)} s`);

      // 7. A stored draft of 12,000 attempt rows beside one of 20, on the host page (its editor B
      //    keeps its draft under a persistKey, which the page above has written): from the reload
      //    to editor B shown, the median of five loads each.
      const editorB = page.getByRole("region", { name: "Editor B: kept under persistKey, themed", exact: true });
      const load = async (rows) => {
        const times = [];
        for (let i = 0; i < 5; i++) {
          await page.evaluate((rows) => {
            const key = "campaign-editor-example:b";
            const stored = JSON.parse(localStorage.getItem(key));
            stored.draft.attempts = Array.from({ length: rows }, (_, n) => String(n + 1));
            localStorage.setItem(key, JSON.stringify(stored));
            localStorage.removeItem(`${key}.unreadable`);
          }, rows);
          const started = performance.now();
          await page.reload();
          await editorB.getByRole("button", { name: "Retry Strategy", exact: true }).waitFor();
          times.push(performance.now() - started);
        }
        return times.sort((a, b) => a - b)[2];
      };
      const [few, many] = [await load(20), await load(12_000)];
      console.log(`a stored draft, reload to the editor shown: 20 rows ${few.toFixed(0)} ms, 12,000 rows ${many.toFixed(0)} ms (medians of 5)`);
    } finally {
      await root.close();
    }
  } else {
    console.log("expectedReach() and simulateAsync(): skipped, pkg/ is not built (make package)");
  }
} finally {
  await browser.close();
  await server.close();
}
