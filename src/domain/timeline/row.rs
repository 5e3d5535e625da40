//! One call of the retry timeline and how the `Retry timeline` list says it: when it fires, what
//! deferred it (the calling window, call caps, or both), or why it has no time yet.
//!
//! **Wording.** A deferred call ends with `(deferred … by …)`, naming each cause: `by the calling
//! window`, `by the cap of 3 calls in 24 h`, `by the caps of 3 calls in 24 h and 7 calls in 7 days`
//! (two caps freeing the call at the same second), or both, the window first:
//! `by the calling window and the cap of 3 calls in 24 h`.

use serde::ser::SerializeSeq;
use serde::{Serialize, Serializer};

use crate::domain::calendar::LocalDateTime;
use crate::domain::call_cap::CallCap;
use crate::domain::campaign::call_name;
use crate::domain::duration::compact;
use crate::domain::limits::MAX_CALL_CAPS;

/// When one retry fires: an item of `previewTimeline` (SPEC section 6), offsets after the first call.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TimelineEntry {
    /// The attempt row, counting from 1.
    pub attempt: usize,
    /// When it is due: when the call before it fired, plus its delay.
    pub due_offset_seconds: u64,
    /// When it really fires: the earliest second at or after it is due when the calling window is
    /// open and every call cap allows it.
    pub offset_seconds: u64,
    /// How long the calling window and the call caps hold it back, together.
    pub deferred_seconds: u64,
    /// What held it back: `["window"]`, `["cap"]`, `["window", "cap"]`, or `[]`.
    pub deferred_by: DeferredBy,
    /// The local time it fires at, when a launch time is set (`"2026-12-07T10:05"`, else `null`).
    pub fires_at: Option<LocalDateTime>,
}

/// What deferred a call. The window is named when it moved the call past both its due time and
/// the time the caps free it; the caps when the call fires later than the window alone would let
/// it, and then each cap that frees it last (`caps`, in the campaign's order). When the caps free
/// a deferred call just as the window opens, each alone would have held it as long: both are named.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DeferredBy {
    pub window: bool,
    pub caps: [Option<CallCap>; MAX_CALL_CAPS],
}

impl DeferredBy {
    /// Deferred by nothing.
    pub const NONE: Self = Self {
        window: false,
        caps: [None; MAX_CALL_CAPS],
    };

    /// Deferred by the calling window alone.
    pub const WINDOW: Self = Self {
        window: true,
        ..Self::NONE
    };

    /// Whether a call cap held the call back.
    pub fn cap(&self) -> bool {
        self.caps.iter().any(Option::is_some)
    }

    /// `the calling window`, `the cap of 3 calls in 24 h`, `the calling window and the caps of
    /// 3 calls in 24 h and 7 calls in 7 days`; `None` when nothing deferred the call.
    pub fn describe(&self) -> Option<String> {
        let caps: Vec<String> = self.caps.iter().flatten().map(CallCap::to_string).collect();
        let caps = match caps.as_slice() {
            [] => None,
            [cap] => Some(format!("the cap of {cap}")),
            [init @ .., last] => Some(format!("the caps of {} and {last}", init.join(", "))),
        };
        let window = self.window.then(|| "the calling window".to_owned());
        match (window, caps) {
            (Some(window), Some(caps)) => Some(format!("{window} and {caps}")),
            (window, caps) => window.or(caps),
        }
    }
}

impl Serialize for DeferredBy {
    /// `["window", "cap"]`, each only when it deferred the call.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let names = [(self.window, "window"), (self.cap(), "cap")];
        let names = names.iter().filter(|(by, _)| *by);
        let mut seq = s.serialize_seq(Some(names.clone().count()))?;
        for (_, name) in names {
            seq.serialize_element(name)?;
        }
        seq.end()
    }
}

/// Why a row has no time yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// The delay of this attempt (from 1) is not valid: the row's own, or an earlier row's, from
    /// which every later delay counts.
    Delay(usize),
    /// The calling window is on, but the launch date and time it is read from is not valid.
    LaunchAt,
    /// The calling window is on but not valid.
    CallingWindow,
    /// Call cap N (from 1) is not valid: it may hold any retry back.
    CallCap(usize),
}

impl Gap {
    /// What must be valid before the rows it holds back have a time: `every delay is valid`,
    /// `cap 2 is valid`.
    pub(super) fn until(self) -> String {
        match self {
            Gap::Delay(_) => "every delay is valid".to_owned(),
            Gap::LaunchAt => "the launch date and time is valid".to_owned(),
            Gap::CallingWindow => "the calling window is valid".to_owned(),
            Gap::CallCap(n) => format!("cap {n} is valid"),
        }
    }

    /// `no time until …`, said of attempt `row` (`None`: of the last retry, in the summary, or of
    /// the first call).
    pub(super) fn no_time(self, row: Option<usize>) -> String {
        match (self, row) {
            (Gap::Delay(n), Some(row)) if row == n => "no time until its delay is valid".to_owned(),
            (Gap::Delay(n), Some(_)) => format!("no time until attempt {n} has a valid delay"),
            (Gap::Delay(_), None) => "no time until every attempt has a valid delay".to_owned(),
            (gap, _) => format!("no time until {}", gap.until()),
        }
    }
}

/// One attempt row of the timeline: placed in time, or left as a gap.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    Placed(TimelineEntry),
    Gap { attempt: usize, gap: Gap },
}

impl Row {
    /// The attempt number, from 1.
    pub fn attempt(&self) -> usize {
        match self {
            Row::Placed(entry) => entry.attempt,
            Row::Gap { attempt, .. } => *attempt,
        }
    }

    /// When it fires, if that is known.
    pub fn entry(&self) -> Option<&TimelineEntry> {
        match self {
            Row::Placed(entry) => Some(entry),
            Row::Gap { .. } => None,
        }
    }

    /// The `Retry timeline` list item: `Attempt 2 — 2 d 15 h 10 min after the first call,
    /// Mon 14 Dec, 09:00 (deferred 2 d 14 h 5 min by the calling window)`; the clock time only when
    /// a launch time is set, the deferral only when there is one. A gap reads
    /// `Attempt 3 — no time until attempt 2 has a valid delay`.
    pub fn describe(&self) -> String {
        match self {
            Row::Placed(e) => format!(
                "{} — {} after the first call{}",
                call_name(e.attempt),
                compact(e.offset_seconds),
                when(e.fires_at, e.deferred_seconds, &e.deferred_by)
            ),
            Row::Gap { attempt, gap } => {
                format!("{} — {}", call_name(*attempt), gap.no_time(Some(*attempt)))
            }
        }
    }
}

/// The first call: offset 0 of the timeline. Only the calling window defers it (no call came
/// before it for a cap to count).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FirstCall {
    /// How long after launch the calling window holds it back (0 when the launch is inside it).
    pub deferred_seconds: u64,
    /// The local time it fires at, when a launch time is set.
    pub fires_at: Option<LocalDateTime>,
}

impl FirstCall {
    /// `First call`, then the clock time and deferral as in [`Row::describe`]:
    /// `First call, Mon 14 Dec, 09:00 (deferred 2 d 15 h by the calling window)`.
    pub fn describe(&self) -> String {
        format!(
            "{}{}",
            call_name(0),
            when(self.fires_at, self.deferred_seconds, &DeferredBy::WINDOW)
        )
    }
}

/// `, Mon 7 Dec, 10:05` when the clock time is known, then ` (deferred … by …)` when the call was
/// moved.
fn when(fires_at: Option<LocalDateTime>, deferred_seconds: u64, by: &DeferredBy) -> String {
    let mut text = fires_at
        .map(|t| format!(", {}", t.human()))
        .unwrap_or_default();
    if deferred_seconds > 0
        && let Some(by) = by.describe()
    {
        text.push_str(&format!(
            " (deferred {} by {by})",
            compact(deferred_seconds)
        ));
    }
    text
}
