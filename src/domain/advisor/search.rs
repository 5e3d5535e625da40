//! The search for the delays that reach the most recipients by the deadline.
//!
//! **What is searched.** Each candidate is a list of delays (whole seconds, 1–10,800). Its calls
//! are placed by the retry timeline ([`RetryTimeline::call_times`]: the calling window and the call
//! caps defer them as they would the campaign's), and it is scored by the exact expected reach of
//! SPEC section 8 ([`expected_reach_along`]), reach counted by the deadline and calls in all (a
//! call after the deadline reaches no one in the figures, but the campaign still makes it): no
//! sampling, so two candidates compare without noise and the same input always gives the same
//! suggestion.
//!
//! **How.** 1. *Starting points* ([`super::starts`]): every plain strategy (all delays equal,
//! [`PLAIN_DELAYS_SECS`](super::PLAIN_DELAYS_SECS)) and the campaign's own delays (cut to the
//! number of attempts, or continued with its last delay), which the suggestion must match or beat;
//! and every strategy whose first few delays are one whole number of 10 minutes and every later
//! delay another (the even ones, such as 2 h 40 min for all; 3 h then 10 min for the rest; 3 h for
//! the first eleven then 10 min), taken only when it keeps the margin below: moving one delay at
//! a time from a plain strategy reaches none of them, and they reach more (weekdays 09:00–20:00 by
//! 72 h: 2 h 40 min for all beats 2 h for all). The best is the incumbent. 2. *Coordinate search* over one delay at a time,
//! the others fixed, on a grid ([`Placement::grid`]): 1 s, each minute to 10 min, each 5 minutes to
//! 3 h, and the delays that land that retry exactly at a calling-window opening, [`MARGIN_SECS`]
//! before its closing or before the deadline, at the start of a local hour (where presence
//! changes), or when a call cap frees it. A candidate with a retry closer than that to a closing,
//! the deadline or a change of presence is not taken ([`MARGIN_SECS`] says why; the first call is
//! where the launch puts it, whatever the delays). Passes repeat while one improves. 3. *Local refinement*: each delay moved
//! by ±150, 60, 30, 10, 5, 2 and 1 s, walking on while it improves. Steps 2 and 3 first maximise
//! reach (exact ties going to fewer expected calls), then run again to minimise expected calls
//! while reach stays within [`REACH_TIE`] (0.1 point) of the best found (SPEC 10: among equal
//! reach, the fewer calls), from the best found or a plain or own strategy there with fewer calls.
//! 4. *Rounding* ([`super::rounding`]): each delay in turn, first to last, becomes the roundest
//! of a whole hour, half hour, quarter, 10 minutes, 5 minutes or minute near it that keeps the
//! margin and changes no figure the page shows. Steps 2–4 judge a move by the retries it places
//! anew ([`Placement::keeps_margin_from`]): a start that breaks the margin still moves.
//!
//! **What it guarantees.** The first run's incumbent only ever changes for a better candidate,
//! and starts at the best plain or own strategy; the second run and the rounding stay within
//! [`REACH_TIE`] of it, and a plain or own strategy there with fewer calls is where the second run
//! starts. So the suggestion is at least as good as every plain strategy and as the campaign's own
//! delays in SPEC 10's sense: it reaches at least as many, or as many within [`REACH_TIE`] with no
//! more calls; no plain or own strategy within [`REACH_TIE`] of the best found makes fewer calls;
//! and it reaches within [`REACH_TIE`] as many as every shape on 10-minute steps that keeps the
//! margin. It is a local optimum over the grid and the refinement moves, not a proof of the global
//! one: the expected reach is not concave in the delays (windows and hours make it jump).
//!
//! [`MARGIN_SECS`]: super::MARGIN_SECS
//!
//! **Budgeted.** [`Search::step`] asks its budget before each candidate scored (5–10 µs natively).

use super::placement::Placement;
use super::request::SuggestRequest;
use super::rounding::{rounder, shows_as};
use super::scored::{Goal, Scored, accepts};
use super::starts::starts;
use super::{REACH_TIE, Suggestion};
use crate::domain::calendar::LocalDateTime;
use crate::domain::campaign::{Campaign, RetryStrategy};
use crate::domain::error::FieldError;
use crate::domain::limits::{MAX_DELAY_SECS, MIN_DELAY_SECS};
use crate::domain::reach::{ExpectedReach, ReachSettings, expected_reach_along};
use crate::domain::timeline::RetryTimeline;

/// The refinement steps, in seconds, largest first.
const REFINE_STEPS: [u32; 7] = [150, 60, 30, 10, 5, 2, 1];
/// Most passes over every delay at one stage: each pass that improves nothing ends the stage.
const MAX_PASSES: u32 = 4;
#[derive(Clone, Copy, Debug, PartialEq)]
enum Stage {
    /// Scoring the starting points.
    Start,
    /// Coordinate search on the grid.
    Grid(Goal),
    /// Local refinement with `REFINE_STEPS[step]`.
    Refine(Goal, usize),
    /// Each delay made rounder where no figure shown changes ([`super::rounding`]).
    Round {
        floor: f64,
    },
    Done,
}

/// The search as a resumable state machine: [`Search::step`] until it returns `true`, then
/// [`Search::suggestion`].
pub struct Search {
    /// The campaign, its attempt rows replaced by each candidate's delays in turn.
    campaign: Campaign,
    launch: LocalDateTime,
    /// Where a retry may land, and the moments worth trying.
    placement: Placement,
    settings: ReachSettings,
    current: Scored,
    /// Starting points not scored yet, each with whether it is one the suggestion must match or
    /// beat (a plain strategy, the campaign's own) rather than one more place to start from.
    starts: Vec<(Vec<u32>, bool)>,
    /// The plain strategies and the campaign's own, scored: those the suggestion must match.
    to_beat: Vec<Scored>,
    best: Scored,
    /// The suggestion's figures before its delays are rounded.
    unrounded: ExpectedReach,
    stage: Stage,
    /// The delay being varied, and the values still to try for it.
    coord: usize,
    queue: Vec<u32>,
    improved: bool,
    passes: u32,
    scored: usize,
}

impl Search {
    /// A search for `campaign` (which needs a launch time: the reach model reads the local hour
    /// from it).
    pub fn new(campaign: &Campaign, request: &SuggestRequest) -> Result<Self, FieldError> {
        let launch = campaign.launch_at.ok_or(FieldError::ReachNeedsLaunch)?;
        let own: Vec<u32> = campaign
            .retry_strategy
            .attempts()
            .iter()
            .map(|a| a.delay_seconds)
            .collect();
        let mut search = Self {
            campaign: campaign.clone(),
            launch,
            placement: Placement::new(campaign, launch, request),
            settings: request.settings,
            current: Scored::none(),
            starts: Vec::new(),
            to_beat: Vec::new(),
            best: Scored::none(),
            unrounded: Scored::none().reach,
            stage: Stage::Start,
            coord: 0,
            queue: Vec::new(),
            improved: false,
            passes: 0,
            scored: 0,
        };
        search.current = search.score(own.clone());
        search.starts = starts(own, request.attempts);
        Ok(search)
    }

    /// Scores candidates while `budget` allows, asking it before each. `true` once the search
    /// is over.
    pub fn step(&mut self, mut budget: impl FnMut() -> bool) -> bool {
        while self.stage != Stage::Done {
            if !budget() {
                return false;
            }
            self.work();
        }
        true
    }

    /// Whether the search is over.
    pub fn is_done(&self) -> bool {
        self.stage == Stage::Done
    }

    /// How many candidates have been scored so far.
    pub fn scored(&self) -> usize {
        self.scored
    }

    /// The best strategy found so far (the suggestion once [`Search::step`] returned `true`).
    pub fn suggestion(&self) -> Suggestion {
        Suggestion {
            delays_seconds: self.best.delays.clone(),
            expected: self.best.reach.clone(),
            current: self.current.reach.clone(),
            call_times: self.best.times.clone(),
            current_call_times: self.current.times.clone(),
            launch: self.launch,
        }
    }

    /// One unit of work: one candidate scored, or moving on to the next delay or stage.
    fn work(&mut self) {
        match self.stage {
            Stage::Done => {}
            Stage::Start => match self.starts.pop() {
                Some((delays, to_beat)) => {
                    let candidate = self.score(delays);
                    if to_beat {
                        self.to_beat.push(candidate.clone());
                    }
                    if (to_beat || self.placement.keeps_margin(&candidate.times))
                        && accepts(Goal::Reach, &candidate, &self.best)
                    {
                        self.best = candidate;
                    }
                }
                None => self.begin(Stage::Grid(Goal::Reach)),
            },
            Stage::Round { floor } => match self.queue.pop() {
                Some(delay) => self.try_round(floor, delay),
                None if self.next_delay() => {}
                None => self.stage = Stage::Done,
            },
            Stage::Grid(goal) | Stage::Refine(goal, _) => match self.queue.pop() {
                Some(delay) => self.try_delay(goal, delay),
                None if self.next_delay() => {}
                None if self.improved && self.passes < MAX_PASSES => self.pass(),
                None => self.begin(self.next_stage()),
            },
        }
    }

    fn next_stage(&self) -> Stage {
        // SPEC 10: reach within REACH_TIE of the best found (which reaches at least as many as
        // every plain or own strategy) counts as equal, and the fewer calls win. Never below the
        // campaign's own strategy when it has fewer attempts than asked: it makes fewer calls for
        // having fewer retries, not for being better.
        let shorter = self.current.delays.len() < self.best.delays.len();
        let own = shorter.then_some(self.current.reach.reached);
        let tie = self.best.reach.reached - REACH_TIE;
        let calls = Goal::Calls {
            floor: own.map_or(tie, |own| own.max(tie)),
        };
        match self.stage {
            Stage::Grid(goal) => Stage::Refine(goal, 0),
            Stage::Refine(goal, step) if step + 1 < REFINE_STEPS.len() => {
                Stage::Refine(goal, step + 1)
            }
            Stage::Refine(Goal::Reach, _) => Stage::Grid(calls),
            Stage::Refine(Goal::Calls { floor }, _) => Stage::Round { floor },
            _ => Stage::Done,
        }
    }

    fn begin(&mut self, stage: Stage) {
        self.stage = stage;
        self.passes = 0;
        // SPEC 10, among equal reach the fewer calls: a plain or own strategy above the floor too.
        if let Stage::Grid(goal @ Goal::Calls { .. }) = stage {
            for start in &self.to_beat {
                if accepts(goal, start, &self.best) {
                    self.best = start.clone();
                }
            }
            // Retries after the deadline add calls, no reach: spread out, more of them answer.
            if let Some(spread) = self
                .placement
                .spread_after(&self.best.delays, &self.best.times)
            {
                let candidate = self.score(spread);
                if accepts(goal, &candidate, &self.best) {
                    self.best = candidate;
                }
            }
        }
        if let Stage::Round { .. } = stage {
            self.unrounded = self.best.reach.clone();
        }
        if stage != Stage::Done {
            self.pass();
        }
    }

    /// Scores the incumbent with its delay `coord` rounded to `delay`; keeps it, and goes on to
    /// the next delay, if it keeps the margin and no figure shown changes.
    fn try_round(&mut self, floor: f64, delay: u32) {
        let candidate = self.score_with(delay);
        let to_beat = self.to_beat.iter().map(|s| &s.reach);
        if self
            .placement
            .keeps_margin_from(&candidate.times, &self.best.times)
            && shows_as(&candidate.reach, &self.unrounded, floor, to_beat)
        {
            self.best = candidate;
            self.queue.clear();
        }
    }

    /// Moves on to the next delay and the values to try for it; `false` after the last.
    fn next_delay(&mut self) -> bool {
        let more = self.coord + 1 < self.best.delays.len();
        if more {
            self.coord += 1;
            self.fill_queue();
        }
        more
    }

    /// Starts a pass over every delay, from the first.
    fn pass(&mut self) {
        self.passes += 1;
        self.improved = false;
        self.coord = 0;
        self.fill_queue();
    }

    /// Scores the incumbent with its delay `coord` set to `delay`; keeps it if better. A
    /// refinement move that improves walks on in the same direction.
    fn try_delay(&mut self, goal: Goal, delay: u32) {
        let old = self.best.delays[self.coord];
        if delay == old {
            return;
        }
        let candidate = self.score_with(delay);
        let clear = self
            .placement
            .keeps_margin_from(&candidate.times, &self.best.times);
        if clear && accepts(goal, &candidate, &self.best) {
            self.best = candidate;
            self.improved = true;
            if let Stage::Refine(..) = self.stage {
                let further = (i64::from(delay) * 2 - i64::from(old))
                    .clamp(MIN_DELAY_SECS.into(), MAX_DELAY_SECS.into());
                self.queue = vec![further as u32];
            }
        }
    }

    /// The values to try for delay `coord`, last tried first.
    fn fill_queue(&mut self) {
        let current = self.best.delays[self.coord];
        let mut queue = match self.stage {
            Stage::Round { .. } => {
                // Tried in order, so not sorted like the others.
                self.queue = rounder(current);
                self.queue.reverse();
                return;
            }
            Stage::Refine(_, step) => {
                let s = REFINE_STEPS[step];
                vec![current.saturating_sub(s), current.saturating_add(s)]
            }
            _ => self
                .placement
                .grid(&self.best.times, self.coord, &self.campaign.call_caps),
        };
        queue.retain(|d| (MIN_DELAY_SECS..=MAX_DELAY_SECS).contains(d) && *d != current);
        queue.sort_unstable();
        queue.dedup();
        queue.reverse();
        self.queue = queue;
    }

    /// Scores the incumbent with its delay `coord` set to `delay`.
    fn score_with(&mut self, delay: u32) -> Scored {
        let mut delays = self.best.delays.clone();
        delays[self.coord] = delay;
        self.score(delays)
    }

    /// Scores `delays` for the campaign ([`score_campaign`]).
    fn score(&mut self, delays: Vec<u32>) -> Scored {
        self.scored += 1;
        self.campaign.retry_strategy = RetryStrategy::from_delays(delays.iter().copied());
        let deadline = self.placement.deadline;
        let (times, reach) = score_campaign(&self.campaign, self.launch, deadline, &self.settings);
        Scored {
            delays,
            times,
            reach,
        }
    }
}

/// When each call of `campaign` fires (its calling window and call caps defer them) and its exact
/// expected reach by `deadline` seconds after `launch`, every call counted among the calls: how
/// the search scores a candidate, and the advisor the rows `Use these delays` replaced.
pub fn score_campaign(
    campaign: &Campaign,
    launch: LocalDateTime,
    deadline: u64,
    settings: &ReachSettings,
) -> (Vec<u64>, ExpectedReach) {
    let times = RetryTimeline::from_campaign(campaign).call_times();
    let reach = expected_reach_along(&times, launch, campaign.retry_on, Some(deadline), settings);
    (times, reach)
}
