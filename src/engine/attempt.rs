//! What every quiz mode keeps about one attempt: the pool, the question asked and not yet answered, the answers,
//! the overall ability posterior they update, and the coverage that content balancing reads.

use super::estimate::{Posterior, Prior};
use super::pool::Pool;
use super::select::Coverage;
use super::stop::StopReason;
use crate::bank::QuestionId;
use std::collections::HashSet;
use std::fmt;

/// How the learner answered one question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Correct,
    Incorrect,
    /// "I don't know": scored as incorrect, recorded as a skip.
    DontKnow,
}

impl Answer {
    pub fn is_correct(self) -> bool {
        self == Answer::Correct
    }
}

/// One answered question of an attempt.
#[derive(Clone, Debug, PartialEq)]
pub struct Response {
    pub id: QuestionId,
    pub section: u32,
    pub subtopic: u32,
    pub answer: Answer,
}

/// What the mode wants next.
#[derive(Clone, Debug, PartialEq)]
pub enum Next {
    Ask(QuestionId),
    Done(StopReason),
}

/// A misuse of the engine by its caller, worded for the developer who wires it up.
#[derive(Clone, Debug, PartialEq)]
pub enum EngineError {
    UnknownQuestion(QuestionId),
    AlreadyAnswered(QuestionId),
    Finished,
}

impl fmt::Display for EngineError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EngineError::UnknownQuestion(id) => {
                write!(f, "question {id} is not in this quiz's scope")
            }
            EngineError::AlreadyAnswered(id) => {
                write!(f, "question {id} was already answered in this attempt")
            }
            EngineError::Finished => write!(f, "the quiz has ended and takes no more answers"),
        }
    }
}

impl std::error::Error for EngineError {}

#[derive(Clone, Debug)]
pub(super) struct Attempt {
    pub pool: Pool,
    pub coverage: Coverage,
    pub responses: Vec<Response>,
    pub recent: HashSet<QuestionId>,
    pub pending: Option<usize>,
    pub stopped: Option<StopReason>,
    pub posterior: Posterior,
}

impl Attempt {
    pub fn new(pool: Pool, prior: Prior, recent: HashSet<QuestionId>) -> Attempt {
        Attempt {
            pool,
            coverage: Coverage::default(),
            responses: Vec::new(),
            recent,
            pending: None,
            stopped: None,
            posterior: Posterior::new(prior),
        }
    }

    /// Records an answer to `id` (the pending question, or any unasked one when replaying a saved attempt) and
    /// updates the posterior with it.
    pub fn answer(&mut self, id: &QuestionId, answer: Answer) -> Result<(), EngineError> {
        if self.stopped.is_some() {
            return Err(EngineError::Finished);
        }
        let index = self
            .pool
            .index_of(id)
            .ok_or_else(|| EngineError::UnknownQuestion(id.clone()))?;
        if self.coverage.was_asked(index) {
            return Err(EngineError::AlreadyAnswered(id.clone()));
        }
        let item = self.pool.get(index);
        self.coverage.record(index, item);
        self.posterior.update(&item.params, answer.is_correct());
        self.responses.push(Response {
            id: id.clone(),
            section: item.section,
            subtopic: item.subtopic,
            answer,
        });
        self.pending = None;
        Ok(())
    }

    /// Asks the pending question again, or the one `choose` picks; stops when `choose` finds none.
    pub fn next(&mut self, choose: impl FnOnce(&Attempt) -> Option<usize>) -> Next {
        if let Some(reason) = self.stopped {
            return Next::Done(reason);
        }
        if self.pending.is_none() {
            self.pending = choose(self);
        }
        match self.pending {
            Some(index) => Next::Ask(self.pool.get(index).id.clone()),
            None => {
                self.stopped = Some(StopReason::OutOfQuestions);
                Next::Done(StopReason::OutOfQuestions)
            }
        }
    }

    pub fn correct(&self) -> usize {
        self.responses
            .iter()
            .filter(|r| r.answer.is_correct())
            .count()
    }
}
