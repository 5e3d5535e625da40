//! `cargo bench --bench engine` (and `make bench`): how fast the simulation engine runs and how
//! much memory it takes, natively, in the release profile.
//!
//! - Calls simulated per second, best of five runs, for 100,000 and 1,000,000 random recipients
//!   (attempt rows 300/3,600/7,200/10,800 s, 50 lines, the section 4 mix) and for 1,000,000
//!   recipients with 20 attempt rows whose calls all fail (21 million calls); and 1,000,000 random
//!   recipients under the reach model of SPEC section 8 (defaults, launch Monday 09:00, the same
//!   attempt rows and lines), whose figure includes drawing each recipient's profile once and
//!   whose heap includes the reach dialer's 44 bytes a recipient; and the 1,000,000 random
//!   recipients under a call cap of 3 calls in 24 h (SPEC section 9), which holds every fourth
//!   call back and keeps 12 bytes of call starts a recipient. The call log is not
//!   kept, as with `--no-calls`. Per second of wall-clock time, and (on Linux) per second of this
//!   thread's CPU time, which other work on a busy machine does not inflate.
//! - The engine's peak heap, counted by this program's allocator, per recipient.
//! - The peak resident memory of the `campaign-sim` command line with `--no-calls` on the same
//!   scenarios, read from `/usr/bin/time -v`.

use std::alloc::{GlobalAlloc, Layout, System};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use campaign_editor::domain::duration::thousands;
use campaign_editor::domain::simulation::{CallLog, Scenario, simulate};
use serde_json::{Value, json};

/// The system allocator, counting the bytes in use and their peak.
struct Counting;

static IN_USE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded as is to the system allocator.
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            let now = IN_USE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        IN_USE.fetch_sub(layout.size(), Ordering::Relaxed);
        // SAFETY: `ptr` came from `alloc` with this `layout`.
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

const RUNS: usize = 5;

struct Case {
    name: &'static str,
    recipients: u64,
    scenario: Value,
}

fn cases() -> Vec<Case> {
    let rows = |n: usize| -> Value {
        [300, 3_600, 7_200, 10_800]
            .iter()
            .cycle()
            .take(n)
            .map(|d| json!({"delaySeconds": d}))
            .collect()
    };
    let random = |count: u64| {
        json!({
            "campaign": {"attempts": rows(4)},
            "dialer": {"lines": 50, "seed": 1},
            "generate": {"count": count}
        })
    };
    vec![
        Case {
            name: "100,000 random recipients, 4 attempts",
            recipients: 100_000,
            scenario: random(100_000),
        },
        Case {
            name: "1,000,000 random recipients, 4 attempts",
            recipients: 1_000_000,
            scenario: random(1_000_000),
        },
        Case {
            name: "1,000,000 random recipients, cap 3 in 24 h",
            recipients: 1_000_000,
            scenario: json!({
                "campaign": {"attempts": rows(4), "callCaps": [{"calls": 3, "hours": 24}]},
                "dialer": {"lines": 50, "seed": 1},
                "generate": {"count": 1_000_000}
            }),
        },
        Case {
            name: "1,000,000 random recipients, reach model",
            recipients: 1_000_000,
            scenario: json!({
                "campaign": {"attempts": rows(4), "launchAt": "2026-12-07T09:00"},
                "dialer": {"lines": 50, "seed": 1, "model": "reach"},
                "generate": {"count": 1_000_000}
            }),
        },
        Case {
            name: "1,000,000 recipients, 20 attempts, all fail",
            recipients: 1_000_000,
            scenario: json!({
                "campaign": {"attempts": rows(20)},
                "dialer": {"lines": 50, "seed": 1,
                           "outcomeMix": {"busy": 0.25, "noAnswer": 0.5, "unreachable": 0.25}},
                "generate": {"count": 1_000_000}
            }),
        },
    ]
}

fn main() {
    // `cargo bench` passes `--bench`; anything else is a filter nobody needs here.
    println!("Simulation engine, release profile, call log not kept, best of {RUNS} runs\n");
    println!(
        "{:<44} {:>11} {:>7} {:>12} {:>7} {:>12} {:>10} {:>7}",
        "scenario", "calls", "wall s", "calls/s", "CPU s", "calls/CPU s", "heap", "B/recip"
    );
    for case in cases() {
        let scenario = Scenario::from_json(&case.scenario).expect("a valid scenario");
        let (mut wall, mut cpu) = (f64::INFINITY, f64::INFINITY);
        let mut calls = 0;
        let mut heap = 0;
        for _ in 0..RUNS {
            let before = IN_USE.load(Ordering::Relaxed);
            PEAK.store(before, Ordering::Relaxed);
            let (start, cpu_start) = (Instant::now(), cpu_seconds());
            let simulation = simulate(&scenario, CallLog::Skip);
            wall = wall.min(start.elapsed().as_secs_f64());
            if let (Some(end), Some(start)) = (cpu_seconds(), cpu_start) {
                cpu = cpu.min(end - start);
            }
            calls = simulation.snapshot().calls;
            heap = PEAK.load(Ordering::Relaxed) - before;
        }
        let per_second = |seconds: f64| {
            if seconds.is_finite() {
                thousands((calls as f64 / seconds) as u64)
            } else {
                "-".to_owned()
            }
        };
        println!(
            "{:<44} {:>11} {:>7.3} {:>12} {:>7.3} {:>12} {:>7.1} MB {:>7.1}",
            case.name,
            thousands(calls),
            wall,
            per_second(wall),
            cpu,
            per_second(cpu),
            heap as f64 / 1e6,
            heap as f64 / case.recipients as f64
        );
    }

    println!("\nPeak resident memory of `campaign-sim --no-calls` (/usr/bin/time -v)\n");
    for case in cases() {
        match cli_peak_rss(&case.scenario) {
            Ok(kilobytes) => println!(
                "{:<44} {:>7.1} MB {:>7.1} bytes/recipient",
                case.name,
                kilobytes as f64 / 1e3,
                kilobytes as f64 * 1e3 / case.recipients as f64
            ),
            Err(why) => println!("{:<44} not measured: {why}", case.name),
        }
    }
}

/// This thread's CPU time in seconds, from `/proc/thread-self/schedstat` (Linux).
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanoseconds: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(nanoseconds as f64 / 1e9)
}

/// The command line's peak resident set in kilobytes, running `scenario` with `--no-calls`.
fn cli_peak_rss(scenario: &Value) -> Result<u64, String> {
    let path = std::env::temp_dir().join(format!("campaign-sim-bench-{}.json", std::process::id()));
    std::fs::write(&path, scenario.to_string()).map_err(|e| e.to_string())?;
    let output = Command::new("/usr/bin/time")
        .arg("-v")
        .arg(env!("CARGO_BIN_EXE_campaign-sim"))
        .arg("--no-calls")
        .arg(&path)
        .output();
    let _ = std::fs::remove_file(&path);
    let output = output.map_err(|e| format!("/usr/bin/time: {e}"))?;
    if !output.status.success() {
        return Err(format!("campaign-sim exited with {}", output.status));
    }
    String::from_utf8_lossy(&output.stderr)
        .lines()
        .find_map(|line| {
            line.trim()
                .strip_prefix("Maximum resident set size (kbytes): ")
        })
        .and_then(|kb| kb.parse().ok())
        .ok_or_else(|| "no peak in /usr/bin/time's report".to_owned())
}
