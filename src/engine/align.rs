//! Cross-article alignment: which sentences (and headlines) of different articles report the
//! same claim, with a score.
//!
//! First version: IDF-weighted cosine over content stems and number values, statistics taken
//! from the bundle itself.

use super::text::{Span, TokenKind, tokenize};
use super::words::{is_function_word, number_word, numeral_value, stem};
use std::collections::HashMap;

/// Links scoring at least this are kept. Chosen on the dev gold alignments (`gold-align/`) as
/// the F1-best cut of the first, whole-sentence version.
pub const LINK_THRESHOLD: f64 = 0.25;

/// One unit to align: a sentence or a headline of one article.
#[derive(Clone, Debug)]
pub struct UnitInput<'a> {
    /// Index of the article in the bundle.
    pub article: usize,
    /// The string the span points into (article text or title).
    pub text: &'a str,
    /// The unit's bytes.
    pub span: Span,
}

/// A scored link between two units (indices into the input list).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScoredLink {
    /// The first unit (the lower index).
    pub a: usize,
    /// The second unit.
    pub b: usize,
    /// Similarity, 0–1.
    pub score: f64,
}

/// Content terms of a unit.
fn terms(text: &str, span: Span) -> Vec<String> {
    tokenize(text, span)
        .into_iter()
        .filter_map(|t| match t.kind {
            TokenKind::Number => numeral_value(&t.norm).map(|v| format!("#{v}")),
            TokenKind::Word => {
                if let Some(v) = number_word(&t.norm) {
                    return Some(format!("#{v}"));
                }
                if is_function_word(&t.norm) || !t.norm.chars().any(char::is_alphanumeric) {
                    return None;
                }
                Some(stem(&t.norm))
            }
            _ => None,
        })
        .collect()
}

/// Weighted term vectors with IDF from the whole input.
struct Vectors {
    /// Per unit: sorted (term id, weight).
    vecs: Vec<Vec<(u32, f64)>>,
    /// Per unit: Euclidean norm.
    norms: Vec<f64>,
}

fn vectors(all_terms: &[Vec<String>]) -> Vectors {
    let mut ids: HashMap<&str, u32> = HashMap::new();
    let mut df: Vec<u32> = Vec::new();
    let mut per_unit: Vec<Vec<(u32, u32)>> = Vec::with_capacity(all_terms.len());
    for ts in all_terms {
        let mut counts: HashMap<u32, u32> = HashMap::new();
        for t in ts {
            let next = ids.len() as u32;
            let id = *ids.entry(t.as_str()).or_insert(next);
            if id as usize == df.len() {
                df.push(0);
            }
            *counts.entry(id).or_default() += 1;
        }
        for &id in counts.keys() {
            df[id as usize] += 1;
        }
        let mut v: Vec<(u32, u32)> = counts.into_iter().collect();
        v.sort_unstable();
        per_unit.push(v);
    }
    let n = all_terms.len().max(1) as f64;
    let vecs: Vec<Vec<(u32, f64)>> = per_unit
        .iter()
        .map(|v| {
            v.iter()
                .map(|&(id, tf)| {
                    (
                        id,
                        (1.0 + (tf as f64).ln()) * (1.0 + n / df[id as usize] as f64).ln(),
                    )
                })
                .collect()
        })
        .collect();
    let norms = vecs
        .iter()
        .map(|v| v.iter().map(|(_, w)| w * w).sum::<f64>().sqrt())
        .collect();
    Vectors { vecs, norms }
}

fn cosine(v: &Vectors, a: usize, b: usize) -> f64 {
    let (x, y) = (&v.vecs[a], &v.vecs[b]);
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while i < x.len() && j < y.len() {
        match x[i].0.cmp(&y[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += x[i].1 * y[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    let d = v.norms[a] * v.norms[b];
    if d > 0.0 { dot / d } else { 0.0 }
}

/// Aligns units of different articles.
pub fn align(units: &[UnitInput]) -> Vec<ScoredLink> {
    let all_terms: Vec<Vec<String>> = units.iter().map(|u| terms(u.text, u.span)).collect();
    let v = vectors(&all_terms);
    let mut out = Vec::new();
    for a in 0..units.len() {
        for b in a + 1..units.len() {
            if units[a].article == units[b].article {
                continue;
            }
            let score = cosine(&v, a, b);
            if score >= LINK_THRESHOLD {
                out.push(ScoredLink { a, b, score });
            }
        }
    }
    out
}

/// Scores sentence pairs as if each pair stood in two articles of one event; statistics come
/// from all sentences given. Returns `(score, linked)` per pair.
pub fn score_pairs(pairs: &[(&str, &str)]) -> Vec<(f64, bool)> {
    let mut all_terms = Vec::with_capacity(pairs.len() * 2);
    for (a, b) in pairs {
        all_terms.push(terms(a, Span::new(0, a.len())));
        all_terms.push(terms(b, Span::new(0, b.len())));
    }
    let v = vectors(&all_terms);
    (0..pairs.len())
        .map(|k| {
            let s = cosine(&v, 2 * k, 2 * k + 1);
            (s, s >= LINK_THRESHOLD)
        })
        .collect()
}
