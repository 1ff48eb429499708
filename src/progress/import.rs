//! Importing an exported progress file: validated for size, shape and version, then merged by attempt id.

use super::codec::{decode, Loaded};
use super::document::Progress;
use super::merge::merge;
use crate::render::fixed;
use std::collections::HashSet;
use std::fmt;

/// The largest file an import accepts.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// Why an import was refused, in words for the learner.
#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    TooLarge { bytes: usize },
    Empty,
    NewerVersion { version: u64 },
    NotProgress { reason: String },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "The file is {} MB; a progress export is at most {} MB. Choose the file Roadmap Quiz exported.",
                fixed(*bytes as f64 / 1_048_576.0, 1),
                MAX_IMPORT_BYTES / 1_048_576
            ),
            ImportError::Empty => write!(f, "The file is empty."),
            ImportError::NewerVersion { version } => write!(
                f,
                "The file was made by a newer version of Roadmap Quiz (schema {version}). Reload the page to update, \
                    then import again."
            ),
            ImportError::NotProgress { reason } => {
                write!(f, "This is not a Roadmap Quiz progress file: {reason}. Nothing was changed.")
            }
        }
    }
}

impl std::error::Error for ImportError {}

/// What an import added.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MergeReport {
    pub attempts_added: usize,
    pub attempts_already_here: usize,
    pub review_cards_added: usize,
}

impl fmt::Display for MergeReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Added {} attempt(s) and {} review question(s); {} attempt(s) were already here.",
            self.attempts_added, self.review_cards_added, self.attempts_already_here
        )
    }
}

/// Validates an export's text and merges it into `progress`: attempts by id (the copy that got further wins),
/// review cards the learner does not have yet. Settings stay as they are. On error, `progress` is unchanged.
pub fn import(progress: &mut Progress, text: &str) -> Result<MergeReport, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let incoming = match decode(text) {
        Loaded::Empty => return Err(ImportError::Empty),
        Loaded::Current(incoming) => incoming,
        Loaded::Newer { version } => return Err(ImportError::NewerVersion { version }),
        Loaded::Corrupt { reason } => return Err(ImportError::NotProgress { reason }),
    };
    let known: HashSet<_> = progress.attempts.iter().map(|a| a.id.clone()).collect();
    let already = incoming
        .attempts
        .iter()
        .filter(|a| known.contains(&a.id))
        .count();
    let cards_before = progress.review.len();
    let added = merge(progress, &incoming);
    let report = MergeReport {
        attempts_added: added,
        attempts_already_here: already,
        review_cards_added: progress.review.len() - cards_before,
    };
    Ok(report)
}
