//! Leaving a quiz: keep it for later, discard it, or stay.

use super::runner::Runner;
use crate::ui::dialog::Dialog;
use leptos::prelude::*;

/// The dialog Esc or "Leave quiz" opens.
#[component]
pub fn LeaveDialog(
    /// The quiz being left.
    runner: Runner,
) -> impl IntoView {
    let description = Signal::derive(move || {
        format!(
            "You have answered {} question(s). Keep the quiz to resume it later from the home page, or discard it: \
             its answers will not count.",
            runner.answered()
        )
    });
    view! {
        <Dialog
            open=runner.leaving
            id="leave"
            title="Leave this quiz?"
            description
            initial_focus="leave-keep"
        >
            <button
                type="button"
                class="button primary"
                id="leave-keep"
                on:click=move |_| runner.keep_for_later()
            >
                "Keep it for later"
            </button>
            <button type="button" class="button danger" on:click=move |_| runner.discard()>
                "Discard this quiz"
            </button>
            <button type="button" class="button quiet" on:click=move |_| runner.leaving.set(false)>
                "Stay"
            </button>
        </Dialog>
    }
}
