//! Native tests of the domain, the engine and the command line: one test binary (one link of the
//! crate) with a module per area. `make test-native` runs them; the browser tests are `tests/browser`.
#![cfg(not(target_arch = "wasm32"))]

mod advisor;
mod advisor_panel;
mod api_types;
mod architecture;
mod cli;
mod compare;
mod domain_calendar;
mod domain_caps;
mod domain_config;
mod domain_decimal;
mod domain_draft;
mod domain_editor;
mod domain_next_day;
mod domain_props;
mod domain_rules;
mod domain_storage;
mod export;
mod reach;
mod simulation_breakdown;
mod simulation_caps;
mod simulation_pinned;
mod simulation_props;
mod simulation_reach;
mod simulation_rules;
mod simulation_scenario;
mod simulation_stepping;
mod simulator_panel;
mod simulator_panel_reach;
mod support;
mod timeline_caps;
mod timeline_picture;
mod timeline_reach;
mod timeline_retry;
mod typing_props;
