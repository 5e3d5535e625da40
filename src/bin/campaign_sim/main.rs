//! `campaign-sim`: the campaign simulator on the command line (SPEC section 7). `campaign-sim
//! --help` documents every option (options.rs).
//!
//! Prints the results JSON (SPEC section 4) on stdout, or a short summary for people with
//! `--summary`, or the calls as CSV with `--csv` (SPEC section 11: the same file as the Simulator
//! panel's `Download calls (CSV)`); `--no-calls` leaves out the call log (and does not keep it in
//! memory). `-` reads the scenario from stdin. Invalid input exits with status 2 and every
//! problem on stderr, one `path: message` a line. A scenario is at most 50,000,000 bytes
//! (`MAX_SCENARIO_BYTES`); a fixed campaign that has not completed after ten years of simulated
//! time stops there, still `running`. `--suggest` prints the strategy advisor's suggestion (SPEC
//! section 10) instead of running the scenario: its JSON with `--json`, else a few lines for
//! people.

mod cli;
mod options;
mod suggest;

fn main() -> std::process::ExitCode {
    cli::main()
}
