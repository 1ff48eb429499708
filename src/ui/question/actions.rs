//! What a learner can do with a question before answering: submit, say "I don't know", or open the hint.

use crate::ui::rich_text::RichText;
use leptos::prelude::*;

/// Submit, "I don't know" and the hint.
#[component]
pub fn QuestionActions(
    /// The question's hint, if it has one.
    hint: Option<String>,
    /// There is an answer to submit: an option picked, or something typed.
    can_submit: Signal<bool>,
    /// Submits the options picked.
    on_submit: Callback<()>,
    /// Answers "I don't know".
    on_dont_know: Callback<()>,
) -> impl IntoView {
    let hint_open = RwSignal::new(false);
    view! {
        <div class="question-actions">
            <button
                type="button"
                id="submit-button"
                class="button primary"
                disabled=move || !can_submit.get()
                on:click=move |_| on_submit.run(())
            >
                "Submit"
            </button>
            <button type="button" class="button" on:click=move |_| on_dont_know.run(())>
                "I don't know"
            </button>
            {hint
                .map(|hint| {
                    view! {
                        <button
                            type="button"
                            class="button quiet"
                            aria-expanded=move || hint_open.get().to_string()
                            on:click=move |_| hint_open.update(|open| *open = !*open)
                        >
                            "Hint"
                        </button>
                        <Show when=move || hint_open.get()>
                            <p class="hint">
                                <RichText text=hint.clone() />
                            </p>
                        </Show>
                    }
                })}
        </div>
    }
}
