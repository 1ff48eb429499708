//! The adaptive engine: item response theory on one ability scale for all of Python.
//!
//! It follows the decomposition adaptive-testing libraries use, so a quiz mode is a combination of small pieces:
//! - the **initializer** is a [`Prior`] ([`DEFAULT_PRIOR`], or the learner's last estimate);
//! - the **selector** ([`Selector`]) picks the next item by an information score, with content balancing,
//!   history awareness and randomesque exposure control;
//! - the **estimator** ([`Posterior`]) is EAP on a fixed grid, updated in O(grid) per answer;
//! - the **stopper** ([`Stopper`]) ends the quiz by a mode's rule within its length range.
//!
//! The modes are [`Placement`], [`LevelQuiz`] and [`SectionTest`]. Across attempts, [`mastery`] estimates each
//! section's mastery from every answer ever given, and [`review`] schedules wrong answers to come back.
//! Item parameters and cut scores live in [`irt`]. Every random choice takes an injected `rand::Rng`.
//!
//! A mode is driven by asking it what comes next and telling it the answer:
//!
//! ```
//! use rand::{rngs::StdRng, SeedableRng};
//! use roadmap_quiz::bank::{Level, QuestionId};
//! use roadmap_quiz::engine::irt::{difficulty_to_b, ItemParams};
//! use roadmap_quiz::engine::{Answer, Item, Next, Placement, PlacementConfig, Pool, DEFAULT_PRIOR};
//!
//! let entries = (0..40)
//!     .map(|k| {
//!         let level = Level::ALL[k % 4];
//!         let params = ItemParams { a: 1.2, b: difficulty_to_b(level, (k % 5) as u8 + 1), c: 0.25 };
//!         let item = Item::new(QuestionId::new(format!("s/t/q{k}")), 1 + k as u32 % 8, level, params);
//!         (item, format!("topic {}", k % 8), format!("subtopic {k}"))
//!     })
//!     .collect();
//! let pool = Pool::from_entries(entries);
//! let mut placement = Placement::new(pool, DEFAULT_PRIOR, Default::default(), PlacementConfig::default());
//! let mut rng = StdRng::seed_from_u64(7);
//! while let Next::Ask(id) = placement.next(&mut rng) {
//!     placement.answer(&id, Answer::Correct).expect("the asked question takes an answer");
//! }
//! let result = placement.result();
//! assert_eq!(result.level, Level::Expert);
//! assert!((8..=25).contains(&result.answered));
//! ```

mod attempt;
mod estimate;
pub mod irt;
mod level_quiz;
pub mod mastery;
mod placement;
mod pool;
pub mod review;
mod section_test;
mod select;
mod stop;
mod synthetic;

pub use attempt::{Answer, EngineError, Next, Response};
pub use estimate::{grid_point, Posterior, Prior, DEFAULT_PRIOR, GRID_MAX, GRID_MIN, GRID_POINTS};
pub use level_quiz::{LevelQuiz, LevelQuizConfig, LevelQuizResult, SectionOutcome};
pub use mastery::SECTION_SPREAD;
pub use placement::{Placement, PlacementConfig, PlacementResult};
pub use pool::{Item, Pool, Scope};
pub use section_test::{SectionTest, SectionTestResult, DEFAULT_LENGTH, MAX_LENGTH, MIN_LENGTH};
pub use select::{Balance, Coverage, Selector};
pub use stop::{StopReason, StopRule, Stopper};
pub use synthetic::synthetic_pool;
