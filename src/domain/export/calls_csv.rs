//! The calls of a run as CSV (SPEC section 11), for a spreadsheet: one row per logged call.
//!
//! - `recipient` and `attempt` are numbered as in the results JSON: the recipient's 0-based index,
//!   and the call number k (0 = first call, N = attempt row N). `outcome` is its JSON key.
//! - `name` is the listed recipient's name, else `Recipient N` (N = index + 1), as SPEC section 4
//!   names generated and arriving recipients.
//! - `start` and `end` are whole seconds after launch; when the campaign has a launch time, they
//!   are the local date-times instead (`2026-12-07 09:05:00`, which spreadsheets read as dates).
//!   The header stays the same either way.
//! - A field with a comma, a quote or a line break is quoted (RFC 4180, quotes doubled). A name
//!   starting with `=`, `+`, `-`, `@`, a tab or a carriage return gets a `'` in front, so that a
//!   spreadsheet shows it as text and never runs it as a formula.
//! - Lines end with `\n`.

use std::fmt;

use crate::domain::calendar::LocalDateTime;
use crate::domain::simulation::{Call, ListedRecipient, Scenario, Simulation};

/// The first line of the file.
pub const CALLS_CSV_HEADER: &str = "recipient,name,attempt,start,end,outcome";

/// The calls of `simulation`, a run of `scenario`, as CSV: written straight from the call log
/// by its [`Display`](fmt::Display), so the command line streams a log of any length.
///
/// ```
/// use campaign_editor::domain::export::CallsCsv;
/// use campaign_editor::domain::simulation::{CallLog, Scenario, simulate};
///
/// let scenario = Scenario::from_json_str(
///     r#"{"recipients": [{"name": "Ada, Countess", "script": ["answered"]}]}"#,
/// ).unwrap();
/// let simulation = simulate(&scenario, CallLog::Keep);
/// assert_eq!(
///     CallsCsv::new(&scenario, &simulation).to_string(),
///     "recipient,name,attempt,start,end,outcome\n0,\"Ada, Countess\",0,0,60,answered\n"
/// );
/// ```
pub struct CallsCsv<'a> {
    simulation: &'a Simulation,
    listed: &'a [ListedRecipient],
    launch: Option<LocalDateTime>,
}

impl<'a> CallsCsv<'a> {
    pub fn new(scenario: &'a Scenario, simulation: &'a Simulation) -> Self {
        Self {
            simulation,
            listed: &scenario.recipients,
            launch: scenario.campaign.launch_at,
        }
    }

    fn row(&self, call: &Call, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let index = call.recipient;
        match self.listed.get(index).and_then(|r| r.name.as_deref()) {
            Some(name) => write!(f, "{index},{},", Field(name))?,
            None => write!(f, "{index},Recipient {},", index + 1)?,
        }
        write!(f, "{},", call.attempt)?;
        self.time(call.start, f)?;
        f.write_str(",")?;
        self.time(call.end, f)?;
        writeln!(f, ",{}", call.outcome.key())
    }

    /// Seconds after launch, or the local date-time to the second when the launch is known.
    fn time(&self, seconds: u64, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Some(launch) = self.launch else {
            return write!(f, "{seconds}");
        };
        let at = launch.plus(seconds as i64);
        let (year, month, day) = at.date();
        let s = at.second_of_day();
        write!(
            f,
            "{year:04}-{month:02}-{day:02} {:02}:{:02}:{:02}",
            s / 3_600,
            s / 60 % 60,
            s % 60
        )
    }
}

impl fmt::Display for CallsCsv<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{CALLS_CSV_HEADER}")?;
        for call in self.simulation.calls() {
            self.row(&call, f)?;
        }
        Ok(())
    }
}

/// A text field: guarded against formulas, then quoted when it must be.
struct Field<'a>(&'a str);

impl fmt::Display for Field<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.0;
        let guard = if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
            "'"
        } else {
            ""
        };
        if text.contains([',', '"', '\n', '\r']) {
            write!(f, "\"{guard}{}\"", text.replace('"', "\"\""))
        } else {
            write!(f, "{guard}{text}")
        }
    }
}
