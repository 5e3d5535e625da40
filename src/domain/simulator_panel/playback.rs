//! How a run plays: whether it plays at a speed or to the end, the speeds of simulated time, and
//! how wall-clock time turns into whole simulated seconds.

/// How the run is moving.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Playback {
    /// Simulated time runs at a speed.
    Playing,
    /// As fast as slices allow, to the end (a long-living campaign: to the horizon).
    ToEnd,
}

/// Simulated time owed to playback below one second: wall-clock time comes in fractions, the
/// engine moves in whole seconds, so what is left over waits for the next tick.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Carry(f64);

impl Carry {
    /// The whole simulated seconds `elapsed` wall-clock seconds make at `speed` (a clock going
    /// backwards makes none), keeping the fraction for next time.
    pub fn take(&mut self, elapsed: f64, speed: Speed) -> u64 {
        self.0 += elapsed.max(0.0) * speed.seconds_per_second() as f64;
        let seconds = self.0.floor();
        self.0 -= seconds;
        seconds as u64
    }
}

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
