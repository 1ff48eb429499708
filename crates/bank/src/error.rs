//! Content errors: each names the file, the question (when there is one) and what an author should fix.

use std::fmt;

/// One problem found in the content, worded for the author who has to fix it.
#[derive(Clone, Debug, PartialEq)]
pub struct ContentError {
    /// The file, as `content/sections/05-collections.toml`.
    pub file: String,
    /// The question's id, or `question #N` when it has none.
    pub question: Option<String>,
    pub fault: Fault,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.question {
            Some(question) => write!(f, "{}: question {}: {}", self.file, question, self.fault),
            None => write!(f, "{}: {}", self.file, self.fault),
        }
    }
}

impl std::error::Error for ContentError {}

/// What is wrong, one variant per validation rule.
#[derive(Clone, Debug, PartialEq)]
pub enum Fault {
    /// The file could not be read at all.
    Unreadable(String),
    /// Not valid TOML, or a field has the wrong type, is missing or unknown (the parser's own words).
    Syntax(String),
    UnknownLevel(String),
    LevelMissing(String),
    LevelDuplicated(String),
    FileName {
        expected: String,
    },
    SectionNumberMissing(u32),
    SectionNumberDuplicated {
        number: u32,
        other_file: String,
    },
    SectionNumberInvalid(i64),
    SectionNumberOutOfRange {
        number: i64,
        sections: usize,
    },
    BadSlug {
        field: &'static str,
        value: String,
    },
    DuplicateTopicSlug(String),
    DuplicateSubtopic(String),
    EmptyTopic(String),
    DuplicateId {
        other_file: String,
    },
    IdShape(String),
    IdSection {
        expected: String,
        found: String,
    },
    UnknownSubtopic(String),
    IdTopic {
        subtopic: String,
        expected: String,
        found: String,
    },
    UnknownKind(String),
    DifficultyOutOfRange(i64),
    EmptyText(&'static str),
    OptionCount(usize),
    MultiOptionCount(usize),
    EmptyOption(usize),
    DuplicateOption(String),
    PositionalOption(String),
    AnswerMissing {
        kind: &'static str,
        field: &'static str,
    },
    AnswerWrongField {
        kind: &'static str,
        field: &'static str,
        wrong: &'static str,
    },
    AnswerOutOfRange {
        answer: i64,
        options: usize,
    },
    AnswersEmpty,
    AnswersRepeated(i64),
    CodeMissing(&'static str),
    ErrorKeyNotClassName(String),
    KeyStandsOutByLength {
        key: usize,
        longest_other: usize,
    },
    FeedbackCount {
        feedback: usize,
        options: usize,
    },
    EmptyFeedback(usize),
    FeedbackMissing(usize),
    UnknownLang(String),
    LangWithoutCode,
    CodeNotPython {
        kind: &'static str,
        lang: &'static str,
    },
    BadIrt(String),
}

impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Fault::Unreadable(why) => write!(f, "cannot read the file: {why}"),
            Fault::Syntax(why) => write!(f, "{}", why.trim_end()),
            Fault::UnknownLevel(level) => write!(
                f,
                "unknown level \"{level}\": use one of beginner, intermediate, advanced, expert"
            ),
            Fault::LevelMissing(level) => {
                write!(f, "level \"{level}\" is missing: levels.toml must describe all four levels")
            }
            Fault::LevelDuplicated(level) => write!(f, "level \"{level}\" is described twice"),
            Fault::FileName { expected } => write!(
                f,
                "the file name does not match its number and slug: rename it to {expected}"
            ),
            Fault::SectionNumberMissing(number) => write!(
                f,
                "no file has section number {number}: every section from 1 to the last needs exactly one file"
            ),
            Fault::SectionNumberDuplicated { number, other_file } => {
                write!(f, "section number {number} is also used by {other_file}")
            }
            Fault::SectionNumberInvalid(number) => {
                write!(f, "number {number} is not a section number: sections are numbered from 1")
            }
            Fault::SectionNumberOutOfRange { number, sections } => write!(
                f,
                "section number {number} is out of range: with {sections} section files, numbers run from 1 to \
                    {sections}"
            ),
            Fault::BadSlug { field, value } => write!(
                f,
                "{field} \"{value}\" is not a slug: use lowercase letters, digits and single hyphens"
            ),
            Fault::DuplicateTopicSlug(slug) => {
                write!(f, "topic slug \"{slug}\" is used by two topics of this section")
            }
            Fault::DuplicateSubtopic(name) => write!(f, "subtopic \"{name}\" is listed twice in this section"),
            Fault::EmptyTopic(slug) => write!(f, "topic \"{slug}\" has no subtopics"),
            Fault::DuplicateId { other_file } => {
                write!(f, "this id is already used in {other_file}: ids must be unique across the bank")
            }
            Fault::IdShape(id) => write!(
                f,
                "id \"{id}\" must be section-slug/topic-slug/short-name, each part lowercase letters, digits and \
                    hyphens"
            ),
            Fault::IdSection { expected, found } => write!(
                f,
                "the id starts with \"{found}\" but this file is section \"{expected}\": ids start with their \
                    section's slug"
            ),
            Fault::UnknownSubtopic(name) => write!(
                f,
                "subtopic \"{name}\" is not one of this section's subtopics (copy it word for word from a [[topics]] \
                    entry)"
            ),
            Fault::IdTopic { subtopic, expected, found } => write!(
                f,
                "subtopic \"{subtopic}\" belongs to topic \"{expected}\", but the id names topic \"{found}\""
            ),
            Fault::UnknownKind(kind) => write!(
                f,
                "kind \"{kind}\" is unknown: use choice, multi, output or error"
            ),
            Fault::DifficultyOutOfRange(value) => {
                write!(f, "difficulty {value} is out of range: use 1 (easiest in its level) to 5 (hardest)")
            }
            Fault::EmptyText(field) => write!(f, "{field} is empty"),
            Fault::OptionCount(count) => write!(f, "has {count} options: a question needs 3 to 5"),
            Fault::MultiOptionCount(count) => {
                write!(f, "is a multi question with {count} options: multi questions need 4 or 5")
            }
            Fault::EmptyOption(index) => write!(f, "option {index} is empty"),
            Fault::DuplicateOption(option) => write!(f, "option \"{option}\" appears twice"),
            Fault::PositionalOption(option) => write!(
                f,
                "option \"{option}\" refers to other options, but options are shown in shuffled order"
            ),
            Fault::AnswerMissing { kind, field } => write!(f, "a {kind} question needs `{field}`"),
            Fault::AnswerWrongField { kind, field, wrong } => write!(
                f,
                "a {kind} question is keyed with `{field}`, not `{wrong}`"
            ),
            Fault::AnswerOutOfRange { answer, options } => write!(
                f,
                "answer {answer} is out of range: the {options} options are numbered 0 to {}",
                options.saturating_sub(1)
            ),
            Fault::AnswersEmpty => write!(f, "`answers` is empty: a multi question needs at least one correct option"),
            Fault::AnswersRepeated(answer) => write!(f, "`answers` lists {answer} twice"),
            Fault::CodeMissing(kind) => write!(f, "an {kind} question needs `code` to run"),
            Fault::ErrorKeyNotClassName(option) => write!(
                f,
                "the keyed option \"{option}\" is not an exception class name such as KeyError"
            ),
            Fault::KeyStandsOutByLength { key, longest_other } => write!(
                f,
                "the keyed option has {key} characters and no other option more than {longest_other}: \
                 learners can pick it by its length alone; give the wrong options the same detail \
                 (real misconceptions) or move the key's extra words into the explanation"
            ),
            Fault::FeedbackCount { feedback, options } => write!(
                f,
                "has {feedback} feedback lines for {options} options: give one line per option"
            ),
            Fault::EmptyFeedback(index) => write!(
                f,
                "feedback line {index} is empty: say what a learner who picked option {index} should know \
                 (for the key, why it is right)"
            ),
            Fault::FeedbackMissing(options) => write!(
                f,
                "has no `feedback`: give {options} lines, one per option in option order, the key's saying why it \
                 is right and each wrong option's naming the misconception it stands for"
            ),
            Fault::UnknownLang(lang) => write!(
                f,
                "lang \"{lang}\" is not known: use one of {}, or leave `lang` out for Python",
                crate::model::CodeLang::ALL.map(|l| l.id()).join(", ")
            ),
            Fault::LangWithoutCode => write!(f, "`lang` names the language of `code`, but there is no `code`"),
            Fault::CodeNotPython { kind, lang } => write!(
                f,
                "an {kind} question's code is run by CPython, so it must be Python, not {lang}: make it a `choice` \
                 question or leave `lang` out"
            ),
            Fault::BadIrt(why) => write!(f, "irt: {why}"),
        }
    }
}
