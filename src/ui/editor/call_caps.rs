use leptos::prelude::*;

use super::add_button::AddButton;
use super::cap_row::CapRow;
use super::context::EditorContext;
use super::field_message::FieldMessage;
use crate::domain::call_cap::{CapExample, cap_path};
use crate::domain::duration::thousands;
use crate::domain::editor::{CapField, Editor};
use crate::domain::limits::{MAX_CALL_CAPS, MAX_CAP_CALLS, MAX_CAP_HOURS};

/// The `Call caps` group of the Schedule section (SPEC section 9): the cap rows, `+ Add cap`, and
/// common dialing rules to insert in one click, offered as examples and not as legal advice.
#[component]
pub fn CallCaps() -> impl IntoView {
    let ctx = EditorContext::get();
    let blocked_id = ctx.ids.of("add-cap-blocked");
    let count = Memo::new(move |_| ctx.editor.with(|e| e.draft().caps.len()));
    let blocked = Memo::new(move |_| {
        ctx.editor
            .with(|e| e.add_cap_blocked().map(|why| why.to_string()))
    });
    let described_by = Signal::derive({
        let id = blocked_id.clone();
        move || blocked.get().map(|_| id.clone())
    });
    let focus_calls = move |index: usize| {
        ctx.focus_soon(ctx.ids.of(&cap_path(index, CapField::Calls.key())));
    };
    let add = move || {
        let added = ctx.editor.try_update(Editor::add_cap).and_then(Result::ok);
        if let Some(index) = added {
            focus_calls(index);
        }
    };
    let example = move |example: CapExample| {
        let insert = move |_| {
            let added = ctx
                .editor
                .try_update(|e| e.insert_example(example))
                .and_then(Result::ok);
            // The clicked button keeps the focus, unless the cap it added was the last allowed:
            // then it is disabled, and the focus goes to the row it filled rather than nowhere.
            if let Some(index) = added.filter(|_| blocked.get_untracked().is_some()) {
                focus_calls(index);
            }
        };
        view! {
            <button
                type="button"
                class="ce-button ce-caps__example"
                aria-label=format!("Add example: {example}")
                disabled=move || blocked.get().is_some()
                aria-describedby=move || described_by.get()
                on:click=insert
            >
                {example.to_string()}
            </button>
        }
    };
    let examples_id = ctx.ids.of("cap-examples");
    let examples_label = examples_id.clone();
    let hint = format!(
        "A cap allows at most so many calls to one recipient in any period of so many hours \
         (1 to {MAX_CAP_CALLS} calls, 1 to {} hours); a retry that would break it waits until \
         the cap allows it. Up to {MAX_CALL_CAPS} caps.",
        thousands(MAX_CAP_HOURS.into()),
    );
    view! {
        <fieldset class="ce-fieldset ce-caps">
            <legend>"Call caps"</legend>
            <p class="ce-hint">{hint}</p>
            <ol class="ce-caps__list">
                <For each=move || 0..count.get() key=|index| *index let:index>
                    <CapRow index=index />
                </For>
            </ol>
            <AddButton
                label="+ Add cap"
                id=ctx.ids.of("add-cap")
                reason_id=blocked_id
                blocked=blocked
                class="ce-caps__add"
                on_click=Callback::new(move |()| add())
            />
            <FieldMessage path="callCaps".to_owned() />
            <div class="ce-caps__examples" role="group" aria-labelledby=examples_label>
                <p class="ce-caps__examples-label" id=examples_id>"Examples (not legal advice):"</p>
                {CapExample::ALL.into_iter().map(example).collect_view()}
            </div>
        </fieldset>
    }
}
