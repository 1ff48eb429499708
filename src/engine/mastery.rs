//! Mastery: how much of a section a learner has mastered, as the expected share of its questions they would get
//! right, from one attempt's posterior or from every answer ever given with older evidence counting less.

use super::estimate::{Posterior, Prior};
use super::irt::ItemParams;

/// Evidence older than this counts half as much; twice as old, a quarter.
pub const HALF_LIFE_DAYS: f64 = 60.0;

/// One past answer to a question of the section.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Evidence {
    pub params: ItemParams,
    pub correct: bool,
    pub age_days: f64,
}

/// A section's mastery with its uncertainty.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Mastery {
    /// Expected share of the section's questions answered right, 0 to 1.
    pub score: f64,
    /// Its posterior standard deviation.
    pub score_sd: f64,
    pub theta: f64,
    pub se: f64,
}

/// Mastery from a posterior over the section's items: the posterior mean and spread of their average P(correct).
pub fn mastery_of(posterior: &Posterior, items: &[ItemParams]) -> Mastery {
    let expected = |theta: f64| {
        if items.is_empty() {
            0.0
        } else {
            items
                .iter()
                .map(|item| item.probability(theta))
                .sum::<f64>()
                / items.len() as f64
        }
    };
    let score = posterior.expect(expected);
    let variance = posterior.expect(|theta| (expected(theta) - score).powi(2));
    Mastery {
        score,
        score_sd: variance.sqrt(),
        theta: posterior.mean(),
        se: posterior.sd(),
    }
}

/// Mastery across attempts: the prior updated by every answer, each weighted by `0.5^(age / HALF_LIFE_DAYS)`.
pub fn mastery_across_attempts(
    prior: Prior,
    evidence: &[Evidence],
    items: &[ItemParams],
) -> Mastery {
    let mut posterior = Posterior::new(prior);
    for answer in evidence {
        let weight = 0.5_f64.powf(answer.age_days.max(0.0) / HALF_LIFE_DAYS);
        posterior.update_weighted(&answer.params, answer.correct, weight);
    }
    mastery_of(&posterior, items)
}
