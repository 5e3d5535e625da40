//! "The campaign ended before all recipients were called" (issue 17): the breakdown of failed
//! recipients, its one-line reading, and the Calls table filtered to each group.

use campaign_editor::domain::outcome::Outcome;
use campaign_editor::domain::simulation::{
    CallLog, FailedGroup, FailureBreakdown, RecipientState, RecipientStatus, Scenario, Simulation,
    Stop, simulate,
};
use campaign_editor::domain::simulator_panel::{CallFilter, FilteredCalls};

fn failed(calls: u32, last: Outcome) -> RecipientState {
    RecipientState {
        status: RecipientStatus::Failed,
        calls,
        finished_at: Some(0),
        last_outcome: Some(last),
    }
}

fn reading(recipients: Vec<RecipientState>, attempts: usize) -> Option<String> {
    FailureBreakdown::of(recipients, attempts).reading()
}

#[test]
fn the_reading_of_the_issue() {
    let mut recipients = vec![failed(4, Outcome::NoAnswer); 12];
    recipients.extend(vec![failed(1, Outcome::Unreachable); 14]);
    recipients.push(RecipientState {
        status: RecipientStatus::Reached,
        calls: 2,
        finished_at: Some(9),
        last_outcome: Some(Outcome::Answered),
    });
    assert_eq!(
        reading(recipients, 3).as_deref(),
        Some(
            "26 recipients failed: 12 after all 3 attempts (last: no answer), \
             14 at once because Unreachable is not retried"
        )
    );
}

#[test]
fn every_combination_reads_exactly() {
    assert_eq!(reading(vec![], 3), None);
    assert_eq!(
        reading(vec![failed(4, Outcome::Busy)], 3).as_deref(),
        Some("1 recipient failed: 1 after all 3 attempts (last: busy)")
    );
    assert_eq!(
        reading(vec![failed(2, Outcome::NoAnswer); 2], 1).as_deref(),
        Some("2 recipients failed: 2 after their only attempt (last: no answer)")
    );
    assert_eq!(
        reading(vec![failed(3, Outcome::Busy)], 2).as_deref(),
        Some("1 recipient failed: 1 after both attempts (last: busy)")
    );
    assert_eq!(
        reading(
            vec![failed(1, Outcome::Busy), failed(1, Outcome::Unreachable)],
            0
        )
        .as_deref(),
        Some(
            "2 recipients failed: 1 at once because there are no retries (busy), \
             1 at once because there are no retries (unreachable)"
        )
    );
    // Groups read in order: attempts used, then not retried by calls, then by outcome.
    let recipients = vec![
        failed(2, Outcome::Busy),
        failed(3, Outcome::Unreachable),
        failed(1, Outcome::NoAnswer),
        failed(2, Outcome::Busy),
        failed(6, Outcome::Busy),
        failed(1, Outcome::Busy),
    ];
    assert_eq!(
        reading(recipients, 5).as_deref(),
        Some(
            "6 recipients failed: 1 after all 5 attempts (last: busy), \
             1 at once because Busy is not retried, 1 at once because No answer is not retried, \
             2 after 2 calls because Busy is not retried, \
             1 after 3 calls because Unreachable is not retried"
        )
    );
    let many = vec![failed(21, Outcome::NoAnswer); 1_234];
    assert_eq!(
        reading(many, 20).as_deref(),
        Some("1,234 recipients failed: 1,234 after all 20 attempts (last: no answer)")
    );
}

#[test]
fn only_failed_recipients_have_a_group() {
    let mut recipient = failed(1, Outcome::Busy);
    assert_eq!(
        FailedGroup::of(&recipient, 2),
        Some(FailedGroup {
            stop: Stop::NotRetried,
            calls: 1,
            last: Outcome::Busy
        })
    );
    for status in [
        RecipientStatus::Waiting,
        RecipientStatus::Calling,
        RecipientStatus::Reached,
        RecipientStatus::Cancelled,
    ] {
        recipient.status = status;
        assert_eq!(FailedGroup::of(&recipient, 2), None, "{status:?}");
    }
}

/// Retries busy and no answer twice; unreachable is not retried. Recipients 0 and 4 use every
/// attempt, 1 fails at once, 2 after two calls, 3 answers.
const SCENARIO: &str = include_str!("../../examples/failed-recipients.json");

#[test]
fn a_simulation_reads_its_failed_recipients() {
    let scenario = Scenario::from_json_str(SCENARIO).unwrap();
    let breakdown = FailureBreakdown::of_simulation(&simulate(&scenario, CallLog::Skip));
    assert_eq!(
        breakdown.reading().as_deref(),
        Some(
            "4 recipients failed: 2 after both attempts (last: no answer), \
             1 at once because Unreachable is not retried, \
             1 after 2 calls because Unreachable is not retried"
        )
    );
    assert_eq!(breakdown.failed(), 4);
}

#[test]
fn the_calls_table_lists_one_group_as_its_recipients_fail() {
    let scenario = Scenario::from_json_str(SCENARIO).unwrap();
    let mut simulation = Simulation::new(&scenario, CallLog::Keep);
    let all_attempts = FailedGroup {
        stop: Stop::AttemptsUsed,
        calls: 3,
        last: Outcome::NoAnswer,
    };
    let mut listed = FilteredCalls::default();
    listed.set_filter(CallFilter {
        group: Some(all_attempts),
        ..CallFilter::default()
    });
    let recipients = |listed: &FilteredCalls, simulation: &Simulation| -> Vec<usize> {
        (0..listed.len())
            .map(|row| {
                let position = listed.position(row).unwrap();
                simulation.call(position).unwrap().recipient
            })
            .collect()
    };
    simulation.step();
    listed.refresh(&simulation);
    assert!(listed.is_empty(), "nobody has failed yet");
    simulation.run_to_end();
    listed.refresh(&simulation);
    assert_eq!(recipients(&listed, &simulation), [0, 4, 0, 4, 0, 4]);

    listed.set_filter(CallFilter {
        failed_only: true,
        recipient: Some(2),
        group: Some(FailedGroup {
            stop: Stop::NotRetried,
            calls: 2,
            last: Outcome::Unreachable,
        }),
    });
    listed.refresh(&simulation);
    assert_eq!(recipients(&listed, &simulation), [2, 2]);
}
