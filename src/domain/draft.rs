//! The editor's draft: exactly what the user typed, valid or not. The campaign and every problem
//! are derived from it by [`Draft::check`], the same rules [`Campaign::from_json`] applies.

use serde::{Deserialize, Serialize};

use super::calendar::{Days, LocalDateTime, Weekday};
use super::call_cap::{
    CallCap, CapField, cap_path, check_cap_count, parse_cap_calls, parse_cap_hours,
};
use super::campaign::{
    Campaign, CompletionMode, RetryStrategy, check_attempt_count, check_launch_at, check_name,
    check_time_of_day, delay_text, parse_delay,
};
use super::error::{FieldError, Problem, Problems, attempt_delay_path, field_path};
use super::limits::{DEFAULT_CAMPAIGN_NAME, MAX_NAME_CHARS};
use super::outcome::{Outcome, OutcomeSet};
use super::window::CallingWindow;

/// What the user typed into the editor. `retry_on` follows [`Outcome::FAILED`]; `days` follows
/// [`Weekday::ALL`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Draft {
    pub name: String,
    pub attempts: Vec<String>,
    pub retry_on: [bool; 3],
    pub long_living: bool,
    pub launch_at: String,
    pub window: WindowDraft,
    /// The call caps as typed. Left out of storage when there are none, so that a draft stored
    /// before caps existed reads the same, and one without caps reads in an older build.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub caps: Vec<CapDraft>,
}

/// One call cap as typed: `Cap N calls` and `Cap N period, in hours`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CapDraft {
    pub calls: String,
    pub hours: String,
}

impl CapDraft {
    /// What was typed into `field`.
    pub fn text(&self, field: CapField) -> &str {
        match field {
            CapField::Calls => &self.calls,
            CapField::Hours => &self.hours,
        }
    }

    pub(crate) fn text_mut(&mut self, field: CapField) -> &mut String {
        match field {
            CapField::Calls => &mut self.calls,
            CapField::Hours => &mut self.hours,
        }
    }

    /// Cap row `n` (from 1) as typed: the number of calls and the period in hours, each by its
    /// rule.
    pub fn check(&self, n: usize) -> (Result<u32, FieldError>, Result<u32, FieldError>) {
        (
            parse_cap_calls(n, &self.calls),
            parse_cap_hours(n, &self.hours),
        )
    }

    /// Cap row `n` as a cap, when both its fields are valid.
    pub fn cap(&self, n: usize) -> Option<CallCap> {
        match self.check(n) {
            (Ok(calls), Ok(hours)) => Some(CallCap { calls, hours }),
            _ => None,
        }
    }
}

impl From<CallCap> for CapDraft {
    fn from(cap: CallCap) -> Self {
        Self {
            calls: cap.calls.to_string(),
            hours: cap.hours.to_string(),
        }
    }
}

/// The calling window as typed; `enabled` is the `Calling window` checkbox.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WindowDraft {
    pub enabled: bool,
    pub start: String,
    pub end: String,
    pub days: [bool; 7],
}

impl Default for WindowDraft {
    /// Office hours on weekdays, ready for when the user ticks `Calling window`.
    fn default() -> Self {
        Self {
            enabled: false,
            start: "09:00".to_owned(),
            end: "18:00".to_owned(),
            days: Weekday::ALL.map(|d| Days::WEEKDAYS.contains(d)),
        }
    }
}

impl From<CallingWindow> for WindowDraft {
    /// The window as the user would type it, turned on.
    fn from(window: CallingWindow) -> Self {
        Self {
            enabled: true,
            start: window.start().to_string(),
            end: window.end().to_string(),
            days: Weekday::ALL.map(|d| window.days().contains(d)),
        }
    }
}

impl From<&Campaign> for Draft {
    fn from(campaign: &Campaign) -> Self {
        let window = campaign
            .calling_window
            .map_or_else(WindowDraft::default, WindowDraft::from);
        Self {
            name: campaign.name.clone(),
            attempts: campaign
                .retry_strategy
                .attempts()
                .iter()
                .map(|a| delay_text(a.delay_seconds))
                .collect(),
            retry_on: Outcome::FAILED.map(|o| campaign.retry_on.contains(o)),
            long_living: campaign.completion.is_long_living(),
            launch_at: campaign
                .launch_at
                .map(|t| t.to_string())
                .unwrap_or_default(),
            window,
            caps: campaign
                .call_caps
                .iter()
                .copied()
                .map(CapDraft::from)
                .collect(),
        }
    }
}

impl Draft {
    /// The launch date and time as typed: `None` when left blank and not needed (a calling window
    /// is read from the launch, so with one on a blank launch is an error).
    pub fn launch_at(&self) -> Option<Result<LocalDateTime, FieldError>> {
        (!self.launch_at.trim().is_empty() || self.window.enabled)
            .then(|| check_launch_at(&self.launch_at))
    }

    /// The failed outcomes ticked under `Retry on`.
    pub fn retry_on_set(&self) -> OutcomeSet {
        Outcome::FAILED
            .into_iter()
            .zip(self.retry_on)
            .filter_map(|(o, on)| on.then_some(o))
            .collect()
    }

    /// The campaign's title: its name, or [`DEFAULT_CAMPAIGN_NAME`] while the name is blank. A
    /// name over [`MAX_NAME_CHARS`] (which is an error) shows its first ones and `…`, so that a
    /// heading never lays out a megabyte of text on each keystroke.
    pub fn title(&self) -> String {
        match self.name.trim() {
            "" => DEFAULT_CAMPAIGN_NAME.to_owned(),
            name => match name.char_indices().nth(MAX_NAME_CHARS) {
                Some((end, _)) => format!("{}…", &name[..end]),
                None => name.to_owned(),
            },
        }
    }

    /// The campaign this draft describes, or every problem with it (paths as in SPEC section 4).
    pub fn check(&self) -> Result<Campaign, Vec<Problem>> {
        let mut problems = Problems::default();
        let mut note = |path: String, result: Result<(), FieldError>| {
            if let Err(e) = result {
                problems.push(path, &e);
            }
        };
        let name = check_name(&self.name);
        note(
            "name".into(),
            name.as_ref().map(|_| ()).map_err(Clone::clone),
        );
        note("attempts".into(), check_attempt_count(self.attempts.len()));
        let delays: Vec<Result<u32, FieldError>> = self
            .attempts
            .iter()
            .enumerate()
            .map(|(i, text)| parse_delay(i + 1, text))
            .collect();
        for (i, delay) in delays.iter().enumerate() {
            note(
                attempt_delay_path(i),
                delay.as_ref().map(|_| ()).map_err(Clone::clone),
            );
        }
        let launch_at = self.launch_at();
        if let Some(result) = &launch_at {
            note(
                "launchAt".into(),
                result.as_ref().map(|_| ()).map_err(Clone::clone),
            );
        }
        let window = self.window.enabled.then(|| self.window.check());
        if let Some(Err(errors)) = &window {
            for (key, error) in errors {
                note(field_path("callingWindow", key), Err(error.clone()));
            }
        }
        note("callCaps".into(), check_cap_count(self.caps.len()));
        let caps: Vec<_> = (self.caps.iter().enumerate())
            .map(|(i, cap)| cap.check(i + 1))
            .collect();
        for (i, (calls, hours)) in caps.iter().enumerate() {
            note(cap_path(i, CapField::Calls.key()), calls.clone().map(drop));
            note(cap_path(i, CapField::Hours.key()), hours.clone().map(drop));
        }
        problems.into_result(|| Campaign {
            name: checked(name),
            retry_strategy: RetryStrategy::from_delays(delays.into_iter().map(checked)),
            retry_on: self.retry_on_set(),
            completion: CompletionMode::from_long_living(self.long_living),
            launch_at: launch_at.map(checked),
            calling_window: window.map(checked),
            call_caps: caps
                .into_iter()
                .map(|(calls, hours)| CallCap {
                    calls: checked(calls),
                    hours: checked(hours),
                })
                .collect(),
        })
    }
}

/// A field [`Draft::check`] found valid: with no problem noted, each is `Ok`. (Not `expect`, which
/// would link the errors' `Debug` formatting into the wasm for a message no one sees.)
fn checked<T, E>(field: Result<T, E>) -> T {
    field.unwrap_or_else(|_| unreachable!("a field checked valid"))
}

impl WindowDraft {
    /// The window typed, or each problem with the key of its field.
    pub fn check(&self) -> Result<CallingWindow, Vec<(&'static str, FieldError)>> {
        let mut errors = Vec::new();
        let mut time = |key: &'static str, text: &str| {
            check_time_of_day(text)
                .map_err(|e| errors.push((key, e)))
                .ok()
        };
        let (start, end) = (time("start", &self.start), time("end", &self.end));
        let days = Weekday::ALL
            .into_iter()
            .zip(self.days)
            .filter_map(|(d, on)| on.then_some(d));
        CallingWindow::new(start, end, Some(days.collect())).map_err(|more| {
            errors.extend(more.into_iter().map(|(field, error)| (field.key(), error)));
            errors
        })
    }
}
