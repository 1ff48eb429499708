//! The browser UI: Leptos components that draw the core's data and wire it to the page. They hold no business
//! logic: quizzes, results and mastery come from `session`, and the progress document from `progress`.
//!
//! The same views make two pages: the app (`index.html`) and, built with the `embed` feature, the page course
//! sites put in a frame (`embed.html`), which shows only the quiz its URL names and its result.

// The embedded page uses a subset of the views; the rest is compiled and checked there but not used.
#![cfg_attr(feature = "embed", allow(dead_code))]

mod app;
mod browser;
mod charts;
#[cfg(feature = "embed")]
mod embed;
#[cfg(not(feature = "embed"))]
#[path = "no_host.rs"]
mod embed;
mod full_catalog;
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
