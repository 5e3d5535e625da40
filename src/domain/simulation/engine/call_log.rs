//! Reading the call log, and where the run stands against the limits of a log and of time.

use super::Simulation;
use super::slots::LoggedCall;
use crate::domain::limits::MAX_SCENARIO_SECS;
use crate::domain::simulation::state::{Call, RunStatus};

impl Simulation {
    pub fn keeps_calls(&self) -> bool {
        self.log.is_some()
    }

    /// The call log in the order calls started (empty when the log is not kept).
    pub fn calls(&self) -> impl Iterator<Item = Call> + '_ {
        self.log.iter().flatten().map(|call| self.call_of(call))
    }

    /// Call `index` of the log, in the order calls started.
    pub fn call(&self, index: usize) -> Option<Call> {
        self.log.as_ref()?.get(index).map(|call| self.call_of(call))
    }

    /// How many calls the log holds.
    pub fn logged_calls(&self) -> usize {
        self.log.as_ref().map_or(0, Vec::len)
    }

    /// Calls started that a full log ([`CallLog::KeepFirst`](super::CallLog::KeepFirst)) left
    /// out; 0 when the log is not kept.
    pub fn calls_not_logged(&self) -> u64 {
        match &self.log {
            Some(log) => self.calls - log.len() as u64,
            None => 0,
        }
    }

    /// Whether the run stopped at [`MAX_SCENARIO_SECS`], ten years after launch, with the
    /// campaign still running: no simulation goes further.
    pub fn at_time_limit(&self) -> bool {
        self.finished && self.status == RunStatus::Running && self.now == MAX_SCENARIO_SECS
    }

    fn call_of(&self, call: &LoggedCall) -> Call {
        Call {
            recipient: call.recipient as usize,
            attempt: call.attempt.into(),
            start: call.start,
            end: call.start + u64::from(self.dialer.duration(call.outcome)),
            outcome: call.outcome,
        }
    }
}
