//! The few browser services every page needs, each behind a small function: the clock, random seeds, the browser's
//! errors in words, and moving focus. Fetching static files is `fetch.rs`'s; files the learner chooses or
//! downloads are `files.rs`'s.

use crate::engine::review::Timestamp;
use std::fmt;
use wasm_bindgen::{JsCast, JsValue};

/// Wall-clock time in milliseconds since the Unix epoch.
pub fn now() -> Timestamp {
    let millis = web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.time_origin() + p.now());
    Timestamp(millis.max(0.0) as u64)
}

/// Milliseconds since the page started, for measuring.
pub fn monotonic_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// 64 random bits from the browser's cryptographic generator (falling back to the clock, which only matters for
/// question order, never for anything secret).
pub fn random_seed() -> u64 {
    let mut bytes = [0u8; 8];
    let filled = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .is_some_and(|c| c.get_random_values_with_u8_array(&mut bytes).is_ok());
    if filled {
        u64::from_le_bytes(bytes)
    } else {
        now().0 ^ (monotonic_ms().to_bits())
    }
}

/// A browser call that failed, in the browser's own words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BrowserError(pub String);

impl fmt::Display for BrowserError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BrowserError {}

impl From<JsValue> for BrowserError {
    fn from(value: JsValue) -> BrowserError {
        BrowserError(
            value
                .dyn_ref::<web_sys::DomException>()
                .map(|e| format!("{}: {}", e.name(), e.message()))
                .or_else(|| value.as_string())
                .unwrap_or_else(|| "the browser refused".to_string()),
        )
    }
}

/// Moves keyboard focus to the element with `id` once it is on the page, unless a modal dialog is open and the
/// element is outside it (a question that arrives late must not pull focus out of the leave dialog).
pub fn focus_id(id: &'static str) {
    leptos::prelude::request_animation_frame(move || {
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Some(element) = document
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        let modal = document
            .query_selector("[aria-modal=\"true\"]")
            .ok()
            .flatten();
        if modal.is_some_and(|modal| !modal.contains(Some(&element))) {
            return;
        }
        let _ = element.focus();
    });
}
