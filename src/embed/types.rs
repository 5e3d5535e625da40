//! The TypeScript types of the package's `.d.ts`, written beside the API they describe: the shapes
//! of SPEC sections 4 and 6 as a host writes and reads them.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** What a call came to. */
export type Outcome = "answered" | "busy" | "noAnswer" | "unreachable";
/** The outcomes of a failed call, which a campaign can retry. */
export type FailedOutcome = Exclude<Outcome, "answered">;
export type Weekday = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";

/** One attempt row: seconds to wait before that retry, 1 to 10,800. */
export interface Attempt { delaySeconds: number }
/** Hours (24-hour "HH:MM") and days when calls may start; the end is exclusive. */
export interface CallingWindow { start: string; end: string; days: Weekday[] }

/**
 * A call cap: at most `calls` (1 to 100) calls to one recipient in any `hours` hours (1 to 8,760).
 * A call may start only while fewer than `calls` of the recipient's calls started in the `hours`
 * before it; a retry a cap holds back waits, keeping its place in line.
 */
export interface CallCap { calls: number; hours: number }

/** A campaign as a host gives it: every field optional, with the defaults of the spec. */
export interface CampaignConfig {
  name?: string;
  attempts?: Attempt[];
  retryOn?: FailedOutcome[];
  longLiving?: boolean;
  /** Local date and time, "2026-12-07T09:00"; required with a calling window. */
  launchAt?: string | null;
  callingWindow?: CallingWindow | null;
  /** Up to 3 call caps (default none). */
  callCaps?: CallCap[];
}
/** A valid campaign as the editor gives it back: every field present. */
export interface Campaign {
  name: string;
  attempts: Attempt[];
  retryOn: FailedOutcome[];
  longLiving: boolean;
  launchAt: string | null;
  callingWindow: CallingWindow | null;
  callCaps: CallCap[];
}

/** A problem with an input: where (`attempts[2].delaySeconds`) and what. */
export interface Problem { path: string; message: string }
export interface Validation { valid: boolean; errors: Problem[] }

/** Options of mountCampaignEditor; an option that is null counts as not given. */
export interface EditorOptions {
  /** The campaign to start from (else the defaults), unless a draft is kept under persistKey. */
  config?: CampaignConfig | null;
  /**
   * After every change of the campaign or of its problems (typing, setConfig): the campaign, or
   * null while it is invalid, and the current problems. Not called for the state at mount: read
   * that with getConfig() or validate().
   */
  onChange?: ((config: Campaign | null, errors: Problem[]) => void) | null;
  /**
   * Save as Draft, Start Now and Stop campaign with the campaign valid (onStop: once confirmed).
   * A handler that throws has not saved, started or stopped it: the editor takes the press back
   * and its status says so (`Draft not saved: this page could not save it. …`); the error goes to
   * the console.
   */
  onSaveDraft?: ((config: Campaign) => void) | null;
  onStart?: ((config: Campaign) => void) | null;
  onStop?: (() => void) | null;
  /**
   * Keep exactly what the user typed in localStorage under this key (not empty), and restore it
   * on mount. One editor per key on a page: mounting a second with the same key, or with the key where the
   * first keeps an unreadable draft aside (below), throws an Error (destroy the first one, or give
   * each its own key). Another tab changing the draft is noticed, and the user
   * chooses which draft to keep. A stored draft that cannot be read (or has more than 20 attempt
   * rows) is kept aside under `${persistKey}.unreadable` until the user discards it.
   */
  persistKey?: string | null;
  /** Show the Simulator panel under the editor, to run the campaign as edited (default false). */
  simulator?: boolean | null;
}

/** An editor on the page, as mountCampaignEditor gives it. */
export interface CampaignEditorHandle {
  /** The campaign if what is typed is valid, else null. */
  getConfig(): Campaign | null;
  /** Whether what is typed is valid, and every problem. */
  validate(): Validation;
  /**
   * Replaces what the editor shows with `config`. Throws an Error listing every problem, and
   * leaves the editor as it was, when `config` is not a valid campaign.
   */
  setConfig(config: CampaignConfig): void;
  /**
   * Removes the editor and everything it added to the page (DOM, listeners, timers). Calling it
   * again does nothing, as free() always does; every other method then throws "This campaign
   * editor was destroyed".
   */
  destroy(): void;
  /** Releases nothing: the editor stays on the page until destroy(), and the handle keeps working. */
  free(): void;
}

export interface ScriptedRecipient { name?: string; phone?: string; addedAt?: number; script?: Outcome[] }
/**
 * How the mock dialer draws random recipients' outcomes: "mix", each call an independent draw from
 * `outcomeMix` (the default), or "reach", outcomes that depend on the recipient, the local hour and
 * the previous call (SPEC section 8; needs the campaign's `launchAt`).
 */
export type DialerModel = "mix" | "reach";
/**
 * The reach model's parameters; every field optional, with the default shown. Shares and chances
 * are from 0 to 1.
 */
export interface ReachSettings {
  /** Share of recipients whose number is dead: every call to them is unreachable. Default 0.08. */
  deadNumbers?: number;
  /** Mean chance that a present, free recipient picks up. Default 0.45. */
  pickUp?: number;
  /** How alike recipients' pick-up chances are (Beta concentration, above 0 to 1,000; large = all alike). Default 2. */
  pickUpAlike?: number;
  /** How much each call in the last 24 h lowers the chance to pick up: `pickUp·(1 − fatigue)^n`. Default 0.15. */
  fatigue?: number;
  /** Minutes for presence to relax from what the last call found to the hour's rate (1 to 1,440). Default 60. */
  awayMinutes?: number;
  /** Chance that a present recipient is busy on another call. Default 0.06. */
  busyShare?: number;
  /** Minutes for a busy line to relax to `busyShare` (1 to 1,440). Default 5. */
  busyMinutes?: number;
  /** Chance that a call to an absent recipient is unreachable (phone off) rather than noAnswer. Default 0.15. */
  awayUnreachable?: number;
  /** Chance that a recipient is present, for each local hour from 00:00: exactly 24 values. */
  presenceByHour?: number[];
}
/** What every dialer has. */
export interface DialerBase {
  lines?: number;
  seed?: number;
  durationsSeconds?: Partial<Record<Outcome, number>>;
}
/** The outcome mix dialer (the default); it takes no reach settings. */
export interface MixDialer extends DialerBase {
  model?: "mix";
  outcomeMix?: Partial<Record<Outcome, number>>;
  reach?: never;
}
/** The reach model's dialer; it takes no outcome mix. */
export interface ReachDialer extends DialerBase {
  model: "reach";
  reach?: ReachSettings;
  outcomeMix?: never;
}
/** What a strategy can be expected to reach under the reach model, per recipient. */
export interface ExpectedReach {
  /** Chance of being reached at call k (0 = the first call), one per call of the strategy. */
  byCall: number[];
  /** Chance of being reached at all: the sum of byCall. */
  reached: number;
  /** Expected number of calls made to a recipient (in a suggestion, after the deadline too). */
  callsPerRecipient: number;
}
export interface Scenario {
  campaign?: CampaignConfig;
  dialer?: MixDialer | ReachDialer;
  recipients?: ScriptedRecipient[];
  generate?: { count: number };
  arrivals?: { perHour: number };
  stopAt?: number | null;
  until?: number | null;
}
export interface SimulatedCall { recipient: number; attempt: number; start: number; end: number; outcome: Outcome }
export interface SimulatedRecipient {
  status: "waiting" | "calling" | "reached" | "failed" | "cancelled";
  calls: number;
  finishedAt: number | null;
  lastOutcome: Outcome | null;
}
export interface Results {
  status: "completed" | "running" | "stopped";
  endedAt: number | null;
  calls: SimulatedCall[];
  recipients: SimulatedRecipient[];
  stats: { reached: number; failed: number; cancelled: number; calls: number; peakLines: number };
}
/** The results of a simulation run with `{ calls: false }`: everything but the call log. */
export type ResultsWithoutCalls = Omit<Results, "calls">;
export interface SimulateOptions {
  /**
   * Keep the call log, `calls` in the results (default true). It holds at most 1,000,000 calls: a
   * scenario that makes more throws an Error saying so. false leaves it out, and any scenario runs.
   */
  calls?: boolean;
}
/**
 * Simulates the scenario to its end, with the engine of the simulator panel and the command line.
 * Throws an Error listing every problem of the scenario and the options, or naming the limit of the
 * call log. Blocks the page while it runs: for large scenarios, use simulateAsync().
 */
export function simulate(scenario: Scenario, options?: { calls?: true }): Results;
export function simulate(scenario: Scenario, options: { calls: false }): ResultsWithoutCalls;
export function simulate(scenario: Scenario, options?: SimulateOptions): Results | ResultsWithoutCalls;
/**
 * simulate() without blocking the page while it runs: the engine runs in slices of about 10 ms,
 * yielding to the event loop between them. The scenario is read at the call, on the calling task
 * (about 1 µs a value: a long list of recipients holds the page while it is read; generate does
 * not). Rejects with the Errors simulate() throws.
 */
export function simulateAsync(scenario: Scenario, options?: { calls?: true }): Promise<Results>;
export function simulateAsync(scenario: Scenario, options: { calls: false }): Promise<ResultsWithoutCalls>;
export function simulateAsync(scenario: Scenario, options?: SimulateOptions): Promise<Results | ResultsWithoutCalls>;
/** When one retry fires, in seconds after the first call. */
export interface TimelineEntry {
  attempt: number;
  dueOffsetSeconds: number;
  offsetSeconds: number;
  /** The whole wait from when it is due to when it fires. */
  deferredSeconds: number;
  /** What made it wait: the calling window, a call cap, both (in this order), or nothing. */
  deferredBy: ("window" | "cap")[];
  firesAt: string | null;
}
/** What suggestStrategy() is asked; every field optional. */
export interface SuggestOptions {
  /** Number of attempts (retries) to suggest delays for, 1 to 20 (default: the campaign's own, at least 1). */
  attempts?: number;
  /** Reach is counted by this many hours after launch, 1 to 720 (default 72); later calls do not count. */
  deadlineHours?: number;
  /** The reach model's settings (default: its defaults). */
  reach?: ReachSettings;
}
/** The advisor's suggestion beside the campaign's own strategy: reach counted by the deadline,
 *  calls in all (those after the deadline too: the campaign still makes them). */
export interface Suggestion {
  /** One delay per attempt, in whole seconds (1 to 10,800). */
  delaysSeconds: number[];
  /** The suggestion's expected reach; byCall is 0 for a call after the deadline. */
  expected: ExpectedReach;
  /** The campaign's own strategy's expected reach. */
  current: ExpectedReach;
}
"#;
