//! Content text on the page: inline `code` as code elements and Python snippets with line numbers and syntax
//! highlighting. Everything is inserted as text nodes, so a prompt that contains `<script>` shows those characters.

use crate::bank::CodeLang;
use crate::render::{highlight, inline_spans, Span, Token, TokenKind};
use leptos::prelude::*;

/// Prose with inline code.
#[component]
pub fn RichText(
    /// The text, with `code` in backticks.
    text: String,
) -> impl IntoView {
    inline_spans(&text)
        .into_iter()
        .map(|span| match span {
            Span::Text(text) => view! { <span>{text}</span> }.into_any(),
            Span::Code(code) => view! { <code>{code}</code> }.into_any(),
        })
        .collect_view()
}

/// A code snippet: one row per line, line numbers hidden from screen readers. Python's tokens are coloured by
/// kind; code in another language is shown as it is, under a label naming the language.
#[component]
pub fn CodeBlock(
    /// The source.
    code: String,
    /// Its language, when it is not Python.
    lang: Option<CodeLang>,
) -> impl IntoView {
    let trimmed = code.strip_suffix('\n').unwrap_or(&code).to_string();
    let tokens = match lang {
        None => highlight(&trimmed),
        Some(_) => vec![Token {
            kind: TokenKind::Plain,
            text: trimmed.clone(),
        }],
    };
    let (label, caption_class) = match lang {
        None => ("Python code".to_string(), "visually-hidden"),
        Some(lang) => (format!("{} code", lang.label()), "code-lang"),
    };
    let mut lines: Vec<Vec<(TokenKind, String)>> = vec![Vec::new()];
    for token in tokens {
        let mut parts = token.text.split('\n').peekable();
        while let Some(part) = parts.next() {
            if !part.is_empty() {
                if let Some(line) = lines.last_mut() {
                    line.push((token.kind, part.to_string()));
                }
            }
            if parts.peek().is_some() {
                lines.push(Vec::new());
            }
        }
    }
    view! {
        <figure class="code">
            <figcaption class=caption_class>{label.clone()}</figcaption>
            <pre tabindex="0" aria-label=label>
                <code>
                    {lines
                        .into_iter()
                        .enumerate()
                        .map(|(n, tokens)| {
                            view! {
                                <span class="line">
                                    <span class="ln" aria-hidden="true">
                                        {n + 1}
                                    </span>
                                    {tokens
                                        .into_iter()
                                        .map(|(kind, text)| {
                                            view! { <span class=kind.class()>{text}</span> }
                                        })
                                        .collect_view()}
                                    "\n"
                                </span>
                            }
                        })
                        .collect_view()}
                </code>
            </pre>
        </figure>
    }
}
