//! Call caps (SPEC section 9): at most `calls` calls to one recipient in any `hours` hours, up to
//! [`MAX_CALL_CAPS`] of them per campaign — and the one place their rules are checked, for JSON
//! (`read_call_caps`) and for what the user typed ([`parse_cap_calls`], [`parse_cap_hours`]).
//!
//! ```
//! use campaign_editor::domain::call_cap::{CallCap, CapExample};
//!
//! let cap = CapExample::ThreeIn24Hours.cap();
//! assert_eq!(cap, CallCap { calls: 3, hours: 24 });
//! assert_eq!(cap.to_string(), "3 calls in 24 h");
//! assert_eq!(CapExample::SevenIn7Days.to_string(), "7 calls in 7 days");
//! ```

use std::fmt;

use serde::Serialize;
use serde_json::Value;

use super::error::{FieldError, Problems, field_path, index_path};
use super::json::{self, Fields};
use super::limits::{MAX_CALL_CAPS, MAX_CAP_CALLS, MAX_CAP_HOURS, MIN_CAP_CALLS, MIN_CAP_HOURS};
use super::whole_number::WholeNumber;

/// One cap: a call to a recipient may start at t only if fewer than `calls` of that recipient's
/// calls started in (t − hours·3600, t].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct CallCap {
    pub calls: u32,
    pub hours: u32,
}

impl CallCap {
    /// The rolling period, in seconds.
    pub fn period_seconds(self) -> u64 {
        u64::from(self.hours) * 3_600
    }
}

impl fmt::Display for CallCap {
    /// `3 calls in 24 h`, `1 call in 1 h`; a period of whole days over one day in days:
    /// `7 calls in 7 days` (168 h), `4 calls in 30 days` (720 h).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let calls = match self.calls {
            1 => "1 call".to_owned(),
            n => format!("{n} calls"),
        };
        match self.hours {
            h if h > 24 && h % 24 == 0 => write!(f, "{calls} in {} days", h / 24),
            h => write!(f, "{calls} in {h} h"),
        }
    }
}

/// The caps a user can insert in one click: common dialing rules, offered as examples (not legal
/// advice).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CapExample {
    /// 3 calls in 24 h.
    ThreeIn24Hours,
    /// 7 calls in 7 days (168 h).
    SevenIn7Days,
    /// 4 calls in 30 days (720 h).
    FourIn30Days,
}

impl CapExample {
    pub const ALL: [Self; 3] = [Self::ThreeIn24Hours, Self::SevenIn7Days, Self::FourIn30Days];

    pub fn cap(self) -> CallCap {
        let (calls, hours) = match self {
            Self::ThreeIn24Hours => (3, 24),
            Self::SevenIn7Days => (7, 168),
            Self::FourIn30Days => (4, 720),
        };
        CallCap { calls, hours }
    }
}

impl fmt::Display for CapExample {
    /// The cap it inserts, as [`CallCap`] says it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.cap().fmt(f)
    }
}

/// The path of field `field` (`calls` or `hours`) of cap `index` (0-based): `callCaps[0].calls`.
pub fn cap_path(index: usize, field: &str) -> String {
    field_path(&index_path("callCaps", index), field)
}

/// The number-of-caps rule.
pub fn check_cap_count(count: usize) -> Result<(), FieldError> {
    if count > MAX_CALL_CAPS {
        Err(FieldError::TooManyCaps)
    } else {
        Ok(())
    }
}

/// The calls rule for cap `cap` (from 1) as typed: required, a whole number, 1–100.
pub fn parse_cap_calls(cap: usize, text: &str) -> Result<u32, FieldError> {
    if text.trim().is_empty() {
        return Err(FieldError::CapCallsEmpty { cap });
    }
    check_calls(cap, WholeNumber::parse(text))
}

/// The period rule for cap `cap` (from 1) as typed: a whole number of hours, 1–8,760.
pub fn parse_cap_hours(cap: usize, text: &str) -> Result<u32, FieldError> {
    check_hours(cap, WholeNumber::parse(text))
}

fn check_calls(cap: usize, number: Option<WholeNumber>) -> Result<u32, FieldError> {
    number
        .and_then(|n| n.within(MIN_CAP_CALLS.into(), MAX_CAP_CALLS.into()))
        .map(|v| v as u32)
        .ok_or(FieldError::CapCalls { cap })
}

fn check_hours(cap: usize, number: Option<WholeNumber>) -> Result<u32, FieldError> {
    number
        .and_then(|n| n.within(MIN_CAP_HOURS.into(), MAX_CAP_HOURS.into()))
        .map(|v| v as u32)
        .ok_or(FieldError::CapHours { cap })
}

/// Reads `callCaps` at `path`: a list of `{"calls", "hours"}`, every problem at once.
pub(super) fn read_call_caps(
    value: &Value,
    path: &str,
    problems: &mut Problems,
) -> Result<Vec<CallCap>, ()> {
    let items = json::list(value, path, problems).ok_or(())?;
    let count = check_cap_count(items.len()).map_err(|e| problems.push(path, &e));
    let caps: Vec<Option<CallCap>> = items
        .iter()
        .enumerate()
        .map(|(i, item)| {
            let mut fields = Fields::of(item, &index_path(path, i), problems)?;
            let cap = i + 1;
            let calls = match fields.get("calls") {
                None => Err(FieldError::CapCallsEmpty { cap }),
                Some(v) => check_calls(cap, json::as_whole_number(v)),
            };
            let hours = check_hours(cap, fields.get("hours").and_then(json::as_whole_number));
            let calls = calls.map_err(|e| problems.push(fields.path("calls"), &e));
            let hours = hours.map_err(|e| problems.push(fields.path("hours"), &e));
            fields.finish(problems);
            Some(CallCap {
                calls: calls.ok()?,
                hours: hours.ok()?,
            })
        })
        .collect();
    count?;
    caps.into_iter().collect::<Option<Vec<_>>>().ok_or(())
}

/// A field of a cap row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CapField {
    /// `Cap N calls`.
    Calls = 0,
    /// `Cap N period, in hours`.
    Hours = 1,
}

impl CapField {
    pub const BOTH: [Self; 2] = [Self::Calls, Self::Hours];

    /// Its key in the campaign's JSON and in problem paths (`callCaps[0].calls`).
    pub fn key(self) -> &'static str {
        match self {
            Self::Calls => "calls",
            Self::Hours => "hours",
        }
    }
}
