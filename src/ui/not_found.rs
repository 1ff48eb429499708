//! The view for a link the app does not know: what happened and where to go instead.

use super::page_title::PageTitle;
use crate::session::Route;
use leptos::prelude::*;

/// "Page not found", what was asked for, and the ways on.
#[component]
pub fn NotFound(
    /// What was not found, in a sentence.
    what: String,
) -> impl IntoView {
    view! {
        <PageTitle text="Page not found" />
        <p>{what}</p>
        <p>"The link may be mistyped or from an older version of the quiz. From here you can:"</p>
        <ul class="link-list">
            <li>
                <a href=Route::Home.href()>"See the roadmap and pick a section"</a>
            </li>
            <li>
                <a href=Route::Placement.href()>"Take the placement test"</a>
            </li>
            <li>
                <a href=Route::Progress.href()>"See your progress"</a>
            </li>
        </ul>
    }
}
