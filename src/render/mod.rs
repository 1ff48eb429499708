//! Turning content text into display pieces: inline `code` spans in prose, and Python source split into tokens
//! for syntax highlighting, and numbers rounded for display. They produce plain text pieces that the UI shows as text, never as HTML.

mod highlight;
mod inline;
mod number;

pub use highlight::{highlight, Token, TokenKind};
pub use inline::{inline_spans, Span};
pub use number::{fixed, percent, signed};
