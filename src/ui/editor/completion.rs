use leptos::prelude::*;

use super::context::EditorContext;

/// The Campaign Completion section: the `Long-Living Campaign` switch and what each mode means.
#[component]
pub fn Completion() -> impl IntoView {
    let ctx = EditorContext::get();
    let id = ctx.ids.of("longLiving");
    let about_id = ctx.ids.of("longLiving-about");
    let warning_id = ctx.ids.of("longLiving-warning");
    let long_living = Memo::new(move |_| ctx.editor.with(|e| e.draft().long_living));
    // The switch is described by both modes and, once on, by the warning.
    let described_by = {
        let (about, warning) = (about_id.clone(), warning_id.clone());
        move || {
            if long_living.get() {
                format!("{about} {warning}")
            } else {
                about.clone()
            }
        }
    };
    view! {
        <section class="ce-section ce-completion">
            <h3 class="ce-section__heading">"Campaign Completion"</h3>
            <div class="ce-switch">
                <input
                    class="ce-switch__input"
                    id=id.clone()
                    type="checkbox"
                    role="switch"
                    prop:checked=long_living
                    aria-describedby=described_by
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        ctx.editor.update(|e| e.edit(|d| d.long_living = on));
                    }
                />
                <label class="ce-switch__label" for=id>"Long-Living Campaign"</label>
            </div>
            <dl class="ce-completion__modes" id=about_id>
                <dt>"Off (default): fixed campaign"</dt>
                <dd>"Ends by itself once every recipient has been called: reached, or failed after all retries."</dd>
                <dt>"On: long-living campaign"</dt>
                <dd>"Stays active after launch. Recipients added later are called as they arrive."</dd>
            </dl>
            // Heard as the switch turns on: the live region stays, the warning comes and goes in it.
            <div aria-live="polite">
                <Show when=move || long_living.get()>
                    <p class="ce-warning" id=warning_id.clone()>
                        "This campaign never ends on its own: you must stop it manually. Monitor it regularly to avoid unexpected calls."
                    </p>
                </Show>
            </div>
        </section>
    }
}
