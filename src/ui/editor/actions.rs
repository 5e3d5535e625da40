use leptos::prelude::*;

use super::context::EditorContext;
use crate::domain::calendar::LocalDateTime;
use crate::domain::campaign::Campaign;
use crate::domain::draft_storage;
use crate::domain::editor::{Editor, start_needs_confirmation};
use crate::domain::error::Problem;
use crate::domain::host::HostAction;

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

    // A press the host page's handler failed (threw) is taken back, and the status says so.
    let refused = RwSignal::new(None::<HostAction>);
    // Each press: the status forgets an earlier refusal; the editor before it, to take back.
    let press = move || {
        refused.set(None);
        ctx.editor.get_untracked()
    };
    // The handler may have destroyed the editor: nothing is taken back then.
    let told = move |action: HostAction, before: Editor, done: Option<bool>| {
        if done != Some(false) {
            return true;
        }
        if ctx.editor.try_update(|e| e.take_back(&before)).is_some() {
            refused.set(Some(action));
            if action == HostAction::Start {
                ctx.focus_soon(ctx.ids.of("start"));
            }
        }
        false
    };
    // Whether the press went through; one that found errors sends focus to the summary.
    let submitted =
        move |action: HostAction,
              submit: fn(&mut Editor, LocalDateTime) -> Result<Campaign, Vec<Problem>>,
              done: Option<Callback<Campaign, bool>>| {
            let before = press();
            match ctx.editor.try_update(|e| submit(e, ctx.state.now())) {
                Some(Ok(campaign)) => told(action, before, done.map(|done| done.run(campaign))),
                _ => {
                    ctx.focus_soon(ctx.ids.of("summary"));
                    false
                }
            }
        };
    let save = move |_| {
        submitted(HostAction::Save, Editor::save, ctx.events.on_save_draft);
    };
    // Each answer sends focus to what now stands where the pressed button was.
    let start = move || {
        confirming.set(None);
        if submitted(HostAction::Start, Editor::start, ctx.events.on_start) {
            ctx.focus_soon(ctx.ids.of("stop"));
        }
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
        let before = press();
        ctx.editor.update(|e| e.stop(ctx.state.now()));
        ctx.focus_soon(ctx.ids.of("actions-status"));
        told(
            HostAction::Stop,
            before,
            ctx.events.on_stop.map(|f| f.run(())),
        );
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

    let status = move || match refused.get() {
        Some(action) => action.to_string(),
        None => {
            let not_saved = ctx.state.not_saved();
            ctx.editor.with(|e| draft_storage::status(e, not_saved))
        }
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
