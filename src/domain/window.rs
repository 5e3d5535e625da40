//! The calling window: the hours and days when calls may start. One implementation serves the
//! timeline preview and the simulator.

use serde::Serialize;

use super::calendar::{Days, LocalDateTime, TimeOfDay};
use super::error::FieldError;

/// Calls may start on the chosen `days`, from `start` (inclusive) to `end` (exclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct CallingWindow {
    start: TimeOfDay,
    end: TimeOfDay,
    days: Days,
}

/// A field of the calling window, for reporting where a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WindowField {
    Start,
    End,
    Days,
}

impl WindowField {
    /// The JSON key.
    pub fn key(self) -> &'static str {
        match self {
            Self::Start => "start",
            Self::End => "end",
            Self::Days => "days",
        }
    }
}

impl CallingWindow {
    /// A window that starts before it ends, on at least one day; else every problem. A part that is
    /// `None` was unreadable and reported already: the window is then invalid without more words,
    /// but the parts that were read are still checked.
    pub fn new(
        start: Option<TimeOfDay>,
        end: Option<TimeOfDay>,
        days: Option<Days>,
    ) -> Result<Self, Vec<(WindowField, FieldError)>> {
        let mut problems = Vec::new();
        if let (Some(start), Some(end)) = (start, end)
            && start >= end
        {
            problems.push((WindowField::End, FieldError::WindowOrder));
        }
        if days.is_some_and(Days::is_empty) {
            problems.push((WindowField::Days, FieldError::NoCallingDays));
        }
        match (start, end, days) {
            (Some(start), Some(end), Some(days)) if problems.is_empty() => {
                Ok(Self { start, end, days })
            }
            _ => Err(problems),
        }
    }

    pub fn start(&self) -> TimeOfDay {
        self.start
    }

    pub fn end(&self) -> TimeOfDay {
        self.end
    }

    pub fn days(&self) -> Days {
        self.days
    }

    /// Is a call allowed to start at local time `at`?
    pub fn is_open_at(&self, at: LocalDateTime) -> bool {
        let time = at.second_of_day();
        self.days.contains(at.weekday())
            && self.start.seconds() <= time
            && time < self.end.seconds()
    }

    /// The first moment at or after `at` when the window is open.
    pub fn next_opening_at(&self, at: LocalDateTime) -> LocalDateTime {
        if self.is_open_at(at) {
            return at;
        }
        // Today if the window has not opened yet, else the next chosen day.
        at.next_at(self.start, self.days)
            .expect("a calling window has at least one day")
    }

    /// When the window that is open at `at` closes: `end` on the same day.
    fn closing_at(&self, at: LocalDateTime) -> LocalDateTime {
        at.midnight().plus(self.end.seconds())
    }

    /// This window read in seconds after `launch`.
    pub fn from_launch(self, launch: LocalDateTime) -> LaunchedWindow {
        LaunchedWindow {
            launch,
            window: self,
        }
    }
}

/// A calling window placed on a campaign's launch, answering in whole seconds after launch (t = 0).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LaunchedWindow {
    launch: LocalDateTime,
    window: CallingWindow,
}

impl LaunchedWindow {
    pub fn is_open(&self, t: u64) -> bool {
        self.window.is_open_at(self.at(t))
    }

    /// The first instant at or after `t` when calls may start.
    pub fn next_opening(&self, t: u64) -> u64 {
        let opening = self.window.next_opening_at(self.at(t));
        opening.seconds_since(self.launch) as u64
    }

    /// The spans `[open, close)` when calls may start that meet `[from, to)`, clipped to it, in
    /// order: what the timeline shades.
    pub fn open_intervals(&self, from: u64, to: u64) -> impl Iterator<Item = (u64, u64)> + use<> {
        let clock = *self;
        let mut t = from;
        std::iter::from_fn(move || {
            let open = clock.next_opening(t);
            if open >= to {
                return None;
            }
            let close = clock.window.closing_at(clock.at(open));
            t = (close.seconds_since(clock.launch) as u64).min(to);
            Some((open, t))
        })
    }

    /// The local time `t` seconds after launch.
    pub fn at(&self, t: u64) -> LocalDateTime {
        self.launch.plus(t as i64)
    }

    pub fn launch(&self) -> LocalDateTime {
        self.launch
    }

    pub fn window(&self) -> &CallingWindow {
        &self.window
    }
}
