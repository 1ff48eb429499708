//! Turning data into display text: inline `code` spans in prose, Python source split into tokens for syntax
//! highlighting, numbers rounded for display, and dates. They produce plain text pieces that the UI shows as text,
//! never as HTML.

mod date;
mod highlight;
mod inline;
mod number;

pub use date::{format_age, format_date};
pub use highlight::{highlight, Token, TokenKind};
pub use inline::{inline_spans, Span};
pub use number::{fixed, percent, signed};
