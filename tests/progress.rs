//! The progress store: round trips, damaged and foreign data, newer versions, and imports that merge by attempt id.
#![cfg(not(target_arch = "wasm32"))]

use roadmap_quiz::bank::{Level, QuestionId, SectionSlug};
use roadmap_quiz::engine::irt::AnswerForm;
use roadmap_quiz::engine::review::Timestamp;
use roadmap_quiz::progress::{
    decode, encode, import, AnswerRecord, AttemptId, AttemptRecord, ImportError, Loaded, Outcome,
    Progress, QuizMode, Summary, Theme, MAX_IMPORT_BYTES, SCHEMA_VERSION,
};

fn attempt(id: &str, mode: QuizMode, started: u64, finished: bool) -> AttemptRecord {
    AttemptRecord {
        id: AttemptId(id.to_string()),
        mode,
        started: Timestamp(started),
        finished: finished.then_some(Timestamp(started + 60_000)),
        answers: vec![AnswerRecord {
            question: QuestionId::new("data-types/primitive-data-types/int-division"),
            outcome: Outcome::Incorrect,
            selected: vec![2],
            typed: None,
            at: Timestamp(started + 1000),
        }],
        pending: None,
        draft: None,
        form: AnswerForm::Picked,
        summary: finished.then_some(Summary {
            correct: 0,
            total: 1,
            theta: -0.4,
            se: 0.9,
            level: None,
        }),
        discarded: false,
    }
}

fn sample() -> Progress {
    let mut progress = Progress::default();
    progress
        .attempts
        .push(attempt("a1", QuizMode::Placement, 1_000, true));
    progress.attempts.push(attempt(
        "a2",
        QuizMode::Section {
            section: SectionSlug::new("strings"),
        },
        2_000,
        true,
    ));
    progress.attempts.push(attempt(
        "a3",
        QuizMode::Level {
            level: Level::Advanced,
        },
        3_000,
        false,
    ));
    progress.review.record(
        &QuestionId::new("strings/methods/strip"),
        false,
        Timestamp(2_500),
    );
    progress.settings.theme = Theme::Dark;
    progress.settings.section_length = 15;
    progress.settings.code_answers = AnswerForm::Typed;
    // A typed answer that read like a wrong option, and an attempt typing with a half-typed answer on screen.
    progress.attempts[1].answers[0].typed = Some("[1,  2]\r\n".to_string());
    let unfinished = &mut progress.attempts[2];
    unfinished.form = AnswerForm::Typed;
    unfinished.pending = Some((
        QuestionId::new("collections/lists/negative-step"),
        vec![1, 0, 2, 3],
    ));
    unfinished.draft = Some("[40,".to_string());
    progress
}

#[test]
fn a_document_survives_a_round_trip() {
    let progress = sample();
    let text = encode(&progress);
    assert!(
        text.contains(&format!("\"version\":{SCHEMA_VERSION}")),
        "{text}"
    );
    assert_eq!(decode(&text), Loaded::Current(progress.clone()));
    assert_eq!(progress.in_progress().map(|a| a.id.0.as_str()), Some("a3"));
    assert_eq!(progress.placements().count(), 1);
}

#[test]
fn nothing_stored_is_a_first_visit() {
    assert_eq!(decode(""), Loaded::Empty);
    assert_eq!(decode("  \n"), Loaded::Empty);
}

#[test]
fn damaged_or_foreign_data_is_reported_as_corrupt_with_a_reason() {
    for (text, words) in [
        (
            "{\"app\":\"roadmap-quiz\",\"version\":1,\"attempts\":[{\"id\":",
            "not valid JSON",
        ),
        ("[1, 2, 3]", "does not come from Roadmap Quiz"),
        ("{\"todos\": [\"milk\"]}", "does not come from Roadmap Quiz"),
        ("{\"app\":\"roadmap-quiz\"}", "no schema version"),
        ("{\"app\":\"roadmap-quiz\",\"version\":0}", "never written"),
        (
            "{\"app\":\"roadmap-quiz\",\"version\":1,\"attempts\":\"lots\"}",
            "unexpected shape",
        ),
    ] {
        match decode(text) {
            Loaded::Corrupt { reason } => assert!(reason.contains(words), "{text}: {reason}"),
            other => panic!("{text} decoded as {other:?}"),
        }
    }
}

#[test]
fn a_newer_document_is_recognised_not_overwritten() {
    let text = "{\"app\":\"roadmap-quiz\",\"version\":7,\"whatever\":{\"new\":true}}";
    assert_eq!(decode(text), Loaded::Newer { version: 7 });
}

#[test]
fn missing_optional_parts_take_their_defaults() {
    let Loaded::Current(progress) = decode("{\"app\":\"roadmap-quiz\",\"version\":1}") else {
        panic!("decodes")
    };
    assert_eq!(progress, Progress::default());
    assert_eq!(progress.settings.section_length, 10);
}

#[test]
fn an_import_adds_new_attempts_by_id_and_reports_it() {
    let mut here = Progress::default();
    here.attempts
        .push(attempt("a1", QuizMode::Placement, 1_000, true));
    here.attempts
        .push(attempt("b9", QuizMode::Review, 5_000, true));
    let report = import(&mut here, &encode(&sample())).expect("a valid export");
    assert_eq!(
        (
            report.attempts_added,
            report.attempts_already_here,
            report.review_cards_added
        ),
        (2, 1, 1)
    );
    let ids: Vec<&str> = here.attempts.iter().map(|a| a.id.0.as_str()).collect();
    assert_eq!(ids, ["a1", "a2", "a3", "b9"], "merged and in time order");
    assert_eq!(
        here.settings.section_length, 10,
        "an import leaves settings alone"
    );
    assert_eq!(
        report.to_string(),
        "Added 2 attempt(s) and 1 review question(s); 1 attempt(s) were already here."
    );
    let again = import(&mut here, &encode(&sample())).expect("a valid export");
    assert_eq!(again.attempts_added, 0, "importing twice adds nothing");
}

#[test]
fn a_bad_import_is_refused_and_changes_nothing() {
    let mut here = sample();
    let before = here.clone();
    let huge = format!(
        "{{\"app\":\"roadmap-quiz\",\"version\":1,\"pad\":\"{}\"}}",
        "x".repeat(MAX_IMPORT_BYTES)
    );
    assert!(matches!(
        import(&mut here, &huge),
        Err(ImportError::TooLarge { .. })
    ));
    assert_eq!(import(&mut here, ""), Err(ImportError::Empty));
    let newer = import(&mut here, "{\"app\":\"roadmap-quiz\",\"version\":9}");
    assert_eq!(newer, Err(ImportError::NewerVersion { version: 9 }));
    let foreign = import(&mut here, "{\"name\":\"a spreadsheet\"}").expect_err("refused");
    assert!(
        foreign
            .to_string()
            .starts_with("This is not a Roadmap Quiz progress file"),
        "{foreign}"
    );
    assert_eq!(here, before);
}
