// Export from the Simulator of the release page (SPEC section 11): the copied scenario, run through
// the native `campaign-sim`, gives the same statistics as the page; `Download calls (CSV)` gives a
// file with the exact header and the same rows as `campaign-sim --csv`; `Download results` the same
// results JSON as `campaign-sim`. `campaign-sim` is built (debug) by `cargo run` on first use.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { REPO, byRole, eventually, openApp } from "./support.mjs";

const HEADER = "recipient,name,attempt,start,end,outcome";

/** Runs `campaign-sim args…` on `scenario` (fed on stdin) and returns its stdout. */
function campaignSim(args, scenario) {
  const run = spawnSync("cargo", ["run", "--quiet", "--bin", "campaign-sim", "--", ...args, "-"], {
    cwd: REPO,
    input: scenario,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  assert.equal(run.status, 0, `campaign-sim ${args.join(" ")}: ${run.stderr}`);
  return run.stdout;
}

/** The panel's statistics as numbers, by label: {Reached: 123, Failed: 4, …}. */
function statistics(simulator) {
  return simulator.locator("dl[aria-label='Statistics']").evaluate((list) =>
    Object.fromEntries(
      [...list.querySelectorAll("dt")].map((dt) => [dt.textContent.trim(), dt.nextElementSibling.textContent.trim()]),
    ),
  );
}

/** Clicks the button named `name` and returns the text of the file it downloads, and its name. */
async function download(page, scope, name) {
  const [file] = await Promise.all([page.waitForEvent("download"), byRole(scope, "button", name).click()]);
  return { name: file.suggestedFilename(), text: await readFile(await file.path(), "utf8") };
}

/** A run to the end of the sample campaign launched on Monday 7 December 2026 at 09:00. */
async function runToEnd(t, { init } = {}) {
  const { page, problems, url } = await openApp(t, { init });
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(url).origin });
  await byRole(page, "textbox", "Launch date and time").fill("2026-12-07T09:00");
  const simulator = byRole(page, "region", "Simulator");
  await byRole(simulator, "textbox", "Recipients").fill("300");
  await byRole(simulator, "textbox", "Seed").fill("11");
  await byRole(simulator, "button", "Run to end").click();
  await eventually(() => simulator.getByRole("status").innerText(), /^Completed at /, { timeout: 20_000 });
  return { page, problems, simulator };
}

test("the copied scenario gives the same statistics in campaign-sim as in the page", async (t) => {
  const { page, problems, simulator } = await runToEnd(t);
  const shown = await statistics(simulator);
  await byRole(simulator, "button", "Copy scenario").click();
  await simulator.getByText("Scenario copied", { exact: true }).waitFor();
  const scenario = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(JSON.parse(scenario).generate.count, 300);

  const { stats } = JSON.parse(campaignSim(["--no-calls"], scenario));
  assert.ok(stats.reached > 0 && stats.failed > 0, JSON.stringify(stats));
  assert.deepEqual(
    { Reached: shown.Reached, Failed: shown.Failed, Cancelled: shown.Cancelled, Calls: shown.Calls },
    {
      Reached: stats.reached.toLocaleString("en-US"),
      Failed: stats.failed.toLocaleString("en-US"),
      Cancelled: stats.cancelled.toLocaleString("en-US"),
      Calls: stats.calls.toLocaleString("en-US"),
    },
  );

  const results = await download(page, simulator, "Download results");
  assert.equal(results.name, "lead-qualification-results.json");
  assert.deepEqual(JSON.parse(results.text), JSON.parse(campaignSim([], scenario)));
  assert.deepEqual(problems, []);
});

test("Download calls (CSV) gives the logged calls with local date-times, as campaign-sim --csv", async (t) => {
  const { page, problems, simulator } = await runToEnd(t);
  const csv = await download(page, simulator, "Download calls (CSV)");
  assert.equal(csv.name, "lead-qualification-calls.csv");
  const lines = csv.text.split("\n");
  assert.equal(lines[0], HEADER);
  assert.equal(lines.at(-1), "", "the file ends with a line break");
  const rows = lines.slice(1, -1).map((line) => line.split(","));
  const calls = Number((await statistics(simulator)).Calls.replaceAll(",", ""));
  assert.equal(rows.length, calls, "one row per call");
  assert.deepEqual(rows[0], ["0", "Recipient 1", "0", "2026-12-07 09:00:00", rows[0][4], rows[0][5]]);
  for (const [recipient, name, attempt, start, end, outcome] of rows) {
    assert.equal(name, `Recipient ${Number(recipient) + 1}`);
    assert.match(attempt, /^[0-2]$/);
    assert.match(start, /^2026-12-\d\d \d\d:\d\d:\d\d$/);
    assert.ok(end > start, `${start} → ${end}`);
    assert.match(outcome, /^(answered|busy|noAnswer|unreachable)$/);
  }

  await byRole(simulator, "button", "Copy scenario").click();
  await simulator.getByText("Scenario copied", { exact: true }).waitFor();
  const scenario = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(csv.text, campaignSim(["--csv"], scenario));
  assert.deepEqual(problems, []);
});

test("when the clipboard is refused, the scenario is shown to copy by hand", async (t) => {
  const refuse = () => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException("Refused", "NotAllowedError"));
  };
  const { problems, simulator } = await runToEnd(t, { init: refuse });
  await byRole(simulator, "button", "Copy scenario").click();
  await simulator
    .getByText("The browser did not allow copying. Select the scenario below and copy it yourself.", { exact: true })
    .waitFor();
  const scenario = JSON.parse(await byRole(simulator, "textbox", "Scenario JSON").inputValue());
  assert.equal(scenario.generate.count, 300);
  assert.equal(scenario.campaign.launchAt, "2026-12-07T09:00");
  assert.deepEqual(problems, []);
});
