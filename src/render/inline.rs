//! Inline code in prompts, options and explanations: text between backticks.

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Span {
    Text(String),
    Code(String),
}

/// Splits `text` at backticks. An unpaired backtick is kept as a character, so nothing the author wrote is lost.
pub fn inline_spans(text: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('`') {
        let after = &rest[open + 1..];
        let Some(close) = after.find('`') else {
            break;
        };
        if close == 0 {
            push_text(&mut spans, &rest[..open + 2]);
            rest = &after[1..];
            continue;
        }
        push_text(&mut spans, &rest[..open]);
        spans.push(Span::Code(after[..close].to_string()));
        rest = &after[close + 1..];
    }
    push_text(&mut spans, rest);
    spans
}

fn push_text(spans: &mut Vec<Span>, text: &str) {
    if text.is_empty() {
        return;
    }
    if let Some(Span::Text(last)) = spans.last_mut() {
        last.push_str(text);
    } else {
        spans.push(Span::Text(text.to_string()));
    }
}
