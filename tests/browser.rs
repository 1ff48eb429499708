//! Browser tests (wasm-bindgen-test in headless Chromium): the app mounts in a real page and shows the roadmap.
#![cfg(target_arch = "wasm32")]

use roadmap_quiz::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

fn mount_app() -> web_sys::HtmlElement {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a browser document");
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
