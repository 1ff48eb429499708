//! The app's shared state, provided as context: the catalog, the learner's progress and where it is stored, the
//! notices to show, the current route, the questions fetched so far, and the random generator.

use super::browser;
use super::fetch::{fetch_json, FetchError, Remote};
use super::storage::{self, Backend, Notice};
use crate::bank::{
    question_path, read_catalog, read_question, Catalog, Question, QuestionId, CATALOG_PATH,
};
use crate::progress::Progress;
use crate::session::Route;
#[cfg(not(feature = "embed"))]
use crate::session::{mastery_snapshot, section_masteries, snapshot_masteries, SectionMastery};
use leptos::prelude::*;
use rand::rngs::SmallRng;
use rand::SeedableRng;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

/// The skeleton of the catalog the build validated and wrote (levels and sections); see `build.rs`.
const CATALOG_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/catalog.json"));

/// The skeleton catalog, decoded once. An error means the build shipped a damaged catalog.
pub fn catalog() -> Result<&'static Catalog, &'static str> {
    static CATALOG: OnceLock<Result<Catalog, String>> = OnceLock::new();
    CATALOG
        .get_or_init(|| {
            let value = serde_json::from_str(CATALOG_JSON).map_err(|e| e.to_string())?;
            read_catalog(&value)
        })
        .as_ref()
        .map_err(String::as_str)
}

#[derive(Clone, Copy)]
pub struct AppState {
    /// Levels and sections: enough for every view's headings and links.
    pub catalog: &'static Catalog,
    /// The full catalog (every question's selection data), fetched once when something needs it.
    pub full: RwSignal<Remote<&'static Catalog>>,
    pub progress: RwSignal<Progress>,
    pub backend: RwSignal<Backend>,
    pub notices: RwSignal<Vec<Notice>>,
    pub route: RwSignal<Route>,
    /// Each question's text as far as it has arrived; a question not in the map has not been asked for.
    pub questions: RwSignal<HashMap<QuestionId, Remote<Arc<Question>>>>,
    rng: StoredValue<Arc<Mutex<SmallRng>>>,
    /// How much of the page is drawn, in steps, while the app takes over the first screen (`first_screen`): 0 the
    /// shell, 1 the view too, and 1 + n Home with its first n levels. Otherwise `usize::MAX`: everything.
    #[cfg(not(feature = "embed"))]
    pub drawn: RwSignal<usize>,
}

impl AppState {
    pub fn new(catalog: &'static Catalog) -> AppState {
        let (backend, progress, notices) = storage::open();
        AppState {
            catalog,
            full: RwSignal::new(Remote::Idle),
            progress: RwSignal::new(progress),
            backend: RwSignal::new(backend),
            notices: RwSignal::new(notices),
            route: RwSignal::new(Route::parse(&location_hash().unwrap_or_default())),
            questions: RwSignal::new(HashMap::new()),
            rng: StoredValue::new(Arc::new(Mutex::new(SmallRng::seed_from_u64(
                browser::random_seed(),
            )))),
            #[cfg(not(feature = "embed"))]
            drawn: RwSignal::new(usize::MAX),
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

    #[cfg(not(feature = "embed"))]
    /// The full catalog if it is here; otherwise starts fetching it (once) and returns `None`. Tracked.
    pub fn full_catalog(&self) -> Option<&'static Catalog> {
        match self.full.get() {
            Remote::Ready(catalog) => Some(catalog),
            Remote::Idle => {
                self.load_full();
                None
            }
            Remote::Loading | Remote::Failed(_) => None,
        }
    }

    /// Fetches the full catalog unless it is here or on its way (a failed fetch is tried again).
    pub fn load_full(&self) {
        if self.full.with_untracked(Remote::is_requested) {
            return;
        }
        self.full.set(Remote::Loading);
        let full = self.full;
        leptos::task::spawn_local(async move {
            let fetched = fetch_json(CATALOG_PATH, read_catalog).await;
            // Fetched once per page and kept for its lifetime, like the embedded skeleton.
            full.set(fetched.map(|catalog| &*Box::leak(Box::new(catalog))).into());
        });
    }

    #[cfg(not(feature = "embed"))]
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

    #[cfg(not(feature = "embed"))]
    /// Mastery for the home view: computed if the full catalog is already here, otherwise the kept snapshot. It
    /// never fetches, so the first view needs nothing beyond the app itself. Tracked.
    pub fn kept_masteries(&self) -> Vec<SectionMastery> {
        match self.full.get() {
            Remote::Ready(full) => self
                .progress
                .with(|p| section_masteries(full, p, browser::now())),
            _ => self.progress.with(|p| snapshot_masteries(self.catalog, p)),
        }
    }

    /// A document migrated from schema 2 has no mastery snapshot (see `progress::codec`): fetch the full catalog
    /// once and write the snapshot again from the answers, so Home shows the map without waiting for the next quiz.
    /// Call it from an effect that tracks `full`.
    #[cfg(not(feature = "embed"))]
    pub fn restore_snapshot(&self) {
        let missing = self
            .progress
            .with_untracked(|p| p.mastery.is_empty() && p.kept().any(|a| a.finished.is_some()));
        if !missing {
            return;
        }
        match self.full.get_untracked() {
            Remote::Ready(full) => {
                let now = browser::now();
                self.change(|p| {
                    p.mastery = mastery_snapshot(&section_masteries(full, p, now), now)
                });
            }
            _ => self.load_full(),
        }
    }

    /// Starts fetching a question's text unless it is here or on its way.
    pub fn fetch_question(&self, id: &QuestionId) {
        if self
            .questions
            .with_untracked(|q| q.get(id).is_some_and(Remote::is_requested))
        {
            return;
        }
        self.questions
            .update(|q| _ = q.insert(id.clone(), Remote::Loading));
        let questions = self.questions;
        let id = id.clone();
        leptos::task::spawn_local(async move {
            let fetched = fetch_json(&question_path(&id), read_question)
                .await
                .and_then(|question| match question.id == id {
                    true => Ok(Arc::new(question)),
                    false => Err(FetchError::Decode(format!(
                        "the file holds question {}",
                        question.id
                    ))),
                });
            questions.update(|q| _ = q.insert(id, fetched.into()));
        });
    }

    /// A question's text as far as it has arrived; `None` when nobody asked for it. Tracked.
    pub fn question(&self, id: &QuestionId) -> Option<Remote<Arc<Question>>> {
        self.questions.with(|q| q.get(id).cloned())
    }

    /// The question's text if it is here. Untracked: for event handlers.
    pub fn question_now(&self, id: &QuestionId) -> Option<Arc<Question>> {
        self.questions.with_untracked(|q| match q.get(id) {
            Some(Remote::Ready(question)) => Some(question.clone()),
            _ => None,
        })
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
