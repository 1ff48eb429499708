//! Reading the content folder from disk, for the build script and the native tools and tests.

use super::error::{ContentError, Fault};
use super::model::Bank;
use super::parse::{parse_bank, SourceFile};
use std::path::Path;

/// Reads `levels.toml` and `sections/*.toml` under `dir` and parses them into a bank.
///
/// Paths in error messages start at the folder's own name (`content/sections/05-collections.toml`), so they read
/// the same wherever the repository is checked out.
pub fn load_bank(dir: &Path) -> Result<Bank, Vec<ContentError>> {
    let shown = dir.file_name().map_or_else(
        || dir.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    );
    let levels = read(dir, &shown, "levels.toml").map_err(|err| vec![err])?;
    let sections_dir = dir.join("sections");
    let mut names: Vec<String> = std::fs::read_dir(&sections_dir)
        .map_err(|err| vec![unreadable(format!("{shown}/sections"), &err)])?
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".toml"))
        .collect();
    names.sort();
    let mut sections = Vec::with_capacity(names.len());
    let mut errors = Vec::new();
    for name in names {
        match read(dir, &shown, &format!("sections/{name}")) {
            Ok(file) => sections.push(file),
            Err(err) => errors.push(err),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    parse_bank(&levels, &sections)
}

fn read(dir: &Path, shown: &str, relative: &str) -> Result<SourceFile, ContentError> {
    let path = format!("{shown}/{relative}");
    std::fs::read_to_string(dir.join(relative))
        .map(|text| SourceFile::new(path.clone(), text))
        .map_err(|err| unreadable(path, &err))
}

fn unreadable(path: String, err: &std::io::Error) -> ContentError {
    ContentError {
        file: path,
        question: None,
        fault: Fault::Unreadable(err.to_string()),
    }
}
