//! A broken time axis: calls that cluster early and one that falls days later all get room. Any
//! stretch with no call that is at least [`BREAK_AFTER_SECONDS`] long and more than
//! [`BREAK_FACTOR`] times the median spacing of the calls (a closed weekend, a retry days after a
//! burst) is drawn as a short [`Break`] that says how long it is; the open stretches between
//! breaks share the rest of the width on one linear scale each, with their own ticks.
//!
//! ```
//! use campaign_editor::domain::timeline::{axis::Axis, Geometry};
//!
//! // Five calls a minute apart, then one three days later.
//! let axis = Axis::new(&[0, 60, 120, 180, 240, 259_440], &Geometry::default());
//! assert_eq!(axis.breaks.len(), 1);
//! assert_eq!(axis.breaks[0].title, "no call for 3 d");
//! assert_eq!(axis.x(60), 142.75); // a minute is 143 px, not a sixth of one
//! ```

use super::scale::{Geometry, Label, LabelRows, Scale, Tick, ticks_at};
use crate::domain::duration::compact;

/// A stretch with no call shorter than this is always drawn to scale (a night between calls a few
/// hours apart reads fine).
pub const BREAK_AFTER_SECONDS: u64 = 6 * 3_600;

/// A stretch with no call is broken when it is longer than this many median spacings.
pub const BREAK_FACTOR: u64 = 8;

/// A stretch with no call drawn as a fixed, short piece of the axis with a break mark.
#[derive(Clone, Debug, PartialEq)]
pub struct Break {
    /// The calls at each end, in seconds after the first call.
    pub from: u64,
    pub to: u64,
    pub x: f64,
    pub width: f64,
    /// `no call for 2 d 15 h 10 min`: also the break mark's `<title>`.
    pub title: String,
    /// The title on the line under the ticks, `None` when that line had no room for it.
    pub label: Option<Label>,
}

/// Open stretches on linear scales, with a break between each two.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    /// In order: the first from 0, the last to the last call (x = the width).
    pub segments: Vec<Scale>,
    /// One between each two segments.
    pub breaks: Vec<Break>,
}

impl Axis {
    /// The axis for calls at `calls` seconds after the first call (in increasing order, from 0).
    pub fn new(calls: &[u64], geometry: &Geometry) -> Self {
        let span = calls.last().copied().unwrap_or(0);
        // As u32 (136 years, as good as any longer spacing for a median): sorted by the same
        // code as the engine's and the advisor's u32s, which the wasm then holds once.
        let mut spacings: Vec<u32> = calls
            .windows(2)
            .map(|w| u32::try_from(w[1] - w[0]).unwrap_or(u32::MAX))
            .collect();
        spacings.sort_unstable();
        let median = u64::from(spacings.get(spacings.len() / 2).copied().unwrap_or(0));
        let cuts: Vec<(u64, u64)> = calls
            .windows(2)
            .map(|w| (w[0], w[1]))
            .filter(|(a, b)| b - a >= BREAK_AFTER_SECONDS && b - a > BREAK_FACTOR * median)
            .collect();
        let width = geometry.width.max(0.0);
        // Each break takes a sixteenth of the width, all of them together at most half.
        let break_width = (width / 16.0).min(width / 2.0 / cuts.len().max(1) as f64);
        let open_seconds = span - cuts.iter().map(|(a, b)| b - a).sum::<u64>();
        let mut per_second = (width - cuts.len() as f64 * break_width) / open_seconds.max(1) as f64;
        // Where the last break ends is labelled right-aligned at the axis end (`2 d 17 h`): the last
        // break widens until that label starts a label gap after the break does, so that it never
        // reads as the time of the call before the break (up to a quarter of the width).
        let mut last_break_width = break_width;
        if let Some(&(_, resumes)) = cuts.last() {
            let label = geometry.label_width(&compact(resumes)) + geometry.label_gap;
            let label = label.min(width / 4.0);
            let after = span - resumes;
            let before = open_seconds - after;
            if break_width + after as f64 * per_second < label {
                let rest = width - (cuts.len() - 1) as f64 * break_width - label;
                per_second = rest / before.max(1) as f64;
                last_break_width = label - after as f64 * per_second;
            }
        }
        let mut label_line = LabelRows::new(1, geometry.label_gap);
        let (mut segments, mut breaks) = (Vec::new(), Vec::new());
        let (mut from, mut x) = (0, 0.0);
        let count = cuts.len();
        for (i, (a, b)) in cuts.into_iter().enumerate() {
            let open = (a - from) as f64 * per_second;
            segments.push(Scale::between(from, a, x, open));
            x += open;
            let break_width = if i + 1 == count {
                last_break_width
            } else {
                break_width
            };
            let title = format!("no call for {}", compact(b - a));
            let label_width = geometry.label_width(&title);
            let start = geometry.label_start(x + (break_width - label_width) / 2.0, label_width);
            breaks.push(Break {
                from: a,
                to: b,
                x,
                width: break_width,
                label: label_line.place(title.clone(), start, label_width),
                title,
            });
            x += break_width;
            from = b;
        }
        segments.push(Scale::between(from, span, x, width - x));
        Self { segments, breaks }
    }

    /// Seconds after the first call at the right end: the last call.
    pub fn span(&self) -> u64 {
        self.segments.last().map_or(0, |s| s.ends().1)
    }

    /// The x of `seconds` after the first call; inside a break, spread evenly over it.
    pub fn x(&self, seconds: u64) -> f64 {
        if let Some(b) = self.break_at(seconds) {
            return b.x + (seconds - b.from) as f64 * b.width / (b.to - b.from) as f64;
        }
        self.segments
            .iter()
            .find(|s| seconds <= s.ends().1)
            .or(self.segments.last())
            .map_or(0.0, |s| s.x(seconds))
    }

    /// The break that `seconds` falls strictly inside, if any.
    pub fn break_at(&self, seconds: u64) -> Option<&Break> {
        self.breaks
            .iter()
            .find(|b| b.from < seconds && seconds < b.to)
    }

    /// The parts of `[from, to]` that are drawn to scale, as (x, width): a shaded span is cut
    /// where a break skips time.
    pub fn drawn_parts(&self, from: u64, to: u64) -> Vec<(f64, f64)> {
        self.segments
            .iter()
            .filter_map(|s| {
                let (start, end) = s.ends();
                let (from, to) = (from.max(start), to.min(end));
                (from < to).then(|| (s.x(from), s.x(to) - s.x(from)))
            })
            .collect()
    }

    /// Ticks on each open stretch, at least the least tick gap apart all along the axis. The first
    /// tick after a break says where time resumes, so it wins over the ticks just before the
    /// break: their labels keep as far from its label as the break is wide (`50 min ⫽ 2 d 17 h`,
    /// not `1 h⫽2 d 17 h`).
    pub fn ticks(&self, geometry: &Geometry) -> Vec<Tick> {
        let label = |(seconds, x): (u64, f64)| {
            let width = geometry.label_width(&compact(seconds));
            let start = geometry.label_start(x, width);
            (start, start + width)
        };
        let mut points: Vec<(u64, f64)> = Vec::new();
        for (i, segment) in self.segments.iter().enumerate() {
            let next = segment.tick_points(geometry);
            if let (Some(b), Some(&first)) = (i.checked_sub(1), next.first()) {
                let clear = self.breaks[b].width.max(geometry.label_gap);
                let resumes = label(first).0;
                points.retain(|&point| {
                    label(point).1 + clear <= resumes && point.1 + geometry.min_tick_gap <= first.1
                });
            }
            points.extend(next);
        }
        ticks_at(points, geometry)
    }
}
