//! The question on screen, as far as its text has arrived: loading, the question card, or a retry.

use super::runner::Runner;
use crate::bank::QuestionId;
use crate::session::Choice;
use crate::ui::fetch::Remote;
use crate::ui::question::QuestionCard;
use leptos::prelude::*;

/// Question `id` with its options in `order`.
#[component]
pub fn CurrentQuestion(
    /// The quiz the question belongs to.
    runner: Runner,
    /// The question on screen.
    id: QuestionId,
    /// Its options' order on screen.
    order: Vec<usize>,
    /// Answered by typing its output.
    typed: bool,
) -> impl IntoView {
    let state = runner.state;
    let next_label = Signal::derive(move || match runner.length_range() {
        Some((asked, _, max)) if asked >= max => "See results".to_string(),
        _ => "Next question".to_string(),
    });
    let shown = id.clone();
    move || match state.question(&shown) {
        Some(Remote::Ready(question)) => view! {
            <QuestionCard
                question
                order=order.clone()
                selection=runner.selection
                typed
                text=Signal::from(runner.text)
                on_type=Callback::new(move |text| runner.type_text(text))
                on_type_pause=Callback::new(move |()| runner.save_draft())
                graded=Signal::derive(move || runner.graded())
                on_submit=Callback::new(move |()| runner.submit_answer())
                on_dont_know=Callback::new(move |()| runner.submit(Choice::DontKnow))
                on_next=Callback::new(move |()| runner.advance())
                next_label
            />
        }
        .into_any(),
        Some(Remote::Failed(reason)) => {
            let id = id.clone();
            view! {
                <div class="notice" role="alert">
                    <p>
                        {format!(
                            "This question could not be loaded ({reason}). Your answers so far are saved.",
                        )}
                    </p>
                    <button
                        type="button"
                        class="button"
                        on:click=move |_| {
                            state.questions.update(|q| _ = q.remove(&id));
                            state.fetch_question(&id);
                        }
                    >
                        "Try again"
                    </button>
                </div>
            }
            .into_any()
        }
        _ => view! {
            <p class="muted" aria-busy="true">
                "Loading the question\u{2026}"
            </p>
        }
        .into_any(),
    }
}
