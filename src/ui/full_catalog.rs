//! Views that need the full catalog (every question's selection data): they wait for it, fetched once, and offer a
//! retry when it does not arrive.

use super::state::{use_app, Full};
use crate::bank::Catalog;
use leptos::prelude::*;

/// Shows `render(catalog)` once the full catalog is here; until then a loading line, or what went wrong.
#[component]
pub fn WithFullCatalog<F>(render: F) -> impl IntoView
where
    F: Fn(&'static Catalog) -> AnyView + Send + Sync + 'static,
{
    let state = use_app();
    state.load_full();
    move || {
        match state.full.get() {
        Full::Ready(catalog) => render(catalog),
        Full::Failed(reason) => view! {
            <h1 id="page-title" tabindex="-1">"The questions could not be loaded"</h1>
            <div class="notice" role="alert">
                <p>{format!("The list of questions did not arrive ({reason}). Your progress is safe.")}</p>
                <button type="button" class="button" on:click=move |_| state.load_full()>"Try again"</button>
            </div>
        }
        .into_any(),
        Full::NotAsked | Full::Loading => {
            view! { <p class="muted" aria-busy="true">"Loading the questions\u{2026}"</p> }.into_any()
        }
    }
    }
}
