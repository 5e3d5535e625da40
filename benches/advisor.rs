//! `cargo bench --bench advisor` (and `make bench`): how long the strategy advisor (SPEC section
//! 10) takes to suggest delays natively, in the release profile, for 20 attempts and a 72-hour
//! deadline under the reach model's defaults: best of five searches per campaign, with the number
//! of candidates scored and the reach gained over the campaign's own delays.

use std::time::Instant;

use campaign_editor::domain::advisor::{Search, SuggestRequest};
use campaign_editor::domain::calendar::LocalDateTime;
use campaign_editor::domain::call_cap::CallCap;
use campaign_editor::domain::campaign::{Campaign, RetryStrategy};
use campaign_editor::domain::draft::WindowDraft;

fn main() {
    let weekdays = WindowDraft {
        enabled: true,
        start: "09:00".to_owned(),
        end: "20:00".to_owned(),
        days: [true, true, true, true, true, false, false],
    }
    .check()
    .expect("a window");
    let base = Campaign {
        launch_at: LocalDateTime::parse("2026-12-07T09:00"),
        retry_strategy: RetryStrategy::from_delays([300; 20]),
        ..Campaign::sample()
    };
    let campaigns = [
        ("no window, no caps", base.clone()),
        (
            "weekdays 09:00-20:00",
            Campaign {
                calling_window: Some(weekdays),
                ..base.clone()
            },
        ),
        (
            "weekdays 09:00-20:00, 3 calls in 24 h",
            Campaign {
                calling_window: Some(weekdays),
                call_caps: vec![CallCap {
                    calls: 3,
                    hours: 24,
                }],
                ..base.clone()
            },
        ),
    ];
    println!("strategy advisor, 20 attempts, deadline 72 h, best of 5");
    for (name, campaign) in campaigns {
        let request = SuggestRequest {
            attempts: 20,
            ..SuggestRequest::for_campaign(&campaign)
        };
        let mut best = f64::INFINITY;
        let mut last = None;
        for _ in 0..5 {
            let started = Instant::now();
            let mut search = Search::new(&campaign, &request).expect("a launch time");
            search.step(|| true);
            best = best.min(started.elapsed().as_secs_f64());
            last = Some(search);
        }
        let search = last.expect("five searches");
        let suggestion = search.suggestion();
        println!(
            "  {name:<40} {:>7.1} ms  {:>6} candidates  reach {:.1} % (own {:.1} %)",
            best * 1e3,
            search.scored(),
            suggestion.expected.reached * 100.0,
            suggestion.current.reached * 100.0,
        );
    }
}
