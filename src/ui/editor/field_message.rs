use leptos::prelude::*;

use super::context::EditorContext;
use crate::ui::field::Message;

/// The error message of the editor's field at `path`, when it has one, under the id that the
/// field's `aria-describedby` names.
#[component]
pub fn FieldMessage(#[prop(into)] path: String) -> impl IntoView {
    let ctx = EditorContext::get();
    view! { <Message id=ctx.ids.error_of(&path) message=ctx.message_signal(path) /> }
}
