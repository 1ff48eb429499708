//! The item model: three-parameter logistic items, and the one mapping from a question's level and difficulty to
//! its parameters. Every calibration constant of the engine lives here.

use crate::bank::{Irt, Level, Question, QuestionKind};

/// The ability scale's level cut scores: below −1 is Beginner, −1 to 0 Intermediate, 0 to +1 Advanced, above +1
/// Expert.
pub const CUT_SCORES: [f64; 3] = [-1.0, 0.0, 1.0];

/// The band of the ability scale that each level's questions are spread over, by difficulty. The outer bands stop
/// at ±2.5, where the roadmap has nothing harder or easier to ask.
pub const LEVEL_BANDS: [(f64, f64); 4] = [(-2.5, -1.0), (-1.0, 0.0), (0.0, 1.0), (1.0, 2.5)];

/// Discrimination of a question without an `irt` override.
pub const DEFAULT_A: f64 = 1.2;

/// Guessing floor of a `multi` question: a blind guess must hit the exact subset of 4 or 5 options (1 in 15 or 31),
/// but partial knowledge narrows it, so a little above that.
pub const MULTI_GUESS: f64 = 0.05;

/// Guessing floor of an `output` question answered by typing: nobody types a program's exact output by chance,
/// but a learner who half-knows it sometimes lands on it, so a little above zero.
pub const TYPED_GUESS: f64 = 0.02;

/// How the learner gives an answer, which sets how far guessing can carry them.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum AnswerForm {
    /// Picking among the options.
    #[default]
    Picked,
    /// Typing what the code prints.
    Typed,
}

impl AnswerForm {
    pub fn is_picked(&self) -> bool {
        *self == AnswerForm::Picked
    }
}

/// Parameters of one item: P(correct | θ) = c + (1 − c) / (1 + e^(−a(θ − b))).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ItemParams {
    pub a: f64,
    pub b: f64,
    pub c: f64,
}

impl ItemParams {
    /// The parameters the engine uses for a bank question: its `irt` override, or the level-and-difficulty mapping.
    pub fn of(question: &Question, level: Level, form: AnswerForm) -> ItemParams {
        ItemParams::from_parts(
            question.kind,
            question.options.len(),
            question.difficulty.get(),
            question.irt,
            level,
        )
        .answered(form)
    }

    /// The same mapping from the parts the catalog keeps, so the app selects without the question's text.
    pub fn from_parts(
        kind: QuestionKind,
        options: usize,
        difficulty: u8,
        irt: Option<Irt>,
        level: Level,
    ) -> ItemParams {
        let c = guessing(kind, options);
        match irt {
            Some(irt) => ItemParams {
                a: irt.a,
                b: irt.b,
                c,
            },
            None => ItemParams {
                a: DEFAULT_A,
                b: difficulty_to_b(level, difficulty),
                c,
            },
        }
    }

    /// The same item answered in `form`: typing lowers the guessing floor to [`TYPED_GUESS`]. Only the caller knows
    /// whether the question can be typed at all, so it asks for `Typed` only then.
    pub fn answered(self, form: AnswerForm) -> ItemParams {
        match form {
            AnswerForm::Picked => self,
            AnswerForm::Typed => ItemParams {
                c: TYPED_GUESS,
                ..self
            },
        }
    }

    pub fn probability(&self, theta: f64) -> f64 {
        self.c + (1.0 - self.c) * logistic(self.a * (theta - self.b))
    }

    /// Fisher information of the item at `theta`: a² (P − c)² (1 − P) / ((1 − c)² P).
    pub fn information(&self, theta: f64) -> f64 {
        let p = self.probability(theta);
        let q = 1.0 - p;
        let lifted = p - self.c;
        self.a * self.a * lifted * lifted * q / ((1.0 - self.c) * (1.0 - self.c) * p)
    }
}

/// The chance of a right answer by guessing: one in the number of options, or [`MULTI_GUESS`].
pub fn guessing(kind: QuestionKind, options: usize) -> f64 {
    match kind {
        QuestionKind::Multi => MULTI_GUESS,
        _ => 1.0 / options.max(2) as f64,
    }
}

/// Spreads a level's five difficulties evenly over its band: difficulty d sits at the middle of the d-th fifth.
pub fn difficulty_to_b(level: Level, difficulty: u8) -> f64 {
    let (low, high) = LEVEL_BANDS[level.index()];
    low + (f64::from(difficulty) - 0.5) / 5.0 * (high - low)
}

/// The level whose band holds `theta` (a value on a cut belongs to the level above it).
pub fn level_of(theta: f64) -> Level {
    let above = CUT_SCORES.iter().filter(|cut| theta >= **cut).count();
    Level::ALL[above]
}

pub(crate) fn logistic(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}
