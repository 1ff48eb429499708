//! A finished quiz's result, and what it tells the learner to study next.

use super::mastery_map::{band_verdict, SectionMastery};
use crate::bank::{Catalog, Level, SectionSlug};
use crate::engine::irt::CUT_SCORES;
use crate::engine::mastery::{Band, Basis};
use crate::engine::{LevelQuizResult, PlacementResult, SectionOutcome, SectionTestResult};
use crate::render::percent;

/// A self-test below this score sends the learner back to the same section.
const SECTION_PASS: f64 = 0.8;

/// The most sections a plan lists from one level: enough for the next weeks, few enough to start on.
const PLAN_LENGTH: usize = 5;

/// How many of the next level's sections a plan adds when the learner is near the top of theirs.
const NEXT_LEVEL_PEEK: usize = 2;

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

    /// The sections to study next, in the roadmap's order, each with a reason in words. `masteries` gives every
    /// section's mastery now (`section_masteries`); only a placement's plan needs it, so it is computed only then.
    ///
    /// After a placement: the placed level's sections not yet shown as strong, then the next level's first sections
    /// when the learner is near the top of the placed level (its upper cut score lies within one standard error of
    /// the estimate: the test cannot rule out that they are already past it) or the level is mastered (every section
    /// strong). After a level quiz: that level's sections the quiz did not find strong.
    pub fn study_next(
        &self,
        catalog: &Catalog,
        masteries: impl FnOnce() -> Vec<SectionMastery>,
    ) -> Vec<StudyLink> {
        let link = |number: u32, reason: String| {
            catalog.section(number).map(|s| StudyLink {
                number,
                slug: s.slug.clone(),
                title: s.title.clone(),
                reason,
            })
        };
        match self {
            QuizOutcome::Placement(r) => {
                let masteries = masteries();
                let open = |level: Level| {
                    masteries
                        .iter()
                        .filter(move |s| s.level == level && s.band != Some(Band::Strong))
                };
                let mut plan: Vec<StudyLink> = open(r.level)
                    .take(PLAN_LENGTH)
                    .filter_map(|s| link(s.number, mastery_reason(s)))
                    .collect();
                let next = Level::ALL.get(r.level.index() + 1).copied();
                let near_top = CUT_SCORES
                    .get(r.level.index())
                    .is_some_and(|cut| r.theta + r.se >= *cut);
                if let Some(next) = next.filter(|_| near_top || plan.is_empty()) {
                    let reason = if plan.is_empty() {
                        "the next level: every section of yours looks strong"
                    } else {
                        "the next level: your estimate is near the top of yours"
                    };
                    let room = if plan.is_empty() {
                        PLAN_LENGTH
                    } else {
                        NEXT_LEVEL_PEEK
                    };
                    plan.extend(
                        open(next)
                            .take(room)
                            .filter_map(|s| link(s.number, reason.to_string())),
                    );
                }
                plan
            }
            QuizOutcome::Level(r) => {
                let mut weak: Vec<&SectionOutcome> = r
                    .sections
                    .iter()
                    .filter(|s| s.mastery.sure_band() != Some(Band::Strong))
                    .collect();
                crate::order::sort_by_key(&mut weak, |s| s.section);
                weak.into_iter()
                    .take(PLAN_LENGTH)
                    .filter_map(|s| {
                        let verdict = band_verdict(s.mastery.sure_band());
                        link(
                            s.section,
                            format!(
                                "{verdict}: estimated mastery {}, {} of {} right in this quiz",
                                percent(s.mastery.score),
                                s.correct,
                                s.asked
                            ),
                        )
                    })
                    .collect()
            }
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

/// Why a section is in a placement's plan: its band (or that it is not sure yet), its estimate, and what that rests on.
fn mastery_reason(section: &SectionMastery) -> String {
    let verdict = section.verdict();

    let estimate = section.score.map_or_else(String::new, |score| {
        format!(", about {} expected right", percent(score))
    });
    let basis = match (section.basis, section.answered) {
        (Basis::Predicted, 0) => ", predicted from your overall level: not tested yet".to_string(),
        (Basis::Predicted, _) => format!(
            ", predicted from your overall level and {} of {} right in this section",
            section.right, section.answered
        ),
        _ => format!(
            ", from {} of {} right in this section",
            section.right, section.answered
        ),
    };

    format!("{verdict}{estimate}{basis}")
}
