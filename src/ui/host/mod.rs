//! The page around the quiz, as far as the quiz deals with it. In the embedded build (`embed` feature) that is a
//! course page that hears the quiz's messages and sends it commands; in the app there is none, and `Host` has no
//! values, so every host-only branch compiles away from the app's bundle.

#[cfg(not(feature = "embed"))]
mod absent;
#[cfg(feature = "embed")]
mod course_page;

#[cfg(not(feature = "embed"))]
pub use absent::Host;
#[cfg(feature = "embed")]
pub use course_page::Host;

/// The host page, when the quiz runs embedded in one.
pub fn use_host() -> Option<Host> {
    #[cfg(feature = "embed")]
    return leptos::prelude::use_context::<Host>();
    #[cfg(not(feature = "embed"))]
    None
}
