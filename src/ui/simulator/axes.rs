use leptos::prelude::*;

use crate::domain::chart::{CountAxis, Frame, Readout, TimeAxis};
use crate::domain::duration::thousands;

/// A chart's axes, drawn from the domain's ticks: grid lines and figures up the count axis, tick
/// marks and times (days under them) along the time axis, and each axis's title.
pub fn axes(
    frame: Frame,
    time: &TimeAxis,
    count: &CountAxis,
    count_title: &'static str,
) -> impl IntoView + use<> {
    let grid = count.ticks.iter().map(|&n| {
        let y = frame.y(n, count.top);
        view! {
            <line class="ce-plot__grid" x1=frame.left x2=frame.right() y1=y y2=y />
            <text class="ce-plot__tick" x=frame.left - 6 y=y + 4 text-anchor="end">{thousands(n)}</text>
        }
    });
    let bottom = frame.bottom();
    let last = time.ticks.len().saturating_sub(1);
    let ticks = time.ticks.iter().enumerate().map(|(i, tick)| {
        let x = frame.x(tick.seconds, time.span);
        // The last label ends at its tick, so that it stays inside the picture.
        let anchor = if i == last && i > 0 { "end" } else { "middle" };
        view! {
            <line class="ce-plot__axis-line" x1=x x2=x y1=bottom y2=bottom + 4 />
            <text class="ce-plot__tick" x=x y=bottom + 16 text-anchor=anchor>{tick.label.clone()}</text>
            {tick.day.clone().map(|day| view! {
                <text class="ce-plot__tick ce-plot__tick--day" x=x y=bottom + 29 text-anchor=anchor>{day}</text>
            })}
        }
    });
    let middle = frame.left + frame.width / 2;
    view! {
        {grid.collect_view()}
        <line class="ce-plot__axis-line" x1=frame.left x2=frame.right() y1=bottom y2=bottom />
        {ticks.collect_view()}
        <text class="ce-plot__title" x=middle y=bottom + 44 text-anchor="middle">{time.title}</text>
        <text class="ce-plot__title" x=-(frame.top + frame.height / 2) y=12 text-anchor="middle"
            transform="rotate(-90)">{count_title}</text>
    }
}

/// The figures at each time tick, reachable by keyboard and pointer: a band per tick that shows a
/// line and the figures on focus or hover (and names them to assistive technology).
pub fn readouts(frame: Frame, readouts: &[Readout]) -> impl IntoView + use<> {
    let middle = frame.left + frame.width / 2;
    readouts
        .iter()
        .map(|r| {
            let text = r.text();
            let (label, title) = (text.clone(), text.clone());
            let anchor = if r.x > middle { "end" } else { "start" };
            let label_x = if r.x > middle { r.x - 4 } else { r.x + 4 };
            view! {
                <g class="ce-plot__readout" tabindex="0" role="img" aria-label=label>
                    <title>{title}</title>
                    <rect class="ce-plot__hit" x=r.x - 6 y=frame.top width=12 height=frame.height />
                    <line class="ce-plot__cursor" x1=r.x x2=r.x y1=frame.top y2=frame.bottom() />
                    <text class="ce-plot__value" x=label_x y=frame.top + 12 text-anchor=anchor>{text}</text>
                </g>
            }
        })
        .collect_view()
}

/// The same figures as a table, visually hidden: the chart's text equivalent.
pub fn readout_table(caption: String, readouts: &[Readout]) -> impl IntoView + use<> {
    let names: Vec<&'static str> = readouts
        .first()
        .map(|r| r.values.iter().map(|(name, _)| *name).collect())
        .unwrap_or_default();
    let rows = readouts.iter().map(|r| {
        view! {
            <tr>
                <th scope="row">{r.time.clone()}</th>
                {r.values.iter().map(|(_, v)| view! { <td>{v.clone()}</td> }).collect_view()}
            </tr>
        }
    });
    view! {
        // The wrapper is what is hidden: a table is never narrower than its content.
        <div class="ce-visually-hidden">
        <table>
            <caption>{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">"Time"</th>
                    {names.into_iter().map(|n| view! { <th scope="col">{n}</th> }).collect_view()}
                </tr>
            </thead>
            <tbody>{rows.collect_view()}</tbody>
        </table>
        </div>
    }
}
