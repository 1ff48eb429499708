//! One question on screen: prompt, code, options in their shuffled order, and after Submit the feedback. It owns
//! no quiz logic: the quiz page passes the selection signal, the grade once there is one, and the actions.

use super::rich_text::{CodeBlock, RichText};
use crate::bank::{Question, QuestionKind};
use crate::engine::Answer;
use crate::session::Graded;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn QuestionCard(
    question: Arc<Question>,
    order: Vec<usize>,
    selection: RwSignal<Vec<usize>>,
    graded: Signal<Option<Graded>>,
    on_submit: Callback<()>,
    on_dont_know: Callback<()>,
    on_next: Callback<()>,
    next_label: Signal<String>,
) -> impl IntoView {
    let multi = question.kind == QuestionKind::Multi;
    let code_options = question.kind.is_code_reading();
    let answered = move || graded.with(Option::is_some);
    let hint_open = RwSignal::new(false);
    // A new question takes focus once it is drawn, so keyboard and screen-reader users start at its prompt.
    Effect::new(move |_| super::browser::focus_id("question-title"));
    let kind_label = match question.kind {
        QuestionKind::Choice => "Choose one answer",
        QuestionKind::Multi => "Select every answer that applies",
        QuestionKind::Output => "Read the code: what does it print?",
        QuestionKind::Error => "Read the code: which exception does it raise?",
    };
    let options = order
        .iter()
        .enumerate()
        .filter_map(|(position, &index)| {
            let text = question.options.get(index)?.clone();
            let keyed = question.answers.contains(&index);
            let feedback = question
                .feedback
                .as_ref()
                .and_then(|f| f.get(index))
                .cloned();
            Some((position, index, text, keyed, feedback))
        })
        .collect::<Vec<_>>();
    let q = question.clone();
    let hint = question.hint.clone();
    let explanation = question.explanation.clone();
    let keyed_texts: Vec<String> = question
        .answers
        .iter()
        .filter_map(|i| question.options.get(*i).cloned())
        .collect();
    view! {
        <article class="question" data-kind=question.kind.id() data-question=question.id.to_string()>
            <p class="kind-label">{kind_label}</p>
            <h2 id="question-title" class="prompt" tabindex="-1"><RichText text=q.prompt.clone() /></h2>
            {q.code.clone().map(|code| view! { <CodeBlock code /> })}
            // Not a <form>: a frame sandboxed without allow-forms blocks form submission before any handler runs.
            <div class="options-form">
                <fieldset disabled=answered>
                    <legend class="visually-hidden">"Options"</legend>
                    <ol class="options">
                        {options
                            .into_iter()
                            .map(|(position, index, text, keyed, feedback)| {
                                let input_id = format!("option-{position}");
                                let label_for = input_id.clone();
                                let checked = move || selection.with(|s| s.contains(&index));
                                let state_class = move || {
                                    graded.with(|g| match g {
                                        None => "option",
                                        Some(g) if keyed => if g.selected.contains(&index) { "option keyed chosen" } else { "option keyed" },
                                        Some(g) if g.selected.contains(&index) => "option wrong chosen",
                                        Some(_) => "option",
                                    })
                                };
                                let marker = move || {
                                    graded.with(|g| match g {
                                        None => None,
                                        Some(g) => {
                                            let chosen = g.selected.contains(&index);
                                            match (keyed, chosen) {
                                                (true, true) => Some("Correct answer, your choice"),
                                                (true, false) => Some("Correct answer"),
                                                (false, true) => Some("Your choice"),
                                                (false, false) => None,
                                            }
                                        }
                                    })
                                };
                                let line = feedback.clone();
                                view! {
                                    <li class=state_class data-option=index.to_string()>
                                        <input
                                            id=input_id
                                            type=if multi { "checkbox" } else { "radio" }
                                            name="option"
                                            prop:checked=checked
                                            on:change=move |_| {
                                                selection.update(|s| {
                                                    if multi {
                                                        if let Some(at) = s.iter().position(|i| *i == index) {
                                                            s.remove(at);
                                                        } else {
                                                            s.push(index);
                                                        }
                                                    } else {
                                                        *s = vec![index];
                                                    }
                                                });
                                            }
                                        />
                                        <label for=label_for>
                                            <span class="option-key" aria-hidden="true">{position + 1}</span>
                                            {if code_options {
                                                view! { <code class="option-text code-option">{text}</code> }.into_any()
                                            } else {
                                                view! { <span class="option-text"><RichText text /></span> }.into_any()
                                            }}
                                            {move || marker().map(|m| view! { <span class="option-marker">{m}</span> })}
                                        </label>
                                        {move || {
                                            let show = graded.with(|g| g.as_ref().is_some_and(|g| keyed || g.selected.contains(&index)));
                                            (show).then(|| line.clone()).flatten().map(|text| view! {
                                                <p class="option-feedback"><RichText text /></p>
                                            })
                                        }}
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                </fieldset>
                <Show when=move || !answered()>
                    <div class="question-actions">
                        <button type="button" id="submit-button" class="button primary" disabled=move || selection.with(Vec::is_empty)
                            on:click=move |_| if !answered() { on_submit.run(()) }>
                            "Submit"
                        </button>
                        <button type="button" class="button" on:click=move |_| on_dont_know.run(())>
                            "I don't know"
                        </button>
                        {hint.clone().map(|hint| view! {
                            <button type="button" class="button quiet" aria-expanded=move || hint_open.get().to_string()
                                on:click=move |_| hint_open.update(|h| *h = !*h)>"Hint"</button>
                            <Show when=move || hint_open.get()>
                                <p class="hint"><RichText text=hint.clone() /></p>
                            </Show>
                        })}
                    </div>
                </Show>
            </div>
            {move || graded.get().map(|g| {
                let (title, class) = match g.answer {
                    Answer::Correct => ("Correct", "feedback right"),
                    Answer::Incorrect => ("Not quite", "feedback wrong"),
                    Answer::DontKnow => ("Skipped", "feedback skipped"),
                };
                let keyed = keyed_texts.clone();
                view! {
                    <section class=class aria-labelledby="feedback-title">
                        <h2 id="feedback-title" tabindex="-1">{title}</h2>
                        <p class="keyed">
                            {if keyed.len() == 1 { "The answer: " } else { "The answers: " }}
                            {keyed.into_iter().map(|k| view! { <code class="code-option">{k}</code>" " }).collect_view()}
                        </p>
                        <p class="explanation"><RichText text=explanation.clone() /></p>
                        <button type="button" class="button primary" id="next-button" on:click=move |_| on_next.run(())>
                            {move || next_label.get()}
                        </button>
                    </section>
                }
            })}
        </article>
    }
}
