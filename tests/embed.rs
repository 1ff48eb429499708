//! Embedding: what an embed URL asks for, the clear refusal of a wrong one, and the messages a host page hears.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::bank;

use rand::rngs::StdRng;
use rand::SeedableRng;
use roadmap_quiz::bank::{Level, QuestionId, SectionSlug};
use roadmap_quiz::engine::irt::AnswerForm;
use roadmap_quiz::engine::review::Timestamp;
use roadmap_quiz::progress::{AttemptId, Progress, QuizMode, Theme};
use roadmap_quiz::session::{
    parse_embed, parse_host_message, parse_origin, progress_key, Choice, Completed, EmbedError,
    HostCommand, Quiz, QuizMessage, Step,
};
use serde_json::Value;

fn parse(query: &str) -> Result<roadmap_quiz::session::EmbedConfig, EmbedError> {
    parse_embed(query, &bank().1)
}

#[test]
fn the_documented_embed_url_asks_for_a_section_test() {
    let config = parse(
        "?embed=1&section=collections&length=8&typed=1&theme=auto&origin=https%3A%2F%2Fcourse.example",
    );
    assert_eq!(
        config,
        Ok(roadmap_quiz::session::EmbedConfig {
            mode: QuizMode::Section {
                section: SectionSlug::new("collections")
            },
            length: Some(8),
            form: Some(AnswerForm::Typed),
            theme: Theme::System,
            origin: Some("https://course.example".to_string()),
            store: None,
            host_keeps: false,
        })
    );
    let level = parse("embed=1&level=advanced&theme=dark&store=course-a").expect("valid");
    assert_eq!(
        level.mode,
        QuizMode::Level {
            level: Level::Advanced
        }
    );
    assert_eq!(level.theme, Theme::Dark);
    assert_eq!(level.store.as_deref(), Some("course-a"));
    assert_eq!(
        level.form, None,
        "without typed=, the learner's own setting applies"
    );
    assert_eq!(
        parse("embed=1&placement=1").map(|c| c.mode),
        Ok(QuizMode::Placement)
    );
}

#[test]
fn the_embed_flag_may_be_left_out_but_means_1() {
    assert!(parse("?section=collections").is_ok());
    assert_eq!(
        parse("?embed=yes&section=collections"),
        Err(EmbedError::BadFlag {
            name: "embed".into(),
            value: "yes".into()
        })
    );
    assert_eq!(parse(""), Err(EmbedError::NoQuiz));
}

#[test]
fn wrong_parameters_get_a_message_that_says_how_to_fix_them() {
    let cases = [
        ("embed=1", "names no quiz"),
        ("section=collections&typed=yes", "use typed=1"),
        (
            "embed=1&section=collections&level=expert",
            "more than one quiz",
        ),
        (
            "embed=1&section=colections",
            "no section \u{201c}colections\u{201d}",
        ),
        (
            "embed=1&level=master",
            "use beginner, intermediate, advanced or expert",
        ),
        ("embed=1&section=strings&length=50", "from 5 to 20"),
        ("embed=1&section=strings&length=ten", "length=ten"),
        (
            "embed=1&level=expert&length=8",
            "only to a section self-test",
        ),
        ("embed=1&placement=yes", "use placement=1"),
        ("embed=1&section=strings&theme=blue", "auto, light or dark"),
        (
            "embed=1&section=strings&origin=course.example",
            "is not an origin",
        ),
        (
            "embed=1&section=strings&origin=javascript:alert(1)",
            "is not an origin",
        ),
        (
            "embed=1&section=strings&store=Course%20A",
            "lowercase letters",
        ),
        (
            "embed=1&section=strings&colour=red",
            "\u{201c}colour\u{201d} is not known",
        ),
        ("embed=1&section=strings&section=lists", "given twice"),
        ("embed=1&section=strings&keep=lms", "use keep=host"),
        (
            "embed=1&section=strings&keep=host&store=a",
            "leave it out with keep=host",
        ),
    ];
    for (query, expected) in cases {
        let message = parse(query).expect_err(query).to_string();
        assert!(message.contains(expected), "{query}: {message}");
    }
}

#[test]
fn origins_are_scheme_and_host_only() {
    assert_eq!(
        parse_origin("https://Course.Example/unit/3?x=1").as_deref(),
        Some("https://course.example")
    );
    assert_eq!(
        parse_origin("http://127.0.0.1:8123/host.html").as_deref(),
        Some("http://127.0.0.1:8123")
    );
    assert_eq!(parse_origin("ftp://course.example"), None);
    assert_eq!(parse_origin("https://user@evil.example"), None);
    assert_eq!(parse_origin("null"), None);
    assert_eq!(
        progress_key(Some("course-a")),
        "roadmap-quiz.course-a.progress"
    );
    assert_eq!(progress_key(None), "roadmap-quiz.progress");
}

#[test]
fn every_message_carries_source_version_and_type() {
    let message = QuizMessage::Answered {
        question_id: QuestionId::new("strings/basics/len"),
        correct: true,
        skipped: false,
        typed: true,
        response: "3".to_string(),
    };
    let json: Value = serde_json::from_str(&message.to_json()).expect("JSON");
    assert_eq!(json["source"], "roadmap-quiz");
    assert_eq!(json["version"], 1);
    assert_eq!(json["type"], "answered");
    assert_eq!(json["questionId"], "strings/basics/len");
    assert_eq!(json["correct"], true);
    assert_eq!(json["typed"], true);
    let resize: Value =
        serde_json::from_str(&QuizMessage::Resize { height: 640 }.to_json()).expect("JSON");
    assert_eq!(
        (resize["type"].as_str(), resize["height"].as_u64()),
        (Some("resize"), Some(640))
    );
}

#[test]
fn a_finished_placement_reports_its_counts_level_and_probabilities() {
    let (bank, catalog) = bank();
    let mut quiz = Quiz::start(
        QuizMode::Placement,
        catalog,
        &Progress::default(),
        AttemptId("e1".into()),
        Timestamp(0),
    )
    .expect("starts");
    let mut rng = StdRng::seed_from_u64(5);
    let mut right = 0;
    while let Step::Ask { id, .. } = quiz.step(catalog, &mut rng) {
        let q = bank
            .questions()
            .map(|(_, q)| q)
            .find(|q| q.id == id)
            .expect("in the bank");
        let beginner = catalog
            .section(catalog.item(&id).expect("item").section)
            .expect("section")
            .level
            == Level::Beginner;
        let choice = if beginner {
            Choice::Options(q.answers.clone())
        } else {
            Choice::DontKnow
        };
        right += usize::from(beginner);
        quiz.submit(q, &choice, Timestamp(1)).expect("answers");
    }
    let finished = quiz.finish(catalog, Timestamp(2));
    let completed = Completed::new(&QuizMode::Placement, &finished.outcome, catalog);
    assert_eq!(
        (completed.correct, completed.total),
        (right, quiz.answered())
    );
    assert_eq!(
        finished.message,
        QuizMessage::Completed(completed),
        "finishing says completed to the host"
    );
    let json: Value = serde_json::from_str(&finished.message.to_json()).expect("JSON");
    assert_eq!(json["type"], "completed");
    assert_eq!(json["mode"], "placement");
    assert_eq!(json["scope"], "all");
    assert_eq!(json["correct"].as_u64(), Some(right as u64));
    let probabilities = json["levelProbabilities"].as_object().expect("per level");
    assert_eq!(probabilities.len(), 4);
    let sum: f64 = probabilities.values().filter_map(Value::as_f64).sum();
    assert!((sum - 1.0).abs() < 1e-6, "{sum}");
    let level = json["level"].as_str().expect("a level");
    assert!(
        probabilities[level].as_f64()
            >= probabilities
                .values()
                .map(|v| v.as_f64())
                .max_by(|a, b| a.partial_cmp(b).expect("numbers"))
                .flatten()
    );
    assert!(json["theta"].is_f64() && json["se"].is_f64());
}

#[test]
fn host_commands_need_the_protocol_source() {
    let message = |json: &str| parse_host_message(json);
    assert_eq!(
        message(r#"{"source":"roadmap-quiz","version":1,"type":"restart"}"#),
        Some(HostCommand::Restart)
    );
    assert_eq!(
        message(r#"{"source":"roadmap-quiz","type":"hello"}"#),
        Some(HostCommand::Hello)
    );
    assert_eq!(
        message(r#"{"source":"roadmap-quiz","type":"setTheme","theme":"dark"}"#),
        Some(HostCommand::SetTheme(Theme::Dark))
    );
    assert_eq!(
        message(r#"{"source":"roadmap-quiz","type":"setTheme","theme":"pink"}"#),
        None
    );
    assert_eq!(
        message(r#"{"source":"roadmap-quiz","type":"begin","attempt":"{\"kind\":1}"}"#),
        Some(HostCommand::Begin(Some(r#"{"kind":1}"#.to_string())))
    );
    assert_eq!(
        message(r#"{"source":"roadmap-quiz","type":"begin","attempt":null}"#),
        Some(HostCommand::Begin(None))
    );
    assert_eq!(
        message(r#"{"source":"roadmap-quiz","type":"begin","attempt":7}"#),
        None
    );
    assert_eq!(message(r#"{"source":"other","type":"restart"}"#), None);
    assert_eq!(message(r#""restart""#), None);
    assert_eq!(message("not json"), None);
}

#[test]
fn keep_host_hands_the_attempt_to_the_page_around_the_quiz() {
    let config =
        parse("section=collections&keep=host&origin=https%3A%2F%2Flms.example").expect("valid");
    assert!(config.host_keeps);
    assert!(!parse("section=collections").expect("valid").host_keeps);
}

#[test]
fn an_answer_tells_the_host_what_was_answered_in_the_questions_own_option_order() {
    let (_, catalog) = bank();
    let mode = QuizMode::Section {
        section: SectionSlug::new("collections"),
    };
    let mut quiz = Quiz::start(
        mode,
        catalog,
        &Progress::default(),
        AttemptId("a".into()),
        Timestamp(1),
    )
    .expect("starts");
    let mut rng = StdRng::seed_from_u64(3);
    let Step::Ask { id, order, .. } = quiz.step(catalog, &mut rng) else {
        panic!("a question")
    };
    let question = common::question(&id);
    // The option shown last, whatever its place in the file: the response names it by its own letter.
    let shown_last = *order.last().expect("options");
    let graded = quiz
        .submit(question, &Choice::Options(vec![shown_last]), Timestamp(2))
        .expect("graded");
    let json: Value =
        serde_json::from_str(&QuizMessage::answered(&id, &graded).to_json()).expect("JSON");
    let letter = char::from(b'a' + shown_last as u8).to_string();
    assert_eq!(json["response"], letter);
    assert_eq!(json["skipped"], false);
}
