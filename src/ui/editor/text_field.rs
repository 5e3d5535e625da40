use leptos::prelude::*;

use super::context::EditorContext;
use crate::domain::draft::Draft;
use crate::ui::field::{Field, Hint};

/// A text input bound to one string of the draft, labelled, with its hint and its error.
#[component]
pub fn TextField(
    /// The label people read.
    label: &'static str,
    /// The problem path of the field, which also names its id.
    path: &'static str,
    /// A hint under the label, if any.
    #[prop(optional)]
    hint: Option<&'static str>,
    /// A narrow input, for a date or a time.
    #[prop(optional)]
    short: bool,
    /// Reads the field's text from the draft.
    read: fn(&Draft) -> &String,
    /// Writes typed text into the draft.
    write: fn(&mut Draft, String),
) -> impl IntoView {
    let ctx = EditorContext::get();
    let hint = hint.map(|text| Hint {
        id: ctx.ids.of(&format!("{path}-hint")),
        text,
    });
    let input_class = if short {
        "ce-field__input ce-field__input--short"
    } else {
        "ce-field__input"
    };
    view! {
        <div class="ce-field">
            <Field
                label=label
                id=ctx.ids.of(path)
                message_id=ctx.ids.error_of(path)
                message=ctx.message_signal(path.to_owned())
                value=Signal::derive(move || ctx.editor.with(|e| read(e.draft()).clone()))
                on_input=Callback::new(move |text| ctx.editor.update(|e| e.edit(|d| write(d, text))))
                hint=hint
                input_class=input_class
            />
        </div>
    }
}
