//! How a section's mastery looks, the same on Home and on the progress map: the band's colour class, the basis's
//! fill (measured solid, predicted hatched, not sure outlined) and a mark, so colour is never the only signal.

use crate::engine::mastery::{Band, Basis};
use crate::session::SectionMastery;

/// The classes for a section's square or tag: `{band} {basis}`.
pub fn mastery_classes(mastery: &SectionMastery) -> String {
    let band = match mastery.band {
        Some(Band::Weak) => "low",
        Some(Band::Middle) => "mid",
        Some(Band::Strong) => "high",
        None => "none",
    };
    let basis = match (mastery.band, mastery.basis, mastery.score) {
        (_, _, None) => "unstarted",
        (None, _, Some(_)) => "unsure",
        (Some(_), Basis::Measured, _) => "measured",
        (Some(_), _, _) => "predicted",
    };
    format!("{band} {basis}")
}

/// The mark beside a section's number: − weak, = getting there, + strong, ? not sure yet.
pub fn mastery_mark(mastery: &SectionMastery) -> &'static str {
    match (mastery.band, mastery.score) {
        (Some(Band::Weak), _) => "\u{2212}",
        (Some(Band::Middle), _) => "=",
        (Some(Band::Strong), _) => "+",
        (None, Some(_)) => "?",
        (None, None) => "",
    }
}
