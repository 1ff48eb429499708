//! The adaptive engine: item functions against closed forms, EAP against brute-force integration, and the modes'
//! behaviour on synthetic pools with simulated learners (property tests over many seeded cases).
#![cfg(not(target_arch = "wasm32"))]

use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use roadmap_quiz::bank::{Level, QuestionId};
use roadmap_quiz::engine::irt::{difficulty_to_b, level_of, ItemParams, CUT_SCORES, LEVEL_BANDS};
use roadmap_quiz::engine::mastery::{mastery_across_attempts, Evidence};
use roadmap_quiz::engine::review::{ReviewQueue, Timestamp, BOX_INTERVALS_DAYS};
use roadmap_quiz::engine::{
    grid_point, Answer, Item, LevelQuiz, LevelQuizConfig, Next, Placement, PlacementConfig, Pool,
    Posterior, Prior, SectionTest, StopReason, DEFAULT_PRIOR, GRID_POINTS,
};
use std::collections::HashSet;

const ITEM: ItemParams = ItemParams {
    a: 1.2,
    b: 0.3,
    c: 0.25,
};

/// `per_section` items in each of `sections` sections spread over the levels, 3 topics and 6 subtopics a section.
fn pool(sections: u32, per_section: usize) -> Pool {
    pool_with_levels(sections, per_section, |section| {
        Level::ALL[((section - 1) * 4 / sections.max(1)) as usize]
    })
}

fn pool_with_levels(
    sections: u32,
    per_section: usize,
    level_of_section: impl Fn(u32) -> Level,
) -> Pool {
    let mut entries = Vec::new();
    for section in 1..=sections {
        let level = level_of_section(section);
        for k in 0..per_section {
            let difficulty = (k % 5) as u8 + 1;
            let params = ItemParams {
                a: 1.2,
                b: difficulty_to_b(level, difficulty),
                c: 0.25,
            };
            let item = Item::new(
                QuestionId::new(format!("s{section}/t/q{k}")),
                section,
                level,
                params,
            );
            entries.push((
                item,
                format!("s{section}/t{}", k % 3),
                format!("s{section}/sub{}", k % 6),
            ));
        }
    }
    Pool::from_entries(entries)
}

fn section_pool(items: usize) -> Pool {
    let mut entries = Vec::new();
    for k in 0..items {
        let params = ItemParams {
            a: 1.2,
            b: difficulty_to_b(Level::Intermediate, (k % 5) as u8 + 1),
            c: 0.25,
        };
        let item = Item::new(
            QuestionId::new(format!("sec/t/q{k}")),
            10,
            Level::Intermediate,
            params,
        );
        entries.push((item, "sec/t".to_string(), format!("subtopic {}", k % 4)));
    }
    Pool::from_entries(entries)
}

fn answer_for(pool: &Pool, id: &QuestionId, theta: f64, rng: &mut impl Rng) -> Answer {
    let item = pool.get(pool.index_of(id).expect("asked from the pool"));
    if rng.random::<f64>() < item.params.probability(theta) {
        Answer::Correct
    } else {
        Answer::Incorrect
    }
}

/// Runs a placement for a simulated learner; returns the questions asked and the placement.
fn run_placement(pool: &Pool, theta: f64, seed: u64) -> (Vec<QuestionId>, Placement) {
    let mut rng = StdRng::seed_from_u64(seed);
    let mut placement = Placement::new(
        pool.clone(),
        DEFAULT_PRIOR,
        HashSet::new(),
        PlacementConfig::default(),
    );
    let mut asked = Vec::new();
    while let Next::Ask(id) = placement.next(&mut rng) {
        let answer = answer_for(pool, &id, theta, &mut rng);
        placement
            .answer(&id, answer)
            .expect("the asked question is answerable");
        asked.push(id);
    }
    (asked, placement)
}

#[test]
fn probability_matches_the_three_parameter_logistic() {
    for theta in [-3.0, -0.7, 0.3, 1.9] {
        let expected = 0.25 + 0.75 / (1.0 + (-1.2_f64 * (theta - 0.3)).exp());
        assert!((ITEM.probability(theta) - expected).abs() < 1e-12);
    }
    assert!(
        (ITEM.probability(0.3) - 0.625).abs() < 1e-12,
        "at θ = b, P = c + (1 − c) / 2"
    );
}

#[test]
fn information_matches_the_derivative_form() {
    // I(θ) = P'(θ)² / (P (1 − P)), with P' taken numerically.
    for theta in [-2.0, -0.5, 0.3, 0.8, 2.5] {
        let h = 1e-5;
        let slope = (ITEM.probability(theta + h) - ITEM.probability(theta - h)) / (2.0 * h);
        let p = ITEM.probability(theta);
        let expected = slope * slope / (p * (1.0 - p));
        assert!(
            (ITEM.information(theta) - expected).abs() < 1e-6,
            "θ = {theta}"
        );
    }
}

#[test]
fn difficulty_spreads_each_level_over_its_band_and_cut_scores_split_levels() {
    for level in Level::ALL {
        let (low, high) = LEVEL_BANDS[level.index()];
        let bs: Vec<f64> = (1..=5).map(|d| difficulty_to_b(level, d)).collect();
        assert!(bs.windows(2).all(|w| w[0] < w[1]), "{level}: {bs:?}");
        assert!(bs.iter().all(|b| *b > low && *b < high), "{level}: {bs:?}");
        assert_eq!(level_of((low + high) / 2.0), level);
    }
    assert_eq!(CUT_SCORES, [-1.0, 0.0, 1.0]);
    assert_eq!(level_of(-1.0), Level::Intermediate);
}

/// The posterior mean and sd by trapezoid integration on a fine grid over a wide range.
fn brute_force(prior: Prior, answers: &[(ItemParams, bool)]) -> (f64, f64) {
    let n = 40_001;
    let (low, high) = (-8.0, 8.0);
    let step = (high - low) / (n - 1) as f64;
    let (mut mass, mut first, mut second) = (0.0, 0.0, 0.0);
    for i in 0..n {
        let theta = low + i as f64 * step;
        let mut density = (-0.5 * ((theta - prior.mean) / prior.sd).powi(2)).exp();
        for (item, correct) in answers {
            let p = item.probability(theta);
            density *= if *correct { p } else { 1.0 - p };
        }
        let weight = if i == 0 || i == n - 1 { 0.5 } else { 1.0 };
        mass += weight * density;
        first += weight * density * theta;
        second += weight * density * theta * theta;
    }
    let mean = first / mass;
    (mean, (second / mass - mean * mean).sqrt())
}

#[test]
fn eap_matches_a_brute_force_integral() {
    let mut rng = StdRng::seed_from_u64(3);
    for case in 0..40 {
        // The priors the app uses: sd 1.5 at most, centred on the roadmap.
        let prior = Prior {
            mean: rng.random_range(-1.0..1.0),
            sd: rng.random_range(0.6..1.5),
        };
        let answers: Vec<(ItemParams, bool)> = (0..rng.random_range(0..25))
            .map(|_| {
                let item = ItemParams {
                    a: rng.random_range(0.6..2.0),
                    b: rng.random_range(-2.5..2.5),
                    c: 0.25,
                };
                (item, rng.random::<bool>())
            })
            .collect();
        let mut posterior = Posterior::new(prior);
        for (item, correct) in &answers {
            posterior.update(item, *correct);
        }
        let (mean, sd) = brute_force(prior, &answers);
        assert!(
            (posterior.mean() - mean).abs() < 0.01,
            "case {case}: EAP {} vs {mean}",
            posterior.mean()
        );
        assert!(
            (posterior.sd() - sd).abs() < 0.01,
            "case {case}: SE {} vs {sd}",
            posterior.sd()
        );
        let total: f64 = posterior.level_probabilities().iter().sum();
        assert!((total - 1.0).abs() < 1e-9);
    }
}

#[test]
fn the_grid_is_symmetric_and_avoids_the_cut_scores() {
    assert!((grid_point(0) + grid_point(GRID_POINTS - 1)).abs() < 1e-12);
    for i in 0..GRID_POINTS {
        assert!(CUT_SCORES
            .iter()
            .all(|cut| (grid_point(i) - cut).abs() > 1e-9));
    }
}

#[test]
fn the_estimate_moves_toward_the_true_ability_as_answers_accumulate() {
    let pool = pool(52, 30);
    let mut early = 0.0;
    let mut late = 0.0;
    let cases = 300;
    for case in 0..cases {
        let mut rng = StdRng::seed_from_u64(case);
        let theta: f64 = rng.random_range(-2.5..2.5);
        let mut posterior = Posterior::new(DEFAULT_PRIOR);
        for step in 1..=30 {
            let item = pool.get(rng.random_range(0..pool.len())).params;
            posterior.update(&item, rng.random::<f64>() < item.probability(theta));
            if step == 3 {
                early += (posterior.mean() - theta).abs();
            }
        }
        late += (posterior.mean() - theta).abs();
    }
    assert!(
        late < 0.6 * early,
        "mean error after 3 answers {early}, after 30 {late} (summed over {cases})"
    );
}

#[test]
fn placement_stays_within_8_and_25_questions_and_never_repeats_one() {
    let pool = pool(52, 30);
    for seed in 0..60 {
        let theta = -2.5 + 5.0 * seed as f64 / 59.0;
        let (asked, placement) = run_placement(&pool, theta, seed);
        assert!(
            (8..=25).contains(&asked.len()),
            "θ = {theta}: {} questions",
            asked.len()
        );
        let distinct: HashSet<_> = asked.iter().collect();
        assert_eq!(distinct.len(), asked.len(), "a question repeated");
        let result = placement.result();
        assert_eq!(result.answered, asked.len());
        assert!(matches!(
            result.reason,
            Some(StopReason::Confident | StopReason::MaxLength)
        ));
        if result.reason == Some(StopReason::Confident) {
            assert!(result.probabilities.iter().cloned().fold(0.0, f64::max) >= 0.90);
        }
    }
}

#[test]
fn placement_places_clear_cases_right() {
    let pool = pool(52, 30);
    // Far from every cut score a placement is nearly always right; mid-band in the one-unit-wide levels it is
    // right about three times in four (see the simulation).
    let cases = [
        (-2.3, Level::Beginner, 19),
        (-0.5, Level::Intermediate, 12),
        (0.5, Level::Advanced, 12),
        (2.3, Level::Expert, 19),
    ];
    for (theta, level, at_least) in cases {
        let placed = (0..20)
            .filter(|seed| run_placement(&pool, theta, *seed).1.result().level == level)
            .count();
        assert!(
            placed >= at_least,
            "θ = {theta}: placed at {level} in {placed} of 20"
        );
    }
}

#[test]
fn a_fixed_seed_gives_the_same_test_twice_and_another_seed_a_different_one() {
    let pool = pool(52, 30);
    let (first, _) = run_placement(&pool, 0.4, 99);
    let (again, _) = run_placement(&pool, 0.4, 99);
    assert_eq!(first, again);
    let (other, _) = run_placement(&pool, 0.4, 100);
    assert_ne!(
        first, other,
        "two learners at the same ability got the same test"
    );
}

#[test]
fn the_pending_question_is_asked_again_until_answered() {
    let pool = pool(8, 10);
    let mut rng = StdRng::seed_from_u64(1);
    let mut placement = Placement::new(
        pool.clone(),
        DEFAULT_PRIOR,
        HashSet::new(),
        PlacementConfig::default(),
    );
    let first = placement.next(&mut rng);
    assert_eq!(placement.next(&mut rng), first);
    let Next::Ask(id) = first else {
        panic!("a question")
    };
    placement.answer(&id, Answer::DontKnow).expect("answerable");
    assert!(
        placement.answer(&id, Answer::Correct).is_err(),
        "a question is answered once"
    );
    assert!(placement
        .answer(&QuestionId::new("nope/x/y"), Answer::Correct)
        .is_err());
    assert_eq!(
        placement.result().correct,
        0,
        "I don't know scores as incorrect"
    );
}

#[test]
fn i_dont_know_moves_the_estimate_like_a_wrong_answer() {
    let pool = pool(8, 10);
    let run = |answer: Answer| {
        let mut rng = StdRng::seed_from_u64(5);
        let mut placement = Placement::new(
            pool.clone(),
            DEFAULT_PRIOR,
            HashSet::new(),
            PlacementConfig::default(),
        );
        let Next::Ask(id) = placement.next(&mut rng) else {
            panic!("a question")
        };
        placement.answer(&id, answer).expect("answerable");
        placement.result().theta
    };
    assert_eq!(run(Answer::DontKnow), run(Answer::Incorrect));
    assert!(run(Answer::Correct) > run(Answer::Incorrect));
}

#[test]
fn recently_seen_questions_are_avoided_while_others_remain() {
    let pool = pool(52, 30);
    let (first, _) = run_placement(&pool, 0.2, 7);
    let recent: HashSet<QuestionId> = first.iter().cloned().collect();
    let mut rng = StdRng::seed_from_u64(8);
    let mut placement = Placement::new(
        pool.clone(),
        DEFAULT_PRIOR,
        recent.clone(),
        PlacementConfig::default(),
    );
    let mut repeats = 0;
    while let Next::Ask(id) = placement.next(&mut rng) {
        repeats += usize::from(recent.contains(&id));
        let answer = answer_for(&pool, &id, 0.2, &mut rng);
        placement.answer(&id, answer).expect("answerable");
    }
    assert_eq!(repeats, 0);
}

#[test]
fn every_mode_stops_gracefully_on_a_scope_with_very_few_questions() {
    let tiny = pool(2, 2);
    let mut rng = StdRng::seed_from_u64(2);
    let (asked, placement) = run_placement(&tiny, 0.0, 2);
    assert_eq!(asked.len(), 4);
    assert_eq!(placement.result().reason, Some(StopReason::OutOfQuestions));

    let mut quiz = LevelQuiz::new(
        Level::Beginner,
        tiny.clone(),
        DEFAULT_PRIOR,
        HashSet::new(),
        LevelQuizConfig::default(),
    );
    while let Next::Ask(id) = quiz.next(&mut rng) {
        quiz.answer(&id, Answer::Correct).expect("answerable");
    }
    assert_eq!(quiz.result().reason, Some(StopReason::OutOfQuestions));
    assert_eq!(quiz.answered(), 4);

    let mut test = SectionTest::new(section_pool(3), DEFAULT_PRIOR, HashSet::new(), 10);
    while let Next::Ask(id) = test.next(&mut rng) {
        test.answer(&id, Answer::Incorrect).expect("answerable");
    }
    let result = test.result();
    assert_eq!(
        (result.answered, result.reason),
        (3, Some(StopReason::OutOfQuestions))
    );
    assert_eq!(
        StopReason::OutOfQuestions.describe(),
        "There are no more questions in this part of the bank yet."
    );

    let mut empty = SectionTest::new(Pool::default(), DEFAULT_PRIOR, HashSet::new(), 10);
    assert_eq!(empty.next(&mut rng), Next::Done(StopReason::OutOfQuestions));
    assert_eq!(empty.result().score, 0.0);
}

#[test]
fn a_level_quiz_asks_every_section_and_ranks_the_weak_ones_first() {
    let pool = pool_with_levels(9, 20, |_| Level::Intermediate);
    let weak = 4;
    for seed in 0..10 {
        let mut rng = StdRng::seed_from_u64(seed);
        let prior = Prior {
            mean: -0.5,
            sd: 1.0,
        };
        let mut quiz = LevelQuiz::new(
            Level::Intermediate,
            pool.clone(),
            prior,
            HashSet::new(),
            LevelQuizConfig::default(),
        );
        while let Next::Ask(id) = quiz.next(&mut rng) {
            let section = pool.get(pool.index_of(&id).expect("from the pool")).section;
            // A learner above the level everywhere but section 4, where they know nothing.
            let answer = if section == weak {
                Answer::Incorrect
            } else {
                answer_for(&pool, &id, 1.0, &mut rng)
            };
            quiz.answer(&id, answer).expect("answerable");
        }
        let result = quiz.result();
        assert!(result.answered <= 30);
        assert!(
            result.sections.iter().all(|s| s.asked >= 1),
            "every section asked: {:?}",
            result.sections
        );
        assert_eq!(
            result.sections[0].section, weak,
            "seed {seed}: {:?}",
            result.sections
        );
        assert!(result
            .sections
            .windows(2)
            .all(|w| w[0].mastery.score <= w[1].mastery.score));
    }
}

#[test]
fn a_section_test_covers_distinct_subtopics_before_repeating_one() {
    let pool = section_pool(20);
    let mut rng = StdRng::seed_from_u64(4);
    let mut test = SectionTest::new(pool.clone(), DEFAULT_PRIOR, HashSet::new(), 8);
    let mut subtopics = Vec::new();
    while let Next::Ask(id) = test.next(&mut rng) {
        subtopics.push(
            pool.get(pool.index_of(&id).expect("from the pool"))
                .subtopic,
        );
        let answer = if subtopics.len() == 2 {
            Answer::DontKnow
        } else {
            Answer::Correct
        };
        test.answer(&id, answer).expect("answerable");
    }
    assert_eq!(subtopics.len(), 8);
    let first_four: HashSet<_> = subtopics[..4].iter().collect();
    assert_eq!(
        first_four.len(),
        4,
        "the 4 subtopics come before any repeat: {subtopics:?}"
    );
    let result = test.result();
    assert_eq!(
        (result.correct, result.answered, result.reason),
        (7, 8, Some(StopReason::Length))
    );
    assert_eq!(result.missed_subtopics.len(), 1);
    assert!(result.missed_subtopics[0].starts_with("subtopic "));
    assert!(result.mastery.score > 0.5);
}

#[test]
fn section_test_length_is_clamped_to_5_through_20() {
    assert_eq!(
        SectionTest::new(section_pool(30), DEFAULT_PRIOR, HashSet::new(), 2).length(),
        5
    );
    assert_eq!(
        SectionTest::new(section_pool(30), DEFAULT_PRIOR, HashSet::new(), 50).length(),
        20
    );
}

#[test]
fn the_section_test_adapts_difficulty_to_the_learner() {
    let pool = section_pool(40);
    let mean_b = |answer: Answer| {
        let mut rng = StdRng::seed_from_u64(6);
        let mut test = SectionTest::new(pool.clone(), DEFAULT_PRIOR, HashSet::new(), 10);
        let mut bs = Vec::new();
        while let Next::Ask(id) = test.next(&mut rng) {
            bs.push(
                pool.get(pool.index_of(&id).expect("from the pool"))
                    .params
                    .b,
            );
            test.answer(&id, answer).expect("answerable");
        }
        bs[5..].iter().sum::<f64>() / 5.0
    };
    assert!(mean_b(Answer::Correct) > mean_b(Answer::Incorrect));
}

#[test]
fn older_evidence_counts_less_in_mastery_across_attempts() {
    let items = [
        ItemParams {
            a: 1.2,
            b: -0.5,
            c: 0.25,
        },
        ItemParams {
            a: 1.2,
            b: -0.3,
            c: 0.25,
        },
    ];
    let evidence = |correct: bool, age_days: f64| Evidence {
        params: items[0],
        correct,
        age_days,
    };
    let prior = Prior {
        mean: -0.5,
        sd: 1.0,
    };
    let old_wrong_new_right = [
        evidence(false, 300.0),
        evidence(false, 300.0),
        evidence(true, 1.0),
        evidence(true, 1.0),
    ];
    let old_right_new_wrong = [
        evidence(true, 300.0),
        evidence(true, 300.0),
        evidence(false, 1.0),
        evidence(false, 1.0),
    ];
    let improving = mastery_across_attempts(prior, &old_wrong_new_right, &items);
    let slipping = mastery_across_attempts(prior, &old_right_new_wrong, &items);
    assert!(
        improving.score > slipping.score + 0.1,
        "{improving:?} vs {slipping:?}"
    );
    assert!(improving.score_sd > 0.0 && improving.score <= 1.0);
    let none = mastery_across_attempts(prior, &[], &items);
    assert!(none.score_sd > improving.score_sd / 2.0);
}

#[test]
fn the_review_queue_follows_the_leitner_schedule() {
    let id = QuestionId::new("strings/methods/strip");
    let day = |n: u64| Timestamp(0).plus_days(n);
    let mut queue = ReviewQueue::default();
    queue.record(&id, true, day(0));
    assert!(queue.is_empty(), "a right answer does not enter review");
    queue.record(&id, false, day(0));
    assert_eq!(queue.due_count(day(0)), 0);
    assert_eq!(queue.due(day(1)), vec![id.clone()]);
    let mut now = day(1);
    for (slot, interval) in BOX_INTERVALS_DAYS.iter().enumerate().skip(1) {
        queue.record(&id, true, now);
        assert_eq!(queue.card(&id).map(|c| c.slot), Some(slot));
        assert_eq!(queue.due_count(now.plus_days(interval - 1)), 0);
        now = now.plus_days(*interval);
        assert_eq!(queue.due_count(now), 1);
    }
    queue.record(&id, true, now);
    assert!(
        queue.is_empty(),
        "a right answer from the last box retires the question"
    );
    queue.record(&id, false, now);
    queue.record(&id, true, now);
    assert_eq!(
        queue.card(&id).map(|c| c.slot),
        Some(0),
        "answered right before due: no promotion"
    );
}
