//! The retry timeline of SPEC section 5: when the first call and each retry would fire if every
//! call fails at once (call durations ignored), each delay counted from the moment the call before
//! it really fires.
//!
//! **Offsets are whole seconds after the first call.** The first call is due at launch; with a
//! calling window it fires at the window's first opening at or after launch, and that moment is
//! offset 0 (its own wait is [`FirstCall::deferred_seconds`]). Attempt N is due at the moment
//! attempt N − 1 fired plus its delay, and fires at the first second at or after that when the
//! window is open and every call cap (SPEC section 9) allows it, counting the calls placed before
//! it; [`TimelineEntry::deferred_by`] says which held it back. The same numbers serve the list,
//! the picture, the expected reach and `previewTimeline` (SPEC section 6).
//!
//! **Live while the user types.** [`RetryTimeline::from_draft`] reads each field on its own. A row whose
//! delay is not valid has no time, and neither has any row after it: each delay counts from when
//! the retry before it fires, so a later time cannot be known, and guessing one would show a time
//! that changes once the row is fixed. A calling window that is on but not valid yet (or has no
//! valid launch time to be read from) leaves every row without a time, for the same reason, and so
//! does a call cap that is not valid yet. A launch time that is not valid without a calling window
//! only leaves out the clock times.
//!
//! ```
//! use campaign_editor::domain::{campaign::Campaign, timeline::RetryTimeline};
//!
//! let schedule = RetryTimeline::from_campaign(&Campaign::sample()); // 300 s, 3,600 s
//! assert_eq!(schedule.rows()[1].describe(), "Attempt 2 — 1 h 5 min after the first call");
//! assert_eq!(schedule.summary(), "Last retry 1 h 5 min after the first call");
//! ```

pub use super::row::{DeferredBy, FirstCall, Gap, Row, TimelineEntry};
use crate::domain::calendar::{Days, LocalDateTime, TimeOfDay};
use crate::domain::call_cap::CallCap;
use crate::domain::campaign::{Campaign, call_name, parse_delay};
use crate::domain::draft::Draft;
use crate::domain::duration::compact;
use crate::domain::limits::MAX_CALL_CAPS;
use crate::domain::outcome::OutcomeSet;
use crate::domain::window::{CallingWindow, LaunchedWindow};

/// The time of day a new draft's launch is set to, on the next weekday.
const DEFAULT_LAUNCH_HOUR: u16 = 9;

/// The launch time a new draft starts with: the next weekday (Monday to Friday) at 09:00 local
/// time *strictly after* `now` — so 08:59 on a Monday gives that Monday, 09:00 or later gives the
/// next weekday, and a Friday afternoon or a weekend gives Monday. `now` is injected so that tests
/// can fix it; the view passes the browser's local time.
pub fn default_launch(now: LocalDateTime) -> LocalDateTime {
    let nine = TimeOfDay::new(DEFAULT_LAUNCH_HOUR, 0).expect("09:00 is a time of day");
    now.next_at(nine, Days::WEEKDAYS)
        .expect("weekdays are days")
}

/// What a retry strategy without attempt rows means (SPEC section 2), said under the timeline and
/// in the Retry Strategy section.
pub const NO_RETRIES: &str = "No retries: a failed call is marked failed";

/// What the calls are placed on.
enum Placement {
    /// No calling window; the launch time, if one is set and valid.
    Free(Option<LocalDateTime>),
    /// A calling window read from a launch time.
    Window(LaunchedWindow),
    /// A calling window is on, but it or its launch time is not valid yet.
    Unknown(Gap),
}

impl Placement {
    /// The calls of a campaign launched at `launch` (if valid), with `window` when a calling
    /// window is on (`Err` while it is not valid): a window is read from the launch, and without a
    /// valid launch there is nothing to read it from.
    fn new(launch: Option<LocalDateTime>, window: Option<Result<CallingWindow, ()>>) -> Self {
        match (launch, window) {
            (launch, None) => Placement::Free(launch),
            (None, Some(_)) => Placement::Unknown(Gap::LaunchAt),
            (Some(_), Some(Err(()))) => Placement::Unknown(Gap::CallingWindow),
            (Some(launch), Some(Ok(window))) => Placement::Window(window.from_launch(launch)),
        }
    }
}

/// The whole timeline: the first call and one row per attempt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryTimeline {
    attempts: usize,
    first_call: Result<FirstCall, Gap>,
    rows: Vec<Row>,
    window: Option<LaunchedWindow>,
    /// The launch time the calls are placed from, when set and valid.
    launch: Option<LocalDateTime>,
    retry_on: OutcomeSet,
}

impl RetryTimeline {
    /// The timeline of a valid campaign: every row is placed (none when `retryOn` is empty).
    pub fn from_campaign(campaign: &Campaign) -> Self {
        let placement = Placement::new(campaign.launch_at, campaign.calling_window.map(Ok));
        let delays = campaign.retry_strategy.attempts().iter();
        Self::build(
            delays.map(|a| Some(a.delay_seconds)).collect(),
            campaign.retry_on,
            placement,
            Ok(campaign.call_caps.clone()),
        )
    }

    /// The timeline of what the user typed, valid or not, read with the rules of
    /// [`Draft::check`]; see the module documentation for what has no time.
    pub fn from_draft(draft: &Draft) -> Self {
        let delays = draft.attempts.iter().enumerate();
        let delays = delays.map(|(i, text)| parse_delay(i + 1, text).ok());
        let launch = draft.launch_at().and_then(Result::ok);
        let window = draft
            .window
            .enabled
            .then(|| draft.window.check().map_err(drop));
        let placement = Placement::new(launch, window);
        let caps = draft.caps.iter().enumerate().map(|(i, cap)| {
            cap.cap(i + 1)
                .filter(|_| i < MAX_CALL_CAPS)
                .ok_or(Gap::CallCap(i + 1))
        });
        Self::build(
            delays.collect(),
            draft.retry_on_set(),
            placement,
            caps.collect(),
        )
    }

    /// Places the calls. `delays` are per row, `None` where not valid; when `retry_on` is empty
    /// no retry fires at all. `caps` is `Err` while a cap is not valid: no retry has a time then.
    fn build(
        delays: Vec<Option<u32>>,
        retry_on: OutcomeSet,
        placement: Placement,
        caps: Result<Vec<CallCap>, Gap>,
    ) -> Self {
        let (first_call, window, launch) = match placement {
            Placement::Free(launch) => (
                Ok(FirstCall {
                    deferred_seconds: 0,
                    fires_at: launch,
                }),
                None,
                launch,
            ),
            Placement::Window(window) => {
                let first = window.next_opening(0);
                let first_call = FirstCall {
                    deferred_seconds: first,
                    fires_at: Some(window.at(first)),
                };
                (Ok(first_call), Some(window), Some(window.launch()))
            }
            Placement::Unknown(gap) => (Err(gap), None, None),
        };
        // Seconds after launch: when the first call fires, and when the call before a row fired.
        let first = first_call.map_or(0, |f| f.deferred_seconds);
        let mut previous: Result<u64, Gap> = first_call
            .map(|f| f.deferred_seconds)
            .and_then(|first| caps.as_ref().map(|_| first).map_err(|gap| *gap));
        let caps = caps.unwrap_or_default();
        // When each call placed so far fires, in seconds after launch: what the caps count.
        let mut fired_at = vec![first];
        let fired_rows = if retry_on.is_empty() {
            &[]
        } else {
            &delays[..]
        };
        let mut rows = Vec::with_capacity(fired_rows.len());
        for (attempt, delay) in (1..).zip(fired_rows) {
            let row = match (delay, previous) {
                (None, _) => {
                    previous = previous.and(Err(Gap::Delay(attempt)));
                    Row::Gap {
                        attempt,
                        gap: Gap::Delay(attempt),
                    }
                }
                (Some(_), Err(gap)) => Row::Gap { attempt, gap },
                (Some(delay), Ok(before)) => {
                    let due = before + u64::from(*delay);
                    let (fired, deferred_by) = fire(due, &fired_at, &caps, window.as_ref());
                    previous = Ok(fired);
                    fired_at.push(fired);
                    Row::Placed(TimelineEntry {
                        attempt,
                        due_offset_seconds: due - first,
                        offset_seconds: fired - first,
                        deferred_seconds: fired - due,
                        deferred_by,
                        fires_at: launch.map(|l| l.plus(fired as i64)),
                    })
                }
            };
            rows.push(row);
        }
        Self {
            attempts: delays.len(),
            first_call,
            rows,
            window,
            launch,
            retry_on,
        }
    }

    /// The short note beside the timeline when call caps defer retries: `The call caps defer
    /// attempt 3` or `The call caps defer attempts 3, 4 and 6`; `None` when they defer none.
    pub fn cap_note(&self) -> Option<String> {
        let capped: Vec<String> = self
            .rows
            .iter()
            .filter_map(Row::entry)
            .filter(|e| e.deferred_by.cap())
            .map(|e| e.attempt.to_string())
            .collect();
        match capped.as_slice() {
            [] => None,
            [one] => Some(format!("The call caps defer attempt {one}")),
            [init @ .., last] => Some(format!(
                "The call caps defer attempts {} and {last}",
                init.join(", ")
            )),
        }
    }

    /// The launch time the calls are placed from, when one is set and valid.
    pub fn launch(&self) -> Option<LocalDateTime> {
        self.launch
    }

    /// The failed outcomes that are retried.
    pub fn retry_on(&self) -> OutcomeSet {
        self.retry_on
    }

    /// When each call placed fires, in seconds after launch: the first call, then each placed row
    /// up to the first gap. Empty when the first call has no time.
    pub fn call_times(&self) -> Vec<u64> {
        let Ok(first) = self.first_call else {
            return Vec::new();
        };
        let first = first.deferred_seconds;
        let retries = self.rows.iter().map_while(Row::entry);
        std::iter::once(first)
            .chain(retries.map(|entry| first + entry.offset_seconds))
            .collect()
    }

    /// Whether every call has a time: no row is a gap.
    pub fn is_complete(&self) -> bool {
        self.first_call.is_ok() && self.rows.iter().all(|row| row.entry().is_some())
    }

    /// The first call, or why it has no time (a calling window that is on but not valid yet).
    pub fn first_call(&self) -> Result<FirstCall, Gap> {
        self.first_call
    }

    /// The first call in words: `First call, Mon 7 Dec, 09:00`, or why it has no time yet
    /// (`First call — no time until the launch date and time is valid`), as an attempt row says.
    pub fn describe_first_call(&self) -> String {
        match self.first_call {
            Ok(first) => first.describe(),
            Err(gap) => format!("{} — {}", call_name(0), gap.no_time(None)),
        }
    }

    /// One row per attempt row, in order; none when `retryOn` is empty (no retry ever fires).
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// The placed rows: what `previewTimeline` returns.
    pub fn entries(&self) -> Vec<TimelineEntry> {
        self.rows.iter().filter_map(Row::entry).copied().collect()
    }

    /// Seconds from the first call to the last retry placed; 0 when none is.
    pub fn span(&self) -> u64 {
        self.rows
            .iter()
            .rev()
            .find_map(Row::entry)
            .map_or(0, |e| e.offset_seconds)
    }

    /// The line under the list: `Last retry 1 h 5 min after the first call`, or
    /// `No retries: a failed call is marked failed` (no rows), or `No call will be retried`
    /// (`retryOn` empty), or `Last retry — no time until …` when the last row is a gap.
    pub fn summary(&self) -> String {
        match self.rows.last() {
            _ if self.attempts == 0 => NO_RETRIES.to_owned(),
            None => "No call will be retried".to_owned(),
            Some(Row::Placed(e)) => format!(
                "Last retry {} after the first call",
                compact(e.offset_seconds)
            ),
            Some(Row::Gap { gap, .. }) => format!("Last retry — {}", gap.no_time(None)),
        }
    }

    /// The spans `[from, to)` of `[0, until)` when the calling window is open, in seconds after the
    /// first call; empty without a calling window.
    pub fn open_spans(&self, until: u64) -> Vec<(u64, u64)> {
        let (Some(window), Ok(first)) = (self.window, self.first_call) else {
            return Vec::new();
        };
        let first = first.deferred_seconds;
        window
            .open_intervals(first, first + until)
            .map(|(open, close)| (open - first, close - first))
            .collect()
    }

    /// The midnights in `(0, until]`, in seconds after the first call, with the local time of
    /// each (the start of a day); empty without a launch time.
    pub fn midnights(&self, until: u64) -> Vec<(u64, LocalDateTime)> {
        let Some(first) = self.first_call.ok().and_then(|f| f.fires_at) else {
            return Vec::new();
        };
        let to_next = 86_400 - first.second_of_day() as u64;
        (0..)
            .map(|day| to_next + day * 86_400)
            .take_while(|offset| *offset <= until)
            .map(|offset| (offset, first.plus(offset as i64)))
            .collect()
    }
}

/// When a call due at `due` fires (seconds after launch), given when each call before it fired:
/// the earliest second at or after `due` when the window is open and every cap allows it, and
/// what deferred it. A cap of `calls` frees call k once call k − `calls` left its period; nothing
/// else changes before call k, so the window's next opening after that is the answer.
///
/// Each of the window and the caps is named when, without it, the call would fire earlier; when
/// either alone would hold it just as long (the caps free it as the window opens), both are.
fn fire(
    due: u64,
    fired_at: &[u64],
    caps: &[CallCap],
    window: Option<&LaunchedWindow>,
) -> (u64, DeferredBy) {
    let k = fired_at.len();
    let frees: Vec<(CallCap, u64)> = caps
        .iter()
        .filter(|cap| cap.calls as usize <= k)
        .map(|cap| {
            (
                *cap,
                fired_at[k - cap.calls as usize] + cap.period_seconds(),
            )
        })
        .collect();
    let free = frees.iter().map(|&(_, free)| free).max().unwrap_or(0);
    let opening = |t: u64| window.map_or(t, |w| w.next_opening(t));
    let (caps_alone, window_alone) = (due.max(free), opening(due));
    let fired = opening(caps_alone);
    let both = fired > due && fired == caps_alone && fired == window_alone;
    let mut by = DeferredBy {
        window: fired > caps_alone || both,
        ..DeferredBy::NONE
    };
    if fired > window_alone || both {
        let last = frees
            .iter()
            .filter(|&&(_, f)| f == free)
            .map(|&(cap, _)| cap);
        for (slot, cap) in by.caps.iter_mut().zip(last) {
            *slot = Some(cap);
        }
    }
    (fired, by)
}
