//! Taking a run out of the page (SPEC section 11): the calls as CSV, the scenario as the JSON
//! `campaign-sim` reads (so the same run can be repeated on the command line), the files' names
//! and what the Simulator panel says beside its export buttons.
//!
//! The results JSON itself is [`crate::domain::simulation::Results`]; [`results_json`] is the
//! file `Download results` writes of it.

mod calls_csv;
mod scenario_json;

pub use calls_csv::{CALLS_CSV_HEADER, CallsCsv};
pub use scenario_json::{repeat_scenario, scenario_json};

use crate::domain::duration::thousands;
use crate::domain::json;
use crate::domain::simulation::{Results, Simulation};

/// What the page says once `Copy scenario` has put the scenario on the clipboard.
pub const SCENARIO_COPIED: &str = "Scenario copied";

/// What the page says when the browser refuses the clipboard; the scenario is then shown to copy
/// by hand.
pub const COPY_REFUSED: &str =
    "The browser did not allow copying. Select the scenario below and copy it yourself.";

/// The start of a file name for a campaign named `name`: its letters and digits, A to Z in lower
/// case and other letters as typed (Unicode's case tables would add 17 KB to the wasm), any run of
/// other characters one `-` (`Lead qualification` → `lead-qualification`, `Äpfel` → `Äpfel`);
/// `campaign` when nothing is left.
///
/// ```
/// use campaign_editor::domain::export::file_stem;
///
/// assert_eq!(file_stem("Lead qualification (Q4)"), "lead-qualification-q4");
/// assert_eq!(file_stem("???"), "campaign");
/// ```
pub fn file_stem(name: &str) -> String {
    let mut stem = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            stem.push(c.to_ascii_lowercase());
        } else if !stem.is_empty() && !stem.ends_with('-') {
            stem.push('-');
        }
    }
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() {
        "campaign".to_owned()
    } else {
        stem.to_owned()
    }
}

/// What `Download calls (CSV)` says of a log that does not hold every call: capped (the panel
/// keeps the first calls only) or not kept at all. `None` when the file holds every call.
pub fn calls_file_note(simulation: &Simulation) -> Option<String> {
    if !simulation.keeps_calls() {
        return Some("This run keeps no call log: the CSV has the header only".to_owned());
    }
    let left_out = simulation.calls_not_logged();
    (left_out > 0).then(|| {
        format!(
            "The CSV holds the first {} calls; the {} calls after them were simulated but not logged",
            thousands(simulation.logged_calls() as u64),
            thousands(left_out)
        )
    })
}

/// The results JSON (SPEC section 4) that `Download results` writes: with the calls when the log
/// holds every one; without the `calls` field when it does not, as `campaign-sim --no-calls`
/// writes it, since a cut log beside `stats.calls`, which counts every call, would contradict it.
pub fn results_json(simulation: &Simulation) -> String {
    let whole_log = simulation.calls_not_logged() == 0;
    json::to_text(&Results::new(simulation, whole_log))
}

/// What `Download results` says when its file leaves the calls out (see [`results_json`]).
/// `None` when the file has every call.
pub fn results_file_note(simulation: &Simulation) -> Option<String> {
    if !simulation.keeps_calls() {
        return Some("This run keeps no call log: the results leave the calls out".to_owned());
    }
    let logged = simulation.logged_calls() as u64;
    let left_out = simulation.calls_not_logged();
    (left_out > 0).then(|| {
        format!(
            "The results leave the calls out: the log holds the first {} of {}",
            thousands(logged),
            thousands(logged + left_out)
        )
    })
}

/// What `Copy scenario` says of a run with recipients added by hand, which a scenario cannot
/// hold: run on the command line, it has fewer recipients. `None` when there were none.
pub fn scenario_note(simulation: &Simulation) -> Option<String> {
    match simulation.recipients_added_by_hand() {
        0 => None,
        1 => Some("The scenario leaves out the recipient added by hand".to_owned()),
        n => Some(format!(
            "The scenario leaves out the {} recipients added by hand",
            thousands(n as u64)
        )),
    }
}
