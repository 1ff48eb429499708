//! Embedding in a course page: the embed URL's parameters, and the versioned messages an embedded quiz and its
//! host page exchange through `postMessage` (documented in the README, "Embedding").

use super::grade::Graded;
use super::outcome::QuizOutcome;
use crate::bank::{Catalog, Fields, Level, QuestionId, SectionSlug};
use crate::engine::irt::AnswerForm;
use crate::engine::{Answer, MAX_LENGTH, MIN_LENGTH};
use crate::progress::{QuizMode, Theme};
use serde::Serialize;
use std::fmt;

/// Every message either side sends carries this as `source`.
pub const SOURCE: &str = "roadmap-quiz";
/// The protocol version every message carries as `version`.
pub const PROTOCOL_VERSION: u32 = 1;

/// What an embed URL asks for.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedConfig {
    pub mode: QuizMode,
    /// Questions in a section self-test, when the URL sets it.
    pub length: Option<usize>,
    /// How code questions are answered, when the URL sets it (`typed=1` or `typed=0`).
    pub form: Option<AnswerForm>,
    pub theme: Theme,
    /// Where messages go: `origin=`, or else the embedding page's origin from the referrer.
    pub origin: Option<String>,
    /// Keeps one course's progress apart from another's on the same origin.
    pub store: Option<String>,
    /// `keep=host`: the host page keeps the attempt (an LMS, in SCORM's `suspend_data`) instead of the browser's
    /// storage. The quiz waits for the host's `begin`, and sends `state` whenever the attempt changes.
    pub host_keeps: bool,
}

/// Why an embed URL cannot be used, in words a course author can act on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EmbedError {
    UnknownParameter(String),
    Repeated(String),
    NoQuiz,
    TwoQuizzes,
    UnknownSection(String),
    UnknownLevel(String),
    BadFlag { name: String, value: String },
    BadLength(String),
    LengthWithoutSection,
    BadTyped(String),
    BadTheme(String),
    BadOrigin(String),
    BadStore(String),
    BadKeep(String),
    StoreWithHostKeeping,
}

impl std::error::Error for EmbedError {}

impl fmt::Display for EmbedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EmbedError::UnknownParameter(name) => write!(
                f,
                "the parameter \u{201c}{name}\u{201d} is not known (known: embed, section, level, placement, length, \
                    typed, theme, origin, store, keep)"
            ),
            EmbedError::Repeated(name) => write!(f, "the parameter \u{201c}{name}\u{201d} is given twice"),
            EmbedError::NoQuiz => write!(f, "the link names no quiz: add section=<section>, level=<level> or \
                placement=1"),
            EmbedError::TwoQuizzes => write!(f, "the link names more than one quiz: use only one of section, level \
                and placement"),
            EmbedError::UnknownSection(slug) => write!(
                f,
                "there is no section \u{201c}{slug}\u{201d}: use a section's short name from the roadmap, such as \
                    \u{201c}collections\u{201d}"
            ),
            EmbedError::UnknownLevel(id) => write!(
                f,
                "there is no level \u{201c}{id}\u{201d}: use beginner, intermediate, advanced or expert"
            ),
            EmbedError::BadFlag { name, value } => write!(f, "{name}={value} is not understood: use {name}=1"),
            EmbedError::BadLength(value) => write!(
                f,
                "length={value} is not understood: use a whole number from {MIN_LENGTH} to {MAX_LENGTH}"
            ),
            EmbedError::LengthWithoutSection => write!(f, "length applies only to a section self-test (section=...)"),
            EmbedError::BadTyped(value) => write!(
                f,
                "typed={value} is not understood: use typed=1 to type the output of code questions, or typed=0 to \
                    pick it from options"
            ),
            EmbedError::BadTheme(value) => write!(f, "theme={value} is not understood: use auto, light or dark"),
            EmbedError::BadOrigin(value) => write!(
                f,
                "origin={value} is not an origin: use the course page's scheme and host, such as https://course.example"
            ),
            EmbedError::BadStore(value) => write!(
                f,
                "store={value} is not understood: use 1 to 32 lowercase letters, digits, - or _"
            ),
            EmbedError::BadKeep(value) => write!(
                f,
                "keep={value} is not understood: use keep=host when the page around the quiz keeps the learner's \
                    place, or leave it out"
            ),
            EmbedError::StoreWithHostKeeping => write!(
                f,
                "store applies only when the quiz keeps progress in the browser: leave it out with keep=host"
            ),
        }
    }
}

/// Reads the embedded page's query string (with or without its `?`); `embed=1` may be there or not.
pub fn parse_embed(query: &str, catalog: &Catalog) -> Result<EmbedConfig, EmbedError> {
    let pairs = Params(
        query
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|part| {
                let (name, value) = part.split_once('=').unwrap_or((part, ""));
                (decode_component(name), decode_component(value))
            })
            .collect(),
    );
    embed_config(&pairs, catalog)
}

/// The query's parameters in order; a handful, so a list serves better than a map.
struct Params(Vec<(String, String)>);

impl Params {
    fn get(&self, name: &str) -> Option<&String> {
        self.0.iter().find(|(n, _)| n == name).map(|(_, v)| v)
    }

    fn contains_key(&self, name: &str) -> bool {
        self.get(name).is_some()
    }
}

fn embed_config(pairs: &Params, catalog: &Catalog) -> Result<EmbedConfig, EmbedError> {
    for (at, (name, _)) in pairs.0.iter().enumerate() {
        if pairs.0[..at].iter().any(|(earlier, _)| earlier == name) {
            return Err(EmbedError::Repeated(name.clone()));
        }
    }
    const KNOWN: [&str; 10] = [
        "embed",
        "section",
        "level",
        "placement",
        "length",
        "typed",
        "theme",
        "origin",
        "store",
        "keep",
    ];
    if let Some((name, _)) = pairs
        .0
        .iter()
        .find(|(name, _)| !KNOWN.contains(&name.as_str()))
    {
        return Err(EmbedError::UnknownParameter(name.clone()));
    }
    for flag in ["embed", "placement"] {
        match pairs.get(flag).map(String::as_str) {
            None | Some("1") => {}
            Some(value) => {
                return Err(EmbedError::BadFlag {
                    name: flag.to_string(),
                    value: value.to_string(),
                })
            }
        }
    }
    let section = pairs.get("section");
    let level = pairs.get("level");
    let placement = pairs.contains_key("placement");
    let mode = match (section, level, placement) {
        (Some(slug), None, false) => {
            let found = catalog
                .section_by_slug(slug)
                .ok_or_else(|| EmbedError::UnknownSection(slug.clone()))?;
            QuizMode::Section {
                section: found.slug.clone(),
            }
        }
        (None, Some(id), false) => QuizMode::Level {
            level: Level::from_id(id).ok_or_else(|| EmbedError::UnknownLevel(id.clone()))?,
        },
        (None, None, true) => QuizMode::Placement,
        (None, None, false) => return Err(EmbedError::NoQuiz),
        _ => return Err(EmbedError::TwoQuizzes),
    };
    let length = match pairs.get("length") {
        None => None,
        Some(_) if section.is_none() => return Err(EmbedError::LengthWithoutSection),
        Some(value) => match value.parse::<usize>() {
            Ok(n) if (MIN_LENGTH..=MAX_LENGTH).contains(&n) => Some(n),
            _ => return Err(EmbedError::BadLength(value.clone())),
        },
    };
    let form = match pairs.get("typed").map(String::as_str) {
        None => None,
        Some("1") => Some(AnswerForm::Typed),
        Some("0") => Some(AnswerForm::Picked),
        Some(other) => return Err(EmbedError::BadTyped(other.to_string())),
    };
    let theme = match pairs.get("theme").map(String::as_str) {
        None | Some("auto") => Theme::System,
        Some("light") => Theme::Light,
        Some("dark") => Theme::Dark,
        Some(other) => return Err(EmbedError::BadTheme(other.to_string())),
    };
    let origin = match pairs.get("origin") {
        None => None,
        Some(value) => {
            Some(parse_origin(value).ok_or_else(|| EmbedError::BadOrigin(value.clone()))?)
        }
    };
    let store = match pairs.get("store") {
        None => None,
        Some(value) if is_store_name(value) => Some(value.clone()),
        Some(value) => return Err(EmbedError::BadStore(value.clone())),
    };
    let host_keeps = match pairs.get("keep").map(String::as_str) {
        None => false,
        Some("host") if store.is_some() => return Err(EmbedError::StoreWithHostKeeping),
        Some("host") => true,
        Some(other) => return Err(EmbedError::BadKeep(other.to_string())),
    };
    Ok(EmbedConfig {
        mode,
        length,
        form,
        theme,
        origin,
        store,
        host_keeps,
    })
}

fn is_store_name(value: &str) -> bool {
    (1..=32).contains(&value.len())
        && value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// Percent-decoding for one query component (`+` is a space); malformed escapes stay as they are.
fn decode_component(raw: &str) -> String {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(hi), Some(lo)) => {
                    out.push((hi * 16 + lo) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// An `http(s)://host[:port]` origin, lowercased, from an origin or a whole URL; `None` for anything else.
pub fn parse_origin(text: &str) -> Option<String> {
    let (scheme, rest) = text.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let host = authority
        .rsplit_once(':')
        .map_or(authority, |(host, port)| {
            if !port.is_empty() && port.bytes().all(|b| b.is_ascii_digit()) {
                host
            } else {
                ""
            }
        });
    let valid = !host.is_empty()
        && !authority.contains('@')
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-.[]:".contains(&b));
    valid.then(|| format!("{scheme}://{}", authority.to_ascii_lowercase()))
}

/// The storage key for the progress document, apart per `store=` namespace.
pub fn progress_key(store: Option<&str>) -> String {
    match store {
        Some(name) => format!("roadmap-quiz.{name}.progress"),
        None => "roadmap-quiz.progress".to_string(),
    }
}

/// A message from the quiz to its host page.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(
    tag = "type",
    rename_all = "camelCase",
    rename_all_fields = "camelCase"
)]
pub enum QuizMessage {
    /// The quiz is running; sent at start and again in answer to the host's `hello`.
    Ready {
        mode: &'static str,
        scope: String,
    },
    /// The content's height in CSS pixels changed.
    Resize {
        height: u32,
    },
    Answered {
        question_id: QuestionId,
        correct: bool,
        skipped: bool,
        /// The learner typed the output rather than picking an option.
        typed: bool,
        /// What the learner answered: the options picked, as letters in the question's own order (`a` is its
        /// first option, whatever order they were shown in), or the text typed; empty for "I don't know".
        response: String,
    },
    Completed(Completed),
    /// The attempt as it stands, as a snapshot to hand back in `begin` (only with `keep=host`); sent whenever it
    /// changes: a question shown, answered, the quiz finished.
    State {
        attempt: String,
    },
}

/// A finished quiz, as the host hears it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Completed {
    pub mode: &'static str,
    pub scope: String,
    pub correct: usize,
    pub total: usize,
    /// Share answered right, 0 to 1.
    pub score: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level_probabilities: Option<LevelProbabilities>,
    pub theta: Option<f64>,
    pub se: Option<f64>,
    /// Estimated mastery of each section, weakest first, for a level quiz.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mastery: Option<Vec<SectionScore>>,
}

/// The probability of each level after a placement test.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LevelProbabilities {
    pub beginner: f64,
    pub intermediate: f64,
    pub advanced: f64,
    pub expert: f64,
}

/// One section's estimated mastery, 0 to 1.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SectionScore {
    pub section: SectionSlug,
    pub mastery: f64,
}

/// The `mode` and `scope` fields for a quiz mode.
pub fn mode_and_scope(mode: &QuizMode) -> (&'static str, String) {
    match mode {
        QuizMode::Placement => ("placement", "all".to_string()),
        QuizMode::Level { level } => ("level", level.id().to_string()),
        QuizMode::Section { section } => ("section", section.to_string()),
        QuizMode::Review => ("review", "due".to_string()),
    }
}

impl Completed {
    pub fn new(mode: &QuizMode, outcome: &QuizOutcome, catalog: &Catalog) -> Completed {
        let (mode, scope) = mode_and_scope(mode);
        let (correct, total) = (outcome.correct(), outcome.total());
        let mut completed = Completed {
            mode,
            scope,
            correct,
            total,
            score: if total == 0 {
                0.0
            } else {
                correct as f64 / total as f64
            },
            level: None,
            level_probabilities: None,
            theta: None,
            se: None,
            mastery: None,
        };
        match outcome {
            QuizOutcome::Placement(r) => {
                completed.level = Some(r.level);
                let [beginner, intermediate, advanced, expert] = r.probabilities;
                completed.level_probabilities = Some(LevelProbabilities {
                    beginner,
                    intermediate,
                    advanced,
                    expert,
                });
                completed.theta = Some(r.theta);
                completed.se = Some(r.se);
            }
            QuizOutcome::Level(r) => {
                completed.theta = Some(r.theta);
                completed.se = Some(r.se);
                completed.mastery = Some(
                    r.sections
                        .iter()
                        .filter_map(|s| {
                            Some(SectionScore {
                                section: catalog.section(s.section)?.slug.clone(),
                                mastery: s.mastery.score,
                            })
                        })
                        .collect(),
                );
            }
            QuizOutcome::Section(r, _) => {
                completed.theta = Some(r.mastery.theta);
                completed.se = Some(r.mastery.se);
            }
            QuizOutcome::Review(_) => {}
        }
        completed
    }
}

/// A message with its envelope: `source` and `version` first, then the message's own fields beside them.
#[derive(Serialize)]
struct Envelope<'a> {
    source: &'static str,
    version: u32,
    #[serde(flatten)]
    body: &'a QuizMessage,
}

impl QuizMessage {
    /// `answered`, after the learner answered (or skipped) question `id`.
    pub fn answered(id: &QuestionId, graded: &Graded) -> QuizMessage {
        QuizMessage::Answered {
            question_id: id.clone(),
            correct: graded.answer.is_correct(),
            skipped: graded.answer == Answer::DontKnow,
            typed: graded.typed.is_some(),
            response: match &graded.typed {
                Some(text) => text.clone(),
                None => graded
                    .selected
                    .iter()
                    .filter_map(|&index| char::from_digit(10 + index as u32, 36))
                    .map(String::from)
                    .collect::<Vec<_>>()
                    .join(","),
            },
        }
    }

    /// The message as JSON, with `source` and `version` first.
    pub fn to_json(&self) -> String {
        serde_json::to_string(&Envelope {
            source: SOURCE,
            version: PROTOCOL_VERSION,
            body: self,
        })
        .unwrap_or_else(|_| "{}".to_string())
    }
}

/// What a host page may ask of the quiz.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HostCommand {
    /// The host is listening: answer with `ready` and the current height.
    Hello,
    /// Start the quiz again from its first question.
    Restart,
    SetTheme(Theme),
    /// With `keep=host`: start, resuming the attempt in this snapshot if there is one.
    Begin(Option<String>),
}

/// Reads a message the host posted (as JSON); `None` for anything that is not a command of this protocol.
pub fn parse_host_message(json: &str) -> Option<HostCommand> {
    let value = serde_json::from_str(json).ok()?;
    let envelope = Fields::of(&value, "the message").ok()?;
    if envelope.text("source").ok()?.as_deref() != Some(SOURCE) {
        return None;
    }
    match envelope.text("type").ok()??.as_str() {
        "hello" => Some(HostCommand::Hello),
        "restart" => Some(HostCommand::Restart),
        "setTheme" => match envelope.text("theme").ok()??.as_str() {
            "light" => Some(HostCommand::SetTheme(Theme::Light)),
            "dark" => Some(HostCommand::SetTheme(Theme::Dark)),
            "auto" => Some(HostCommand::SetTheme(Theme::System)),
            _ => None,
        },
        "begin" => match envelope.get("attempt") {
            None | Some(serde_json::Value::Null) => Some(HostCommand::Begin(None)),
            Some(serde_json::Value::String(text)) if text.is_empty() => {
                Some(HostCommand::Begin(None))
            }
            Some(serde_json::Value::String(text)) => Some(HostCommand::Begin(Some(text.clone()))),
            Some(_) => None,
        },
        _ => None,
    }
}
