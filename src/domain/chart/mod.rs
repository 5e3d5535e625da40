//! What the simulator's charts draw, as plain data: the plot's frame in whole SVG units, a time
//! axis (clock times from a launch time, else durations) and a count axis in round figures, and
//! where reach by call number puts each call. The views only draw these.

mod axis;
mod by_call;
mod readout;
mod states;

pub use axis::{CountAxis, Frame, TimeAxis, TimeTick, time_label};
pub use by_call::{call_readouts, call_x, share_axis};
pub use readout::Readout;
pub use states::{STACK, StateChart};
