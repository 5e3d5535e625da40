// A host written only from the package's TypeScript declarations: `make test-types` checks that it
// type-checks (every API used with the right types) and that each `@ts-expect-error` line, a
// misuse, is rejected. Never run; the end-to-end tests run the same calls in a browser.
import init, {
  mountCampaignEditor,
  previewTimeline,
  simulate,
  type Campaign,
  type CampaignConfig,
  type CampaignEditorHandle,
  type EditorOptions,
  type Problem,
  type Results,
  type Scenario,
  type TimelineEntry,
  type Validation,
} from "campaign-editor";

await init();

const config: CampaignConfig = {
  name: "Lead qualification",
  attempts: [{ delaySeconds: 300 }, { delaySeconds: 3600 }],
  retryOn: ["busy", "noAnswer"],
  longLiving: false,
  launchAt: "2026-12-07T09:00",
  callingWindow: { start: "09:00", end: "18:00", days: ["mon", "tue", "wed", "thu", "fri"] },
};

const options: EditorOptions = {
  config,
  onChange(campaign: Campaign | null, errors: Problem[]) {
    if (campaign === null) {
      console.log(errors.map((p) => `${p.path}: ${p.message}`));
    } else {
      const delays: number[] = campaign.attempts.map((a) => a.delaySeconds);
      const launch: string | null = campaign.launchAt;
      console.log(campaign.name, delays, launch, campaign.longLiving, campaign.retryOn);
    }
  },
  onSaveDraft: (campaign) => console.log("saved", campaign.name),
  onStart: (campaign) => console.log("started", campaign.callingWindow?.days),
  onStop: () => console.log("stopped"),
  persistKey: "campaign-42",
  simulator: true,
};

const host = document.querySelector<HTMLElement>("#editor")!;
const editor: CampaignEditorHandle = mountCampaignEditor(host, options);
const bare: CampaignEditorHandle = mountCampaignEditor(document.body);
// null counts as not given, in every option.
const nulls: EditorOptions = { config: null, onChange: null, onSaveDraft: null, onStart: null, onStop: null, persistKey: null, simulator: null };
mountCampaignEditor(document.body, nulls).destroy();

const current: Campaign | null = editor.getConfig();
const validation: Validation = editor.validate();
const valid: boolean = validation.valid;
const firstProblem: Problem | undefined = validation.errors[0];
editor.setConfig({ attempts: [] });
editor.setConfig(current ?? config);
editor.destroy();
editor.free();
bare.destroy();

const scenario: Scenario = {
  campaign: { attempts: [{ delaySeconds: 300 }], longLiving: true },
  dialer: { lines: 2, seed: 42, outcomeMix: { answered: 0.5, busy: 0.5 }, durationsSeconds: { busy: 5 } },
  recipients: [{ name: "Ada", phone: "+15550100", addedAt: 0, script: ["busy", "answered"] }],
  generate: { count: 10 },
  arrivals: { perHour: 12 },
  stopAt: null,
  until: 86_400,
};
const results: Results = simulate(scenario);
const status: "completed" | "running" | "stopped" = results.status;
const ended: number | null = results.endedAt;
const reached: number = results.stats.reached + results.stats.peakLines;
const firstCall = results.calls[0];
const outcome: "answered" | "busy" | "noAnswer" | "unreachable" | undefined = firstCall?.outcome;
const recipientStatus = results.recipients[0]?.status;

const timeline: TimelineEntry[] = previewTimeline(config);
const entry = timeline[0];
const when: string | null | undefined = entry?.firesAt;
const offsets: number[] = timeline.map((e) => e.offsetSeconds + e.dueOffsetSeconds + e.deferredSeconds + e.attempt);

console.log(valid, firstProblem, status, ended, reached, outcome, recipientStatus, when, offsets);

// Misuse the declarations must reject.
// @ts-expect-error an element is required
mountCampaignEditor();
// @ts-expect-error a selector is not an element
mountCampaignEditor("#editor", options);
// @ts-expect-error an unknown option
mountCampaignEditor(host, { persistkey: "campaign-42" });
// @ts-expect-error persistKey is text
mountCampaignEditor(host, { persistKey: 42 });
// @ts-expect-error simulator is true or false
mountCampaignEditor(host, { simulator: "yes" });
// @ts-expect-error onStop receives nothing to read
mountCampaignEditor(host, { onStop: (campaign: Campaign) => console.log(campaign) });
// @ts-expect-error a delay is a number of seconds, not text
editor.setConfig({ attempts: [{ delaySeconds: "300" }] });
// @ts-expect-error attempts are objects with delaySeconds
editor.setConfig({ attempts: [300] });
// @ts-expect-error answered is not a failed outcome: it is never retried
editor.setConfig({ retryOn: ["answered"] });
// @ts-expect-error days are mon … sun
editor.setConfig({ callingWindow: { start: "09:00", end: "18:00", days: ["monday"] } });
// @ts-expect-error longLiving is a boolean
editor.setConfig({ longLiving: "yes" });
// @ts-expect-error getConfig may be null while the campaign is invalid
const notNull: Campaign = editor.getConfig();
// @ts-expect-error validate() gives the problems as a list
const errorText: string = editor.validate().errors;
// @ts-expect-error a scenario's dialer lines are a number
simulate({ dialer: { lines: "5" } });
// @ts-expect-error outcomes are answered, busy, noAnswer or unreachable
simulate({ recipients: [{ script: ["voicemail"] }] });
// @ts-expect-error results.status is one of three words
const done: "done" = simulate({}).status;
// @ts-expect-error previewTimeline takes a campaign
previewTimeline([300, 3600]);
// @ts-expect-error there is no such method
editor.reset();

console.log(notNull, errorText, done);

// The reach model (SPEC section 8): the scenario's dialer and expectedReach.
import { expectedReach, type DialerModel, type ExpectedReach, type ReachSettings } from "campaign-editor";

const model: DialerModel = "reach";
const reachSettings: ReachSettings = { pickUp: 0.5, awayMinutes: 90, presenceByHour: Array(24).fill(0.4) };
const reachResults: Results = simulate({
  campaign: { attempts: [{ delaySeconds: 10_800 }], launchAt: "2026-12-07T09:00" },
  dialer: { model, lines: 10, seed: 7, reach: reachSettings, durationsSeconds: { answered: 90 } },
  generate: { count: 100 },
});
const expected: ExpectedReach = expectedReach(config, reachSettings);
const byCall: number[] = expected.byCall;
const inAll: number = expectedReach(config).reached + expected.callsPerRecipient;
// @ts-expect-error the reach model takes no outcome mix
simulate({ dialer: { model: "reach", outcomeMix: { answered: 1 } } });
// @ts-expect-error the mix model takes no reach settings
simulate({ dialer: { reach: { pickUp: 0.5 } } });
// @ts-expect-error the model is mix or reach
simulate({ dialer: { model: "random" } });
// @ts-expect-error reach settings are numbers
expectedReach(config, { pickUp: "45%" });
// @ts-expect-error expectedReach gives figures, not a list
const notAList: number[] = expectedReach(config);

console.log(reachResults.stats.reached, byCall, inAll, notAList);
// simulate() and simulateAsync() with their options: without the call log, `calls` is not there.
const { simulateAsync } = await import("campaign-editor");
const withLog: Results = await simulateAsync(scenario);
const withoutLog = simulate(scenario, { calls: false });
const later = await simulateAsync({ generate: { count: 1_000_000 } }, { calls: false });
const keep: boolean = Math.random() > 0.5;
const either = simulate(scenario, { calls: keep });
const logLength: number = "calls" in either ? either.calls.length : 0;
console.log(withLog.calls.length, withoutLog.stats.calls, later.recipients.length, logLength);
// @ts-expect-error without the call log, the results have no calls
console.log(withoutLog.calls);
// @ts-expect-error options.calls is true or false
simulate(scenario, { calls: "no" });
// @ts-expect-error simulateAsync gives a Promise
const notAwaited: Results = simulateAsync(scenario);
console.log(notAwaited);
// Call caps (SPEC section 9): in the campaign as given and as given back, and what deferred a retry.
import type { CallCap } from "campaign-editor";

const caps: CallCap[] = [{ calls: 3, hours: 24 }, { calls: 7, hours: 168 }];
const capped: CampaignConfig = { ...config, callCaps: caps };
const cappedEntries: TimelineEntry[] = previewTimeline(capped);
const deferredBy: ("window" | "cap")[] = cappedEntries.map((e) => e.deferredBy).flat();
const givenBack: CallCap[] | undefined = editor.getConfig()?.callCaps;
console.log(deferredBy, givenBack);
// @ts-expect-error a cap's period is a number of hours
previewTimeline({ callCaps: [{ calls: 3, hours: "24" }] });
// @ts-expect-error a cap needs both calls and hours
const halfCap: CallCap = { calls: 3 };
// @ts-expect-error deferredBy names only the window and caps
const byWhat: "stop"[] = cappedEntries[0]?.deferredBy ?? [];
console.log(halfCap, byWhat);
// The strategy advisor (SPEC section 10): suggestStrategy() with its options.
import { suggestStrategy, type SuggestOptions, type Suggestion } from "campaign-editor";
const suggestion: Suggestion = suggestStrategy(config, { attempts: 5, deadlineHours: 48, reach: { pickUp: 0.3 } });
const suggestedDelays: number[] = suggestStrategy(config).delaysSeconds;
const gain: number = suggestion.expected.reached - suggestion.current.callsPerRecipient;
const advised: SuggestOptions = {};
console.log(suggestedDelays, gain, advised);
// @ts-expect-error the deadline is a number of hours
suggestStrategy(config, { deadlineHours: "48" });
// @ts-expect-error the options have no seed
suggestStrategy(config, { seed: 1 });
