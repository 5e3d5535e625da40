use leptos::prelude::*;

use super::run::SimContext;
use crate::domain::simulation::{FailedGroup, FailureBreakdown, RecipientStatus};

/// What the breakdown says while nobody has failed.
const NONE_FAILED: &str = "No recipients failed.";

/// The simulator's answer to "why did my campaign end before all recipients were called?": the
/// failed recipients by why they stopped and the outcome of their last call, in one line whose
/// parts are buttons that list those recipients' calls in the Calls table.
#[component]
pub fn FailedRecipients(
    /// The group the Calls table is filtered to, if any: each part's button sets it.
    group: RwSignal<Option<FailedGroup>>,
    /// The id of the Calls table the buttons filter.
    table_id: String,
) -> impl IntoView {
    let sim = expect_context::<SimContext>();
    let (heading_id, labelled_by) = (sim.ids.of("failed"), sim.ids.of("failed"));
    let hint_id = sim.ids.of("failed-hint");
    // Failed recipients are final, so the breakdown changes only when their number does (a new
    // run starts with none): it is not recounted on every tick.
    let failed = Memo::new(move |_| {
        sim.run.snapshot().map(|s| {
            (
                s.recipients.of(RecipientStatus::Failed),
                s.recipients.total(),
            )
        })
    });
    let breakdown = Memo::new(move |_| {
        failed
            .get()
            .and_then(|_| {
                untrack(|| {
                    sim.run
                        .with(|run| FailureBreakdown::of_simulation(&run.simulation))
                })
            })
            .unwrap_or_default()
    });
    let parts = move || {
        breakdown.with(|b| {
            let head = b
                .headline()
                .map_or_else(|| NONE_FAILED.to_owned(), |head| format!("{head}: "));
            let count = b.parts().count();
            // The comma after a part is inside its button (and left out of its name), so that it
            // follows the part's last word: a part wrapped on a phone left it alone at the start
            // of the next line.
            let buttons = b
                .parts()
                .enumerate()
                .map(|(i, (part, _, text))| {
                    let pressed = move || group.get() == Some(part);
                    view! {
                        {(i > 0).then_some(" ")}
                        <button type="button" class="ce-button--link" aria-controls=table_id.clone()
                            aria-describedby=hint_id.clone() aria-pressed=move || pressed().to_string()
                            on:click=move |_| group.update(|g| *g = (*g != Some(part)).then_some(part))>
                            {text}
                            {(i + 1 < count).then(|| view! { <span class="ce-breakdown__comma" aria-hidden="true">","</span> })}
                        </button>
                    }
                })
                .collect_view();
            view! { {head} {buttons} }
        })
    };
    view! {
        <div class="ce-breakdown" role="group" aria-labelledby=labelled_by>
            <h3 class="ce-section__heading" id=heading_id>"Failed recipients"</h3>
            <p class="ce-breakdown__reading">{parts}</p>
            <Show when=move || breakdown.with(|b| b.failed() > 0)>
                <p class="ce-hint" id=sim.ids.of("failed-hint")>
                    "Choose a part to list only those recipients' calls in the Calls table, and again to show all recipients."
                </p>
            </Show>
        </div>
    }
}
