//! The estimator: expected a posteriori (EAP) ability on a fixed quadrature grid with a normal prior. Each answer
//! multiplies the posterior by the item's likelihood, O(grid), so nothing is recomputed from scratch.

use super::irt::{ItemParams, CUT_SCORES};
use crate::bank::Level;

/// Quadrature grid: midpoints of 160 equal cells on [−6, 6], so no point sits on a cut score. The range reaches
/// well past the roadmap's span so that a learner who misses everything is not squeezed against the grid's edge.
pub const GRID_POINTS: usize = 160;
pub const GRID_MIN: f64 = -6.0;
pub const GRID_MAX: f64 = 6.0;

/// The prior for a learner we know nothing about: centred between Intermediate and Advanced, wide enough to cover
/// the whole roadmap (the spread of abilities from −2.5 to 2.5 has a standard deviation of about 1.44).
pub const DEFAULT_PRIOR: Prior = Prior { mean: 0.0, sd: 1.5 };

/// A normal prior on ability.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Prior {
    pub mean: f64,
    pub sd: f64,
}

pub fn grid_point(index: usize) -> f64 {
    GRID_MIN + (index as f64 + 0.5) * (GRID_MAX - GRID_MIN) / GRID_POINTS as f64
}

/// The posterior distribution of ability on the grid, normalised to sum to 1.
#[derive(Clone, Debug, PartialEq)]
pub struct Posterior {
    weights: Vec<f64>,
}

impl Posterior {
    pub fn new(prior: Prior) -> Posterior {
        let sd = prior.sd.max(0.05);
        let weights = (0..GRID_POINTS)
            .map(|i| {
                let z = (grid_point(i) - prior.mean) / sd;
                (-0.5 * z * z).exp()
            })
            .collect();
        let mut posterior = Posterior { weights };
        posterior.normalise();
        posterior
    }

    /// Multiplies in the likelihood of one answer.
    pub fn update(&mut self, item: &ItemParams, correct: bool) {
        self.update_weighted(item, correct, 1.0);
    }

    /// Multiplies in the likelihood raised to `weight` (0 to 1), for evidence that counts less, such as old answers.
    pub fn update_weighted(&mut self, item: &ItemParams, correct: bool, weight: f64) {
        for (i, w) in self.weights.iter_mut().enumerate() {
            let p = item.probability(grid_point(i));
            let likelihood = if correct { p } else { 1.0 - p };
            *w *= if weight == 1.0 {
                likelihood
            } else {
                likelihood.powf(weight)
            };
        }
        self.normalise();
    }

    fn normalise(&mut self) {
        let total: f64 = self.weights.iter().sum();
        if total > 0.0 && total.is_finite() {
            self.weights.iter_mut().for_each(|w| *w /= total);
        } else {
            // Underflow cannot happen within 25 answers; if it ever did, forget rather than divide by zero.
            self.weights
                .iter_mut()
                .for_each(|w| *w = 1.0 / GRID_POINTS as f64);
        }
    }

    pub fn weights(&self) -> &[f64] {
        &self.weights
    }

    /// The EAP estimate of ability.
    pub fn mean(&self) -> f64 {
        self.weights
            .iter()
            .enumerate()
            .map(|(i, w)| w * grid_point(i))
            .sum()
    }

    /// The posterior standard deviation, the estimate's standard error.
    pub fn sd(&self) -> f64 {
        let mean = self.mean();
        let variance: f64 = self
            .weights
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let d = grid_point(i) - mean;
                w * d * d
            })
            .sum();
        variance.sqrt()
    }

    /// The posterior probability of each level's band, in level order; they sum to 1.
    pub fn level_probabilities(&self) -> [f64; 4] {
        let mut mass = [0.0; 4];
        for (i, w) in self.weights.iter().enumerate() {
            let theta = grid_point(i);
            let band = CUT_SCORES.iter().filter(|cut| theta > **cut).count();
            mass[band] += w;
        }
        mass
    }

    /// The most probable level and its probability.
    pub fn likeliest_level(&self) -> (Level, f64) {
        let probabilities = self.level_probabilities();
        let (index, p) = probabilities
            .iter()
            .enumerate()
            .fold(
                (0, f64::MIN),
                |best, (i, p)| if *p > best.1 { (i, *p) } else { best },
            );
        (Level::ALL[index], p)
    }

    /// Posterior density near `theta` (mass per unit of ability around the closest grid cell).
    pub fn density_at(&self, theta: f64) -> f64 {
        let cell = (GRID_MAX - GRID_MIN) / GRID_POINTS as f64;
        let position = ((theta - GRID_MIN) / cell - 0.5).clamp(0.0, (GRID_POINTS - 1) as f64);
        let low = position.floor() as usize;
        let high = (low + 1).min(GRID_POINTS - 1);
        let t = position - low as f64;
        (self.weights[low] * (1.0 - t) + self.weights[high] * t) / cell
    }

    /// The expected value of `f(θ)` under the posterior.
    pub fn expect(&self, f: impl Fn(f64) -> f64) -> f64 {
        self.weights
            .iter()
            .enumerate()
            .map(|(i, w)| w * f(grid_point(i)))
            .sum()
    }
}
