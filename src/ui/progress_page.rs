//! The progress view: a mastery map of all sections by level, the placement estimate over time, and the history
//! of attempts.

use super::charts::TrendChart;
use super::page_title::PageTitle;
use super::state::use_app;
use crate::bank::{Catalog, SectionSummary};
use crate::render::{format_date, percent};
use crate::session::{history_rows, placement_trend, HistoryRow, Route, SectionMastery};
use leptos::prelude::*;

/// A mastery score's tile class and its band in words.
fn band(score: Option<f64>) -> (&'static str, &'static str) {
    match score {
        None => ("tile none", "not started"),
        Some(s) if s < 0.5 => ("tile low", "weak"),
        Some(s) if s < 0.75 => ("tile mid", "getting there"),
        Some(_) => ("tile high", "strong"),
    }
}

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
                "Each square is a section of the roadmap. Its colour shows your estimated mastery from every answer \
                you have given, recent ones counting most. Select a square for that section's self-test."
            </p>
            <ul class="legend" aria-label="Legend">
                <li>
                    <span class="tile none" aria-hidden="true"></span>
                    "Not started"
                </li>
                <li>
                    <span class="tile low" aria-hidden="true"></span>
                    "Below 50%"
                </li>
                <li>
                    <span class="tile mid" aria-hidden="true"></span>
                    "50 to 75%"
                </li>
                <li>
                    <span class="tile high" aria-hidden="true"></span>
                    "Above 75%"
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

/// A section's square on the map.
#[component]
fn MapTile(
    /// The section.
    section: &'static SectionSummary,
    /// Every section's mastery.
    masteries: Memo<Vec<SectionMastery>>,
) -> impl IntoView {
    let number = section.number;
    let score =
        move || masteries.with(|m| m.iter().find(|s| s.number == number).and_then(|s| s.score));
    let label = move || match score() {
        Some(score) => format!(
            "{number}. {}: mastery {}, {}",
            section.title,
            percent(score),
            band(Some(score)).1
        ),
        None => format!("{number}. {}: not started", section.title),
    };
    view! {
        <li>
            <a
                href=Route::SectionTest(section.slug.clone()).href()
                class=move || band(score()).0
                aria-label=label
                title=section.title.clone()
            >
                {number}
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
