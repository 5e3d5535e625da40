//! The field rules of SPEC section 2, row by row, with every message word for word, and every
//! example of its "whole number" paragraph; then how durations and counts are shown.
//!
//! Expected messages are written out here on purpose: they are the contract, so a change to the
//! code's wording has to fail a test.

use campaign_editor::domain::calendar::{Days, TimeOfDay, Weekday};
use campaign_editor::domain::campaign::{
    check_attempt_count, check_launch_at, check_name, check_time_of_day, parse_delay,
};
use campaign_editor::domain::duration::{compact, thousands};
use campaign_editor::domain::error::FieldError;
use campaign_editor::domain::whole_number::WholeNumber;
use campaign_editor::domain::window::{CallingWindow, WindowField};

/// The message `parse_delay` gives for attempt `n` typed as `text`, or `Ok(value)`.
fn delay(n: usize, text: &str) -> Result<u32, String> {
    parse_delay(n, text).map_err(|e| e.to_string())
}

fn empty(n: usize) -> Result<u32, String> {
    Err(format!("Enter a delay for attempt {n}, in seconds"))
}

fn not_whole(n: usize) -> Result<u32, String> {
    Err(format!(
        "Attempt {n} delay must be a whole number of seconds, like 300"
    ))
}

fn out_of_range(n: usize) -> Result<u32, String> {
    Err(format!(
        "Attempt {n} delay must be between 1 and 10,800 seconds (3 hours)"
    ))
}

// --- attempt delay: the three rows of the table --------------------------------------------------

#[test]
fn empty_delay_is_required() {
    for text in ["", " ", "   ", "\t", "\n", " \t\r\n ", "\u{a0}", "\u{3000}"] {
        assert_eq!(delay(1, text), empty(1), "{text:?}");
    }
    assert_eq!(
        delay(1, "").unwrap_err(),
        "Enter a delay for attempt 1, in seconds"
    );
}

#[test]
fn messages_name_the_attempt_number() {
    assert_eq!(
        delay(7, "").unwrap_err(),
        "Enter a delay for attempt 7, in seconds"
    );
    assert_eq!(
        delay(20, "abc").unwrap_err(),
        "Attempt 20 delay must be a whole number of seconds, like 300"
    );
    assert_eq!(
        delay(3, "0").unwrap_err(),
        "Attempt 3 delay must be between 1 and 10,800 seconds (3 hours)"
    );
    assert_eq!(
        parse_delay(12, "x"),
        Err(FieldError::DelayNotWholeNumber { attempt: 12 })
    );
}

#[test]
fn delay_boundaries() {
    assert_eq!(delay(1, "0"), out_of_range(1));
    assert_eq!(delay(1, "1"), Ok(1));
    assert_eq!(delay(1, "2"), Ok(2));
    assert_eq!(delay(1, "300"), Ok(300));
    assert_eq!(delay(1, "10799"), Ok(10_799));
    assert_eq!(delay(1, "10800"), Ok(10_800));
    assert_eq!(delay(1, "10,800"), Ok(10_800));
    assert_eq!(delay(1, "10801"), out_of_range(1));
    assert_eq!(delay(1, "10,801"), out_of_range(1));
}

#[test]
fn whole_number_examples_that_are_accepted() {
    assert_eq!(delay(2, "3,600"), Ok(3_600));
    assert_eq!(delay(2, "10,800"), Ok(10_800));
    assert_eq!(delay(2, "0300"), Ok(300));
    assert_eq!(delay(2, "000000000000000000000000000000300"), Ok(300));
    assert_eq!(delay(2, " 300 "), Ok(300));
    assert_eq!(delay(2, "\t300\n"), Ok(300));
    assert_eq!(delay(2, "1,000"), Ok(1_000));
    assert_eq!(delay(2, "0,300"), Ok(300));
    assert_eq!(delay(2, "000,300"), Ok(300));
}

#[test]
fn whole_number_examples_that_are_not_whole_numbers() {
    let rejected = [
        "3 600",
        "36,00",
        "300,",
        ",300",
        "3,6000",
        "1000,000",
        "3,,600",
        "3.5",
        "300.",
        ".5",
        "300.0",
        "1e3",
        "1E3",
        "+5",
        "+300",
        "-",
        " - ",
        "--5",
        "- 5",
        "-+5",
        "+-5",
        "abc",
        "300s",
        "5min",
        "three",
        "0x10",
        "3_600",
        "3'600",
        "3 ,600",
        "٣٠٠",
        "３００",
        "−5",
        "‐5",
        "–5",
        "3٠0",
        "1,٠٠٠",
        "300\u{200b}",
    ];
    for text in rejected {
        assert_eq!(delay(4, text), not_whole(4), "{text:?}");
        assert_eq!(WholeNumber::parse(text), None, "{text:?}");
    }
}

#[test]
fn negatives_zero_and_overflow_are_out_of_range() {
    for text in [
        "-5",
        "-0",
        "-1",
        "-300",
        "-3,600",
        "-10,800",
        "0",
        "000",
        "0,000",
        "10801",
        "99999999999",
        "123456789012345678901234567890",
        "-123456789012345678901234567890",
        "999,999,999,999,999,999,999,999,999,999",
        "18446744073709551616",
        "9223372036854775808",
        "-9223372036854775809",
    ] {
        assert_eq!(delay(5, text), out_of_range(5), "{text:?}");
    }
}

#[test]
fn whole_number_values() {
    use WholeNumber::{Fits, TooLarge};
    assert_eq!(WholeNumber::parse("0"), Some(Fits(0)));
    assert_eq!(WholeNumber::parse("-0"), Some(Fits(0)));
    assert_eq!(WholeNumber::parse("-5"), Some(Fits(-5)));
    assert_eq!(WholeNumber::parse("0300"), Some(Fits(300)));
    assert_eq!(WholeNumber::parse(" 3,600 "), Some(Fits(3_600)));
    assert_eq!(WholeNumber::parse("-1,234,567"), Some(Fits(-1_234_567)));
    assert_eq!(
        WholeNumber::parse("9223372036854775807"),
        Some(Fits(i64::MAX))
    );
    assert_eq!(
        WholeNumber::parse("-9,223,372,036,854,775,807"),
        Some(Fits(-i64::MAX))
    );
    assert_eq!(WholeNumber::parse("9223372036854775808"), Some(TooLarge));
    assert_eq!(
        WholeNumber::parse("123456789012345678901234567890"),
        Some(TooLarge)
    );
    assert_eq!(
        WholeNumber::parse("-123456789012345678901234567890"),
        Some(TooLarge)
    );
    assert_eq!(WholeNumber::parse(""), None);
    assert_eq!(WholeNumber::parse("   "), None);
}

#[test]
fn whole_number_within() {
    use WholeNumber::{Fits, TooLarge};
    assert_eq!(Fits(1).within(1, 10_800), Some(1));
    assert_eq!(Fits(10_800).within(1, 10_800), Some(10_800));
    assert_eq!(Fits(0).within(1, 10_800), None);
    assert_eq!(Fits(10_801).within(1, 10_800), None);
    assert_eq!(Fits(-5).within(-10, 10), Some(-5));
    assert_eq!(TooLarge.within(i64::MIN, i64::MAX), None);
}

#[test]
fn no_input_has_a_maximum_length() {
    let long_zeros = format!("{}300", "0".repeat(100_000));
    assert_eq!(delay(1, &long_zeros), Ok(300));
    let long_number = "9".repeat(100_000);
    assert_eq!(delay(1, &long_number), out_of_range(1));
    let long_groups = format!("1{}", ",000".repeat(30_000));
    assert_eq!(delay(1, &long_groups), out_of_range(1));
    let long_junk = "9".repeat(100_000) + "x";
    assert_eq!(delay(1, &long_junk), not_whole(1));
}

// --- number of attempts ------------------------------------------------------------------------

#[test]
fn attempt_count_is_zero_to_twenty() {
    assert_eq!(check_attempt_count(0), Ok(()));
    assert_eq!(check_attempt_count(1), Ok(()));
    assert_eq!(check_attempt_count(20), Ok(()));
    assert_eq!(
        check_attempt_count(21).unwrap_err().to_string(),
        "You can add up to 20 attempts"
    );
    assert_eq!(
        check_attempt_count(1_000).unwrap_err().to_string(),
        "You can add up to 20 attempts"
    );
}

// --- campaign name -----------------------------------------------------------------------------

#[test]
fn name_is_required() {
    for text in ["", " ", "\t\n", "\u{2003}"] {
        assert_eq!(
            check_name(text).unwrap_err().to_string(),
            "Enter a campaign name",
            "{text:?}"
        );
    }
}

#[test]
fn name_is_trimmed() {
    assert_eq!(
        check_name("  Lead qualification \n").unwrap(),
        "Lead qualification"
    );
    assert_eq!(check_name("a").unwrap(), "a");
}

#[test]
fn name_counts_unicode_scalar_values_after_trimming() {
    let too_long = "Campaign name must be 120 characters or fewer";
    assert_eq!(check_name(&"a".repeat(120)).unwrap(), "a".repeat(120));
    assert_eq!(
        check_name(&"a".repeat(121)).unwrap_err().to_string(),
        too_long
    );
    // 120 two-byte characters are 240 bytes but 120 characters.
    assert_eq!(check_name(&"é".repeat(120)).unwrap(), "é".repeat(120));
    assert_eq!(
        check_name(&"é".repeat(121)).unwrap_err().to_string(),
        too_long
    );
    // Emoji are one scalar value each (four bytes).
    assert!(check_name(&"📞".repeat(120)).is_ok());
    assert!(check_name(&"📞".repeat(121)).is_err());
    // A combining accent is a scalar value of its own: 61 × "e + ◌́" is 122.
    assert!(check_name(&"e\u{301}".repeat(60)).is_ok());
    assert_eq!(
        check_name(&"e\u{301}".repeat(61)).unwrap_err().to_string(),
        too_long
    );
    // White space around does not count.
    let padded = format!("   {}   ", "a".repeat(120));
    assert_eq!(check_name(&padded).unwrap(), "a".repeat(120));
    // Inner white space does.
    let inner = format!("{} {}", "a".repeat(60), "a".repeat(60));
    assert_eq!(check_name(&inner).unwrap_err().to_string(), too_long);
}

// --- launch date and time ----------------------------------------------------------------------

#[test]
fn launch_at_accepts_real_date_times() {
    for text in [
        "2026-12-07T09:00",
        "2026-12-07T09:00:30",
        " 2026-12-07T09:00 ",
        "2024-02-29T00:00",
        "2000-02-29T23:59:59",
        "0001-01-01T00:00",
        "9999-12-31T23:59",
    ] {
        assert!(check_launch_at(text).is_ok(), "{text:?}");
    }
}

#[test]
fn launch_at_rejects_anything_else() {
    for text in [
        "",
        "   ",
        "2026-12-07",
        "09:00",
        "2026-12-07 09:00",
        "2026-12-07t09:00",
        "2026-12-07T9:00",
        "2026-12-7T09:00",
        "2026-1-07T09:00",
        "26-12-07T09:00",
        "02026-12-07T09:00",
        "2026-13-07T09:00",
        "2026-00-07T09:00",
        "2026-12-00T09:00",
        "2026-12-32T09:00",
        "2026-04-31T09:00",
        "2023-02-29T09:00",
        "2100-02-29T09:00",
        "2026-12-07T24:00",
        "2026-12-07T09:60",
        "2026-12-07T09:00:60",
        "2026-12-07T09",
        "2026-12-07T09:00:",
        "2026-12-07T09:00:00:00",
        "2026-12-07T09:00Z",
        "2026-12-07T09:00+01:00",
        "2026-12-07T09:00:00.5",
        "0000-01-01T00:00",
        "２０２６-12-07T09:00",
        "+026-12-07T09:00",
        "2026-12-07-01T09:00",
        "2026/12/07T09:00",
    ] {
        assert_eq!(
            check_launch_at(text).unwrap_err().to_string(),
            "Enter a launch date and time, like 2026-12-07T09:00",
            "{text:?}"
        );
    }
}

// --- calling window ----------------------------------------------------------------------------

#[test]
fn time_of_day_accepts_hh_mm() {
    assert_eq!(
        check_time_of_day("00:00"),
        Ok(TimeOfDay::new(0, 0).unwrap())
    );
    assert_eq!(
        check_time_of_day("09:00"),
        Ok(TimeOfDay::new(9, 0).unwrap())
    );
    assert_eq!(
        check_time_of_day("23:59"),
        Ok(TimeOfDay::new(23, 59).unwrap())
    );
    assert_eq!(
        check_time_of_day(" 18:30 "),
        Ok(TimeOfDay::new(18, 30).unwrap())
    );
    assert_eq!(check_time_of_day("18:30").unwrap().seconds(), 66_600);
    assert_eq!(check_time_of_day("07:05").unwrap().to_string(), "07:05");
}

#[test]
fn time_of_day_rejects_anything_else() {
    for text in [
        "",
        " ",
        "9:00",
        "09:0",
        "0900",
        "09.00",
        "24:00",
        "23:60",
        "99:99",
        "09:00:00",
        "09:",
        ":00",
        "ab:cd",
        "-1:00",
        "+9:00",
        "٠٩:٠٠",
        "９:00",
        "9am",
    ] {
        assert_eq!(
            check_time_of_day(text).unwrap_err().to_string(),
            "Enter a time like 09:00",
            "{text:?}"
        );
    }
}

fn time(text: &str) -> Option<TimeOfDay> {
    TimeOfDay::parse(text)
}

fn messages(errors: Vec<(WindowField, FieldError)>) -> Vec<(&'static str, String)> {
    errors
        .into_iter()
        .map(|(field, e)| (field.key(), e.to_string()))
        .collect()
}

#[test]
fn window_must_start_before_it_ends() {
    let order = "Calling window must start before it ends";
    let ok = CallingWindow::new(time("09:00"), time("18:00"), Some(Days::WEEKDAYS)).unwrap();
    assert_eq!(ok.start(), time("09:00").unwrap());
    assert_eq!(ok.end(), time("18:00").unwrap());
    assert_eq!(ok.days(), Days::WEEKDAYS);
    assert!(CallingWindow::new(time("00:00"), time("00:01"), Some(Days::WEEKDAYS)).is_ok());
    assert!(CallingWindow::new(time("00:00"), time("23:59"), Some(Days::WEEKDAYS)).is_ok());
    for (start, end) in [("09:00", "09:00"), ("18:00", "09:00"), ("23:59", "00:00")] {
        let errors = CallingWindow::new(time(start), time(end), Some(Days::WEEKDAYS)).unwrap_err();
        assert_eq!(
            messages(errors),
            [("end", order.to_owned())],
            "{start}–{end}"
        );
    }
}

#[test]
fn window_needs_a_day() {
    let errors = CallingWindow::new(time("09:00"), time("18:00"), Some(Days::EMPTY)).unwrap_err();
    assert_eq!(
        messages(errors),
        [("days", "Choose at least one calling day".to_owned())]
    );
    let sunday_only: Days = [Weekday::Sun].into_iter().collect();
    assert!(CallingWindow::new(time("09:00"), time("18:00"), Some(sunday_only)).is_ok());
}

#[test]
fn window_reports_order_and_days_together() {
    let errors = CallingWindow::new(time("18:00"), time("09:00"), Some(Days::EMPTY)).unwrap_err();
    assert_eq!(
        messages(errors),
        [
            ("end", "Calling window must start before it ends".to_owned()),
            ("days", "Choose at least one calling day".to_owned()),
        ]
    );
}

#[test]
fn window_with_an_unreadable_time_is_invalid_without_more_words() {
    // The unreadable time was reported by `check_time_of_day` already.
    let errors = CallingWindow::new(None, time("18:00"), Some(Days::WEEKDAYS)).unwrap_err();
    assert!(errors.is_empty());
    let errors = CallingWindow::new(time("09:00"), None, Some(Days::EMPTY)).unwrap_err();
    assert_eq!(
        messages(errors),
        [("days", "Choose at least one calling day".to_owned())]
    );
}

#[test]
fn window_with_unreadable_days_still_checks_its_times() {
    // The unreadable days were reported where they were read.
    let errors = CallingWindow::new(time("09:00"), time("18:00"), None).unwrap_err();
    assert!(errors.is_empty());
    let errors = CallingWindow::new(time("18:00"), time("09:00"), None).unwrap_err();
    assert_eq!(
        messages(errors),
        [("end", "Calling window must start before it ends".to_owned())]
    );
}

// --- how durations and counts are shown --------------------------------------------------------

#[test]
fn compact_durations_from_the_spec() {
    assert_eq!(compact(300), "5 min");
    assert_eq!(compact(3_600), "1 h");
    assert_eq!(compact(3_900), "1 h 5 min");
    assert_eq!(compact(90_061), "1 d 1 h 1 min 1 s");
    assert_eq!(compact(0), "0 s");
}

#[test]
fn compact_durations_drop_zero_parts() {
    assert_eq!(compact(1), "1 s");
    assert_eq!(compact(59), "59 s");
    assert_eq!(compact(60), "1 min");
    assert_eq!(compact(61), "1 min 1 s");
    assert_eq!(compact(3_601), "1 h 1 s");
    assert_eq!(compact(10_800), "3 h");
    assert_eq!(compact(86_399), "23 h 59 min 59 s");
    assert_eq!(compact(86_400), "1 d");
    assert_eq!(compact(86_401), "1 d 1 s");
    assert_eq!(compact(90_000), "1 d 1 h");
    assert_eq!(compact(2 * 86_400 + 14 * 3_600 + 5 * 60), "2 d 14 h 5 min");
    assert_eq!(compact(400 * 86_400), "400 d");
}

#[test]
fn thousands_separators() {
    assert_eq!(thousands(0), "0");
    assert_eq!(thousands(7), "7");
    assert_eq!(thousands(999), "999");
    assert_eq!(thousands(1_000), "1,000");
    assert_eq!(thousands(3_600), "3,600");
    assert_eq!(thousands(10_800), "10,800");
    assert_eq!(thousands(86_400), "86,400");
    assert_eq!(thousands(100_000), "100,000");
    assert_eq!(thousands(1_234_567), "1,234,567");
    assert_eq!(thousands(u64::MAX), "18,446,744,073,709,551,615");
}

#[test]
fn every_message_of_the_table() {
    // The section 2 table, in its order, as the error values display it.
    let table = [
        (
            FieldError::DelayEmpty { attempt: 1 },
            "Enter a delay for attempt 1, in seconds",
        ),
        (
            FieldError::DelayNotWholeNumber { attempt: 2 },
            "Attempt 2 delay must be a whole number of seconds, like 300",
        ),
        (
            FieldError::DelayOutOfRange { attempt: 3 },
            "Attempt 3 delay must be between 1 and 10,800 seconds (3 hours)",
        ),
        (FieldError::TooManyAttempts, "You can add up to 20 attempts"),
        (FieldError::NameEmpty, "Enter a campaign name"),
        (
            FieldError::NameTooLong,
            "Campaign name must be 120 characters or fewer",
        ),
        (
            FieldError::LaunchAt,
            "Enter a launch date and time, like 2026-12-07T09:00",
        ),
        (FieldError::TimeOfDay, "Enter a time like 09:00"),
        (
            FieldError::WindowOrder,
            "Calling window must start before it ends",
        ),
        (FieldError::NoCallingDays, "Choose at least one calling day"),
    ];
    for (error, message) in table {
        assert_eq!(error.to_string(), message);
    }
}
