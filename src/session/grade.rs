//! Grading one answer, and the shuffled order its options are shown in.

use crate::bank::Question;
use crate::engine::Answer;
use rand::seq::SliceRandom;
use rand::Rng;

/// What the learner did with a question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choice {
    /// These options, as indexes into the question's own option order.
    Options(Vec<usize>),
    DontKnow,
}

/// An answer with what the feedback needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Graded {
    pub answer: Answer,
    pub selected: Vec<usize>,
}

pub fn grade(question: &Question, choice: &Choice) -> Graded {
    match choice {
        Choice::DontKnow => Graded {
            answer: Answer::DontKnow,
            selected: Vec::new(),
        },
        Choice::Options(selected) => {
            let mut selected = selected.clone();
            crate::order::sort_by_key(&mut selected, |i| *i);
            selected.dedup();
            let answer = if !selected.is_empty() && question.is_correct(&selected) {
                Answer::Correct
            } else {
                Answer::Incorrect
            };
            Graded { answer, selected }
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
