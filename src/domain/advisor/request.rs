//! What the advisor is asked (SPEC section 10): how many attempts, by which deadline, under which
//! reach settings — and the one place their rules are checked, for JSON options (the API) and for
//! typed text (the command line's `--attempts` and `--deadline-hours`).

use serde_json::Value;

use crate::domain::campaign::Campaign;
use crate::domain::error::{FieldError, Problem, Problems};
use crate::domain::json::{Fields, as_whole_number};
use crate::domain::limits::{
    DEFAULT_DEADLINE_HOURS, MAX_ATTEMPTS, MAX_DEADLINE_HOURS, MIN_DEADLINE_HOURS,
};
use crate::domain::reach::ReachSettings;
use crate::domain::whole_number::WholeNumber;

/// One search: `attempts` delays (1–20) counted by `deadline_hours` after launch (1–720).
#[derive(Clone, Debug, PartialEq)]
pub struct SuggestRequest {
    pub attempts: usize,
    pub deadline_hours: u32,
    pub settings: ReachSettings,
}

impl SuggestRequest {
    /// The defaults for `campaign`: its own number of attempts (at least 1), a deadline of 72 hours
    /// and the reach model's default settings.
    pub fn for_campaign(campaign: &Campaign) -> Self {
        Self {
            attempts: campaign.retry_strategy.len().max(1),
            deadline_hours: DEFAULT_DEADLINE_HOURS,
            settings: ReachSettings::default(),
        }
    }

    /// The API's options `{attempts?, deadlineHours?, reach?}` at `path` (absent or `null` fields
    /// take [`SuggestRequest::for_campaign`]'s defaults), or every problem with its path.
    pub fn from_json(value: &Value, path: &str, campaign: &Campaign) -> Result<Self, Vec<Problem>> {
        let mut request = Self::for_campaign(campaign);
        let mut problems = Problems::default();
        if !value.is_null()
            && let Some(mut fields) = Fields::of(value, path, &mut problems)
        {
            if let Some(v) = fields.get("attempts") {
                match check_attempts(as_whole_number(v)) {
                    Ok(n) => request.attempts = n,
                    Err(e) => problems.push(fields.path("attempts"), &e),
                }
            }
            if let Some(v) = fields.get("deadlineHours") {
                match check_deadline_hours(as_whole_number(v)) {
                    Ok(h) => request.deadline_hours = h,
                    Err(e) => problems.push(fields.path("deadlineHours"), &e),
                }
            }
            if let Some(v) = fields.get("reach") {
                let reach = ReachSettings::read(v, &fields.path("reach"), &mut problems);
                request.settings = reach.unwrap_or(request.settings);
            }
            fields.finish(&mut problems);
        }
        problems.into_result(|| request)
    }

    /// The deadline in seconds after launch.
    pub fn deadline_seconds(&self) -> u64 {
        deadline_seconds(self.deadline_hours)
    }
}

/// A typed number of attempts: a whole number from 1 to 20.
pub fn parse_attempts(text: &str) -> Result<usize, FieldError> {
    check_attempts(WholeNumber::parse(text))
}

/// A typed deadline: a whole number of hours from 1 to 720.
pub fn parse_deadline_hours(text: &str) -> Result<u32, FieldError> {
    check_deadline_hours(WholeNumber::parse(text))
}

fn check_attempts(n: Option<WholeNumber>) -> Result<usize, FieldError> {
    n.and_then(|n| n.within(1, MAX_ATTEMPTS as i64))
        .map(|n| n as usize)
        .ok_or(FieldError::SuggestAttempts)
}

fn check_deadline_hours(n: Option<WholeNumber>) -> Result<u32, FieldError> {
    n.and_then(|n| n.within(MIN_DEADLINE_HOURS.into(), MAX_DEADLINE_HOURS.into()))
        .map(|n| n as u32)
        .ok_or(FieldError::SuggestDeadline)
}

/// A deadline of `hours` hours after launch, in seconds.
pub fn deadline_seconds(hours: u32) -> u64 {
    u64::from(hours) * 3_600
}
