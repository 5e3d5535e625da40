//! The advisor in the editor (SPEC section 10), natively: its fields and messages, why a search
//! is refused, the search in slices giving the same suggestion as `suggest()` (so the editor, the
//! API and the command line agree), `Use these delays` as one change, `Undo`, `Dismiss`, `Cancel`.

use campaign_editor::domain::advisor::{
    AdvisorPanel, Phase, Refused, STALE_NOTE, SuggestRequest, caveat, delay_items, figures, suggest,
};
use campaign_editor::domain::calendar::LocalDateTime;
use campaign_editor::domain::call_cap::CallCap;
use campaign_editor::domain::campaign::{Campaign, RetryStrategy};
use campaign_editor::domain::draft::Draft;
use campaign_editor::domain::duration::thousands;
use campaign_editor::domain::editor::Editor;
use campaign_editor::domain::reach::ReachSettings;
use campaign_editor::domain::timeline::percent;

use crate::support::window;

/// SPEC section 8's case: launch Monday 7 December 2026 at 09:00, weekdays 09:00–20:00, retries
/// after 300 s and 3,600 s.
fn campaign() -> Campaign {
    Campaign {
        launch_at: LocalDateTime::parse("2026-12-07T09:00"),
        calling_window: Some(window(
            "09:00",
            "20:00",
            [true, true, true, true, true, false, false],
        )),
        ..Campaign::sample()
    }
}

fn editor_for(campaign: &Campaign) -> Editor {
    Editor::new(Draft::from(campaign))
}

/// Runs `panel`'s search to its end, `units` candidates a slice; the number of slices.
fn run_in_slices(panel: &mut AdvisorPanel, units: usize) -> usize {
    let mut slices = 0;
    loop {
        slices += 1;
        let mut left = units;
        let going = panel.advance(|| {
            left = left.saturating_sub(1);
            left > 0
        });
        if !going {
            return slices;
        }
    }
}

fn suggested(editor: &Editor, settings: ReachSettings) -> AdvisorPanel {
    let mut panel = AdvisorPanel::default();
    panel.start(&editor.check(), settings).expect("a search");
    run_in_slices(&mut panel, 50);
    assert_eq!(panel.phase(), Phase::Suggested);
    panel
}

#[test]
fn the_fields_start_at_the_rows_count_and_72_hours_and_keep_bad_text_with_its_message() {
    let mut panel = AdvisorPanel::default();
    assert_eq!(panel.attempts_text(2), "2");
    assert_eq!(panel.attempts_text(0), "1", "at least one attempt");
    assert_eq!(panel.deadline_text(), "72");
    assert_eq!(panel.attempts_error(), None);
    assert_eq!(panel.deadline_error(), None);

    panel.set_attempts("21".into());
    panel.set_deadline("0".into());
    assert_eq!(panel.attempts_text(2), "21", "what was typed stays");
    assert_eq!(panel.deadline_text(), "0");
    assert_eq!(
        panel.attempts_error().map(|e| e.to_string()).as_deref(),
        Some("Attempts must be a whole number between 1 and 20")
    );
    assert_eq!(
        panel.deadline_error().map(|e| e.to_string()).as_deref(),
        Some("Deadline must be a whole number of hours between 1 and 720")
    );
    let editor = editor_for(&campaign());
    assert_eq!(
        panel.start(&editor.check(), ReachSettings::default()),
        Err(Refused::Fields)
    );
    assert_eq!(panel.phase(), Phase::Idle);

    panel.set_attempts("3".into());
    panel.set_deadline("1,000".into());
    assert_eq!(panel.attempts_error(), None);
    assert!(panel.deadline_error().is_some());
    panel.set_deadline("48".into());
    assert_eq!(
        panel.start(&editor.check(), ReachSettings::default()),
        Ok(())
    );
    assert_eq!(panel.phase(), Phase::Searching);
}

#[test]
fn an_invalid_campaign_or_one_without_launch_gets_a_message_until_it_is_fixed() {
    let mut editor = editor_for(&campaign());
    let mut panel = AdvisorPanel::default();
    editor.set_delay(0, "soon".into());
    assert_eq!(
        panel.campaign_problem(&editor.check()),
        None,
        "not asked yet"
    );
    assert_eq!(
        panel.start(&editor.check(), ReachSettings::default()),
        Err(Refused::Campaign)
    );
    assert_eq!(
        panel
            .campaign_problem(&editor.check())
            .map(|e| e.to_string())
            .as_deref(),
        Some("A suggestion needs a valid campaign: correct its problems first")
    );

    editor.set_delay(0, "300".into());
    editor.edit(|draft| {
        draft.launch_at.clear();
        draft.window.enabled = false; // a calling window needs a launch time
    });
    assert_eq!(
        panel
            .campaign_problem(&editor.check())
            .map(|e| e.to_string())
            .as_deref(),
        Some("The reach model needs a launch date and time")
    );
    assert_eq!(
        panel.start(&editor.check(), ReachSettings::default()),
        Err(Refused::Campaign)
    );

    editor.edit(|draft| draft.launch_at = "2026-12-07T09:00".into());
    assert_eq!(panel.campaign_problem(&editor.check()), None);
    assert_eq!(
        panel.start(&editor.check(), ReachSettings::default()),
        Ok(())
    );
}

#[test]
fn the_editors_suggestion_in_slices_is_the_same_as_suggest() {
    let settings = ReachSettings {
        pick_up: 0.4,
        fatigue: 0.2,
        ..ReachSettings::default()
    };
    let capped = Campaign {
        call_caps: vec![CallCap {
            calls: 3,
            hours: 24,
        }],
        ..campaign()
    };
    for (campaign, attempts, deadline) in [(campaign(), "5", "48"), (capped, "3", "72")] {
        let editor = editor_for(&campaign);
        let mut panel = AdvisorPanel::default();
        panel.set_attempts(attempts.into());
        panel.set_deadline(deadline.into());
        panel.start(&editor.check(), settings).unwrap();
        let progress = panel.progress().expect("progress while searching");
        assert!(progress.starts_with("Strategies tried: "), "{progress}");
        assert_eq!(panel.status(), "Searching…");
        let slices = run_in_slices(&mut panel, 7);
        assert!(slices > 10, "the search took {slices} slices");

        let request = SuggestRequest {
            attempts: attempts.parse().unwrap(),
            deadline_hours: deadline.parse().unwrap(),
            settings,
        };
        let expected = suggest(&campaign, &request).unwrap();
        let (suggestion, hours) = panel.suggestion().expect("a suggestion");
        assert_eq!(suggestion, &expected);
        assert_eq!(hours, request.deadline_hours);
        assert_eq!(
            panel.status(),
            format!(
                "Suggestion ready: {} expected reach by {deadline} h (current strategy: {})",
                percent(expected.expected.reached),
                percent(expected.current.reached)
            )
        );
    }
}

#[test]
fn the_figures_compare_the_suggestion_with_the_current_strategy() {
    let editor = editor_for(&campaign());
    let panel = suggested(&editor, ReachSettings::default());
    let (suggestion, hours) = panel.suggestion().unwrap();
    let [reach, calls, last] = figures(suggestion, hours);
    assert_eq!(reach.label, "Expected reach by 72 h");
    assert_eq!(reach.suggested, percent(suggestion.expected.reached));
    assert_eq!(reach.current, percent(suggestion.current.reached));
    assert_eq!(calls.label, "Calls per recipient");
    assert_eq!(
        calls.current,
        format!("{:.1}", suggestion.current.calls_per_recipient)
    );
    assert_eq!(last.label, "Last retry");
    // The current strategy: 300 s then 3,600 s after it, inside the window.
    assert_eq!(
        last.current,
        "1 h 5 min after the first call, Mon 7 Dec, 10:05"
    );
    assert_eq!(delay_items(suggestion).len(), 2);
    assert!(delay_items(suggestion)[1].starts_with("Attempt 2 — "));
    assert_eq!(panel.current_heading(), "Current strategy");
    assert_eq!(
        panel.caption(),
        "The suggestion beside the current strategy"
    );
    assert_eq!(panel.caveat(), None, "as many attempts as the rows");
}

#[test]
fn fewer_attempts_than_the_rows_say_they_reach_fewer() {
    // Two retries 3 h apart: one retry reaches fewer, however timed.
    let campaign = Campaign {
        retry_strategy: RetryStrategy::from_delays([10_800, 10_800]),
        ..campaign()
    };
    let editor = editor_for(&campaign);
    let mut panel = AdvisorPanel::default();
    panel.set_attempts("1".to_owned());
    panel
        .start(&editor.check(), ReachSettings::default())
        .unwrap();
    assert_eq!(panel.caveat(), None, "nothing to say while searching");
    while panel.advance(|| true) {}
    let (suggestion, hours) = panel.suggestion().unwrap();
    assert_eq!(
        panel.caveat(),
        caveat(&campaign, suggestion, hours),
        "the campaign asked about"
    );
    assert!(
        panel
            .caveat()
            .is_some_and(|c| c.starts_with("With 1 attempt instead of the current 2"))
    );
}

#[test]
fn use_these_delays_replaces_the_rows_in_one_change_and_undo_restores_them_exactly() {
    let mut editor = editor_for(&campaign());
    editor.set_delay(1, "3,600".into());
    editor.add_attempt().unwrap(); // an empty, fresh third row
    let mut panel = AdvisorPanel::default();
    panel.set_attempts("4".into());
    let before = editor.clone();
    // The empty row makes the campaign invalid: fill it so that a search can start.
    editor.set_delay(2, "600".into());
    panel
        .start(&editor.check(), ReachSettings::default())
        .unwrap();
    run_in_slices(&mut panel, 100);
    let delays = panel.suggestion().unwrap().0.delays_seconds.clone();
    let before_use = editor.clone();

    panel.use_delays(&mut editor);
    assert_eq!(panel.phase(), Phase::Used);
    // Written as numbers of seconds are shown (SPEC 2): `10,800`.
    let texts: Vec<String> = delays.iter().map(|&d| thousands(d.into())).collect();
    assert_eq!(editor.draft().attempts, texts);
    let used = editor.check().expect("valid");
    assert_eq!(used.retry_strategy, RetryStrategy::from_delays(delays));
    assert_eq!(panel.current_heading(), "Previous strategy");
    assert_eq!(
        panel.caption(),
        "The suggestion beside the previous strategy"
    );
    assert_eq!(
        panel.status(),
        "Attempt rows replaced with the suggested delays"
    );
    assert!(panel.can_undo(&editor));

    panel.undo(&mut editor);
    assert_eq!(
        editor, before_use,
        "exactly the rows before, freshness included"
    );
    assert_eq!(panel.phase(), Phase::Suggested);
    assert_eq!(panel.status(), "Previous delays restored");
    assert!(!panel.is_stale(&editor.check(), &ReachSettings::default()));

    // The same with a fresh empty row: replaced, then back, still fresh.
    let mut fresh = before.clone();
    let rows = fresh.replace_attempts(&[60, 120]);
    assert_eq!(rows.texts(), ["300", "3,600", ""]);
    assert!(fresh.visible_problems(&fresh.check()).is_empty());
    fresh.restore_attempts(rows);
    assert_eq!(fresh, before);
    assert!(
        fresh.visible_problems(&fresh.check()).is_empty(),
        "still fresh"
    );
}

#[test]
fn undo_goes_once_the_rows_are_edited_and_dismiss_drops_the_suggestion() {
    let mut editor = editor_for(&campaign());
    let mut panel = suggested(&editor, ReachSettings::default());
    panel.use_delays(&mut editor);
    editor.set_delay(0, "42".into());
    assert!(!panel.can_undo(&editor));
    panel.dismiss();
    assert_eq!(panel.phase(), Phase::Dismissed);
    assert_eq!(panel.suggestion(), None);
    assert_eq!(panel.status(), "Suggestion dismissed");
    assert_eq!(editor.draft().attempts[0], "42", "the rows stay");

    let mut other = suggested(&editor, ReachSettings::default());
    let rows = editor.draft().attempts.clone();
    other.dismiss();
    assert_eq!(other.phase(), Phase::Dismissed);
    other.use_delays(&mut editor);
    assert_eq!(
        editor.draft().attempts,
        rows,
        "nothing to use once dismissed"
    );
}

#[test]
fn undo_stays_while_the_rows_are_untouched_whatever_the_advisor_shows_since() {
    let mut editor = editor_for(&campaign());
    let before_use = editor.clone();
    let mut panel = suggested(&editor, ReachSettings::default());
    panel.use_delays(&mut editor);

    // Another search, cancelled at once: the rows are still those Use made.
    panel
        .start(&editor.check(), ReachSettings::default())
        .unwrap();
    panel.cancel();
    assert_eq!(panel.phase(), Phase::Cancelled);
    assert!(panel.can_undo(&editor));
    panel.undo(&mut editor);
    assert_eq!(editor, before_use);
    assert_eq!(panel.status(), "Previous delays restored");
    assert!(!panel.can_undo(&editor), "once");

    // A dismissed suggestion, and another one shown: Undo still puts the rows back.
    let mut panel = suggested(&editor, ReachSettings::default());
    panel.use_delays(&mut editor);
    panel.dismiss();
    assert!(panel.can_undo(&editor));
    while panel.advance(|| true) {}
    panel
        .start(&editor.check(), ReachSettings::default())
        .unwrap();
    while panel.advance(|| true) {}
    assert_eq!(panel.phase(), Phase::Suggested);
    assert!(panel.can_undo(&editor));
    panel.undo(&mut editor);
    assert_eq!(editor, before_use);
    assert_eq!(
        panel.phase(),
        Phase::Suggested,
        "the new suggestion stays offered"
    );
    assert_eq!(panel.status(), "Previous delays restored");
}

#[test]
fn a_suggestion_for_another_campaign_or_other_reach_settings_is_stale() {
    let mut editor = editor_for(&campaign());
    let panel = suggested(&editor, ReachSettings::default());
    assert!(!panel.is_stale(&editor.check(), &ReachSettings::default()));
    let other_reach = ReachSettings {
        pick_up: 0.1,
        ..ReachSettings::default()
    };
    assert!(panel.is_stale(&editor.check(), &other_reach));
    editor.edit(|draft| draft.name = "Renewals".into());
    assert!(
        !panel.is_stale(&editor.check(), &ReachSettings::default()),
        "a name changes no figure"
    );
    editor.edit(|draft| draft.window.end = "18:00".into());
    assert!(panel.is_stale(&editor.check(), &ReachSettings::default()));
    assert!(STALE_NOTE.starts_with("The campaign has changed"));
}

/// Bug hunt 4's case: rows edited after `Use these delays` kept the suggestion's figures with no
/// note, while the timeline showed the edited rows'; the completion mode, which no figure depends
/// on, brought the note.
#[test]
fn used_delays_edited_since_are_stale_and_the_completion_mode_changes_nothing() {
    let mut editor = editor_for(&campaign());
    let mut panel = suggested(&editor, ReachSettings::default());
    let fresh = |panel: &AdvisorPanel, editor: &Editor| {
        !panel.is_stale(&editor.check(), &ReachSettings::default())
    };
    editor.edit(|draft| draft.long_living = true);
    assert!(fresh(&panel, &editor), "long-living makes the same calls");
    panel.use_delays(&mut editor);
    assert!(fresh(&panel, &editor));
    editor.edit(|draft| draft.long_living = false);
    assert!(fresh(&panel, &editor));

    let used = editor.draft().attempts[0].clone();
    editor.set_delay(0, "42".into());
    assert!(
        !fresh(&panel, &editor),
        "a row edited since the delays were used"
    );
    editor.set_delay(0, used);
    assert!(fresh(&panel, &editor), "the same rows again");
    editor.edit(|draft| draft.window.end = "18:00".into());
    assert!(
        !fresh(&panel, &editor),
        "another window since the delays were used"
    );
}

#[test]
fn delays_used_from_a_stale_suggestion_stay_stale_and_fresh_ones_do_not() {
    let mut editor = editor_for(&campaign());
    let mut panel = suggested(&editor, ReachSettings::default());
    editor.edit(|draft| draft.window.end = "18:00".into());
    assert!(panel.is_stale(&editor.check(), &ReachSettings::default()));
    panel.use_delays(&mut editor);
    assert_eq!(panel.current_heading(), "Previous strategy");
    assert!(
        panel.is_stale(&editor.check(), &ReachSettings::default()),
        "the suggestion was made for another window"
    );

    let mut fresh_editor = editor_for(&campaign());
    let mut fresh = suggested(&fresh_editor, ReachSettings::default());
    fresh.use_delays(&mut fresh_editor);
    assert!(!fresh.is_stale(&fresh_editor.check(), &ReachSettings::default()));
    let other_reach = ReachSettings {
        pick_up: 0.1,
        ..ReachSettings::default()
    };
    assert!(fresh.is_stale(&fresh_editor.check(), &other_reach));
}

/// The first bug hunt's case: a row edited after the suggestion, then `Use these delays`. The
/// `Previous strategy` column showed the figures of the rows the suggestion was made for (300 s
/// and 3,600 s: 1 h 5 min), not of those replaced (600 s and 3,600 s), under the stale note.
#[test]
fn the_previous_strategy_is_the_rows_replaced_when_only_they_changed() {
    let mut editor = editor_for(&campaign());
    let mut panel = suggested(&editor, ReachSettings::default());
    let before = panel.suggestion().unwrap().0.expected.clone();
    editor.set_delay(0, "600".into());
    assert!(panel.is_stale(&editor.check(), &ReachSettings::default()));
    let edited = editor.check().expect("valid");
    panel.use_delays(&mut editor);
    assert!(
        !panel.is_stale(&editor.check(), &ReachSettings::default()),
        "every figure is of the rows replaced or of the suggestion"
    );
    let (suggestion, hours) = panel.suggestion().unwrap();
    assert_eq!(
        suggestion.expected, before,
        "the suggestion's own figures stay"
    );
    let rows = campaign_editor::domain::advisor::suggest(
        &edited,
        &campaign_editor::domain::advisor::SuggestRequest {
            attempts: 2,
            deadline_hours: hours,
            settings: ReachSettings::default(),
        },
    )
    .expect("a launch");
    assert_eq!(suggestion.current, rows.current);
    let [_, _, last] = figures(suggestion, hours);
    assert_eq!(
        last.current,
        "1 h 10 min after the first call, Mon 7 Dec, 10:10"
    );
    panel.undo(&mut editor);
    assert_eq!(
        editor.draft().attempts,
        ["600", "3,600"],
        "Undo puts back the rows replaced"
    );
}

#[test]
fn cancel_stops_a_running_search() {
    let editor = editor_for(&campaign());
    let mut panel = AdvisorPanel::default();
    panel.set_attempts("20".into());
    panel
        .start(&editor.check(), ReachSettings::default())
        .unwrap();
    let tried = |panel: &AdvisorPanel| -> usize {
        let progress = panel.progress().expect("searching");
        progress["Strategies tried: ".len()..].parse().unwrap()
    };
    let at_start = tried(&panel);
    let mut units = 30;
    assert!(panel.advance(|| {
        units -= 1;
        units > 0
    }));
    assert!(tried(&panel) > at_start + 20, "{:?}", panel.progress());
    panel.cancel();
    assert_eq!(panel.phase(), Phase::Cancelled);
    assert_eq!(panel.status(), "Search cancelled");
    assert!(!panel.advance(|| true), "nothing left to search");
    assert_eq!(panel.suggestion(), None);
}
