// The host page's script (examples/host.html): everything a dashboard does with the package.
import init, { mountCampaignEditor, simulate } from "../pkg/campaign_editor.js";

await init();

/** The campaign editor A starts from, and what "setConfig(valid)" gives either editor. */
const LEAD_QUALIFICATION = {
  name: "Lead qualification",
  attempts: [{ delaySeconds: 300 }, { delaySeconds: 3600 }],
  retryOn: ["busy", "noAnswer", "unreachable"],
  longLiving: false,
  launchAt: "2026-12-07T09:00",
  callingWindow: { start: "09:00", end: "18:00", days: ["mon", "tue", "wed", "thu", "fri"] },
};
const FOLLOW_UP = {
  name: "Follow-up",
  attempts: [{ delaySeconds: 600 }, { delaySeconds: 1800 }, { delaySeconds: 7200 }],
  retryOn: ["busy", "noAnswer"],
};
/** What "setConfig(invalid)" tries: the article's 86,400 s, an empty name, a wrong field. */
const INVALID = {
  name: " ",
  attempts: [{ delaySeconds: 300 }, { delaySeconds: 86400 }],
  retryOn: ["answered"],
  colour: "blue",
};

const logList = document.querySelector("#log");
/** Adds a line to the visible log. */
function log(who, text) {
  const item = document.createElement("li");
  item.textContent = `${who} ${text}`;
  logList.append(item);
  logList.scrollTop = logList.scrollHeight;
}

const describe = (config) =>
  `"${config.name}", delays [${config.attempts.map((a) => a.delaySeconds).join(", ")}] s` +
  `${config.longLiving ? ", long-living" : ""}`;
const problems = (errors) => errors.map((p) => `\n    ${p.path}: ${p.message}`).join("");

const SETUPS = {
  a: { element: "#editor-a", options: { config: LEAD_QUALIFICATION }, valid: FOLLOW_UP },
  b: { element: "#editor-b", options: { persistKey: "campaign-editor-example:b" }, valid: LEAD_QUALIFICATION },
};

/** The mounted editors by name; a destroyed one is absent. */
const editors = {};

function mount(name) {
  if (editors[name]) return;
  const who = name.toUpperCase();
  const { element, options } = SETUPS[name];
  editors[name] = mountCampaignEditor(document.querySelector(element), {
    ...options,
    onChange(config, errors) {
      log(who, config ? `onChange: ${describe(config)}` : `onChange: invalid, ${errors.length} problem(s)${problems(errors)}`);
    },
    onSaveDraft: (config) => log(who, `onSaveDraft: ${describe(config)}`),
    onStart: (config) => log(who, `onStart: ${describe(config)}`),
    onStop: () => log(who, "onStop"),
  });
  log(who, `mounted${options.persistKey ? ` with persistKey "${options.persistKey}"` : ""}`);
}

const ACTIONS = {
  getConfig(editor, who) {
    const config = editor.getConfig();
    log(who, `getConfig() → ${config ? JSON.stringify(config) : "null (the campaign is invalid)"}`);
  },
  validate(editor, who) {
    const { valid, errors } = editor.validate();
    log(who, `validate() → valid: ${valid}${problems(errors)}`);
  },
  setValid(editor, who, name) {
    editor.setConfig(SETUPS[name].valid);
    log(who, `setConfig(${describe(SETUPS[name].valid)}) → done`);
  },
  setInvalid(editor, who) {
    try {
      editor.setConfig(INVALID);
      log(who, "setConfig(invalid) → accepted?!");
    } catch (error) {
      log(who, `setConfig(invalid) threw ${error.name}: ${error.message}`);
    }
  },
  destroy(editor, who, name) {
    editor.destroy();
    delete editors[name];
    log(who, "destroy() → removed");
  },
};

for (const group of document.querySelectorAll("[data-editor]")) {
  const name = group.dataset.editor;
  group.addEventListener("click", (event) => {
    const action = event.target.closest("button")?.dataset.action;
    if (!action) return;
    if (action === "mount") return mount(name);
    const editor = editors[name];
    if (!editor) return log(name.toUpperCase(), `${action}: not mounted (press "mount again")`);
    ACTIONS[action](editor, name.toUpperCase(), name);
  });
}

/** Seconds in compact form, as the editor writes them: 3900 → "1 h 5 min". */
function compact(seconds) {
  const parts = [];
  for (const [unit, size] of [["d", 86400], ["h", 3600], ["min", 60], ["s", 1]]) {
    const count = Math.floor(seconds / size);
    seconds -= count * size;
    if (count) parts.push(`${count} ${unit}`);
  }
  return parts.join(" ") || "0 s";
}

document.querySelector("#simulate").addEventListener("click", () => {
  const status = document.querySelector("#simulate-status");
  const result = document.querySelector("#simulate-result");
  const scenario = {
    campaign: editors.a?.getConfig() ?? { attempts: [{ delaySeconds: 300 }, { delaySeconds: 3600 }] },
    dialer: { lines: 2, seed: 7, outcomeMix: { answered: 0.3, busy: 0.3, noAnswer: 0.3, unreachable: 0.1 } },
    generate: { count: 10 },
    until: 14 * 86400,
  };
  try {
    const { status: state, endedAt, stats } = simulate(scenario);
    const when = endedAt === null ? "still running at the horizon" : `at ${compact(endedAt)}`;
    const word = { completed: "Completed", stopped: "Stopped", running: "Running" }[state];
    status.textContent = `${word} ${when}: ${stats.reached} reached, ${stats.failed} failed, ${stats.cancelled} cancelled, ${stats.calls} calls`;
    result.textContent = JSON.stringify({ status: state, endedAt, stats });
    log("simulate", status.textContent);
  } catch (error) {
    status.textContent = `simulate() threw: ${error.message}`;
  }
});

mount("a");
mount("b");

// For the end-to-end tests (e2e/host.test.mjs), which drive the same editors.
window.hostExample = { editors, mount, log };
