//! Identifier newtypes, so that a section slug can never be passed where a question id is expected.

use serde::Serialize;
use std::fmt;

macro_rules! string_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn new(value: impl Into<String>) -> Self {
                Self(value.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

string_id!(
    /// A question's stable id, `section-slug/topic-slug/short-name`. Progress refers to it, so it never changes.
    QuestionId
);
string_id!(
    /// A section's slug, used in ids and URLs (`collections`).
    SectionSlug
);
string_id!(
    /// A topic's slug, unique within its section (`lists`).
    TopicSlug
);

/// True when `s` is a non-empty run of lowercase ASCII letters, digits and single inner hyphens.
pub(crate) fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}
