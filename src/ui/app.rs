//! The app shell: skip link, header and navigation, notices, the view for the current route, and the listeners
//! that keep the route, the theme and other tabs' changes in step.

#[cfg(feature = "embed")]
use super::embed_shell::{EmbedProblem, EmbedShell};
use super::host::Host;
use super::state::{catalog, AppState};
use super::storage;
use crate::progress::{merge, Progress, Theme};
use crate::session::Route;
use leptos::prelude::*;

/// The page: the app, or in the `embed` build the embedded quiz; or what is wrong if the build shipped a damaged
/// catalog.
#[component]
pub fn App() -> impl IntoView {
    let catalog = match catalog() {
        Ok(catalog) => catalog,
        Err(err) => {
            return view! {
                <main id="main">
                    <p role="alert" class="notice">
                        {format!(
                            "The question bank that came with this page is damaged ({err}). Reload the page; if it \
                             stays, the build is broken.",
                        )}
                    </p>
                </main>
            }
            .into_any()
        }
    };
    start(catalog)
}

/// The app: home, quizzes, results, progress and settings.
#[cfg(not(feature = "embed"))]
fn start(catalog: &'static crate::bank::Catalog) -> AnyView {
    let state = AppState::new(catalog);
    provide_context(state);
    listen(state, None);
    super::first_screen::take_over(state);
    view! { <Shell /> }.into_any()
}

/// The embedded page (`embed.html`, built with the `embed` feature): the quiz its URL names, or what is wrong
/// with that URL.
#[cfg(feature = "embed")]
fn start(catalog: &'static crate::bank::Catalog) -> AnyView {
    let query = window().location().search().unwrap_or_default();
    match crate::session::parse_embed(&query, catalog) {
        Ok(config) => {
            storage::use_namespace(config.store.clone());
            if config.host_keeps {
                storage::leave_to_host();
            }
            let state = AppState::new(catalog);
            provide_context(state);
            let host = Host::new(config);
            provide_context(host);
            listen(state, Some(host));
            host.start(state);
            view! { <EmbedShell host /> }.into_any()
        }
        Err(problem) => view! { <EmbedProblem problem=problem.to_string() /> }.into_any(),
    }
}

fn listen(state: AppState, host: Option<Host>) {
    let hash = window_event_listener(leptos::ev::hashchange, move |_| {
        let route = Route::parse(&location_hash().unwrap_or_default());
        if state.route.get_untracked() != route {
            state.route.set(route);
        }
    });
    let storage_events = window_event_listener(leptos::ev::storage, move |event| {
        if event.key() != Some(storage::key()) {
            return;
        }
        match event.new_value() {
            None => state.progress.set(Progress::default()),
            Some(_) => {
                if let Some(stored) = storage::read_current() {
                    state.progress.update(|progress| {
                        merge(progress, &stored);
                        progress.settings = stored.settings.clone();
                    });
                }
            }
        }
    });
    // A new release installed by the service worker (index.html's script says so, before or after this runs).
    #[cfg(not(feature = "embed"))]
    let update = {
        use web_sys::js_sys::Reflect;
        let ready =
            Reflect::get(&window(), &"roadmapUpdateReady".into()).is_ok_and(|v| v.is_truthy());
        if ready {
            state.notify(storage::Notice::UpdateReady);
        }
        window_event_listener_untyped("roadmap-quiz:update-ready", move |_| {
            state.notify(storage::Notice::UpdateReady)
        })
    };
    on_cleanup(move || {
        hash.remove();
        storage_events.remove();
        #[cfg(not(feature = "embed"))]
        update.remove();
    });
    Effect::new(move |_| {
        // Embedded, the host page chooses the theme (in the URL or by `setTheme`), not the learner's settings.
        let theme = match host {
            Some(host) => host.theme(),
            None => state.progress.with(|p| p.settings.theme),
        };
        if let Some(root) = document().document_element() {
            let value = match theme {
                Theme::Light => "light",
                Theme::Dark => "dark",
                Theme::System => "system",
            };
            let _ = root.set_attribute("data-theme", value);
        }
    });
    // Focus follows navigation, so keyboard and screen-reader users land on the new view's heading.
    Effect::new(move |previous: Option<Route>| {
        let route = state.route.get();
        if previous.is_some_and(|p| p != route) {
            super::browser::focus_id("page-title");
            window().scroll_to_with_x_and_y(0.0, 0.0);
        }
        route
    });
}

/// The app's page: skip link, header with navigation, notices, the current view and the footer.
#[cfg(not(feature = "embed"))]
#[component]
fn Shell() -> impl IntoView {
    use super::notices::Notices;
    use crate::session::home;
    let state = expect_context::<AppState>();
    let current = move |route: Route| move || (state.route.get() == route).then_some("page");
    // While the app takes over the first screen, the view waits for the step after the shell's (`first_screen`).
    let view_drawn = Memo::new(move |_| state.drawn.get() > 0);
    view! {
        <a
            class="skip-link"
            href="#main"
            on:click=|ev| {
                ev.prevent_default();
                super::browser::focus_id("main");
            }
        >
            {home::SKIP_LINK}
        </a>
        <header class="site-header">
            <a class="brand" href=Route::Home.href()>
                {home::BRAND}
            </a>
            <nav aria-label="Main">
                <a href=Route::Home.href() aria-current=current(Route::Home)>
                    {home::NAV_HOME}
                </a>
                <a href=Route::Progress.href() aria-current=current(Route::Progress)>
                    {home::NAV_PROGRESS}
                </a>
                <a href=Route::Settings.href() aria-current=current(Route::Settings)>
                    {home::NAV_SETTINGS}
                </a>
            </nav>
        </header>
        <Notices />
        <main id="main" tabindex="-1">
            {move || {
                if view_drawn.get() { route_view(state.route.get(), state) } else { ().into_any() }
            }}
        </main>
        <footer class="site-footer">
            <p>{home::FOOTER}</p>
        </footer>
    }
}

/// The view for `route` in the app.
#[cfg(not(feature = "embed"))]
fn route_view(route: Route, state: AppState) -> AnyView {
    use super::home::Home;
    use super::not_found::NotFound;
    use super::progress_page::ProgressPage;
    use super::quiz::QuizPage;
    use super::results::ResultsPage;
    use super::settings::SettingsPage;
    use crate::progress::QuizMode;
    match route {
        Route::Home => view! { <Home /> }.into_any(),
        Route::Placement => view! { <QuizPage mode=QuizMode::Placement /> }.into_any(),
        Route::LevelQuiz(level) => view! { <QuizPage mode=QuizMode::Level { level } /> }.into_any(),
        Route::SectionTest(section) if state.catalog.section_by_slug(section.as_str()).is_some() => {
            view! { <QuizPage mode=QuizMode::Section { section } /> }.into_any()
        }
        Route::SectionTest(section) => {
            view! { <NotFound what=format!("There is no section called \u{201c}{section}\u{201d}.") /> }.into_any()
        }
        Route::Review => view! { <QuizPage mode=QuizMode::Review /> }.into_any(),
        Route::Results(id) => view! { <ResultsPage id /> }.into_any(),
        Route::Progress => view! { <ProgressPage /> }.into_any(),
        Route::Settings => view! { <SettingsPage /> }.into_any(),
        Route::NotFound(raw) => {
            view! { <NotFound what=format!("Nothing lives at \u{201c}#{raw}\u{201d}.") /> }.into_any()
        }
    }
}
