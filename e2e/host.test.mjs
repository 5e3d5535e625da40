// The package from the outside (SPEC section 6): examples/host.html over pkg/ (`make package`) in
// headless Chromium, with the API called as a host page calls it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import {
  attemptInput,
  byRole,
  descriptions,
  eventually,
  isFocused,
  openHost,
  REPO,
} from "./support.mjs";

const MODULE = "/pkg/campaign_editor.js";
const PERSIST_KEY = "campaign-editor-example:b";

/** The two editors of the host page, by the regions around them. */
const editorA = (page) => byRole(page, "region", "Editor A: starts from a config");
const editorB = (page) => byRole(page, "region", "Editor B: kept under persistKey, themed");
const logLines = (page) => byRole(page, "log", "Callback and API log").getByRole("listitem").allInnerTexts();

/**
 * Mounts an editor into a new `<div id=…>` at the end of the page; its callbacks are recorded in
 * `window.calls[id]` as [name, ...arguments]. The handle is `window.handles[id]`.
 */
async function mountRecorded(page, id, options = {}) {
  await page.evaluate(
    async ({ module, id, options }) => {
      const { mountCampaignEditor } = await import(module);
      const element = Object.assign(document.createElement("div"), { id });
      document.body.append(element);
      window.calls ??= {};
      window.handles ??= {};
      const calls = (window.calls[id] = []);
      const record = (name) => (...args) => calls.push([name, ...args]);
      window.handles[id] = mountCampaignEditor(element, {
        ...options,
        onChange: record("onChange"),
        onSaveDraft: record("onSaveDraft"),
        onStart: record("onStart"),
        onStop: record("onStop"),
      });
    },
    { module: MODULE, id, options },
  );
  return page.locator(`#${id}`);
}

const recorded = (page, id) => page.evaluate((id) => window.calls[id], id);

/** Calls `method` of the handle of editor `id` with `args`; resolves to { value } or { error }. */
const callHandle = (page, id, method, ...args) =>
  page.evaluate(
    ({ id, method, args }) => {
      try {
        return { value: window.handles[id][method](...args) ?? null };
      } catch (error) {
        return { error: { name: error.name, type: error.constructor.name, message: error.message } };
      }
    },
    { id, method, args },
  );

test("the host page mounts two editors and logs their callbacks", async (t) => {
  const { page, problems } = await openHost(t);
  assert.deepEqual(await logLines(page), ["A mounted", `B mounted with persistKey "${PERSIST_KEY}"`]);
  const a = editorA(page);
  const b = editorB(page);
  assert.equal(await byRole(a, "textbox", "Campaign name").inputValue(), "Lead qualification");
  assert.equal(await byRole(b, "textbox", "Campaign name").inputValue(), "Untitled campaign");

  await byRole(a, "textbox", "Campaign name").fill("");
  await eventually(async () => (await logLines(page)).at(-1), "A onChange: invalid, 1 problem(s)\n    name: Enter a campaign name");
  await byRole(a, "textbox", "Campaign name").fill("Renewals");
  await eventually(async () => (await logLines(page)).at(-1), 'A onChange: "Renewals", delays [300, 3600] s');
  await byRole(a, "button", "Save as Draft").click();
  await eventually(async () => (await logLines(page)).at(-1), 'A onSaveDraft: "Renewals", delays [300, 3600] s');

  await byRole(b, "switch", "Long-Living Campaign").check();
  await byRole(b, "button", "Start Now").click();
  await byRole(b, "button", "Start long-living campaign").click();
  await eventually(async () => (await logLines(page)).at(-1), 'B onStart: "Untitled campaign", delays [] s, long-living');
  await byRole(b, "button", "Stop campaign").click();
  await byRole(b, "button", "Stop now").click();
  await eventually(async () => (await logLines(page)).at(-1), "B onStop");

  // The API buttons.
  const api = byRole(page, "group", "Editor A API");
  await byRole(api, "button", "getConfig()").click();
  assert.match((await logLines(page)).at(-1), /^A getConfig\(\) → \{"name":"Renewals","attempts":\[\{"delaySeconds":300\}/);
  await byRole(api, "button", "setConfig(invalid)").click();
  assert.match((await logLines(page)).at(-1), /^A setConfig\(invalid\) threw Error: Invalid campaign:\n- name: Enter a campaign name\n/);
  await byRole(api, "button", "setConfig(valid)").click();
  await eventually(async () => (await logLines(page)).slice(-2), [
    'A setConfig("Follow-up", delays [600, 1800, 7200] s) → done',
    'A onChange: "Follow-up", delays [600, 1800, 7200] s',
  ]);
  await byRole(api, "button", "validate()").click();
  assert.equal((await logLines(page)).at(-1), "A validate() → valid: true");
  await byRole(api, "button", "destroy()").click();
  assert.equal(await page.locator("#editor-a").innerHTML(), "");
  await byRole(api, "button", "mount again").click();
  assert.equal(await byRole(a, "textbox", "Campaign name").inputValue(), "Lead qualification");
  assert.deepEqual(problems, []);
});

test("getConfig() is null while the campaign is invalid; validate() gives every problem", async (t) => {
  const { page, problems } = await openHost(t);
  const editor = await mountRecorded(page, "probe", { config: { name: "Probe", attempts: [{ delaySeconds: 300 }] } });
  assert.deepEqual((await callHandle(page, "probe", "getConfig")).value, {
    name: "Probe",
    attempts: [{ delaySeconds: 300 }],
    retryOn: ["busy", "noAnswer", "unreachable"],
    longLiving: false,
    launchAt: null,
    callingWindow: null,
    callCaps: [],
  });
  assert.deepEqual((await callHandle(page, "probe", "validate")).value, { valid: true, errors: [] });

  await byRole(editor, "button", "Retry Strategy").click();
  await attemptInput(editor, 1).fill("3 600");
  await byRole(editor, "textbox", "Campaign name").fill("");
  await byRole(editor, "checkbox", "Calling window").check();
  await byRole(editor, "textbox", "Window end").fill("08:00");
  await eventually(() => callHandle(page, "probe", "getConfig"), { value: null });
  assert.deepEqual((await callHandle(page, "probe", "validate")).value, {
    valid: false,
    errors: [
      { path: "name", message: "Enter a campaign name" },
      { path: "attempts[0].delaySeconds", message: "Attempt 1 delay must be a whole number of seconds, like 300" },
      // The host gave no launch time, and none is proposed: a calling window needs one.
      { path: "launchAt", message: "Enter a launch date and time, like 2026-12-07T09:00" },
      { path: "callingWindow.end", message: "Calling window must start before it ends" },
    ],
  });
  assert.deepEqual(problems, []);
});

test("bad input throws an Error listing every problem and leaves the editor as it was", async (t) => {
  const { page, problems } = await openHost(t);
  const editor = await mountRecorded(page, "strict", { config: { name: "Strict", attempts: [{ delaySeconds: 300 }] } });
  await byRole(editor, "button", "Retry Strategy").click();
  await attemptInput(editor, 1).fill("30 0");
  const before = {
    validation: (await callHandle(page, "strict", "validate")).value,
    html: await editor.innerHTML(),
  };

  const bad = [
    [null, ["Must be an object"]],
    [42, ["Must be an object"]],
    [[{ delaySeconds: 300 }], ["Must be an object"]],
    [
      {
        name: " ",
        attempts: [{ delaySeconds: 86400 }, { delaySeconds: "300" }, 300, { delaySeconds: 0, note: "x" }],
        retryOn: ["answered"],
        longLiving: "yes",
        callingWindow: { start: "9", end: "08:00", days: ["monday"] },
        colour: "blue",
      },
      [
        "name: Enter a campaign name",
        "attempts[0].delaySeconds: Attempt 1 delay must be between 1 and 10,800 seconds (3 hours)",
        "attempts[1].delaySeconds: Attempt 2 delay must be a whole number of seconds, like 300",
        "attempts[2]: Must be an object",
        "attempts[3].delaySeconds: Attempt 4 delay must be between 1 and 10,800 seconds (3 hours)",
        "attempts[3].note: Unknown field",
        "retryOn[0]: Must be busy, noAnswer or unreachable",
        "longLiving:",
        "callingWindow.start: Enter a time like 09:00",
        "callingWindow.days[0]: Must be mon, tue, wed, thu, fri, sat or sun",
        "launchAt: Enter a launch date and time, like 2026-12-07T09:00",
        "colour: Unknown field",
      ],
    ],
    [{ attempts: Array.from({ length: 21 }, () => ({ delaySeconds: 60 })) }, ["attempts: You can add up to 20 attempts"]],
  ];
  for (const [config, lines] of bad) {
    const { error } = await callHandle(page, "strict", "setConfig", config);
    assert.ok(error, `setConfig(${JSON.stringify(config)}) threw`);
    assert.equal(error.type, "Error");
    assert.match(error.message, /^Invalid campaign:\n- /);
    for (const line of lines) assert.ok(error.message.includes(line), `${JSON.stringify(error.message)} has ${line}`);
    assert.equal(error.message.split("\n").length - 1, lines.length, error.message);
  }
  // Values JSON cannot carry.
  const unserializable = await page.evaluate(() => {
    const cyclic = {};
    cyclic.self = cyclic;
    return [undefined, cyclic, { attempts: [{ delaySeconds: 10n }] }, () => {}].map((config) => {
      try {
        window.handles.strict.setConfig(config);
        return "accepted";
      } catch (error) {
        return `${error.constructor.name}: ${error.message}`;
      }
    });
  });
  assert.deepEqual(unserializable, [
    "Error: Invalid campaign:\n- Must be a JSON object",
    "Error: Invalid campaign:\n- self: Must be a JSON value",
    "Error: Invalid campaign:\n- attempts[0].delaySeconds: Must be a JSON value",
    "Error: Invalid campaign:\n- Must be a JSON object",
  ]);

  assert.deepEqual(
    { validation: (await callHandle(page, "strict", "validate")).value, html: await editor.innerHTML() },
    before,
    "the editor is as it was",
  );
  assert.equal(await attemptInput(editor, 1).inputValue(), "30 0");
  assert.deepEqual(await recorded(page, "strict").then((calls) => calls.slice(1)), [], "no onChange for a refused config");

  // mountCampaignEditor: every problem with its arguments at once, and nothing mounted.
  const mounted = await page.evaluate(async (module) => {
    const { mountCampaignEditor } = await import(module);
    const element = Object.assign(document.createElement("div"), { id: "refused" });
    document.body.append(element);
    const attempt = (...args) => {
      try {
        mountCampaignEditor(...args);
        return "mounted";
      } catch (error) {
        return `${error.constructor.name}: ${error.message}`;
      }
    };
    return {
      results: [
        attempt(null),
        attempt("#refused", {}),
        attempt(element, "options"),
        attempt(element, { onChange: "log", persistKey: 42, config: { attempts: 4 }, persistkey: "x" }),
        attempt(element, { persistKey: "" }),
      ],
      children: element.childNodes.length,
    };
  }, MODULE);
  assert.deepEqual(mounted, {
    results: [
      "Error: Invalid arguments:\n- element: Must be an HTML element",
      "Error: Invalid arguments:\n- element: Must be an HTML element",
      "Error: Invalid arguments:\n- Must be an object",
      "Error: Invalid arguments:\n- persistkey: Unknown field\n- onChange: Must be a function\n- persistKey: Must be text\n- config.attempts: Must be a list",
      // An unset setting of the host's, most likely: no draft kept under "" and ".unreadable".
      "Error: Invalid arguments:\n- persistKey: Must not be empty: give a key, or leave persistKey out to keep no draft",
    ],
    children: 0,
  });
  assert.deepEqual(problems, []);
});

test("a host page's handler that throws takes the press back, and the status says so", async (t) => {
  const { page, problems } = await openHost(t);
  await page.evaluate(async (module) => {
    const { mountCampaignEditor } = await import(module);
    const element = Object.assign(document.createElement("div"), { id: "failing" });
    document.body.append(element);
    window.failing = true;
    window.handled = [];
    const handler = (name) => () => {
      if (window.failing) throw new Error(`the host's ${name} failed`);
      window.handled.push(name);
    };
    mountCampaignEditor(element, { onSaveDraft: handler("save"), onStart: handler("start"), onStop: handler("stop") });
  }, MODULE);
  const editor = page.locator("#failing");
  const status = editor.locator(".ce-actions__status");
  const failing = (on) => page.evaluate((on) => (window.failing = on), on);

  await byRole(editor, "button", "Save as Draft").click();
  await eventually(() => status.innerText(), "Draft not saved: this page could not save it. Your answers stay here; try Save as Draft again.");
  await failing(false);
  await byRole(editor, "button", "Save as Draft").click();
  await eventually(() => status.innerText(), /^Draft saved at /);

  await failing(true);
  await byRole(editor, "button", "Start Now").click();
  await eventually(() => status.innerText(), "Campaign not started: this page could not start it. Try Start Now again.");
  assert.equal(await byRole(editor, "button", "Stop campaign").count(), 0);
  await eventually(() => isFocused(byRole(editor, "button", "Start Now")), true);
  await failing(false);
  await byRole(editor, "button", "Start Now").click();
  await eventually(() => status.innerText(), /^Running since /);

  await failing(true);
  await byRole(editor, "button", "Stop campaign").click();
  await byRole(editor, "button", "Stop now").click();
  await eventually(() => status.innerText(), "Campaign not stopped: this page could not stop it, so it may still be running. Try Stop campaign again.");
  await failing(false);
  await byRole(editor, "button", "Stop campaign").click();
  await byRole(editor, "button", "Stop now").click();
  await eventually(() => status.innerText(), /^Stopped at /);

  assert.deepEqual(await page.evaluate(() => window.handled), ["save", "start", "stop"]);

  // A handler that destroys its editor and then throws: nothing is left to take back.
  await page.evaluate(async (module) => {
    const { mountCampaignEditor } = await import(module);
    const element = Object.assign(document.createElement("div"), { id: "leaving" });
    document.body.append(element);
    const handle = mountCampaignEditor(element, {
      onStart() {
        handle.destroy();
        throw new Error("the host left");
      },
    });
  }, MODULE);
  await byRole(page.locator("#leaving"), "button", "Start Now").click();
  await eventually(() => page.locator("#leaving").innerHTML(), "");
  await page.waitForTimeout(100);

  // Each throw is on the console for the host's developers, and nothing else went wrong.
  assert.equal(problems.length, 4, problems.join("\n"));
  assert.ok(problems.every((problem) => problem.startsWith("console error: campaign-editor: a callback threw")), problems.join("\n"));
  problems.length = 0;
});

test("onChange, onSaveDraft, onStart and onStop fire as a host expects", async (t) => {
  const { page, problems } = await openHost(t);
  const editor = await mountRecorded(page, "events", { config: { name: "Events", attempts: [{ delaySeconds: 300 }] } });
  const calls = () => recorded(page, "events");
  await page.waitForTimeout(100);
  assert.deepEqual(await calls(), [], "nothing at mount: the host reads the start with getConfig()");

  await byRole(editor, "button", "Retry Strategy").click();
  const first = attemptInput(editor, 1);
  await first.fill("abc");
  await eventually(calls, [
    ["onChange", null, [{ path: "attempts[0].delaySeconds", message: "Attempt 1 delay must be a whole number of seconds, like 300" }]],
  ]);
  await first.fill("600");
  await eventually(async () => (await calls()).length, 2);
  const [, config, errors] = (await calls())[1];
  assert.deepEqual([config.name, config.attempts, errors], ["Events", [{ delaySeconds: 600 }], []]);

  // Changes the host cannot see (leaving a field, expanding a section) call nothing.
  await page.keyboard.press("Tab");
  await byRole(editor, "button", "Retry Strategy").click();
  await page.waitForTimeout(100);
  assert.equal((await calls()).length, 2);

  await byRole(editor, "button", "Save as Draft").click();
  await eventually(async () => (await calls()).slice(2), [["onSaveDraft", config]]);

  // With an error, Save as Draft and Start Now call nothing.
  await byRole(editor, "textbox", "Campaign name").fill("");
  await eventually(async () => (await calls()).length, 4);
  await byRole(editor, "button", "Save as Draft").click();
  await byRole(editor, "button", "Start Now").click();
  await page.getByRole("alert").waitFor();
  await page.waitForTimeout(100);
  assert.deepEqual((await calls()).slice(4), []);
  await byRole(editor, "textbox", "Campaign name").fill("Events");
  await eventually(async () => (await calls()).length, 5);

  await byRole(editor, "button", "Start Now").click();
  await eventually(async () => (await calls()).slice(5), [["onStart", config]]);
  await byRole(editor, "button", "Stop campaign").click();
  await byRole(editor, "button", "Keep running").click();
  await byRole(editor, "button", "Stop campaign").click();
  await byRole(editor, "button", "Stop now").click();
  await eventually(async () => (await calls()).slice(6), [["onStop"]]);

  // setConfig is a change like typing; the same campaign again is not.
  await callHandle(page, "events", "setConfig", { name: "Replaced" });
  await eventually(async () => (await calls()).slice(7).map(([name, campaign]) => [name, campaign.name]), [["onChange", "Replaced"]]);
  await callHandle(page, "events", "setConfig", { name: "Replaced" });
  await page.waitForTimeout(100);
  assert.equal((await calls()).length, 8);
  assert.equal(await byRole(editor, "textbox", "Campaign name").inputValue(), "Replaced");
  assert.deepEqual(problems, []);
});

test("persistKey keeps exactly what was typed; a corrupted or foreign draft is ignored with a notice", async (t) => {
  const { page, problems } = await openHost(t);
  const b = editorB(page);
  await byRole(b, "textbox", "Campaign name").fill("  Renewals ");
  await byRole(b, "button", "Retry Strategy").click();
  await byRole(b, "button", "+ Add Attempt").click();
  await attemptInput(b, 1).fill("3 600");
  await byRole(b, "button", "+ Add Attempt").click();
  await attemptInput(b, 2).fill("10,800");
  await byRole(b, "checkbox", "Calling window").check();
  await byRole(b, "textbox", "Window start").fill("9am");

  const readStored = async () => JSON.parse(await page.evaluate((key) => localStorage.getItem(key), PERSIST_KEY));
  await eventually(async () => (await readStored()).draft.window.start, "9am");
  const stored = await readStored();
  assert.equal(stored.version, 1);
  assert.deepEqual(
    [stored.draft.name, stored.draft.attempts, stored.draft.window.enabled, stored.draft.window.start],
    ["  Renewals ", ["3 600", "10,800"], true, "9am"],
  );

  await page.reload();
  await page.waitForFunction(() => window.hostExample !== undefined);
  assert.equal(await byRole(b, "textbox", "Campaign name").inputValue(), "  Renewals ");
  await byRole(b, "button", "Retry Strategy").click();
  assert.equal(await attemptInput(b, 1).inputValue(), "3 600");
  assert.equal(await attemptInput(b, 2).inputValue(), "10,800");
  assert.equal(await byRole(b, "textbox", "Window start").inputValue(), "9am");
  assert.deepEqual(await descriptions(attemptInput(b, 1)), ["Attempt 1 delay must be a whole number of seconds, like 300"]);
  assert.equal(await page.evaluate(() => window.hostExample.editors.b.getConfig()), null);
  // Editor A has no persistKey: it starts from its config again.
  assert.equal(await byRole(editorA(page), "textbox", "Campaign name").inputValue(), "Lead qualification");

  const notice = `A saved draft could not be read. It is kept aside, under “${PERSIST_KEY}.unreadable”, until you discard it.`;
  for (const value of ["{not json", JSON.stringify({ version: 99, draft: stored.draft }), JSON.stringify({ name: "someone else's" })]) {
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [PERSIST_KEY, value]);
    await page.reload();
    await page.waitForFunction(() => window.hostExample !== undefined);
    await b.getByText(notice, { exact: true }).waitFor();
    assert.equal(await byRole(b, "textbox", "Campaign name").inputValue(), "Untitled campaign", value);
    assert.equal(await editorA(page).getByText(notice).count(), 0);
    assert.equal(await page.evaluate((key) => localStorage.getItem(`${key}.unreadable`), PERSIST_KEY), value, "kept aside");
  }
  assert.deepEqual(problems, []);
});

test("two editors on one page are independent: ids, state, focus and theme", async (t) => {
  const { page, problems } = await openHost(t);
  const [a, b] = [editorA(page), editorB(page)];
  await byRole(a, "button", "Retry Strategy").click();
  await byRole(b, "button", "Retry Strategy").click();

  const references = await page.evaluate(() => {
    const ids = [...document.querySelectorAll("[id]")].map((element) => element.id);
    const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
    // Every reference from inside an editor lands inside the same editor.
    const crossing = [];
    for (const root of document.querySelectorAll(".ce-root")) {
      for (const element of root.querySelectorAll("[for], [aria-describedby], [aria-labelledby], [aria-controls], a[href^='#']")) {
        const targets = [
          element.getAttribute("for"),
          ...["aria-describedby", "aria-labelledby", "aria-controls"].flatMap((name) => (element.getAttribute(name) ?? "").split(/\s+/)),
          element.getAttribute("href")?.slice(1),
        ].filter(Boolean);
        for (const id of targets) {
          if (!root.contains(document.getElementById(id))) crossing.push(`${element.outerHTML.slice(0, 80)} → #${id}`);
        }
      }
    }
    return { duplicates, crossing, roots: document.querySelectorAll(".ce-root").length };
  });
  assert.deepEqual(references, { duplicates: [], crossing: [], roots: 2 });

  // Typing, errors and the summary stay in their editor.
  await byRole(a, "textbox", "Campaign name").fill("Only in A");
  await attemptInput(a, 1).fill("0");
  await byRole(a, "button", "Save as Draft").click();
  await a.getByRole("alert").waitFor();
  await eventually(() => isFocused(a.getByRole("alert")), true);
  assert.equal(await byRole(b, "textbox", "Campaign name").inputValue(), "Untitled campaign");
  assert.equal(await b.getByRole("heading", { level: 2, name: "Untitled campaign" }).count(), 1);
  assert.equal(await b.getByRole("alert").count(), 0);
  assert.equal(await b.locator("[aria-invalid=true]").count(), 0);
  await byRole(b, "button", "+ Add Attempt").click();
  await eventually(() => isFocused(attemptInput(b, 1)), true);
  assert.equal(await attemptInput(a, 1).inputValue(), "0");
  await byRole(b, "button", "Retry Strategy").click();
  assert.equal(await byRole(a, "button", "Retry Strategy").getAttribute("aria-expanded"), "true");

  // The host themes B through the custom properties; A keeps the default accent.
  const accent = (scope) => byRole(scope, "button", "Start Now").evaluate((element) => getComputedStyle(element).backgroundColor);
  assert.equal(await accent(a), "rgb(47, 111, 219)");
  assert.equal(await accent(b), "rgb(107, 47, 143)");
  assert.deepEqual(problems, []);
});

test("the stylesheet styles only ce- classes and themes through --ce- custom properties", async () => {
  const css = (await readFile(new URL("pkg/campaign-editor.css", `file://${REPO}`), "utf8")).replace(/\/\*[\s\S]*?\*\//g, "");
  const rules = css.match(/[^{}]+(?=\{)/g) ?? [];
  // Split on the commas outside parentheses.
  const selectors = rules
    .flatMap((rule) => rule.split(/,(?![^(]*\))/))
    .map((selector) => selector.trim())
    .filter(Boolean);
  assert.ok(selectors.length > 50, `${selectors.length} selectors`);
  // Scoped: starts with a ce- class, or with :is()/:where() of ce- classes only.
  const scoped = /^(\.ce-[\w-]+|:(is|where)\(\s*\.ce-[\w-]+(\s*,\s*\.ce-[\w-]+)*\s*\))/;
  const unscoped = selectors.filter(
    (selector) => !/^(:where\(:root, :host\)|@media[^]*|@container[^]*|@keyframes[^]*|from|to|\d+%)$/.test(selector) && !scoped.test(selector),
  );
  assert.deepEqual(unscoped, [], "every selector starts with a ce- class");
  const classes = [...css.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1]);
  assert.deepEqual(classes.filter((name) => !name.startsWith("ce-")), []);
  const properties = [...css.matchAll(/(--[\w-]+)\s*:/g)].map((match) => match[1]);
  assert.ok(properties.length >= 10);
  assert.deepEqual(properties.filter((name) => !name.startsWith("--ce-")), []);
});

/**
 * Run in the page before anything else: keeps every event listener added and not removed, and
 * every timer and animation frame requested and neither run nor cancelled, in `window.tracked`.
 */
function trackListenersAndTimers() {
  const tracked = (window.tracked = { listeners: [], pending: new Set() });
  const same = (record, target, type, listener, capture) =>
    record.target === target && record.type === type && record.listener === listener && record.capture === capture;
  const captures = (options) => (typeof options === "boolean" ? options : Boolean(options?.capture));
  const { addEventListener, removeEventListener } = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    const capture = captures(options);
    if (listener && !tracked.listeners.some((r) => same(r, this, type, listener, capture))) {
      tracked.listeners.push({ target: this, type, listener, capture });
    }
    return addEventListener.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    const capture = captures(options);
    tracked.listeners = tracked.listeners.filter((r) => !same(r, this, type, listener, capture));
    return removeEventListener.call(this, type, listener, options);
  };
  for (const [start, stop, repeats] of [
    ["setTimeout", "clearTimeout", false],
    ["setInterval", "clearInterval", true],
    ["requestAnimationFrame", "cancelAnimationFrame", false],
  ]) {
    const [startOriginal, stopOriginal] = [window[start], window[stop]];
    window[start] = function (callback, ...rest) {
      let id;
      const run =
        typeof callback === "function" && !repeats
          ? function (...args) {
              tracked.pending.delete(`${start}:${id}`);
              return callback.apply(this, args);
            }
          : callback;
      id = startOriginal.call(window, run, ...rest);
      tracked.pending.add(`${start}:${id}`);
      return id;
    };
    window[stop] = function (id) {
      tracked.pending.delete(`${start}:${id}`);
      return stopOriginal.call(window, id);
    };
  }
  // Resize observers that observe at least one element, until disconnected.
  const observing = (tracked.observing = new Set());
  const { observe, disconnect } = ResizeObserver.prototype;
  ResizeObserver.prototype.observe = function (...args) {
    observing.add(this);
    return observe.apply(this, args);
  };
  ResizeObserver.prototype.disconnect = function () {
    observing.delete(this);
    return disconnect.call(this);
  };
  window.trackedNow = () => ({
    resizeObservers: observing.size,
    window: tracked.listeners.filter((r) => r.target === window).map((r) => r.type),
    document: tracked.listeners.filter((r) => r.target === document).map((r) => r.type),
    onPage: tracked.listeners.filter((r) => r.target instanceof Node && r.target !== document && r.target.isConnected).length,
    pending: [...tracked.pending].sort(),
  });
}

test("a host's base styles (Bootstrap's Reboot, a classic reset) leave the editor's headings in order; --ce-color-scheme darkens its native controls", async (t) => {
  const { page, problems } = await openHost(t, { viewport: { width: 1200, height: 900 } });
  await page.addStyleTag({
    content: `h1, h2, h3, h4 { margin-top: 0; margin-bottom: .5rem; font-weight: 500; line-height: 1.2 }
      h2 { font-size: calc(1.325rem + .9vw) } h3 { font-size: calc(1.3rem + .6vw) }
      legend { float: left; width: 100%; padding: 0; margin-bottom: .5rem; font-size: calc(1.275rem + .3vw); line-height: inherit }`,
  });
  const editor = page.locator(".ce-editor").first();
  await byRole(editor, "button", "Retry Strategy").waitFor();
  const read = () =>
    editor.evaluate((root) => {
      const style = (selector) => getComputedStyle(root.querySelector(selector));
      const size = (selector) => parseFloat(style(selector).fontSize);
      return {
        title: [size(".ce-editor__title"), Number(style(".ce-editor__title").fontWeight)],
        heading: [size(".ce-section__heading"), Number(style(".ce-section__heading").fontWeight)],
        legend: [size(".ce-fieldset legend"), style(".ce-fieldset legend").float],
        body: parseFloat(getComputedStyle(root).fontSize),
      };
    });
  for (const reset of [false, true]) {
    if (reset) await page.addStyleTag({ content: "h1, h2, h3, h4, legend { font-size: inherit; font-weight: inherit; margin: 0; padding: 0 }" });
    const { title, heading, legend, body } = await read();
    const where = reset ? "under a classic reset" : "under Reboot";
    assert.ok(title[0] > heading[0] && heading[0] > body && legend[0] <= body, `${where}: sizes ${JSON.stringify({ title, heading, legend, body })}`);
    assert.ok(title[1] >= 600 && heading[1] >= 600, `${where}: headings bold`);
    assert.equal(legend[1], "none", `${where}: a legend sits on its fieldset's border`);
  }
  // A dark theme through the custom properties takes the native controls (checkboxes, selects) too.
  const scheme = () => editor.evaluate((root) => getComputedStyle(root.querySelector("input[type=checkbox]")).colorScheme);
  assert.equal(await scheme(), "light");
  await editor.evaluate((root) => root.parentElement.style.setProperty("--ce-color-scheme", "dark"));
  assert.equal(await scheme(), "dark");
  assert.deepEqual(problems, []);
});

test("a host whose root font size is 62.5 % (1rem = 10 px) gets the editor it gets at 16 px; --ce-font-size scales it whole", async (t) => {
  const { page, problems } = await openHost(t, { viewport: { width: 1200, height: 900 } });
  const editor = page.locator(".ce-editor").first();
  await byRole(editor, "button", "Retry Strategy").waitFor();
  // The host's own columns are in rem: the editor's is held at 600 px, as wide either way.
  await editor.evaluate((root) => (root.parentElement.style.width = "600px"));
  await byRole(editor, "button", "Retry Strategy").click();
  // Text, an input's width, a group's padding, a checkbox: sizes set in the stylesheet.
  const read = () =>
    editor.evaluate((root) => {
      const box = (selector) => root.querySelector(selector).getBoundingClientRect();
      const style = (selector) => getComputedStyle(root.querySelector(selector));
      return {
        text: style(".ce-field__label").fontSize,
        heading: style(".ce-section__heading").fontSize,
        attemptInput: Math.round(box(".ce-attempt__input").width),
        padding: style(".ce-section").paddingLeft,
        checkbox: Math.round(box(".ce-check__input").width),
      };
    });
  const atSixteen = await read();
  assert.equal(atSixteen.text, "16px");
  assert.equal(atSixteen.attemptInput, 128, "8em of 16 px, the row's column in a 600 px editor");
  // The common "62.5 %" host: its own text is 1.6rem, so 16 px again.
  await page.addStyleTag({ content: "html { font-size: 62.5% } body { font-size: 1.6rem }" });
  assert.deepEqual(await read(), atSixteen);
  // A host that wants the editor larger sets one custom property, and every size follows.
  await editor.evaluate((root) => root.parentElement.style.setProperty("--ce-font-size", "20px"));
  const atTwenty = await read();
  assert.equal(atTwenty.text, "20px");
  assert.ok(atTwenty.attemptInput >= Math.floor((atSixteen.attemptInput * 20) / 16), JSON.stringify({ atSixteen, atTwenty }));
  assert.deepEqual(problems, []);
});

test("destroy() removes every node, listener and timer the editor added, and only storage is window-wide", async (t) => {
  const { page, problems } = await openHost(t, { init: trackListenersAndTimers });
  const cdp = await page.context().newCDPSession(page);
  /** Listeners Chromium itself reports on window, document and the host's container. */
  const chromiumListeners = async () => {
    const counts = {};
    for (const [name, expression] of [["window", "window"], ["document", "document"], ["container", "document.querySelector('#host-box')"]]) {
      const { result } = await cdp.send("Runtime.evaluate", { expression });
      const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId, depth: 0 });
      counts[name] = listeners.map((l) => l.type).sort();
    }
    return counts;
  };

  await page.evaluate(() => {
    const box = Object.assign(document.createElement("div"), { id: "host-box" });
    box.append(Object.assign(document.createElement("p"), { textContent: "The host's own content" }));
    document.body.append(box);
  });
  const before = await page.evaluate(() => window.trackedNow());
  const chromiumBefore = await chromiumListeners();

  await page.evaluate(async (module) => {
    const { mountCampaignEditor } = await import(module);
    window.boxed = mountCampaignEditor(document.querySelector("#host-box"), {
      config: { name: "Boxed", attempts: [{ delaySeconds: 300 }], launchAt: "2026-12-07T09:00" },
      onChange() {},
      persistKey: "boxed",
    });
  }, MODULE);
  const box = page.locator("#host-box");
  // Use every part: the disclosure, rows, the window fields, the summary and its links, start and stop.
  await byRole(box, "button", "Retry Strategy").click();
  await byRole(box, "button", "+ Add Attempt").click();
  await attemptInput(box, 2).fill("x");
  await byRole(box, "checkbox", "Calling window").check();
  await byRole(box, "switch", "Long-Living Campaign").check();
  await byRole(box, "button", "Save as Draft").click();
  await byRole(box.getByRole("alert"), "link", "Attempt 2 delay must be a whole number of seconds, like 300").click();
  await attemptInput(box, 2).fill("60");
  await byRole(box, "button", "Start Now").click();
  await byRole(box, "button", "Start long-living campaign").click();
  await byRole(box, "button", "Stop campaign").click();
  await byRole(box, "button", "Stop now").click();

  const mounted = await page.evaluate(() => window.trackedNow());
  assert.deepEqual(
    [mounted.window, mounted.document],
    [[...before.window, "storage"], before.document],
    "no window or document listener (Leptos' delegation is off) but the storage event's of its persistKey",
  );
  assert.ok(mounted.onPage > before.onPage + 10, `the editor listens on its own elements (${mounted.onPage - before.onPage})`);
  assert.ok(mounted.resizeObservers > before.resizeObservers, "the open timeline keeps its width");

  // A click that asks for a focus move on the next frame, and destroy() before that frame.
  const destroyed = await page.evaluate(() => {
    const add = [...document.querySelectorAll("#host-box button")].find((b) => b.textContent === "+ Add Attempt");
    add.click();
    const waiting = window.trackedNow().pending;
    window.boxed.destroy();
    window.boxed.destroy();
    return { waiting, after: window.trackedNow(), html: document.querySelector("#host-box").innerHTML };
  });
  assert.ok(destroyed.waiting.some((id) => id.startsWith("requestAnimationFrame:")), "the click asked for a frame");
  assert.deepEqual(destroyed.after, before, "no listener or timer of the editor is left");
  assert.equal(destroyed.html, "<p>The host's own content</p>");
  await page.evaluate(() => new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame))));
  assert.deepEqual(await page.evaluate(() => window.trackedNow()), before);
  assert.deepEqual(await chromiumListeners(), chromiumBefore);
  assert.equal(await page.locator(".ce-root").count(), 2, "the host page's editors A and B remain");

  const afterDestroy = await page.evaluate(() => {
    const result = [];
    for (const method of ["getConfig", "validate"]) {
      try {
        window.boxed[method]();
        result.push("answered");
      } catch (e) {
        result.push(`${e.constructor.name}: ${e.message}`);
      }
    }
    try {
      window.boxed.setConfig({});
    } catch (e) {
      result.push(`${e.constructor.name}: ${e.message}`);
    }
    return result;
  });
  assert.deepEqual(afterDestroy, Array(3).fill("Error: This campaign editor was destroyed"));
  assert.deepEqual(problems, []);
});

test("an editor whose handle the host dropped stays until the page removes it", async (t) => {
  const { page, problems } = await openHost(t);
  await page.evaluate(async (module) => {
    const { mountCampaignEditor } = await import(module);
    const element = Object.assign(document.createElement("div"), { id: "unheld" });
    document.body.append(element);
    mountCampaignEditor(element, { config: { name: "Unheld", attempts: [{ delaySeconds: 300 }] } });
  }, MODULE);
  const cdp = await page.context().newCDPSession(page);
  for (let round = 0; round < 3; round += 1) {
    await cdp.send("HeapProfiler.collectGarbage");
    await page.waitForTimeout(100);
  }
  const editor = page.locator("#unheld");
  await byRole(editor, "button", "Retry Strategy").click();
  await attemptInput(editor, 1).fill("600");
  const firstRetry = async () => (await byRole(editor, "list", "Retry timeline").getByRole("listitem").allInnerTexts())[0];
  await eventually(firstRetry, /^Attempt 1 — 10 min after the first call/);
  assert.deepEqual(problems, []);
});

test("an editor in a same-origin frame moves the focus within its frame", async (t) => {
  const { page, problems } = await openHost(t, { viewport: { width: 1200, height: 900 } });
  await page.evaluate(async (module) => {
    const { mountCampaignEditor } = await import(module);
    const frame = Object.assign(document.createElement("iframe"), { id: "framed-focus" });
    frame.style.cssText = "width: 1100px; height: 2400px";
    document.querySelector("main").append(frame);
    const element = frame.contentDocument.body.appendChild(frame.contentDocument.createElement("div"));
    window.framedFocus = mountCampaignEditor(element, { config: { name: "Framed" }, simulator: true });
  }, MODULE);
  const frame = page.frameLocator("#framed-focus");
  await byRole(frame, "button", "Retry Strategy").click();
  await byRole(frame, "button", "+ Add Attempt").click();
  const rows = frame.getByRole("textbox", { name: /^Attempt \d+ delay, in seconds$/ });
  await eventually(() => isFocused(rows.last()), true);
  await rows.last().fill("600");
  const simulator = byRole(frame, "region", "Simulator");
  const longLiving = byRole(frame, "switch", "Long-Living Campaign");
  await longLiving.click();
  await eventually(() => longLiving.isChecked(), true);
  await byRole(simulator, "button", "Run").click();
  await byRole(simulator, "button", "Stop campaign").focus();
  await page.keyboard.press("Enter");
  await eventually(() => isFocused(simulator.getByRole("status")), true);
  assert.deepEqual(problems, []);
});

test("an editor in a shadow root, its stylesheet linked there, is styled, in English, and moves the focus", async (t) => {
  const { page, problems } = await openHost(t, { viewport: { width: 1200, height: 900 } });
  await page.evaluate(async (module) => {
    const { mountCampaignEditor } = await import(module);
    const host = Object.assign(document.createElement("div"), { id: "shadow-host" });
    // A right-to-left page in another language, as a web component wrapper might sit in.
    document.documentElement.dir = "rtl";
    document.documentElement.lang = "ar";
    // The stylesheet only inside the shadow root: the document's custom properties would reach in.
    document.querySelectorAll("link[href$='campaign-editor.css']").forEach((link) => link.remove());
    document.querySelector("main").append(host);
    const shadow = host.attachShadow({ mode: "open" });
    const stylesheet = Object.assign(document.createElement("link"), { rel: "stylesheet", href: "/pkg/campaign-editor.css" });
    const loaded = new Promise((resolve) => stylesheet.addEventListener("load", resolve));
    shadow.append(stylesheet);
    await loaded;
    const element = shadow.appendChild(document.createElement("div"));
    window.shadowed = mountCampaignEditor(element, { config: { name: "Shadowed" } });
  }, MODULE);
  // Playwright's locators pierce open shadow roots.
  const host = page.locator("#shadow-host");
  const editor = host.locator(".ce-editor");
  assert.deepEqual(await editor.evaluate((e) => [e.lang, e.dir]), ["en", "ltr"]);
  const name = byRole(host, "textbox", "Campaign name");
  const border = await name.evaluate((input) => getComputedStyle(input).borderTopStyle);
  assert.equal(border, "solid", "the theme's defaults reach into the shadow root");
  await byRole(host, "button", "Retry Strategy").click();
  await byRole(host, "button", "+ Add Attempt").click();
  const rows = host.getByRole("textbox", { name: /^Attempt \d+ delay, in seconds$/ });
  const focused = () => rows.last().evaluate((input) => input.getRootNode().activeElement === input);
  await eventually(focused, true);
  assert.deepEqual(problems, []);
});

test("hosts that call back into the editor from its callbacks never meet a trap", async (t) => {
  const { page, problems } = await openHost(t);
  const runtimeErrors = [];
  page.on("pageerror", (error) => runtimeErrors.push(`${error.name}: ${error.message}`));

  await page.evaluate(async (module) => {
    const { mountCampaignEditor } = await import(module);
    const place = (id) => document.body.appendChild(Object.assign(document.createElement("div"), { id }));
    window.log = [];
    // A controlled host: answers every change with setConfig, until the name is in capitals.
    window.outer = mountCampaignEditor(place("outer"), {
      config: { name: "Outer" },
      onChange(config) {
        window.log.push(`outer change ${config?.name}`);
        // Mounts a second editor from inside this one's callback, once.
        window.inner ??= mountCampaignEditor(place("inner"), {
          config: { name: "Inner" },
          onChange: (c) => window.log.push(`inner change ${c?.name}`),
        });
        if (config) window.outer.setConfig({ ...config, name: config.name.toUpperCase() });
      },
      // Closes the editor from its own Save as Draft.
      onSaveDraft(config) {
        window.log.push(`outer saved ${config.name}`);
        window.outer.destroy();
      },
    });
  }, MODULE);

  const outer = page.locator("#outer");
  await byRole(outer, "textbox", "Campaign name").fill("Loud");
  await eventually(() => byRole(outer, "textbox", "Campaign name").inputValue(), "LOUD");
  await byRole(outer, "button", "Save as Draft").click();
  await eventually(() => outer.innerHTML(), "");

  // The editor mounted from the destroyed one's callback lives on.
  const inner = page.locator("#inner");
  await byRole(inner, "textbox", "Campaign name").fill("Inner typed");
  await eventually(() => page.evaluate(() => window.inner.getConfig()?.name), "Inner typed");
  assert.deepEqual(await page.evaluate(() => window.log), [
    "outer change Loud",
    "outer change LOUD",
    "outer saved LOUD",
    "inner change Inner typed",
  ]);

  // Re-entry through toJSON while the editor reads a config, and a Proxy that throws.
  const reentry = await page.evaluate(async (module) => {
    const { simulate } = await import(module);
    const inner = window.inner;
    inner.setConfig({ toJSON: () => (inner.setConfig({ name: "From toJSON" }), { name: "Outer call" }) });
    const results = [inner.getConfig().name];
    const hostile = new Proxy({}, { ownKeys() { throw new Error("host proxy refused"); } });
    try {
      simulate(hostile);
      results.push("accepted");
    } catch (error) {
      results.push(`${error.constructor.name}: ${error.message}`);
    }
    results.push(simulate({ recipients: [{ script: ["answered"] }] }).status);
    return results;
  }, MODULE);
  assert.equal(reentry[0], "Outer call");
  assert.doesNotMatch(reentry[1], /RuntimeError|unreachable/);
  assert.equal(reentry[2], "completed", "the module still works");
  assert.deepEqual(runtimeErrors, []);
  assert.deepEqual(problems, []);
});

test("simulate() and previewTimeline() give the results of SPEC section 4", async (t) => {
  const { page, problems } = await openHost(t);
  const results = await page.evaluate(async (module) => {
    const { simulate, previewTimeline } = await import(module);
    const attempt = (f) => {
      try {
        return f();
      } catch (error) {
        return `${error.constructor.name}: ${error.message}`;
      }
    };
    return {
      example: simulate({
        campaign: { attempts: [{ delaySeconds: 300 }] },
        recipients: [{ name: "Ada", phone: "+15550100", script: ["busy", "answered"] }],
      }),
      invalid: attempt(() =>
        simulate({ campaign: { longLiving: true }, dialer: { lines: 0, outcomeMix: { answered: 2 } }, recipients: "Ada" }),
      ),
      timeline: previewTimeline({
        attempts: [{ delaySeconds: 300 }, { delaySeconds: 3600 }],
        launchAt: "2026-12-11T17:00",
        callingWindow: { start: "09:00", end: "18:00", days: ["mon", "tue", "wed", "thu", "fri"] },
      }),
      badTimeline: attempt(() => previewTimeline({ attempts: [{ delaySeconds: 86400 }] })),
    };
  }, MODULE);
  assert.deepEqual(results.example, {
    status: "completed",
    endedAt: 365,
    calls: [
      { recipient: 0, attempt: 0, start: 0, end: 5, outcome: "busy" },
      { recipient: 0, attempt: 1, start: 305, end: 365, outcome: "answered" },
    ],
    recipients: [{ status: "reached", calls: 2, finishedAt: 365, lastOutcome: "answered" }],
    stats: { reached: 1, failed: 0, cancelled: 0, calls: 2, peakLines: 1 },
  });
  assert.match(results.invalid, /^Error: Invalid scenario:\n/);
  for (const path of ["dialer.lines", "dialer.outcomeMix.answered", "recipients"]) {
    assert.ok(results.invalid.includes(`\n- ${path}: `), `${results.invalid} names ${path}`);
  }
  assert.deepEqual(results.timeline, [
    { attempt: 1, dueOffsetSeconds: 300, offsetSeconds: 300, deferredSeconds: 0, deferredBy: [], firesAt: "2026-12-11T17:05" },
    {
      attempt: 2,
      dueOffsetSeconds: 3900,
      offsetSeconds: 230400,
      deferredSeconds: 226500,
      deferredBy: ["window"],
      firesAt: "2026-12-14T09:00",
    },
  ]);
  assert.equal(
    results.badTimeline,
    "Error: Invalid campaign:\n- attempts[0].delaySeconds: Attempt 1 delay must be between 1 and 10,800 seconds (3 hours)",
  );

  // The host page's button runs editor A's campaign.
  await byRole(page, "button", "Run simulate()").click();
  await eventually(
    () => page.locator("#simulate-status").innerText(),
    /^Completed at [\w ]+: \d+ reached, \d+ failed, 0 cancelled, \d+ calls$/,
  );
  assert.deepEqual(problems, []);
});

test("the simulator option puts a Simulator under the editor, and destroy() stops its timer mid-run", async (t) => {
  const { page, problems } = await openHost(t, { init: trackListenersAndTimers });
  const before = await page.evaluate(() => window.trackedNow());
  const editor = await mountRecorded(page, "simulated", {
    config: { name: "Simulated", attempts: [{ delaySeconds: 300 }] },
    simulator: true,
  });
  const panel = byRole(editor, "region", "Simulator");
  await byRole(panel, "button", "Run to end").click();
  await panel.getByRole("status").filter({ hasText: /^Completed at / }).waitFor();

  await byRole(panel, "button", "Reset").click();
  await byRole(panel, "button", "Run").click();
  const playing = await page.evaluate(() => window.trackedNow());
  assert.ok(playing.pending.some((id) => id.startsWith("setInterval:")), "a run plays on a timer");
  await page.evaluate(() => window.handles.simulated.destroy());
  assert.deepEqual(await page.evaluate(() => window.trackedNow()), before, "nothing of the editor or its simulator is left");
  assert.equal(await editor.innerHTML(), "");

  const { error } = await page.evaluate(async (module) => {
    const { mountCampaignEditor } = await import(module);
    try {
      mountCampaignEditor(document.body, { simulator: "yes" });
      return {};
    } catch (error) {
      return { error: error.message };
    }
  }, MODULE);
  assert.match(error, /simulator: Must be true or false/);
  assert.deepEqual(problems, []);
});

test("an embedded editor's Simulator compares both completion modes and downloads its calls (SPEC section 11)", async (t) => {
  const { page, problems } = await openHost(t);
  const editor = await mountRecorded(page, "compared", {
    config: { name: "Compared", launchAt: "2026-12-07T09:00", attempts: [{ delaySeconds: 300 }] },
    simulator: true,
  });
  const panel = byRole(editor, "region", "Simulator");
  await byRole(panel, "textbox", "Recipients").fill("40");
  await panel.getByLabel("Compare with", { exact: true }).selectOption({ label: "The other completion mode" });
  await byRole(panel, "textbox", "Arrivals per hour").fill("30");
  await byRole(panel, "textbox", "Horizon").fill("6");
  await byRole(panel, "button", "Run to end").click();
  const table = byRole(panel, "table", "A next to B");
  await table.waitFor({ timeout: 20_000 });
  await eventually(() => byRole(panel, "button", "Run").isEnabled(), true, { timeout: 20_000 });
  // A (fixed) completes; B (long-living) runs to the horizon, taking arrivals: more recipients called.
  const rows = Object.fromEntries(
    (await table.getByRole("row").allInnerTexts()).map((row) => row.split("\t").map((cell) => cell.trim())).map(([name, ...cells]) => [name, cells]),
  );
  assert.ok(rows.Status, `the table has a Status row: ${JSON.stringify(rows)}`);
  assert.notDeepEqual(rows.Status[0], rows.Status[1], "A and B end differently");

  const [file] = await Promise.all([page.waitForEvent("download"), byRole(panel, "button", "Download calls (CSV)").click()]);
  const lines = (await readFile(await file.path(), "utf8")).trimEnd().split("\n");
  assert.equal(lines[0], "recipient,name,attempt,start,end,outcome");
  assert.ok(lines.length > 40, `a row per call of 40 recipients: ${lines.length - 1}`);
  assert.match(lines[1], /^0,Recipient 1,0,2026-12-07 09:00:00,2026-12-07 09:\d\d:\d\d,(answered|busy|noAnswer|unreachable)$/);
  assert.deepEqual(problems, []);
});

// --- issue 11: nothing lost, nothing trapped -------------------------------------------------------

test("two tabs with one draft key: the other tab's change is noticed and the user chooses", async (t) => {
  const { page, problems, url } = await openHost(t);
  const other = await page.context().newPage();
  await other.goto(url);
  await other.waitForFunction(() => window.hostExample !== undefined);
  const stored = () => page.evaluate((key) => JSON.parse(localStorage.getItem(key)), PERSIST_KEY);
  const changed = "This draft was changed in another tab. Nothing is saved here until you choose which draft to keep.";

  // Tab 1 renames and saves; tab 2, opened earlier, is told, and its next change writes nothing.
  const one = editorB(page);
  const two = editorB(other);
  await byRole(one, "textbox", "Campaign name").fill("Renewals");
  await byRole(one, "button", "Save as Draft").click();
  await eventually(async () => (await stored()).saved?.draft.name, "Renewals");
  await two.getByText(changed, { exact: true }).waitFor();
  assert.equal(await two.getByText(changed, { exact: true }).getAttribute("role"), "alert", "heard as it comes");
  await byRole(two, "switch", "Long-Living Campaign").check();
  await other.waitForTimeout(100);
  assert.equal((await stored()).draft.longLiving, false, "tab 1's draft stays");
  assert.equal((await stored()).draft.name, "Renewals");
  // A Save there writes nothing either, and says so.
  const twoStatus = two.locator(".ce-actions").getByRole("status");
  await byRole(two, "button", "Save as Draft").click();
  await eventually(
    () => twoStatus.innerText(),
    "Draft not saved: another tab changed the draft kept here. Your answers stay on this page; choose which draft to keep, above.",
  );
  assert.equal((await stored()).saved.draft.longLiving, false, "tab 1's save stays");

  // Tab 2 keeps its own draft: now tab 1 is told, and takes tab 2's.
  await byRole(two, "button", "Keep this tab's draft").click();
  await eventually(() => isFocused(byRole(two, "textbox", "Campaign name")), true);
  await eventually(async () => (await stored()).draft.longLiving, true);
  assert.equal((await stored()).saved.draft.longLiving, true, "tab 2's save with it");
  await eventually(() => twoStatus.innerText(), /^Draft saved at /);
  assert.equal(await two.getByText(changed).count(), 0);
  await one.getByText(changed, { exact: true }).waitFor();
  await byRole(one, "button", "Use the other tab's draft").click();
  await eventually(() => isFocused(byRole(one, "textbox", "Campaign name")), true);
  assert.equal(await byRole(one, "switch", "Long-Living Campaign").isChecked(), true);
  assert.equal(await byRole(one, "textbox", "Campaign name").inputValue(), "Untitled campaign");
  assert.equal(await one.getByText(changed).count(), 0);
  assert.deepEqual(problems, []);
});

test("two editors on one page cannot share a persistKey, nor the key of its unreadable draft: the second mount throws", async (t) => {
  const { page, problems } = await openHost(t);
  const results = await page.evaluate(async ({ module, key }) => {
    const { mountCampaignEditor } = await import(module);
    const element = document.body.appendChild(document.createElement("div"));
    const attempt = (persistKey = key) => {
      try {
        return mountCampaignEditor(element, { persistKey });
      } catch (error) {
        return `${error.constructor.name}: ${error.message}`;
      }
    };
    const refused = attempt();
    // Where the mounted editor keeps an unreadable draft aside.
    const asideRefused = attempt(`${key}.unreadable`);
    const children = element.childNodes.length;
    window.hostExample.editors.b.destroy();
    const asideFirst = attempt(`${key}.unreadable`);
    // And the other way round: where this editor would keep its own aside.
    const underAside = attempt(key);
    asideFirst.destroy();
    const handle = attempt(key);
    return { refused, asideRefused, children, underAside, mounted: typeof handle.getConfig };
  }, { module: MODULE, key: PERSIST_KEY });
  const message =
    "Error: Invalid arguments:\n- persistKey: Another editor on this page already keeps drafts under this key or its .unreadable one: give each editor its own";
  assert.deepEqual(results, {
    refused: message,
    asideRefused: message,
    children: 0,
    underAside: message,
    mounted: "function",
  });
  assert.deepEqual(problems, []);
});

/** Run in the page first: localStorage refuses every write while `window.storageFull` is true. */
function fillableStorage() {
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (window.storageFull) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    return setItem.call(this, key, value);
  };
}

test("a full storage is never called saved; the message says what is kept and clears after a write", async (t) => {
  const { page, problems } = await openHost(t, { init: fillableStorage });
  const b = editorB(page);
  const status = b.locator(".ce-actions").getByRole("status");
  const stored = () => page.evaluate((key) => JSON.parse(localStorage.getItem(key)), PERSIST_KEY);
  await page.evaluate(() => (window.storageFull = true));
  await byRole(b, "textbox", "Campaign name").fill("Renewals");
  await byRole(b, "button", "Save as Draft").click();
  await eventually(
    () => status.innerText(),
    "Draft not saved: this browser's storage is full. Your answers stay on this page; free some space, then save again.",
  );
  assert.equal((await stored()).saved, null);
  assert.equal(await byRole(b, "textbox", "Campaign name").inputValue(), "Renewals");

  await page.evaluate(() => (window.storageFull = false));
  await byRole(b, "button", "Save as Draft").click();
  await eventually(() => status.innerText(), /^Draft saved at /);
  assert.equal((await stored()).saved.draft.name, "Renewals");
  assert.deepEqual(problems, []);
});

test("a stored draft of 12,000 attempt rows shows 20 at once and keeps the rest aside", async (t) => {
  const { page, problems } = await openHost(t);
  const huge = await page.evaluate((key) => {
    const stored = JSON.parse(localStorage.getItem(key));
    stored.draft.attempts = Array.from({ length: 12_000 }, (_, i) => String(i + 1));
    const text = JSON.stringify(stored);
    localStorage.setItem(key, text);
    return text;
  }, PERSIST_KEY);
  const started = Date.now();
  await page.reload();
  await page.waitForFunction(() => window.hostExample !== undefined);
  const b = editorB(page);
  await b.getByText(/^A saved draft has 12,000 attempt rows, more than the 20 a campaign can have/).waitFor();
  const loaded = Date.now() - started;
  await byRole(b, "button", "Retry Strategy").click();
  assert.equal(await b.getByRole("textbox", { name: /^Attempt \d+ delay, in seconds$/ }).count(), 20);
  // How long it takes is measured by `make bench` (bench/browser.mjs), not asserted here.
  t.diagnostic(`shown ${loaded} ms after the reload`);
  assert.equal(await page.evaluate((key) => localStorage.getItem(`${key}.unreadable`), PERSIST_KEY), huge);
  await byRole(b, "button", "Discard the saved draft").click();
  assert.equal(await page.evaluate((key) => localStorage.getItem(`${key}.unreadable`), PERSIST_KEY), null);
  assert.deepEqual(problems, []);
});

test("onChange hears a setConfig and a keystroke made in the same task as the mount", async (t) => {
  const { page, problems } = await openHost(t);
  const heard = await page.evaluate(async (module) => {
    const { mountCampaignEditor } = await import(module);
    const heard = [];
    const element = document.body.appendChild(document.createElement("div"));
    const editor = mountCampaignEditor(element, { onChange: (config) => heard.push(config?.name ?? null) });
    editor.setConfig({ name: "Set at once" });
    const name = [...element.querySelectorAll("input")].find((input) => input.labels[0]?.textContent === "Campaign name");
    name.value = "Typed at once";
    name.dispatchEvent(new Event("input", { bubbles: true }));
    await new Promise((later) => setTimeout(later, 100));
    return heard;
  }, MODULE);
  // Both changes happened before the editor's first effect ran: the host hears the last state.
  assert.deepEqual(heard, ["Typed at once"]);
  assert.deepEqual(problems, []);
});

test("destroy() in the same task as a change keeps that change under persistKey", async (t) => {
  const { page, problems } = await openHost(t);
  const kept = await page.evaluate(async (module) => {
    const { mountCampaignEditor } = await import(module);
    const element = document.body.appendChild(document.createElement("div"));
    const storedName = (key) => JSON.parse(localStorage.getItem(key))?.draft.name ?? null;
    const mountedAndDestroyed = mountCampaignEditor(element, { persistKey: "at-once", config: { name: "Mounted" } });
    mountedAndDestroyed.destroy();
    const atMount = storedName("at-once");
    const editor = mountCampaignEditor(element, { persistKey: "at-once" });
    await new Promise((later) => setTimeout(later, 100));
    editor.setConfig({ name: "Set, then destroyed" });
    editor.destroy();
    const afterSet = storedName("at-once");
    const again = mountCampaignEditor(element, { persistKey: "at-once" });
    const restored = again.getConfig().name;
    again.destroy();
    return { atMount, afterSet, restored };
  }, MODULE);
  assert.deepEqual(kept, { atMount: "Mounted", afterSet: "Set, then destroyed", restored: "Set, then destroyed" });
  assert.deepEqual(problems, []);
});

test("the API's paths and checks: config, options, non-finite numbers, frames, free()", async (t) => {
  const { page, problems } = await openHost(t);
  const results = await page.evaluate(async (module) => {
    const { mountCampaignEditor, simulate, previewTimeline } = await import(module);
    const attempt = (f) => {
      try {
        const value = f();
        return value && typeof value.getConfig === "function" ? "mounted" : JSON.stringify(value);
      } catch (error) {
        return `${error.constructor.name}: ${error.message}`;
      }
    };
    const element = document.body.appendChild(document.createElement("div"));
    const throwing = { get config() { throw new Error("host getter"); } };
    const frame = document.body.appendChild(document.createElement("iframe"));
    const inFrame = frame.contentDocument.body.appendChild(frame.contentDocument.createElement("div"));
    const framed = attempt(() => (window.framed = mountCampaignEditor(inFrame, { config: { name: "Framed" } })));
    const freed = mountCampaignEditor(element, { config: { name: "Freed" } });
    freed.free();
    const afterFree = attempt(() => freed.getConfig().name);
    freed.destroy();
    await new Promise((later) => setTimeout(later, 50));
    return {
      five: attempt(() => mountCampaignEditor(element, { config: 5 })),
      // `null` counts as not given, as everywhere in the API.
      nullOptions: attempt(() => {
        const nulls = { config: null, onChange: null, onSaveDraft: null, onStart: null, onStop: null, persistKey: null, simulator: null };
        const handle = mountCampaignEditor(element, nulls);
        const config = handle.getConfig();
        handle.destroy();
        return `${config.name}, ${config.attempts.length} attempts, launch ${config.launchAt}`;
      }),
      array: attempt(() => mountCampaignEditor(element, [])),
      getter: attempt(() => mountCampaignEditor(element, throwing)),
      nan: attempt(() => simulate({ until: NaN })),
      infinity: attempt(() => simulate({ dialer: { lines: Infinity } })),
      delay: attempt(() => previewTimeline({ attempts: [{ delaySeconds: -Infinity }] })),
      framed,
      framedName: [...frame.contentDocument.querySelectorAll("input")].map((input) => input.value)[0],
      framedTag: frame.contentDocument.querySelector(".ce-editor h2")?.textContent,
      afterFree,
      afterDestroy: attempt(() => freed.getConfig()),
      removed: element.childNodes.length,
    };
  }, MODULE);
  assert.deepEqual(results, {
    five: "Error: Invalid arguments:\n- config: Must be an object",
    nullOptions: '"Untitled campaign, 0 attempts, launch null"',
    array: "Error: Invalid arguments:\n- Must be an object",
    getter: "Error: Invalid arguments:\n- config: Could not be read: reading it threw an error",
    nan: results.nan,
    infinity: results.infinity,
    delay: "Error: Invalid campaign:\n- attempts[0].delaySeconds: Attempt 1 delay must be a whole number of seconds, like 300",
    framed: "mounted",
    framedName: "Framed",
    framedTag: "Framed",
    afterFree: '"Freed"',
    afterDestroy: "Error: This campaign editor was destroyed",
    removed: 0,
  });
  assert.match(results.nan, /^Error: Invalid scenario:\n- until: /);
  assert.match(results.infinity, /^Error: Invalid scenario:\n- dialer\.lines: /);
  assert.deepEqual(problems, []);
});

test("random JSON values never trap setConfig, simulate or previewTimeline", async (t) => {
  const { page, problems } = await openHost(t);
  const runtimeErrors = [];
  page.on("pageerror", (error) => runtimeErrors.push(`${error.name}: ${error.message}`));
  const traps = await page.evaluate(async (module) => {
    const { mountCampaignEditor, simulate, previewTimeline } = await import(module);
    // SplitMix-like seeded generator: the same values on every run.
    let seed = 11;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pick = (items) => items[Math.floor(next() * items.length)];
    const keys = ["name", "attempts", "delaySeconds", "retryOn", "longLiving", "launchAt", "callingWindow", "start",
      "end", "days", "campaign", "dialer", "lines", "seed", "outcomeMix", "answered", "busy", "durationsSeconds",
      "recipients", "script", "addedAt", "generate", "count", "arrivals", "perHour", "stopAt", "until", "x"];
    const atoms = [null, true, false, 0, -1, 1, 3, 300, 10800, 10801, 0.5, 1e300, -0, NaN, Infinity, 2 ** 53,
      "", "busy", "mon", "09:00", "2026-12-07T09:00", "2026-02-30T09:00", "x".repeat(1000), "٣"];
    const value = (depth) => {
      const kind = depth > 3 ? 0 : Math.floor(next() * 4);
      if (kind === 0 || kind === 1) return pick(atoms);
      if (kind === 2) return Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(next() * 5) }, () => [pick(keys), value(depth + 1)]));
    };
    // Small scenarios: few recipients, a short horizon.
    const scenario = () => {
      const s = value(0);
      if (s && typeof s === "object" && !Array.isArray(s)) {
        s.generate = { count: Math.floor(next() * 20) };
        s.until = Math.floor(next() * 86400);
      }
      return s;
    };
    const editor = mountCampaignEditor(document.body.appendChild(document.createElement("div")), {});
    const traps = [];
    const outcomes = { ok: 0, error: 0 };
    for (let round = 0; round < 300; round += 1) {
      for (const [name, call] of [
        ["setConfig", () => editor.setConfig(value(0))],
        ["simulate", () => simulate(scenario())],
        ["previewTimeline", () => previewTimeline(value(0))],
      ]) {
        try {
          call();
          outcomes.ok += 1;
        } catch (error) {
          outcomes.error += 1;
          if (!(error instanceof Error) || error.constructor !== Error || /unreachable|internal error|null pointer/.test(error.message)) {
            traps.push(`${name}: ${error.constructor?.name}: ${error.message}`);
          }
        }
      }
    }
    editor.destroy();
    return { traps, outcomes };
  }, MODULE);
  assert.deepEqual(traps.traps, []);
  assert.ok(traps.outcomes.error > 0 && traps.outcomes.ok > 0, JSON.stringify(traps.outcomes));
  assert.deepEqual(runtimeErrors, []);
  assert.deepEqual(problems, []);
});

test("host values are read as JSON.stringify reads them, without a JSON string", async (t) => {
  const { page, problems } = await openHost(t);
  const read = await page.evaluate(async (module) => {
    const { previewTimeline, simulate } = await import(module);
    const attempt = (f) => {
      try {
        return f();
      } catch (error) {
        return `${error.constructor.name}: ${error.message}`;
      }
    };
    const delays = (timeline) => (Array.isArray(timeline) ? timeline.map((row) => row.dueOffsetSeconds) : timeline);
    const wide = {};
    wide.a = wide;
    wide.b = wide;
    wide.c = [wide, wide];
    let deep = { name: "deep" };
    for (let level = 0; level < 200; level += 1) deep = { attempts: [deep] };
    // One row shared 10,000 times: 10,010,001 values to read, over the limit of 5,000,000.
    const shared = Array(10).fill(Array(1000).fill(Array(1000).fill(0)));
    const started = performance.now();
    const refused = [wide, deep, { attempts: shared }, { attempts: [{ delaySeconds: 300n }] }].map((config) =>
      attempt(() => previewTimeline(config)),
    );
    const results = simulate({ recipients: [{ script: ["busy", "answered"] }], campaign: { attempts: [{ delaySeconds: 300 }] } });
    const firesAt = (launchAt) => previewTimeline({ attempts: [{ delaySeconds: 300 }], launchAt })[0].firesAt;
    return {
      refused,
      refusedInMs: performance.now() - started,
      undefinedFields: delays(previewTimeline({ attempts: [{ delaySeconds: 300, x: undefined }], launchAt: undefined })),
      leftOut: delays(previewTimeline({ attempts: [{ delaySeconds: 60 }], retryOn: undefined, f: () => 1, s: Symbol("s") })),
      inArrays: attempt(() => previewTimeline({ attempts: [undefined, () => 1] })),
      toJSON: [firesAt({ toJSON: (key) => `2026-12-07T09:0${key.length}` }), firesAt("2026-12-07T09:08")],
      date: attempt(() => previewTimeline({ launchAt: new Date(0) })),
      boxed: [
        { attempts: [{ delaySeconds: new Number(300) }], launchAt: new String("2026-12-07T09:00"), longLiving: new Boolean(false) },
        { attempts: [{ delaySeconds: 300 }], launchAt: "2026-12-07T09:00", longLiving: false },
      ].map((config) => attempt(() => previewTimeline(config))),
      integers: attempt(() => simulate({ dialer: { seed: 2 ** 53 } })),
      exact: simulate({ dialer: { seed: 2 ** 53 - 1 }, recipients: [{ script: [] }] }).stats.calls,
      getter: attempt(() => simulate({ get until() { throw new Error("host getter"); } })),
      nested: attempt(() => simulate({ dialer: { get lines() { throw new Error("host getter"); } } })),
      proxied: attempt(() => simulate({ recipients: [{}, new Proxy({}, { ownKeys() { throw new Error("host proxy"); } })] })),
      oddKey: attempt(() => simulate({ "campaign.name": 1, "": 2 })),
      negative: attempt(() => previewTimeline({ attempts: [{ delaySeconds: -(2 ** 63) }] })),
      fraction: attempt(() => previewTimeline({ attempts: [{ delaySeconds: 1.5 }] })),
      results,
      plain: [results, results.stats, results.calls[0]].every((o) => Object.getPrototypeOf(o) === Object.prototype),
    };
  }, MODULE);
  const notJson = "Error: Invalid campaign:\n- Must be a JSON object";
  assert.deepEqual(
    read.refused,
    [
      "Error: Invalid campaign:\n- a: Must be a JSON value",
      notJson,
      notJson,
      "Error: Invalid campaign:\n- attempts[0].delaySeconds: Must be a JSON value",
    ],
    "a cycle and a BigInt where they are; too deep or too many values: the whole value",
  );
  t.diagnostic(`refused in ${Math.round(read.refusedInMs)} ms`);
  assert.deepEqual(read.undefinedFields, [300], "undefined fields are not given, so not unknown");
  assert.deepEqual(read.leftOut, [60], "functions and symbols are left out, as JSON.stringify does");
  assert.equal(
    read.inArrays,
    "Error: Invalid campaign:\n- attempts[0]: Must be an object\n- attempts[1]: Must be an object",
    "undefined and functions are null in arrays",
  );
  assert.ok(read.toJSON[0], "a launch time");
  assert.equal(read.toJSON[0], read.toJSON[1], "toJSON() is honoured, with its key");
  assert.match(read.date, /^Error: Invalid campaign:\n- launchAt: /, "a Date is its ISO text, not a launch time");
  assert.ok(Array.isArray(read.boxed[1]) && read.boxed[1][0].firesAt, JSON.stringify(read.boxed[1]));
  assert.deepEqual(read.boxed[0], read.boxed[1], "new Number(300), new String(…), new Boolean(false) are their primitives");
  assert.equal(read.integers, "Error: Invalid scenario:\n- dialer.seed: Must be a whole number from 0 to 9,007,199,254,740,991");
  assert.equal(read.exact, 1);
  // A throwing getter or proxy is a problem where it is, as in the mount options.
  assert.equal(read.getter, "Error: Invalid scenario:\n- until: Could not be read: reading it threw an error");
  assert.equal(read.nested, "Error: Invalid scenario:\n- dialer.lines: Could not be read: reading it threw an error");
  assert.equal(read.proxied, "Error: Invalid scenario:\n- recipients[1]: Could not be read: reading it threw an error");
  assert.equal(read.oddKey, "Error: Invalid scenario:\n- [\"\"]: Unknown field\n- [\"campaign.name\"]: Unknown field");
  assert.equal(
    read.negative,
    "Error: Invalid campaign:\n- attempts[0].delaySeconds: Attempt 1 delay must be between 1 and 10,800 seconds (3 hours)",
  );
  assert.equal(
    read.fraction,
    "Error: Invalid campaign:\n- attempts[0].delaySeconds: Attempt 1 delay must be a whole number of seconds, like 300",
  );
  assert.deepEqual(read.results, {
    status: "completed",
    endedAt: 365,
    calls: [
      { recipient: 0, attempt: 0, start: 0, end: 5, outcome: "busy" },
      { recipient: 0, attempt: 1, start: 305, end: 365, outcome: "answered" },
    ],
    recipients: [{ status: "reached", calls: 2, finishedAt: 365, lastOutcome: "answered" }],
    stats: { reached: 1, failed: 0, cancelled: 0, calls: 2, peakLines: 1 },
  });
  assert.ok(read.plain, "results are plain objects, not Maps");
  assert.deepEqual(problems, []);
});

test("expectedReach() gives the reach model's exact figures; simulate() takes the reach dialer", async (t) => {
  const { page, problems } = await openHost(t);
  const reachScenario = JSON.parse(await readFile(new URL("examples/reach.json", `file://${REPO}`), "utf8"));
  const results = await page.evaluate(
    async ({ module, reachScenario }) => {
      const { expectedReach, simulate } = await import(module);
      const attempt = (f) => {
        try {
          return f();
        } catch (error) {
          return `${error.constructor.name}: ${error.message}`;
        }
      };
      // SPEC section 8's case: weekday window 09:00–20:00, launch Monday 09:00, five retries.
      const spec = (delaySeconds) => ({
        attempts: Array(5).fill({ delaySeconds }),
        launchAt: "2026-12-07T09:00",
        callingWindow: { start: "09:00", end: "20:00", days: ["mon", "tue", "wed", "thu", "fri"] },
      });
      return {
        minute: expectedReach(spec(60)),
        hours: expectedReach(spec(10800), {}),
        nobodyPicksUp: expectedReach(spec(10800), { pickUp: 0 }),
        noLaunch: attempt(() => expectedReach({ attempts: [{ delaySeconds: 300 }] })),
        invalid: attempt(() => expectedReach({ attempts: [{ delaySeconds: 0 }] }, { pickUp: 2, mood: 1 })),
        stats: simulate(reachScenario).stats,
        invalidScenario: attempt(() => simulate({ dialer: { model: "reach", outcomeMix: { answered: 1 } } })),
      };
    },
    { module: MODULE, reachScenario },
  );
  for (const [name, reach, share] of [["a minute apart", results.minute, 0.27], ["three hours apart", results.hours, 0.52]]) {
    assert.equal(reach.byCall.length, 6, name);
    const sum = reach.byCall.reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(reach.reached - sum) < 1e-12, `${name}: reached is the sum of byCall`);
    assert.ok(Math.abs(reach.reached - share) < 0.01, `${name}: ${reach.reached}`);
    assert.ok(reach.callsPerRecipient > 1 && reach.callsPerRecipient < 6, `${name}: ${reach.callsPerRecipient}`);
  }
  // Nobody picks up: nobody is reached, and everyone gets every call.
  assert.deepEqual(results.nobodyPicksUp.byCall, [0, 0, 0, 0, 0, 0]);
  assert.ok(Math.abs(results.nobodyPicksUp.callsPerRecipient - 6) < 1e-12, results.nobodyPicksUp.callsPerRecipient);
  assert.equal(results.noLaunch, "Error: Invalid arguments:\n- launchAt: The reach model needs a launch date and time");
  assert.equal(
    results.invalid,
    "Error: Invalid arguments:\n" +
      "- attempts[0].delaySeconds: Attempt 1 delay must be between 1 and 10,800 seconds (3 hours)\n" +
      "- launchAt: The reach model needs a launch date and time\n" +
      "- reach.pickUp: Pick-up chance must be a number between 0 and 1\n" +
      "- reach.mood: Unknown field",
  );
  // The same figures as natively (tests/native/simulation_pinned.rs): the same engine in wasm.
  assert.deepEqual(results.stats, { reached: 494, failed: 506, cancelled: 0, calls: 4376, peakLines: 20 });
  assert.match(results.invalidScenario, /^Error: Invalid scenario:\n- dialer\.outcomeMix: The reach model has no outcome mix/);
  assert.deepEqual(problems, []);
});

test("big scenarios: simulate() names the call log limit, simulateAsync() yields to the page as it runs", async (t) => {
  const { page, problems } = await openHost(t);
  const outcome = await page.evaluate(async (module) => {
    const { simulate, simulateAsync } = await import(module);
    const longTasks = [];
    new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
      type: "longtask",
    });
    const settle = () => new Promise((done) => setTimeout(done, 200));
    const busy = (count) => ({
      campaign: { attempts: Array.from({ length: 20 }, () => ({ delaySeconds: 1 })) },
      dialer: { outcomeMix: { busy: 1 } },
      generate: { count },
    });
    const attempt = async (f) => {
      try {
        const results = await f();
        return { status: results.status, calls: results.stats.calls, log: results.calls?.length ?? null };
      } catch (error) {
        return `${error.constructor.name}: ${error.message}`;
      }
    };
    const sync = {
      // Each once failed inside the module: serde_json, capacity overflow, unreachable.
      busy400k: await attempt(() => simulate(busy(400_000))),
      busy1m: await attempt(() => simulate(busy(1_000_000))),
      default7m: await attempt(() => simulate({ generate: { count: 7_000_000 } })),
      withoutLog: await attempt(() => simulate(busy(100_000), { calls: false })),
      badOptions: await attempt(() => simulate({}, { calls: "no", call: false })),
      badBoth: await attempt(() => simulate({ dialer: { lines: 0 } }, { calls: "no" })),
    };
    await settle();
    longTasks.length = 0;
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    const started = performance.now();
    const big = await simulateAsync(busy(200_000), { calls: false });
    const seconds = (performance.now() - started) / 1000;
    const logged = await simulateAsync(busy(40_000));
    clearInterval(ticker);
    await settle();
    const huge = await attempt(() => simulateAsync({ generate: { count: 7_000_000 } }));
    const invalid = await attempt(() => simulateAsync({ dialer: { lines: 0 } }));
    return {
      sync,
      big: { status: big.status, calls: big.stats.calls, recipients: big.recipients.length, hasLog: "calls" in big },
      logged: { calls: logged.calls.length, first: logged.calls[0], last: logged.recipients.at(-1) },
      huge,
      invalid,
      seconds,
      ticks,
      longTasks: [...longTasks],
    };
  }, MODULE);
  const limit =
    "Error: The call log keeps at most 1,000,000 calls and this simulation makes more: leave the log out with { calls: false }";
  assert.deepEqual(outcome.sync, {
    busy400k: limit,
    busy1m: limit,
    default7m: limit,
    withoutLog: { status: "completed", calls: 2_100_000, log: null },
    badOptions: "Error: Invalid options:\n- options.calls: Must be true or false\n- options.call: Unknown field",
    badBoth:
      "Error: Invalid arguments:\n- dialer.lines: Must be a whole number from 1 to 10,000\n- options.calls: Must be true or false",
  });
  assert.deepEqual(outcome.big, { status: "completed", calls: 4_200_000, recipients: 200_000, hasLog: false });
  assert.deepEqual(outcome.logged, {
    calls: 840_000,
    first: { recipient: 0, attempt: 0, start: 0, end: 5, outcome: "busy" },
    last: { status: "failed", calls: 21, finishedAt: outcome.logged.last.finishedAt, lastOutcome: "busy" },
  });
  assert.equal(outcome.huge, limit);
  assert.match(outcome.invalid, /^Error: Invalid scenario:\n- dialer\.lines: /);
  // Timing figures are measured by `make bench` on a quiet machine, not asserted here: a test only
  // checks that the page's own timers ran while the engine worked, i.e. that it yielded.
  t.diagnostic(
    `simulateAsync, 200,000 recipients × 21 busy calls: ${outcome.seconds.toFixed(1)} s, ` +
      `tasks over 50 ms: ${outcome.longTasks.length ? outcome.longTasks.map(Math.round).join(", ") : "none"}`,
  );
  assert.ok(outcome.ticks >= 5, `the page kept running timers (${outcome.ticks} ticks)`);
  assert.deepEqual(problems, []);
});

test("simulateAsync({ calls: false }) gives the results of a million recipients, written a chunk at a time", async (t) => {
  const { page, problems } = await openHost(t);
  const results = await page.evaluate(async (module) => {
    const { simulateAsync } = await import(module);
    const started = performance.now();
    const results = await simulateAsync({ generate: { count: 1_000_000 } }, { calls: false });
    const seconds = (performance.now() - started) / 1000;
    return { status: results.status, recipients: results.recipients.length, last: results.recipients.at(-1), stats: results.stats, seconds };
  }, MODULE);
  t.diagnostic(`simulateAsync, 1,000,000 recipients without the call log: ${results.seconds.toFixed(1)} s`);
  assert.equal(results.status, "completed");
  assert.equal(results.recipients, 1_000_000);
  assert.equal(results.stats.calls, 1_000_000);
  assert.equal(results.last.calls, 1);
  assert.deepEqual(problems, []);
});

test("previewTimeline() and simulate() follow call caps (SPEC section 9)", async (t) => {
  const { page, problems } = await openHost(t);
  const results = await page.evaluate(async (module) => {
    const { simulate, previewTimeline } = await import(module);
    const attempt = (f) => {
      try {
        return f();
      } catch (error) {
        return `${error.constructor.name}: ${error.message}`;
      }
    };
    const campaign = {
      attempts: [{ delaySeconds: 3600 }, { delaySeconds: 3600 }, { delaySeconds: 3900 }],
      launchAt: "2026-12-07T09:00",
      callingWindow: { start: "09:00", end: "18:00", days: ["mon", "tue", "wed", "thu", "fri"] },
      callCaps: [{ calls: 3, hours: 24 }],
    };
    return {
      timeline: previewTimeline(campaign),
      windowAndCap: previewTimeline({ ...campaign, attempts: [{ delaySeconds: 300 }], callCaps: [{ calls: 1, hours: 10 }] }),
      calls: simulate({ campaign, recipients: [{ script: ["busy", "busy", "busy", "answered"] }] }).calls.map((c) => c.start),
      invalid: attempt(() => previewTimeline({ callCaps: [{ calls: 0, hours: 24 }, {}, {}, {}] })),
    };
  }, MODULE);
  assert.deepEqual(results.timeline.at(-1), {
    attempt: 3,
    dueOffsetSeconds: 11100,
    offsetSeconds: 86400,
    deferredSeconds: 75300,
    deferredBy: ["cap"],
    firesAt: "2026-12-08T09:00",
  });
  assert.deepEqual(results.timeline.slice(0, 2).map((e) => e.deferredBy), [[], []]);
  assert.deepEqual(results.windowAndCap, [
    { attempt: 1, dueOffsetSeconds: 300, offsetSeconds: 86400, deferredSeconds: 86100, deferredBy: ["window", "cap"], firesAt: "2026-12-08T09:00" },
  ]);
  // Busy calls last 5 s: the fourth call is held until 24 h after the first.
  assert.deepEqual(results.calls, [0, 3605, 7210, 86400]);
  assert.equal(
    results.invalid,
    [
      "Error: Invalid campaign:",
      "- callCaps: You can add up to 3 caps",
      "- callCaps[0].calls: Cap 1 calls must be a whole number between 1 and 100",
      "- callCaps[1].calls: Enter a number of calls for cap 2",
      "- callCaps[1].hours: Cap 2 period must be a whole number of hours between 1 and 8,760",
      "- callCaps[2].calls: Enter a number of calls for cap 3",
      "- callCaps[2].hours: Cap 3 period must be a whole number of hours between 1 and 8,760",
      "- callCaps[3].calls: Enter a number of calls for cap 4",
      "- callCaps[3].hours: Cap 4 period must be a whole number of hours between 1 and 8,760",
    ].join("\n"),
  );
  assert.deepEqual(problems, []);
});

test("suggestStrategy() gives the advisor's suggestion, never worse than a plain strategy, as the CLI does", async (t) => {
  const { page, problems } = await openHost(t);
  const reachScenario = JSON.parse(await readFile(new URL("examples/reach.json", `file://${REPO}`), "utf8"));
  const results = await page.evaluate(
    async ({ module, reachScenario }) => {
      const { suggestStrategy, expectedReach } = await import(module);
      const attempt = (f) => {
        try {
          return f();
        } catch (error) {
          return `${error.constructor.name}: ${error.message}`;
        }
      };
      const options = { attempts: 5, deadlineHours: 48, reach: reachScenario.dialer.reach };
      const started = performance.now();
      const suggestion = suggestStrategy(reachScenario.campaign, options);
      const ms = performance.now() - started;
      // Every plain strategy's figures by the deadline: `current` of a campaign with those delays.
      const plain = [300, 900, 3600, 7200, 10800].map((d) =>
        suggestStrategy({ ...reachScenario.campaign, attempts: Array(5).fill({ delaySeconds: d }) }, options).current,
      );
      return {
        suggestion,
        plain,
        ms,
        same: suggestStrategy(reachScenario.campaign, options),
        ownReach: expectedReach(reachScenario.campaign, reachScenario.dialer.reach),
        noLaunch: attempt(() => suggestStrategy({ attempts: [{ delaySeconds: 300 }] })),
        invalid: attempt(() =>
          suggestStrategy({ attempts: [{ delaySeconds: 0 }] }, { attempts: 21, deadlineHours: 0.5, mood: 1 }),
        ),
      };
    },
    { module: MODULE, reachScenario },
  );
  const { suggestion } = results;
  assert.equal(suggestion.delaysSeconds.length, 5);
  assert.ok(suggestion.delaysSeconds.every((d) => Number.isInteger(d) && d >= 1 && d <= 10800), suggestion.delaysSeconds);
  assert.deepEqual(Object.keys(suggestion).sort(), ["current", "delaysSeconds", "expected"]);
  for (const plain of results.plain) {
    assert.ok(suggestion.expected.reached >= plain.reached - 1e-9, `${suggestion.expected.reached} < ${plain.reached}`);
  }
  assert.ok(suggestion.expected.reached >= suggestion.current.reached - 1e-9);
  assert.deepEqual(results.same, suggestion, "the same input gives the same suggestion");
  // The same figures as `campaign-sim --suggest --attempts 5 --deadline-hours 48 --json examples/reach.json`
  // (tests/native/cli.rs compares that output with the domain's): the same search in wasm.
  assert.deepEqual(suggestion.delaysSeconds, [10800, 10800, 10800, 3840, 3000]);
  assert.ok(Math.abs(suggestion.expected.reached - 0.5271491584970014) < 1e-12, suggestion.expected.reached);
  // The campaign's own calls all fire within 48 h, so `current` is what expectedReach() gives.
  assert.ok(Math.abs(suggestion.current.reached - results.ownReach.reached) < 1e-12);
  // Its time is measured in the page by `make bench` (`Suggest a strategy`), not asserted here.
  t.diagnostic(`suggestStrategy(): ${Math.round(results.ms)} ms`);
  assert.equal(results.noLaunch, "Error: Invalid arguments:\n- launchAt: The reach model needs a launch date and time");
  assert.equal(
    results.invalid,
    "Error: Invalid arguments:\n" +
      "- attempts[0].delaySeconds: Attempt 1 delay must be between 1 and 10,800 seconds (3 hours)\n" +
      "- launchAt: The reach model needs a launch date and time\n" +
      "- options.attempts: Attempts must be a whole number between 1 and 20\n" +
      "- options.deadlineHours: Deadline must be a whole number of hours between 1 and 720\n" +
      "- options.mood: Unknown field",
  );
  assert.deepEqual(problems, []);
});
