//! The editor's draft: what the user typed, checked into a campaign or every problem with it, and
//! kept in browser storage in a versioned format.

use campaign_editor::domain::calendar::{LocalDateTime, Weekday};
use campaign_editor::domain::campaign::Campaign;
use campaign_editor::domain::draft::{Draft, WindowDraft};
use campaign_editor::domain::draft_storage::{Restored, decode, encode};
use campaign_editor::domain::editor::Editor;
use campaign_editor::domain::error::{FieldError, Problem, message_at};
use campaign_editor::domain::outcome::Outcome;
use serde_json::json;

fn campaign(value: serde_json::Value) -> Campaign {
    Campaign::from_json(&value).expect("a valid campaign")
}

/// A valid draft with no retries, no launch time and no window.
fn plain() -> Draft {
    Draft::from(&Campaign::default())
}

fn problems(draft: &Draft) -> Vec<(String, String)> {
    pairs(draft.check().expect_err("the draft is invalid"))
}

fn pairs(problems: Vec<Problem>) -> Vec<(String, String)> {
    problems.into_iter().map(|p| (p.path, p.message)).collect()
}

fn at(path: &str, message: &str) -> (String, String) {
    (path.to_owned(), message.to_owned())
}

// --- from a campaign and back ------------------------------------------------------------------

#[test]
fn from_a_campaign_shows_what_it_holds() {
    let c = campaign(json!({
        "name": "Renewals",
        "attempts": [{"delaySeconds": 300}, {"delaySeconds": 3600}],
        "retryOn": ["noAnswer"],
        "longLiving": true,
        "launchAt": "2026-12-07T09:00:30",
        "callingWindow": {"start": "08:30", "end": "17:45", "days": ["sat", "sun"]}
    }));
    let draft = Draft::from(&c);
    assert_eq!(draft.name, "Renewals");
    assert_eq!(
        draft.attempts,
        ["300", "3,600"],
        "seconds shown with thousands separators"
    );
    assert_eq!(draft.retry_on, [false, true, false]);
    assert!(draft.long_living);
    assert_eq!(draft.launch_at, "2026-12-07T09:00:30");
    assert_eq!(
        draft.window,
        WindowDraft {
            enabled: true,
            start: "08:30".to_owned(),
            end: "17:45".to_owned(),
            days: [false, false, false, false, false, true, true],
        }
    );
}

#[test]
fn a_campaign_without_window_gets_office_hours_ready_but_off() {
    let draft = plain();
    assert_eq!(draft.name, "Untitled campaign");
    assert!(draft.attempts.is_empty());
    assert_eq!(draft.retry_on, [true, true, true]);
    assert!(!draft.long_living);
    assert_eq!(draft.launch_at, "");
    assert!(!draft.window.enabled);
    assert_eq!(draft.window.start, "09:00");
    assert_eq!(draft.window.end, "18:00");
    assert_eq!(
        draft.window.days,
        [true, true, true, true, true, false, false]
    );
}

#[test]
fn check_gives_the_campaign_back() {
    let campaigns = [
        Campaign::default(),
        Campaign::sample(),
        campaign(json!({"retryOn": [], "longLiving": true, "launchAt": "2024-02-29T23:59:59"})),
        campaign(json!({
            "name": "Weekend",
            "attempts": vec![json!({"delaySeconds": 10800}); 20],
            "retryOn": ["busy", "unreachable"],
            "launchAt": "2026-12-07T09:00",
            "callingWindow": {"start": "00:00", "end": "23:59", "days": ["sat", "sun"]}
        })),
    ];
    for c in campaigns {
        assert_eq!(Draft::from(&c).check(), Ok(c));
    }
}

#[test]
fn check_reads_the_typed_values() {
    let mut draft = plain();
    draft.name = "  Lead follow-up  ".to_owned();
    draft.attempts = vec![" 0300 ".to_owned(), "3,600".to_owned(), "10,800".to_owned()];
    draft.retry_on = [true, false, true];
    draft.long_living = true;
    draft.launch_at = "2026-12-07T09:00".to_owned();
    draft.window.enabled = true;
    draft.window.days = [false, false, false, false, true, false, false];
    let c = draft.check().expect("valid");
    assert_eq!(c.name, "Lead follow-up");
    assert_eq!(c.retry_strategy.delay(1), Some(300));
    assert_eq!(c.retry_strategy.delay(2), Some(3_600));
    assert_eq!(c.retry_strategy.delay(3), Some(10_800));
    assert_eq!(
        c.retry_on.iter().collect::<Vec<_>>(),
        [Outcome::Busy, Outcome::Unreachable]
    );
    assert!(c.completion.is_long_living());
    assert_eq!(c.launch_at.unwrap().human(), "Mon 7 Dec, 09:00");
    let w = c.calling_window.unwrap();
    assert_eq!(w.days().iter().collect::<Vec<_>>(), [Weekday::Fri]);
    assert_eq!(w.start().to_string(), "09:00");
    assert_eq!(w.end().to_string(), "18:00");
}

#[test]
fn zero_attempt_rows_is_valid() {
    let c = plain().check().unwrap();
    assert!(c.retry_strategy.is_empty());
}

#[test]
fn a_window_turned_off_is_not_checked() {
    let mut draft = plain();
    draft.window.start = "later".to_owned();
    draft.window.end = "".to_owned();
    draft.window.days = [false; 7];
    let c = draft.check().expect("the window is off");
    assert_eq!(c.calling_window, None);
}

#[test]
fn a_launch_time_without_window_is_kept() {
    let mut draft = plain();
    draft.launch_at = " 2026-12-07T09:00 ".to_owned();
    assert_eq!(
        draft.check().unwrap().launch_at.unwrap().to_string(),
        "2026-12-07T09:00"
    );
    draft.launch_at = "   ".to_owned();
    assert_eq!(draft.check().unwrap().launch_at, None);
}

// --- problems ----------------------------------------------------------------------------------

#[test]
fn each_attempt_row_has_its_path_and_number() {
    let mut draft = plain();
    draft.attempts = ["300", "", "abc", "0", "10801", "-5", "10,800"]
        .map(str::to_owned)
        .to_vec();
    assert_eq!(
        problems(&draft),
        [
            at(
                "attempts[1].delaySeconds",
                "Enter a delay for attempt 2, in seconds"
            ),
            at(
                "attempts[2].delaySeconds",
                "Attempt 3 delay must be a whole number of seconds, like 300"
            ),
            at(
                "attempts[3].delaySeconds",
                "Attempt 4 delay must be between 1 and 10,800 seconds (3 hours)"
            ),
            at(
                "attempts[4].delaySeconds",
                "Attempt 5 delay must be between 1 and 10,800 seconds (3 hours)"
            ),
            at(
                "attempts[5].delaySeconds",
                "Attempt 6 delay must be between 1 and 10,800 seconds (3 hours)"
            ),
        ]
    );
}

#[test]
fn name_problems() {
    let mut draft = plain();
    draft.name = " ".to_owned();
    assert_eq!(problems(&draft), [at("name", "Enter a campaign name")]);
    draft.name = "ü".repeat(121);
    assert_eq!(
        problems(&draft),
        [at("name", "Campaign name must be 120 characters or fewer")]
    );
}

#[test]
fn too_many_attempt_rows() {
    let mut draft = plain();
    draft.attempts = vec!["60".to_owned(); 21];
    assert_eq!(
        problems(&draft),
        [at("attempts", "You can add up to 20 attempts")]
    );
    draft.attempts.pop();
    assert!(draft.check().is_ok());
}

#[test]
fn a_window_needs_a_launch_time() {
    let mut draft = plain();
    draft.window.enabled = true;
    assert_eq!(
        problems(&draft),
        [at(
            "launchAt",
            "Enter a launch date and time, like 2026-12-07T09:00"
        )]
    );
}

#[test]
fn a_bad_launch_time_is_reported_even_without_window() {
    let mut draft = plain();
    draft.launch_at = "2026-02-29T09:00".to_owned();
    assert_eq!(
        problems(&draft),
        [at(
            "launchAt",
            "Enter a launch date and time, like 2026-12-07T09:00"
        )]
    );
}

#[test]
fn window_problems_have_their_paths() {
    let mut draft = plain();
    draft.launch_at = "2026-12-07T09:00".to_owned();
    draft.window.enabled = true;
    draft.window.start = "18:00".to_owned();
    draft.window.end = "09:00".to_owned();
    assert_eq!(
        problems(&draft),
        [at(
            "callingWindow.end",
            "Calling window must start before it ends"
        )]
    );
    draft.window.start = "9".to_owned();
    draft.window.end = "18:00".to_owned();
    assert_eq!(
        problems(&draft),
        [at("callingWindow.start", "Enter a time like 09:00")]
    );
    draft.window.start = "09:00".to_owned();
    draft.window.days = [false; 7];
    assert_eq!(
        problems(&draft),
        [at("callingWindow.days", "Choose at least one calling day")]
    );
}

#[test]
fn check_keeps_every_problem() {
    let mut draft = plain();
    draft.name = String::new();
    draft.attempts = vec!["".to_owned(); 21];
    draft.attempts[1] = "3 600".to_owned();
    draft.attempts[20] = "86,400".to_owned();
    draft.launch_at = "2026-12-07".to_owned();
    draft.window = WindowDraft {
        enabled: true,
        start: "25:00".to_owned(),
        end: "9:00".to_owned(),
        days: [false; 7],
    };
    let found = problems(&draft);
    let mut expected = vec![
        at("name", "Enter a campaign name"),
        at("attempts", "You can add up to 20 attempts"),
        at(
            "attempts[1].delaySeconds",
            "Attempt 2 delay must be a whole number of seconds, like 300",
        ),
        at(
            "attempts[20].delaySeconds",
            "Attempt 21 delay must be between 1 and 10,800 seconds (3 hours)",
        ),
        at(
            "launchAt",
            "Enter a launch date and time, like 2026-12-07T09:00",
        ),
        at("callingWindow.start", "Enter a time like 09:00"),
        at("callingWindow.end", "Enter a time like 09:00"),
        at("callingWindow.days", "Choose at least one calling day"),
    ];
    for i in (0..20).filter(|i| *i != 1) {
        expected.push(at(
            &format!("attempts[{i}].delaySeconds"),
            &format!("Enter a delay for attempt {}, in seconds", i + 1),
        ));
    }
    let mut sorted = found.clone();
    sorted.sort();
    expected.sort();
    assert_eq!(sorted, expected);
    // Nothing is reported twice.
    assert_eq!(found.len(), 8 + 19);
}

#[test]
fn the_same_typed_values_give_the_same_problems_as_json() {
    let mut draft = plain();
    draft.attempts = ["300", "3600", "86400"].map(str::to_owned).to_vec();
    let from_draft = draft.check().unwrap_err();
    let from_json = Campaign::from_json(&json!({"attempts": [
        {"delaySeconds": 300}, {"delaySeconds": 3600}, {"delaySeconds": 86400}
    ]}))
    .unwrap_err();
    assert_eq!(from_draft, from_json);
    assert_eq!(
        from_draft[0].message,
        "Attempt 3 delay must be between 1 and 10,800 seconds (3 hours)"
    );
}

#[test]
fn problem_at_finds_a_field_message() {
    let mut draft = plain();
    draft.attempts = vec!["60".to_owned(), "x".to_owned()];
    let found = draft.check().unwrap_err();
    assert_eq!(
        message_at(&found, "attempts[1].delaySeconds"),
        Some("Attempt 2 delay must be a whole number of seconds, like 300")
    );
    assert_eq!(message_at(&found, "attempts[0].delaySeconds"), None);
    assert_eq!(message_at(&found, "name"), None);
}

// --- storage (the editor keeps the draft as typed) -------------------------------------------------

fn stored(draft: Draft) -> String {
    encode(&Editor::new(draft))
}

fn restored(text: &str) -> Option<Draft> {
    match decode(text) {
        Restored::Read(editor) => Some(editor.draft().clone()),
        Restored::Trimmed { .. } | Restored::Unreadable => None,
    }
}

/// A draft with invalid and unusual typed values: storage keeps exactly what was typed.
fn messy() -> Draft {
    let mut draft = Draft::from(&Campaign::sample());
    draft.name = "  Émile's \"campaign\" 📞\n".to_owned();
    draft.attempts = ["", "  ", "3 600", "٣٠٠", "-5", "99999999999999999999999999"]
        .map(str::to_owned)
        .to_vec();
    draft.retry_on = [false, true, false];
    draft.long_living = true;
    draft.launch_at = "tomorrow".to_owned();
    draft.window = WindowDraft {
        enabled: true,
        start: "9am".to_owned(),
        end: "".to_owned(),
        days: [true, false, true, false, true, false, true],
    };
    draft
}

#[test]
fn storage_round_trips() {
    for draft in [plain(), Draft::from(&Campaign::sample()), messy()] {
        assert_eq!(restored(&stored(draft.clone())), Some(draft));
    }
}

#[test]
fn storage_is_versioned_json() {
    let stored: serde_json::Value = serde_json::from_str(&stored(plain())).unwrap();
    assert_eq!(stored["version"], json!(1));
    assert_eq!(stored["draft"]["name"], json!("Untitled campaign"));
}

#[test]
fn corrupted_storage_is_ignored() {
    let stored = stored(messy());
    for text in [
        "",
        " ",
        "null",
        "{}",
        "[]",
        "{",
        "undefined",
        "[object Object]",
        &stored[..stored.len() / 2],
        &stored[..stored.len() - 1],
        &stored.replace("\"attempts\"", "\"atempts\""),
        &stored.replace("\"enabled\":true", "\"enabled\":\"yes\""),
        &stored.replace("[false,true,false]", "[false,true]"),
    ] {
        assert_eq!(restored(text), None, "{text:?}");
    }
}

#[test]
fn foreign_storage_is_ignored() {
    let campaign_json = serde_json::to_string(&Campaign::sample()).unwrap();
    let bare_draft = serde_json::to_string(&plain()).unwrap();
    let stored = stored(plain());
    let with_extra = stored.replacen('{', r#"{"owner":"someone else","#, 1);
    for text in [
        campaign_json.as_str(),
        bare_draft.as_str(),
        r#"{"version":1}"#,
        r#"{"version":1,"draft":null}"#,
        with_extra.as_str(),
        r#""a string""#,
        "42",
    ] {
        assert_eq!(restored(text), None, "{text:?}");
    }
    assert!(restored(&stored).is_some());
}

#[test]
fn other_versions_are_ignored() {
    let stored = stored(messy());
    assert!(stored.contains(r#""version":1"#));
    for version in ["0", "2", "-1", "1.5", "\"1\"", "null"] {
        let other = stored.replace(r#""version":1"#, &format!(r#""version":{version}"#));
        assert_eq!(restored(&other), None, "version {version}");
    }
}

#[test]
fn a_blank_launch_is_read_only_when_a_calling_window_needs_it() {
    let mut draft = plain();
    assert_eq!(draft.launch_at(), None, "blank, no window: no launch time");
    draft.launch_at = "2026-12-07T09:00".into();
    assert_eq!(
        draft.launch_at(),
        Some(Ok(LocalDateTime::parse("2026-12-07T09:00").unwrap()))
    );
    draft.launch_at = "soon".into();
    assert_eq!(draft.launch_at(), Some(Err(FieldError::LaunchAt)));
    draft.launch_at = "  ".into();
    draft.window.enabled = true;
    assert_eq!(
        draft.launch_at(),
        Some(Err(FieldError::LaunchAt)),
        "a calling window is read from the launch"
    );
}
