//! What the simulator's charts draw, as plain data: the plot's frame in whole SVG units, a time
//! axis (clock times from a launch time, else durations) and a count axis in round figures. The
//! views only draw these.

mod axis;
mod readout;
mod states;

pub use axis::{CountAxis, Frame, TimeAxis, TimeTick};
pub use readout::Readout;
pub use states::{STACK, StateChart};
