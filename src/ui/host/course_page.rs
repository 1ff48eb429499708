//! The course page around the embedded quiz (the `embed` build): its commands, and the protocol's messages (ready,
//! resize, answered, completed, state) posted to its origin and nowhere else. With `keep=host` the page keeps the
//! attempt: the quiz starts when it says `begin`, from the snapshot it hands over, and sends it every change.

use crate::engine::irt::AnswerForm;
use crate::progress::{decode_attempt, encode_attempt, QuizMode, Theme};
use crate::session::{
    mode_and_scope, parse_host_message, parse_origin, EmbedConfig, HostCommand, QuizMessage, Route,
};
use crate::ui::browser::now;
use crate::ui::state::AppState;
use crate::ui::storage::Notice;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::js_sys::JSON;

/// The embedding page, as far as the quiz deals with it. Provided as context only when embedded.
#[derive(Clone, Copy)]
pub struct Host {
    config: StoredValue<EmbedConfig>,
    /// The only origin messages go to and are accepted from; `None` when the URL names none and the referrer
    /// does not tell, and then the quiz runs without reporting.
    origin: StoredValue<Option<String>>,
    /// Bumped by the host's `restart`, so the quiz view starts over even when the route stays the same.
    pub restarts: RwSignal<u32>,
    theme: RwSignal<Theme>,
    /// Whether the quiz may run: at once, unless the host keeps the attempt and has not said `begin` yet.
    begun: RwSignal<bool>,
}

impl Host {
    pub fn new(config: EmbedConfig) -> Host {
        let referrer = document().referrer();
        let origin = config.origin.clone().or_else(|| parse_origin(&referrer));
        Host {
            theme: RwSignal::new(config.theme),
            begun: RwSignal::new(!config.host_keeps),
            config: StoredValue::new(config),
            origin: StoredValue::new(origin),
            restarts: RwSignal::new(0),
        }
    }

    pub fn mode(&self) -> QuizMode {
        self.config.with_value(|c| c.mode.clone())
    }

    /// The theme the host asked for (tracked).
    pub fn theme(&self) -> Theme {
        self.theme.get()
    }

    /// Questions in a section self-test, when the embed URL sets it.
    pub fn length(&self) -> Option<usize> {
        self.config.with_value(|c| c.length)
    }

    /// Whether the quiz may run yet (tracked): with `keep=host`, only after the host's `begin`.
    pub fn begun(&self) -> bool {
        self.begun.get()
    }

    fn host_keeps(&self) -> bool {
        self.config.with_value(|c| c.host_keeps)
    }

    /// The host's `begin`: takes the attempt in `snapshot` (an unfinished one resumes, a finished one shows its
    /// result); from then on [`Host::report_state`] sends the attempt as it changes.
    fn begin(&self, state: AppState, snapshot: Option<String>) {
        if !self.host_keeps() || self.begun.get_untracked() {
            return;
        }
        let mode = self.mode();
        let restored = snapshot.map(|text| decode_attempt(&text).map_err(|err| err.to_string()));
        let route = match restored {
            Some(Ok(record)) if record.mode == mode => {
                let route = match record.finished {
                    Some(_) => Route::Results(record.id.0.clone()),
                    None => self.quiz_route(),
                };
                state.change(|progress| progress.upsert_attempt(record));
                route
            }
            Some(Ok(_)) => {
                state.notify(Notice::PlaceLost {
                    reason: "it belongs to another quiz".to_string(),
                });
                self.quiz_route()
            }
            Some(Err(reason)) => {
                state.notify(Notice::PlaceLost { reason });
                self.quiz_route()
            }
            None => self.quiz_route(),
        };
        state.go(&route);
        self.begun.set(true);
    }

    /// With `keep=host`, once begun: sends the attempt as `state` whenever it changes.
    fn report_state(self, state: AppState) {
        if !self.host_keeps() {
            return;
        }
        let mode = self.mode();
        Effect::new(move |last: Option<Option<String>>| {
            if !self.begun.get() {
                return None;
            }
            let snapshot = state.progress.with(|progress| {
                progress
                    .attempts
                    .iter()
                    .rev()
                    .find(|attempt| attempt.mode == mode && !attempt.discarded)
                    .and_then(encode_attempt)
            });
            if let Some(attempt) = snapshot.clone().filter(|_| last.flatten() != snapshot) {
                self.tell(&QuizMessage::State { attempt });
            }
            snapshot
        });
    }

    /// How code questions are answered, when the embed URL says (`typed=1`, `typed=0`).
    pub fn form(&self) -> Option<AnswerForm> {
        self.config.with_value(|c| c.form)
    }

    fn quiz_route(&self) -> Route {
        Route::of_mode(&self.mode())
    }

    /// Posts `message` to the embedding page, at its origin only.
    pub fn tell(&self, message: &QuizMessage) {
        let Some(origin) = self.origin.get_value() else {
            return;
        };
        let Some(parent) = parent_window() else {
            return;
        };
        if let Ok(value) = JSON::parse(&message.to_json()) {
            let _ = parent.post_message(&value, &origin);
        }
    }

    /// Discards the unfinished attempt, if any, and starts the embedded quiz again.
    pub fn restart(&self, state: AppState) {
        state.change(|progress| {
            if let Some(id) = progress.in_progress_of(&self.mode()).map(|a| a.id.clone()) {
                progress.discard(&id, now());
            }
        });
        state.go(&self.quiz_route());
        self.restarts.update(|n| *n += 1);
    }

    fn ready(&self) -> QuizMessage {
        let (mode, scope) = mode_and_scope(&self.mode());
        QuizMessage::Ready { mode, scope }
    }

    /// Sends `ready` and the height now, and from then on the height whenever it changes; obeys the host.
    pub fn start(self, state: AppState) {
        if !self.host_keeps() && !matches!(state.route.get_untracked(), Route::Results(_)) {
            state.go(&self.quiz_route());
        }
        let last_height = Rc::new(Cell::new(0_u32));
        let report_height = {
            let last_height = last_height.clone();
            move |force: bool| {
                let height = content_height();
                if force || height != last_height.get() {
                    last_height.set(height);
                    self.tell(&QuizMessage::Resize { height });
                }
            }
        };
        let observed = report_height.clone();
        let on_resize = Closure::<dyn Fn()>::new(move || observed(false));
        if let (Ok(observer), Some(root)) = (
            web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()),
            document().document_element(),
        ) {
            observer.observe(&root);
        }
        // The observer calls back for the page's whole life, so its callback must live as long.
        on_resize.forget();

        let messages = window_event_listener(leptos::ev::message, move |event| {
            let expected = self.origin.get_value();
            let from_parent = parent_window().is_some_and(|parent| {
                event
                    .source()
                    .is_some_and(|s| JsValue::from(s) == JsValue::from(parent))
            });
            if !from_parent || expected.as_deref() != Some(event.origin().as_str()) {
                return;
            }
            let Some(json) = JSON::stringify(&event.data())
                .ok()
                .and_then(|s| s.as_string())
            else {
                return;
            };
            match parse_host_message(&json) {
                Some(HostCommand::Hello) => {
                    self.tell(&self.ready());
                    report_height(true);
                }
                Some(HostCommand::Restart) => self.restart(state),
                Some(HostCommand::SetTheme(theme)) => self.theme.set(theme),
                Some(HostCommand::Begin(snapshot)) => self.begin(state, snapshot),
                None => {}
            }
        });
        on_cleanup(move || messages.remove());
        self.report_state(state);
        self.tell(&self.ready());
    }
}

fn parent_window() -> Option<web_sys::Window> {
    let parent = window().parent().ok().flatten()?;
    // A page that is not in a frame is its own parent: there is no host to talk to.
    (JsValue::from(parent.clone()) != JsValue::from(window())).then_some(parent)
}

/// The height of the page's content in CSS pixels (the root element's box, not the frame's viewport).
fn content_height() -> u32 {
    document().document_element().map_or(0, |root| {
        root.get_bounding_client_rect().height().ceil().max(0.0) as u32
    })
}
