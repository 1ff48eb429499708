//! Typed answers to `output` questions: the normalisation that decides whether what a learner typed is what the
//! code prints, where it first differs, and which questions can fairly be answered by typing at all.
//!
//! The rules (documented for learners and authors in `content/README.md`):
//! - Windows and old Mac line endings count as `\n`; spaces and tabs at the end of a line, and blank lines before
//!   the first line or after the last, do not count.
//! - Curly quotes (what phones type) count as straight ones.
//! - Where the output has no run of two spaces and no tab, any run of spaces and tabs counts as one space: the
//!   spacing is not the point. Where it has one, spacing is compared exactly.
//! - Where the output has no double quote, `"` counts as `'`: Python's `repr` uses single quotes, and which quote a
//!   learner types is not the point. Where it has one (JSON, or a string that holds a `'`), quotes are compared
//!   exactly.
//!
//! A question whose wrong option reads the same as its key under these rules is never offered for typing.

use super::model::{Question, QuestionKind};

/// The most characters a typed answer may have; the field stops there and says so.
pub const TYPED_MAX_CHARS: usize = 2000;

/// An output key with the comparison rules it implies.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutputKey {
    normalised: String,
    exact_spaces: bool,
    exact_quotes: bool,
}

/// Where a typed answer first differs from the output, on the normalised texts, counted from 1.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Difference {
    pub line: usize,
    pub column: usize,
    /// The output's line there, or `None` when the output has ended.
    pub expected: Option<String>,
    /// The typed line there, or `None` when the typed answer has ended.
    pub typed: Option<String>,
}

impl OutputKey {
    pub fn new(key: &str) -> OutputKey {
        let straight = straighten(key);
        let mut rules = OutputKey {
            normalised: String::new(),
            exact_spaces: straight.contains("  ") || straight.contains('\t'),
            exact_quotes: straight.contains('"'),
        };
        rules.normalised = rules.normalise(key);
        rules
    }

    /// `text` as these rules compare it.
    pub fn normalise(&self, text: &str) -> String {
        let mut text = straighten(text);
        if !self.exact_quotes {
            text = text.replace('"', "'");
        }
        let lines: Vec<String> = text
            .split('\n')
            .map(|line| {
                let line = line.trim_end_matches(is_blank);
                if self.exact_spaces {
                    line.to_string()
                } else {
                    collapse_blanks(line)
                }
            })
            .collect();
        let first = lines.iter().position(|l| !l.is_empty());
        let last = lines.iter().rposition(|l| !l.is_empty());
        match (first, last) {
            (Some(first), Some(last)) => lines[first..=last].join("\n"),
            _ => String::new(),
        }
    }

    pub fn matches(&self, text: &str) -> bool {
        self.normalise(text) == self.normalised
    }

    /// Where `text` first differs from the output, or `None` when it matches.
    pub fn first_difference(&self, text: &str) -> Option<Difference> {
        let typed = self.normalise(text);
        if typed == self.normalised {
            return None;
        }
        let mut expected_lines = self.normalised.split('\n');
        let mut typed_lines = typed.split('\n');
        for line in 1.. {
            let expected = expected_lines.next();
            let typed = typed_lines.next();
            if expected == typed {
                continue;
            }
            let column = match (expected, typed) {
                (Some(e), Some(t)) => {
                    e.chars().zip(t.chars()).take_while(|(a, b)| a == b).count() + 1
                }
                _ => 1,
            };
            return Some(Difference {
                line,
                column,
                expected: expected.map(str::to_string),
                typed: typed.map(str::to_string),
            });
        }
        None
    }
}

impl Question {
    /// Whether the question can be answered by typing: an `output` question none of whose wrong options reads the
    /// same as its key under the typed-answer rules.
    pub fn is_typeable(&self) -> bool {
        self.output_key().is_some()
    }

    /// The comparison rules of a typeable question's key; `None` when the question cannot be typed.
    pub fn output_key(&self) -> Option<OutputKey> {
        let key = self
            .keyed_option()
            .filter(|_| self.kind == QuestionKind::Output)?;
        let rules = OutputKey::new(key);
        self.options
            .iter()
            .enumerate()
            .filter(|(i, _)| !self.answers.contains(i))
            .all(|(_, option)| !rules.matches(option))
            .then_some(rules)
    }

    /// The option (key or wrong) that `text` reads the same as, if any.
    pub fn option_typed(&self, text: &str) -> Option<usize> {
        let key = self.output_key()?;
        let typed = key.normalise(text);
        self.options
            .iter()
            .position(|option| key.normalise(option) == typed)
    }
}

fn is_blank(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{a0}')
}

/// Line endings to `\n`, curly quotes to straight ones, no-break spaces to spaces.
fn straighten(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .map(|c| match c {
            '\r' => '\n',
            '\u{2018}' | '\u{2019}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{a0}' => ' ',
            other => other,
        })
        .collect()
}

fn collapse_blanks(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut in_run = false;
    for c in line.chars() {
        if is_blank(c) {
            if !in_run {
                out.push(' ');
            }
            in_run = true;
        } else {
            out.push(c);
            in_run = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_endings_trailing_spaces_and_outer_blank_lines_do_not_count() {
        let key = OutputKey::new("1\n2");
        assert!(key.matches("1\r\n2\r\n"));
        assert!(key.matches("\n\n1   \n2\t\n\n"));
        assert!(key.matches("1\r2"));
        assert!(
            !key.matches("1\n\n2"),
            "a blank line inside the output counts"
        );
        assert!(!key.matches("12"));
    }

    #[test]
    fn runs_of_spaces_count_as_one_unless_the_output_has_a_run() {
        let loose = OutputKey::new("a b");
        assert!(loose.matches("a    b"));
        assert!(loose.matches("a\tb"), "a pasted tab is a run of spaces");
        assert!(!loose.matches("ab"));
        let exact = OutputKey::new("[   ab]");
        assert!(exact.matches("[   ab]"));
        assert!(
            !exact.matches("[ ab]"),
            "the width is the point of an aligned output"
        );
        let tabbed = OutputKey::new("a\tb");
        assert!(tabbed.matches("a\tb"));
        assert!(!tabbed.matches("a b"));
    }

    #[test]
    fn quote_style_counts_only_where_the_output_has_a_double_quote() {
        let repr = OutputKey::new("['a', 'b']");
        assert!(repr.matches("[\"a\", \"b\"]"));
        assert!(
            repr.matches("[\u{2018}a\u{2019}, \u{201c}b\u{201d}]"),
            "phones type curly quotes"
        );
        let json = OutputKey::new("{\"a\": 1}");
        assert!(json.matches("{\u{201c}a\u{201d}: 1}"));
        assert!(
            !json.matches("{'a': 1}"),
            "JSON's double quotes are the point"
        );
    }

    #[test]
    fn case_and_punctuation_count() {
        let key = OutputKey::new("True");
        assert!(!key.matches("true"));
        assert!(!OutputKey::new("[1, 2]").matches("[1, 2"));
    }

    #[test]
    fn the_first_difference_names_line_and_column() {
        let key = OutputKey::new("alpha\nbeta\ngamma");
        assert_eq!(key.first_difference("alpha\nbeta\ngamma  \n"), None);
        assert_eq!(
            key.first_difference("alpha\nbeat\ngamma"),
            Some(Difference {
                line: 2,
                column: 3,
                expected: Some("beta".into()),
                typed: Some("beat".into()),
            })
        );
        let short = key.first_difference("alpha").expect("differs");
        assert_eq!((short.line, short.column, short.typed), (2, 1, None));
        let long = key
            .first_difference("alpha\nbeta\ngamma\ndelta")
            .expect("differs");
        assert_eq!((long.line, long.expected), (4, None));
        let prefix = key.first_difference("alpha\nbe").expect("differs");
        assert_eq!((prefix.line, prefix.column), (2, 3));
    }
}
