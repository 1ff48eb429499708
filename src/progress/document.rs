//! The shape of the progress document: attempts with their answers, the review queue and the settings.

use crate::bank::{Level, QuestionId, SectionSlug};
use crate::engine::irt::AnswerForm;
use crate::engine::mastery::{Band, Basis};
use crate::engine::review::{ReviewQueue, Timestamp};
use crate::engine::{Answer, DEFAULT_LENGTH};
use std::collections::BTreeMap;

/// An attempt's id: unique across devices, so imports can merge by it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct AttemptId(pub String);

impl AttemptId {
    /// A new id from the start time and 32 random bits: two devices starting in the same millisecond still differ.
    pub fn generate(now: Timestamp, entropy: u64) -> AttemptId {
        AttemptId(format!("{:x}-{:x}", now.0, entropy & 0xffff_ffff))
    }
}

/// Which quiz an attempt was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuizMode {
    Placement,
    Level { level: Level },
    Section { section: SectionSlug },
    Review,
}

/// How one question was answered, as stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Correct,
    Incorrect,
    Skipped,
}

impl From<Answer> for Outcome {
    fn from(answer: Answer) -> Outcome {
        match answer {
            Answer::Correct => Outcome::Correct,
            Answer::Incorrect => Outcome::Incorrect,
            Answer::DontKnow => Outcome::Skipped,
        }
    }
}

impl From<Outcome> for Answer {
    fn from(outcome: Outcome) -> Answer {
        match outcome {
            Outcome::Correct => Answer::Correct,
            Outcome::Incorrect => Answer::Incorrect,
            Outcome::Skipped => Answer::DontKnow,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerRecord {
    pub question: QuestionId,
    pub outcome: Outcome,
    /// The options chosen, as indexes into the question's own option order.
    pub selected: Vec<usize>,
    /// What the learner typed, for an answer given by typing the output; `selected` then holds the option it
    /// read the same as, if any.
    pub typed: Option<String>,
    pub at: Timestamp,
}

/// What a finished attempt came to, kept so history and charts need not replay it.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub correct: usize,
    pub total: usize,
    pub theta: f64,
    pub se: f64,
    /// The placed level, for a placement.
    pub level: Option<Level>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct AttemptRecord {
    pub id: AttemptId,
    pub mode: QuizMode,
    pub started: Timestamp,
    pub finished: Option<Timestamp>,
    pub answers: Vec<AnswerRecord>,
    /// The question on screen and not yet answered, with its option order, so a reload resumes it.
    pub pending: Option<(QuestionId, Vec<usize>)>,
    /// What the learner has typed so far for the pending question, so a reload keeps it.
    pub draft: Option<String>,
    /// How this attempt answers code questions that can be typed; fixed when it starts.
    pub form: AnswerForm,
    pub summary: Option<Summary>,
    /// The learner left the quiz and chose to discard it: its answers are gone and it counts for nothing.
    pub discarded: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    #[default]
    System,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    pub theme: Theme,
    pub section_length: usize,
    /// Code questions: pick from options, or type the output.
    pub code_answers: AnswerForm,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            theme: Theme::System,
            section_length: DEFAULT_LENGTH,
            code_answers: AnswerForm::Picked,
        }
    }
}

/// Everything the app keeps about one learner.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Progress {
    pub attempts: Vec<AttemptRecord>,
    pub review: ReviewQueue,
    pub settings: Settings,
    /// Answers folded out of old attempts when storage ran short (see `compact`): what mastery still needs.
    pub archive: BTreeMap<QuestionId, Tally>,
    /// Each section's mastery as last computed (when a quiz ended), so the home view can draw it without the
    /// full catalog. The progress view recomputes it from every answer.
    pub mastery: BTreeMap<u32, MasterySnapshot>,
}

/// A section's mastery as last computed, with what it rests on, so Home can draw it without the full catalog.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MasterySnapshot {
    /// Expected share right, 0 to 1.
    pub score: f64,
    /// Answers to the section's questions behind it, and how many were right; 0 for a prediction from the
    /// learner's overall ability.
    pub answered: u32,
    pub right: u32,
    /// When the latest of those answers was given.
    pub last: Option<Timestamp>,
    /// What it rests on, and the band shown when the evidence makes it likely enough.
    pub basis: Basis,
    pub band: Option<Band>,
    /// When it was computed.
    pub at: Timestamp,
}

/// Answers to one question folded into counts, with the time of the latest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tally {
    pub right: u32,
    pub wrong: u32,
    pub last: Timestamp,
}

impl Progress {
    /// The unfinished attempt, if any: the quiz a reload resumes.
    pub fn in_progress(&self) -> Option<&AttemptRecord> {
        self.attempts
            .iter()
            .rev()
            .find(|attempt| attempt.finished.is_none())
    }

    /// The unfinished attempt of `mode`, if any. An embedded quiz resumes this one: a course page may hold several
    /// quizzes over one store, and each goes on with its own.
    pub fn in_progress_of(&self, mode: &QuizMode) -> Option<&AttemptRecord> {
        self.attempts
            .iter()
            .rev()
            .find(|attempt| attempt.finished.is_none() && attempt.mode == *mode)
    }

    /// Attempts that count: every one the learner did not discard.
    pub fn kept(&self) -> impl Iterator<Item = &AttemptRecord> {
        self.attempts.iter().filter(|attempt| !attempt.discarded)
    }

    /// Saves `record` in place of the attempt with its id, or adds it as the newest attempt.
    pub fn upsert_attempt(&mut self, record: AttemptRecord) {
        match self.attempts.iter_mut().find(|a| a.id == record.id) {
            Some(existing) => *existing = record,
            None => self.attempts.push(record),
        }
    }

    /// Discards an attempt: its answers are dropped and it is marked finished so no other copy revives it.
    pub fn discard(&mut self, id: &AttemptId, now: Timestamp) {
        if let Some(attempt) = self.attempts.iter_mut().find(|a| &a.id == id) {
            attempt.discarded = true;
            attempt.answers.clear();
            attempt.pending = None;
            attempt.draft = None;
            attempt.finished = Some(now);
        }
    }

    /// Finished placements, oldest first.
    pub fn placements(&self) -> impl Iterator<Item = &AttemptRecord> {
        self.attempts
            .iter()
            .filter(|a| a.mode == QuizMode::Placement && a.finished.is_some())
    }
}
