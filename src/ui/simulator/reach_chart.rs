use leptos::prelude::*;

use super::axes::{readouts, upright_title};
use super::run::SimContext;
use crate::domain::campaign::call_name;
use crate::domain::chart::{Frame, call_readouts, call_x, share_axis};
use crate::domain::simulator_panel::{ReachByCall, Run};
use crate::domain::timeline::percent;
use crate::ui::markup::Markup;
use crate::ui::svg::px;

/// The plot in SVG units, and the room under it for the axis.
const FRAME: Frame = Frame {
    left: 56,
    top: 10,
    width: 640,
    height: 160,
};
const BOTTOM: i32 = 36;

/// Reach by call number for a run of the reach model: the share of recipients reached at each
/// call (bars) and by then (lines), simulated next to expected, then the same in a table.
#[component]
pub fn ReachChart() -> impl IntoView {
    let sim = expect_context::<SimContext>();
    let picture = Memo::new(move |_| sim.run.with(Run::reach_by_call).flatten());
    let heading_id = sim.ids.of("reach-chart");
    move || {
        let (heading_id, labelled_by) = (heading_id.clone(), heading_id.clone());
        picture.get().map(|picture| {
            view! {
                <figure class="ce-reach-chart" aria-labelledby=labelled_by>
                    <h3 class="ce-section__heading" id=heading_id>"Reach by call number"</h3>
                    <p class="ce-hint">
                        "The share of all recipients reached at each call, and in all by then: this run "
                        "next to what the reach model expects of the strategy (every failed call ending "
                        "at once, on as many lines as needed)."
                    </p>
                    // On a phone the picture scrolls sideways alone (its focusable figures scroll
                    // it), and the table keeps to the width there is.
                    <div class="ce-reach-chart__plot">{plot(&picture)}</div>
                    <p class="ce-reach-chart__legend">
                        <span class="ce-chart__key"><span class="ce-chart__swatch ce-reach-chart__swatch--simulated"></span>"Simulated"</span>
                        <span class="ce-chart__key"><span class="ce-chart__swatch ce-reach-chart__swatch--expected"></span>"Expected"</span>
                        <span class="ce-chart__key">"Bars: at that call; lines: in all by then"</span>
                        <span class="ce-chart__key">"Focus or hover a call for its figures"</span>
                    </p>
                    {table(&picture)}
                </figure>
            }
        })
    }
}

/// The bars and lines, with labelled axes and the figures at each call on focus or hover.
fn plot(picture: &ReachByCall) -> impl IntoView + use<> {
    view! {
        // A group, not an image: the figures at each call are focusable images inside it.
        <svg class="ce-reach-chart__picture" role="group"
            aria-label="Reach by call number, simulated next to expected: the table below gives every figure"
            viewBox=format!("0 0 {} {}", FRAME.right() + 8, FRAME.bottom() + BOTTOM) width="100%">
            <g inner_html=drawing(picture) />
            {readouts(FRAME, &call_readouts(picture, FRAME))}
        </svg>
    }
}

/// The grid, the bars, the lines and the axes.
fn drawing(picture: &ReachByCall) -> String {
    let mut m = Markup::default();
    let calls = picture.rows.len().max(1);
    let axis = share_axis(picture);
    let top = axis.top as f64 / 100.0;
    let top_edge = f64::from(FRAME.top);
    let (width, height) = (f64::from(FRAME.width), f64::from(FRAME.height));
    let slot = width / calls as f64;
    let y = move |share: f64| px(top_edge + height * (1.0 - share / top));
    let x = |call: usize| call_x(picture, FRAME, call);
    for &tick in &axis.ticks {
        let (left, right, at) = (FRAME.left, FRAME.right(), y(tick as f64 / 100.0));
        m.line("ce-reach-chart__grid", (left, at), (right, at));
        m.label(
            "ce-reach-chart__tick",
            (left - 6, at + 4),
            "end",
            &format!("{tick} %"),
        );
    }
    let bar_width = (slot * 0.35).min(24.0);
    let mut bar = |call: usize, share: f64, offset: f64, class: &str| {
        // From its rounded top down to the rounded baseline, so that every bar stands on it.
        let bar_top = y(share);
        let left = px(f64::from(x(call)) + offset * bar_width);
        m.rect(class, (left, bar_top), (px(bar_width), y(0.0) - bar_top));
    };
    for r in &picture.rows {
        bar(r.call, r.simulated, -1.0, "ce-reach-chart__bar--simulated");
        if let Some(expected) = r.expected {
            bar(r.call, expected, 0.0, "ce-reach-chart__bar--expected");
        }
    }
    let simulated: Vec<(i32, i32)> = picture
        .rows
        .iter()
        .map(|r| (x(r.call), y(r.simulated_total)))
        .collect();
    m.polyline("ce-reach-chart__line--simulated", &simulated);
    let expected: Vec<(i32, i32)> = picture
        .rows
        .iter()
        .filter_map(|r| Some((x(r.call), y(r.expected_total?))))
        .collect();
    m.polyline("ce-reach-chart__line--expected", &expected);
    for r in &picture.rows {
        m.label(
            "ce-reach-chart__tick",
            (x(r.call), FRAME.bottom() + 14),
            "middle",
            &r.call,
        );
    }
    m.label(
        "ce-reach-chart__axis",
        (FRAME.middle(), FRAME.bottom() + 32),
        "middle",
        &"Call number (0 = first call)",
    );
    upright_title(&mut m, FRAME, "ce-reach-chart__axis", "Share of recipients");
    m.finish()
}

/// The same figures as a table: the picture's text equivalent.
fn table(picture: &ReachByCall) -> impl IntoView + use<> {
    let or_dash = |share: Option<f64>| share.map_or_else(|| "—".to_owned(), percent);
    let mut rows = Markup::default();
    for r in &picture.rows {
        rows.figure_row(
            &call_name(r.call),
            &[
                &percent(r.simulated),
                &percent(r.simulated_total),
                &or_dash(r.expected),
                &or_dash(r.expected_total),
            ],
        );
    }
    view! {
        <div class="ce-reach-chart__scroll" role="region" aria-label="Reach by call number, in figures, scrollable" tabindex="0">
        <table class="ce-reach-chart__table">
            <caption>"Reach by call number, in figures"</caption>
            <thead>
                <tr>
                    <th scope="col">"Call"</th>
                    <th scope="col">"Simulated"</th>
                    <th scope="col">"Simulated, in all"</th>
                    <th scope="col">"Expected"</th>
                    <th scope="col">"Expected, in all"</th>
                </tr>
            </thead>
            <tbody inner_html=rows.finish() />
        </table>
        </div>
    }
}
