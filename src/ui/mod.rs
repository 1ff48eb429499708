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
    // A panic is a bug; say so in the console with its message rather than as a bare "unreachable" trap.
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Roadmap Quiz hit a bug: {info}").into());
    }));
    leptos::mount::mount_to_body(App);
}
