//! What B is: the other completion mode, a retry strategy pinned earlier, or the advisor's
//! suggestion (SPEC section 10), which is a [`RetryStrategy`] too.

use crate::domain::campaign::{Campaign, CompletionMode, RetryStrategy};
use crate::domain::duration::compact;
use crate::domain::error::{FieldError, Problem};
use crate::domain::simulation::Scenario;
use crate::domain::simulator_panel::SimulatorSettings;

/// The `Compare with` choice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CompareWith {
    /// No comparison: the panel runs A alone.
    #[default]
    Nothing,
    /// B completes the other way: fixed ↔ long-living.
    OtherCompletion,
    /// B retries with the strategy pinned with `Pin for comparison`.
    Pinned,
    /// B retries with the delays the advisor suggests (`Suggest a strategy`).
    Suggested,
}

/// The strategies B may retry with, as they stand: the one pinned and the advisor's suggestion.
#[derive(Clone, Copy, Debug, Default)]
pub struct Strategies<'a> {
    pub pinned: Option<&'a RetryStrategy>,
    pub suggested: Option<&'a RetryStrategy>,
}

impl CompareWith {
    pub const ALL: [CompareWith; 4] = [
        Self::Nothing,
        Self::OtherCompletion,
        Self::Pinned,
        Self::Suggested,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Self::Nothing => "Nothing",
            Self::OtherCompletion => "The other completion mode",
            Self::Pinned => "Pinned strategy",
            Self::Suggested => "The advisor's suggestion",
        }
    }

    /// A stable key for a `<select>` value.
    pub fn key(self) -> &'static str {
        match self {
            Self::Nothing => "nothing",
            Self::OtherCompletion => "completion",
            Self::Pinned => "pinned",
            Self::Suggested => "advisor",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.key() == key)
    }

    /// B's campaign: `a` with the other completion mode, or with the pinned or suggested
    /// strategy of `strategies`; `None` for [`CompareWith::Nothing`]; [`FieldError::NothingPinned`]
    /// or [`FieldError::NoSuggestion`] when B's strategy is not there.
    pub fn campaign(
        self,
        a: &Campaign,
        strategies: Strategies<'_>,
    ) -> Result<Option<Campaign>, FieldError> {
        let b = match self {
            Self::Nothing => return Ok(None),
            Self::OtherCompletion => Campaign {
                completion: match a.completion {
                    CompletionMode::Fixed => CompletionMode::LongLiving,
                    CompletionMode::LongLiving => CompletionMode::Fixed,
                },
                ..a.clone()
            },
            Self::Pinned => Campaign {
                retry_strategy: strategies.pinned.ok_or(FieldError::NothingPinned)?.clone(),
                ..a.clone()
            },
            Self::Suggested => Campaign {
                retry_strategy: strategies
                    .suggested
                    .ok_or(FieldError::NoSuggestion)?
                    .clone(),
                ..a.clone()
            },
        };
        Ok(Some(b))
    }

    /// B's scenario: the one `settings` make with B's campaign, so that recipients, seed and
    /// dialer are A's. `None` for [`CompareWith::Nothing`]; the problems of B otherwise (under
    /// the path `compare` when B's strategy is not there).
    pub fn scenario(
        self,
        settings: &SimulatorSettings,
        a: &Campaign,
        strategies: Strategies<'_>,
    ) -> Option<Result<Scenario, Vec<Problem>>> {
        match self.campaign(a, strategies) {
            Ok(b) => b.map(|b| settings.scenario(&b)),
            Err(error) => Some(Err(vec![Problem::new("compare", &error)])),
        }
    }

    /// What B is, for people: `B: long-living`, `B: fixed`, `B: pinned strategy, 2 retries: …`,
    /// `B: the advisor's suggestion, 3 retries: …`.
    pub fn describe_b(self, a: &Campaign, strategies: Strategies<'_>) -> Option<String> {
        let b = self.campaign(a, strategies).ok()??;
        Some(match self {
            Self::Nothing => return None,
            Self::OtherCompletion if b.completion.is_long_living() => "B: long-living".to_owned(),
            Self::OtherCompletion => "B: fixed".to_owned(),
            Self::Pinned => format!(
                "B: pinned strategy, {}",
                describe_strategy(&b.retry_strategy)
            ),
            Self::Suggested => format!(
                "B: the advisor's suggestion, {}",
                describe_strategy(&b.retry_strategy)
            ),
        })
    }
}

/// A retry strategy in a few words: `no retries`, `1 retry: 5 min`, `3 retries: 5 min, 1 h, 1 d`.
pub fn describe_strategy(strategy: &RetryStrategy) -> String {
    let delays: Vec<String> = strategy
        .attempts()
        .iter()
        .map(|a| compact(a.delay_seconds.into()))
        .collect();
    match delays.len() {
        0 => "no retries".to_owned(),
        1 => format!("1 retry: {}", delays[0]),
        n => format!("{n} retries: {}", delays.join(", ")),
    }
}
