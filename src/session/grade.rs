//! Grading one answer, and the shuffled order its options are shown in.

use crate::bank::{Question, TYPED_MAX_CHARS};
use crate::engine::Answer;
use rand::seq::SliceRandom;
use rand::Rng;

/// What the learner did with a question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choice {
    /// These options, as indexes into the question's own option order.
    Options(Vec<usize>),
    /// What the learner typed as the code's output.
    Typed(String),
    DontKnow,
}

impl Choice {
    /// A typed answer, or `None` for one with nothing in it but spaces: an empty answer is not submitted. Text
    /// past [`TYPED_MAX_CHARS`] is cut there, as the field itself does.
    pub fn typed(text: &str) -> Option<Choice> {
        (!text.trim().is_empty())
            .then(|| Choice::Typed(text.chars().take(TYPED_MAX_CHARS).collect()))
    }
}

/// An answer with what the feedback needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Graded {
    pub answer: Answer,
    /// The options picked, or the one option a typed answer reads the same as (none if it matches no option).
    pub selected: Vec<usize>,
    /// What was typed, for a typed answer.
    pub typed: Option<String>,
}

pub fn grade(question: &Question, choice: &Choice) -> Graded {
    match choice {
        Choice::DontKnow => Graded {
            answer: Answer::DontKnow,
            selected: Vec::new(),
            typed: None,
        },
        Choice::Typed(text) => {
            let matched = question.option_typed(text);
            Graded {
                answer: match matched {
                    Some(index) if question.answers.contains(&index) => Answer::Correct,
                    _ => Answer::Incorrect,
                },
                selected: matched.into_iter().collect(),
                typed: Some(text.clone()),
            }
        }
        Choice::Options(selected) => {
            let mut selected = selected.clone();
            crate::order::sort_by_key(&mut selected, |i| *i);
            selected.dedup();
            let answer = if !selected.is_empty() && question.is_correct(&selected) {
                Answer::Correct
            } else {
                Answer::Incorrect
            };
            Graded {
                answer,
                selected,
                typed: None,
            }
        }
    }
}

/// Picks option `index` (an index into the question's own order): a `multi` question toggles it in or out of the
/// selection, any other kind keeps it alone.
pub fn pick_option(selection: &mut Vec<usize>, index: usize, multi: bool) {
    if !multi {
        *selection = vec![index];
    } else if let Some(at) = selection.iter().position(|i| *i == index) {
        selection.remove(at);
    } else {
        selection.push(index);
    }
}

/// A fresh shuffle of `count` options: position `i` on screen shows option `order[i]`. Shuffled per presentation
/// so that "it was the second one" is never the thing a learner remembers.
pub fn option_order(count: usize, rng: &mut impl Rng) -> Vec<usize> {
    let mut order: Vec<usize> = (0..count).collect();
    order.shuffle(rng);
    order
}
