//! What the home view says to a learner, shared by the app's Home and by the first screen that the build writes
//! into `index.html` (`src/bin/prerender.rs`), so the two cannot say different things.

use super::route::Route;
use crate::bank::{Catalog, LevelSummary, SectionSummary};

pub const TITLE: &str = "Where do you stand in Python?";
pub const FIND_MY_LEVEL: &str = "Find my level";
pub const NO_REVIEW_DUE: &str =
    "No review questions are due. Questions you miss come back here on a schedule.";
pub const NOT_STARTED: &str = "Not started";
pub const SELF_TEST: &str = "Self-test";
pub const SKIP_LINK: &str = "Skip to content";
pub const BRAND: &str = "Roadmap Quiz";
pub const FOOTER: &str = "Runs entirely in your browser. Nothing you answer leaves this device.";

pub const NAV_HOME: &str = "Home";
pub const NAV_PROGRESS: &str = "Progress";
pub const NAV_SETTINGS: &str = "Settings";

/// The main navigation's links, in order.
pub fn navigation() -> [(Route, &'static str); 3] {
    [
        (Route::Home, NAV_HOME),
        (Route::Progress, NAV_PROGRESS),
        (Route::Settings, NAV_SETTINGS),
    ]
}

/// The paragraph under the title.
pub fn lead(catalog: &Catalog) -> String {
    format!(
        "A short adaptive test places you at one of four levels of the Python roadmap and names the sections to \
         study next. {} sections, {} questions, all in your browser.",
        catalog.section_count(),
        catalog.question_count(),
    )
}

pub fn level_quiz_label(level: &LevelSummary) -> String {
    format!("{} level quiz", level.info.title)
}

/// How many questions a section has, in words.
pub fn question_count(section: &SectionSummary) -> String {
    match section.questions {
        0 => "No questions yet".to_string(),
        1 => "1 question".to_string(),
        n => format!("{n} questions"),
    }
}

/// The accessible name of a section's self-test link.
pub fn self_test_label(section: &SectionSummary) -> String {
    format!("Self-test: {}", section.title)
}
