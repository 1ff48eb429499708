//! The command line of `lms-package`: which quiz, which SCORM standard, and the quiz's options.

use roadmap_quiz::bank::Level;
use roadmap_quiz::engine::{MAX_LENGTH, MIN_LENGTH};
use std::fmt;
use std::path::PathBuf;

pub const USAGE: &str = "usage: lms-package --quiz section:<slug>|level:<id>|placement --standard scorm12|scorm2004
                   [--out FILE.zip] [--dist DIR] [--title TEXT] [--length N] [--typed]
                   [--pass-mark PERCENT] [--pass-level LEVEL]

  --quiz        the quiz: a section's self-test (section:collections), a level quiz (level:advanced) or placement
  --standard    scorm12 (SCORM 1.2) or scorm2004 (SCORM 2004 4th edition)
  --out         the zip to write (default: roadmap-quiz-<quiz>-<standard>.zip)
  --dist        the release build to pack (default: dist, from `trunk build --release`)
  --title       the activity's title in the LMS (default: the quiz's own name)
  --length      questions in a section's self-test, 5 to 20 (default 10)
  --typed       code questions that ask what code prints are answered by typing the output
  --pass-mark   section and level quizzes: passed at this percentage right or more, 1 to 100
  --pass-level  placement: passed when placed at this level or above (beginner, intermediate, advanced, expert)";

/// Which quiz a package holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuizSpec {
    Section(String),
    Level(Level),
    Placement,
}

/// The SCORM version a package speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standard {
    Scorm12,
    Scorm2004,
}

impl Standard {
    pub fn id(self) -> &'static str {
        match self {
            Standard::Scorm12 => "scorm12",
            Standard::Scorm2004 => "scorm2004",
        }
    }
}

/// When the LMS records "passed".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PassMark {
    /// At least this percentage right.
    Percent(u8),
    /// Placed at this level or above.
    Level(Level),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    pub quiz: QuizSpec,
    pub standard: Standard,
    pub out: PathBuf,
    pub dist: PathBuf,
    pub title: Option<String>,
    pub length: Option<usize>,
    pub typed: bool,
    pub pass: Option<PassMark>,
}

/// What is wrong with the command line, in words that say how to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OptionError {
    Help,
    Unknown(String),
    MissingValue(String),
    Missing(&'static str),
    BadQuiz(String),
    BadStandard(String),
    BadLength(String),
    LengthNeedsSection,
    BadPassMark(String),
    PassMarkNotForPlacement,
    BadPassLevel(String),
    PassLevelOnlyForPlacement,
}

impl fmt::Display for OptionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OptionError::Help => write!(f, "{USAGE}"),
            OptionError::Unknown(arg) => write!(f, "{arg} is not an option of lms-package"),
            OptionError::MissingValue(name) => write!(f, "{name} needs a value"),
            OptionError::Missing(name) => write!(f, "{name} is required"),
            OptionError::BadQuiz(value) => write!(
                f,
                "--quiz {value} is not understood: use section:<slug> (such as section:collections), \
                 level:<beginner|intermediate|advanced|expert> or placement"
            ),
            OptionError::BadStandard(value) => {
                write!(f, "--standard {value} is not understood: use scorm12 or scorm2004")
            }
            OptionError::BadLength(value) => write!(
                f,
                "--length {value} is not understood: use a whole number from {MIN_LENGTH} to {MAX_LENGTH}"
            ),
            OptionError::LengthNeedsSection => {
                write!(f, "--length applies only to a section's self-test (--quiz section:<slug>)")
            }
            OptionError::BadPassMark(value) => {
                write!(f, "--pass-mark {value} is not understood: use a percentage from 1 to 100")
            }
            OptionError::PassMarkNotForPlacement => write!(
                f,
                "a placement has no percentage to pass: use --pass-level <level> (passed when placed at that level \
                 or above)"
            ),
            OptionError::BadPassLevel(value) => write!(
                f,
                "--pass-level {value} is not understood: use beginner, intermediate, advanced or expert"
            ),
            OptionError::PassLevelOnlyForPlacement => {
                write!(f, "--pass-level applies only to --quiz placement: use --pass-mark for other quizzes")
            }
        }
    }
}

/// Reads the arguments after the program's name.
pub fn parse(args: impl IntoIterator<Item = String>) -> Result<Options, OptionError> {
    let mut args = args.into_iter();
    let (mut quiz, mut standard, mut out, mut dist, mut title) = (None, None, None, None, None);
    let (mut length, mut typed, mut pass_mark, mut pass_level) = (None, false, None, None);
    while let Some(arg) = args.next() {
        let mut value = || {
            args.next()
                .ok_or_else(|| OptionError::MissingValue(arg.clone()))
        };
        match arg.as_str() {
            "-h" | "--help" => return Err(OptionError::Help),
            "--quiz" => quiz = Some(quiz_spec(&value()?)?),
            "--standard" => {
                standard = Some(match value()?.as_str() {
                    "scorm12" => Standard::Scorm12,
                    "scorm2004" => Standard::Scorm2004,
                    other => return Err(OptionError::BadStandard(other.to_string())),
                })
            }
            "--out" => out = Some(PathBuf::from(value()?)),
            "--dist" => dist = Some(PathBuf::from(value()?)),
            "--title" => title = Some(value()?),
            "--length" => {
                let text = value()?;
                length = match text.parse::<usize>() {
                    Ok(n) if (MIN_LENGTH..=MAX_LENGTH).contains(&n) => Some(n),
                    _ => return Err(OptionError::BadLength(text)),
                }
            }
            "--typed" => typed = true,
            "--pass-mark" => {
                let text = value()?;
                pass_mark = match text.trim_end_matches('%').parse::<u8>() {
                    Ok(n) if (1..=100).contains(&n) => Some(n),
                    _ => return Err(OptionError::BadPassMark(text)),
                }
            }
            "--pass-level" => {
                let text = value()?;
                pass_level = Some(Level::from_id(&text).ok_or(OptionError::BadPassLevel(text))?);
            }
            _ => return Err(OptionError::Unknown(arg)),
        }
    }
    let quiz = quiz.ok_or(OptionError::Missing("--quiz"))?;
    let standard = standard.ok_or(OptionError::Missing("--standard"))?;
    if length.is_some() && !matches!(quiz, QuizSpec::Section(_)) {
        return Err(OptionError::LengthNeedsSection);
    }
    let pass = match (&quiz, pass_mark, pass_level) {
        (QuizSpec::Placement, Some(_), _) => return Err(OptionError::PassMarkNotForPlacement),
        (QuizSpec::Placement, None, level) => level.map(PassMark::Level),
        (_, _, Some(_)) => return Err(OptionError::PassLevelOnlyForPlacement),
        (_, mark, None) => mark.map(PassMark::Percent),
    };
    let out = out.unwrap_or_else(|| {
        let name = match &quiz {
            QuizSpec::Section(slug) => format!("section-{slug}"),
            QuizSpec::Level(level) => format!("level-{}", level.id()),
            QuizSpec::Placement => "placement".to_string(),
        };
        PathBuf::from(format!("roadmap-quiz-{name}-{}.zip", standard.id()))
    });
    Ok(Options {
        quiz,
        standard,
        out,
        dist: dist.unwrap_or_else(|| PathBuf::from("dist")),
        title,
        length,
        typed,
        pass,
    })
}

fn quiz_spec(text: &str) -> Result<QuizSpec, OptionError> {
    match text.split_once(':') {
        None if text == "placement" => Ok(QuizSpec::Placement),
        Some(("section", slug)) if !slug.is_empty() => Ok(QuizSpec::Section(slug.to_string())),
        Some(("level", id)) => Level::from_id(id)
            .map(QuizSpec::Level)
            .ok_or_else(|| OptionError::BadQuiz(text.to_string())),
        _ => Err(OptionError::BadQuiz(text.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(line: &str) -> Result<Options, OptionError> {
        parse(line.split_whitespace().map(String::from))
    }

    #[test]
    fn the_documented_command_line_is_understood() {
        let options = run(
            "--quiz section:collections --standard scorm12 --out c.zip --length 8 --pass-mark 70",
        )
        .unwrap();
        assert_eq!(options.quiz, QuizSpec::Section("collections".to_string()));
        assert_eq!(options.standard, Standard::Scorm12);
        assert_eq!(options.out, PathBuf::from("c.zip"));
        assert_eq!(options.length, Some(8));
        assert_eq!(options.pass, Some(PassMark::Percent(70)));
        assert_eq!(options.dist, PathBuf::from("dist"));
    }

    #[test]
    fn a_placement_passes_by_level_and_is_named_by_default() {
        let options =
            run("--quiz placement --standard scorm2004 --pass-level advanced --typed").unwrap();
        assert_eq!(options.pass, Some(PassMark::Level(Level::Advanced)));
        assert!(options.typed);
        assert_eq!(
            options.out,
            PathBuf::from("roadmap-quiz-placement-scorm2004.zip")
        );
    }

    #[test]
    fn mistakes_say_what_to_use_instead() {
        assert_eq!(
            run("--standard scorm12"),
            Err(OptionError::Missing("--quiz"))
        );
        assert_eq!(
            run("--quiz level:guru --standard scorm12"),
            Err(OptionError::BadQuiz("level:guru".into()))
        );
        assert_eq!(
            run("--quiz placement --standard scorm3"),
            Err(OptionError::BadStandard("scorm3".into()))
        );
        assert_eq!(
            run("--quiz placement --standard scorm12 --pass-mark 70"),
            Err(OptionError::PassMarkNotForPlacement)
        );
        assert_eq!(
            run("--quiz level:expert --standard scorm12 --length 8"),
            Err(OptionError::LengthNeedsSection)
        );
        assert_eq!(
            run("--quiz section:x --standard scorm12 --pass-mark 0"),
            Err(OptionError::BadPassMark("0".into()))
        );
        assert_eq!(
            run("--quiz placement --standard scorm12 --out"),
            Err(OptionError::MissingValue("--out".into()))
        );
        assert!(OptionError::BadQuiz("x".into())
            .to_string()
            .contains("section:<slug>"));
    }
}
