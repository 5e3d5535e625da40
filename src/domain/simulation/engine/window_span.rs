//! The calling window as the engine reads it: in stretches, so that most seconds need no
//! calendar arithmetic.

use crate::domain::window::LaunchedWindow;

/// A stretch of seconds `[from, to)` over which the calling window is all open or all closed.
#[derive(Clone, Copy, Debug)]
pub(super) struct WindowSpan {
    pub(super) from: u64,
    pub(super) to: u64,
    pub(super) open: bool,
}

impl WindowSpan {
    pub(super) fn covers(&self, t: u64) -> bool {
        self.from <= t && t < self.to
    }

    pub(super) fn at(clock: &LaunchedWindow, t: u64) -> Self {
        if clock.is_open(t) {
            let left = clock.window().end().seconds() - clock.at(t).second_of_day();
            Self {
                from: t,
                to: t + left as u64,
                open: true,
            }
        } else {
            Self {
                from: t,
                to: clock.next_opening(t),
                open: false,
            }
        }
    }
}
