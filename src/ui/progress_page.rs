//! The progress view: a mastery map of all sections by level, the placement estimate over time, and the history
//! of attempts.

use super::charts::TrendChart;
use super::state::use_app;
use crate::engine::review::Timestamp;
use crate::render::percent;
use crate::session::{history_rows, placement_trend};
use leptos::prelude::*;

/// A date as the learner reads it, from milliseconds since the epoch (UTC, so it is the same on every machine).
pub fn format_date(at: Timestamp) -> String {
    let days = (at.0 / 86_400_000) as i64;
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year}-{month:02}-{day:02}")
}

fn band(score: Option<f64>) -> (&'static str, &'static str) {
    match score {
        None => ("tile none", "not started"),
        Some(s) if s < 0.5 => ("tile low", "weak"),
        Some(s) if s < 0.75 => ("tile mid", "getting there"),
        Some(_) => ("tile high", "strong"),
    }
}

#[component]
pub fn ProgressPage() -> impl IntoView {
    let state = use_app();
    let catalog = state.catalog;
    let masteries = Memo::new(move |_| state.masteries());
    let rows = Memo::new(move |_| state.progress.with(|p| history_rows(catalog, p)));
    let trend = Memo::new(move |_| state.progress.with(placement_trend));
    view! {
        <h1 id="page-title" tabindex="-1">"Your progress"</h1>
        <section aria-labelledby="map-title">
            <h2 id="map-title">"Mastery map"</h2>
            <p class="muted">"Each square is a section of the roadmap. Its colour shows your estimated mastery from every answer you have given, recent ones counting most. Select a square for that section's self-test."</p>
            <ul class="legend" aria-label="Legend">
                <li><span class="tile none" aria-hidden="true"></span>"Not started"</li>
                <li><span class="tile low" aria-hidden="true"></span>"Below 50%"</li>
                <li><span class="tile mid" aria-hidden="true"></span>"50 to 75%"</li>
                <li><span class="tile high" aria-hidden="true"></span>"Above 75%"</li>
            </ul>
            <div class="mastery-map">
                {catalog.levels.iter().map(|level| {
                    let id = level.info.level;
                    view! {
                        <div class="map-level" data-level=id.id()>
                            <h3>{level.info.title.clone()}</h3>
                            <ul class="tiles">
                                {level.sections.iter().map(|section| {
                                    let number = section.number;
                                    let title = section.title.clone();
                                    let href = format!("#/section/{}", section.slug);
                                    let info = move || masteries.with(|m| m.iter().find(|s| s.number == number).and_then(|s| s.score));
                                    view! {
                                        <li>
                                            <a href=href.clone() class=move || band(info()).0
                                                aria-label={let title = title.clone(); move || match info() {
                                                    Some(score) => format!("{number}. {title}: mastery {}, {}", percent(score), band(Some(score)).1),
                                                    None => format!("{number}. {title}: not started"),
                                                }}
                                                title=title.clone()>
                                                {number}
                                            </a>
                                        </li>
                                    }
                                }).collect_view()}
                            </ul>
                        </div>
                    }
                }).collect_view()}
            </div>
        </section>
        <section aria-labelledby="trend-title">
            <h2 id="trend-title">"Placement over time"</h2>
            {move || {
                let points = trend.get();
                if points.is_empty() {
                    view! { <p>"No placement test yet. " <a href="#/placement">"Find your level"</a></p> }.into_any()
                } else {
                    view! { <figure><TrendChart points /><figcaption class="muted">"Each dot is a placement test, oldest on the left; the bands are the four levels, Beginner at the bottom."</figcaption></figure> }.into_any()
                }
            }}
        </section>
        <section aria-labelledby="history-title">
            <h2 id="history-title">"History"</h2>
            {move || {
                let rows = rows.get();
                if rows.is_empty() {
                    view! { <p>"No attempts yet."</p> }.into_any()
                } else {
                    view! {
                        <div class="table-wrap" tabindex="0" role="region" aria-label="History of attempts">
                            <table class="history">
                                <thead><tr><th scope="col">"Date"</th><th scope="col">"Mode"</th><th scope="col">"Scope"</th><th scope="col">"Score"</th><th scope="col"><span class="visually-hidden">"Result"</span></th></tr></thead>
                                <tbody>
                                    {rows.into_iter().map(|row| {
                                        let level = row.level.and_then(|l| catalog.level(l)).map(|l| format!(" \u{2192} {}", l.info.title)).unwrap_or_default();
                                        view! {
                                            <tr>
                                                <td>{format_date(row.started)}</td>
                                                <td>{row.mode}</td>
                                                <td>{row.scope}</td>
                                                <td>{format!("{}/{}{level}", row.correct, row.total)}</td>
                                                <td>{if row.finished {
                                                    view! { <a href=format!("#/results/{}", row.id)>"Result"</a> }.into_any()
                                                } else {
                                                    view! { <span class="muted">"In progress"</span> }.into_any()
                                                }}</td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }.into_any()
                }
            }}
        </section>
    }
}
