//! What the app does for a learner, as plain data: beginning, resuming, grading, saving and finishing quizzes, their
//! results, mastery across attempts, history, the names of quiz modes and the app's routes. The browser UI only
//! draws these and stores the progress document.

mod describe;
mod embed;
mod flow;
mod grade;
mod history;
pub mod home;
mod mastery_map;
mod outcome;
mod quiz;
mod route;

pub use crate::engine::mastery::{Band, Basis};
pub use describe::{describe_mode, ModeLabel};
pub use embed::{
    mode_and_scope, parse_embed, parse_host_message, parse_origin, progress_key, Completed,
    EmbedConfig, EmbedError, HostCommand, LevelProbabilities, QuizMessage, SectionScore,
    PROTOCOL_VERSION, SOURCE,
};
pub use flow::{begin_quiz, Begin, Launch};
pub use grade::{grade, option_order, pick_option, Choice, Graded};
pub use history::{history_rows, placement_trend, HistoryRow, TrendPoint};
pub use mastery_map::{
    band_verdict, level_mastery, mastery_snapshot, section_masteries, snapshot_masteries,
    SectionMastery,
};
pub use outcome::{QuizOutcome, ReviewResult, StudyLink};
pub use quiz::{Finished, Quiz, StartError, Step, REVIEW_LENGTH};
pub use route::Route;
