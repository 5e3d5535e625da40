//! Where the search ([`super::search`]) may land a retry, and the moments worth trying: the
//! deadline, the calling window's openings and closings, the local hours (where presence changes)
//! and the times a call cap frees a retry, with [`MARGIN_SECS`] kept before each change.

use super::MARGIN_SECS;
use super::request::SuggestRequest;
use crate::domain::calendar::LocalDateTime;
use crate::domain::call_cap::CallCap;
use crate::domain::campaign::Campaign;
use crate::domain::limits::{MAX_DELAY_SECS, MIN_DELAY_SECS};
use crate::domain::reach::ReachSettings;
use crate::domain::reach::dialer::presence_at;
use crate::domain::window::LaunchedWindow;

/// A campaign's launch, window and deadline, and the presence by hour, as the search places
/// retries.
#[derive(Clone, Debug)]
pub struct Placement {
    /// Seconds from midnight to the launch: the local hour of each call follows from it.
    launch_second: u64,
    window: Option<LaunchedWindow>,
    /// Seconds after launch.
    pub deadline: u64,
    settings: ReachSettings,
}

impl Placement {
    pub fn new(campaign: &Campaign, launch: LocalDateTime, request: &SuggestRequest) -> Self {
        Self {
            launch_second: launch.second_of_day() as u64,
            window: campaign.calling_window.map(|w| w.from_launch(launch)),
            deadline: request.deadline_seconds(),
            settings: request.settings,
        }
    }

    /// The delays to try for retry `coord + 1` of a strategy whose calls fire at `times`: fixed
    /// values (1 s, each minute to 10 min, each 5 minutes to 3 h), and those that land the retry
    /// on a moment that matters after call `coord` (0 = the first call), `caps` included.
    pub fn grid(&self, times: &[u64], coord: usize, caps: &[CallCap]) -> Vec<u32> {
        let minutes = (1..=10).map(|m| m * 60);
        let five_minutes = (3..=MAX_DELAY_SECS / 300).map(|m| m * 300);
        let mut grid: Vec<u32> = std::iter::once(MIN_DELAY_SECS)
            .chain(minutes)
            .chain(five_minutes)
            .collect();
        let Some(&before) = times.get(coord) else {
            return grid;
        };
        let reach = before + u64::from(MAX_DELAY_SECS);
        let mut moments: Vec<u64> = vec![self.deadline.saturating_sub(MARGIN_SECS)];
        if let Some(window) = &self.window {
            for (open, close) in window.open_intervals(before + 1, reach + 1) {
                moments.extend([open, close.saturating_sub(MARGIN_SECS)]);
            }
        }
        let to_hour = 3_600 - (self.launch_second + before) % 3_600;
        moments.extend((0..4).map(|h| before + to_hour + h * 3_600));
        let calls_before = coord + 1;
        moments.extend(
            caps.iter()
                .filter(|cap| cap.calls as usize <= calls_before)
                .map(|cap| times[calls_before - cap.calls as usize] + cap.period_seconds()),
        );
        grid.extend(
            moments
                .into_iter()
                .filter(|&t| t > before && t <= reach)
                .map(|t| (t - before) as u32),
        );
        grid
    }

    /// `delays` (with their call `times`, the first call's first) with every retry after the
    /// deadline the longest delay after the one before, `None` when none is after it: the calls
    /// by the deadline stay, and the later ones, spread out, reach more of those left, so fewer
    /// follow (by a 1 h deadline, 20 retries 5 min apart make 14.64 calls per recipient, with the
    /// 8 after it 3 h apart 14.25, for the same reach).
    pub fn spread_after(&self, delays: &[u32], times: &[u64]) -> Option<Vec<u32>> {
        let first = times.iter().skip(1).position(|&t| t > self.deadline)?;
        let mut spread = delays.to_vec();
        spread[first..].fill(MAX_DELAY_SECS);
        (spread != delays).then_some(spread)
    }

    /// Whether every retry counted by the deadline (`times` after the first call, which the launch
    /// places whatever the delays) is at least [`MARGIN_SECS`] before it, before the calling
    /// window closes, and before a local hour whose presence differs.
    pub fn keeps_margin(&self, times: &[u64]) -> bool {
        self.keeps_margin_from(times, &[])
    }

    /// [`Placement::keeps_margin`] for a move from `incumbent` (its call times): a retry still
    /// where the incumbent has it is not held against the move. A plain or own strategy may break
    /// the margin and still be the best start (the suggestion must match it); its moves are
    /// judged by the retries they place anew, or none would be taken (20 retries 5 min apart by a
    /// 1 h deadline put the 12th on it, and no longer tail made fewer calls).
    pub fn keeps_margin_from(&self, times: &[u64], incumbent: &[u64]) -> bool {
        let presence = |t: u64| presence_at(&self.settings, self.launch_second, t);
        times
            .iter()
            .enumerate()
            .skip(1)
            .filter(|&(_, &t)| t <= self.deadline)
            .all(|(i, &t)| {
                let later = t + MARGIN_SECS;
                incumbent.get(i) == Some(&t)
                    || later <= self.deadline
                        && self
                            .window
                            .as_ref()
                            .is_none_or(|w| w.next_opening(later) == later)
                        && presence(t) == presence(later)
            })
    }
}
