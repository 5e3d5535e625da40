use leptos::prelude::*;

use super::run::SimContext;
use crate::domain::duration::{compact, thousands};
use crate::domain::simulation::{RecipientStatus, Snapshot};
use crate::domain::simulator_panel::Run;

/// The simulated clock: time since launch, and the local time when a launch time is set.
#[component]
pub fn SimulatedTime() -> impl IntoView {
    let sim = expect_context::<SimContext>();
    let text = move || {
        let time = sim.run.snapshot()?.time;
        let launch = sim.run.with(Run::launch).flatten();
        Some(match launch {
            Some(launch) => format!(
                "{} after launch, {}",
                compact(time),
                launch.plus(time as i64).human()
            ),
            None => format!("{} after launch", compact(time)),
        })
    };
    view! { <p class="ce-simulator__clock">"Simulated clock: " {move || text().unwrap_or_else(|| "—".into())}</p> }
}

/// Counts of recipients by state, calls and lines.
#[component]
pub fn SimStats() -> impl IntoView {
    let sim = expect_context::<SimContext>();
    let stat = move |label: &'static str, value: Box<dyn Fn(&Snapshot) -> String + Send + Sync>| {
        view! {
            <div class="ce-stats__item">
                <dt>{label}</dt>
                <dd>{move || sim.run.snapshot().map_or_else(|| "0".to_owned(), |s| value(&s))}</dd>
            </div>
        }
    };
    let count = |status: RecipientStatus| -> Box<dyn Fn(&Snapshot) -> String + Send + Sync> {
        Box::new(move |s| thousands(s.recipients.of(status)))
    };
    view! {
        <dl class="ce-stats" aria-label="Statistics">
            {RecipientStatus::FINAL_FIRST.map(|s| stat(s.label(), count(s))).collect_view()}
            {stat("Calls", Box::new(|s| thousands(s.calls)))}
            {stat("Peak lines", Box::new(Snapshot::peak_lines_text))}
        </dl>
    }
}
