//! The top of a result: the level or the score, in words and charts, by kind of quiz.

use crate::bank::{Catalog, Level};
use crate::engine::{LevelQuizResult, PlacementResult, SectionTestResult};
use crate::render::percent;
use crate::session::{QuizOutcome, ReviewResult};
use crate::ui::charts::{AbilityChart, BarList, LevelChart};
use crate::ui::page_title::PageTitle;
use leptos::prelude::*;

/// The result's heading and what the quiz found.
#[component]
pub fn Headline(
    /// What the quiz came to.
    outcome: QuizOutcome,
    /// Level and section titles.
    catalog: &'static Catalog,
) -> impl IntoView {
    match outcome {
        QuizOutcome::Placement(result) => placement(&result, catalog),
        QuizOutcome::Level(result) => level_quiz(&result, catalog),
        QuizOutcome::Section(result, number) => self_test(&result, number, catalog),
        QuizOutcome::Review(result) => review(result),
    }
}

fn level_title(catalog: &Catalog, level: Level) -> String {
    catalog
        .level(level)
        .map_or_else(|| level.to_string(), |l| l.info.title.clone())
}

fn placement(result: &PlacementResult, catalog: &Catalog) -> AnyView {
    let titles: Vec<String> = catalog
        .levels
        .iter()
        .map(|l| l.info.title.clone())
        .collect();
    let sure = percent(result.probabilities[result.level.index()]);
    view! {
        <PageTitle text=format!("Your level: {}", level_title(catalog, result.level)) />
        <p class="lead">
            {format!(
                "{} of {} right. The test is {sure} sure of this level.",
                result.correct,
                result.answered,
            )}
        </p>
        <div class="chart-pair">
            <figure>
                <figcaption>"How likely each level is"</figcaption>
                <LevelChart probabilities=result.probabilities titles=titles.clone() />
            </figure>
            <figure>
                <figcaption>"Your ability estimate on the level bands"</figcaption>
                <AbilityChart theta=result.theta se=result.se titles />
            </figure>
        </div>
    }
    .into_any()
}

fn level_quiz(result: &LevelQuizResult, catalog: &Catalog) -> AnyView {
    let rows: Vec<(String, f64)> = result
        .sections
        .iter()
        .map(|s| {
            let name = catalog.section(s.section).map_or_else(
                || s.section.to_string(),
                |c| format!("{}. {}", c.number, c.title),
            );
            (name, s.mastery.score)
        })
        .collect();
    view! {
        <PageTitle text=format!(
            "{} level quiz: your sections",
            level_title(catalog, result.level),
        ) />
        <p class="lead">
            {format!(
                "{} of {} right. Estimated mastery of each section, weakest first:",
                result.correct,
                result.answered,
            )}
        </p>
        <figure>
            <figcaption>"Mastery per section, weakest first"</figcaption>
            <BarList rows caption="Mastery per section".to_string() />
        </figure>
    }
    .into_any()
}

fn self_test(result: &SectionTestResult, number: u32, catalog: &Catalog) -> AnyView {
    let title = catalog
        .section(number)
        .map_or_else(String::new, |s| s.title.clone());
    let missed = result.missed_subtopics.clone();
    view! {
        <PageTitle text=format!("Self-test: {title}") />
        <p class="lead score">
            {format!("{} of {} right ({})", result.correct, result.answered, percent(result.score))}
        </p>
        {if missed.is_empty() {
            view! { <p>"You missed no subtopic."</p> }.into_any()
        } else {
            view! {
                <h2>"Subtopics you missed"</h2>
                <ul class="missed">
                    {missed.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                </ul>
            }
                .into_any()
        }}
    }
    .into_any()
}

fn review(result: ReviewResult) -> AnyView {
    view! {
        <PageTitle text="Review done" />
        <p class="lead score">
            {format!(
                "{} of {} right. Right answers come back less often; missed ones return tomorrow.",
                result.correct,
                result.total,
            )}
        </p>
    }
    .into_any()
}
