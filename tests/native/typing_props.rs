//! Issue 11: typing anything, up to a megabyte, into the simulator's and the advisor's fields never
//! panics, keeps what was typed, and gives a scenario or problems at those fields' paths. The
//! editor's own fields are typed into in `domain_storage`.

use campaign_editor::domain::advisor::AdvisorPanel;
use campaign_editor::domain::campaign::{Campaign, CompletionMode};
use campaign_editor::domain::draft::Draft;
use campaign_editor::domain::editor::Editor;
use campaign_editor::domain::simulator_panel::{
    DialerChoice, ReachInput, SimulatorSettings, field, presence_path,
};
use proptest::prelude::*;

use crate::support::any_text;

/// Every path a simulator setting's problem may have.
fn setting_paths() -> Vec<String> {
    let mut paths: Vec<String> = [
        field::RECIPIENTS,
        field::LINES,
        field::SEED,
        field::MIX,
        field::ARRIVALS,
        field::HORIZON,
        field::MODEL,
        "answered",
        "busy",
        "noAnswer",
        "unreachable",
    ]
    .map(String::from)
    .into();
    paths.extend(ReachInput::ALL.map(|input| input.path().to_owned()));
    paths.extend((0..24).map(presence_path));
    paths
}

proptest! {
    // 41 fields a case, a quarter of them about a megabyte long: a few seconds in a debug build.
    #![proptest_config(ProptestConfig::with_cases(12))]
    #[test]
    fn typing_anything_into_every_simulator_field_never_panics(
        texts in proptest::collection::vec(any_text(), 41),
        reach in any::<bool>(),
        long_living in any::<bool>(),
    ) {
        let mut typed = texts.into_iter();
        let mut next = || typed.next().expect("enough texts");
        let mut settings = SimulatorSettings {
            recipients: next(),
            lines: next(),
            seed: next(),
            model: if reach { DialerChoice::Reach } else { DialerChoice::Mix },
            mix: std::array::from_fn(|_| next()),
            arrivals_per_hour: next(),
            horizon_hours: next(),
            ..SimulatorSettings::default()
        };
        for input in ReachInput::ALL {
            settings.reach.set_number(input, next());
        }
        for hour in 0..24 {
            settings.reach.set_presence(hour, next());
        }
        let kept = settings.clone();
        let campaign = Campaign {
            completion: if long_living { CompletionMode::LongLiving } else { CompletionMode::Fixed },
            ..Campaign::sample()
        };
        let paths = setting_paths();
        match settings.scenario(&campaign) {
            Ok(scenario) => prop_assert_eq!(&scenario.campaign, &campaign),
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                for problem in problems {
                    prop_assert!(paths.contains(&problem.path), "unexpected path {}", problem.path);
                    prop_assert!(!problem.message.is_empty());
                }
            }
        }
        let _ = settings.problems(campaign.completion);
        let _ = settings.mix_shares();
        let _ = settings.reach.presence_shares();
        let _ = settings.reach.preset();
        prop_assert_eq!(settings, kept);
    }

}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn typing_anything_into_the_advisors_fields_never_panics(
        attempts in any_text(),
        deadline in any_text(),
    ) {
        let mut panel = AdvisorPanel::default();
        panel.set_attempts(attempts.clone());
        panel.set_deadline(deadline.clone());
        prop_assert_eq!(panel.attempts_text(3), attempts);
        prop_assert_eq!(panel.deadline_text(), deadline.as_str());
        let _ = panel.attempts_error();
        let _ = panel.deadline_error();
        let editor = Editor::new(Draft::from(&Campaign::sample()));
        let checked = editor.check();
        let _ = panel.campaign_problem(&checked);
    }
}
