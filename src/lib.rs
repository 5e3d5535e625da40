pub mod domain;
#[cfg(all(target_arch = "wasm32", feature = "embed"))]
pub mod embed;
#[cfg(target_arch = "wasm32")]
pub mod ui;
