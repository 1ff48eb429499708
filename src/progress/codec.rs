//! The progress document as JSON text: an envelope that names the app and the schema version around the data.

use super::document::Progress;
use super::read;
use super::write;

/// The schema version this build writes. Raise it, and add a migration from the previous one, whenever the stored
/// shape changes in a way old documents do not already decode into.
pub const SCHEMA_VERSION: u32 = 4;
const APP: &str = "roadmap-quiz";

/// What a stored text turned out to be.
#[derive(Clone, Debug, PartialEq)]
pub enum Loaded {
    /// Nothing was stored: a first visit.
    Empty,
    Current(Progress),
    /// Written by a newer version of the app: leave it untouched and say so.
    Newer {
        version: u64,
    },
    /// Not a progress document (damaged, or another app's data): keep the text as a backup and say why.
    Corrupt {
        reason: String,
    },
}

/// The document as JSON: the app's name and the schema version, then the progress fields beside them.
pub fn encode(progress: &Progress) -> String {
    write::document(APP, SCHEMA_VERSION, progress)
}

// Decoding parses the text once, checks the envelope, reads `Progress` out of it (`read.rs`: unknown fields are
// skipped, missing ones take their defaults), then applies the typed migrations from the document's version.
pub fn decode(text: &str) -> Loaded {
    if text.trim().is_empty() {
        return Loaded::Empty;
    }
    let value: serde_json::Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(err) => {
            return Loaded::Corrupt {
                reason: format!("the saved data is not valid JSON ({err})"),
            }
        }
    };
    let header = value.as_object();
    if header
        .and_then(|h| h.get("app"))
        .and_then(|app| app.as_str())
        != Some(APP)
    {
        return Loaded::Corrupt {
            reason: "the saved data does not come from Roadmap Quiz".to_string(),
        };
    }
    let Some(version) = header
        .and_then(|h| h.get("version"))
        .and_then(|v| v.as_u64())
    else {
        return Loaded::Corrupt {
            reason: "the saved data has no schema version".to_string(),
        };
    };
    if version > u64::from(SCHEMA_VERSION) {
        return Loaded::Newer { version };
    }
    if version == 0 {
        return Loaded::Corrupt {
            reason: "schema version 0 was never written by Roadmap Quiz".to_string(),
        };
    }
    match read::progress(&value) {
        Ok(mut progress) => {
            migrate(&mut progress, version);
            Loaded::Current(progress)
        }
        Err(err) => Loaded::Corrupt {
            reason: format!("the saved data has an unexpected shape ({err})"),
        },
    }
}

/// Brings a document read from an older schema version up to the current one, one version at a time.
///
/// - 1 to 2: the `archive` of tallies (answers folded out of old attempts when storage is full) was added. A
///   version 1 document has none, so it starts empty, and every answer stays in its attempt.
/// - 2 to 3: the mastery snapshot gained what each section's estimate rests on (answers right, the latest answer,
///   the band the evidence supports). A version 2 snapshot cannot say, so it is dropped: it is derived data, and
///   the app computes it again from the answers, which all stay.
/// - 3 to 4: answers typed rather than picked keep their text, an attempt says how it answers code questions, and
///   the settings say how new ones do. A version 3 document has only picked answers, which is what the defaults
///   say, so nothing changes; the version is raised so that an older app leaves these fields alone rather than
///   dropping them when it saves.
fn migrate(progress: &mut Progress, from: u64) {
    for version in from..u64::from(SCHEMA_VERSION) {
        match version {
            1 => progress.archive.clear(),
            2 => progress.mastery.clear(),
            _ => {}
        }
    }
}
