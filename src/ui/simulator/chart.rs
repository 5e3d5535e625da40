use leptos::prelude::*;

use super::axes::{axes, readouts};
use super::run::SimContext;
use crate::domain::chart::{STACK, StateChart};
use crate::domain::simulation::RunStatus;
use crate::ui::markup::Markup;

/// What the chart shows: its name, and its picture's.
const TITLE: &str = "Recipients by state over simulated time";

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
            .with(|r| StateChart::new(r.history.samples(), ended, r.launch()))
            .unwrap_or_else(|| StateChart::new(&[], None, None))
    });
    let drawing = move || {
        chart.with(|chart| {
            let (mut m, frame) = (Markup::default(), chart.frame);
            for (status, path) in &chart.bands {
                let class = format!("ce-chart__band ce-chart__band--{}", status.key());
                m.empty("path", &[("class", &class), ("d", path)]);
            }
            axes(&mut m, frame, &chart.time, &chart.count, "Recipients");
            if let Some((x, word)) = chart.end {
                m.line("ce-chart__end", (x, frame.top), (x, frame.bottom()));
                m.label(
                    "ce-chart__end-label",
                    ((x - 4).max(frame.left), frame.top - 4),
                    "end",
                    &word,
                );
            }
            m.finish()
        })
    };
    let picture_readouts = move || chart.with(|chart| readouts(chart.frame, &chart.readouts));
    let figures = move || {
        chart.with(|chart| {
            let mut m = Markup::default();
            for r in &chart.readouts {
                m.text_element("li", &[], &r.text());
            }
            m.finish()
        })
    };
    view! {
        // Named by what it shows: its figcaption is the legend.
        <figure class="ce-chart" aria-label=TITLE>
            <svg class="ce-plot" role="group" aria-label=TITLE
                viewBox=format!("0 0 {} {}", StateChart::WIDTH, StateChart::HEIGHT)>
                <g inner_html=drawing />
                {picture_readouts}
            </svg>
            <figcaption class="ce-chart__legend">
                {STACK.iter().map(|s| view! {
                    <span class="ce-chart__key"><span class=format!("ce-chart__swatch ce-chart__band--{}", s.key())></span>{s.label()}</span>
                }).collect_view()}
                <span class="ce-chart__key">"Focus or hover a time for its figures"</span>
            </figcaption>
            <ul class="ce-visually-hidden" aria-label=format!("{TITLE}, in figures") inner_html=figures />
        </figure>
    }
}
