//! Settings: theme, self-test length, export, import and reset of progress, and the download of data that could
//! not be read.

use super::browser::{download, format_file_date, now, read_file};
use super::state::use_app;
use super::storage;
use crate::engine::{MAX_LENGTH, MIN_LENGTH};
use crate::progress::{encode, import, ImportError, Progress, Theme, MAX_IMPORT_BYTES};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let state = use_app();
    let message: RwSignal<Option<(bool, String)>> = RwSignal::new(None);
    let confirm_reset = RwSignal::new(false);
    let theme = move || state.progress.with(|p| p.settings.theme);
    let length = move || state.progress.with(|p| p.settings.section_length);
    let set_theme = move |theme: Theme| state.change(|p| p.settings.theme = theme);
    let backup = storage::backup();
    let export = move |_| {
        let text = state.progress.with_untracked(encode);
        let name = format!("roadmap-quiz-progress-{}.json", format_file_date(now()));
        match download(&name, &text) {
            Ok(()) => message.set(Some((true, format!("Exported your progress as {name}.")))),
            Err(err) => message.set(Some((false, format!("The export failed: {err}.")))),
        }
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|files| files.get(0)) else {
            return;
        };
        input.set_value("");
        leptos::task::spawn_local(async move {
            let outcome = match read_file(file, MAX_IMPORT_BYTES).await {
                Err((size, reason)) if reason.is_empty() => {
                    Err(ImportError::TooLarge { bytes: size }.to_string())
                }
                Err((_, reason)) => Err(format!("The file could not be read: {reason}.")),
                Ok(text) => {
                    let mut copy = state.progress.get_untracked();
                    import(&mut copy, &text)
                        .map(|report| (copy, report))
                        .map_err(|e| e.to_string())
                }
            };
            match outcome {
                Ok((merged, report)) => {
                    state.change(|p| *p = merged);
                    message.set(Some((true, format!("Import done. {report}"))));
                }
                Err(err) => message.set(Some((false, err))),
            }
        });
    };
    let attempts = move || state.progress.with(|p| p.kept().count());
    view! {
        <h1 id="page-title" tabindex="-1">"Settings"</h1>
        <section aria-labelledby="appearance-title">
            <h2 id="appearance-title">"Appearance"</h2>
            <fieldset class="choices">
                <legend>"Theme"</legend>
                {[(Theme::System, "Follow the system"), (Theme::Light, "Light"), (Theme::Dark, "Dark")]
                    .into_iter()
                    .map(|(value, label)| view! {
                        <label class="choice">
                            <input type="radio" name="theme" prop:checked=move || theme() == value on:change=move |_| set_theme(value) />
                            {label}
                        </label>
                    })
                    .collect_view()}
            </fieldset>
        </section>
        <section aria-labelledby="quiz-title">
            <h2 id="quiz-title">"Quizzes"</h2>
            <label for="section-length">"Questions in a section self-test"</label>
            <div class="range-row">
                <input id="section-length" type="range" min=MIN_LENGTH.to_string() max=MAX_LENGTH.to_string() step="1"
                    prop:value=move || length().to_string()
                    on:change=move |ev| {
                        if let Ok(value) = event_target_value(&ev).parse::<usize>() {
                            state.change(|p| p.settings.section_length = value.clamp(MIN_LENGTH, MAX_LENGTH));
                        }
                    } />
                <output for="section-length">{length}</output>
            </div>
        </section>
        <section aria-labelledby="data-title">
            <h2 id="data-title">"Your data"</h2>
            <p class="muted">"Progress lives only in this browser. Export it to keep a copy or move it to another browser; importing merges it with what is here."</p>
            <div class="actions">
                <button type="button" class="button" on:click=export>"Export progress"</button>
                <label class="button file-button" for="import-file">"Import progress"</label>
                <input id="import-file" class="visually-hidden" type="file" accept="application/json,.json" on:change=on_file />
                <button type="button" class="button danger" on:click=move |_| confirm_reset.set(true)>"Reset progress"</button>
            </div>
            {backup.map(|text| view! {
                <p>
                    "Data that could not be read was set aside. "
                    <button type="button" class="button quiet" on:click=move |_| {
                        let _ = download("roadmap-quiz-unreadable-backup.json", &text);
                    }>"Download the unreadable data"</button>
                </p>
            })}
            <p role="status" aria-live="polite" class=move || match message.get() { Some((true, _)) => "message ok", Some((false, _)) => "message error", None => "message" }>
                {move || message.get().map(|(_, text)| text)}
            </p>
            <Show when=move || confirm_reset.get()>
                <div class="dialog-backdrop">
                    <div class="dialog" role="alertdialog" aria-modal="true" aria-labelledby="reset-title" aria-describedby="reset-text">
                        <h2 id="reset-title">"Reset all progress?"</h2>
                        <p id="reset-text">{move || format!("This deletes {} attempt(s), your mastery, your review schedule and your settings from this browser. It cannot be undone; export first if you may want them back.", attempts())}</p>
                        <div class="actions">
                            <button type="button" class="button" id="reset-cancel" autofocus on:click=move |_| confirm_reset.set(false)>"Keep my progress"</button>
                            <button type="button" class="button danger" on:click=move |_| {
                                storage::clear(state.backend.get_untracked());
                                state.progress.set(Progress::default());
                                confirm_reset.set(false);
                                message.set(Some((true, "Progress reset.".to_string())));
                            }>"Delete everything"</button>
                        </div>
                    </div>
                </div>
            </Show>
        </section>
    }
}
