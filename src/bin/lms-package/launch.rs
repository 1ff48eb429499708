//! The package's launch page: `src/lms/launch.html` with the quiz's settings written in, and `src/lms/scorm.js`,
//! which talks to the LMS and runs the quiz in a frame.

use crate::manifest::escape;
use crate::options::{Options, PassMark, QuizSpec};
use serde::Serialize;

const PAGE: &str = include_str!("../../lms/launch.html");
/// The script the launch page loads: it finds the LMS's SCORM API and reports what the quiz tells it.
pub const SCRIPT: &str = include_str!("../../lms/scorm.js");
pub const SCRIPT_NAME: &str = "scorm.js";

/// What scorm.js reads from the page.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Settings<'a> {
    standard: &'a str,
    /// The quiz page's query, without `keep` and `origin`, which scorm.js adds.
    quiz: String,
    pass_mark: Option<u8>,
    pass_level: Option<&'a str>,
    title: &'a str,
}

/// The launch page for `options`, titled `title`.
pub fn page(options: &Options, title: &str) -> String {
    let mut quiz = match &options.quiz {
        QuizSpec::Section(slug) => format!("section={slug}"),
        QuizSpec::Level(level) => format!("level={}", level.id()),
        QuizSpec::Placement => "placement=1".to_string(),
    };
    if let Some(length) = options.length {
        quiz.push_str(&format!("&length={length}"));
    }
    quiz.push_str(if options.typed {
        "&typed=1"
    } else {
        "&typed=0"
    });
    let settings = Settings {
        standard: options.standard.id(),
        quiz,
        pass_mark: match options.pass {
            Some(PassMark::Percent(percent)) => Some(percent),
            _ => None,
        },
        pass_level: match options.pass {
            Some(PassMark::Level(level)) => Some(level.id()),
            _ => None,
        },
        title,
    };
    // Inside <script>, "</" would end the element early; JSON allows "<" escaped.
    let json = serde_json::to_string(&settings)
        .unwrap_or_else(|_| "{}".to_string())
        .replace('<', "\\u003c");
    PAGE.replace("{{TITLE}}", &escape(title))
        .replace("{{CONFIG}}", &json)
}
