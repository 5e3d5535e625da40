use std::fmt::Display;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::domain::chart::{CountAxis, Frame, Readout, TimeAxis};
use crate::domain::duration::thousands;
use crate::ui::browser::scroll_into_view_nearest;
use crate::ui::markup::{Attrs, Markup};

/// A chart's axes, drawn from the domain's ticks: grid lines and figures up the count axis, tick
/// marks and times (days under them) along the time axis, and each axis's title.
pub fn axes(
    m: &mut Markup,
    frame: Frame,
    time: &TimeAxis,
    count: &CountAxis,
    count_title: &'static str,
) {
    for &n in &count.ticks {
        let y = frame.y(n, count.top);
        m.line("ce-plot__grid", (frame.left, y), (frame.right(), y));
        m.label(
            "ce-plot__tick",
            (frame.left - 6, y + 4),
            "end",
            &thousands(n),
        );
    }
    let bottom = frame.bottom();
    m.line(
        "ce-plot__axis-line",
        (frame.left, bottom),
        (frame.right(), bottom),
    );
    let last = time.ticks.len().saturating_sub(1);
    for (i, tick) in time.ticks.iter().enumerate() {
        let x = frame.x(tick.seconds, time.span);
        // The last label ends at its tick, so that it stays inside the picture.
        let anchor = if i == last && i > 0 { "end" } else { "middle" };
        m.line("ce-plot__axis-line", (x, bottom), (x, bottom + 4));
        m.label("ce-plot__tick", (x, bottom + 16), anchor, &tick.label);
        if let Some(day) = &tick.day {
            m.label(
                "ce-plot__tick ce-plot__tick--day",
                (x, bottom + 29),
                anchor,
                day,
            );
        }
    }
    m.label(
        "ce-plot__title",
        (frame.middle(), bottom + 44),
        "middle",
        &time.title,
    );
    upright_title(m, frame, "ce-plot__title", count_title);
}

/// A title up the left edge of `frame`, read from bottom to top.
pub fn upright_title(m: &mut Markup, frame: Frame, class: &str, title: &str) {
    let middle = -(frame.top + frame.height / 2);
    let attrs: Attrs = &[
        ("class", &class),
        ("x", &middle),
        ("y", &12),
        ("text-anchor", &"middle"),
        ("transform", &"rotate(-90)"),
    ];
    m.text_element("text", attrs, &title);
}

/// The figures at each time tick, reachable by keyboard and pointer: a band per tick that shows a
/// line and the figures on focus or hover (and names them to assistive technology). The figures
/// start at the plot's left edge, or end at its right edge for a tick in the right half: beside
/// the line, a long text (`09:30: Reached 57, …, Waiting 43`) ran past the chart's edge.
pub fn readouts(frame: Frame, readouts: &[Readout]) -> impl IntoView + use<> {
    let middle = frame.middle();
    readouts
        .iter()
        .map(|r| {
            let label = r.text();
            let title = label.clone();
            let lines = r.lines();
            let (anchor, label_x) = if r.x > middle {
                ("end", frame.right() - 4)
            } else {
                ("start", frame.left + 4)
            };
            // The text follows the focusable band rather than sitting in it, so that the band
            // alone is what the browser brings into view when Tab reaches it in a chart that
            // scrolls (on a phone); `reveal` then brings the text in too.
            view! {
                <g class="ce-plot__readout" tabindex="0" role="img" aria-label=label on:focus=reveal>
                    <title>{title}</title>
                    <rect class="ce-plot__hit" x=r.x - 6 y=frame.top width=12 height=frame.height />
                    <line class="ce-plot__cursor" x1=r.x x2=r.x y1=frame.top y2=frame.bottom() />
                </g>
                <text class="ce-plot__value" aria-hidden="true" x=label_x y=frame.top + 12 text-anchor=anchor>
                    {lines.into_iter().enumerate().map(|(i, line)| view! {
                        <tspan x=label_x dy=if i == 0 { "0" } else { "1.2em" }>{line}</tspan>
                    }).collect_view()}
                </text>
            }
        })
        .collect_view()
}

/// Brings a focused time's text, then its band, into the view of a chart that scrolls sideways,
/// so that both show when they fit together (two lines of text fit a 320 px screen).
fn reveal(event: leptos::ev::FocusEvent) {
    let Some(band) = event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    if let Some(text) = band.next_element_sibling() {
        scroll_into_view_nearest(&text);
    }
    scroll_into_view_nearest(&band);
}

/// The same figures as a table, visually hidden: the chart's text equivalent.
pub fn readout_table(caption: &str, readouts: &[Readout]) -> impl IntoView + use<> {
    let mut m = Markup::default();
    m.element("table", &[], |m| {
        m.text_element("caption", &[], &caption);
        m.element("thead", &[], |m| {
            m.element("tr", &[], |m| {
                m.text_element("th", &[("scope", &"col")], &"Time");
                for (name, _) in readouts.first().map_or(&[][..], |r| &r.values) {
                    m.text_element("th", &[("scope", &"col")], name);
                }
            });
        });
        m.element("tbody", &[], |m| {
            for r in readouts {
                let values: Vec<&dyn Display> = r.values.iter().map(|(_, v)| v as _).collect();
                m.figure_row(&r.time, &values);
            }
        });
    });
    // The wrapper is what is hidden: a table is never narrower than its content.
    view! { <div class="ce-visually-hidden" inner_html=m.finish() /> }
}
