//! The links between units as the reader and the inspector use them: every unit's
//! counterparts in the other articles.

use super::article_column::Unit;
use crate::engine::Report;
use crate::util::fasthash::HashMap;
use crate::util::sorting;

/// A unit of the bundle: article index and unit.
pub type Key = (usize, Unit);

/// A linked counterpart: the other unit, the score, and whether the user made the link.
#[derive(Clone, Debug, PartialEq)]
pub struct Counterpart {
    /// The other unit.
    pub key: Key,
    /// Link score (0–1).
    pub score: f64,
    /// Made by hand.
    pub manual: bool,
}

/// Each article's position in the report by its id. The positions are `u32`, the value type
/// of the engine's maps keyed by words: every key and value type of a map is one more copy of
/// the table code in the web build.
pub fn article_indices(report: &Report) -> HashMap<&str, u32> {
    report.articles.iter().zip(0..).map(|(a, k)| (a.id.as_str(), k)).collect()
}

/// Every unit's counterparts, from the report's links.
pub fn link_map(report: &Report, ids: &HashMap<&str, u32>) -> HashMap<Key, Vec<Counterpart>> {
    let mut out: HashMap<Key, Vec<Counterpart>> = HashMap::default();
    for l in &report.links {
        let (Some(&a), Some(&b)) = (ids.get(l.a.article.as_str()), ids.get(l.b.article.as_str())) else { continue };
        let (ka, kb) = ((a as usize, l.a.sentence), (b as usize, l.b.sentence));
        out.entry(ka).or_default().push(Counterpart { key: kb, score: l.score, manual: l.manual });
        out.entry(kb).or_default().push(Counterpart { key: ka, score: l.score, manual: l.manual });
    }
    for v in out.values_mut() {
        sorting::sort_by_key(v, |c| c.key);
    }
    out
}
