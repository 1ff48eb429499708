//! Mastery of every section and level from all the learner's answers, older answers counting less: what the home
//! view and the progress map show.

use crate::bank::{Catalog, Level};
use crate::engine::irt::ItemParams;
use crate::engine::mastery::{mastery_across_attempts, Evidence};
use crate::engine::review::Timestamp;
use crate::engine::DEFAULT_PRIOR;
use crate::progress::{MasterySnapshot, Outcome, Progress};
use std::collections::BTreeMap;
use std::collections::HashMap;

const DAY_MS: f64 = 86_400_000.0;

/// One section's mastery score (expected share right), or `None` while the learner has answered none of its
/// questions.
#[derive(Clone, Debug, PartialEq)]
pub struct SectionMastery {
    pub number: u32,
    pub level: Level,
    pub answered: usize,
    pub score: Option<f64>,
}

struct Lookup {
    params: HashMap<String, (u32, ItemParams)>,
}

impl Lookup {
    fn new(catalog: &Catalog) -> Lookup {
        let mut params = HashMap::new();
        for section in catalog.sections() {
            for item in catalog.items.iter().filter(|i| i.section == section.number) {
                let p = ItemParams::from_parts(
                    item.kind,
                    usize::from(item.options),
                    item.difficulty.get(),
                    item.irt,
                    section.level,
                );
                params.insert(item.id.to_string(), (section.number, p));
            }
        }
        Lookup { params }
    }
}

/// Every answer and archived tally as evidence, grouped by section number.
fn evidence_by_section(
    catalog: &Catalog,
    progress: &Progress,
    now: Timestamp,
) -> (Lookup, HashMap<u32, Vec<Evidence>>) {
    let lookup = Lookup::new(catalog);
    let mut by_section: HashMap<u32, Vec<Evidence>> = HashMap::new();
    let age = |at: Timestamp| now.0.saturating_sub(at.0) as f64 / DAY_MS;
    for answer in progress.kept().flat_map(|a| &a.answers) {
        if let Some((section, params)) = lookup.params.get(answer.question.as_str()) {
            by_section.entry(*section).or_default().push(Evidence {
                params: *params,
                correct: answer.outcome == Outcome::Correct,
                age_days: age(answer.at),
            });
        }
    }
    for (question, tally) in &progress.archive {
        if let Some((section, params)) = lookup.params.get(question.as_str()) {
            let entry = by_section.entry(*section).or_default();
            for correct in std::iter::repeat_n(true, tally.right as usize)
                .chain(std::iter::repeat_n(false, tally.wrong as usize))
            {
                entry.push(Evidence {
                    params: *params,
                    correct,
                    age_days: age(tally.last),
                });
            }
        }
    }
    (lookup, by_section)
}

/// Mastery of all sections, in roadmap order.
pub fn section_masteries(
    catalog: &Catalog,
    progress: &Progress,
    now: Timestamp,
) -> Vec<SectionMastery> {
    let (lookup, evidence) = evidence_by_section(catalog, progress, now);
    catalog
        .sections()
        .map(|section| {
            let answers = evidence.get(&section.number).map_or(&[][..], Vec::as_slice);
            let items: Vec<ItemParams> = lookup
                .params
                .values()
                .filter(|(n, _)| *n == section.number)
                .map(|(_, p)| *p)
                .collect();
            SectionMastery {
                number: section.number,
                level: section.level,
                answered: answers.len(),
                score: (!answers.is_empty())
                    .then(|| mastery_across_attempts(DEFAULT_PRIOR, answers, &items).score),
            }
        })
        .collect()
}

/// A level's mastery: the mean of its sections' scores where the learner has answered any, with how many
/// sections that covers.
pub fn level_mastery(sections: &[SectionMastery], level: Level) -> Option<(f64, usize)> {
    let scores: Vec<f64> = sections
        .iter()
        .filter(|s| s.level == level)
        .filter_map(|s| s.score)
        .collect();
    (!scores.is_empty()).then(|| {
        (
            scores.iter().sum::<f64>() / scores.len() as f64,
            scores.len(),
        )
    })
}

/// The scores to keep in the progress document, for drawing mastery later without the full catalog.
pub fn mastery_snapshot(
    masteries: &[SectionMastery],
    now: Timestamp,
) -> BTreeMap<u32, MasterySnapshot> {
    // Inserting one by one: collecting into a map sorts with the standard sort, 3.2 kB gzip of wasm (docs/size.md).
    let mut snapshot = BTreeMap::new();
    for s in masteries {
        if let Some(score) = s.score {
            let answered = u32::try_from(s.answered).unwrap_or(u32::MAX);
            snapshot.insert(
                s.number,
                MasterySnapshot {
                    score,
                    answered,
                    at: now,
                },
            );
        }
    }
    snapshot
}

/// Mastery of all sections from the snapshot kept in the progress document, in roadmap order.
pub fn snapshot_masteries(catalog: &Catalog, progress: &Progress) -> Vec<SectionMastery> {
    catalog
        .sections()
        .map(|section| {
            let kept = progress.mastery.get(&section.number);
            SectionMastery {
                number: section.number,
                level: section.level,
                answered: kept.map_or(0, |k| k.answered as usize),
                score: kept.map(|k| k.score),
            }
        })
        .collect()
}
