//! The app's charts, drawn as SVG by its own components (no chart library). Each has a text alternative that
//! says what it shows, so the picture adds to the words rather than replacing them.

use crate::bank::Level;
use crate::engine::irt::LEVEL_BANDS;
use crate::render::{fixed, percent, signed};
#[cfg(not(feature = "embed"))]
use crate::session::TrendPoint;
use leptos::prelude::*;

/// A mastery share as a short bar (Home's; the embedded page has no Home).
#[cfg(not(feature = "embed"))]
#[component]
pub fn MasteryBar(
    /// The share mastered, 0 to 1.
    score: f64,
    /// What the bar says to a screen reader.
    label: String,
) -> impl IntoView {
    let width = (score.clamp(0.0, 1.0) * 100.0).round();
    view! {
        <svg
            class="mastery-bar"
            viewBox="0 0 100 8"
            preserveAspectRatio="none"
            role="img"
            aria-label=label
        >
            <rect class="bar-track" x="0" y="0" width="100" height="8" rx="4" />
            <rect class="bar-fill" x="0" y="0" width=fixed(width, 1) height="8" rx="4" />
        </svg>
    }
}

/// The probability of each level, as four bars.
#[component]
pub fn LevelChart(
    /// Each level's probability, Beginner first.
    probabilities: [f64; 4],
    /// The levels' titles, in the same order.
    titles: Vec<String>,
) -> impl IntoView {
    let label = titles
        .iter()
        .zip(probabilities)
        .map(|(t, p)| format!("{t} {}", percent(p)))
        .collect::<Vec<_>>()
        .join(", ");
    let label = format!("Probability of each level: {label}");
    view! {
        <svg class="chart level-chart" viewBox="0 0 400 180" role="img" aria-label=label>
            {probabilities
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let height = (p * 120.0).max(1.0);
                    let x = 20.0 + i as f64 * 95.0;
                    let y = 140.0 - height;
                    let title = titles.get(i).cloned().unwrap_or_default();
                    view! {
                        <g class=format!("bar level-{}", Level::ALL[i].id())>
                            <rect
                                x=fixed(x, 1)
                                y=fixed(y, 1)
                                width="70"
                                height=fixed(height, 1)
                                rx="4"
                            />
                            <text
                                class="value"
                                x=fixed(x + 35.0, 1)
                                y=fixed(y - 6.0, 1)
                                text-anchor="middle"
                            >
                                {percent(*p)}
                            </text>
                            <text class="axis" x=fixed(x + 35.0, 1) y="162" text-anchor="middle">
                                {title}
                            </text>
                        </g>
                    }
                })
                .collect_view()}
            <line class="baseline" x1="10" y1="140" x2="390" y2="140" />
        </svg>
    }
}

const SCALE_MIN: f64 = -2.5;
const SCALE_MAX: f64 = 2.5;

fn scale_x(theta: f64, left: f64, width: f64) -> f64 {
    left + (theta.clamp(SCALE_MIN, SCALE_MAX) - SCALE_MIN) / (SCALE_MAX - SCALE_MIN) * width
}

/// The ability estimate θ ± SE on the four level bands.
#[component]
pub fn AbilityChart(
    /// The ability estimate.
    theta: f64,
    /// Its standard error.
    se: f64,
    /// The levels' titles, Beginner first.
    titles: Vec<String>,
) -> impl IntoView {
    let (left, width) = (10.0, 380.0);
    let label = format!(
        "Your estimate is {} with a standard error of {}, on a scale where the levels run from Beginner on the left \
         to Expert on the right.",
        signed(theta, 2),
        fixed(se, 2)
    );
    view! {
        <svg class="chart ability-chart" viewBox="0 0 400 90" role="img" aria-label=label>
            {LEVEL_BANDS
                .iter()
                .enumerate()
                .map(|(i, (low, high))| {
                    let x = scale_x(*low, left, width);
                    let w = scale_x(*high, left, width) - x;
                    view! {
                        <g class=format!("band level-{}", Level::ALL[i].id())>
                            <rect x=fixed(x, 1) y="20" width=fixed(w, 1) height="24" />
                            <text class="axis" x=fixed(x + w / 2.0, 1) y="62" text-anchor="middle">
                                {titles.get(i).cloned().unwrap_or_default()}
                            </text>
                        </g>
                    }
                })
                .collect_view()}
            <line
                class="whisker"
                x1=fixed(scale_x(theta - se, left, width), 1)
                x2=fixed(scale_x(theta + se, left, width), 1)
                y1="32"
                y2="32"
            />
            <circle class="estimate" cx=fixed(scale_x(theta, left, width), 1) cy="32" r="7" />
            <text class="value" x=fixed(scale_x(theta, left, width), 1) y="13" text-anchor="middle">
                {format!("\u{3b8} = {} \u{b1} {}", signed(theta, 2), fixed(se, 2))}
            </text>
        </svg>
    }
}

/// Horizontal bars, one per row, in the order given.
#[component]
pub fn BarList(
    /// A name and a share from 0 to 1 per bar.
    rows: Vec<(String, f64)>,
    /// What the bars are, for the text alternative.
    caption: String,
) -> impl IntoView {
    // A whole number: formatting a float here would pull the standard float formatter into the wasm.
    let height = rows.len() * 28 + 8;
    let label = format!(
        "{caption}: {}",
        rows.iter()
            .map(|(name, score)| format!("{name} {}", percent(*score)))
            .collect::<Vec<_>>()
            .join(", ")
    );
    view! {
        <svg class="chart bar-list" viewBox=format!("0 0 400 {height}") role="img" aria-label=label>
            {rows
                .into_iter()
                .enumerate()
                .map(|(i, (name, score))| {
                    let y = 4.0 + i as f64 * 28.0;
                    let w = score.clamp(0.0, 1.0) * 150.0;
                    let short: String = if name.chars().count() > 34 {
                        name.chars().take(32).collect::<String>() + "\u{2026}"
                    } else {
                        name.clone()
                    };
                    view! {
                        <g>
                            <text class="axis" x="0" y=fixed(y + 15.0, 1)>
                                {short}
                            </text>
                            <rect
                                class="bar-track"
                                x="205"
                                y=fixed(y + 4.0, 1)
                                width="150"
                                height="14"
                                rx="3"
                            />
                            <rect
                                class="bar-fill"
                                x="205"
                                y=fixed(y + 4.0, 1)
                                width=fixed(w, 1)
                                height="14"
                                rx="3"
                            />
                            <text class="value" x="362" y=fixed(y + 15.0, 1)>
                                {percent(score)}
                            </text>
                        </g>
                    }
                })
                .collect_view()}
        </svg>
    }
}

/// The placement estimate over time, with the level bands behind it (the app's Progress view).
#[cfg(not(feature = "embed"))]
#[component]
pub fn TrendChart(
    /// The placements, oldest first.
    points: Vec<TrendPoint>,
) -> impl IntoView {
    let (top, height, left, width) = (10.0, 100.0, 10.0, 380.0);
    let y = move |theta: f64| {
        top + (SCALE_MAX - theta.clamp(SCALE_MIN, SCALE_MAX)) / (SCALE_MAX - SCALE_MIN) * height
    };
    let n = points.len();
    let x = move |i: usize| {
        if n <= 1 {
            left + width / 2.0
        } else {
            left + i as f64 / (n - 1) as f64 * width
        }
    };
    let path = points
        .iter()
        .enumerate()
        .map(|(i, p)| {
            format!(
                "{} {} {}",
                if i == 0 { "M" } else { "L" },
                fixed(x(i), 1),
                fixed(y(p.theta), 1)
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    let label = format!(
        "Placement estimate over {n} test(s): {}",
        points
            .iter()
            .map(|p| signed(p.theta, 2))
            .collect::<Vec<_>>()
            .join(", then ")
    );
    view! {
        <svg class="chart trend-chart" viewBox="0 0 400 120" role="img" aria-label=label>
            {LEVEL_BANDS
                .iter()
                .enumerate()
                .map(|(i, (low, high))| {
                    view! {
                        <rect
                            class=format!("band level-{}", Level::ALL[i].id())
                            x=fixed(left, 1)
                            y=fixed(y(*high), 1)
                            width=fixed(width, 1)
                            height=fixed(y(*low) - y(*high), 1)
                        />
                    }
                })
                .collect_view()}
            <path class="trend-line" d=path />
            {points
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    view! {
                        <circle class="estimate" cx=fixed(x(i), 1) cy=fixed(y(p.theta), 1) r="4" />
                    }
                })
                .collect_view()}
        </svg>
    }
}
