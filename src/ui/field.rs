//! A labelled text field, in the spirit of thaw's `Field`: one component owns the label, the
//! input, the hint and the message, and the ids that tie them (`for`, `aria-describedby`). It
//! knows no editor or panel: whoever uses it hands in the ids, the text and the message.

use leptos::prelude::*;

/// A line under a field's label saying what to type, and its id.
pub struct Hint {
    pub id: String,
    pub text: &'static str,
}

/// A labelled text input, its hint if any, and its message while there is one. While there is a
/// message the input carries `aria-invalid="true"`; `aria-describedby` names the hint and the
/// message. The caller wraps it (a `ce-field` block, a list item).
///
/// ```ignore
/// view! {
///     <div class="ce-field">
///         <Field label="Lines" id=ids.of("lines") message_id=ids.error_of("lines")
///             message=message value=text on_input=Callback::new(move |typed| text.set(typed)) />
///     </div>
/// }
/// ```
#[component]
pub fn Field(
    /// The label people read: the input's accessible name.
    #[prop(into)]
    label: String,
    /// The input's id.
    id: String,
    /// The id of the message, for the input's `aria-describedby`.
    message_id: String,
    /// What is wrong with the text, if anything.
    #[prop(into)]
    message: Signal<Option<String>>,
    /// The text in the input.
    #[prop(into)]
    value: Signal<String>,
    /// Told the text as the user types.
    on_input: Callback<String>,
    /// Told when the user leaves the input.
    #[prop(optional)]
    on_blur: Option<Callback<()>>,
    /// A hint between the label and the input.
    #[prop(default = None)]
    hint: Option<Hint>,
    #[prop(default = "ce-field__label")] label_class: &'static str,
    #[prop(default = "ce-field__input")] input_class: &'static str,
    /// The input's `inputmode` (`numeric`), if any.
    #[prop(optional)]
    inputmode: Option<&'static str>,
    /// The id of help the caller shows under the message, while it shows it: the input's
    /// `aria-describedby` names it after the message.
    #[prop(optional, into)]
    help_id: MaybeProp<String>,
    /// What goes between the input and its message (a duration beside it, a button).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let invalid = Memo::new(move |_| message.with(Option::is_some));
    let hint_id = hint.as_ref().map(|h| h.id.clone());
    let described_by = {
        let message_id = message_id.clone();
        move || {
            let error = invalid.get().then(|| message_id.clone());
            let ids: Vec<String> = [hint_id.clone(), error, help_id.get()]
                .into_iter()
                .flatten()
                .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <label class=label_class for=id.clone()>{label}</label>
        {hint.map(|h| view! { <span class="ce-hint" id=h.id>{h.text}</span> })}
        <input
            class=input_class
            id=id
            type="text"
            inputmode=inputmode
            autocomplete="off"
            prop:value=value
            on:input=move |ev| on_input.run(event_target_value(&ev))
            on:blur=move |_| {
                if let Some(on_blur) = on_blur {
                    on_blur.run(());
                }
            }
            aria-invalid=move || invalid.get().then_some("true")
            aria-describedby=described_by
        />
        {children.map(|children| children())}
        <Message id=message_id message=message />
    }
}

/// A field's message while it has one, under `id` (what the field's `aria-describedby` names).
#[component]
pub fn Message(id: String, #[prop(into)] message: Signal<Option<String>>) -> impl IntoView {
    move || {
        message
            .get()
            .map(|text| view! { <p class="ce-field__error" id=id.clone()>{text}</p> })
    }
}
