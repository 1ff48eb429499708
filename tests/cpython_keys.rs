//! Every `output` and `error` question's key is what CPython really does: each snippet runs with `python3` in a
//! temporary folder, twice with different hash seeds, and must print its keyed option or raise its keyed exception.
//! The other CPython versions the bank promises (3.12 and 3.13), when `.ci/test` finds them, run every snippet too.
#![cfg(not(target_arch = "wasm32"))]

use roadmap_quiz::bank::{load_bank, Bank, Question, QuestionKind, Section};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(5);
const HASH_SEEDS: [&str; 2] = ["0", "1"];
/// Runs the snippet as `__main__` and, if it raises, reports the exception class after a marker line on stderr.
const RUNNER: &str = r#"
import runpy, sys
try:
    runpy.run_path(sys.argv[1], run_name="__main__")
except BaseException as error:
    sys.stdout.flush()
    sys.stderr.write("\n@@raised@@ " + type(error).__name__ + "\n")
    sys.exit(97)
"#;
const RAISED: &str = "@@raised@@ ";
/// Colon-separated paths of further interpreters that every snippet must agree with; `.ci/test` sets it.
const OTHER_PYTHONS: &str = "ROADMAP_QUIZ_OTHER_PYTHONS";

/// What one run of a snippet did.
#[derive(Debug, PartialEq)]
enum Outcome {
    Printed(String),
    Raised { class: String, stdout: String },
    Failed(String),
}

fn run_snippet(python: &str, code: &str, folder: &Path, hash_seed: &str) -> Outcome {
    if let Err(err) =
        fs::create_dir_all(folder).and_then(|()| fs::write(folder.join("snippet.py"), code))
    {
        return Outcome::Failed(format!("cannot write the snippet: {err}"));
    }
    let stdout_path = folder.join("stdout.txt");
    let stderr_path = folder.join("stderr.txt");
    let (Ok(stdout), Ok(stderr)) = (
        fs::File::create(&stdout_path),
        fs::File::create(&stderr_path),
    ) else {
        return Outcome::Failed("cannot create output files".into());
    };
    let spawned = Command::new(python)
        .args(["-B", "-c", RUNNER, "snippet.py"])
        .current_dir(folder)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", folder)
        .env("LANG", "C.UTF-8")
        .env("PYTHONHASHSEED", hash_seed)
        .env("PYTHONIOENCODING", "utf-8")
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(stderr)
        .spawn();
    let mut child = match spawned {
        Ok(child) => child,
        Err(err) => return Outcome::Failed(format!("cannot start python3: {err}")),
    };
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Outcome::Failed(format!("still running after {} s", TIMEOUT.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(err) => return Outcome::Failed(format!("lost the python3 process: {err}")),
        }
    };
    let printed = fs::read_to_string(&stdout_path).unwrap_or_default();
    let printed = printed.strip_suffix('\n').unwrap_or(&printed).to_string();
    let errors = fs::read_to_string(&stderr_path).unwrap_or_default();
    if status.success() {
        return Outcome::Printed(printed);
    }
    match errors
        .lines()
        .rev()
        .find_map(|line| line.strip_prefix(RAISED))
    {
        Some(class) => Outcome::Raised {
            class: class.trim().to_string(),
            stdout: printed,
        },
        None => Outcome::Failed(format!("python3 exited with {status}: {}", errors.trim())),
    }
}

/// Checks one question with `python3`; returns a message naming what CPython did when it disagrees with the key.
fn check(question: &Question, scratch: &Path) -> Option<String> {
    let code = question.code.as_deref().unwrap_or_default();
    let outcomes: Vec<Outcome> = HASH_SEEDS
        .iter()
        .map(|seed| run_snippet("python3", code, &scratch.join(format!("seed-{seed}")), seed))
        .collect();
    if outcomes[0] != outcomes[1] {
        return Some(format!(
            "two runs differ (PYTHONHASHSEED=0: {:?}; PYTHONHASHSEED=1: {:?}); snippets must be deterministic",
            outcomes[0], outcomes[1]
        ));
    }
    judge(question, &outcomes[0])
}

/// Checks one question with another interpreter, once: determinism is already checked with `python3`.
fn check_with(python: &str, question: &Question, scratch: &Path) -> Option<String> {
    let code = question.code.as_deref().unwrap_or_default();
    judge(question, &run_snippet(python, code, scratch, HASH_SEEDS[0]))
        .map(|problem| format!("with {python}: {problem}"))
}

/// Compares what a run did with the question's key.
fn judge(question: &Question, outcome: &Outcome) -> Option<String> {
    let key = question.keyed_option().unwrap_or_default();
    match (question.kind, outcome) {
        (QuestionKind::Output, Outcome::Printed(printed)) if printed == key => None,
        (QuestionKind::Output, Outcome::Printed(printed)) => Some(format!(
            "CPython printed {printed:?} but the keyed option is {key:?}"
        )),
        (QuestionKind::Output, Outcome::Raised { class, .. }) => Some(format!(
            "the code raised {class}, but an output question must run without error"
        )),
        (QuestionKind::Error, Outcome::Raised { class, .. })
            if key.rsplit('.').next() == Some(class.as_str()) =>
        {
            None
        }
        (QuestionKind::Error, Outcome::Raised { class, .. }) => Some(format!(
            "CPython raised {class} but the keyed option is {key:?}"
        )),
        (QuestionKind::Error, Outcome::Printed(_)) => Some(format!(
            "the code ran without error, but the keyed option is {key:?}"
        )),
        (_, Outcome::Failed(why)) => Some(why.clone()),
        (QuestionKind::Choice | QuestionKind::Multi, _) => None,
    }
}

fn file_of(section: &Section) -> String {
    format!(
        "content/sections/{:02}-{}.toml",
        section.number, section.slug
    )
}

/// The bank, loaded once for all the interpreters that check it.
fn real_bank() -> &'static Bank {
    static BANK: OnceLock<Bank> = OnceLock::new();
    BANK.get_or_init(|| {
        load_bank(&Path::new(env!("CARGO_MANIFEST_DIR")).join("content"))
            .unwrap_or_else(|errors| panic!("content/ does not load: {errors:#?}"))
    })
}

/// Runs `check` on every code-reading question of the bank, spread over the cores; returns how many there are and
/// one line per disagreement, naming the file and the question.
fn check_bank(
    label: &str,
    check: impl Fn(&Question, &Path) -> Option<String> + Sync,
) -> (usize, Vec<String>) {
    let snippets: Vec<(&Section, &Question)> = real_bank()
        .questions()
        .filter(|(_, question)| question.kind.is_code_reading())
        .collect();
    let scratch: PathBuf = std::env::temp_dir().join(format!(
        "roadmap-quiz-cpython-{label}-{}",
        std::process::id()
    ));
    let next = AtomicUsize::new(0);
    let failures = Mutex::new(Vec::new());
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .max(2);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some((section, question)) = snippets.get(index) else {
                    break;
                };
                if let Some(problem) = check(question, &scratch.join(index.to_string())) {
                    let line = format!(
                        "{}: question \"{}\": {problem}",
                        file_of(section),
                        question.id
                    );
                    failures
                        .lock()
                        .unwrap_or_else(|poisoned| poisoned.into_inner())
                        .push(line);
                }
            });
        }
    });
    let _ = fs::remove_dir_all(&scratch);
    let mut failures = failures
        .into_inner()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    failures.sort();
    (snippets.len(), failures)
}

fn version_of(python: &str) -> String {
    Command::new(python)
        .arg("--version")
        .output()
        .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_string())
        .unwrap_or_else(|err| format!("{python} --version failed: {err}"))
}

#[test]
fn every_code_reading_key_matches_cpython() {
    let (count, failures) = check_bank("main", check);
    assert!(
        failures.is_empty(),
        "{} of {count} code-reading keys disagree with CPython:\n{}",
        failures.len(),
        failures.join("\n")
    );
    println!(
        "cpython: {count} code-reading snippets run twice each ({}) with PYTHONHASHSEED 0 and 1: every key matches",
        version_of("python3")
    );
}

fn other_pythons() -> Vec<String> {
    std::env::var(OTHER_PYTHONS)
        .unwrap_or_default()
        .split(':')
        .filter(|path| !path.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn every_code_reading_key_matches_the_other_cpython_versions() {
    let pythons = other_pythons();
    if pythons.is_empty() {
        println!("cpython: no other versions named in {OTHER_PYTHONS}; only python3 was checked");
        return;
    }
    for python in &pythons {
        let (count, failures) = check_bank("other", |question, scratch| {
            check_with(python, question, scratch)
        });
        assert!(
            failures.is_empty(),
            "{} of {count} code-reading keys disagree with {}:\n{}",
            failures.len(),
            version_of(python),
            failures.join("\n")
        );
        println!(
            "cpython: {count} code-reading snippets run once each ({}): every key matches",
            version_of(python)
        );
    }
}

fn snippet_question(kind: QuestionKind, code: &str, options: &[&str]) -> Question {
    Question {
        id: roadmap_quiz::bank::QuestionId::new("checker/self-test/q"),
        topic: roadmap_quiz::bank::TopicSlug::new("self-test"),
        subtopic: "Self test".into(),
        kind,
        difficulty: roadmap_quiz::bank::Difficulty::new(1).expect("1 is a difficulty"),
        prompt: "What happens?".into(),
        code: Some(code.into()),
        lang: None,
        options: options.iter().map(|o| o.to_string()).collect(),
        answers: vec![0],
        explanation: "Because.".into(),
        hint: None,
        feedback: options.iter().map(|_| "Because.".to_string()).collect(),
        irt: None,
    }
}

/// Checks a hand-made question in its own scratch folder, removed afterwards.
fn check_in(question: &Question, name: &str) -> Option<String> {
    in_scratch(name, |folder| check(question, folder))
}

/// Runs `check` in a scratch folder of its own, removed afterwards.
fn in_scratch(name: &str, check: impl FnOnce(&Path) -> Option<String>) -> Option<String> {
    let folder = std::env::temp_dir().join(format!(
        "roadmap-quiz-checker-{}-{name}",
        std::process::id()
    ));
    let problem = check(&folder);
    let _ = fs::remove_dir_all(&folder);
    problem
}

#[test]
fn the_checker_accepts_a_right_key_and_names_a_wrong_one() {
    let right = snippet_question(
        QuestionKind::Output,
        "print([1, 2][::-1])\nprint('done')",
        &["[2, 1]\ndone", "[1, 2]\ndone", "done"],
    );
    assert_eq!(check_in(&right, "right"), None);
    let wrong = snippet_question(QuestionKind::Output, "print(7 // 2)", &["3.5", "3", "4"]);
    let problem = check_in(&wrong, "wrong").expect("a wrong key is caught");
    assert!(problem.contains("printed \"3\""), "{problem}");
}

#[test]
fn the_checker_compares_exception_classes() {
    let right = snippet_question(
        QuestionKind::Error,
        "{}['missing']",
        &["KeyError", "IndexError", "No error"],
    );
    assert_eq!(check_in(&right, "raises"), None);
    let dotted = snippet_question(
        QuestionKind::Error,
        "import json\njson.loads('{')",
        &["json.JSONDecodeError", "ValueError", "No error"],
    );
    assert_eq!(check_in(&dotted, "dotted"), None);
    let wrong = snippet_question(
        QuestionKind::Error,
        "[][0]",
        &["KeyError", "IndexError", "No error"],
    );
    let problem = check_in(&wrong, "wrong-class").expect("a wrong class is caught");
    assert!(problem.contains("raised IndexError"), "{problem}");
    let silent = snippet_question(
        QuestionKind::Error,
        "x = 1",
        &["KeyError", "IndexError", "No error"],
    );
    assert!(check_in(&silent, "silent").is_some_and(|p| p.contains("without error")));
}

#[test]
fn the_checker_rejects_snippets_that_depend_on_the_hash_seed_or_hang() {
    let unordered = snippet_question(
        QuestionKind::Output,
        "print(list({'alpha', 'beta', 'gamma', 'delta', 'omega'}))",
        &["x", "y", "z"],
    );
    let problem =
        check_in(&unordered, "unordered").expect("set order of strings differs between seeds");
    assert!(problem.contains("two runs differ"), "{problem}");
    let endless = snippet_question(
        QuestionKind::Output,
        "while True:\n    pass",
        &["x", "y", "z"],
    );
    let problem = check_in(&endless, "endless").expect("a hanging snippet is stopped");
    assert!(problem.contains("still running"), "{problem}");
}

#[test]
fn the_checker_catches_a_key_that_holds_on_one_version_only() {
    let Some(other) = other_pythons().into_iter().next() else {
        println!("no other CPython version named in {OTHER_PYTHONS}: nothing to compare");
        return;
    };
    let version = Command::new("python3")
        .args(["-c", "import sys; print(sys.version_info[:2])"])
        .output()
        .map(|out| String::from_utf8_lossy(&out.stdout).trim().to_string())
        .expect("python3 runs");
    let question = snippet_question(
        QuestionKind::Output,
        "import sys\nprint(sys.version_info[:2])",
        &[version.as_str(), "(2, 7)", "(9, 9)"],
    );
    assert_eq!(check_in(&question, "this-version"), None);
    let problem = in_scratch("other-version", |folder| {
        check_with(&other, &question, folder)
    })
    .expect("another minor version prints another tuple");
    assert!(problem.contains(&format!("with {other}")), "{problem}");
}
