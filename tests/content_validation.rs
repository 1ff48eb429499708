//! The content parser and validator: the real bank loads, and each validation rule rejects broken TOML with a
//! message that names the file, the question and the fault.
#![cfg(not(target_arch = "wasm32"))]

use roadmap_quiz::bank::{
    load_bank, parse_bank, Bank, CodeLang, ContentError, CoverageReport, Fault, Level,
    QuestionKind, SourceFile,
};
use std::path::Path;

const LEVELS: &str = r#"
[[levels]]
id = "beginner"
title = "Beginner"
summary = "Small scripts."
duration = "3-6 months"
path = ["Start"]
projects = ["Calculator"]
must_know = ["Types"]

[[levels]]
id = "intermediate"
title = "Intermediate"
summary = "Programs."
duration = "3-6 months"
path = ["Go on"]
projects = ["Scraper"]
must_know = ["OOP"]

[[levels]]
id = "advanced"
title = "Advanced"
summary = "Internals."
duration = "6-12 months"
path = ["Dig"]
projects = ["Chat"]
must_know = ["Async"]

[[levels]]
id = "expert"
title = "Expert"
summary = "Systems."
duration = "Ongoing"
path = ["Lead"]
projects = ["DSL"]
must_know = ["Bytecode"]
"#;

const SECTION_HEAD: &str = r#"
number = 1
slug = "collections"
title = "Collections"
level = "beginner"

[[topics]]
slug = "lists"
title = "Lists"
subtopics = ["List indexing and slicing", "Creating lists"]

[[topics]]
slug = "sets"
title = "Sets"
subtopics = ["Set operations"]
"#;

const GOOD_QUESTION: &str = r#"
[[questions]]
id = "collections/lists/negative-step"
subtopic = "List indexing and slicing"
kind = "output"
difficulty = 2
prompt = "What does this print?"
code = "xs = [10, 20, 30, 40]\nprint(xs[::-2])"
options = ["[40, 20]", "[10, 30]", "[40, 30, 20, 10]", "[30, 10]"]
answer = 0
explanation = "A negative step walks from the end."
feedback = ["Right: the slice starts at 40.", "That is a step of 2.", "That is a step of -1.", "It starts at 40."]
"#;

fn levels() -> SourceFile {
    SourceFile::new("content/levels.toml", LEVELS)
}

fn section(body: &str) -> SourceFile {
    SourceFile::new(
        "content/sections/01-collections.toml",
        format!("{SECTION_HEAD}{body}"),
    )
}

/// The good question with one line replaced: `key = ...` lines are swapped, others appended. New options get a
/// feedback line each unless the edits say otherwise, so that a test sees only the fault it is about.
fn question_with(edits: &[(&str, Option<&str>)]) -> String {
    let mut lines: Vec<String> = GOOD_QUESTION.lines().map(str::to_string).collect();
    let options = edits
        .iter()
        .find(|(key, _)| *key == "options")
        .and_then(|(_, value)| serde_json::from_str::<Vec<String>>((*value)?).ok());
    let feedback = options
        .filter(|_| !edits.iter().any(|(key, _)| *key == "feedback"))
        .map(|options| format!("[{}]", vec!["\"A line.\""; options.len()].join(", ")));
    let edits = edits
        .iter()
        .copied()
        .chain(feedback.as_deref().map(|line| ("feedback", Some(line))));
    for (key, value) in edits {
        let prefix = format!("{key} = ");
        let position = lines.iter().position(|line| line.starts_with(&prefix));
        match (position, value) {
            (Some(at), Some(value)) => lines[at] = format!("{prefix}{value}"),
            (Some(at), None) => {
                lines.remove(at);
            }
            (None, Some(value)) => lines.push(format!("{prefix}{value}")),
            (None, None) => {}
        }
    }
    lines.join("\n") + "\n"
}

fn errors_for(files: &[SourceFile]) -> Vec<ContentError> {
    match parse_bank(&levels(), files) {
        Ok(_) => panic!("the broken content was accepted"),
        Err(errors) => errors,
    }
}

/// Parses one section with the given body and expects exactly one error, about question `id` (or the file).
fn single_error(body: &str) -> ContentError {
    let errors = errors_for(&[section(body)]);
    assert_eq!(errors.len(), 1, "expected one error, got: {errors:#?}");
    errors.into_iter().next().unwrap()
}

fn assert_question_fault(body: &str, id: &str, expected: Fault) {
    let error = single_error(body);
    assert_eq!(error.file, "content/sections/01-collections.toml");
    assert_eq!(
        error.question.as_deref(),
        Some(format!("\"{id}\"").as_str())
    );
    assert_eq!(error.fault, expected);
    let message = error.to_string();
    assert!(
        message.starts_with("content/sections/01-collections.toml: question \""),
        "{message}"
    );
    assert!(message.contains(id), "{message}");
}

const ID: &str = "collections/lists/negative-step";

fn real_bank() -> Bank {
    load_bank(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content"))
        .unwrap_or_else(|errors| panic!("content/ does not load: {errors:#?}"))
}

#[test]
fn the_real_bank_has_every_level_section_topic_and_subtopic_of_the_roadmap() {
    let bank = real_bank();
    assert_eq!(bank.levels.len(), 4);
    assert_eq!(bank.sections.len(), 52);
    assert_eq!(
        bank.sections.iter().map(|s| s.topics.len()).sum::<usize>(),
        154
    );
    assert_eq!(
        bank.sections
            .iter()
            .map(|s| s.subtopic_count())
            .sum::<usize>(),
        735
    );
    let numbers: Vec<u32> = bank.sections.iter().map(|s| s.number).collect();
    assert_eq!(numbers, (1..=52).collect::<Vec<_>>());
    let per_level: Vec<usize> = Level::ALL
        .iter()
        .map(|l| bank.sections_of(*l).count())
        .collect();
    assert_eq!(per_level, [9, 9, 10, 24]);
}

#[test]
fn the_sample_sections_have_twelve_questions_half_of_them_code_reading() {
    let bank = real_bank();
    for number in [2, 12, 20, 36] {
        let section = &bank.sections[number - 1];
        let code = section
            .questions
            .iter()
            .filter(|q| q.kind.is_code_reading())
            .count();
        assert!(
            section.questions.len() >= 12,
            "section {number} has {} questions",
            section.questions.len()
        );
        assert!(
            2 * code >= section.questions.len(),
            "section {number}: {code} code-reading questions"
        );
    }
}

#[test]
fn a_good_question_parses_with_its_key() {
    let bank = parse_bank(&levels(), &[section(GOOD_QUESTION)]).expect("valid content");
    let question = &bank.sections[0].questions[0];
    assert_eq!(question.kind, QuestionKind::Output);
    assert_eq!(question.keyed_option(), Some("[40, 20]"));
    assert_eq!(question.topic.as_str(), "lists");
    assert!(question.is_correct(&[0]));
    assert!(!question.is_correct(&[1]));
}

#[test]
fn broken_toml_names_the_file_and_the_place() {
    let error = single_error("[[questions]\nid = 3");
    assert_eq!(error.file, "content/sections/01-collections.toml");
    assert!(matches!(error.fault, Fault::Syntax(_)));
    assert!(error.to_string().contains("line"), "{error}");
}

#[test]
fn a_misspelt_field_is_reported_under_the_question_id() {
    let body = question_with(&[("explanation", None), ("explanaton", Some("\"typo\""))]);
    let error = single_error(&body);
    assert_eq!(
        error.question.as_deref(),
        Some(format!("\"{ID}\"").as_str())
    );
    assert!(
        matches!(&error.fault, Fault::Syntax(why) if why.contains("explanaton")),
        "{error}"
    );
}

#[test]
fn a_question_without_an_id_is_named_by_its_position() {
    let body = format!("{GOOD_QUESTION}{}", question_with(&[("id", None)]));
    let error = single_error(&body);
    assert_eq!(
        error.question.as_deref(),
        Some("#2 (the question without an id)")
    );
}

#[test]
fn duplicate_ids_are_rejected_across_files() {
    let second = SourceFile::new(
        "content/sections/02-sets.toml",
        format!(
            "{}{GOOD_QUESTION}",
            SECTION_HEAD
                .replace("number = 1", "number = 2")
                .replace("\"collections\"", "\"sets\"")
        ),
    );
    let errors = errors_for(&[section(GOOD_QUESTION), second]);
    // The second file's id also starts with the wrong section, so expect that fault too; the duplicate is what matters.
    assert!(
        errors.iter().any(|e| e.fault
            == Fault::IdSection {
                expected: "sets".into(),
                found: "collections".into()
            }),
        "{errors:#?}"
    );
    let errors = errors_for(&[section(&format!("{GOOD_QUESTION}{GOOD_QUESTION}"))]);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(
        errors[0].fault,
        Fault::DuplicateId {
            other_file: "content/sections/01-collections.toml".into()
        }
    );
    assert!(errors[0].to_string().contains(ID));
}

#[test]
fn an_unknown_subtopic_is_rejected() {
    let body = question_with(&[("subtopic", Some("\"List slicing\""))]);
    assert_question_fault(&body, ID, Fault::UnknownSubtopic("List slicing".into()));
}

#[test]
fn the_id_must_name_the_topic_of_its_subtopic() {
    let body = question_with(&[("subtopic", Some("\"Set operations\""))]);
    assert_question_fault(
        &body,
        ID,
        Fault::IdTopic {
            subtopic: "Set operations".into(),
            expected: "sets".into(),
            found: "lists".into(),
        },
    );
}

#[test]
fn the_id_must_have_three_slug_parts_starting_with_the_section() {
    let body = question_with(&[("id", Some("\"lists/Negative Step\""))]);
    assert_question_fault(
        &body,
        "lists/Negative Step",
        Fault::IdShape("lists/Negative Step".into()),
    );
    let body = question_with(&[("id", Some("\"sets/lists/negative-step\""))]);
    assert_question_fault(
        &body,
        "sets/lists/negative-step",
        Fault::IdSection {
            expected: "collections".into(),
            found: "sets".into(),
        },
    );
}

#[test]
fn an_unknown_level_is_rejected_in_a_section_and_in_levels_toml() {
    let file = SourceFile::new(
        "content/sections/01-collections.toml",
        SECTION_HEAD.replace("level = \"beginner\"", "level = \"master\""),
    );
    let errors = errors_for(&[file]);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].fault, Fault::UnknownLevel("master".into()));
    assert!(errors[0]
        .to_string()
        .contains("beginner, intermediate, advanced, expert"));

    let broken = SourceFile::new(
        "content/levels.toml",
        LEVELS.replace("id = \"expert\"", "id = \"guru\""),
    );
    let errors = parse_bank(&broken, &[section("")]).unwrap_err();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert_eq!(errors[0].fault, Fault::UnknownLevel("guru".into()));
    assert_eq!(errors[1].fault, Fault::LevelMissing("expert".into()));
    assert_eq!(errors[1].file, "content/levels.toml");
}

#[test]
fn a_question_needs_three_to_five_options() {
    let body = question_with(&[("options", Some("[\"[40, 20]\", \"[10, 30]\"]"))]);
    assert_question_fault(&body, ID, Fault::OptionCount(2));
    let six = "[\"[40, 20]\", \"a\", \"b\", \"c\", \"d\", \"e\"]";
    assert_question_fault(
        &question_with(&[("options", Some(six))]),
        ID,
        Fault::OptionCount(6),
    );
}

#[test]
fn options_must_be_distinct_and_not_empty() {
    let body = question_with(&[(
        "options",
        Some("[\"[40, 20]\", \"[10, 30]\", \"[10, 30]\"]"),
    )]);
    assert_question_fault(&body, ID, Fault::DuplicateOption("[10, 30]".into()));
    let body = question_with(&[("options", Some("[\"[40, 20]\", \" \", \"[10, 30]\"]"))]);
    assert_question_fault(&body, ID, Fault::EmptyOption(1));
}

#[test]
fn an_option_may_not_refer_to_the_others() {
    let body = question_with(&[(
        "options",
        Some("[\"[40, 20]\", \"[10, 30]\", \"All of the above\"]"),
    )]);
    assert_question_fault(
        &body,
        ID,
        Fault::PositionalOption("All of the above".into()),
    );
}

#[test]
fn the_answer_must_be_in_range() {
    let body = question_with(&[("answer", Some("4"))]);
    assert_question_fault(
        &body,
        ID,
        Fault::AnswerOutOfRange {
            answer: 4,
            options: 4,
        },
    );
    assert!(single_error(&body).to_string().contains("numbered 0 to 3"));
    let body = question_with(&[("answer", Some("-1"))]);
    assert_question_fault(
        &body,
        ID,
        Fault::AnswerOutOfRange {
            answer: -1,
            options: 4,
        },
    );
}

#[test]
fn a_single_answer_question_needs_answer_not_answers() {
    let body = question_with(&[("answer", None)]);
    assert_question_fault(
        &body,
        ID,
        Fault::AnswerMissing {
            kind: "output",
            field: "answer",
        },
    );
    let body = question_with(&[("answers", Some("[0]"))]);
    assert_question_fault(
        &body,
        ID,
        Fault::AnswerWrongField {
            kind: "output",
            field: "answer",
            wrong: "answers",
        },
    );
}

#[test]
fn a_multi_question_needs_a_sound_answers_list_and_four_or_five_options() {
    let multi = [("kind", Some("\"multi\"")), ("answer", None)];
    let with = |extra: (&'static str, Option<&'static str>)| {
        let mut edits = multi.to_vec();
        edits.push(extra);
        question_with(&edits)
    };
    let ok =
        parse_bank(&levels(), &[section(&with(("answers", Some("[2, 0]"))))]).expect("valid multi");
    assert_eq!(ok.sections[0].questions[0].answers, vec![0, 2]);
    assert_question_fault(&with(("answers", Some("[]"))), ID, Fault::AnswersEmpty);
    assert_question_fault(
        &with(("answers", Some("[1, 1]"))),
        ID,
        Fault::AnswersRepeated(1),
    );
    assert_question_fault(
        &with(("answers", Some("[0, 7]"))),
        ID,
        Fault::AnswerOutOfRange {
            answer: 7,
            options: 4,
        },
    );
    assert_question_fault(
        &with(("answers", None)),
        ID,
        Fault::AnswerMissing {
            kind: "multi",
            field: "answers",
        },
    );
    let three = [
        ("kind", Some("\"multi\"")),
        ("answer", None),
        ("answers", Some("[0]")),
        ("options", Some("[\"a\", \"b\", \"c\"]")),
    ];
    assert_question_fault(&question_with(&three), ID, Fault::MultiOptionCount(3));
}

#[test]
fn prompt_and_explanation_must_not_be_empty() {
    assert_question_fault(
        &question_with(&[("prompt", Some("\"  \""))]),
        ID,
        Fault::EmptyText("prompt"),
    );
    assert_question_fault(
        &question_with(&[("explanation", Some("\"\""))]),
        ID,
        Fault::EmptyText("explanation"),
    );
}

#[test]
fn difficulty_must_be_one_to_five() {
    assert_question_fault(
        &question_with(&[("difficulty", Some("0"))]),
        ID,
        Fault::DifficultyOutOfRange(0),
    );
    assert_question_fault(
        &question_with(&[("difficulty", Some("6"))]),
        ID,
        Fault::DifficultyOutOfRange(6),
    );
}

#[test]
fn an_unknown_kind_is_rejected() {
    assert_question_fault(
        &question_with(&[("kind", Some("\"outptu\""))]),
        ID,
        Fault::UnknownKind("outptu".into()),
    );
}

#[test]
fn output_and_error_questions_need_code() {
    assert_question_fault(
        &question_with(&[("code", Some("\"\""))]),
        ID,
        Fault::CodeMissing("output"),
    );
    let body = question_with(&[("code", Some("\"\"")), ("kind", Some("\"choice\""))]);
    parse_bank(&levels(), &[section(&body)]).expect("a choice question may leave out code");
    let body = question_with(&[
        ("kind", Some("\"error\"")),
        (
            "options",
            Some("[\"KeyError\", \"IndexError\", \"No error\"]"),
        ),
        ("code", None),
    ]);
    assert_question_fault(&body, ID, Fault::CodeMissing("error"));
}

#[test]
fn an_error_question_is_keyed_by_an_exception_class_name() {
    let body = question_with(&[
        ("kind", Some("\"error\"")),
        (
            "options",
            Some("[\"No error\", \"KeyError\", \"IndexError\"]"),
        ),
    ]);
    assert_question_fault(&body, ID, Fault::ErrorKeyNotClassName("No error".into()));
    let body = question_with(&[
        ("kind", Some("\"error\"")),
        (
            "options",
            Some("[\"json.JSONDecodeError\", \"KeyError\", \"No error\"]"),
        ),
    ]);
    parse_bank(&levels(), &[section(&body)]).expect("a dotted class name is a class name");
}

#[test]
fn a_choice_key_must_not_give_itself_away_by_length() {
    let long_key = "[\"Each project gets its own packages, isolated from the system Python\", \"It runs faster\", \
        \"It is required\", \"It backs up files\"]";
    let body = question_with(&[("kind", Some("\"choice\"")), ("options", Some(long_key))]);
    assert_question_fault(
        &body,
        ID,
        Fault::KeyStandsOutByLength {
            key: 67,
            longest_other: 17,
        },
    );
    let fair = "[\"Each project gets its own packages\", \"Scripts are compiled ahead of time\", \"Python refuses to \
        start outside one\", \"It keeps a backup of the files\"]";
    let body = question_with(&[("kind", Some("\"choice\"")), ("options", Some(fair))]);
    parse_bank(&levels(), &[section(&body)]).expect("options of similar length are fine");
    let short = "[\"`(3, 4)`\", \"`(4, 3)`\", \"`(3,)`\", \"`()`\"]";
    let body = question_with(&[("kind", Some("\"choice\"")), ("options", Some(short))]);
    parse_bank(&levels(), &[section(&body)]).expect("a few characters more is no give-away");
    let printed = "[\"[40, 30, 20, 10] and then a long line of further output\", \"[10, 30]\", \"[40]\", \"[]\"]";
    let body = question_with(&[("options", Some(printed))]);
    parse_bank(&levels(), &[section(&body)])
        .expect("output options are what the code prints, whatever their length");
}

#[test]
fn the_real_bank_meets_its_coverage_targets() {
    let bank = real_bank();
    let report = CoverageReport::of(&bank);
    for s in &report.sections {
        let name = format!("section {:02} {}", s.number, s.slug);
        assert_eq!(
            s.subtopics_covered_twice, s.subtopics,
            "{name}: every subtopic needs 2 questions"
        );
        assert!(
            s.difficulties.len() >= 4,
            "{name}: uses difficulties {:?}",
            s.difficulties
        );
        assert_eq!(
            s.topics_spanning, s.topics,
            "{name}: every topic needs an easy and a hard question"
        );
        assert!(
            s.code_reading >= 3,
            "{name}: {} code-reading questions",
            s.code_reading
        );
        assert!(
            100 * s.multi <= 15 * s.questions,
            "{name}: {} multi questions",
            s.multi
        );
    }
    for level in &report.levels {
        assert!(
            100 * level.code_reading >= 35 * level.questions,
            "{}: {} of {} questions are code-reading",
            level.level,
            level.code_reading,
            level.questions
        );
        assert!(
            100 * level.key_longest <= 40 * level.choice,
            "{}: the key is the longest option in {} of {} choice questions",
            level.level,
            level.key_longest,
            level.choice
        );
    }
}

#[test]
fn feedback_lines_must_not_be_empty() {
    let body = question_with(&[(
        "feedback",
        Some("[\"Right: a step of -2 starts at the end.\", \"That is a step of 2.\", \" \", \"No.\"]"),
    )]);
    assert_question_fault(&body, ID, Fault::EmptyFeedback(2));
}

#[test]
fn feedback_is_required() {
    let body = question_with(&[("feedback", None)]);
    assert_question_fault(&body, ID, Fault::FeedbackMissing(4));
    assert!(single_error(&body)
        .to_string()
        .contains("give 4 lines, one per option"));
}

#[test]
fn code_in_another_language_says_so_and_is_never_run() {
    let body = question_with(&[("lang", Some("\"cobol\""))]);
    assert_question_fault(&body, ID, Fault::UnknownLang("cobol".into()));
    let body = question_with(&[("lang", Some("\"yaml\""))]);
    assert_question_fault(
        &body,
        ID,
        Fault::CodeNotPython {
            kind: "output",
            lang: "YAML",
        },
    );
    let body = question_with(&[
        ("kind", Some("\"choice\"")),
        ("code", None),
        ("lang", Some("\"sql\"")),
    ]);
    assert_question_fault(&body, ID, Fault::LangWithoutCode);
    let body = question_with(&[
        ("kind", Some("\"choice\"")),
        ("lang", Some("\"dockerfile\"")),
    ]);
    let bank =
        parse_bank(&levels(), &[section(&body)]).expect("a choice question may show a Dockerfile");
    assert_eq!(
        bank.sections[0].questions[0].lang,
        Some(CodeLang::Dockerfile)
    );
}

#[test]
fn feedback_needs_one_line_per_option() {
    let body = question_with(&[("feedback", Some("[\"Right.\", \"Wrong.\"]"))]);
    assert_question_fault(
        &body,
        ID,
        Fault::FeedbackCount {
            feedback: 2,
            options: 4,
        },
    );
}

#[test]
fn irt_overrides_must_be_on_the_scale() {
    let body = question_with(&[("irt", Some("{ a = 0.0, b = 0.5 }"))]);
    let error = single_error(&body);
    assert!(
        matches!(&error.fault, Fault::BadIrt(why) if why.starts_with("a = 0")),
        "{error}"
    );
    let bank = parse_bank(
        &levels(),
        &[section(&question_with(&[(
            "irt",
            Some("{ a = 1.3, b = 0.4 }"),
        )]))],
    )
    .expect("valid irt");
    assert_eq!(
        bank.sections[0].questions[0].irt.map(|irt| irt.b),
        Some(0.4)
    );
}

#[test]
fn topic_slugs_must_be_unique_within_a_section() {
    let file = SourceFile::new(
        "content/sections/01-collections.toml",
        SECTION_HEAD.replace("slug = \"sets\"", "slug = \"lists\""),
    );
    let errors = errors_for(&[file]);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(errors[0].fault, Fault::DuplicateTopicSlug("lists".into()));
    assert_eq!(errors[0].question, None);
}

#[test]
fn section_numbers_run_from_one_without_gaps_or_repeats() {
    let numbered = |number: u32, slug: &str| {
        SourceFile::new(
            format!("content/sections/{number:02}-{slug}.toml"),
            SECTION_HEAD
                .replace("number = 1", &format!("number = {number}"))
                .replace("\"collections\"", &format!("\"{slug}\"")),
        )
    };
    let errors = errors_for(&[numbered(1, "a"), numbered(3, "b")]);
    let faults: Vec<&Fault> = errors.iter().map(|e| &e.fault).collect();
    assert_eq!(
        faults,
        [
            &Fault::SectionNumberOutOfRange {
                number: 3,
                sections: 2
            },
            &Fault::SectionNumberMissing(2)
        ],
        "{errors:#?}"
    );
    assert_eq!(errors[1].file, "content/sections");

    let mut twin = numbered(1, "b");
    twin.path = "content/sections/01-b.toml".into();
    let errors = errors_for(&[numbered(1, "a"), twin]);
    assert!(
        errors.iter().any(|e| e.fault
            == Fault::SectionNumberDuplicated {
                number: 1,
                other_file: "content/sections/01-a.toml".into()
            }
            && e.file == "content/sections/01-b.toml"),
        "{errors:#?}"
    );
}

#[test]
fn the_file_name_must_match_number_and_slug() {
    let file = SourceFile::new("content/sections/1-collections.toml", SECTION_HEAD);
    let errors = errors_for(&[file]);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert_eq!(
        errors[0].fault,
        Fault::FileName {
            expected: "01-collections.toml".into()
        }
    );
}

#[test]
fn every_problem_is_reported_not_just_the_first() {
    let body = question_with(&[
        ("difficulty", Some("9")),
        ("answer", Some("8")),
        ("prompt", Some("\"\"")),
    ]);
    let errors = errors_for(&[section(&body)]);
    assert_eq!(errors.len(), 3, "{errors:#?}");
}
