use leptos::prelude::*;

use super::run::SimContext;
use crate::domain::simulation::{RecipientStatus, RunStatus};
use crate::domain::simulator_panel::Sample;

const WIDTH: f64 = 640.0;
const HEIGHT: f64 = 160.0;
const TOP: f64 = 18.0;

/// States stacked from the bottom of the chart up: the final ones first.
const STACK: [RecipientStatus; 5] = RecipientStatus::FINAL_FIRST;

/// Recipients by state over simulated time, stacked, with the completion or stop marked.
#[component]
pub fn SimChart() -> impl IntoView {
    let sim = expect_context::<SimContext>();
    let chart = move || {
        let (samples, peak) = sim
            .run
            .with(|r| (r.history.samples().to_vec(), r.history.peak_recipients()))
            .unwrap_or_default();
        let end = samples.last().map_or(0, |s| s.time).max(1) as f64;
        let x = move |t: u64| t as f64 / end * WIDTH;
        let y = move |n: u64| TOP + HEIGHT - n as f64 / peak.max(1) as f64 * HEIGHT;
        let bands = STACK.iter().enumerate().map(|(level, status)| {
            let path = band(&samples, level, x, y);
            view! { <path class=format!("ce-chart__band ce-chart__band--{}", status.key()) d=path /> }
        });
        let ended = sim
            .run
            .snapshot()
            .and_then(|s| Some((s.ended_at?, s.status)));
        let marker = ended.map(|(at, status)| {
            let label = if status == RunStatus::Completed { "Completed" } else { "Stopped" };
            let at_x = x(at).min(WIDTH);
            view! {
                <line class="ce-chart__end" x1=at_x x2=at_x y1=TOP y2=TOP + HEIGHT />
                <text class="ce-chart__end-label" x=(at_x - 4.0).max(0.0) y=TOP - 4.0 text-anchor="end">{label}</text>
            }
        });
        view! { {bands.collect_view()} {marker} }
    };
    view! {
        <figure class="ce-chart">
            <svg class="ce-chart__picture" role="img" aria-label="Recipients by state over simulated time"
                viewBox=format!("0 0 {WIDTH} {}", TOP + HEIGHT + 2.0) width="100%" preserveAspectRatio="none">
                {chart}
            </svg>
            <figcaption class="ce-chart__legend">
                {STACK.iter().map(|s| view! {
                    <span class="ce-chart__key"><span class=format!("ce-chart__swatch ce-chart__band--{}", s.key())></span>{s.label()}</span>
                }).collect_view()}
            </figcaption>
        </figure>
    }
}

/// The SVG path of stack level `level`: its top edge left to right, its bottom edge back.
fn band(
    samples: &[Sample],
    level: usize,
    x: impl Fn(u64) -> f64,
    y: impl Fn(u64) -> f64,
) -> String {
    let below = |s: &Sample| {
        STACK[..level]
            .iter()
            .map(|st| s.counts[st.index()])
            .sum::<u64>()
    };
    let top = |s: &Sample| below(s) + s.counts[STACK[level].index()];
    let forward = samples
        .iter()
        .map(|s| format!("{:.1},{:.1}", x(s.time), y(top(s))));
    let back = samples
        .iter()
        .rev()
        .map(|s| format!("{:.1},{:.1}", x(s.time), y(below(s))));
    let points: Vec<String> = forward.chain(back).collect();
    if points.is_empty() {
        String::new()
    } else {
        format!("M{}Z", points.join("L"))
    }
}
