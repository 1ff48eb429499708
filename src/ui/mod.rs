//! The browser UI: Leptos components that draw the core's data and wire it to the page. They hold no business
//! logic: quizzes, results and mastery come from `session`, and the progress document from `progress`.
//!
//! The same views make two pages: the app (`index.html`) and, built with the `embed` feature, the page course
//! sites put in a frame (`embed.html`), which shows only the quiz its URL names and its result.
//!
//! Services: `browser` (clock, focus), `fetch` (static JSON files), `files` (import and export), `storage` (the
//! progress document in localStorage), `state` (the app's shared signals), `host` (the course page around an
//! embedded quiz). Shared pieces: `dialog`, `page_title`, `charts`, `rich_text`, `full_catalog`, `notices`. Views:
//! one module each, or a folder of small ones (`quiz`, `question`, `results`).

mod app;
mod browser;
mod charts;
mod code_answers;
mod dialog;
#[cfg(feature = "embed")]
mod embed_shell;
pub mod fetch;
#[cfg(not(feature = "embed"))]
mod files;
#[cfg(not(feature = "embed"))]
mod first_screen;
mod full_catalog;
#[cfg(not(feature = "embed"))]
mod home;
mod host;
#[cfg(not(feature = "embed"))]
mod mastery_look;
#[cfg(not(feature = "embed"))]
mod not_found;
mod notices;
#[cfg(not(feature = "embed"))]
mod offline_bank;
mod page_title;
#[cfg(not(feature = "embed"))]
mod progress_page;
mod question;
mod quiz;
mod results;
mod rich_text;
#[cfg(not(feature = "embed"))]
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
    // The catalog is decoded in this task and the page drawn in the next: one task for both blocked a slow phone
    // too long (issue 21). The browser's storage is reached here too, since the first touch on a page is the slow
    // one (it loads the origin's storage); the app's own reads in the next task are then quick.
    let _ = state::catalog();
    #[cfg(not(feature = "embed"))]
    storage::warm_up();
    leptos::prelude::set_timeout(
        || leptos::mount::mount_to_body(App),
        std::time::Duration::ZERO,
    );
}
