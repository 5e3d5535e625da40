//! The simulator's chart of recipients by state over simulated time: the states stacked from the
//! bottom up (final ones first), on a time axis and a count axis, with where the run ended and
//! the figures at every time tick, and at the end of a run that ended after the last one.
//!
//! ```
//! use campaign_editor::domain::chart::StateChart;
//! use campaign_editor::domain::simulator_panel::Sample;
//!
//! let samples = [Sample { time: 0, counts: [10, 0, 0, 0, 0] }, Sample { time: 600, counts: [0, 2, 6, 2, 0] }];
//! let chart = StateChart::new(&samples, None, None);
//! assert_eq!(chart.readouts[0].text(), "0 s: Reached 0, Failed 0, Cancelled 0, Calling 0, Waiting 10");
//! assert_eq!(chart.readouts.last().unwrap().text(), "10 min: Reached 6, Failed 2, Cancelled 0, Calling 2, Waiting 0");
//! ```

use super::axis::{CountAxis, Frame, TimeAxis, time_label};
use super::readout::Readout;
use crate::domain::calendar::LocalDateTime;
use crate::domain::duration::thousands;
use crate::domain::simulation::RecipientStatus;
use crate::domain::simulator_panel::{Sample, peak_recipients};

/// States stacked from the bottom of the chart up: the final ones first.
pub const STACK: [RecipientStatus; 5] = RecipientStatus::FINAL_FIRST;

const MOST_TIME_TICKS: usize = 7;
const MOST_COUNT_TICKS: usize = 5;

/// The stacked chart, in whole SVG units: draw it in a `0 0 WIDTH HEIGHT` view box.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StateChart {
    pub frame: Frame,
    pub time: TimeAxis,
    pub count: CountAxis,
    /// One closed path per state of [`STACK`], in that order (empty without samples).
    pub bands: Vec<(RecipientStatus, String)>,
    /// Where the run completed or stopped, and the word for it.
    pub end: Option<(i32, &'static str)>,
    /// The counts by state at each time tick, then at the end of a run that ended after the
    /// last tick.
    pub readouts: Vec<Readout>,
}

impl StateChart {
    pub const WIDTH: i32 = Frame::TIME_CHART_WIDTH;
    pub const HEIGHT: i32 = Frame::TIME_CHART_HEIGHT;
    const FRAME: Frame = Frame::TIME_CHART;

    /// The chart of `samples`; `ended` is when and whether the run completed (else stopped).
    pub fn new(
        samples: &[Sample],
        ended: Option<(u64, bool)>,
        launch: Option<LocalDateTime>,
    ) -> Self {
        let frame = Self::FRAME;
        let span = samples.last().map_or(0, |s| s.time).max(1);
        let peak = peak_recipients(samples);
        let time = TimeAxis::new(span, launch, MOST_TIME_TICKS);
        let count = CountAxis::new(peak, MOST_COUNT_TICKS);
        let point =
            |s: &Sample, n: u64| format!("{},{}", frame.x(s.time, span), frame.y(n, count.top));
        let bands = (0..STACK.len())
            .map(|level| {
                let below = |s: &Sample| STACK[..level].iter().map(|st| s.counts[st.index()]).sum();
                let top = |s: &Sample| below(s) + s.counts[STACK[level].index()];
                let forward = samples.iter().map(|s| point(s, top(s)));
                let back = samples.iter().rev().map(|s| point(s, below(s)));
                let points: Vec<String> = forward.chain(back).collect();
                let path = if points.is_empty() {
                    String::new()
                } else {
                    format!("M{}Z", points.join("L"))
                };
                (STACK[level], path)
            })
            .collect();
        let readout = |seconds: u64, time: String| {
            let at = samples.partition_point(|s| s.time <= seconds);
            let counts = samples[..at].last().map_or([0; 5], |s| s.counts);
            Readout {
                x: frame.x(seconds, span),
                time,
                values: STACK
                    .iter()
                    .map(|s| (s.label(), thousands(counts[s.index()])))
                    .collect(),
            }
        };
        let mut readouts: Vec<Readout> = time
            .ticks
            .iter()
            .map(|tick| readout(tick.seconds, tick.full_label()))
            .collect();
        // A run that ended after the last tick: its final figures too, the ones people want.
        if let Some((at, _)) = ended
            && time.after_last_tick(at)
        {
            readouts.push(readout(at, time_label(at, launch)));
        }
        Self {
            end: ended.map(|(at, completed)| {
                let word = if completed { "Completed" } else { "Stopped" };
                (frame.x(at, span), word)
            }),
            frame,
            time,
            count,
            bands,
            readouts,
        }
    }
}
