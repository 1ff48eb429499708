//! The content files' shape as written, before validation. Unknown fields are refused so that typos surface.

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLevels {
    pub levels: Vec<RawLevel>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawLevel {
    pub id: String,
    pub title: String,
    pub summary: String,
    pub duration: String,
    pub path: Vec<String>,
    pub projects: Vec<String>,
    pub must_know: Vec<String>,
}

/// A section file. Questions stay as tables here so that one broken question is reported under its own id.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSection {
    pub number: i64,
    pub slug: String,
    pub title: String,
    pub level: String,
    pub topics: Vec<RawTopic>,
    #[serde(default)]
    pub questions: Vec<toml::Table>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTopic {
    pub slug: String,
    pub title: String,
    pub subtopics: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawQuestion {
    pub id: String,
    pub subtopic: String,
    pub kind: String,
    pub difficulty: i64,
    pub prompt: String,
    pub code: Option<String>,
    pub lang: Option<String>,
    pub options: Vec<String>,
    pub answer: Option<i64>,
    pub answers: Option<Vec<i64>>,
    pub explanation: String,
    pub hint: Option<String>,
    pub feedback: Option<Vec<String>>,
    pub irt: Option<RawIrt>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawIrt {
    pub a: f64,
    pub b: f64,
}
