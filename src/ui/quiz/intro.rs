//! The placement's start screen: what the test is, and how to answer code questions (the same choice as in
//! Settings, and it changes that setting).

use super::runner::Runner;
use crate::engine::{PlacementConfig, Stopper};
use crate::ui::code_answers::CodeAnswersChoice;
use leptos::prelude::*;

/// What a placement is, the choice of how to answer code questions, and the button that starts it.
#[component]
pub fn PlacementIntro(
    /// The placement's quiz page.
    runner: Runner,
) -> impl IntoView {
    Effect::new(move |_| crate::ui::browser::focus_id("intro-title"));
    let Stopper { min, max, .. } = PlacementConfig::default().stopper;
    let about = format!(
        "The test asks {min} to {max} questions from the whole roadmap, each chosen from your answers so far, and \
         ends as soon as your level is clear. Say \u{201c}I don't know\u{201d} rather than guess: it helps the test. \
         You can leave and come back to it at any time."
    );
    view! {
        <section class="intro" aria-labelledby="intro-title">
            <h2 id="intro-title" tabindex="-1">
                "Before you start"
            </h2>
            <p>{about}</p>
            <CodeAnswersChoice note="Typing makes the test shorter and more precise: nobody types the right output \
            by chance." />
            <button
                type="button"
                class="button primary"
                id="start-button"
                on:click=move |_| runner.start_after_intro()
            >
                "Start the test"
            </button>
        </section>
    }
}
