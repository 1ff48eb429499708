//! Files the learner chooses (an import) and files the app offers as downloads (an export, unreadable data). The
//! app's Settings use them; the embedded page has neither.

use super::browser::BrowserError;
use std::fmt;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why a file the learner chose could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ReadFileError {
    /// Refused before reading: the file is over the limit.
    TooLarge { size: usize, limit: usize },
    /// The browser could not read it, or it is not text.
    Browser(BrowserError),
}

impl fmt::Display for ReadFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadFileError::TooLarge { size, limit } => {
                write!(
                    f,
                    "the file has {size} bytes, more than the {limit} allowed"
                )
            }
            ReadFileError::Browser(err) => write!(f, "the file could not be read: {err}"),
        }
    }
}

impl std::error::Error for ReadFileError {}

/// Reads a file the learner chose, refusing anything over `limit` bytes before reading it.
pub async fn read_file(file: web_sys::File, limit: usize) -> Result<String, ReadFileError> {
    let size = file.size() as usize;
    if size > limit {
        return Err(ReadFileError::TooLarge { size, limit });
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|e| ReadFileError::Browser(e.into()))?;
    text.as_string()
        .ok_or_else(|| ReadFileError::Browser(BrowserError("the file is not text".to_string())))
}

/// Offers `text` as a file download named `name`.
pub fn download(name: &str, text: &str) -> Result<(), BrowserError> {
    let window = web_sys::window().ok_or_else(|| BrowserError("no window".to_string()))?;
    let document = window
        .document()
        .ok_or_else(|| BrowserError("no document".to_string()))?;
    let parts = web_sys::js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
