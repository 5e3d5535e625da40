use leptos::prelude::*;

use super::context::EditorContext;
use super::state::EditorState;
use crate::domain::draft_storage::DraftNotice;
use crate::domain::editor::CLOCK_NOTICE;

/// What the user must hear before editing: a clock that reads no real date, a draft another tab
/// changed (with the choice of which to keep), a stored draft kept aside (with a way to discard it).
/// A draft notice is an alert, heard when it comes (another tab's change comes while the user
/// types); an answer takes the notice away and sends focus to the first field.
#[component]
pub fn Notices() -> impl IntoView {
    let ctx = EditorContext::get();
    let state = ctx.state;
    let notice = Memo::new(move |_| state.notice());
    let answer = move |choice: fn(EditorState)| {
        move |_| {
            choice(state);
            ctx.focus_soon(ctx.ids.of("name"));
        }
    };
    let choices = move || {
        notice.get().map(|notice| match notice {
            DraftNotice::ChangedElsewhere => view! {
                <button type="button" class="ce-button" on:click=answer(EditorState::keep_mine)>
                    "Keep this tab's draft"
                </button>
                <button type="button" class="ce-button" on:click=answer(EditorState::take_theirs)>
                    "Use the other tab's draft"
                </button>
            }
            .into_any(),
            DraftNotice::Aside { .. } => view! {
                <button type="button" class="ce-button" on:click=answer(EditorState::discard_aside)>
                    "Discard the saved draft"
                </button>
            }
            .into_any(),
        })
    };
    view! {
        {state.clock_off.then(|| view! { <p class="ce-notice">{CLOCK_NOTICE}</p> })}
        <Show when=move || notice.with(Option::is_some)>
            <div class="ce-notice" role="group" aria-label="Saved draft">
                <p class="ce-notice__text" role="alert">{move || notice.get().map(|n| n.to_string())}</p>
                {choices}
            </div>
        </Show>
    }
}
