//! The four roadmap levels and what `content/levels.toml` says about each.

use serde::Serialize;
use std::fmt;

/// A roadmap level, in increasing order of mastery.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Beginner,
    Intermediate,
    Advanced,
    Expert,
}

impl Level {
    pub const ALL: [Level; 4] = [
        Level::Beginner,
        Level::Intermediate,
        Level::Advanced,
        Level::Expert,
    ];

    /// The id used in content files and URLs.
    pub fn id(self) -> &'static str {
        match self {
            Level::Beginner => "beginner",
            Level::Intermediate => "intermediate",
            Level::Advanced => "advanced",
            Level::Expert => "expert",
        }
    }

    pub fn from_id(id: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|level| level.id() == id)
    }

    /// Position in `ALL`, for indexing per-level arrays.
    pub fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// What the roadmap says about one level: shown on the home screen and with every result.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LevelInfo {
    pub level: Level,
    pub title: String,
    pub summary: String,
    pub duration: String,
    /// The roadmap's learning-path steps for this level, in order.
    pub path: Vec<String>,
    pub projects: Vec<String>,
    pub must_know: Vec<String>,
}
