use leptos::prelude::*;

use super::context::EditorContext;
use crate::domain::campaign::parse_delay;
use crate::domain::duration::compact;
use crate::domain::error::attempt_delay_path;
use crate::domain::next_day::{CALL_NEXT_MORNING, next_day_hint, over_limit};
use crate::ui::field::Field;

/// Attempt row `index` (0-based; people read `index + 1`): the delay input, the delay in compact
/// form beside it, and its `Remove attempt N` button; under a delay over the limit, how to call
/// again the next day instead (see [`crate::domain::next_day`]).
#[component]
pub fn AttemptRow(index: usize) -> impl IntoView {
    let ctx = EditorContext::get();
    let n = index + 1;
    let path = attempt_delay_path(index);
    let message = ctx.message_signal(path.clone());
    let text = Memo::new(move |_| {
        ctx.editor
            .with(|e| e.draft().attempts.get(index).cloned().unwrap_or_default())
    });
    let over = Memo::new(move |_| text.with(|t| over_limit(t)));
    let help_id = ctx.ids.of(&format!("{path}-next-day"));
    let next_morning = move |_| {
        let now = ctx.state.now();
        ctx.editor.update(|e| e.call_next_morning(index, now));
        ctx.focus_soon(ctx.ids.of(&attempt_delay_path(index)));
    };
    let human = move || {
        parse_delay(n, &text.get())
            .ok()
            .map(|secs| compact(secs.into()))
    };
    let remove = move |_| {
        ctx.editor.update(|e| e.remove_attempt(index));
        // Focus stays in the list: the row that took this place, the one before, or + Add Attempt.
        let left = ctx.editor.with_untracked(|e| e.draft().attempts.len());
        let next = if index < left {
            attempt_delay_path(index)
        } else if left > 0 {
            attempt_delay_path(left - 1)
        } else {
            "add-attempt".to_owned()
        };
        ctx.focus_soon(ctx.ids.of(&next));
    };
    view! {
        <li class="ce-attempt" class=("ce-attempt--invalid", move || message.with(Option::is_some))>
            <Field
                label=format!("Attempt {n} delay, in seconds")
                id=ctx.ids.of(&path)
                message_id=ctx.ids.error_of(&path)
                message=message
                value=text
                on_input=Callback::new(move |typed| ctx.editor.update(|e| e.set_delay(index, typed)))
                on_blur=Callback::new(move |()| ctx.editor.update(|e| e.leave_attempt(index)))
                label_class="ce-attempt__label"
                input_class="ce-attempt__input"
                inputmode="numeric"
                help_id=Signal::derive({
                    let id = help_id.clone();
                    move || over.get().then(|| id.clone())
                })
            >
                <span class="ce-attempt__human">{human}</span>
                <button type="button" class="ce-button ce-button--quiet ce-attempt__remove" on:click=remove>
                    {format!("Remove attempt {n}")}
                </button>
            </Field>
            <Show when=move || over.get()>
                <div class="ce-next-day">
                    <p class="ce-next-day__text" id=help_id.clone()>
                        {move || ctx.editor.with(next_day_hint)}
                    </p>
                    <button type="button" class="ce-button" on:click=next_morning>
                        {CALL_NEXT_MORNING}
                    </button>
                </div>
            </Show>
        </li>
    }
}
