//! The simulator panel as plain Rust: its settings as typed, the scenario they make with the
//! edited campaign, playback speeds, the history behind the chart, progress and the calls filter.
//! The panel only drives the engine of [`super::simulation`] with these.

use super::campaign::Campaign;
use super::error::{FieldError, Problem, Problems};
use super::limits::{MAX_ARRIVALS_PER_HOUR, MAX_LINES, MAX_SEED, MIN_LINES};
use super::outcome::Outcome;
use super::simulation::{
    Arrivals, Call, Counts, DialerSettings, OutcomeMix, RecipientStatus, Scenario, Simulation,
    Snapshot,
};
use super::whole_number::WholeNumber;

/// Most recipients the panel simulates at launch.
pub const MAX_PANEL_RECIPIENTS: u64 = 1_000_000;
/// Longest horizon of a long-living run, in hours (one year).
pub const MAX_HORIZON_HOURS: u64 = 8_760;

/// The simulator's inputs, exactly as typed. `mix` holds the four percentages in
/// [`Outcome::ALL`] order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SimulatorSettings {
    pub recipients: String,
    pub lines: String,
    pub seed: String,
    pub mix: [String; 4],
    pub arrivals_per_hour: String,
    pub horizon_hours: String,
}

impl Default for SimulatorSettings {
    /// 100 recipients on 5 lines, the spec's outcome mix; long-living runs get 12 arrivals an hour
    /// and a 7-day horizon.
    fn default() -> Self {
        Self {
            recipients: "100".into(),
            lines: "5".into(),
            seed: "42".into(),
            mix: ["30", "20", "40", "10"].map(String::from),
            arrivals_per_hour: "12".into(),
            horizon_hours: "168".into(),
        }
    }
}

/// Where a settings problem is: the key of its field (`recipients`, `noAnswer`, `mix`, …).
pub mod field {
    pub const RECIPIENTS: &str = "recipients";
    pub const LINES: &str = "lines";
    pub const SEED: &str = "seed";
    /// The four percentages together.
    pub const MIX: &str = "mix";
    pub const ARRIVALS: &str = "arrivalsPerHour";
    pub const HORIZON: &str = "horizon";
}

impl SimulatorSettings {
    /// The scenario these settings make with `campaign`, or every problem (paths from [`field`],
    /// a percentage's path is its outcome's key). Arrivals and the horizon count only for a
    /// long-living campaign.
    pub fn scenario(&self, campaign: &Campaign) -> Result<Scenario, Vec<Problem>> {
        let mut problems = Problems::default();
        let mut whole = |path: &str, text: &str, min: u64, max: u64| {
            let value = WholeNumber::parse(text).and_then(|n| n.within(min as i64, max as i64));
            if value.is_none() {
                problems.push(path, &FieldError::NumberOutOfRange { min, max });
            }
            value.map(|v| v as u64)
        };
        let recipients = whole(field::RECIPIENTS, &self.recipients, 0, MAX_PANEL_RECIPIENTS);
        let lines = whole(
            field::LINES,
            &self.lines,
            MIN_LINES.into(),
            MAX_LINES.into(),
        );
        let seed = whole(field::SEED, &self.seed, 0, MAX_SEED);
        let mix: Vec<Option<u64>> = Outcome::ALL
            .iter()
            .zip(&self.mix)
            .map(|(o, text)| whole(o.key(), text, 0, 100))
            .collect();
        let long_living = campaign.completion.is_long_living();
        let arrivals = long_living.then(|| {
            whole(
                field::ARRIVALS,
                &self.arrivals_per_hour,
                0,
                MAX_ARRIVALS_PER_HOUR.into(),
            )
        });
        let horizon =
            long_living.then(|| whole(field::HORIZON, &self.horizon_hours, 1, MAX_HORIZON_HOURS));
        let mix: Option<Vec<u64>> = mix.into_iter().collect();
        if let Some(total) = mix.as_ref().map(|m| m.iter().sum::<u64>())
            && total != 100
        {
            problems.push(field::MIX, &FieldError::MixPercentSum { total });
        }
        problems.into_result(|| {
            let mix = mix.expect("checked");
            Scenario {
                campaign: campaign.clone(),
                dialer: DialerSettings {
                    lines: lines.expect("checked") as u32,
                    seed: seed.expect("checked"),
                    outcome_mix: OutcomeMix::new([0, 1, 2, 3].map(|i| mix[i] as f64 / 100.0)),
                    ..DialerSettings::default()
                },
                generate: recipients.expect("checked"),
                arrivals: arrivals
                    .flatten()
                    .filter(|&per_hour| per_hour > 0)
                    .map(|per_hour| Arrivals {
                        per_hour: per_hour as u32,
                    }),
                until: horizon.flatten().map(|hours| hours * 3_600),
                ..Scenario::default()
            }
        })
    }

    /// The percentages that read as whole numbers from 0 to 100, `None` for the others: what the
    /// mix bar draws while the user types.
    pub fn mix_shares(&self) -> [Option<u64>; 4] {
        self.mix.clone().map(|text| {
            WholeNumber::parse(&text)
                .and_then(|n| n.within(0, 100))
                .map(|v| v as u64)
        })
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

/// Recipients by state at one simulated second, in [`RecipientStatus::ALL`] order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sample {
    pub time: u64,
    pub counts: [u64; 5],
}

/// Recipients by state over simulated time, for the chart: at most [`History::MAX_SAMPLES`]
/// samples, evenly thinned as a run grows long, always with the latest state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    samples: Vec<Sample>,
    /// Least simulated seconds between two kept samples; doubles each time the history is thinned.
    spacing: u64,
}

impl History {
    pub const MAX_SAMPLES: usize = 512;

    /// Notes the state at `time`. The last sample stands for the latest state: it is replaced
    /// while it is closer than the spacing to the one before it.
    pub fn record(&mut self, time: u64, counts: &Counts) {
        let sample = Sample {
            time,
            counts: RecipientStatus::ALL.map(|s| counts.of(s)),
        };
        let provisional = match self.samples.as_slice() {
            [.., last] if last.time == time => true,
            [.., before, last] => last.time - before.time < self.spacing,
            _ => false,
        };
        match self.samples.last_mut() {
            Some(last) if provisional => *last = sample,
            _ => self.samples.push(sample),
        }
        if self.samples.len() > Self::MAX_SAMPLES {
            self.thin();
        }
    }

    /// Keeps every other sample and the latest, and widens the spacing to match.
    fn thin(&mut self) {
        let (first, last) = (self.samples[0], *self.samples.last().expect("full"));
        let mut kept: Vec<Sample> = self.samples.iter().step_by(2).copied().collect();
        if kept.last() != Some(&last) {
            kept.push(last);
        }
        self.samples = kept;
        self.spacing =
            (self.spacing * 2).max((last.time - first.time) / (Self::MAX_SAMPLES as u64 / 2));
    }

    pub fn samples(&self) -> &[Sample] {
        &self.samples
    }

    /// The most recipients in any sample: the chart's height.
    pub fn peak_recipients(&self) -> u64 {
        self.samples
            .iter()
            .map(|s| s.counts.iter().sum::<u64>())
            .max()
            .unwrap_or(0)
    }

    pub fn clear(&mut self) {
        *self = Self::default();
    }
}

/// How far a run is, from 0 to 1: for a fixed campaign the share of recipients in a final
/// state; for a long-living one the share of the horizon passed.
pub fn progress(snapshot: &Snapshot, horizon: Option<u64>) -> f64 {
    if snapshot.finished {
        return 1.0;
    }
    match horizon {
        Some(until) if until > 0 => (snapshot.time as f64 / until as f64).min(1.0),
        _ => {
            let total = snapshot.recipients.total();
            let done: u64 = RecipientStatus::ALL
                .into_iter()
                .filter(|s| s.is_final())
                .map(|s| snapshot.recipients.of(s))
                .sum();
            if total == 0 {
                0.0
            } else {
                done as f64 / total as f64
            }
        }
    }
}

/// Which calls the `Calls` table lists.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CallFilter {
    /// Only failed calls (busy, no answer, unreachable).
    pub failed_only: bool,
    /// Only calls to this recipient (0-based index).
    pub recipient: Option<usize>,
}

impl CallFilter {
    pub fn keeps(&self, call: &Call) -> bool {
        (!self.failed_only || call.outcome.is_failure())
            && self.recipient.is_none_or(|r| call.recipient == r)
    }
}

/// The calls a filter keeps, as positions in a growing call log: each refresh reads only the
/// calls logged since the last, so a running simulation costs no rescans.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FilteredCalls {
    filter: CallFilter,
    positions: Vec<u32>,
    read: usize,
}

impl FilteredCalls {
    /// Lists by `filter` from now on (from the start of the log when it changed).
    pub fn set_filter(&mut self, filter: CallFilter) {
        if filter != self.filter {
            *self = Self {
                filter,
                ..Self::default()
            };
        }
    }

    /// Reads the calls `simulation` logged since the last refresh.
    pub fn refresh(&mut self, simulation: &Simulation) {
        let logged = simulation.logged_calls();
        if logged < self.read {
            *self = Self {
                filter: self.filter,
                ..Self::default()
            };
        }
        for index in self.read..logged {
            if simulation
                .call(index)
                .is_some_and(|call| self.filter.keeps(&call))
            {
                self.positions.push(index as u32);
            }
        }
        self.read = logged;
    }

    pub fn len(&self) -> usize {
        self.positions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.positions.is_empty()
    }

    /// The log position of the `row`th call listed.
    pub fn position(&self, row: usize) -> Option<usize> {
        self.positions.get(row).map(|&p| p as usize)
    }
}

/// The rows of a long list to draw for a scrolled view: `(first, count)` for a view `height`
/// pixels tall scrolled by `scroll_top`, rows `row_height` tall, with `overscan` rows either side.
pub fn rows_in_view(
    total: usize,
    scroll_top: f64,
    height: f64,
    row_height: f64,
    overscan: usize,
) -> (usize, usize) {
    let first = ((scroll_top / row_height).floor().max(0.0) as usize).min(total);
    let first = first.saturating_sub(overscan);
    let visible = (height / row_height).ceil() as usize + 2 * overscan;
    (first, visible.min(total - first))
}
