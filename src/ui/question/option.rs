//! One option of a question: its input and label, and after the answer whether it was the key or the learner's
//! choice, with that option's own feedback line.

use crate::bank::{Question, QuestionKind};
use crate::session::{pick_option, Graded};
use crate::ui::rich_text::RichText;
use leptos::prelude::*;
use std::sync::Arc;

/// Option `index` of `question`, shown at `position`.
#[component]
pub fn OptionItem(
    /// The question the option belongs to.
    question: Arc<Question>,
    /// Where it shows, from 0: its key is `position + 1` and its input's id `option-{position}`.
    position: usize,
    /// Its index in the question's own order.
    index: usize,
    /// The options picked so far; a click picks this one.
    selection: RwSignal<Vec<usize>>,
    /// The grade, once the question is answered.
    graded: Signal<Option<Graded>>,
) -> impl IntoView {
    let keyed = question.answers.contains(&index);
    let multi = question.kind == QuestionKind::Multi;
    let chosen = move || graded.with(|g| g.as_ref().map(|g| g.selected.contains(&index)));
    let class = move || match (chosen(), keyed) {
        (None, _) => "option",
        (Some(true), true) => "option keyed chosen",
        (Some(false), true) => "option keyed",
        (Some(true), false) => "option wrong chosen",
        (Some(false), false) => "option",
    };
    let marker = move || match (chosen()?, keyed) {
        (true, true) => Some("Correct answer, your choice"),
        (false, true) => Some("Correct answer"),
        (true, false) => Some("Your choice"),
        (false, false) => None,
    };
    // An option's own feedback shows under the key and under the learner's choice.
    let feedback = question.feedback.get(index).cloned();
    let shown_feedback = move || {
        chosen()
            .filter(|chosen| keyed || *chosen)
            .and(feedback.clone())
            .map(|text| {
                view! {
                    <p class="option-feedback">
                        <RichText text />
                    </p>
                }
            })
    };
    let text = question.options.get(index).cloned().unwrap_or_default();
    let input_id = format!("option-{position}");
    view! {
        <li class=class data-option=index.to_string()>
            <input
                id=input_id.clone()
                type=if multi { "checkbox" } else { "radio" }
                name="option"
                prop:checked=move || selection.with(|s| s.contains(&index))
                on:change=move |_| selection.update(|s| pick_option(s, index, multi))
            />
            <label for=input_id>
                <span class="option-key" aria-hidden="true">
                    {position + 1}
                </span>
                {if question.kind.is_code_reading() {
                    view! { <code class="option-text code-option">{text}</code> }.into_any()
                } else {
                    view! {
                        <span class="option-text">
                            <RichText text />
                        </span>
                    }
                        .into_any()
                }}
                {move || marker().map(|m| view! { <span class="option-marker">{m}</span> })}
            </label>
            {shown_feedback}
        </li>
    }
}
