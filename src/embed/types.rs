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

/** A campaign as a host gives it: every field optional, with the defaults of the spec. */
export interface CampaignConfig {
  name?: string;
  attempts?: Attempt[];
  retryOn?: FailedOutcome[];
  longLiving?: boolean;
  /** Local date and time, "2026-12-07T09:00"; required with a calling window. */
  launchAt?: string | null;
  callingWindow?: CallingWindow | null;
}
/** A valid campaign as the editor gives it back: every field present. */
export interface Campaign {
  name: string;
  attempts: Attempt[];
  retryOn: FailedOutcome[];
  longLiving: boolean;
  launchAt: string | null;
  callingWindow: CallingWindow | null;
}

/** A problem with an input: where (`attempts[2].delaySeconds`) and what. */
export interface Problem { path: string; message: string }
export interface Validation { valid: boolean; errors: Problem[] }

export interface EditorOptions {
  /** The campaign to start from (else the defaults), unless a draft is kept under persistKey. */
  config?: CampaignConfig;
  /**
   * After every change of the campaign or of its problems (typing, setConfig): the campaign, or
   * null while it is invalid, and the current problems. Not called for the state at mount: read
   * that with getConfig() or validate().
   */
  onChange?: (config: Campaign | null, errors: Problem[]) => void;
  onSaveDraft?: (config: Campaign) => void;
  onStart?: (config: Campaign) => void;
  onStop?: () => void;
  /** Keep exactly what the user typed in localStorage under this key, and restore it on mount. */
  persistKey?: string;
  /** Show the Simulator panel under the editor, to run the campaign as edited (default false). */
  simulator?: boolean;
}

export interface ScriptedRecipient { name?: string; phone?: string; addedAt?: number; script?: Outcome[] }
export interface Scenario {
  campaign?: CampaignConfig;
  dialer?: {
    lines?: number;
    seed?: number;
    outcomeMix?: Partial<Record<Outcome, number>>;
    durationsSeconds?: Partial<Record<Outcome, number>>;
  };
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
 * Throws an Error listing every problem of the scenario or the options, or naming the limit of the
 * call log. Blocks the page while it runs: for large scenarios, use simulateAsync().
 */
export function simulate(scenario: Scenario, options?: { calls?: true }): Results;
export function simulate(scenario: Scenario, options: { calls: false }): ResultsWithoutCalls;
export function simulate(scenario: Scenario, options?: SimulateOptions): Results | ResultsWithoutCalls;
/**
 * simulate() without blocking the page: the engine runs in slices of about 10 ms, yielding to the
 * event loop between them. Rejects with the Errors simulate() throws.
 */
export function simulateAsync(scenario: Scenario, options?: { calls?: true }): Promise<Results>;
export function simulateAsync(scenario: Scenario, options: { calls: false }): Promise<ResultsWithoutCalls>;
export function simulateAsync(scenario: Scenario, options?: SimulateOptions): Promise<Results | ResultsWithoutCalls>;
/** When one retry fires, in seconds after the first call. */
export interface TimelineEntry {
  attempt: number;
  dueOffsetSeconds: number;
  offsetSeconds: number;
  deferredSeconds: number;
  firesAt: string | null;
}
"#;
