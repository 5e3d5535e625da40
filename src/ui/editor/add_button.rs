use leptos::prelude::*;

/// A `+ Add …` button for a list with a limit (`+ Add Attempt`, `+ Add cap`): disabled while
/// `blocked` says why, and that reason shown under it, under `reason_id`, which its
/// `aria-describedby` names.
#[component]
pub fn AddButton(
    /// The button's text and accessible name.
    label: &'static str,
    /// The button's id, where focus goes when the list's last row is removed.
    id: String,
    /// The id of the reason it is disabled.
    reason_id: String,
    /// Why it is disabled, while it is.
    #[prop(into)]
    blocked: Signal<Option<String>>,
    /// A class beside `ce-button`.
    class: &'static str,
    on_click: Callback<()>,
) -> impl IntoView {
    let described_by = {
        let id = reason_id.clone();
        move || blocked.get().map(|_| id.clone())
    };
    view! {
        <button
            type="button"
            class=format!("ce-button {class}")
            id=id
            disabled=move || blocked.get().is_some()
            aria-describedby=described_by
            on:click=move |_| on_click.run(())
        >
            {label}
        </button>
        {move || blocked.get().map(|why| view! { <p class="ce-hint" id=reason_id.clone()>{why}</p> })}
    }
}
