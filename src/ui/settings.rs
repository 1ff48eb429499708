//! Settings: theme, self-test length, the bank offline, export, import and reset of progress, and the download of
//! data that could not be read.

use super::browser::now;
use super::code_answers::CodeAnswersChoice;
use super::dialog::Dialog;
use super::files::{download, read_file, ReadFileError};
use super::offline_bank::OfflineBank;
use super::page_title::PageTitle;
use super::state::{use_app, AppState};
use super::storage;
use crate::engine::{MAX_LENGTH, MIN_LENGTH};
use crate::progress::{encode, import, ImportError, Progress, Theme, MAX_IMPORT_BYTES};
use crate::render::format_date;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What the last data action came to, in words.
#[derive(Clone, Debug, PartialEq)]
enum Said {
    Done(String),
    /// Refused or failed, with why.
    Refused(String),
}

/// Where the data actions report.
type Message = RwSignal<Option<Said>>;

/// The settings view.
#[component]
pub fn SettingsPage() -> impl IntoView {
    view! {
        <PageTitle text="Settings" />
        <Appearance />
        <QuizSettings />
        <OfflineBank />
        <YourData />
    }
}

/// The theme: the system's, light or dark.
#[component]
fn Appearance() -> impl IntoView {
    let state = use_app();
    let theme = move || state.progress.with(|p| p.settings.theme);
    let choices = [
        (Theme::System, "Follow the system"),
        (Theme::Light, "Light"),
        (Theme::Dark, "Dark"),
    ];
    view! {
        <section aria-labelledby="appearance-title">
            <h2 id="appearance-title">"Appearance"</h2>
            <fieldset class="choices">
                <legend>"Theme"</legend>
                {choices
                    .into_iter()
                    .map(|(value, label)| {
                        view! {
                            <label class="choice">
                                <input
                                    type="radio"
                                    name="theme"
                                    prop:checked=move || theme() == value
                                    on:change=move |_| state.change(|p| p.settings.theme = value)
                                />
                                {label}
                            </label>
                        }
                    })
                    .collect_view()}
            </fieldset>
        </section>
    }
}

/// How many questions a section self-test asks, and how code questions are answered.
#[component]
fn QuizSettings() -> impl IntoView {
    let state = use_app();
    let length = move || state.progress.with(|p| p.settings.section_length);
    view! {
        <section aria-labelledby="quiz-title">
            <h2 id="quiz-title">"Quizzes"</h2>
            <label for="section-length">"Questions in a section self-test"</label>
            <div class="range-row">
                <input
                    id="section-length"
                    type="range"
                    min=MIN_LENGTH.to_string()
                    max=MAX_LENGTH.to_string()
                    step="1"
                    prop:value=move || length().to_string()
                    on:change=move |ev| {
                        if let Ok(value) = event_target_value(&ev).parse::<usize>() {
                            state
                                .change(|p| {
                                    p.settings.section_length = value.clamp(MIN_LENGTH, MAX_LENGTH);
                                });
                        }
                    }
                />
                <output for="section-length">{length}</output>
            </div>
            <CodeAnswersChoice note="For every quiz. Typed answers are graded against what CPython prints; a \
            question whose options differ only in spacing or quote style stays multiple choice." />
        </section>
    }
}

/// Export, import and reset of progress, and the unreadable data set aside, if any.
#[component]
fn YourData() -> impl IntoView {
    let state = use_app();
    let message: Message = RwSignal::new(None);
    let confirm_reset = RwSignal::new(false);
    let export = move |_| {
        let text = state.progress.with_untracked(encode);
        let name = format!("roadmap-quiz-progress-{}.json", format_date(now()));
        message.set(Some(match download(&name, &text) {
            Ok(()) => Said::Done(format!("Exported your progress as {name}.")),
            Err(err) => Said::Refused(format!("The export failed: {err}.")),
        }));
    };
    view! {
        <section aria-labelledby="data-title">
            <h2 id="data-title">"Your data"</h2>
            <p class="muted">
                "Progress lives only in this browser. Export it to keep a copy or move it to another browser; \
                importing merges it with what is here."
            </p>
            <div class="actions">
                <button type="button" class="button" on:click=export>
                    "Export progress"
                </button>
                <label class="button file-button" for="import-file">
                    "Import progress"
                </label>
                <input
                    id="import-file"
                    class="visually-hidden"
                    type="file"
                    accept="application/json,.json"
                    on:change=move |ev| import_chosen(state, message, &ev)
                />
                <button
                    type="button"
                    class="button danger"
                    on:click=move |_| confirm_reset.set(true)
                >
                    "Reset progress"
                </button>
            </div>
            {storage::backup()
                .map(|text| {
                    view! {
                        <p>
                            "Data that could not be read was set aside. "
                            <button
                                type="button"
                                class="button quiet"
                                on:click=move |_| {
                                    let _ = download("roadmap-quiz-unreadable-backup.json", &text);
                                }
                            >
                                "Download the unreadable data"
                            </button>
                        </p>
                    }
                })}
            <p
                role="status"
                aria-live="polite"
                class=move || match message.get() {
                    Some(Said::Done(_)) => "message ok",
                    Some(Said::Refused(_)) => "message error",
                    None => "message",
                }
            >
                {move || {
                    message
                        .get()
                        .map(|said| match said {
                            Said::Done(text) | Said::Refused(text) => text,
                        })
                }}
            </p>
            <ResetDialog open=confirm_reset message />
        </section>
    }
}

/// Reads the file chosen in the import input and merges it into the progress, saying what it came to.
fn import_chosen(state: AppState, message: Message, ev: &leptos::ev::Event) {
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
        let said = match read_file(file, MAX_IMPORT_BYTES).await {
            Err(ReadFileError::TooLarge { size, .. }) => {
                Said::Refused(ImportError::TooLarge { bytes: size }.to_string())
            }
            Err(err @ ReadFileError::Browser(_)) => {
                Said::Refused(format!("The import failed: {err}."))
            }
            Ok(text) => {
                let mut copy = state.progress.get_untracked();
                match import(&mut copy, &text) {
                    Ok(report) => {
                        state.change(|p| *p = copy);
                        Said::Done(format!("Import done. {report}"))
                    }
                    Err(err) => Said::Refused(err.to_string()),
                }
            }
        };
        message.set(Some(said));
    });
}

/// Asks before deleting every attempt, the mastery, the review schedule and the settings.
#[component]
fn ResetDialog(
    /// Whether the dialog shows.
    open: RwSignal<bool>,
    /// Where "Progress reset." is said.
    message: Message,
) -> impl IntoView {
    let state = use_app();
    let description = Signal::derive(move || {
        format!(
            "This deletes {} attempt(s), your mastery, your review schedule and your settings from this browser. \
             It cannot be undone; export first if you may want them back.",
            state.progress.with(|p| p.kept().count())
        )
    });
    view! {
        <Dialog
            open
            id="reset"
            title="Reset all progress?"
            description
            alert=true
            initial_focus="reset-cancel"
        >
            <button
                type="button"
                class="button"
                id="reset-cancel"
                on:click=move |_| open.set(false)
            >
                "Keep my progress"
            </button>
            <button
                type="button"
                class="button danger"
                on:click=move |_| {
                    storage::clear(state.backend.get_untracked());
                    state.progress.set(Progress::default());
                    open.set(false);
                    message.set(Some(Said::Done("Progress reset.".to_string())));
                }
            >
                "Delete everything"
            </button>
        </Dialog>
    }
}
