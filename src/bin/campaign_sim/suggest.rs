//! `campaign-sim --suggest`: the strategy advisor (SPEC section 10) on a scenario's campaign, under
//! its `dialer.reach` when the model is reach (else the reach model's defaults).

use campaign_editor::domain::advisor::{SuggestRequest, Suggestion, suggest};
use campaign_editor::domain::duration::compact;
use campaign_editor::domain::error::Problem;
use campaign_editor::domain::reach::ExpectedReach;
use campaign_editor::domain::simulation::{DialerModel, Scenario};

use super::options::SuggestOptions;

/// The suggestion for `scenario`, or the problem that prevents one.
pub fn suggestion(scenario: &Scenario, options: &SuggestOptions) -> Result<Suggestion, Problem> {
    let campaign = &scenario.campaign;
    let defaults = SuggestRequest::for_campaign(campaign);
    let request = SuggestRequest {
        attempts: options.attempts.unwrap_or(defaults.attempts),
        deadline_hours: options.deadline_hours.unwrap_or(defaults.deadline_hours),
        settings: match &scenario.dialer.model {
            DialerModel::Reach(settings) => *settings,
            _ => defaults.settings,
        },
    };
    suggest(campaign, &request).map_err(|error| Problem::new("campaign.launchAt", &error))
}

/// The suggestion for people: the delays, then each figure beside the current strategy's.
pub fn for_people(suggestion: &Suggestion, deadline_hours: u32) -> String {
    let delays: Vec<String> = suggestion
        .delays_seconds
        .iter()
        .map(|&d| compact(d.into()))
        .collect();
    let percent = |r: &ExpectedReach| format!("{:.1} %", r.reached * 100.0);
    let calls = |r: &ExpectedReach| format!("{:.1}", r.calls_per_recipient);
    let last = |retry: Option<u64>| match retry {
        Some(s) => format!("{} after the first call", compact(s)),
        None => "no retry".to_owned(),
    };
    let (ours, theirs) = (&suggestion.expected, &suggestion.current);
    format!(
        "Suggested delays: {}\n\
         Expected reach by {deadline_hours} h: {} (current strategy: {})\n\
         Calls per recipient: {} (current strategy: {})\n\
         Last retry: {} (current strategy: {})\n",
        delays.join(", "),
        percent(ours),
        percent(theirs),
        calls(ours),
        calls(theirs),
        last(suggestion.last_retry_seconds()),
        last(suggestion.current_last_retry_seconds()),
    )
}
