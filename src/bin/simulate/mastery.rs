//! `simulate --mastery`: simulated learners take a placement, then a level quiz and two self-tests at the level
//! they were placed at, through the same session code as the app. After each stage every section's shown state is
//! compared with the truth: the section's expected share right at the learner's true ability.

use rand::rngs::StdRng;
use rand::Rng;
use roadmap_quiz::bank::{Bank, Catalog, Level, Question, QuestionId};
use roadmap_quiz::engine::irt::{AnswerForm, ItemParams};
use roadmap_quiz::engine::mastery::Band;
use roadmap_quiz::engine::review::Timestamp;
use roadmap_quiz::progress::{AttemptId, Progress, QuizMode};
use roadmap_quiz::session::{
    section_masteries, Basis, Choice, Quiz, QuizOutcome, SectionMastery, Step,
};
use std::collections::HashMap;

/// How the shown states compare with the truth, over every learner at one stage.
#[derive(Default)]
pub struct Tally {
    sections: usize,
    coloured: usize,
    right_band: usize,
    two_bands_off: usize,
    level_sections: usize,
    level_measured: usize,
}

impl Tally {
    pub fn to_json(&self) -> serde_json::Value {
        let share = |n: usize, of: usize| if of == 0 { 0.0 } else { n as f64 / of as f64 };
        serde_json::json!({
            "coloured": share(self.coloured, self.sections),
            "right_band": share(self.right_band, self.coloured),
            "two_bands_off": share(self.two_bands_off, self.coloured),
            "measured": share(self.level_measured, self.level_sections),
        })
    }
}

/// What a simulated learner answers with: every question of the bank with its item parameters.
pub struct Learners<'a> {
    catalog: &'a Catalog,
    questions: HashMap<&'a QuestionId, (ItemParams, &'a Question)>,
    /// Each section's items, for the truth.
    items: HashMap<u32, Vec<ItemParams>>,
}

impl<'a> Learners<'a> {
    pub fn new(bank: &'a Bank, catalog: &'a Catalog) -> Learners<'a> {
        let mut questions = HashMap::new();
        let mut items: HashMap<u32, Vec<ItemParams>> = HashMap::new();
        for (section, question) in bank.questions() {
            let params = ItemParams::of(question, section.level, AnswerForm::Picked);
            questions.insert(&question.id, (params, question));
            items.entry(section.number).or_default().push(params);
        }
        Learners {
            catalog,
            questions,
            items,
        }
    }

    /// Runs one learner of ability `theta` through the stages, adding to the two tallies.
    pub fn run(
        &self,
        theta: f64,
        rng: &mut StdRng,
        after_placement: &mut Tally,
        after_level: &mut Tally,
    ) {
        let mut progress = Progress::default();
        let placed = match self.take(QuizMode::Placement, theta, &mut progress, rng, 0) {
            Some(QuizOutcome::Placement(result)) => result.level,
            _ => return,
        };
        self.compare(theta, placed, &progress, after_placement);
        self.take(
            QuizMode::Level { level: placed },
            theta,
            &mut progress,
            rng,
            1,
        );
        // The two self-tests a learner following the study plan takes: the level's first sections not yet shown
        // as strong, in roadmap order.
        let masteries = section_masteries(self.catalog, &progress, Timestamp(2));
        let mut next = masteries
            .iter()
            .filter(|s| s.level == placed && s.band != Some(Band::Strong))
            .chain(masteries.iter().filter(|s| s.level == placed))
            .map(|s| s.number)
            .collect::<Vec<_>>();
        next.dedup();
        for (k, number) in next.into_iter().take(2).enumerate() {
            if let Some(section) = self.catalog.section(number) {
                let mode = QuizMode::Section {
                    section: section.slug.clone(),
                };
                self.take(mode, theta, &mut progress, rng, 2 + k as u64);
            }
        }
        self.compare(theta, placed, &progress, after_level);
    }

    /// Takes one quiz to its end, answering by the item model, and saves it as the app does.
    fn take(
        &self,
        mode: QuizMode,
        theta: f64,
        progress: &mut Progress,
        rng: &mut StdRng,
        stage: u64,
    ) -> Option<QuizOutcome> {
        let at = Timestamp(stage * 60_000);
        let id = AttemptId(format!("sim-{stage}"));
        let mut quiz = Quiz::start(mode, self.catalog, progress, id, at).ok()?;
        while let Step::Ask { id, .. } = quiz.step(self.catalog, rng) {
            let (params, question) = self.questions.get(&id)?;
            let choice = if rng.random::<f64>() < params.probability(theta) {
                Choice::Options(question.answers.clone())
            } else {
                let wrong = (0..question.options.len()).find(|i| !question.answers.contains(i))?;
                Choice::Options(vec![wrong])
            };
            quiz.submit(question, &choice, at).ok()?;
        }
        let finished = quiz.finish(self.catalog, at);
        finished.save(self.catalog, progress, at);
        Some(finished.outcome)
    }

    fn compare(&self, theta: f64, level: Level, progress: &Progress, tally: &mut Tally) {
        for shown in section_masteries(self.catalog, progress, Timestamp(10 * 60_000)) {
            tally.sections += 1;
            if shown.level == level {
                tally.level_sections += 1;
            }
            let Some(band) = shown.band else {
                continue;
            };
            let truth = Band::of(self.true_share(&shown, theta));
            tally.coloured += 1;
            tally.right_band += usize::from(band == truth);
            tally.two_bands_off += usize::from(band.distance(truth) == 2);
            if shown.level == level && shown.basis == Basis::Measured {
                tally.level_measured += 1;
            }
        }
    }

    fn true_share(&self, section: &SectionMastery, theta: f64) -> f64 {
        let items = self
            .items
            .get(&section.number)
            .map_or(&[][..], Vec::as_slice);
        items.iter().map(|i| i.probability(theta)).sum::<f64>() / items.len().max(1) as f64
    }
}
