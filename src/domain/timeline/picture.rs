//! The timeline picture in pixels: a time axis from the first call to the last retry, linear or
//! broken where a long stretch has no call (`axis.rs`), readable ticks, day boundaries, the calling window's open hours as shaded spans, and a marker per call
//! whose labels are laid out on lines ("lanes") so that no two overlap. It is plain data: the SVG
//! view only draws it.
//!
//! Text is not measured here (there is no browser): a label's width is estimated as its number of
//! characters times [`Geometry::char_width`], so the view should pick a font whose figures are no
//! wider than that.
//!
//! ```
//! use campaign_editor::domain::{campaign::Campaign, timeline::{Geometry, Picture, RetryTimeline}};
//!
//! let picture = Picture::new(&RetryTimeline::from_campaign(&Campaign::sample()), &Geometry::default());
//! assert_eq!(picture.markers.len(), 3); // the first call and two retries
//! assert_eq!(picture.markers[2].x, 640.0); // the last retry ends the axis
//! ```

use super::axis::Axis;
use super::retry_timeline::{Gap, RetryTimeline, Row};
use super::scale::LabelRows;
pub(crate) use super::scale::tick_steps;
pub use super::scale::{Geometry, Label, Scale, Tick};
use crate::domain::campaign::call_name;

/// A midnight: where a new day starts, labelled with that day (`Tue 8 Dec`) when there is room
/// to the right of the line before the next day's label.
#[derive(Clone, Debug, PartialEq)]
pub struct DayMark {
    pub seconds: u64,
    pub x: f64,
    pub label: Option<Label>,
}

/// Hours when the calling window is open: a rectangle from `x`, `width` wide.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Shade {
    pub x: f64,
    pub width: f64,
}

/// The first call or a retry, drawn where it really fires.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    /// 0 for the first call, else the attempt number.
    pub attempt: usize,
    pub seconds: u64,
    pub x: f64,
    /// Where it was due when the calling window deferred it: the view joins the two.
    pub due_x: Option<f64>,
    /// `First call`, or the attempt number (`2`); `None` when no line had room for it.
    pub label: Option<Label>,
    /// The full sentence of the `Retry timeline` list, for the marker's `<title>`.
    pub title: String,
}

/// Everything the SVG view draws.
#[derive(Clone, Debug, PartialEq)]
pub struct Picture {
    /// Seconds to x, with the breaks to draw (none when the calls spread evenly enough).
    pub axis: Axis,
    /// Empty when no retry is placed.
    pub ticks: Vec<Tick>,
    /// Empty without a launch time.
    pub days: Vec<DayMark>,
    /// Empty without a calling window.
    pub open: Vec<Shade>,
    /// The first call, then each placed retry in order.
    pub markers: Vec<Marker>,
    /// Lines of marker labels in use: how tall the label area is.
    pub lanes: usize,
    /// Marker labels left out for want of room (the list still gives every time).
    pub hidden_labels: usize,
    /// Attempt rows with no marker: a row that is not valid and every row after it.
    pub unplaced: usize,
    /// Why the first of them has no time: a delay, the launch, the window or a cap not valid.
    pub unplaced_why: Option<Gap>,
}

impl Picture {
    /// Which retries have no label in the picture, said beside it, if any: `Too close to others to
    /// label here: attempts 3 and 4 (the list below gives every time)`. The first call's label is
    /// placed first, on an empty line, so it always has one.
    pub fn hidden_note(&self) -> Option<String> {
        let hidden: Vec<String> = self
            .markers
            .iter()
            .filter(|m| m.label.is_none())
            .map(|m| m.attempt.to_string())
            .collect();
        let retries = match hidden.as_slice() {
            [] => return None,
            [one] => format!("attempt {one}"),
            [some @ .., last] => format!("attempts {} and {last}", some.join(", ")),
        };
        Some(format!(
            "Too close to others to label here: {retries} (the list below gives every time)"
        ))
    }

    /// Says how many attempt rows have no marker and why, if any: `2 attempts are not drawn until
    /// every delay is valid`, `3 attempts are not drawn until cap 2 is valid`.
    pub fn unplaced_note(&self) -> Option<String> {
        let n = self.unplaced;
        let rows = if n == 1 { "attempt is" } else { "attempts are" };
        let why = self.unplaced_why?;
        Some(format!("{n} {rows} not drawn until {}", why.until()))
    }

    /// Lays out `schedule` on an axis from the first call to the last retry placed.
    pub fn new(schedule: &RetryTimeline, geometry: &Geometry) -> Self {
        let calls: Vec<u64> = std::iter::once(0)
            .chain(
                schedule
                    .rows()
                    .iter()
                    .filter_map(|row| row.entry())
                    .map(|e| e.offset_seconds),
            )
            .collect();
        let axis = Axis::new(&calls, geometry);
        let mut day_line = LabelRows::new(1, geometry.label_gap);
        let days = schedule
            .midnights(axis.span())
            .into_iter()
            .filter(|(seconds, _)| axis.break_at(*seconds).is_none())
            .map(|(seconds, day)| {
                let x = axis.x(seconds);
                let text = day.day_label();
                let width = geometry.label_width(&text);
                let label = (x + width <= geometry.width)
                    .then(|| day_line.place(text, x, width))
                    .flatten();
                DayMark { seconds, x, label }
            })
            .collect();
        let open = schedule
            .open_spans(axis.span())
            .into_iter()
            .flat_map(|(from, to)| axis.drawn_parts(from, to))
            .map(|(x, width)| Shade { x, width })
            .collect();

        let mut lanes = LabelRows::new(geometry.max_lanes, geometry.label_gap);
        let mut marker = |attempt: usize, seconds: u64, deferred: u64, text: String, title| {
            let x = axis.x(seconds);
            let width = geometry.label_width(&text);
            Marker {
                attempt,
                seconds,
                x,
                due_x: (deferred > 0).then(|| axis.x(seconds - deferred)),
                label: lanes.place(text, geometry.label_start(x, width), width),
                title,
            }
        };
        let mut markers = vec![marker(
            0,
            0,
            0,
            call_name(0),
            schedule.describe_first_call(),
        )];
        for row in schedule.rows() {
            if let Some(e) = row.entry() {
                let (seconds, deferred) = (e.offset_seconds, e.deferred_seconds);
                markers.push(marker(
                    e.attempt,
                    seconds,
                    deferred,
                    e.attempt.to_string(),
                    row.describe(),
                ));
            }
        }
        Self {
            // With nothing but the first call there is no time to read off an axis.
            ticks: if schedule.span() == 0 {
                Vec::new()
            } else {
                axis.ticks(geometry)
            },
            axis,
            days,
            open,
            hidden_labels: markers.iter().filter(|m| m.label.is_none()).count(),
            unplaced: schedule.rows().len() + 1 - markers.len(),
            unplaced_why: schedule.rows().iter().find_map(|row| match row {
                Row::Gap { gap, .. } => Some(*gap),
                Row::Placed(_) => None,
            }),
            lanes: lanes.used(),
            markers,
        }
    }
}
