//! The browser UI: Leptos components that draw the core's data. They hold no business logic.

mod app;
mod home;

pub use app::App;

/// Starts the app on the page that Trunk built.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
