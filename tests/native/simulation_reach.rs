//! The engine under the reach model against the exact expected reach (SPEC section 8, last
//! paragraph): many random recipients, unlimited lines (every recipient gets a line at once) and
//! calls of 1 s, so that every recipient's calls start at the same times, which are read from the
//! engine's call log and given to [`expected_reach_along`]. The share reached at each call number,
//! the share reached in all and the calls per recipient must agree within 4 standard errors of
//! the sample. The strategies, windows and settings are those `reach.rs` checks the dialer with;
//! raise `reach::SCALE` there for heavier runs.

use campaign_editor::domain::limits::MAX_LINES;
use campaign_editor::domain::reach::expected_reach_along;
use campaign_editor::domain::simulation::{
    CallDurations, CallLog, DialerModel, DialerSettings, RecipientStatus, Scenario, Simulation,
    simulate,
};

use super::reach::{
    Case, SAMPLE, Tally, alike_without_fatigue, at, everyone_picks_up, extreme_relaxation_times,
    mixed_over_a_weekend, spec_case, twenty_one_calls, with_a_deadline,
};

/// Recipients in one run: one line each.
const PER_RUN: usize = MAX_LINES as usize;

/// `case` as a scenario for the engine: `count` random recipients, a line each, calls of 1 s; a
/// fixed campaign, run until it completes (past the case's deadline, if it has one).
fn scenario(case: &Case, count: usize, seed: u64) -> Scenario {
    Scenario {
        campaign: case.campaign(),
        dialer: DialerSettings {
            lines: MAX_LINES,
            seed,
            model: DialerModel::Reach(case.settings),
            durations: CallDurations::new([1; 4]),
        },
        generate: count as u64,
        ..Scenario::default()
    }
}

/// When call `k` started, for each `k` some recipient got; every recipient's call `k` started
/// then, or the runs would not follow one schedule.
fn call_times(simulation: &Simulation) -> Vec<u64> {
    let mut times: Vec<u64> = Vec::new();
    for call in simulation.calls() {
        let k = call.attempt as usize;
        match times.get(k) {
            Some(&t) => assert_eq!(call.start, t, "call {k} starts at one time for everyone"),
            None => {
                assert_eq!(k, times.len(), "calls come in order");
                times.push(call.start);
            }
        }
    }
    times
}

/// The engine's runs of `case`, `SAMPLE` recipients in all: what they came to, and the call times
/// (the longest schedule of any run; the runs agree where they overlap).
fn engine_sample(case: &Case) -> (Tally, Vec<u64>) {
    let mut tally = Tally::new(case.campaign().retry_strategy.attempts().len() + 1);
    let mut schedule: Vec<u64> = Vec::new();
    for run in 0..SAMPLE.div_ceil(PER_RUN) {
        let scenario = scenario(case, PER_RUN, 0x5EED + run as u64);
        let simulation = simulate(&scenario, CallLog::Keep);
        let times = call_times(&simulation);
        let common = times.len().min(schedule.len());
        assert_eq!(times[..common], schedule[..common], "one schedule");
        if times.len() > schedule.len() {
            schedule = times;
        }
        for recipient in simulation.recipients() {
            // Reached by the deadline, if the case has one: later calls are made, but reach
            // no one in the figures.
            let last = recipient.calls as usize - 1;
            let reached = recipient.status == RecipientStatus::Reached
                && case.deadline.is_none_or(|d| schedule[last] <= d);
            tally.add(reached.then_some(last), recipient.calls);
        }
    }
    (tally, schedule)
}

/// `case` through the engine, against the expected reach along the engine's call times; the share
/// reached in all, expected and sampled.
fn assert_engine_agrees(case: &Case) -> (f64, f64) {
    let (tally, times) = engine_sample(case);
    let expected = expected_reach_along(
        &times,
        at(case.launch),
        case.retry_on,
        case.deadline,
        &case.settings,
    );
    tally.assert_agrees(&expected, case.name);
    (expected.reached, tally.reached_share())
}

/// One test per case, so that each stays within a few seconds in a debug build.
macro_rules! engine_agrees {
    ($($test:ident: $case:expr;)*) => {$(
        #[test]
        fn $test() {
            assert_engine_agrees(&$case);
        }
    )*};
}

engine_agrees! {
    engine_mixed_delays_over_a_weekend: mixed_over_a_weekend();
    engine_alike_without_fatigue: alike_without_fatigue();
    engine_21_calls_a_minute_apart: twenty_one_calls();
    engine_with_a_deadline: with_a_deadline();
    engine_everyone_picks_up: everyone_picks_up();
    engine_extreme_relaxation_times: extreme_relaxation_times();
}

/// SPEC section 8's case: defaults, weekday window 09:00–20:00, launch Monday 09:00. Five retries
/// a minute apart reach about 27 %, three hours apart about 52 %; the engine agrees with each and
/// the two are far apart, in the engine as in the expected reach.
#[test]
fn engine_spec_case_a_minute_apart_against_three_hours_apart() {
    let minute = assert_engine_agrees(&spec_case(60));
    let hours = assert_engine_agrees(&spec_case(10_800));
    assert!((minute.0 - 0.27).abs() < 0.01, "a minute apart: {minute:?}");
    assert!(
        (hours.0 - 0.52).abs() < 0.015,
        "three hours apart: {hours:?}"
    );
    // The standard error of each sampled share is at most 0.5/√SAMPLE = 0.25 points.
    assert!(
        hours.1 - minute.1 > 0.2,
        "the engine shows the difference: {minute:?} against {hours:?}"
    );
}
