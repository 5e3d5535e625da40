//! One run of the simulator panel: the engine, and what the panel derives from it as it goes.

use super::calls::{CallFilter, FilteredCalls};
use super::history::{History, progress};
use super::playback::{Carry, Playback, Speed};
use super::reach_by_call::{ReachByCall, reached_by_call};
use crate::domain::calendar::LocalDateTime;
use crate::domain::duration::thousands;
use crate::domain::limits::MAX_LOGGED_CALLS;
use crate::domain::reach::{ExpectedReach, expected_reach};
use crate::domain::simulation::{CallLog, DialerModel, Scenario, Simulation};

/// One simulated run: the engine, the history behind the chart, the calls the table lists, and
/// the simulated time playback owes.
pub struct Run {
    pub simulation: Simulation,
    pub history: History,
    pub calls: FilteredCalls,
    /// What the reach model expects of the campaign's strategy; `None` with the mix model.
    pub expected: Option<ExpectedReach>,
    /// The scenario run, for the export buttons.
    pub scenario: Scenario,
    carry: Carry,
}

/// What the panel says of a run whose campaign or settings have changed since it started.
pub const CHANGED_NOTE: &str = "The campaign or the settings have changed since this run started: Reset, then Run, to simulate them.";

impl Run {
    /// A run of `scenario` standing at launch, keeping the first [`MAX_LOGGED_CALLS`] calls for
    /// the table.
    pub fn new(scenario: &Scenario) -> Self {
        Self::keeping_calls(scenario, MAX_LOGGED_CALLS)
    }

    /// A run of `scenario` standing at launch that keeps its first `limit` calls for the table
    /// and goes on without listing more: memory stays bounded whatever the run makes.
    pub fn keeping_calls(scenario: &Scenario, limit: usize) -> Self {
        Self {
            simulation: Simulation::new(scenario, CallLog::KeepFirst(limit)),
            history: History::default(),
            calls: FilteredCalls::default(),
            expected: match scenario.dialer.model {
                DialerModel::Reach(settings) => expected_reach(&scenario.campaign, &settings).ok(),
                DialerModel::Mix(_) => None,
            },
            scenario: scenario.clone(),
            carry: Carry::default(),
        }
    }

    /// The campaign's launch time, if it has one: the charts and the clock read local times from it.
    pub fn launch(&self) -> Option<LocalDateTime> {
        self.scenario.campaign.launch_at
    }

    /// One playback tick: `Playing`, simulates the whole seconds `elapsed` wall-clock seconds
    /// make at `speed`; `ToEnd`, everything left. Stops early when `within_budget` says so,
    /// noting each state on the way for the chart.
    pub fn play(
        &mut self,
        mode: Playback,
        elapsed: f64,
        speed: Speed,
        within_budget: impl FnMut() -> bool,
    ) {
        let target = match mode {
            Playback::ToEnd => None,
            Playback::Playing => Some(self.simulation.time() + self.carry.take(elapsed, speed)),
        };
        let history = &mut self.history;
        self.simulation
            .run_until(target, within_budget, |simulation| {
                let snapshot = simulation.snapshot();
                history.record(snapshot.time, &snapshot.recipients);
            });
    }

    /// The note the panel shows while the campaign and settings as they are now (`current`, `None`
    /// while they cannot run) are not those this run started with, or Compare's B is not the one
    /// that ran beside it (`b_changed`, [`comparison_changed`]): its figures are of the run as
    /// started, and Run goes on with it.
    pub fn changed_note(
        &self,
        current: Option<&Scenario>,
        b_changed: bool,
    ) -> Option<&'static str> {
        let same = !b_changed && current.is_some_and(|now| runs_like(now, &self.scenario));
        (!same).then_some(CHANGED_NOTE)
    }

    /// Lists the calls `filter` keeps from now on.
    pub fn set_filter(&mut self, filter: CallFilter) {
        self.calls.set_filter(filter);
        self.calls.refresh(&self.simulation);
    }

    /// Notes the state now for the chart and the calls table.
    pub fn record(&mut self) {
        let snapshot = self.simulation.snapshot();
        self.history.record(snapshot.time, &snapshot.recipients);
        self.calls.refresh(&self.simulation);
    }

    /// Reach by call number so far, next to the expected one: only for a run of the reach model.
    /// It reads every recipient, so the view asks for it once per change it shows.
    pub fn reach_by_call(&self) -> Option<ReachByCall> {
        let expected = self.expected.as_ref()?;
        let reached = reached_by_call(&self.simulation);
        let recipients = self.simulation.recipient_count();
        Some(ReachByCall::new(&reached, recipients, Some(expected)))
    }

    /// What the Calls table says once the log is full, `None` before.
    pub fn calls_note(&self) -> Option<String> {
        let left_out = self.simulation.calls_not_logged();
        (left_out > 0).then(|| {
            format!(
                "The table keeps the first {} calls; the {} calls after them were simulated but are not listed",
                thousands(self.simulation.logged_calls() as u64),
                thousands(left_out)
            )
        })
    }

    /// How far the run is, from 0 to 1 (see [`progress`]).
    pub fn progress(&self) -> f64 {
        progress(&self.simulation.snapshot(), self.scenario.until)
    }
}

/// Whether Compare's B as it is now (`now`: `None` without a comparison, or while B cannot run)
/// is not the B that runs beside the panel's run (`ran`: its scenario, `None` when none ran):
/// then the panel's run, A and B, is of settings since changed ([`CHANGED_NOTE`]).
pub fn comparison_changed(ran: Option<&Scenario>, now: Option<&Scenario>) -> bool {
    match (ran, now) {
        (Some(ran), Some(now)) => !runs_like(ran, now),
        (ran, now) => ran.is_some() != now.is_some(),
    }
}

/// Whether `a` and `b` run the same: equal but, perhaps, for the campaign's name.
fn runs_like(a: &Scenario, b: &Scenario) -> bool {
    let Scenario {
        campaign,
        dialer,
        recipients,
        generate,
        arrivals,
        stop_at,
        until,
    } = a;
    campaign.calls_like(&b.campaign)
        && *dialer == b.dialer
        && *recipients == b.recipients
        && *generate == b.generate
        && *arrivals == b.arrivals
        && *stop_at == b.stop_at
        && *until == b.until
}
