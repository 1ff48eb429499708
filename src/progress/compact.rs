//! Making the progress document smaller when storage is full, without losing what mastery and history need.

use super::document::{AnswerRecord, Outcome, Progress, Tally};

/// Finished attempts that keep every detail (the options chosen, the text typed) when compacting.
const KEEP_DETAILED: usize = 5;
/// Finished attempts that keep their answers; older ones keep only their summary, their answers folded into tallies.
const KEEP_ANSWERS: usize = 20;

/// What compaction did, for the notice that tells the learner.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CompactReport {
    pub details_dropped: usize,
    pub attempts_folded: usize,
}

impl CompactReport {
    pub fn changed(&self) -> bool {
        self.details_dropped + self.attempts_folded > 0
    }
}

/// Drops the chosen options and typed texts of all but the latest finished attempts, then folds the answers of old
/// finished attempts into per-question tallies. Scores, summaries, the review queue and unfinished attempts are kept.
pub fn compact(progress: &mut Progress) -> CompactReport {
    let mut report = CompactReport::default();
    let finished: Vec<usize> = progress
        .attempts
        .iter()
        .enumerate()
        .filter(|(_, a)| a.finished.is_some())
        .map(|(i, _)| i)
        .rev()
        .collect();
    for (rank, index) in finished.into_iter().enumerate() {
        let attempt = &mut progress.attempts[index];
        let detailed = |a: &AnswerRecord| !a.selected.is_empty() || a.typed.is_some();
        if rank >= KEEP_DETAILED && attempt.answers.iter().any(detailed) {
            for answer in &mut attempt.answers {
                answer.selected.clear();
                answer.typed = None;
            }
            report.details_dropped += 1;
        }
        if rank >= KEEP_ANSWERS && !attempt.answers.is_empty() {
            for answer in attempt.answers.drain(..) {
                let tally = progress.archive.entry(answer.question).or_insert(Tally {
                    right: 0,
                    wrong: 0,
                    last: answer.at,
                });
                if answer.outcome == Outcome::Correct {
                    tally.right += 1;
                } else {
                    tally.wrong += 1;
                }
                tally.last = tally.last.max(answer.at);
            }
            report.attempts_folded += 1;
        }
    }
    report
}
