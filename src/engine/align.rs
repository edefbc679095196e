//! Cross-article alignment: which sentences (and headlines) of different articles report the
//! same claim, with a score.
//!
//! Two kinds of link are found:
//! - **restatements**: the two sentences say the same thing ([`restatement`] ≥
//!   [`RESTATEMENT_THRESHOLD`]); this is also what `parallax pairs` decides for a lone pair;
//! - **partial links**: one sentence carries the other's claim among other content. They are
//!   scored with the claim-overlap score ([`Stats::overlap`]), strengthened through a third
//!   article (if A matches C and C matches B, A probably matches B: [`BRIDGE_FACTOR`]), and
//!   kept when the score passes [`PARTIAL_THRESHOLD`] and the pair is among the
//!   [`RANK_LIMIT`] best matches of one of its two sentences in the other article.
//!
//! Statistics come from the bundle itself (IDF over all its sentences), and every decision is
//! symmetric in the two articles, so the same articles in any order give the same links.

use super::similarity::{Profile, Stats, number_terms, restatement};
use super::text::Span;
use std::collections::{HashMap, HashSet};

/// Partial links need a (bridged) claim-overlap score of at least this. Chosen on the dev gold
/// alignments (4 events, 154 links): the F1-best cut, 0.09, was also the cut chosen in each
/// leave-one-event-out fold.
pub const PARTIAL_THRESHOLD: f64 = 0.09;

/// A match through a third article counts this much of the weaker of its two legs. Tried
/// 0.6, 0.8, 1.0, 1.2 on the dev gold alignments; 0.6 gave the best leave-one-event-out F1
/// (0.64 against 0.63 without bridging).
pub const BRIDGE_FACTOR: f64 = 0.6;

/// A partial link must be among this many best matches of one of its sentences in the other
/// article. Costs nothing on the dev gold (F1 0.640 with 3, 4 or no limit; 0.635 with 2)
/// while keeping one common-worded sentence from linking to a whole article.
pub const RANK_LIMIT: usize = 3;

/// Restatement probability at which two sentences are linked whatever their context: the
/// model's own decision boundary (fitted on MSRP, where it is 0.76 accurate; on the dev gold
/// alignments links above it are 100% precise).
pub const RESTATEMENT_THRESHOLD: f64 = 0.5;

/// Terms found in more sentences than this do not propose candidate pairs (they still count
/// in the scores). Keeps candidate generation close to linear in the input: a pair that shares
/// only such common terms cannot reach [`PARTIAL_THRESHOLD`] through the saturation of the
/// overlap score.
pub const CANDIDATE_DF_CAP: u32 = 256;

/// Pairs whose claim overlap is below this are not scored with the restatement model (it
/// would give them a probability far below [`RESTATEMENT_THRESHOLD`] anyway; measured on MSRP:
/// no pair under 0.05 overlap scores above 0.5).
pub const RESTATEMENT_FLOOR: f64 = 0.05;

/// One unit to align: a sentence or a headline of one article.
#[derive(Clone, Debug)]
pub struct UnitInput<'a> {
    /// Index of the article in the bundle.
    pub article: usize,
    /// The string the span points into (article text or title).
    pub text: &'a str,
    /// The unit's bytes.
    pub span: Span,
    /// True for a headline: it is aligned, but does not count in the word statistics and
    /// does not bridge two other articles.
    pub headline: bool,
}

/// A scored link between two units (indices into the input list).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScoredLink {
    /// The first unit (the lower index).
    pub a: usize,
    /// The second unit.
    pub b: usize,
    /// Strength, 0–1: the restatement probability, or the square root of the bridged claim
    /// overlap (so the weakest partial link kept scores 0.3), whichever is larger.
    pub score: f64,
    /// True when the two units restate each other (rather than one carrying part of the other).
    pub full: bool,
}

/// Aligns units of different articles.
pub fn align(units: &[UnitInput]) -> Vec<ScoredLink> {
    let mut stats = Stats::new();
    let mut profiles: Vec<Profile> = units.iter().map(|u| stats.profile_counted(u.text, u.span, !u.headline)).collect();
    stats.canonicalize(&mut profiles);
    let weights: Vec<f64> = profiles.iter().map(|p| stats.weight(p)).collect();
    let nums = number_terms(&stats);
    let is_num = |t: u32| nums.contains(&t);

    // 1. Candidate pairs: units of different articles that share a not-too-common term.
    let mut postings: HashMap<u32, Vec<usize>> = HashMap::new();
    for (k, p) in profiles.iter().enumerate() {
        for &t in &p.terms {
            postings.entry(t).or_default().push(k);
        }
    }
    let mut candidates: HashSet<(usize, usize)> = HashSet::new();
    let mut terms: Vec<&u32> = postings.keys().collect();
    terms.sort_unstable();
    for t in terms {
        let list = &postings[t];
        if list.len() as u32 > CANDIDATE_DF_CAP {
            continue;
        }
        for (x, &a) in list.iter().enumerate() {
            for &b in &list[x + 1..] {
                if units[a].article != units[b].article {
                    candidates.insert((a, b));
                }
            }
        }
    }

    // 2. Claim overlap of every candidate.
    let mut overlap: HashMap<(usize, usize), f64> = HashMap::with_capacity(candidates.len());
    for &(a, b) in &candidates {
        let s = stats.overlap_with(&profiles[a], &profiles[b], weights[a], weights[b]);
        if s > 0.0 {
            overlap.insert((a, b), s);
        }
    }

    // 3. Bridging through a third article.
    let floor = PARTIAL_THRESHOLD / BRIDGE_FACTOR;
    let mut adjacency: Vec<Vec<(usize, f64)>> = vec![Vec::new(); units.len()];
    for (&(a, b), &s) in &overlap {
        if s >= floor {
            adjacency[a].push((b, s));
            adjacency[b].push((a, s));
        }
    }
    let mut scores = overlap.clone();
    for (m, adj) in adjacency.iter().enumerate() {
        if units[m].headline {
            continue;
        }
        for (x, &(p, sp)) in adj.iter().enumerate() {
            for &(q, sq) in &adj[x + 1..] {
                let (ap, aq) = (units[p].article, units[q].article);
                if ap == aq || ap == units[m].article || aq == units[m].article {
                    continue;
                }
                let key = if p < q { (p, q) } else { (q, p) };
                let bridged = BRIDGE_FACTOR * sp.min(sq);
                let e = scores.entry(key).or_insert(0.0);
                if bridged > *e {
                    *e = bridged;
                }
            }
        }
    }

    // 4. Ranks: how many units of the other article match better.
    let mut by_unit_article: HashMap<(usize, usize), Vec<f64>> = HashMap::new();
    for (&(a, b), &s) in &scores {
        // Headlines compete only with each other: a headline restating a sentence should not
        // push that sentence's body counterparts down the ranking.
        if units[a].headline == units[b].headline {
            by_unit_article.entry((a, units[b].article)).or_default().push(s);
            by_unit_article.entry((b, units[a].article)).or_default().push(s);
        }
    }
    let rank = |u: usize, article: usize, s: f64| -> usize {
        by_unit_article.get(&(u, article)).map_or(0, |v| v.iter().filter(|&&x| x > s).count())
    };

    // 5. Decide.
    let mut keys: Vec<(usize, usize)> = scores.keys().copied().collect();
    keys.sort_unstable();
    let mut links = Vec::new();
    for (a, b) in keys {
        let s = scores[&(a, b)];
        let direct = overlap.get(&(a, b)).copied().unwrap_or(0.0);
        let p =
            if direct >= RESTATEMENT_FLOOR { restatement(&stats, &is_num, &profiles[a], &profiles[b]) } else { 0.0 };
        let ranked = rank(a, units[b].article, s).min(rank(b, units[a].article, s)) < RANK_LIMIT;
        let partial = s >= PARTIAL_THRESHOLD && ranked;
        let full = p >= RESTATEMENT_THRESHOLD;
        if partial || full {
            links.push(ScoredLink { a, b, score: p.max(s.sqrt()).min(1.0), full });
        }
    }
    links
}

/// Scores sentence pairs as if each pair stood in two articles of one event, with statistics
/// from all sentences given. Returns `(score, linked)` per pair, where `score` is the
/// restatement probability and `linked` says whether the aligner links the pair on its own
/// (a restatement). Partial links need the rest of the articles — which other sentences
/// compete, which third article bridges them — so a lone pair is judged as a restatement.
pub fn score_pairs(pairs: &[(&str, &str)]) -> Vec<(f64, bool)> {
    let mut stats = Stats::new();
    let mut profiles: Vec<Profile> = pairs
        .iter()
        .flat_map(|(a, b)| [(*a, a.len()), (*b, b.len())])
        .map(|(s, n)| stats.profile(s, Span::new(0, n)))
        .collect();
    stats.canonicalize(&mut profiles);
    let nums = number_terms(&stats);
    let is_num = |t: u32| nums.contains(&t);
    profiles
        .chunks(2)
        .map(|pair| {
            let p = restatement(&stats, &is_num, &pair[0], &pair[1]);
            (p, p >= RESTATEMENT_THRESHOLD)
        })
        .collect()
}
