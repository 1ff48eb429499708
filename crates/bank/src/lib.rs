//! The question bank: levels, sections, topics and questions as the files in `content/` describe them.
//!
//! The same parser serves the app's build script (which fails the build on bad content), the native tests and
//! tools, and the app, which re-exports this crate as `roadmap_quiz::bank`.

mod catalog;
mod coverage;
mod error;
mod ids;
mod json;
mod level;
mod load;
mod model;
mod parse;
mod raw;
mod read;
mod typed;

pub use catalog::{
    question_path, Catalog, ItemEntry, LevelSummary, SectionSummary, TopicSummary, CATALOG_PATH,
};
pub use coverage::{CoverageReport, LevelCoverage, SectionCoverage};
pub use error::{ContentError, Fault};
pub use ids::{QuestionId, SectionSlug, TopicSlug};
pub use json::{count, list, text, Fields, JsonError};
pub use level::{Level, LevelInfo};
pub use load::load_bank;
pub use model::{Bank, CodeLang, Difficulty, Irt, Question, QuestionKind, Section, Topic};
pub use parse::{parse_bank, SourceFile};
pub use read::{read_catalog, read_question};
pub use typed::{Difference, OutputKey, TYPED_MAX_CHARS};
