//! Both runs side by side: status, ended at, reached, failed, cancelled, calls and calls per
//! reached recipient, each with the difference B − A; then the recipients each run has had, so
//! that B's arrivals (the other completion mode) show where its larger figures come from.
//!
//! ```
//! use campaign_editor::domain::compare::{Figures, Side};
//! use campaign_editor::domain::simulation::RunStatus;
//!
//! let a = Side { status: RunStatus::Completed, ended_at: Some(3_600), reached: 40, failed: 10, cancelled: 0, calls: 100, recipients: 50 };
//! let b = Side { reached: 45, calls: 90, ..a };
//! let figures = Figures::new(a, b);
//! assert_eq!(figures.differences().reached, 5);
//! assert_eq!(figures.rows()[2].difference, "+5");
//! ```

use crate::domain::decimal::{fixed, scaled};
use crate::domain::duration::{compact, thousands};
use crate::domain::simulation::{RecipientStatus, RunStatus, Snapshot};

/// What the table shows of one run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Side {
    pub status: RunStatus,
    /// When it completed or stopped; `None` while it runs.
    pub ended_at: Option<u64>,
    pub reached: u64,
    pub failed: u64,
    pub cancelled: u64,
    pub calls: u64,
    /// The recipients it has had so far, in every state.
    pub recipients: u64,
}

impl Side {
    pub fn of(snapshot: &Snapshot) -> Self {
        let count = |status| snapshot.recipients.of(status);
        Self {
            status: snapshot.status,
            ended_at: snapshot.ended_at,
            reached: count(RecipientStatus::Reached),
            failed: count(RecipientStatus::Failed),
            cancelled: count(RecipientStatus::Cancelled),
            calls: snapshot.calls,
            recipients: snapshot.recipients.total(),
        }
    }

    /// Calls made per recipient reached; `None` before anyone is reached.
    pub fn calls_per_reached(&self) -> Option<f64> {
        (self.reached > 0).then(|| self.calls as f64 / self.reached as f64)
    }
}

/// B − A for every figure that has one: ended at only when both ended, calls per reached
/// recipient only when both reached someone.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Differences {
    pub ended_at: Option<i64>,
    pub reached: i64,
    pub failed: i64,
    pub cancelled: i64,
    pub calls: i64,
    pub calls_per_reached: Option<f64>,
    pub recipients: i64,
}

/// A row of the comparison table, as people read it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub label: &'static str,
    pub a: String,
    pub b: String,
    /// `+5`, `−3`, `0`, or `—` where there is no difference to give.
    pub difference: String,
}

/// A and B side by side.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Figures {
    pub a: Side,
    pub b: Side,
}

impl Figures {
    pub fn new(a: Side, b: Side) -> Self {
        Self { a, b }
    }

    pub fn differences(&self) -> Differences {
        let (a, b) = (&self.a, &self.b);
        let minus = |b: u64, a: u64| b as i64 - a as i64;
        Differences {
            ended_at: a.ended_at.zip(b.ended_at).map(|(a, b)| minus(b, a)),
            reached: minus(b.reached, a.reached),
            failed: minus(b.failed, a.failed),
            cancelled: minus(b.cancelled, a.cancelled),
            calls: minus(b.calls, a.calls),
            calls_per_reached: a
                .calls_per_reached()
                .zip(b.calls_per_reached())
                .map(|(a, b)| b - a),
            recipients: minus(b.recipients, a.recipients),
        }
    }

    /// The table's rows, in SPEC section 11's order, then the recipients.
    pub fn rows(&self) -> Vec<Row> {
        let (a, b, d) = (&self.a, &self.b, self.differences());
        let dash = || "—".to_owned();
        let ended = |side: &Side| side.ended_at.map_or_else(dash, compact);
        let ratio = |side: &Side| side.calls_per_reached().map_or_else(dash, |r| fixed(r, 2));
        let hundredths = |side: &Side| side.calls_per_reached().map(|r| scaled(r, 2) as i64);
        let count = |label, a: u64, b: u64, d: i64| Row {
            label,
            a: thousands(a),
            b: thousands(b),
            difference: signed(d, |n| thousands(n as u64)),
        };
        vec![
            Row {
                label: "Status",
                a: status_word(a.status).to_owned(),
                b: status_word(b.status).to_owned(),
                difference: if a.status == b.status {
                    "same"
                } else {
                    "differs"
                }
                .to_owned(),
            },
            Row {
                label: "Ended at",
                a: ended(a),
                b: ended(b),
                difference: d
                    .ended_at
                    .map_or_else(dash, |d| signed(d, |n| compact(n as u64))),
            },
            count("Reached", a.reached, b.reached, d.reached),
            count("Failed", a.failed, b.failed, d.failed),
            count("Cancelled", a.cancelled, b.cancelled, d.cancelled),
            count("Calls", a.calls, b.calls, d.calls),
            Row {
                label: "Calls per reached recipient",
                a: ratio(a),
                b: ratio(b),
                // The difference of the figures as shown (3.33 − 3.10 reads 0.23 even when the
                // exact one, 0.224, would round to 0.22): figures that show alike read 0.00.
                difference: hundredths(a)
                    .zip(hundredths(b))
                    .map_or_else(dash, |(a, b)| {
                        signed(b - a, |n| format!("{}.{:02}", n / 100, n % 100))
                    }),
            },
            count("Recipients", a.recipients, b.recipients, d.recipients),
        ]
    }
}

/// `n` with its sign (`+`, or the minus sign `−`; none for 0), its size written by `size`.
fn signed(n: i64, size: impl Fn(i64) -> String) -> String {
    let sign = match n.signum() {
        1 => "+",
        -1 => "−",
        _ => "",
    };
    format!("{sign}{}", size(n.abs()))
}

/// How the table names a run's status.
fn status_word(status: RunStatus) -> &'static str {
    match status {
        RunStatus::Running => "Running",
        RunStatus::Completed => "Completed",
        RunStatus::Stopped => "Stopped",
    }
}
