//! The results view of a finished attempt, rebuilt from its saved answers: the level or scores with charts, what
//! to study next with links to those self-tests, the level's learning path, and every answered question again.

mod answers;
mod headline;
mod level_path;
mod study;

use crate::bank::Catalog;
use crate::session::{describe_mode, section_masteries, Quiz, Route};
use crate::ui::browser::now;
use crate::ui::full_catalog::WithFullCatalog;
use crate::ui::host::use_host;
use crate::ui::page_title::PageTitle;
use crate::ui::state::use_app;
use answers::AnswerReview;
use headline::Headline;
use leptos::prelude::*;
use level_path::LevelPath;
use study::StudyNext;

/// The result of attempt `id`, once the full catalog is here.
#[component]
pub fn ResultsPage(
    /// The attempt's id.
    id: String,
) -> impl IntoView {
    view! {
        <WithFullCatalog render=move |catalog| {
            view! { <ResultsView id=id.clone() catalog /> }.into_any()
        } />
    }
}

/// The result of attempt `id`, or why it cannot be shown.
#[component]
fn ResultsView(
    /// The attempt's id.
    id: String,
    /// The full catalog, for replaying the attempt and naming its sections.
    catalog: &'static Catalog,
) -> impl IntoView {
    let state = use_app();
    let host = use_host();
    let record = state
        .progress
        .with_untracked(|p| p.kept().find(|a| a.id.0 == id).cloned());
    let Some(record) = record else {
        return view! {
            <PageTitle text="Result not found" />
            <p>
                "This result is not in the progress saved in this browser. It may have been reset, or saved in \
                another browser: export and import progress in Settings to move it."
            </p>
            <p>
                <a href=Route::Progress.href()>"See your history"</a>
            </p>
        }
        .into_any();
    };
    if record.finished.is_none() {
        let unfinished = describe_mode(&record.mode, catalog);
        return view! {
            <PageTitle text="Not finished yet" />
            <p>{format!("You have not finished {}.", unfinished.name)}</p>
            <p>
                <a class="button primary" href=unfinished.route.href()>
                    "Resume it"
                </a>
            </p>
        }
        .into_any();
    }
    let answers = record.answers.clone();
    let outcome = state
        .progress
        .with_untracked(|p| Quiz::resume(record, catalog, p, now()).map(|q| q.outcome(catalog)));
    let outcome = match outcome {
        Ok(outcome) => outcome,
        Err(err) => {
            return view! {
                <PageTitle text="This result cannot be shown" />
                <p>{err.to_string()}</p>
            }
            .into_any()
        }
    };
    let study = state
        .progress
        .with_untracked(|p| outcome.study_next(catalog, || section_masteries(catalog, p, now())));
    // Embedded, the level's path stays out: the frame is compact.
    let level = outcome
        .level(catalog)
        .and_then(|level| catalog.level(level))
        .filter(|_| host.is_none());
    view! {
        <div class="results">
            <Headline outcome=outcome.clone() catalog />
            <StudyNext links=study />
            {level.map(|level| view! { <LevelPath level /> })}
            <AnswerReview answers />
            {match host {
                Some(host) => {
                    view! {
                        <p class="actions">
                            <button
                                type="button"
                                class="button primary"
                                on:click=move |_| host.restart(state)
                            >
                                "Start again"
                            </button>
                        </p>
                    }
                        .into_any()
                }
                None => {
                    view! {
                        <p class="actions">
                            <a class="button" href=Route::Home.href()>
                                "Back to the roadmap"
                            </a>
                            <a class="button" href=Route::Progress.href()>
                                "See your progress"
                            </a>
                        </p>
                    }
                        .into_any()
                }
            }}
        </div>
    }
    .into_any()
}
