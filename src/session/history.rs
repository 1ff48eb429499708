//! The learner's history: one row per attempt, and the placement estimate over time.

use crate::bank::{Catalog, Level};
use crate::engine::review::Timestamp;
use crate::progress::{Progress, QuizMode};

#[derive(Clone, Debug, PartialEq)]
pub struct HistoryRow {
    pub id: String,
    pub started: Timestamp,
    pub finished: bool,
    pub mode: &'static str,
    pub scope: String,
    pub correct: usize,
    pub total: usize,
    pub level: Option<Level>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TrendPoint {
    pub at: Timestamp,
    pub theta: f64,
    pub se: f64,
}

/// Attempts, newest first.
pub fn history_rows(catalog: &Catalog, progress: &Progress) -> Vec<HistoryRow> {
    progress
        .kept()
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .map(|attempt| {
            let (mode, scope) = match &attempt.mode {
                QuizMode::Placement => ("Placement", "Whole roadmap".to_string()),
                QuizMode::Level { level } => (
                    "Level quiz",
                    catalog
                        .level(*level)
                        .map_or_else(|| level.to_string(), |l| l.info.title.clone()),
                ),
                QuizMode::Section { section } => (
                    "Self-test",
                    catalog.section_by_slug(section.as_str()).map_or_else(
                        || section.to_string(),
                        |s| format!("{}. {}", s.number, s.title),
                    ),
                ),
                QuizMode::Review => ("Review", "Questions due".to_string()),
            };
            let correct = attempt
                .answers
                .iter()
                .filter(|a| a.outcome == crate::progress::Outcome::Correct)
                .count();
            HistoryRow {
                id: attempt.id.0.clone(),
                started: attempt.started,
                finished: attempt.finished.is_some(),
                mode,
                scope,
                correct: attempt.summary.as_ref().map_or(correct, |s| s.correct),
                total: attempt
                    .summary
                    .as_ref()
                    .map_or(attempt.answers.len(), |s| s.total),
                level: attempt.summary.as_ref().and_then(|s| s.level),
            }
        })
        .collect()
}

/// Finished placements' estimates, oldest first.
pub fn placement_trend(progress: &Progress) -> Vec<TrendPoint> {
    progress
        .placements()
        .filter_map(|attempt| {
            let summary = attempt.summary.as_ref()?;
            Some(TrendPoint {
                at: attempt.finished?,
                theta: summary.theta,
                se: summary.se,
            })
        })
        .collect()
}
