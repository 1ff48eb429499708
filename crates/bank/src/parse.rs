//! Parsing and validation of the content files into a [`Bank`], reporting every problem at once.

use super::error::{ContentError, Fault};
use super::ids::{is_slug, QuestionId, SectionSlug, TopicSlug};
use super::level::{Level, LevelInfo};
use super::model::{Bank, CodeLang, Difficulty, Irt, Question, QuestionKind, Section, Topic};
use super::raw::{RawIrt, RawLevels, RawQuestion, RawSection};
use std::collections::{BTreeMap, HashMap, HashSet};

/// One content file's text and the path that error messages show for it.
#[derive(Clone, Debug)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            text: text.into(),
        }
    }

    fn file_name(&self) -> &str {
        self.path.rsplit('/').next().unwrap_or(&self.path)
    }

    fn folder(&self) -> &str {
        self.path.rsplit_once('/').map_or(".", |(folder, _)| folder)
    }

    fn error(&self, fault: Fault) -> ContentError {
        ContentError {
            file: self.path.clone(),
            question: None,
            fault,
        }
    }
}

/// A choice question's key at least this many times as long as every other option, and at least
/// [`KEY_LENGTH_MARGIN`] characters longer, gives itself away: a learner can pick it without knowing the answer.
const KEY_LENGTH_RATIO: f64 = 1.25;
const KEY_LENGTH_MARGIN: usize = 12;

/// Options that point at other options make no sense once options are shuffled.
const POSITIONAL_PHRASES: [&str; 4] = [
    "of the above",
    "of the following",
    "of the others",
    "other options",
];

/// Irt overrides must stay on the scale the engine's quadrature grid covers.
const IRT_A_MAX: f64 = 4.0;
const IRT_B_LIMIT: f64 = 4.0;

/// Parses `levels.toml` and every section file, and checks them against each other.
///
/// Returns the bank only when there is no problem at all; otherwise every problem found, in file order.
pub fn parse_bank(levels: &SourceFile, sections: &[SourceFile]) -> Result<Bank, Vec<ContentError>> {
    let mut errors = Vec::new();
    let levels = parse_levels(levels, &mut errors);
    let parsed: Vec<(&SourceFile, Section)> = sections
        .iter()
        .filter_map(|file| parse_section(file, &mut errors).map(|section| (file, section)))
        .collect();
    check_section_numbers(sections, &parsed, &mut errors);
    check_unique_ids(&parsed, &mut errors);
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut sections: Vec<Section> = parsed.into_iter().map(|(_, section)| section).collect();
    sections.sort_by_key(|section| section.number);
    Ok(Bank { levels, sections })
}

fn parse_levels(file: &SourceFile, errors: &mut Vec<ContentError>) -> Vec<LevelInfo> {
    let raw: RawLevels = match toml::from_str(&file.text) {
        Ok(raw) => raw,
        Err(err) => {
            errors.push(file.error(Fault::Syntax(err.to_string())));
            return Vec::new();
        }
    };
    let mut found: BTreeMap<Level, LevelInfo> = BTreeMap::new();
    for level in raw.levels {
        let Some(id) = Level::from_id(&level.id) else {
            errors.push(file.error(Fault::UnknownLevel(level.id)));
            continue;
        };
        for (field, text) in [
            ("title", &level.title),
            ("summary", &level.summary),
            ("duration", &level.duration),
        ] {
            if text.trim().is_empty() {
                errors.push(file.error(Fault::EmptyText(field)));
            }
        }
        let info = LevelInfo {
            level: id,
            title: level.title,
            summary: level.summary,
            duration: level.duration,
            path: level.path,
            projects: level.projects,
            must_know: level.must_know,
        };
        if found.insert(id, info).is_some() {
            errors.push(file.error(Fault::LevelDuplicated(id.to_string())));
        }
    }
    for level in Level::ALL {
        if !found.contains_key(&level) {
            errors.push(file.error(Fault::LevelMissing(level.to_string())));
        }
    }
    found.into_values().collect()
}

fn parse_section(file: &SourceFile, errors: &mut Vec<ContentError>) -> Option<Section> {
    let raw: RawSection = match toml::from_str(&file.text) {
        Ok(raw) => raw,
        Err(err) => {
            errors.push(file.error(Fault::Syntax(err.to_string())));
            return None;
        }
    };
    let before = errors.len();
    let level = Level::from_id(&raw.level);
    if level.is_none() {
        errors.push(file.error(Fault::UnknownLevel(raw.level.clone())));
    }
    if !is_slug(&raw.slug) {
        errors.push(file.error(Fault::BadSlug {
            field: "slug",
            value: raw.slug.clone(),
        }));
    }
    if raw.title.trim().is_empty() {
        errors.push(file.error(Fault::EmptyText("title")));
    }
    let number = u32::try_from(raw.number).ok().filter(|n| *n >= 1);
    match number {
        Some(number) => {
            let expected = format!("{number:02}-{}.toml", raw.slug);
            if file.file_name() != expected {
                errors.push(file.error(Fault::FileName { expected }));
            }
        }
        None => errors.push(file.error(Fault::SectionNumberInvalid(raw.number))),
    }
    let topics = parse_topics(file, raw.topics, errors);
    let slug = SectionSlug::new(raw.slug);
    let mut section = Section {
        number: number.unwrap_or(0),
        slug,
        title: raw.title,
        level: level.unwrap_or(Level::Beginner),
        topics,
        questions: Vec::new(),
    };
    for (index, table) in raw.questions.into_iter().enumerate() {
        if let Some(question) = parse_question(file, &section, index, table, errors) {
            section.questions.push(question);
        }
    }
    (errors.len() == before).then_some(section)
}

fn parse_topics(
    file: &SourceFile,
    raw: Vec<super::raw::RawTopic>,
    errors: &mut Vec<ContentError>,
) -> Vec<Topic> {
    let mut slugs = HashSet::new();
    let mut subtopics = HashSet::new();
    let mut topics = Vec::with_capacity(raw.len());
    for topic in raw {
        if !is_slug(&topic.slug) {
            errors.push(file.error(Fault::BadSlug {
                field: "topic slug",
                value: topic.slug.clone(),
            }));
        }
        if !slugs.insert(topic.slug.clone()) {
            errors.push(file.error(Fault::DuplicateTopicSlug(topic.slug.clone())));
        }
        if topic.title.trim().is_empty() {
            errors.push(file.error(Fault::EmptyText("topic title")));
        }
        if topic.subtopics.is_empty() {
            errors.push(file.error(Fault::EmptyTopic(topic.slug.clone())));
        }
        for name in &topic.subtopics {
            if name.trim().is_empty() {
                errors.push(file.error(Fault::EmptyText("subtopic name")));
            } else if !subtopics.insert(name.clone()) {
                errors.push(file.error(Fault::DuplicateSubtopic(name.clone())));
            }
        }
        topics.push(Topic {
            slug: TopicSlug::new(topic.slug),
            title: topic.title,
            subtopics: topic.subtopics,
        });
    }
    topics
}

/// Collects one question's faults under its label.
struct QuestionFaults<'a> {
    file: &'a SourceFile,
    label: String,
    errors: &'a mut Vec<ContentError>,
    found: usize,
}

impl QuestionFaults<'_> {
    fn push(&mut self, fault: Fault) {
        self.found += 1;
        self.errors.push(ContentError {
            file: self.file.path.clone(),
            question: Some(self.label.clone()),
            fault,
        });
    }
}

fn parse_question(
    file: &SourceFile,
    section: &Section,
    index: usize,
    table: toml::Table,
    errors: &mut Vec<ContentError>,
) -> Option<Question> {
    let label = match table.get("id").and_then(toml::Value::as_str) {
        Some(id) => format!("\"{id}\""),
        None => format!("#{} (the question without an id)", index + 1),
    };
    let mut faults = QuestionFaults {
        file,
        label,
        errors,
        found: 0,
    };
    let raw: RawQuestion = match toml::Value::Table(table).try_into() {
        Ok(raw) => raw,
        Err(err) => {
            faults.push(Fault::Syntax(err.to_string()));
            return None;
        }
    };
    let topic = check_id_and_subtopic(section, &raw, &mut faults);
    let kind = QuestionKind::from_id(&raw.kind);
    if kind.is_none() {
        faults.push(Fault::UnknownKind(raw.kind.clone()));
    }
    let difficulty = Difficulty::new(raw.difficulty);
    if difficulty.is_none() {
        faults.push(Fault::DifficultyOutOfRange(raw.difficulty));
    }
    for (field, text) in [
        ("prompt", Some(&raw.prompt)),
        ("explanation", Some(&raw.explanation)),
        ("hint", raw.hint.as_ref()),
    ] {
        if text.is_some_and(|text| text.trim().is_empty()) {
            faults.push(Fault::EmptyText(field));
        }
    }
    check_options(&raw.options, &mut faults);
    let answers = kind.and_then(|kind| check_key(kind, &raw, &mut faults));
    if let Some(kind) = kind.filter(|kind| kind.is_code_reading()) {
        if raw
            .code
            .as_deref()
            .is_none_or(|code| code.trim().is_empty())
        {
            faults.push(Fault::CodeMissing(kind.id()));
        }
    }
    let lang = match raw.lang.as_deref() {
        None => None,
        Some(id) => match CodeLang::from_id(id) {
            None => {
                faults.push(Fault::UnknownLang(id.to_string()));
                None
            }
            Some(lang) => {
                if raw.code.is_none() {
                    faults.push(Fault::LangWithoutCode);
                }
                if let Some(kind) = kind.filter(|kind| kind.is_code_reading()) {
                    faults.push(Fault::CodeNotPython {
                        kind: kind.id(),
                        lang: lang.label(),
                    });
                }
                Some(lang)
            }
        },
    };
    match &raw.feedback {
        None => faults.push(Fault::FeedbackMissing(raw.options.len())),
        Some(feedback) => {
            if feedback.len() != raw.options.len() {
                faults.push(Fault::FeedbackCount {
                    feedback: feedback.len(),
                    options: raw.options.len(),
                });
            }
            for (index, line) in feedback.iter().enumerate() {
                if line.trim().is_empty() {
                    faults.push(Fault::EmptyFeedback(index));
                }
            }
        }
    }
    let irt = raw.irt.as_ref().and_then(|irt| check_irt(irt, &mut faults));
    if faults.found > 0 {
        return None;
    }
    Some(Question {
        id: QuestionId::new(raw.id),
        topic: topic?,
        subtopic: raw.subtopic,
        kind: kind?,
        difficulty: difficulty?,
        prompt: raw.prompt,
        code: raw.code,
        lang,
        options: raw.options,
        answers: answers?,
        explanation: raw.explanation,
        hint: raw.hint,
        feedback: raw.feedback?,
        irt,
    })
}

/// Checks the id's shape and that its section and topic parts agree with the file and the subtopic.
fn check_id_and_subtopic(
    section: &Section,
    raw: &RawQuestion,
    faults: &mut QuestionFaults,
) -> Option<TopicSlug> {
    let parts: Vec<&str> = raw.id.split('/').collect();
    let shaped = parts.len() == 3 && parts.iter().all(|part| is_slug(part));
    if !shaped {
        faults.push(Fault::IdShape(raw.id.clone()));
    } else if parts[0] != section.slug.as_str() {
        faults.push(Fault::IdSection {
            expected: section.slug.to_string(),
            found: parts[0].to_string(),
        });
    }
    let Some(topic) = section.topic_of(&raw.subtopic) else {
        faults.push(Fault::UnknownSubtopic(raw.subtopic.clone()));
        return None;
    };
    if shaped && parts[1] != topic.slug.as_str() {
        faults.push(Fault::IdTopic {
            subtopic: raw.subtopic.clone(),
            expected: topic.slug.to_string(),
            found: parts[1].to_string(),
        });
    }
    Some(topic.slug.clone())
}

fn check_options(options: &[String], faults: &mut QuestionFaults) {
    if !(3..=5).contains(&options.len()) {
        faults.push(Fault::OptionCount(options.len()));
    }
    let mut seen = HashSet::new();
    for (index, option) in options.iter().enumerate() {
        if option.trim().is_empty() {
            faults.push(Fault::EmptyOption(index));
        } else if !seen.insert(option.trim()) {
            faults.push(Fault::DuplicateOption(option.clone()));
        }
        let lower = option.to_lowercase();
        if POSITIONAL_PHRASES
            .iter()
            .any(|phrase| lower.contains(phrase))
        {
            faults.push(Fault::PositionalOption(option.clone()));
        }
    }
}

/// Checks `answer`/`answers` against the kind and the options; returns the sorted key when it is sound.
fn check_key(
    kind: QuestionKind,
    raw: &RawQuestion,
    faults: &mut QuestionFaults,
) -> Option<Vec<usize>> {
    let count = raw.options.len();
    let in_range = |answer: i64, faults: &mut QuestionFaults| {
        let index = usize::try_from(answer).ok().filter(|index| *index < count);
        if index.is_none() {
            faults.push(Fault::AnswerOutOfRange {
                answer,
                options: count,
            });
        }
        index
    };
    if kind == QuestionKind::Multi {
        if raw.answer.is_some() {
            faults.push(Fault::AnswerWrongField {
                kind: kind.id(),
                field: "answers",
                wrong: "answer",
            });
        }
        if !(4..=5).contains(&count) && (3..=5).contains(&count) {
            faults.push(Fault::MultiOptionCount(count));
        }
        let Some(answers) = &raw.answers else {
            faults.push(Fault::AnswerMissing {
                kind: kind.id(),
                field: "answers",
            });
            return None;
        };
        if answers.is_empty() {
            faults.push(Fault::AnswersEmpty);
        }
        let mut key = Vec::with_capacity(answers.len());
        for &answer in answers {
            let index = in_range(answer, faults)?;
            if key.contains(&index) {
                faults.push(Fault::AnswersRepeated(answer));
            }
            key.push(index);
        }
        key.sort_unstable();
        key.dedup();
        return Some(key);
    }
    if raw.answers.is_some() {
        faults.push(Fault::AnswerWrongField {
            kind: kind.id(),
            field: "answer",
            wrong: "answers",
        });
    }
    let Some(answer) = raw.answer else {
        faults.push(Fault::AnswerMissing {
            kind: kind.id(),
            field: "answer",
        });
        return None;
    };
    let index = in_range(answer, faults)?;
    if kind == QuestionKind::Error && !is_class_name(&raw.options[index]) {
        faults.push(Fault::ErrorKeyNotClassName(raw.options[index].clone()));
    }
    if kind == QuestionKind::Choice {
        if let Some(fault) = key_stands_out(&raw.options, index) {
            faults.push(fault);
        }
    }
    Some(vec![index])
}

/// Output and error options are what the code prints or raises, so only `choice` keys are held to this.
fn key_stands_out(options: &[String], key: usize) -> Option<Fault> {
    let length = |option: &String| option.chars().count();
    let key_length = length(&options[key]);
    let longest_other = options
        .iter()
        .enumerate()
        .filter(|(index, _)| *index != key)
        .map(|(_, option)| length(option))
        .max()?;
    let stands_out = key_length >= longest_other + KEY_LENGTH_MARGIN
        && key_length as f64 >= KEY_LENGTH_RATIO * longest_other as f64;
    stands_out.then_some(Fault::KeyStandsOutByLength {
        key: key_length,
        longest_other,
    })
}

/// `KeyError` or `json.JSONDecodeError`: dotted Python identifiers, nothing else.
fn is_class_name(option: &str) -> bool {
    option.split('.').all(|part| {
        let mut chars = part.chars();
        chars
            .next()
            .is_some_and(|first| first.is_ascii_alphabetic() || first == '_')
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
    })
}

fn check_irt(irt: &RawIrt, faults: &mut QuestionFaults) -> Option<Irt> {
    let mut sound = true;
    if !(irt.a.is_finite() && irt.a > 0.0 && irt.a <= IRT_A_MAX) {
        faults.push(Fault::BadIrt(format!(
            "a = {} must be above 0 and at most {IRT_A_MAX}",
            irt.a
        )));
        sound = false;
    }
    if !(irt.b.is_finite() && irt.b.abs() <= IRT_B_LIMIT) {
        faults.push(Fault::BadIrt(format!(
            "b = {} must be between -{IRT_B_LIMIT} and {IRT_B_LIMIT}",
            irt.b
        )));
        sound = false;
    }
    sound.then_some(Irt { a: irt.a, b: irt.b })
}

fn check_section_numbers(
    files: &[SourceFile],
    parsed: &[(&SourceFile, Section)],
    errors: &mut Vec<ContentError>,
) {
    let mut by_number: HashMap<u32, &SourceFile> = HashMap::new();
    for (file, section) in parsed {
        let number = section.number;
        if number as usize > files.len() {
            errors.push(file.error(Fault::SectionNumberOutOfRange {
                number: i64::from(number),
                sections: files.len(),
            }));
        }
        if let Some(other) = by_number.insert(number, file) {
            errors.push(file.error(Fault::SectionNumberDuplicated {
                number,
                other_file: other.path.clone(),
            }));
        }
    }
    // A file that failed to parse may hold the missing number; its own error already explains the gap.
    if parsed.len() < files.len() {
        return;
    }
    let folder = files.first().map_or("sections", SourceFile::folder);
    for number in 1..=files.len() as u32 {
        if !by_number.contains_key(&number) {
            errors.push(ContentError {
                file: folder.to_string(),
                question: None,
                fault: Fault::SectionNumberMissing(number),
            });
        }
    }
}

fn check_unique_ids(parsed: &[(&SourceFile, Section)], errors: &mut Vec<ContentError>) {
    let mut seen: HashMap<&str, &SourceFile> = HashMap::new();
    for (file, section) in parsed {
        for question in &section.questions {
            if let Some(other) = seen.insert(question.id.as_str(), file) {
                errors.push(ContentError {
                    file: file.path.clone(),
                    question: Some(format!("\"{}\"", question.id)),
                    fault: Fault::DuplicateId {
                        other_file: other.path.clone(),
                    },
                });
            }
        }
    }
}
