//! The view for a link the app does not know: what happened and where to go instead.

use leptos::prelude::*;

#[component]
pub fn NotFound(what: String) -> impl IntoView {
    view! {
        <h1 id="page-title" tabindex="-1">"Page not found"</h1>
        <p>{what}</p>
        <p>"The link may be mistyped or from an older version of the quiz. From here you can:"</p>
        <ul class="link-list">
            <li><a href="#/">"See the roadmap and pick a section"</a></li>
            <li><a href="#/placement">"Take the placement test"</a></li>
            <li><a href="#/progress">"See your progress"</a></li>
        </ul>
    }
}
