//! The app's one modal dialog: labelled by its heading, focus kept inside while open, Escape closes it, and focus
//! goes back to where it was when it closes.

use super::browser::focus_id;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Marks the element that had focus when a dialog opened, so closing can give focus back to it.
const OPENER: &str = "data-dialog-opener";
const FOCUSABLE: &str =
    "button:not([disabled]), a[href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex=\"-1\"])";

/// A modal dialog over the page while `open` is true.
#[component]
pub fn Dialog(
    /// Whether the dialog shows; Escape sets it to false, and so may the caller's buttons.
    open: RwSignal<bool>,
    /// The dialog's element id; its heading is `{id}-title` and its description `{id}-text`.
    id: &'static str,
    /// The heading, which is also the dialog's accessible name.
    title: &'static str,
    /// What the choice means, read out after the name.
    #[prop(into)]
    description: Signal<String>,
    /// An alert dialog, for a choice that destroys something.
    #[prop(optional)]
    alert: bool,
    /// The id of the control that takes focus when the dialog opens: the safe choice.
    initial_focus: &'static str,
    /// The dialog's buttons.
    children: ChildrenFn,
) -> impl IntoView {
    view! {
        <Show when=move || open.get()>
            <DialogBox open id title description alert initial_focus children=children.clone() />
        </Show>
    }
}

/// The open dialog: it marks the control that had focus, takes the keyboard, and on closing gives focus back.
#[component]
fn DialogBox(
    /// Set to false by Escape.
    open: RwSignal<bool>,
    /// The dialog's element id.
    id: &'static str,
    /// The heading.
    title: &'static str,
    /// What the choice means.
    description: Signal<String>,
    /// An alert dialog.
    alert: bool,
    /// The control focused first.
    initial_focus: &'static str,
    /// The buttons.
    children: ChildrenFn,
) -> impl IntoView {
    if let Some(active) = document().active_element() {
        let _ = active.set_attribute(OPENER, "");
    }
    focus_id(initial_focus);
    let keys = window_event_listener(leptos::ev::keydown, move |ev| match ev.key().as_str() {
        "Escape" => {
            ev.prevent_default();
            open.set(false);
        }
        "Tab" => keep_focus_inside(id, &ev),
        _ => {}
    });
    on_cleanup(move || {
        keys.remove();
        give_focus_back();
    });
    let (title_id, labelled_by) = (format!("{id}-title"), format!("{id}-title"));
    let (text_id, described_by) = (format!("{id}-text"), format!("{id}-text"));
    view! {
        <div class="dialog-backdrop">
            <div
                class="dialog"
                id=id
                role=if alert { "alertdialog" } else { "dialog" }
                aria-modal="true"
                aria-labelledby=labelled_by
                aria-describedby=described_by
            >
                <h2 id=title_id>{title}</h2>
                <p id=text_id>{move || description.get()}</p>
                <div class="actions">{children()}</div>
            </div>
        </div>
    }
}

/// Tab from the last control goes to the first, Shift+Tab from the first to the last, and focus that is outside
/// comes back in.
fn keep_focus_inside(id: &str, ev: &web_sys::KeyboardEvent) {
    let Some(dialog) = document().get_element_by_id(id) else {
        return;
    };
    let Ok(controls) = dialog.query_selector_all(FOCUSABLE) else {
        return;
    };
    let control = |at: u32| {
        controls
            .item(at)
            .and_then(|node| node.dyn_into::<web_sys::HtmlElement>().ok())
    };
    let (Some(first), Some(last)) = (control(0), control(controls.length().saturating_sub(1)))
    else {
        return;
    };
    let active = document().active_element();
    let inside = active
        .as_ref()
        .is_some_and(|a| dialog.contains(Some(a.unchecked_ref())));
    let at = |edge: &web_sys::HtmlElement| {
        active
            .as_ref()
            .is_some_and(|a| a == edge.unchecked_ref::<web_sys::Element>())
    };
    let target = match (ev.shift_key(), inside) {
        (_, false) => Some(first),
        (false, true) if at(&last) => Some(first),
        (true, true) if at(&first) => Some(last),
        _ => None,
    };
    if let Some(target) = target {
        ev.prevent_default();
        let _ = target.focus();
    }
}

fn give_focus_back() {
    let Ok(Some(opener)) = document().query_selector(&format!("[{OPENER}]")) else {
        return;
    };
    let _ = opener.remove_attribute(OPENER);
    if let Ok(opener) = opener.dyn_into::<web_sys::HtmlElement>() {
        let _ = opener.focus();
    }
}
