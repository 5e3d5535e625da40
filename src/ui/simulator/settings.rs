use leptos::prelude::*;

use super::reach_settings::ReachSettingsFields;
use super::run::SimContext;
use super::setting_input::{SettingInput, problem_at};
use crate::domain::campaign::CompletionMode;
use crate::domain::error::FieldError;
use crate::domain::outcome::Outcome;
use crate::domain::simulator_panel::{DialerChoice, SimulatorSettings, field};

/// The simulator's inputs: recipients, lines, seed, the dialer model with its settings (the
/// outcome mix, drawn as a bar, or the reach model's) and, for a long-living campaign, arrivals
/// and the horizon.
#[component]
pub fn SimSettings(
    long_living: Memo<bool>,
    /// The reach model is chosen but the campaign has no launch time to read the hour from.
    needs_launch: Signal<bool>,
) -> impl IntoView {
    let sim = expect_context::<SimContext>();
    let problems = Memo::new(move |_| {
        let completion = CompletionMode::from_long_living(long_living.get());
        sim.settings.with(|s| s.problems(completion))
    });
    let problem = move |key: &'static str| problem_at(problems, key.to_owned());
    let value = move |read: fn(&SimulatorSettings) -> &String| {
        Signal::derive(move || sim.settings.with(|s| read(s).clone()))
    };
    let set = move |write: fn(&mut SimulatorSettings, String)| {
        Callback::new(move |text| sim.settings.update(|s| write(s, text)))
    };
    let mix_input = move |outcome: Outcome| {
        let label = format!("{} %", outcome.label());
        let i = outcome.index();
        let value = Signal::derive(move || sim.settings.with(|s| s.mix[i].clone()));
        let set = Callback::new(move |text| sim.settings.update(|s| s.mix[i] = text));
        view! { <SettingInput label=label key=outcome.key() value=value set=set problem=problem(outcome.key()) /> }
    };
    let bar = move || {
        let shares = sim.settings.with(SimulatorSettings::mix_shares);
        Outcome::ALL
            .iter()
            .zip(shares)
            .map(|(o, share)| {
                let width = share.unwrap_or(0).min(100);
                view! {
                    <span class=format!("ce-mix__part ce-mix__part--{}", o.key()) style=format!("width: {width}%")
                        title=format!("{} {width}%", o.label())></span>
                }
            })
            .collect_view()
    };
    // The sum's problem, told once for the four percentages: the group is described by it.
    let mix_problem = problem(field::MIX);
    let model = Memo::new(move |_| sim.settings.with(|s| s.model));
    let model_name = sim.ids.of("simulator-model");
    let choice = move |choice: DialerChoice| {
        let id = sim.ids.of(&format!("simulator-model-{}", choice as u8));
        view! {
            <div class="ce-check">
                <input class="ce-check__input" type="radio" id=id.clone() name=model_name.clone()
                    prop:checked=move || model.get() == choice
                    on:change=move |_| sim.settings.update(|s| s.model = choice) />
                <label class="ce-check__label" for=id>{choice.label()}</label>
            </div>
        }
    };
    view! {
        <div class="ce-simulator__settings">
            <SettingInput label="Recipients" key=field::RECIPIENTS value=value(|s| &s.recipients)
                set=set(|s, t| s.recipients = t) problem=problem(field::RECIPIENTS) />
            <SettingInput label="Lines" key=field::LINES value=value(|s| &s.lines)
                set=set(|s, t| s.lines = t) problem=problem(field::LINES) />
            <SettingInput label="Seed" key=field::SEED value=value(|s| &s.seed)
                set=set(|s, t| s.seed = t) problem=problem(field::SEED) />
            <fieldset class="ce-fieldset ce-model">
                <legend>"Dialer model"</legend>
                <div class="ce-fieldset__row">{DialerChoice::ALL.map(choice).collect_view()}</div>
            </fieldset>
            <Show when=move || model.get() == DialerChoice::Reach>
                <Show when=move || needs_launch.get()>
                    <p class="ce-simulator__blocked">{FieldError::ReachNeedsLaunch.to_string()}</p>
                </Show>
                <ReachSettingsFields problems=problems />
            </Show>
            <Show when=move || model.get() == DialerChoice::Mix>
            <fieldset class="ce-fieldset ce-mix" aria-describedby=move || mix_problem.get().map(|_| sim.ids.error_of(field::MIX))>
                <legend>"Outcome mix"</legend>
                <div class="ce-fieldset__row">
                    {Outcome::ALL.map(mix_input).collect_view()}
                </div>
                <div class="ce-mix__bar" aria-hidden="true">{bar}</div>
                // Live before the message comes, so that it is heard as it appears.
                <div aria-live="polite">
                    {move || mix_problem.get().map(|text| view! { <p class="ce-field__error" id=sim.ids.error_of(field::MIX)>{text}</p> })}
                </div>
            </fieldset>
            </Show>
            <Show when=move || long_living.get()>
                // Hinted as Horizon is, so that the two inputs side by side line up.
                <SettingInput label="Arrivals per hour" key=field::ARRIVALS value=value(|s| &s.arrivals_per_hour)
                    set=set(|s, t| s.arrivals_per_hour = t) problem=problem(field::ARRIVALS) hint="0 for none" />
                <SettingInput label="Horizon" key=field::HORIZON value=value(|s| &s.horizon_hours)
                    set=set(|s, t| s.horizon_hours = t) problem=problem(field::HORIZON) hint="hours after launch" />
            </Show>
        </div>
    }
}
