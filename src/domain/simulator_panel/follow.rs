//! The standalone page's Start Now runs the simulator: the editor follows that run to its end.

use crate::domain::simulation::RunStatus;

/// Where the panel is in following the run Start Now asked for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Follow {
    /// No run to follow.
    #[default]
    Nothing,
    /// Start Now asked, and no run has started yet: the simulator's settings had a problem. The
    /// next run the user starts is the one followed.
    Waiting,
    /// The run under way is the one followed.
    Run,
}

impl Follow {
    /// What the panel says when Start Now finds its settings with a problem.
    pub const WAITING_NOTE: &str = "The campaign started, but the simulator cannot run it yet: fix the settings marked here, then press Run.";

    /// What the panel says when the campaign is stopped once its run had reached the horizon:
    /// nothing happens after the horizon (SPEC 3), so the run shown stays as it ended there.
    pub const STOPPED_AFTER_HORIZON_NOTE: &str = "The campaign was stopped after this run reached its horizon: the run shown ends there. To see the stop, run again with a later Horizon and stop before it.";

    /// What follows once the panel's run is `status` (`None`: no run, or it was reset), and how
    /// the followed run ended, if it just did: `Completed`, or `Stopped` (also when reset).
    pub fn next(self, status: Option<RunStatus>) -> (Self, Option<RunStatus>) {
        match (self, status) {
            (Self::Nothing, _) => (Self::Nothing, None),
            (_, Some(RunStatus::Running)) => (Self::Run, None),
            (Self::Waiting, None) => (Self::Waiting, None),
            (_, Some(ended)) => (Self::Nothing, Some(ended)),
            (Self::Run, None) => (Self::Nothing, Some(RunStatus::Stopped)),
        }
    }
}
