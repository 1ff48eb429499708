//! A finished quiz's result, and what it tells the learner to study next.

use crate::bank::{Catalog, Level, SectionSlug};
use crate::engine::{LevelQuizResult, PlacementResult, SectionTestResult};
use crate::render::percent;

/// A self-test below this score sends the learner back to the same section.
const SECTION_PASS: f64 = 0.8;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReviewResult {
    pub correct: usize,
    pub total: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub enum QuizOutcome {
    Placement(PlacementResult),
    Level(LevelQuizResult),
    /// The self-test's result and its section's number.
    Section(SectionTestResult, u32),
    Review(ReviewResult),
}

/// A section to study next, with why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StudyLink {
    pub number: u32,
    pub slug: SectionSlug,
    pub title: String,
    pub reason: String,
}

impl QuizOutcome {
    pub fn correct(&self) -> usize {
        match self {
            QuizOutcome::Placement(r) => r.correct,
            QuizOutcome::Level(r) => r.correct,
            QuizOutcome::Section(r, _) => r.correct,
            QuizOutcome::Review(r) => r.correct,
        }
    }

    pub fn total(&self) -> usize {
        match self {
            QuizOutcome::Placement(r) => r.answered,
            QuizOutcome::Level(r) => r.answered,
            QuizOutcome::Section(r, _) => r.answered,
            QuizOutcome::Review(r) => r.total,
        }
    }

    /// The level whose learning path, projects and must-know concepts the result shows.
    pub fn level(&self, catalog: &Catalog) -> Option<Level> {
        match self {
            QuizOutcome::Placement(r) => Some(r.level),
            QuizOutcome::Level(r) => Some(r.level),
            QuizOutcome::Section(_, number) => catalog.section(*number).map(|s| s.level),
            QuizOutcome::Review(_) => None,
        }
    }

    /// The sections to study next, weakest first, each with a reason in words.
    pub fn study_next(&self, catalog: &Catalog) -> Vec<StudyLink> {
        let link = |number: u32, reason: String| {
            catalog.section(number).map(|s| StudyLink {
                number,
                slug: s.slug.clone(),
                title: s.title.clone(),
                reason,
            })
        };
        match self {
            QuizOutcome::Placement(r) => r
                .study_next
                .iter()
                .filter_map(|n| {
                    let same = catalog.section(*n).is_some_and(|s| s.level == r.level);
                    let reason = if same {
                        "at your level, where this test found the least evidence of mastery"
                    } else {
                        "from the next level: the step after yours"
                    };
                    link(*n, reason.to_string())
                })
                .collect(),
            QuizOutcome::Level(r) => r
                .sections
                .iter()
                .take(3)
                .filter_map(|s| {
                    link(
                        s.section,
                        format!(
                            "estimated mastery {}, {} of {} right",
                            percent(s.mastery.score),
                            s.correct,
                            s.asked
                        ),
                    )
                })
                .collect(),
            QuizOutcome::Section(r, number) => {
                if r.score < SECTION_PASS {
                    link(
                        *number,
                        format!(
                            "{} of {} right: go over the subtopics you missed, then test again",
                            r.correct, r.answered
                        ),
                    )
                    .into_iter()
                    .collect()
                } else {
                    link(
                        number + 1,
                        "the next section of the roadmap: this one looks solid".to_string(),
                    )
                    .into_iter()
                    .collect()
                }
            }
            QuizOutcome::Review(_) => Vec::new(),
        }
    }
}
