//! Roadmap Quiz: a client-only quiz that places a Python learner on the roadmap and says what to study next.
//!
//! `bank` (the `roadmap-quiz-bank` crate), `engine`, `order`, `progress`, `session` and `render` are the pure core:
//! no browser types, tested natively. `ui` wires them to the page and exists only on wasm32. `checksum` serves the
//! build's tools (`src/bin/`).

pub use roadmap_quiz_bank as bank;

pub mod checksum;
pub mod engine;
pub mod order;
pub mod progress;
pub mod render;
pub mod session;

#[cfg(target_arch = "wasm32")]
pub mod ui;
