//! Content text on the page: inline `code` as code elements and Python snippets with line numbers and syntax
//! highlighting. Everything is inserted as text nodes, so a prompt that contains `<script>` shows those characters.

use crate::render::{highlight, inline_spans, Span, TokenKind};
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

/// A Python snippet: one row per line, line numbers hidden from screen readers, tokens coloured by kind.
#[component]
pub fn CodeBlock(
    /// The Python source.
    code: String,
) -> impl IntoView {
    let trimmed = code.strip_suffix('\n').unwrap_or(&code).to_string();
    let mut lines: Vec<Vec<(TokenKind, String)>> = vec![Vec::new()];
    for token in highlight(&trimmed) {
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
            <figcaption class="visually-hidden">"Python code"</figcaption>
            <pre tabindex="0" aria-label="Python code">
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
