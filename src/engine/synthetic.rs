//! A synthetic item pool shaped like the planned full bank, so the engine can be judged before the bank is full.

use super::irt::{difficulty_to_b, guessing, ItemParams, DEFAULT_A};
use super::pool::{Item, Pool};
use crate::bank::{Bank, QuestionId, QuestionKind};
use rand::Rng;

/// `size` items over the bank's sections in proportion to their subtopics, difficulties 1 to 5 in turn, mostly four
/// options (a tenth three, a tenth five) and a tenth `multi`; every item has a = 1.2 and c from its options.
pub fn synthetic_pool(bank: &Bank, size: usize, rng: &mut impl Rng) -> Pool {
    let subtopics: usize = bank.sections.iter().map(|s| s.subtopic_count()).sum();
    let mut entries = Vec::with_capacity(size);
    let mut made = 0;
    let mut owed = 0.0;
    for section in &bank.sections {
        owed += size as f64 * section.subtopic_count() as f64 / subtopics.max(1) as f64;
        let subtopic_names: Vec<&String> =
            section.topics.iter().flat_map(|t| &t.subtopics).collect();
        let mut k = 0;
        while (made as f64) < owed.round() {
            let topic_index = section
                .topics
                .iter()
                .position(|t| {
                    t.subtopics
                        .contains(subtopic_names[k % subtopic_names.len()])
                })
                .unwrap_or(0);
            let difficulty = (k % 5) as u8 + 1;
            let roll: f64 = rng.random();
            let (kind, options) = match roll {
                r if r < 0.1 => (QuestionKind::Multi, 5),
                r if r < 0.2 => (QuestionKind::Choice, 3),
                r if r < 0.3 => (QuestionKind::Choice, 5),
                _ => (QuestionKind::Choice, 4),
            };
            let params = ItemParams {
                a: DEFAULT_A,
                b: difficulty_to_b(section.level, difficulty),
                c: guessing(kind, options),
            };
            let item = Item::new(
                QuestionId::new(format!("{}/synthetic/q{k}", section.slug)),
                section.number,
                section.level,
                params,
            );
            let subtopic = subtopic_names[k % subtopic_names.len()];
            entries.push((
                item,
                format!("{}/{topic_index}", section.slug),
                format!("{}/{subtopic}", section.slug),
            ));
            k += 1;
            made += 1;
        }
    }
    Pool::from_entries(entries)
}
