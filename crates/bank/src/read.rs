//! The catalog and a question read back from the JSON files the build writes (`write-bank`, `build.rs`), with
//! the field readers of `json.rs`.

use super::catalog::{Catalog, ItemEntry, LevelSummary, SectionSummary, TopicSummary};
use super::ids::{QuestionId, SectionSlug, TopicSlug};
use super::json::{count, text, Fields, JsonError};
use super::level::{Level, LevelInfo};
use super::model::{CodeLang, Difficulty, Irt, Question, QuestionKind};
use serde_json::Value;

/// The catalog, full or skeleton, from its JSON.
pub fn read_catalog(value: &Value) -> Result<Catalog, JsonError> {
    let catalog = Fields::of(value, "the catalog")?;
    Ok(Catalog {
        levels: catalog.list("levels", level_summary)?,
        items: catalog.list("items", item_entry)?,
    })
}

/// A question from its JSON file.
pub fn read_question(value: &Value) -> Result<Question, JsonError> {
    let q = Fields::of(value, "the question")?;
    Ok(Question {
        id: QuestionId::new(q.required("id", Fields::text)?),
        topic: TopicSlug::new(q.required("topic", Fields::text)?),
        subtopic: q.required("subtopic", Fields::text)?,
        kind: q.required("kind", |q, name| q.id(name, QuestionKind::from_id))?,
        difficulty: difficulty(&q, "difficulty")?,
        prompt: q.required("prompt", Fields::text)?,
        code: q.text("code")?,
        lang: q.id("lang", CodeLang::from_id)?,
        options: q.list("options", |v| text(v, "options"))?,
        answers: q.list("answers", |v| count(v, "answers"))?,
        explanation: q.required("explanation", Fields::text)?,
        hint: q.text("hint")?,
        feedback: q.list("feedback", |v| text(v, "feedback"))?,
        irt: irt(&q, "irt")?,
    })
}

fn level_summary(value: &Value) -> Result<LevelSummary, JsonError> {
    let l = Fields::of(value, "a level")?;
    let info = Fields::of(l.get("info").unwrap_or(&Value::Null), "a level's info")?;
    let texts = |name: &str| info.list(name, |v| text(v, name));
    Ok(LevelSummary {
        info: LevelInfo {
            level: info.required("level", |f, name| f.id(name, Level::from_id))?,
            title: info.required("title", Fields::text)?,
            summary: info.required("summary", Fields::text)?,
            duration: info.required("duration", Fields::text)?,
            path: texts("path")?,
            projects: texts("projects")?,
            must_know: texts("must_know")?,
        },
        sections: l.list("sections", section_summary)?,
    })
}

fn section_summary(value: &Value) -> Result<SectionSummary, JsonError> {
    let s = Fields::of(value, "a section")?;
    Ok(SectionSummary {
        number: s.required("number", Fields::count)?,
        slug: SectionSlug::new(s.required("slug", Fields::text)?),
        title: s.required("title", Fields::text)?,
        level: s.required("level", |f, name| f.id(name, Level::from_id))?,
        topics: s.list("topics", |value| {
            let t = Fields::of(value, "a topic")?;
            Ok(TopicSummary {
                slug: TopicSlug::new(t.required("slug", Fields::text)?),
                title: t.required("title", Fields::text)?,
                subtopics: t.list("subtopics", |v| text(v, "subtopics"))?,
            })
        })?,
        questions: s.required("questions", Fields::count)?,
    })
}

fn item_entry(value: &Value) -> Result<ItemEntry, JsonError> {
    let i = Fields::of(value, "an item")?;
    Ok(ItemEntry {
        id: QuestionId::new(i.required("id", Fields::text)?),
        section: i.required("s", Fields::count)?,
        subtopic: i.required("u", Fields::count)?,
        kind: i.required("k", |f, name| f.id(name, QuestionKind::from_id))?,
        difficulty: difficulty(&i, "d")?,
        options: i.required("o", Fields::count)?,
        irt: irt(&i, "i")?,
        pick_only: i.flag("p")?,
    })
}

/// A difficulty, 1 to 5, from the field `name`.
fn difficulty(fields: &Fields, name: &str) -> Result<Difficulty, JsonError> {
    fields.required(name, |f, name| {
        f.number(name).map(|d| {
            d.and_then(|d| i64::try_from(d).ok())
                .and_then(Difficulty::new)
        })
    })
}

fn irt(fields: &Fields, name: &str) -> Result<Option<Irt>, JsonError> {
    fields
        .get(name)
        .map(|value| {
            let irt = Fields::of(value, name)?;
            Ok(Irt {
                a: irt.required("a", Fields::real)?,
                b: irt.required("b", Fields::real)?,
            })
        })
        .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// The real bank: every question the app will ever read.
    fn bank() -> crate::Bank {
        let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
        crate::load_bank(&content).expect("the bank builds")
    }

    #[test]
    fn the_catalog_and_every_question_read_back_as_written() {
        let bank = bank();
        let catalog = Catalog::of(&bank);
        let json: Value = serde_json::to_value(&catalog).expect("JSON");
        assert_eq!(read_catalog(&json), Ok(catalog.clone()));
        let skeleton = serde_json::to_value(catalog.skeleton()).expect("JSON");
        assert_eq!(read_catalog(&skeleton), Ok(catalog.skeleton()));
        for (_, question) in bank.questions() {
            let json = serde_json::to_value(question).expect("JSON");
            assert_eq!(read_question(&json).as_ref(), Ok(question));
        }
    }

    #[test]
    fn a_damaged_file_says_which_field() {
        let json: Value =
            serde_json::from_str(r#"{"levels": [], "items": [{"id": "a/b/c", "s": "one"}]}"#)
                .expect("JSON");
        assert_eq!(
            read_catalog(&json),
            Err("s is not a whole number".to_string())
        );
        let json: Value =
            serde_json::from_str(r#"{"id": "a/b/c", "kind": "essay"}"#).expect("JSON");
        assert_eq!(read_question(&json), Err("topic is missing".to_string()));
    }
}
