//! The embedded page (`embed.html`, the `embed` build): the quiz its URL names and its result in a course page's
//! frame, or what is wrong with that URL.

use super::host::Host;
use super::notices::Notices;
use super::page_title::PageTitle;
use super::quiz::QuizPage;
use super::results::ResultsPage;
use super::state::use_app;
use crate::session::Route;
use leptos::prelude::*;

/// Notices in one line, then the quiz or its result. No header, navigation or footer.
#[component]
pub fn EmbedShell(
    /// The course page around the frame.
    host: Host,
) -> impl IntoView {
    let state = use_app();
    let mode = host.mode();
    view! {
        <Notices />
        <main id="main" tabindex="-1">
            {move || {
                host.restarts.track();
                if !host.begun() {
                    return view! {
                        <p class="muted" role="status">
                            "Starting the quiz\u{2026}"
                        </p>
                    }
                        .into_any();
                }
                match state.route.get() {
                    Route::Results(id) => view! { <ResultsPage id /> }.into_any(),
                    _ => view! { <QuizPage mode=mode.clone() /> }.into_any(),
                }
            }}
        </main>
    }
}

/// What an embed URL that cannot be used shows inside the frame: what is wrong, for the course author.
#[component]
pub fn EmbedProblem(
    /// What is wrong with the URL, naming the parameter and the values it takes.
    problem: String,
) -> impl IntoView {
    view! {
        <main id="main" class="embed-problem">
            <PageTitle text="This quiz cannot start" />
            <p role="alert">{format!("The embed link is not right: {problem}.")}</p>
            <p class="muted">
                "If you are the course author, see \u{201c}Embedding\u{201d} in Roadmap Quiz's README for the \
                link's form."
            </p>
        </main>
    }
}
