//! The chart of reach by call number: where each call number sits, and its figures on focus or
//! hover.

use super::axis::{CountAxis, Frame};
use super::readout::Readout;
use crate::domain::campaign::call_name;
use crate::domain::simulator_panel::ReachByCall;
use crate::domain::timeline::percent;

/// The x of call number `call` of `picture` in `frame`: the middle of its slot, the calls side by
/// side.
pub fn call_x(picture: &ReachByCall, frame: Frame, call: usize) -> i32 {
    let slots = picture.rows.len().max(1) as i64;
    let middle = (2 * call as i64 + 1) * i64::from(frame.width) / (2 * slots);
    frame.left + middle as i32
}

/// At most this many ticks on the share axis.
const MOST_SHARE_TICKS: usize = 6;

/// The share axis of `picture`, in whole percents: from 0 to a round top at or above its highest
/// bar and line, with ticks a round step apart (1, 2 or 5 times a power of ten), so that each
/// gridline's label is its exact value.
///
/// ```
/// use campaign_editor::domain::chart::share_axis;
/// use campaign_editor::domain::simulator_panel::ReachByCall;
///
/// // 3 of 10 reached at the first call: 30 %.
/// assert_eq!(share_axis(&ReachByCall::new(&[3], 10, None)).ticks, [0, 10, 20, 30]);
/// ```
pub fn share_axis(picture: &ReachByCall) -> CountAxis {
    let peak = (picture.peak() * 100.0).ceil().clamp(0.0, 100.0);
    CountAxis::new(peak as u64, MOST_SHARE_TICKS)
}

/// The figures at each call number of `picture`, for focus and hover and as text: `Attempt 1:
/// Simulated 10.0 % (45.0 % in all), Expected 9.8 % (44.0 % in all)`.
///
/// ```
/// use campaign_editor::domain::chart::{Frame, call_readouts};
/// use campaign_editor::domain::simulator_panel::ReachByCall;
///
/// let frame = Frame { left: 0, top: 0, width: 200, height: 100 };
/// let readouts = call_readouts(&ReachByCall::new(&[20, 10], 100, None), frame);
/// assert_eq!(readouts[1].x, 150);
/// assert_eq!(readouts[1].text(), "Attempt 1: Simulated 10.0 % (30.0 % in all), Expected —");
/// ```
pub fn call_readouts(picture: &ReachByCall, frame: Frame) -> Vec<Readout> {
    let figure = |at: f64, total: f64| format!("{} ({} in all)", percent(at), percent(total));
    picture
        .rows
        .iter()
        .map(|r| Readout {
            x: call_x(picture, frame, r.call),
            time: call_name(r.call),
            values: vec![
                ("Simulated", figure(r.simulated, r.simulated_total)),
                (
                    "Expected",
                    r.expected
                        .zip(r.expected_total)
                        .map_or_else(|| "—".to_owned(), |(e, t)| figure(e, t)),
                ),
            ],
        })
        .collect()
}
