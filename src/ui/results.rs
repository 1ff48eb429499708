//! The results view of a finished attempt, rebuilt from its saved answers: the level or scores with charts, what
//! to study next with links to those self-tests, the level's learning path, and every answered question again.

use super::browser::now;
use super::charts::{AbilityChart, BarList, LevelChart};
use super::embed::use_host;
use super::full_catalog::WithFullCatalog;
use super::rich_text::{CodeBlock, RichText};
use super::state::{use_app, Fetched};
use crate::bank::{Catalog, Level};
use crate::progress::{AnswerRecord, Outcome};
use crate::render::percent;
use crate::session::{Quiz, QuizOutcome};
use leptos::prelude::*;

/// The result of attempt `id`, once the full catalog is here.
#[component]
pub fn ResultsPage(id: String) -> impl IntoView {
    view! { <WithFullCatalog render=move |catalog| view! { <ResultsView id=id.clone() catalog /> }.into_any() /> }
}

#[component]
fn ResultsView(id: String, catalog: &'static Catalog) -> impl IntoView {
    let state = use_app();
    let host = use_host();
    let record = state
        .progress
        .with_untracked(|p| p.kept().find(|a| a.id.0 == id).cloned());
    let Some(record) = record else {
        return view! {
            <h1 id="page-title" tabindex="-1">"Result not found"</h1>
            <p>"This result is not in the progress saved in this browser. It may have been reset, or saved in another browser: export and import progress in Settings to move it."</p>
            <p><a href="#/progress">"See your history"</a></p>
        }
        .into_any();
    };
    if record.finished.is_none() {
        let (label, href) = super::home::describe_mode(&record.mode, state);
        return view! {
            <h1 id="page-title" tabindex="-1">"Not finished yet"</h1>
            <p>{format!("You have not finished {label}.")}</p>
            <p><a class="button primary" href=href>"Resume it"</a></p>
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
                <h1 id="page-title" tabindex="-1">"This result cannot be shown"</h1>
                <p>{err.to_string()}</p>
            }
            .into_any()
        }
    };
    let titles: Vec<String> = catalog
        .levels
        .iter()
        .map(|l| l.info.title.clone())
        .collect();
    let level_title = |level: Level| {
        catalog
            .level(level)
            .map_or_else(|| level.to_string(), |l| l.info.title.clone())
    };
    let headline = match &outcome {
        QuizOutcome::Placement(r) => view! {
            <h1 id="page-title" tabindex="-1">{format!("Your level: {}", level_title(r.level))}</h1>
            <p class="lead">
                {format!(
                    "{} of {} right. The test is {} sure of this level.",
                    r.correct,
                    r.answered,
                    percent(r.probabilities[r.level.index()])
                )}
            </p>
            <div class="chart-pair">
                <figure>
                    <figcaption>"How likely each level is"</figcaption>
                    <LevelChart probabilities=r.probabilities titles=titles.clone() />
                </figure>
                <figure>
                    <figcaption>"Your ability estimate on the level bands"</figcaption>
                    <AbilityChart theta=r.theta se=r.se titles=titles.clone() />
                </figure>
            </div>
        }
        .into_any(),
        QuizOutcome::Level(r) => {
            let rows: Vec<(String, f64)> = r
                .sections
                .iter()
                .map(|s| {
                    let name = catalog.section(s.section).map_or_else(|| s.section.to_string(), |c| format!("{}. {}", c.number, c.title));
                    (name, s.mastery.score)
                })
                .collect();
            view! {
                <h1 id="page-title" tabindex="-1">{format!("{} level quiz: your sections", level_title(r.level))}</h1>
                <p class="lead">{format!("{} of {} right. Estimated mastery of each section, weakest first:", r.correct, r.answered)}</p>
                <figure>
                    <figcaption>"Mastery per section, weakest first"</figcaption>
                    <BarList rows caption="Mastery per section".to_string() />
                </figure>
            }
            .into_any()
        }
        QuizOutcome::Section(r, number) => {
            let title = catalog.section(*number).map_or_else(String::new, |s| s.title.clone());
            let missed = r.missed_subtopics.clone();
            view! {
                <h1 id="page-title" tabindex="-1">{format!("Self-test: {title}")}</h1>
                <p class="lead score">{format!("{} of {} right ({})", r.correct, r.answered, percent(r.score))}</p>
                {if missed.is_empty() {
                    view! { <p>"You missed no subtopic."</p> }.into_any()
                } else {
                    view! {
                        <h2>"Subtopics you missed"</h2>
                        <ul class="missed">{missed.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                    }.into_any()
                }}
            }
            .into_any()
        }
        QuizOutcome::Review(r) => view! {
            <h1 id="page-title" tabindex="-1">"Review done"</h1>
            <p class="lead score">{format!("{} of {} right. Right answers come back less often; missed ones return tomorrow.", r.correct, r.total)}</p>
        }
        .into_any(),
    };
    let study = outcome.study_next(catalog);
    // Embedded, the level's path stays out (the frame is compact) and links open the full app in a new tab.
    let level = outcome
        .level(catalog)
        .and_then(|l| catalog.level(l))
        .filter(|_| host.is_none());
    let (link_prefix, link_target) = match host {
        Some(_) => ("index.html#/section/", Some("_blank")),
        None => ("#/section/", None),
    };
    view! {
        <div class="results">
            {headline}
            {(!study.is_empty()).then(|| view! {
                <section aria-labelledby="study-title">
                    <h2 id="study-title">"Study next"</h2>
                    <ul class="study-list">
                        {study.into_iter().map(|link| view! {
                            <li>
                                <a href=format!("{link_prefix}{}", link.slug) target=link_target rel=link_target.map(|_| "noopener")>
                                    {format!("{}. {}: take the self-test", link.number, link.title)}
                                    {link_target.map(|_| view! { <span class="visually-hidden">" (opens in a new tab)"</span> })}
                                </a>
                                <span class="muted">{format!(" ({})", link.reason)}</span>
                            </li>
                        }).collect_view()}
                    </ul>
                </section>
            })}
            {level.map(|level| view! {
                <section aria-labelledby="path-title" class="level-info">
                    <h2 id="path-title">{format!("The {} level: learning path", level.info.title)}</h2>
                    <ol>{level.info.path.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ol>
                    <div class="two-col">
                        <div>
                            <h3>"Practice projects"</h3>
                            <ul>{level.info.projects.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ul>
                        </div>
                        <div>
                            <h3>"Must-know concepts"</h3>
                            <ul>{level.info.must_know.iter().map(|s| view! { <li>{s.clone()}</li> }).collect_view()}</ul>
                        </div>
                    </div>
                </section>
            })}
            <AnswerReview answers />
            {match host {
                Some(host) => view! {
                    <p class="actions">
                        <button type="button" class="button primary" on:click=move |_| host.restart(state)>"Start again"</button>
                    </p>
                }.into_any(),
                None => view! {
                    <p class="actions">
                        <a class="button" href="#/">"Back to the roadmap"</a>
                        <a class="button" href="#/progress">"See your progress"</a>
                    </p>
                }.into_any(),
            }}
        </div>
    }
    .into_any()
}

/// Every answered question again, with the learner's choice, the key and the explanation.
#[component]
fn AnswerReview(answers: Vec<AnswerRecord>) -> impl IntoView {
    let state = use_app();
    let open = RwSignal::new(false);
    let count = answers.len();
    let list = answers.clone();
    view! {
        <section aria-labelledby="review-title" class="answer-review">
            <h2 id="review-title">"Your answers"</h2>
            <button type="button" class="button" aria-expanded=move || open.get().to_string() on:click=move |_| {
                if !open.get_untracked() {
                    for answer in &list {
                        state.fetch_question(&answer.question);
                    }
                }
                open.update(|o| *o = !*o);
            }>{move || if open.get() { "Hide the answers".to_string() } else { format!("Go through all {count} answers") }}</button>
            <Show when=move || open.get()>
                <ol class="reviewed">
                    {answers.clone().into_iter().map(|answer| {
                        let id = answer.question.clone();
                        view! {
                            <li class=match answer.outcome { Outcome::Correct => "right", Outcome::Incorrect => "wrong", Outcome::Skipped => "skipped" }>
                                {move || match state.question(&id) {
                                    Some(Fetched::Ready(q)) => {
                                        let yours: Vec<String> = answer.selected.iter().filter_map(|i| q.options.get(*i).cloned()).collect();
                                        let keyed: Vec<String> = q.answers.iter().filter_map(|i| q.options.get(*i).cloned()).collect();
                                        let verdict = match answer.outcome { Outcome::Correct => "Right", Outcome::Incorrect => "Wrong", Outcome::Skipped => "Skipped" };
                                        view! {
                                            <p class="verdict">{verdict}</p>
                                            <p class="prompt"><RichText text=q.prompt.clone() /></p>
                                            {q.code.clone().map(|code| view! { <CodeBlock code /> })}
                                            <p>"Your answer: " {if yours.is_empty() { view! { <span>"none"</span> }.into_any() } else { yours.into_iter().map(|y| view! { <code class="code-option">{y}</code>" " }).collect_view().into_any() }}</p>
                                            <p>"The answer: " {keyed.into_iter().map(|k| view! { <code class="code-option">{k}</code>" " }).collect_view()}</p>
                                            <p class="explanation"><RichText text=q.explanation.clone() /></p>
                                        }.into_any()
                                    }
                                    Some(Fetched::Failed(reason)) => view! { <p>{format!("This question could not be loaded ({reason}).")}</p> }.into_any(),
                                    _ => view! { <p class="muted">"Loading\u{2026}"</p> }.into_any(),
                                }}
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </Show>
        </section>
    }
}
