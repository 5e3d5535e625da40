use leptos::prelude::*;

use super::run::SimContext;
use crate::domain::error::{Problem, message_at};
use crate::ui::field::{Field, Hint};

/// The message of the settings problem at `path`, as a signal a [`SettingInput`] reads.
pub fn problem_at(problems: Memo<Vec<Problem>>, path: String) -> Signal<Option<String>> {
    Signal::derive(move || problems.with(|ps| message_at(ps, &path).map(str::to_owned)))
}

/// One number input of the simulator: the shared [`Field`] in a compact block, its ids made from
/// the problem path `key`.
#[component]
pub fn SettingInput(
    #[prop(into)] label: String,
    /// The problem path, which also makes the ids.
    #[prop(into)]
    key: String,
    value: Signal<String>,
    set: Callback<String>,
    problem: Signal<Option<String>>,
    #[prop(optional)] hint: Option<&'static str>,
    /// `decimal` for numbers that may have a fraction; whole numbers by default.
    #[prop(default = "numeric")]
    inputmode: &'static str,
) -> impl IntoView {
    let ids = expect_context::<SimContext>().ids;
    let hint = hint.map(|text| Hint {
        id: format!("{}-hint", ids.of(&key)),
        text,
    });
    view! {
        <div class="ce-field ce-field--compact">
            <Field label=label id=ids.of(&key) message_id=ids.error_of(&key) message=problem
                value=value on_input=set hint=hint inputmode=inputmode
                input_class="ce-field__input ce-field__input--number" />
        </div>
    }
}
