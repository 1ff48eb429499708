//! The home view: what the app is, "Find my level", the quiz to resume, review questions due, and the four levels
//! with their sections, each with the learner's mastery and a self-test.

use super::browser::now;
use super::charts::MasteryBar;
use super::mastery_look::{mastery_classes, mastery_mark};
use super::page_title::PageTitle;
use super::state::use_app;
use crate::bank::{LevelSummary, SectionSummary};
use crate::render::percent;
use crate::session::home;
use crate::session::{describe_mode, level_mastery, Basis, Route, SectionMastery};
use leptos::prelude::*;

/// The home view.
#[component]
pub fn Home() -> impl IntoView {
    let state = use_app();
    let catalog = state.catalog;
    let drawn = state.drawn;
    let masteries = Memo::new(move |_| state.kept_masteries());
    Effect::new(move |_| {
        state.full.track();
        state.restore_snapshot();
    });
    let due = Memo::new(move |_| state.progress.with(|p| p.review.due_count(now())));
    let resume = Memo::new(move |_| {
        state
            .progress
            .with(|p| p.in_progress().map(|a| (a.mode.clone(), a.answers.len())))
    });
    view! {
        <section class="hero" aria-labelledby="page-title">
            <PageTitle text=home::TITLE />
            <p class="lead">{home::lead(catalog)}</p>
            <div class="actions">
                <a class="button primary" href=Route::Placement.href()>
                    {home::FIND_MY_LEVEL}
                </a>
                {move || {
                    resume
                        .get()
                        .map(|(mode, answered)| {
                            let unfinished = describe_mode(&mode, catalog);
                            view! {
                                <a class="button" href=unfinished.route.href()>
                                    {format!("Resume {} ({answered} answered)", unfinished.name)}
                                </a>
                            }
                        })
                }}
            </div>
            <p class="review-due">
                {move || match due.get() {
                    0 => view! { <span>{home::NO_REVIEW_DUE}</span> }.into_any(),
                    n => {
                        view! {
                            <span>
                                {format!(
                                    "{n} review question{} due. ",
                                    if n == 1 { " is" } else { "s are" },
                                )}
                            </span>
                            <a href=Route::Review.href()>"Review now"</a>
                        }
                            .into_any()
                    }
                }}
            </p>
        </section>
        <div class="levels">
            {catalog
                .levels
                .iter()
                .enumerate()
                .map(|(index, level)| {
                    let shown = Memo::new(move |_| drawn.get() > index + 1);
                    // `shown` is a memo, so that drawing the next level leaves this one as it is; the closure is
                    // inside `view!`, which erases its type: 398 B gzip less wasm than the same closure outside it.
                    view! {
                        {move || shown.get().then(|| view! { <LevelBlock level masteries /> })}
                    }
                })
                .collect_view()}
        </div>
    }
}

/// A level: its title, summary, mastery, level quiz and sections.
#[component]
fn LevelBlock(
    /// The level.
    level: &'static LevelSummary,
    /// Every section's mastery.
    masteries: Memo<Vec<SectionMastery>>,
) -> impl IntoView {
    let id = level.info.level;
    let heading_id = format!("level-{}", id.id());
    let labelled_by = heading_id.clone();
    let questions: usize = level.sections.iter().map(|s| s.questions).sum();
    let mastery = move || masteries.with(|m| level_mastery(m, id));
    view! {
        <section class="level" aria-labelledby=labelled_by data-level=id.id()>
            <div class="level-head">
                <h2 id=heading_id>{level.info.title.clone()}</h2>
                <span class="level-duration">{level.info.duration.clone()}</span>
            </div>
            <p class="level-summary">{level.info.summary.clone()}</p>
            <div class="level-actions">
                {move || match mastery() {
                    Some((score, sections)) => {
                        view! {
                            <MasteryBar
                                score
                                label=format!(
                                    "{} mastery: {} over {sections} section{}",
                                    level.info.title,
                                    percent(score),
                                    if sections == 1 { "" } else { "s" },
                                )
                            />
                        }
                            .into_any()
                    }
                    None => {
                        let predicted = masteries
                            .with(|m| m.iter().any(|s| s.level == id && s.score.is_some()));
                        let text = if predicted {
                            "No section measured yet"
                        } else {
                            home::NOT_STARTED
                        };
                        view! { <p class="muted">{text}</p> }.into_any()
                    }
                }}
                {(questions > 0)
                    .then(|| {
                        view! {
                            <a class="button" href=Route::LevelQuiz(id).href()>
                                {home::level_quiz_label(level)}
                            </a>
                        }
                    })}
            </div>
            <ol class="sections">
                {level
                    .sections
                    .iter()
                    .map(|section| view! { <SectionItem section masteries /> })
                    .collect_view()}
            </ol>
        </section>
    }
}

/// A section of a level: number, title, question count, mastery and a link to its self-test.
#[component]
fn SectionItem(
    /// The section.
    section: &'static SectionSummary,
    /// Every section's mastery.
    masteries: Memo<Vec<SectionMastery>>,
) -> impl IntoView {
    let count = home::question_count(section);
    let number = section.number;
    let mastery = move || masteries.with(|m| m.iter().find(|s| s.number == number).cloned());
    view! {
        <li class="section" data-section=section.slug.to_string()>
            <span class="section-number" aria-hidden="true">
                {section.number}
            </span>
            <span class="section-title">{section.title.clone()}</span>
            <span class="section-count">{count}</span>
            <span class="section-mastery">
                {move || {
                    mastery()
                        .filter(|m| m.score.is_some())
                        .map(|m| {
                            let words = format!("{}: {}", section.title, m.describe(now()));
                            let title = words.clone();
                            let basis = match m.basis {
                                Basis::Measured => "measured",
                                Basis::Predicted => "predicted",
                                Basis::Unknown => "few answers",
                            };
                            view! {
                                <span
                                    class=format!("mastery-tag {}", mastery_classes(&m))
                                    title=title
                                >
                                    <span aria-hidden="true">
                                        {format!("{} {} ({basis})", mastery_mark(&m), m.verdict())}
                                    </span>
                                    <span class="visually-hidden">{words}</span>
                                </span>
                            }
                        })
                }}
            </span>
            {(section.questions > 0)
                .then(|| {
                    view! {
                        <a
                            class="section-test"
                            href=Route::SectionTest(section.slug.clone()).href()
                            aria-label=home::self_test_label(section)
                        >
                            {home::SELF_TEST}
                        </a>
                    }
                })}
        </li>
    }
}
