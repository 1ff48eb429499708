//! Settings' "Offline" section: its elements only. What they show and do lives beside the service worker that does
//! the work (`src/offline/offline-settings.js`, loaded when this section appears), which keeps it off the first
//! view: a Leptos version measured 3.5 kB gzip more wasm, more than the first view had left.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// index.html's loader of `offline-settings.js`, which wires this section to the service worker.
    #[wasm_bindgen(js_name = roadmapOfflineSettings, catch)]
    fn attach() -> Result<(), JsValue>;
}

/// The section, wired once it is on the page.
#[component]
pub fn OfflineBank() -> impl IntoView {
    Effect::new(move |_| {
        // Without the loader (an old cached page) the section keeps its first words.
        let _ = attach();
    });
    view! {
        <section aria-labelledby="offline-title" id="offline-bank">
            <h2 id="offline-title">"Offline"</h2>
            <p>
                "After your first visit the app opens without a connection, and a quiz you start online \
                finishes offline."
            </p>
            <p id="offline-status" role="status">
                "Checking what is kept on this device\u{2026}"
            </p>
            <progress id="offline-progress" aria-label="Downloading the bank" hidden></progress>
            <div class="actions">
                <button type="button" class="button" id="offline-download" hidden>
                    "Make the whole bank available offline"
                </button>
                <button type="button" class="button" id="offline-remove" hidden>
                    "Remove the offline bank"
                </button>
            </div>
        </section>
    }
}
