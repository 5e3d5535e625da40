use gloo_timers::callback::Interval;
use leptos::prelude::*;

use super::calls_table::CallsTable;
use super::context::Ids;
use super::sim_chart::SimChart;
use super::sim_settings::SimSettings;
use super::state::EditorState;
use crate::domain::calendar::LocalDateTime;
use crate::domain::duration::{compact, thousands};
use crate::domain::editor::Editor;
use crate::domain::simulation::{CallLog, RecipientStatus, RunStatus, Simulation, Snapshot};
use crate::domain::simulator::{FilteredCalls, History, SimulatorSettings, Speed, progress};

/// Wall-clock milliseconds between two playback ticks, and the most one tick may simulate for:
/// large runs advance in slices so that the page never freezes.
const TICK_MS: u32 = 25;
const BUDGET_MS: f64 = 18.0;
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
    carry: f64,
}

impl Run {
    /// Processes the events before `target` (every event when `None`) until the wall clock
    /// reaches `deadline`, noting each state for the chart; stands at `target` once there.
    fn play(&mut self, target: Option<u64>, deadline: f64) {
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

/// The simulator: runs the campaign as edited against the mock dialer, before launch.
#[component]
pub fn Simulator(
    /// The editor whose campaign is simulated.
    editor: EditorState,
    /// Each change asks for a fresh run (Start Now on the standalone page).
    #[prop(optional, into)]
    run_requests: Option<Signal<u32>>,
) -> impl IntoView {
    let sim = SimContext {
        run: StoredValue::new_local(None),
        snapshot: RwSignal::new(None),
        version: RwSignal::new(0),
        settings: RwSignal::new(SimulatorSettings::default()),
        ids: Ids::new(),
    };
    let ids = sim.ids;
    provide_context(sim);
    let playback = RwSignal::new(None::<Playback>);
    let speed = RwSignal::new(Speed::default());
    let notice = RwSignal::new(None::<String>);
    let campaign = Memo::new(move |_| editor.editor.with(Editor::check));
    let long_living = Memo::new(move |_| {
        campaign.with(|c| c.as_ref().is_ok_and(|c| c.completion.is_long_living()))
    });
    let scenario = Memo::new(move |_| {
        let campaign = campaign.get().map_err(|_| Vec::new())?;
        sim.settings.with(|s| s.scenario(&campaign))
    });

    // One playback tick: simulate the wall-clock time since the last one, within a budget.
    let last_tick = StoredValue::new(js_sys::Date::now());
    let tick = move || {
        let Some(mode) = playback.try_get_untracked().flatten() else {
            return;
        };
        let now = js_sys::Date::now();
        let elapsed = (now - last_tick.get_value()).max(0.0) / 1000.0;
        last_tick.set_value(now);
        let per_second = speed.get_untracked().seconds_per_second() as f64;
        let deadline = now + BUDGET_MS;
        sim.change(|run| {
            let target = match mode {
                Playback::ToEnd => None,
                Playback::Playing => {
                    run.carry += elapsed * per_second;
                    let seconds = run.carry.floor();
                    run.carry -= seconds;
                    Some(run.simulation.time() + seconds as u64)
                }
            };
            run.play(target, deadline);
        });
        if sim.snapshot.get_untracked().is_some_and(|s| s.finished) {
            playback.set(None);
        }
    };
    // The panel's one timer: it exists only while the run plays, and goes with the panel.
    let timer = StoredValue::new_local(None::<Interval>);
    Effect::new(move |_| {
        let playing = playback.get().is_some();
        timer.update_value(|t| *t = playing.then(|| Interval::new(TICK_MS, tick)));
    });
    on_cleanup(move || {
        timer.try_update_value(|t| t.take());
    });

    let start_run = move || {
        notice.set(None);
        let Ok(scenario) = scenario.get_untracked() else {
            return false;
        };
        let run = Run {
            simulation: Simulation::new(&scenario, CallLog::Keep),
            history: History::default(),
            calls: FilteredCalls::default(),
            horizon: scenario.until,
            launch: scenario.campaign.launch_at,
            carry: 0.0,
        };
        sim.run.set_value(Some(run));
        sim.change(|_| {});
        true
    };
    let ensure_run = move || {
        let fresh = sim.snapshot.get_untracked().is_none_or(|s| s.finished);
        !fresh || start_run()
    };
    let play = move |mode: Playback| {
        if ensure_run() {
            last_tick.set_value(js_sys::Date::now());
            playback.set(Some(mode));
        }
    };
    let reset = move || {
        playback.set(None);
        notice.set(None);
        sim.run.set_value(None);
        sim.snapshot.set(None);
        sim.version.update(|v| *v += 1);
    };
    if let Some(requests) = run_requests {
        Effect::watch(
            move || requests.get(),
            move |_, _, _| {
                reset();
                play(Playback::Playing);
            },
            false,
        );
    }
    let step = move |_| {
        playback.set(None);
        if ensure_run() {
            sim.change(|run| {
                run.simulation.step();
            });
        }
    };
    let add_recipient = move |_| {
        let mut refused = None;
        sim.change(|run| refused = run.simulation.add_recipient().err());
        notice.set(refused.map(|why| why.to_string()));
    };
    let stop = move |_| {
        sim.change(|run| {
            run.simulation.stop();
        })
    };

    let running = move || {
        sim.snapshot
            .get()
            .is_some_and(|s| s.status == RunStatus::Running && !s.finished)
    };
    let can_run = move || scenario.with(Result::is_ok);
    let (region_id, labelled_by) = (ids.of("simulator"), ids.of("simulator"));
    let add_why_id = ids.of("simulator-add-why");
    let speed_id = ids.of("simulator-speed");
    view! {
        <section class="ce-section ce-simulator" role="region" aria-labelledby=labelled_by>
            <h2 class="ce-section__heading" id=region_id>"Simulator"</h2>
            <p class="ce-hint">
                "Runs the campaign as edited against a mock dialer: no real calls are made."
            </p>
            {move || campaign.with(|c| c.as_ref().err().map(|problems| view! {
                <div class="ce-simulator__blocked">
                    <p>"Fix the campaign first:"</p>
                    <ul>{problems.iter().map(|p| view! { <li>{p.message.clone()}</li> }).collect_view()}</ul>
                </div>
            }))}
            <SimSettings long_living=long_living />
            <div class="ce-simulator__controls" role="group" aria-label="Playback">
                <button type="button" class="ce-button ce-button--primary" disabled=move || !can_run() || playback.get().is_some()
                    on:click=move |_| play(Playback::Playing)>"Run"</button>
                <button type="button" class="ce-button" disabled=move || playback.get().is_none()
                    on:click=move |_| playback.set(None)>"Pause"</button>
                <button type="button" class="ce-button" disabled=move || !can_run() on:click=step>"Step"</button>
                <button type="button" class="ce-button" disabled=move || !can_run() || playback.get() == Some(Playback::ToEnd)
                    on:click=move |_| play(Playback::ToEnd)>"Run to end"</button>
                <button type="button" class="ce-button" on:click=move |_| reset()>"Reset"</button>
                <span class="ce-simulator__speed">
                    <label for=speed_id.clone()>"Speed"</label>
                    <select id=speed_id on:change=move |ev| if let Some(s) = Speed::from_key(&event_target_value(&ev)) { speed.set(s) }>
                        {Speed::ALL.map(|s| view! { <option value=s.key() selected=s == Speed::default()>{s.label()}</option> }).collect_view()}
                    </select>
                </span>
            </div>
            <div class="ce-simulator__controls" role="group" aria-label="Campaign">
                <button type="button" class="ce-button" disabled=move || !long_living.get() || !running()
                    aria-describedby=move || (!long_living.get()).then(|| add_why_id.clone())
                    on:click=add_recipient>"Add recipient"</button>
                <button type="button" class="ce-button ce-button--danger" disabled=move || !running()
                    on:click=stop>"Stop campaign"</button>
                <Show when=move || !long_living.get()>
                    <span class="ce-hint" id=ids.of("simulator-add-why")>"A fixed campaign takes no recipients after launch"</span>
                </Show>
            </div>
            {move || notice.get().map(|text| view! { <p class="ce-notice">{text}</p> })}
            <p class="ce-simulator__status" role="status">
                {move || sim.snapshot.get().map_or_else(|| "Not started".to_owned(), |s| s.status_line())}
            </p>
            <SimClock />
            <progress class="ce-simulator__progress" aria-label="Progress" max="1"
                value=move || sim.snapshot.get().map(|s| sim.run.with_value(|r| progress(&s, r.as_ref().and_then(|r| r.horizon)))).unwrap_or(0.0) />
            <SimStats />
            <SimChart />
            <CallsTable />
        </section>
    }
}

/// The simulated clock: time since launch, and the local time when a launch time is set.
#[component]
fn SimClock() -> impl IntoView {
    let sim = expect_context::<SimContext>();
    let text = move || {
        let time = sim.snapshot.get()?.time;
        let launch = sim.run.with_value(|r| r.as_ref().and_then(|r| r.launch));
        Some(match launch {
            Some(launch) => format!(
                "{} after launch, {}",
                compact(time),
                launch.plus(time as i64).human()
            ),
            None => format!("{} after launch", compact(time)),
        })
    };
    view! { <p class="ce-simulator__clock">"Simulated clock: " {move || text().unwrap_or_else(|| "—".into())}</p> }
}

/// Counts of recipients by state, calls and lines.
#[component]
fn SimStats() -> impl IntoView {
    let sim = expect_context::<SimContext>();
    let stat = move |label: &'static str, value: Box<dyn Fn(&Snapshot) -> String + Send + Sync>| {
        view! {
            <div class="ce-stats__item">
                <dt>{label}</dt>
                <dd>{move || sim.snapshot.get().map_or_else(|| "0".to_owned(), |s| value(&s))}</dd>
            </div>
        }
    };
    let count = |status: RecipientStatus| -> Box<dyn Fn(&Snapshot) -> String + Send + Sync> {
        Box::new(move |s| thousands(s.recipients.of(status)))
    };
    view! {
        <dl class="ce-stats" aria-label="Statistics">
            {stat("Reached", count(RecipientStatus::Reached))}
            {stat("Failed", count(RecipientStatus::Failed))}
            {stat("Cancelled", count(RecipientStatus::Cancelled))}
            {stat("Calling", count(RecipientStatus::Calling))}
            {stat("Waiting", count(RecipientStatus::Waiting))}
            {stat("Calls", Box::new(|s| thousands(s.calls)))}
            {stat("Peak lines", Box::new(|s| format!("{} of {}", s.peak_lines, s.lines)))}
        </dl>
    }
}
