use leptos::prelude::*;

use super::axes::{axes, readouts};
use super::run::SimContext;
use crate::domain::chart::{STACK, StateChart};
use crate::domain::simulation::RunStatus;

/// Recipients by state over simulated time, stacked on labelled axes, with the completion or stop
/// marked, a legend, the figures at each time on focus or hover, and the same as a hidden list.
#[component]
pub fn SimChart() -> impl IntoView {
    let sim = expect_context::<SimContext>();
    let chart = Memo::new(move |_| {
        let ended = sim
            .run
            .snapshot()
            .and_then(|s| Some((s.ended_at?, s.status == RunStatus::Completed)));
        sim.run
            .with(|r| StateChart::new(r.history.samples(), ended, r.launch))
            .unwrap_or_else(|| StateChart::new(&[], None, None))
    });
    let picture = move || {
        chart.with(|chart| {
            let frame = chart.frame;
            let bands = chart.bands.iter().map(|(status, path)| {
                view! { <path class=format!("ce-chart__band ce-chart__band--{}", status.key()) d=path.clone() /> }
            });
            let marker = chart.end.map(|(x, word)| {
                view! {
                    <line class="ce-chart__end" x1=x x2=x y1=frame.top y2=frame.bottom() />
                    <text class="ce-chart__end-label" x=(x - 4).max(frame.left) y=frame.top - 4 text-anchor="end">{word}</text>
                }
            });
            view! {
                {bands.collect_view()}
                {axes(frame, &chart.time, &chart.count, "Recipients")}
                {marker}
                {readouts(frame, &chart.readouts)}
            }
        })
    };
    let figures = move || {
        chart.with(|chart| {
            chart
                .readouts
                .iter()
                .map(|r| view! { <li>{r.text()}</li> })
                .collect_view()
        })
    };
    view! {
        <figure class="ce-chart">
            <svg class="ce-plot" role="group" aria-label="Recipients by state over simulated time"
                viewBox=format!("0 0 {} {}", StateChart::WIDTH, StateChart::HEIGHT)>
                {picture}
            </svg>
            <figcaption class="ce-chart__legend">
                {STACK.iter().map(|s| view! {
                    <span class="ce-chart__key"><span class=format!("ce-chart__swatch ce-chart__band--{}", s.key())></span>{s.label()}</span>
                }).collect_view()}
                <span class="ce-chart__key">"Focus or hover a time for its figures"</span>
            </figcaption>
            <ul class="ce-visually-hidden" aria-label="Recipients by state over simulated time, in figures">{figures}</ul>
        </figure>
    }
}
