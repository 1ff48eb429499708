//! One question on screen: prompt, code, options in their shuffled order (or a field to type the output in), and
//! after Submit the feedback. It owns no quiz logic: the quiz page passes the selection or the text, the grade once
//! there is one, and the actions.

mod actions;
mod difference;
mod feedback;
mod option;
mod typed_answer;

use crate::bank::{Question, QuestionKind};
use crate::session::Graded;
use crate::ui::rich_text::{CodeBlock, RichText};
use actions::QuestionActions;
use feedback::Feedback;
use leptos::prelude::*;
use option::OptionItem;
use std::sync::Arc;
use typed_answer::TypedAnswer;

/// A question with its options, actions and, once answered, its feedback.
#[component]
pub fn QuestionCard(
    /// The question.
    question: Arc<Question>,
    /// Its options' order on screen: position `i` shows option `order[i]`.
    order: Vec<usize>,
    /// The options picked so far, as indexes into the question's own order; a click picks one.
    selection: RwSignal<Vec<usize>>,
    /// Answered by typing its output rather than picking an option.
    typed: bool,
    /// What has been typed so far, for a typed question.
    text: Signal<String>,
    /// Takes each change of the typed text.
    on_type: Callback<String>,
    /// The typing field lost focus: what was typed is saved now.
    on_type_pause: Callback<()>,
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
        QuestionKind::Output if typed => "Read the code and type what it prints",
        QuestionKind::Output => "Read the code: what does it print?",
        QuestionKind::Error => "Read the code: which exception does it raise?",
    };
    let can_submit = Signal::derive(move || {
        if typed {
            text.with(|t| !t.trim().is_empty())
        } else {
            selection.with(|s| !s.is_empty())
        }
    });
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
    let (prompt, code, lang, hint) = (
        question.prompt.clone(),
        question.code.clone(),
        question.lang,
        question.hint.clone(),
    );
    view! {
        <article class="question" data-kind=kind_id data-question=question_id>
            <p class="kind-label">{kind_label}</p>
            <h2 id="question-title" class="prompt" tabindex="-1">
                <RichText text=prompt />
            </h2>
            {code.map(|code| view! { <CodeBlock code lang /> })}
            // Not a <form>: a frame sandboxed without allow-forms blocks form submission before any handler runs.
            <div class="options-form">
                {if typed {
                    let answered = Signal::derive(answered);
                    view! { <TypedAnswer text answered on_type on_pause=on_type_pause /> }
                        .into_any()
                } else {
                    view! {
                        <fieldset disabled=answered>
                            <legend class="visually-hidden">"Options"</legend>
                            <ol class="options">{options}</ol>
                        </fieldset>
                    }
                        .into_any()
                }} <Show when=move || !answered()>
                    <QuestionActions hint=hint.clone() can_submit on_submit on_dont_know />
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
