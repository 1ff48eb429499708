//! Stoppers: when an adaptive quiz has asked enough. Each mode combines a length range with one rule.

use super::estimate::Posterior;

/// Why a quiz ended; the UI tells the learner in these words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StopReason {
    /// One level's probability reached the confidence the mode asks for.
    Confident,
    /// The estimates are as precise as the mode asks for.
    Precise,
    /// The quiz reached its maximum length.
    MaxLength,
    /// The fixed length of a self-test was reached.
    Length,
    /// No question in scope was left to ask.
    OutOfQuestions,
}

impl StopReason {
    pub fn describe(self) -> &'static str {
        match self {
            StopReason::Confident => "The answers point clearly to one level.",
            StopReason::Precise => "The estimates are precise enough.",
            StopReason::MaxLength => "The quiz reached its maximum length.",
            StopReason::Length => "All questions of the self-test are answered.",
            StopReason::OutOfQuestions => {
                "There are no more questions in this part of the bank yet."
            }
        }
    }
}

/// A length range and a rule; the rule is consulted only between `min` and `max` answers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stopper {
    pub min: usize,
    pub max: usize,
    pub rule: StopRule,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum StopRule {
    /// Stop when the likeliest level's posterior probability reaches this value (placement).
    LevelConfidence(f64),
    /// Stop when every tracked standard error is at most this value (level quiz).
    StandardError(f64),
    /// Ask exactly `max` questions (self-test).
    FixedLength,
}

impl Stopper {
    /// Whether to stop after `answered` answers, given the overall posterior and the largest standard error the
    /// mode tracks (for a level quiz, over its sections).
    pub fn check(
        &self,
        answered: usize,
        posterior: &Posterior,
        largest_se: f64,
    ) -> Option<StopReason> {
        if answered >= self.max {
            return Some(match self.rule {
                StopRule::FixedLength => StopReason::Length,
                _ => StopReason::MaxLength,
            });
        }
        if answered < self.min {
            return None;
        }
        match self.rule {
            StopRule::LevelConfidence(target) if posterior.likeliest_level().1 >= target => {
                Some(StopReason::Confident)
            }
            StopRule::StandardError(target) if largest_se <= target => Some(StopReason::Precise),
            _ => None,
        }
    }
}
