use leptos::prelude::*;

use super::browser::now;
use super::editor::{CampaignEditor, EditorEvents, EditorState};
use super::simulator::Simulator;
use crate::domain::campaign::Campaign;
use crate::domain::simulation::RunStatus;

/// Where the standalone page keeps its draft.
const PERSIST_KEY: &str = "campaign-editor:standalone";

/// The standalone page: the editor with the sample campaign, its draft kept in this browser, and
/// the simulator beside it on wide screens, under it on narrow ones. With no host to hand the
/// campaign to, Start Now runs the simulator, Stop campaign stops that run, and the editor says
/// when that run completes or is stopped in the simulator.
#[component]
pub fn App() -> impl IntoView {
    let state = EditorState::new(&Campaign::sample(), Some(PERSIST_KEY.to_owned()), now);
    let (starts, stops) = (RwSignal::new(0u32), RwSignal::new(0u32));
    let events = EditorEvents {
        on_start: Some(Callback::new(move |_| {
            starts.update(|n| *n += 1);
            true
        })),
        on_stop: Some(Callback::new(move |_| {
            stops.update(|n| *n += 1);
            true
        })),
        ..EditorEvents::default()
    };
    // The editor follows that run: completed, or stopped from the simulator (or reset there).
    let ended = Callback::new(move |status: RunStatus| {
        let at = state.now();
        state.editor.update(|e| match status {
            RunStatus::Completed => e.complete(at),
            _ => e.stop(at),
        });
    });
    view! {
        <main class="ce-app">
            <header class="ce-app__header">
                <h1 class="ce-app__title">"Campaign editor"</h1>
                <p class="ce-app__lead">
                    "Set up how a call campaign retries failed calls and when it ends, see when each retry fires, then simulate, save or start it."
                </p>
            </header>
            <div class="ce-workspace">
                <div class="ce-workspace__columns">
                    <CampaignEditor state=state events=events />
                    <Simulator source=state run_requests=starts stop_requests=stops requested_run_ended=ended />
                </div>
            </div>
        </main>
    }
}
