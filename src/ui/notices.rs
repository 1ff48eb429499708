//! Notices about storage, shown under the header until the learner dismisses them.

use super::state::use_app;
use leptos::prelude::*;

#[component]
pub fn Notices() -> impl IntoView {
    let state = use_app();
    view! {
        <div class="notices" role="status" aria-live="polite">
            {move || {
                state
                    .notices
                    .get()
                    .into_iter()
                    .map(|notice| {
                        let text = notice.text();
                        let kind = notice.kind();
                        view! {
                            <div class="notice" data-notice=kind>
                                <p>{text}</p>
                                <button type="button" class="button quiet" on:click=move |_| {
                                    state.notices.update(|n| n.retain(|x| *x != notice));
                                }>"Dismiss"</button>
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}
