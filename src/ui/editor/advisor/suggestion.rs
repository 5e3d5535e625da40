use leptos::prelude::*;

use super::super::context::EditorContext;
use crate::domain::advisor::{AdvisorPanel, Phase, STALE_NOTE, delay_items, figures};
use crate::ui::markup::Markup;

/// The suggestion beside the current strategy (a table of the three figures), its delays as a
/// second list, and `Use these delays` (then `Undo`) and `Dismiss`.
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
    let can_undo = Memo::new(move |_| ctx.editor.with(|e| panel.with(|p| p.can_undo(e))));
    let stale = Memo::new(move |_| {
        ctx.checked
            .with(|c| ctx.reach.with(|r| panel.with(|p| p.is_stale(c, r))))
    });
    let (use_id, undo_id, list_id) = (
        ids.of("advisor-use"),
        ids.of("advisor-undo"),
        ids.of("advisor-delays"),
    );
    let use_delays = {
        let undo_id = undo_id.clone();
        move |_| {
            ctx.editor
                .update(|editor| panel.update(|p| p.use_delays(editor)));
            ctx.focus_soon(undo_id.clone());
        }
    };
    let undo = {
        let use_id = use_id.clone();
        move |_| {
            ctx.editor.update(|editor| panel.update(|p| p.undo(editor)));
            ctx.focus_soon(use_id.clone());
        }
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
        let (use_id, undo_id, list_id) = (use_id.clone(), undo_id.clone(), list_id.clone());
        let (use_delays, undo) = (use_delays.clone(), undo.clone());
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
                    {move || match phase.get() {
                        Phase::Suggested => Some(view! {
                            <button type="button" class="ce-button ce-button--primary" id=use_id.clone() on:click=use_delays.clone()>
                                "Use these delays"
                            </button>
                        }.into_any()),
                        Phase::Used if can_undo.get() => Some(view! {
                            <button type="button" class="ce-button" id=undo_id.clone() on:click=undo.clone()>
                                "Undo"
                            </button>
                        }.into_any()),
                        _ => None,
                    }}
                    <button type="button" class="ce-button ce-button--quiet" on:click=dismiss>
                        "Dismiss"
                    </button>
                </div>
            </div>
        })
    }
}
