//! The catalog: levels, sections and one small entry per question (no text). The app ships a skeleton of it (levels
//! and sections with their counts) for the first screen, fetches the full catalog when a quiz or mastery needs the
//! questions' selection data, and fetches a question's text when it is asked.

use super::ids::{QuestionId, SectionSlug, TopicSlug};
use super::level::{Level, LevelInfo};
use super::model::{Bank, Difficulty, Irt, QuestionKind};
use serde::Serialize;

/// What the app needs before any question text: the roadmap and every question's selection data.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Catalog {
    pub levels: Vec<LevelSummary>,
    pub items: Vec<ItemEntry>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LevelSummary {
    pub info: LevelInfo,
    pub sections: Vec<SectionSummary>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SectionSummary {
    pub number: u32,
    pub slug: SectionSlug,
    pub title: String,
    pub level: Level,
    pub topics: Vec<TopicSummary>,
    pub questions: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TopicSummary {
    pub slug: TopicSlug,
    pub title: String,
    pub subtopics: Vec<String>,
}

/// One question as selection and scoring see it. Short field names: the catalog ships inside the app.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ItemEntry {
    pub id: QuestionId,
    /// The section's number.
    #[serde(rename = "s")]
    pub section: u32,
    /// Index into the section's subtopics, topic by topic in file order.
    #[serde(rename = "u")]
    pub subtopic: u16,
    #[serde(rename = "k")]
    pub kind: QuestionKind,
    #[serde(rename = "d")]
    pub difficulty: Difficulty,
    #[serde(rename = "o")]
    pub options: u8,
    #[serde(rename = "i", skip_serializing_if = "Option::is_none")]
    pub irt: Option<Irt>,
    /// An `output` question that is never offered for typing, because a wrong option reads like its key. Stored
    /// this way round because nearly every output question is typeable: the catalog stays small.
    #[serde(rename = "p", skip_serializing_if = "std::ops::Not::not")]
    pub pick_only: bool,
}

impl ItemEntry {
    /// Whether the question can be answered by typing (see [`Question::is_typeable`](super::Question::is_typeable)).
    pub fn is_typeable(&self) -> bool {
        self.kind == QuestionKind::Output && !self.pick_only
    }
}

impl SectionSummary {
    pub fn subtopic_count(&self) -> usize {
        self.topics.iter().map(|topic| topic.subtopics.len()).sum()
    }

    /// The topic and subtopic name at a flattened subtopic index.
    pub fn subtopic(&self, index: u16) -> Option<(&TopicSummary, &str)> {
        let mut rest = usize::from(index);
        for topic in &self.topics {
            match topic.subtopics.get(rest) {
                Some(name) => return Some((topic, name)),
                None => rest -= topic.subtopics.len(),
            }
        }
        None
    }
}

impl Catalog {
    pub fn of(bank: &Bank) -> Catalog {
        let levels = bank
            .levels
            .iter()
            .map(|info| LevelSummary {
                info: info.clone(),
                sections: bank
                    .sections_of(info.level)
                    .map(|section| SectionSummary {
                        number: section.number,
                        slug: section.slug.clone(),
                        title: section.title.clone(),
                        level: section.level,
                        topics: section
                            .topics
                            .iter()
                            .map(|topic| TopicSummary {
                                slug: topic.slug.clone(),
                                title: topic.title.clone(),
                                subtopics: topic.subtopics.clone(),
                            })
                            .collect(),
                        questions: section.questions.len(),
                    })
                    .collect(),
            })
            .collect();
        let items = bank
            .questions()
            .map(|(section, question)| {
                let mut flat = section.topics.iter().flat_map(|topic| &topic.subtopics);
                let subtopic = flat
                    .position(|name| *name == question.subtopic)
                    .unwrap_or_default();
                ItemEntry {
                    id: question.id.clone(),
                    section: section.number,
                    subtopic: u16::try_from(subtopic).unwrap_or(u16::MAX),
                    kind: question.kind,
                    difficulty: question.difficulty,
                    options: u8::try_from(question.options.len()).unwrap_or(u8::MAX),
                    irt: question.irt,
                    pick_only: question.kind == QuestionKind::Output && !question.is_typeable(),
                }
            })
            .collect();
        Catalog { levels, items }
    }

    /// The part the first screen needs: levels and sections with their question counts, no topics and no items.
    pub fn skeleton(&self) -> Catalog {
        let mut skeleton = self.clone();
        skeleton.items.clear();
        for level in &mut skeleton.levels {
            // The learning path, projects and must-know concepts appear with results, which load the full catalog.
            level.info.path.clear();
            level.info.projects.clear();
            level.info.must_know.clear();
            for section in &mut level.sections {
                section.topics.clear();
            }
        }
        skeleton
    }

    pub fn question_count(&self) -> usize {
        self.sections().map(|s| s.questions).sum()
    }

    pub fn level(&self, level: Level) -> Option<&LevelSummary> {
        self.levels
            .iter()
            .find(|summary| summary.info.level == level)
    }

    pub fn sections(&self) -> impl Iterator<Item = &SectionSummary> {
        self.levels.iter().flat_map(|level| &level.sections)
    }

    pub fn section(&self, number: u32) -> Option<&SectionSummary> {
        self.sections().find(|section| section.number == number)
    }

    pub fn section_by_slug(&self, slug: &str) -> Option<&SectionSummary> {
        self.sections()
            .find(|section| section.slug.as_str() == slug)
    }

    pub fn section_count(&self) -> usize {
        self.sections().count()
    }

    pub fn item(&self, id: &QuestionId) -> Option<&ItemEntry> {
        self.items.iter().find(|item| &item.id == id)
    }
}

/// Where the app fetches the full catalog, relative to the page.
pub const CATALOG_PATH: &str = "catalog.json";

/// Where the app fetches a question's text, relative to the page: one small JSON file per question.
pub fn question_path(id: &QuestionId) -> String {
    format!("questions/{id}.json")
}
