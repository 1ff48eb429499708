//! The field a learner types a program's output in: monospaced, several lines, at most 2,000 characters.

use crate::bank::TYPED_MAX_CHARS;
use leptos::prelude::*;

/// A multi-line field for the output, with how to submit and what does not count.
#[component]
pub fn TypedAnswer(
    /// What has been typed so far.
    text: Signal<String>,
    /// The question is answered: the field only shows what was typed.
    answered: Signal<bool>,
    /// Takes each change of the text.
    on_type: Callback<String>,
    /// The field lost focus.
    on_pause: Callback<()>,
) -> impl IntoView {
    let at_limit = move || text.with(|t| t.chars().count() >= TYPED_MAX_CHARS);
    view! {
        <div class="typed-answer">
            <label for="typed-answer">"What it prints"</label>
            <textarea
                id="typed-answer"
                class="code-input"
                rows="4"
                maxlength=TYPED_MAX_CHARS.to_string()
                spellcheck="false"
                autocapitalize="off"
                autocomplete="off"
                aria-describedby="typed-help typed-limit"
                readonly=move || answered.get()
                prop:value=move || text.get()
                on:input=move |ev| on_type.run(event_target_value(&ev))
                on:blur=move |_| on_pause.run(())
            ></textarea>
            <p id="typed-help" class="typed-help">
                "Enter starts a new line; Ctrl+Enter (\u{2318}+Enter on a Mac) submits. Spaces at the ends of lines \
                do not count."
            </p>
            <p id="typed-limit" class="typed-limit" aria-live="polite">
                {move || {
                    at_limit()
                        .then_some("That is the limit: an answer has at most 2,000 characters.")
                }}
            </p>
        </div>
    }
}
