// The standalone page (release build in dist/) used as a person would, by accessible names only:
// the help article's quick start, validation messages and the error summary, the retry timeline,
// starting and stopping, and a simulator run.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  attemptInput,
  byRole,
  descriptions,
  eventually,
  isFocused,
  openApp,
} from "./support.mjs";

/** The hint under a delay over the limit, on a campaign without a calling window (issue 17). */
const NEXT_DAY_HINT =
  "To call again the next day, use a calling window: a retry that falls outside it waits for its next opening. " +
  "With calling hours 09:00–18:00, a 3 h delay after a 17:00 call fires at 09:00 the next morning. " +
  "“Call again the next morning instead” sets this delay to 10,800 seconds (3 h) and turns on a calling window, 09:00–18:00 on weekdays.";

/** Opens the page and expands the Retry Strategy section, as the article's first step says. */
async function openRetryStrategy(t, options) {
  const opened = await openApp(t, options);
  const { page } = opened;
  const disclosure = byRole(page, "button", "Retry Strategy");
  assert.equal(await disclosure.getAttribute("aria-expanded"), "false", "collapsed at first");
  assert.equal(await attemptInput(page, 1).count(), 0, "rows hidden while collapsed");
  await disclosure.click();
  assert.equal(await disclosure.getAttribute("aria-expanded"), "true");
  await attemptInput(page, 1).waitFor();
  return opened;
}

/** The texts of the items of the list named `name`. */
const listItems = (page, name) => byRole(page, "list", name).getByRole("listitem").allInnerTexts();

/** The editor's status line (the simulator has its own). */
const editorStatus = (page) => page.locator(".ce-actions").getByRole("status");

test("the help article's quick start: expand, type delays, add an attempt, save as draft", async (t) => {
  const { page, problems } = await openRetryStrategy(t);

  // "In the first Attempt row, enter the seconds to wait before retrying (e.g. 300 for 5 minutes)"
  const first = attemptInput(page, 1);
  assert.equal(await first.getAttribute("inputmode"), "numeric");
  await first.fill("300");
  await eventually(() => first.locator("xpath=..").innerText(), /5 min/);

  // "Click + Add Attempt to add more retry attempts": the new row gets the focus.
  await attemptInput(page, 2).fill("3,600");
  await byRole(page, "button", "+ Add Attempt").click();
  const third = attemptInput(page, 3);
  await eventually(() => isFocused(third), true);
  assert.equal(await third.inputValue(), "");

  // The article's third delay, 86,400 s, is over the limit: the editor says so as it is typed.
  await third.fill("86,400");
  await byRole(page, "button", "Save as Draft").click();
  // Under its error, a hint says how to call again the next day instead (issue 17).
  await eventually(
    () => descriptions(third),
    ["Attempt 3 delay must be between 1 and 10,800 seconds (3 hours)", NEXT_DAY_HINT],
  );
  assert.equal(await editorStatus(page).innerText(), "", "nothing saved with an error");
  await third.fill("10,800");
  await eventually(() => third.getAttribute("aria-invalid"), null);

  // "Click Save as Draft"
  await byRole(page, "button", "Save as Draft").click();
  await eventually(() => editorStatus(page).innerText(), /^Draft saved at \w{3} \d{1,2} \w{3}, \d\d:\d\d(:\d\d)?$/);
  await attemptInput(page, 1).fill("301");
  await eventually(() => editorStatus(page).innerText(), /^Draft saved at .+\. You have unsaved changes\.$/);
  await attemptInput(page, 1).fill("300");
  await eventually(() => editorStatus(page).innerText(), /^Draft saved at [^.]+$/);

  // The draft is kept in this browser exactly as typed, with its save.
  await page.reload();
  await byRole(page, "button", "Retry Strategy").click();
  assert.equal(await attemptInput(page, 3).inputValue(), "10,800");
  assert.equal(await attemptInput(page, 2).inputValue(), "3,600");
  await eventually(() => editorStatus(page).innerText(), /^Draft saved at [^.]+$/);
  assert.deepEqual(problems, []);
});

test("validation messages show as the user types, and the error summary leads to each field", async (t) => {
  const { page, problems } = await openRetryStrategy(t);

  // A new row keeps its error until it is touched.
  await byRole(page, "button", "+ Add Attempt").click();
  const third = attemptInput(page, 3);
  await eventually(() => isFocused(third), true);
  assert.equal(await third.getAttribute("aria-invalid"), null, "a fresh row shows no error yet");
  await page.keyboard.press("Tab");
  await eventually(() => descriptions(third), ["Enter a delay for attempt 3, in seconds"]);
  assert.equal(await third.getAttribute("aria-invalid"), "true");

  const cases = [
    ["   ", "Enter a delay for attempt 3, in seconds"],
    ["abc", "Attempt 3 delay must be a whole number of seconds, like 300"],
    ["3 600", "Attempt 3 delay must be a whole number of seconds, like 300"],
    ["36,00", "Attempt 3 delay must be a whole number of seconds, like 300"],
    ["1.5", "Attempt 3 delay must be a whole number of seconds, like 300"],
    ["0", "Attempt 3 delay must be between 1 and 10,800 seconds (3 hours)"],
    ["-5", "Attempt 3 delay must be between 1 and 10,800 seconds (3 hours)"],
    ["10801", "Attempt 3 delay must be between 1 and 10,800 seconds (3 hours)", NEXT_DAY_HINT],
    ["99999999999999999999999", "Attempt 3 delay must be between 1 and 10,800 seconds (3 hours)", NEXT_DAY_HINT],
  ];
  for (const [typed, ...described] of cases) {
    await third.fill(typed);
    await eventually(() => descriptions(third), described);
  }
  for (const typed of ["0300", " 10,800 ", "1"]) {
    await third.fill(typed);
    await eventually(() => third.getAttribute("aria-invalid"), null);
    assert.deepEqual(await descriptions(third), []);
  }

  // Errors in several fields, then Save as Draft: the summary lists them and takes the focus.
  await third.fill("abc");
  const name = byRole(page, "textbox", "Campaign name");
  await name.fill("   ");
  await eventually(() => descriptions(name), ["Enter a campaign name"]);
  const launch = byRole(page, "textbox", "Launch date and time");
  await launch.fill("next monday");
  await eventually(
    () => descriptions(launch),
    ["Local time, like 2026-12-07T09:00", "Enter a launch date and time, like 2026-12-07T09:00"],
  );
  assert.equal(await page.getByRole("alert").count(), 0, "no summary before a save");

  await byRole(page, "button", "Save as Draft").click();
  const summary = page.getByRole("alert");
  await byRole(summary, "heading", "There is a problem").waitFor();
  await eventually(() => isFocused(summary), true);
  const links = [
    "Enter a campaign name",
    "Attempt 3 delay must be a whole number of seconds, like 300",
    "Enter a launch date and time, like 2026-12-07T09:00",
  ];
  assert.deepEqual(await summary.getByRole("link").allInnerTexts(), links);
  assert.equal(await editorStatus(page).innerText(), "", "nothing was saved");

  // Each link moves the focus to its field, opening Retry Strategy when it is closed.
  await byRole(page, "button", "Retry Strategy").click();
  await byRole(summary, "link", links[1]).click();
  await eventually(() => isFocused(third), true);
  await byRole(summary, "link", links[0]).click();
  await eventually(() => isFocused(name), true);
  await byRole(summary, "link", links[2]).click();
  await eventually(() => isFocused(launch), true);

  // Fixing a field takes it off the summary; fixing all of them takes the summary away.
  await name.fill("Renewals");
  await eventually(() => summary.getByRole("link").allInnerTexts(), links.slice(1));
  await third.fill("600");
  await launch.fill("2026-12-07T09:00");
  await eventually(() => page.getByRole("alert").count(), 0);
  await byRole(page, "button", "Save as Draft").click();
  await eventually(() => editorStatus(page).innerText(), /^Draft saved at /);
  assert.deepEqual(problems, []);
});

test("+ Add Attempt stops at 20 attempts and says why; removing a row renumbers the rest", async (t) => {
  const { page, problems } = await openRetryStrategy(t);
  const add = byRole(page, "button", "+ Add Attempt");
  for (let n = 3; n <= 20; n += 1) {
    await add.click();
    await attemptInput(page, n).fill(String(n * 60));
  }
  await eventually(() => add.isDisabled(), true);
  assert.deepEqual(await descriptions(add), ["You can add up to 20 attempts"]);
  assert.equal(await listItems(page, "Retry timeline").then((items) => items.length), 20);

  await byRole(page, "button", "Remove attempt 1").click();
  await eventually(() => add.isDisabled(), false);
  assert.equal(await attemptInput(page, 1).inputValue(), "3,600");
  // Attempt 20's "1200", left for Remove attempt 1, is written as seconds are shown.
  assert.equal(await attemptInput(page, 19).inputValue(), "1,200");
  assert.equal(await attemptInput(page, 20).count(), 0);
  await eventually(() => isFocused(attemptInput(page, 1)), true);

  // Zero rows is valid: no retries.
  for (let n = 19; n >= 1; n -= 1) await byRole(page, "button", `Remove attempt ${n}`).click();
  await page.getByText("No retries: a failed call is marked failed").first().waitFor();
  await eventually(() => isFocused(add), true);
  await byRole(page, "button", "Save as Draft").click();
  await eventually(() => editorStatus(page).innerText(), /^Draft saved at /);
  assert.deepEqual(problems, []);
});

test("the retry timeline follows what is typed, with clock times and calling-window deferrals", async (t) => {
  const { page, problems } = await openRetryStrategy(t);
  // When each retry fires: each item up to the reach figures that follow its time ("; +6.1 % …").
  const timeline = async () => (await listItems(page, "Retry timeline")).map((item) => item.split("; ")[0]);
  await byRole(page, "textbox", "Launch date and time").fill("2026-12-07T09:00");
  await eventually(timeline, [
    "Attempt 1 — 5 min after the first call, Mon 7 Dec, 09:05",
    "Attempt 2 — 1 h 5 min after the first call, Mon 7 Dec, 10:05",
  ]);
  const picture = byRole(page, "img", "When the first call and each retry fire, on a time axis");
  assert.equal(await picture.locator(".ce-timeline__marker").count(), 3, "the first call and two retries");

  // Every keystroke redraws it.
  const second = attemptInput(page, 2);
  await second.fill("");
  await eventually(timeline, [
    "Attempt 1 — 5 min after the first call, Mon 7 Dec, 09:05",
    "Attempt 2 — no time until its delay is valid",
  ]);
  await second.pressSequentially("72");
  await eventually(timeline, [
    "Attempt 1 — 5 min after the first call, Mon 7 Dec, 09:05",
    "Attempt 2 — 6 min 12 s after the first call, Mon 7 Dec, 09:06:12",
  ]);
  await second.pressSequentially("00");
  await eventually(timeline, [
    "Attempt 1 — 5 min after the first call, Mon 7 Dec, 09:05",
    "Attempt 2 — 2 h 5 min after the first call, Mon 7 Dec, 11:05",
  ]);

  // A calling window (09:00–18:00 on weekdays) moves a retry that would fire on Friday evening.
  await byRole(page, "textbox", "Launch date and time").fill("2026-12-11T17:00");
  await second.fill("3600");
  await byRole(page, "checkbox", "Calling window").check();
  await byRole(page, "textbox", "Window start").waitFor();
  assert.equal(await byRole(page, "textbox", "Window end").inputValue(), "18:00");
  await eventually(timeline, [
    "Attempt 1 — 5 min after the first call, Fri 11 Dec, 17:05",
    "Attempt 2 — 2 d 16 h after the first call, Mon 14 Dec, 09:00 (deferred 2 d 14 h 55 min by the calling window)",
  ]);
  await byRole(page, "checkbox", "Sat").check();
  await eventually(timeline, [
    "Attempt 1 — 5 min after the first call, Fri 11 Dec, 17:05",
    "Attempt 2 — 16 h after the first call, Sat 12 Dec, 09:00 (deferred 14 h 55 min by the calling window)",
  ]);
  assert.deepEqual(problems, []);
});

test("Start Now on a long-living campaign asks first; Stop campaign asks too; a stopped campaign can be saved or started again", async (t) => {
  const { page, problems } = await openApp(t);
  const editor = page.locator(".ce-editor");
  const longLiving = byRole(page, "switch", "Long-Living Campaign");
  await longLiving.check();
  await page.getByText("This campaign never ends on its own: you must stop it manually.", { exact: false }).waitFor();

  // Each answer leaves the focus on what stands where the pressed button was; Escape answers no.
  const startNow = byRole(page, "button", "Start Now");
  await startNow.click();
  const confirmStart = byRole(page, "button", "Start long-living campaign");
  await eventually(() => isFocused(confirmStart), true);
  await byRole(page, "button", "Cancel").click();
  assert.equal(await editorStatus(page).innerText(), "");
  await eventually(() => isFocused(startNow), true);
  await startNow.click();
  await eventually(() => isFocused(confirmStart), true);
  await page.keyboard.press("Escape");
  await eventually(() => confirmStart.count(), 0);
  await eventually(() => isFocused(startNow), true);
  await startNow.click();
  await confirmStart.click();
  await eventually(() => editorStatus(page).innerText(), /^Running since \w{3} \d{1,2} \w{3}, \d\d:\d\d(:\d\d)?$/);
  const stopCampaign = byRole(editor, "button", "Stop campaign");
  await eventually(() => isFocused(stopCampaign), true);
  // On the standalone page, Start Now runs the simulator.
  const simulator = byRole(page, "region", "Simulator");
  await eventually(() => simulator.getByRole("status").innerText(), /^Running/);

  await stopCampaign.click();
  const stopNow = byRole(page, "button", "Stop now");
  await eventually(() => isFocused(stopNow), true);
  await byRole(page, "button", "Keep running").click();
  await eventually(() => editorStatus(page).innerText(), /^Running since /);
  await eventually(() => isFocused(stopCampaign), true);
  await stopCampaign.click();
  await stopNow.click();
  await eventually(() => editorStatus(page).innerText(), /^Stopped at \w{3} \d{1,2} \w{3}, \d\d:\d\d(:\d\d)?$/);
  await eventually(() => isFocused(editorStatus(page)), true);
  // ... and Stop campaign stops that run.
  await eventually(() => simulator.getByRole("status").innerText(), /^Stopped at /, { timeout: 20_000 });
  // A stopped campaign is no dead end: it can be saved as a draft again, or started again.
  await byRole(editor, "button", "Save as Draft").click();
  await eventually(() => editorStatus(page).innerText(), /^Draft saved at /);
  await startNow.click();
  await confirmStart.click();
  await eventually(() => editorStatus(page).innerText(), /^Running since /);
  await eventually(() => simulator.getByRole("status").innerText(), /^Running/);
  assert.deepEqual(problems, []);
});

test("the simulator runs the edited campaign to completion and lists its failed calls", async (t) => {
  const { page, problems } = await openApp(t);
  const simulator = byRole(page, "region", "Simulator");
  await byRole(simulator, "textbox", "Recipients").fill("20");
  await byRole(simulator, "button", "Run to end").click();
  const status = simulator.getByRole("status");
  await eventually(() => status.innerText(), /^Completed at /, { timeout: 20_000 });

  const calls = byRole(simulator, "table", "Calls");
  const listed = async () => Number((await simulator.getByText(/ calls? listed$/).innerText()).split(" ")[0].replace(/,/g, ""));
  const all = await listed();
  assert.ok(all >= 20, `every recipient is called at least once (${all} calls)`);
  await byRole(simulator, "checkbox", "Failed calls only").check();
  await eventually(async () => (await listed()) < all, true);
  const outcomes = await calls.locator("tbody tr td:nth-child(2)").allInnerTexts();
  assert.ok(outcomes.length > 0 && outcomes.every((outcome) => !/answered/i.test(outcome)), outcomes.join(", "));

  // Figures of a campaign since changed say so, until Reset.
  const changed = simulator.getByText("The campaign or the settings have changed since this run started: Reset, then Run, to simulate them.", { exact: true });
  assert.equal(await changed.count(), 0, "the run is of the campaign as edited");
  await byRole(page, "button", "Retry Strategy").click();
  await attemptInput(page, 1).fill("600");
  await changed.waitFor();
  await attemptInput(page, 1).fill("300");
  await eventually(() => changed.count(), 0);
  await byRole(simulator, "textbox", "Seed").fill("7");
  await changed.waitFor();
  await byRole(simulator, "button", "Reset").click();
  await eventually(() => changed.count(), 0);
  assert.deepEqual(problems, []);
});

test("on the standalone page the editor follows the run Start Now began: completed by itself, or stopped in the simulator", async (t) => {
  const { page, problems } = await openApp(t);
  const editor = page.locator(".ce-editor");
  const simulator = byRole(page, "region", "Simulator");
  const status = simulator.getByRole("status");
  await simulator.getByLabel("Speed", { exact: true }).selectOption({ label: "1 day/s" });
  await byRole(page, "button", "Start Now").click();
  await eventually(() => status.innerText(), /^Completed at /, { timeout: 20_000 });
  await eventually(() => editorStatus(page).innerText(), /^Completed at \w{3} \d{1,2} \w{3}, \d\d:\d\d(:\d\d)?$/);
  assert.equal(await byRole(editor, "button", "Stop campaign").count(), 0, "nothing left to stop");

  // A long-living campaign stopped with the simulator's own Stop campaign is stopped in the editor too.
  await page.reload();
  await byRole(page, "switch", "Long-Living Campaign").check();
  await byRole(page, "button", "Start Now").click();
  await byRole(page, "button", "Start long-living campaign").click();
  await eventually(() => status.innerText(), /^Running/);
  await byRole(simulator, "button", "Stop campaign").click();
  await eventually(() => editorStatus(page).innerText(), /^Stopped at /);
  assert.equal(await byRole(editor, "button", "Stop campaign").count(), 0);

  // The editor's Stop once the run reached its horizon: the run shown cannot take it, and says so.
  await page.reload();
  await byRole(page, "switch", "Long-Living Campaign").check();
  await byRole(simulator, "textbox", "Horizon").fill("1");
  await simulator.getByLabel("Speed", { exact: true }).selectOption({ label: "1 day/s" });
  await byRole(page, "button", "Start Now").click();
  await byRole(page, "button", "Start long-living campaign").click();
  await eventually(() => status.innerText(), /^Running — horizon reached: /, { timeout: 20_000 });
  const afterHorizon = simulator.getByText("The campaign was stopped after this run reached its horizon: the run shown ends there. To see the stop, run again with a later Horizon and stop before it.", { exact: true });
  assert.equal(await afterHorizon.count(), 0);
  await byRole(editor, "button", "Stop campaign").click();
  await byRole(page, "button", "Stop now").click();
  await eventually(() => editorStatus(page).innerText(), /^Stopped at /);
  await afterHorizon.waitFor();
  assert.match(await status.innerText(), /^Running — horizon reached: /);

  // Settings the simulator cannot run: it says so, and follows the run the user then starts.
  await page.reload();
  await byRole(page, "switch", "Long-Living Campaign").uncheck();
  await simulator.getByLabel("Speed", { exact: true }).selectOption({ label: "1 day/s" });
  await byRole(simulator, "textbox", "Recipients").fill("abc");
  await byRole(page, "button", "Start Now").click();
  await simulator.getByText("The campaign started, but the simulator cannot run it yet: fix the settings marked here, then press Run.", { exact: true }).waitFor();
  await eventually(() => editorStatus(page).innerText(), /^Running since /);
  await byRole(simulator, "textbox", "Recipients").fill("20");
  await byRole(simulator, "button", "Run").click();
  await eventually(() => editorStatus(page).innerText(), /^Completed at /, { timeout: 20_000 });
  assert.deepEqual(problems, []);
});

test("on the standalone page the editor's question about stopping goes when the run it asks about ends", async (t) => {
  const { page, problems } = await openApp(t);
  const editor = page.locator(".ce-editor");
  const simulator = byRole(page, "region", "Simulator");
  const stopNow = byRole(page, "button", "Stop now");
  const ask = async () => {
    await byRole(simulator, "textbox", "Recipients").fill("1000");
    await simulator.getByLabel("Speed", { exact: true }).selectOption({ label: "1 min/s" });
    await byRole(page, "button", "Start Now").click();
    await byRole(editor, "button", "Stop campaign").click();
    await eventually(() => isFocused(stopNow), true);
  };
  // Reset in the simulator ends the run: the question goes, and "Stop now" cannot stop a later run.
  await ask();
  await byRole(simulator, "button", "Reset").click();
  await eventually(() => editorStatus(page).innerText(), /^Stopped at /);
  assert.equal(await stopNow.count(), 0);

  // The run completes while the focus is on "Stop now": the focus goes to the status line.
  await page.reload();
  await ask();
  await simulator.getByLabel("Speed", { exact: true }).evaluate((select) => {
    select.value = "86400";
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
  await eventually(() => editorStatus(page).innerText(), /^Completed at /, { timeout: 20_000 });
  assert.equal(await stopNow.count(), 0);
  await eventually(() => isFocused(editorStatus(page)), true);
  assert.deepEqual(problems, []);
});

test("on the standalone page, Stop campaign's focus goes to the status line when the run it stands for completes", async (t) => {
  const { page, problems } = await openApp(t);
  const editor = page.locator(".ce-editor");
  // The sample campaign's run at the simulator's own speed: about 2 s.
  await byRole(page, "button", "Start Now").focus();
  await page.keyboard.press("Enter");
  await eventually(() => isFocused(byRole(editor, "button", "Stop campaign")), true);
  await eventually(() => editorStatus(page).innerText(), /^Completed at /, { timeout: 20_000 });
  assert.equal(await byRole(editor, "button", "Stop campaign").count(), 0);
  await eventually(() => isFocused(editorStatus(page)), true);
  assert.deepEqual(problems, []);
});

test("the simulator's buttons keep the keyboard focus as they are disabled: Run and Pause take turns, Stop leads to the status", async (t) => {
  const { page, problems } = await openApp(t);
  const simulator = byRole(page, "region", "Simulator");
  const [run, pause, toEnd] = ["Run", "Pause", "Run to end"].map((name) => byRole(simulator, "button", name));
  const status = simulator.getByRole("status");
  await simulator.getByLabel("Speed", { exact: true }).selectOption({ label: "Real time" });
  await run.focus();
  await page.keyboard.press("Enter");
  await eventually(() => isFocused(pause), true);
  await page.keyboard.press("Enter");
  await eventually(() => isFocused(run), true);
  // Run to end gives the focus to Pause, and Pause, when the run ends, to Run.
  await toEnd.focus();
  await page.keyboard.press("Enter");
  await eventually(() => status.innerText(), /^Completed at /, { timeout: 20_000 });
  await eventually(() => isFocused(run), true);

  // A long-living run: Stop campaign, then nothing of its group is left to press.
  await byRole(page, "switch", "Long-Living Campaign").check();
  await run.focus();
  await page.keyboard.press("Enter");
  await eventually(() => isFocused(pause), true);
  await byRole(simulator, "button", "Stop campaign").focus();
  await page.keyboard.press("Enter");
  await eventually(() => status.innerText(), /^Stopped at /);
  await eventually(() => isFocused(status), true);
  assert.deepEqual(problems, []);
});

// On a desktop and on a phone, where a row's message takes two lines.
for (const viewport of [undefined, { width: 360, height: 740 }]) {
  const where = viewport ? ` on a ${viewport.width} px screen` : "";
  test(`+ Add Attempt takes every real mouse click${where}: a new row's message never moves the button`, async (t) => {
    const { page, problems } = await openRetryStrategy(t, { viewport });
    const add = byRole(page, "button", "+ Add Attempt");
    const rows = () => page.getByRole("textbox", { name: /^Attempt \d+ delay, in seconds$/ }).count();
    assert.equal(await rows(), 2);
    // As a person clicks: press and release where the button is, then look; the press takes focus
    // from the row added last, which shows its message once left.
    for (let click = 0; click < 22; click += 1) {
      await add.scrollIntoViewIfNeeded();
      const box = await add.boundingBox();
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.evaluate(() => new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame))));
    }
    assert.equal(await rows(), 20);
    assert.equal(await add.isDisabled(), true);
    assert.deepEqual(await descriptions(attemptInput(page, 19)), ["Enter a delay for attempt 19, in seconds"], "the rows left show their message");
    assert.deepEqual(problems, []);
  });
}

/** Clicks `locator` as a person does: press and release where it is, then waits two frames. */
async function mouseClick(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate(() => new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame))));
}

// On a desktop and on a phone, where each label sits beside its input and a message wraps.
for (const viewport of [undefined, { width: 360, height: 740 }]) {
  const where = viewport ? ` on a ${viewport.width} px screen` : "";
  test(`+ Add cap takes every real mouse click${where}, even as either message of the row left appears`, async (t) => {
    const { page, problems } = await openApp(t, { viewport });
    const caps = byRole(page, "group", "Call caps");
    const add = byRole(caps, "button", "+ Add cap");
    const rows = () => caps.getByRole("textbox", { name: /^Cap \d+ calls$/ }).count();
    for (let n = 1; n <= 3; n += 1) {
      await mouseClick(page, add);
      assert.equal(await rows(), n, `click ${n} added a row`);
      await eventually(() => isFocused(byRole(caps, "textbox", `Cap ${n} calls`)), true);
      // The next click leaves cap 1's calls, which then show their message; a press leaves cap
      // 2's calls (their message shows), and the next click leaves its period, which shows its own.
      if (n === 2) {
        await page.keyboard.press("Tab");
        await eventually(() => descriptions(byRole(caps, "textbox", "Cap 2 calls")), ["Enter a number of calls for cap 2"]);
      }
    }
    await eventually(() => add.isDisabled(), true);
    assert.deepEqual(await descriptions(byRole(caps, "textbox", "Cap 1 calls")), ["Enter a number of calls for cap 1"]);
    assert.deepEqual(
      await descriptions(byRole(caps, "textbox", "Cap 2 period, in hours")),
      ["Cap 2 period must be a whole number of hours between 1 and 8,760"],
    );
    assert.deepEqual(problems, []);
  });
}

test("a call cap added by mouse defers a retry on the timeline, which says so", async (t) => {
  const { page, problems } = await openRetryStrategy(t);
  const timeline = async () => (await listItems(page, "Retry timeline")).map((item) => item.split("; ")[0]);
  await byRole(page, "textbox", "Launch date and time").fill("2026-12-07T09:00");
  await attemptInput(page, 2).fill("300");
  for (const n of [3, 4]) {
    await mouseClick(page, byRole(page, "button", "+ Add Attempt"));
    await attemptInput(page, n).fill("300");
  }
  const uncapped = [
    "Attempt 1 — 5 min after the first call, Mon 7 Dec, 09:05",
    "Attempt 2 — 10 min after the first call, Mon 7 Dec, 09:10",
    "Attempt 3 — 15 min after the first call, Mon 7 Dec, 09:15",
    "Attempt 4 — 20 min after the first call, Mon 7 Dec, 09:20",
  ];
  await eventually(timeline, uncapped);

  // 3 calls in 24 h: the first call and attempts 1 and 2 use them up; attempt 3, the 4th call,
  // waits until the first call is a day old.
  const caps = byRole(page, "group", "Call caps");
  await caps.getByText("Examples (not legal advice):").waitFor();
  await mouseClick(page, byRole(caps, "button", "Add example: 3 calls in 24 h"));
  await eventually(timeline, [
    ...uncapped.slice(0, 2),
    "Attempt 3 — 1 d after the first call, Tue 8 Dec, 09:00 (deferred 23 h 45 min by the cap of 3 calls in 24 h)",
    "Attempt 4 — 1 d 5 min after the first call, Tue 8 Dec, 09:05",
  ]);
  await page.getByText("The call caps defer attempt 3", { exact: true }).waitFor();

  await mouseClick(page, byRole(caps, "button", "Remove cap 1"));
  await eventually(timeline, uncapped);
  assert.equal(await page.getByText("The call caps defer attempt 3").count(), 0);
  assert.deepEqual(problems, []);
});
