//! Fetching the app's static JSON files (the full catalog, each question's text) and the state of one such file on
//! its way: every view that waits for a file uses these two.

use super::browser::BrowserError;
use crate::bank::JsonError;
use std::fmt;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a file did not arrive as the app expects it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FetchError {
    /// The request failed: offline, blocked, or the server is unreachable.
    Network(BrowserError),
    /// The server answered with an HTTP error status.
    Status(u16),
    /// The file arrived but is not the JSON the app expects: a damaged or mismatched deployment.
    Decode(String),
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::Network(err) => write!(f, "the network request failed: {err}"),
            FetchError::Status(status) => write!(f, "the server answered {status}"),
            FetchError::Decode(reason) => {
                write!(f, "the file is not what this version expects: {reason}")
            }
        }
    }
}

impl std::error::Error for FetchError {}

impl From<BrowserError> for FetchError {
    fn from(err: BrowserError) -> FetchError {
        FetchError::Network(err)
    }
}

/// Fetches the file at `path` (relative to the page), parses it as JSON and reads a `T` out of it with `read`.
pub async fn fetch_json<T>(
    path: &str,
    read: fn(&serde_json::Value) -> Result<T, JsonError>,
) -> Result<T, FetchError> {
    let window = web_sys::window().ok_or_else(|| BrowserError("no window".to_string()))?;
    let response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(BrowserError::from)?;
    let response: web_sys::Response = response.dyn_into().map_err(BrowserError::from)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let text = JsFuture::from(response.text().map_err(BrowserError::from)?)
        .await
        .map_err(BrowserError::from)?;
    let text = text
        .as_string()
        .ok_or_else(|| FetchError::Decode("it is not text".to_string()))?;
    let value = serde_json::from_str(&text).map_err(|e| FetchError::Decode(e.to_string()))?;
    read(&value).map_err(FetchError::Decode)
}

/// A file the app needs, as far as it has arrived.
#[derive(Clone, Debug, PartialEq)]
pub enum Remote<T> {
    /// Not asked for yet.
    Idle,
    Loading,
    Ready(T),
    Failed(FetchError),
}

impl<T> Remote<T> {
    /// Whether a fetch is under way or done: asking again would fetch the same file twice.
    pub fn is_requested(&self) -> bool {
        matches!(self, Remote::Loading | Remote::Ready(_))
    }
}

impl<T> From<Result<T, FetchError>> for Remote<T> {
    fn from(result: Result<T, FetchError>) -> Remote<T> {
        match result {
            Ok(value) => Remote::Ready(value),
            Err(err) => Remote::Failed(err),
        }
    }
}
