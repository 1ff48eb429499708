//! The choice of how to answer code questions that ask what a program prints: pick from options, or type the
//! output. One setting for every quiz; Settings and the placement's start screen both show it.

use super::state::use_app;
use crate::engine::irt::AnswerForm;
use leptos::prelude::*;

/// Two radio buttons bound to the learner's setting.
#[component]
pub fn CodeAnswersChoice(
    /// A line under the choice, on what it changes.
    note: &'static str,
) -> impl IntoView {
    let state = use_app();
    let current = move || state.progress.with(|p| p.settings.code_answers);
    let choices = [
        (AnswerForm::Picked, "Pick from options"),
        (AnswerForm::Typed, "Type the output"),
    ];
    view! {
        <fieldset class="choices" aria-describedby="code-answers-note">
            <legend>"Code questions"</legend>
            {choices
                .into_iter()
                .map(|(value, label)| {
                    view! {
                        <label class="choice">
                            <input
                                type="radio"
                                name="code-answers"
                                prop:checked=move || current() == value
                                on:change=move |_| state.change(|p| p.settings.code_answers = value)
                            />
                            {label}
                        </label>
                    }
                })
                .collect_view()}
            <p id="code-answers-note" class="muted">
                {note}
            </p>
        </fieldset>
    }
}
