//! Placement: a short adaptive test over the whole bank that decides the learner's level.
//!
//! Selection aims at the level decision: an item's value is its information at each cut score, weighted by how
//! much posterior density sits at that cut, so questions go where the decision is still open. The test stops when
//! one level's posterior probability reaches 0.90, never before 8 questions and never after 25.
//!
//! Exposure control: each attempt draws from a random 30% of the bank (the rest only when that share runs dry),
//! and picks at random among the best two, among the best six for the opening questions, where every learner starts
//! from the same prior. These defaults come from `cargo run --release --bin simulate` (see the README).

use super::attempt::{Answer, Attempt, EngineError, Next};
use super::estimate::{Posterior, Prior};
use super::irt::CUT_SCORES;
use super::pool::Pool;
use super::select::{Balance, Selector};
use super::stop::{StopReason, StopRule, Stopper};
use crate::bank::{Level, QuestionId};
use rand::Rng;
use std::collections::HashSet;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlacementConfig {
    pub stopper: Stopper,
    pub selector: Selector,
    pub availability: f64,
}

impl Default for PlacementConfig {
    fn default() -> Self {
        PlacementConfig {
            stopper: Stopper {
                min: 8,
                max: 25,
                rule: StopRule::LevelConfidence(0.90),
            },
            selector: Selector {
                randomesque: 2,
                randomesque_opening: 6,
                opening: 8,
                comparable: 0.6,
                balance: Balance::Sections,
            },
            availability: 0.30,
        }
    }
}

/// The outcome of a placement test.
#[derive(Clone, Debug, PartialEq)]
pub struct PlacementResult {
    pub level: Level,
    /// Posterior probability of each level, in level order.
    pub probabilities: [f64; 4],
    pub theta: f64,
    pub se: f64,
    pub answered: usize,
    pub correct: usize,
    pub reason: Option<StopReason>,
}

#[derive(Clone, Debug)]
pub struct Placement {
    attempt: Attempt,
    available: Vec<bool>,
    config: PlacementConfig,
}

impl Placement {
    /// Starts a placement over `pool` from `prior` (the default prior, or the learner's last placement), steering
    /// away from the `recent` questions of earlier attempts.
    pub fn new(
        pool: Pool,
        prior: Prior,
        recent: HashSet<QuestionId>,
        config: PlacementConfig,
    ) -> Placement {
        Placement {
            attempt: Attempt::new(pool, prior, recent),
            available: Vec::new(),
            config,
        }
    }

    /// The question to ask now (the same one until it is answered), or why the test is over.
    pub fn next(&mut self, rng: &mut impl Rng) -> Next {
        if self.attempt.pending.is_none() && self.attempt.stopped.is_none() {
            let answered = self.attempt.responses.len();
            self.attempt.stopped = self.config.stopper.check(
                answered,
                &self.attempt.posterior,
                self.attempt.posterior.sd(),
            );
        }
        let weights = CUT_SCORES.map(|cut| self.attempt.posterior.density_at(cut));
        let selector = self.config.selector;
        if self.available.is_empty() {
            let share = self.config.availability;
            self.available = (0..self.attempt.pool.len())
                .map(|_| rng.random::<f64>() < share)
                .collect();
        }
        let available = &self.available;
        self.attempt.next(|attempt| {
            let score = |item: &super::pool::Item| {
                item.cut_information
                    .iter()
                    .zip(weights)
                    .map(|(info, w)| w * info)
                    .sum::<f64>()
            };
            selector
                .pick(
                    &attempt.pool,
                    &attempt.coverage,
                    &attempt.recent,
                    |index, _| available[index],
                    score,
                    rng,
                )
                .or_else(|| {
                    selector.pick(
                        &attempt.pool,
                        &attempt.coverage,
                        &attempt.recent,
                        |_, _| true,
                        score,
                        rng,
                    )
                })
        })
    }

    pub fn answer(&mut self, id: &QuestionId, answer: Answer) -> Result<(), EngineError> {
        self.attempt.answer(id, answer)
    }

    pub fn posterior(&self) -> &Posterior {
        &self.attempt.posterior
    }

    pub fn answered(&self) -> usize {
        self.attempt.responses.len()
    }

    /// The question indexes asked so far, for exposure counts in the simulation.
    pub fn asked(&self) -> impl Iterator<Item = &QuestionId> {
        self.attempt.responses.iter().map(|r| &r.id)
    }

    pub fn result(&self) -> PlacementResult {
        let (level, _) = self.attempt.posterior.likeliest_level();
        PlacementResult {
            level,
            probabilities: self.attempt.posterior.level_probabilities(),
            theta: self.attempt.posterior.mean(),
            se: self.attempt.posterior.sd(),
            answered: self.attempt.responses.len(),
            correct: self.attempt.correct(),
            reason: self.attempt.stopped,
        }
    }
}
