//! How a run plays: the speeds of simulated time.

/// How fast simulated time runs while playing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Speed {
    RealTime,
    MinutePerSecond,
    #[default]
    HourPerSecond,
    DayPerSecond,
}

impl Speed {
    pub const ALL: [Speed; 4] = [
        Speed::RealTime,
        Speed::MinutePerSecond,
        Speed::HourPerSecond,
        Speed::DayPerSecond,
    ];

    /// Simulated seconds per second of wall-clock time.
    pub fn seconds_per_second(self) -> u64 {
        match self {
            Self::RealTime => 1,
            Self::MinutePerSecond => 60,
            Self::HourPerSecond => 3_600,
            Self::DayPerSecond => 86_400,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Self::RealTime => "Real time",
            Self::MinutePerSecond => "1 min/s",
            Self::HourPerSecond => "1 h/s",
            Self::DayPerSecond => "1 day/s",
        }
    }

    /// A stable key for a `<select>` value.
    pub fn key(self) -> &'static str {
        match self {
            Self::RealTime => "1",
            Self::MinutePerSecond => "60",
            Self::HourPerSecond => "3600",
            Self::DayPerSecond => "86400",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}
