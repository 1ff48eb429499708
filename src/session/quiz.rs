//! One quiz from start to result: the engine mode behind it, the attempt record that is saved after every answer,
//! and the replay that rebuilds a quiz from that record after a reload.

use super::embed::{Completed, QuizMessage};
use super::grade::{grade, option_order, Choice, Graded};
use super::mastery_map::{mastery_snapshot, section_masteries};
use super::outcome::{QuizOutcome, ReviewResult};
use crate::bank::{Catalog, Level, Question, QuestionId, TYPED_MAX_CHARS};
use crate::engine::irt::AnswerForm;
use crate::engine::review::Timestamp;
use crate::engine::{
    EngineError, LevelQuiz, LevelQuizConfig, Next, Placement, PlacementConfig, Pool, Scope,
    SectionTest, DEFAULT_PRIOR,
};
use crate::progress::{
    AnswerRecord, AttemptId, AttemptRecord, Outcome, Progress, QuizMode, Summary,
};
use rand::Rng;
use std::collections::HashSet;
use std::fmt;

/// The most questions one review round asks.
pub const REVIEW_LENGTH: usize = 10;

/// How many earlier attempts' questions a new attempt steers away from.
const RECENT_ATTEMPTS: usize = 3;

#[derive(Clone, Debug)]
enum Mode {
    Placement(Placement),
    Level(LevelQuiz),
    Section(SectionTest),
    /// Due questions in a fixed order; review has no estimate to refine.
    Review(Vec<QuestionId>),
}

/// Why a quiz cannot start or resume, in words for the learner.
#[derive(Clone, Debug, PartialEq)]
pub enum StartError {
    UnknownSection(String),
    NoQuestions(String),
    NothingDue,
    /// A saved answer names a question this version of the bank no longer has.
    Engine(EngineError),
}

impl std::error::Error for StartError {}

impl fmt::Display for StartError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StartError::UnknownSection(slug) => {
                write!(f, "There is no section called \u{201c}{slug}\u{201d}.")
            }
            StartError::NoQuestions(scope) => write!(f, "{scope} has no questions yet."),
            StartError::NothingDue => write!(
                f,
                "No review questions are due. Questions you miss come back here on a schedule."
            ),
            StartError::Engine(err) => write!(f, "The saved quiz cannot be rebuilt: {err}."),
        }
    }
}

/// What to show next.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// Ask this question, its options shown in `order`; `typed`: by a field to type its output in.
    Ask {
        id: QuestionId,
        order: Vec<usize>,
        typed: bool,
    },
    Done,
}

/// A quiz that has just ended: what it came to, the record to save and what the host page hears.
#[derive(Clone, Debug, PartialEq)]
pub struct Finished {
    pub outcome: QuizOutcome,
    pub record: AttemptRecord,
    /// `completed`, for a course page that embeds the quiz.
    pub message: QuizMessage,
}

impl Finished {
    /// Saves the finished attempt and refreshes the mastery snapshot that Home draws without the full catalog.
    pub fn save(&self, catalog: &Catalog, progress: &mut Progress, now: Timestamp) {
        progress.upsert_attempt(self.record.clone());
        progress.mastery = mastery_snapshot(&section_masteries(catalog, progress, now), now);
    }
}

#[derive(Clone, Debug)]
pub struct Quiz {
    record: AttemptRecord,
    mode: Mode,
    section_count: usize,
    /// In a review, the questions last answered by typing: they come back typed.
    typed_last: HashSet<QuestionId>,
}

impl Quiz {
    /// A new attempt of `mode`, steering away from the questions of the learner's last few attempts.
    pub fn start(
        mode: QuizMode,
        catalog: &Catalog,
        progress: &Progress,
        id: AttemptId,
        now: Timestamp,
    ) -> Result<Quiz, StartError> {
        let length = progress.settings.section_length;
        let form = progress.settings.code_answers;
        Quiz::start_sized(mode, catalog, progress, id, now, (length, form))
    }

    /// Like [`Quiz::start`], with `section_length` questions in a self-test and code questions answered in `form`
    /// instead of the learner's settings.
    pub(super) fn start_sized(
        mode: QuizMode,
        catalog: &Catalog,
        progress: &Progress,
        id: AttemptId,
        now: Timestamp,
        (section_length, form): (usize, AnswerForm),
    ) -> Result<Quiz, StartError> {
        let recent = recent_questions(progress);
        let record = AttemptRecord {
            id,
            mode: mode.clone(),
            started: now,
            finished: None,
            answers: Vec::new(),
            pending: None,
            draft: None,
            form,
            summary: None,
            discarded: false,
        };
        let review = match mode {
            QuizMode::Review => {
                let due: Vec<QuestionId> = progress
                    .review
                    .due(now)
                    .into_iter()
                    .filter(|id| catalog.item(id).is_some())
                    .take(REVIEW_LENGTH)
                    .collect();
                if due.is_empty() {
                    return Err(StartError::NothingDue);
                }
                Some(due)
            }
            _ => None,
        };
        Quiz::build(record, catalog, recent, section_length, review)
            .map(|quiz| quiz.with_typed_last(progress))
    }

    /// Rebuilds a saved attempt by replaying its answers: the same estimate, the same pending question.
    pub fn resume(
        record: AttemptRecord,
        catalog: &Catalog,
        progress: &Progress,
        now: Timestamp,
    ) -> Result<Quiz, StartError> {
        let length = progress.settings.section_length;
        Quiz::resume_sized(record, catalog, progress, now, length)
    }

    /// Like [`Quiz::resume`], with `section_length` questions in a self-test instead of the learner's setting.
    pub(super) fn resume_sized(
        record: AttemptRecord,
        catalog: &Catalog,
        progress: &Progress,
        now: Timestamp,
        section_length: usize,
    ) -> Result<Quiz, StartError> {
        let review = match record.mode {
            QuizMode::Review => {
                let mut ids: Vec<QuestionId> =
                    record.answers.iter().map(|a| a.question.clone()).collect();
                ids.extend(record.pending.iter().map(|(id, _)| id.clone()));
                if record.finished.is_none() {
                    let more: Vec<QuestionId> = progress
                        .review
                        .due(now)
                        .into_iter()
                        .filter(|id| catalog.item(id).is_some() && !ids.contains(id))
                        .collect();
                    ids.extend(more);
                    ids.truncate(REVIEW_LENGTH.max(record.answers.len()));
                }
                Some(ids)
            }
            _ => None,
        };
        let answers = record.answers.clone();
        let mut quiz = Quiz::build(record, catalog, HashSet::new(), section_length, review)?
            .with_typed_last(progress);
        for answer in &answers {
            quiz.engine_answer(&answer.question, answer.outcome.into())
                .map_err(StartError::Engine)?;
        }
        Ok(quiz)
    }

    fn build(
        record: AttemptRecord,
        catalog: &Catalog,
        recent: HashSet<QuestionId>,
        section_length: usize,
        review: Option<Vec<QuestionId>>,
    ) -> Result<Quiz, StartError> {
        let (scope, name) = match &record.mode {
            QuizMode::Placement | QuizMode::Review => (Scope::Bank, "The bank".to_string()),
            QuizMode::Level { level } => (
                Scope::Level(*level),
                catalog.level(*level).map_or_else(
                    || level.to_string(),
                    |l| format!("The {} level", l.info.title),
                ),
            ),
            QuizMode::Section { section } => {
                let summary = catalog
                    .section_by_slug(section.as_str())
                    .ok_or_else(|| StartError::UnknownSection(section.to_string()))?;
                (
                    Scope::Section(section.clone()),
                    format!("Section {}", summary.title),
                )
            }
        };
        let pool = Pool::from_catalog(catalog, &scope, record.form);
        if pool.is_empty() {
            return Err(StartError::NoQuestions(name));
        }
        let section_count = pool.sections().len();
        let mode = match (&record.mode, review) {
            (QuizMode::Review, review) => Mode::Review(review.unwrap_or_default()),
            (QuizMode::Placement, _) => Mode::Placement(Placement::new(
                pool,
                DEFAULT_PRIOR,
                recent,
                PlacementConfig::default(),
            )),
            (QuizMode::Level { level }, _) => Mode::Level(LevelQuiz::new(
                *level,
                pool,
                DEFAULT_PRIOR,
                recent,
                LevelQuizConfig::default(),
            )),
            (QuizMode::Section { .. }, _) => Mode::Section(SectionTest::new(
                pool,
                DEFAULT_PRIOR,
                recent,
                section_length,
            )),
        };
        Ok(Quiz {
            record,
            mode,
            section_count,
            typed_last: HashSet::new(),
        })
    }

    /// For a review, notes the questions whose latest answer was typed.
    fn with_typed_last(mut self, progress: &Progress) -> Quiz {
        if self.record.mode == QuizMode::Review {
            for answer in progress.kept().flat_map(|a| &a.answers) {
                if answer.typed.is_some() {
                    self.typed_last.insert(answer.question.clone());
                } else {
                    self.typed_last.remove(&answer.question);
                }
            }
        }
        self
    }

    /// Whether question `id` is answered by typing in this attempt.
    fn typed(&self, catalog: &Catalog, id: &QuestionId) -> bool {
        let wanted = match self.record.mode {
            QuizMode::Review => self.typed_last.contains(id),
            _ => self.record.form == AnswerForm::Typed,
        };
        wanted && catalog.item(id).is_some_and(|item| item.is_typeable())
    }

    pub fn record(&self) -> &AttemptRecord {
        &self.record
    }

    /// Saves the attempt as it stands (its answers and the question on screen), so a reload resumes it.
    pub fn save(&self, progress: &mut Progress) {
        progress.upsert_attempt(self.record.clone());
    }

    /// Saves the attempt after an answer and moves that question in the review schedule: a miss or a skip brings
    /// it back tomorrow, a right answer later.
    pub fn save_answer(&self, progress: &mut Progress) {
        self.save(progress);
        if let Some(last) = self.record.answers.last() {
            progress
                .review
                .record(&last.question, last.outcome == Outcome::Correct, last.at);
        }
    }

    pub fn answered(&self) -> usize {
        self.record.answers.len()
    }

    /// The question to show: the pending one again (same option order), or the next the engine picks.
    pub fn step(&mut self, catalog: &Catalog, rng: &mut impl Rng) -> Step {
        if self.record.finished.is_some() {
            return Step::Done;
        }
        if let Some((id, order)) = &self.record.pending {
            return Step::Ask {
                id: id.clone(),
                order: order.clone(),
                typed: self.typed(catalog, id),
            };
        }
        let next = match &mut self.mode {
            Mode::Placement(quiz) => quiz.next(rng),
            Mode::Level(quiz) => quiz.next(rng),
            Mode::Section(quiz) => quiz.next(rng),
            Mode::Review(ids) => match ids.get(self.record.answers.len()) {
                Some(id) => Next::Ask(id.clone()),
                None => return Step::Done,
            },
        };
        match next {
            Next::Ask(id) => {
                let options = catalog
                    .item(&id)
                    .map_or(0, |item| usize::from(item.options));
                let order = option_order(options, rng);
                self.record.pending = Some((id.clone(), order.clone()));
                self.record.draft = None;
                let typed = self.typed(catalog, &id);
                Step::Ask { id, order, typed }
            }
            Next::Done(_) => Step::Done,
        }
    }

    /// Grades the learner's choice on the pending question and records it.
    pub fn submit(
        &mut self,
        question: &Question,
        choice: &Choice,
        now: Timestamp,
    ) -> Result<Graded, EngineError> {
        match &self.record.pending {
            Some((id, _)) if *id == question.id => {}
            _ => return Err(EngineError::UnknownQuestion(question.id.clone())),
        }
        let graded = grade(question, choice);
        self.engine_answer(&question.id, graded.answer)?;
        self.record.pending = None;
        self.record.draft = None;
        self.record.answers.push(AnswerRecord {
            question: question.id.clone(),
            outcome: graded.answer.into(),
            selected: graded.selected.clone(),
            typed: graded.typed.clone(),
            at: now,
        });
        Ok(graded)
    }

    /// Keeps what the learner has typed so far for the pending question (save the attempt to keep it over a reload).
    pub fn set_draft(&mut self, text: &str) {
        if self.record.pending.is_some() {
            self.record.draft =
                (!text.is_empty()).then(|| text.chars().take(TYPED_MAX_CHARS).collect());
        }
    }

    /// What was typed so far for the pending question, as [`Quiz::set_draft`] kept it.
    pub fn draft(&self) -> Option<&str> {
        self.record.draft.as_deref()
    }

    fn engine_answer(
        &mut self,
        id: &QuestionId,
        answer: crate::engine::Answer,
    ) -> Result<(), EngineError> {
        match &mut self.mode {
            Mode::Placement(quiz) => quiz.answer(id, answer),
            Mode::Level(quiz) => quiz.answer(id, answer),
            Mode::Section(quiz) => quiz.answer(id, answer),
            Mode::Review(ids) => {
                if ids.contains(id) {
                    Ok(())
                } else {
                    Err(EngineError::UnknownQuestion(id.clone()))
                }
            }
        }
    }

    /// Questions asked so far and the honest range of the total: adaptive tests stop between their minimum and
    /// maximum, never before the questions already asked.
    pub fn length_range(&self) -> (usize, usize, usize) {
        let asked = self.answered() + usize::from(self.record.pending.is_some());
        let (min, max) = match &self.mode {
            Mode::Placement(_) => {
                let config = PlacementConfig::default().stopper;
                (config.min, config.max)
            }
            Mode::Level(_) => {
                let config = LevelQuizConfig::default().stopper;
                (config.min.max(self.section_count), config.max)
            }
            Mode::Section(quiz) => (quiz.length(), quiz.length()),
            Mode::Review(ids) => (ids.len(), ids.len()),
        };
        (asked, min.max(asked), max.max(asked))
    }

    /// Marks the attempt finished and returns its result, the finished record to save (see [`Finished::save`]) and
    /// the message for a host page.
    pub fn finish(&mut self, catalog: &Catalog, now: Timestamp) -> Finished {
        let outcome = self.outcome(catalog);
        let (theta, se, level) = match &outcome {
            QuizOutcome::Placement(result) => (result.theta, result.se, Some(result.level)),
            QuizOutcome::Level(result) => (result.theta, result.se, None::<Level>),
            QuizOutcome::Section(result, _) => (result.mastery.theta, result.mastery.se, None),
            QuizOutcome::Review(_) => (0.0, 0.0, None),
        };
        self.record.pending = None;
        self.record.draft = None;
        self.record.finished = Some(now);
        self.record.summary = Some(Summary {
            correct: outcome.correct(),
            total: outcome.total(),
            theta,
            se,
            level,
        });
        let message = QuizMessage::Completed(Completed::new(&self.record.mode, &outcome, catalog));
        Finished {
            outcome,
            record: self.record.clone(),
            message,
        }
    }

    pub fn outcome(&self, catalog: &Catalog) -> QuizOutcome {
        match &self.mode {
            Mode::Placement(quiz) => QuizOutcome::Placement(quiz.result()),
            Mode::Level(quiz) => QuizOutcome::Level(quiz.result()),
            Mode::Section(quiz) => {
                let slug = match &self.record.mode {
                    QuizMode::Section { section } => catalog
                        .section_by_slug(section.as_str())
                        .map_or(0, |s| s.number),
                    _ => 0,
                };
                QuizOutcome::Section(quiz.result(), slug)
            }
            Mode::Review(_) => {
                let correct = self
                    .record
                    .answers
                    .iter()
                    .filter(|a| a.outcome == Outcome::Correct)
                    .count();
                QuizOutcome::Review(ReviewResult {
                    correct,
                    total: self.record.answers.len(),
                })
            }
        }
    }
}

fn recent_questions(progress: &Progress) -> HashSet<QuestionId> {
    progress
        .attempts
        .iter()
        .rev()
        .take(RECENT_ATTEMPTS)
        .flat_map(|attempt| attempt.answers.iter().map(|a| a.question.clone()))
        .collect()
}
