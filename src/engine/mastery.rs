//! Mastery: how much of a section a learner has mastered, as the expected share of its questions they would get
//! right, from one attempt's posterior or from every answer ever given with older evidence counting less; the band
//! that share falls in, and how sure the evidence makes it.

use super::estimate::{grid_point, Posterior, Prior, DEFAULT_PRIOR};
use super::irt::ItemParams;

/// Evidence older than this counts half as much; twice as old, a quarter.
pub const HALF_LIFE_DAYS: f64 = 60.0;

/// How far a section's ability may sit from the level's, as a prior standard deviation.
pub const SECTION_SPREAD: f64 = 0.5;

/// A band is shown only when the evidence puts the share in it with at least this probability. Most shown
/// sections sit far from a band's edge, so the share of shown bands that are right is much higher than this:
/// `simulate --mastery` measures 94% at 0.65, against 95.5% at 0.7 and 97% at 0.75, while the share of a level's
/// sections measured after a level quiz and two self-tests falls from 41% to 26% and 16%. Certainty past 0.65
/// buys little accuracy and costs most of the map.
pub const BAND_CONFIDENCE: f64 = 0.65;

/// The three bands the mastery map shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Band {
    /// Below 50% expected right.
    Weak,
    /// 50% to 75%.
    Middle,
    /// Above 75%.
    Strong,
}

impl Band {
    pub const ALL: [Band; 3] = [Band::Weak, Band::Middle, Band::Strong];

    /// The band a share (0 to 1) falls in.
    pub fn of(share: f64) -> Band {
        if share < 0.5 {
            Band::Weak
        } else if share < 0.75 {
            Band::Middle
        } else {
            Band::Strong
        }
    }

    /// How many bands apart two bands are (0 to 2).
    pub fn distance(self, other: Band) -> usize {
        (self as usize).abs_diff(other as usize)
    }
}

/// A section's own answers make its estimate "measured" from this many on: a single answer says more about the
/// prior than about the section, and must never colour a section on its own.
pub const MEASURED_ANSWERS: usize = 2;

/// What a section's estimate rests on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Basis {
    /// Too little to go on: no overall estimate, and fewer than [`MEASURED_ANSWERS`] answers in the section.
    #[default]
    Unknown,
    /// The learner's overall ability (with any of the section's answers, fewer than [`MEASURED_ANSWERS`]).
    Predicted,
    /// At least [`MEASURED_ANSWERS`] answers to the section's own questions.
    Measured,
}

impl Basis {
    /// The basis of an estimate from `answers` of the section's own and, if `overall`, the learner's overall
    /// ability.
    pub fn of(answers: usize, overall: bool) -> Basis {
        if answers >= MEASURED_ANSWERS {
            Basis::Measured
        } else if overall {
            Basis::Predicted
        } else {
            Basis::Unknown
        }
    }
}

/// The prior for one section from the learner's latest overall estimate (θ and its SE), `age_days` old: the
/// estimate widened by the spread of sections around their level ([`SECTION_SPREAD`], as the level quiz does), and
/// widened further as it ages, the way old answers count less ([`HALF_LIFE_DAYS`]); never wider than the default.
pub fn ability_prior(theta: f64, se: f64, age_days: f64) -> Prior {
    let weight = 0.5_f64.powf(age_days.max(0.0) / HALF_LIFE_DAYS);
    let sd = ((se * se + SECTION_SPREAD * SECTION_SPREAD) / weight).sqrt();
    Prior {
        mean: theta,
        sd: sd.min(DEFAULT_PRIOR.sd),
    }
}

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
    /// The probability that the share lies in each band, in [`Band::ALL`] order.
    pub bands: [f64; 3],
}

impl Mastery {
    /// The band to show: the one the evidence makes at least [`BAND_CONFIDENCE`] likely, if any.
    pub fn sure_band(&self) -> Option<Band> {
        Band::ALL
            .into_iter()
            .zip(self.bands)
            .find(|(_, p)| *p >= BAND_CONFIDENCE)
            .map(|(band, _)| band)
    }
}

/// Mastery from a posterior over the section's items: the posterior mean and spread of their average P(correct).
pub fn mastery_of(posterior: &Posterior, items: &[ItemParams]) -> Mastery {
    // The section's expected share right at each grid point, computed once for the mean, the spread and the bands.
    let shares: Vec<f64> = (0..posterior.weights().len())
        .map(|i| {
            let theta = grid_point(i);
            match items.len() {
                0 => 0.0,
                n => {
                    items
                        .iter()
                        .map(|item| item.probability(theta))
                        .sum::<f64>()
                        / n as f64
                }
            }
        })
        .collect();
    let weighted = || posterior.weights().iter().zip(&shares);
    let score: f64 = weighted().map(|(w, s)| w * s).sum();
    let variance: f64 = weighted().map(|(w, s)| w * (s - score).powi(2)).sum();
    let mut bands = [0.0; 3];
    for (w, s) in weighted() {
        bands[Band::of(*s) as usize] += w;
    }
    Mastery {
        score,
        score_sd: variance.sqrt(),
        theta: posterior.mean(),
        se: posterior.sd(),
        bands,
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
