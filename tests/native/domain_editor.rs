//! The editor's state machine, natively: fresh rows, the 20-row limit, removal, saving, starting,
//! stopping and what is kept in storage.

use campaign_editor::domain::calendar::LocalDateTime;
use campaign_editor::domain::campaign::Campaign;
use campaign_editor::domain::draft::Draft;
use campaign_editor::domain::draft_storage::{Restored, decode, encode};
use campaign_editor::domain::editor::{Editor, Lifecycle, Section, start_needs_confirmation};
use campaign_editor::domain::host::HostAction;

fn at(text: &str) -> LocalDateTime {
    LocalDateTime::parse(text).expect("a date-time")
}

fn sample() -> Editor {
    Editor::new(Draft::from(&Campaign::sample()))
}

fn paths(editor: &Editor) -> Vec<String> {
    editor
        .visible_problems(&editor.check())
        .into_iter()
        .map(|p| p.path)
        .collect()
}

#[test]
fn a_new_row_hides_its_error_until_typed_in_left_or_submitted() {
    let mut editor = sample();
    assert_eq!(editor.add_attempt(), Ok(2));
    assert!(paths(&editor).is_empty(), "fresh row hides its error");
    assert!(editor.check().is_err(), "but the draft is invalid");

    editor.leave_attempt(2);
    assert_eq!(paths(&editor), ["attempts[2].delaySeconds"]);

    let mut typed = sample();
    typed.add_attempt().unwrap();
    typed.set_delay(2, "abc".into());
    assert_eq!(
        typed.visible_problems(&typed.check())[0].message,
        "Attempt 3 delay must be a whole number of seconds, like 300"
    );

    let mut submitted = sample();
    submitted.add_attempt().unwrap();
    assert!(submitted.save(at("2026-12-07T09:00")).is_err());
    assert_eq!(paths(&submitted), ["attempts[2].delaySeconds"]);
    assert!(submitted.shows_summary(&submitted.check()));
    assert!(submitted.saved().is_none(), "nothing saved with errors");

    // A save that succeeds puts the summary down: an error made afterwards shows at its field
    // only, and the summary waits for the next press (it came back while typing, unasked).
    submitted.set_delay(2, "600".into());
    assert!(
        !submitted.shows_summary(&submitted.check()),
        "no errors left"
    );
    submitted.save(at("2026-12-07T09:05")).unwrap();
    submitted.edit(|d| d.name.clear());
    assert!(!submitted.shows_summary(&submitted.check()));
    assert_eq!(paths(&submitted), ["name"]);
    submitted.add_attempt().unwrap();
    assert_eq!(paths(&submitted), ["name"], "a new row's error waits again");
    assert!(submitted.start(at("2026-12-07T09:06")).is_err());
    assert!(submitted.shows_summary(&submitted.check()));
}

#[test]
fn rows_typed_before_are_not_fresh() {
    let mut draft = Draft::from(&Campaign::sample());
    draft.attempts[0] = "86400".into();
    let editor = Editor::new(draft);
    assert_eq!(
        editor.visible_problems(&editor.check())[0].message,
        "Attempt 1 delay must be between 1 and 10,800 seconds (3 hours)"
    );
}

#[test]
fn twenty_rows_is_the_limit() {
    let mut editor = sample();
    for expected in 2..20 {
        assert_eq!(editor.add_attempt(), Ok(expected));
    }
    assert_eq!(editor.draft().attempts.len(), 20);
    let blocked = editor.add_blocked().expect("blocked at 20");
    assert_eq!(blocked.to_string(), "You can add up to 20 attempts");
    assert_eq!(
        editor.add_attempt().map_err(|e| e.to_string()),
        Err("You can add up to 20 attempts".into())
    );
    assert_eq!(editor.draft().attempts.len(), 20);
}

#[test]
fn leaving_a_row_writes_a_valid_delay_with_thousands_separators_and_keeps_any_other_text() {
    for (typed, left) in [
        ("7200", "7,200"),
        (" 0300 ", "300"),
        ("10800", "10,800"),
        ("3,600", "3,600"),
        ("abc", "abc"),
        ("36,00", "36,00"),
        ("20000", "20000"),
        ("-5", "-5"),
        ("", ""),
    ] {
        let mut editor = sample();
        editor.set_delay(0, typed.into());
        let before = editor.check();
        editor.leave_attempt(0);
        assert_eq!(editor.draft().attempts[0], left, "{typed:?} once left");
        assert_eq!(editor.check(), before, "{typed:?}: the same delay");
    }
}

#[test]
fn removing_a_row_moves_the_later_rows_and_their_freshness_up() {
    let mut editor = sample();
    editor.add_attempt().unwrap();
    editor.remove_attempt(0);
    assert_eq!(editor.draft().attempts, ["3,600", ""]);
    assert!(
        paths(&editor).is_empty(),
        "the fresh row is still fresh at its new place"
    );
    editor.leave_attempt(1);
    assert_eq!(paths(&editor), ["attempts[1].delaySeconds"]);
    editor.remove_attempt(7);
    assert_eq!(
        editor.draft().attempts.len(),
        2,
        "removing a row that is not there changes nothing"
    );
}

#[test]
fn saving_keeps_the_draft_and_tracks_unsaved_changes() {
    let mut editor = sample();
    assert!(editor.has_unsaved_changes());
    let campaign = editor.save(at("2026-12-07T09:00")).expect("valid");
    assert_eq!(campaign, Campaign::sample());
    assert!(!editor.has_unsaved_changes());
    assert_eq!(editor.saved().map(|s| s.at), Some(at("2026-12-07T09:00")));
    editor.edit(|d| d.name = "Renewals".into());
    assert!(editor.has_unsaved_changes());
}

/// One step of a campaign's life: what happens, when (Monday 7 December), and where it then is.
type Step = (fn(&mut Editor, LocalDateTime), &'static str, Lifecycle);

fn start(editor: &mut Editor, now: LocalDateTime) {
    editor.start(now).expect("valid");
}

#[test]
fn start_stop_and_complete_follow_the_lifecycle() {
    let on = |time: &str| at(&format!("2026-12-07T{time}"));
    let lives: [[Step; 4]; 2] = [
        [
            (Editor::stop, "08:00", Lifecycle::Editing),
            (start, "09:00", Lifecycle::Running { since: on("09:00") }),
            (
                Editor::stop,
                "10:30",
                Lifecycle::Stopped { at: on("10:30") },
            ),
            (
                Editor::complete,
                "11:00",
                Lifecycle::Stopped { at: on("10:30") },
            ),
        ],
        [
            (Editor::complete, "08:00", Lifecycle::Editing),
            (start, "09:00", Lifecycle::Running { since: on("09:00") }),
            (
                Editor::complete,
                "09:20:05",
                Lifecycle::Completed { at: on("09:20:05") },
            ),
            (
                Editor::stop,
                "10:00",
                Lifecycle::Completed { at: on("09:20:05") },
            ),
        ],
    ];
    let statuses = [
        "Stopped at Mon 7 Dec, 10:30",
        "Completed at Mon 7 Dec, 09:20:05",
    ];
    for (life, status) in lives.into_iter().zip(statuses) {
        let mut editor = sample();
        for (step, time, expected) in life {
            step(&mut editor, on(time));
            assert_eq!(
                editor.lifecycle(),
                expected,
                "at {time}: only a running campaign stops or completes"
            );
        }
        assert_eq!(editor.status(), status);
    }

    let mut invalid = sample();
    invalid.edit(|d| d.name.clear());
    assert!(invalid.start(at("2026-12-07T09:00")).is_err());
    assert_eq!(invalid.lifecycle(), Lifecycle::Editing);
}

/// A host page's handler that fails (SPEC 6's `onSaveDraft`, `onStart`, `onStop` threw): the
/// press is taken back, whatever it was, and the draft stays as typed.
#[test]
fn a_press_the_host_page_failed_is_taken_back() {
    let mut editor = sample();
    editor.save(at("2026-12-07T08:00")).unwrap();
    editor.edit(|d| d.name = "Renewals".into());
    let before = editor.clone();
    editor.save(at("2026-12-07T08:30")).unwrap();
    editor.take_back(&before);
    assert_eq!(editor, before);
    assert_eq!(
        editor.status(),
        "Draft saved at Mon 7 Dec, 08:00. You have unsaved changes."
    );

    editor.start(at("2026-12-07T09:00")).unwrap();
    editor.take_back(&before);
    assert_eq!(editor.lifecycle(), Lifecycle::Editing);
    editor.start(at("2026-12-07T09:00")).unwrap();
    let running = editor.clone();
    editor.stop(at("2026-12-07T10:00"));
    editor.edit(|d| d.name = "Typed while it stopped".into());
    editor.take_back(&running);
    assert_eq!(
        editor.lifecycle(),
        Lifecycle::Running {
            since: at("2026-12-07T09:00")
        }
    );
    assert_eq!(editor.draft().name, "Typed while it stopped");
    assert!(
        HostAction::Stop
            .to_string()
            .starts_with("Campaign not stopped: ")
    );
}

#[test]
fn storage_keeps_exactly_what_was_typed_and_the_last_save() {
    let mut editor = sample();
    editor.save(at("2026-12-07T09:00:30")).unwrap();
    editor.set_delay(0, " 3 600 ".into());
    let Restored::Read(restored) = decode(&encode(&editor)) else {
        panic!("readable")
    };
    assert_eq!(restored.draft(), editor.draft());
    assert_eq!(restored.saved(), editor.saved());
    assert!(restored.has_unsaved_changes());
}

#[test]
fn foreign_or_corrupted_storage_is_not_read() {
    let mut saved = sample();
    saved.save(at("2026-02-28T09:00")).unwrap();
    let saved_at_impossible_date = encode(&saved).replace("2026-02-28T09:00", "2026-02-30T09:00");
    let good = encode(&sample());
    assert!(matches!(decode(&good), Restored::Read(_)));
    for bad in [
        "",
        "{not json",
        "null",
        "{}",
        &good.replace("\"version\":1", "\"version\":2"),
        &good.replace("\"version\":1", "\"version\":1,\"extra\":true"),
        r#"{"version":1,"draft":{"name":"x"},"saved":null}"#,
        &saved_at_impossible_date,
    ] {
        assert_eq!(
            decode(bad),
            Restored::Unreadable,
            "{bad:?} must not be read"
        );
    }
}

#[test]
fn the_status_says_saved_running_or_stopped() {
    let mut editor = sample();
    assert_eq!(editor.status(), "", "nothing to say before the first save");
    editor.save(at("2026-12-07T09:00")).unwrap();
    assert_eq!(editor.status(), "Draft saved at Mon 7 Dec, 09:00");
    editor.edit(|d| d.name = "Renewals".into());
    assert_eq!(
        editor.status(),
        "Draft saved at Mon 7 Dec, 09:00. You have unsaved changes."
    );
    editor.start(at("2026-12-07T09:30:15")).unwrap();
    assert_eq!(editor.status(), "Running since Mon 7 Dec, 09:30:15");
    editor.stop(at("2026-12-08T10:00"));
    assert_eq!(editor.status(), "Stopped at Tue 8 Dec, 10:00");
    // A campaign that ended is a draft again once saved, and starts again.
    editor.save(at("2026-12-08T10:05")).unwrap();
    assert_eq!(editor.lifecycle(), Lifecycle::Editing);
    assert_eq!(editor.status(), "Draft saved at Tue 8 Dec, 10:05");
    editor.start(at("2026-12-08T10:06")).unwrap();
    editor.complete(at("2026-12-08T11:00"));
    editor.start(at("2026-12-08T11:30")).unwrap();
    assert_eq!(editor.status(), "Running since Tue 8 Dec, 11:30");
}

#[test]
fn only_a_valid_long_living_campaign_asks_before_starting() {
    let mut editor = sample();
    assert!(!start_needs_confirmation(&editor.check()), "fixed");
    editor.edit(|d| d.long_living = true);
    assert!(start_needs_confirmation(&editor.check()), "long-living");
    editor.edit(|d| d.name.clear());
    assert!(
        !start_needs_confirmation(&editor.check()),
        "an invalid campaign shows its errors instead"
    );
}

#[test]
fn the_title_is_the_name_or_the_default_name() {
    let mut draft = Draft::from(&Campaign::sample());
    draft.name = "  Renewals ".into();
    assert_eq!(draft.title(), "Renewals");
    draft.name = " \t ".into();
    assert_eq!(draft.title(), "Untitled campaign");
}

#[test]
fn every_problem_path_belongs_to_a_section() {
    for (path, section) in [
        ("name", Section::Name),
        ("attempts", Section::RetryStrategy),
        ("attempts[2].delaySeconds", Section::RetryStrategy),
        ("launchAt", Section::Schedule),
        ("callingWindow.start", Section::Schedule),
        ("callingWindow.days", Section::Schedule),
        ("retryOn[0]", Section::Schedule),
        ("longLiving", Section::Completion),
    ] {
        assert_eq!(Section::of(path), Some(section), "{path}");
    }
    assert_eq!(Section::of("dialer.lines"), None);
    assert_eq!(Section::of(""), None);

    let mut editor = sample();
    editor.edit(|d| {
        d.name.clear();
        d.attempts[1] = "x".into();
        d.window.enabled = true;
        d.launch_at.clear();
    });
    let problems = editor.check().unwrap_err();
    assert!(problems.iter().all(|p| Section::of(&p.path).is_some()));
}
