//! A level's learning path, practice projects and must-know concepts, from the roadmap.

use crate::bank::LevelSummary;
use leptos::prelude::*;

/// The roadmap's guidance for the level a result is about.
#[component]
pub fn LevelPath(
    /// The level.
    level: &'static LevelSummary,
) -> impl IntoView {
    let items = |texts: &'static [String]| {
        texts
            .iter()
            .map(|s| view! { <li>{s.clone()}</li> })
            .collect_view()
    };
    view! {
        <section aria-labelledby="path-title" class="level-info">
            <h2 id="path-title">{format!("The {} level: learning path", level.info.title)}</h2>
            <ol>{items(&level.info.path)}</ol>
            <div class="two-col">
                <div>
                    <h3>"Practice projects"</h3>
                    <ul>{items(&level.info.projects)}</ul>
                </div>
                <div>
                    <h3>"Must-know concepts"</h3>
                    <ul>{items(&level.info.must_know)}</ul>
                </div>
            </div>
        </section>
    }
}
