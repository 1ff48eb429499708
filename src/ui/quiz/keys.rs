//! The quiz's keys: 1 to 5 pick an option, Enter submits and then goes on, Esc asks whether to leave. In the field
//! for a typed answer, keys type (Enter starts a new line) and Ctrl+Enter or Cmd+Enter submits. While the leave
//! dialog is open, the dialog has the keyboard.

use super::runner::{Phase, Runner};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Listens for the quiz's keys for as long as the quiz page is on screen.
pub fn listen_keys(runner: Runner) {
    let keys = window_event_listener(leptos::ev::keydown, move |ev| on_key(runner, &ev));
    on_cleanup(move || keys.remove());
}

fn on_key(runner: Runner, ev: &web_sys::KeyboardEvent) {
    if runner.leaving.get_untracked() || ev.alt_key() {
        return;
    }
    let phase = runner.phase.get_untracked();
    if ev.ctrl_key() || ev.meta_key() {
        if ev.key() == "Enter" && matches!(phase, Phase::Asking { .. }) {
            ev.prevent_default();
            runner.submit_answer();
        }
        return;
    }
    let tag = ev
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .map(|element| element.tag_name());
    if tag.as_deref() == Some("TEXTAREA") && ev.key() != "Escape" {
        return;
    }
    // Enter on a button or link activates it; on code it must not submit either.
    let on_control = matches!(tag.as_deref(), Some("BUTTON" | "A" | "PRE"));
    match (ev.key().as_str(), phase) {
        // Embedded, there is nowhere to leave to: the host page is around the quiz.
        ("Escape", Phase::Asking { .. } | Phase::Feedback { .. }) if runner.host.is_none() => {
            runner.leaving.set(true);
        }
        (digit @ ("1" | "2" | "3" | "4" | "5"), Phase::Asking { order, .. }) => {
            let position = digit.parse::<usize>().map_or(0, |n| n - 1);
            if let Some(&index) = order.get(position) {
                ev.prevent_default();
                runner.pick(index);
                focus_option(position);
            }
        }
        ("Enter", Phase::Asking { .. }) if !on_control => {
            ev.prevent_default();
            runner.submit_answer();
        }
        ("Enter", Phase::Feedback { .. }) if !on_control => {
            ev.prevent_default();
            runner.advance();
        }
        _ => {}
    }
}

/// Focus follows the digit to the option it picked, so Tab and Space go on from there.
fn focus_option(position: usize) {
    if let Some(input) = document()
        .get_element_by_id(&format!("option-{position}"))
        .and_then(|element| element.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = input.focus();
    }
}
