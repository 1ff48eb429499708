//! `cargo run --release --bin simulate -- --examinees 2000 --seed 7 [--synthetic-bank 1500] [--json]`
//! `cargo run --release --bin simulate -- --mastery --examinees 2000 --seed 7 [--json]` measures the mastery map
//! instead (see `mastery.rs`).
//! `--typed` answers every `output` question that can be typed by typing (guessing floor `TYPED_GUESS`), and
//! `--slip P` makes a learner who knows a typed answer mistype it with probability P (for example 0.05).
//! Tuning flags override the placement defaults: `--randomesque K`, `--randomesque-opening K`, `--opening N`,
//! `--availability-percent P`, `--confidence-percent P`, `--max-length N`.
//!
//! Simulates learners with known ability, uniform on [−2.5, 2.5], answering by the item model, and runs the real
//! placement engine on the real bank (or a synthetic one shaped like the planned full bank). Every item keeps
//! a = 1.2 and c = 1/options here, so the figures measure the engine rather than optimistic item parameters.

mod mastery;

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use roadmap_quiz::bank::{load_bank, QuestionId};
use roadmap_quiz::engine::irt::{level_of, AnswerForm, DEFAULT_A};
use roadmap_quiz::engine::{
    synthetic_pool, Answer, Next, Placement, PlacementConfig, Pool, Posterior, Scope, StopRule,
    DEFAULT_PRIOR,
};
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

struct Options {
    examinees: usize,
    seed: u64,
    synthetic: Option<usize>,
    json: bool,
    mastery: bool,
    form: AnswerForm,
    slip: f64,
    config: PlacementConfig,
}

fn parse_options() -> Result<Options, String> {
    let mut options = Options {
        examinees: 2000,
        seed: 7,
        synthetic: None,
        json: false,
        mastery: false,
        form: AnswerForm::Picked,
        slip: 0.0,
        config: PlacementConfig::default(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next()
                .and_then(|v| v.parse::<u64>().ok())
                .ok_or_else(|| format!("{name} needs a whole number"))
        };
        match arg.as_str() {
            "--examinees" => options.examinees = value("--examinees")?.max(1) as usize,
            "--seed" => options.seed = value("--seed")?,
            "--synthetic-bank" => {
                options.synthetic = Some(value("--synthetic-bank")?.max(1) as usize)
            }
            "--json" => options.json = true,
            "--mastery" => options.mastery = true,
            "--typed" => options.form = AnswerForm::Typed,
            "--slip" => {
                options.slip = args
                    .next()
                    .and_then(|v| v.parse::<f64>().ok())
                    .filter(|p| (0.0..=1.0).contains(p))
                    .ok_or("--slip needs a probability from 0 to 1")?
            }
            "--randomesque" => {
                options.config.selector.randomesque = value("--randomesque")?.max(1) as usize
            }
            "--randomesque-opening" => {
                options.config.selector.randomesque_opening =
                    value("--randomesque-opening")? as usize
            }
            "--availability-percent" => {
                options.config.availability = value("--availability-percent")? as f64 / 100.0
            }
            "--opening" => options.config.selector.opening = value("--opening")? as usize,
            "--confidence-percent" => {
                options.config.stopper.rule =
                    StopRule::LevelConfidence(value("--confidence-percent")? as f64 / 100.0)
            }
            "--max-length" => options.config.stopper.max = value("--max-length")? as usize,
            other => {
                return Err(format!(
                    "unknown argument {other}; see the top of src/bin/simulate.rs"
                ))
            }
        }
    }
    Ok(options)
}

/// What one simulated placement produced.
struct Run {
    theta: f64,
    estimate: f64,
    exact: bool,
    adjacent: bool,
    length: usize,
}

fn main() -> ExitCode {
    let options = match parse_options() {
        Ok(options) => options,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(2);
        }
    };
    let bank = match load_bank(Path::new("content")) {
        Ok(bank) => bank,
        Err(errors) => {
            errors.iter().for_each(|e| eprintln!("error: {e}"));
            return ExitCode::FAILURE;
        }
    };
    let mut rng = StdRng::seed_from_u64(options.seed);
    if options.mastery {
        return simulate_mastery(&bank, &options, &mut rng);
    }
    let pool = match options.synthetic {
        Some(size) => synthetic_pool(&bank, size, &mut rng),
        None => Pool::from_bank(&bank, &Scope::Bank, options.form).with_discrimination(DEFAULT_A),
    };
    let typed: HashSet<&QuestionId> = match options.form {
        AnswerForm::Typed => bank
            .questions()
            .filter(|(_, q)| q.is_typeable())
            .map(|(_, q)| &q.id)
            .collect(),
        AnswerForm::Picked => HashSet::new(),
    };
    if pool.is_empty() {
        eprintln!("error: the bank has no questions to simulate with");
        return ExitCode::FAILURE;
    }
    let thetas: Vec<f64> = (0..options.examinees)
        .map(|_| rng.random_range(-2.5..=2.5))
        .collect();

    let mut exposure: HashMap<String, usize> = HashMap::new();
    let mut engine_time = Duration::ZERO;
    let mut runs = Vec::with_capacity(thetas.len());
    for &theta in &thetas {
        let mut placement =
            Placement::new(pool.clone(), DEFAULT_PRIOR, HashSet::new(), options.config);
        loop {
            let started = Instant::now();
            let next = placement.next(&mut rng);
            engine_time += started.elapsed();
            let Next::Ask(id) = next else { break };
            let item = pool.get(pool.index_of(&id).expect("the engine asks from its pool"));
            let mut p = item.params.probability(theta);
            if typed.contains(&id) {
                // Knowing the output (the part above the guessing floor) is not always typing it right.
                p = item.params.c + (p - item.params.c) * (1.0 - options.slip);
            }
            let correct = rng.random::<f64>() < p;
            let started = Instant::now();
            placement
                .answer(
                    &id,
                    if correct {
                        Answer::Correct
                    } else {
                        Answer::Incorrect
                    },
                )
                .expect("the asked question is answerable");
            engine_time += started.elapsed();
        }
        for id in placement.asked() {
            *exposure.entry(id.to_string()).or_default() += 1;
        }
        let result = placement.result();
        let truth = level_of(theta).index() as i64;
        let placed = result.level.index() as i64;
        runs.push(Run {
            theta,
            estimate: result.theta,
            exact: truth == placed,
            adjacent: (truth - placed).abs() <= 1,
            length: result.answered,
        });
    }

    let n = runs.len() as f64;
    let questions: usize = runs.iter().map(|r| r.length).sum();
    let mean_length = questions as f64 / n;
    let linear_length = mean_length.round().max(1.0) as usize;
    let linear_exact = thetas
        .iter()
        .filter(|theta| linear_test_places_right(&pool, **theta, linear_length, &mut rng))
        .count() as f64
        / n;
    let share = |f: &dyn Fn(&Run) -> bool| runs.iter().filter(|r| f(r)).count() as f64 / n;
    let errors: Vec<f64> = runs.iter().map(|r| r.estimate - r.theta).collect();
    let figures = serde_json::json!({
        "bank": options.synthetic.map_or("real".to_string(), |size| format!("synthetic-{size}")),
        "items": pool.len(),
        "examinees": runs.len(),
        "seed": options.seed,
        "answers": match options.form { AnswerForm::Picked => "picked", AnswerForm::Typed => "typed" },
        "slip": options.slip,
        "exact_accuracy": share(&|r| r.exact),
        "adjacent_accuracy": share(&|r| r.adjacent),
        "mean_length": mean_length,
        "max_length": runs.iter().map(|r| r.length).max().unwrap_or(0),
        "theta_rmse": (errors.iter().map(|e| e * e).sum::<f64>() / n).sqrt(),
        "theta_bias": errors.iter().sum::<f64>() / n,
        "max_exposure": exposure.values().copied().max().unwrap_or(0) as f64 / n,
        "linear_exact_accuracy": linear_exact,
        "ms_per_question": engine_time.as_secs_f64() * 1000.0 / questions.max(1) as f64,
    });
    print(&figures, options.json, "placement simulation");
    ExitCode::SUCCESS
}

/// Learners through a placement, then a level quiz and two self-tests at their placed level; the mastery map's
/// shown states against the truth after each stage.
fn simulate_mastery(
    bank: &roadmap_quiz::bank::Bank,
    options: &Options,
    rng: &mut StdRng,
) -> ExitCode {
    let catalog = roadmap_quiz::bank::Catalog::of(bank);
    let learners = mastery::Learners::new(bank, &catalog);
    let (mut after_placement, mut after_level) =
        (mastery::Tally::default(), mastery::Tally::default());
    for _ in 0..options.examinees {
        let theta = rng.random_range(-2.5..=2.5);
        learners.run(theta, rng, &mut after_placement, &mut after_level);
    }
    let figures = serde_json::json!({
        "examinees": options.examinees,
        "seed": options.seed,
        "after_placement": after_placement.to_json(),
        "after_level_quiz": after_level.to_json(),
    });
    print(&figures, options.json, "mastery map simulation");
    ExitCode::SUCCESS
}

/// Prints the figures as one JSON object, or as an indented table.
fn print(figures: &serde_json::Value, json: bool, title: &str) {
    if json {
        println!("{figures}");
        return;
    }
    println!("{title}");
    let Some(table) = figures.as_object() else {
        return;
    };
    for (name, value) in table {
        match (value.as_object(), value.as_f64()) {
            (Some(inner), _) => {
                println!("  {name}");
                for (name, value) in inner {
                    println!("    {name:<20} {:.4}", value.as_f64().unwrap_or(0.0));
                }
            }
            (None, Some(x)) if !value.is_u64() => println!("  {name:<22} {x:.4}"),
            _ => println!("  {name:<22} {value}"),
        }
    }
}

/// A random fixed-length test over the pool, scored by the same estimator: does it place `theta` right?
fn linear_test_places_right(pool: &Pool, theta: f64, length: usize, rng: &mut impl Rng) -> bool {
    let mut posterior = Posterior::new(DEFAULT_PRIOR);
    for index in rand::seq::index::sample(rng, pool.len(), length.min(pool.len())) {
        let params = pool.get(index).params;
        posterior.update(&params, rng.random::<f64>() < params.probability(theta));
    }
    posterior.likeliest_level().0 == level_of(theta)
}
