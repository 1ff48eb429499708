//! The progress store: everything the app remembers about a learner, as one versioned document.
//!
//! This is plain data with no browser types: the UI reads and writes its JSON text in localStorage. Decoding never
//! throws anything away: a newer version is reported and left alone, corrupt text is reported so the caller can
//! keep a backup, and older versions are migrated. Imports are validated and merged by attempt id; when storage is
//! full, `compact` folds old answers into tallies.

mod codec;
mod compact;
mod document;
mod import;
mod merge;
mod read;
mod snapshot;
mod write;

pub use codec::{decode, encode, Loaded, SCHEMA_VERSION};
pub use compact::{compact, CompactReport};
pub use document::{
    AnswerRecord, AttemptId, AttemptRecord, MasterySnapshot, Outcome, Progress, QuizMode, Settings,
    Summary, Tally, Theme,
};
pub use import::{import, ImportError, MergeReport, MAX_IMPORT_BYTES};
pub use merge::merge;
pub use snapshot::{decode_attempt, encode_attempt, SnapshotError, SNAPSHOT_MAX};
