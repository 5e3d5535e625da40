//! The simulator's settings as typed, and the scenario they make with the edited campaign.

use crate::domain::campaign::{Campaign, CompletionMode};
use crate::domain::error::{FieldError, Problem, Problems};
use crate::domain::limits::{
    MAX_ARRIVALS_PER_HOUR, MAX_HORIZON_HOURS, MAX_LINES, MAX_PANEL_RECIPIENTS, MAX_SEED, MIN_LINES,
};
use crate::domain::outcome::Outcome;
use crate::domain::simulation::{Arrivals, DialerModel, DialerSettings, OutcomeMix, Scenario};
use crate::domain::whole_number::WholeNumber;

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
            problems.push(field::MIX, &FieldError::MixPercentages { total });
        }
        let scenario = problems.into_result(|| {
            let mix = mix.expect("checked");
            Scenario {
                campaign: campaign.clone(),
                dialer: DialerSettings {
                    lines: lines.expect("checked") as u32,
                    seed: seed.expect("checked"),
                    model: DialerModel::Mix(OutcomeMix::new(
                        [0, 1, 2, 3].map(|i| mix[i] as f64 / 100.0),
                    )),
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
        })?;
        match scenario.check_recipient_count() {
            Ok(()) => Ok(scenario),
            Err(error) => {
                let path = match scenario.arrivals {
                    Some(_) => field::ARRIVALS,
                    None => field::RECIPIENTS,
                };
                Err(vec![Problem::new(path, &error)])
            }
        }
    }

    /// Every problem of these settings for a campaign that completes as `completion`: whether
    /// they are valid does not depend on the campaign otherwise, so a made-up one stands in for
    /// it, and the problems show even while the campaign itself has errors.
    pub fn problems(&self, completion: CompletionMode) -> Vec<Problem> {
        let stand_in = Campaign {
            completion,
            ..Campaign::default()
        };
        self.scenario(&stand_in).err().unwrap_or_default()
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
