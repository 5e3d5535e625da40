//! Reading a scenario (SPEC section 4): defaults, and every problem at once with its path.

use campaign_editor::domain::campaign::{Campaign, CompletionMode};
use campaign_editor::domain::outcome::Outcome;
use campaign_editor::domain::reach::ReachSettings;
use campaign_editor::domain::simulation::{
    Arrivals, CallDurations, DialerModel, DialerSettings, ListedRecipient, OutcomeMix, Scenario,
};
use serde_json::{Value, json};

fn read(value: Value) -> Scenario {
    Scenario::from_json(&value).unwrap_or_else(|p| panic!("{value} is valid: {p:?}"))
}

fn problems(value: Value) -> Vec<(String, String)> {
    Scenario::from_json(&value)
        .expect_err("the scenario is invalid")
        .into_iter()
        .map(|p| (p.path, p.message))
        .collect()
}

fn at(path: &str, message: &str) -> (String, String) {
    (path.to_owned(), message.to_owned())
}

#[test]
fn an_empty_scenario_takes_every_default() {
    let scenario = read(json!({}));
    assert_eq!(scenario, Scenario::default());
    assert_eq!(scenario.campaign, Campaign::default());
    assert_eq!(
        scenario.dialer,
        DialerSettings {
            lines: 5,
            seed: 0,
            model: DialerModel::Mix(OutcomeMix::new([0.3, 0.2, 0.4, 0.1])),
            durations: CallDurations::new([60, 5, 30, 3]),
        }
    );
    assert_eq!(
        (
            scenario.generate,
            scenario.arrivals,
            scenario.stop_at,
            scenario.until
        ),
        (0, None, None, None)
    );
    assert_eq!(scenario.recipients, []);
}

#[test]
fn the_section_4_scenario_reads_field_by_field() {
    let scenario = read(json!({
        "campaign": { "longLiving": true, "launchAt": "2026-12-07T09:00" },
        "dialer": { "lines": 5, "seed": 42,
                    "outcomeMix": {"answered": 0.3, "busy": 0.2, "noAnswer": 0.4, "unreachable": 0.1},
                    "durationsSeconds": {"answered": 60, "busy": 5, "noAnswer": 30, "unreachable": 3} },
        "recipients": [ {"name": "Ada", "phone": "+15550100", "addedAt": 0, "script": ["busy", "answered"]} ],
        "generate": {"count": 100000},
        "arrivals": {"perHour": 12},
        "stopAt": null,
        "until": 86400
    }));
    assert_eq!(scenario.campaign.completion, CompletionMode::LongLiving);
    assert_eq!(scenario.dialer.seed, 42);
    assert_eq!(
        scenario.recipients,
        [ListedRecipient {
            name: Some("Ada".to_owned()),
            phone: Some("+15550100".to_owned()),
            added_at: 0,
            script: Some(vec![Outcome::Busy, Outcome::Answered]),
        }]
    );
    assert_eq!(scenario.generate, 100_000);
    assert_eq!(scenario.arrivals, Some(Arrivals { per_hour: 12 }));
    assert_eq!((scenario.stop_at, scenario.until), (None, Some(86_400)));
    // 12 an hour for a day.
    assert_eq!(scenario.recipient_count(), Some(1 + 100_000 + 288));
}

#[test]
fn each_given_duration_replaces_its_default_and_a_missing_share_is_zero() {
    let scenario = read(json!({
        "dialer": {"durationsSeconds": {"busy": 9}, "outcomeMix": {"answered": 0.25, "noAnswer": 0.75}}
    }));
    assert_eq!(
        scenario.dialer.durations,
        CallDurations::new([60, 9, 30, 3])
    );
    assert_eq!(
        scenario.dialer.model,
        DialerModel::Mix(OutcomeMix::new([0.25, 0.0, 0.75, 0.0]))
    );
}

#[test]
fn a_mix_may_miss_one_by_a_millionth() {
    read(json!({"dialer": {"outcomeMix": {"answered": 0.5, "busy": 0.4999995}}}));
    assert_eq!(
        problems(json!({"dialer": {"outcomeMix": {"answered": 0.5, "busy": 0.49999}}})),
        [at(
            "dialer.outcomeMix",
            "The shares of the outcome mix must add up to 1"
        )]
    );
}

#[test]
fn arrivals_come_every_3600_over_per_hour_seconds_rounded_down() {
    let interval = |per_hour| Arrivals { per_hour }.interval();
    assert_eq!(
        [interval(1), interval(7), interval(12), interval(3600)],
        [3600, 514, 300, 1]
    );
    // Faster asks round down to 0, then up to 1: still one a second.
    assert_eq!(
        [interval(3601), interval(7200), interval(u32::MAX)],
        [1, 1, 1]
    );
    let fast = read(json!({
        "campaign": {"longLiving": true},
        "arrivals": {"perHour": 7200},
        "until": 10
    }));
    assert_eq!(fast.arrivals.map(Arrivals::interval), Some(1));
    assert_eq!(fast.recipient_count(), Some(10));
}

#[test]
fn arrivals_end_at_the_stop_or_the_horizon_whichever_comes_first() {
    let scenario = |stop_at: Option<u64>, until: Option<u64>| {
        read(json!({
            "campaign": {"longLiving": true},
            "arrivals": {"perHour": 60},
            "stopAt": stop_at,
            "until": until
        }))
    };
    assert_eq!(scenario(Some(600), Some(7200)).recipient_count(), Some(10));
    assert_eq!(scenario(None, Some(7200)).recipient_count(), Some(120));
    assert_eq!(scenario(Some(59), None).recipient_count(), Some(0));
}

#[test]
fn unknown_fields_are_reported_at_every_level() {
    assert_eq!(
        problems(json!({
            "campaign": {"colour": "red"},
            "dialer": {"speed": 2, "outcomeMix": {"answered": 1, "voicemail": 0},
                       "durationsSeconds": {"ringing": 5}},
            "recipients": [{"email": "ada@example.com"}],
            "generate": {"count": 1, "names": true},
            "arrivals": {"perHour": 1, "burst": 2},
            "seed": 1
        })),
        [
            at("campaign.colour", "Unknown field"),
            at("dialer.outcomeMix.voicemail", "Unknown field"),
            at("dialer.durationsSeconds.ringing", "Unknown field"),
            at("dialer.speed", "Unknown field"),
            at("recipients[0].email", "Unknown field"),
            at("generate.names", "Unknown field"),
            at("arrivals.burst", "Unknown field"),
            at(
                "arrivals",
                "A fixed campaign takes no recipients after launch"
            ),
            at("seed", "Unknown field"),
        ]
    );
}

#[test]
fn recipient_fields_are_checked_one_by_one() {
    assert_eq!(
        problems(json!({
            "campaign": {"longLiving": true},
            "recipients": [
                {"name": 7, "phone": ["+1"], "addedAt": -1, "script": "busy"},
                {"addedAt": 315360001, "script": ["busy", "Busy", 3]}
            ],
            "until": 10
        })),
        [
            at("recipients[0].name", "Must be text"),
            at("recipients[0].phone", "Must be text"),
            at(
                "recipients[0].addedAt",
                "Must be a whole number from 0 to 315,360,000"
            ),
            at("recipients[0].script", "Must be a list"),
            at(
                "recipients[1].addedAt",
                "Must be a whole number from 0 to 315,360,000"
            ),
            at(
                "recipients[1].script[1]",
                "Must be answered, busy, noAnswer or unreachable"
            ),
            at("recipients[1].script[2]", "Must be text"),
        ]
    );
}

#[test]
fn a_fixed_campaign_takes_no_recipients_after_launch_even_with_other_problems() {
    assert_eq!(
        problems(json!({
            "campaign": {"name": "", "longLiving": false},
            "recipients": [{"addedAt": 0}, {"addedAt": 60}]
        })),
        [
            at("campaign.name", "Enter a campaign name"),
            at(
                "recipients[1].addedAt",
                "A fixed campaign takes no recipients after launch"
            ),
        ]
    );
}

/// A field given twice in one object is refused, with where: the earlier value, which a JSON
/// parser drops, may be the one in error (`lines: 0` here), and neither is what the user meant.
#[test]
fn a_field_given_twice_is_refused_where_it_is() {
    let problems = |text: &str| {
        Scenario::from_json_str(text)
            .expect_err("refused")
            .into_iter()
            .map(|p| (p.path, p.message))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        problems(r#"{"dialer": {"lines": 0}, "dialer": {"lines": 2}}"#),
        [at(
            "",
            "Not valid JSON: \"dialer\" is given twice in one object at line 1 column 33"
        )]
    );
    assert_eq!(
        problems("{\"campaign\": {\"attempts\": [{\"delaySeconds\": 0,\n \"delaySeconds\": 5}]}}"),
        [at(
            "",
            "Not valid JSON: \"delaySeconds\" is given twice in one object at line 2 column 15"
        )]
    );
    // The same key in two objects is two fields.
    let scenario = Scenario::from_json_str(
        r#"{"recipients": [{"name": "A", "script": []}, {"name": "B", "script": []}]}"#,
    )
    .expect("valid");
    assert_eq!(scenario.recipients.len(), 2);
}

/// A file saved with a byte order mark (as some Windows editors do) reads as the same file without
/// it (RFC 8259, section 8.1, lets a reader ignore it); one anywhere else is not JSON.
#[test]
fn a_byte_order_mark_before_the_scenario_is_ignored() {
    let text = r#"{"generate": {"count": 3}}"#;
    assert_eq!(
        Scenario::from_json_str(&format!("\u{feff}{text}")),
        Scenario::from_json_str(text)
    );
    assert!(Scenario::from_json_str(&format!("{text}\u{feff}")).is_err());
}

/// The limit on recipients is told with the other problems, counted from the parts read without
/// one: a list in error counts its length, arrivals count only when their end reads too.
#[test]
fn too_many_recipients_are_told_with_every_other_problem() {
    const TOO_MANY: &str =
        "A simulation takes at most 10,000,000 recipients, listed, generated and arriving";
    assert_eq!(
        problems(
            json!({"generate": {"count": 10_000_000}, "recipients": [{"addedAt": -1}], "x": 1})
        ),
        [
            at(
                "recipients[0].addedAt",
                "Must be a whole number from 0 to 315,360,000"
            ),
            at("x", "Unknown field"),
            at("generate.count", TOO_MANY),
        ]
    );
    assert_eq!(
        problems(
            json!({"campaign": {"longLiving": true}, "arrivals": {"perHour": 3600},
                        "until": 20_000_000, "dialer": {"lines": 0}})
        ),
        [
            at("dialer.lines", "Must be a whole number from 1 to 10,000"),
            at("arrivals.perHour", TOO_MANY),
        ]
    );
    // With its end in error, the number arriving is not known: no limit is told.
    assert_eq!(
        problems(
            json!({"campaign": {"longLiving": true}, "arrivals": {"perHour": 3600},
                        "until": 20_000_000, "stopAt": -1})
        ),
        [at("stopAt", "Must be a whole number from 0 to 315,360,000")]
    );
}

#[test]
fn a_long_living_campaign_needs_until_or_stop_at() {
    read(json!({"campaign": {"longLiving": true}, "stopAt": 3600}));
    read(json!({"campaign": {"longLiving": true}, "until": 3600}));
    assert_eq!(
        problems(json!({"campaign": {"longLiving": true}, "recipients": [{"addedAt": 60}]})),
        [at(
            "until",
            "A long-living campaign never ends on its own: give until or stopAt"
        )]
    );
}

#[test]
fn a_calling_window_needs_a_launch_time() {
    assert_eq!(
        problems(json!({"campaign": {"callingWindow":
            {"start": "09:00", "end": "18:00", "days": ["mon"]}}})),
        [at(
            "campaign.launchAt",
            "Enter a launch date and time, like 2026-12-07T09:00"
        )]
    );
}

#[test]
fn generate_and_arrivals_need_their_numbers() {
    assert_eq!(
        problems(json!({
            "campaign": {"longLiving": true},
            "generate": {},
            "arrivals": {"perHour": 0},
            "until": 10
        })),
        [
            at(
                "generate.count",
                "Must be a whole number from 0 to 10,000,000"
            ),
            at(
                "arrivals.perHour",
                "Must be a whole number from 1 to 4,294,967,295"
            ),
        ]
    );
}

#[test]
fn whole_numbers_written_as_floats_are_whole() {
    let scenario = read(json!({"dialer": {"lines": 3.0, "seed": 1e3}}));
    assert_eq!((scenario.dialer.lines, scenario.dialer.seed), (3, 1000));
}

const LAUNCH: &str = "2026-12-07T09:00";

#[test]
fn the_dialer_model_is_mix_unless_it_says_reach() {
    let mix = read(json!({"dialer": {"model": "mix"}}));
    assert_eq!(mix.dialer.model, DialerModel::default());
    assert_eq!(mix.dialer.model.key(), "mix");
    let reach = read(json!({
        "campaign": {"launchAt": LAUNCH},
        "dialer": {"model": "reach", "lines": 9}
    }));
    assert_eq!(
        reach.dialer.model,
        DialerModel::Reach(ReachSettings::default())
    );
    assert_eq!(reach.dialer.lines, 9);
}

#[test]
fn reach_settings_are_read_with_their_defaults() {
    let scenario = read(json!({
        "campaign": {"launchAt": LAUNCH},
        "dialer": {"model": "reach", "reach": {"pickUp": 0.6, "awayMinutes": 90.5}}
    }));
    assert_eq!(
        scenario.dialer.model,
        DialerModel::Reach(ReachSettings {
            pick_up: 0.6,
            away_minutes: 90.5,
            ..ReachSettings::default()
        })
    );
}

#[test]
fn the_reach_model_reports_every_problem_at_once_with_its_path() {
    assert_eq!(
        problems(json!({
            "campaign": {"name": ""},
            "dialer": {"model": "reach", "lines": 0,
                       "outcomeMix": {"answered": 1},
                       "reach": {"pickUp": 2, "presenceByHour": [0.5], "mood": 1}}
        })),
        [
            at("campaign.name", "Enter a campaign name"),
            at("dialer.lines", "Must be a whole number from 1 to 10,000"),
            at(
                "dialer.reach.pickUp",
                "Pick-up chance must be a number between 0 and 1"
            ),
            at(
                "dialer.reach.presenceByHour",
                "Presence by hour needs exactly 24 values, one per hour"
            ),
            at("dialer.reach.mood", "Unknown field"),
            at(
                "dialer.outcomeMix",
                "The reach model has no outcome mix: remove outcomeMix or set model to mix"
            ),
            at(
                "dialer.model",
                "The reach model needs a launch date and time"
            ),
        ]
    );
}

#[test]
fn each_model_refuses_the_other_models_settings() {
    assert_eq!(
        problems(json!({"dialer": {"reach": {}}})),
        [at(
            "dialer.reach",
            "The mix model has no reach settings: remove reach or set model to reach"
        )]
    );
    assert_eq!(
        problems(json!({"dialer": {"model": "mix", "reach": {"pickUp": -1}}})),
        [
            at(
                "dialer.reach.pickUp",
                "Pick-up chance must be a number between 0 and 1"
            ),
            at(
                "dialer.reach",
                "The mix model has no reach settings: remove reach or set model to reach"
            ),
        ]
    );
    // `null` is a field not given, as everywhere.
    read(
        json!({"campaign": {"launchAt": LAUNCH}, "dialer": {"model": "reach", "outcomeMix": null}}),
    );
}

#[test]
fn a_share_just_above_1_adds_up_to_1_within_the_tolerance() {
    // SPEC 4: each share at least 0, their sum within 1e-6 of 1.
    let scenario = read(json!({"dialer": {"outcomeMix": {"answered": 1.000_000_5}}}));
    assert_eq!(
        scenario.dialer.model,
        DialerModel::Mix(OutcomeMix::new([1.000_000_5, 0.0, 0.0, 0.0]))
    );
    assert_eq!(
        problems(json!({"dialer": {"outcomeMix": {"answered": 1.000_002}}})),
        [at(
            "dialer.outcomeMix.answered",
            "Must be a number from 0 to 1"
        )]
    );
}

#[test]
fn an_unknown_model_is_a_problem() {
    assert_eq!(
        problems(json!({"dialer": {"model": "Reach", "outcomeMix": {"answered": 2}}})),
        [
            at("dialer.model", "Must be mix or reach"),
            at("dialer.outcomeMix.answered", "Must be a number from 0 to 1"),
        ]
    );
    assert_eq!(
        problems(json!({"dialer": {"model": 1}})),
        [at("dialer.model", "Must be mix or reach")]
    );
}

#[test]
fn the_reach_model_needs_a_launch_even_when_the_campaign_has_other_problems() {
    assert_eq!(
        problems(
            json!({"campaign": {"attempts": [{"delaySeconds": 0}]}, "dialer": {"model": "reach"}})
        ),
        [
            at(
                "campaign.attempts[0].delaySeconds",
                "Attempt 1 delay must be between 1 and 10,800 seconds (3 hours)"
            ),
            at(
                "dialer.model",
                "The reach model needs a launch date and time"
            ),
        ]
    );
    // A launch given beside another problem of the campaign is a launch all the same.
    assert_eq!(
        problems(
            json!({"campaign": {"name": "", "launchAt": LAUNCH}, "dialer": {"model": "reach"}})
        ),
        [at("campaign.name", "Enter a campaign name")]
    );
}

#[test]
fn the_advisor_needs_a_launch_whatever_the_dialer_and_says_so_with_the_other_problems() {
    let for_advisor = |value: Value| -> Vec<(String, String)> {
        Scenario::for_advisor_from_json_str(&value.to_string())
            .expect_err("problems")
            .into_iter()
            .map(|p| (p.path, p.message))
            .collect()
    };
    let needs_launch = at(
        "campaign.launchAt",
        "The reach model needs a launch date and time",
    );
    // The mix model: a run needs no launch, the advisor does.
    let mix = json!({"campaign": {"attempts": [{"delaySeconds": 0}]}, "generate": {"count": 0}});
    assert_eq!(
        for_advisor(mix.clone()),
        [
            at(
                "campaign.attempts[0].delaySeconds",
                "Attempt 1 delay must be between 1 and 10,800 seconds (3 hours)"
            ),
            needs_launch.clone(),
        ]
    );
    assert_eq!(
        problems(mix).len(),
        1,
        "a run of the mix model needs no launch"
    );
    // The reach model: said once, where the advisor says it.
    assert_eq!(
        for_advisor(json!({"dialer": {"model": "reach"}})),
        [needs_launch]
    );
    // A campaign that is no object has that problem alone: no launch to look for in it.
    assert_eq!(
        for_advisor(json!({"campaign": 5})),
        [at("campaign", "Must be an object")]
    );
    assert_eq!(
        Campaign::from_json_with_launch(&json!(null))
            .unwrap_err()
            .len(),
        1
    );
    // With a launch, the advisor reads what a run reads.
    let launched = json!({"campaign": {"launchAt": LAUNCH}, "dialer": {"model": "reach"}});
    assert_eq!(
        Scenario::for_advisor_from_json_str(&launched.to_string()),
        Scenario::from_json(&launched)
    );
}
