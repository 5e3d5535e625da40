//! The comparison chart: recipients reached over simulated time in A and in B, on one time axis
//! and one count axis, with where each run ended and the figures at every time tick (what the
//! chart shows on focus or hover, and its text equivalent).

use crate::domain::calendar::LocalDateTime;
use crate::domain::chart::{CountAxis, Frame, Readout, TimeAxis, time_label};
use crate::domain::duration::thousands;
use crate::domain::simulation::RecipientStatus;
use crate::domain::simulator_panel::Sample;

/// Most ticks on each axis.
const MOST_TIME_TICKS: usize = 7;
const MOST_COUNT_TICKS: usize = 5;

/// One run's curve in the picture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Curve {
    /// `A` or `B`.
    pub name: &'static str,
    /// The polyline's points, left to right; a run that ended goes on flat to the axis's end.
    pub points: Vec<(i32, i32)>,
    /// Where the run completed or stopped, with the word for it: it is marked there.
    pub end: Option<(i32, &'static str)>,
}

/// The whole chart, in whole SVG units: draw `frame` in a `0 0 WIDTH HEIGHT` view box.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReachCurves {
    pub frame: Frame,
    pub time: TimeAxis,
    pub count: CountAxis,
    pub a: Curve,
    pub b: Curve,
    /// The figures at each time tick (`1 h: A reached 40, B reached 45`), then where both runs
    /// had ended, when the later ended after the last tick.
    pub readouts: Vec<Readout>,
}

/// One run's course, as the chart reads it.
#[derive(Clone, Copy, Debug)]
pub struct Course<'a> {
    pub samples: &'a [Sample],
    /// When it completed or stopped, and whether it completed.
    pub ended: Option<(u64, bool)>,
}

impl Course<'_> {
    fn reached(sample: &Sample) -> u64 {
        sample.counts[RecipientStatus::Reached.index()]
    }

    /// Reached at `time`: the last sample at or before it; `None` past the last sample of a run
    /// still going (it has not got there yet).
    fn reached_at(&self, time: u64) -> Option<u64> {
        let last = self.samples.last()?;
        if time > last.time && self.ended.is_none() {
            return None;
        }
        let at = self.samples.partition_point(|s| s.time <= time);
        self.samples[..at].last().map(Self::reached)
    }
}

impl ReachCurves {
    pub const WIDTH: i32 = Frame::TIME_CHART_WIDTH;
    pub const HEIGHT: i32 = Frame::TIME_CHART_HEIGHT;
    const FRAME: Frame = Frame::TIME_CHART;

    /// The chart of `a` and `b`, with clock times when `launch` is set.
    pub fn new(a: Course<'_>, b: Course<'_>, launch: Option<LocalDateTime>) -> Self {
        let frame = Self::FRAME;
        let last_time = |c: &Course| c.samples.last().map_or(0, |s| s.time);
        let span = last_time(&a).max(last_time(&b)).max(1);
        let peak = [a, b]
            .iter()
            .flat_map(|c| c.samples.iter().map(Course::reached))
            .max()
            .unwrap_or(0);
        let time = TimeAxis::new(span, launch, MOST_TIME_TICKS);
        let count = CountAxis::new(peak, MOST_COUNT_TICKS);
        // A run that ended reaches no one after: its curve goes on flat to the axis's end, so
        // that one that completed early still shows beside the other (on a week's axis, a run of
        // an hour was a few units of line under the other's).
        let curve = |name, course: &Course| Curve {
            name,
            points: course
                .samples
                .iter()
                .map(|s| (s.time, Course::reached(s)))
                .chain(
                    course
                        .ended
                        .and(course.samples.last())
                        .and_then(|last| (last.time < span).then(|| (span, Course::reached(last)))),
                )
                .map(|(time, reached)| (frame.x(time, span), frame.y(reached, count.top)))
                .collect(),
            end: course.ended.map(|(at, completed)| {
                let word = if completed { "completed" } else { "stopped" };
                (frame.x(at, span), word)
            }),
        };
        let figure = |c: &Course, t| c.reached_at(t).map_or_else(|| "—".to_owned(), thousands);
        let readout = |seconds: u64, time: String| Readout {
            x: frame.x(seconds, span),
            time,
            values: vec![
                ("A reached", figure(&a, seconds)),
                ("B reached", figure(&b, seconds)),
            ],
        };
        let mut readouts: Vec<Readout> = time
            .ticks
            .iter()
            .map(|tick| readout(tick.seconds, tick.full_label()))
            .collect();
        // Both runs ended, the later after the last tick: their final figures too.
        if let (Some((a_end, _)), Some((b_end, _))) = (a.ended, b.ended) {
            let at = a_end.max(b_end);
            if time.after_last_tick(at) {
                readouts.push(readout(at, time_label(at, launch)));
            }
        }
        Self {
            a: curve("A", &a),
            b: curve("B", &b),
            frame,
            time,
            count,
            readouts,
        }
    }
}
