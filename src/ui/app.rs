//! The app shell: header, main region and footer around the current view.

use super::home::Home;
use crate::bank::Catalog;
use leptos::prelude::*;

/// The catalog the build validated and wrote; see `build.rs`.
const CATALOG_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/catalog.json"));

#[component]
pub fn App() -> impl IntoView {
    let catalog = serde_json::from_str::<Catalog>(CATALOG_JSON);
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
        <header class="site-header">
            <p class="brand">"Roadmap Quiz"</p>
        </header>
        <main id="main" tabindex="-1">
            {match catalog {
                Ok(catalog) => view! { <Home catalog /> }.into_any(),
                Err(err) => view! {
                    <p role="alert" class="notice">
                        {format!("The question bank that came with this page is damaged ({err}). Reload the page; if it stays, the build is broken.")}
                    </p>
                }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <p>"Runs entirely in your browser. Nothing you answer leaves this device."</p>
        </footer>
    }
}
