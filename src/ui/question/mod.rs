//! One question on screen: prompt, code, options in their shuffled order, and after Submit the feedback. It owns
//! no quiz logic: the quiz page passes the selection, the grade once there is one, and the actions.

mod actions;
mod feedback;
mod option;

use crate::bank::{Question, QuestionKind};
use crate::session::Graded;
use crate::ui::rich_text::{CodeBlock, RichText};
use actions::QuestionActions;
use feedback::Feedback;
use leptos::prelude::*;
use option::OptionItem;
use std::sync::Arc;

/// A question with its options, actions and, once answered, its feedback.
#[component]
pub fn QuestionCard(
    /// The question.
    question: Arc<Question>,
    /// Its options' order on screen: position `i` shows option `order[i]`.
    order: Vec<usize>,
    /// The options picked so far, as indexes into the question's own order; a click picks one.
    selection: RwSignal<Vec<usize>>,
    /// The grade, once the question is answered.
    graded: Signal<Option<Graded>>,
    /// Submits the options picked.
    on_submit: Callback<()>,
    /// Answers "I don't know".
    on_dont_know: Callback<()>,
    /// Goes on after the feedback.
    on_next: Callback<()>,
    /// The label of the button that goes on: "Next question" or "See results".
    next_label: Signal<String>,
) -> impl IntoView {
    let answered = move || graded.with(Option::is_some);
    // A new question takes focus once it is drawn, so keyboard and screen-reader users start at its prompt.
    Effect::new(move |_| crate::ui::browser::focus_id("question-title"));
    let kind_label = match question.kind {
        QuestionKind::Choice => "Choose one answer",
        QuestionKind::Multi => "Select every answer that applies",
        QuestionKind::Output => "Read the code: what does it print?",
        QuestionKind::Error => "Read the code: which exception does it raise?",
    };
    let options = order
        .iter()
        .enumerate()
        .filter(|(_, index)| **index < question.options.len())
        .map(|(position, &index)| {
            let question = question.clone();
            view! { <OptionItem question position index selection graded /> }
        })
        .collect_view();
    let (kind_id, question_id) = (question.kind.id(), question.id.to_string());
    let (prompt, code, hint) = (
        question.prompt.clone(),
        question.code.clone(),
        question.hint.clone(),
    );
    view! {
        <article class="question" data-kind=kind_id data-question=question_id>
            <p class="kind-label">{kind_label}</p>
            <h2 id="question-title" class="prompt" tabindex="-1">
                <RichText text=prompt />
            </h2>
            {code.map(|code| view! { <CodeBlock code /> })}
            // Not a <form>: a frame sandboxed without allow-forms blocks form submission before any handler runs.
            <div class="options-form">
                <fieldset disabled=answered>
                    <legend class="visually-hidden">"Options"</legend>
                    <ol class="options">{options}</ol>
                </fieldset>
                <Show when=move || !answered()>
                    <QuestionActions hint=hint.clone() selection on_submit on_dont_know />
                </Show>
            </div>
            {move || {
                graded
                    .get()
                    .map(|graded| {
                        view! { <Feedback question=question.clone() graded on_next next_label /> }
                    })
            }}
        </article>
    }
}
