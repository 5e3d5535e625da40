//! `campaign-sim --suggest`: the strategy advisor (SPEC section 10) on a scenario's campaign, under
//! its `dialer.reach` when the model is reach (else the reach model's defaults).

use campaign_editor::domain::advisor::{SuggestRequest, Suggestion, caveat, figures, suggest};
use campaign_editor::domain::duration::compact;
use campaign_editor::domain::error::Problem;
use campaign_editor::domain::simulation::{DialerModel, Scenario};

use super::options::SuggestOptions;

/// What the advisor is asked for `scenario`: the options given, else the advisor's defaults.
pub fn request(scenario: &Scenario, options: &SuggestOptions) -> SuggestRequest {
    let defaults = SuggestRequest::for_campaign(&scenario.campaign);
    SuggestRequest {
        attempts: options.attempts.unwrap_or(defaults.attempts),
        deadline_hours: options.deadline_hours.unwrap_or(defaults.deadline_hours),
        settings: match &scenario.dialer.model {
            DialerModel::Reach(settings) => *settings,
            _ => defaults.settings,
        },
    }
}

/// The suggestion for `scenario`'s campaign, or the problem that prevents one.
pub fn suggestion(scenario: &Scenario, request: &SuggestRequest) -> Result<Suggestion, Problem> {
    suggest(&scenario.campaign, request).map_err(|error| Problem::new("campaign.launchAt", &error))
}

/// The suggestion for people: the delays, then each figure beside the current strategy's (the
/// same figures as the editor's), then what they do not say ([`caveat`]), if anything.
pub fn for_people(scenario: &Scenario, suggestion: &Suggestion, deadline_hours: u32) -> String {
    let delays: Vec<String> = suggestion
        .delays_seconds
        .iter()
        .map(|&d| compact(d.into()))
        .collect();
    let mut out = format!("Suggested delays: {}\n", delays.join(", "));
    for figure in figures(suggestion, deadline_hours) {
        out.push_str(&format!(
            "{}: {} (current strategy: {})\n",
            figure.label, figure.suggested, figure.current
        ));
    }
    if let Some(note) = caveat(&scenario.campaign, suggestion, deadline_hours) {
        out.push_str(&format!("Note: {note}\n"));
    }
    out
}
