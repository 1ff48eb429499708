//! The first screen the build wrote into `index.html` (`src/bin/prerender.rs`): shown until the app starts, then
//! replaced by the app's own, identical, view in one step, with the learner's focus carried over. A link followed
//! before the app started has already changed the URL, which the app reads as it starts.

use wasm_bindgen::JsCast;

const MARK: &str = "[data-prerendered]";

/// Removes the first screen and returns the link that had focus on it, by its `href`.
pub fn remove() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let focused = document
        .active_element()
        .filter(|element| element.closest(MARK).ok().flatten().is_some())
        .and_then(|element| element.get_attribute("href"));
    if let Ok(nodes) = document.query_selector_all(MARK) {
        for index in 0..nodes.length() {
            if let Some(element) = nodes
                .item(index)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                element.remove();
            }
        }
    }
    focused
}

/// Gives focus to the app's link to `href`, which the learner had focused on the first screen.
pub fn restore_focus(href: Option<String>) {
    let Some(href) = href else {
        return;
    };
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(&format!("a[href=\"{href}\"]"))
                .ok()
                .flatten()
        })
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
