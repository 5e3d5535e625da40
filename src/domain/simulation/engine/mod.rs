//! The discrete-event engine of SPEC section 3, driven one instant at a time.
//!
//! Time is whole seconds after launch. The engine stands at a second `now`, either before it (no
//! event of that second has happened yet) or after it (all of them have). Processing a second runs
//! the section 3 order: (1) calls ending, (2) recipients added, (3) completion, (4) the stop,
//! (5) dispatch onto free lines. Only seconds where something can happen are processed; the rest
//! are skipped in O(1) through the event queue.
//!
//! ```
//! use campaign_editor::domain::simulation::{CallLog, Scenario, Simulation};
//!
//! let scenario = Scenario::from_json_str(r#"{
//!     "campaign": {"attempts": [{"delaySeconds": 300}]},
//!     "recipients": [{"name": "Ada", "script": ["busy", "answered"]}]
//! }"#).unwrap();
//! let mut simulation = Simulation::new(&scenario, CallLog::Keep);
//! assert_eq!(simulation.step(), Some(0)); // the first call starts at launch
//! simulation.run_to_end();
//! assert_eq!(simulation.snapshot().ended_at, Some(365));
//! ```

mod arrival_times;
mod call_log;
mod caps;
mod instant;
mod slots;
mod window_span;

use std::collections::VecDeque;

use self::arrival_times::ArrivalTimes;
use self::caps::CapRules;
use self::slots::{LoggedCall, Slot, Ticket};
use self::window_span::WindowSpan;
use super::dialer::MockDialer;
use super::queue::Lanes;
use super::scenario::Scenario;
use super::state::{
    AddError, CallLog, Counts, RecipientState, RecipientStatus, RunStatus, Snapshot,
};
use crate::domain::campaign::CompletionMode;
use crate::domain::limits::{MAX_CALLS, MAX_RECIPIENTS, MAX_SCENARIO_SECS};
use crate::domain::outcome::{Outcome, OutcomeSet};
use crate::domain::window::LaunchedWindow;

/// How much work [`Simulation::run_until`] does between two looks at its budget: a second
/// processed counts one, and so does each call started (one second on 10,000 lines starts up to
/// 10,000 calls).
const WORK_PER_BUDGET_CHECK: u64 = 4_096;

/// A campaign being simulated. Build it with [`Simulation::new`], drive it with [`step`],
/// [`advance_to`], [`run_while`], [`run_until`] or [`run_to_end`], act on it with [`add_recipient`] and [`stop`],
/// and read it with [`snapshot`], [`recipients`], [`calls`] and [`Results`](super::report::Results).
///
/// [`step`]: Simulation::step
/// [`advance_to`]: Simulation::advance_to
/// [`run_while`]: Simulation::run_while
/// [`run_until`]: Simulation::run_until
/// [`run_to_end`]: Simulation::run_to_end
/// [`add_recipient`]: Simulation::add_recipient
/// [`stop`]: Simulation::stop
/// [`snapshot`]: Simulation::snapshot
/// [`recipients`]: Simulation::recipients
/// [`calls`]: Simulation::calls
pub struct Simulation {
    // The scenario, as the engine reads it.
    delays: Vec<u64>,
    retry_on: OutcomeSet,
    completion: CompletionMode,
    lines: u32,
    dialer: MockDialer,
    window: Option<LaunchedWindow>,
    /// The call caps, with the call starts they need: `None` without caps (nothing is kept).
    caps: Option<CapRules>,
    stop_at: Option<u64>,
    until: Option<u64>,

    // Recipients, and those yet to be added.
    slots: Vec<Slot>,
    scripts: Vec<Outcome>,
    /// Listed recipients by `(addedAt, index)`; those before `listed_next` have been added.
    listed: Vec<u32>,
    listed_next: usize,
    /// The generated recipients, all added at launch.
    generated: std::ops::Range<u32>,
    arrivals: Option<ArrivalTimes>,
    /// Recipients added by hand while the current second is not processed yet.
    added_by_hand: Vec<u32>,

    // Events: calls ending (by outcome) and retries falling due (by attempt row), and the
    // recipients due now or earlier in dispatch order.
    ends: Lanes,
    retries: Lanes,
    ready: VecDeque<Ticket>,
    ended: Vec<u32>,
    due: Vec<Ticket>,
    window_span: Option<WindowSpan>,

    // The clock and the campaign.
    now: u64,
    processed: bool,
    status: RunStatus,
    ended_at: Option<u64>,
    finished: bool,

    // Tallies.
    counts: Counts,
    lines_in_use: u32,
    peak_lines: u32,
    calls: u64,
    log: Option<Vec<LoggedCall>>,
    /// The most calls the log keeps.
    log_limit: usize,
}

impl Simulation {
    /// A simulation of `scenario` standing at launch, before anything has happened. The scenario
    /// keeps the limits [`Scenario::from_json`] checks (at most [`MAX_RECIPIENTS`] recipients,
    /// and a launch time under the reach model, without which this panics). A fixed campaign
    /// without `until` stops at [`MAX_SCENARIO_SECS`] if it has not completed by then (see
    /// [`Simulation::at_time_limit`]).
    pub fn new(scenario: &Scenario, log: CallLog) -> Self {
        debug_assert!(
            scenario.recipients.len() as u64 + scenario.generate <= MAX_RECIPIENTS,
            "too many recipients"
        );
        let campaign = &scenario.campaign;
        let delays: Vec<u64> = campaign
            .retry_strategy
            .attempts()
            .iter()
            .map(|a| a.delay_seconds.into())
            .collect();

        let mut counts = Counts::default();
        let at_launch = scenario.recipients.len() + scenario.generate as usize;
        let mut dialer = MockDialer::new(&scenario.dialer, campaign.launch_at);
        dialer.reserve(at_launch);
        let mut slots = Vec::with_capacity(at_launch);
        let mut scripts = Vec::new();
        for recipient in &scenario.recipients {
            let mut slot = Slot::waiting(recipient.added_at);
            if let Some(script) = &recipient.script {
                let kept = &script[..script.len().min(MAX_CALLS)];
                slot.script = scripts.len() as u32;
                slot.script_len = kept.len() as u8;
                scripts.extend_from_slice(kept);
            }
            dialer.admit(slots.len() as u32);
            slots.push(slot);
            counts.moved(None, RecipientStatus::Waiting);
        }
        let mut listed: Vec<u32> = (0..slots.len() as u32).collect();
        // By time, then in the order listed: unstable, whose code in the wasm is half a stable sort.
        listed.sort_unstable_by_key(|&r| (slots[r as usize].time(), r));
        let first_generated = slots.len() as u32;
        for _ in 0..scenario.generate {
            dialer.admit(slots.len() as u32);
            slots.push(Slot::waiting(0));
            counts.moved(None, RecipientStatus::Waiting);
        }

        Self {
            retries: Lanes::for_delays(&delays),
            delays,
            retry_on: campaign.retry_on,
            completion: campaign.completion,
            lines: scenario.dialer.lines,
            dialer,
            window: campaign
                .calling_window
                .zip(campaign.launch_at)
                .map(|(window, launch)| window.from_launch(launch)),
            caps: CapRules::new(
                &campaign.call_caps,
                campaign.retry_strategy.len(),
                slots.len(),
            ),
            stop_at: scenario.stop_at,
            until: scenario
                .until
                .or((campaign.completion == CompletionMode::Fixed).then_some(MAX_SCENARIO_SECS)),
            generated: first_generated..slots.len() as u32,
            slots,
            scripts,
            listed,
            listed_next: 0,
            arrivals: scenario.arrivals.map(|a| ArrivalTimes {
                interval: a.interval(),
                next: a.interval(),
                end: scenario.arrivals_end(),
            }),
            added_by_hand: Vec::new(),
            ends: Lanes::for_delays(&Outcome::ALL.map(|o| scenario.dialer.durations.of(o).into())),
            ready: VecDeque::with_capacity(scenario.generate as usize),
            ended: Vec::new(),
            due: Vec::new(),
            window_span: None,
            now: 0,
            processed: false,
            status: RunStatus::Running,
            ended_at: None,
            finished: false,
            counts,
            lines_in_use: 0,
            peak_lines: 0,
            calls: 0,
            log: (log != CallLog::Skip).then(Vec::new),
            log_limit: match log {
                CallLog::KeepFirst(n) => n,
                _ => usize::MAX,
            },
        }
    }

    /// Processes the next second where something happens and returns it; `None` when nothing is
    /// left to happen (the run is finished, or a long-living campaign without a horizon waits for
    /// recipients). At the horizon the clock moves to `until`.
    pub fn step(&mut self) -> Option<u64> {
        match self.next_instant() {
            Some(t) => {
                self.process(t);
                Some(t)
            }
            None => {
                self.finish_at_horizon();
                None
            }
        }
    }

    /// Processes every second before `t`; the simulation then stands at the start of second `t`
    /// (or at its end, if it finished earlier or `t` is past the horizon).
    pub fn advance_to(&mut self, t: u64) {
        while let Some(next) = self.next_instant().filter(|&next| next < t) {
            self.process(next);
        }
        if self.finished {
            return;
        }
        if self.until.is_some_and(|until| t > until) {
            self.finish_at_horizon();
        } else if t > self.now {
            self.now = t;
            self.processed = false;
        }
    }

    /// [`Simulation::advance_to`] `seconds` later than now.
    pub fn advance_by(&mut self, seconds: u64) {
        self.advance_to(self.now.saturating_add(seconds));
    }

    /// Steps while `within_budget` says so, asking it every few thousand calls or seconds processed (it is
    /// the caller's clock: the domain never reads one). Returns `true` when nothing is left to
    /// happen, `false` when the budget ran out first.
    pub fn run_while(&mut self, within_budget: impl FnMut() -> bool) -> bool {
        self.run_until(None, within_budget, |_| {})
    }

    /// Steps towards `target` (to the end when `None`) while `within_budget` says so, asking it
    /// every few thousand calls or seconds processed, and shows each second processed to `after_step`. Once
    /// nothing is left to happen before `target`, it [advances](Simulation::advance_to) to
    /// `target`. Returns `true` when it got there or nothing is left to happen, `false` when the
    /// budget ran out first.
    pub fn run_until(
        &mut self,
        target: Option<u64>,
        mut within_budget: impl FnMut() -> bool,
        mut after_step: impl FnMut(&Self),
    ) -> bool {
        while within_budget() {
            let (calls_before, mut steps) = (self.calls, 0);
            while steps + self.calls - calls_before < WORK_PER_BUDGET_CHECK {
                steps += 1;
                match (self.next_instant(), target) {
                    (next, Some(target)) if next.is_none_or(|next| next >= target) => {
                        self.advance_to(target);
                        return true;
                    }
                    _ => {
                        if self.step().is_none() {
                            return true;
                        }
                    }
                }
                after_step(self);
            }
        }
        false
    }

    /// Steps until nothing is left to happen. A long-living campaign needs `until` or `stopAt`
    /// to get there (the scenario reader insists on one).
    pub fn run_to_end(&mut self) {
        while self.step().is_some() {}
    }

    /// Adds a random recipient to a running long-living campaign, due now, and returns its index.
    /// If the current second has been processed, it is dispatched at once when a line is free.
    pub fn add_recipient(&mut self) -> Result<usize, AddError> {
        if !self.completion.is_long_living() {
            return Err(AddError::FixedCampaign);
        }
        if !self.status.is_live(self.finished) {
            return Err(AddError::NotRunning);
        }
        if self.slots.len() as u64 >= MAX_RECIPIENTS {
            return Err(AddError::Full);
        }
        let index = self.add_slot(Slot::waiting(self.now));
        if self.processed {
            // Everything due before it has been dispatched or waits for a line: it comes last.
            self.ready.push_back(Ticket::new(index, 0));
            self.dispatch(self.now);
        } else {
            self.added_by_hand.push(index);
        }
        Ok(index as usize)
    }

    /// Stops the campaign at the first second not processed yet: now, or one second later when
    /// this second's calls have already been dispatched. Returns the stop time, or `None` when the
    /// campaign was not running (or completes at that very second, which comes first).
    pub fn stop(&mut self) -> Option<u64> {
        if !self.status.is_live(self.finished) {
            return None;
        }
        let t = if self.processed {
            self.now + 1
        } else {
            self.now
        };
        self.stop_at = Some(t);
        self.process(t);
        (self.status == RunStatus::Stopped).then_some(t)
    }

    /// The state now.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            time: self.now,
            status: self.status,
            ended_at: self.ended_at,
            finished: self.finished,
            recipients: self.counts,
            lines_in_use: self.lines_in_use,
            lines: self.lines,
            calls: self.calls,
            peak_lines: self.peak_lines,
            next_event: self.next_instant(),
            completion: self.completion,
        }
    }

    /// Simulated seconds after launch.
    pub fn time(&self) -> u64 {
        self.now
    }

    pub fn is_finished(&self) -> bool {
        self.finished
    }

    /// How many recipients there are so far (those arriving later are not counted yet).
    pub fn recipient_count(&self) -> usize {
        self.slots.len()
    }

    /// Recipient `index`'s state.
    pub fn recipient(&self, index: usize) -> Option<RecipientState> {
        self.slots.get(index).map(|slot| RecipientState {
            status: slot.status,
            calls: slot.calls.into(),
            finished_at: slot.status.is_final().then_some(slot.time()),
            last_outcome: slot.last_outcome,
        })
    }

    /// Every recipient's state, by index.
    pub fn recipients(&self) -> impl Iterator<Item = RecipientState> + '_ {
        (0..self.slots.len()).filter_map(|i| self.recipient(i))
    }

    /// The campaign's attempt rows: how many retries a recipient can have.
    pub fn attempts(&self) -> usize {
        self.delays.len()
    }
}
