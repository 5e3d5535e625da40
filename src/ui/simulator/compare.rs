use leptos::prelude::*;

use super::run::{RunHandle, SimContext};
use crate::domain::campaign::RetryStrategy;
use crate::domain::compare::{CompareWith, Strategies, describe_strategy};
use crate::domain::editor::Checked;
use crate::domain::error::{FieldError, Problem};
use crate::domain::simulation::Scenario;
use crate::domain::simulator_panel::comparison_changed;

/// Compare's state: what B is, the pinned strategy, the advisor's suggestion, and B's run beside
/// the panel's (A). The panel starts, plays, steps and resets B with A through these methods.
#[derive(Clone, Copy)]
pub struct Compare {
    pub with: RwSignal<CompareWith>,
    pub pinned: RwSignal<Option<RetryStrategy>>,
    /// Whether the last `Pin for comparison` pinned the strategy already pinned.
    pinned_again: RwSignal<bool>,
    /// The advisor's suggestion ([`crate::ui::editor::EditorState::suggestion`]).
    suggested: RwSignal<Option<RetryStrategy>>,
    pub b: RunHandle,
    /// What B was when its run started: its results keep that name when B is pinned or suggested
    /// anew, until the next run.
    ran_as: RwSignal<Option<String>>,
    /// B's scenario: `None` without a comparison.
    scenario: Memo<Option<Result<Scenario, Vec<Problem>>>>,
    campaign: Memo<Checked>,
}

impl Compare {
    /// Compare for the panel of `campaign`, its settings in `sim`, the advisor's suggestion in
    /// `suggested`.
    pub fn new(
        campaign: Memo<Checked>,
        sim: SimContext,
        suggested: RwSignal<Option<RetryStrategy>>,
    ) -> Self {
        let with = RwSignal::new(CompareWith::Nothing);
        let pinned = RwSignal::new(None::<RetryStrategy>);
        let scenario = Memo::new(move |_| {
            let choice = with.get();
            campaign.with(|c| {
                let a = c.as_ref().ok()?;
                strategies(pinned, suggested, |b| {
                    sim.settings.with(|s| choice.scenario(s, a, b))
                })
            })
        });
        // Another B is another comparison, which starts with the next run: B's run as started
        // stays until then, as A's does when the campaign changes (the panel's changed note).
        let b = RunHandle::new();
        Self {
            with,
            pinned,
            pinned_again: RwSignal::new(false),
            suggested,
            b,
            ran_as: RwSignal::new(None),
            scenario,
            campaign,
        }
    }

    /// Whether B is the other completion mode: the panel then asks for arrivals and a horizon
    /// even for a fixed A.
    pub fn other_completion(self) -> bool {
        self.with.get() == CompareWith::OtherCompletion
    }

    /// Starts B with A (nothing without a comparison, or while B has problems).
    pub fn start(self) {
        match self.scenario.get_untracked() {
            Some(Ok(scenario)) => {
                self.ran_as.set(Some(untrack(|| self.b_name())));
                self.b.start_keeping_calls(&scenario, 0);
            }
            _ => self.b.reset(),
        }
    }

    /// Whether B as chosen now is not the B that ran beside A ([`comparison_changed`]); tracked.
    pub fn changed_since_run(self) -> bool {
        self.scenario.with(|now| {
            let now = now.as_ref().and_then(|s| s.as_ref().ok());
            self.b
                .with(|b| comparison_changed(Some(&b.scenario), now))
                .unwrap_or_else(|| comparison_changed(None, now))
        })
    }

    /// What B is (`B: long-living`, …), for the table and the legend; tracked.
    pub fn b_name(self) -> String {
        let choice = self.with.get();
        self.campaign
            .with(|c| {
                let a = c.as_ref().ok()?;
                strategies(self.pinned, self.suggested, |b| choice.describe_b(a, b))
            })
            .unwrap_or_else(|| "B".to_owned())
    }

    /// What B's results are of (`B: pinned strategy, …`): B as it was when its run started; tracked.
    pub fn b_ran_as(self) -> String {
        self.ran_as.get().unwrap_or_else(|| self.b_name())
    }

    /// Pins the campaign's retry strategy as it is now.
    fn pin(self) {
        if let Ok(campaign) = self.campaign.get_untracked() {
            let again = self
                .pinned
                .with_untracked(|p| p.as_ref() == Some(&campaign.retry_strategy));
            self.pinned_again.set(again);
            self.pinned.set(Some(campaign.retry_strategy));
        }
    }
}

/// `f` of the strategies B may retry with (tracked).
fn strategies<T>(
    pinned: RwSignal<Option<RetryStrategy>>,
    suggested: RwSignal<Option<RetryStrategy>>,
    f: impl FnOnce(Strategies<'_>) -> T,
) -> T {
    pinned.with(|pinned| {
        suggested.with(|suggested| {
            f(Strategies {
                pinned: pinned.as_ref(),
                suggested: suggested.as_ref(),
            })
        })
    })
}

/// The `Compare with` choice, `Pin for comparison`, and what B is (or why it cannot run).
#[component]
pub fn CompareControls(compare: Compare) -> impl IntoView {
    let sim = expect_context::<SimContext>();
    let select_id = sim.ids.of("compare-with");
    let note_id = sim.ids.of("compare-note");
    let pinned_id = sim.ids.of("compare-pinned");
    let described_by = note_id.clone();
    let choose = move |ev| {
        if let Some(choice) = CompareWith::from_key(&event_target_value(&ev)) {
            compare.with.set(choice);
        }
    };
    // Whether the campaign has problems: Compare's note says nothing then, and Pin is disabled.
    let invalid = move || compare.campaign.with(Result::is_err);
    let note = move || {
        let choice = compare.with.get();
        let problem = compare.scenario.with(|s| match s {
            Some(Err(problems)) => problems.first().map(|p| p.message.clone()),
            _ => None,
        });
        // Nothing while the campaign has problems: the note is a live region, and the editor
        // says what they are where the user types (it read `A: the campaign as edited; B`).
        match problem {
            Some(problem) => view! { <span class="ce-field__error">{problem}</span> }.into_any(),
            None if choice == CompareWith::Nothing || invalid() => ().into_any(),
            None => {
                view! { <span>{format!("A: the campaign as edited; {}", compare.b_name())}</span> }
                    .into_any()
            }
        }
    };
    // Pinning the strategy already pinned changes the words, so that the live region tells of it.
    // While the campaign has problems, a hint beside it says why the button is disabled: a
    // description, not live, since it comes and goes as the user types in the editor.
    let why_id = sim.ids.of("compare-pin-why");
    let pin_described_by = {
        let (why_id, pinned_id) = (why_id.clone(), pinned_id.clone());
        move || {
            if invalid() {
                why_id.clone()
            } else {
                pinned_id.clone()
            }
        }
    };
    let pinned = move || {
        let said = if compare.pinned_again.get() {
            "Already pinned"
        } else {
            "Pinned"
        };
        compare.pinned.with(|p| {
            p.as_ref()
                .map(|s| format!("{said}: {}", describe_strategy(s)))
        })
    };
    view! {
        <div class="ce-compare__controls" role="group" aria-label="Compare">
            <span class="ce-compare__choice">
                <label for=select_id.clone()>"Compare with"</label>
                <select id=select_id aria-describedby=described_by on:change=choose>
                    {CompareWith::ALL.map(|c| view! {
                        <option value=c.key() selected=move || compare.with.get() == c>{c.label()}</option>
                    }).collect_view()}
                </select>
            </span>
            <button type="button" class="ce-button" disabled=invalid
                aria-describedby=pin_described_by on:click=move |_| compare.pin()>"Pin for comparison"</button>
            <span class="ce-hint" id=pinned_id aria-live="polite">{pinned}</span>
            <Show when=invalid>
                <span class="ce-hint" id=why_id.clone()>{FieldError::PinNeedsValidCampaign.to_string()}</span>
            </Show>
            <p class="ce-compare__note" id=note_id aria-live="polite">{note}</p>
        </div>
    }
}
