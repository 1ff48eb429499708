//! The feedback after an answer: right, wrong or skipped, the key, the explanation, and the way on.

use super::difference::TypedVerdict;
use crate::bank::Question;
use crate::engine::Answer;
use crate::session::Graded;
use crate::ui::rich_text::RichText;
use leptos::prelude::*;
use std::sync::Arc;

/// What the answer to `question` came to.
#[component]
pub fn Feedback(
    /// The question answered.
    question: Arc<Question>,
    /// The grade of the answer.
    graded: Graded,
    /// Goes on to the next question or the results.
    on_next: Callback<()>,
    /// "Next question" or "See results".
    next_label: Signal<String>,
) -> impl IntoView {
    let (title, class) = match graded.answer {
        Answer::Correct => ("Correct", "feedback right"),
        Answer::Incorrect => ("Not quite", "feedback wrong"),
        Answer::DontKnow => ("Skipped", "feedback skipped"),
    };
    let keyed: Vec<String> = question.keyed_options().map(str::to_string).collect();
    let typed = graded
        .typed
        .clone()
        .map(|text| view! { <TypedVerdict question=question.clone() text selected=graded.selected.clone() /> });
    view! {
        <section class=class aria-labelledby="feedback-title">
            <h2 id="feedback-title" tabindex="-1">
                {title}
            </h2>
            {typed}
            <p class="keyed">
                {if keyed.len() == 1 { "The answer: " } else { "The answers: " }}
                {keyed
                    .into_iter()
                    .map(|k| {
                        view! {
                            <code class="code-option">{k}</code>
                            " "
                        }
                    })
                    .collect_view()}
            </p>
            <p class="explanation">
                <RichText text=question.explanation.clone() />
            </p>
            <button
                type="button"
                class="button primary"
                id="next-button"
                on:click=move |_| on_next.run(())
            >
                {move || next_label.get()}
            </button>
        </section>
    }
}
