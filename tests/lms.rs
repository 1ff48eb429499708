//! LMS packages keep a learner's place in SCORM's `suspend_data`: the snapshot of an attempt that the quiz hands
//! its host page must always fit that field, read back to the same attempt, and refuse what is not one.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::bank;
use roadmap_quiz::bank::{Level, QuestionId, TYPED_MAX_CHARS};
use roadmap_quiz::engine::irt::AnswerForm;
use roadmap_quiz::engine::review::Timestamp;
use roadmap_quiz::engine::{LevelQuizConfig, PlacementConfig, MAX_LENGTH};
use roadmap_quiz::progress::{
    decode_attempt, encode_attempt, AnswerRecord, AttemptId, AttemptRecord, Outcome, QuizMode,
    SnapshotError, Summary,
};

/// SCORM 1.2's `cmi.suspend_data` holds 4,096 characters; SCORM 2004's holds 64,000.
const SCORM12_SUSPEND_DATA: usize = 4096;

/// An attempt as long as a quiz gets, over the bank's longest question ids, every answer typed at full length.
fn worst_case(questions: usize, finished: bool) -> AttemptRecord {
    let (_, catalog) = bank();
    let mut ids: Vec<&QuestionId> = catalog.items.iter().map(|item| &item.id).collect();
    ids.sort_by_key(|id| std::cmp::Reverse(id.as_str().len()));
    let answers = ids
        .iter()
        .take(questions)
        .map(|id| AnswerRecord {
            question: (*id).clone(),
            outcome: Outcome::Incorrect,
            selected: vec![0, 1, 2, 3],
            typed: Some("\u{201c}x\u{201d}\n".repeat(TYPED_MAX_CHARS / 4)),
            at: Timestamp(u64::MAX / 1024),
        })
        .collect();
    AttemptRecord {
        id: AttemptId("18f3c2a9b01-ffffffff".to_string()),
        mode: QuizMode::Level {
            level: Level::Intermediate,
        },
        started: Timestamp(u64::MAX / 1024),
        finished: finished.then_some(Timestamp(u64::MAX / 1024)),
        answers,
        pending: (!finished).then(|| (ids[0].clone(), vec![5, 4, 3, 2, 1, 0])),
        draft: Some("a draft".repeat(200)),
        form: AnswerForm::Typed,
        summary: finished.then_some(Summary {
            correct: 0,
            total: questions,
            theta: -1.234_567_890_123_456_7,
            se: 0.123_456_789_012_345_67,
            level: Some(Level::Intermediate),
        }),
        discarded: false,
    }
}

#[test]
fn the_longest_quiz_fits_scorm12_suspend_data_with_its_outcomes_intact() {
    let longest = [
        LevelQuizConfig::default().stopper.max,
        PlacementConfig::default().stopper.max,
        MAX_LENGTH,
    ]
    .into_iter()
    .max()
    .unwrap_or_default();
    for finished in [false, true] {
        let record = worst_case(longest, finished);
        let text = encode_attempt(&record).expect("every quiz fits");
        let length = text.chars().count();
        eprintln!("the longest quiz's snapshot: {length} characters");
        assert!(length <= SCORM12_SUSPEND_DATA, "{length} characters");
        let back = decode_attempt(&text).expect("reads back");
        assert_eq!(back.answers.len(), longest);
        for (answer, original) in back.answers.iter().zip(&record.answers) {
            assert_eq!(
                (&answer.question, answer.outcome, &answer.selected),
                (&original.question, original.outcome, &original.selected)
            );
        }
        assert_eq!(
            (&back.pending, back.finished),
            (&record.pending, record.finished)
        );
        // θ and SE are kept to six places, which is all a result shows.
        match (&back.summary, &record.summary) {
            (Some(back), Some(sent)) => {
                assert_eq!(
                    (back.correct, back.total, back.level),
                    (sent.correct, sent.total, sent.level)
                );
                assert!((back.theta - sent.theta).abs() < 1e-6 && (back.se - sent.se).abs() < 1e-6);
            }
            (back, sent) => assert_eq!(back.is_some(), sent.is_some()),
        }
        assert_eq!(
            back.draft, None,
            "the draft on screen is not part of the place kept"
        );
    }
}

#[test]
fn short_typed_answers_are_kept_and_only_long_ones_give_way() {
    let mut record = worst_case(3, false);
    record.answers[0].typed = Some("[1, 2]".to_string());
    let back = decode_attempt(&encode_attempt(&record).expect("fits")).expect("reads back");
    assert_eq!(back.answers[0].typed.as_deref(), Some("[1, 2]"));
    let kept = back.answers.iter().filter(|a| a.typed.is_some()).count();
    assert!(kept < 3, "a 2,000-character answer gave way");
    assert_eq!(back.form, AnswerForm::Typed);
}

#[test]
fn what_is_not_a_snapshot_is_refused_with_a_reason() {
    assert!(matches!(
        decode_attempt("not json"),
        Err(SnapshotError::NotASnapshot(_))
    ));
    assert!(matches!(
        decode_attempt(r#"{"app":"roadmap-quiz","version":4}"#),
        Err(SnapshotError::NotASnapshot(_))
    ));
    let newer = r#"{"kind":"roadmap-quiz.attempt","version":99}"#;
    assert_eq!(decode_attempt(newer), Err(SnapshotError::Newer(99)));
    let broken = r#"{"kind":"roadmap-quiz.attempt","version":1,"id":"a"}"#;
    let err = decode_attempt(broken).expect_err("no mode");
    assert!(err.to_string().contains("could not be read"), "{err}");
}
