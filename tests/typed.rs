//! Typed answers to code questions: which questions can be typed, how a typed answer is graded and fed back, and
//! that it survives a reload, comes back typed in review, counts for more in mastery and reaches a host page.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{bank, question};

use rand::rngs::StdRng;
use rand::SeedableRng;
use roadmap_quiz::bank::{Question, QuestionId, QuestionKind, SectionSlug};
use roadmap_quiz::engine::irt::{AnswerForm, TYPED_GUESS};
use roadmap_quiz::engine::review::Timestamp;
use roadmap_quiz::engine::{Answer, Pool, Scope};
use roadmap_quiz::progress::{decode, encode, AttemptId, Loaded, Progress, QuizMode};
use roadmap_quiz::session::{
    begin_quiz, section_masteries, Begin, Choice, Launch, Quiz, QuizMessage, Step,
};

fn strings() -> QuizMode {
    QuizMode::Section {
        section: SectionSlug::new("strings"),
    }
}

/// A typed self-test on strings, begun as an embed with `typed=1` would begin it.
fn typed_strings(progress: &Progress) -> Quiz {
    let launch = Launch {
        length: Some(20),
        embedded: true,
        form: Some(AnswerForm::Typed),
    };
    match begin_quiz(&strings(), &bank().1, progress, launch, Timestamp(1), 5) {
        Ok(Begin::Started(quiz)) => quiz,
        other => panic!("starts: {other:?}"),
    }
}

/// Steps until a question shown typed, answering the others with their key.
fn next_typed(quiz: &mut Quiz, rng: &mut StdRng) -> &'static Question {
    loop {
        let Step::Ask { id, typed, .. } = quiz.step(&bank().1, rng) else {
            panic!("a strings self-test of 20 asks a typed question");
        };
        let q = question(&id);
        if typed {
            return q;
        }
        assert_ne!(
            q.kind,
            QuestionKind::Output,
            "a typed quiz types every typeable output question"
        );
        quiz.submit(q, &Choice::Options(q.answers.clone()), Timestamp(2))
            .expect("answers");
    }
}

/// The key as a phone or a careless paste would type it: Windows line endings, spaces at the ends of lines,
/// blank lines around it, and double quotes where the output has none.
fn sloppy(key: &str) -> String {
    let mut text = key.replace('\n', "   \r\n");
    if !key.contains('"') {
        text = text.replace('\'', "\"");
    }
    format!("\r\n{text}\t\r\n\r\n")
}

#[test]
fn nearly_every_output_question_can_be_typed_and_none_whose_wrong_option_reads_like_its_key() {
    let (bank, catalog) = bank();
    let output: Vec<&Question> = bank
        .questions()
        .map(|(_, q)| q)
        .filter(|q| q.kind == QuestionKind::Output)
        .collect();
    let typeable = output.iter().filter(|q| q.is_typeable()).count();
    assert!(
        typeable * 100 >= output.len() * 85,
        "{typeable} of {}",
        output.len()
    );
    let quotes = question(&QuestionId::new(
        "advanced-strings/string-methods-advanced/conversions",
    ));
    assert!(
        !quotes.is_typeable(),
        "a wrong option differs from its key only in quote style, which typing ignores where the output has no \""
    );
    let json = question(&QuestionId::new("json-csv/json-processing/dump-file"));
    assert!(
        json.is_typeable(),
        "JSON's double quotes are compared exactly, so its repr-style option stays apart"
    );
    for q in &output {
        let entry = catalog.item(&q.id).expect("in the catalog");
        assert_eq!(entry.is_typeable(), q.is_typeable(), "{}", q.id);
    }
    assert!(bank
        .questions()
        .all(|(_, q)| q.kind == QuestionKind::Output || !q.is_typeable()));
}

#[test]
fn a_typed_quiz_weighs_typeable_questions_by_the_typed_guessing_floor() {
    let (_, catalog) = bank();
    let scope = Scope::Section(SectionSlug::new("strings"));
    let picked = Pool::from_catalog(catalog, &scope, AnswerForm::Picked);
    let typed = Pool::from_catalog(catalog, &scope, AnswerForm::Typed);
    for (p, t) in picked.items().iter().zip(typed.items()) {
        let entry = catalog.item(&p.id).expect("in the catalog");
        if entry.is_typeable() {
            assert_eq!(t.params.c, TYPED_GUESS);
            assert!(t.params.information(t.params.b) > p.params.information(p.params.b));
        } else {
            assert_eq!(t.params, p.params, "{} stays picked", p.id);
        }
    }
}

#[test]
fn a_typed_answer_is_right_however_it_is_spaced_quoted_or_ended() {
    let mut quiz = typed_strings(&Progress::default());
    let mut rng = StdRng::seed_from_u64(1);
    let q = next_typed(&mut quiz, &mut rng);
    let key = q.keyed_option().expect("one key");
    let typed = sloppy(key);
    let graded = quiz
        .submit(q, &Choice::typed(&typed).expect("not empty"), Timestamp(3))
        .expect("answers");
    assert_eq!(graded.answer, Answer::Correct, "{key:?} typed as {typed:?}");
    assert_eq!(graded.selected, q.answers);
    let record = quiz.record().answers.last().expect("recorded");
    assert_eq!(
        record.typed.as_deref(),
        Some(typed.as_str()),
        "the text is kept as typed"
    );
    assert!(QuizMessage::answered(&q.id, &graded)
        .to_json()
        .contains("\"typed\":true"));
}

#[test]
fn a_typed_wrong_option_is_fed_back_as_that_option_and_anything_else_shows_where_it_differs() {
    let mut quiz = typed_strings(&Progress::default());
    let mut rng = StdRng::seed_from_u64(2);
    let q = next_typed(&mut quiz, &mut rng);
    let wrong = (0..q.options.len())
        .find(|i| !q.answers.contains(i))
        .expect("a wrong option");
    let graded = quiz
        .submit(
            q,
            &Choice::typed(&sloppy(&q.options[wrong])).expect("text"),
            Timestamp(3),
        )
        .expect("answers");
    assert_eq!(graded.answer, Answer::Incorrect);
    assert_eq!(
        graded.selected,
        vec![wrong],
        "the option whose feedback line the learner sees"
    );

    let q = next_typed(&mut quiz, &mut rng);
    let key = q.keyed_option().expect("one key");
    let typo = format!("{key}!");
    let graded = quiz
        .submit(q, &Choice::typed(&typo).expect("text"), Timestamp(4))
        .expect("answers");
    assert_eq!(
        (graded.answer, graded.selected.is_empty()),
        (Answer::Incorrect, true)
    );
    let difference = q
        .output_key()
        .and_then(|rules| rules.first_difference(&typo))
        .expect("differs");
    assert_eq!(difference.line, key.lines().count());
    assert_eq!(difference.typed.map(|line| line.ends_with('!')), Some(true));
}

#[test]
fn an_empty_answer_is_not_submitted_and_a_long_one_is_cut_at_the_limit() {
    assert_eq!(Choice::typed(""), None);
    assert_eq!(Choice::typed(" \r\n\t"), None);
    match Choice::typed(&"x".repeat(5000)) {
        Some(Choice::Typed(text)) => assert_eq!(text.chars().count(), 2000),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_reload_keeps_the_text_typed_so_far_and_the_attempt_stays_typed() {
    let mut progress = Progress::default();
    let mut quiz = typed_strings(&progress);
    let mut rng = StdRng::seed_from_u64(3);
    let q = next_typed(&mut quiz, &mut rng);
    quiz.set_draft("half\r\ntyped\t");
    quiz.save(&mut progress);
    let Loaded::Current(reloaded) = decode(&encode(&progress)) else {
        panic!("decodes");
    };
    assert_eq!(
        reloaded.settings.code_answers,
        AnswerForm::Picked,
        "an embed's typed=1 is not a setting"
    );
    let launch = Launch {
        length: Some(20),
        embedded: true,
        form: None,
    };
    let Ok(Begin::Resumed(mut resumed)) =
        begin_quiz(&strings(), &bank().1, &reloaded, launch, Timestamp(5), 6)
    else {
        panic!("resumes");
    };
    assert_eq!(resumed.draft(), Some("half\r\ntyped\t"));
    match resumed.step(&bank().1, &mut rng) {
        Step::Ask { id, typed, .. } => assert_eq!((id, typed), (q.id.clone(), true)),
        Step::Done => panic!("the pending question comes back"),
    }
    resumed
        .submit(
            q,
            &Choice::typed("nothing like it").expect("text"),
            Timestamp(6),
        )
        .expect("answers");
    assert_eq!(resumed.draft(), None, "a submitted answer leaves no draft");
}

#[test]
fn a_question_missed_by_typing_comes_back_typed_in_review() {
    let (_, catalog) = bank();
    let mut progress = Progress::default();
    let mut quiz = typed_strings(&progress);
    let mut rng = StdRng::seed_from_u64(4);
    let q = next_typed(&mut quiz, &mut rng);
    quiz.submit(
        q,
        &Choice::typed("not the output").expect("text"),
        Timestamp(3),
    )
    .expect("answers");
    quiz.save_answer(&mut progress);
    let day = 2 * 24 * 60 * 60 * 1000;
    let mut review = Quiz::start(
        QuizMode::Review,
        catalog,
        &progress,
        AttemptId("r".into()),
        Timestamp(day),
    )
    .expect("the miss is due");
    let mut typed_back = false;
    while let Step::Ask { id, typed, .. } = review.step(catalog, &mut rng) {
        typed_back |= id == q.id && typed;
        let due = question(&id);
        review
            .submit(
                due,
                &Choice::Options(due.answers.clone()),
                Timestamp(day + 1),
            )
            .expect("answers");
    }
    assert!(typed_back, "{} comes back as it was answered", q.id);
}

#[test]
fn a_typed_right_answer_says_more_about_mastery_than_a_picked_one() {
    let (_, catalog) = bank();
    let mastery_after = |form: AnswerForm| {
        let mut progress = Progress::default();
        let mut quiz = typed_strings(&progress);
        let mut rng = StdRng::seed_from_u64(5);
        let q = next_typed(&mut quiz, &mut rng);
        let key = q.keyed_option().expect("key");
        let choice = match form {
            AnswerForm::Typed => Choice::typed(key).expect("text"),
            AnswerForm::Picked => Choice::Options(q.answers.clone()),
        };
        quiz.submit(q, &choice, Timestamp(3)).expect("answers");
        let finished = quiz.finish(catalog, Timestamp(4));
        finished.save(catalog, &mut progress, Timestamp(4));
        let number = catalog.section_by_slug("strings").expect("strings").number;
        section_masteries(catalog, &progress, Timestamp(5))
            .into_iter()
            .find(|s| s.number == number)
            .and_then(|s| s.score)
            .expect("measured")
    };
    assert!(mastery_after(AnswerForm::Typed) > mastery_after(AnswerForm::Picked));
}
