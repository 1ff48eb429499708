//! "Study next": the sections a result points to, each with why, linking to its self-test.

use crate::session::{Route, StudyLink};
use crate::ui::host::use_host;
use leptos::prelude::*;

/// The list of sections to study next; nothing when there are none.
#[component]
pub fn StudyNext(
    /// The sections, in the order to study them.
    links: Vec<StudyLink>,
) -> impl IntoView {
    // Embedded, links open the full app in a new tab: the frame holds only its own quiz.
    let new_tab = || view! { <span class="visually-hidden">" (opens in a new tab)"</span> };
    let (page, target) = match use_host() {
        Some(_) => ("index.html", Some("_blank")),
        None => ("", None),
    };
    (!links.is_empty()).then(|| {
        view! {
            <section aria-labelledby="study-title">
                <h2 id="study-title">"Study next"</h2>
                <ul class="study-list">
                    {links
                        .into_iter()
                        .map(|link| {
                            let href = format!(
                                "{page}{}",
                                Route::SectionTest(link.slug.clone()).href(),
                            );
                            view! {
                                <li>
                                    <a href=href target=target rel=target.map(|_| "noopener")>
                                        {format!(
                                            "{}. {}: take the self-test",
                                            link.number,
                                            link.title,
                                        )}
                                        {target.map(|_| new_tab())}
                                    </a>
                                    <span class="muted">{format!(" ({})", link.reason)}</span>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}
