use leptos::prelude::*;

use super::run::SimContext;
use crate::domain::campaign::CompletionMode;
use crate::domain::error::message_at;
use crate::domain::outcome::Outcome;
use crate::domain::simulator_panel::{SimulatorSettings, field};

/// One number input of the simulator, labelled, with its problem.
#[component]
fn SettingInput(
    label: &'static str,
    /// The problem path, which also makes the id.
    key: &'static str,
    value: Signal<String>,
    set: Callback<String>,
    problem: Signal<Option<String>>,
    #[prop(optional)] hint: Option<&'static str>,
) -> impl IntoView {
    let id = expect_context::<SimContext>().ids.of(key);
    let error_id = format!("{id}--error");
    let hint_id = format!("{id}-hint");
    let described_by = {
        let (error_id, hint_id) = (error_id.clone(), hint_id.clone());
        move || {
            let ids: Vec<&str> = [
                hint.map(|_| hint_id.as_str()),
                problem.get().map(|_| error_id.as_str()),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class="ce-field ce-field--compact">
            <label class="ce-field__label" for=id.clone()>{label}</label>
            {hint.map(|text| view! { <span class="ce-hint" id=hint_id.clone()>{text}</span> })}
            <input
                class="ce-field__input ce-field__input--number"
                id=id
                type="text"
                inputmode="numeric"
                autocomplete="off"
                prop:value=value
                on:input=move |ev| set.run(event_target_value(&ev))
                aria-invalid=move || problem.get().map(|_| "true")
                aria-describedby=described_by
            />
            {move || problem.get().map(|text| view! { <p class="ce-field__error" id=error_id.clone()>{text}</p> })}
        </div>
    }
}

/// The simulator's inputs: recipients, lines, seed, the outcome mix (drawn as a bar) and, for a
/// long-living campaign, arrivals and the horizon.
#[component]
pub fn SimSettings(long_living: Memo<bool>) -> impl IntoView {
    let sim = expect_context::<SimContext>();
    let problems = Memo::new(move |_| {
        let completion = CompletionMode::from_long_living(long_living.get());
        sim.settings.with(|s| s.problems(completion))
    });
    let problem = move |key: &'static str| {
        Signal::derive(move || problems.with(|ps| message_at(ps, key).map(str::to_owned)))
    };
    let value = move |read: fn(&SimulatorSettings) -> &String| {
        Signal::derive(move || sim.settings.with(|s| read(s).clone()))
    };
    let set = move |write: fn(&mut SimulatorSettings, String)| {
        Callback::new(move |text| sim.settings.update(|s| write(s, text)))
    };
    let mix_input = move |outcome: Outcome, label: &'static str| {
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
    view! {
        <div class="ce-simulator__settings">
            <SettingInput label="Recipients" key=field::RECIPIENTS value=value(|s| &s.recipients)
                set=set(|s, t| s.recipients = t) problem=problem(field::RECIPIENTS) />
            <SettingInput label="Lines" key=field::LINES value=value(|s| &s.lines)
                set=set(|s, t| s.lines = t) problem=problem(field::LINES) />
            <SettingInput label="Seed" key=field::SEED value=value(|s| &s.seed)
                set=set(|s, t| s.seed = t) problem=problem(field::SEED) />
            <fieldset class="ce-fieldset ce-mix">
                <legend>"Outcome mix"</legend>
                <div class="ce-fieldset__row">
                    {mix_input(Outcome::Answered, "Answered %")}
                    {mix_input(Outcome::Busy, "Busy %")}
                    {mix_input(Outcome::NoAnswer, "No answer %")}
                    {mix_input(Outcome::Unreachable, "Unreachable %")}
                </div>
                <div class="ce-mix__bar" aria-hidden="true">{bar}</div>
                {move || problem(field::MIX).get().map(|text| view! { <p class="ce-field__error" role="alert">{text}</p> })}
            </fieldset>
            <Show when=move || long_living.get()>
                <SettingInput label="Arrivals per hour" key=field::ARRIVALS value=value(|s| &s.arrivals_per_hour)
                    set=set(|s, t| s.arrivals_per_hour = t) problem=problem(field::ARRIVALS) />
                <SettingInput label="Horizon" key=field::HORIZON value=value(|s| &s.horizon_hours)
                    set=set(|s, t| s.horizon_hours = t) problem=problem(field::HORIZON) hint="hours after launch" />
            </Show>
        </div>
    }
}
