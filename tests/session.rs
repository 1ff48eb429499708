//! The session layer over the real bank: how a quiz page begins (resume, conflict, start), what it saves after each
//! answer and when it finishes, quizzes that resume after a reload exactly where they were, grading, results that
//! name what to study, mastery across attempts, routes, mode names, compaction, migration and rendering helpers.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{bank, question};

use rand::rngs::StdRng;
use rand::SeedableRng;
use roadmap_quiz::bank::{Level, QuestionId, SectionSlug};
use roadmap_quiz::engine::irt::AnswerForm;
use roadmap_quiz::engine::mastery::Band;
use roadmap_quiz::engine::review::Timestamp;
use roadmap_quiz::engine::{Pool, Scope};
use roadmap_quiz::progress::{
    compact, decode, encode, AttemptId, Loaded, Outcome, Progress, QuizMode, SCHEMA_VERSION,
};
use roadmap_quiz::render::{highlight, inline_spans, Span, TokenKind};
use roadmap_quiz::session::{
    begin_quiz, describe_mode, mastery_snapshot, pick_option, section_masteries,
    snapshot_masteries, Basis, Begin, Choice, Launch, Quiz, QuizMessage, QuizOutcome, Route,
    StartError, Step,
};

/// Answers right when the question's difficulty is at most `skill`, so results depend on the learner.
fn answer_as(quiz: &mut Quiz, skill: u8, rng: &mut StdRng, at: u64) -> Option<Outcome> {
    let (_, catalog) = bank();
    let Step::Ask { id, order, .. } = quiz.step(catalog, rng) else {
        return None;
    };
    let q = question(&id);
    assert_eq!(order.len(), q.options.len(), "every option is shown once");
    let level = catalog.section(catalog.item(&id)?.section)?.level;
    let hardness = level.index() as u8 * 5 + q.difficulty.get();
    let choice = if hardness <= skill {
        Choice::Options(q.answers.clone())
    } else {
        Choice::Options(vec![(q.answers[0] + 1) % q.options.len()])
    };
    let graded = quiz
        .submit(q, &choice, Timestamp(at))
        .expect("the pending question takes an answer");
    Some(graded.answer.into())
}

#[test]
fn the_catalog_pool_gives_the_engine_the_same_items_as_the_bank() {
    let (bank, catalog) = bank();
    for scope in [
        Scope::Bank,
        Scope::Level(Level::Intermediate),
        Scope::Section(SectionSlug::new("strings")),
    ] {
        let from_bank = Pool::from_bank(bank, &scope, AnswerForm::Typed);
        let from_catalog = Pool::from_catalog(catalog, &scope, AnswerForm::Typed);
        assert_eq!(from_bank.items(), from_catalog.items(), "{scope:?}");
        assert_eq!(from_bank.subtopic_count(), from_catalog.subtopic_count());
    }
}

#[test]
fn a_reloaded_quiz_resumes_at_the_same_question_with_the_same_estimate() {
    let (_, catalog) = bank();
    let progress = Progress::default();
    let mut rng = StdRng::seed_from_u64(3);
    let mut quiz = Quiz::start(
        QuizMode::Placement,
        catalog,
        &progress,
        AttemptId("p1".into()),
        Timestamp(0),
    )
    .expect("starts");
    for k in 0..5 {
        answer_as(&mut quiz, 8, &mut rng, k).expect("asks at least 5");
    }
    let Step::Ask { id, order, .. } = quiz.step(catalog, &mut rng) else {
        panic!("still going")
    };
    let saved = encode(&Progress {
        attempts: vec![quiz.record().clone()],
        ..Progress::default()
    });
    let Loaded::Current(restored) = decode(&saved) else {
        panic!("decodes")
    };
    let mut resumed = Quiz::resume(
        restored.attempts[0].clone(),
        catalog,
        &restored,
        Timestamp(10),
    )
    .expect("resumes");
    let mut other_rng = StdRng::seed_from_u64(99);
    assert_eq!(
        resumed.step(catalog, &mut other_rng),
        Step::Ask {
            id,
            order,
            typed: false
        },
        "same question, same option order"
    );
    assert_eq!(resumed.answered(), 5);
    match (quiz.outcome(catalog), resumed.outcome(catalog)) {
        (QuizOutcome::Placement(a), QuizOutcome::Placement(b)) => {
            assert!((a.theta - b.theta).abs() < 1e-12);
            assert_eq!(a.probabilities, b.probabilities);
        }
        other => panic!("placements: {other:?}"),
    }
}

#[test]
fn placement_finishes_and_places_a_strong_learner_above_a_weak_one() {
    let (_, catalog) = bank();
    let mut levels = Vec::new();
    for skill in [3u8, 18] {
        let mut rng = StdRng::seed_from_u64(u64::from(skill));
        let mut quiz = Quiz::start(
            QuizMode::Placement,
            catalog,
            &Progress::default(),
            AttemptId(format!("s{skill}")),
            Timestamp(0),
        )
        .expect("starts");
        let mut asked = 0;
        while answer_as(&mut quiz, skill, &mut rng, asked).is_some() {
            asked += 1;
        }
        assert!((8..=25).contains(&asked), "{asked} questions");
        let outcome = quiz.finish(catalog, Timestamp(1)).outcome;
        let QuizOutcome::Placement(result) = &outcome else {
            panic!()
        };
        let links = outcome.study_next(catalog, || {
            section_masteries(catalog, &Progress::default(), Timestamp(1))
        });
        // 3 to 5 once every section has questions; the Expert level has only one section with questions so far.
        assert!((1..=5).contains(&links.len()), "{links:?}");
        assert!(quiz
            .record()
            .summary
            .as_ref()
            .is_some_and(|s| s.total == asked as usize));
        levels.push(result.level);
    }
    assert!(levels[0] < levels[1], "{levels:?}");
}

#[test]
fn a_section_test_has_the_chosen_length_and_names_missed_subtopics() {
    let (_, catalog) = bank();
    let mut progress = Progress::default();
    progress.settings.section_length = 6;
    let mode = QuizMode::Section {
        section: SectionSlug::new("collections"),
    };
    let mut quiz = Quiz::start(
        mode,
        catalog,
        &progress,
        AttemptId("t".into()),
        Timestamp(0),
    )
    .expect("starts");
    assert_eq!(quiz.length_range(), (0, 6, 6));
    let mut rng = StdRng::seed_from_u64(5);
    let mut n = 0;
    while answer_as(&mut quiz, 0, &mut rng, n).is_some() {
        n += 1;
    }
    assert_eq!(n, 6);
    let outcome = quiz.finish(catalog, Timestamp(9)).outcome;
    let QuizOutcome::Section(result, number) = &outcome else {
        panic!()
    };
    assert_eq!(*number, 5);
    assert_eq!(result.correct, 0);
    assert!(!result.missed_subtopics.is_empty());
    assert_eq!(
        outcome.study_next(catalog, Vec::new)[0].slug.as_str(),
        "collections",
        "a failed test sends the learner back"
    );
}

#[test]
fn unknown_sections_and_an_empty_review_are_refused_in_words() {
    let (_, catalog) = bank();
    let progress = Progress::default();
    let err = Quiz::start(
        QuizMode::Section {
            section: SectionSlug::new("no-such"),
        },
        catalog,
        &progress,
        AttemptId("x".into()),
        Timestamp(0),
    )
    .unwrap_err();
    assert!(err.to_string().contains("no-such"), "{err}");
    let err = Quiz::start(
        QuizMode::Review,
        catalog,
        &progress,
        AttemptId("y".into()),
        Timestamp(0),
    )
    .unwrap_err();
    assert_eq!(err, StartError::NothingDue);
}

#[test]
fn missed_questions_come_back_in_review_and_a_dont_know_counts_as_missed() {
    let (_, catalog) = bank();
    let mut progress = Progress::default();
    let mode = QuizMode::Section {
        section: SectionSlug::new("strings"),
    };
    let mut quiz = Quiz::start(
        mode,
        catalog,
        &progress,
        AttemptId("a".into()),
        Timestamp(0),
    )
    .expect("starts");
    let mut rng = StdRng::seed_from_u64(1);
    let Step::Ask { id, .. } = quiz.step(catalog, &mut rng) else {
        panic!()
    };
    let graded = quiz
        .submit(question(&id), &Choice::DontKnow, Timestamp(0))
        .expect("answers");
    assert!(!graded.answer.is_correct());
    progress.review.record(&id, false, Timestamp(0));
    let day = 86_400_000;
    let mut review = Quiz::start(
        QuizMode::Review,
        catalog,
        &progress,
        AttemptId("r".into()),
        Timestamp(day),
    )
    .expect("one is due");
    assert_eq!(
        review.step(catalog, &mut rng),
        Step::Ask {
            id: id.clone(),
            order: match review.record().pending.clone() {
                Some((_, o)) => o,
                None => vec![],
            },
            typed: false,
        }
    );
    assert_eq!(review.length_range(), (1, 1, 1));
}

#[test]
fn mastery_appears_only_for_sections_with_answers_and_follows_them() {
    let (_, catalog) = bank();
    let mut good = Progress::default();
    let mut bad = Progress::default();
    for (progress, skill) in [(&mut good, 20u8), (&mut bad, 0u8)] {
        let mode = QuizMode::Section {
            section: SectionSlug::new("functions"),
        };
        let mut quiz = Quiz::start(mode, catalog, progress, AttemptId("m".into()), Timestamp(0))
            .expect("starts");
        let mut rng = StdRng::seed_from_u64(2);
        let mut n = 0;
        while answer_as(&mut quiz, skill, &mut rng, n).is_some() {
            n += 1;
        }
        quiz.finish(catalog, Timestamp(n));
        progress.attempts.push(quiz.record().clone());
    }
    let now = Timestamp(1_000);
    let good = section_masteries(catalog, &good, now);
    let bad = section_masteries(catalog, &bad, now);
    assert_eq!(good.len(), 52);
    let f = |m: &[roadmap_quiz::session::SectionMastery]| {
        m.iter()
            .find(|s| s.number == 6)
            .and_then(|s| s.score)
            .expect("section 6 answered")
    };
    assert!(f(&good) > 0.8 && f(&bad) < 0.5, "{} {}", f(&good), f(&bad));
    let kept = Progress {
        mastery: mastery_snapshot(&good, now),
        ..Progress::default()
    };
    let skeleton = catalog.skeleton();
    assert_eq!(
        snapshot_masteries(&skeleton, &kept),
        good,
        "the snapshot kept in the progress document draws the same map without the full catalog"
    );
    assert!(good
        .iter()
        .filter(|s| s.number != 6)
        .all(|s| s.score.is_none()));
}

#[test]
fn compaction_keeps_summaries_and_mastery_evidence() {
    let (_, catalog) = bank();
    let mut progress = Progress::default();
    for k in 0..30u64 {
        let mode = QuizMode::Section {
            section: SectionSlug::new("data-types"),
        };
        let mut quiz = Quiz::start(
            mode,
            catalog,
            &progress,
            AttemptId(format!("c{k}")),
            Timestamp(k),
        )
        .expect("starts");
        let mut rng = StdRng::seed_from_u64(k);
        let mut n = 0;
        while answer_as(&mut quiz, 2, &mut rng, k).is_some() {
            n += 1;
        }
        assert!(n > 0);
        quiz.finish(catalog, Timestamp(k));
        progress.attempts.push(quiz.record().clone());
    }
    let before = section_masteries(catalog, &progress, Timestamp(100));
    let size = encode(&progress).len();
    let report = compact(&mut progress);
    assert_eq!(report.attempts_folded, 10);
    assert_eq!(report.details_dropped, 25);
    assert!(encode(&progress).len() < size);
    assert_eq!(
        progress.attempts.len(),
        30,
        "every attempt keeps its summary"
    );
    assert!(progress.attempts.iter().all(|a| a.summary.is_some()));
    let after = section_masteries(catalog, &progress, Timestamp(100));
    let score = |m: &[roadmap_quiz::session::SectionMastery]| m[1].score.expect("answered");
    assert!((score(&before) - score(&after)).abs() < 1e-9);
}

#[test]
fn a_version_1_document_is_migrated_and_keeps_its_attempts() {
    let v1 = r#"{"app":"roadmap-quiz","version":1,"attempts":[{"id":"a1","mode":"placement","started":5,"finished":9,
        "answers":[{"question":"strings/methods/strip","outcome":"correct","selected":[1],"at":6}],
        "summary":{"correct":1,"total":1,"theta":0.2,"se":0.8,"level":"advanced"}}],
        "review":{"cards":{}},"settings":{"theme":"dark","section_length":12}}"#;
    let Loaded::Current(progress) = decode(v1) else {
        panic!("{:?}", decode(v1))
    };
    assert_eq!(progress.attempts.len(), 1);
    assert_eq!(progress.settings.section_length, 12);
    assert!(encode(&progress).contains(&format!("\"version\":{SCHEMA_VERSION}")));
}

#[test]
fn a_version_2_mastery_snapshot_is_dropped_and_computed_again_from_the_answers_kept() {
    let v2 = r#"{"app":"roadmap-quiz","version":2,"attempts":[{"id":"a1","mode":"placement","started":5,"finished":9,
        "answers":[{"question":"strings/string-basics/escaped-quotes","outcome":"correct","selected":[1],"at":6}],
        "summary":{"correct":1,"total":1,"theta":0.2,"se":0.8,"level":"advanced"}}],
        "mastery":{"3":{"score":0.9,"answered":1,"at":9}}}"#;
    let Loaded::Current(progress) = decode(v2) else {
        panic!("{:?}", decode(v2))
    };
    assert!(
        progress.mastery.is_empty(),
        "a version 2 snapshot cannot say what it rests on"
    );
    assert_eq!(progress.attempts[0].answers.len(), 1, "every answer stays");
    let (_, catalog) = bank();
    let now = Timestamp(10);
    let strings = catalog.section_by_slug("strings").expect("section").number;
    let computed = section_masteries(catalog, &progress, now);
    let again = computed
        .iter()
        .find(|s| s.number == strings)
        .expect("strings");
    assert_eq!(
        (again.basis, again.answered, again.right),
        (Basis::Predicted, 1, 1)
    );
    let kept = Progress {
        mastery: mastery_snapshot(&computed, now),
        ..progress
    };
    let decoded = match decode(&encode(&kept)) {
        Loaded::Current(progress) => progress,
        other => panic!("{other:?}"),
    };
    // The document keeps scores to six places (`progress::write`).
    let rounded = |m: Vec<roadmap_quiz::session::SectionMastery>| {
        m.into_iter()
            .map(|s| {
                (
                    s.number,
                    s.basis,
                    s.answered,
                    s.right,
                    s.last,
                    s.band,
                    s.score.map(|x| (x * 1e6).round()),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        rounded(snapshot_masteries(&catalog.skeleton(), &decoded)),
        rounded(computed),
        "the snapshot round-trips"
    );
}

#[test]
fn routes_parse_every_view_and_round_trip() {
    let routes = [
        Route::Home,
        Route::Placement,
        Route::LevelQuiz(Level::Expert),
        Route::SectionTest(SectionSlug::new("collections")),
        Route::Review,
        Route::Results("a-1x".into()),
        Route::Progress,
        Route::Settings,
    ];
    for route in routes {
        assert_eq!(Route::parse(&route.href()), route);
    }
    assert_eq!(Route::parse(""), Route::Home);
    assert_eq!(Route::parse("#"), Route::Home);
    assert_eq!(
        Route::parse("#/level/wizard"),
        Route::NotFound("/level/wizard".into())
    );
    assert_eq!(
        Route::parse("#/section/Bad Slug"),
        Route::NotFound("/section/Bad Slug".into())
    );
    assert_eq!(
        Route::parse("#/nowhere"),
        Route::NotFound("/nowhere".into())
    );
}

#[test]
fn inline_code_is_split_at_backticks_and_nothing_is_lost() {
    assert_eq!(
        inline_spans("`xs.sort()` returns `None`."),
        vec![
            Span::Code("xs.sort()".into()),
            Span::Text(" returns ".into()),
            Span::Code("None".into()),
            Span::Text(".".into())
        ]
    );
    assert_eq!(
        inline_spans("a ` alone"),
        vec![Span::Text("a ` alone".into())]
    );
    assert_eq!(
        inline_spans("<script>x</script>"),
        vec![Span::Text("<script>x</script>".into())]
    );
}

#[test]
fn highlighting_covers_the_source_exactly_and_finds_the_main_kinds() {
    let (bank, _) = bank();
    for (_, q) in bank.questions() {
        if let Some(code) = &q.code {
            let joined: String = highlight(code).into_iter().map(|t| t.text).collect();
            assert_eq!(&joined, code, "{}", q.id);
        }
    }
    let tokens = highlight("@cache\ndef f(x):  # doc\n    return 'a' + str(10)\n");
    let kind_of = |text: &str| tokens.iter().find(|t| t.text == text).map(|t| t.kind);
    assert_eq!(kind_of("@cache"), Some(TokenKind::Decorator));
    assert_eq!(kind_of("def"), Some(TokenKind::Keyword));
    assert_eq!(kind_of("# doc"), Some(TokenKind::Comment));
    assert_eq!(kind_of("'a'"), Some(TokenKind::String));
    assert_eq!(kind_of("str"), Some(TokenKind::Builtin));
    assert_eq!(kind_of("10"), Some(TokenKind::Number));
}

#[test]
fn numbers_are_rounded_for_display_without_the_float_formatter() {
    use roadmap_quiz::render::{fixed, percent, signed};
    assert_eq!(fixed(0.456, 2), "0.46");
    assert_eq!(fixed(3.0, 0), "3");
    assert_eq!(fixed(-0.04, 1), "0.0", "no negative zero");
    assert_eq!(fixed(-1.25, 1), "-1.3");
    assert_eq!(fixed(12.5, 1), "12.5");
    assert_eq!(fixed(f64::NAN, 1), "0.0");
    assert_eq!(signed(0.5, 2), "+0.50");
    assert_eq!(signed(-0.5, 2), "-0.50");
    assert_eq!(percent(0.734), "73%");
    assert_eq!(percent(1.0), "100%");
    for k in 0..2000 {
        let value = (k as f64 - 1000.0) / 37.0;
        assert_eq!(
            fixed(value, 2),
            format!("{value:.2}").replace("-0.00", "0.00"),
            "{value}"
        );
    }
}

fn strings() -> QuizMode {
    QuizMode::Section {
        section: SectionSlug::new("strings"),
    }
}

/// A new self-test on strings, as attempt `id`.
fn start_strings(progress: &Progress, id: &str) -> Quiz {
    Quiz::start(
        strings(),
        &bank().1,
        progress,
        AttemptId(id.into()),
        Timestamp(0),
    )
    .expect("starts")
}

/// Asks the next question and answers it with its first wrong option, saving as a quiz page does.
fn answer_wrong(quiz: &mut Quiz, progress: &mut Progress, rng: &mut StdRng, at: u64) -> QuestionId {
    let (_, catalog) = bank();
    let Step::Ask { id, .. } = quiz.step(catalog, rng) else {
        panic!("the quiz asks");
    };
    quiz.save(progress);
    let q = question(&id);
    let wrong = (0..q.options.len())
        .find(|i| !q.answers.contains(i))
        .expect("a wrong option");
    quiz.submit(q, &Choice::Options(vec![wrong]), Timestamp(at))
        .expect("the pending question takes an answer");
    quiz.save_answer(progress);
    id
}

#[test]
fn a_new_quiz_is_saved_with_its_first_question_and_a_reload_resumes_it() {
    let (_, catalog) = bank();
    let mut progress = Progress::default();
    let launch = Launch::default();
    let Ok(Begin::Started(mut quiz)) =
        begin_quiz(&strings(), catalog, &progress, launch, Timestamp(7), 0xabc)
    else {
        panic!("nothing is unfinished, so the quiz starts");
    };
    assert!(
        progress.attempts.is_empty(),
        "nothing is saved before a question is on screen"
    );
    let mut rng = StdRng::seed_from_u64(4);
    answer_wrong(&mut quiz, &mut progress, &mut rng, 8);
    let Step::Ask { id, order, .. } = quiz.step(catalog, &mut rng) else {
        panic!("a self-test asks more than one question");
    };
    quiz.save(&mut progress);
    let saved = progress.in_progress().expect("the attempt is saved");
    assert_eq!(saved.id, AttemptId::generate(Timestamp(7), 0xabc));
    assert_eq!(saved.pending, Some((id.clone(), order.clone())));

    let Ok(Begin::Resumed(mut resumed)) =
        begin_quiz(&strings(), catalog, &progress, launch, Timestamp(9), 1)
    else {
        panic!("the unfinished attempt of the same mode resumes");
    };
    assert_eq!(resumed.answered(), 1);
    assert_eq!(
        resumed.step(catalog, &mut rng),
        Step::Ask {
            id,
            order,
            typed: false
        }
    );
}

#[test]
fn another_unfinished_quiz_is_a_conflict_in_the_app_but_not_when_embedded() {
    let (_, catalog) = bank();
    let mut progress = Progress::default();
    let Ok(Begin::Started(mut quiz)) = begin_quiz(
        &strings(),
        catalog,
        &progress,
        Launch::default(),
        Timestamp(1),
        1,
    ) else {
        panic!("starts");
    };
    answer_wrong(&mut quiz, &mut progress, &mut StdRng::seed_from_u64(1), 2);
    let placement = |progress: &Progress, embedded| {
        let launch = Launch {
            length: None,
            embedded,
            form: None,
        };
        begin_quiz(
            &QuizMode::Placement,
            catalog,
            progress,
            launch,
            Timestamp(3),
            2,
        )
    };
    match placement(&progress, false) {
        Ok(Begin::Conflict(record)) => assert_eq!(&record, quiz.record()),
        other => panic!("one quiz runs at a time in the app: {other:?}"),
    }
    assert!(
        matches!(placement(&progress, true), Ok(Begin::Started(_))),
        "each embedded quiz goes on with its own attempt"
    );
    progress.discard(&quiz.record().id, Timestamp(4));
    assert!(matches!(placement(&progress, false), Ok(Begin::Started(_))));
}

#[test]
fn an_embed_length_sets_the_self_test_without_touching_the_learners_setting() {
    let (_, catalog) = bank();
    let mut progress = Progress::default();
    let launch = Launch {
        length: Some(5),
        embedded: true,
        form: None,
    };
    let Ok(Begin::Started(mut quiz)) =
        begin_quiz(&strings(), catalog, &progress, launch, Timestamp(1), 1)
    else {
        panic!("starts");
    };
    answer_wrong(&mut quiz, &mut progress, &mut StdRng::seed_from_u64(2), 2);
    assert_eq!(quiz.length_range(), (1, 5, 5));
    assert_eq!(
        progress.settings.section_length, 10,
        "the setting is the learner's"
    );
    let Ok(Begin::Resumed(resumed)) =
        begin_quiz(&strings(), catalog, &progress, launch, Timestamp(3), 1)
    else {
        panic!("resumes");
    };
    assert_eq!(
        resumed.length_range(),
        (1, 5, 5),
        "a reload keeps the embed's length"
    );
}

#[test]
fn an_answer_is_saved_with_its_review_schedule_and_told_to_the_host() {
    let (_, catalog) = bank();
    let mut progress = Progress::default();
    let mut quiz = start_strings(&progress, "r");
    let mut rng = StdRng::seed_from_u64(6);
    let day = 86_400_000;
    let missed = answer_wrong(&mut quiz, &mut progress, &mut rng, day);
    assert_eq!(progress.in_progress().map(|a| a.answers.len()), Some(1));
    assert!(progress.review.due(Timestamp(day)).is_empty());
    assert_eq!(
        progress.review.due(Timestamp(2 * day)),
        vec![missed.clone()],
        "a miss returns tomorrow"
    );

    let Step::Ask { id, .. } = quiz.step(catalog, &mut rng) else {
        panic!("asks");
    };
    let graded = quiz
        .submit(question(&id), &Choice::DontKnow, Timestamp(day))
        .expect("answers");
    let message = QuizMessage::answered(&id, &graded).to_json();
    let json: serde_json::Value = serde_json::from_str(&message).expect("JSON");
    assert_eq!(json["type"], "answered");
    assert_eq!(json["questionId"], id.to_string());
    assert_eq!(
        (json["correct"].as_bool(), json["skipped"].as_bool()),
        (Some(false), Some(true))
    );
}

#[test]
fn finishing_saves_the_record_refreshes_mastery_and_tells_the_host() {
    let (_, catalog) = bank();
    let mut progress = Progress::default();
    let mut quiz = start_strings(&progress, "f");
    let mut rng = StdRng::seed_from_u64(8);
    while answer_as(&mut quiz, 20, &mut rng, 1).is_some() {
        quiz.save_answer(&mut progress);
    }
    assert!(
        progress.mastery.is_empty(),
        "the snapshot is written when a quiz ends"
    );
    let finished = quiz.finish(catalog, Timestamp(2));
    finished.save(catalog, &mut progress, Timestamp(2));
    assert!(progress.in_progress().is_none());
    let record = &progress.attempts[0];
    assert_eq!(record.finished, Some(Timestamp(2)));
    assert_eq!(
        record.summary.as_ref().map(|s| (s.correct, s.total)),
        Some((10, 10))
    );
    let strings_number = catalog.section_by_slug("strings").expect("section").number;
    let snapshot = progress
        .mastery
        .get(&strings_number)
        .expect("the section's mastery is kept");
    assert_eq!(snapshot.answered, 10);
    assert!(snapshot.score > 0.8, "{}", snapshot.score);
    let QuizMessage::Completed(completed) = &finished.message else {
        panic!("the host hears completed");
    };
    assert_eq!(
        (completed.correct, completed.total, completed.score),
        (10, 10, 1.0)
    );
    assert_eq!(
        Route::Results(finished.record.id.0.clone()).href(),
        "#/results/f"
    );
}

#[test]
fn upserting_an_attempt_replaces_it_by_id_or_adds_it() {
    let mut progress = Progress::default();
    let quiz = start_strings(&progress, "u");
    let mut record = quiz.record().clone();
    progress.upsert_attempt(record.clone());
    record.finished = Some(Timestamp(5));
    progress.upsert_attempt(record.clone());
    assert_eq!(progress.attempts, vec![record.clone()]);
    record.id = AttemptId("v".into());
    progress.upsert_attempt(record);
    assert_eq!(progress.attempts.len(), 2);
    assert_ne!(
        AttemptId::generate(Timestamp(1), 1),
        AttemptId::generate(Timestamp(1), 2),
        "two devices starting in the same millisecond get different ids"
    );
}

#[test]
fn picking_toggles_in_multi_questions_and_replaces_in_the_rest() {
    let mut selection = Vec::new();
    pick_option(&mut selection, 2, true);
    pick_option(&mut selection, 0, true);
    assert_eq!(selection, vec![2, 0]);
    pick_option(&mut selection, 2, true);
    assert_eq!(selection, vec![0]);
    pick_option(&mut selection, 3, false);
    pick_option(&mut selection, 1, false);
    assert_eq!(selection, vec![1]);

    let (bank, _) = bank();
    let multi = bank
        .questions()
        .map(|(_, q)| q)
        .find(|q| q.answers.len() > 1)
        .expect("the bank has a multi question");
    let keyed: Vec<&str> = multi.keyed_options().collect();
    assert_eq!(keyed.len(), multi.answers.len());
    assert_eq!(keyed[0], multi.options[multi.answers[0]]);
    assert_eq!(
        multi
            .option_texts(&[99, multi.answers[1]])
            .collect::<Vec<_>>(),
        vec![keyed[1]]
    );
}

#[test]
fn quiz_modes_are_named_for_sentences_and_headings_with_their_routes() {
    let (_, catalog) = bank();
    let level = describe_mode(
        &QuizMode::Level {
            level: Level::Advanced,
        },
        catalog,
    );
    assert_eq!(level.name, "the Advanced level quiz");
    assert_eq!(level.heading(), "The Advanced level quiz");
    assert_eq!(level.route.href(), "#/level/advanced");
    let section = describe_mode(&strings(), catalog);
    assert_eq!(
        section.heading(),
        "The self-test on Strings and Text Processing"
    );
    assert_eq!(
        section.route,
        Route::SectionTest(SectionSlug::new("strings"))
    );
    assert_eq!(
        describe_mode(&QuizMode::Placement, catalog).route,
        Route::Placement
    );
    assert_eq!(
        describe_mode(&QuizMode::Review, catalog).heading(),
        "Your review"
    );
    let gone = QuizMode::Section {
        section: SectionSlug::new("retired-section"),
    };
    assert_eq!(
        describe_mode(&gone, catalog).name,
        "the self-test on retired-section",
        "a mode from an older bank still reads"
    );
}

/// Takes a placement answering every question right or every one wrong, and saves it as the app does.
fn placement_answering(all_right: bool) -> (Progress, QuizOutcome) {
    let (_, catalog) = bank();
    let mut progress = Progress::default();
    let mut quiz = Quiz::start(
        QuizMode::Placement,
        catalog,
        &progress,
        AttemptId("p".into()),
        Timestamp(0),
    )
    .expect("starts");
    let mut rng = StdRng::seed_from_u64(11);
    while answer_as(&mut quiz, if all_right { 99 } else { 0 }, &mut rng, 1).is_some() {}
    let finished = quiz.finish(catalog, Timestamp(2));
    finished.save(catalog, &mut progress, Timestamp(2));
    (progress, finished.outcome)
}

#[test]
fn after_a_placement_every_section_starts_from_the_learners_ability() {
    let (_, catalog) = bank();
    let (wrong, _) = placement_answering(false);
    let shown = section_masteries(catalog, &wrong, Timestamp(3));
    assert!(
        shown.iter().all(|s| s.basis != Basis::Unknown),
        "the placement's estimate covers every section"
    );
    assert!(
        shown.iter().all(|s| s.band != Some(Band::Strong)),
        "a learner who got everything wrong sees no section above 75%"
    );
    assert!(
        shown.iter().filter(|s| s.band == Some(Band::Weak)).count() >= 26,
        "most sections are sure to be weak"
    );
    let (right, _) = placement_answering(true);
    let shown = section_masteries(catalog, &right, Timestamp(3));
    assert!(
        shown.iter().all(|s| s.band != Some(Band::Weak)),
        "a learner who got everything right sees no section below 50%"
    );
    let answered: Vec<_> = shown.iter().filter(|s| s.answered > 0).collect();
    assert!(
        !answered.is_empty()
            && answered
                .iter()
                .all(|s| s.right == s.answered && s.last == Some(Timestamp(1))),
        "each section says how many of its questions were answered, how many right, and when"
    );
    assert_eq!(
        snapshot_masteries(&catalog.skeleton(), &right).len(),
        52,
        "finishing kept the map for Home"
    );
}

#[test]
fn one_answer_alone_does_not_colour_a_section() {
    let (_, catalog) = bank();
    let mut progress = Progress::default();
    let mut quiz = start_strings(&progress, "one");
    answer_as(&mut quiz, 99, &mut StdRng::seed_from_u64(1), 1).expect("asks");
    quiz.save_answer(&mut progress);
    let strings = catalog.section_by_slug("strings").expect("section").number;
    let shown = section_masteries(catalog, &progress, Timestamp(2));
    let section = shown.iter().find(|s| s.number == strings).expect("strings");
    assert_eq!(
        (section.basis, section.answered, section.right),
        (Basis::Unknown, 1, 1)
    );
    assert_eq!(
        section.band, None,
        "one right answer is not enough to be sure of a band"
    );
    assert!(shown
        .iter()
        .filter(|s| s.number != strings)
        .all(|s| s.basis == Basis::Unknown));
}

#[test]
fn a_placement_plan_follows_the_roadmap_and_reaches_the_next_level_only_near_the_top() {
    let (_, catalog) = bank();
    let mastery = |number: u32, band: Option<Band>| {
        let level = catalog.section(number).expect("section").level;
        roadmap_quiz::session::SectionMastery {
            number,
            level,
            basis: Basis::Predicted,
            answered: 0,
            right: 0,
            last: None,
            score: Some(0.6),
            band,
        }
    };
    // Intermediate is sections 10 to 18: 11 is already strong, the rest not.
    let masteries: Vec<_> = (1..=52)
        .map(|n| {
            mastery(
                n,
                if n < 10 || n == 11 {
                    Some(Band::Strong)
                } else {
                    Some(Band::Middle)
                },
            )
        })
        .collect();
    let placed = |theta: f64| {
        QuizOutcome::Placement(roadmap_quiz::engine::PlacementResult {
            level: Level::Intermediate,
            probabilities: [0.05, 0.8, 0.15, 0.0],
            theta,
            se: 0.3,
            answered: 12,
            correct: 6,
            reason: None,
        })
    };
    let numbers = |outcome: &QuizOutcome| {
        outcome
            .study_next(catalog, || masteries.clone())
            .iter()
            .map(|l| l.number)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        numbers(&placed(-0.5)),
        vec![10, 12, 13, 14, 15],
        "the level's open sections in roadmap order"
    );
    assert_eq!(
        numbers(&placed(-0.2)),
        vec![10, 12, 13, 14, 15, 19, 20],
        "within one standard error of the next cut score, the next level's first sections follow"
    );
    let links = placed(-0.5).study_next(catalog, || masteries.clone());
    assert!(
        links[0].reason.contains("getting there") && links[0].reason.contains("predicted"),
        "{links:?}"
    );
    let mastered: Vec<_> = (1..=52)
        .map(|n| mastery(n, if n < 19 { Some(Band::Strong) } else { None }))
        .collect();
    let plan = placed(-0.5).study_next(catalog, || mastered.clone());
    assert_eq!(
        plan.first().map(|l| l.number),
        Some(19),
        "a mastered level leads on to the next"
    );
    assert!(plan[0]
        .reason
        .contains("every section of yours looks strong"));
}

#[test]
fn a_squares_words_say_the_verdict_what_it_rests_on_and_the_answers_behind_it() {
    let day = 86_400_000;
    let section = |basis, answered, right, band| roadmap_quiz::session::SectionMastery {
        number: 3,
        level: Level::Beginner,
        basis,
        answered,
        right,
        last: (answered > 0).then_some(Timestamp(day)),
        score: Some(0.876),
        band,
    };
    let now = Timestamp(3 * day + 1);
    assert_eq!(
        section(Basis::Measured, 3, 2, Some(Band::Strong)).describe(now),
        "strong, measured: about 88% expected right; 3 answers, 2 right, 2 days ago"
    );
    assert_eq!(
        section(Basis::Predicted, 0, 0, Some(Band::Weak)).describe(now),
        "weak, predicted from your overall level: about 88% expected right; no answers in this section yet"
    );
    assert_eq!(
        section(Basis::Unknown, 1, 1, None).describe(now),
        "not sure yet, too few answers to go on: about 88% expected right; 1 answer, 1 right, 2 days ago"
    );
    let nothing = roadmap_quiz::session::SectionMastery {
        score: None,
        ..section(Basis::Unknown, 0, 0, None)
    };
    assert_eq!(nothing.describe(now), "not started");
}
