//! Level quiz: an adaptive quiz over one level's sections that finds the weak ones.
//!
//! Section abilities borrow strength from the level: each section's prior is centred on the level-wide estimate
//! (from every answer of the quiz) with a spread of [`SECTION_SPREAD`], and only that section's answers update it.
//! The quiz asks every section once (in random order), then the section whose estimate is least precise; it stops
//! when every section's standard error is at most 0.45, or at 30 questions.

use super::attempt::{Answer, Attempt, EngineError, Next};
use super::estimate::{Posterior, Prior};
use super::mastery::{mastery_of, Mastery, SECTION_SPREAD};
use super::pool::Pool;
use super::select::{Balance, Selector};
use super::stop::{StopReason, StopRule, Stopper};
use crate::bank::{Level, QuestionId};
use rand::Rng;
use std::collections::HashSet;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LevelQuizConfig {
    /// `min` is raised to the number of sections, so that each is asked at least once.
    pub stopper: Stopper,
    pub selector: Selector,
}

impl Default for LevelQuizConfig {
    fn default() -> Self {
        LevelQuizConfig {
            stopper: Stopper {
                min: 0,
                max: 30,
                rule: StopRule::StandardError(0.58),
            },
            selector: Selector {
                randomesque: 3,
                randomesque_opening: 3,
                opening: 0,
                comparable: 0.6,
                balance: Balance::Sections,
            },
        }
    }
}

/// One section's outcome in a level quiz.
#[derive(Clone, Debug, PartialEq)]
pub struct SectionOutcome {
    pub section: u32,
    pub mastery: Mastery,
    pub asked: usize,
    pub correct: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LevelQuizResult {
    pub level: Level,
    pub theta: f64,
    pub se: f64,
    /// Weakest first.
    pub sections: Vec<SectionOutcome>,
    pub answered: usize,
    pub correct: usize,
    pub reason: Option<StopReason>,
}

#[derive(Clone, Debug)]
pub struct LevelQuiz {
    level: Level,
    attempt: Attempt,
    sections: Vec<u32>,
    config: LevelQuizConfig,
}

impl LevelQuiz {
    pub fn new(
        level: Level,
        pool: Pool,
        prior: Prior,
        recent: HashSet<QuestionId>,
        config: LevelQuizConfig,
    ) -> LevelQuiz {
        let sections = pool.sections();
        LevelQuiz {
            level,
            attempt: Attempt::new(pool, prior, recent),
            sections,
            config,
        }
    }

    /// The posterior of one section: the level estimate as prior, that section's answers as evidence.
    fn section_posterior(&self, section: u32) -> Posterior {
        let spread = (SECTION_SPREAD.powi(2) + self.attempt.posterior.sd().powi(2)).sqrt();
        let mut posterior = Posterior::new(Prior {
            mean: self.attempt.posterior.mean(),
            sd: spread,
        });
        for response in self
            .attempt
            .responses
            .iter()
            .filter(|r| r.section == section)
        {
            if let Some(index) = self.attempt.pool.index_of(&response.id) {
                posterior.update(
                    &self.attempt.pool.get(index).params,
                    response.answer.is_correct(),
                );
            }
        }
        posterior
    }

    pub fn next(&mut self, rng: &mut impl Rng) -> Next {
        if self.attempt.pending.is_none() && self.attempt.stopped.is_none() {
            let mut stopper = self.config.stopper;
            stopper.min = stopper.min.max(self.sections.len());
            let unasked = self
                .sections
                .iter()
                .any(|s| self.attempt.coverage.asked_in_section(*s) == 0);
            let largest_se = if unasked {
                f64::INFINITY
            } else {
                self.sections
                    .iter()
                    .map(|s| self.section_posterior(*s).sd())
                    .fold(0.0, f64::max)
            };
            self.attempt.stopped = stopper.check(
                self.attempt.responses.len(),
                &self.attempt.posterior,
                largest_se,
            );
        }
        if self.attempt.pending.is_some() || self.attempt.stopped.is_some() {
            return self.attempt.next(|_| None);
        }
        let Some(target) = self.target_section(rng) else {
            return self.attempt.next(|_| None);
        };
        let theta = self.section_posterior(target).mean();
        let selector = self.config.selector;
        self.attempt.next(|attempt| {
            let score = |item: &super::pool::Item| item.params.information(theta);
            let in_target = |_: usize, item: &super::pool::Item| item.section == target;
            selector.pick(
                &attempt.pool,
                &attempt.coverage,
                &attempt.recent,
                in_target,
                score,
                rng,
            )
        })
    }

    /// Unasked sections first, in random order; then the one with the least precise estimate. Sections with no
    /// question left are passed over; None when no section has one.
    fn target_section(&self, rng: &mut impl Rng) -> Option<u32> {
        let coverage = &self.attempt.coverage;
        let has_questions_left = |section: u32| {
            self.attempt
                .pool
                .items()
                .iter()
                .enumerate()
                .any(|(i, item)| item.section == section && !coverage.was_asked(i))
        };
        let open: Vec<u32> = self
            .sections
            .iter()
            .copied()
            .filter(|s| has_questions_left(*s))
            .collect();
        let unasked: Vec<u32> = open
            .iter()
            .copied()
            .filter(|s| coverage.asked_in_section(*s) == 0)
            .collect();
        if !unasked.is_empty() {
            return Some(unasked[rng.random_range(0..unasked.len())]);
        }
        open.into_iter()
            .map(|s| (s, self.section_posterior(s).sd()))
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
            .map(|(s, _)| s)
    }

    pub fn answer(&mut self, id: &QuestionId, answer: Answer) -> Result<(), EngineError> {
        self.attempt.answer(id, answer)
    }

    pub fn answered(&self) -> usize {
        self.attempt.responses.len()
    }

    pub fn result(&self) -> LevelQuizResult {
        let mut sections: Vec<SectionOutcome> = self
            .sections
            .iter()
            .map(|&section| {
                let items: Vec<_> = self
                    .attempt
                    .pool
                    .items()
                    .iter()
                    .filter(|i| i.section == section)
                    .map(|i| i.params)
                    .collect();
                let responses = self
                    .attempt
                    .responses
                    .iter()
                    .filter(|r| r.section == section);
                SectionOutcome {
                    section,
                    mastery: mastery_of(&self.section_posterior(section), &items),
                    asked: responses.clone().count(),
                    correct: responses.filter(|r| r.answer.is_correct()).count(),
                }
            })
            .collect();
        crate::order::sort_by(&mut sections, |a, b| {
            a.mastery
                .score
                .total_cmp(&b.mastery.score)
                .then(a.section.cmp(&b.section))
        });
        LevelQuizResult {
            level: self.level,
            theta: self.attempt.posterior.mean(),
            se: self.attempt.posterior.sd(),
            sections,
            answered: self.attempt.responses.len(),
            correct: self.attempt.correct(),
            reason: self.attempt.stopped,
        }
    }
}
