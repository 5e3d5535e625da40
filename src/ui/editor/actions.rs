use leptos::prelude::*;

use super::context::EditorContext;
use crate::domain::campaign::Campaign;
use crate::domain::draft_storage;
use crate::domain::editor::{Editor, start_needs_confirmation};
use crate::domain::error::Problem;

/// Which question the user is being asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Confirming {
    Start,
    Stop,
}

/// Save as Draft, Start Now and Stop campaign, with their confirmations and a live status line.
#[component]
pub fn Actions() -> impl IntoView {
    let ctx = EditorContext::get();
    let confirming = RwSignal::new(None::<Confirming>);
    let lifecycle = Memo::new(move |_| ctx.editor.with(Editor::lifecycle));
    // The buttons shown follow `lifecycle` through the effect below, which first sees where the
    // focus is while the buttons that are about to go are still there.
    let shown = RwSignal::new(lifecycle.get_untracked());

    // A submit that found errors sends focus to the summary that lists them.
    let submitted = move |result: Option<Result<Campaign, Vec<Problem>>>,
                          done: Option<Callback<Campaign>>| {
        match result {
            Some(Ok(campaign)) => {
                if let Some(done) = done {
                    done.run(campaign);
                }
            }
            _ => ctx.focus_soon(ctx.ids.of("summary")),
        }
    };
    let save = move |_| {
        submitted(
            ctx.editor.try_update(|e| e.save(ctx.state.now())),
            ctx.events.on_save_draft,
        )
    };
    // Each answer sends focus to what now stands where the pressed button was.
    let start = move || {
        confirming.set(None);
        let result = ctx.editor.try_update(|e| e.start(ctx.state.now()));
        if matches!(result, Some(Ok(_))) {
            ctx.focus_soon(ctx.ids.of("stop"));
        }
        submitted(result, ctx.events.on_start);
    };
    let ask_start = move |_| {
        if ctx.checked.with_untracked(start_needs_confirmation) {
            confirming.set(Some(Confirming::Start));
            ctx.focus_soon(ctx.ids.of("confirm-start"));
        } else {
            start();
        }
    };
    let stop = move |_| {
        confirming.set(None);
        ctx.editor.update(|e| e.stop(ctx.state.now()));
        ctx.focus_soon(ctx.ids.of("actions-status"));
        if let Some(on_stop) = ctx.events.on_stop {
            on_stop.run(());
        }
    };
    let ask_stop = move |_| {
        confirming.set(Some(Confirming::Stop));
        ctx.focus_soon(ctx.ids.of("confirm-stop"));
    };
    let cancel = move || {
        let back_to = match confirming.get_untracked() {
            Some(Confirming::Stop) => "stop",
            _ => "start",
        };
        confirming.set(None);
        ctx.focus_soon(ctx.ids.of(back_to));
    };
    let escape_cancels = move |event: leptos::ev::KeyboardEvent| {
        if event.key() == "Escape" {
            cancel();
        }
    };

    // Once the campaign is no longer running (stopped, or its simulated run completed or was
    // stopped in the simulator), Stop campaign and the question about stopping go, and Save as
    // Draft and Start Now come back; focus on what went goes to the status line.
    Effect::new(move |_| {
        let now = lifecycle.get();
        if !now.is_running() {
            if ctx.has_focus_in(".ce-actions") {
                ctx.focus_soon(ctx.ids.of("actions-status"));
            }
            if confirming.get_untracked() == Some(Confirming::Stop) {
                confirming.set(None);
            }
        }
        shown.set(now);
    });

    // The question is about a long-living campaign: once the switch is off (the user's, or a
    // host's `setConfig`), it goes, so that its button never starts a fixed campaign.
    Effect::new(move |_| {
        let long_living = ctx.editor.with(|e| e.draft().long_living);
        if !long_living && confirming.get_untracked() == Some(Confirming::Start) {
            if ctx.has_focus_in(".ce-confirm") {
                ctx.focus_soon(ctx.ids.of("start"));
            }
            confirming.set(None);
        }
    });

    let status = move || {
        let not_saved = ctx.state.not_saved();
        ctx.editor.with(|e| draft_storage::status(e, not_saved))
    };

    view! {
        <div class="ce-actions">
            <Show when=move || !shown.get().is_running()>
                <button type="button" class="ce-button" on:click=save>"Save as Draft"</button>
                <button type="button" class="ce-button ce-button--primary" id=ctx.ids.of("start") on:click=ask_start>"Start Now"</button>
            </Show>
            <Show when=move || shown.get().is_running() && confirming.get().is_none()>
                <button type="button" class="ce-button ce-button--danger" id=ctx.ids.of("stop") on:click=ask_stop>"Stop campaign"</button>
            </Show>
            <p class="ce-actions__status" role="status" id=ctx.ids.of("actions-status") tabindex="-1">{status}</p>
            <Show when=move || confirming.get() == Some(Confirming::Start)>
                <div class="ce-confirm" role="group" aria-labelledby=ctx.ids.of("confirm-start-question") on:keydown=escape_cancels>
                    <p id=ctx.ids.of("confirm-start-question")>
                        "Start a long-living campaign? It never ends on its own: you must stop it manually."
                    </p>
                    <button type="button" class="ce-button ce-button--primary" id=ctx.ids.of("confirm-start") on:click=move |_| start()>
                        "Start long-living campaign"
                    </button>
                    <button type="button" class="ce-button" on:click=move |_| cancel()>"Cancel"</button>
                </div>
            </Show>
            <Show when=move || confirming.get() == Some(Confirming::Stop)>
                <div class="ce-confirm" role="group" aria-labelledby=ctx.ids.of("confirm-stop-question") on:keydown=escape_cancels>
                    <p id=ctx.ids.of("confirm-stop-question")>
                        "Stop this campaign? Calls in progress finish; no new call starts."
                    </p>
                    <button type="button" class="ce-button ce-button--danger" id=ctx.ids.of("confirm-stop") on:click=stop>
                        "Stop now"
                    </button>
                    <button type="button" class="ce-button" on:click=move |_| cancel()>"Keep running"</button>
                </div>
            </Show>
        </div>
    }
}
