//! `cargo bench --bench advisor` (and `make bench`): how long the strategy advisor (SPEC section
//! 10) takes to suggest delays natively, in the release profile, for 20 attempts and a 72-hour
//! deadline under the reach model's defaults: best of five searches per campaign, with the number
//! of candidates scored and the reach gained over the campaign's own delays. Then how far each
//! suggestion for 3 and 5 attempts is from the best of every strategy on a grid (5-minute steps for
//! 3 attempts, 15-minute ones for 5), a call in the 5 minutes before the deadline not taken.

use std::time::Instant;

use campaign_editor::domain::advisor::{MARGIN_SECS, Search, SuggestRequest, suggest};
use campaign_editor::domain::calendar::LocalDateTime;
use campaign_editor::domain::call_cap::CallCap;
use campaign_editor::domain::campaign::{Campaign, RetryStrategy};
use campaign_editor::domain::draft::WindowDraft;
use campaign_editor::domain::reach::{call_times, expected_reach_along};
use campaign_editor::domain::window::CallingWindow;

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
    against_the_grid(&base, weekdays);
}

/// The suggestion's expected reach beside the best of every strategy on a grid, by deadline.
fn against_the_grid(base: &Campaign, weekdays: CallingWindow) {
    println!("against every strategy on a grid (weekdays 09:00-20:00 or no window)");
    for (attempts, step) in [(3, 300), (5, 900)] {
        let mut grid = vec![Vec::new()];
        for _ in 0..attempts {
            grid = grid
                .into_iter()
                .flat_map(|delays: Vec<u32>| {
                    (1..=10_800 / step).map(move |k| [delays.clone(), vec![k * step]].concat())
                })
                .collect();
        }
        for (window, deadline_hours) in [(true, 4), (true, 8), (true, 24), (false, 24), (true, 72)]
        {
            let campaign = Campaign {
                calling_window: window.then_some(weekdays),
                retry_strategy: RetryStrategy::from_delays(vec![60; attempts]),
                ..base.clone()
            };
            let request = SuggestRequest {
                attempts,
                deadline_hours,
                ..SuggestRequest::for_campaign(&campaign)
            };
            let suggestion = suggest(&campaign, &request).expect("a launch time");
            let deadline = u64::from(deadline_hours) * 3_600;
            let best = grid
                .iter()
                .filter_map(|delays| {
                    let candidate = Campaign {
                        retry_strategy: RetryStrategy::from_delays(delays.iter().copied()),
                        ..campaign.clone()
                    };
                    let times = call_times(&candidate).expect("a launch time");
                    let launch = candidate.launch_at.expect("a launch time");
                    let (retry_on, settings) = (candidate.retry_on, &request.settings);
                    let reach =
                        expected_reach_along(&times, launch, retry_on, Some(deadline), settings);
                    let late = |&t: &u64| t <= deadline && t + MARGIN_SECS > deadline;
                    (!times.iter().any(late)).then_some(reach.reached)
                })
                .fold(0.0, f64::max);
            println!(
                "  {attempts} attempts, {} {deadline_hours:>2} h: suggestion {:.2} %, best of {} on {} min steps {:.2} % ({:+.2} points)",
                if window { "window,   " } else { "no window," },
                suggestion.expected.reached * 100.0,
                grid.len(),
                step / 60,
                best * 100.0,
                (best - suggestion.expected.reached) * 100.0,
            );
        }
    }
}
