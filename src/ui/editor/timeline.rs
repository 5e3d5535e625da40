use leptos::leptos_dom::helpers::AnimationFrameRequestHandle;
use leptos::prelude::*;

use super::context::EditorContext;
use crate::domain::timeline::picture::{Geometry, Label, Picture};
use crate::domain::timeline::reach::TimelineReach;
use crate::domain::timeline::retry_timeline::RetryTimeline;
use crate::ui::keep_width::keep_width;
use crate::ui::svg::px;

/// Pixels around the axis and per line of labels.
const MARGIN: f64 = 12.0;
const LINE: f64 = 16.0;

/// The retry timeline, redrawn as the user types: a picture of the first call and every retry on
/// a time axis, and the `Retry timeline` list that says the same in words, with what each call
/// adds to the expected reach, and which retries the call caps defer.
#[component]
pub fn Timeline() -> impl IntoView {
    let ctx = EditorContext::get();
    let schedule = Memo::new(move |_| ctx.editor.with(|e| RetryTimeline::from_draft(e.draft())));
    let reach = use_reach_after_frame(schedule, ctx);
    // The figures are static text in each row: the list is drawn again when they arrive, a frame
    // after the keystroke, rather than each row watching them (which made keystrokes slower).
    let figures = |text: Option<String>| {
        text.map(|text| view! { "; "<span class="ce-timeline__reach">{text}</span> })
    };
    let rows = move || {
        schedule.with(|s| {
            reach.with(|r| {
                let reach_of = |attempt| r.as_ref().and_then(|r| r.row(attempt));
                s.rows()
                    .iter()
                    .map(
                        |row| view! { <li>{row.describe()}{figures(reach_of(row.attempt()))}</li> },
                    )
                    .collect_view()
            })
        })
    };
    let first_call = move || {
        let when = schedule.with(RetryTimeline::describe_first_call);
        let reached = reach.with(|r| r.as_ref().and_then(TimelineReach::first_call));
        view! { {when}{figures(reached)} }
    };
    let list_id = ctx.ids.of("timeline-heading");
    // The picture is laid out for the width it has (its heading's), so that its text stays 12 px.
    let width = RwSignal::new(0u32);
    let picture = move || {
        let geometry = match width.get() {
            0 => Geometry::default(),
            w => Geometry::with_width(f64::from(w) - 2.0 * MARGIN),
        };
        schedule.with(
            |s| view! { <TimelinePicture picture=Picture::new(s, &geometry) geometry=geometry /> },
        )
    };
    view! {
        <div class="ce-timeline">
            <h4 class="ce-timeline__heading" id=list_id.clone() use:keep_width=width>"Retry timeline"</h4>
            {picture}
            <p class="ce-timeline__first">{first_call}</p>
            // No list when no call is retried (no rows, or no outcome to retry on): the line
            // under it says so, where a list of none was heard as one.
            <Show when=move || schedule.with(|s| !s.rows().is_empty())>
                <ol class="ce-timeline__list" aria-labelledby=list_id.clone()>{rows}</ol>
            </Show>
            <p class="ce-timeline__summary">{move || schedule.with(RetryTimeline::summary)}</p>
            {move || schedule.with(RetryTimeline::cap_note).map(|note| view! { <p class="ce-timeline__summary ce-timeline__caps">{note}</p> })}
            <p class="ce-timeline__summary ce-timeline__expected">{move || reach.with(|r| r.as_ref().map(TimelineReach::summary))}</p>
        </div>
    }
}

/// The expected reach of `schedule` under the editor's reach settings, worked out in the next
/// animation frame rather than in the keystroke that changed them: the keystroke's own work stays
/// as it was, and a burst of changes costs one computation a frame. `None` until the first frame.
fn use_reach_after_frame(
    schedule: Memo<RetryTimeline>,
    ctx: EditorContext,
) -> ReadSignal<Option<TimelineReach>> {
    let reach = RwSignal::new(None::<TimelineReach>);
    let pending = StoredValue::new(None::<AnimationFrameRequestHandle>);
    let compute = move || {
        pending.try_set_value(None);
        let figures =
            schedule.try_with_untracked(|s| ctx.reach.with_untracked(|r| TimelineReach::new(s, r)));
        if let Some(figures) = figures {
            reach.try_set(Some(figures));
        }
    };
    Effect::new(move |_| {
        schedule.track();
        ctx.reach.track();
        if pending.with_value(Option::is_none) {
            pending.set_value(request_animation_frame_with_handle(compute).ok());
        }
    });
    on_cleanup(move || {
        if let Some(request) = pending.try_get_value().flatten() {
            request.cancel();
        }
    });
    reach.read_only()
}

/// The picture: calling-window hours shaded, day boundaries, ticks, and a marker per call, a
/// deferred one joined to where it was due.
#[component]
fn TimelinePicture(picture: Picture, geometry: Geometry) -> impl IntoView {
    let day_row = if picture.days.iter().any(|d| d.label.is_some()) {
        LINE
    } else {
        0.0
    };
    let axis_y = MARGIN + day_row + picture.lanes as f64 * LINE + 8.0;
    let break_row = if picture.axis.breaks.is_empty() {
        0.0
    } else {
        LINE
    };
    let height = axis_y + LINE + break_row + 12.0;
    let x = move |v: f64| px(v + MARGIN);
    let label_at = move |label: &Label, y: f64, class: &'static str| {
        view! { <text class=class x=x(label.x) y=px(y)>{label.text.clone()}</text> }
    };
    let shades = picture.open.iter().map(|s| {
        view! { <rect class="ce-timeline__open" x=x(s.x) y=px(MARGIN) width=px(s.width).max(1) height=px(axis_y - MARGIN) /> }
    });
    let days = picture.days.iter().map(|d| {
        view! {
            <line class="ce-timeline__day" x1=x(d.x) x2=x(d.x) y1=px(MARGIN) y2=px(axis_y) />
            {d.label.as_ref().map(|l| label_at(l, MARGIN + 10.0, "ce-timeline__day-label"))}
        }
    });
    let ticks = picture.ticks.iter().map(|t| {
        view! {
            <line class="ce-timeline__tick" x1=x(t.x) x2=x(t.x) y1=px(axis_y) y2=px(axis_y + 4.0) />
            {label_at(&t.label, axis_y + LINE, "ce-timeline__tick-label")}
        }
    });
    // A break: the axis interrupted by two slanted strokes (⫽), how long it skips said under it.
    let breaks = picture.axis.breaks.iter().map(|b| {
        let (mid, axis) = (x(b.x + b.width / 2.0), px(axis_y));
        view! {
            <g class="ce-timeline__break">
                <title>{b.title.clone()}</title>
                <rect class="ce-timeline__break-gap" x=x(b.x) y=axis - 6 width=px(b.width) height=12 />
                <line x1=mid - 5 x2=mid - 1 y1=axis + 6 y2=axis - 6 />
                <line x1=mid + 1 x2=mid + 5 y1=axis + 6 y2=axis - 6 />
                {b.label.as_ref().map(|l| label_at(l, axis_y + 2.0 * LINE, "ce-timeline__break-label"))}
            </g>
        }
    });
    let markers = picture.markers.iter().map(|m| {
        let class = if m.attempt == 0 { "ce-timeline__marker ce-timeline__marker--first" } else { "ce-timeline__marker" };
        view! {
            <g class=class>
                <title>{m.title.clone()}</title>
                {m.due_x.map(|due| view! {
                    <line class="ce-timeline__deferral" x1=x(due) x2=x(m.x) y1=px(axis_y) y2=px(axis_y) />
                    <circle class="ce-timeline__due" cx=x(due) cy=px(axis_y) r=3 />
                })}
                <circle class="ce-timeline__dot" cx=x(m.x) cy=px(axis_y) r=5 />
                {m.label.as_ref().map(|l| label_at(l, axis_y - 10.0 - l.lane as f64 * LINE, "ce-timeline__label"))}
            </g>
        }
    });
    let notes = [picture.unplaced_note(), picture.hidden_note()]
        .map(|note| note.map(|note| view! { <p class="ce-hint">{note}</p> }));
    view! {
        <svg
            class="ce-timeline__picture"
            role="img"
            aria-label="When the first call and each retry fire, on a time axis"
            viewBox=format!("0 0 {} {}", px(geometry.width + 2.0 * MARGIN), px(height))
            width="100%"
        >
            {shades.collect_view()}
            {days.collect_view()}
            <line class="ce-timeline__axis" x1=x(0.0) x2=x(geometry.width) y1=px(axis_y) y2=px(axis_y) />
            {ticks.collect_view()}
            {breaks.collect_view()}
            {markers.collect_view()}
        </svg>
        {notes}
    }
}
