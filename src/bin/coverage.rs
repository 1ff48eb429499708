//! `cargo run --bin coverage`: prints how well the bank covers each section and level of the roadmap.

use roadmap_quiz::bank::{load_bank, CoverageReport};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "content".to_string());
    match load_bank(Path::new(&dir)) {
        Ok(bank) => {
            // A closed pipe (`coverage | head`) is the reader's choice, not an error worth a panic.
            let _ = writeln!(std::io::stdout(), "{}", CoverageReport::of(&bank));
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for error in &errors {
                eprintln!("error: {error}");
            }
            eprintln!(
                "{} problem(s) in {dir}: fix them to see the coverage report",
                errors.len()
            );
            ExitCode::FAILURE
        }
    }
}
