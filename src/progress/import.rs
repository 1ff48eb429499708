//! Importing an exported progress file: validated for size, shape and version, then merged by attempt id.

use super::codec::{decode, Loaded};
use super::document::Progress;
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
                "The file is {:.1} MB; a progress export is at most {} MB. Choose the file Roadmap Quiz exported.",
                *bytes as f64 / 1_048_576.0,
                MAX_IMPORT_BYTES / 1_048_576
            ),
            ImportError::Empty => write!(f, "The file is empty."),
            ImportError::NewerVersion { version } => write!(
                f,
                "The file was made by a newer version of Roadmap Quiz (schema {version}). Reload the page to update, then import again."
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

/// Validates an export's text and merges it into `progress`: attempts by id, review cards the learner does not
/// have yet. Settings stay as they are. On error, `progress` is unchanged.
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
    let mut report = MergeReport {
        attempts_added: 0,
        attempts_already_here: 0,
        review_cards_added: 0,
    };
    for attempt in incoming.attempts {
        if known.contains(&attempt.id) {
            report.attempts_already_here += 1;
        } else {
            report.attempts_added += 1;
            progress.attempts.push(attempt);
        }
    }
    progress.attempts.sort_by_key(|a| a.started);
    report.review_cards_added = progress.review.absorb(&incoming.review);
    Ok(report)
}
