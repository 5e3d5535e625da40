use leptos::prelude::*;

use super::context::EditorContext;
use crate::domain::editor::Section;

/// After a Save as Draft or Start Now that found errors: every problem, each a link that moves
/// focus to its field.
#[component]
pub fn ErrorSummary() -> impl IntoView {
    let ctx = EditorContext::get();
    let heading_id = ctx.ids.of("summary-heading");
    let shown = Memo::new(move |_| {
        ctx.checked
            .with(|checked| ctx.editor.with(|e| e.shows_summary(checked)))
    });
    let link = move |path: String, message: String| {
        let target = ctx.ids.of(&path);
        let href = format!("#{target}");
        let go = move |ev: leptos::ev::MouseEvent| {
            ev.prevent_default();
            if Section::of(&path) == Some(Section::RetryStrategy) {
                ctx.retry_open.set(true);
            }
            ctx.focus_soon(target.clone());
        };
        view! { <li><a href=href on:click=go>{message}</a></li> }
    };
    view! {
        <Show when=move || shown.get()>
            <div
                class="ce-summary"
                id=ctx.ids.of("summary")
                role="alert"
                tabindex="-1"
                aria-labelledby=heading_id.clone()
            >
                <h3 class="ce-summary__heading" id=heading_id.clone()>"There is a problem"</h3>
                <ul class="ce-summary__list">
                    {move || ctx.problems.get().into_iter().map(|p| link(p.path, p.message)).collect_view()}
                </ul>
            </div>
        </Show>
    }
}
