//! The simulator's settings as typed, and the scenario they make with the edited campaign.

use super::reach::ReachText;
use crate::domain::calendar::LocalDateTime;
use crate::domain::campaign::{Campaign, CompletionMode};
use crate::domain::error::{FieldError, Problem, Problems};
use crate::domain::limits::{
    MAX_HORIZON_HOURS, MAX_LINES, MAX_PANEL_ARRIVALS_PER_HOUR, MAX_PANEL_RECIPIENTS, MAX_SEED,
    MIN_LINES,
};
use crate::domain::outcome::Outcome;
use crate::domain::simulation::{Arrivals, DialerModel, DialerSettings, OutcomeMix, Scenario};
use crate::domain::whole_number::WholeNumber;

/// Which mock dialer the panel runs: the `Dialer model` choice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum DialerChoice {
    /// Every call an independent draw from the outcome mix (SPEC section 4).
    #[default]
    Mix,
    /// The reach model (SPEC section 8): timing changes how many are reached.
    Reach,
}

impl DialerChoice {
    pub const ALL: [DialerChoice; 2] = [DialerChoice::Mix, DialerChoice::Reach];

    pub fn label(self) -> &'static str {
        match self {
            Self::Mix => "Outcome mix",
            Self::Reach => "Reach model",
        }
    }
}

/// The simulator's inputs, exactly as typed. `mix` holds the four percentages in
/// [`Outcome::ALL`] order; only the chosen model's inputs count.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SimulatorSettings {
    pub recipients: String,
    pub lines: String,
    pub seed: String,
    pub model: DialerChoice,
    pub mix: [String; 4],
    pub reach: ReachText,
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
            model: DialerChoice::Mix,
            mix: ["30", "20", "40", "10"].map(String::from),
            reach: ReachText::default(),
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
    /// The dialer model as a whole (the reach model's need of a launch time); each reach setting
    /// has its own path, from [`ReachInput::path`](crate::domain::simulator_panel::ReachInput::path)
    /// and [`presence_path`](crate::domain::simulator_panel::presence_path).
    pub const MODEL: &str = "model";
}

impl SimulatorSettings {
    /// The scenario these settings make with `campaign`, or every problem (paths from [`field`],
    /// a percentage's path is its outcome's key). Arrivals and the horizon count only for a
    /// long-living campaign.
    pub fn scenario(&self, campaign: &Campaign) -> Result<Scenario, Vec<Problem>> {
        let mut problems = Problems::default();
        let mut whole = |path: &str, text: &str, min: u64, max: u64| {
            let value = whole_within(text, min, max);
            if value.is_none() {
                problems.push(path, &FieldError::NumberOutOfRange { min, max });
            }
            value
        };
        let recipients = whole(field::RECIPIENTS, &self.recipients, 0, MAX_PANEL_RECIPIENTS);
        let lines = whole(
            field::LINES,
            &self.lines,
            MIN_LINES.into(),
            MAX_LINES.into(),
        );
        let seed = whole(field::SEED, &self.seed, 0, MAX_SEED);
        let mix: Option<Vec<Option<u64>>> = (self.model == DialerChoice::Mix).then(|| {
            Outcome::ALL
                .iter()
                .zip(&self.mix)
                .map(|(o, text)| whole(o.key(), text, 0, PERCENT))
                .collect()
        });
        let long_living = campaign.completion.is_long_living();
        let arrivals = long_living.then(|| {
            whole(
                field::ARRIVALS,
                &self.arrivals_per_hour,
                0,
                MAX_PANEL_ARRIVALS_PER_HOUR.into(),
            )
        });
        let horizon =
            long_living.then(|| whole(field::HORIZON, &self.horizon_hours, 1, MAX_HORIZON_HOURS));
        let model = match mix {
            Some(mix) => mix_model(mix, &mut problems),
            None => self.reach_model(campaign, &mut problems),
        };
        let scenario = problems.into_result(|| Scenario {
            campaign: campaign.clone(),
            dialer: DialerSettings {
                lines: lines.expect("checked") as u32,
                seed: seed.expect("checked"),
                model: model.expect("checked"),
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

    /// The reach model with the settings typed; it reads the local hour from the launch time.
    fn reach_model(&self, campaign: &Campaign, problems: &mut Problems) -> Option<DialerModel> {
        if campaign.launch_at.is_none() {
            problems.push(field::MODEL, &FieldError::ReachNeedsLaunch);
        }
        let settings = self.reach.read(problems)?;
        campaign.launch_at.map(|_| DialerModel::Reach(settings))
    }

    /// Every problem of these settings for a campaign that completes as `completion`: whether
    /// they are valid does not depend on the campaign otherwise, so a made-up one stands in for
    /// it, and the problems show even while the campaign itself has errors. The stand-in has a
    /// launch time: whether the reach model has one is the campaign's to say (see
    /// [`SimulatorSettings::needs_launch`]).
    pub fn problems(&self, completion: CompletionMode) -> Vec<Problem> {
        let stand_in = Campaign {
            completion,
            launch_at: LocalDateTime::parse("2026-12-07T09:00"),
            ..Campaign::default()
        };
        self.scenario(&stand_in).err().unwrap_or_default()
    }

    /// Whether these settings cannot run `campaign` for want of a launch time: the reach model
    /// reads the local hour from it.
    pub fn needs_launch(&self, campaign: &Campaign) -> bool {
        self.model == DialerChoice::Reach && campaign.launch_at.is_none()
    }

    /// The percentages that read as whole numbers from 0 to 100, `None` for the others: what the
    /// mix bar draws while the user types.
    pub fn mix_shares(&self) -> [Option<u64>; 4] {
        self.mix
            .each_ref()
            .map(|text| whole_within(text, 0, PERCENT))
    }
}

/// A whole outcome mix, in percent: each share is at most this, and the four add up to it.
const PERCENT: u64 = 100;

/// `text` as a whole number from `min` to `max`, if it is one.
fn whole_within(text: &str, min: u64, max: u64) -> Option<u64> {
    let value = WholeNumber::parse(text).and_then(|n| n.within(min as i64, max as i64));
    value.map(|v| v as u64)
}

/// The mix model with the four percentages typed, which must add up to 100.
fn mix_model(mix: Vec<Option<u64>>, problems: &mut Problems) -> Option<DialerModel> {
    let mix: Vec<u64> = mix.into_iter().collect::<Option<_>>()?;
    let total = mix.iter().sum::<u64>();
    if total != PERCENT {
        problems.push(field::MIX, &FieldError::MixPercentages { total });
        return None;
    }
    let shares = std::array::from_fn(|i| mix[i] as f64 / PERCENT as f64);
    Some(DialerModel::Mix(OutcomeMix::new(shares)))
}
