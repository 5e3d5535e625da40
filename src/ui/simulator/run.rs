use leptos::prelude::*;

use crate::domain::simulation::{Scenario, Simulation, Snapshot};
use crate::domain::simulator_panel::{CallFilter, Playback, Run, SimulatorSettings, Speed};
use crate::ui::ids::Ids;

/// What the simulator's parts share.
#[derive(Clone, Copy)]
pub struct SimContext {
    pub run: RunHandle,
    pub settings: RwSignal<SimulatorSettings>,
    /// Element ids of this panel, unique on the page.
    pub ids: Ids,
    /// Whether the run plays by itself (Run, Run to end). The live regions that follow it are
    /// `aria-busy` meanwhile, so that screen readers are told how it ended, not every tick.
    pub playing: Signal<bool>,
}

/// The panel's run, behind one signal: every change goes through these methods and tells the
/// view once; the snapshot the status, statistics and buttons read is derived from it.
#[derive(Clone, Copy)]
pub struct RunHandle {
    /// `None` before a run and after a reset.
    run: RwSignal<Option<Run>, LocalStorage>,
    snapshot: Memo<Option<Snapshot>>,
}

impl RunHandle {
    pub fn new() -> Self {
        let run = RwSignal::new_local(None::<Run>);
        let snapshot =
            Memo::new(move |_| run.with(|run| run.as_ref().map(|run| run.simulation.snapshot())));
        Self { run, snapshot }
    }

    /// A fresh run of `scenario`, standing at launch.
    pub fn start(self, scenario: &Scenario) {
        self.start_run(Run::new(scenario));
    }

    /// A fresh run of `scenario` that lists only its first `limit` calls (Compare's B lists none).
    pub fn start_keeping_calls(self, scenario: &Scenario, limit: usize) {
        self.start_run(Run::keeping_calls(scenario, limit));
    }

    fn start_run(self, mut run: Run) {
        run.record();
        self.run.set(Some(run));
    }

    /// No run any more.
    pub fn reset(self) {
        self.run.set(None);
    }

    /// Acts on the simulation (step, add a recipient, stop), then notes its state.
    pub fn change(self, f: impl FnOnce(&mut Simulation)) {
        self.update(|run| f(&mut run.simulation));
    }

    /// One playback tick (see [`Run::play`]), then notes the state.
    pub fn play(
        self,
        mode: Playback,
        elapsed: f64,
        speed: Speed,
        within_budget: impl FnMut() -> bool,
    ) {
        self.update(|run| run.play(mode, elapsed, speed, within_budget));
    }

    /// Lists the calls `filter` keeps in the Calls table.
    pub fn set_filter(self, filter: CallFilter) {
        self.run.update(|run| {
            if let Some(run) = run {
                run.set_filter(filter);
            }
        });
    }

    /// The run's state now, `None` before a run; tracked.
    pub fn snapshot(self) -> Option<Snapshot> {
        self.snapshot.get()
    }

    /// Whether the run has nothing left to play: finished, or no run at all; untracked.
    pub fn done_untracked(self) -> bool {
        self.snapshot_untracked().is_none_or(|s| s.finished)
    }

    /// The run's state now, untracked (for timer callbacks and handlers).
    pub fn snapshot_untracked(self) -> Option<Snapshot> {
        self.snapshot.try_get_untracked().flatten()
    }

    /// Reads the run, `None` before a run; tracked, so the reader follows every change.
    pub fn with<T>(self, f: impl FnOnce(&Run) -> T) -> Option<T> {
        self.run.with(|run| run.as_ref().map(f))
    }

    /// Changes the run and notes its state, then tells the view; nothing without a run (nor once
    /// the panel is gone).
    fn update(self, f: impl FnOnce(&mut Run)) {
        self.run.try_maybe_update(|run| match run {
            Some(run) => {
                f(run);
                run.record();
                (true, ())
            }
            None => (false, ()),
        });
    }
}
