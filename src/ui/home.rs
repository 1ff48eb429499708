//! The home view: the four levels of the roadmap and their sections, each with its question count.

use crate::bank::{Catalog, LevelSummary, SectionSummary};
use leptos::prelude::*;

#[component]
pub fn Home(catalog: Catalog) -> impl IntoView {
    let sections = catalog.section_count();
    let questions: usize = catalog
        .levels
        .iter()
        .flat_map(|level| &level.sections)
        .map(|s| s.questions)
        .sum();
    view! {
        <h1>"Where do you stand in Python?"</h1>
        <p class="lead">
            {format!(
                "Roadmap Quiz follows the Python roadmap through {} levels and {sections} sections. The bank holds {questions} questions so far.",
                catalog.levels.len()
            )}
        </p>
        <div class="levels">
            {catalog.levels.into_iter().map(|level| view! { <LevelBlock level /> }).collect_view()}
        </div>
    }
}

#[component]
fn LevelBlock(level: LevelSummary) -> impl IntoView {
    let heading_id = format!("level-{}", level.info.level.id());
    let labelled_by = heading_id.clone();
    view! {
        <section class="level" aria-labelledby=labelled_by data-level=level.info.level.id()>
            <h2 id=heading_id>{level.info.title}</h2>
            <p class="level-summary">{level.info.summary}</p>
            <ol class="sections">
                {level.sections.into_iter().map(|section| view! { <SectionItem section /> }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn SectionItem(section: SectionSummary) -> impl IntoView {
    let count = match section.questions {
        0 => "No questions yet".to_string(),
        1 => "1 question".to_string(),
        n => format!("{n} questions"),
    };
    view! {
        <li class="section" data-section=section.slug.to_string()>
            <span class="section-number">{section.number}</span>
            <span class="section-title">{section.title}</span>
            <span class="section-count">{count}</span>
        </li>
    }
}
