//! The strategy advisor in the Retry Strategy section (SPEC section 10): `Attempts`, `Deadline, in
//! hours` and `Suggest a strategy` here; the suggestion beside the current strategy in
//! [`suggestion`]; the search runs a slice per animation frame ([`use_frames`]).

mod suggestion;
mod use_frames;

use leptos::prelude::*;

use super::context::EditorContext;
use crate::domain::advisor::{AdvisorPanel, Phase, Refused};
use crate::ui::browser;
use crate::ui::field::Field;
use suggestion::SuggestionView;
use use_frames::use_frames;

/// The most one slice of the search may take, in milliseconds: with the browser's own work in the
/// frame, every task stays well under the 50 ms of a long task.
const SLICE_MS: f64 = 8.0;

/// The advisor: its two fields, `Suggest a strategy` (and `Cancel` while it searches), a live
/// status, then the suggestion.
#[component]
pub fn Advisor() -> impl IntoView {
    let ctx = EditorContext::get();
    let ids = ctx.ids;
    let panel = RwSignal::new(AdvisorPanel::default());
    let rows = Memo::new(move |_| ctx.editor.with(|e| e.draft().attempts.len()));
    let phase = Memo::new(move |_| panel.with(AdvisorPanel::phase));
    let status = Memo::new(move |_| panel.with(AdvisorPanel::status));
    let progress = Memo::new(move |_| panel.with(AdvisorPanel::progress));
    // The fields' text and messages, as memos: the panel changes every frame while it searches.
    let attempts_text = Memo::new(move |_| panel.with(|p| p.attempts_text(rows.get())));
    let deadline_text = Memo::new(move |_| panel.with(|p| p.deadline_text().to_owned()));
    let attempts_error =
        Memo::new(move |_| panel.with(|p| p.attempts_error().map(|e| e.to_string())));
    let deadline_error =
        Memo::new(move |_| panel.with(|p| p.deadline_error().map(|e| e.to_string())));
    // The suggestion, for the Simulator's Compare: written when it changes, not every frame.
    let suggested = Memo::new(move |_| panel.with(|p| p.suggestion().map(|(s, _)| s.strategy())));
    Effect::new(move |_| ctx.state.suggestion.set(suggested.get()));
    on_cleanup(move || {
        ctx.state.suggestion.try_set(None);
    });
    let problem = Memo::new(move |_| {
        ctx.checked
            .with(|checked| panel.with(|p| p.campaign_problem(checked)))
            .map(|e| e.to_string())
    });

    let (attempts_id, deadline_id, suggest_id, problem_id) = (
        ids.of("advisor-attempts"),
        ids.of("advisor-deadline"),
        ids.of("advisor-suggest"),
        ids.of("advisor-problem"),
    );
    let focus_suggest = {
        let id = suggest_id.clone();
        Callback::new(move |()| ctx.focus_soon(id.clone()))
    };
    // `Undo` stays while the rows are as `Use these delays` made them, whatever the advisor shows
    // since; its focus goes to the suggestion's `Use these delays` if one is offered again, else
    // to `Suggest a strategy`.
    let can_undo = Memo::new(move |_| ctx.editor.with(|e| panel.with(|p| p.can_undo(e))));
    let undo = {
        let suggest_id = suggest_id.clone();
        move |_| {
            ctx.editor.update(|editor| panel.update(|p| p.undo(editor)));
            let offered = panel.with_untracked(AdvisorPanel::phase) == Phase::Suggested;
            ctx.focus_soon(if offered {
                ids.of("advisor-use")
            } else {
                suggest_id.clone()
            });
        }
    };
    // One slice of the search a frame, on the browser's clock, until it is over or cancelled.
    // When it is over, `Cancel` goes: focus on it goes to `Suggest a strategy`, as a press would.
    let frames = use_frames(move || {
        let within_budget = browser::budget(SLICE_MS);
        let going = panel
            .try_update(|p| p.advance(within_budget))
            .unwrap_or(false);
        if !going && ctx.has_focus_in(".ce-advisor__actions") {
            focus_suggest.run(());
        }
        going
    });
    let suggest = {
        let (attempts_id, deadline_id) = (attempts_id.clone(), deadline_id.clone());
        move |_| {
            frames.stop();
            let settings = ctx.reach.get_untracked();
            let started = ctx
                .checked
                .with_untracked(|checked| panel.try_update(|p| p.start(checked, settings)));
            match started {
                Some(Ok(())) => frames.start(),
                Some(Err(Refused::Fields)) => {
                    let attempts_bad = panel.with_untracked(|p| p.attempts_error().is_some());
                    let id = if attempts_bad {
                        &attempts_id
                    } else {
                        &deadline_id
                    };
                    ctx.focus_soon(id.clone());
                }
                _ => {}
            }
        }
    };
    let cancel = move |_| {
        frames.stop();
        panel.update(AdvisorPanel::cancel);
        focus_suggest.run(());
    };
    let (heading_id, labelled_by) = (ids.of("advisor-heading"), ids.of("advisor-heading"));
    let described_by = {
        let id = problem_id.clone();
        move || problem.with(Option::is_some).then(|| id.clone())
    };
    view! {
        <div class="ce-advisor" role="group" aria-labelledby=labelled_by>
            <h4 class="ce-advisor__heading" id=heading_id>"Strategy advisor"</h4>
            <p class="ce-hint">
                "The delays that reach the most recipients by a deadline, under the reach model, for this campaign's calling window, launch time, call caps and retried outcomes."
            </p>
            <div class="ce-advisor__fields">
                <div class="ce-field">
                    <Field
                        label="Attempts"
                        id=attempts_id
                        message_id=ids.error_of("advisor-attempts")
                        message=attempts_error
                        value=attempts_text
                        on_input=Callback::new(move |text| panel.update(|p| p.set_attempts(text)))
                        inputmode="numeric"
                    />
                </div>
                <div class="ce-field">
                    <Field
                        label="Deadline, in hours"
                        id=deadline_id
                        message_id=ids.error_of("advisor-deadline")
                        message=deadline_error
                        value=deadline_text
                        on_input=Callback::new(move |text| panel.update(|p| p.set_deadline(text)))
                        inputmode="numeric"
                    />
                </div>
            </div>
            <div class="ce-advisor__actions">
                <button
                    type="button"
                    class="ce-button"
                    id=suggest_id
                    aria-describedby=described_by
                    on:click=suggest
                >
                    "Suggest a strategy"
                </button>
                <Show when=move || phase.get() == Phase::Searching>
                    <button type="button" class="ce-button ce-button--quiet" on:click=cancel>
                        "Cancel"
                    </button>
                </Show>
            </div>
            // Live, so that pressing the button is answered aloud when it refuses to search.
            <div aria-live="polite">
                {move || problem.get().map(|text| view! {
                    <p class="ce-field__error" id=problem_id.clone()>{text}</p>
                })}
            </div>
            // A polite live region (not a second `status` role: the editor's actions own that).
            // The count changes every frame: it is shown, but kept out of what screen readers
            // announce, which is the phase (`Searching…`, `Suggestion ready: …`).
            <p class="ce-advisor__status" aria-live="polite">
                {move || status.get()}
                {move || progress.get().map(|p| view! {
                    <span class="ce-advisor__progress" aria-hidden="true">{p}</span>
                })}
            </p>
            <Show when=move || can_undo.get()>
                <div class="ce-advisor__actions">
                    <button type="button" class="ce-button" id=ids.of("advisor-undo") on:click=undo.clone()>
                        "Undo"
                    </button>
                </div>
            </Show>
            <SuggestionView panel=panel on_closed=focus_suggest />
        </div>
    }
}
