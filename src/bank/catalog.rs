//! The catalog: levels and sections with their question counts but without the questions, for the first screen.

use super::ids::SectionSlug;
use super::level::{Level, LevelInfo};
use super::model::Bank;
use serde::{Deserialize, Serialize};

/// What the home screen needs to draw the roadmap, small enough to ship inside the app.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Catalog {
    pub levels: Vec<LevelSummary>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LevelSummary {
    pub info: LevelInfo,
    pub sections: Vec<SectionSummary>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SectionSummary {
    pub number: u32,
    pub slug: SectionSlug,
    pub title: String,
    pub topics: Vec<String>,
    pub subtopics: usize,
    pub questions: usize,
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
                        topics: section
                            .topics
                            .iter()
                            .map(|topic| topic.title.clone())
                            .collect(),
                        subtopics: section.subtopic_count(),
                        questions: section.questions.len(),
                    })
                    .collect(),
            })
            .collect();
        Catalog { levels }
    }

    pub fn level(&self, level: Level) -> Option<&LevelSummary> {
        self.levels
            .iter()
            .find(|summary| summary.info.level == level)
    }

    pub fn section_count(&self) -> usize {
        self.levels.iter().map(|level| level.sections.len()).sum()
    }
}
