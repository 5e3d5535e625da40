//! What a search of the advisor's panel was asked, and when its figures still hold for the
//! campaign as edited since.

use super::Suggestion;
use super::request::deadline_seconds;
use super::search::score_campaign;
use crate::domain::campaign::Campaign;
use crate::domain::reach::ReachSettings;

/// What a search was asked, kept with its suggestion.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Asked {
    pub campaign: Campaign,
    pub settings: ReachSettings,
    pub deadline_hours: u32,
}

impl Asked {
    /// When `campaign` is the campaign asked about with other attempt rows (edited since the
    /// suggestion, nothing else), makes it the one asked about, with the figures of its rows as
    /// `suggestion`'s current strategy: the suggestion's own figures do not depend on the rows it
    /// replaces, so the table stays true beside the rows `Use these delays` replaced.
    pub fn rows_edited_since(&mut self, campaign: &Campaign, suggestion: &mut Suggestion) {
        let same_but_rows = Campaign {
            retry_strategy: campaign.retry_strategy.clone(),
            ..self.campaign.clone()
        };
        if scored_alike(campaign, &self.campaign) || !scored_alike(campaign, &same_but_rows) {
            return;
        }
        let deadline = deadline_seconds(self.deadline_hours);
        let (times, reach) = score_campaign(campaign, suggestion.launch, deadline, &self.settings);
        (suggestion.current, suggestion.current_call_times) = (reach, times);
        self.campaign = campaign.clone();
    }
}

/// Whether the advisor's figures for `a` and `b` are the same: the campaigns make the same calls,
/// whatever their names and completion modes (the expected reach by a deadline counts the calls,
/// and a long-living campaign makes the same calls to the recipients it has as a fixed one).
pub(super) fn scored_alike(a: &Campaign, b: &Campaign) -> bool {
    a.calls_like(&Campaign {
        completion: a.completion,
        ..b.clone()
    })
}
