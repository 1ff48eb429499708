//! `cargo run --bin service-worker -- <dir>`: writes `<dir>/sw.js`, the app's service worker (`src/offline/sw.js`),
//! with the build's own lists: the app shell with a hash of each file, every question file by section, and the
//! sections of each level. The release it names is a hash of all of them, so any change to the app or the bank
//! is a new release. Trunk runs it after the other build steps (see Trunk.toml), when `dist/` is complete.

use roadmap_quiz::bank::{read_catalog, CATALOG_PATH};
use roadmap_quiz::checksum::fnv1a;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const TEMPLATE: &str = include_str!("../offline/sw.js");
/// Files of the shell besides the page and what it names: the catalog, Settings' offline section, and what
/// installing the app needs.
const ALSO_SHELL: [&str; 7] = [
    CATALOG_PATH,
    "offline-settings.js",
    "manifest.webmanifest",
    "icon.svg",
    "icon-192.png",
    "icon-512.png",
    "icon-maskable-512.png",
];

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: service-worker <dist folder>");
        return ExitCode::from(2);
    };
    match write(&dir) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!(
                "error: cannot write the service worker into {}: {err}",
                dir.display()
            );
            ExitCode::FAILURE
        }
    }
}

fn write(dir: &Path) -> Result<(), String> {
    let read = |path: &str| std::fs::read(dir.join(path)).map_err(|err| format!("{path}: {err}"));
    let page = String::from_utf8_lossy(&read("index.html")?).into_owned();
    let mut shell = BTreeMap::new();
    shell.insert("index.html".to_string(), fnv1a(page.as_bytes()));
    for name in page_assets(&page)
        .into_iter()
        .chain(ALSO_SHELL.map(String::from))
    {
        let hash = fnv1a(&read(&name)?);
        shell.insert(name, hash);
    }
    let catalog = read_catalog(
        &serde_json::from_slice(&read(CATALOG_PATH)?)
            .map_err(|err| format!("{CATALOG_PATH}: {err}"))?,
    )?;
    let mut questions: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut release = shell
        .values()
        .fold(0_u64, |acc, hash| acc.rotate_left(5) ^ hash);
    for item in &catalog.items {
        let path = roadmap_quiz::bank::question_path(&item.id);
        release = release.rotate_left(5) ^ fnv1a(&read(&path)?);
        let section = item
            .id
            .as_str()
            .split('/')
            .next()
            .unwrap_or_default()
            .to_string();
        questions.entry(section).or_default().push(path);
    }
    let levels: BTreeMap<&str, Vec<&str>> = catalog
        .levels
        .iter()
        .map(|level| {
            let sections = level.sections.iter().map(|s| s.slug.as_str()).collect();
            (level.info.level.id(), sections)
        })
        .collect();
    let shell: BTreeMap<String, String> = shell
        .into_iter()
        .map(|(k, v)| (k, format!("{v:016x}")))
        .collect();
    let json = |result: serde_json::Result<String>| result.map_err(|err| err.to_string());
    let script = TEMPLATE
        .replace("{{RELEASE}}", &format!("{release:016x}"))
        .replace("{{SHELL}}", &json(serde_json::to_string(&shell))?)
        .replace("{{QUESTIONS}}", &json(serde_json::to_string(&questions))?)
        .replace("{{LEVELS}}", &json(serde_json::to_string(&levels))?);
    std::fs::write(dir.join("sw.js"), script).map_err(|err| format!("sw.js: {err}"))
}

/// The files the page names as `./name` (Trunk writes its wasm, JS and CSS references that way).
fn page_assets(page: &str) -> Vec<String> {
    let mut names: Vec<String> = page
        .split("./")
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || "._-".contains(*c))
                .collect::<String>()
        })
        .filter(|name| {
            [".js", ".wasm", ".css"]
                .iter()
                .any(|ext| name.ends_with(ext))
        })
        .collect();
    names.sort();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shell_is_what_the_page_names() {
        let page = r#"<link href=./main-1.css rel=stylesheet><script type=module>import init from './app-2.js';
            init({ module_or_path: './app-2_bg.wasm' })</script><a href="./#/x">x</a>"#;
        assert_eq!(
            page_assets(page),
            ["app-2.js", "app-2_bg.wasm", "main-1.css"]
        );
    }
}
