//! Expected reach (SPEC section 8): the chance, per recipient, of being reached at each call of a
//! strategy, computed exactly under the timeline's assumptions — every call fails at once, so the
//! time of each call is fixed by the strategy, the launch and the calling window.
//!
//! **The chain.** Along fixed call times, everything a call's chances depend on is known except
//! what the previous call found: its time (so Δ and the hour's presence π) and the fatigue count
//! `n` follow from the schedule. So a live recipient who is still being called is in one of three
//! states — away, busy, free — and each call moves it by the rule of [`super::rule`]: reached, or
//! failed and retried (on to the state the call found), or failed and not retried (done). The away
//! state's two outcomes, `unreachable` and `noAnswer`, differ only in whether `retryOn` retries
//! them, so they are merged once that is decided.
//!
//! **Integrating `w`.** Every chance but "answers" is free of `w`, and answering is `w·c` with `c`
//! known, so the chance of each path is a polynomial in `w` of degree at most the number of calls
//! (≤ 21). The polynomials are kept in Bernstein form, `Σ coef[i]·w^i·(1 − w)^(d − i)`: every
//! factor of the rule — a constant, `w·c`, `1 − w·c = (1 − w) + w·(1 − c)` — has nonnegative
//! coefficients there, so no sum ever cancels. Their mean over `w ~ Beta(a, b)` is exact:
//! `E[w^i (1 − w)^j] = Π_{m<i} (a + m) · Π_{m<j} (b + m) / Π_{m<i+j} (a + b + m)`, which also holds
//! for `a = 0` or `b = 0` (every recipient alike at 0 or 1). Gauss–Jacobi quadrature would be exact
//! too with 11 nodes, but its nodes must be found numerically for each `(a, b)`, and its weight
//! function degenerates as `a` or `b` nears 0; the moments need neither.
//!
//! **Cost.** With K calls: K steps of up to 4 sources (no call yet, away, busy, free) × 4
//! outcomes on polynomials of degree ≤ K, and a moment table of (K + 1)² entries: O(K²), a few
//! thousand multiplications, under 3 `exp` a source and step, and 11 allocations (every buffer
//! sized for the last step at once). 21 calls take about 6 µs natively in a release build
//! (`cargo bench --bench expected_reach`).

use serde::Serialize;

use super::dialer::presence_at;
use super::memory::FATIGUE_WINDOW_SECS;
use super::rule::{CallState, PreviousCall, chances};
use super::settings::ReachSettings;
use crate::domain::calendar::LocalDateTime;
use crate::domain::campaign::Campaign;
use crate::domain::error::FieldError;
use crate::domain::outcome::{Outcome, OutcomeSet};
use crate::domain::timeline::RetryTimeline;

/// What a strategy can be expected to reach, per recipient. In JSON (the embedding API's
/// `expectedReach`): `{byCall, reached, callsPerRecipient}`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExpectedReach {
    /// Chance of being reached at call `k` (0 = first call); one entry per call of the schedule,
    /// 0 for a call after the deadline.
    pub by_call: Vec<f64>,
    /// Chance of being reached at all: the sum of `by_call`.
    pub reached: f64,
    /// Expected number of calls made to a recipient, after the deadline too.
    pub calls_per_recipient: f64,
}

/// The expected reach of `campaign` under `settings` (its calls placed by the retry timeline).
pub fn expected_reach(
    campaign: &Campaign,
    settings: &ReachSettings,
) -> Result<ExpectedReach, FieldError> {
    let launch = campaign.launch_at.ok_or(FieldError::ReachNeedsLaunch)?;
    let times = call_times(campaign).ok_or(FieldError::ReachNeedsLaunch)?;
    Ok(expected_reach_along(
        &times,
        launch,
        campaign.retry_on,
        None,
        settings,
    ))
}

/// When each call of `campaign` fires if every call fails at once, in seconds after launch: the
/// first call (at launch, or when the calling window first opens) and then each row of the retry
/// timeline, where the calling window and the call caps place it. Only the first call when
/// `retryOn` is empty. `None` when the timeline cannot place
/// the calls (a calling window without a launch time).
pub fn call_times(campaign: &Campaign) -> Option<Vec<u64>> {
    let timeline = RetryTimeline::from_campaign(campaign);
    timeline.first_call().ok()?;
    Some(timeline.call_times())
}

/// The expected reach of calls fired at `times` (seconds after `launch`, increasing; call `k` at
/// `times[k]`), where a failed call is retried when its outcome is in `retry_on` and a later time
/// is left. Calls after `deadline` reach no one in the figures, but they are made: they count
/// among the expected calls (a campaign goes on calling after the deadline unless it is stopped).
pub fn expected_reach_along(
    times: &[u64],
    launch: LocalDateTime,
    retry_on: OutcomeSet,
    deadline: Option<u64>,
    settings: &ReachSettings,
) -> ExpectedReach {
    let calls = times.len();
    let (a, b) = (
        settings.pick_up * settings.alike(),
        (1.0 - settings.pick_up) * settings.alike(),
    );
    let moments = BetaMoments::new(a, b, calls);
    let launch_second = launch.second_of_day() as u64;
    let retries = |outcome: Outcome| if retry_on.contains(outcome) { 1.0 } else { 0.0 };
    let away_retried = settings.away_unreachable * retries(Outcome::Unreachable)
        + (1.0 - settings.away_unreachable) * retries(Outcome::NoAnswer);

    let mut by_call = vec![0.0; calls];
    let mut live_calls = 0.0;
    // The chance of being still called, by what the previous call found: slot 0 is "no call
    // yet", one path before call 0; slots 1–3 are away, busy and free. Two sets of buffers, the
    // next step's written from this step's, so nothing is allocated inside the loop.
    let buffer = |_| Vec::with_capacity(calls + 1);
    let mut called: [Vec<f64>; 4] = std::array::from_fn(buffer);
    called[0].push(1.0);
    let mut next: [Vec<f64>; 4] = std::array::from_fn(buffer);
    let mut reached = buffer(0);
    for k in 0..calls {
        let t = times[k];
        let presence = presence_at(settings, launch_second, t);
        let recent = times[..k]
            .iter()
            .filter(|&&s| s + FATIGUE_WINDOW_SECS > t)
            .count() as u32;
        let retry_left = if k + 1 < times.len() { 1.0 } else { 0.0 };
        for poly in next.iter_mut().chain([&mut reached]) {
            poly.clear();
            poly.resize(k + 2, 0.0);
        }
        for (slot, poly) in called.iter().enumerate() {
            if poly.iter().all(|&c| c == 0.0) {
                continue;
            }
            live_calls += moments.mean(poly);
            let previous = slot.checked_sub(1).map(|s| PreviousCall {
                state: CallState::ALL[s],
                minutes_ago: (t - times[k - 1]) as f64 / 60.0,
            });
            // With w = 1, `answers` is the fatigue factor c.
            let ch = chances(settings, presence, previous, 1.0, recent);
            let free = ch.present * (1.0 - ch.busy);
            let away = (1.0 - ch.present) * away_retried * retry_left;
            let busy = ch.present * ch.busy * retries(Outcome::Busy) * retry_left;
            let no_answer = free * retries(Outcome::NoAnswer) * retry_left;
            add_times(poly, away, away, &mut next[1 + CallState::Away.index()]);
            add_times(poly, busy, busy, &mut next[1 + CallState::Busy.index()]);
            add_times(poly, 0.0, free * ch.answers, &mut reached);
            let free_no_answer = &mut next[1 + CallState::Free.index()];
            add_times(
                poly,
                no_answer,
                no_answer * (1.0 - ch.answers),
                free_no_answer,
            );
        }
        by_call[k] = (1.0 - settings.dead_numbers) * moments.mean(&reached);
        std::mem::swap(&mut called, &mut next);
    }

    // A dead number is called once, and again as long as `unreachable` is retried.
    let dead_calls = if retry_on.contains(Outcome::Unreachable) {
        calls
    } else {
        calls.min(1)
    };
    for (chance, &t) in by_call.iter_mut().zip(times) {
        if deadline.is_some_and(|d| t > d) {
            *chance = 0.0;
        }
    }
    ExpectedReach {
        reached: by_call.iter().sum(),
        calls_per_recipient: settings.dead_numbers * dead_calls as f64
            + (1.0 - settings.dead_numbers) * live_calls,
        by_call,
    }
}

/// Adds `poly · (alpha·(1 − w) + beta·w)` into `sum`, one degree higher. Polynomials in `w` are
/// in Bernstein form: `poly[i]` is the coefficient of `w^i·(1 − w)^(d − i)`, `d = poly.len() − 1`.
fn add_times(poly: &[f64], alpha: f64, beta: f64, sum: &mut [f64]) {
    for (i, &c) in poly.iter().enumerate() {
        sum[i] += alpha * c;
        sum[i + 1] += beta * c;
    }
}

/// `E[w^i (1 − w)^j]` for `w ~ Beta(a, b)` and every `i + j` up to a degree.
struct BetaMoments {
    size: usize,
    /// `M(i, j)` at `i·size + j`.
    table: Vec<f64>,
}

impl BetaMoments {
    /// Built from ratios that are each at most 1, so nothing overflows:
    /// `M(i, 0) = M(i − 1, 0)·(a + i − 1)/(a + b + i − 1)` and
    /// `M(i, j) = M(i, j − 1)·(b + j − 1)/(a + b + i + j − 1)`.
    fn new(a: f64, b: f64, degree: usize) -> Self {
        let size = degree + 1;
        let mut table = vec![1.0; size * size];
        for i in 0..size {
            if i > 0 {
                let m = (i - 1) as f64;
                table[i * size] = table[(i - 1) * size] * (a + m) / (a + b + m);
            }
            for j in 1..size - i {
                let m = (j - 1) as f64;
                table[i * size + j] =
                    table[i * size + j - 1] * (b + m) / (a + b + (i + j - 1) as f64);
            }
        }
        Self { size, table }
    }

    /// The mean of a polynomial in Bernstein form over the Beta distribution.
    fn mean(&self, poly: &[f64]) -> f64 {
        let d = poly.len() - 1;
        let at = |i: usize| self.table[i * self.size + d - i];
        poly.iter().enumerate().map(|(i, c)| c * at(i)).sum()
    }
}
