//! The wall clock a campaign is read on (plain calendar arithmetic, no time zones) and the calling
//! window placed on it.

use campaign_editor::domain::calendar::{Days, LocalDateTime, TimeOfDay, Weekday};
use campaign_editor::domain::window::CallingWindow;

fn at(text: &str) -> LocalDateTime {
    LocalDateTime::parse(text).unwrap_or_else(|| panic!("{text} is a date-time"))
}

fn window(start: &str, end: &str, days: &[Weekday]) -> CallingWindow {
    CallingWindow::new(
        TimeOfDay::parse(start),
        TimeOfDay::parse(end),
        Some(days.iter().copied().collect()),
    )
    .expect("a valid window")
}

const WEEKDAYS: [Weekday; 5] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
];

// --- date-times --------------------------------------------------------------------------------

#[test]
fn parses_into_its_parts() {
    let t = at("2026-12-07T10:05");
    assert_eq!(t.date(), (2026, 12, 7));
    assert_eq!(t.second_of_day(), 10 * 3_600 + 5 * 60);
    assert_eq!(t, LocalDateTime::from_parts(2026, 12, 7, 10, 5, 0).unwrap());
    let t = at("1999-01-31T23:59:58");
    assert_eq!(t.date(), (1999, 1, 31));
    assert_eq!(t.second_of_day(), 86_398);
}

#[test]
fn seconds_are_optional() {
    assert_eq!(at("2026-12-07T09:00"), at("2026-12-07T09:00:00"));
    assert_eq!(
        at("2026-12-07T09:00:30").seconds_since(at("2026-12-07T09:00")),
        30
    );
}

#[test]
fn february_29_only_in_leap_years() {
    assert!(LocalDateTime::parse("2024-02-29T09:00").is_some());
    assert!(LocalDateTime::parse("2000-02-29T09:00").is_some());
    assert!(LocalDateTime::parse("1600-02-29T09:00").is_some());
    assert!(LocalDateTime::parse("2023-02-29T09:00").is_none());
    assert!(LocalDateTime::parse("2100-02-29T09:00").is_none());
    assert!(LocalDateTime::parse("1900-02-29T09:00").is_none());
    assert!(LocalDateTime::parse("2024-02-30T09:00").is_none());
    assert!(LocalDateTime::from_parts(2100, 2, 29, 0, 0, 0).is_none());
    assert!(LocalDateTime::from_parts(2000, 2, 29, 0, 0, 0).is_some());
}

#[test]
fn month_lengths() {
    let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    for (month, days) in (1..=12).zip(lengths) {
        assert!(LocalDateTime::from_parts(2026, month, days, 0, 0, 0).is_some());
        assert!(
            LocalDateTime::from_parts(2026, month, days + 1, 0, 0, 0).is_none(),
            "month {month}"
        );
    }
}

#[test]
fn rejects_impossible_parts() {
    for text in [
        "2026-13-01T09:00",
        "2026-00-01T09:00",
        "2026-01-00T09:00",
        "2026-12-07T24:00",
        "2026-12-07T23:60",
        "2026-12-07T23:59:60",
        "2026-12-0709:00",
        "2026-12-07 09:00",
        "2026-12-07",
        "",
    ] {
        assert!(LocalDateTime::parse(text).is_none(), "{text:?}");
    }
    assert!(LocalDateTime::from_parts(0, 1, 1, 0, 0, 0).is_none());
    assert!(LocalDateTime::from_parts(10_000, 1, 1, 0, 0, 0).is_none());
    assert!(LocalDateTime::from_parts(2026, 1, 1, 24, 0, 0).is_none());
    assert!(LocalDateTime::from_parts(2026, 1, 1, 0, 60, 0).is_none());
    assert!(LocalDateTime::from_parts(2026, 1, 1, 0, 0, 60).is_none());
}

#[test]
fn weekdays_of_known_dates() {
    for (text, day) in [
        ("1970-01-01T00:00", Weekday::Thu),
        ("1969-12-31T23:59", Weekday::Wed),
        ("0001-01-01T00:00", Weekday::Mon),
        ("1999-12-31T12:00", Weekday::Fri),
        ("2000-02-29T12:00", Weekday::Tue),
        ("2024-02-29T12:00", Weekday::Thu),
        ("2026-12-07T00:00", Weekday::Mon),
        ("2026-12-07T23:59:59", Weekday::Mon),
        ("2026-12-11T18:00", Weekday::Fri),
        ("2026-12-13T12:00", Weekday::Sun),
        ("2100-03-01T00:00", Weekday::Mon),
        ("9999-12-31T00:00", Weekday::Fri),
    ] {
        assert_eq!(at(text).weekday(), day, "{text}");
    }
}

#[test]
fn human_form() {
    assert_eq!(at("2026-12-07T10:05").human(), "Mon 7 Dec, 10:05");
    assert_eq!(at("2026-12-07T10:05:30").human(), "Mon 7 Dec, 10:05:30");
    assert_eq!(at("2027-01-01T00:00").human(), "Fri 1 Jan, 00:00");
    assert_eq!(at("2024-02-29T23:59").human(), "Thu 29 Feb, 23:59");
    assert_eq!(at("2026-12-07T09:00").clock(), "09:00");
    assert_eq!(at("2026-12-07T09:00:07").clock(), "09:00:07");
}

#[test]
fn display_is_the_json_spelling() {
    assert_eq!(at("2026-12-07T09:00").to_string(), "2026-12-07T09:00");
    assert_eq!(at("2026-12-07T09:00:00").to_string(), "2026-12-07T09:00");
    assert_eq!(
        at(" 2026-12-07T09:00:05 ").to_string(),
        "2026-12-07T09:00:05"
    );
    assert_eq!(at("0001-01-01T00:00").to_string(), "0001-01-01T00:00");
    assert_eq!(
        serde_json::to_string(&at("2026-12-07T09:00")).unwrap(),
        r#""2026-12-07T09:00""#
    );
}

#[test]
fn arithmetic_crosses_days_months_and_years() {
    let t = at("2026-12-31T23:00");
    assert_eq!(t.plus(3_600), at("2027-01-01T00:00"));
    assert_eq!(t.plus(3_600).weekday(), Weekday::Fri);
    assert_eq!(at("2024-02-28T12:00").plus(86_400), at("2024-02-29T12:00"));
    assert_eq!(at("2023-02-28T12:00").plus(86_400), at("2023-03-01T12:00"));
    assert_eq!(
        at("2027-01-01T00:00").seconds_since(at("2026-01-01T00:00")),
        365 * 86_400
    );
    assert_eq!(
        at("2025-01-01T00:00").seconds_since(at("2024-01-01T00:00")),
        366 * 86_400
    );
    assert_eq!(at("2026-12-07T10:05").midnight(), at("2026-12-07T00:00"));
    assert_eq!(at("2026-12-07T09:00").plus(-1).date(), (2026, 12, 7));
    assert_eq!(at("2026-12-07T00:00").plus(-1), at("2026-12-06T23:59:59"));
}

#[test]
fn weekday_keys_and_labels() {
    let keys: Vec<_> = Weekday::ALL.iter().map(|d| d.key()).collect();
    assert_eq!(keys, ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]);
    let labels: Vec<_> = Weekday::ALL.iter().map(|d| d.label()).collect();
    assert_eq!(labels, ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]);
    assert_eq!(Weekday::from_key("sat"), Some(Weekday::Sat));
    assert_eq!(Weekday::from_key("Sat"), None);
    assert_eq!(Weekday::from_key("saturday"), None);
}

#[test]
fn day_sets() {
    let weekdays: Vec<_> = Days::WEEKDAYS.iter().collect();
    assert_eq!(weekdays, WEEKDAYS);
    assert!(Days::EMPTY.is_empty());
    let weekend = Days::EMPTY
        .with(Weekday::Sun, true)
        .with(Weekday::Sat, true);
    assert_eq!(
        weekend.iter().collect::<Vec<_>>(),
        [Weekday::Sat, Weekday::Sun]
    );
    assert_eq!(weekend.with(Weekday::Sat, false).iter().count(), 1);
    assert_eq!(serde_json::to_string(&weekend).unwrap(), r#"["sat","sun"]"#);
}

// --- calling window ----------------------------------------------------------------------------

#[test]
fn open_from_start_inclusive_to_end_exclusive() {
    let office = window("09:00", "18:00", &WEEKDAYS);
    assert!(!office.is_open_at(at("2026-12-07T08:59:59")));
    assert!(office.is_open_at(at("2026-12-07T09:00")));
    assert!(office.is_open_at(at("2026-12-07T12:00")));
    assert!(office.is_open_at(at("2026-12-07T17:59:59")));
    assert!(!office.is_open_at(at("2026-12-07T18:00")));
    assert!(!office.is_open_at(at("2026-12-07T23:00")));
}

#[test]
fn closed_on_days_not_chosen() {
    let office = window("09:00", "18:00", &WEEKDAYS);
    assert!(office.is_open_at(at("2026-12-11T12:00")));
    assert!(!office.is_open_at(at("2026-12-12T12:00")));
    assert!(!office.is_open_at(at("2026-12-13T12:00")));
}

#[test]
fn next_opening_inside_the_window_is_now() {
    let office = window("09:00", "18:00", &WEEKDAYS);
    let t = at("2026-12-07T10:05:30");
    assert_eq!(office.next_opening_at(t), t);
    let t = at("2026-12-07T09:00");
    assert_eq!(office.next_opening_at(t), t);
}

#[test]
fn next_opening_before_the_start_is_today() {
    let office = window("09:00", "18:00", &WEEKDAYS);
    assert_eq!(
        office.next_opening_at(at("2026-12-07T06:00")),
        at("2026-12-07T09:00")
    );
}

#[test]
fn next_opening_at_the_end_is_the_next_day() {
    let office = window("09:00", "18:00", &WEEKDAYS);
    assert_eq!(
        office.next_opening_at(at("2026-12-07T18:00")),
        at("2026-12-08T09:00")
    );
}

#[test]
fn friday_evening_opens_on_monday() {
    let office = window("09:00", "18:00", &WEEKDAYS);
    let monday = at("2026-12-14T09:00");
    for t in [
        "2026-12-11T18:00",
        "2026-12-11T20:30",
        "2026-12-12T10:00",
        "2026-12-13T23:59:59",
        "2026-12-14T00:00",
    ] {
        assert_eq!(office.next_opening_at(at(t)), monday, "{t}");
    }
}

#[test]
fn a_single_day_window_waits_a_week() {
    let mondays = window("09:00", "10:00", &[Weekday::Mon]);
    assert_eq!(
        mondays.next_opening_at(at("2026-12-07T10:00")),
        at("2026-12-14T09:00")
    );
    let sundays = window("09:00", "10:00", &[Weekday::Sun]);
    assert_eq!(
        sundays.next_opening_at(at("2026-12-07T09:30")),
        at("2026-12-13T09:00")
    );
}

#[test]
fn window_clock_counts_seconds_after_launch() {
    let clock = window("09:00", "18:00", &WEEKDAYS).from_launch(at("2026-12-11T17:00"));
    assert!(clock.is_open(0));
    assert!(clock.is_open(3_599));
    assert!(!clock.is_open(3_600));
    assert_eq!(clock.next_opening(0), 0);
    assert_eq!(clock.next_opening(3_600), 2 * 86_400 + 16 * 3_600);
    assert_eq!(clock.at(3_600), at("2026-12-11T18:00"));
    assert_eq!(clock.launch(), at("2026-12-11T17:00"));
}

#[test]
fn window_serializes_as_in_the_spec() {
    let office = window("09:00", "18:00", &WEEKDAYS);
    assert_eq!(
        serde_json::to_value(office).unwrap(),
        serde_json::json!({"start": "09:00", "end": "18:00",
                           "days": ["mon", "tue", "wed", "thu", "fri"]})
    );
}

#[test]
fn next_at_is_strictly_later_on_a_chosen_day() {
    let nine = TimeOfDay::new(9, 0).unwrap();
    let weekdays: Days = WEEKDAYS.into_iter().collect();
    assert_eq!(
        at("2026-12-07T08:00").next_at(nine, weekdays),
        Some(at("2026-12-07T09:00"))
    );
    assert_eq!(
        at("2026-12-07T09:00").next_at(nine, weekdays),
        Some(at("2026-12-08T09:00"))
    );
    assert_eq!(
        at("2026-12-11T09:00").next_at(nine, weekdays),
        Some(at("2026-12-14T09:00"))
    );
    let mondays: Days = [Weekday::Mon].into_iter().collect();
    assert_eq!(
        at("2026-12-07T09:00").next_at(nine, mondays),
        Some(at("2026-12-14T09:00"))
    );
    assert_eq!(at("2026-12-07T08:00").next_at(nine, Days::EMPTY), None);
}

#[test]
fn day_label() {
    assert_eq!(at("2026-12-07T10:05").day_label(), "Mon 7 Dec");
    assert_eq!(at("2027-01-01T00:00").day_label(), "Fri 1 Jan");
}

#[test]
fn open_intervals_are_clipped_and_in_order() {
    // Launch on Friday 17:00; office hours on weekdays.
    let clock = window("09:00", "18:00", &WEEKDAYS).from_launch(at("2026-12-11T17:00"));
    let monday = 2 * 86_400 + 16 * 3_600;
    let tuesday = monday + 86_400;
    let spans: Vec<_> = clock.open_intervals(0, tuesday + 3_600).collect();
    assert_eq!(
        spans,
        [
            (0, 3_600),
            (monday, monday + 9 * 3_600),
            (tuesday, tuesday + 3_600)
        ]
    );
    let spans: Vec<_> = clock.open_intervals(1_800, 3_600).collect();
    assert_eq!(spans, [(1_800, 3_600)]);
    assert_eq!(clock.open_intervals(3_600, monday).count(), 0);
}
