//! How far the quiz is: "Question 3 of 10", or for an adaptive test the range it ends in, with a bar.

use crate::render::fixed;
use leptos::prelude::*;

/// The progress bar and its words.
#[component]
pub fn ProgressMeter(
    /// Questions asked so far, the one on screen included.
    asked: usize,
    /// The fewest questions the quiz can end after.
    min: usize,
    /// The most it asks.
    max: usize,
) -> impl IntoView {
    let text = if min == max {
        format!("Question {asked} of {max}")
    } else {
        format!("Question {asked}: this test ends after {min} to {max} questions, as soon as it is sure")
    };
    let done = asked.saturating_sub(1) as f64 / max.max(1) as f64 * 100.0;
    let min_at = min as f64 / max.max(1) as f64 * 100.0;
    view! {
        <div class="meter">
            <p class="meter-text">{text.clone()}</p>
            <div
                class="meter-track"
                role="progressbar"
                aria-label="Quiz progress"
                aria-valuemin="0"
                aria-valuemax=max.to_string()
                aria-valuenow=asked.to_string()
                aria-valuetext=text
            >
                <div class="meter-fill" style=format!("width: {}%", fixed(done, 1))></div>
                {(min < max)
                    .then(|| {
                        view! {
                            <div
                                class="meter-min"
                                style=format!("left: {}%", fixed(min_at, 1))
                            ></div>
                        }
                    })}
            </div>
        </div>
    }
}
