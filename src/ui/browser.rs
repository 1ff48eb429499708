//! The few browser services the app needs, each behind a small function: the clock, random seeds, fetching a
//! static file, reading a chosen file, and offering text as a download.

use crate::engine::review::Timestamp;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

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

fn describe(value: &JsValue) -> String {
    value
        .dyn_ref::<web_sys::DomException>()
        .map(|e| format!("{}: {}", e.name(), e.message()))
        .or_else(|| value.as_string())
        .unwrap_or_else(|| "the browser refused".to_string())
}

/// Fetches a file next to the page as text.
pub async fn fetch_text(path: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|e| describe(&e))?;
    let response: web_sys::Response = response.dyn_into().map_err(|e| describe(&e))?;
    if !response.ok() {
        return Err(format!("the server answered {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|e| describe(&e))?)
        .await
        .map_err(|e| describe(&e))?;
    text.as_string()
        .ok_or_else(|| "the file is not text".to_string())
}

/// Reads a file the learner chose, refusing anything over `limit` bytes before reading it.
pub async fn read_file(file: web_sys::File, limit: usize) -> Result<String, (usize, String)> {
    let size = file.size() as usize;
    if size > limit {
        return Err((size, String::new()));
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|e| (size, describe(&e)))?;
    text.as_string()
        .ok_or((size, "the file is not text".to_string()))
}

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, text: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let parts = js_array_of(text);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|e| describe(&e))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| describe(&e))?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| describe(&e))?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

fn js_array_of(text: &str) -> JsValue {
    let array = web_sys::js_sys::Array::new();
    array.push(&JsValue::from_str(text));
    array.into()
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

/// A date for file names, `YYYY-MM-DD` in UTC.
pub fn format_file_date(at: Timestamp) -> String {
    super::progress_page::format_date(at)
}
