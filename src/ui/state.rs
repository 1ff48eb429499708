//! The app's shared state, provided as context: the catalog, the learner's progress and where it is stored, the
//! notices to show, the current route, the questions fetched so far, and the random generator.

use super::browser;
use super::storage::{self, Backend, Notice};
use crate::bank::{question_path, Catalog, Question, QuestionId, CATALOG_PATH};
use crate::progress::Progress;
use crate::session::{section_masteries, snapshot_masteries, Route, SectionMastery};
use leptos::prelude::*;
use rand::rngs::SmallRng;
use rand::SeedableRng;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// The skeleton of the catalog the build validated and wrote (levels and sections); see `build.rs`.
const CATALOG_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/catalog.json"));

/// The skeleton catalog, decoded once. An error means the build shipped a damaged catalog.
pub fn catalog() -> Result<&'static Catalog, String> {
    static CATALOG: OnceLock<Result<Catalog, String>> = OnceLock::new();
    CATALOG
        .get_or_init(|| serde_json::from_str(CATALOG_JSON).map_err(|e| e.to_string()))
        .as_ref()
        .map_err(Clone::clone)
}

/// A question's text as far as it has arrived.
#[derive(Clone, Debug, PartialEq)]
pub enum Fetched {
    Loading,
    Ready(Arc<Question>),
    Failed(String),
}

/// The full catalog (every question's selection data), fetched once when something needs it.
#[derive(Clone, Debug, PartialEq)]
pub enum Full {
    NotAsked,
    Loading,
    Ready(&'static Catalog),
    Failed(String),
}

#[derive(Clone, Copy)]
pub struct AppState {
    /// Levels and sections: enough for every view's headings and links.
    pub catalog: &'static Catalog,
    pub full: RwSignal<Full>,
    pub progress: RwSignal<Progress>,
    pub backend: RwSignal<Backend>,
    pub notices: RwSignal<Vec<Notice>>,
    pub route: RwSignal<Route>,
    pub questions: RwSignal<HashMap<QuestionId, Fetched>>,
    rng: StoredValue<Arc<Mutex<SmallRng>>>,
}

impl AppState {
    pub fn new(catalog: &'static Catalog) -> AppState {
        let (backend, progress, notices) = storage::open();
        AppState {
            catalog,
            full: RwSignal::new(Full::NotAsked),
            progress: RwSignal::new(progress),
            backend: RwSignal::new(backend),
            notices: RwSignal::new(notices),
            route: RwSignal::new(Route::parse(&location_hash().unwrap_or_default())),
            questions: RwSignal::new(HashMap::new()),
            rng: StoredValue::new(Arc::new(Mutex::new(SmallRng::seed_from_u64(
                browser::random_seed(),
            )))),
        }
    }

    pub fn with_rng<T>(&self, f: impl FnOnce(&mut SmallRng) -> T) -> T {
        let rng = self.rng.get_value();
        let mut guard = match rng.lock() {
            Ok(guard) => guard,
            Err(poisoned) => poisoned.into_inner(),
        };
        f(&mut guard)
    }

    /// Changes the progress and saves it at once; storage trouble becomes a notice.
    pub fn change(&self, f: impl FnOnce(&mut Progress)) {
        let backend = self.backend.get_untracked();
        let mut notice = None;
        self.progress.update(|progress| {
            f(progress);
            notice = storage::save(backend, progress);
        });
        if let Some(notice) = notice {
            self.notify(notice);
        }
    }

    pub fn notify(&self, notice: Notice) {
        self.notices.update(|notices| {
            if !notices.contains(&notice) {
                notices.push(notice);
            }
        });
    }

    /// The full catalog if it is here; otherwise starts fetching it (once) and returns `None`. Tracked.
    pub fn full_catalog(&self) -> Option<&'static Catalog> {
        match self.full.get() {
            Full::Ready(catalog) => Some(catalog),
            Full::NotAsked => {
                self.load_full();
                None
            }
            Full::Loading | Full::Failed(_) => None,
        }
    }

    /// Fetches the full catalog unless it is here or on its way (a failed fetch is tried again).
    pub fn load_full(&self) {
        if matches!(self.full.get_untracked(), Full::Loading | Full::Ready(_)) {
            return;
        }
        self.full.set(Full::Loading);
        let full = self.full;
        leptos::task::spawn_local(async move {
            let result = browser::fetch_text(CATALOG_PATH)
                .await
                .and_then(|text| serde_json::from_str::<Catalog>(&text).map_err(|e| e.to_string()));
            full.set(match result {
                // Fetched once per page and kept for its lifetime, like the embedded skeleton.
                Ok(catalog) => Full::Ready(Box::leak(Box::new(catalog))),
                Err(err) => Full::Failed(err),
            });
        });
    }

    /// Every section's mastery from all the learner's answers, in roadmap order, fetching the full catalog it
    /// needs; until that arrives, the snapshot kept in the progress document. Tracked.
    pub fn masteries(&self) -> Vec<SectionMastery> {
        match self.full_catalog() {
            Some(full) => self
                .progress
                .with(|p| section_masteries(full, p, browser::now())),
            None => self.progress.with(|p| snapshot_masteries(self.catalog, p)),
        }
    }

    /// Mastery for the home view: computed if the full catalog is already here, otherwise the kept snapshot. It
    /// never fetches, so the first view needs nothing beyond the app itself. Tracked.
    pub fn kept_masteries(&self) -> Vec<SectionMastery> {
        match self.full.get() {
            Full::Ready(full) => self
                .progress
                .with(|p| section_masteries(full, p, browser::now())),
            _ => self.progress.with(|p| snapshot_masteries(self.catalog, p)),
        }
    }

    /// Starts fetching a question's text unless it is here or on its way.
    pub fn fetch_question(&self, id: &QuestionId) {
        let known = self
            .questions
            .with_untracked(|q| matches!(q.get(id), Some(Fetched::Loading | Fetched::Ready(_))));
        if known {
            return;
        }
        self.questions
            .update(|q| _ = q.insert(id.clone(), Fetched::Loading));
        let questions = self.questions;
        let id = id.clone();
        leptos::task::spawn_local(async move {
            let result = browser::fetch_text(&question_path(&id))
                .await
                .and_then(|text| serde_json::from_str::<Question>(&text).map_err(|e| e.to_string()))
                .and_then(|question| {
                    if question.id == id {
                        Ok(question)
                    } else {
                        Err(format!("the file holds question {}", question.id))
                    }
                });
            let fetched = match result {
                Ok(question) => Fetched::Ready(Arc::new(question)),
                Err(err) => Fetched::Failed(err),
            };
            questions.update(|q| _ = q.insert(id, fetched));
        });
    }

    pub fn question(&self, id: &QuestionId) -> Option<Fetched> {
        self.questions.with(|q| q.get(id).cloned())
    }

    /// Goes to a route by changing the URL fragment, so the browser's history and Back work.
    pub fn go(&self, route: &Route) {
        if let Some(window) = web_sys::window() {
            let _ = window.location().set_hash(&route.href());
        }
        self.route.set(route.clone());
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
