//! A view's main heading.

use leptos::prelude::*;

/// The view's `<h1>`: focus moves to it after navigation, so keyboard and screen-reader users start there.
#[component]
pub fn PageTitle(
    /// The heading's text.
    #[prop(into)]
    text: String,
) -> impl IntoView {
    view! {
        <h1 id="page-title" tabindex="-1">
            {text}
        </h1>
    }
}
