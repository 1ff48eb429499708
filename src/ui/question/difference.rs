//! What a typed answer came to: the option it reads as, with that option's own feedback line, or where it first
//! differs from the output, by line and column and with a caret, so no colour is needed to see it.

use crate::bank::{Difference, Question};
use crate::ui::rich_text::RichText;
use leptos::prelude::*;
use std::sync::Arc;

/// The verdict on a typed answer.
#[component]
pub fn TypedVerdict(
    /// The question answered.
    question: Arc<Question>,
    /// What was typed.
    text: String,
    /// The option the text reads the same as, if any.
    selected: Vec<usize>,
) -> impl IntoView {
    let matched = selected.first().copied();
    let line = matched.and_then(|i| question.feedback.get(i).cloned());
    let matched_wrong = matched.filter(|i| !question.answers.contains(i));
    let difference = match matched {
        Some(_) => None,
        None => question
            .output_key()
            .and_then(|key| key.first_difference(&text)),
    };
    view! {
        {matched_wrong
            .and_then(|i| question.options.get(i).cloned())
            .map(|option| {
                view! {
                    <p class="typed-as">
                        "What you typed reads as this option: "
                        <code class="code-option">{option}</code>
                    </p>
                }
            })}
        {line
            .map(|text| {
                view! {
                    <p class="option-feedback">
                        <RichText text />
                    </p>
                }
            })}
        {difference.map(|difference| view! { <DifferenceAt difference /> })}
    }
}

/// Where the typed answer first differs from the output.
#[component]
fn DifferenceAt(
    /// The first difference, on the compared texts.
    difference: Difference,
) -> impl IntoView {
    let Difference {
        line,
        column,
        expected,
        typed,
    } = difference;
    let shown =
        |text: &Option<String>, ended: &str| text.clone().unwrap_or_else(|| ended.to_string());
    let expected_line = shown(&expected, "(the output has ended)");
    let typed_line = shown(&typed, "(your answer has ended)");
    let caret = format!("{}^", " ".repeat(8 + column.saturating_sub(1)));
    view! {
        <div class="difference">
            <p>
                {format!(
                    "Your answer first differs from the output on line {line}, at column {column}:",
                )}
            </p>
            // Focusable because a long line scrolls sideways; the caret marks the column without colour.
            <pre
                class="difference-lines"
                tabindex="0"
                aria-label="The output's line, yours, and a caret at the difference"
            >
                {format!("output  {expected_line}\nyours   {typed_line}\n{caret}")}
            </pre>
        </div>
    }
}
