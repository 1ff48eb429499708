//! Which files of the release build a package carries: the embedded quiz page and what it loads, the full catalog,
//! and the text of every question the quiz can ask (one section's, one level's, or the whole bank's).

use crate::options::QuizSpec;
use roadmap_quiz::bank::{question_path, read_catalog, Catalog, CATALOG_PATH};
use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

/// The page the launch page puts in its frame.
pub const QUIZ_PAGE: &str = "embed.html";

/// Why the build cannot be packed, in words that say what to do.
#[derive(Debug)]
pub enum ContentsError {
    NoBuild(PathBuf),
    Unreadable(PathBuf, std::io::Error),
    BadCatalog(String),
    UnknownSection(String),
    Missing(String),
}

impl fmt::Display for ContentsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ContentsError::NoBuild(dist) => write!(
                f,
                "{} has no release build of the quiz (no {QUIZ_PAGE}): run `trunk build --release` first, or the \
                 README's build command, or point --dist at a build",
                dist.display()
            ),
            ContentsError::Unreadable(path, err) => write!(f, "{} cannot be read: {err}", path.display()),
            ContentsError::BadCatalog(reason) => write!(
                f,
                "the build's {CATALOG_PATH} cannot be read ({reason}): build the quiz again with \
                 `trunk build --release`"
            ),
            ContentsError::UnknownSection(slug) => write!(
                f,
                "there is no section \"{slug}\" in this build: use a section's short name from the roadmap, such as \
                 collections (dist/catalog.json lists them)"
            ),
            ContentsError::Missing(path) => write!(
                f,
                "the build has no {path}, which the quiz needs: build the quiz again with `trunk build --release`"
            ),
        }
    }
}

/// The build's files a package needs, as paths relative to `dist`, in a stable order, with the catalog.
pub struct Contents {
    pub files: Vec<String>,
    pub catalog: Catalog,
    /// How many question files are among them.
    pub questions: usize,
}

pub fn collect(dist: &Path, quiz: &QuizSpec) -> Result<Contents, ContentsError> {
    if !dist.join(QUIZ_PAGE).is_file() {
        return Err(ContentsError::NoBuild(dist.to_path_buf()));
    }
    let catalog_text = read_text(&dist.join(CATALOG_PATH))?;
    let value = serde_json::from_str(&catalog_text)
        .map_err(|err| ContentsError::BadCatalog(err.to_string()))?;
    let catalog = read_catalog(&value).map_err(ContentsError::BadCatalog)?;
    let sections: Vec<u32> = match quiz {
        QuizSpec::Section(slug) => vec![
            catalog
                .section_by_slug(slug)
                .ok_or_else(|| ContentsError::UnknownSection(slug.clone()))?
                .number,
        ],
        QuizSpec::Level(level) => catalog
            .sections()
            .filter(|s| s.level == *level)
            .map(|s| s.number)
            .collect(),
        QuizSpec::Placement => catalog.sections().map(|s| s.number).collect(),
    };
    let mut files = BTreeSet::from([QUIZ_PAGE.to_string(), CATALOG_PATH.to_string()]);
    page_assets(dist, QUIZ_PAGE, &mut files)?;
    let questions: Vec<String> = catalog
        .items
        .iter()
        .filter(|item| sections.contains(&item.section))
        .map(|item| question_path(&item.id))
        .collect();
    for path in &questions {
        if !dist.join(path).is_file() {
            return Err(ContentsError::Missing(path.clone()));
        }
    }
    let count = questions.len();
    files.extend(questions);
    Ok(Contents {
        files: files.into_iter().collect(),
        catalog,
        questions: count,
    })
}

/// Adds the files `page` refers to by `./name` (Trunk writes every asset reference that way), and theirs in turn.
fn page_assets(dist: &Path, page: &str, files: &mut BTreeSet<String>) -> Result<(), ContentsError> {
    let text = read_text(&dist.join(page))?;
    for reference in text.split("./").skip(1) {
        let name: String = reference
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || "._-/".contains(*c))
            .collect();
        // Text that happens to hold "./" names no file of the build: only existing files are assets.
        if name.is_empty()
            || name.contains("..")
            || !dist.join(&name).is_file()
            || files.contains(&name)
        {
            continue;
        }
        files.insert(name.clone());
        if name.ends_with(".js") || name.ends_with(".css") {
            page_assets(dist, &name, files)?;
        }
    }
    Ok(())
}

fn read_text(path: &Path) -> Result<String, ContentsError> {
    std::fs::read_to_string(path).map_err(|err| ContentsError::Unreadable(path.to_path_buf(), err))
}
