use leptos::prelude::*;

use crate::domain::calendar::LocalDateTime;
use crate::domain::simulation::{CallLog, Scenario, Simulation, Snapshot};
use crate::domain::simulator_panel::{FilteredCalls, History, SimulatorSettings};
use crate::ui::ids::Ids;

/// Wall-clock milliseconds between two playback ticks, and the most one tick may simulate for:
/// large runs advance in slices so that the page never freezes.
pub const TICK_MS: u32 = 25;
pub const BUDGET_MS: f64 = 18.0;
/// Events processed between two readings of the wall clock.
const STEPS_PER_CLOCK_READ: usize = 64;

/// One simulated run: the engine and what the panel derives from it as it goes.
pub struct Run {
    pub simulation: Simulation,
    pub history: History,
    pub calls: FilteredCalls,
    pub horizon: Option<u64>,
    pub launch: Option<LocalDateTime>,
    /// Simulated seconds owed to playback, below one second.
    pub carry: f64,
}

impl Run {
    /// A run of `scenario` standing at launch, keeping its call log for the table.
    pub fn new(scenario: &Scenario) -> Self {
        Self {
            simulation: Simulation::new(scenario, CallLog::Keep),
            history: History::default(),
            calls: FilteredCalls::default(),
            horizon: scenario.until,
            launch: scenario.campaign.launch_at,
            carry: 0.0,
        }
    }

    /// Processes the events before `target` (every event when `None`) until the wall clock
    /// reaches `deadline`, noting each state for the chart; stands at `target` once there.
    pub fn play(&mut self, target: Option<u64>, deadline: f64) {
        loop {
            for _ in 0..STEPS_PER_CLOCK_READ {
                let next = self.simulation.snapshot().next_event;
                match (next, target) {
                    (Some(next), Some(target)) if next >= target => {
                        self.simulation.advance_to(target);
                        return;
                    }
                    (None, Some(target)) => {
                        self.simulation.advance_to(target);
                        return;
                    }
                    _ => {
                        if self.simulation.step().is_none() {
                            return;
                        }
                    }
                }
                let snapshot = self.simulation.snapshot();
                self.history.record(snapshot.time, &snapshot.recipients);
            }
            if js_sys::Date::now() >= deadline {
                return;
            }
        }
    }

    /// Notes the state now for the chart and the calls table.
    fn record(&mut self) {
        let snapshot = self.simulation.snapshot();
        self.history.record(snapshot.time, &snapshot.recipients);
        self.calls.refresh(&self.simulation);
    }
}

/// How the run is moving.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Playback {
    /// Simulated time runs at a speed.
    Playing,
    /// As fast as slices allow, to the end (a long-living campaign: to the horizon).
    ToEnd,
}

/// What the simulator's parts share.
#[derive(Clone, Copy)]
pub struct SimContext {
    pub run: StoredValue<Option<Run>, LocalStorage>,
    /// The run's state after the last change; `None` before a run.
    pub snapshot: RwSignal<Option<Snapshot>>,
    /// Bumped whenever the run changes, for the parts that read it.
    pub version: RwSignal<u64>,
    pub settings: RwSignal<SimulatorSettings>,
    /// Element ids of this panel, unique on the page.
    pub ids: Ids,
}

impl SimContext {
    /// Changes the run, then tells the view.
    pub fn change(self, f: impl FnOnce(&mut Run)) {
        let snapshot = self.run.try_update_value(|run| {
            run.as_mut().map(|run| {
                f(run);
                run.record();
                run.simulation.snapshot()
            })
        });
        if let Some(snapshot) = snapshot.flatten() {
            self.snapshot.set(Some(snapshot));
            self.version.update(|v| *v += 1);
        }
    }
}
