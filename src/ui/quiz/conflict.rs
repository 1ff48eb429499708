//! What the quiz page says when another quiz is unfinished: only one runs at a time in the app.

use super::runner::Runner;
use crate::progress::AttemptRecord;
use crate::session::describe_mode;
use leptos::prelude::*;

/// Resume the other quiz, or discard it and start this one.
#[component]
pub fn ConflictNotice(
    /// The quiz page that wants to start.
    runner: Runner,
    /// The unfinished attempt of another mode.
    other: AttemptRecord,
) -> impl IntoView {
    let catalog = runner.state.catalog;
    let theirs = describe_mode(&other.mode, catalog);
    let ours = runner.mode.with_value(|mode| describe_mode(mode, catalog));
    let answered = other.answers.len();
    let id = other.id.clone();
    view! {
        <div class="notice" role="alert">
            <p>
                {format!(
                    "You have not finished {} ({answered} answered). Only one quiz runs at a time.",
                    theirs.name,
                )}
            </p>
            <div class="actions">
                {runner
                    .host
                    .is_none()
                    .then(|| {
                        view! {
                            <a class="button primary" href=theirs.route.href()>
                                {format!("Resume {}", theirs.name)}
                            </a>
                        }
                    })}
                <button type="button" class="button" on:click=move |_| runner.discard_other(&id)>
                    {format!("Discard it and start {}", ours.name)}
                </button>
            </div>
        </div>
    }
}
