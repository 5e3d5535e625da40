//! The axes of a chart over simulated time, and the frame that maps them onto the picture.
//!
//! ```
//! use campaign_editor::domain::chart::{CountAxis, TimeAxis};
//!
//! let time = TimeAxis::new(3 * 3_600, None, 6);
//! let labels: Vec<&str> = time.ticks.iter().map(|t| t.label.as_str()).collect();
//! assert_eq!(labels, ["0 s", "1 h", "2 h", "3 h"]);
//! assert_eq!(CountAxis::new(37, 5).ticks, [0, 10, 20, 30, 40]);
//! ```

use std::iter::successors;

use crate::domain::calendar::LocalDateTime;
use crate::domain::duration::compact;
use crate::domain::timeline::picture::tick_steps;

const DAY: u64 = 86_400;

/// The plot area in whole SVG units: where 0 and the axes' ends fall.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Frame {
    pub left: i32,
    pub top: i32,
    pub width: i32,
    pub height: i32,
}

impl Frame {
    /// The plot area of the simulator's time charts (recipients by state, and A and B in
    /// Compare), inside a view box of [`Frame::TIME_CHART_WIDTH`] × [`Frame::TIME_CHART_HEIGHT`].
    pub const TIME_CHART: Frame = Frame {
        left: 56,
        top: 16,
        width: 568,
        height: 160,
    };
    pub const TIME_CHART_WIDTH: i32 = 640;
    pub const TIME_CHART_HEIGHT: i32 = 230;

    /// The x of `seconds` on an axis that ends at `span` seconds (0 at the left edge).
    pub fn x(&self, seconds: u64, span: u64) -> i32 {
        self.left + scaled(seconds, span, self.width)
    }

    /// The y of `value` on an axis whose top is `top` (0 at the bottom edge).
    pub fn y(&self, value: u64, top: u64) -> i32 {
        self.top + self.height - scaled(value, top, self.height)
    }

    /// The bottom edge.
    pub fn bottom(&self) -> i32 {
        self.top + self.height
    }

    /// The right edge.
    pub fn right(&self) -> i32 {
        self.left + self.width
    }

    /// The x halfway across.
    pub fn middle(&self) -> i32 {
        self.left + self.width / 2
    }
}

/// `value` of `whole` as a share of `length`, rounded to the nearest unit and kept inside it.
fn scaled(value: u64, whole: u64, length: i32) -> i32 {
    let length = length.max(0) as u128;
    let whole = u128::from(whole.max(1));
    let value = u128::from(value).min(whole);
    ((value * length + whole / 2) / whole) as i32
}

/// A tick of the time axis: `label` is a duration (`1 h 30 min`) or a clock time (`10:00`);
/// `day` names the day (`Tue 8 Dec`) at the first clock tick and wherever a new day starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeTick {
    pub seconds: u64,
    pub label: String,
    pub day: Option<String>,
}

impl TimeTick {
    /// The tick's time in full: `Mon 7 Dec, 23:00` where it names its day, else its label.
    pub fn full_label(&self) -> String {
        match &self.day {
            Some(day) => format!("{day}, {}", self.label),
            None => self.label.clone(),
        }
    }
}

/// A time between ticks in full, as a chart names where a run ended among its ticks' figures:
/// `Tue 8 Dec, 10:18:14` after `launch`, else `1 h 18 min 14 s` after launch.
pub fn time_label(seconds: u64, launch: Option<LocalDateTime>) -> String {
    match launch {
        Some(launch) => launch.plus(seconds as i64).human(),
        None => compact(seconds),
    }
}

/// The time axis of a chart from launch to `span` seconds after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimeAxis {
    pub span: u64,
    pub ticks: Vec<TimeTick>,
    /// What the axis shows: `Time after launch` or `Local time`.
    pub title: &'static str,
}

impl TimeAxis {
    /// Whether `seconds` comes after the last tick: a chart names a run's end there too.
    pub fn after_last_tick(&self, seconds: u64) -> bool {
        self.ticks.last().is_none_or(|tick| tick.seconds < seconds)
    }

    /// At most `most` ticks (two at least) a round step apart (the timeline's steps: 1 s … 4
    /// weeks, then doubling). Without a launch time they fall at 0, step, 2 × step … labelled as
    /// durations; with one, on the local clock's round times (midnights for steps of a day or
    /// more), labelled as clock times or days.
    pub fn new(span: u64, launch: Option<LocalDateTime>, most: usize) -> Self {
        let span = span.max(1);
        let most = most.max(2) as u64;
        let step = tick_steps()
            .find(|step| span / step < most)
            .unwrap_or(u64::MAX);
        let Some(launch) = launch else {
            let ticks = (0..=span / step)
                .map(|k| TimeTick {
                    seconds: k * step,
                    label: compact(k * step),
                    day: None,
                })
                .collect();
            return Self {
                span,
                ticks,
                title: "Time after launch",
            };
        };
        let of_day = launch.second_of_day() as u64;
        let first = if step < DAY {
            (step - of_day % step) % step
        } else {
            (DAY - of_day) % DAY
        };
        let mut previous_day = None;
        let ticks = successors(Some(first), |t| t.checked_add(step))
            .take_while(|t| *t <= span)
            .map(|seconds| {
                let at = launch.plus(seconds as i64);
                let day = at.day_label();
                let new_day = previous_day.as_ref() != Some(&day);
                previous_day = Some(day.clone());
                if step >= DAY {
                    TimeTick {
                        seconds,
                        label: day,
                        day: None,
                    }
                } else {
                    TimeTick {
                        seconds,
                        label: at.clock(),
                        day: new_day.then_some(day),
                    }
                }
            })
            .collect();
        Self {
            span,
            ticks,
            title: "Local time",
        }
    }
}

/// A count axis from 0 to a round top at or above the peak, with ticks a round step (1, 2 or 5
/// times a power of ten) apart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountAxis {
    pub top: u64,
    pub ticks: Vec<u64>,
}

impl CountAxis {
    /// At most `most` ticks (two at least) covering `peak`; a peak of 0 is drawn as 1.
    pub fn new(peak: u64, most: usize) -> Self {
        let peak = peak.max(1);
        let intervals = most.max(2) as u64 - 1;
        let step = successors(Some(1u64), |s| s.checked_mul(10))
            .flat_map(|power| [power, power * 2, power * 5])
            .find(|step| peak.div_ceil(*step) <= intervals)
            .unwrap_or(peak);
        let top = peak.div_ceil(step) * step;
        Self {
            top,
            ticks: (0..=top / step).map(|k| k * step).collect(),
        }
    }
}
