//! The review queue: questions answered wrong come back on a Leitner schedule. A wrong answer puts a question in
//! the first box, due a day later; each right answer in review moves it up a box (due after 3, 7, 14, then 30
//! days); a right answer from the last box retires it, and a wrong one anywhere sends it back to the first.

use crate::bank::QuestionId;
use std::collections::BTreeMap;

/// Days until a question in each box is due again.
pub const BOX_INTERVALS_DAYS: [u64; 5] = [1, 3, 7, 14, 30];
const DAY_MS: u64 = 24 * 60 * 60 * 1000;

/// Milliseconds since the Unix epoch; the caller supplies the clock.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub u64);

impl Timestamp {
    pub fn plus_days(self, days: u64) -> Timestamp {
        Timestamp(self.0.saturating_add(days.saturating_mul(DAY_MS)))
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Card {
    /// 0 for the first box.
    pub slot: usize,
    pub due: Timestamp,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReviewQueue {
    cards: BTreeMap<QuestionId, Card>,
}

impl ReviewQueue {
    /// A queue of these cards, as a stored document holds them.
    pub fn from_cards(cards: BTreeMap<QuestionId, Card>) -> ReviewQueue {
        ReviewQueue { cards }
    }

    /// Every card, by question id in order: what a stored document holds.
    pub fn cards(&self) -> &BTreeMap<QuestionId, Card> {
        &self.cards
    }

    /// Records an answer given anywhere in the app at `now`.
    pub fn record(&mut self, id: &QuestionId, correct: bool, now: Timestamp) {
        if !correct {
            self.cards.insert(
                id.clone(),
                Card {
                    slot: 0,
                    due: now.plus_days(BOX_INTERVALS_DAYS[0]),
                },
            );
            return;
        }
        let Some(card) = self.cards.get_mut(id) else {
            return;
        };
        if card.due > now {
            // Answered right before it was due (in another quiz): keep the schedule rather than jump a box.
            return;
        }
        if card.slot + 1 >= BOX_INTERVALS_DAYS.len() {
            self.cards.remove(id);
        } else {
            card.slot += 1;
            card.due = now.plus_days(BOX_INTERVALS_DAYS[card.slot]);
        }
    }

    /// The questions due at `now`, the longest overdue first.
    pub fn due(&self, now: Timestamp) -> Vec<QuestionId> {
        let mut due: Vec<(&QuestionId, &Card)> = self
            .cards
            .iter()
            .filter(|(_, card)| card.due <= now)
            .collect();
        crate::order::sort_by(&mut due, |a, b| a.1.due.cmp(&b.1.due).then(a.0.cmp(b.0)));
        due.into_iter().map(|(id, _)| id.clone()).collect()
    }

    pub fn due_count(&self, now: Timestamp) -> usize {
        self.cards.values().filter(|card| card.due <= now).count()
    }

    pub fn card(&self, id: &QuestionId) -> Option<&Card> {
        self.cards.get(id)
    }

    /// Adds the cards of `other` that this queue does not have; returns how many.
    pub fn absorb(&mut self, other: &ReviewQueue) -> usize {
        let mut added = 0;
        for (id, card) in &other.cards {
            if !self.cards.contains_key(id) {
                self.cards.insert(id.clone(), *card);
                added += 1;
            }
        }
        added
    }

    pub fn len(&self) -> usize {
        self.cards.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cards.is_empty()
    }
}
