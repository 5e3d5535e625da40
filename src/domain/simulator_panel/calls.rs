//! The `Calls` table: which calls it lists, and which rows of them it draws.

use crate::domain::duration::thousands;
use crate::domain::error::FieldError;
use crate::domain::simulation::{Call, FailedGroup, RecipientStatus, Simulation};
use crate::domain::whole_number::WholeNumber;

/// Which calls the `Calls` table lists.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CallFilter {
    /// Only failed calls (busy, no answer, unreachable).
    pub failed_only: bool,
    /// Only calls to this recipient (0-based index).
    pub recipient: Option<usize>,
    /// Only calls to the failed recipients of this group (a part of the failure breakdown).
    pub group: Option<FailedGroup>,
}

impl CallFilter {
    /// The recipient typed in the table's `Recipient number` filter, counted from 1 among the
    /// `recipients` simulated so far: its 0-based index, `None` when the text is blank, or the
    /// problem to show (that there is none yet, before a run).
    pub fn recipient_from(text: &str, recipients: u64) -> Result<Option<usize>, FieldError> {
        if text.trim().is_empty() {
            return Ok(None);
        }
        if recipients == 0 {
            return Err(FieldError::NoRecipientYet);
        }
        WholeNumber::parse(text)
            .and_then(|n| n.within(1, recipients as i64))
            .map(|n| Some(n as usize - 1))
            .ok_or(FieldError::NumberOutOfRange {
                min: 1,
                max: recipients,
            })
    }

    /// Whether the table lists `call` of `simulation` as it stands now.
    pub fn keeps(&self, call: &Call, simulation: &Simulation) -> bool {
        (!self.failed_only || call.outcome.is_failure())
            && self.recipient.is_none_or(|r| call.recipient == r)
            && self.group.is_none_or(|group| {
                simulation
                    .recipient(call.recipient)
                    .and_then(|state| FailedGroup::of(&state, simulation.attempts()))
                    == Some(group)
            })
    }
}

/// The calls a filter keeps, as positions in a growing call log: each refresh reads only the
/// calls logged since the last, so a running simulation costs no rescans. A group filter is the
/// exception: a recipient joins its group when it fails, after its calls were read, so the log is
/// read again whenever more recipients have failed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FilteredCalls {
    filter: CallFilter,
    positions: Vec<u32>,
    read: usize,
    /// Recipients failed at the last refresh.
    failed: u64,
}

impl FilteredCalls {
    /// Lists by `filter` from now on (from the start of the log when it changed).
    pub fn set_filter(&mut self, filter: CallFilter) {
        if filter != self.filter {
            *self = Self {
                filter,
                ..Self::default()
            };
        }
    }

    /// Reads the calls `simulation` logged since the last refresh.
    pub fn refresh(&mut self, simulation: &Simulation) {
        let logged = simulation.logged_calls();
        let failed = simulation.snapshot().recipients.of(RecipientStatus::Failed);
        let regrouped = self.filter.group.is_some() && failed != self.failed;
        if logged < self.read || regrouped {
            *self = Self {
                filter: self.filter,
                ..Self::default()
            };
        }
        for index in self.read..logged {
            if simulation
                .call(index)
                .is_some_and(|call| self.filter.keeps(&call, simulation))
            {
                self.positions.push(index as u32);
            }
        }
        self.read = logged;
        self.failed = failed;
    }

    pub fn len(&self) -> usize {
        self.positions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.positions.is_empty()
    }

    /// The log position of the `row`th call listed.
    pub fn position(&self, row: usize) -> Option<usize> {
        self.positions.get(row).map(|&p| p as usize)
    }
}

/// The rows of a long list to draw for a scrolled view: `(first, count)` for a view `height`
/// pixels tall scrolled by `scroll_top`, rows `row_height` tall, with `overscan` rows either side.
pub fn rows_in_view(
    total: usize,
    scroll_top: f64,
    height: f64,
    row_height: f64,
    overscan: usize,
) -> (usize, usize) {
    let first = ((scroll_top / row_height).floor().max(0.0) as usize).min(total);
    let first = first.saturating_sub(overscan);
    let visible = (height / row_height).ceil() as usize + 2 * overscan;
    (first, visible.min(total - first))
}

/// The count under the `Calls` table: `1 call listed`, `1,000 calls listed`.
pub fn calls_listed(listed: u64) -> String {
    let noun = if listed == 1 { "call" } else { "calls" };
    format!("{} {noun} listed", thousands(listed))
}
