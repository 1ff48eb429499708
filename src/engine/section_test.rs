//! Section self-test: a quick check of one section. It asks distinct subtopics before repeating one, adapts
//! difficulty to the running estimate, and asks [`DEFAULT_LENGTH`] questions (5 to 20 by the learner's setting).

use super::attempt::{Answer, Attempt, EngineError, Next};
use super::estimate::Prior;
use super::mastery::{mastery_of, Mastery};
use super::pool::Pool;
use super::select::{Balance, Selector};
use super::stop::{StopReason, StopRule, Stopper};
use crate::bank::QuestionId;
use rand::Rng;
use std::collections::HashSet;

pub const DEFAULT_LENGTH: usize = 10;
pub const MIN_LENGTH: usize = 5;
pub const MAX_LENGTH: usize = 20;

const SELECTOR: Selector = Selector {
    randomesque: 3,
    randomesque_opening: 3,
    opening: 0,
    comparable: 0.3,
    balance: Balance::Subtopics,
};

#[derive(Clone, Debug, PartialEq)]
pub struct SectionTestResult {
    pub answered: usize,
    pub correct: usize,
    /// Share answered right, 0 to 1 (0 when nothing was answered).
    pub score: f64,
    pub mastery: Mastery,
    /// Roadmap names of the subtopics with a wrong or skipped answer, in the order they were asked.
    pub missed_subtopics: Vec<String>,
    pub reason: Option<StopReason>,
}

#[derive(Clone, Debug)]
pub struct SectionTest {
    attempt: Attempt,
    stopper: Stopper,
}

impl SectionTest {
    /// A self-test of `length` questions (clamped to 5..=20) over one section's `pool`.
    pub fn new(
        pool: Pool,
        prior: Prior,
        recent: HashSet<QuestionId>,
        length: usize,
    ) -> SectionTest {
        let length = length.clamp(MIN_LENGTH, MAX_LENGTH);
        SectionTest {
            attempt: Attempt::new(pool, prior, recent),
            stopper: Stopper {
                min: length,
                max: length,
                rule: StopRule::FixedLength,
            },
        }
    }

    pub fn length(&self) -> usize {
        self.stopper.max
    }

    pub fn next(&mut self, rng: &mut impl Rng) -> Next {
        if self.attempt.pending.is_none() && self.attempt.stopped.is_none() {
            let se = self.attempt.posterior.sd();
            self.attempt.stopped =
                self.stopper
                    .check(self.attempt.responses.len(), &self.attempt.posterior, se);
        }
        let theta = self.attempt.posterior.mean();
        self.attempt.next(|attempt| {
            let score = |item: &super::pool::Item| item.params.information(theta);
            SELECTOR.pick(
                &attempt.pool,
                &attempt.coverage,
                &attempt.recent,
                |_, _| true,
                score,
                rng,
            )
        })
    }

    pub fn answer(&mut self, id: &QuestionId, answer: Answer) -> Result<(), EngineError> {
        self.attempt.answer(id, answer)
    }

    pub fn answered(&self) -> usize {
        self.attempt.responses.len()
    }

    pub fn result(&self) -> SectionTestResult {
        let items: Vec<_> = self
            .attempt
            .pool
            .items()
            .iter()
            .map(|item| item.params)
            .collect();
        let mut missed_subtopics: Vec<String> = Vec::new();
        for response in self
            .attempt
            .responses
            .iter()
            .filter(|r| !r.answer.is_correct())
        {
            if let Some(name) = self.attempt.pool.subtopic_name(response.subtopic) {
                if !missed_subtopics.iter().any(|known| known == name) {
                    missed_subtopics.push(name.to_string());
                }
            }
        }
        let answered = self.attempt.responses.len();
        let correct = self.attempt.correct();
        SectionTestResult {
            answered,
            correct,
            score: if answered == 0 {
                0.0
            } else {
                correct as f64 / answered as f64
            },
            mastery: mastery_of(&self.attempt.posterior, &items),
            missed_subtopics,
            reason: self.attempt.stopped,
        }
    }
}
