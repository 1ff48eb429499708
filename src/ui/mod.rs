//! The browser UI: Leptos components that draw the core's data and wire it to the page. They hold no business
//! logic: quizzes, results and mastery come from `session`, and the progress document from `progress`.

mod app;
mod browser;
mod charts;
mod home;
mod not_found;
mod notices;
mod progress_page;
mod question;
mod quiz;
mod results;
mod rich_text;
mod settings;
mod state;
pub mod storage;

pub use app::App;

/// Starts the app on the page that Trunk built.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
}
