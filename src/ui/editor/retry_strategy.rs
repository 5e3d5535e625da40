use leptos::prelude::*;

use super::add_button::AddButton;
use super::advisor::Advisor;
use super::attempt_row::AttemptRow;
use super::context::EditorContext;
use super::field_message::FieldMessage;
use super::timeline::Timeline;
use crate::domain::duration::{compact, thousands};
use crate::domain::editor::Editor;
use crate::domain::limits::{MAX_ATTEMPTS, MAX_DELAY_SECS};
use crate::domain::timeline::retry_timeline::NO_RETRIES;

/// The Retry Strategy section: a disclosure (collapsed at first, as in the help article) holding
/// the attempt rows, `+ Add Attempt`, the retry timeline and the strategy advisor.
#[component]
pub fn RetryStrategy() -> impl IntoView {
    let ctx = EditorContext::get();
    let open = ctx.retry_open;
    let panel_id = ctx.ids.of("retry-strategy");
    let count = Memo::new(move |_| ctx.editor.with(|e| e.draft().attempts.len()));
    let blocked = Memo::new(move |_| {
        ctx.editor
            .with(|e| e.add_blocked().map(|why| why.to_string()))
    });
    let add = move || {
        let added = ctx
            .editor
            .try_update(Editor::add_attempt)
            .and_then(Result::ok);
        if let Some(index) = added {
            ctx.focus_soon(ctx.ids.of(&crate::domain::error::attempt_delay_path(index)));
        }
    };
    let limits = format!(
        "Each attempt is one retry of a failed call: the seconds to wait before it, at most {} ({}). Up to {MAX_ATTEMPTS} attempts.",
        thousands(MAX_DELAY_SECS.into()),
        compact(MAX_DELAY_SECS.into()),
    );
    view! {
        <section class="ce-section ce-retry">
            <h3 class="ce-section__heading">
                <button
                    type="button"
                    class="ce-disclosure"
                    aria-expanded=move || open.get().to_string()
                    aria-controls=panel_id.clone()
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    "Retry Strategy"
                </button>
            </h3>
            <div class="ce-section__body" id=panel_id hidden=move || !open.get()>
                <p class="ce-hint">{limits}</p>
                <Show when=move || count.get() == 0>
                    <p class="ce-note">{NO_RETRIES}</p>
                </Show>
                <ol class="ce-attempts">
                    <For each=move || 0..count.get() key=|index| *index let:index>
                        <AttemptRow index=index />
                    </For>
                </ol>
                <AddButton
                    label="+ Add Attempt"
                    id=ctx.ids.of("add-attempt")
                    reason_id=ctx.ids.of("add-attempt-blocked")
                    blocked=blocked
                    class="ce-retry__add"
                    on_click=Callback::new(move |()| add())
                />
                <FieldMessage path="attempts".to_owned() />
                <Timeline />
                <Advisor />
            </div>
        </section>
    }
}
