//! The source's shape, checked: no two modules import each other, directly or round a loop, in the app or the bank
//! crate; and no function in the UI is longer than a reader can hold (about 100 lines).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The longest function the UI may have, in lines from its signature to its closing brace.
const UI_FUNCTION_LINES: usize = 100;

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        for entry in fs::read_dir(&dir)
            .expect("source folders are readable")
            .flatten()
        {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

/// A file's module path inside its crate: `src/ui/quiz/mod.rs` is `["ui", "quiz"]`, `src/lib.rs` is `[]`.
fn module_of(root: &Path, file: &Path) -> Vec<String> {
    let relative = file
        .strip_prefix(root)
        .expect("the file is under its crate's root");
    let mut parts: Vec<String> = relative
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// Every module path a file names (`crate::a::b`, `super::c`, `self::d`, and names in `use` lists), resolved
/// against its own module, comments left out.
fn named_paths(module: &[String], text: &str) -> Vec<Vec<String>> {
    // A file's unit tests sit at its end, in a module of their own whose `super` is the file itself.
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    let code: String = text
        .lines()
        .map(|line| {
            let code = line.split("//").next().unwrap_or_default();
            // `use child::Item` names a module of this one, like `use self::child::Item`.
            let (indent, rest) = code.split_at(code.len() - code.trim_start().len());
            let after_use = ["use ", "pub use ", "pub(crate) use ", "pub(super) use "]
                .iter()
                .find_map(|u| rest.strip_prefix(u).map(|path| (&rest[..u.len()], path)));
            match after_use {
                Some((keyword, path))
                    if !["crate::", "super::", "self::", "::", "{"]
                        .iter()
                        .any(|p| path.starts_with(p)) =>
                {
                    format!("{indent}{keyword}self::{path}")
                }
                _ => code.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let mut paths = Vec::new();
    let is_ident = |c: char| c.is_alphanumeric() || c == '_';
    let bytes: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        let starts_word = i == 0 || !is_ident(bytes[i - 1]) && bytes[i - 1] != ':';
        let rest: String = bytes[i..bytes.len().min(i + 8)].iter().collect();
        let head = ["crate::", "super::", "self::"]
            .into_iter()
            .find(|h| rest.starts_with(h));
        let (Some(head), true) = (head, starts_word) else {
            i += 1;
            continue;
        };
        let mut base = match head {
            "crate::" => Vec::new(),
            // In `a/b.rs` and in `a/b/mod.rs` alike, `self` is `a::b` and `super` is `a`.
            "super::" => module[..module.len().saturating_sub(1)].to_vec(),
            _ => module.to_vec(),
        };
        i += head.len();
        loop {
            let word: String = bytes[i..].iter().take_while(|c| is_ident(**c)).collect();
            if word == "super" {
                base.pop();
            } else if !word.is_empty() {
                base.push(word.clone());
            }
            i += word.chars().count();
            if bytes.get(i) == Some(&':') && bytes.get(i + 1) == Some(&':') {
                i += 2;
                if bytes.get(i) == Some(&'{') {
                    // A use list: each name in it is a path of its own.
                    let end = bytes[i..]
                        .iter()
                        .position(|c| *c == '}')
                        .map_or(bytes.len(), |e| i + e);
                    let list: String = bytes[i + 1..end].iter().collect();
                    for name in list.split(',') {
                        let name = name.split("::").next().unwrap_or_default().trim();
                        if !name.is_empty() && name != "self" {
                            let mut path = base.clone();
                            path.push(name.to_string());
                            paths.push(path);
                        }
                    }
                    i = end;
                    base.clear();
                    break;
                }
                continue;
            }
            break;
        }
        if !base.is_empty() {
            paths.push(base);
        }
    }
    paths
}

/// The import graph of one crate: which module names which other module (the longest known module prefix of each
/// path). A module naming its own descendants through `mod` and `use` is the normal tree, and is an edge too, so a
/// child that reaches back to its parent's items closes a loop.
fn import_graph(root: &Path) -> BTreeMap<Vec<String>, BTreeSet<Vec<String>>> {
    let files = rust_files(root);
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| module_of(root, f)).collect();
    let mut graph = BTreeMap::new();
    for file in &files {
        let module = module_of(root, file);
        let text = fs::read_to_string(file).expect("source files are readable");
        let mut named = BTreeSet::new();
        for path in named_paths(&module, &text) {
            let target = (0..=path.len())
                .rev()
                .map(|n| path[..n].to_vec())
                .find(|prefix| modules.contains(prefix))
                .unwrap_or_default();
            if target != module {
                named.insert(target);
            }
        }
        graph.insert(module, named);
    }
    graph
}

/// The groups of modules that import one another round a loop (strongly connected components of more than one
/// module), each as its modules' names, sorted.
fn cycles(graph: &BTreeMap<Vec<String>, BTreeSet<Vec<String>>>) -> Vec<Vec<String>> {
    // Kosaraju: the modules in order of finishing a depth-first walk, then walks of the reversed graph.
    fn walk<'a>(
        node: &'a Vec<String>,
        edges: &'a BTreeMap<Vec<String>, BTreeSet<Vec<String>>>,
        seen: &mut BTreeSet<&'a Vec<String>>,
        out: &mut Vec<&'a Vec<String>>,
    ) {
        if !seen.insert(node) {
            return;
        }
        for next in edges.get(node).into_iter().flatten() {
            walk(next, edges, seen, out);
        }
        out.push(node);
    }
    let mut reversed: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for (from, tos) in graph {
        for to in tos {
            reversed.entry(to.clone()).or_default().insert(from.clone());
        }
    }
    let (mut seen, mut finished) = (BTreeSet::new(), Vec::new());
    for node in graph.keys() {
        walk(node, graph, &mut seen, &mut finished);
    }
    let mut assigned = BTreeSet::new();
    let mut groups = Vec::new();
    for node in finished.into_iter().rev() {
        let mut group = Vec::new();
        walk(node, &reversed, &mut assigned, &mut group);
        if group.len() > 1 {
            let mut names: Vec<String> = group
                .iter()
                .map(|m| format!("crate::{}", m.join("::")))
                .collect();
            names.sort();
            groups.push(names);
        }
    }
    groups
}

#[test]
fn no_module_imports_another_that_imports_it_back() {
    for root in ["src", "crates/bank/src"] {
        let graph = import_graph(Path::new(root));
        assert!(graph.len() > 5, "{root} was read");
        let found = cycles(&graph);
        assert!(
            found.is_empty(),
            "modules of {root} that import each other round a loop: {found:?}"
        );
    }
}

#[test]
fn the_cycle_check_finds_a_loop_between_siblings_and_through_a_parent() {
    let module = |m: &str| m.split("::").map(str::to_string).collect::<Vec<_>>();
    let graph = |edges: &[(&str, &str)]| {
        let mut graph: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
        for (from, to) in edges {
            graph.entry(module(from)).or_default().insert(module(to));
            graph.entry(module(to)).or_default();
        }
        graph
    };
    assert!(cycles(&graph(&[("ui::a", "ui::b"), ("ui::b", "ui::c")])).is_empty());
    let found = cycles(&graph(&[
        ("ui::a", "ui::b"),
        ("ui::b", "ui::c"),
        ("ui::c", "ui::a"),
        ("ui::c", "ui::d"),
    ]));
    assert_eq!(
        found,
        vec![vec!["crate::ui::a", "crate::ui::b", "crate::ui::c"]]
    );
    let through_parent = cycles(&graph(&[
        ("ui::quiz", "ui::quiz::runner"),
        ("ui::quiz::runner", "ui::quiz"),
    ]));
    assert_eq!(through_parent.len(), 1);

    let paths = named_paths(
        &module("ui::browser"),
        "use super::progress_page::format_date; // crate::x",
    );
    assert_eq!(paths, vec![module("ui::progress_page::format_date")]);
    let listed = named_paths(
        &module("ui::quiz"),
        "use crate::ui::{state::use_app, host};\nsuper::x();",
    );
    assert_eq!(
        listed,
        vec![module("ui::state"), module("ui::host"), module("ui::x")]
    );
    let child = named_paths(
        &module("ui::quiz"),
        "mod runner;\nuse runner::{Phase, Runner};",
    );
    assert_eq!(
        child,
        vec![
            module("ui::quiz::runner::Phase"),
            module("ui::quiz::runner::Runner")
        ]
    );
}

#[test]
fn no_function_in_the_ui_is_longer_than_a_reader_can_hold() {
    let mut long = Vec::new();
    for file in rust_files(Path::new("src/ui")) {
        let text = fs::read_to_string(&file).expect("source files are readable");
        let lines: Vec<&str> = text.lines().collect();
        for (start, line) in lines.iter().enumerate() {
            let trimmed = line.trim_start();
            let signature = [
                "fn ",
                "pub fn ",
                "pub(super) fn ",
                "pub(crate) fn ",
                "async fn ",
                "pub async fn ",
            ]
            .iter()
            .any(|p| trimmed.starts_with(p));
            if !signature {
                continue;
            }
            let closing = format!("{}}}", &line[..line.len() - trimmed.len()]);
            if let Some(length) = lines[start..].iter().position(|l| *l == closing) {
                if length + 1 > UI_FUNCTION_LINES {
                    long.push(format!(
                        "{}:{} ({} lines)",
                        file.display(),
                        start + 1,
                        length + 1
                    ));
                }
            }
        }
    }
    assert!(
        long.is_empty(),
        "functions over {UI_FUNCTION_LINES} lines: {long:?}"
    );
}
