//! The quiz page: begins or resumes the attempt for its mode, shows each question as it arrives, saves after every
//! answer, and hands over to the results when the quiz ends. The rules are the session's; `runner` wires them to
//! the page's signals.

mod conflict;
mod current;
mod intro;
mod keys;
mod leave_dialog;
mod meter;
mod runner;

use crate::bank::Catalog;
use crate::engine::Answer;
use crate::progress::QuizMode;
use crate::session::describe_mode;
use crate::ui::full_catalog::WithFullCatalog;
use crate::ui::page_title::PageTitle;
use conflict::ConflictNotice;
use current::CurrentQuestion;
use intro::PlacementIntro;
use leave_dialog::LeaveDialog;
use leptos::prelude::*;
use meter::ProgressMeter;
use runner::{Phase, Runner};

/// The quiz for `mode`, once the full catalog is here.
#[component]
pub fn QuizPage(
    /// Which quiz to run.
    mode: QuizMode,
) -> impl IntoView {
    view! {
        <WithFullCatalog render=move |catalog| {
            view! { <QuizView mode=mode.clone() catalog /> }.into_any()
        } />
    }
}

/// The quiz page itself: heading, progress, the question or what stands in its way, and the leave dialog.
#[component]
fn QuizView(
    /// Which quiz to run.
    mode: QuizMode,
    /// The full catalog the quiz draws its questions from.
    catalog: &'static Catalog,
) -> impl IntoView {
    let title = describe_mode(&mode, catalog).heading();
    let runner = Runner::new(mode, catalog);
    keys::listen_keys(runner);
    Effect::new(move |ran: Option<()>| {
        if ran.is_none() {
            runner.begin();
        }
    });
    // The question on screen: its card is rebuilt only when this changes, not when its feedback arrives.
    let current = Memo::new(move |_| match runner.phase.get() {
        Phase::Asking { id, order, typed }
        | Phase::Feedback {
            id, order, typed, ..
        } => Some((id, order, typed)),
        _ => None,
    });
    view! {
        <div class="quiz-page">
            <div class="quiz-head">
                <PageTitle text=title />
                {move || {
                    let in_quiz = matches!(
                        runner.phase.get(),
                        Phase::Asking { .. } | Phase::Feedback { .. }
                    );
                    (runner.host.is_none() && in_quiz)
                        .then(|| {
                            view! {
                                <button
                                    type="button"
                                    class="button quiet"
                                    on:click=move |_| runner.leaving.set(true)
                                >
                                    "Leave quiz"
                                </button>
                            }
                        })
                }}
            </div>
            {move || {
                runner
                    .length_range()
                    .map(|(asked, min, max)| view! { <ProgressMeter asked min max /> })
            }}
            <p class="visually-hidden" aria-live="assertive">
                {move || match runner.graded().map(|graded| graded.answer) {
                    Some(Answer::Correct) => "Correct.",
                    Some(Answer::Incorrect) => "Incorrect.",
                    Some(Answer::DontKnow) => "Skipped.",
                    None => "",
                }}
            </p>
            {move || match runner.phase.get() {
                Phase::Starting => {
                    view! { <p class="muted">"Preparing your quiz\u{2026}"</p> }.into_any()
                }
                Phase::Failed(message) => {
                    view! {
                        <div class="notice" role="alert">
                            <p>{message}</p>
                            <a href=crate::session::Route::Home.href()>"Back to the roadmap"</a>
                        </div>
                    }
                        .into_any()
                }
                Phase::Conflict(other) => view! { <ConflictNotice runner other /> }.into_any(),
                Phase::Intro => view! { <PlacementIntro runner /> }.into_any(),
                Phase::Asking { .. } | Phase::Feedback { .. } => ().into_any(),
            }}
            {move || {
                current
                    .get()
                    .map(|(id, order, typed)| view! { <CurrentQuestion runner id order typed /> })
            }}
            <LeaveDialog runner />
        </div>
    }
}
