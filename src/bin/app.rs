//! Entry point of the standalone page (`index.html`), which Trunk builds for wasm32.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    campaign_editor::ui::mount_app();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!(
        "campaign-editor-app is the standalone web page: Trunk builds it for wasm32. \
         Run `make serve` and open http://127.0.0.1:8080"
    );
}
