//! Cross-article alignment: which sentences (and headlines) of different articles report the
//! same claim, with a score.
//!
//! Two kinds of link are found:
//! - **restatements**: the two sentences say the same thing ([`restatement`] ≥
//!   [`RESTATEMENT_THRESHOLD`]); this is also what `parallax pairs` decides for a lone pair;
//! - **partial links**: one sentence carries the other's claim among other content. They are
//!   scored with the claim-overlap score ([`Stats::overlap`]), strengthened through a third
//!   article (if A matches C and C matches B, A probably matches B: [`BRIDGE_FACTOR`]), and
//!   kept when the score passes [`PARTIAL_THRESHOLD`] and, for weak links, the pair is the best
//!   match of one of its two sentences in the other article ([`RANK_LIMIT`], [`STRONG_PARTIAL`]).
//!
//! Statistics come from the bundle itself (IDF over all its sentences), and every decision is
//! symmetric in the two articles, so the same articles in any order give the same links.

use super::fasthash::HashMap;
#[cfg(doc)]
use super::similarity::same_quotation;
use super::similarity::{Profile, Stats, number_terms, restatement};
use super::text::Span;
use crate::engine::sorting;

/// Partial links need a (bridged) claim-overlap score of at least this. Chosen on the dev gold
/// alignments (4 events, 154 links): the F1-best cut, 0.09, was also the cut chosen in each
/// leave-one-event-out fold.
pub const PARTIAL_THRESHOLD: f64 = 0.09;

/// A match through a third article counts this much of the weaker of its two legs. Tried
/// 0.6, 0.8, 1.0, 1.2 on the dev gold alignments; 0.6 gave the best leave-one-event-out F1
/// (0.64 against 0.63 without bridging).
pub const BRIDGE_FACTOR: f64 = 0.6;

/// A weak partial link (below [`STRONG_PARTIAL`]) must be the best match of one of its two
/// sentences in the other article (rank below this). On the dev gold alignments, requiring
/// the best match for weak links and nothing for strong ones raised precision from 0.66 to
/// 0.73 at a small cost in recall (F1 0.647 → 0.662 with the dataset's sentence splits); a
/// limit of 3 for all links, 1 for all links, and cuts of 0.12–0.22 were tried.
pub const RANK_LIMIT: usize = 1;

/// The score given to a link between two sentences that quote the same words when their word
/// overlap alone would score lower: the middle of the scale, as for a clear partial link.
pub const SAME_QUOTATION_SCORE: f64 = 0.5;

/// Only a unit's best this-many matches in each other article can bridge.
pub const BRIDGE_NEIGHBOURS: usize = 2;

/// Partial links at least this strong need no rank: they are kept even when the sentence has a
/// better match elsewhere (one long sentence often carries several claims of another article).
pub const STRONG_PARTIAL: f64 = 0.15;

/// Restatement probability at which two sentences are linked whatever their context: the
/// model's own decision boundary (fitted on MSRP, where it is 0.76 accurate; on the dev gold
/// alignments links above it are 100% precise).
pub const RESTATEMENT_THRESHOLD: f64 = 0.5;

/// Terms found in more than this share of the sentences do not propose candidate pairs (they
/// still count in the scores)…
pub const CANDIDATE_DF_SHARE: f64 = 0.05;
/// …but terms found in up to this many sentences always do…
pub const CANDIDATE_DF_MIN: u32 = 32;
/// …and terms found in more than this many never do. Together these keep candidate generation
/// close to linear in the input. A pair that shares only such common terms would need five or
/// more of them to reach [`PARTIAL_THRESHOLD`] through the saturation of the overlap score,
/// and on the dev gold alignments no linked pair is lost (F1 unchanged).
pub const CANDIDATE_DF_MAX: u32 = 256;

/// Pairs whose claim overlap is below this are not scored with the restatement model: it
/// would almost never reach [`RESTATEMENT_THRESHOLD`] for them. Measured on MSRP: of the 2,716
/// pairs the model scores at 0.5 or more, one has an overlap under 0.1.
pub const RESTATEMENT_FLOOR: f64 = 0.1;

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
    /// True when the unit starts inside a quotation opened by an earlier sentence.
    pub in_quote: bool,
}

/// A scored link between two units (indices into the input list).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScoredLink {
    /// The first unit (the lower index).
    pub a: usize,
    /// The second unit.
    pub b: usize,
    /// Strength, 0–1: the restatement probability, or the square root of the bridged claim
    /// overlap (so the weakest partial link kept scores 0.3), whichever is larger; at least
    /// [`SAME_QUOTATION_SCORE`] for two sentences that quote the same words.
    pub score: f64,
    /// True when the two units restate each other (rather than one carrying part of the other).
    pub full: bool,
}

/// Aligns units of different articles.
pub fn align(units: &[UnitInput]) -> Vec<ScoredLink> {
    let mut stats = Stats::new();
    let mut profiles: Vec<Profile> =
        units.iter().map(|u| stats.profile_counted(u.text, u.span, !u.headline, u.in_quote)).collect();
    stats.canonicalize(&mut profiles);
    let weights: Vec<f64> = profiles.iter().map(|p| stats.weight(p)).collect();
    let nums = number_terms(&stats);
    let is_num = |t: u32| nums.contains(&t);

    // 1–2. Candidate pairs (units of different articles that share a term found in at most
    // the candidate cap of units) and their claim overlap.
    let mut postings: Vec<Vec<usize>> = Vec::new();
    for (k, p) in profiles.iter().enumerate() {
        for &t in &p.terms {
            if postings.len() <= t as usize {
                postings.resize(t as usize + 1, Vec::new());
            }
            postings[t as usize].push(k);
        }
    }
    let cap = ((units.len() as f64 * CANDIDATE_DF_SHARE) as u32).clamp(CANDIDATE_DF_MIN, CANDIDATE_DF_MAX);
    let mut overlap: HashMap<(usize, usize), f64> = HashMap::default();
    // Weight of each unit's terms too common to propose candidates: with the shared weight
    // accumulated from the other terms it bounds the true shared weight from above.
    let common_weight: Vec<f64> = profiles
        .iter()
        .map(|p| p.terms.iter().filter(|&&t| postings[t as usize].len() as u32 > cap).map(|&t| stats.idf(t)).sum())
        .collect();
    let keep = PARTIAL_THRESHOLD.min(RESTATEMENT_FLOOR);
    let saturation = stats.saturation();
    let mut touched: Vec<usize> = Vec::new();
    let mut acc = vec![0.0f64; units.len()];
    for (a, p) in profiles.iter().enumerate() {
        for &t in &p.terms {
            let list = &postings[t as usize];
            if list.len() as u32 > cap {
                continue;
            }
            let w = stats.idf(t);
            // Postings are in unit order: only partners after `a`.
            let from = list.partition_point(|&b| b <= a);
            for &b in &list[from..] {
                if units[b].article != units[a].article {
                    if acc[b] == 0.0 {
                        touched.push(b);
                    }
                    acc[b] += w;
                }
            }
        }
        for &b in &touched {
            let bound = acc[b] + common_weight[a].min(common_weight[b]);
            acc[b] = 0.0;
            let (wa, wb) = (weights[a], weights[b]);
            // Pairs that cannot reach the cut are not scored (nor kept: smaller scores do not
            // change the ranks of the pairs that matter).
            if wa + wb <= 0.0 || 2.0 * bound / (wa + wb) * (bound / saturation).min(1.0) < keep {
                continue;
            }
            let s = stats.overlap_with(&profiles[a], &profiles[b], wa, wb);
            if s >= keep {
                overlap.insert((a, b), s);
            }
        }
        touched.clear();
    }

    // Pairs that quote the same words (`similarity::same_quotation`): found through their
    // quoted runs, kept whatever their overlap.
    let mut quoting: HashMap<u64, Vec<usize>> = HashMap::default();
    for (k, p) in profiles.iter().enumerate() {
        for &h in &p.quoted {
            quoting.entry(h).or_default().push(k);
        }
    }
    let mut same_quote: Vec<(usize, usize)> = Vec::new();
    for list in quoting.values() {
        if list.len() as u32 > cap {
            continue;
        }
        for (x, &a) in list.iter().enumerate() {
            for &b in &list[x + 1..] {
                if units[a].article != units[b].article {
                    same_quote.push((a.min(b), a.max(b)));
                }
            }
        }
    }
    // Complete short quotations found inside another article's quotations.
    let mut short_quoting: HashMap<u64, Vec<usize>> = HashMap::default();
    for (k, p) in profiles.iter().enumerate() {
        for &h in &p.short_quotes {
            short_quoting.entry(h).or_default().push(k);
        }
    }
    for (b, p) in profiles.iter().enumerate() {
        for h in &p.quoted_short {
            let Some(list) = short_quoting.get(h) else { continue };
            if list.len() as u32 > cap {
                continue;
            }
            for &a in list {
                if units[a].article != units[b].article {
                    same_quote.push((a.min(b), a.max(b)));
                }
            }
        }
    }
    sorting::sort(&mut same_quote);
    same_quote.dedup();

    // 3. Bridging through a third article.
    let floor = PARTIAL_THRESHOLD / BRIDGE_FACTOR;
    let mut adjacency: Vec<Vec<(usize, f64)>> = vec![Vec::new(); units.len()];
    for (&(a, b), &s) in &overlap {
        if s >= floor {
            adjacency[a].push((b, s));
            adjacency[b].push((a, s));
        }
    }
    // Only a unit's best matches in each other article can bridge: this bounds the work per
    // unit (and a weaker match would not survive the rank test anyway).
    for adj in &mut adjacency {
        sorting::sort_by(adj, |x, y| {
            units[x.0].article.cmp(&units[y.0].article).then(y.1.total_cmp(&x.1)).then(x.0.cmp(&y.0))
        });
        let mut kept = 0;
        let mut last_article = usize::MAX;
        adj.retain(|&(v, _)| {
            if units[v].article != last_article {
                last_article = units[v].article;
                kept = 0;
            }
            kept += 1;
            kept <= BRIDGE_NEIGHBOURS
        });
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

    for &pair in &same_quote {
        scores.entry(pair).or_insert(0.0);
    }

    // 4. Ranks: how many units of the other article match better (sorted lists, searched).
    let mut by_unit_article: HashMap<(usize, usize), Vec<f64>> = HashMap::default();
    for (&(a, b), &s) in &scores {
        // Headlines compete only with each other: a headline restating a sentence should not
        // push that sentence's body counterparts down the ranking.
        if units[a].headline == units[b].headline {
            by_unit_article.entry((a, units[b].article)).or_default().push(s);
            by_unit_article.entry((b, units[a].article)).or_default().push(s);
        }
    }
    for v in by_unit_article.values_mut() {
        sorting::sort_by(v, |x, y| y.total_cmp(x));
    }
    let rank = |u: usize, article: usize, s: f64| -> usize {
        by_unit_article.get(&(u, article)).map_or(0, |v| v.partition_point(|&x| x > s))
    };

    // 5. Decide.
    let mut keys: Vec<(usize, usize)> = scores.keys().copied().collect();
    sorting::sort(&mut keys);
    let mut links = Vec::new();
    for (a, b) in keys {
        let s = scores[&(a, b)];
        let direct = overlap.get(&(a, b)).copied().unwrap_or(0.0);
        let p = if direct >= RESTATEMENT_FLOOR {
            for k in [a, b] {
                Stats::detail(units[k].text, units[k].span, &mut profiles[k]);
            }
            restatement(&stats, &is_num, &profiles[a], &profiles[b])
        } else {
            0.0
        };
        let ranked = s >= STRONG_PARTIAL || rank(a, units[b].article, s).min(rank(b, units[a].article, s)) < RANK_LIMIT;
        let quoted = same_quote.binary_search(&(a, b)).is_ok();
        let partial = s >= PARTIAL_THRESHOLD && ranked || quoted;
        let full = p >= RESTATEMENT_THRESHOLD;
        if partial || full {
            let score = p.max(s.sqrt()).max(if quoted { SAME_QUOTATION_SCORE } else { 0.0 }).min(1.0);
            links.push(ScoredLink { a, b, score, full });
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
    for (p, s) in profiles.iter_mut().zip(pairs.iter().flat_map(|(a, b)| [*a, *b])) {
        Stats::detail(s, Span::new(0, s.len()), p);
    }
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
