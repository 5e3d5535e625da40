//! What the panel shows of a run's course: the history behind the chart, and progress.

use crate::domain::limits::MAX_CHART_SAMPLES;
use crate::domain::simulation::{Counts, RecipientStatus, Snapshot};

/// Recipients by state at one simulated second, in [`RecipientStatus::ALL`] order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sample {
    pub time: u64,
    pub counts: [u64; 5],
}

/// Recipients by state over simulated time, for the chart: at most [`MAX_CHART_SAMPLES`]
/// samples, evenly thinned as a run grows long, always with the latest state.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct History {
    samples: Vec<Sample>,
    /// Least simulated seconds between two kept samples; doubles each time the history is thinned.
    spacing: u64,
}

impl History {
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
        if self.samples.len() > MAX_CHART_SAMPLES {
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
            (self.spacing * 2).max((last.time - first.time) / (MAX_CHART_SAMPLES as u64 / 2));
    }

    pub fn samples(&self) -> &[Sample] {
        &self.samples
    }
}

/// The most recipients in any of `samples`: the chart's height.
pub fn peak_recipients(samples: &[Sample]) -> u64 {
    samples
        .iter()
        .map(|s| s.counts.iter().sum::<u64>())
        .max()
        .unwrap_or(0)
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
