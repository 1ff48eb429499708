//! The progress view: a mastery map of all sections by level, the placement estimate over time, and the history
//! of attempts.

use super::browser::now;
use super::charts::TrendChart;
use super::mastery_look::{mastery_classes, mastery_mark};
use super::page_title::PageTitle;
use super::state::use_app;
use crate::bank::{Catalog, SectionSummary};
use crate::render::format_date;
use crate::session::{history_rows, placement_trend, HistoryRow, Route, SectionMastery};
use leptos::prelude::*;

/// The progress view.
#[component]
pub fn ProgressPage() -> impl IntoView {
    let state = use_app();
    let masteries = Memo::new(move |_| state.masteries());
    view! {
        <PageTitle text="Your progress" />
        <MasteryMap catalog=state.catalog masteries />
        <PlacementTrend />
        <History />
    }
}

/// One square per section, coloured by mastery, each a link to the section's self-test.
#[component]
fn MasteryMap(
    /// Levels and sections.
    catalog: &'static Catalog,
    /// Every section's mastery.
    masteries: Memo<Vec<SectionMastery>>,
) -> impl IntoView {
    view! {
        <section aria-labelledby="map-title">
            <h2 id="map-title">"Mastery map"</h2>
            <p class="muted">
                "Each square is a section of the roadmap, a link to its self-test. Its colour and mark show how \
                much of it you have mastered, once the evidence is enough to be sure; its fill shows what that \
                rests on. Your latest placement or level quiz predicts every section; your answers in a section \
                measure it, recent ones counting most."
            </p>
            <ul class="legend" aria-label="Colours and marks">
                <li>
                    <span class="tile low measured" aria-hidden="true">
                        "\u{2212}"
                    </span>
                    "Below 50% right"
                </li>
                <li>
                    <span class="tile mid measured" aria-hidden="true">
                        "="
                    </span>
                    "50 to 75%"
                </li>
                <li>
                    <span class="tile high measured" aria-hidden="true">
                        "+"
                    </span>
                    "Above 75%"
                </li>
            </ul>
            <ul class="legend" aria-label="Fills">
                <li>
                    <span class="tile mid measured" aria-hidden="true"></span>
                    "Solid: measured by your answers"
                </li>
                <li>
                    <span class="tile mid predicted" aria-hidden="true"></span>
                    "Striped: predicted from your level"
                </li>
                <li>
                    <span class="tile none unsure" aria-hidden="true">
                        "?"
                    </span>
                    "Outlined: not sure yet"
                </li>
                <li>
                    <span class="tile none unstarted" aria-hidden="true"></span>
                    "Grey: not started"
                </li>
            </ul>
            <div class="mastery-map">
                {catalog
                    .levels
                    .iter()
                    .map(|level| {
                        view! {
                            <div class="map-level" data-level=level.info.level.id()>
                                <h3>{level.info.title.clone()}</h3>
                                <ul class="tiles">
                                    {level
                                        .sections
                                        .iter()
                                        .map(|section| view! { <MapTile section masteries /> })
                                        .collect_view()}
                                </ul>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        </section>
    }
}

/// A section's square on the map: its number and mark, coloured and filled by its mastery, named in words.
#[component]
fn MapTile(
    /// The section.
    section: &'static SectionSummary,
    /// Every section's mastery.
    masteries: Memo<Vec<SectionMastery>>,
) -> impl IntoView {
    let number = section.number;
    let mastery = move || masteries.with(|m| m.iter().find(|s| s.number == number).cloned());
    let words = move || {
        let described = mastery().map_or_else(|| "not started".to_string(), |m| m.describe(now()));
        format!("{number}. {}: {described}", section.title)
    };
    view! {
        <li>
            <a
                href=Route::SectionTest(section.slug.clone()).href()
                class=move || {
                    format!(
                        "tile {}",
                        mastery()
                            .map_or_else(|| "none unstarted".to_string(), |m| mastery_classes(&m)),
                    )
                }
                aria-label=words
                title=words
            >
                {number}
                <span class="tile-mark" aria-hidden="true">
                    {move || mastery().map_or("", |m| mastery_mark(&m))}
                </span>
            </a>
        </li>
    }
}

/// The placement estimate over time, or a way to the first placement.
#[component]
fn PlacementTrend() -> impl IntoView {
    let state = use_app();
    let trend = Memo::new(move |_| state.progress.with(placement_trend));
    view! {
        <section aria-labelledby="trend-title">
            <h2 id="trend-title">"Placement over time"</h2>
            {move || {
                let points = trend.get();
                if points.is_empty() {
                    view! {
                        <p>
                            "No placement test yet. "
                            <a href=Route::Placement.href()>"Find your level"</a>
                        </p>
                    }
                        .into_any()
                } else {
                    view! {
                        <figure>
                            <TrendChart points />
                            <figcaption class="muted">
                                "Each dot is a placement test, oldest on the left; the bands are the four levels, \
                                Beginner at the bottom."
                            </figcaption>
                        </figure>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}

/// Every attempt, newest first, with a link to each finished one's result.
#[component]
fn History() -> impl IntoView {
    let state = use_app();
    let catalog = state.catalog;
    let rows = Memo::new(move |_| state.progress.with(|p| history_rows(catalog, p)));
    view! {
        <section aria-labelledby="history-title">
            <h2 id="history-title">"History"</h2>
            {move || {
                let rows = rows.get();
                if rows.is_empty() {
                    return view! { <p>"No attempts yet."</p> }.into_any();
                }
                view! {
                    <div
                        class="table-wrap"
                        tabindex="0"
                        role="region"
                        aria-label="History of attempts"
                    >
                        <table class="history">
                            <thead>
                                <tr>
                                    <th scope="col">"Date"</th>
                                    <th scope="col">"Mode"</th>
                                    <th scope="col">"Scope"</th>
                                    <th scope="col">"Score"</th>
                                    <th scope="col">
                                        <span class="visually-hidden">"Result"</span>
                                    </th>
                                </tr>
                            </thead>
                            <tbody>
                                {rows
                                    .into_iter()
                                    .map(|row| history_row(catalog, row))
                                    .collect_view()}
                            </tbody>
                        </table>
                    </div>
                }
                    .into_any()
            }}
        </section>
    }
}

fn history_row(catalog: &Catalog, row: HistoryRow) -> impl IntoView {
    let level = row
        .level
        .and_then(|l| catalog.level(l))
        .map(|l| format!(" \u{2192} {}", l.info.title))
        .unwrap_or_default();
    view! {
        <tr>
            <td>{format_date(row.started)}</td>
            <td>{row.mode}</td>
            <td>{row.scope}</td>
            <td>{format!("{}/{}{level}", row.correct, row.total)}</td>
            <td>
                {if row.finished {
                    view! { <a href=Route::Results(row.id).href()>"Result"</a> }.into_any()
                } else {
                    view! { <span class="muted">"In progress"</span> }.into_any()
                }}
            </td>
        </tr>
    }
}
