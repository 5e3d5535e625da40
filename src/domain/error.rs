//! What can be wrong with the user's input. Each variant's `Display` is the exact message of SPEC
//! section 2 (or of the JSON formats of section 4), so the editor, the embedding API and the command
//! line all show the same words.

use std::fmt;

use serde::Serialize;

use super::duration::thousands;
use super::limits::{
    MAX_ATTEMPTS, MAX_CALL_CAPS, MAX_CAP_CALLS, MAX_CAP_HOURS, MAX_DEADLINE_HOURS, MAX_DELAY_SECS,
    MAX_LOGGED_CALLS, MAX_NAME_CHARS, MAX_PICK_UP_ALIKE, MAX_REACH_MINUTES, MAX_RECIPIENTS,
    MIN_CAP_CALLS, MIN_CAP_HOURS, MIN_DEADLINE_HOURS, MIN_DELAY_SECS, MIN_REACH_MINUTES,
};

/// One thing wrong with one field. `attempt` numbers count from 1, as people do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldError {
    DelayEmpty {
        attempt: usize,
    },
    DelayNotWholeNumber {
        attempt: usize,
    },
    DelayOutOfRange {
        attempt: usize,
    },
    TooManyAttempts,
    /// A call cap (`cap` from 1) without its number of calls.
    CapCallsEmpty {
        cap: usize,
    },
    /// A call cap's calls that are not a whole number from 1 to 100.
    CapCalls {
        cap: usize,
    },
    /// A call cap's period that is not a whole number of hours from 1 to 8,760 (or is missing).
    CapHours {
        cap: usize,
    },
    TooManyCaps,
    NameEmpty,
    NameTooLong,
    LaunchAt,
    TimeOfDay,
    WindowOrder,
    NoCallingDays,
    /// Something in `retryOn` that is not a failed outcome: only failed calls are retried.
    NotRetryable,
    /// Something in `days` that is not a day.
    NotADay,
    /// Something in a simulated recipient's `script` that is not an outcome.
    NotAnOutcome,
    /// A share of a simulation's outcome mix below 0 or above 1.
    ShareOutOfRange,
    /// The shares of a simulation's outcome mix do not add up to 1.
    MixSum,
    /// The simulator panel's outcome percentages add up to `total`, not 100.
    MixPercentages {
        total: u64,
    },
    /// A percentage typed in the simulator panel that is not a number from 0 to 100.
    Percent,
    /// A recipient added after launch to a fixed campaign.
    LateRecipient,
    /// A long-living campaign simulated with neither `until` nor `stopAt`.
    NoEnd,
    /// More recipients than a simulation takes.
    TooManyRecipients,
    /// A field the format does not have.
    UnknownField,
    /// A value of the wrong JSON type; the text says what was expected ("a list", "text", …).
    WrongType(&'static str),
    /// A whole number outside its range.
    NumberOutOfRange {
        min: u64,
        max: u64,
    },
    /// A persist key another editor on the page already keeps its drafts under, or its aside one.
    KeyInUse,
    /// An empty persist key (a host's unset setting, most likely), which would keep the draft under
    /// `""` and its aside copy under `.unreadable`.
    EmptyKey,
    /// A value whose reading threw (a host's getter or proxy).
    Unreadable,
    /// A share or chance of the reach model outside [0, 1]; the text names it ("Pick-up chance").
    ReachChance(&'static str),
    /// The reach model's `pickUpAlike` outside (0, 1000].
    PickUpAlike,
    /// A time of the reach model outside 1–1,440 minutes; the text names it ("Away time").
    ReachMinutes(&'static str),
    /// The reach model's `presenceByHour` is not a list of 24 values.
    PresenceHours,
    /// One value of `presenceByHour` (hour from 0) outside [0, 1].
    PresenceAt {
        hour: usize,
    },
    /// The reach model reads the local hour from `launchAt`, which is not given.
    ReachNeedsLaunch,
    /// A scenario's `dialer.model` that is neither `mix` nor `reach`.
    NotADialerModel,
    /// `dialer.outcomeMix` given with the reach model, which does not read it.
    MixWithReachModel,
    /// `dialer.reach` given with the mix model, which does not read it.
    ReachWithMixModel,
    /// A simulation asked for its call log makes more calls than a log keeps.
    CallLogFull,
    /// The strategy advisor's number of attempts is not a whole number from 1 to 20.
    SuggestAttempts,
    /// The strategy advisor's deadline is not a whole number of hours from 1 to 720.
    SuggestDeadline,
    /// The strategy advisor was asked for a suggestion while the campaign has problems.
    SuggestNeedsValidCampaign,
    /// Compare with `Pinned strategy` chosen before any strategy was pinned.
    NothingPinned,
    /// `Pin for comparison` while the campaign has problems: there is no strategy to pin.
    PinNeedsValidCampaign,
    /// Compare with `The advisor's suggestion` chosen while the advisor holds no suggestion.
    NoSuggestion,
    /// The Calls table's `Recipient number` typed before any recipient was simulated.
    NoRecipientYet,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::DelayEmpty { attempt } => {
                write!(f, "Enter a delay for attempt {attempt}, in seconds")
            }
            Self::DelayNotWholeNumber { attempt } => write!(
                f,
                "Attempt {attempt} delay must be a whole number of seconds, like 300"
            ),
            Self::DelayOutOfRange { attempt } => write!(
                f,
                "Attempt {attempt} delay must be between {} and {} seconds (3 hours)",
                thousands(MIN_DELAY_SECS.into()),
                thousands(MAX_DELAY_SECS.into())
            ),
            Self::TooManyAttempts => write!(f, "You can add up to {MAX_ATTEMPTS} attempts"),
            Self::CapCallsEmpty { cap } => write!(f, "Enter a number of calls for cap {cap}"),
            Self::CapCalls { cap } => write!(
                f,
                "Cap {cap} calls must be a whole number between {MIN_CAP_CALLS} and {MAX_CAP_CALLS}"
            ),
            Self::CapHours { cap } => write!(
                f,
                "Cap {cap} period must be a whole number of hours between {} and {}",
                thousands(MIN_CAP_HOURS.into()),
                thousands(MAX_CAP_HOURS.into())
            ),
            Self::TooManyCaps => write!(f, "You can add up to {MAX_CALL_CAPS} caps"),
            Self::NameEmpty => write!(f, "Enter a campaign name"),
            Self::NameTooLong => write!(
                f,
                "Campaign name must be {MAX_NAME_CHARS} characters or fewer"
            ),
            Self::LaunchAt => write!(f, "Enter a launch date and time, like 2026-12-07T09:00"),
            Self::TimeOfDay => write!(f, "Enter a time like 09:00"),
            Self::WindowOrder => write!(f, "Calling window must start before it ends"),
            Self::NoCallingDays => write!(f, "Choose at least one calling day"),
            Self::NotRetryable => write!(f, "Must be busy, noAnswer or unreachable"),
            Self::NotADay => write!(f, "Must be mon, tue, wed, thu, fri, sat or sun"),
            Self::NotAnOutcome => write!(f, "Must be answered, busy, noAnswer or unreachable"),
            Self::ShareOutOfRange => write!(f, "Must be a number from 0 to 1"),
            Self::MixSum => write!(f, "The shares of the outcome mix must add up to 1"),
            Self::MixPercentages { total } => {
                write!(f, "The outcome mix must add up to 100% (now {total}%)")
            }
            Self::Percent => write!(f, "Must be a number from 0 to 100, like 45 or 4.5"),
            Self::LateRecipient => write!(f, "A fixed campaign takes no recipients after launch"),
            Self::NoEnd => write!(
                f,
                "A long-living campaign never ends on its own: give until or stopAt"
            ),
            Self::TooManyRecipients => write!(
                f,
                "A simulation takes at most {} recipients, listed, generated and arriving",
                thousands(MAX_RECIPIENTS)
            ),
            Self::UnknownField => write!(f, "Unknown field"),
            Self::WrongType(expected) => write!(f, "Must be {expected}"),
            Self::NumberOutOfRange { min, max } => write!(
                f,
                "Must be a whole number from {} to {}",
                thousands(*min),
                thousands(*max)
            ),
            Self::KeyInUse => write!(
                f,
                "Another editor on this page already keeps drafts under this key or its .unreadable one: give each editor its own"
            ),
            Self::EmptyKey => write!(
                f,
                "Must not be empty: give a key, or leave persistKey out to keep no draft"
            ),
            Self::Unreadable => write!(f, "Could not be read: reading it threw an error"),
            Self::ReachChance(name) => write!(f, "{name} must be a number between 0 and 1"),
            Self::PickUpAlike => write!(
                f,
                "Pick-up alikeness must be a number above 0 and at most {}",
                thousands(MAX_PICK_UP_ALIKE.into())
            ),
            Self::ReachMinutes(name) => write!(
                f,
                "{name} must be between {} and {} minutes (1 day)",
                MIN_REACH_MINUTES,
                thousands(MAX_REACH_MINUTES.into())
            ),
            Self::PresenceHours => {
                write!(f, "Presence by hour needs exactly 24 values, one per hour")
            }
            Self::PresenceAt { hour } => write!(
                f,
                "Presence from {hour:02}:00 to {:02}:00 must be a number between 0 and 1",
                hour + 1
            ),
            Self::ReachNeedsLaunch => write!(f, "The reach model needs a launch date and time"),
            Self::NotADialerModel => write!(f, "Must be mix or reach"),
            Self::MixWithReachModel => write!(
                f,
                "The reach model has no outcome mix: remove outcomeMix or set model to mix"
            ),
            Self::ReachWithMixModel => write!(
                f,
                "The mix model has no reach settings: remove reach or set model to reach"
            ),
            Self::CallLogFull => write!(
                f,
                "The call log keeps at most {} calls and this simulation makes more: leave the log out with {{ calls: false }}",
                thousands(MAX_LOGGED_CALLS as u64)
            ),
            Self::SuggestAttempts => {
                write!(
                    f,
                    "Attempts must be a whole number between 1 and {MAX_ATTEMPTS}"
                )
            }
            Self::SuggestDeadline => write!(
                f,
                "Deadline must be a whole number of hours between {MIN_DEADLINE_HOURS} and {MAX_DEADLINE_HOURS}"
            ),
            Self::SuggestNeedsValidCampaign => write!(
                f,
                "A suggestion needs a valid campaign: correct its problems first"
            ),
            Self::NothingPinned => write!(
                f,
                "No strategy is pinned yet: Pin for comparison keeps the retry strategy as it is now"
            ),
            Self::PinNeedsValidCampaign => write!(
                f,
                "Pinning needs a valid campaign: correct its problems first"
            ),
            Self::NoSuggestion => write!(
                f,
                "No suggestion yet: Suggest a strategy in Retry Strategy first"
            ),
            Self::NoRecipientYet => {
                write!(f, "No recipient is simulated yet: Run or Step first")
            }
        }
    }
}

impl std::error::Error for FieldError {}

/// A problem as the API and the command line report it: where (a dotted path with 0-based indexes,
/// `attempts[2].delaySeconds`) and what (the message).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl Problem {
    pub fn new(path: impl Into<String>, error: &FieldError) -> Self {
        Self {
            path: path.into(),
            message: error.to_string(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// The problems found so far in one input (a JSON document, a draft, the simulator's settings).
#[derive(Debug, Default)]
pub struct Problems(Vec<Problem>);

impl Problems {
    pub fn push(&mut self, path: impl Into<String>, error: &FieldError) {
        self.0.push(Problem::new(path, error));
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Whether a problem was found at `path` already.
    pub fn has(&self, path: &str) -> bool {
        message_at(&self.0, path).is_some()
    }

    /// `value` when nothing was wrong, else every problem.
    pub fn into_result<T>(self, value: impl FnOnce() -> T) -> Result<T, Vec<Problem>> {
        if self.0.is_empty() {
            Ok(value())
        } else {
            Err(self.0)
        }
    }
}

/// The message of the problem at `path`, if there is one.
pub fn message_at<'p>(problems: &'p [Problem], path: &str) -> Option<&'p str> {
    problems
        .iter()
        .find(|p| p.path == path)
        .map(|p| p.message.as_str())
}

/// The path of `field` inside the object at `path` (`path` itself for the empty field: a problem
/// with the whole object).
pub fn field_path(path: &str, field: &str) -> String {
    match (path, field) {
        ("", field) => field.to_owned(),
        (path, "") => path.to_owned(),
        (path, field) => format!("{path}.{field}"),
    }
}

/// The path of a host's own `key` in the object at `path` (an unknown field): as [`field_path`]
/// when the key is a name (letters, digits, `_`, not starting with a digit), else in brackets as a
/// JSON string, so that `campaign.name` given as one key, an empty key or one holding a line
/// break cannot read as another path: `campaign["campaign.name"]`, `[""]`.
pub fn key_path(path: &str, key: &str) -> String {
    let name = key.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if name {
        field_path(path, key)
    } else {
        format!("{path}[{}]", serde_json::Value::from(key))
    }
}

/// The path of item `index` of the list at `path`.
pub fn index_path(path: &str, index: usize) -> String {
    format!("{path}[{index}]")
}

/// The path of attempt row `index` (0-based) of a campaign's retry strategy, as reported for its delay.
pub fn attempt_delay_path(index: usize) -> String {
    field_path(&index_path("attempts", index), "delaySeconds")
}
