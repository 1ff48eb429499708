//! A quiz mode as the learner reads it: its name in a sentence ("Resume the placement test") and, capitalised, as
//! a heading, with the route that runs it.

use super::route::Route;
use crate::bank::Catalog;
use crate::progress::QuizMode;

/// A mode's name for sentences and headings, and where it runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModeLabel {
    /// Lower case, to sit inside a sentence: "the self-test on Strings".
    pub name: String,
    pub route: Route,
}

impl ModeLabel {
    /// The name as a heading: "The self-test on Strings".
    pub fn heading(&self) -> String {
        // Every name starts with "the" or "your": ASCII case suffices, and spares the wasm Unicode's case tables.
        let mut heading = self.name.clone();
        if let Some(first) = heading.get_mut(0..1) {
            first.make_ascii_uppercase();
        }
        heading
    }
}

/// The name and route of `mode`, with level and section titles from `catalog` (the id or slug if it lacks them).
pub fn describe_mode(mode: &QuizMode, catalog: &Catalog) -> ModeLabel {
    let name = match mode {
        QuizMode::Placement => "the placement test".to_string(),
        QuizMode::Level { level } => format!(
            "the {} level quiz",
            catalog
                .level(*level)
                .map_or(level.id(), |l| l.info.title.as_str())
        ),
        QuizMode::Section { section } => format!(
            "the self-test on {}",
            catalog
                .section_by_slug(section.as_str())
                .map_or(section.as_str(), |s| s.title.as_str())
        ),
        QuizMode::Review => "your review".to_string(),
    };
    ModeLabel {
        name,
        route: Route::of_mode(mode),
    }
}
