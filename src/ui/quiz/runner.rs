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

/// How long typing pauses before what was typed is saved.
const DRAFT_PAUSE: Duration = Duration::from_millis(400);

/// What the quiz page shows.
#[derive(Clone, Debug, PartialEq)]
pub enum Phase {
    Starting,
    /// A new placement waits for the learner to choose how to answer code questions and start.
    Intro,
    /// Another quiz is unfinished: resume that one or discard it first.
    Conflict(AttemptRecord),
    Failed(String),
    /// A question, its options in `order`, waiting for an answer; `typed`: by typing its output.
    Asking {
        id: QuestionId,
        order: Vec<usize>,
        typed: bool,
    },
    /// The same question with the grade of the answer just given.
    Feedback {
        id: QuestionId,
        order: Vec<usize>,
        typed: bool,
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
    /// What has been typed so far, for a question answered by typing.
    pub text: RwSignal<String>,
    /// The pending save of what was typed: typing saves after a pause, not on every key.
    draft_save: StoredValue<Option<TimeoutHandle>>,
    /// The learner has seen the placement's start screen on this page.
    intro_done: StoredValue<bool>,
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
            text: RwSignal::new(String::new()),
            draft_save: StoredValue::new(None),
            intro_done: StoredValue::new(false),
            leaving: RwSignal::new(false),
        }
    }

    /// Resumes this mode's unfinished attempt, asks about another unfinished quiz, or starts a new attempt.
    pub fn begin(self) {
        let launch = Launch {
            length: self.host.and_then(|host| host.length()),
            embedded: self.host.is_some(),
            form: self.host.and_then(|host| host.form()),
        };
        let begun = self.state.progress.with_untracked(|progress| {
            self.mode.with_value(|mode| {
                begin_quiz(mode, self.catalog, progress, launch, now(), random_seed())
            })
        });
        let placement = self.mode.with_value(|mode| *mode == QuizMode::Placement);
        match begun {
            // A new placement first says what it is and asks how to answer code questions; embedded, the course
            // page has chosen.
            Ok(Begin::Started(_))
                if placement && self.host.is_none() && !self.intro_done.get_value() =>
            {
                self.phase.set(Phase::Intro);
            }
            Ok(Begin::Resumed(quiz) | Begin::Started(quiz)) => {
                self.quiz.set(Some(quiz));
                self.advance();
            }
            Ok(Begin::Conflict(record)) => self.phase.set(Phase::Conflict(record)),
            Err(err) => self.phase.set(Phase::Failed(err.to_string())),
        }
    }

    /// Starts the placement from its start screen, answering code questions as the settings now say.
    pub fn start_after_intro(self) {
        self.intro_done.set_value(true);
        self.begin();
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
            Some(Step::Ask { id, order, typed }) => {
                self.save(Quiz::save);
                self.state.fetch_question(&id);
                self.selection.set(Vec::new());
                let draft = self
                    .quiz
                    .with_untracked(|quiz| quiz.as_ref().and_then(Quiz::draft).map(str::to_string));
                self.text.set(draft.unwrap_or_default());
                self.phase.set(Phase::Asking { id, order, typed });
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

    /// Submits the answer given: the text typed on a typed question, else the options picked. An empty one is
    /// not submitted.
    pub fn submit_answer(self) {
        let typed = matches!(
            self.phase.get_untracked(),
            Phase::Asking { typed: true, .. }
        );
        let choice = if typed {
            self.text.with_untracked(|text| Choice::typed(text))
        } else {
            Some(self.selection.get_untracked())
                .filter(|chosen| !chosen.is_empty())
                .map(Choice::Options)
        };
        if let Some(choice) = choice {
            self.submit(choice);
        }
    }

    /// Takes what the learner has typed so far, and saves it after a short pause so a reload keeps it.
    pub fn type_text(self, text: String) {
        self.quiz.update_untracked(|quiz| {
            if let Some(quiz) = quiz {
                quiz.set_draft(&text);
            }
        });
        self.text.set(text);
        self.cancel_draft_save();
        let handle = self.later(DRAFT_PAUSE, Runner::save_draft);
        self.draft_save.set_value(handle);
    }

    /// Runs `f` in a later task, unless the quiz page has gone by then (a key pressed at once can finish the quiz
    /// or leave it first): its signals went with it, and a finished quiz was saved as it ended.
    fn later(self, delay: Duration, f: impl FnOnce(Runner) + 'static) -> Option<TimeoutHandle> {
        set_timeout_with_handle(
            move || {
                if !self.quiz.is_disposed() {
                    f(self)
                }
            },
            delay,
        )
        .ok()
    }

    /// Drops the save that typing scheduled, if it has not run yet.
    fn cancel_draft_save(self) {
        if let Some(pending) = self.draft_save.get_value() {
            pending.clear();
            self.draft_save.set_value(None);
        }
    }

    /// Saves the attempt with what was typed, at once: when the field loses focus, or after a pause in typing.
    pub fn save_draft(self) {
        self.cancel_draft_save();
        if matches!(
            self.phase.get_untracked(),
            Phase::Asking { typed: true, .. }
        ) {
            self.save(Quiz::save);
        }
    }

    /// Grades `choice` on the question on screen and shows the feedback, then saves.
    pub fn submit(self, choice: Choice) {
        let Phase::Asking { id, order, typed } = self.phase.get_untracked() else {
            return;
        };
        self.cancel_draft_save();
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
                self.phase.set(Phase::Feedback {
                    id,
                    order,
                    typed,
                    graded,
                });
                focus_id("feedback-title");
                // Saving waits for the feedback to be drawn: the learner sees the result first.
                self.later(Duration::ZERO, |runner| runner.save(Quiz::save_answer));
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
