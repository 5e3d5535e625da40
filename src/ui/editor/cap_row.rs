use leptos::prelude::*;

use super::context::EditorContext;
use crate::domain::call_cap::cap_path;
use crate::domain::editor::CapField;
use crate::ui::field::Field;

/// Cap row `index` (0-based; people read `index + 1`): `Cap N calls` and `Cap N period, in hours`,
/// the cap in words beside them once both are valid (`7 calls in 7 days`), and `Remove cap N`.
/// Each input's message shows under the row (the stylesheet places them).
#[component]
pub fn CapRow(index: usize) -> impl IntoView {
    let ctx = EditorContext::get();
    let n = index + 1;
    let cap = Memo::new(move |_| {
        ctx.editor
            .with(|e| e.draft().caps.get(index).cloned().unwrap_or_default())
    });
    let invalid = Memo::new(move |_| {
        CapField::BOTH
            .into_iter()
            .any(|field| ctx.message(&cap_path(index, field.key())).is_some())
    });
    let human = move || cap.with(|c| c.cap(n).map(|cap| cap.to_string()));
    let input = move |field: CapField, label: String| {
        let path = cap_path(index, field.key());
        view! {
            <Field
                label=label
                id=ctx.ids.of(&path)
                message_id=ctx.ids.error_of(&path)
                message=ctx.message_signal(path)
                value=Signal::derive(move || cap.with(|c| c.text(field).to_owned()))
                on_input=Callback::new(move |typed| ctx.editor.update(|e| e.set_cap(index, field, typed)))
                on_blur=Callback::new(move |()| ctx.editor.update(|e| e.leave_cap(index, field)))
                label_class="ce-cap__label"
                input_class="ce-cap__input"
                inputmode="numeric"
            />
        }
    };
    let remove = move |_| {
        ctx.editor.update(|e| e.remove_cap(index));
        // Focus stays in the group: the row that took this place, the one before, or + Add cap.
        let left = ctx.editor.with_untracked(|e| e.draft().caps.len());
        let next = if index < left {
            cap_path(index, CapField::Calls.key())
        } else if left > 0 {
            cap_path(left - 1, CapField::Calls.key())
        } else {
            "add-cap".to_owned()
        };
        ctx.focus_soon(ctx.ids.of(&next));
    };
    view! {
        <li class="ce-cap" class=("ce-cap--invalid", move || invalid.get())>
            {input(CapField::Calls, format!("Cap {n} calls"))}
            {input(CapField::Hours, format!("Cap {n} period, in hours"))}
            <span class="ce-cap__human">{human}</span>
            <button type="button" class="ce-button ce-button--quiet ce-cap__remove" on:click=remove>
                {format!("Remove cap {n}")}
            </button>
        </li>
    }
}
