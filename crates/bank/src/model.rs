//! The validated bank: what the app, the engine and the tools work with once content has parsed cleanly.

use super::ids::{QuestionId, SectionSlug, TopicSlug};
use super::level::{Level, LevelInfo};
use serde::Serialize;

/// The whole bank: the four levels and the 52 sections in roadmap order.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Bank {
    pub levels: Vec<LevelInfo>,
    pub sections: Vec<Section>,
}

impl Bank {
    pub fn sections_of(&self, level: Level) -> impl Iterator<Item = &Section> {
        self.sections
            .iter()
            .filter(move |section| section.level == level)
    }

    pub fn questions(&self) -> impl Iterator<Item = (&Section, &Question)> {
        self.sections.iter().flat_map(|section| {
            section
                .questions
                .iter()
                .map(move |question| (section, question))
        })
    }
}

/// One roadmap section, from one file `content/sections/NN-slug.toml`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Section {
    pub number: u32,
    pub slug: SectionSlug,
    pub title: String,
    pub level: Level,
    pub topics: Vec<Topic>,
    pub questions: Vec<Question>,
}

impl Section {
    pub fn subtopic_count(&self) -> usize {
        self.topics.iter().map(|topic| topic.subtopics.len()).sum()
    }

    /// The topic that lists `subtopic`, if any.
    pub fn topic_of(&self, subtopic: &str) -> Option<&Topic> {
        self.topics
            .iter()
            .find(|topic| topic.subtopics.iter().any(|name| name == subtopic))
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Topic {
    pub slug: TopicSlug,
    pub title: String,
    /// The roadmap's subtopic names, word for word.
    pub subtopics: Vec<String>,
}

/// How a question is asked and keyed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuestionKind {
    /// One correct option.
    Choice,
    /// Select all that apply.
    Multi,
    /// What does this code print? The key is its exact standard output.
    Output,
    /// Which exception does this code raise? The key is the class name.
    Error,
}

impl QuestionKind {
    pub const ALL: [QuestionKind; 4] = [
        QuestionKind::Choice,
        QuestionKind::Multi,
        QuestionKind::Output,
        QuestionKind::Error,
    ];

    pub fn id(self) -> &'static str {
        match self {
            QuestionKind::Choice => "choice",
            QuestionKind::Multi => "multi",
            QuestionKind::Output => "output",
            QuestionKind::Error => "error",
        }
    }

    pub fn from_id(id: &str) -> Option<QuestionKind> {
        QuestionKind::ALL.into_iter().find(|kind| kind.id() == id)
    }

    /// Code-reading questions are keyed by what CPython does, and checked by running them.
    pub fn is_code_reading(self) -> bool {
        matches!(self, QuestionKind::Output | QuestionKind::Error)
    }
}

/// The language of a question's code when it is not Python: shown as it is (no Python highlighting), labelled,
/// and never run. `output` and `error` questions are always Python.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CodeLang {
    Dockerfile,
    Yaml,
    Sql,
    Shell,
    Toml,
    C,
    Cython,
    Groovy,
    Hcl,
    Rst,
    Text,
}

impl CodeLang {
    pub const ALL: [CodeLang; 11] = [
        CodeLang::Dockerfile,
        CodeLang::Yaml,
        CodeLang::Sql,
        CodeLang::Shell,
        CodeLang::Toml,
        CodeLang::C,
        CodeLang::Cython,
        CodeLang::Groovy,
        CodeLang::Hcl,
        CodeLang::Rst,
        CodeLang::Text,
    ];

    /// The value of `lang` in content files.
    pub fn id(self) -> &'static str {
        match self {
            CodeLang::Dockerfile => "dockerfile",
            CodeLang::Yaml => "yaml",
            CodeLang::Sql => "sql",
            CodeLang::Shell => "shell",
            CodeLang::Toml => "toml",
            CodeLang::C => "c",
            CodeLang::Cython => "cython",
            CodeLang::Groovy => "groovy",
            CodeLang::Hcl => "hcl",
            CodeLang::Rst => "rst",
            CodeLang::Text => "text",
        }
    }

    pub fn from_id(id: &str) -> Option<CodeLang> {
        CodeLang::ALL.into_iter().find(|lang| lang.id() == id)
    }

    /// The label shown above the code.
    pub fn label(self) -> &'static str {
        match self {
            CodeLang::Dockerfile => "Dockerfile",
            CodeLang::Yaml => "YAML",
            CodeLang::Sql => "SQL",
            CodeLang::Shell => "Shell",
            CodeLang::Toml => "TOML",
            CodeLang::C => "C",
            CodeLang::Cython => "Cython",
            CodeLang::Groovy => "Groovy (Jenkinsfile)",
            CodeLang::Hcl => "HCL (Terraform)",
            CodeLang::Rst => "reStructuredText",
            CodeLang::Text => "Text",
        }
    }
}

/// Difficulty within the question's level: 1 is the easiest, 5 the hardest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Difficulty(u8);

impl Difficulty {
    pub const MIN: u8 = 1;
    pub const MAX: u8 = 5;

    pub fn new(value: i64) -> Option<Difficulty> {
        u8::try_from(value)
            .ok()
            .filter(|v| (Self::MIN..=Self::MAX).contains(v))
            .map(Difficulty)
    }

    pub fn get(self) -> u8 {
        self.0
    }
}

/// Item parameters that override the ones derived from level and difficulty.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Irt {
    /// Discrimination (> 0).
    pub a: f64,
    /// Difficulty on the ability scale.
    pub b: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Question {
    pub id: QuestionId,
    pub topic: TopicSlug,
    pub subtopic: String,
    pub kind: QuestionKind,
    pub difficulty: Difficulty,
    pub prompt: String,
    pub code: Option<String>,
    /// The code's language when it is not Python.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<CodeLang>,
    pub options: Vec<String>,
    /// Indexes of the correct options, ascending: exactly one except for `multi`.
    pub answers: Vec<usize>,
    pub explanation: String,
    pub hint: Option<String>,
    /// One line per option, in option order: why the key is right, and the misconception each wrong option
    /// stands for.
    pub feedback: Vec<String>,
    pub irt: Option<Irt>,
}

impl Question {
    /// The single keyed option of a non-`multi` question.
    pub fn keyed_option(&self) -> Option<&str> {
        match self.answers.as_slice() {
            [only] => self.options.get(*only).map(String::as_str),
            _ => None,
        }
    }

    /// The texts of the keyed options, in option order: what feedback and results show as "the answer".
    pub fn keyed_options(&self) -> impl Iterator<Item = &str> {
        self.answers
            .iter()
            .filter_map(|i| self.options.get(*i).map(String::as_str))
    }

    /// The texts of `selected` options (indexes into the question's own order), skipping any it does not have.
    pub fn option_texts<'a>(&'a self, selected: &'a [usize]) -> impl Iterator<Item = &'a str> {
        selected
            .iter()
            .filter_map(|i| self.options.get(*i).map(String::as_str))
    }

    /// Whether a learner's selection (option indexes, any order) is exactly the key.
    pub fn is_correct(&self, selected: &[usize]) -> bool {
        selected.iter().all(|i| self.answers.contains(i))
            && self.answers.iter().all(|i| selected.contains(i))
    }
}
