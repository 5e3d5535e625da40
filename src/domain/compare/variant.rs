//! What B is: the other completion mode, or a retry strategy pinned earlier.
//!
//! The advisor's suggestion (SPEC section 10) is meant to be one more choice here: it is a
//! [`RetryStrategy`] too, so it would be a variant like [`CompareWith::Pinned`] whose strategy
//! comes from the advisor instead of from `Pin for comparison`.

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
}

impl CompareWith {
    pub const ALL: [CompareWith; 3] = [Self::Nothing, Self::OtherCompletion, Self::Pinned];

    pub fn label(self) -> &'static str {
        match self {
            Self::Nothing => "Nothing",
            Self::OtherCompletion => "The other completion mode",
            Self::Pinned => "Pinned strategy",
        }
    }

    /// A stable key for a `<select>` value.
    pub fn key(self) -> &'static str {
        match self {
            Self::Nothing => "nothing",
            Self::OtherCompletion => "completion",
            Self::Pinned => "pinned",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.key() == key)
    }

    /// B's campaign: `a` with the other completion mode or with the `pinned` strategy; `None`
    /// for [`CompareWith::Nothing`], [`FieldError::NothingPinned`] when B is the pinned strategy
    /// and none is.
    pub fn campaign(
        self,
        a: &Campaign,
        pinned: Option<&RetryStrategy>,
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
                retry_strategy: pinned.ok_or(FieldError::NothingPinned)?.clone(),
                ..a.clone()
            },
        };
        Ok(Some(b))
    }

    /// B's scenario: the one `settings` make with B's campaign, so that recipients, seed and
    /// dialer are A's. `None` for [`CompareWith::Nothing`]; the problems of B otherwise (under
    /// the path `compare` when nothing is pinned).
    pub fn scenario(
        self,
        settings: &SimulatorSettings,
        a: &Campaign,
        pinned: Option<&RetryStrategy>,
    ) -> Option<Result<Scenario, Vec<Problem>>> {
        match self.campaign(a, pinned) {
            Ok(b) => b.map(|b| settings.scenario(&b)),
            Err(error) => Some(Err(vec![Problem::new("compare", &error)])),
        }
    }

    /// What B is, for people: `B: long-living`, `B: fixed`, `B: pinned strategy, 2 retries: …`.
    pub fn describe_b(self, a: &Campaign, pinned: Option<&RetryStrategy>) -> Option<String> {
        let b = self.campaign(a, pinned).ok()??;
        Some(match self {
            Self::Nothing => return None,
            Self::OtherCompletion if b.completion.is_long_living() => "B: long-living".to_owned(),
            Self::OtherCompletion => "B: fixed".to_owned(),
            Self::Pinned => format!(
                "B: pinned strategy, {}",
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
