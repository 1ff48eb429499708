//! What several native test files share: the real bank, loaded once per test binary.

use roadmap_quiz::bank::{load_bank, Bank, Catalog, Question, QuestionId};
use std::path::Path;
use std::sync::OnceLock;

/// The real bank and its catalog.
pub fn bank() -> &'static (Bank, Catalog) {
    static BANK: OnceLock<(Bank, Catalog)> = OnceLock::new();
    BANK.get_or_init(|| {
        let bank = load_bank(Path::new("content")).expect("the bank builds");
        let catalog = Catalog::of(&bank);
        (bank, catalog)
    })
}

/// A question of the real bank, which the test expects to be there.
#[allow(dead_code)] // Not every test binary that includes this module looks questions up.
pub fn question(id: &QuestionId) -> &'static Question {
    bank()
        .0
        .questions()
        .map(|(_, q)| q)
        .find(|q| &q.id == id)
        .expect("a question of the bank")
}
