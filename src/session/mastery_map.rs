//! Mastery of every section and level: from the learner's latest overall estimate (the last placement or level
//! quiz) as the prior, and every answer to the section's questions as evidence, older evidence counting less. What
//! the home view and the progress map show, with what each estimate rests on.

use crate::bank::{Catalog, Level};
use crate::engine::irt::{AnswerForm, ItemParams};
use crate::engine::mastery::{ability_prior, mastery_across_attempts, Band, Basis, Evidence};
use crate::engine::review::Timestamp;
use crate::engine::{Prior, DEFAULT_PRIOR};
use crate::progress::{MasterySnapshot, Outcome, Progress, QuizMode};
use crate::render::{format_age, percent};
use std::collections::BTreeMap;
use std::collections::HashMap;

const DAY_MS: f64 = 86_400_000.0;

/// One section's mastery: the expected share right and the band it is sure of, with what it rests on.
#[derive(Clone, Debug, PartialEq)]
pub struct SectionMastery {
    pub number: u32,
    pub level: Level,
    pub basis: Basis,
    /// Answers to the section's questions, and how many were right.
    pub answered: usize,
    pub right: usize,
    /// When the latest of them was given.
    pub last: Option<Timestamp>,
    /// The expected share right, 0 to 1; `None` while there is nothing to go on.
    pub score: Option<f64>,
    /// The band to show: only when the estimate is predicted or measured (never from a prior and a single
    /// answer) and puts the share in it with probability at least
    /// [`BAND_CONFIDENCE`](crate::engine::mastery::BAND_CONFIDENCE).
    pub band: Option<Band>,
}

impl SectionMastery {
    /// The verdict in a word or two: the band, or "not sure yet".
    pub fn verdict(&self) -> &'static str {
        band_verdict(self.band)
    }

    /// The section's estimate in words, for a square's name and tooltip: the verdict, what it rests on, the
    /// estimate, and the answers behind it ("strong, measured: about 88% expected right; 3 answers, 2 right, 2 days
    /// ago").
    pub fn describe(&self, now: Timestamp) -> String {
        let Some(score) = self.score else {
            return "not started".to_string();
        };
        let basis = match self.basis {
            Basis::Measured => "measured",
            Basis::Predicted => "predicted from your overall level",
            Basis::Unknown => "too few answers to go on",
        };
        let answers = match (self.answered, self.last) {
            (0, _) | (_, None) => "no answers in this section yet".to_string(),
            (n, Some(last)) => format!(
                "{n} answer{}, {} right, {}",
                if n == 1 { "" } else { "s" },
                self.right,
                format_age(last, now)
            ),
        };
        format!(
            "{}, {basis}: about {} expected right; {answers}",
            self.verdict(),
            percent(score)
        )
    }

    fn nothing(number: u32, level: Level) -> SectionMastery {
        SectionMastery {
            number,
            level,
            basis: Basis::Unknown,
            answered: 0,
            right: 0,
            last: None,
            score: None,
            band: None,
        }
    }
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

/// A section's evidence: every answer and archived tally, with counts for the learner to read.
#[derive(Default)]
struct SectionEvidence {
    answers: Vec<Evidence>,
    right: usize,
    last: Option<Timestamp>,
}

impl SectionEvidence {
    fn add(&mut self, evidence: Evidence, at: Timestamp) {
        self.right += usize::from(evidence.correct);
        self.last = self.last.max(Some(at));
        self.answers.push(evidence);
    }
}

/// A band as a learner reads it, or "not sure yet" when the evidence shows none.
pub fn band_verdict(band: Option<Band>) -> &'static str {
    match band {
        Some(Band::Weak) => "weak",
        Some(Band::Middle) => "getting there",
        Some(Band::Strong) => "strong",
        None => "not sure yet",
    }
}

/// The prior every section starts from: the learner's latest overall estimate (the last finished placement or level
/// quiz), aged by when it was made; `None` before there is one.
fn ability_prior_of(progress: &Progress, now: Timestamp) -> Option<Prior> {
    let latest = progress
        .kept()
        .filter(|a| matches!(a.mode, QuizMode::Placement | QuizMode::Level { .. }))
        .filter_map(|a| Some((a.finished?, a.summary.as_ref()?)))
        .max_by_key(|(finished, _)| *finished)?;
    let (finished, summary) = latest;
    let age = now.0.saturating_sub(finished.0) as f64 / DAY_MS;
    Some(ability_prior(summary.theta, summary.se, age))
}

/// Every answer and archived tally as evidence, grouped by section number.
fn evidence_by_section(
    catalog: &Catalog,
    progress: &Progress,
    now: Timestamp,
) -> (Lookup, HashMap<u32, SectionEvidence>) {
    let lookup = Lookup::new(catalog);
    let mut by_section: HashMap<u32, SectionEvidence> = HashMap::new();
    let age = |at: Timestamp| now.0.saturating_sub(at.0) as f64 / DAY_MS;
    for answer in progress.kept().flat_map(|a| &a.answers) {
        if let Some((section, params)) = lookup.params.get(answer.question.as_str()) {
            // A typed answer is harder to guess, so it tells more. Archived tallies no longer say; they count as
            // picked.
            let form = if answer.typed.is_some() {
                AnswerForm::Typed
            } else {
                AnswerForm::Picked
            };
            let evidence = Evidence {
                params: params.answered(form),
                correct: answer.outcome == Outcome::Correct,
                age_days: age(answer.at),
            };
            by_section
                .entry(*section)
                .or_default()
                .add(evidence, answer.at);
        }
    }
    for (question, tally) in &progress.archive {
        if let Some((section, params)) = lookup.params.get(question.as_str()) {
            let entry = by_section.entry(*section).or_default();
            for correct in std::iter::repeat_n(true, tally.right as usize)
                .chain(std::iter::repeat_n(false, tally.wrong as usize))
            {
                let evidence = Evidence {
                    params: *params,
                    correct,
                    age_days: age(tally.last),
                };
                entry.add(evidence, tally.last);
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
    let overall = ability_prior_of(progress, now);
    let none = SectionEvidence::default();
    catalog
        .sections()
        .map(|section| {
            let found = evidence.get(&section.number).unwrap_or(&none);
            if found.answers.is_empty() && overall.is_none() {
                return SectionMastery::nothing(section.number, section.level);
            }
            let items: Vec<ItemParams> = lookup
                .params
                .values()
                .filter(|(n, _)| *n == section.number)
                .map(|(_, p)| *p)
                .collect();
            let mastery =
                mastery_across_attempts(overall.unwrap_or(DEFAULT_PRIOR), &found.answers, &items);
            let basis = Basis::of(found.answers.len(), overall.is_some());
            SectionMastery {
                number: section.number,
                level: section.level,
                basis,
                answered: found.answers.len(),
                right: found.right,
                last: found.last,
                score: Some(mastery.score),
                band: mastery.sure_band().filter(|_| basis != Basis::Unknown),
            }
        })
        .collect()
}

/// A level's mastery: the mean of its measured sections' scores (the ones with answers of their own), with how
/// many sections that covers.
pub fn level_mastery(sections: &[SectionMastery], level: Level) -> Option<(f64, usize)> {
    let scores: Vec<f64> = sections
        .iter()
        .filter(|s| s.level == level && s.basis == Basis::Measured)
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
            let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
            snapshot.insert(
                s.number,
                MasterySnapshot {
                    score,
                    answered: count(s.answered),
                    right: count(s.right),
                    last: s.last,
                    basis: s.basis,
                    band: s.band,
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
        .map(|section| match progress.mastery.get(&section.number) {
            None => SectionMastery::nothing(section.number, section.level),
            Some(kept) => SectionMastery {
                number: section.number,
                level: section.level,
                basis: kept.basis,
                answered: kept.answered as usize,
                right: kept.right as usize,
                last: kept.last,
                score: Some(kept.score),
                band: kept.band,
            },
        })
        .collect()
}
