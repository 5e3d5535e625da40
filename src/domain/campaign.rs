//! The campaign config of SPEC section 4: the retry strategy, what it retries on, the completion
//! mode, the launch time, the calling window and the call caps — and the one place each of their
//! rules is checked (the caps' in [`super::call_cap`]).

use serde::{Serialize, Serializer};
use serde_json::Value;

use super::calendar::{Days, LocalDateTime, TimeOfDay, Weekday};
use super::call_cap::{CallCap, read_call_caps};
use super::duration::thousands;
use super::error::{FieldError, Problem, Problems, field_path, index_path};
use super::json::{self, Fields};
use super::limits::{
    DEFAULT_CAMPAIGN_NAME, MAX_ATTEMPTS, MAX_DELAY_SECS, MAX_NAME_CHARS, MIN_DELAY_SECS,
};
use super::outcome::{Outcome, OutcomeSet};
use super::whole_number::WholeNumber;
use super::window::CallingWindow;

/// One attempt row: how long to wait before that retry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Attempt {
    pub delay_seconds: u32,
}

/// How people name call `attempt` of a recipient: `First call` for 0, else `Attempt N`, the retry
/// of attempt row N. The retry timeline and the simulator's calls table both say it this way.
pub fn call_name(attempt: usize) -> String {
    match attempt {
        0 => "First call".to_owned(),
        n => format!("Attempt {n}"),
    }
}

/// The attempt rows in order: attempt N (from 1) is the Nth retry, i.e. call N of a recipient.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct RetryStrategy(Vec<Attempt>);

impl RetryStrategy {
    /// Delays in seconds, each already checked.
    pub fn from_delays(delays: impl IntoIterator<Item = u32>) -> Self {
        Self(
            delays
                .into_iter()
                .map(|delay_seconds| Attempt { delay_seconds })
                .collect(),
        )
    }

    pub fn attempts(&self) -> &[Attempt] {
        &self.0
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The delay of attempt `n` (counting from 1), if there is such a row.
    pub fn delay(&self, n: usize) -> Option<u32> {
        n.checked_sub(1)
            .and_then(|i| self.0.get(i))
            .map(|a| a.delay_seconds)
    }
}

/// What happens once every recipient has been called.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CompletionMode {
    /// The campaign ends by itself once every recipient is reached or failed.
    #[default]
    Fixed,
    /// The campaign stays active, takes recipients after launch and never ends on its own.
    LongLiving,
}

impl CompletionMode {
    pub fn from_long_living(long_living: bool) -> Self {
        if long_living {
            Self::LongLiving
        } else {
            Self::Fixed
        }
    }

    pub fn is_long_living(self) -> bool {
        self == Self::LongLiving
    }
}

impl Serialize for CompletionMode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bool(self.is_long_living())
    }
}

/// A campaign's settings, valid by construction when it comes from [`Campaign::from_json`] or
/// [`super::draft::Draft::check`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Campaign {
    pub name: String,
    #[serde(rename = "attempts")]
    pub retry_strategy: RetryStrategy,
    pub retry_on: OutcomeSet,
    #[serde(rename = "longLiving")]
    pub completion: CompletionMode,
    pub launch_at: Option<LocalDateTime>,
    pub calling_window: Option<CallingWindow>,
    /// At most [`super::limits::MAX_CALL_CAPS`] per-recipient limits over rolling periods.
    pub call_caps: Vec<CallCap>,
}

impl Default for Campaign {
    fn default() -> Self {
        Self {
            name: DEFAULT_CAMPAIGN_NAME.to_owned(),
            retry_strategy: RetryStrategy::default(),
            retry_on: OutcomeSet::ALL_FAILED,
            completion: CompletionMode::Fixed,
            launch_at: None,
            calling_window: None,
            call_caps: Vec::new(),
        }
    }
}

impl Campaign {
    /// Whether `other` makes the same calls: equal but, perhaps, for its name.
    pub fn calls_like(&self, other: &Campaign) -> bool {
        let Campaign {
            name: _,
            retry_strategy,
            retry_on,
            completion,
            launch_at,
            calling_window,
            call_caps,
        } = self;
        *retry_strategy == other.retry_strategy
            && *retry_on == other.retry_on
            && *completion == other.completion
            && *launch_at == other.launch_at
            && *calling_window == other.calling_window
            && *call_caps == other.call_caps
    }

    /// The campaign the standalone page opens with: the article's lead qualification example,
    /// without its 86,400 s attempt, which is over the limit.
    pub fn sample() -> Self {
        Self {
            name: "Lead qualification".to_owned(),
            retry_strategy: RetryStrategy::from_delays([300, 3_600]),
            ..Self::default()
        }
    }

    /// Reads a campaign from JSON (SPEC section 4), every field optional; every problem at once.
    pub fn from_json(value: &Value) -> Result<Self, Vec<Problem>> {
        let mut problems = Problems::default();
        let campaign = Self::read(value, "", &mut problems);
        problems.into_result(|| campaign.expect("no problems means a campaign"))
    }

    /// [`Campaign::from_json`] from JSON text.
    pub fn from_json_str(text: &str) -> Result<Self, Vec<Problem>> {
        Self::from_json(&json::parse_document(text)?)
    }

    /// [`Campaign::from_json`] for the reach model and the advisor, which need a launch time:
    /// when none is given, that is one more problem (at `launchAt`), told with the others.
    pub fn from_json_with_launch(value: &Value) -> Result<Self, Vec<Problem>> {
        let mut problems = Problems::default();
        let campaign = Self::read(value, "", &mut problems);
        if Self::lacks_launch(value) {
            problems.push("launchAt", &FieldError::ReachNeedsLaunch);
        }
        problems.into_result(|| campaign.expect("no problems means a campaign"))
    }

    /// Whether a campaign's JSON is an object without a launch time (`launchAt` absent or `null`),
    /// which the reach model and the advisor need. It can be told even when the campaign has
    /// problems, so that its absence is reported with them: a launch time given but invalid is the
    /// reader's problem, and so is a campaign that is no object at all; for a valid campaign it is
    /// whether `launch_at` is unset.
    pub fn lacks_launch(value: &Value) -> bool {
        value.is_object() && value.get("launchAt").is_none_or(Value::is_null)
    }

    /// Reads the campaign at `path` of a larger document, adding what is wrong to `problems`.
    pub fn read(value: &Value, path: &str, problems: &mut Problems) -> Option<Self> {
        let mut fields = Fields::of(value, path, problems)?;
        let mut campaign = Self::default();
        let mut ok = true;
        let mut check = |result: Result<(), ()>| ok &= result.is_ok();

        if let Some(v) = fields.get("name") {
            let p = fields.path("name");
            check(json::text(v, &p, problems).ok_or(()).and_then(|text| {
                campaign.name = report(check_name(text), &p, problems)?;
                Ok(())
            }));
        }
        if let Some(v) = fields.get("attempts") {
            let p = fields.path("attempts");
            check(read_attempts(v, &p, problems).map(|r| campaign.retry_strategy = r));
        }
        if let Some(v) = fields.get("retryOn") {
            let p = fields.path("retryOn");
            check(read_retry_on(v, &p, problems).map(|r| campaign.retry_on = r));
        }
        if let Some(v) = fields.get("longLiving") {
            let p = fields.path("longLiving");
            let long_living = json::boolean(v, &p, problems).ok_or(());
            check(long_living.map(|b| campaign.completion = CompletionMode::from_long_living(b)));
        }
        let launch_path = fields.path("launchAt");
        if let Some(v) = fields.get("launchAt") {
            check(
                json::text(v, &launch_path, problems)
                    .ok_or(())
                    .and_then(|text| {
                        campaign.launch_at =
                            Some(report(check_launch_at(text), &launch_path, problems)?);
                        Ok(())
                    }),
            );
        }
        if let Some(v) = fields.get("callingWindow") {
            let p = fields.path("callingWindow");
            check(read_window(v, &p, problems).map(|w| campaign.calling_window = Some(w)));
            if fields.get("launchAt").is_none() {
                problems.push(&launch_path, &FieldError::LaunchAt);
                check(Err(()));
            }
        }
        if let Some(v) = fields.get("callCaps") {
            let p = fields.path("callCaps");
            check(read_call_caps(v, &p, problems).map(|caps| campaign.call_caps = caps));
        }
        fields.finish(problems);
        ok.then_some(campaign)
    }
}

/// The campaign name rule: 1–120 characters after trimming. Returns the trimmed name.
pub fn check_name(text: &str) -> Result<String, FieldError> {
    let name = text.trim();
    if name.is_empty() {
        Err(FieldError::NameEmpty)
    } else if name.chars().nth(MAX_NAME_CHARS).is_some() {
        // Counts no further than the limit: a name of a megabyte costs no more than a long one.
        Err(FieldError::NameTooLong)
    } else {
        Ok(name.to_owned())
    }
}

/// The delay rule for attempt `attempt` (from 1) as typed: required, a whole number, 1–10,800.
pub fn parse_delay(attempt: usize, text: &str) -> Result<u32, FieldError> {
    if text.trim().is_empty() {
        return Err(FieldError::DelayEmpty { attempt });
    }
    check_delay(attempt, WholeNumber::parse(text))
}

/// A delay as the editor writes it into an attempt row it fills in (a campaign set by the host,
/// the advisor's delays, `Call next morning`): with thousands separators, as numbers of seconds
/// are shown (SPEC section 2), `3,600`; read back by [`parse_delay`] to the same number.
pub fn delay_text(seconds: u32) -> String {
    thousands(seconds.into())
}

/// The delay rule for a number that is `None` when it is not whole.
fn check_delay(attempt: usize, number: Option<WholeNumber>) -> Result<u32, FieldError> {
    let number = number.ok_or(FieldError::DelayNotWholeNumber { attempt })?;
    number
        .within(MIN_DELAY_SECS.into(), MAX_DELAY_SECS.into())
        .map(|v| v as u32)
        .ok_or(FieldError::DelayOutOfRange { attempt })
}

/// The number-of-attempts rule.
pub fn check_attempt_count(count: usize) -> Result<(), FieldError> {
    if count > MAX_ATTEMPTS {
        Err(FieldError::TooManyAttempts)
    } else {
        Ok(())
    }
}

/// The launch date and time rule.
pub fn check_launch_at(text: &str) -> Result<LocalDateTime, FieldError> {
    LocalDateTime::parse(text).ok_or(FieldError::LaunchAt)
}

/// The calling-window time rule.
pub fn check_time_of_day(text: &str) -> Result<TimeOfDay, FieldError> {
    TimeOfDay::parse(text).ok_or(FieldError::TimeOfDay)
}

/// Adds `result`'s error to `problems` at `path`.
fn report<T>(result: Result<T, FieldError>, path: &str, problems: &mut Problems) -> Result<T, ()> {
    result.map_err(|e| problems.push(path, &e))
}

fn read_attempts(value: &Value, path: &str, problems: &mut Problems) -> Result<RetryStrategy, ()> {
    let items = json::list(value, path, problems).ok_or(())?;
    let count = report(check_attempt_count(items.len()), path, problems);
    let delays: Vec<Option<u32>> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let mut fields = Fields::of(item, &index_path(path, i), problems)?;
            let delay = match fields.get("delaySeconds") {
                None => Err(FieldError::DelayEmpty { attempt: i + 1 }),
                Some(v) => check_delay(i + 1, json::as_whole_number(v)),
            };
            let delay = delay
                .map_err(|e| problems.push(field_path(&index_path(path, i), "delaySeconds"), &e))
                .ok();
            fields.finish(problems);
            delay
        })
        .collect();
    count?;
    delays
        .into_iter()
        .collect::<Option<Vec<_>>>()
        .map(RetryStrategy::from_delays)
        .ok_or(())
}

fn read_retry_on(value: &Value, path: &str, problems: &mut Problems) -> Result<OutcomeSet, ()> {
    let retryable = |key: &str| Outcome::from_key(key).filter(|o| o.is_failure());
    json::key_list(value, path, problems, retryable, &FieldError::NotRetryable).ok_or(())
}

fn read_window(value: &Value, path: &str, problems: &mut Problems) -> Result<CallingWindow, ()> {
    let mut fields = Fields::of(value, path, problems).ok_or(())?;
    let mut time = |key: &'static str, problems: &mut Problems| {
        let p = fields.path(key);
        let text = fields.get(key).map(|v| json::text(v, &p, problems));
        match text {
            Some(None) => None,
            Some(Some(text)) => report(check_time_of_day(text), &p, problems).ok(),
            None => report(Err(FieldError::TimeOfDay), &p, problems).ok(),
        }
    };
    let start = time("start", problems);
    let end = time("end", problems);
    let days_path = fields.path("days");
    let days = match fields.get("days") {
        None => Some(Days::EMPTY),
        Some(v) => read_days(v, &days_path, problems).ok(),
    };
    fields.finish(problems);
    CallingWindow::new(start, end, days).map_err(|errors| {
        for (field, error) in errors {
            problems.push(field_path(path, field.key()), &error);
        }
    })
}

fn read_days(value: &Value, path: &str, problems: &mut Problems) -> Result<Days, ()> {
    json::key_list(
        value,
        path,
        problems,
        Weekday::from_key,
        &FieldError::NotADay,
    )
    .ok_or(())
}
