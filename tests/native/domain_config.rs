//! The campaign config of SPEC section 4: JSON in and out, defaults for absent fields, and every
//! problem reported at once with its path.

use campaign_editor::domain::calendar::Weekday;
use campaign_editor::domain::campaign::Campaign;
use campaign_editor::domain::error::Problem;
use campaign_editor::domain::outcome::Outcome;
use serde_json::{Value, json};

/// The problems with `value`, as `(path, message)` pairs in the order reported.
fn problems(value: Value) -> Vec<(String, String)> {
    pairs(Campaign::from_json(&value).expect_err("the campaign is invalid"))
}

fn pairs(problems: Vec<Problem>) -> Vec<(String, String)> {
    problems.into_iter().map(|p| (p.path, p.message)).collect()
}

/// One expected problem.
fn at(path: &str, message: &str) -> (String, String) {
    (path.to_owned(), message.to_owned())
}

fn read(value: Value) -> Campaign {
    Campaign::from_json(&value).unwrap_or_else(|p| panic!("{value} is valid: {p:?}"))
}

fn full() -> Value {
    json!({
        "name": "Lead qualification",
        "attempts": [{"delaySeconds": 300}, {"delaySeconds": 3600}, {"delaySeconds": 10800}],
        "retryOn": ["busy", "unreachable"],
        "longLiving": true,
        "launchAt": "2026-12-07T09:00",
        "callingWindow": {"start": "09:00", "end": "18:00",
                          "days": ["mon", "tue", "wed", "thu", "fri"]},
        "callCaps": [{"calls": 3, "hours": 24}]
    })
}

// --- reading and writing -----------------------------------------------------------------------

#[test]
fn reads_every_field() {
    let c = read(full());
    assert_eq!(c.name, "Lead qualification");
    let delays: Vec<_> = c
        .retry_strategy
        .attempts()
        .iter()
        .map(|a| a.delay_seconds)
        .collect();
    assert_eq!(delays, [300, 3_600, 10_800]);
    assert_eq!(c.retry_strategy.delay(1), Some(300));
    assert_eq!(c.retry_strategy.delay(3), Some(10_800));
    assert_eq!(c.retry_strategy.delay(0), None);
    assert_eq!(c.retry_strategy.delay(4), None);
    assert_eq!(
        c.retry_on.iter().collect::<Vec<_>>(),
        [Outcome::Busy, Outcome::Unreachable]
    );
    assert!(c.completion.is_long_living());
    assert_eq!(c.launch_at.unwrap().to_string(), "2026-12-07T09:00");
    let w = c.calling_window.unwrap();
    assert_eq!(w.start().to_string(), "09:00");
    assert_eq!(w.end().to_string(), "18:00");
    assert!(w.days().contains(Weekday::Fri));
    assert!(!w.days().contains(Weekday::Sat));
}

#[test]
fn writes_every_field_in_camel_case() {
    assert_eq!(serde_json::to_value(read(full())).unwrap(), full());
}

#[test]
fn round_trips() {
    let campaigns = [
        json!({}),
        full(),
        json!({"name": "  Padded  ", "attempts": [], "retryOn": []}),
        json!({"attempts": [{"delaySeconds": 1}], "launchAt": "2024-02-29T23:59:59"}),
        json!({"attempts": vec![json!({"delaySeconds": 10800}); 20], "longLiving": false}),
        json!({"launchAt": "2026-12-07T09:00",
               "callingWindow": {"start": "00:00", "end": "23:59", "days": ["sun"]}}),
        serde_json::to_value(Campaign::sample()).unwrap(),
    ];
    for value in campaigns {
        let campaign = read(value);
        let written = serde_json::to_value(&campaign).unwrap();
        assert_eq!(read(written.clone()), campaign, "{written}");
        let text = serde_json::to_string(&campaign).unwrap();
        assert_eq!(Campaign::from_json_str(&text), Ok(campaign));
    }
}

#[test]
fn output_always_has_every_field() {
    for value in [json!({}), full(), json!({"name": "x"})] {
        let written = serde_json::to_value(read(value)).unwrap();
        let mut keys: Vec<_> = written.as_object().unwrap().keys().cloned().collect();
        keys.sort();
        assert_eq!(
            keys,
            [
                "attempts",
                "callCaps",
                "callingWindow",
                "launchAt",
                "longLiving",
                "name",
                "retryOn"
            ]
        );
    }
}

#[test]
fn absent_fields_take_the_defaults_of_section_4() {
    let expected = json!({
        "name": "Untitled campaign",
        "attempts": [],
        "retryOn": ["busy", "noAnswer", "unreachable"],
        "longLiving": false,
        "launchAt": null,
        "callingWindow": null,
        "callCaps": []
    });
    assert_eq!(serde_json::to_value(read(json!({}))).unwrap(), expected);
    assert_eq!(serde_json::to_value(Campaign::default()).unwrap(), expected);
    assert_eq!(read(json!({})), Campaign::default());
}

#[test]
fn null_counts_as_absent() {
    let value = json!({"name": null, "attempts": null, "retryOn": null, "longLiving": null,
                       "launchAt": null, "callingWindow": null});
    assert_eq!(read(value), Campaign::default());
}

#[test]
fn name_is_trimmed() {
    assert_eq!(read(json!({"name": "  Renewals \n"})).name, "Renewals");
}

#[test]
fn empty_retry_on_retries_nothing() {
    assert!(read(json!({"retryOn": []})).retry_on.is_empty());
}

#[test]
fn twenty_attempts_are_fine() {
    let c = read(json!({"attempts": vec![json!({"delaySeconds": 60}); 20]}));
    assert_eq!(c.retry_strategy.len(), 20);
}

#[test]
fn a_json_number_without_fraction_is_whole() {
    // JSON does not tell 300 from 300.0 (or 3e2).
    let c = read(json!({"attempts": [{"delaySeconds": 300.0}]}));
    assert_eq!(c.retry_strategy.delay(1), Some(300));
    let c = Campaign::from_json_str(r#"{"attempts": [{"delaySeconds": 3e2}]}"#).unwrap();
    assert_eq!(c.retry_strategy.delay(1), Some(300));
}

#[test]
fn the_sample_is_the_article_example_within_limits() {
    let c = Campaign::sample();
    assert_eq!(c.name, "Lead qualification");
    assert_eq!(c.retry_strategy.delay(1), Some(300));
    assert_eq!(c.retry_strategy.delay(2), Some(3_600));
    assert_eq!(c.retry_strategy.len(), 2);
}

// --- rejections --------------------------------------------------------------------------------

#[test]
fn unknown_fields_at_every_level() {
    assert_eq!(
        problems(json!({"nmae": "x"})),
        [at("nmae", "Unknown field")]
    );
    assert_eq!(
        problems(json!({"attempts": [{"delaySeconds": 300}, {"delaySeconds": 60, "delay": 60}]})),
        [at("attempts[1].delay", "Unknown field")]
    );
    assert_eq!(
        problems(json!({"launchAt": "2026-12-07T09:00",
                        "callingWindow": {"start": "09:00", "end": "18:00",
                                          "days": ["mon"], "timezone": "UTC"}})),
        [at("callingWindow.timezone", "Unknown field")]
    );
    // Fields of other formats are not campaign fields.
    assert_eq!(
        problems(json!({"dialer": {}, "delaySeconds": 300})),
        [
            at("delaySeconds", "Unknown field"),
            at("dialer", "Unknown field")
        ]
    );
}

/// A key that is not a name is written as a JSON string in brackets: it cannot pass for another
/// path, be empty, or break the message into lines.
#[test]
fn unknown_keys_that_are_not_names_keep_their_place() {
    assert_eq!(
        problems(
            json!({"attempts": [{"delaySeconds": 300, "retry.delay": 1}], "": 1,
                        "launchAt.x": 1, "x\n- name: Enter a campaign name": 1, "_ok1": 1})
        ),
        [
            at("attempts[0][\"retry.delay\"]", "Unknown field"),
            at("[\"\"]", "Unknown field"),
            at("_ok1", "Unknown field"),
            at("[\"launchAt.x\"]", "Unknown field"),
            at("[\"x\\n- name: Enter a campaign name\"]", "Unknown field"),
        ]
    );
}

#[test]
fn wrong_types() {
    assert_eq!(problems(json!([])), [at("", "Must be an object")]);
    assert_eq!(problems(json!("x")), [at("", "Must be an object")]);
    assert_eq!(problems(json!({"name": 5})), [at("name", "Must be text")]);
    assert_eq!(
        problems(json!({"attempts": {"delaySeconds": 300}})),
        [at("attempts", "Must be a list")]
    );
    assert_eq!(
        problems(json!({"attempts": [300]})),
        [at("attempts[0]", "Must be an object")]
    );
    assert_eq!(
        problems(json!({"retryOn": "busy"})),
        [at("retryOn", "Must be a list")]
    );
    assert_eq!(
        problems(json!({"retryOn": [1]})),
        [at("retryOn[0]", "Must be text")]
    );
    assert_eq!(
        problems(json!({"longLiving": "yes"})),
        [at("longLiving", "Must be true or false")]
    );
    assert_eq!(
        problems(json!({"longLiving": 1})),
        [at("longLiving", "Must be true or false")]
    );
    assert_eq!(
        problems(json!({"launchAt": 20261207})),
        [at("launchAt", "Must be text")]
    );
    assert_eq!(
        problems(json!({"launchAt": "2026-12-07T09:00", "callingWindow": "09:00-18:00"})),
        [at("callingWindow", "Must be an object")]
    );
    assert_eq!(
        problems(json!({"launchAt": "2026-12-07T09:00",
                        "callingWindow": {"start": 9, "end": "18:00", "days": "mon"}})),
        [
            at("callingWindow.start", "Must be text"),
            at("callingWindow.days", "Must be a list")
        ]
    );
    assert_eq!(
        problems(json!({"launchAt": "2026-12-07T09:00",
                        "callingWindow": {"start": "09:00", "end": "18:00", "days": [1]}})),
        [at("callingWindow.days[0]", "Must be text")]
    );
}

#[test]
fn delays_that_are_not_whole_numbers() {
    let not_whole = "Attempt 1 delay must be a whole number of seconds, like 300";
    for delay in [
        json!("300"),
        json!(300.5),
        json!(-300.5),
        json!(true),
        json!([300]),
        json!({}),
    ] {
        assert_eq!(
            problems(json!({"attempts": [{"delaySeconds": delay}]})),
            [at("attempts[0].delaySeconds", not_whole)],
            "{delay}"
        );
    }
}

#[test]
fn a_missing_delay_is_required() {
    assert_eq!(
        problems(json!({"attempts": [{"delaySeconds": 60}, {}]})),
        [at(
            "attempts[1].delaySeconds",
            "Enter a delay for attempt 2, in seconds"
        )]
    );
    assert_eq!(
        problems(json!({"attempts": [{"delaySeconds": null}]})),
        [at(
            "attempts[0].delaySeconds",
            "Enter a delay for attempt 1, in seconds"
        )]
    );
}

#[test]
fn the_article_example_is_over_the_limit() {
    let article = json!({"attempts": [
        {"delaySeconds": 300}, {"delaySeconds": 3600}, {"delaySeconds": 86400}
    ]});
    assert_eq!(
        problems(article),
        [at(
            "attempts[2].delaySeconds",
            "Attempt 3 delay must be between 1 and 10,800 seconds (3 hours)"
        )]
    );
}

#[test]
fn delays_out_of_range() {
    let out =
        |n: usize| format!("Attempt {n} delay must be between 1 and 10,800 seconds (3 hours)");
    let value = json!({"attempts": [
        {"delaySeconds": 0}, {"delaySeconds": -5}, {"delaySeconds": 10801},
        {"delaySeconds": 1}, {"delaySeconds": 10800},
        {"delaySeconds": 18446744073709551615u64}, {"delaySeconds": -9223372036854775808i64},
        {"delaySeconds": 1e30}, {"delaySeconds": -1e30}, {"delaySeconds": -0.0}
    ]});
    assert_eq!(
        problems(value),
        [
            at("attempts[0].delaySeconds", &out(1)),
            at("attempts[1].delaySeconds", &out(2)),
            at("attempts[2].delaySeconds", &out(3)),
            at("attempts[5].delaySeconds", &out(6)),
            at("attempts[6].delaySeconds", &out(7)),
            at("attempts[7].delaySeconds", &out(8)),
            at("attempts[8].delaySeconds", &out(9)),
            at("attempts[9].delaySeconds", &out(10)),
        ]
    );
    let huge = r#"{"attempts": [{"delaySeconds": 123456789012345678901234567890}]}"#;
    assert_eq!(
        pairs(Campaign::from_json_str(huge).unwrap_err()),
        [at("attempts[0].delaySeconds", &out(1))]
    );
}

#[test]
fn too_many_attempts() {
    let value = json!({"attempts": vec![json!({"delaySeconds": 60}); 21]});
    assert_eq!(
        problems(value),
        [at("attempts", "You can add up to 20 attempts")]
    );
    // The rows are still checked, each with its own path.
    let mut rows = vec![json!({"delaySeconds": 60}); 21];
    rows[20] = json!({"delaySeconds": 0});
    assert_eq!(
        problems(json!({"attempts": rows})),
        [
            at("attempts", "You can add up to 20 attempts"),
            at(
                "attempts[20].delaySeconds",
                "Attempt 21 delay must be between 1 and 10,800 seconds (3 hours)"
            )
        ]
    );
}

#[test]
fn only_failed_outcomes_are_retried() {
    let not_retryable = "Must be busy, noAnswer or unreachable";
    assert_eq!(
        problems(json!({"retryOn": ["busy", "answered"]})),
        [at("retryOn[1]", not_retryable)]
    );
    assert_eq!(
        problems(json!({"retryOn": ["voicemail", "no_answer", "Busy"]})),
        [
            at("retryOn[0]", not_retryable),
            at("retryOn[1]", not_retryable),
            at("retryOn[2]", not_retryable)
        ]
    );
}

#[test]
fn bad_days() {
    let not_a_day = "Must be mon, tue, wed, thu, fri, sat or sun";
    let with_days = |days: Value| {
        json!({"launchAt": "2026-12-07T09:00",
               "callingWindow": {"start": "09:00", "end": "18:00", "days": days}})
    };
    assert_eq!(
        problems(with_days(json!(["mon", "funday", "Tue", "monday"]))),
        [
            at("callingWindow.days[1]", not_a_day),
            at("callingWindow.days[2]", not_a_day),
            at("callingWindow.days[3]", not_a_day)
        ]
    );
    assert_eq!(
        problems(with_days(json!([]))),
        [at("callingWindow.days", "Choose at least one calling day")]
    );
}

#[test]
fn bad_days_do_not_hide_the_window_order() {
    let value = json!({"launchAt": "2026-12-07T09:00",
                       "callingWindow": {"start": "18:00", "end": "09:00", "days": ["noday"]}});
    assert_eq!(
        problems(value),
        [
            at(
                "callingWindow.days[0]",
                "Must be mon, tue, wed, thu, fri, sat or sun"
            ),
            at(
                "callingWindow.end",
                "Calling window must start before it ends"
            )
        ]
    );
}

#[test]
fn window_times() {
    let base = |start: Value, end: Value| {
        json!({"launchAt": "2026-12-07T09:00",
               "callingWindow": {"start": start, "end": end, "days": ["mon"]}})
    };
    assert_eq!(
        problems(base(json!("9am"), json!("24:00"))),
        [
            at("callingWindow.start", "Enter a time like 09:00"),
            at("callingWindow.end", "Enter a time like 09:00")
        ]
    );
    assert_eq!(
        problems(base(json!("18:00"), json!("09:00"))),
        [at(
            "callingWindow.end",
            "Calling window must start before it ends"
        )]
    );
    assert_eq!(
        problems(base(json!("09:00"), json!("09:00"))),
        [at(
            "callingWindow.end",
            "Calling window must start before it ends"
        )]
    );
    assert_eq!(
        problems(json!({"launchAt": "2026-12-07T09:00", "callingWindow": {"days": ["mon"]}})),
        [
            at("callingWindow.start", "Enter a time like 09:00"),
            at("callingWindow.end", "Enter a time like 09:00")
        ]
    );
}

#[test]
fn a_window_needs_a_launch_time() {
    let launch = "Enter a launch date and time, like 2026-12-07T09:00";
    let window = json!({"start": "09:00", "end": "18:00", "days": ["mon"]});
    assert_eq!(
        problems(json!({"callingWindow": window})),
        [at("launchAt", launch)]
    );
    assert_eq!(
        problems(json!({"callingWindow": window, "launchAt": null})),
        [at("launchAt", launch)]
    );
    // A bad launch time is reported once, not twice.
    assert_eq!(
        problems(json!({"callingWindow": window, "launchAt": "tomorrow"})),
        [at("launchAt", launch)]
    );
    // A launch time without a window is fine.
    assert!(Campaign::from_json(&json!({"launchAt": "2026-12-07T09:00"})).is_ok());
}

#[test]
fn bad_launch_times() {
    let launch = "Enter a launch date and time, like 2026-12-07T09:00";
    for text in [
        "",
        "2026-12-07",
        "2026-12-07 09:00",
        "2026-02-29T09:00",
        "2026-12-07T24:00",
    ] {
        assert_eq!(
            problems(json!({"launchAt": text})),
            [at("launchAt", launch)],
            "{text:?}"
        );
    }
}

#[test]
fn names() {
    assert_eq!(
        problems(json!({"name": "   "})),
        [at("name", "Enter a campaign name")]
    );
    assert_eq!(
        problems(json!({"name": "x".repeat(121)})),
        [at("name", "Campaign name must be 120 characters or fewer")]
    );
}

#[test]
fn every_problem_at_once() {
    let value = json!({
        "name": "",
        "attempts": [{"delaySeconds": "5 min"}, {"delaySeconds": 86400}, {"delay": 1}],
        "retryOn": ["answered"],
        "longLiving": "no",
        "callingWindow": {"start": "18:00", "end": "09:00", "days": ["mon"], "tz": "UTC"},
        "recipients": []
    });
    let mut found = problems(value);
    found.sort();
    let mut expected = vec![
        at("name", "Enter a campaign name"),
        at(
            "attempts[0].delaySeconds",
            "Attempt 1 delay must be a whole number of seconds, like 300",
        ),
        at(
            "attempts[1].delaySeconds",
            "Attempt 2 delay must be between 1 and 10,800 seconds (3 hours)",
        ),
        at(
            "attempts[2].delaySeconds",
            "Enter a delay for attempt 3, in seconds",
        ),
        at("attempts[2].delay", "Unknown field"),
        at("retryOn[0]", "Must be busy, noAnswer or unreachable"),
        at("longLiving", "Must be true or false"),
        at(
            "callingWindow.end",
            "Calling window must start before it ends",
        ),
        at("callingWindow.tz", "Unknown field"),
        at(
            "launchAt",
            "Enter a launch date and time, like 2026-12-07T09:00",
        ),
        at("recipients", "Unknown field"),
    ];
    expected.sort();
    assert_eq!(found, expected);
}

#[test]
fn malformed_json_text() {
    for text in [
        "",
        "{",
        r#"{"name": "x",}"#,
        "{name: 'x'}",
        r#"{"name": "x"} {}"#,
    ] {
        let found = Campaign::from_json_str(text).expect_err(text);
        assert_eq!(found.len(), 1, "{text:?}");
        assert_eq!(found[0].path, "", "{text:?}");
        assert!(
            found[0].message.starts_with("Not valid JSON"),
            "{text:?}: {}",
            found[0].message
        );
    }
}

#[test]
fn problems_display_and_serialize() {
    let found = Campaign::from_json_str(r#"{"attempts": [{"delaySeconds": 0}]}"#).unwrap_err();
    assert_eq!(
        found[0].to_string(),
        "attempts[0].delaySeconds: Attempt 1 delay must be between 1 and 10,800 seconds (3 hours)"
    );
    assert_eq!(
        serde_json::to_value(&found).unwrap(),
        json!([{"path": "attempts[0].delaySeconds",
                "message": "Attempt 1 delay must be between 1 and 10,800 seconds (3 hours)"}])
    );
    let root = Campaign::from_json_str("[]").unwrap_err();
    assert_eq!(root[0].to_string(), "Must be an object");
}
