//! The progress document written as JSON by hand, the counterpart of `read.rs`: serde's derived encoders for these
//! types cost the app's wasm more than this writer (figure in `docs/size.md`). Field names, their order and what
//! is left out are the document's format (schema 4), which `read.rs` and older versions of the app read.

use super::document::{
    AnswerRecord, AttemptRecord, MasterySnapshot, Outcome, Progress, QuizMode, Theme,
};
use crate::engine::irt::AnswerForm;
use crate::engine::mastery::{Band, Basis};
use crate::engine::review::Timestamp;
use crate::render::fixed;
use std::fmt::Write;

/// JSON text being written; each value is written after its key, separated by commas as they come.
pub(super) struct Json {
    out: String,
    /// Whether the object or list being written already holds a value (so the next needs a comma).
    filled: bool,
}

impl Json {
    pub(super) fn new() -> Json {
        Json {
            out: String::with_capacity(4096),
            filled: false,
        }
    }

    pub(super) fn text(self) -> String {
        self.out
    }

    pub(super) fn open(&mut self, bracket: char) {
        self.comma();
        self.out.push(bracket);
        self.filled = false;
    }

    pub(super) fn close(&mut self, bracket: char) {
        self.out.push(bracket);
        self.filled = true;
    }

    fn comma(&mut self) {
        if self.filled {
            self.out.push(',');
        }
        self.filled = false;
    }

    pub(super) fn key(&mut self, name: &str) {
        self.comma();
        self.string(name);
        self.out.push(':');
        self.filled = false;
    }

    pub(super) fn string(&mut self, text: &str) {
        self.comma();
        self.out.push('"');
        for c in text.chars() {
            match c {
                '"' => self.out.push_str("\\\""),
                '\\' => self.out.push_str("\\\\"),
                '\n' => self.out.push_str("\\n"),
                c if u32::from(c) < 0x20 => {
                    let _ = write!(self.out, "\\u{:04x}", u32::from(c));
                }
                c => self.out.push(c),
            }
        }
        self.out.push('"');
        self.filled = true;
    }

    pub(super) fn whole(&mut self, n: u64) {
        self.comma();
        let _ = write!(self.out, "{n}");
        self.filled = true;
    }

    /// A real number to six places, which θ, SE and mastery shares need: rounding with integers keeps the
    /// float formatter out of the wasm (`render::number`).
    pub(super) fn real(&mut self, x: f64) {
        self.comma();
        if x.is_finite() {
            self.out.push_str(&fixed(x, 6));
        } else {
            self.out.push_str("null");
        }
        self.filled = true;
    }

    pub(super) fn raw(&mut self, text: &str) {
        self.comma();
        self.out.push_str(text);
        self.filled = true;
    }

    pub(super) fn field_str(&mut self, name: &str, text: &str) {
        self.key(name);
        self.string(text);
    }

    pub(super) fn field_whole(&mut self, name: &str, n: u64) {
        self.key(name);
        self.whole(n);
    }

    pub(super) fn field_time(&mut self, name: &str, at: Option<Timestamp>) {
        self.key(name);
        match at {
            Some(at) => self.whole(at.0),
            None => self.raw("null"),
        }
    }
}

/// The document: `app` and `version`, then the progress fields beside them.
pub fn document(app: &str, version: u32, progress: &Progress) -> String {
    let mut json = Json::new();
    json.open('{');
    json.field_str("app", app);
    json.field_whole("version", u64::from(version));
    json.key("attempts");
    json.open('[');
    for attempt in &progress.attempts {
        attempt_record(&mut json, attempt);
    }
    json.close(']');
    json.key("review");
    json.open('{');
    json.key("cards");
    json.open('{');
    for (id, card) in progress.review.cards() {
        json.key(id.as_str());
        json.open('{');
        json.field_whole("slot", card.slot as u64);
        json.field_whole("due", card.due.0);
        json.close('}');
    }
    json.close('}');
    json.close('}');
    let settings = &progress.settings;
    json.key("settings");
    json.open('{');
    json.field_str(
        "theme",
        match settings.theme {
            Theme::Light => "light",
            Theme::Dark => "dark",
            Theme::System => "system",
        },
    );
    json.field_whole("section_length", settings.section_length as u64);
    if settings.code_answers == AnswerForm::Typed {
        json.field_str("code_answers", "typed");
    }
    json.close('}');
    json.key("archive");
    json.open('{');
    for (id, tally) in &progress.archive {
        json.key(id.as_str());
        json.open('{');
        json.field_whole("right", u64::from(tally.right));
        json.field_whole("wrong", u64::from(tally.wrong));
        json.field_whole("last", tally.last.0);
        json.close('}');
    }
    json.close('}');
    json.key("mastery");
    json.open('{');
    for (number, snapshot) in &progress.mastery {
        json.key(&number.to_string());
        mastery_snapshot(&mut json, snapshot);
    }
    json.close('}');
    json.close('}');
    json.text()
}

fn attempt_record(json: &mut Json, attempt: &AttemptRecord) {
    json.open('{');
    json.field_str("id", &attempt.id.0);
    match &attempt.mode {
        QuizMode::Placement => json.field_str("mode", "placement"),
        QuizMode::Review => json.field_str("mode", "review"),
        QuizMode::Level { level } => {
            json.field_str("mode", "level");
            json.field_str("level", level.id());
        }
        QuizMode::Section { section } => {
            json.field_str("mode", "section");
            json.field_str("section", section.as_str());
        }
    }
    json.field_whole("started", attempt.started.0);
    json.field_time("finished", attempt.finished);
    json.key("answers");
    json.open('[');
    for answer in &attempt.answers {
        answer_record(json, answer);
    }
    json.close(']');
    json.key("pending");
    match &attempt.pending {
        Some((id, order)) => {
            json.open('[');
            json.string(id.as_str());
            indexes(json, order);
            json.close(']');
        }
        None => json.raw("null"),
    }
    if let Some(draft) = &attempt.draft {
        json.field_str("draft", draft);
    }
    if attempt.form == AnswerForm::Typed {
        json.field_str("form", "typed");
    }
    json.key("summary");
    match &attempt.summary {
        Some(summary) => {
            json.open('{');
            json.field_whole("correct", summary.correct as u64);
            json.field_whole("total", summary.total as u64);
            json.key("theta");
            json.real(summary.theta);
            json.key("se");
            json.real(summary.se);
            json.key("level");
            match summary.level {
                Some(level) => json.string(level.id()),
                None => json.raw("null"),
            }
            json.close('}');
        }
        None => json.raw("null"),
    }
    if attempt.discarded {
        json.key("discarded");
        json.raw("true");
    }
    json.close('}');
}

fn answer_record(json: &mut Json, answer: &AnswerRecord) {
    json.open('{');
    json.field_str("question", answer.question.as_str());
    json.field_str(
        "outcome",
        match answer.outcome {
            Outcome::Correct => "correct",
            Outcome::Incorrect => "incorrect",
            Outcome::Skipped => "skipped",
        },
    );
    json.key("selected");
    indexes(json, &answer.selected);
    if let Some(typed) = &answer.typed {
        json.field_str("typed", typed);
    }
    json.field_whole("at", answer.at.0);
    json.close('}');
}

fn indexes(json: &mut Json, indexes: &[usize]) {
    json.open('[');
    for &index in indexes {
        json.whole(index as u64);
    }
    json.close(']');
}

fn mastery_snapshot(json: &mut Json, snapshot: &MasterySnapshot) {
    json.open('{');
    json.key("score");
    json.real(snapshot.score);
    json.field_whole("answered", u64::from(snapshot.answered));
    json.field_whole("right", u64::from(snapshot.right));
    json.field_time("last", snapshot.last);
    json.field_str(
        "basis",
        match snapshot.basis {
            Basis::Unknown => "unknown",
            Basis::Predicted => "predicted",
            Basis::Measured => "measured",
        },
    );
    json.key("band");
    match snapshot.band {
        Some(Band::Weak) => json.string("weak"),
        Some(Band::Middle) => json.string("middle"),
        Some(Band::Strong) => json.string("strong"),
        None => json.raw("null"),
    }
    json.field_whole("at", snapshot.at.0);
    json.close('}');
}
