//! The pieces a timeline axis is made of: the sizes it is laid out with ([`Geometry`]), a linear
//! [`Scale`] from seconds to x with readable [`Tick`]s, and [`Label`]s laid out on lines so that no
//! two overlap. A broken axis (`axis.rs`) is a row of scales; the picture (`picture.rs`) uses both.

use crate::domain::duration::compact;
use std::iter::successors;

/// Tick steps people read easily, in seconds, from one second to four weeks; past the last one,
/// steps double.
pub(crate) const TICK_STEPS: [u64; 22] = [
    1, 2, 5, 10, 15, 30, // seconds
    60, 120, 300, 600, 900, 1_800, // minutes
    3_600, 7_200, 10_800, 21_600, 43_200, // hours
    86_400, 172_800, 604_800, 1_209_600, 2_419_200, // days
];

/// Every tick step, smallest first: [`TICK_STEPS`], then doubling while it fits in a `u64`.
pub(crate) fn tick_steps() -> impl Iterator<Item = u64> {
    let last = TICK_STEPS[TICK_STEPS.len() - 1];
    TICK_STEPS
        .into_iter()
        .chain(successors(last.checked_mul(2), |s| s.checked_mul(2)))
}

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
    /// The shortest axis a picture is laid out on: narrower, it is drawn this long and shrunk.
    pub const MIN_WIDTH: f64 = 200.0;

    /// The default sizes with an axis `width` long, between [`Self::MIN_WIDTH`] and the default's
    /// 640: a picture that fits the space it is shown in, its text at the font's own size.
    pub fn with_width(width: f64) -> Self {
        let default = Self::default();
        Self {
            width: width.clamp(Self::MIN_WIDTH, default.width),
            ..default
        }
    }

    /// The estimated width of `text`.
    pub(crate) fn label_width(&self, text: &str) -> f64 {
        text.chars().count() as f64 * self.char_width
    }

    /// Where a label for a point at `x` starts: at `x`, moved left as far as needed to end
    /// inside the axis (and never left of 0).
    pub(crate) fn label_start(&self, x: f64, width: f64) -> f64 {
        x.min(self.width - width).max(0.0)
    }
}

/// `[from, to]` seconds after the first call onto `[x0, x0 + width]` pixels: the whole axis, or one
/// open stretch of a broken one.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    from: u64,
    to: u64,
    x0: f64,
    width: f64,
}

impl Scale {
    /// `[0, span]` onto `[0, width]`. A span of 0 (nothing but the first call) is drawn as if it
    /// were 1 s.
    pub fn new(span: u64, width: f64) -> Self {
        Self::between(0, span, 0.0, width)
    }

    /// `[from, to]` onto `[x0, x0 + width]`; a stretch of no time is a point at `x0`.
    pub fn between(from: u64, to: u64, x0: f64, width: f64) -> Self {
        Self {
            from,
            to: to.max(from),
            x0,
            width: width.max(0.0),
        }
    }

    /// Seconds from the left end to the right end of the scale (at least 1).
    pub fn span(&self) -> u64 {
        (self.to - self.from).max(1)
    }

    /// The seconds at each end.
    pub fn ends(&self) -> (u64, u64) {
        (self.from, self.to)
    }

    /// The x of `seconds` after the first call.
    pub fn x(&self, seconds: u64) -> f64 {
        self.x0 + seconds.saturating_sub(self.from) as f64 * self.width / self.span() as f64
    }

    /// The axis ticks at 0, step, 2 × step … up to the span, labelled in compact durations
    /// (`0 s`, `30 min`, `1 h 30 min`). The step is the smallest of `TICK_STEPS` (then doubling)
    /// that puts ticks at least [`Geometry::min_tick_gap`] apart and leaves room for each label
    /// before the next; a tick whose label would not fit (at the right end) is left out.
    pub fn ticks(&self, geometry: &Geometry) -> Vec<Tick> {
        ticks_at(self.tick_points(geometry), geometry)
    }

    /// Where [`Scale::ticks`] would go, before labels are fitted: every multiple of the step
    /// from the left end to the right end, or the left end alone when no step fits.
    pub(crate) fn tick_points(&self, geometry: &Geometry) -> Vec<(u64, f64)> {
        let min_gap = geometry.min_tick_gap.max(1.0);
        let seconds =
            |step: u64| (self.from.div_ceil(step)..=self.to / step).map(move |k| k * step);
        let label_room = |step: u64| {
            seconds(step)
                .map(|s| geometry.label_width(&compact(s)))
                .fold(0.0, f64::max)
                + geometry.label_gap
        };
        let step = tick_steps()
            .take_while(|step| *step <= self.span())
            .find(|step| {
                let px = self.x(self.from + step) - self.x0;
                px >= min_gap && px >= label_room(*step)
            });
        match step {
            Some(step) => seconds(step).map(|s| (s, self.x(s))).collect(),
            None => vec![(self.from, self.x0)],
        }
    }
}

/// Ticks at `points` (seconds and x, in order), each at least [`Geometry::min_tick_gap`] after
/// the one before and labelled on one line; a tick too close, or whose label has no room, is left
/// out.
pub(crate) fn ticks_at(points: Vec<(u64, f64)>, geometry: &Geometry) -> Vec<Tick> {
    let min_gap = geometry.min_tick_gap.max(1.0);
    let mut line = LabelRows::new(1, geometry.label_gap);
    let mut last_x: Option<f64> = None;
    points
        .into_iter()
        .filter_map(|(seconds, x)| {
            if last_x.is_some_and(|last| x - last < min_gap) {
                return None;
            }
            let text = compact(seconds);
            let width = geometry.label_width(&text);
            let label = line.place(text, geometry.label_start(x, width), width)?;
            last_x = Some(x);
            Some(Tick { seconds, x, label })
        })
        .collect()
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

/// Lines of labels filled left to right: a label goes on the first line where it starts at least
/// `gap` after the end of every label already there, or on none.
pub(crate) struct LabelRows {
    /// Where the labels on each line in use end.
    ends: Vec<f64>,
    max: usize,
    gap: f64,
}

impl LabelRows {
    pub(crate) fn new(max: usize, gap: f64) -> Self {
        Self {
            ends: Vec::new(),
            max,
            gap,
        }
    }

    /// How many lines hold a label.
    pub(crate) fn used(&self) -> usize {
        self.ends.len()
    }

    pub(crate) fn place(&mut self, text: String, x: f64, width: f64) -> Option<Label> {
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
