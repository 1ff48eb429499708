//! What the app does for a learner, as plain data: starting, resuming and grading quizzes, their results, mastery
//! across attempts, history and the app's routes. The browser UI only draws these and stores the progress document.

mod embed;
mod grade;
mod history;
mod mastery_map;
mod outcome;
mod quiz;
mod route;

pub use embed::{
    mode_and_scope, parse_embed, parse_host_message, parse_origin, progress_key, Completed,
    EmbedConfig, EmbedError, HostCommand, LevelProbabilities, QuizMessage, SectionScore,
    PROTOCOL_VERSION, SOURCE,
};
pub use grade::{grade, option_order, Choice, Graded};
pub use history::{history_rows, placement_trend, HistoryRow, TrendPoint};
pub use mastery_map::{
    level_mastery, mastery_snapshot, section_masteries, snapshot_masteries, SectionMastery,
};
pub use outcome::{QuizOutcome, ReviewResult, StudyLink};
pub use quiz::{Quiz, StartError, Step, REVIEW_LENGTH};
pub use route::Route;
