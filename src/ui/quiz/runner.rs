//! The quiz page's state and the actions its controls take. Each action calls the session's rules (begin, step,
//! submit, save, finish) and records what to draw next; the views only call these.

use crate::bank::{Catalog, QuestionId, QuestionKind};
use crate::progress::{AttemptId, AttemptRecord, Progress, QuizMode};
use crate::session::{
    begin_quiz, pick_option, Begin, Choice, Graded, Launch, Quiz, QuizMessage, Route, Step,
};
use crate::ui::browser::{focus_id, now, random_seed};
use crate::ui::host::{use_host, Host};
use crate::ui::state::{use_app, AppState};
use leptos::prelude::*;
use std::time::Duration;

/// What the quiz page shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Phase {
    Starting,
    /// Another quiz is unfinished: resume that one or discard it first.
    Conflict(AttemptRecord),
    Failed(String),
    /// A question, its options in `order`, waiting for an answer.
    Asking {
        id: QuestionId,
        order: Vec<usize>,
    },
    /// The same question with the grade of the answer just given.
    Feedback {
        id: QuestionId,
        order: Vec<usize>,
        graded: Graded,
    },
}

/// One quiz page's signals; copied into every handler.
#[derive(Clone, Copy)]
pub struct Runner {
    pub state: AppState,
    pub host: Option<Host>,
    pub catalog: &'static Catalog,
    pub mode: StoredValue<QuizMode>,
    quiz: RwSignal<Option<Quiz>>,
    pub phase: RwSignal<Phase>,
    /// The options picked so far, as indexes into the question's own order.
    pub selection: RwSignal<Vec<usize>>,
    /// The leave dialog is open.
    pub leaving: RwSignal<bool>,
}

impl Runner {
    pub fn new(mode: QuizMode, catalog: &'static Catalog) -> Runner {
        Runner {
            state: use_app(),
            host: use_host(),
            catalog,
            mode: StoredValue::new(mode),
            quiz: RwSignal::new(None),
            phase: RwSignal::new(Phase::Starting),
            selection: RwSignal::new(Vec::new()),
            leaving: RwSignal::new(false),
        }
    }

    /// Resumes this mode's unfinished attempt, asks about another unfinished quiz, or starts a new attempt.
    pub fn begin(self) {
        let launch = Launch {
            length: self.host.and_then(|host| host.length()),
            embedded: self.host.is_some(),
        };
        let begun = self.state.progress.with_untracked(|progress| {
            self.mode.with_value(|mode| {
                begin_quiz(mode, self.catalog, progress, launch, now(), random_seed())
            })
        });
        match begun {
            Ok(Begin::Resumed(quiz) | Begin::Started(quiz)) => {
                self.quiz.set(Some(quiz));
                self.advance();
            }
            Ok(Begin::Conflict(record)) => self.phase.set(Phase::Conflict(record)),
            Err(err) => self.phase.set(Phase::Failed(err.to_string())),
        }
    }

    /// Discards the other unfinished quiz, then begins this one.
    pub fn discard_other(self, other: &AttemptId) {
        self.state.change(|progress| progress.discard(other, now()));
        self.begin();
    }

    /// Shows the next question (saving the attempt with it), or finishes when the quiz has asked enough.
    pub fn advance(self) {
        let step = self
            .quiz
            .try_update(|quiz| {
                quiz.as_mut()
                    .map(|quiz| self.state.with_rng(|rng| quiz.step(self.catalog, rng)))
            })
            .flatten();
        match step {
            Some(Step::Ask { id, order }) => {
                self.save(Quiz::save);
                self.state.fetch_question(&id);
                self.selection.set(Vec::new());
                self.phase.set(Phase::Asking { id, order });
            }
            Some(Step::Done) => self.finish(),
            None => self
                .phase
                .set(Phase::Failed("The quiz could not continue.".to_string())),
        }
    }

    fn finish(self) {
        let at = now();
        let finished = self
            .quiz
            .try_update(|quiz| quiz.as_mut().map(|quiz| quiz.finish(self.catalog, at)))
            .flatten();
        let Some(finished) = finished else {
            return;
        };
        if let Some(host) = self.host {
            host.tell(&finished.message);
        }
        self.state
            .change(|progress| finished.save(self.catalog, progress, at));
        self.state.go(&Route::Results(finished.record.id.0.clone()));
    }

    fn save(self, how: fn(&Quiz, &mut Progress)) {
        self.quiz.with_untracked(|quiz| {
            if let Some(quiz) = quiz {
                self.state.change(|progress| how(quiz, progress));
            }
        });
    }

    /// Picks option `index` (of the question's own order), as a click or a digit key does.
    pub fn pick(self, index: usize) {
        let multi = match self.phase.get_untracked() {
            Phase::Asking { id, .. } => self
                .state
                .question_now(&id)
                .is_some_and(|q| q.kind == QuestionKind::Multi),
            _ => return,
        };
        self.selection
            .update(|selection| pick_option(selection, index, multi));
    }

    /// Submits the options picked, if any.
    pub fn submit_selection(self) {
        let chosen = self.selection.get_untracked();
        if !chosen.is_empty() {
            self.submit(Choice::Options(chosen));
        }
    }

    /// Grades `choice` on the question on screen and shows the feedback, then saves.
    pub fn submit(self, choice: Choice) {
        let Phase::Asking { id, order } = self.phase.get_untracked() else {
            return;
        };
        let Some(question) = self.state.question_now(&id) else {
            return;
        };
        let graded = self
            .quiz
            .try_update(|quiz| {
                quiz.as_mut()
                    .map(|quiz| quiz.submit(&question, &choice, now()))
            })
            .flatten();
        match graded {
            Some(Ok(graded)) => {
                if let Some(host) = self.host {
                    host.tell(&QuizMessage::answered(&id, &graded));
                }
                self.phase.set(Phase::Feedback { id, order, graded });
                focus_id("feedback-title");
                // Saving waits for the feedback to be drawn: the learner sees the result first.
                set_timeout(move || self.save(Quiz::save_answer), Duration::ZERO);
            }
            Some(Err(err)) => self.phase.set(Phase::Failed(format!(
                "That answer could not be recorded: {err}."
            ))),
            None => {}
        }
    }

    /// Leaves the quiz unfinished, to resume later from Home.
    pub fn keep_for_later(self) {
        self.leaving.set(false);
        self.state.go(&Route::Home);
    }

    /// Discards the quiz and its answers, and goes Home.
    pub fn discard(self) {
        let id = self
            .quiz
            .with_untracked(|quiz| quiz.as_ref().map(|quiz| quiz.record().id.clone()));
        if let Some(id) = id {
            self.state.change(|progress| progress.discard(&id, now()));
        }
        self.keep_for_later();
    }

    /// Questions asked so far and the range the total falls in. Tracked.
    pub fn length_range(self) -> Option<(usize, usize, usize)> {
        self.quiz.with(|quiz| quiz.as_ref().map(Quiz::length_range))
    }

    /// Questions answered so far. Tracked.
    pub fn answered(self) -> usize {
        self.quiz
            .with(|quiz| quiz.as_ref().map_or(0, Quiz::answered))
    }

    /// The grade of the answer just given, while its feedback shows. Tracked.
    pub fn graded(self) -> Option<Graded> {
        match self.phase.get() {
            Phase::Feedback { graded, .. } => Some(graded),
            _ => None,
        }
    }
}
