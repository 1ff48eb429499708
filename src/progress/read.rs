//! The progress document read out of parsed JSON by hand, with the field readers of `bank::json` (why by hand:
//! see there). A missing field takes its default, unknown fields are skipped, and a field of the wrong type is an
//! error that names it.

use super::document::{
    AnswerRecord, AttemptId, AttemptRecord, MasterySnapshot, Outcome, Progress, QuizMode, Settings,
    Summary, Tally, Theme,
};
use crate::bank::{count, list, Fields, JsonError, Level, QuestionId, SectionSlug};
use crate::engine::irt::AnswerForm;
use crate::engine::mastery::{Band, Basis};
use crate::engine::review::{Card, ReviewQueue, Timestamp};
use crate::engine::DEFAULT_LENGTH;
use serde_json::Value;
use std::collections::BTreeMap;

/// The progress fields of a document (the codec reads the envelope's `app` and `version`).
pub fn progress(value: &Value) -> Result<Progress, JsonError> {
    let doc = Fields::of(value, "the document")?;
    Ok(Progress {
        attempts: doc.list("attempts", attempt)?,
        review: doc
            .get("review")
            .map_or(Ok(ReviewQueue::default()), review)?,
        settings: doc
            .get("settings")
            .map_or(Ok(Settings::default()), settings)?,
        archive: entries(&doc, "archive", |key, value| {
            let tally = Fields::of(value, "an archived tally")?;
            let tally = Tally {
                right: tally.count("right")?.unwrap_or(0),
                wrong: tally.count("wrong")?.unwrap_or(0),
                last: Timestamp(tally.required("last", Fields::number)?),
            };
            Ok((QuestionId::new(key), tally))
        })?,
        mastery: entries(&doc, "mastery", |key, value| {
            let number = key
                .parse::<u32>()
                .map_err(|_| format!("mastery has a key \"{key}\" that is not a section number"))?;
            Ok((number, snapshot(value)?))
        })?,
    })
}

fn attempt(value: &Value) -> Result<AttemptRecord, JsonError> {
    let a = Fields::of(value, "an attempt")?;
    let id = a.required("id", Fields::text)?;
    let mode = match (
        a.required("mode", Fields::text)?.as_str(),
        a.id("level", Level::from_id)?,
        a.text("section")?,
    ) {
        ("placement", _, _) => QuizMode::Placement,
        ("review", _, _) => QuizMode::Review,
        ("level", Some(level), _) => QuizMode::Level { level },
        ("section", _, Some(slug)) => QuizMode::Section {
            section: SectionSlug::new(slug),
        },
        (other, _, _) => {
            return Err(format!(
                "attempt {id} has an unknown or incomplete mode \"{other}\""
            ))
        }
    };
    let pending = match a.get("pending") {
        None => None,
        Some(pair) => match list(pair, "pending")?.as_slice() {
            [question, order] => Some((
                QuestionId::new(crate::bank::text(question, "pending")?),
                indexes(order, "pending")?,
            )),
            _ => return Err("pending is not a question and its option order".to_string()),
        },
    };
    Ok(AttemptRecord {
        id: AttemptId(id),
        mode,
        started: Timestamp(a.required("started", Fields::number)?),
        finished: a.number("finished")?.map(Timestamp),
        answers: a.list("answers", answer)?,
        pending,
        draft: a.text("draft")?,
        form: a.id("form", answer_form)?.unwrap_or_default(),
        summary: a.get("summary").map(summary).transpose()?,
        discarded: a.flag("discarded")?,
    })
}

fn answer(value: &Value) -> Result<AnswerRecord, JsonError> {
    let a = Fields::of(value, "an answer")?;
    Ok(AnswerRecord {
        question: QuestionId::new(a.required("question", Fields::text)?),
        outcome: a.required("outcome", |a, name| a.id(name, outcome_of))?,
        selected: a
            .get("selected")
            .map_or(Ok(Vec::new()), |s| indexes(s, "selected"))?,
        typed: a.text("typed")?,
        at: Timestamp(a.required("at", Fields::number)?),
    })
}

fn summary(value: &Value) -> Result<Summary, JsonError> {
    let s = Fields::of(value, "a summary")?;
    Ok(Summary {
        correct: s.required("correct", Fields::count)?,
        total: s.required("total", Fields::count)?,
        theta: s.required("theta", Fields::real)?,
        se: s.required("se", Fields::real)?,
        level: s.id("level", Level::from_id)?,
    })
}

fn review(value: &Value) -> Result<ReviewQueue, JsonError> {
    let queue = Fields::of(value, "review")?;
    let cards = entries(&queue, "cards", |key, value| {
        let card = Fields::of(value, "a review card")?;
        let card = Card {
            slot: card.required("slot", Fields::count)?,
            due: Timestamp(card.required("due", Fields::number)?),
        };
        Ok((QuestionId::new(key), card))
    })?;
    Ok(ReviewQueue::from_cards(cards))
}

fn settings(value: &Value) -> Result<Settings, JsonError> {
    let s = Fields::of(value, "settings")?;
    Ok(Settings {
        theme: s.id("theme", theme_of)?.unwrap_or_default(),
        section_length: s.count("section_length")?.unwrap_or(DEFAULT_LENGTH),
        code_answers: s.id("code_answers", answer_form)?.unwrap_or_default(),
    })
}

fn snapshot(value: &Value) -> Result<MasterySnapshot, JsonError> {
    let m = Fields::of(value, "a mastery snapshot")?;
    Ok(MasterySnapshot {
        score: m.required("score", Fields::real)?,
        answered: m.required("answered", Fields::count)?,
        right: m.count("right")?.unwrap_or(0),
        last: m.number("last")?.map(Timestamp),
        basis: m.id("basis", basis_of)?.unwrap_or_default(),
        band: m.id("band", band_of)?,
        at: Timestamp(m.required("at", Fields::number)?),
    })
}

fn indexes(value: &Value, what: &str) -> Result<Vec<usize>, JsonError> {
    list(value, what)?.iter().map(|v| count(v, what)).collect()
}

/// The entries of the object field `name` (none when it is missing), each read by `entry`. Inserted one by one:
/// collecting into a map sorts with the standard sort (docs/size.md).
fn entries<K: Ord, V>(
    fields: &Fields,
    name: &str,
    entry: impl Fn(&str, &Value) -> Result<(K, V), JsonError>,
) -> Result<BTreeMap<K, V>, JsonError> {
    let mut map = BTreeMap::new();
    if let Some(value) = fields.get(name) {
        for (key, value) in Fields::of(value, name)?.entries() {
            let (key, value) = entry(key, value)?;
            map.insert(key, value);
        }
    }
    Ok(map)
}

fn outcome_of(id: &str) -> Option<Outcome> {
    match id {
        "correct" => Some(Outcome::Correct),
        "incorrect" => Some(Outcome::Incorrect),
        "skipped" => Some(Outcome::Skipped),
        _ => None,
    }
}

fn theme_of(id: &str) -> Option<Theme> {
    match id {
        "light" => Some(Theme::Light),
        "dark" => Some(Theme::Dark),
        "system" => Some(Theme::System),
        _ => None,
    }
}

fn answer_form(id: &str) -> Option<AnswerForm> {
    match id {
        "picked" => Some(AnswerForm::Picked),
        "typed" => Some(AnswerForm::Typed),
        _ => None,
    }
}

fn basis_of(id: &str) -> Option<Basis> {
    match id {
        "unknown" => Some(Basis::Unknown),
        "predicted" => Some(Basis::Predicted),
        "measured" => Some(Basis::Measured),
        _ => None,
    }
}

fn band_of(id: &str) -> Option<Band> {
    match id {
        "weak" => Some(Band::Weak),
        "middle" => Some(Band::Middle),
        "strong" => Some(Band::Strong),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str) -> Result<Progress, JsonError> {
        progress(&serde_json::from_str(json).expect("JSON"))
    }

    #[test]
    fn missing_and_null_fields_take_their_defaults() {
        let read = read(
            r#"{"attempts": [{"id": "a", "mode": "placement", "started": 5, "finished": null}]}"#,
        )
        .expect("reads");
        let attempt = &read.attempts[0];
        assert_eq!((attempt.finished, attempt.form), (None, AnswerForm::Picked));
        assert!(attempt.answers.is_empty() && !attempt.discarded);
        assert_eq!(read.settings, Settings::default());
    }

    #[test]
    fn a_wrong_type_or_an_unknown_name_is_an_error_that_says_where() {
        for (json, said) in [
            (r#"{"attempts": {}}"#, "attempts is not a list"),
            (
                r#"{"attempts": [{"id": "a", "mode": "level", "started": 1}]}"#,
                "incomplete mode",
            ),
            (
                r#"{"settings": {"theme": "sepia"}}"#,
                "theme \"sepia\" is not known",
            ),
            (
                r#"{"settings": {"code_answers": 1}}"#,
                "code_answers is not text",
            ),
            (
                r#"{"mastery": {"x": {"score": 1, "answered": 1, "at": 1}}}"#,
                "not a section number",
            ),
            (
                r#"{"attempts": [{"id": "a", "mode": "review", "started": 1, "pending": ["q"]}]}"#,
                "pending is not a question",
            ),
            (
                r#"{"review": {"cards": {"q": {"slot": 0}}}}"#,
                "due is missing",
            ),
        ] {
            match read(json) {
                Err(reason) => assert!(reason.contains(said), "{json}: {reason}"),
                Ok(progress) => panic!("{json} read as {progress:?}"),
            }
        }
    }
}
