//! The first screen the build wrote into `index.html` (`src/bin/prerender.rs`): shown until the app starts, then
//! replaced by the app's own, identical, view in one step, with the learner's focus carried over. A link followed
//! before the app started has already changed the URL, which the app reads as it starts.
//!
//! The app draws itself hidden beside the first screen in short steps (the shell, the view, then each of Home's
//! levels) and then takes its place: drawn in one task, the 52 sections held a slow phone's main thread for about a
//! quarter of a second (Lighthouse's total blocking time 150 to 200 ms, and a performance score of 96 to 99).

use super::state::AppState;
use crate::session::Route;
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

const MARK: &str = "[data-prerendered]";
/// On `<html>` while the app draws beside the first screen: the stylesheet hides the app's elements meanwhile.
const STARTING: &str = "data-starting";

/// Starts taking over the first screen, if the page has one. The shell is drawn in this task; the view in the next,
/// then each of Home's levels in one of its own; then the app shows itself in place of the first screen. On a view
/// other than Home (a link followed early), everything left is drawn at once.
pub fn take_over(state: AppState) {
    let Some(root) = document().document_element() else {
        return;
    };
    if document().query_selector(MARK).ok().flatten().is_none() {
        return;
    }
    let _ = root.set_attribute(STARTING, "");
    state.drawn.set(0);
    next(state);
}

/// The next step, in a task of its own.
fn next(state: AppState) {
    set_timeout(move || step(state), Duration::ZERO);
}

fn step(state: AppState) {
    let drawn = state.drawn.get_untracked();
    if drawn == usize::MAX {
        let focused = remove();
        if let Some(root) = document().document_element() {
            let _ = root.remove_attribute(STARTING);
        }
        restore_focus(focused);
        return;
    }
    // A view other than Home has nothing to draw in steps: the rest comes at once.
    let home = state.route.get_untracked() == Route::Home;
    let more = home && drawn <= state.catalog.levels.len();
    state.drawn.set(if more { drawn + 1 } else { usize::MAX });
    next(state);
}

/// Removes the first screen and returns where its focus was, as a selector for the app's same element: a link by
/// its `href`, anything else by its `id` (a view's heading, which navigation focuses).
fn remove() -> Option<String> {
    let document = document();
    let focused = document
        .active_element()
        .filter(|element| element.closest(MARK).ok().flatten().is_some())
        .and_then(|element| match element.get_attribute("href") {
            Some(href) => Some(format!("a[href=\"{href}\"]")),
            None => Some(element.id())
                .filter(|id| !id.is_empty())
                .map(|id| format!("#{id}")),
        });
    if let Ok(nodes) = document.query_selector_all(MARK) {
        for index in 0..nodes.length() {
            if let Some(element) = nodes
                .item(index)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                element.remove();
            }
        }
    }
    focused
}

/// Gives focus to the app's element that `selector` names, which had focus on the first screen.
fn restore_focus(selector: Option<String>) {
    let element = selector
        .and_then(|selector| document().query_selector(&selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        let _ = element.focus();
    }
}
