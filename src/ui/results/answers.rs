//! Every answered question of a result again, on request: the learner's choice, the key and the explanation.

use crate::bank::{Question, QuestionId};
use crate::progress::{AnswerRecord, Outcome};
use crate::ui::fetch::Remote;
use crate::ui::rich_text::{CodeBlock, RichText};
use crate::ui::state::use_app;
use leptos::prelude::*;

/// A button that opens the list of answers, fetching their questions then.
#[component]
pub fn AnswerReview(
    /// The attempt's answers, in the order given.
    answers: Vec<AnswerRecord>,
) -> impl IntoView {
    let state = use_app();
    let open = RwSignal::new(false);
    let count = answers.len();
    let ids: Vec<QuestionId> = answers.iter().map(|a| a.question.clone()).collect();
    let toggle = move |_| {
        if !open.get_untracked() {
            for id in &ids {
                state.fetch_question(id);
            }
        }
        open.update(|o| *o = !*o);
    };
    let label = move || match open.get() {
        true => "Hide the answers".to_string(),
        false => format!("Go through all {count} answers"),
    };
    view! {
        <section aria-labelledby="review-title" class="answer-review">
            <h2 id="review-title">"Your answers"</h2>
            <button
                type="button"
                class="button"
                aria-expanded=move || open.get().to_string()
                on:click=toggle
            >
                {label}
            </button>
            <Show when=move || open.get()>
                <ol class="reviewed">
                    {answers
                        .iter()
                        .cloned()
                        .map(|answer| view! { <ReviewedAnswer answer /> })
                        .collect_view()}
                </ol>
            </Show>
        </section>
    }
}

/// One answer with its question, once the question's text is here.
#[component]
fn ReviewedAnswer(
    /// The answer, naming its question.
    answer: AnswerRecord,
) -> impl IntoView {
    let state = use_app();
    let (class, verdict) = match answer.outcome {
        Outcome::Correct => ("right", "Right"),
        Outcome::Incorrect => ("wrong", "Wrong"),
        Outcome::Skipped => ("skipped", "Skipped"),
    };
    let id = answer.question.clone();
    view! {
        <li class=class>
            {move || match state.question(&id) {
                Some(Remote::Ready(question)) => answered(&question, &answer, verdict),
                Some(Remote::Failed(reason)) => {
                    view! { <p>{format!("This question could not be loaded ({reason}).")}</p> }
                        .into_any()
                }
                _ => view! { <p class="muted">"Loading\u{2026}"</p> }.into_any(),
            }}
        </li>
    }
}

fn answered(question: &Question, answer: &AnswerRecord, verdict: &'static str) -> AnyView {
    let codes = |texts: Vec<String>| {
        texts
            .into_iter()
            .map(|text| {
                view! {
                    <code class="code-option">{text}</code>
                    " "
                }
            })
            .collect_view()
    };
    let yours: Vec<String> = question
        .option_texts(&answer.selected)
        .map(str::to_string)
        .collect();
    let keyed: Vec<String> = question.keyed_options().map(str::to_string).collect();
    view! {
        <p class="verdict">{verdict}</p>
        <p class="prompt">
            <RichText text=question.prompt.clone() />
        </p>
        {question.code.clone().map(|code| view! { <CodeBlock code lang=question.lang /> })}
        {match answer.typed.clone() {
            Some(typed) => {
                // What was typed is shown as text in a <pre>, exactly as typed, never as markup.
                view! {
                    <p>"You typed:"</p>
                    <pre class="typed-shown" tabindex="0" aria-label="What you typed">
                        {typed}
                    </pre>
                }
                    .into_any()
            }
            None => {
                view! {
                    <p>
                        "Your answer: "
                        {if yours.is_empty() {
                            view! { <span>"none"</span> }.into_any()
                        } else {
                            codes(yours).into_any()
                        }}
                    </p>
                }
                    .into_any()
            }
        }}
        <p>"The answer: " {codes(keyed)}</p>
        <p class="explanation">
            <RichText text=question.explanation.clone() />
        </p>
    }
    .into_any()
}
