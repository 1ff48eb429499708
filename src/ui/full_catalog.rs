//! Views that need the full catalog (every question's selection data): they wait for it, fetched once, and offer a
//! retry when it does not arrive.

use super::fetch::Remote;
use super::page_title::PageTitle;
use super::state::use_app;
use crate::bank::Catalog;
use leptos::prelude::*;

/// Shows `render(catalog)` once the full catalog is here; until then a loading line, or what went wrong.
#[component]
pub fn WithFullCatalog<F>(
    /// Draws the view from the full catalog.
    render: F,
) -> impl IntoView
where
    F: Fn(&'static Catalog) -> AnyView + Send + Sync + 'static,
{
    let state = use_app();
    state.load_full();
    move || match state.full.get() {
        Remote::Ready(catalog) => render(catalog),
        Remote::Failed(reason) => view! {
            <PageTitle text="The questions could not be loaded" />
            <div class="notice" role="alert">
                <p>
                    {format!(
                        "The list of questions did not arrive ({reason}). Your progress is safe.",
                    )}
                </p>
                <button type="button" class="button" on:click=move |_| state.load_full()>
                    "Try again"
                </button>
            </div>
        }
        .into_any(),
        Remote::Idle | Remote::Loading => view! {
            <p class="muted" aria-busy="true">
                "Loading the questions\u{2026}"
            </p>
        }
        .into_any(),
    }
}
