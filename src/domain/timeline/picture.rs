//! The timeline picture in pixels: a linear scale from seconds after the first call to x, readable
//! ticks, day boundaries, the calling window's open hours as shaded spans, and a marker per call
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

use std::iter::successors;

use super::retry_timeline::RetryTimeline;
use crate::domain::campaign::call_name;
use crate::domain::duration::compact;

/// Tick steps people read easily, in seconds, from one second to four weeks; past the last one,
/// steps double.
pub(crate) const TICK_STEPS: [u64; 22] = [
    1, 2, 5, 10, 15, 30, // seconds
    60, 120, 300, 600, 900, 1_800, // minutes
    3_600, 7_200, 10_800, 21_600, 43_200, // hours
    86_400, 172_800, 604_800, 1_209_600, 2_419_200, // days
];

/// The sizes the picture is laid out with, in pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Geometry {
    /// Length of the time axis: 0 s is at x = 0, the last retry at x = `width`.
    pub width: f64,
    /// Least distance between two ticks.
    pub min_tick_gap: f64,
    /// Estimated advance of one character of label text.
    pub char_width: f64,
    /// Least empty space between two labels on one line.
    pub label_gap: f64,
    /// Most lines of marker labels; a label that fits on none is left out and counted.
    pub max_lanes: usize,
}

impl Default for Geometry {
    /// Fits a 12 px sans-serif font on a 640 px axis.
    fn default() -> Self {
        Self {
            width: 640.0,
            min_tick_gap: 56.0,
            char_width: 7.0,
            label_gap: 6.0,
            max_lanes: 3,
        }
    }
}

impl Geometry {
    /// The estimated width of `text`.
    fn label_width(&self, text: &str) -> f64 {
        text.chars().count() as f64 * self.char_width
    }

    /// Where a label for a point at `x` starts: at `x`, moved left as far as needed to end
    /// inside the axis (and never left of 0).
    fn label_start(&self, x: f64, width: f64) -> f64 {
        x.min(self.width - width).max(0.0)
    }
}

/// `[0, span]` seconds onto `[0, width]` pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    span: u64,
    width: f64,
}

impl Scale {
    /// A span of 0 (nothing but the first call) is drawn as if it were 1 s.
    pub fn new(span: u64, width: f64) -> Self {
        Self {
            span: span.max(1),
            width: width.max(0.0),
        }
    }

    /// Seconds at the right end of the axis.
    pub fn span(&self) -> u64 {
        self.span
    }

    /// The x of `seconds` after the first call.
    pub fn x(&self, seconds: u64) -> f64 {
        seconds as f64 * self.width / self.span as f64
    }

    /// The axis ticks at 0, step, 2 × step … up to the span, labelled in compact durations
    /// (`0 s`, `30 min`, `1 h 30 min`). The step is the smallest of `TICK_STEPS` (then doubling)
    /// that puts ticks at least [`Geometry::min_tick_gap`] apart and leaves room for each label
    /// before the next; a tick whose label would not fit (at the right end) is left out.
    pub fn ticks(&self, geometry: &Geometry) -> Vec<Tick> {
        let min_gap = geometry.min_tick_gap.max(1.0);
        let last = TICK_STEPS[TICK_STEPS.len() - 1];
        let label_room = |step: u64| {
            (0..=self.span / step)
                .map(|k| geometry.label_width(&compact(k * step)))
                .fold(0.0, f64::max)
                + geometry.label_gap
        };
        let step = TICK_STEPS
            .into_iter()
            .chain(successors(last.checked_mul(2), |s| s.checked_mul(2)))
            .take_while(|step| *step <= self.span)
            .find(|step| {
                let px = self.x(*step);
                px >= min_gap && px >= label_room(*step)
            });
        let seconds = match step {
            Some(step) => (0..=self.span / step).map(|k| k * step).collect(),
            None => vec![0],
        };
        let mut line = LabelRows::new(1, geometry.label_gap);
        seconds
            .into_iter()
            .filter_map(|seconds| {
                let x = self.x(seconds);
                let text = compact(seconds);
                let width = geometry.label_width(&text);
                let label = line.place(text, geometry.label_start(x, width), width)?;
                Some(Tick { seconds, x, label })
            })
            .collect()
    }
}

/// A label with its box: it starts at `x` (draw it with `text-anchor="start"`) and is about `width`
/// wide, on line `lane` (0 nearest the axis).
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub text: String,
    pub x: f64,
    pub width: f64,
    pub lane: usize,
}

/// A tick of the time axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub seconds: u64,
    pub x: f64,
    pub label: Label,
}

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
    pub scale: Scale,
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
}

impl Picture {
    /// Lays out `schedule` on an axis from the first call to the last retry placed.
    pub fn new(schedule: &RetryTimeline, geometry: &Geometry) -> Self {
        let scale = Scale::new(schedule.span(), geometry.width);
        let mut day_line = LabelRows::new(1, geometry.label_gap);
        let days = schedule
            .midnights(scale.span())
            .into_iter()
            .map(|(seconds, day)| {
                let x = scale.x(seconds);
                let text = day.day_label();
                let width = geometry.label_width(&text);
                let label = (x + width <= geometry.width)
                    .then(|| day_line.place(text, x, width))
                    .flatten();
                DayMark { seconds, x, label }
            })
            .collect();
        let open = schedule
            .open_spans(scale.span())
            .into_iter()
            .map(|(from, to)| Shade {
                x: scale.x(from),
                width: scale.x(to) - scale.x(from),
            })
            .collect();

        let mut lanes = LabelRows::new(geometry.max_lanes, geometry.label_gap);
        let mut marker = |attempt: usize, seconds: u64, deferred: u64, text: String, title| {
            let x = scale.x(seconds);
            let width = geometry.label_width(&text);
            Marker {
                attempt,
                seconds,
                x,
                due_x: (deferred > 0).then(|| scale.x(seconds - deferred)),
                label: lanes.place(text, geometry.label_start(x, width), width),
                title,
            }
        };
        let first_call = schedule
            .first_call()
            .map_or_else(|_| call_name(0), |f| f.describe());
        let mut markers = vec![marker(0, 0, 0, call_name(0), first_call)];
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
            scale,
            // With nothing but the first call there is no time to read off an axis.
            ticks: if schedule.span() == 0 {
                Vec::new()
            } else {
                scale.ticks(geometry)
            },
            days,
            open,
            hidden_labels: markers.iter().filter(|m| m.label.is_none()).count(),
            unplaced: schedule.rows().len() + 1 - markers.len(),
            lanes: lanes.ends.len(),
            markers,
        }
    }
}

/// Lines of labels filled left to right: a label goes on the first line where it starts at least
/// `gap` after the end of every label already there, or on none.
struct LabelRows {
    /// Where the labels on each line in use end.
    ends: Vec<f64>,
    max: usize,
    gap: f64,
}

impl LabelRows {
    fn new(max: usize, gap: f64) -> Self {
        Self {
            ends: Vec::new(),
            max,
            gap,
        }
    }

    fn place(&mut self, text: String, x: f64, width: f64) -> Option<Label> {
        let lane = (0..self.max)
            .find(|lane| self.ends.get(*lane).is_none_or(|end| x >= end + self.gap))?;
        if lane == self.ends.len() {
            self.ends.push(x + width);
        } else {
            self.ends[lane] = x + width;
        }
        Some(Label {
            text,
            x,
            width,
            lane,
        })
    }
}
