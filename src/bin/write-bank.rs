//! `cargo run --bin write-bank -- <dir>`: writes the bank's static files under `<dir>`: the full catalog the app
//! fetches before a quiz, and one JSON file per question (its id is the path) that it fetches when it asks that
//! question. Trunk runs it after each build (see Trunk.toml).

use roadmap_quiz::bank::{load_bank, question_path, Catalog, CATALOG_PATH};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(out) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: write-bank <output folder> [content folder]");
        return ExitCode::from(2);
    };
    let content = std::env::args()
        .nth(2)
        .unwrap_or_else(|| "content".to_string());
    let bank = match load_bank(Path::new(&content)) {
        Ok(bank) => bank,
        Err(errors) => {
            for error in &errors {
                eprintln!("error: {error}");
            }
            return ExitCode::FAILURE;
        }
    };
    let catalog = serde_json::to_string(&Catalog::of(&bank)).map_err(|err| err.to_string());
    let written_catalog = catalog.and_then(|json| {
        std::fs::create_dir_all(&out)
            .and_then(|()| std::fs::write(out.join(CATALOG_PATH), json))
            .map_err(|err| err.to_string())
    });
    if let Err(err) = written_catalog {
        eprintln!(
            "error: cannot write {}: {err}",
            out.join(CATALOG_PATH).display()
        );
        return ExitCode::FAILURE;
    }
    let mut written = 0usize;
    for (_, question) in bank.questions() {
        let path = out.join(question_path(&question.id));
        let result = serde_json::to_string(question)
            .map_err(|err| err.to_string())
            .and_then(|json| {
                let parent = path.parent().unwrap_or(&out);
                std::fs::create_dir_all(parent)
                    .and_then(|()| std::fs::write(&path, json))
                    .map_err(|err| err.to_string())
            });
        if let Err(err) = result {
            eprintln!("error: cannot write {}: {err}", path.display());
            return ExitCode::FAILURE;
        }
        written += 1;
    }
    println!(
        "wrote the catalog and {written} question files under {}",
        out.display()
    );
    ExitCode::SUCCESS
}
