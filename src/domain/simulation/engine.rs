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

use std::collections::VecDeque;
use std::fmt;

use super::dialer::{MAX_CALLS, MockDialer};
use super::queue::Lanes;
use super::results::{Call, Counts, RecipientState, RecipientStatus, RunStatus, Stats};
use super::scenario::Scenario;
use crate::domain::campaign::CompletionMode;
use crate::domain::duration::{compact, thousands};
use crate::domain::error::FieldError;
use crate::domain::limits::MAX_RECIPIENTS;
use crate::domain::outcome::{Outcome, OutcomeSet};
use crate::domain::window::LaunchedWindow;

/// Whether a simulation keeps its call log. Without it, memory grows with the recipients only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CallLog {
    Keep,
    Skip,
}

/// The state of a simulation at one moment, for the simulator panel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Snapshot {
    /// Simulated seconds after launch.
    pub time: u64,
    pub status: RunStatus,
    /// The completion or stop time.
    pub ended_at: Option<u64>,
    /// Nothing more will ever happen: completed, stopped with no call left, or at the horizon.
    pub finished: bool,
    pub recipients: Counts,
    pub lines_in_use: u32,
    pub lines: u32,
    /// Calls started so far.
    pub calls: u64,
    pub peak_lines: u32,
    /// The second the next [`Simulation::step`] will process, if any.
    pub next_event: Option<u64>,
    pub completion: CompletionMode,
}

impl Snapshot {
    /// The live status as people read it: `Completed at 6 min 5 s`, `Stopped at 1 h`,
    /// `Running — waiting for recipients` for a long-living campaign with nobody to call, else
    /// `Running — 40 waiting, 5 calling`.
    pub fn status_line(&self) -> String {
        let waiting = self.recipients.of(RecipientStatus::Waiting);
        let calling = self.recipients.of(RecipientStatus::Calling);
        match (self.status, self.ended_at) {
            (RunStatus::Completed, Some(at)) => format!("Completed at {}", compact(at)),
            (RunStatus::Stopped, Some(at)) => format!("Stopped at {}", compact(at)),
            _ if self.completion.is_long_living() && waiting == 0 && calling == 0 => {
                "Running — waiting for recipients".to_owned()
            }
            _ => format!(
                "Running — {} waiting, {} calling",
                thousands(waiting),
                thousands(calling)
            ),
        }
    }

    /// The `stats` of the results.
    pub fn stats(&self) -> Stats {
        Stats {
            reached: self.recipients.of(RecipientStatus::Reached),
            failed: self.recipients.of(RecipientStatus::Failed),
            cancelled: self.recipients.of(RecipientStatus::Cancelled),
            calls: self.calls,
            peak_lines: self.peak_lines,
        }
    }
}

/// Why [`Simulation::add_recipient`] refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AddError {
    FixedCampaign,
    NotRunning,
    Full,
}

impl fmt::Display for AddError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::FixedCampaign => FieldError::LateRecipient.fmt(f),
            Self::NotRunning => f.write_str("The campaign is no longer running"),
            Self::Full => FieldError::TooManyRecipients.fmt(f),
        }
    }
}

impl std::error::Error for AddError {}

/// How many seconds [`Simulation::run_while`] processes between two looks at its budget.
const STEPS_PER_BUDGET_CHECK: usize = 64;
/// `Slot::script` of a recipient whose outcomes are drawn at random.
const RANDOM: u32 = u32::MAX;

/// One recipient as the engine keeps it: 16 bytes.
#[derive(Clone, Copy, Debug)]
struct Slot {
    /// Waiting: when due (or added). Calling: when the call ends. Final: when it finished.
    time: u64,
    /// Where the script starts in `Simulation::scripts`, or [`RANDOM`].
    script: u32,
    script_len: u8,
    calls: u8,
    status: RecipientStatus,
    last_outcome: Option<Outcome>,
}

impl Slot {
    fn waiting(time: u64) -> Self {
        Self {
            time,
            script: RANDOM,
            script_len: 0,
            calls: 0,
            status: RecipientStatus::Waiting,
            last_outcome: None,
        }
    }
}

// What the memory figures rest on: 16 bytes a recipient, 16 a logged call.
const _: () = assert!(size_of::<Slot>() == 16 && size_of::<LoggedCall>() == 16);

/// A recipient due for a call, with the number of calls it has had, packed in 32 bits. The ready
/// queue carries what dispatch needs, so that starting a call does not read the recipient's slot:
/// after hours in the queue it is seldom in the cache any more. Tickets sort by recipient.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Ticket(u32);

impl Ticket {
    const CALL_BITS: u32 = 5;

    fn new(r: u32, calls: u8) -> Self {
        Self(r << Self::CALL_BITS | u32::from(calls))
    }

    fn recipient(self) -> u32 {
        self.0 >> Self::CALL_BITS
    }

    fn calls(self) -> u8 {
        (self.0 & ((1 << Self::CALL_BITS) - 1)) as u8
    }
}

// Every call number and every recipient index fits a ticket.
const _: () =
    assert!(MAX_CALLS < 1 << Ticket::CALL_BITS && MAX_RECIPIENTS <= 1 << (32 - Ticket::CALL_BITS));

/// One call of the log: 16 bytes; its end follows from the outcome.
#[derive(Clone, Copy, Debug)]
struct LoggedCall {
    start: u64,
    recipient: u32,
    attempt: u8,
    outcome: Outcome,
}

/// A stretch of seconds `[from, to)` over which the calling window is all open or all closed.
#[derive(Clone, Copy, Debug)]
struct WindowSpan {
    from: u64,
    to: u64,
    open: bool,
}

impl WindowSpan {
    fn covers(&self, t: u64) -> bool {
        self.from <= t && t < self.to
    }

    fn at(clock: &LaunchedWindow, t: u64) -> Self {
        if clock.is_open(t) {
            let left = clock.window().end().seconds() - clock.at(t).second_of_day();
            Self {
                from: t,
                to: t + left as u64,
                open: true,
            }
        } else {
            Self {
                from: t,
                to: clock.next_opening(t),
                open: false,
            }
        }
    }
}

/// Recipients arriving every `interval` seconds until `end` (if any).
#[derive(Clone, Copy, Debug)]
struct ArrivalTimes {
    interval: u64,
    next: u64,
    end: Option<u64>,
}

impl ArrivalTimes {
    fn next_time(&self) -> Option<u64> {
        self.end
            .is_none_or(|end| self.next <= end)
            .then_some(self.next)
    }
}

/// A campaign being simulated. Build it with [`Simulation::new`], drive it with [`step`],
/// [`advance_to`], [`run_while`] or [`run_to_end`], act on it with [`add_recipient`] and [`stop`],
/// and read it with [`snapshot`], [`recipients`], [`calls`] and [`super::Results`].
///
/// [`step`]: Simulation::step
/// [`advance_to`]: Simulation::advance_to
/// [`run_while`]: Simulation::run_while
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
}

impl Simulation {
    /// A simulation of `scenario` standing at launch, before anything has happened. The scenario
    /// keeps the limits [`Scenario::from_json`] checks (at most [`MAX_RECIPIENTS`] recipients).
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
        let mut slots = Vec::with_capacity(scenario.recipients.len() + scenario.generate as usize);
        let mut scripts = Vec::new();
        for recipient in &scenario.recipients {
            let mut slot = Slot::waiting(recipient.added_at);
            if let Some(script) = &recipient.script {
                let kept = &script[..script.len().min(MAX_CALLS)];
                slot.script = scripts.len() as u32;
                slot.script_len = kept.len() as u8;
                scripts.extend_from_slice(kept);
            }
            slots.push(slot);
            counts.moved(None, RecipientStatus::Waiting);
        }
        let mut listed: Vec<u32> = (0..slots.len() as u32).collect();
        listed.sort_by_key(|&r| slots[r as usize].time);
        let first_generated = slots.len() as u32;
        for _ in 0..scenario.generate {
            slots.push(Slot::waiting(0));
            counts.moved(None, RecipientStatus::Waiting);
        }

        Self {
            retries: Lanes::for_delays(&delays),
            delays,
            retry_on: campaign.retry_on,
            completion: campaign.completion,
            lines: scenario.dialer.lines,
            dialer: MockDialer::new(&scenario.dialer),
            window: campaign
                .calling_window
                .zip(campaign.launch_at)
                .map(|(window, launch)| window.from_launch(launch)),
            stop_at: scenario.stop_at,
            until: scenario.until,
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
            ready: VecDeque::new(),
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
            log: (log == CallLog::Keep).then(Vec::new),
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

    /// Steps while `within_budget` says so, asking it every few dozen seconds processed (it is
    /// the caller's clock: the domain never reads one). Returns `true` when nothing is left to
    /// happen, `false` when the budget ran out first.
    pub fn run_while(&mut self, mut within_budget: impl FnMut() -> bool) -> bool {
        while within_budget() {
            for _ in 0..STEPS_PER_BUDGET_CHECK {
                if self.step().is_none() {
                    return true;
                }
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
        if self.finished || self.status != RunStatus::Running {
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
        if self.finished || self.status != RunStatus::Running {
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
            finished_at: slot.status.is_final().then_some(slot.time),
            last_outcome: slot.last_outcome,
        })
    }

    /// Every recipient's state, by index.
    pub fn recipients(&self) -> impl Iterator<Item = RecipientState> + '_ {
        (0..self.slots.len()).filter_map(|i| self.recipient(i))
    }

    pub fn keeps_calls(&self) -> bool {
        self.log.is_some()
    }

    /// The call log in the order calls started (empty when the log is not kept).
    pub fn calls(&self) -> impl Iterator<Item = Call> + '_ {
        self.log.iter().flatten().map(|call| self.call_of(call))
    }

    /// Call `index` of the log, in the order calls started.
    pub fn call(&self, index: usize) -> Option<Call> {
        self.log.as_ref()?.get(index).map(|call| self.call_of(call))
    }

    /// How many calls the log holds.
    pub fn logged_calls(&self) -> usize {
        self.log.as_ref().map_or(0, Vec::len)
    }

    fn call_of(&self, call: &LoggedCall) -> Call {
        Call {
            recipient: call.recipient as usize,
            attempt: call.attempt.into(),
            start: call.start,
            end: call.start + u64::from(self.dialer.duration(call.outcome)),
            outcome: call.outcome,
        }
    }

    /// The second the next step processes: the earliest call end, retry or addition, the stop, or
    /// the window's next opening while someone waits for it with a line free. `None` past the
    /// horizon or when nothing is left to happen.
    fn next_instant(&self) -> Option<u64> {
        if self.finished {
            return None;
        }
        if self.now == 0 && !self.processed {
            // Launch is always processed: a fixed campaign with nobody to call completes there.
            return Some(0);
        }
        let from = if self.processed {
            self.now + 1
        } else {
            self.now
        };
        let mut next = self.ends.next_time();
        let mut consider = |t: Option<u64>| {
            if let Some(t) = t {
                next = Some(next.map_or(t, |n| n.min(t)));
            }
        };
        consider(self.retries.next_time());
        if self.status == RunStatus::Running {
            consider(
                self.listed
                    .get(self.listed_next)
                    .map(|&r| self.slot(r).time),
            );
            consider((!self.added_by_hand.is_empty()).then_some(from));
            consider(self.arrivals.and_then(|a| a.next_time()));
            consider(self.stop_at.filter(|&t| t >= from));
            if !self.ready.is_empty() && self.lines_in_use < self.lines {
                consider(Some(self.next_opening(from)));
            }
        }
        next.filter(|&t| self.until.is_none_or(|until| t <= until))
    }

    /// The first second at or after `t` when the calling window is open.
    fn next_opening(&self, t: u64) -> u64 {
        match (&self.window, self.window_span) {
            (None, _) => t,
            (Some(_), Some(span)) if span.covers(t) => {
                if span.open {
                    t
                } else {
                    span.to
                }
            }
            (Some(clock), _) => clock.next_opening(t),
        }
    }

    fn window_open(&mut self, t: u64) -> bool {
        let Some(clock) = &self.window else {
            return true;
        };
        match self.window_span {
            Some(span) if span.covers(t) => span.open,
            _ => {
                let span = WindowSpan::at(clock, t);
                self.window_span = Some(span);
                span.open
            }
        }
    }

    fn finish_at_horizon(&mut self) {
        if let Some(until) = self.until
            && !self.finished
        {
            self.now = until;
            self.processed = true;
            self.finished = true;
        }
    }

    /// Processes second `t` in the order of SPEC section 3.
    fn process(&mut self, t: u64) {
        self.now = t;
        self.processed = true;

        // (1) Calls ending at t.
        let mut ended = std::mem::take(&mut self.ended);
        self.ends.take(t, |r| ended.push(r));
        for &r in &ended {
            self.end_call(r, t);
        }
        ended.clear();
        self.ended = ended;

        // (2) Recipients added at t join the retries due at t, all in index order.
        let mut due = std::mem::take(&mut self.due);
        self.retries.take(t, |ticket| due.push(Ticket(ticket)));
        if self.status == RunStatus::Running {
            due.sort_unstable();
            self.admit(t, &due);
        }
        due.clear();
        self.due = due;

        // (3) Completion, (4) the stop, (5) dispatch.
        if self.status == RunStatus::Running
            && self.completion == CompletionMode::Fixed
            && self.counts.of(RecipientStatus::Waiting) == 0
            && self.counts.of(RecipientStatus::Calling) == 0
        {
            self.status = RunStatus::Completed;
            self.ended_at = Some(t);
        }
        if self.status == RunStatus::Running && self.stop_at == Some(t) {
            self.halt(t);
        }
        if self.status == RunStatus::Running {
            self.dispatch(t);
        }

        self.finished = self.status == RunStatus::Completed
            || (self.status == RunStatus::Stopped && self.lines_in_use == 0)
            || self.until == Some(t);
    }

    /// Puts the retries `due` at `t` (sorted) and the recipients added at `t` in the ready queue,
    /// merged by index. Additions come in index order already: listed, generated (at launch),
    /// added by hand, arriving.
    fn admit(&mut self, t: u64, due: &[Ticket]) {
        let listed_from = self.listed_next;
        while self
            .listed
            .get(self.listed_next)
            .is_some_and(|&r| self.slot(r).time == t)
        {
            self.listed_next += 1;
        }
        let generated = if t == 0 { self.generated.clone() } else { 0..0 };
        let arrival = match self.arrivals {
            Some(mut clock) if clock.next_time() == Some(t) => {
                clock.next += clock.interval;
                self.arrivals = Some(clock);
                Some(self.add_slot(Slot::waiting(t)))
            }
            _ => None,
        };
        if listed_from == self.listed_next
            && t != 0
            && self.added_by_hand.is_empty()
            && arrival.is_none()
        {
            // Most seconds add nobody.
            self.ready.extend(due);
            return;
        }
        let mut additions = self.listed[listed_from..self.listed_next]
            .iter()
            .copied()
            .chain(generated)
            .chain(self.added_by_hand.drain(..))
            .chain(arrival)
            .map(|r| Ticket::new(r, 0))
            .peekable();
        let mut due = due.iter().copied().peekable();
        loop {
            let next = match (additions.peek(), due.peek()) {
                (Some(&a), Some(&d)) if a < d => additions.next(),
                (Some(_), None) => additions.next(),
                _ => due.next(),
            };
            match next {
                Some(r) => self.ready.push_back(r),
                None => break,
            }
        }
    }

    /// Starts calls at `t` while lines are free, the window is open and someone is due.
    fn dispatch(&mut self, t: u64) {
        if self.ready.is_empty() || self.lines_in_use >= self.lines || !self.window_open(t) {
            return;
        }
        while self.lines_in_use < self.lines {
            let Some(ticket) = self.ready.pop_front() else {
                break;
            };
            self.start_call(ticket, t);
        }
        self.peak_lines = self.peak_lines.max(self.lines_in_use);
    }

    /// Starts the call of `ticket` at `t`. Only a scripted recipient's slot is read: the outcome
    /// of a random one follows from its index and call number.
    fn start_call(&mut self, ticket: Ticket, t: u64) {
        let (r, k) = (ticket.recipient(), ticket.calls());
        let script = (r < self.listed.len() as u32)
            .then(|| self.script(r))
            .flatten();
        let outcome = self.dialer.outcome(r, k.into(), script);
        let end = t + u64::from(self.dialer.duration(outcome));
        if let Some(log) = &mut self.log {
            log.push(LoggedCall {
                start: t,
                recipient: r,
                attempt: k,
                outcome,
            });
        }
        let slot = &mut self.slots[r as usize];
        slot.calls = k + 1;
        slot.last_outcome = Some(outcome);
        slot.time = end;
        slot.status = RecipientStatus::Calling;
        self.counts
            .moved(Some(RecipientStatus::Waiting), RecipientStatus::Calling);
        self.lines_in_use += 1;
        self.calls += 1;
        self.ends.push(outcome.index(), end, r);
    }

    /// Call k of recipient `r` ends at `t`: reached, due again after attempt k+1's delay, or
    /// failed; after a stop a call that would be retried is cancelled instead.
    fn end_call(&mut self, r: u32, t: u64) {
        self.lines_in_use -= 1;
        let slot = self.slots[r as usize];
        let outcome = slot
            .last_outcome
            .expect("a call in progress has an outcome");
        let row = usize::from(slot.calls) - 1;
        let retry = self
            .delays
            .get(row)
            .filter(|_| self.retry_on.contains(outcome));
        let (status, time) = match (outcome, retry) {
            (Outcome::Answered, _) => (RecipientStatus::Reached, t),
            (_, Some(_)) if self.status == RunStatus::Stopped => (RecipientStatus::Cancelled, t),
            (_, Some(delay)) => {
                self.retries
                    .push(row, t + delay, Ticket::new(r, slot.calls).0);
                (RecipientStatus::Waiting, t + delay)
            }
            (_, None) => (RecipientStatus::Failed, t),
        };
        self.counts.moved(Some(RecipientStatus::Calling), status);
        let slot = &mut self.slots[r as usize];
        slot.time = time;
        slot.status = status;
    }

    /// The stop at `t`: everyone waiting or not added yet is cancelled; calls in progress finish.
    fn halt(&mut self, t: u64) {
        self.status = RunStatus::Stopped;
        self.ended_at = Some(t);
        for slot in &mut self.slots {
            if slot.status == RecipientStatus::Waiting {
                slot.status = RecipientStatus::Cancelled;
                slot.time = t;
            }
        }
        self.counts.cancel_waiting();
        self.ready.clear();
        self.retries.clear();
    }

    fn add_slot(&mut self, slot: Slot) -> u32 {
        self.counts.moved(None, slot.status);
        self.slots.push(slot);
        (self.slots.len() - 1) as u32
    }

    fn slot(&self, r: u32) -> &Slot {
        &self.slots[r as usize]
    }

    /// Recipient `r`'s script, if it has one.
    fn script(&self, r: u32) -> Option<&[Outcome]> {
        let slot = self.slot(r);
        let start = slot.script as usize;
        (slot.script != RANDOM).then(|| &self.scripts[start..start + usize::from(slot.script_len)])
    }
}
