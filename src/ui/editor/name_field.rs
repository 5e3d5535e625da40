use leptos::prelude::*;

use super::context::EditorContext;
use super::field_message::{FieldMessage, invalid_attrs};

/// The `Campaign name` input.
#[component]
pub fn NameField() -> impl IntoView {
    let ctx = EditorContext::get();
    let path = Signal::stored("name".to_owned());
    let (invalid, described_by) = invalid_attrs(path);
    let id = ctx.ids.of("name");
    view! {
        <div class="ce-field">
            <label class="ce-field__label" for=id.clone()>"Campaign name"</label>
            <input
                class="ce-field__input"
                id=id
                type="text"
                autocomplete="off"
                prop:value=move || ctx.editor.with(|e| e.draft().name.clone())
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    ctx.editor.update(|e| e.edit(|d| d.name = text));
                }
                aria-invalid=invalid
                aria-describedby=described_by
            />
            <FieldMessage path=path />
        </div>
    }
}
