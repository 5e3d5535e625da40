//! The reach model of SPEC section 8: its settings reader, the per-recipient memory, and the
//! expected reach checked against two samplers — an independent Monte Carlo written here from the
//! SPEC's words (its own PRNG and Beta sampler) and the module's own dialer.
//!
//! Random models are judged statistically: a fixed seed, a large sample, and a tolerance of 4
//! standard errors estimated from the sample itself. Raise [`SCALE`] by hand for heavier runs.

use campaign_editor::domain::calendar::LocalDateTime;
use campaign_editor::domain::campaign::{Campaign, RetryStrategy};
use campaign_editor::domain::draft::WindowDraft;
use campaign_editor::domain::outcome::{Outcome, OutcomeSet};
use campaign_editor::domain::reach::memory::FATIGUE_WINDOW_SECS;
use campaign_editor::domain::reach::{
    CallState, Chances, ExpectedReach, PreviousCall, Profile, ReachDialer, ReachRecipient,
    ReachSettings, call_outcome, call_times, chances, expected_reach, expected_reach_along,
};
use campaign_editor::domain::window::CallingWindow;
use proptest::prelude::*;
use serde_json::{Value, json};

/// Multiplies every sample size; 1 keeps each test well under 2 s in a debug build.
pub(crate) const SCALE: usize = 1;
/// Recipients per statistical comparison.
pub(crate) const SAMPLE: usize = 40_000 * SCALE;

pub(crate) fn at(text: &str) -> LocalDateTime {
    LocalDateTime::parse(text).expect("a date-time")
}

// ---------------------------------------------------------------------------------------------
// Reading `dialer.reach`.

const PATH: &str = "dialer.reach";

/// Every problem as `(path, message)`.
fn problems(value: Value) -> Vec<(String, String)> {
    let problems = ReachSettings::from_json(&value, PATH).expect_err("problems");
    problems.into_iter().map(|p| (p.path, p.message)).collect()
}

fn problem(path: &str, message: &str) -> (String, String) {
    (format!("{PATH}.{path}"), message.to_owned())
}

#[test]
fn every_field_is_optional() {
    let defaults = ReachSettings::default();
    assert_eq!(ReachSettings::from_json(&json!({}), PATH), Ok(defaults));
    let nulls = json!({"pickUp": null, "presenceByHour": null});
    assert_eq!(ReachSettings::from_json(&nulls, PATH), Ok(defaults));
    let spec = json!({ "deadNumbers": 0.08, "pickUp": 0.45, "pickUpAlike": 2, "fatigue": 0.15,
        "awayMinutes": 60, "busyShare": 0.06, "busyMinutes": 5, "awayUnreachable": 0.15,
        "presenceByHour": [0.05,0.05,0.05,0.05,0.05,0.05,0.05,0.35,0.45,0.40,0.40,0.40,
                           0.55,0.40,0.40,0.40,0.40,0.60,0.75,0.75,0.65,0.45,0.25,0.10] });
    assert_eq!(ReachSettings::from_json(&spec, PATH), Ok(defaults));
}

#[test]
fn every_field_is_read() {
    let mut presence = [0.5; 24];
    presence[23] = 1.0;
    let value = json!({ "deadNumbers": 0, "pickUp": 1, "pickUpAlike": 1000, "fatigue": 0.5,
        "awayMinutes": 1, "busyShare": 0.25, "busyMinutes": 1440, "awayUnreachable": 0.75,
        "presenceByHour": presence });
    let expected = ReachSettings {
        dead_numbers: 0.0,
        pick_up: 1.0,
        pick_up_alike: 1_000.0,
        fatigue: 0.5,
        away_minutes: 1.0,
        busy_share: 0.25,
        busy_minutes: 1_440.0,
        away_unreachable: 0.75,
        presence_by_hour: presence,
    };
    assert_eq!(ReachSettings::from_json(&value, PATH), Ok(expected));
    let barely_alike = json!({"pickUpAlike": 1e-9});
    assert!(ReachSettings::from_json(&barely_alike, PATH).is_ok());
}

#[test]
fn each_bad_value_gets_its_message() {
    let chance = |name: &str| format!("{name} must be a number between 0 and 1");
    let alike = "Pick-up alikeness must be a number above 0 and at most 1,000";
    let minutes = |name: &str| format!("{name} must be between 1 and 1,440 minutes (1 day)");
    let hours = "Presence by hour needs exactly 24 values, one per hour";
    let cases: Vec<(Value, &str, String)> = vec![
        (
            json!({"deadNumbers": -0.01}),
            "deadNumbers",
            chance("Share of dead numbers"),
        ),
        (json!({"pickUp": 1.5}), "pickUp", chance("Pick-up chance")),
        (json!({"pickUpAlike": 0}), "pickUpAlike", alike.to_owned()),
        (
            json!({"pickUpAlike": 1000.5}),
            "pickUpAlike",
            alike.to_owned(),
        ),
        (json!({"fatigue": 2}), "fatigue", chance("Fatigue")),
        (
            json!({"awayMinutes": 0.5}),
            "awayMinutes",
            minutes("Away time"),
        ),
        (json!({"busyShare": -1}), "busyShare", chance("Busy share")),
        (
            json!({"busyMinutes": 1441}),
            "busyMinutes",
            minutes("Busy time"),
        ),
        (
            json!({"awayUnreachable": 1.01}),
            "awayUnreachable",
            chance("Unreachable share when away"),
        ),
        (
            json!({"presenceByHour": vec![0.5; 23]}),
            "presenceByHour",
            hours.to_owned(),
        ),
        (
            json!({"presenceByHour": vec![0.5; 25]}),
            "presenceByHour",
            hours.to_owned(),
        ),
    ];
    for (value, path, message) in cases {
        assert_eq!(problems(value), [problem(path, &message)]);
    }
    let mut presence = vec![json!(0.5); 24];
    presence[3] = json!(1.2);
    assert_eq!(
        problems(json!({ "presenceByHour": presence })),
        [problem(
            "presenceByHour[3]",
            "Presence from 03:00 to 04:00 must be a number between 0 and 1"
        )]
    );
}

#[test]
fn unknown_fields_and_wrong_types_are_problems() {
    assert_eq!(
        problems(json!({"pickup": 0.4})),
        [problem("pickup", "Unknown field")]
    );
    assert_eq!(
        problems(json!({"pickUp": "0.4"})),
        [problem(
            "pickUp",
            "Pick-up chance must be a number between 0 and 1"
        )]
    );
    assert_eq!(
        problems(json!({"busyMinutes": true})),
        [problem(
            "busyMinutes",
            "Busy time must be between 1 and 1,440 minutes (1 day)"
        )]
    );
    assert_eq!(
        problems(json!({"presenceByHour": "evenings"})),
        [problem(
            "presenceByHour",
            "Presence by hour needs exactly 24 values, one per hour"
        )]
    );
    assert_eq!(
        problems(json!([0.45])),
        [(PATH.to_owned(), "Must be an object".to_owned())]
    );
}

#[test]
fn values_past_the_24th_have_no_hour_of_their_own_to_be_named_by() {
    let mut presence = vec![json!(0.5); 26];
    presence[23] = json!(2);
    presence[24] = json!(2);
    assert_eq!(
        problems(json!({ "presenceByHour": presence })),
        [
            problem(
                "presenceByHour",
                "Presence by hour needs exactly 24 values, one per hour"
            ),
            problem(
                "presenceByHour[23]",
                "Presence from 23:00 to 24:00 must be a number between 0 and 1"
            ),
        ]
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let mut presence = vec![json!(0.5); 22];
    presence[0] = json!(-0.5);
    presence[21] = json!(null);
    let value = json!({ "deadNumbers": 2, "pickUpAlike": -1, "awayMinutes": "soon",
        "fatigue": 0.1, "colour": "red", "presenceByHour": presence });
    assert_eq!(
        problems(value),
        [
            problem(
                "deadNumbers",
                "Share of dead numbers must be a number between 0 and 1"
            ),
            problem(
                "pickUpAlike",
                "Pick-up alikeness must be a number above 0 and at most 1,000"
            ),
            problem(
                "awayMinutes",
                "Away time must be between 1 and 1,440 minutes (1 day)"
            ),
            problem(
                "presenceByHour",
                "Presence by hour needs exactly 24 values, one per hour"
            ),
            problem(
                "presenceByHour[0]",
                "Presence from 00:00 to 01:00 must be a number between 0 and 1"
            ),
            problem(
                "presenceByHour[21]",
                "Presence from 21:00 to 22:00 must be a number between 0 and 1"
            ),
            problem("colour", "Unknown field"),
        ]
    );
}
// ---------------------------------------------------------------------------------------------
// The per-call rule and the per-recipient memory.

#[test]
fn a_first_call_has_the_usual_rates() {
    let s = ReachSettings::default();
    let first = chances(&s, 0.4, None, 0.5, 0);
    assert_eq!((first.present, first.busy, first.answers), (0.4, 0.06, 0.5));
    let tired = chances(&s, 0.4, None, 0.5, 2);
    assert!((tired.answers - 0.5 * 0.85 * 0.85).abs() < 1e-15);
}

#[test]
fn each_state_relaxes_from_what_the_last_call_found() {
    let s = ReachSettings::default();
    let after = |state, minutes_ago| {
        let c = chances(&s, 0.4, Some(PreviousCall { state, minutes_ago }), 0.5, 1);
        (c.present, c.busy)
    };
    assert_eq!(after(CallState::Busy, 0.0), (1.0, 1.0));
    assert_eq!(after(CallState::Free, 0.0), (1.0, 0.0));
    assert_eq!(after(CallState::Away, 0.0), (0.0, 0.0));
    assert_eq!(after(CallState::Away, 1e9), (0.4, 0.06));
    let (present, busy) = after(CallState::Free, 60.0); // one awayMinutes, twelve busyMinutes
    assert!((present - (0.4 + 0.6 * (-1.0f64).exp())).abs() < 1e-15);
    assert!((busy - 0.06 * (1.0 - (-12.0f64).exp())).abs() < 1e-15);
}

#[test]
fn an_outcome_without_a_chance_is_never_drawn() {
    let sure = Chances {
        present: 1.0,
        busy: 0.0,
        answers: 1.0,
    };
    let never = Chances {
        present: 0.0,
        ..sure
    };
    let highest = 1.0 - f64::EPSILON / 2.0;
    for u in [0.0, 0.5, highest] {
        assert_eq!(
            call_outcome(&sure, 0.0, [u; 3]),
            (Outcome::Answered, CallState::Free)
        );
        assert_eq!(
            call_outcome(&never, 0.0, [u; 3]),
            (Outcome::NoAnswer, CallState::Away)
        );
        assert_eq!(call_outcome(&never, 1.0, [u; 3]).0, Outcome::Unreachable);
    }
}

/// Gaps between calls, with the fatigue window's edges and a few long waits.
fn gap() -> impl Strategy<Value = u64> {
    prop_oneof![
        2u64..600,
        600u64..30_000,
        prop::sample::select(vec![1, 43_200, 86_398, 86_399, 86_400, 86_401, 200_000]),
    ]
}

fn state() -> impl Strategy<Value = CallState> {
    prop::sample::select(CallState::ALL.to_vec())
}

proptest! {
    /// Before each of up to 21 calls, and at every edge of the fatigue window in between, the
    /// memory gives the previous call and the count of recent starts that a plain list gives.
    #[test]
    fn the_memory_counts_recent_calls_exactly(
        calls in prop::collection::vec((gap(), state()), 1..=21),
        first in 0u64..1_000_000,
    ) {
        let mut memory = ReachRecipient::new(Profile::Live { pick_up: 0.25 });
        let mut starts: Vec<u64> = Vec::new();
        let mut last: Option<(u64, CallState)> = None;
        let mut t = first;
        for (gap, found) in calls {
            let mut probes = vec![t];
            if let Some((latest, _)) = last {
                probes.push(latest + 1);
                for s in &starts {
                    probes.extend([s + 86_399, s + 86_400, s + 86_401]);
                }
                probes.retain(|&p| p > latest);
            }
            for probe in probes {
                let plain = starts.iter().filter(|&&s| probe - s < FATIGUE_WINDOW_SECS).count();
                prop_assert_eq!(memory.recent_calls(probe) as usize, plain, "at {}", probe);
                let previous = memory.previous_call(probe).map(|p| (p.state, p.minutes_ago));
                let expected = last.map(|(s, state)| (state, (probe - s) as f64 / 60.0));
                prop_assert_eq!(previous, expected);
            }
            memory.record(t, found);
            starts.push(t);
            last = Some((t, found));
            t += gap;
        }
        prop_assert_eq!(memory.profile(), Profile::Live { pick_up: 0.25 });
    }
}

#[test]
fn a_dead_number_stays_dead() {
    let mut memory = ReachRecipient::new(Profile::Dead);
    memory.record(0, CallState::Away);
    assert_eq!(memory.profile(), Profile::Dead);
    assert_eq!(std::mem::size_of::<ReachRecipient>(), 44);
}

// ---------------------------------------------------------------------------------------------
// This file's own PRNG and Beta sampler, independent of the module's: xorshift64*, Jöhnk's method
// and rejection under the density.

/// xorshift64* (Vigna): unrelated to the module's SplitMix64.
struct Rng(u64);

impl Rng {
    fn uniform(&mut self) -> f64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        let bits = self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11;
        (bits as f64 + 0.5) / (1u64 << 53) as f64 // in (0, 1)
    }

    /// Beta(a, b): Jöhnk's method when a shape is below 1, else rejection under the density's
    /// peak from uniform proposals.
    fn beta(&mut self, a: f64, b: f64) -> f64 {
        if a == 0.0 || b == 0.0 {
            return if a == 0.0 { 0.0 } else { 1.0 };
        }
        if a < 1.0 || b < 1.0 {
            loop {
                let x = self.uniform().powf(1.0 / a);
                let y = self.uniform().powf(1.0 / b);
                if x + y <= 1.0 && x + y > 0.0 {
                    return x / (x + y);
                }
            }
        }
        let log_density = |x: f64| (a - 1.0) * x.ln() + (b - 1.0) * (1.0 - x).ln();
        let mode = if a + b > 2.0 {
            (a - 1.0) / (a + b - 2.0)
        } else {
            0.5
        };
        loop {
            let x = self.uniform();
            if self.uniform().ln() <= log_density(x) - log_density(mode) {
                return x;
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The Beta samplers, the module's and this file's, against the exact moments.

/// The mean and the mean square of `draws` within 4 standard errors of a Beta's.
fn assert_beta(draws: &[f64], mean: f64, kappa: f64, what: &str) {
    let n = draws.len() as f64;
    let exact = [mean, mean * (mean * kappa + 1.0) / (kappa + 1.0)];
    for (power, exact) in [1, 2].into_iter().zip(exact) {
        let values: Vec<f64> = draws.iter().map(|w| w.powi(power)).collect();
        let m = values.iter().sum::<f64>() / n;
        let var = values.iter().map(|v| (v - m).powi(2)).sum::<f64>() / (n - 1.0);
        let se = (var / n).sqrt().max(1.0 / n);
        assert!(
            (m - exact).abs() <= 4.0 * se,
            "{what}, E[w^{power}]: {m} ± {se}, exact {exact}"
        );
    }
}

/// Bug hunt 5's case: κ = 5e-324, which SPEC 8 allows, made `a` and `b` 0: no one was ever
/// reached in the simulation, and the advisor's search, scoring 0/0, panicked. Below 1e-300 κ is
/// the limit where everyone picks up always or never, with the mean chance `pickUp`.
#[test]
fn the_least_concentration_is_everyone_always_or_never() {
    let settings = |kappa: f64| ReachSettings {
        pick_up: 0.5,
        pick_up_alike: kappa,
        dead_numbers: 0.0,
        ..ReachSettings::default()
    };
    let dialer = ReachDialer::new(settings(5e-324), 11, at("2026-12-07T09:00"));
    let always = (0..SAMPLE as u32)
        .filter(|&r| match dialer.recipient(r).profile() {
            Profile::Live { pick_up } => {
                assert!(pick_up == 0.0 || pick_up == 1.0, "{pick_up}");
                pick_up == 1.0
            }
            Profile::Dead => panic!("no dead numbers"),
        })
        .count();
    let share = always as f64 / SAMPLE as f64;
    let se = (0.25 / SAMPLE as f64).sqrt();
    assert!((share - 0.5).abs() < 4.0 * se, "{share} always pick up");

    let campaign = Campaign {
        launch_at: Some(at("2026-12-07T09:00")),
        ..Campaign::sample()
    };
    let least = expected_reach(&campaign, &settings(5e-324)).unwrap();
    assert!(
        least.reached > 0.0 && least.reached < 0.5,
        "{}",
        least.reached
    );
    assert_eq!(least, expected_reach(&campaign, &settings(1e-300)).unwrap());
    let request = campaign_editor::domain::advisor::SuggestRequest {
        attempts: 3,
        deadline_hours: 72,
        settings: settings(5e-324),
    };
    assert!(campaign_editor::domain::advisor::suggest(&campaign, &request).is_ok());
}

#[test]
fn pick_up_chances_follow_their_beta() {
    let launch = at("2026-12-07T09:00");
    for (mean, kappa) in [
        (0.45, 2.0),
        (0.3, 0.5),
        (0.7, 1_000.0),
        (0.5, 0.01),
        (0.2, 30.0),
    ] {
        let settings = ReachSettings {
            pick_up: mean,
            pick_up_alike: kappa,
            ..ReachSettings::default()
        };
        let dialer = ReachDialer::new(settings, 11, launch);
        let mut dead = 0;
        let mut draws = Vec::new();
        for r in 0..SAMPLE as u32 {
            match dialer.recipient(r).profile() {
                Profile::Dead => dead += 1,
                Profile::Live { pick_up } => draws.push(pick_up),
            }
        }
        assert_beta(
            &draws,
            mean,
            kappa,
            &format!("dialer, Beta({mean}, {kappa})"),
        );
        let mut rng = Rng(99);
        let own: Vec<f64> = (0..SAMPLE)
            .map(|_| rng.beta(mean * kappa, (1.0 - mean) * kappa))
            .collect();
        assert_beta(
            &own,
            mean,
            kappa,
            &format!("test sampler, Beta({mean}, {kappa})"),
        );
        let p = dead as f64 / SAMPLE as f64;
        let se = (0.08 * 0.92 / SAMPLE as f64).sqrt();
        assert!((p - 0.08).abs() <= 4.0 * se, "dead share {p}");
    }
}

/// The same seed gives the same recipients and calls: pinned here, natively; the browser tests can
/// pin the same figures in wasm. Each recipient is called three times whatever the outcomes: the
/// dialer does not know the strategy.
#[test]
fn a_seed_gives_the_same_draws() {
    let dialer = ReachDialer::new(ReachSettings::default(), 42, at("2026-12-07T09:00"));
    let profiles: Vec<Profile> = (0..4).map(|r| dialer.recipient(r).profile()).collect();
    let live = |pick_up| Profile::Live { pick_up };
    assert_eq!(
        profiles,
        [
            Profile::Dead,
            live(0.465_784_817_934_036_25),
            live(0.618_906_378_746_032_7),
            live(0.813_342_452_049_255_4)
        ]
    );
    let mut outcomes = Vec::new();
    for r in 0..4 {
        let mut memory = dialer.recipient(r);
        for (k, t) in [0, 60, 10_860].into_iter().enumerate() {
            outcomes.push(dialer.call(r, k as u32, t, &mut memory).key());
        }
    }
    let expected = [
        ["unreachable", "unreachable", "unreachable"],
        ["noAnswer", "noAnswer", "noAnswer"],
        ["answered", "answered", "noAnswer"],
        ["answered", "answered", "noAnswer"],
    ];
    assert_eq!(outcomes, expected.concat());
}

// ---------------------------------------------------------------------------------------------
// Expected reach, against two samplers: the SPEC's rules read literally, and the module's dialer.

const WEEKDAYS: [bool; 7] = [true, true, true, true, true, false, false];

fn window(start: &str, end: &str, days: [bool; 7]) -> CallingWindow {
    let typed = WindowDraft {
        enabled: true,
        start: start.to_owned(),
        end: end.to_owned(),
        days,
    };
    typed.check().expect("a window")
}

fn only(outcomes: &[Outcome]) -> OutcomeSet {
    outcomes.iter().copied().collect()
}

/// A strategy to compare: its call times come from the retry timeline (here) or from the engine
/// (`simulation_reach.rs`).
pub(crate) struct Case {
    pub(crate) name: &'static str,
    pub(crate) launch: &'static str,
    delays: Vec<u32>,
    window: Option<CallingWindow>,
    pub(crate) retry_on: OutcomeSet,
    pub(crate) deadline: Option<u64>,
    pub(crate) settings: ReachSettings,
}

impl Case {
    fn new(name: &'static str, launch: &'static str, delays: Vec<u32>) -> Self {
        Self {
            name,
            launch,
            delays,
            window: Some(window("09:00", "20:00", WEEKDAYS)),
            retry_on: OutcomeSet::ALL_FAILED,
            deadline: None,
            settings: ReachSettings::default(),
        }
    }

    pub(crate) fn campaign(&self) -> Campaign {
        Campaign {
            retry_strategy: RetryStrategy::from_delays(self.delays.iter().copied()),
            retry_on: self.retry_on,
            launch_at: Some(at(self.launch)),
            calling_window: self.window,
            ..Campaign::default()
        }
    }

    fn times(&self) -> Vec<u64> {
        call_times(&self.campaign()).expect("a launch time")
    }

    fn expected(&self) -> ExpectedReach {
        let (times, launch) = (self.times(), at(self.launch));
        expected_reach_along(&times, launch, self.retry_on, self.deadline, &self.settings)
    }
}

/// The SPEC's sanity case: defaults, weekday window 09:00–20:00, launch Monday 09:00, five retries.
pub(crate) fn spec_case(delay: u32) -> Case {
    Case::new("spec", "2026-12-07T09:00", vec![delay; 5])
}

pub(crate) fn mixed_over_a_weekend() -> Case {
    let delays = vec![
        300, 3_600, 10_800, 60, 7_200, 10_800, 10_800, 600, 10_800, 10_800,
    ];
    Case {
        window: Some(window("09:00", "18:00", WEEKDAYS)),
        ..Case::new("mixed, over a weekend", "2026-12-11T16:30", delays)
    }
}

/// Everyone alike, no fatigue, no dead numbers, `unreachable` not retried, no window, at night.
pub(crate) fn alike_without_fatigue() -> Case {
    Case {
        window: None,
        retry_on: only(&[Outcome::Busy, Outcome::NoAnswer]),
        settings: ReachSettings {
            pick_up_alike: 1_000.0,
            fatigue: 0.0,
            dead_numbers: 0.0,
            ..ReachSettings::default()
        },
        ..Case::new("alike, no fatigue", "2026-12-07T22:00", vec![3_600; 8])
    }
}

/// The most calls, only `noAnswer` retried, and Beta shapes below 1.
pub(crate) fn twenty_one_calls() -> Case {
    Case {
        retry_on: only(&[Outcome::NoAnswer]),
        settings: ReachSettings {
            pick_up: 0.3,
            pick_up_alike: 0.5,
            ..ReachSettings::default()
        },
        ..Case::new("21 calls a minute apart", "2026-12-08T17:00", vec![60; 20])
    }
}

/// Calls at 09:00, 12:00, 15:00 and 18:00 count; Tuesday's are made after the deadline and
/// reach no one in the figures.
pub(crate) fn with_a_deadline() -> Case {
    Case {
        deadline: Some(40_000),
        ..spec_case(10_800)
    }
}

/// `w` = 1 for everyone (b = 0), only `busy` retried, every absent recipient unreachable.
pub(crate) fn everyone_picks_up() -> Case {
    Case {
        window: None,
        retry_on: only(&[Outcome::Busy]),
        settings: ReachSettings {
            pick_up: 1.0,
            fatigue: 0.5,
            busy_share: 0.5,
            away_unreachable: 1.0,
            ..ReachSettings::default()
        },
        ..Case::new("everyone picks up", "2026-12-07T00:00", vec![1_800; 20])
    }
}

pub(crate) fn extreme_relaxation_times() -> Case {
    Case {
        window: None,
        settings: ReachSettings {
            away_minutes: 1.0,
            busy_minutes: 1_440.0,
            ..ReachSettings::default()
        },
        ..Case::new(
            "extreme relaxation",
            "2026-12-07T07:00",
            vec![120, 900, 5_400, 240],
        )
    }
}

/// What a sample of recipients came to: who was reached at which call, and calls made.
pub(crate) struct Tally {
    n: usize,
    reached_at: Vec<usize>,
    calls: Vec<u32>,
}

impl Tally {
    pub(crate) fn new(calls: usize) -> Self {
        Self {
            n: 0,
            reached_at: vec![0; calls],
            calls: Vec::new(),
        }
    }

    /// The share of recipients reached at all.
    pub(crate) fn reached_share(&self) -> f64 {
        self.reached_at.iter().sum::<usize>() as f64 / self.n as f64
    }

    pub(crate) fn add(&mut self, reached_at: Option<usize>, calls: u32) {
        self.n += 1;
        if let Some(k) = reached_at {
            self.reached_at[k] += 1;
        }
        self.calls.push(calls);
    }

    /// Every figure within 4 standard errors of `expected`; a share's error uses at least one
    /// count each way (`p̂` kept within [1/n, 1 − 1/n]), so that an empty cell is judged too.
    pub(crate) fn assert_agrees(&self, expected: &ExpectedReach, what: &str) {
        let n = self.n as f64;
        let share = |count: usize| {
            let p = count as f64 / n;
            let q = p.clamp(1.0 / n, 1.0 - 1.0 / n);
            (p, (q * (1.0 - q) / n).sqrt())
        };
        let mut figures: Vec<(String, (f64, f64), f64)> = (self.reached_at.iter())
            .zip(&expected.by_call)
            .enumerate()
            .map(|(k, (&count, &e))| (format!("call {k}"), share(count), e))
            .collect();
        figures.push((
            "reached".into(),
            share(self.reached_at.iter().sum()),
            expected.reached,
        ));
        let mean = self.calls.iter().map(|&c| f64::from(c)).sum::<f64>() / n;
        let var = self
            .calls
            .iter()
            .map(|&c| (f64::from(c) - mean).powi(2))
            .sum::<f64>()
            / (n - 1.0);
        let se = (var.max(1.0 / n) / n).sqrt();
        figures.push(("calls".into(), (mean, se), expected.calls_per_recipient));
        for (label, (observed, se), expected) in figures {
            assert!(
                (observed - expected).abs() <= 4.0 * se,
                "{what}, {label}: sampled {observed:.5} ± {se:.5}, expected {expected:.5}"
            );
        }
    }
}

/// One recipient called at `times` by the rules of SPEC section 8 read literally: the call
/// number it was reached at, if any, and the calls it received.
fn spec_recipient(case: &Case, times: &[u64], rng: &mut Rng) -> (Option<usize>, u32) {
    let s = &case.settings;
    let launch_second = at(case.launch).second_of_day() as u64;
    let dead = rng.uniform() < s.dead_numbers;
    let w = rng.beta(
        s.pick_up * s.pick_up_alike,
        (1.0 - s.pick_up) * s.pick_up_alike,
    );
    let mut previous: Option<(u64, &str)> = None;
    for (k, &t) in times.iter().enumerate() {
        let outcome = if dead {
            Outcome::Unreachable
        } else {
            let pi = s.presence_by_hour[((launch_second + t) % 86_400 / 3_600) as usize];
            let (present, busy) = match previous {
                None => (pi, s.busy_share),
                Some((t0, s0)) => {
                    let delta = (t - t0) as f64 / 60.0;
                    let there = if s0 == "away" { 0.0 } else { 1.0 };
                    let was_busy = if s0 == "busy" { 1.0 } else { 0.0 };
                    let present = pi + (there - pi) * (-delta / s.away_minutes).exp();
                    let decay = (-delta / s.busy_minutes).exp();
                    (present, s.busy_share + (was_busy - s.busy_share) * decay)
                }
            };
            let n = times[..k].iter().filter(|&&t0| t - t0 < 86_400).count();
            let (state, outcome) = if rng.uniform() >= present {
                match rng.uniform() < s.away_unreachable {
                    true => ("away", Outcome::Unreachable),
                    false => ("away", Outcome::NoAnswer),
                }
            } else if rng.uniform() < busy {
                ("busy", Outcome::Busy)
            } else if rng.uniform() < w * (1.0 - s.fatigue).powi(n as i32) {
                ("free", Outcome::Answered)
            } else {
                ("free", Outcome::NoAnswer)
            };
            previous = Some((t, state));
            outcome
        };
        if outcome == Outcome::Answered {
            // Reached after the deadline: called, but not counted as reached.
            let in_time = case.deadline.is_none_or(|d| t <= d);
            return (in_time.then_some(k), k as u32 + 1);
        }
        if !case.retry_on.contains(outcome) || k + 1 == times.len() {
            return (None, k as u32 + 1);
        }
    }
    unreachable!("the last call ends the loop")
}

fn spec_sample(case: &Case, n: usize, seed: u64) -> Tally {
    let times = case.times();
    let mut rng = Rng(seed);
    let mut tally = Tally::new(times.len());
    for _ in 0..n {
        let (reached_at, calls) = spec_recipient(case, &times, &mut rng);
        tally.add(reached_at, calls);
    }
    tally
}

/// The same strategy dialled by the module's own dialer (seeded SplitMix64 draws).
fn dialer_sample(case: &Case, n: usize, seed: u64) -> Tally {
    let (times, campaign) = (case.times(), case.campaign());
    let dialer = ReachDialer::new(case.settings, seed, at(case.launch));
    let mut tally = Tally::new(times.len());
    for r in 0..n as u32 {
        let mut memory = dialer.recipient(r);
        let mut result = (None, 0);
        for (k, &t) in times.iter().enumerate() {
            let outcome = dialer.call(r, k as u32, t, &mut memory);
            result = (None, k as u32 + 1);
            if outcome == Outcome::Answered {
                result.0 = case.deadline.is_none_or(|d| t <= d).then_some(k);
                break;
            }
            if !campaign.retry_on.contains(outcome) {
                break;
            }
        }
        tally.add(result.0, result.1);
    }
    tally
}

/// One test per case and sampler, so that each stays well under 2 s in a debug build.
macro_rules! agree {
    ($sample:ident, $($test:ident: $case:expr;)*) => {$(
        #[test]
        fn $test() {
            let case = $case;
            $sample(&case, SAMPLE, 0x9E37_79B9).assert_agrees(&case.expected(), case.name);
        }
    )*};
}

agree! { spec_sample,
    independent_a_minute_apart: spec_case(60);
    independent_three_hours_apart: spec_case(10_800);
    independent_mixed_delays: mixed_over_a_weekend();
    independent_alike: alike_without_fatigue();
    independent_21_calls: twenty_one_calls();
    independent_deadline: with_a_deadline();
    independent_everyone_picks_up: everyone_picks_up();
    independent_extreme_times: extreme_relaxation_times();
}

agree! { dialer_sample,
    dialer_a_minute_apart: spec_case(60);
    dialer_mixed_delays: mixed_over_a_weekend();
    dialer_21_calls: twenty_one_calls();
    dialer_everyone_picks_up: everyone_picks_up();
    dialer_extreme_times: extreme_relaxation_times();
}

// ---------------------------------------------------------------------------------------------
// Expected reach: exact figures.

/// SPEC section 8: five retries a minute apart reach about 27 %, three hours apart about 52 %.
#[test]
fn the_spec_sanity_figures() {
    let (minute, hours) = (spec_case(60), spec_case(10_800));
    assert_eq!(minute.times(), [0, 60, 120, 180, 240, 300]);
    // 21:00 on Monday is outside the window: the fifth call waits for Tuesday 09:00.
    assert_eq!(hours.times(), [0, 10_800, 21_600, 32_400, 86_400, 97_200]);
    let reached = |case: &Case| {
        expected_reach(&case.campaign(), &case.settings)
            .unwrap()
            .reached
    };
    let (a, b) = (reached(&minute), reached(&hours));
    assert!((a - 0.27).abs() < 0.01, "a minute apart: {a}");
    assert!((b - 0.52).abs() < 0.01, "three hours apart: {b}");
}

/// Two calls worked out by hand: the second call's chance needs `E[w]` and `E[w²]` of the Beta.
#[test]
fn two_calls_by_hand() {
    let s = ReachSettings::default();
    let case = Case::new("two calls", "2026-12-07T12:30", vec![1_800]); // 12:30, then 13:00
    let reach = case.expected();
    let (pi0, pi1) = (0.55, 0.40);
    let (mean, kappa) = (s.pick_up, s.pick_up_alike);
    let (w1, w2) = (mean, mean * (mean * kappa + 1.0) / (kappa + 1.0));
    let first = pi0 * (1.0 - s.busy_share);
    assert!((reach.by_call[0] - (1.0 - s.dead_numbers) * first * w1).abs() < 1e-15);

    let e_away = (-30.0 / s.away_minutes).exp();
    let e_busy = (-30.0 / s.busy_minutes).exp();
    let c1 = 1.0 - s.fatigue;
    // Presence relaxes from 1 after busy or free, from 0 after away; being busy from 1 after busy.
    let after = |there: f64, was_busy: f64| {
        let present = pi1 + (there - pi1) * e_away;
        present * (1.0 - (s.busy_share + (was_busy - s.busy_share) * e_busy)) * c1
    };
    let second = (1.0 - pi0) * after(0.0, 0.0) * w1
        + pi0 * s.busy_share * after(1.0, 1.0) * w1
        + first * after(1.0, 0.0) * (w1 - w2); // free and not answering: E[w(1 − w)]
    assert!((reach.by_call[1] - (1.0 - s.dead_numbers) * second).abs() < 1e-15);
    // Every failed first call is retried; a dead number fails both.
    let calls = 2.0 - (1.0 - s.dead_numbers) * first * w1;
    assert!((reach.calls_per_recipient - calls).abs() < 1e-15);
}

#[test]
fn call_times_follow_the_retry_timeline() {
    let saturday = Case::new("saturday", "2026-12-12T10:00", vec![300]);
    assert_eq!(saturday.times(), [169_200, 169_500]); // Monday 09:00 and 09:05
    let nothing_retried = Case {
        retry_on: OutcomeSet::EMPTY,
        ..saturday
    };
    assert_eq!(nothing_retried.times(), [169_200]);
    let reach = nothing_retried.expected();
    assert_eq!(reach.by_call.len(), 1);
    assert!((reach.calls_per_recipient - 1.0).abs() < 1e-15);
}

#[test]
fn the_reach_model_needs_a_launch_time() {
    let campaign = Campaign::sample();
    let error = expected_reach(&campaign, &ReachSettings::default()).unwrap_err();
    assert_eq!(
        error.to_string(),
        "The reach model needs a launch date and time"
    );
}
