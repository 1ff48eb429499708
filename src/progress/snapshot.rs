//! One attempt as a short text that a host page keeps for the quiz: an LMS keeps it in SCORM's `suspend_data`, so
//! relaunching the course resumes the attempt on any device. The text always fits `SNAPSHOT_MAX` characters,
//! under the smallest such field (SCORM 1.2's 4,096); what gives way to fit is chosen, never cut mid-text.
//!
//! The shape is terser than the progress document's, since 30 answers must fit: each answer is a list
//! `[question, outcome letter, options picked as base-36 digits, seconds since the start, typed text?]`.

use super::document::{AnswerRecord, AttemptId, AttemptRecord, Outcome, QuizMode, Summary};
use super::write::Json;
use crate::bank::{count, list, text, Fields, JsonError, Level, QuestionId, SectionSlug};
use crate::engine::irt::AnswerForm;
use crate::engine::review::Timestamp;
use serde_json::Value;

/// The longest snapshot written, in characters: under SCORM 1.2's 4,096-character `suspend_data`, with room for
/// an LMS that counts bytes of a few non-ASCII characters.
pub const SNAPSHOT_MAX: usize = 4000;
const KIND: &str = "roadmap-quiz.attempt";
const VERSION: u64 = 1;

/// The attempt as a snapshot of at most [`SNAPSHOT_MAX`] characters. The draft of the question on screen is left
/// out, and when the text would be too long, typed answers give way, longest first: the outcome and the option
/// each typed answer read as stay, so the score and the replay are the same. `None` only if even that is too long,
/// which the quiz lengths rule out (see `tests/lms.rs`).
pub fn encode_attempt(record: &AttemptRecord) -> Option<String> {
    let mut typed: Vec<Option<&str>> = record.answers.iter().map(|a| a.typed.as_deref()).collect();
    loop {
        let text = snapshot_json(record, &typed);
        if text.chars().count() <= SNAPSHOT_MAX {
            return Some(text);
        }
        let longest = typed
            .iter_mut()
            .filter(|t| t.is_some())
            .max_by_key(|t| t.map_or(0, str::len))?;
        *longest = None;
    }
}

fn snapshot_json(record: &AttemptRecord, typed: &[Option<&str>]) -> String {
    let start = record.started.0;
    let seconds = |at: Timestamp| at.0.saturating_sub(start) / 1000;
    let mut json = Json::new();
    json.open('{');
    json.field_str("kind", KIND);
    json.field_whole("version", VERSION);
    json.field_str("id", &record.id.0);
    let mode = match &record.mode {
        QuizMode::Placement => "placement".to_string(),
        QuizMode::Review => "review".to_string(),
        QuizMode::Level { level } => format!("level:{}", level.id()),
        QuizMode::Section { section } => format!("section:{section}"),
    };
    json.field_str("mode", &mode);
    json.field_whole("started", start);
    json.key("answers");
    json.open('[');
    for (answer, typed) in record.answers.iter().zip(typed) {
        json.open('[');
        json.string(answer.question.as_str());
        json.string(match answer.outcome {
            Outcome::Correct => "c",
            Outcome::Incorrect => "i",
            Outcome::Skipped => "s",
        });
        json.string(&digits(&answer.selected));
        json.whole(seconds(answer.at));
        if let Some(text) = typed {
            json.string(text);
        }
        json.close(']');
    }
    json.close(']');
    if let Some(at) = record.finished {
        json.field_whole("finished", seconds(at));
    }
    if record.form == AnswerForm::Typed {
        json.field_str("form", "typed");
    }
    if let Some((id, order)) = &record.pending {
        json.key("pending");
        json.open('[');
        json.string(id.as_str());
        json.string(&digits(order));
        json.close(']');
    }
    if let Some(s) = &record.summary {
        json.key("summary");
        json.open('[');
        json.whole(s.correct as u64);
        json.whole(s.total as u64);
        json.real(s.theta);
        json.real(s.se);
        match s.level {
            Some(level) => json.string(level.id()),
            None => json.raw("null"),
        }
        json.close(']');
    }
    json.close('}');
    json.text()
}

/// Option indexes as base-36 digits, one character each.
fn digits(indexes: &[usize]) -> String {
    indexes
        .iter()
        .filter_map(|&i| char::from_digit(u32::try_from(i).ok()?, 36))
        .collect()
}

fn indexes(text: &str) -> Result<Vec<usize>, JsonError> {
    text.chars()
        .map(|c| {
            c.to_digit(36)
                .map(|d| d as usize)
                .ok_or_else(|| format!("\"{text}\" is not a list of options"))
        })
        .collect()
}

/// Why a snapshot cannot be used, in words for the learner.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SnapshotError {
    NotASnapshot(String),
    Newer(u64),
}

impl std::fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SnapshotError::NotASnapshot(reason) => {
                write!(f, "the saved place in this quiz could not be read: {reason}")
            }
            SnapshotError::Newer(version) => write!(
                f,
                "the saved place in this quiz comes from a newer version of the quiz (snapshot version {version})"
            ),
        }
    }
}

impl std::error::Error for SnapshotError {}

/// Reads a snapshot written by [`encode_attempt`].
pub fn decode_attempt(snapshot: &str) -> Result<AttemptRecord, SnapshotError> {
    let value: Value = serde_json::from_str(snapshot)
        .map_err(|err| SnapshotError::NotASnapshot(err.to_string()))?;
    let s = Fields::of(&value, "the snapshot").map_err(SnapshotError::NotASnapshot)?;
    if s.text("kind").ok().flatten().as_deref() != Some(KIND) {
        return Err(SnapshotError::NotASnapshot(
            "it is not a Roadmap Quiz attempt".to_string(),
        ));
    }
    match s.number("version") {
        Ok(Some(version)) if version > VERSION => return Err(SnapshotError::Newer(version)),
        Ok(Some(_)) => {}
        _ => return Err(SnapshotError::NotASnapshot("it has no version".to_string())),
    }
    attempt(&s).map_err(SnapshotError::NotASnapshot)
}

fn attempt(s: &Fields) -> Result<AttemptRecord, JsonError> {
    let started = s.required("started", Fields::number)?;
    let at = |seconds: u64| Timestamp(started.saturating_add(seconds.saturating_mul(1000)));
    let mode = s.required("mode", Fields::text)?;
    let mode = match mode.split_once(':') {
        None if mode == "placement" => QuizMode::Placement,
        None if mode == "review" => QuizMode::Review,
        Some(("level", id)) => QuizMode::Level {
            level: Level::from_id(id).ok_or_else(|| format!("\"{id}\" is not a level"))?,
        },
        Some(("section", slug)) => QuizMode::Section {
            section: SectionSlug::new(slug),
        },
        _ => return Err(format!("\"{mode}\" is not a quiz")),
    };
    let answers = s.list("answers", |entry| {
        match list(entry, "an answer")?.as_slice() {
            [question, outcome, selected, seconds, rest @ ..] if rest.len() <= 1 => {
                Ok(AnswerRecord {
                    question: QuestionId::new(text(question, "an answer's question")?),
                    outcome: match text(outcome, "an answer's outcome")?.as_str() {
                        "c" => Outcome::Correct,
                        "i" => Outcome::Incorrect,
                        "s" => Outcome::Skipped,
                        other => return Err(format!("\"{other}\" is not an outcome")),
                    },
                    selected: indexes(&text(selected, "an answer's options")?)?,
                    typed: rest
                        .first()
                        .map(|t| text(t, "a typed answer"))
                        .transpose()?,
                    at: at(count(seconds, "an answer's time")?),
                })
            }
            _ => Err("an answer is not [question, outcome, options, seconds, typed?]".to_string()),
        }
    })?;
    let pending = match s.get("pending") {
        None => None,
        Some(pair) => match list(pair, "pending")?.as_slice() {
            [question, order] => Some((
                QuestionId::new(text(question, "pending")?),
                indexes(&text(order, "pending")?)?,
            )),
            _ => return Err("pending is not a question and its option order".to_string()),
        },
    };
    let summary = match s.get("summary") {
        None => None,
        Some(value) => match list(value, "summary")?.as_slice() {
            [correct, total, theta, se, level] => Some(Summary {
                correct: count(correct, "summary")?,
                total: count(total, "summary")?,
                theta: theta
                    .as_f64()
                    .ok_or("the summary's estimate is not a number")?,
                se: se
                    .as_f64()
                    .ok_or("the summary's standard error is not a number")?,
                level: match level {
                    Value::Null => None,
                    other => Some(
                        Level::from_id(&text(other, "summary")?)
                            .ok_or("the summary's level is unknown")?,
                    ),
                },
            }),
            _ => return Err("summary is not [correct, total, theta, se, level]".to_string()),
        },
    };
    Ok(AttemptRecord {
        id: AttemptId(s.required("id", Fields::text)?),
        mode,
        started: Timestamp(started),
        finished: s.number("finished")?.map(at),
        answers,
        pending,
        draft: None,
        form: match s.text("form")?.as_deref() {
            Some("typed") => AnswerForm::Typed,
            _ => AnswerForm::Picked,
        },
        summary,
        discarded: false,
    })
}
