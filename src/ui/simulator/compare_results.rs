use leptos::prelude::*;

use super::axes::{axes, readout_table, readouts};
use super::compare::Compare;
use super::run::SimContext;
use crate::domain::chart::Frame;
use crate::domain::compare::{Course, Curve, Figures, ReachCurves, Side};
use crate::domain::simulation::RunStatus;
use crate::domain::simulator_panel::Run;
use crate::ui::markup::Markup;

/// A and B side by side once both run: the table of figures with the difference B − A, and the
/// chart of both reached-over-time curves.
#[component]
pub fn CompareResults(compare: Compare) -> impl IntoView {
    let sim = expect_context::<SimContext>();
    let figures = Memo::new(move |_| {
        let a = sim.run.snapshot()?;
        let b = compare.b.snapshot()?;
        Some(Figures::new(Side::of(&a), Side::of(&b)))
    });
    let heading_id = sim.ids.of("compare-results");
    move || {
        let figures = figures.get()?;
        let b_name = compare.b_ran_as();
        let (heading_id, labelled_by) = (heading_id.clone(), heading_id.clone());
        Some(view! {
            <section class="ce-compare" aria-labelledby=labelled_by>
                <h3 class="ce-section__heading" id=heading_id>"Compare"</h3>
                {table(&figures, b_name)}
                <CompareChart compare=compare />
            </section>
        })
    }
}

/// The figures as a table: one row per figure, A, B and the difference.
fn table(figures: &Figures, b_name: String) -> impl IntoView + use<> {
    let mut rows = Markup::default();
    for row in figures.rows() {
        rows.figure_row(&row.label, &[&row.a, &row.b, &row.difference]);
    }
    // On the narrowest screens a long B (`B: the advisor's suggestion, 2 retries: …`) makes the
    // table wider than the page: it then scrolls sideways in its own region, not the page.
    view! {
        <div class="ce-compare__scroll" role="region" aria-label="A next to B, scrollable" tabindex="0">
        <table class="ce-compare__table">
            <caption>"A next to B"</caption>
            <thead>
                <tr>
                    <th scope="col">"Figure"</th>
                    <th scope="col">"A: as edited"</th>
                    <th scope="col">{b_name}</th>
                    <th scope="col">"Difference (B − A)"</th>
                </tr>
            </thead>
            <tbody inner_html=rows.finish() />
        </table>
        </div>
    }
}

/// What the comparison chart shows: its name, and its picture's.
const CHART_TITLE: &str = "Recipients reached over time, A and B";

/// Recipients reached over time in A and in B, on one pair of axes.
#[component]
fn CompareChart(compare: Compare) -> impl IntoView {
    let sim = expect_context::<SimContext>();
    let chart = Memo::new(move |_| {
        let course = |run: &Run| {
            let s = run.simulation.snapshot();
            let ended = s.ended_at.map(|at| (at, s.status == RunStatus::Completed));
            (run.history.samples().to_vec(), ended, run.launch())
        };
        let (a, a_ended, launch) = sim.run.with(course)?;
        let (b, b_ended, _) = compare.b.with(course)?;
        Some(ReachCurves::new(
            Course {
                samples: &a,
                ended: a_ended,
            },
            Course {
                samples: &b,
                ended: b_ended,
            },
            launch,
        ))
    });
    move || {
        let chart = chart.get()?;
        let frame = chart.frame;
        let mut drawing = Markup::default();
        axes(
            &mut drawing,
            frame,
            &chart.time,
            &chart.count,
            "Recipients reached",
        );
        curve(&mut drawing, &chart.a, frame);
        curve(&mut drawing, &chart.b, frame);
        let drawing = drawing.finish();
        Some(view! {
            <figure class="ce-chart ce-compare__chart" aria-label=CHART_TITLE>
                <svg class="ce-plot" role="group" aria-label=CHART_TITLE
                    viewBox=format!("0 0 {} {}", ReachCurves::WIDTH, ReachCurves::HEIGHT)>
                    <g inner_html=drawing />
                    {readouts(frame, &chart.readouts)}
                </svg>
                <figcaption class="ce-chart__legend">
                    <span class="ce-chart__key"><span class="ce-chart__swatch ce-compare__swatch--a"></span>"A: as edited"</span>
                    <span class="ce-chart__key"><span class="ce-chart__swatch ce-compare__swatch--b"></span>{compare.b_ran_as()}</span>
                    <span class="ce-chart__key">"Focus or hover a time for its figures"</span>
                </figcaption>
                {readout_table("Recipients reached over time, in figures", &chart.readouts)}
            </figure>
        })
    }
}

/// One run's curve, named at its end (`A`); a run that ended is named once, at the top of the
/// mark where it ended (`A completed`), as its curve goes on flat from there and the other's may
/// pass where it ended: right of the mark, or left of it in the right half, where it would pass
/// the frame (a focused time's figures show over it, with a halo); B a line under A, should both
/// have ended near each other.
fn curve(m: &mut Markup, curve: &Curve, frame: Frame) {
    let class = format!(
        "ce-compare__line ce-compare__line--{}",
        curve.name.to_ascii_lowercase()
    );
    m.polyline(&class, &curve.points);
    if let Some((x, word)) = curve.end {
        m.line("ce-chart__end", (x, frame.top), (x, frame.bottom()));
        let (label_x, anchor) = if x - frame.left < frame.width / 2 {
            (x + 4, "start")
        } else {
            (x - 4, "end")
        };
        let line = if curve.name == "A" { 12 } else { 26 };
        let label = format!("{} {word}", curve.name);
        m.label("ce-plot__name", (label_x, frame.top + line), anchor, &label);
    } else if let Some(&(x, y)) = curve.points.last() {
        m.label("ce-plot__name", (x + 3, y - 3), "start", &curve.name);
    }
}
