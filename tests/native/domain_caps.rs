//! Call caps in the campaign (SPEC section 9): read from JSON and from what the user typed with the
//! same rules and messages, written out, edited row by row, and kept in draft storage.

use campaign_editor::domain::call_cap::{CallCap, CapExample};
use campaign_editor::domain::campaign::Campaign;
use campaign_editor::domain::draft::{CapDraft, Draft};
use campaign_editor::domain::draft_storage::{Restored, decode, encode};
use campaign_editor::domain::editor::{CapField, Editor, Section};
use campaign_editor::domain::error::FieldError;
use campaign_editor::domain::limits::MAX_CALL_CAPS;
use serde_json::{Value, json};

use crate::support::paths_and_messages;

fn problems_of(value: Value) -> Vec<(String, String)> {
    paths_and_messages(Campaign::from_json(&value))
}

fn at(path: &str, message: &str) -> (String, String) {
    (path.to_owned(), message.to_owned())
}

fn cap(calls: u32, hours: u32) -> CallCap {
    CallCap { calls, hours }
}

fn typed(calls: &str, hours: &str) -> CapDraft {
    CapDraft {
        calls: calls.to_owned(),
        hours: hours.to_owned(),
    }
}

fn visible_paths(editor: &Editor) -> Vec<String> {
    let checked = editor.check();
    let problems = editor.visible_problems(&checked);
    problems.into_iter().map(|p| p.path).collect()
}

#[test]
fn the_messages_are_spec_9s() {
    let cases = [
        (
            FieldError::CapCallsEmpty { cap: 2 },
            "Enter a number of calls for cap 2",
        ),
        (
            FieldError::CapCalls { cap: 1 },
            "Cap 1 calls must be a whole number between 1 and 100",
        ),
        (
            FieldError::CapHours { cap: 3 },
            "Cap 3 period must be a whole number of hours between 1 and 8,760",
        ),
        (FieldError::TooManyCaps, "You can add up to 3 caps"),
    ];
    for (error, message) in cases {
        assert_eq!(error.to_string(), message);
    }
}

#[test]
fn caps_default_to_none_and_are_always_written() {
    let campaign = Campaign::from_json(&json!({})).unwrap();
    assert!(campaign.call_caps.is_empty());
    let out = serde_json::to_value(&campaign).unwrap();
    assert_eq!(out["callCaps"], json!([]));

    let capped = Campaign::from_json(
        &json!({"callCaps": [{"calls": 3, "hours": 24}, {"calls": 7, "hours": 168}]}),
    )
    .unwrap();
    assert_eq!(capped.call_caps, [cap(3, 24), cap(7, 168)]);
    let out = serde_json::to_value(&capped).unwrap();
    assert_eq!(
        out["callCaps"],
        json!([{"calls": 3, "hours": 24}, {"calls": 7, "hours": 168}])
    );
    assert_eq!(Campaign::from_json(&out).unwrap(), capped, "round trip");
}

#[test]
fn the_limits_are_inclusive() {
    let ok = Campaign::from_json(&json!({"callCaps": [
        {"calls": 1, "hours": 1}, {"calls": 100, "hours": 8760}, {"calls": 50, "hours": 100.0}
    ]}))
    .unwrap();
    assert_eq!(ok.call_caps, [cap(1, 1), cap(100, 8_760), cap(50, 100)]);
}

#[test]
fn every_problem_at_once_with_its_path() {
    let problems = problems_of(json!({"callCaps": [
        {"hours": 24},
        {"calls": 0, "hours": 0},
        {"calls": 101, "hours": 8761, "every": "day"},
        {"calls": 2.5, "hours": "24"},
    ]}));
    assert_eq!(
        problems,
        [
            at("callCaps", "You can add up to 3 caps"),
            at("callCaps[0].calls", "Enter a number of calls for cap 1"),
            at(
                "callCaps[1].calls",
                "Cap 2 calls must be a whole number between 1 and 100"
            ),
            at(
                "callCaps[1].hours",
                "Cap 2 period must be a whole number of hours between 1 and 8,760"
            ),
            at(
                "callCaps[2].calls",
                "Cap 3 calls must be a whole number between 1 and 100"
            ),
            at(
                "callCaps[2].hours",
                "Cap 3 period must be a whole number of hours between 1 and 8,760"
            ),
            at("callCaps[2].every", "Unknown field"),
            at(
                "callCaps[3].calls",
                "Cap 4 calls must be a whole number between 1 and 100"
            ),
            at(
                "callCaps[3].hours",
                "Cap 4 period must be a whole number of hours between 1 and 8,760"
            ),
        ]
    );
    assert_eq!(
        problems_of(json!({"callCaps": [{"calls": 3}, 5], "name": ""})),
        [
            at("name", "Enter a campaign name"),
            at(
                "callCaps[0].hours",
                "Cap 1 period must be a whole number of hours between 1 and 8,760"
            ),
            at("callCaps[1]", "Must be an object"),
        ]
    );
    assert_eq!(
        problems_of(json!({"callCaps": {"calls": 3}})),
        [at("callCaps", "Must be a list")]
    );
}

#[test]
fn typed_caps_follow_the_whole_number_rule_of_delays() {
    let mut draft = Draft::from(&Campaign::default());
    draft.caps = vec![
        typed(" 0003 ", "8,760"),
        typed("1,00", "24"),
        typed("", " "),
    ];
    let problems = paths_and_messages(draft.check());
    assert_eq!(
        problems,
        [
            at(
                "callCaps[1].calls",
                "Cap 2 calls must be a whole number between 1 and 100"
            ),
            at("callCaps[2].calls", "Enter a number of calls for cap 3"),
            at(
                "callCaps[2].hours",
                "Cap 3 period must be a whole number of hours between 1 and 8,760"
            ),
        ]
    );
    for (calls, hours) in [
        ("-3", "24"),
        ("3", "-24"),
        ("3", "1e2"),
        ("3", "99999999999999999999"),
    ] {
        draft.caps = vec![typed(calls, hours)];
        assert!(
            draft.check().is_err(),
            "{calls:?} in {hours:?} is not a cap"
        );
    }
    draft.caps = vec![typed(" 3 ", "24"), typed("7", "168"), typed("4", "0720")];
    let campaign = draft.check().expect("valid");
    assert_eq!(campaign.call_caps, [cap(3, 24), cap(7, 168), cap(4, 720)]);
    assert_eq!(
        Draft::from(&campaign).caps,
        [typed("3", "24"), typed("7", "168"), typed("4", "720")]
    );

    draft.caps.push(typed("1", "1"));
    assert_eq!(
        paths_and_messages(draft.check()),
        [at("callCaps", "You can add up to 3 caps")]
    );
}

#[test]
fn a_cap_says_its_rule_in_plain_words() {
    assert_eq!(cap(3, 24).to_string(), "3 calls in 24 h");
    assert_eq!(cap(1, 1).to_string(), "1 call in 1 h");
    assert_eq!(cap(2, 36).to_string(), "2 calls in 36 h");
    assert_eq!(cap(2, 48).to_string(), "2 calls in 2 days");
    let examples: Vec<(String, CallCap)> = CapExample::ALL
        .iter()
        .map(|e| (e.to_string(), e.cap()))
        .collect();
    assert_eq!(
        examples,
        [
            ("3 calls in 24 h".to_owned(), cap(3, 24)),
            ("7 calls in 7 days".to_owned(), cap(7, 168)),
            ("4 calls in 30 days".to_owned(), cap(4, 720)),
        ]
    );
}

#[test]
fn a_new_cap_row_hides_its_errors_until_typed_in_left_or_submitted() {
    let mut editor = Editor::new(Draft::from(&Campaign::sample()));
    assert_eq!(editor.add_cap(), Ok(0));
    assert_eq!(editor.draft().caps, [typed("", "")]);
    assert!(
        visible_paths(&editor).is_empty(),
        "a fresh row hides its errors"
    );
    assert!(editor.check().is_err(), "but the draft is invalid");

    editor.set_cap(0, CapField::Calls, "3".into());
    assert!(
        visible_paths(&editor).is_empty(),
        "the period is still fresh"
    );
    editor.leave_cap(0, CapField::Hours);
    assert_eq!(visible_paths(&editor), ["callCaps[0].hours"]);
    editor.set_cap(0, CapField::Hours, "24".into());
    assert_eq!(editor.check().unwrap().call_caps, [cap(3, 24)]);

    let mut typed_in = Editor::new(Draft::from(&Campaign::sample()));
    typed_in.add_cap().unwrap();
    typed_in.set_cap(0, CapField::Hours, "0".into());
    assert_eq!(visible_paths(&typed_in), ["callCaps[0].hours"]);
    typed_in.leave_cap(0, CapField::Calls);
    assert_eq!(
        visible_paths(&typed_in),
        ["callCaps[0].calls", "callCaps[0].hours"]
    );

    let mut submitted = Editor::new(Draft::from(&Campaign::sample()));
    submitted.add_cap().unwrap();
    assert!(
        submitted
            .start(campaign_editor::domain::editor::now_or_fallback(None))
            .is_err()
    );
    assert_eq!(
        visible_paths(&submitted),
        ["callCaps[0].calls", "callCaps[0].hours"]
    );
}

#[test]
fn three_caps_is_the_limit_and_examples_fill_a_row() {
    let mut editor = Editor::new(Draft::from(&Campaign::default()));
    assert_eq!(editor.insert_example(CapExample::SevenIn7Days), Ok(0));
    assert!(visible_paths(&editor).is_empty());
    assert_eq!(editor.add_cap(), Ok(1));
    assert_eq!(editor.insert_example(CapExample::FourIn30Days), Ok(2));
    assert_eq!(editor.add_cap_blocked(), Some(FieldError::TooManyCaps));
    assert_eq!(editor.add_cap(), Err(FieldError::TooManyCaps));
    assert_eq!(
        editor.insert_example(CapExample::ThreeIn24Hours),
        Err(FieldError::TooManyCaps)
    );
    assert_eq!(editor.draft().caps.len(), MAX_CALL_CAPS);

    // Removing the fresh middle row moves the example after it up, not fresh.
    editor.remove_cap(1);
    editor.remove_cap(7);
    assert_eq!(editor.add_cap_blocked(), None);
    assert_eq!(editor.draft().caps, [typed("7", "168"), typed("4", "720")]);
    assert!(visible_paths(&editor).is_empty());
    assert_eq!(
        editor.check().unwrap().call_caps,
        [cap(7, 168), cap(4, 720)]
    );
    editor.set_cap(1, CapField::Calls, "x".into());
    assert_eq!(visible_paths(&editor), ["callCaps[1].calls"]);
}

#[test]
fn cap_problems_belong_to_the_schedule() {
    assert_eq!(Section::of("callCaps[2].hours"), Some(Section::Schedule));
    assert_eq!(Section::of("callCaps"), Some(Section::Schedule));
}

#[test]
fn storage_keeps_the_caps_as_typed_and_reads_drafts_from_before_caps() {
    let mut editor = Editor::new(Draft::from(&Campaign::sample()));
    editor.insert_example(CapExample::ThreeIn24Hours).unwrap();
    editor.add_cap().unwrap();
    editor.set_cap(1, CapField::Hours, "1,0".into());
    let text = encode(&editor);
    assert!(text.contains(r#""caps":[{"calls":"3","hours":"24"},{"calls":"","hours":"1,0"}]"#));
    let Restored::Read(restored) = decode(&text) else {
        panic!("readable")
    };
    assert_eq!(restored.draft(), editor.draft());

    let before_caps = encode(&Editor::new(Draft::from(&Campaign::sample())));
    assert!(
        !before_caps.contains("caps"),
        "no caps, no field: {before_caps}"
    );
    let Restored::Read(old) = decode(&before_caps) else {
        panic!("a draft from before caps reads")
    };
    assert!(old.draft().caps.is_empty());

    let four = text.replace(
        r#""caps":["#,
        r#""caps":[{"calls":"1","hours":"1"},{"calls":"1","hours":"1"},"#,
    );
    assert_eq!(
        decode(&four),
        Restored::Unreadable,
        "more caps than a draft has"
    );
    let odd_field = text.replace(r#""calls":"3""#, r#""calls":"3","every":"day""#);
    assert_eq!(decode(&odd_field), Restored::Unreadable);
}
