//! Browser tests (wasm-bindgen-test in headless Chromium): the app mounts in a real page and shows the roadmap, and
//! the storage layer handles unreadable data and saves from two tabs against the real localStorage, and fetching a
//! static file says in words why it failed.
#![cfg(target_arch = "wasm32")]

use roadmap_quiz::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn mount_app() -> web_sys::HtmlElement {
    let window = web_sys::window().expect("a window");
    // The test runner's own URL carries a fragment; the home view lives at `#/`.
    window
        .location()
        .set_hash("/")
        .expect("the hash can be set");
    let document = window.document().expect("a browser document");
    let host: web_sys::HtmlElement = document
        .create_element("div")
        .expect("a div")
        .unchecked_into();
    document
        .body()
        .expect("a body")
        .append_child(&host)
        .expect("appended");
    leptos::mount::mount_to(host.clone(), App).forget();
    host
}

fn texts(host: &web_sys::HtmlElement, selector: &str) -> Vec<String> {
    let nodes = host.query_selector_all(selector).expect("a valid selector");
    (0..nodes.length())
        .filter_map(|i| nodes.item(i))
        .map(|node| node.text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
fn the_app_mounts_and_shows_the_four_levels_in_order() {
    let host = mount_app();
    assert_eq!(
        texts(&host, ".level h2"),
        ["Beginner", "Intermediate", "Advanced", "Expert"]
    );
    assert_eq!(texts(&host, "h1").len(), 1);
}

#[wasm_bindgen_test]
fn every_section_shows_its_number_title_and_question_count() {
    let host = mount_app();
    let sections = host
        .query_selector_all(".section")
        .expect("a valid selector");
    assert_eq!(sections.length(), 52);
    let collections = host
        .query_selector("[data-section=\"data-types\"]")
        .expect("a valid selector")
        .expect("section 2 is listed");
    let text = collections.text_content().unwrap_or_default();
    assert!(text.contains("Data Types and Variables"), "{text}");
    assert!(text.contains("questions"), "{text}");
    assert!(
        !text.contains("No questions yet"),
        "section 2 ships questions: {text}"
    );
}

#[wasm_bindgen_test]
fn unreadable_progress_is_moved_to_the_backup_key_and_reported() {
    use roadmap_quiz::ui::storage::{self, Notice};
    let local = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage in the test page");
    local
        .set_item(&storage::key(), "{not json")
        .expect("writable");
    let (backend, progress, notices) = storage::open();
    assert_eq!(backend, storage::Backend::Local);
    assert!(progress.attempts.is_empty());
    assert!(
        matches!(notices.as_slice(), [Notice::Corrupt { .. }]),
        "{notices:?}"
    );
    assert_eq!(
        local
            .get_item(&storage::backup_key())
            .ok()
            .flatten()
            .as_deref(),
        Some("{not json")
    );
    assert_eq!(local.get_item(&storage::key()).ok().flatten(), None);
    storage::clear(backend);
}

#[wasm_bindgen_test]
fn saved_progress_reads_back_and_merges_another_tabs_attempts() {
    use roadmap_quiz::progress::{AttemptId, AttemptRecord, Progress, QuizMode};
    use roadmap_quiz::ui::storage;
    let record = |id: &str| AttemptRecord {
        id: AttemptId(id.to_string()),
        mode: QuizMode::Placement,
        started: roadmap_quiz::engine::review::Timestamp(1),
        finished: None,
        answers: Vec::new(),
        pending: None,
        draft: None,
        form: Default::default(),
        summary: None,
        discarded: false,
    };
    let (backend, _, _) = storage::open();
    let mut first = Progress::default();
    first.attempts.push(record("tab-a"));
    assert_eq!(storage::save(backend, &mut first), None);
    let mut second = Progress::default();
    second.attempts.push(record("tab-b"));
    assert_eq!(storage::save(backend, &mut second), None);
    let stored = storage::read_current().expect("a current document");
    let ids: Vec<_> = stored.attempts.iter().map(|a| a.id.0.as_str()).collect();
    assert_eq!(ids.len(), 2, "{ids:?}");
    storage::clear(backend);
}

#[wasm_bindgen_test]
async fn a_missing_file_and_a_file_that_is_not_json_fail_in_words() {
    use roadmap_quiz::bank::read_catalog;
    use roadmap_quiz::ui::fetch::{fetch_json, FetchError};
    let missing = fetch_json("no-such-file-in-this-build.json", read_catalog).await;
    assert_eq!(missing, Err(FetchError::Status(404)));
    assert_eq!(
        missing.expect_err("refused").to_string(),
        "the server answered 404"
    );
    // The test runner's page is HTML, not the catalog's JSON.
    let page = window_location();
    match fetch_json(&page, read_catalog).await {
        Err(FetchError::Decode(reason)) => assert!(!reason.is_empty()),
        other => panic!("an HTML page is not a catalog: {other:?}"),
    }
}

fn window_location() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "/".to_string())
}
