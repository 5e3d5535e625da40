use leptos::prelude::*;
use wasm_bindgen::JsCast;

use super::calls_table::CallsTable;
use super::chart::SimChart;
use super::compare::{Compare, CompareControls};
use super::compare_results::CompareResults;
use super::export::SimExport;
use super::reach_chart::ReachChart;
use super::run::{RunHandle, SimContext};
use super::settings::SimSettings;
use super::stats::{SimStats, SimulatedTime};
use super::use_interval::use_interval;
use crate::domain::simulation::{RunStatus, Simulation, Snapshot, TIME_LIMIT_NOTE};
use crate::domain::simulator_panel::{
    Follow, Held, Playback, Run, SimulatorSettings, Speed, add_recipient_held, stop_held,
};
use crate::ui::browser;
use crate::ui::editor::EditorState;
use crate::ui::ids::{Ids, find_by_id};

/// Wall-clock milliseconds between two playback ticks, and the most one tick may simulate for:
/// large runs advance in slices so that the page never freezes.
const TICK_MS: u32 = 25;
const BUDGET_MS: f64 = 18.0;

/// The simulator: runs the campaign as edited against the mock dialer, before launch.
#[component]
pub fn Simulator(
    /// The editor whose campaign is simulated.
    source: EditorState,
    /// Each change asks for a fresh run (Start Now on the standalone page).
    #[prop(optional, into)]
    run_requests: Option<Signal<u32>>,
    /// Each change stops the campaign being run (Stop campaign in the standalone page's editor).
    #[prop(optional, into)]
    stop_requests: Option<Signal<u32>>,
    /// Told once how the run that `run_requests` asked for ended: `Completed`, or `Stopped` (by
    /// Stop campaign, or discarded by Reset).
    #[prop(optional)]
    requested_run_ended: Option<Callback<RunStatus>>,
) -> impl IntoView {
    let playback = RwSignal::new(None::<Playback>);
    // Pause was pressed, and nothing since: the status line says so.
    let paused = RwSignal::new(false);
    let sim = SimContext {
        run: RunHandle::new(),
        settings: RwSignal::new(SimulatorSettings::default()),
        ids: Ids::new(),
        playing: Signal::derive(move || playback.with(Option::is_some)),
    };
    let ids = sim.ids;
    provide_context(sim);
    let speed = RwSignal::new(Speed::default());
    let notice = RwSignal::new(None::<String>);
    let campaign = source.checked;
    // Whether the campaign as edited is long-living (`None` while it is invalid).
    let long_living = Memo::new(move |_| {
        campaign.with(|c| c.as_ref().ok().map(|c| c.completion.is_long_living()))
    });
    let needs_launch = Signal::derive(move || {
        campaign.with(|c| {
            c.as_ref()
                .is_ok_and(|c| sim.settings.with(|s| s.needs_launch(c)))
        })
    });
    // The editor's timeline follows the reach settings typed here while they are valid.
    Effect::new(move |_| {
        if let Ok(reach) = sim.settings.with(|s| s.reach.settings()) {
            source.reach.maybe_update(|shared| {
                let changed = *shared != reach;
                *shared = reach;
                changed
            });
        }
    });
    // Compare's B runs beside A: started, played, stepped, stopped and reset with it.
    let compare = Compare::new(campaign, sim, source.suggestion);
    let shows_arrivals =
        Memo::new(move |_| long_living.get() == Some(true) || compare.other_completion());
    let scenario = Memo::new(move |_| {
        let campaign = campaign.get().map_err(|_| Vec::new())?;
        sim.settings.with(|s| s.scenario(&campaign))
    });

    // One playback tick: simulate the wall-clock time since the last one, within a budget.
    let last_tick = StoredValue::new(browser::millis());
    let tick = move || {
        let Some(mode) = playback.try_get_untracked().flatten() else {
            return;
        };
        let now = browser::millis();
        let elapsed = (now - last_tick.get_value()) / 1000.0;
        last_tick.set_value(now);
        let deadline = now + BUDGET_MS;
        // With a B to play, A has half the budget and B the rest.
        let a_deadline = if compare.b.done_untracked() {
            deadline
        } else {
            now + BUDGET_MS / 2.0
        };
        if !sim.run.done_untracked() {
            let within_budget = || browser::millis() < a_deadline;
            sim.run
                .play(mode, elapsed, speed.get_untracked(), within_budget);
        }
        if !compare.b.done_untracked() {
            let within_budget = || browser::millis() < deadline;
            compare
                .b
                .play(mode, elapsed, speed.get_untracked(), within_budget);
        }
        if sim.run.done_untracked() && compare.b.done_untracked() {
            playback.set(None);
        }
    };
    // The panel's one timer: it exists only while the run plays, and goes with the panel.
    let timer = use_interval(TICK_MS, tick);
    Effect::new(move |_| {
        if playback.get().is_some() {
            timer.resume();
        } else {
            timer.pause();
        }
    });

    let start_run = move || {
        notice.set(None);
        let Ok(scenario) = scenario.get_untracked() else {
            return false;
        };
        sim.run.start(&scenario);
        compare.start();
        true
    };
    let ensure_run = move || {
        let fresh = sim.run.done_untracked() && compare.b.done_untracked();
        !fresh || start_run()
    };
    let play = move |mode: Playback| {
        paused.set(false);
        if ensure_run() {
            last_tick.set_value(browser::millis());
            playback.set(Some(mode));
        }
    };
    let reset = move || {
        playback.set(None);
        paused.set(false);
        notice.set(None);
        sim.run.reset();
        compare.b.reset();
    };
    // The run Start Now asked for, followed to its end.
    let follow = StoredValue::new(Follow::Nothing);
    if let Some(requests) = run_requests {
        Effect::watch(
            move || requests.get(),
            move |_, _, _| {
                reset();
                play(Playback::Playing);
                follow.set_value(Follow::Waiting);
                if sim.run.snapshot_untracked().is_none() {
                    notice.set(Some(Follow::WAITING_NOTE.to_owned()));
                }
            },
            false,
        );
    }
    if let Some(ended) = requested_run_ended {
        Effect::new(move |_| {
            let status = sim.run.snapshot().map(|s| s.status);
            let (next, end) = follow.get_value().next(status);
            follow.set_value(next);
            if let Some(end) = end {
                ended.run(end);
            }
        });
    }
    // Compare's B goes with A: a step or a stop is made to both.
    let change_both = move |change: fn(&mut Simulation)| {
        sim.run.change(change);
        compare.b.change(change);
    };
    let step = move |()| {
        playback.set(None);
        paused.set(false);
        if ensure_run() {
            change_both(|simulation| {
                simulation.step();
            });
        }
    };
    let add_recipient = move |_| {
        let mut refused = None;
        sim.run
            .change(|simulation| refused = simulation.add_recipient().err());
        compare.b.change(|simulation| {
            let _ = simulation.add_recipient();
        });
        notice.set(refused.map(|why| why.to_string()));
    };
    let stop = move || {
        change_both(|simulation| {
            simulation.stop();
        })
    };
    // The editor's Stop campaign: a run already at its horizon cannot take it, and says so.
    if let Some(requests) = stop_requests {
        let stop_request = move || {
            if sim.run.snapshot_untracked().is_some_and(|s| s.at_horizon()) {
                notice.set(Some(Follow::STOPPED_AFTER_HORIZON_NOTE.to_owned()));
            }
            stop();
        };
        Effect::watch(move || requests.get(), move |_, _, _| stop_request(), false);
    }

    // Whether the run shown is of the campaign and settings as they are now: the run changes
    // every tick, the note seldom.
    let changed = Memo::new(move |_| {
        scenario.with(|now| {
            sim.run
                .with(|run| run.changed_note(now.as_ref().ok(), compare.changed_since_run()))
                .flatten()
        })
    });
    let running = move || {
        let running = |s: Option<Snapshot>| s.as_ref().is_some_and(Snapshot::is_live);
        running(sim.run.snapshot()) || running(compare.b.snapshot())
    };
    // A new run needs the campaign and settings valid; the run under way plays on as started,
    // whatever is being typed meanwhile (README: editing never throws a run away).
    let can_play = move || running() || scenario.with(Result::is_ok);
    // Add recipient follows the run under way, whose completion mode was set when it started;
    // before a run, the campaign as edited (neither while that is invalid).
    let add_held = move || {
        let run = sim.run.snapshot().map(|s| s.completion.is_long_living());
        add_recipient_held(running(), run.or_else(|| long_living.get()))
    };
    let (region_id, labelled_by) = (ids.of("simulator"), ids.of("simulator"));
    let status_id = ids.of("simulator-status");
    let keep_focus = {
        let status_id = status_id.clone();
        move |event: leptos::ev::FocusEvent| keep_focus(&event, &status_id)
    };
    // Each reason a button of the Campaign group is held, shown once and describing the buttons
    // it holds.
    let held_id = move |held: Held| match held {
        Held::Fixed => ids.of("simulator-fixed-why"),
        Held::NoRun => ids.of("simulator-idle-why"),
    };
    let held_shown =
        move |held: Held| add_held() == Some(held) || stop_held(running()) == Some(held);
    let speed_id = ids.of("simulator-speed");
    view! {
        // In English, left to right, whatever the host page's language and direction.
        <section class="ce-section ce-simulator" role="region" aria-labelledby=labelled_by lang="en" dir="ltr"
            on:focusout=keep_focus>
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
            <SimSettings long_living=shows_arrivals needs_launch=needs_launch />
            <CompareControls compare=compare />
            <div class="ce-simulator__controls" role="group" aria-label="Playback">
                <button type="button" class="ce-button ce-button--primary" disabled=move || !can_play() || playback.get().is_some()
                    on:click=move |ev| { play(Playback::Playing); reveal_figures(&ev) }>"Run"</button>
                <button type="button" class="ce-button" disabled=move || playback.get().is_none()
                    on:click=move |_| { playback.set(None); paused.set(true); }>"Pause"</button>
                <button type="button" class="ce-button" disabled=move || !can_play()
                    on:click=move |ev| { step(()); reveal_figures(&ev) }>"Step"</button>
                <button type="button" class="ce-button" disabled=move || !can_play() || playback.get() == Some(Playback::ToEnd)
                    on:click=move |ev| { play(Playback::ToEnd); reveal_figures(&ev) }>"Run to end"</button>
                <button type="button" class="ce-button" on:click=move |_| reset()>"Reset"</button>
                <span class="ce-simulator__speed">
                    <label for=speed_id.clone()>"Speed"</label>
                    <select id=speed_id on:change=move |ev| if let Some(s) = Speed::from_key(&event_target_value(&ev)) { speed.set(s) }>
                        {Speed::ALL.map(|s| view! { <option value=s.key() selected=s == Speed::default()>{s.label()}</option> }).collect_view()}
                    </select>
                </span>
            </div>
            <div class="ce-simulator__controls" role="group" aria-label="Campaign">
                <button type="button" class="ce-button" disabled=move || add_held().is_some()
                    aria-describedby=move || add_held().map(held_id)
                    on:click=add_recipient>"Add recipient"</button>
                <button type="button" class="ce-button ce-button--danger" disabled=move || stop_held(running()).is_some()
                    aria-describedby=move || stop_held(running()).map(held_id)
                    on:click=move |_| stop()>"Stop campaign"</button>
                {[Held::Fixed, Held::NoRun].map(|held| view! {
                    <Show when=move || held_shown(held)>
                        <span class="ce-hint" id=held_id(held)>{held.to_string()}</span>
                    </Show>
                })}
            </div>
            {move || notice.get().map(|text| view! { <p class="ce-notice">{text}</p> })}
            <p class="ce-simulator__status" role="status" id=status_id tabindex="-1"
                aria-busy=move || sim.playing.get().to_string()>
                {move || match sim.run.snapshot() {
                    None => "Not started".to_owned(),
                    Some(s) => s.status_line_beside(compare.b.snapshot().as_ref(), paused.get()),
                }}
            </p>
            {move || sim.run.with(|run| run.simulation.at_time_limit()).unwrap_or(false)
                .then(|| view! { <p class="ce-notice">{TIME_LIMIT_NOTE}</p> })}
            {move || changed.get().map(|note| view! { <p class="ce-notice">{note}</p> })}
            <SimulatedTime />
            // In thousandths: a whole number is written without float formatting (ui/svg.rs).
            <progress class="ce-simulator__progress" aria-label="Progress" max="1000"
                value=move || (sim.run.with(Run::progress).unwrap_or(0.0) * 1000.0).round() as u32 />
            <SimStats />
            <SimChart />
            <CompareResults compare=compare />
            <ReachChart />
            <CallsTable />
            <SimExport />
        </section>
    }
}

/// After Run, Step or Run to end, brings the run's status and statistics into view, nearest
/// first: on a wide screen the simulator's column scrolls by itself, and they were below its fold
/// (a press of Run to end changed nothing on the screen).
fn reveal_figures(event: &leptos::ev::MouseEvent) {
    let stats = event
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|button| button.closest(".ce-simulator").ok().flatten())
        .and_then(|panel| panel.query_selector(".ce-stats").ok().flatten());
    if let Some(stats) = stats {
        browser::scroll_into_view_nearest(&stats);
    }
}

/// When the focused button is disabled under the user (Run once pressed, Pause when the run ends,
/// Stop campaign once the campaign stops), the browser drops the keyboard focus to the page. It
/// goes instead to the first button of the same group still enabled (Run and Pause take turns),
/// else to the run's status line.
fn keep_focus(event: &web_sys::FocusEvent, status_id: &str) {
    let disabled = event
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .filter(|element| element.matches("button:disabled").unwrap_or(false));
    let Some(button) = disabled.filter(|_| event.related_target().is_none()) else {
        return;
    };
    let next = button
        .closest("[role=group]")
        .ok()
        .flatten()
        .and_then(|group| group.query_selector("button:enabled").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .or_else(|| find_by_id(&button.closest(".ce-simulator").ok().flatten()?, status_id));
    if let Some(next) = next {
        let _ = next.focus();
    }
}
