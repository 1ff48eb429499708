//! Merging two copies of one learner's progress (another tab's save, or an import): attempts by id, the copy
//! that got further winning, so that no tab overwrites another's answers.

use super::document::{AttemptRecord, Progress};

/// How far an attempt got: finished (or discarded) beats unfinished, then more answers beat fewer.
fn reach(attempt: &AttemptRecord) -> (bool, usize) {
    (attempt.finished.is_some(), attempt.answers.len())
}

/// Merges `other` into `progress`. Settings stay as `progress` has them. Returns how many attempts were added.
pub fn merge(progress: &mut Progress, other: &Progress) -> usize {
    let mut added = 0;
    for theirs in &other.attempts {
        match progress.attempts.iter_mut().find(|a| a.id == theirs.id) {
            Some(ours) => {
                if reach(theirs) > reach(ours) {
                    *ours = theirs.clone();
                }
            }
            None => {
                progress.attempts.push(theirs.clone());
                added += 1;
            }
        }
    }
    if added > 0 {
        crate::order::sort_by_key(&mut progress.attempts, |a| a.started);
    }
    progress.review.absorb(&other.review);
    for (question, tally) in &other.archive {
        progress.archive.entry(question.clone()).or_insert(*tally);
    }
    for (section, theirs) in &other.mastery {
        let newer = progress
            .mastery
            .get(section)
            .is_none_or(|ours| theirs.at > ours.at);
        if newer {
            progress.mastery.insert(*section, *theirs);
        }
    }
    added
}
