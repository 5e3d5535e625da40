//! The help article's next-day retry (issue 17): `Attempt 3: 86,400 seconds — final attempt the
//! next day` keeps its error, and the editor offers a calling window instead.

use campaign_editor::domain::calendar::LocalDateTime;
use campaign_editor::domain::campaign::{Campaign, RetryStrategy};
use campaign_editor::domain::draft::{Draft, WindowDraft};
use campaign_editor::domain::editor::Editor;
use campaign_editor::domain::error::Problem;
use campaign_editor::domain::next_day::{next_day_hint, over_limit};
use campaign_editor::domain::timeline::retry_timeline::RetryTimeline;

fn at(text: &str) -> LocalDateTime {
    LocalDateTime::parse(text).expect("a date-time")
}

/// Friday 4 December 2026, 17:50, the browser tests' clock too.
fn now() -> LocalDateTime {
    at("2026-12-04T17:50")
}

/// The article's example typed into an editor launching on Monday 7 December at `launch`.
fn the_articles_example(launch: &str) -> Editor {
    let campaign = Campaign {
        retry_strategy: RetryStrategy::from_delays([300, 3_600]),
        launch_at: LocalDateTime::parse(launch),
        ..Campaign::sample()
    };
    let mut editor = Editor::for_campaign(&campaign, now());
    editor.add_attempt().expect("a third row");
    editor.set_delay(2, "86,400".into());
    editor
}

const OUT_OF_RANGE: &str = "Attempt 3 delay must be between 1 and 10,800 seconds (3 hours)";

#[test]
fn over_the_limit_means_a_whole_number_above_10800() {
    for text in [
        "86400",
        "86,400",
        " 10801 ",
        "010801",
        "99999999999999999999999",
    ] {
        assert!(over_limit(text), "{text:?}");
    }
    for text in [
        "10800",
        "10,800",
        "300",
        "0",
        "-86400",
        "-99999999999999999999999",
        "",
        "  ",
        "86 400",
        "86400.5",
        "1e5",
        "next day",
    ] {
        assert!(!over_limit(text), "{text:?}");
    }
}

#[test]
fn the_hint_is_help_not_a_problem() {
    let editor = the_articles_example("2026-12-07T16:00");
    let problems = editor.check().expect_err("86,400 is over the limit");
    assert_eq!(
        problems,
        [Problem {
            path: "attempts[2].delaySeconds".into(),
            message: OUT_OF_RANGE.into()
        }]
    );
    assert_eq!(editor.visible_problems(&editor.check()), problems);
}

#[test]
fn the_hint_says_how_and_what_the_action_changes() {
    let how = "To call again the next day, use a calling window: a retry that falls outside it \
               waits for its next opening. With calling hours 09:00–18:00, a 3 h delay after a \
               17:00 call fires at 09:00 the next morning. “Call again the next morning instead” \
               sets this delay to 10,800 seconds (3 h)";
    let mut editor = the_articles_example("2026-12-07T16:00");
    assert_eq!(
        next_day_hint(&editor),
        format!("{how} and turns on a calling window, 09:00–18:00 on weekdays.")
    );
    editor.edit(|d| d.launch_at = " ".into());
    assert_eq!(
        next_day_hint(&editor),
        format!(
            "{how} and turns on a calling window, 09:00–18:00 on weekdays, with a launch date and time."
        )
    );
    editor.edit(|d| d.window.enabled = true);
    assert_eq!(
        next_day_hint(&editor),
        format!(
            "{how}; a retry your calling window does not allow then waits for its next opening."
        )
    );
}

#[test]
fn call_next_morning_sets_the_delay_and_a_window_and_nothing_else() {
    let mut editor = the_articles_example("2026-12-07T16:00");
    let before = editor.draft().clone();
    editor.call_next_morning(2, now());
    let expected = Draft {
        attempts: vec!["300".into(), "3,600".into(), "10,800".into()],
        window: WindowDraft {
            enabled: true,
            ..WindowDraft::default()
        },
        ..before
    };
    assert_eq!(editor.draft(), &expected);
    let campaign = editor.check().expect("valid now");
    assert!(campaign.calling_window.is_some());

    let rows = RetryTimeline::from_draft(editor.draft());
    let third = rows.rows()[2].describe();
    assert_eq!(
        third,
        "Attempt 3 — 17 h after the first call, Tue 8 Dec, 09:00 \
         (deferred 12 h 55 min by the calling window)"
    );
}

/// Bug hunt 4's case: the window the user had typed, then switched off, was replaced by office
/// hours (no Undo). A valid one is turned on as typed, and the hint says which; an invalid one
/// gives way to office hours.
#[test]
fn call_next_morning_turns_on_the_window_the_user_typed_if_it_is_valid() {
    let mut editor = the_articles_example("2026-12-07T16:00");
    let typed = WindowDraft {
        enabled: false,
        start: "08:00".into(),
        end: "12:00".into(),
        days: [true, false, true, false, false, true, false],
    };
    editor.edit(|d| d.window = typed.clone());
    assert!(
        next_day_hint(&editor)
            .ends_with(" and turns on a calling window, 08:00–12:00 on Mon, Wed, Sat."),
        "{}",
        next_day_hint(&editor)
    );
    editor.call_next_morning(2, now());
    assert_eq!(
        editor.draft().window,
        WindowDraft {
            enabled: true,
            ..typed.clone()
        }
    );

    let mut every_day = the_articles_example("2026-12-07T16:00");
    every_day.edit(|d| d.window.days = [true; 7]);
    assert!(next_day_hint(&every_day).ends_with(" 09:00–18:00 on all days."));

    let mut invalid = the_articles_example("2026-12-07T16:00");
    invalid.edit(|d| d.window.end = "25:00".into());
    assert!(next_day_hint(&invalid).ends_with(" 09:00–18:00 on weekdays."));
    invalid.call_next_morning(2, now());
    assert_eq!(
        invalid.draft().window,
        WindowDraft {
            enabled: true,
            ..WindowDraft::default()
        }
    );
    assert!(invalid.check().is_ok());
}

#[test]
fn call_next_morning_proposes_a_launch_when_there_is_none() {
    let mut editor = the_articles_example("2026-12-07T16:00");
    editor.edit(|d| d.launch_at = String::new());
    editor.call_next_morning(2, now());
    assert_eq!(editor.draft().launch_at, "2026-12-07T09:00");
    assert!(editor.check().is_ok());
}

#[test]
fn call_next_morning_keeps_a_window_the_campaign_has() {
    let mut editor = the_articles_example("2026-12-07T16:00");
    let own = WindowDraft {
        enabled: true,
        start: "08:00".into(),
        end: "12:00".into(),
        days: [false, false, false, false, false, true, false],
    };
    editor.edit(|d| d.window = own.clone());
    editor.call_next_morning(2, now());
    assert_eq!(editor.draft().window, own);
    assert_eq!(editor.draft().attempts[2], "10,800");
    editor.call_next_morning(7, now());
    assert_eq!(editor.draft().attempts.len(), 3, "no such row: nothing");
}
