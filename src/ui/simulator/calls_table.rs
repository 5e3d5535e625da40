use gloo_timers::callback::Timeout;
use leptos::prelude::*;

use super::failure_breakdown::FailedRecipients;
use super::run::SimContext;
use crate::domain::campaign::call_name;
use crate::domain::duration::compact;
use crate::domain::simulation::{Call, FailedGroup};
use crate::domain::simulator_panel::{CallFilter, Run, calls_listed, rows_in_view};
use crate::ui::field::Field;
use crate::ui::markup::Markup;
use crate::ui::svg::px;

/// The scrolled view's height and each row's, in pixels (also in the stylesheet).
const VIEW_HEIGHT: f64 = 280.0;
const ROW_HEIGHT: f64 = 28.0;
const OVERSCAN: usize = 6;
/// How long after a keystroke in `Recipient number` the count of calls listed is heard.
const TYPING_SETTLES_MS: u32 = 500;

/// The `Calls` table, filterable to failed calls, to one recipient and to one group of failed
/// recipients (chosen in the failure breakdown above it). Only the rows in view are drawn, so it
/// stays smooth with hundreds of thousands of calls.
#[component]
pub fn CallsTable() -> impl IntoView {
    let sim = expect_context::<SimContext>();
    let (heading_id, failed_id) = (sim.ids.of("calls"), sim.ids.of("calls-failed"));
    let (recipient_id, error_id) = (
        sim.ids.of("calls-recipient"),
        sim.ids.of("calls-recipient-error"),
    );
    let table_id = sim.ids.of("calls-table");
    let failed_only = RwSignal::new(false);
    let group = RwSignal::new(None::<FailedGroup>);
    // A reset leaves no run, and no group to show.
    Effect::new(move |_| {
        if sim.run.snapshot().is_none() {
            group.set(None);
        }
    });
    let recipient_text = RwSignal::new(String::new());
    // While a recipient number is typed, the count of calls listed is busy until half a second
    // after the last keystroke: it is heard once, for the number typed, not for each digit.
    let typing = RwSignal::new(false);
    // Its timeout goes with the component (dropped, it never fires).
    let settle = StoredValue::new_local(None::<Timeout>);
    let typed = Callback::new(move |text: String| {
        recipient_text.set(text);
        typing.set(true);
        let timeout = Timeout::new(TYPING_SETTLES_MS, move || {
            typing.try_set(false);
        });
        settle.try_set_value(Some(timeout));
    });
    let scroll_top = RwSignal::new(0.0);
    let recipients = Memo::new(move |_| sim.run.snapshot().map_or(0, |s| s.recipients.total()));
    let recipient = Memo::new(move |_| {
        recipient_text
            .with(|text| CallFilter::recipient_from(text, recipients.get()))
            .map_err(|problem| problem.to_string())
    });
    Effect::new(move |_| {
        sim.run.set_filter(CallFilter {
            failed_only: failed_only.get(),
            recipient: recipient.get().unwrap_or(None),
            group: group.get(),
        });
    });
    let listed = move || sim.run.with(|run| run.calls.len()).unwrap_or(0);
    let rows = move || {
        let total = listed();
        let (first, count) =
            rows_in_view(total, scroll_top.get(), VIEW_HEIGHT, ROW_HEIGHT, OVERSCAN);
        let calls: Vec<(usize, Call)> = sim
            .run
            .with(|run| {
                (first..first + count)
                    .filter_map(|row| {
                        run.calls
                            .position(row)
                            .and_then(|p| run.simulation.call(p))
                            .map(|c| (row, c))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let after = total - first - count;
        let mut m = Markup::default();
        let spacer = |m: &mut Markup, rows: usize| {
            let style = format!("height: {}px", px(rows as f64 * ROW_HEIGHT));
            m.element(
                "tr",
                &[
                    ("class", &"ce-calls__spacer"),
                    ("aria-hidden", &"true"),
                    ("style", &style),
                ],
                |_| {},
            );
        };
        spacer(&mut m, first);
        for (row, call) in calls {
            m.element("tr", &[("aria-rowindex", &(row + 2))], |m| {
                m.text_element("td", &[], &(call.recipient + 1));
                m.text_element("td", &[], &call.outcome.label());
                m.text_element("td", &[], &call_name(call.attempt as usize));
                m.text_element("td", &[], &compact(call.start));
                m.text_element("td", &[], &compact(call.end));
            });
        }
        spacer(&mut m, after);
        m.finish()
    };
    view! {
        <FailedRecipients group=group table_id=table_id.clone() />
        <div class="ce-calls">
            <h3 class="ce-section__heading" id=heading_id.clone()>"Calls"</h3>
            <div class="ce-calls__filters">
                <div class="ce-check">
                    <input class="ce-check__input" type="checkbox" id=failed_id.clone() prop:checked=failed_only
                        on:change=move |ev| failed_only.set(event_target_checked(&ev)) />
                    <label class="ce-check__label" for=failed_id.clone()>"Failed calls only"</label>
                </div>
                <div class="ce-field ce-field--compact">
                    <Field label="Recipient number" id=recipient_id message_id=error_id
                        message=Signal::derive(move || recipient.get().err())
                        value=recipient_text on_input=typed
                        input_class="ce-field__input ce-field__input--number" inputmode="numeric" />
                </div>
                {move || group.get().map(|g| view! {
                    <p class="ce-calls__group">
                        <span>{format!("Only recipients who failed {}", g.reason())}</span>
                        " "
                        <button type="button" class="ce-button ce-button--quiet" on:click=move |_| group.set(None)>
                            "Show all recipients"
                        </button>
                    </p>
                })}
            </div>
            // A status message (WCAG 4.1.3): a filter's result is announced. Not a second
            // `status` role: the run's status line owns that.
            <p class="ce-hint" aria-live="polite" aria-busy=move || (sim.playing.get() || typing.get()).to_string()>
                {move || calls_listed(listed() as u64)}
            </p>
            {move || sim.run.with(Run::calls_note).flatten().map(|note| view! { <p class="ce-notice">{note}</p> })}
            <div class="ce-calls__scroll" tabindex="0" role="region" aria-label="Calls, scrollable"
                on:scroll=move |ev| scroll_top.set(event_target::<web_sys::Element>(&ev).scroll_top() as f64)>
                <table class="ce-calls__table" id=table_id aria-labelledby=heading_id.clone() aria-rowcount=move || listed() + 1>
                    <thead>
                        <tr aria-rowindex="1">
                            <th scope="col">"Recipient"</th>
                            // The outcome next to the recipient: on a phone, the first two
                            // columns are what shows of a call without scrolling sideways.
                            <th scope="col">"Outcome"</th>
                            <th scope="col">"Call"</th>
                            <th scope="col">"Start"</th>
                            <th scope="col">"End"</th>
                        </tr>
                    </thead>
                    <tbody inner_html=rows />
                </table>
            </div>
        </div>
    }
}
