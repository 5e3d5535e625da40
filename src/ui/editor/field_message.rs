use leptos::prelude::*;

use super::context::EditorContext;

/// The error message of the field at `path`, when it has one; its id is what the field's
/// `aria-describedby` points at.
#[component]
pub fn FieldMessage(#[prop(into)] path: Signal<String>) -> impl IntoView {
    let ctx = EditorContext::get();
    let message = move || path.with(|p| ctx.message(p));
    move || {
        message().map(|text| {
            view! { <p class="ce-field__error" id=ctx.ids.error_of(&path.get())>{text}</p> }
        })
    }
}

/// The `aria-invalid` and `aria-describedby` values of the field at `path`.
pub fn invalid_attrs(
    path: Signal<String>,
) -> (Signal<Option<&'static str>>, Signal<Option<String>>) {
    let ctx = EditorContext::get();
    let has_error = Memo::new(move |_| path.with(|p| ctx.message(p).is_some()));
    (
        Signal::derive(move || has_error.get().then_some("true")),
        Signal::derive(move || has_error.get().then(|| ctx.ids.error_of(&path.get()))),
    )
}
