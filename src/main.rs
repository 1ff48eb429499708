//! The browser entry point that Trunk builds: it mounts the app on the page.

#[cfg(target_arch = "wasm32")]
fn main() {
    roadmap_quiz::ui::mount();
}

// Natively the crate is a library with tools (`coverage`); the app itself only runs in a browser.
#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Roadmap Quiz runs in the browser: build it with `trunk build --release` or run `bash .ci/serve`.");
    std::process::exit(2);
}
