//! `cargo run --bin prerender -- <dir>`: writes the first screen (the header, Home for a new learner and the
//! footer) into `<dir>/index.html` as plain HTML, so the page shows its content before the wasm arrives and search
//! engines read it. Trunk runs it after each build (see Trunk.toml). The markup is the app's own (the same classes,
//! so the stylesheet lays it out the same) and its words come from `session::home`, which the app's Home uses; the
//! app removes it when it starts (`ui::mount`), and an end-to-end test compares the two texts.

use roadmap_quiz::bank::{load_bank, Catalog, LevelSummary, SectionSummary};
use roadmap_quiz::session::{home, Route};
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Marks each prerendered element, so the app finds and removes them (`ui/first_screen.rs`).
const MARK: &str = "data-prerendered";

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: prerender <folder with index.html> [content folder]");
        return ExitCode::from(2);
    };
    let content = std::env::args()
        .nth(2)
        .unwrap_or_else(|| "content".to_string());
    let catalog = match load_bank(Path::new(&content)) {
        Ok(bank) => Catalog::of(&bank).skeleton(),
        Err(errors) => {
            for error in &errors {
                eprintln!("error: {error}");
            }
            return ExitCode::FAILURE;
        }
    };
    let page = dir.join("index.html");
    let written = std::fs::read_to_string(&page)
        .map_err(|err| err.to_string())
        .and_then(|html| insert(&html, &first_screen(&catalog)))
        .and_then(|html| std::fs::write(&page, html).map_err(|err| err.to_string()));
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!(
                "error: cannot write the first screen into {}: {err}",
                page.display()
            );
            ExitCode::FAILURE
        }
    }
}

/// `html` with `screen` at the start of its body.
fn insert(html: &str, screen: &str) -> Result<String, String> {
    let at = html
        .find("<body>")
        .map(|at| at + "<body>".len())
        .ok_or("the page has no <body>")?;
    if html.contains(MARK) {
        return Err("the page already holds a first screen".to_string());
    }
    Ok(format!("{}{screen}{}", &html[..at], &html[at..]))
}

/// The app's first screen for a new learner, as the app's Shell and Home draw it.
fn first_screen(catalog: &Catalog) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        concat!(
            r##"<a data-prerendered class="skip-link" href="#main">{}</a>"##,
            r#"<header data-prerendered class="site-header">"#,
            r##"<a class="brand" href="{}">{}</a><nav aria-label="Main">"##,
        ),
        text(home::SKIP_LINK),
        Route::Home.href(),
        text(home::BRAND)
    );
    for (route, label) in home::navigation() {
        let current = if route == Route::Home {
            r#" aria-current="page""#
        } else {
            ""
        };
        let _ = write!(
            out,
            r#"<a href="{}"{current}>{}</a>"#,
            route.href(),
            text(label)
        );
    }
    let _ = write!(
        out,
        concat!(
            r#"</nav></header><div data-prerendered class="notices" role="status" aria-live="polite"></div>"#,
            r#"<main data-prerendered id="main" tabindex="-1"><section class="hero" aria-labelledby="page-title">"#,
            r#"<h1 id="page-title" tabindex="-1">{}</h1><p class="lead">{}</p><div class="actions">"#,
            r#"<a class="button primary" href="{}">{}</a></div><p class="review-due"><span>{}</span></p>"#,
            r#"</section><div class="levels">"#,
        ),
        text(home::TITLE),
        text(&home::lead(catalog)),
        Route::Placement.href(),
        text(home::FIND_MY_LEVEL),
        text(home::NO_REVIEW_DUE),
    );
    for level in &catalog.levels {
        level_block(&mut out, level);
    }
    let _ = write!(
        out,
        r#"</div></main><footer data-prerendered class="site-footer"><p>{}</p></footer>"#,
        text(home::FOOTER)
    );
    out
}

fn level_block(out: &mut String, level: &LevelSummary) {
    let id = level.info.level.id();
    let _ = write!(
        out,
        concat!(
            r#"<section class="level" aria-labelledby="level-{id}" data-level="{id}">"#,
            r#"<div class="level-head"><h2 id="level-{id}">{}</h2><span class="level-duration">{}</span>"#,
            r#"</div><p class="level-summary">{}</p><div class="level-actions"><p class="muted">{}</p>"#,
        ),
        text(&level.info.title),
        text(&level.info.duration),
        text(&level.info.summary),
        text(home::NOT_STARTED),
        id = id,
    );
    if level.sections.iter().any(|s| s.questions > 0) {
        let _ = write!(
            out,
            r#"<a class="button" href="{}">{}</a>"#,
            Route::LevelQuiz(level.info.level).href(),
            text(&home::level_quiz_label(level))
        );
    }
    out.push_str(r#"</div><ol class="sections">"#);
    for section in &level.sections {
        section_item(out, section);
    }
    out.push_str("</ol></section>");
}

fn section_item(out: &mut String, section: &SectionSummary) {
    let _ = write!(
        out,
        concat!(
            r#"<li class="section" data-section="{}">"#,
            r#"<span class="section-number" aria-hidden="true">{}</span>"#,
            r#"<span class="section-title">{}</span><span class="section-count">{}</span>"#,
            r#"<span class="section-mastery"></span>"#,
        ),
        text(section.slug.as_str()),
        section.number,
        text(&section.title),
        text(&home::question_count(section)),
    );
    if section.questions > 0 {
        let _ = write!(
            out,
            r#"<a class="section-test" href="{}" aria-label="{}">{}</a>"#,
            Route::SectionTest(section.slug.clone()).href(),
            text(&home::self_test_label(section)),
            text(home::SELF_TEST)
        );
    }
    out.push_str("</li>");
}

/// Text for HTML, in an element or a quoted attribute.
fn text(raw: &str) -> String {
    raw.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_screen_goes_at_the_start_of_the_body_once() {
        let page = "<html><head></head><body><noscript>x</noscript></body></html>";
        let written = insert(page, "<main data-prerendered></main>").expect("inserted");
        assert_eq!(
            written,
            "<html><head></head><body><main data-prerendered></main><noscript>x</noscript></body></html>"
        );
        assert!(
            insert(&written, "<main></main>").is_err(),
            "a second run does not add a second screen"
        );
        assert!(insert("<html></html>", "x").is_err());
    }

    #[test]
    fn text_cannot_break_out_of_its_element_or_attribute() {
        assert_eq!(
            text(r#"Lists & <tuples> "quoted""#),
            "Lists &amp; &lt;tuples&gt; &quot;quoted&quot;"
        );
    }
}
