//! Keeping the progress document in localStorage (through gloo-storage) and never losing it silently: corrupt
//! data goes to a backup key, a newer version is left untouched, a full quota compacts history, and blocked
//! storage (private windows, sandboxed frames) runs in memory. Every such case becomes a notice in plain words, as
//! does a new release waiting to start.

use crate::progress::{compact, decode, encode, merge, Loaded, Progress};
use crate::session::progress_key;
use gloo_storage::{LocalStorage, Storage};
use std::sync::OnceLock;
use wasm_bindgen::JsCast;

const PROBE_KEY: &str = "roadmap-quiz.probe";

static NAMESPACE: OnceLock<Option<String>> = OnceLock::new();
#[cfg(feature = "embed")]
static HOST_KEEPS: OnceLock<bool> = OnceLock::new();

/// Keeps this page's progress apart under an embed's `store=` namespace. Takes effect only if called before the
/// store is first used, which is what makes one page use one key throughout.
pub fn use_namespace(store: Option<String>) {
    let _ = NAMESPACE.set(store);
}

/// Keeps nothing in the browser: the embedding page keeps the attempt (`keep=host`, an LMS package). Like
/// [`use_namespace`], it takes effect only before the store is first used.
#[cfg(feature = "embed")]
pub fn leave_to_host() {
    let _ = HOST_KEEPS.set(true);
}

/// The key the progress document lives under.
pub fn key() -> String {
    progress_key(NAMESPACE.get_or_init(|| None).as_deref())
}

/// Where unreadable data is moved, so the learner can still download it.
pub fn backup_key() -> String {
    format!("{}.backup", key())
}

/// Something about storage the learner should know.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// Storage is blocked or absent: nothing will be kept after this tab closes.
    InMemory,
    /// The stored data could not be read; it was moved to the backup key and the app started clean.
    Corrupt { reason: String },
    /// The stored data comes from a newer version of the app; it is left alone and this tab runs in memory.
    Newer { version: u64 },
    /// Storage was full: old history was compacted to make room.
    Compacted { attempts: usize },
    /// Storage is full even after compacting: the latest answers are kept in this tab only.
    Full,
    /// A new release of the app is installed and starts at the next load (the service worker, index.html).
    #[cfg(not(feature = "embed"))]
    UpdateReady,
    /// The page around an embedded quiz kept the learner's place (`keep=host`), but it could not be used.
    #[cfg(feature = "embed")]
    PlaceLost { reason: String },
}

impl Notice {
    /// A stable name for the kind of notice, for styling and tests.
    pub fn kind(&self) -> &'static str {
        match self {
            Notice::InMemory => "in-memory",
            Notice::Corrupt { .. } => "corrupt",
            Notice::Newer { .. } => "newer",
            Notice::Compacted { .. } => "compacted",
            Notice::Full => "full",
            #[cfg(not(feature = "embed"))]
            Notice::UpdateReady => "update-ready",
            #[cfg(feature = "embed")]
            Notice::PlaceLost { .. } => "place-lost",
        }
    }

    pub fn text(&self) -> String {
        match self {
            Notice::InMemory => "This browser does not let the quiz save anything here (private window or embedded \
                page), so your progress lasts only until you close this tab."
                .to_string(),
            Notice::Corrupt { reason } => format!(
                "Your saved progress could not be read ({reason}). It was set aside, not deleted: you can download it \
                 from Settings. The quiz started fresh."
            ),
            Notice::Newer { version } => format!(
                "Your progress was saved by a newer version of Roadmap Quiz (schema {version}). It is left untouched; \
                 reload the page to get that version. Until then, nothing you do here is saved."
            ),
            Notice::Compacted { attempts } => format!(
                "Browser storage was full, so the details of {attempts} old attempt(s) were folded into totals. Your \
                 scores and mastery are kept."
            ),
            Notice::Full => "Browser storage is full. Your latest answers are kept in this tab only; export your \
                progress from Settings to keep them."
                .to_string(),
            #[cfg(not(feature = "embed"))]
            Notice::UpdateReady => "A new version of Roadmap Quiz is ready. It starts the next time you open or \
                reload this page; your progress stays."
                .to_string(),
            #[cfg(feature = "embed")]
            Notice::PlaceLost { reason } => format!(
                "Your saved place in this quiz could not be used ({reason}), so the quiz starts from its first \
                 question."
            ),
        }
    }
}

/// Where the document is kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Local,
    Memory,
}

/// Reaches the browser's storage once, so that opening the store later is quick (see `ui::mount`).
#[cfg(not(feature = "embed"))]
pub fn warm_up() {
    storage_works();
}

fn storage_works() -> bool {
    let storage = match web_sys::window().map(|w| w.local_storage()) {
        Some(Ok(Some(storage))) => storage,
        _ => return false,
    };
    let ok = storage.set_item(PROBE_KEY, "1").is_ok();
    let _ = storage.remove_item(PROBE_KEY);
    ok
}

/// Opens the store: the learner's progress, where it lives, and what to tell them about it.
pub fn open() -> (Backend, Progress, Vec<Notice>) {
    #[cfg(feature = "embed")]
    if *HOST_KEEPS.get_or_init(|| false) {
        return (Backend::Memory, Progress::default(), Vec::new());
    }
    if !storage_works() {
        return (Backend::Memory, Progress::default(), vec![Notice::InMemory]);
    }
    let raw = LocalStorage::raw()
        .get_item(&key())
        .ok()
        .flatten()
        .unwrap_or_default();
    match decode(&raw) {
        Loaded::Empty => (Backend::Local, Progress::default(), Vec::new()),
        Loaded::Current(progress) => (Backend::Local, progress, Vec::new()),
        Loaded::Newer { version } => (
            Backend::Memory,
            Progress::default(),
            vec![Notice::Newer { version }],
        ),
        Loaded::Corrupt { reason } => {
            let storage = LocalStorage::raw();
            if storage.set_item(&backup_key(), &raw).is_ok() {
                let _ = storage.remove_item(&key());
                (
                    Backend::Local,
                    Progress::default(),
                    vec![Notice::Corrupt { reason }],
                )
            } else {
                // The backup could not be written: keep the original where it is and do not overwrite it.
                (
                    Backend::Memory,
                    Progress::default(),
                    vec![Notice::Corrupt { reason }, Notice::InMemory],
                )
            }
        }
    }
}

/// The backup of unreadable data, if one was kept.
pub fn backup() -> Option<String> {
    if !storage_works() {
        return None;
    }
    LocalStorage::raw().get_item(&backup_key()).ok().flatten()
}

/// Reads what another tab stored, if it is a current document.
pub fn read_current() -> Option<Progress> {
    if !storage_works() {
        return None;
    }
    match decode(&LocalStorage::raw().get_item(&key()).ok().flatten()?) {
        Loaded::Current(progress) => Some(progress),
        _ => None,
    }
}

fn is_quota_error(err: &wasm_bindgen::JsValue) -> bool {
    err.dyn_ref::<web_sys::DomException>()
        .is_some_and(|e| e.name() == "QuotaExceededError" || e.code() == 22)
}

/// Saves `progress`, first merging in whatever another tab saved since, so neither tab overwrites the other's
/// attempts. Returns a notice when storage was full.
pub fn save(backend: Backend, progress: &mut Progress) -> Option<Notice> {
    if backend == Backend::Memory {
        return None;
    }
    if let Some(stored) = read_current() {
        merge(progress, &stored);
    }
    let storage = LocalStorage::raw();
    match storage.set_item(&key(), &encode(progress)) {
        Ok(()) => None,
        Err(err) if is_quota_error(&err) => {
            let report = compact(progress);
            if report.changed() && storage.set_item(&key(), &encode(progress)).is_ok() {
                Some(Notice::Compacted {
                    attempts: report.attempts_folded.max(report.details_dropped),
                })
            } else {
                Some(Notice::Full)
            }
        }
        Err(_) => Some(Notice::Full),
    }
}

/// Removes the saved progress and its backup.
pub fn clear(backend: Backend) {
    if backend == Backend::Local {
        let storage = LocalStorage::raw();
        let _ = storage.remove_item(&key());
        let _ = storage.remove_item(&backup_key());
    }
}
