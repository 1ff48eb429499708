//! How a quiz page begins: it resumes the learner's unfinished attempt of its mode, asks what to do about an
//! unfinished quiz of another mode, or starts a new attempt. Saving after each step and finishing are `Quiz`'s.

use super::quiz::{Quiz, StartError};
use crate::bank::Catalog;
use crate::engine::irt::AnswerForm;
use crate::engine::review::Timestamp;
use crate::progress::{AttemptId, AttemptRecord, Progress, QuizMode};

/// Where a quiz page runs, as far as beginning it goes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Launch {
    /// Questions in a section self-test when an embed URL sets them; the learner's own setting stays as it is.
    pub length: Option<usize>,
    /// Embedded in a course page, each quiz goes on with its own attempt; in the app one quiz runs at a time.
    pub embedded: bool,
    /// How code questions are answered when an embed URL sets it; the learner's own setting stays as it is.
    pub form: Option<AnswerForm>,
}

/// What a quiz page does first.
#[derive(Clone, Debug)]
pub enum Begin {
    /// The learner's unfinished attempt of this mode, rebuilt at its pending question.
    Resumed(Quiz),
    /// Another quiz is unfinished: the learner resumes that one or discards it before this one starts.
    Conflict(AttemptRecord),
    /// A new attempt. It is saved with its first question ([`Quiz::save`] after the first step).
    Started(Quiz),
}

/// Begins the quiz of `mode`. `entropy` makes the new attempt's id unique across devices.
pub fn begin_quiz(
    mode: &QuizMode,
    catalog: &Catalog,
    progress: &Progress,
    launch: Launch,
    now: Timestamp,
    entropy: u64,
) -> Result<Begin, StartError> {
    let unfinished = if launch.embedded {
        progress.in_progress_of(mode)
    } else {
        progress.in_progress()
    };
    let length = launch.length.unwrap_or(progress.settings.section_length);
    let form = launch.form.unwrap_or(progress.settings.code_answers);
    match unfinished {
        Some(record) if record.mode == *mode => {
            Quiz::resume_sized(record.clone(), catalog, progress, now, length).map(Begin::Resumed)
        }
        Some(record) => Ok(Begin::Conflict(record.clone())),
        None => {
            let id = AttemptId::generate(now, entropy);
            Quiz::start_sized(mode.clone(), catalog, progress, id, now, (length, form))
                .map(Begin::Started)
        }
    }
}
