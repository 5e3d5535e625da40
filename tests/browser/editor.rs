//! The campaign editor as a user meets it: the help article's quick start, every kind of bad
//! input, the limits, the error summary, Long-Living and its confirmations, drafts kept across
//! reloads.

use wasm_bindgen_test::wasm_bindgen_test;

use campaign_editor::domain::campaign::{Campaign, RetryStrategy};

use super::support::*;

fn campaign_with(delays: &[u32]) -> Campaign {
    Campaign {
        retry_strategy: RetryStrategy::from_delays(delays.iter().copied()),
        ..Campaign::sample()
    }
}

#[wasm_bindgen_test]
async fn the_help_articles_quick_start_saves_a_draft() {
    let editor = mount_editor(Campaign::default(), None).await;
    let root = &editor.root;
    let disclosure = button(root, "Retry Strategy");
    assert_eq!(
        disclosure.get_attribute("aria-expanded").as_deref(),
        Some("false"),
        "collapsed at first"
    );
    assert!(shows(root, "No retries: a failed call is marked failed"));

    click(root, "Retry Strategy").await;
    assert_eq!(
        disclosure.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    click(root, "+ Add Attempt").await;
    assert_eq!(
        focused_id(),
        Some(attempt_input(root, 1).id()),
        "the new row has focus"
    );
    type_into(&attempt_input(root, 1), "300").await;
    assert!(
        shows(root, "5 min"),
        "the delay in compact form beside the row"
    );
    click(root, "+ Add Attempt").await;
    type_into(&attempt_input(root, 2), "3600").await;
    assert!(shows(root, "1 h"));
    click(root, "Save as Draft").await;

    let status = role_text(root, "status").unwrap_or_default();
    assert!(
        status.starts_with("Draft saved at "),
        "status was {status:?}"
    );
    assert!(role_text(root, "alert").is_none(), "no error summary");
}

#[wasm_bindgen_test]
async fn the_articles_86400_seconds_is_rejected_with_its_message() {
    let editor = mount_editor(campaign_with(&[300, 3600]), None).await;
    let root = &editor.root;
    click(root, "Retry Strategy").await;
    click(root, "+ Add Attempt").await;
    let third = attempt_input(root, 3);
    type_into(&third, "86400").await;
    assert_eq!(third.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert_eq!(
        error_for(&third).as_deref(),
        Some("Attempt 3 delay must be between 1 and 10,800 seconds (3 hours)")
    );
    type_into(&third, "86,400").await;
    assert_eq!(
        error_for(&third).as_deref(),
        Some("Attempt 3 delay must be between 1 and 10,800 seconds (3 hours)")
    );
    type_into(&third, "10,800").await;
    assert_eq!(error_for(&third), None);
    assert!(shows(root, "3 h"));
}

#[wasm_bindgen_test]
async fn each_kind_of_bad_delay_says_what_is_wrong_and_keeps_what_was_typed() {
    let editor = mount_editor(campaign_with(&[300]), None).await;
    let root = &editor.root;
    click(root, "Retry Strategy").await;
    let first = attempt_input(root, 1);
    for (typed, message) in [
        ("", "Enter a delay for attempt 1, in seconds"),
        ("   ", "Enter a delay for attempt 1, in seconds"),
        (
            "abc",
            "Attempt 1 delay must be a whole number of seconds, like 300",
        ),
        (
            "3.5",
            "Attempt 1 delay must be a whole number of seconds, like 300",
        ),
        (
            "3 600",
            "Attempt 1 delay must be a whole number of seconds, like 300",
        ),
        (
            "0",
            "Attempt 1 delay must be between 1 and 10,800 seconds (3 hours)",
        ),
        (
            "-5",
            "Attempt 1 delay must be between 1 and 10,800 seconds (3 hours)",
        ),
        (
            "10801",
            "Attempt 1 delay must be between 1 and 10,800 seconds (3 hours)",
        ),
    ] {
        type_into(&first, typed).await;
        assert_eq!(
            error_for(&first).as_deref(),
            Some(message),
            "typed {typed:?}"
        );
        assert_eq!(first.value(), typed, "what was typed stays");
    }
    type_into(&first, " 0300 ").await;
    assert_eq!(error_for(&first), None);
    assert!(shows(root, "5 min"));
}

#[wasm_bindgen_test]
async fn a_new_row_shows_its_error_once_touched() {
    let editor = mount_editor(campaign_with(&[300]), None).await;
    let root = &editor.root;
    click(root, "Retry Strategy").await;
    click(root, "+ Add Attempt").await;
    let second = attempt_input(root, 2);
    assert_eq!(
        error_for(&second),
        None,
        "an untouched new row shows no error"
    );
    leave(&second).await;
    assert_eq!(
        error_for(&second).as_deref(),
        Some("Enter a delay for attempt 2, in seconds")
    );
}

#[wasm_bindgen_test]
async fn twenty_attempts_is_the_limit_and_the_button_says_why() {
    let editor = mount_editor(campaign_with(&[60; 19]), None).await;
    let root = &editor.root;
    click(root, "Retry Strategy").await;
    assert!(!button(root, "+ Add Attempt").disabled());
    assert!(!shows(root, "You can add up to 20 attempts"));
    click(root, "+ Add Attempt").await;
    let add = button(root, "+ Add Attempt");
    assert!(add.disabled(), "disabled at 20");
    assert!(shows(root, "You can add up to 20 attempts"));
    let reason = add
        .get_attribute("aria-describedby")
        .and_then(|id| document_text(&id));
    assert_eq!(reason.as_deref(), Some("You can add up to 20 attempts"));
    assert!(try_input_labelled(root, "Attempt 20 delay, in seconds").is_some());
    assert!(try_input_labelled(root, "Attempt 21 delay, in seconds").is_none());
}

fn document_text(id: &str) -> Option<String> {
    leptos::prelude::document()
        .get_element_by_id(id)
        .map(|e| text_of(&e))
}

#[wasm_bindgen_test]
async fn removing_a_row_renumbers_the_rest_and_keeps_focus_in_the_list() {
    let editor = mount_editor(campaign_with(&[300, 3600, 7200]), None).await;
    let root = &editor.root;
    click(root, "Retry Strategy").await;
    click(root, "Remove attempt 2").await;
    assert_eq!(attempt_input(root, 1).value(), "300");
    assert_eq!(attempt_input(root, 2).value(), "7,200");
    assert!(try_input_labelled(root, "Attempt 3 delay, in seconds").is_none());
    assert_eq!(
        focused_id(),
        Some(attempt_input(root, 2).id()),
        "focus on the row that took its place"
    );
    click(root, "Remove attempt 2").await;
    click(root, "Remove attempt 1").await;
    assert!(shows(root, "No retries: a failed call is marked failed"));
    assert_eq!(focused_id(), Some(button(root, "+ Add Attempt").id()));
}

#[wasm_bindgen_test]
async fn save_with_errors_shows_a_summary_whose_links_reach_the_fields() {
    let editor = mount_editor(campaign_with(&[300]), None).await;
    let root = &editor.root;
    type_into(&input_labelled(root, "Campaign name"), "  ").await;
    click(root, "Retry Strategy").await;
    click(root, "+ Add Attempt").await;
    click(root, "Retry Strategy").await; // collapse again: the link must open it
    click(root, "Save as Draft").await;

    let summary = all(root, "[role=\"alert\"]")
        .pop()
        .expect("an error summary");
    assert_eq!(
        all(&summary, "h3").first().map(text_of).as_deref(),
        Some("There is a problem")
    );
    let links: Vec<String> = all(&summary, "a").iter().map(text_of).collect();
    assert_eq!(
        links,
        [
            "Enter a campaign name",
            "Enter a delay for attempt 2, in seconds"
        ]
    );
    assert!(
        !role_text(root, "status")
            .unwrap_or_default()
            .contains("saved"),
        "nothing saved"
    );

    let link = all(&summary, "a")
        .pop()
        .expect("a link")
        .dyn_into::<web_sys::HtmlElement>()
        .expect("html");
    link.click();
    settle().await;
    assert_eq!(focused_id(), Some(attempt_input(root, 2).id()));
    let name_link = all(&summary, "a")
        .remove(0)
        .dyn_into::<web_sys::HtmlElement>()
        .expect("html");
    name_link.click();
    settle().await;
    assert_eq!(
        focused_id(),
        Some(input_labelled(root, "Campaign name").id())
    );

    type_into(&input_labelled(root, "Campaign name"), "Renewals").await;
    type_into(&attempt_input(root, 2), "600").await;
    assert!(
        role_text(root, "alert").is_none(),
        "the summary goes once every error is fixed"
    );
}

use wasm_bindgen::JsCast;

#[wasm_bindgen_test]
async fn long_living_warns_and_asks_before_it_starts_and_stops() {
    let editor = mount_editor(campaign_with(&[300]), None).await;
    let root = &editor.root;
    let warning = "This campaign never ends on its own: you must stop it manually. Monitor it regularly to avoid unexpected calls.";
    assert!(!shows(root, warning));
    let switch = input_labelled(root, "Long-Living Campaign");
    assert!(!switch.checked(), "off by default");
    toggle(&switch).await;
    assert!(shows(root, warning));
    assert_eq!(
        descriptions(&switch).last().map(String::as_str),
        Some(warning),
        "the switch, once on, is described by the warning"
    );
    let live = all(root, "[aria-live=polite]")
        .into_iter()
        .any(|region| text_of(&region) == warning);
    assert!(
        live,
        "the warning comes in a live region, heard as it appears"
    );

    click(root, "Start Now").await;
    assert!(
        try_button(root, "Start long-living campaign").is_some(),
        "a confirmation first"
    );
    click(root, "Cancel").await;
    assert!(
        role_text(root, "status").unwrap_or_default().is_empty(),
        "not started"
    );

    start_long_living(root).await;

    click(root, "Stop campaign").await;
    click(root, "Stop now").await;
    let status = role_text(root, "status").unwrap_or_default();
    assert!(status.starts_with("Stopped at "), "status was {status:?}");
    assert!(try_button(root, "Stop campaign").is_none());
    // Not a dead end: a stopped campaign can be saved or started again.
    assert!(try_button(root, "Save as Draft").is_some());
    start_long_living(root).await;
}

/// Start Now, then the confirmation: the campaign runs.
async fn start_long_living(root: &web_sys::Element) {
    click(root, "Start Now").await;
    click(root, "Start long-living campaign").await;
    let status = role_text(root, "status").unwrap_or_default();
    assert!(
        status.starts_with("Running since "),
        "status was {status:?}"
    );
}

#[wasm_bindgen_test]
async fn the_question_before_a_long_living_start_goes_with_the_switch() {
    let editor = mount_editor(campaign_with(&[300]), None).await;
    let root = &editor.root;
    let switch = input_labelled(root, "Long-Living Campaign");
    toggle(&switch).await;
    click(root, "Start Now").await;
    assert!(try_button(root, "Start long-living campaign").is_some());
    toggle(&switch).await;
    assert!(
        try_button(root, "Start long-living campaign").is_none(),
        "a fixed campaign is not started from a question about a long-living one"
    );
    assert!(
        role_text(root, "status").unwrap_or_default().is_empty(),
        "not started"
    );
    assert!(try_button(root, "Start Now").is_some());
}

#[wasm_bindgen_test]
async fn a_fixed_campaign_starts_without_asking() {
    let editor = mount_editor(campaign_with(&[300]), None).await;
    let root = &editor.root;
    click(root, "Start Now").await;
    assert!(try_button(root, "Start long-living campaign").is_none());
    assert!(
        role_text(root, "status")
            .unwrap_or_default()
            .starts_with("Running since ")
    );
}

#[wasm_bindgen_test]
async fn a_draft_is_restored_after_a_remount_with_what_was_typed() {
    let key = "ce-test-restore";
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .remove_item(key)
        .unwrap();
    {
        let editor = mount_editor(campaign_with(&[300]), Some(key)).await;
        let root = &editor.root;
        type_into(&input_labelled(root, "Campaign name"), "Spring renewals").await;
        click(root, "Save as Draft").await;
        click(root, "Retry Strategy").await;
        type_into(&attempt_input(root, 1), "not yet").await;
    }
    let editor = mount_editor(Campaign::sample(), Some(key)).await;
    let root = &editor.root;
    assert_eq!(
        input_labelled(root, "Campaign name").value(),
        "Spring renewals"
    );
    assert_eq!(
        attempt_input(root, 1).value(),
        "not yet",
        "invalid input is kept too"
    );
    let status = role_text(root, "status").unwrap_or_default();
    assert!(
        status.contains("You have unsaved changes"),
        "status was {status:?}"
    );
}

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
async fn an_unreadable_draft_is_kept_aside_until_the_user_discards_it() {
    let key = "ce-test-corrupt";
    let storage = local_storage();
    storage.remove_item(&format!("{key}.unreadable")).unwrap();
    storage.set_item(key, "{not json").unwrap();
    let editor = mount_editor(Campaign::sample(), Some(key)).await;
    let root = &editor.root;
    assert!(shows(
        root,
        "A saved draft could not be read. It is kept aside, under “ce-test-corrupt.unreadable”, until you discard it."
    ));
    assert_eq!(
        input_labelled(root, "Campaign name").value(),
        "Lead qualification"
    );
    type_into(&input_labelled(root, "Campaign name"), "Typed").await;
    assert_eq!(
        storage
            .get_item("ce-test-corrupt.unreadable")
            .unwrap()
            .as_deref(),
        Some("{not json"),
        "the first keystroke destroys nothing"
    );
    assert_eq!(
        role_text(root, "alert").as_deref(),
        Some(
            "A saved draft could not be read. It is kept aside, under “ce-test-corrupt.unreadable”, until you discard it."
        ),
        "the notice is heard"
    );
    click(root, "Discard the saved draft").await;
    assert_eq!(
        storage.get_item("ce-test-corrupt.unreadable").unwrap(),
        None
    );
    assert!(try_button(root, "Discard the saved draft").is_none());
    assert_eq!(
        focused_id(),
        Some(input_labelled(root, "Campaign name").id()),
        "the focus goes to the first field, not to the page"
    );
}

#[wasm_bindgen_test]
async fn a_clock_outside_years_1_to_9999_proposes_a_sane_launch_with_a_notice() {
    let editor = mount_editor_on(Campaign::default(), None, || None).await;
    let root = &editor.root;
    assert!(shows(
        root,
        "This device's clock does not read a real date, so the launch time proposed is only an example: check it before you start."
    ));
    assert_eq!(
        input_labelled(root, "Launch date and time").value(),
        "2026-01-01T09:00"
    );
    click(root, "Save as Draft").await;
    assert!(
        role_text(root, "status")
            .unwrap_or_default()
            .starts_with("Draft saved at Thu 1 Jan, 00:00")
    );
}

#[wasm_bindgen_test]
async fn html_in_a_name_shows_as_text() {
    let editor = mount_editor(Campaign::sample(), None).await;
    let root = &editor.root;
    let name = "<img src=x onerror=alert(1)>";
    type_into(&input_labelled(root, "Campaign name"), name).await;
    assert!(shows(root, name), "the name is shown as text");
    assert!(all(root, "img").is_empty(), "no element was made from it");
}

#[wasm_bindgen_test]
async fn a_delay_over_the_limit_offers_the_next_morning_instead() {
    let out_of_range = "Attempt 3 delay must be between 1 and 10,800 seconds (3 hours)";
    let campaign = Campaign {
        launch_at: campaign_editor::domain::calendar::LocalDateTime::parse("2026-12-07T16:00"),
        ..campaign_with(&[300, 3600])
    };
    let editor = mount_editor(campaign, None).await;
    let root = &editor.root;
    click(root, "Retry Strategy").await;
    click(root, "+ Add Attempt").await;
    let third = attempt_input(root, 3);
    for not_over in ["0", "-86400", "next day", "10,800"] {
        type_into(&third, not_over).await;
        assert!(
            try_button(root, "Call again the next morning instead").is_none(),
            "{not_over:?}"
        );
    }

    type_into(&third, "86,400").await;
    assert_eq!(error_for(&third).as_deref(), Some(out_of_range));
    let described = descriptions(&third);
    assert_eq!(described.len(), 2, "{described:?}");
    assert_eq!(described[0], out_of_range, "the error first");
    assert!(
        described[1].starts_with("To call again the next day, use a calling window"),
        "then the hint: {described:?}"
    );
    assert!(!input_labelled(root, "Calling window").checked());
    click(root, "Save as Draft").await;
    let summary = all(root, "[role=\"alert\"] a");
    assert_eq!(
        summary.iter().map(text_of).collect::<Vec<_>>(),
        [out_of_range],
        "the hint is no problem"
    );

    click(root, "Call again the next morning instead").await;
    assert_eq!(third.value(), "10,800");
    assert_eq!(error_for(&third), None);
    assert!(try_button(root, "Call again the next morning instead").is_none());
    assert_eq!(focused_id(), Some(third.id()), "focus stays on the row");
    assert!(input_labelled(root, "Calling window").checked());
    assert_eq!(input_labelled(root, "Window start").value(), "09:00");
    assert_eq!(input_labelled(root, "Window end").value(), "18:00");
    assert!(input_labelled(root, "Mon").checked());
    assert!(!input_labelled(root, "Sat").checked());
    assert_eq!(
        input_labelled(root, "Launch date and time").value(),
        "2026-12-07T16:00",
        "the launch is kept"
    );
    // The time part of the item; the reach model's figures follow it after "; ".
    assert_eq!(
        list_items(root, "Retry timeline")[2].split("; ").next(),
        Some(
            "Attempt 3 — 17 h after the first call, Tue 8 Dec, 09:00 \
             (deferred 12 h 55 min by the calling window)"
        )
    );
    assert!(role_text(root, "alert").is_none(), "nothing left to fix");
}

/// A calling window with no day: every day's box is described by the message and marked invalid,
/// as every other field with a problem is; once a day is chosen, none is.
#[wasm_bindgen_test]
async fn calling_days_without_a_day_are_marked_invalid() {
    let editor = mount_editor(campaign_with(&[300]), None).await;
    let root = &editor.root;
    toggle(&input_labelled(root, "Calling window")).await;
    let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    for day in days {
        let input = input_labelled(root, day);
        if input.checked() {
            toggle(&input).await;
        }
    }
    for day in days {
        let input = input_labelled(root, day);
        assert_eq!(
            input.get_attribute("aria-invalid").as_deref(),
            Some("true"),
            "{day}"
        );
        assert_eq!(
            error_for(&input).as_deref(),
            Some("Choose at least one calling day")
        );
    }
    toggle(&input_labelled(root, "Wed")).await;
    for day in days {
        assert_eq!(
            input_labelled(root, day).get_attribute("aria-invalid"),
            None
        );
    }
}
