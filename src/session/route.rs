//! The app's routes as URL fragments (`#/section/collections`), so every view has a link that works when `dist/`
//! is served by a plain static server under any path, with no rewrite rules.

use crate::bank::{Level, SectionSlug};
use crate::progress::QuizMode;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Home,
    Placement,
    LevelQuiz(Level),
    SectionTest(SectionSlug),
    Review,
    /// A finished attempt's result, by attempt id.
    Results(String),
    Progress,
    Settings,
    /// A link this app does not know; the text is what came after `#`.
    NotFound(String),
}

impl Route {
    /// Parses `location.hash` (with or without the leading `#`).
    pub fn parse(hash: &str) -> Route {
        let raw = hash.strip_prefix('#').unwrap_or(hash);
        let path = raw.strip_prefix('/').unwrap_or(raw);
        let path = path.split(['?', '#']).next().unwrap_or_default();
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Home,
            ["placement"] => Route::Placement,
            ["level", id] => Level::from_id(id)
                .map_or_else(|| Route::NotFound(raw.to_string()), Route::LevelQuiz),
            ["section", slug] if is_slug(slug) => Route::SectionTest(SectionSlug::new(*slug)),
            ["review"] => Route::Review,
            ["results", id] if id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') => {
                Route::Results((*id).to_string())
            }
            ["progress"] => Route::Progress,
            ["settings"] => Route::Settings,
            _ => Route::NotFound(raw.to_string()),
        }
    }

    /// The route that runs a quiz of `mode`.
    pub fn of_mode(mode: &QuizMode) -> Route {
        match mode {
            QuizMode::Placement => Route::Placement,
            QuizMode::Level { level } => Route::LevelQuiz(*level),
            QuizMode::Section { section } => Route::SectionTest(section.clone()),
            QuizMode::Review => Route::Review,
        }
    }

    /// The fragment that leads here, for `href`.
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".to_string(),
            Route::Placement => "#/placement".to_string(),
            Route::LevelQuiz(level) => format!("#/level/{level}"),
            Route::SectionTest(slug) => format!("#/section/{slug}"),
            Route::Review => "#/review".to_string(),
            Route::Results(id) => format!("#/results/{id}"),
            Route::Progress => "#/progress".to_string(),
            Route::Settings => "#/settings".to_string(),
            Route::NotFound(raw) => format!("#{raw}"),
        }
    }
}

fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && text.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}
