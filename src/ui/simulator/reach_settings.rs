use leptos::prelude::*;

use super::presence::PresenceByHour;
use super::run::SimContext;
use super::setting_input::{SettingInput, problem_at};
use crate::domain::error::Problem;
use crate::domain::simulator_panel::ReachInput;

/// The reach model's settings in plain words, each with what it means, and the presence of
/// recipients by hour.
#[component]
pub fn ReachSettingsFields(
    /// Every problem of the panel's settings.
    problems: Memo<Vec<Problem>>,
) -> impl IntoView {
    let sim = expect_context::<SimContext>();
    let input = move |input: ReachInput| {
        let value = Signal::derive(move || sim.settings.with(|s| s.reach.number(input).to_owned()));
        let set =
            Callback::new(move |text| sim.settings.update(|s| s.reach.set_number(input, text)));
        view! {
            <SettingInput label=input.label() key=input.path() value=value set=set
                problem=problem_at(problems, input.path().to_owned()) hint=input.hint() inputmode="decimal" />
        }
    };
    view! {
        <fieldset class="ce-fieldset ce-reach">
            <legend>"Reach model"</legend>
            <p class="ce-hint">
                "Who answers depends on the hour, on the recipient and on what the last call found. "
                "Percentages may have decimals, like 4.5."
            </p>
            <div class="ce-reach__numbers">{ReachInput::ALL.map(input).collect_view()}</div>
            <PresenceByHour problems=problems />
        </fieldset>
    }
}
