//! The selector: picks the next item by an information score, spreading questions over the scope's sections,
//! topics or subtopics before repeating one, avoiding recently seen questions while comparable ones remain, and
//! choosing at random among the best few (randomesque exposure control).

use super::pool::{Item, Pool};
use crate::bank::QuestionId;
use rand::Rng;
use std::collections::HashSet;

/// What content balancing spreads questions over first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Balance {
    /// Sections, then topics: placement and level quizzes.
    Sections,
    /// Subtopics: a section self-test.
    Subtopics,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Selector {
    /// How many of the best items the pick is random among, once the quiz is under way.
    pub randomesque: usize,
    /// How many for the first question, shrinking to `randomesque` over `opening` questions. Every learner starts
    /// from the same prior, so the opening picks are where tests would otherwise coincide.
    pub randomesque_opening: usize,
    pub opening: usize,
    /// A less-used group of content is preferred while its best item has at least this share of the best score.
    pub comparable: f64,
    pub balance: Balance,
}

/// What has been asked in this attempt, counted per section, topic and subtopic (dense keys, so counting is
/// indexing: selection looks at every item of the pool for every question).
#[derive(Clone, Debug, Default)]
pub struct Coverage {
    asked: Vec<bool>,
    sections: Vec<u32>,
    topics: Vec<u32>,
    subtopics: Vec<u32>,
}

fn bump(counts: &mut Vec<u32>, key: u32) {
    let key = key as usize;
    if counts.len() <= key {
        counts.resize(key + 1, 0);
    }
    counts[key] += 1;
}

fn count(counts: &[u32], key: u32) -> u32 {
    counts.get(key as usize).copied().unwrap_or(0)
}

impl Coverage {
    pub fn record(&mut self, index: usize, item: &Item) {
        if self.asked.len() <= index {
            self.asked.resize(index + 1, false);
        }
        self.asked[index] = true;
        bump(&mut self.sections, item.section);
        bump(&mut self.topics, item.topic);
        bump(&mut self.subtopics, item.subtopic);
    }

    pub fn was_asked(&self, index: usize) -> bool {
        self.asked.get(index).copied().unwrap_or(false)
    }

    pub fn asked_count(&self) -> usize {
        self.asked.iter().filter(|asked| **asked).count()
    }

    pub fn asked_in_section(&self, section: u32) -> u32 {
        count(&self.sections, section)
    }

    fn tier(&self, item: &Item, balance: Balance, recent: bool) -> (bool, u32, u32) {
        match balance {
            Balance::Sections => (
                recent,
                count(&self.sections, item.section),
                count(&self.topics, item.topic),
            ),
            Balance::Subtopics => (recent, count(&self.subtopics, item.subtopic), 0),
        }
    }
}

impl Selector {
    /// The randomesque width for the question after `asked` ones.
    pub fn randomesque_at(&self, asked: usize) -> usize {
        if asked >= self.opening || self.randomesque_opening <= self.randomesque {
            return self.randomesque;
        }
        let remaining = (self.opening - asked) as f64 / self.opening as f64;
        self.randomesque
            + ((self.randomesque_opening - self.randomesque) as f64 * remaining).round() as usize
    }

    /// The index of the next item among those `eligible` and not yet asked, or None when none is left.
    ///
    /// Items fall into tiers by (seen in a recent attempt, times their section or subtopic was asked, times their
    /// topic was asked). The first tier whose best score is comparable with the best overall is used, so content
    /// is spread and recent questions avoided unless that would cost too much information.
    pub fn pick(
        &self,
        pool: &Pool,
        coverage: &Coverage,
        recent: &HashSet<QuestionId>,
        eligible: impl Fn(usize, &Item) -> bool,
        score: impl Fn(&Item) -> f64,
        rng: &mut impl Rng,
    ) -> Option<usize> {
        let mut candidates: Vec<(usize, (bool, u32, u32), f64)> = pool
            .items()
            .iter()
            .enumerate()
            .filter(|(index, item)| !coverage.was_asked(*index) && eligible(*index, item))
            .map(|(index, item)| {
                let seen = !recent.is_empty() && recent.contains(&item.id);
                (index, coverage.tier(item, self.balance, seen), score(item))
            })
            .collect();
        let best = candidates
            .iter()
            .map(|c| c.2)
            .fold(f64::NEG_INFINITY, f64::max);
        let mut best_per_tier: Vec<((bool, u32, u32), f64)> = Vec::new();
        for (_, tier, score) in &candidates {
            match best_per_tier.iter_mut().find(|(known, _)| known == tier) {
                Some((_, top)) => *top = top.max(*score),
                None => best_per_tier.push((*tier, *score)),
            }
        }
        crate::order::sort_by_key(&mut best_per_tier, |(tier, _)| *tier);
        let chosen = best_per_tier
            .iter()
            .find(|(_, top)| *top >= self.comparable * best)
            .map(|(tier, _)| *tier)?;
        candidates.retain(|c| c.1 == chosen);
        let k = self
            .randomesque_at(coverage.asked_count())
            .clamp(1, candidates.len());
        crate::order::first_by(&mut candidates, k, |a, b| b.2.total_cmp(&a.2));
        Some(candidates[rng.random_range(0..k)].0)
    }
}
