//! The quiz page: starts or resumes the attempt for its mode, shows each question as it arrives, saves after every
//! answer, and hands over to the results when the engine stops. Keys: 1 to 5 pick, Enter submits and goes on,
//! Esc asks whether to leave.

use super::browser::{focus_id, now, random_seed};
use super::embed::use_host;
use super::full_catalog::WithFullCatalog;
use super::home::describe_mode;
use super::question::QuestionCard;
use super::state::{use_app, AppState, Fetched};
use crate::bank::{Catalog, QuestionId};
use crate::progress::Progress;
use crate::progress::{AttemptId, AttemptRecord, QuizMode};
use crate::render::fixed;
use crate::session::{
    mastery_snapshot, section_masteries, Choice, Completed, Graded, Quiz, QuizMessage, Route, Step,
};
use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq)]
enum Phase {
    Starting,
    /// Another quiz is unfinished: resume that one or discard it first.
    Conflict(AttemptRecord),
    Failed(String),
    Asking {
        id: QuestionId,
        order: Vec<usize>,
    },
    Feedback {
        id: QuestionId,
        order: Vec<usize>,
        graded: Graded,
    },
}

fn save_record(state: AppState, record: AttemptRecord) {
    state.change(
        |progress| match progress.attempts.iter_mut().find(|a| a.id == record.id) {
            Some(existing) => *existing = record,
            None => progress.attempts.push(record),
        },
    );
}

/// The quiz for `mode`, once the full catalog is here.
#[component]
pub fn QuizPage(mode: QuizMode) -> impl IntoView {
    view! { <WithFullCatalog render=move |catalog| view! { <QuizRunner mode=mode.clone() catalog /> }.into_any() /> }
}

#[component]
fn QuizRunner(mode: QuizMode, catalog: &'static Catalog) -> impl IntoView {
    let state = use_app();
    let host = use_host();
    let quiz: RwSignal<Option<Quiz>> = RwSignal::new(None);
    // An embed URL's `length=` applies to its self-test without changing the learner's own setting.
    let with_progress = move |f: &dyn Fn(&Progress) -> Result<Quiz, crate::session::StartError>| {
        state
            .progress
            .with_untracked(|p| match host.and_then(|h| h.length()) {
                Some(length) => {
                    let mut adjusted = p.clone();
                    adjusted.settings.section_length = length;
                    f(&adjusted)
                }
                None => f(p),
            })
    };
    let phase = RwSignal::new(Phase::Starting);
    let selection: RwSignal<Vec<usize>> = RwSignal::new(Vec::new());
    let leaving = RwSignal::new(false);

    let advance = move || {
        let step = quiz
            .try_update(|q| {
                q.as_mut()
                    .map(|q| state.with_rng(|rng| q.step(catalog, rng)))
            })
            .flatten();
        match step {
            Some(Step::Ask { id, order }) => {
                if let Some(record) =
                    quiz.with_untracked(|q| q.as_ref().map(|q| q.record().clone()))
                {
                    save_record(state, record);
                }
                state.fetch_question(&id);
                selection.set(Vec::new());
                phase.set(Phase::Asking { id, order });
            }
            Some(Step::Done) => {
                let finished = quiz
                    .try_update(|q| {
                        q.as_mut().map(|q| {
                            let outcome = q.finish(catalog, now());
                            (outcome, q.record().clone())
                        })
                    })
                    .flatten();
                if let Some((outcome, record)) = finished {
                    if let Some(host) = host {
                        host.tell(&QuizMessage::Completed(Completed::new(
                            &record.mode,
                            &outcome,
                            catalog,
                        )));
                    }
                    let id = record.id.0.clone();
                    save_record(state, record);
                    state.change(|p| {
                        p.mastery = mastery_snapshot(&section_masteries(catalog, p, now()), now())
                    });
                    state.go(&Route::Results(id));
                }
            }
            None => phase.set(Phase::Failed("The quiz could not continue.".to_string())),
        }
    };

    let begin = {
        let mode = mode.clone();
        move || {
            // Embedded, each quiz on the course page goes on with its own attempt; in the app, one runs at a time.
            let existing = state.progress.with_untracked(|p| match host {
                Some(_) => p.in_progress_of(&mode).cloned(),
                None => p.in_progress().cloned(),
            });
            match existing {
                Some(record) if record.mode == mode => {
                    match with_progress(&|p| Quiz::resume(record.clone(), catalog, p, now())) {
                        Ok(resumed) => {
                            quiz.set(Some(resumed));
                            advance();
                        }
                        Err(err) => phase.set(Phase::Failed(err.to_string())),
                    }
                }
                Some(record) => phase.set(Phase::Conflict(record)),
                None => {
                    let id = AttemptId(format!("{:x}-{:x}", now().0, random_seed() & 0xffff_ffff));
                    let started = with_progress(&|p| {
                        Quiz::start(mode.clone(), catalog, p, id.clone(), now())
                    });
                    match started {
                        Ok(started) => {
                            save_record(state, started.record().clone());
                            quiz.set(Some(started));
                            advance();
                        }
                        Err(err) => phase.set(Phase::Failed(err.to_string())),
                    }
                }
            }
        }
    };
    let begin_again = begin.clone();
    Effect::new(move |ran: Option<()>| {
        if ran.is_none() {
            begin();
        }
    });

    let submit = move |choice: Choice| {
        let Phase::Asking { id, order } = phase.get_untracked() else {
            return;
        };
        let Some(Fetched::Ready(question)) =
            state.questions.with_untracked(|q| q.get(&id).cloned())
        else {
            return;
        };
        let at = now();
        let graded = quiz
            .try_update(|q| q.as_mut().map(|q| q.submit(&question, &choice, at)))
            .flatten();
        match graded {
            Some(Ok(graded)) => {
                let correct = graded.answer.is_correct();
                if let Some(host) = host {
                    host.tell(&QuizMessage::Answered {
                        question_id: id.clone(),
                        correct,
                        skipped: graded.answer == crate::engine::Answer::DontKnow,
                    });
                }
                phase.set(Phase::Feedback {
                    id: id.clone(),
                    order,
                    graded,
                });
                focus_id("feedback-title");
                // Saving waits for the feedback to be drawn: the learner sees the result first.
                set_timeout(
                    move || {
                        if let Some(record) =
                            quiz.with_untracked(|q| q.as_ref().map(|q| q.record().clone()))
                        {
                            save_record(state, record);
                        }
                        state.change(|p| p.review.record(&id, correct, at));
                    },
                    std::time::Duration::ZERO,
                );
            }
            Some(Err(err)) => phase.set(Phase::Failed(format!(
                "That answer could not be recorded: {err}."
            ))),
            None => {}
        }
    };
    let on_submit = Callback::new(move |()| {
        let chosen = selection.get_untracked();
        if !chosen.is_empty() {
            submit(Choice::Options(chosen));
        }
    });
    let on_dont_know = Callback::new(move |()| submit(Choice::DontKnow));
    let on_next = Callback::new(move |()| advance());

    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        if leaving.get_untracked() {
            if ev.key() == "Escape" {
                leaving.set(false);
            }
            return;
        }
        let on_button = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .is_some_and(|e| {
                e.tag_name() == "BUTTON" || e.tag_name() == "A" || e.tag_name() == "PRE"
            });
        match (ev.key().as_str(), phase.get_untracked()) {
            // Embedded, there is nowhere to leave to: the host page is around the quiz.
            ("Escape", Phase::Asking { .. } | Phase::Feedback { .. }) if host.is_none() => {
                leaving.set(true);
                focus_id("leave-keep");
            }
            (digit @ ("1" | "2" | "3" | "4" | "5"), Phase::Asking { order, id }) => {
                let position = digit.parse::<usize>().unwrap_or(1) - 1;
                let multi = state.questions.with_untracked(|q| match q.get(&id) {
                    Some(Fetched::Ready(q)) => q.kind == crate::bank::QuestionKind::Multi,
                    _ => false,
                });
                if let Some(&index) = order.get(position) {
                    ev.prevent_default();
                    selection.update(|s| {
                        if multi {
                            if let Some(at) = s.iter().position(|i| *i == index) {
                                s.remove(at);
                            } else {
                                s.push(index);
                            }
                        } else {
                            *s = vec![index];
                        }
                    });
                    focus_id_of_option(position);
                }
            }
            ("Enter", Phase::Asking { .. }) if !on_button => {
                ev.prevent_default();
                on_submit.run(());
            }
            ("Enter", Phase::Feedback { .. }) if !on_button => {
                ev.prevent_default();
                on_next.run(());
            }
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());

    let range = move || quiz.with(|q| q.as_ref().map(Quiz::length_range));
    // The question on screen: the card is rebuilt only when this changes, not when its feedback arrives.
    let current = Memo::new(move |_| match phase.get() {
        Phase::Asking { id, order } | Phase::Feedback { id, order, .. } => Some((id, order)),
        _ => None,
    });
    let title = {
        let (label, _) = describe_mode(&mode, state);
        let mut chars = label.chars();
        chars.next().map_or(label.clone(), |c| {
            c.to_ascii_uppercase().to_string() + chars.as_str()
        })
    };
    let mode_for_conflict = mode.clone();
    view! {
        <div class="quiz-page">
            <div class="quiz-head">
                <h1 id="page-title" tabindex="-1">{title}</h1>
                {host.is_none().then(|| view! {
                    <button type="button" class="button quiet" on:click=move |_| {
                        leaving.set(true);
                        focus_id("leave-keep");
                    }>"Leave quiz"</button>
                })}
            </div>
            {move || range().map(|(asked, min, max)| view! { <ProgressMeter asked min max /> })}
            <p class="visually-hidden" aria-live="assertive">
                {move || match phase.get() {
                    Phase::Feedback { graded, .. } => match graded.answer {
                        crate::engine::Answer::Correct => "Correct.".to_string(),
                        crate::engine::Answer::Incorrect => "Incorrect.".to_string(),
                        crate::engine::Answer::DontKnow => "Skipped.".to_string(),
                    },
                    _ => String::new(),
                }}
            </p>
            {move || match phase.get() {
                Phase::Starting => view! { <p class="muted">"Preparing your quiz\u{2026}"</p> }.into_any(),
                Phase::Failed(message) => view! {
                    <div class="notice" role="alert">
                        <p>{message}</p>
                        <a href="#/">"Back to the roadmap"</a>
                    </div>
                }.into_any(),
                Phase::Conflict(record) => {
                    let (label, href) = describe_mode(&record.mode, state);
                    let answered = record.answers.len();
                    let id = record.id.clone();
                    let begin = begin_again.clone();
                    let wanted = describe_mode(&mode_for_conflict, state).0;
                    view! {
                        <div class="notice" role="alert">
                            <p>{format!("You have not finished {label} ({answered} answered). Only one quiz runs at a time.")}</p>
                            <div class="actions">
                                {host.is_none().then(|| view! { <a class="button primary" href=href>{format!("Resume {label}")}</a> })}
                                <button type="button" class="button" on:click=move |_| {
                                    let id = id.clone();
                                    state.change(|p| p.discard(&id, now()));
                                    begin();
                                }>{format!("Discard it and start {wanted}")}</button>
                            </div>
                        </div>
                    }.into_any()
                }
                Phase::Asking { .. } | Phase::Feedback { .. } => ().into_any(),
            }}
            {move || current.get().map(|(id, order)| {
                match state.question(&id) {
                    Some(Fetched::Ready(question)) => {
                        let graded = Signal::derive(move || match phase.get() {
                            Phase::Feedback { graded, .. } => Some(graded),
                            _ => None,
                        });
                        let next_label = Signal::derive(move || {
                            match range() {
                                Some((asked, _, max)) if asked >= max => "See results".to_string(),
                                _ => "Next question".to_string(),
                            }
                        });
                        view! {
                            <QuestionCard question order selection graded on_submit on_dont_know on_next next_label />
                        }.into_any()
                    }
                    Some(Fetched::Failed(reason)) => {
                        let retry = id.clone();
                        view! {
                            <div class="notice" role="alert">
                                <p>{format!("This question could not be loaded ({reason}). Your answers so far are saved.")}</p>
                                <button type="button" class="button" on:click=move |_| {
                                    state.questions.update(|q| _ = q.remove(&retry));
                                    state.fetch_question(&retry);
                                }>"Try again"</button>
                            </div>
                        }.into_any()
                    }
                    _ => view! { <p class="muted" aria-busy="true">"Loading the question\u{2026}"</p> }.into_any(),
                }
            })}
            <Show when=move || leaving.get()>
                <LeaveDialog quiz leaving />
            </Show>
        </div>
    }
}

fn focus_id_of_option(position: usize) {
    if let Some(input) = document()
        .get_element_by_id(&format!("option-{position}"))
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    {
        let _ = input.focus();
    }
}

#[component]
fn ProgressMeter(asked: usize, min: usize, max: usize) -> impl IntoView {
    let text = if min == max {
        format!("Question {asked} of {max}")
    } else {
        format!("Question {asked}: this test ends after {min} to {max} questions, as soon as it is sure")
    };
    let done = asked.saturating_sub(1) as f64 / max.max(1) as f64 * 100.0;
    let min_at = min as f64 / max.max(1) as f64 * 100.0;
    view! {
        <div class="meter">
            <p class="meter-text">{text.clone()}</p>
            <div class="meter-track" role="progressbar" aria-label="Quiz progress"
                aria-valuemin="0" aria-valuemax=max.to_string() aria-valuenow=asked.to_string() aria-valuetext=text>
                <div class="meter-fill" style=format!("width: {}%", fixed(done, 1))></div>
                {(min < max).then(|| view! { <div class="meter-min" style=format!("left: {}%", fixed(min_at, 1))></div> })}
            </div>
        </div>
    }
}

#[component]
fn LeaveDialog(quiz: RwSignal<Option<Quiz>>, leaving: RwSignal<bool>) -> impl IntoView {
    let state = use_app();
    let answered = move || quiz.with(|q| q.as_ref().map_or(0, Quiz::answered));
    let discard = move |_| {
        if let Some(id) = quiz.with_untracked(|q| q.as_ref().map(|q| q.record().id.clone())) {
            state.change(|p| p.discard(&id, now()));
        }
        leaving.set(false);
        state.go(&Route::Home);
    };
    view! {
        <div class="dialog-backdrop">
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="leave-title" aria-describedby="leave-text">
                <h2 id="leave-title">"Leave this quiz?"</h2>
                <p id="leave-text">
                    {move || format!("You have answered {} question(s). Keep the quiz to resume it later from the home page, or discard it: its answers will not count.", answered())}
                </p>
                <div class="actions">
                    <button type="button" class="button primary" id="leave-keep" on:click=move |_| {
                        leaving.set(false);
                        state.go(&Route::Home);
                    }>"Keep it for later"</button>
                    <button type="button" class="button danger" on:click=discard>"Discard this quiz"</button>
                    <button type="button" class="button quiet" on:click=move |_| {
                        leaving.set(false);
                        focus_id("question-title");
                    }>"Stay"</button>
                </div>
            </div>
        </div>
    }
}
