use leptos::prelude::*;

use super::super::context::EditorContext;
use crate::domain::advisor::{AdvisorPanel, Phase, STALE_NOTE, delay_items, figures};
use crate::ui::markup::Markup;

/// The suggestion beside the current strategy (a table of the three figures), its delays as a
/// second list, and `Use these delays` and `Dismiss` (`Undo` is the advisor's, beside its status:
/// it outlives the suggestion).
#[component]
pub fn SuggestionView(
    /// The advisor's state.
    panel: RwSignal<AdvisorPanel>,
    /// Told when the suggestion is dismissed, so that focus can go back to the advisor.
    on_closed: Callback<()>,
) -> impl IntoView {
    let ctx = EditorContext::get();
    let ids = ctx.ids;
    let shown = Memo::new(move |_| {
        panel.with(|p| {
            p.suggestion()
                .map(|(s, hours)| (figures(s, hours), delay_items(s)))
        })
    });
    let caveat = Memo::new(move |_| panel.with(AdvisorPanel::caveat));
    let phase = Memo::new(move |_| panel.with(AdvisorPanel::phase));
    let heading = Memo::new(move |_| panel.with(AdvisorPanel::current_heading));
    let caption = Memo::new(move |_| panel.with(AdvisorPanel::caption));
    let stale = Memo::new(move |_| {
        ctx.checked
            .with(|c| ctx.reach.with(|r| panel.with(|p| p.is_stale(c, r))))
    });
    let (use_id, list_id) = (ids.of("advisor-use"), ids.of("advisor-delays"));
    let use_delays = move |_| {
        ctx.editor
            .update(|editor| panel.update(|p| p.use_delays(editor)));
        ctx.focus_soon(ids.of("advisor-undo"));
    };
    let dismiss = move |_| {
        panel.update(AdvisorPanel::dismiss);
        on_closed.run(());
    };
    move || {
        let (rows, items) = shown.get()?;
        let (mut figures, mut delays) = (Markup::default(), Markup::default());
        for f in rows {
            figures.figure_row(&f.label, &[&f.suggested, &f.current]);
        }
        for item in items {
            delays.text_element("li", &[], &item);
        }
        let (use_id, list_id) = (use_id.clone(), list_id.clone());
        Some(view! {
            <div class="ce-advisor__suggestion">
                <table class="ce-advisor__figures">
                    <caption>{move || caption.get()}</caption>
                    <thead>
                        <tr>
                            <td></td>
                            <th scope="col">"Suggested"</th>
                            <th scope="col">{move || heading.get()}</th>
                        </tr>
                    </thead>
                    <tbody inner_html=figures.finish() />
                </table>
                <p class="ce-advisor__list-heading" id=list_id.clone()>"Suggested delays"</p>
                <ol class="ce-advisor__delays" aria-labelledby=list_id inner_html=delays.finish() />
                {move || caveat.get().map(|text| view! { <p class="ce-note">{text}</p> })}
                <Show when=move || stale.get()>
                    <p class="ce-note">{STALE_NOTE}</p>
                </Show>
                <div class="ce-advisor__actions">
                    <Show when=move || phase.get() == Phase::Suggested>
                        <button type="button" class="ce-button ce-button--primary" id=use_id.clone() on:click=use_delays>
                            "Use these delays"
                        </button>
                    </Show>
                    <button type="button" class="ce-button ce-button--quiet" on:click=dismiss>
                        "Dismiss"
                    </button>
                </div>
            </div>
        })
    }
}
