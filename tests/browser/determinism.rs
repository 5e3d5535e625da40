//! The native pinned scenarios, run through the engine in the browser: a seed gives the same
//! results in wasm as natively, for the outcome mix and for the reach model (whose draws use
//! `exp` and `log`). The figures are the native test's own, in the file included here.

#[path = "../native/simulation_pinned.rs"]
mod pinned;
