//! Notices about storage, shown under the header until the learner dismisses them.

use super::host::use_host;
use super::state::use_app;
use super::storage::Notice;
use leptos::prelude::*;

/// The notices, each with a Dismiss button; a polite live region, so a new one is read out.
#[component]
pub fn Notices() -> impl IntoView {
    let state = use_app();
    let embedded = use_host().is_some();
    view! {
        <div class="notices" role="status" aria-live="polite">
            {move || {
                state
                    .notices
                    .get()
                    .into_iter()
                    .map(|notice| {
                        let text = match (&notice, embedded) {
                            (Notice::InMemory, true) => {
                                "Progress is not saved in this frame: it lasts until the page closes."
                                    .to_string()
                            }
                            _ => notice.text(),
                        };
                        let kind = notice.kind();
                        // A course page has little room: one line says the essential.
                        view! {
                            <div class="notice" data-notice=kind>
                                <p>{text}</p>
                                <button
                                    type="button"
                                    class="button quiet"
                                    on:click=move |_| {
                                        state.notices.update(|n| n.retain(|x| *x != notice));
                                    }
                                >
                                    "Dismiss"
                                </button>
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}
