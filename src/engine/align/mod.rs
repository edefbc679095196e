//! Cross-article alignment: which sentences (and headlines) of different articles report the
//! same claim, with a score.
//!
//! 1. **Candidates**: pairs of units of different articles that share a content term rare
//!    enough to index ([`CANDIDATE_DF_CAP`]) and whose IDF-weighted Dice overlap reaches
//!    [`CANDIDATE_DICE`], plus pairs that quote the same words ([`same_quotation`]).
//! 2. **Features** of every candidate ([`FEATURE_NAMES`]): overlap of the whole sentences in
//!    several normalisations, of their sub-sentence parts (clauses, quotations, attributions:
//!    [`units`]), of names, quoted words and numbers; the restatement model fitted on MSRP;
//!    where the two sentences stand in their articles; and the pair's context in the event —
//!    how it ranks among each sentence's matches in the other article, whether a third article
//!    bridges it, whether the neighbouring sentences match too.
//! 3. **Decision**: a logistic model over the features ([`model`]), fitted by
//!    `scripts/fit_align.py` on the dev gold alignments with every choice made by
//!    leave-one-event-out cross-validation; a pair is linked when its probability reaches
//!    [`model::LINK_THRESHOLD`].
//!
//! Word statistics come from the bundle itself (IDF over its body sentences: what is rare in
//! the event weighs more), and every feature is symmetric in the two units, so the same
//! articles in any order give the same links.

pub mod model;
pub mod units;

#[cfg(doc)]
use super::similarity::same_quotation;
use super::similarity::{Profile, Stats, number_terms, restatement};
use super::text::{Span, Token};
use crate::util::fasthash::HashMap;
use crate::util::sorting;
pub use model::{FEATURE_NAMES, FEATURES};

/// Restatement probability at which two sentences count as restating each other (a `full`
/// link, and the decision of `parallax pairs`): the model's own decision boundary (fitted on
/// MSRP, where it is 0.76 accurate).
pub const RESTATEMENT_THRESHOLD: f64 = 0.5;

/// Terms found in more than this many sentences do not propose candidate pairs (they still
/// count in the scores; a pair that shares only such terms is no candidate). A fixed number,
/// not a share of the bundle, keeps candidate generation linear in the input: every proposing
/// term brings at most this many sentences, so the pairs it proposes are bounded by this many
/// per occurrence. (A cap of 1% of the sentences, at least this value, was the same in every
/// bundle under 3,200 sentences — all dev events, every real bundle and 20 articles of 3,000
/// words — and grew quadratic beyond: three copies of a 250 KB article of names took 52.8 s,
/// 2.5 s with this cap.)
pub const CANDIDATE_DF_CAP: u32 = 32;

/// Candidate pairs need at least this IDF-weighted Dice overlap (or the same quotation). A
/// speed setting: the fitted model links no pair of the dev events below it (see
/// `scripts/fit_align.py`, which reports the link F1 with and without the cut).
pub const CANDIDATE_DICE: f64 = 0.05;

/// Pairs whose Dice overlap is below this are not scored with the restatement model (the
/// feature is 0 for them; the model is the costliest feature). On the candidate pairs of the dev
/// gold events, the restatement probability of pairs below 0.25 is at most 0.35 (median
/// 0.03–0.07), far from [`RESTATEMENT_THRESHOLD`].
pub const RESTATEMENT_FLOOR: f64 = 0.25;

/// Only a middle's best this-many matches in each other article are bridged (`bridge` feature).
pub const BRIDGE_NEIGHBOURS: usize = 2;

/// A part of a sentence counts in the `part_cover` feature when its terms weigh at least this
/// many words found in one sentence only: shorter parts ("he said") are covered by chance.
pub const PART_MIN_WORDS: f64 = 1.5;

/// One unit to align: a sentence or a headline of one article, as the reading read it.
#[derive(Clone, Copy, Debug)]
pub struct UnitInput<'a> {
    /// Index of the article in the bundle.
    pub article: usize,
    /// The string the span points into (article text or title).
    pub text: &'a str,
    /// The unit's bytes.
    pub span: Span,
    /// The unit's tokens (a dateline left out), from the reading.
    pub tokens: &'a [Token],
    /// For each token: true inside a direct quotation (carried over from earlier sentences of
    /// the paragraph), from the reading.
    pub quoted: &'a [bool],
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
    /// The model's probability that the two units report the same claim (0–1).
    pub score: f64,
    /// True when the two units restate each other (rather than one carrying part of the other).
    pub full: bool,
}

/// A candidate pair and its features.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// The first unit (the lower index).
    pub a: usize,
    /// The second unit.
    pub b: usize,
    /// The features, in [`FEATURE_NAMES`] order.
    pub features: [f64; FEATURES],
    /// The restatement probability (fitted on MSRP), 0 below [`RESTATEMENT_FLOOR`].
    pub restatement: f64,
}

/// Aligns units of different articles: every candidate pair whose probability reaches the link
/// threshold ([`model::LINK_THRESHOLD`]), or the lower claim floor ([`model::CLAIM_FLOOR`]): such
/// a pair is linked only if the claim grouping puts its two units in one claim
/// ([`crate::engine::claims::group`]). Callers tell the two apart with [`ScoredLink::linked`].
pub fn align(units: &[UnitInput]) -> Vec<ScoredLink> {
    let floor = model::LINK_THRESHOLD.min(model::CLAIM_FLOOR);
    candidates(units, false)
        .into_iter()
        .filter_map(|c| {
            let p = model::probability(&c.features);
            (p >= floor).then_some(ScoredLink {
                a: c.a,
                b: c.b,
                score: p,
                full: c.restatement >= RESTATEMENT_THRESHOLD,
            })
        })
        .collect()
}

impl ScoredLink {
    /// True when the pair is a link on its own (rather than only inside a claim).
    pub fn linked(&self) -> bool {
        self.score >= model::LINK_THRESHOLD
    }
}

/// The candidate pairs of `units` with their features, in the order of the pairs (lower index
/// first). With `every`, all of them (what the fitting script learns from); without, only those
/// the screen model passes (what [`align`] decides on): the screen reads the features that cost
/// almost nothing (overlap, positions, ranks) and spares the others for pairs that cannot be
/// linked; features of a pair it passes are the same either way.
pub fn candidates(units: &[UnitInput], every: bool) -> Vec<Candidate> {
    let mut stats = Stats::new();
    let mut profiles: Vec<Profile> =
        units.iter().map(|u| stats.profile_of(u.text, u.tokens, u.quoted, !u.headline)).collect();
    stats.canonicalize(&mut profiles);
    let weights: Vec<f64> = profiles.iter().map(|p| stats.weight(p)).collect();
    let squares: Vec<f64> = profiles.iter().map(|p| p.terms.iter().map(|&t| stats.idf(t).powi(2)).sum()).collect();
    let nums = number_terms(&stats);
    let is_num = |t: u32| nums.contains(&t);
    let lexical: Vec<Terms> = profiles.iter().map(|p| Terms::new(&stats, p, &is_num)).collect();
    // The weight of a word found in one sentence only: features are expressed in such words,
    // so that small and large bundles compare alike.
    let word = (1.0 + stats.count().max(1) as f64).ln();

    // 1. Candidate pairs: units of different articles that share a term found in at most the
    // candidate cap of units, with their shared weight.
    let mut postings: Vec<Vec<usize>> = Vec::new();
    for (k, p) in profiles.iter().enumerate() {
        for &t in &p.terms {
            if postings.len() <= t as usize {
                postings.resize(t as usize + 1, Vec::new());
            }
            postings[t as usize].push(k);
        }
    }
    let cap = CANDIDATE_DF_CAP;
    // Weight of each unit's terms too common to propose candidates: with the shared weight
    // accumulated from the other terms it bounds the true shared weight from above.
    let common_weight: Vec<f64> = profiles
        .iter()
        .map(|p| p.terms.iter().filter(|&&t| postings[t as usize].len() as u32 > cap).map(|&t| stats.idf(t)).sum())
        .collect();
    let mut dice: HashMap<(usize, usize), f64> = HashMap::default();
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
            let total = weights[a] + weights[b];
            if total <= 0.0 || 2.0 * bound / total < CANDIDATE_DICE {
                continue;
            }
            let d = 2.0 * stats.shared_weight(&profiles[a], &profiles[b]) / total;
            if d >= CANDIDATE_DICE {
                dice.insert((a, b), d);
            }
        }
        touched.clear();
    }
    let same_quote = same_quotations(units, &profiles, cap);
    for &pair in &same_quote {
        dice.entry(pair).or_insert_with(|| {
            let total = weights[pair.0] + weights[pair.1];
            if total > 0.0 { 2.0 * stats.shared_weight(&profiles[pair.0], &profiles[pair.1]) / total } else { 0.0 }
        });
    }

    // 2. Context: ranks among each unit's matches in the other article (headlines compete only
    // with headlines), bridges through a third article, matches of the neighbouring units.
    let mut by_unit_article: HashMap<(usize, usize), Vec<f64>> = HashMap::default();
    for (&(a, b), &s) in &dice {
        if units[a].headline == units[b].headline {
            by_unit_article.entry((a, units[b].article)).or_default().push(s);
            by_unit_article.entry((b, units[a].article)).or_default().push(s);
        }
    }
    for v in by_unit_article.values_mut() {
        sorting::sort_by(v, |x, y| y.total_cmp(x));
    }
    let rank = |u: usize, article: usize, s: f64| -> (usize, f64) {
        by_unit_article.get(&(u, article)).map_or((0, s), |v| (v.partition_point(|&x| x > s), v[0]))
    };
    let middles = bridge_middles(units, &dice);
    let position = positions(units);
    let dice_of = |a: usize, b: usize| dice.get(&(a.min(b), a.max(b))).copied().unwrap_or(0.0);

    // 3. Features: the cheap ones first; unless every candidate is asked for, a pair the screen
    // model turns down ([`model::SCREEN_THRESHOLD`]) is left there.
    let mut keys: Vec<(usize, usize)> = dice.keys().copied().collect();
    sorting::sort(&mut keys);
    let mut out = Vec::new();
    let mut scratch = Scratch::default();
    for (a, b) in keys {
        let d = dice[&(a, b)];
        let (wa, wb) = (weights[a], weights[b]);
        let ws = d * (wa + wb) / 2.0;
        let (ra, best_a) = rank(a, units[b].article, d);
        let (rb, best_b) = rank(b, units[a].article, d);
        let to_best = |best: f64| if best > 0.0 { d / best } else { 0.0 };
        let mut f = [0.0; FEATURES];
        f[0] = d;
        f[2] = if wa.max(wb) > 0.0 { ws / wa.max(wb) } else { 0.0 };
        f[3] = if wa.min(wb) > 0.0 { ws / wa.min(wb) } else { 0.0 };
        f[4] = ws / word;
        f[12] = f64::from(same_quote.binary_search(&(a, b)).is_ok());
        f[14] = position[a].min(position[b]);
        f[15] = (position[a] - position[b]).abs();
        f[16] = 1.0 / (1.0 + ra.min(rb) as f64);
        f[17] = 1.0 / (1.0 + ra.max(rb) as f64);
        f[18] = to_best(best_a).min(to_best(best_b));
        f[19] = to_best(best_a).max(to_best(best_b));
        if !every && f[12] == 0.0 && model::screen(&f) < model::SCREEN_THRESHOLD {
            continue;
        }
        let o = overlap(&lexical[a], &lexical[b], word, &mut scratch);
        f[1] = if squares[a] * squares[b] > 0.0 { o.squares / (squares[a] * squares[b]).sqrt() } else { 0.0 };
        f[5] = o.terms;
        f[6] = o.names / word;
        f[7] = o.quoted / word;
        f[8] = o.numbers;
        f[9] = f64::from(lexical[a].numbers && lexical[b].numbers && o.numbers == 0.0);
        f[10] = o.part_dice;
        f[11] = o.part_cover;
        f[20] = bridge(&middles[a], &middles[b]);
        f[21] = [(a.wrapping_sub(1), b), (a + 1, b), (a, b.wrapping_sub(1)), (a, b + 1)]
            .into_iter()
            .filter(|&(x, y)| {
                x < units.len()
                    && y < units.len()
                    && units[x].article == units[a].article
                    && units[y].article == units[b].article
                    && !units[x].headline
                    && !units[y].headline
            })
            .map(|(x, y)| dice_of(x, y))
            .fold(0.0, f64::max);
        if d >= RESTATEMENT_FLOOR {
            for k in [a, b] {
                Stats::detail(units[k].text, units[k].span, &mut profiles[k]);
            }
            f[RESTATEMENT] = restatement(&stats, &is_num, &profiles[a], &profiles[b]);
        }
        out.push(Candidate { a, b, features: f, restatement: f[RESTATEMENT] });
    }
    out
}

/// Where the restatement probability stands in [`FEATURE_NAMES`].
const RESTATEMENT: usize = 13;

/// Largest number of sub-sentence parts told apart; later parts count with the last one.
const MAX_PARTS: usize = 64;

/// One unit's content terms with what the pair features need to know of each, so that one
/// pass over the terms two units share gives every lexical feature of the pair.
struct Terms {
    /// Term ids, sorted.
    ids: Vec<u32>,
    /// IDF of each term.
    idf: Vec<f64>,
    /// For each term: 1 a name, 2 quoted, 4 a number.
    flags: Vec<u8>,
    /// For each term, the parts it stands in (bit `i` for part `i`).
    parts: Vec<u64>,
    /// Total IDF weight of each part.
    part_weights: Vec<f64>,
    /// True when the unit has a number.
    numbers: bool,
}

impl Terms {
    fn new(stats: &Stats, p: &Profile, is_num: &dyn Fn(u32) -> bool) -> Terms {
        let flags: Vec<u8> = p
            .terms
            .iter()
            .map(|&t| {
                u8::from(p.names.binary_search(&t).is_ok())
                    | u8::from(p.quoted_terms.binary_search(&t).is_ok()) << 1
                    | u8::from(is_num(t)) << 2
            })
            .collect();
        let mut parts = vec![0u64; p.terms.len()];
        for (i, part) in p.parts.iter().enumerate() {
            for t in part {
                if let Ok(k) = p.terms.binary_search(t) {
                    parts[k] |= 1 << i.min(MAX_PARTS - 1);
                }
            }
        }
        let mut part_weights = vec![0.0; p.parts.len().min(MAX_PARTS)];
        for (k, &mask) in parts.iter().enumerate() {
            for (i, w) in part_weights.iter_mut().enumerate() {
                if mask >> i & 1 == 1 {
                    *w += stats.idf(p.terms[k]);
                }
            }
        }
        Terms {
            idf: p.terms.iter().map(|&t| stats.idf(t)).collect(),
            ids: p.terms.clone(),
            numbers: flags.iter().any(|f| f & 4 != 0),
            flags,
            parts,
            part_weights,
        }
    }
}

/// What two units share, from one pass over their terms.
#[derive(Default)]
struct Overlap {
    /// Sum of the squared IDF of the shared terms.
    squares: f64,
    /// Number of shared terms.
    terms: f64,
    /// IDF weight of the names both capitalise.
    names: f64,
    /// IDF weight of the terms both quote.
    quoted: f64,
    /// Number of shared numbers.
    numbers: f64,
    /// The best Dice overlap of two parts, one of each unit.
    part_dice: f64,
    /// The best share of one unit's part (of at least [`PART_MIN_WORDS`] words' weight) found
    /// in the other unit.
    part_cover: f64,
}

/// Working space of [`overlap`], kept from one pair to the next (tens of thousands of pairs
/// in a large bundle).
#[derive(Default)]
struct Scratch {
    shared: Vec<(f64, u64, u64)>,
    in_a: Vec<f64>,
    in_b: Vec<f64>,
    in_both: Vec<f64>,
}

/// The lexical overlap of two units.
fn overlap(a: &Terms, b: &Terms, word: f64, scratch: &mut Scratch) -> Overlap {
    let mut o = Overlap::default();
    // The shared terms: their IDF and the parts of each side they stand in.
    let Scratch { shared, in_a, in_b, in_both } = scratch;
    shared.clear();
    let (mut i, mut j) = (0, 0);
    while i < a.ids.len() && j < b.ids.len() {
        match a.ids[i].cmp(&b.ids[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                let w = a.idf[i];
                let both = a.flags[i] & b.flags[j];
                o.squares += w * w;
                o.terms += 1.0;
                o.names += if both & 1 != 0 { w } else { 0.0 };
                o.quoted += if both & 2 != 0 { w } else { 0.0 };
                o.numbers += f64::from(both & 4 != 0);
                shared.push((w, a.parts[i], b.parts[j]));
                i += 1;
                j += 1;
            }
        }
    }
    // The weight of the shared terms in each part of each side, and in each pair of parts (one
    // per side), from one pass over the shared terms and the parts each stands in.
    let (na, nb) = (a.part_weights.len(), b.part_weights.len());
    for (v, n) in [(&mut *in_a, na), (&mut *in_b, nb), (&mut *in_both, na * nb)] {
        v.clear();
        v.resize(n, 0.0);
    }
    let bits = |mask: u64, n: usize| (0..n).filter(move |&i| mask >> i & 1 == 1);
    for &(w, pa, pb) in shared.iter() {
        for x in bits(pa, na) {
            in_a[x] += w;
            for y in bits(pb, nb) {
                in_both[x * nb + y] += w;
            }
        }
        for y in bits(pb, nb) {
            in_b[y] += w;
        }
    }
    for (x, &wx) in a.part_weights.iter().enumerate() {
        for (y, &wy) in b.part_weights.iter().enumerate() {
            if wx + wy > 0.0 {
                o.part_dice = o.part_dice.max(2.0 * in_both[x * nb + y] / (wx + wy));
            }
        }
        if wx >= PART_MIN_WORDS * word {
            o.part_cover = o.part_cover.max(in_a[x] / wx);
        }
    }
    for (y, &wy) in b.part_weights.iter().enumerate() {
        if wy >= PART_MIN_WORDS * word {
            o.part_cover = o.part_cover.max(in_b[y] / wy);
        }
    }
    o
}

/// Pairs of units of different articles that quote the same words ([`same_quotation`]),
/// found through their quoted runs, lower index first, sorted.
fn same_quotations(units: &[UnitInput], profiles: &[Profile], cap: u32) -> Vec<(usize, usize)> {
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
    same_quote
}

/// For every unit, the body sentences of other articles through which it may be bridged to a
/// third article (`bridge` feature): the middles that count it among their best
/// [`BRIDGE_NEIGHBOURS`] matches in its article, each with the Dice overlap of the leg. The
/// bridge of a pair is the larger, over the middles the two units share, of the weaker leg.
fn bridge_middles(units: &[UnitInput], dice: &HashMap<(usize, usize), f64>) -> Vec<Vec<(usize, f64)>> {
    let mut adjacency: Vec<Vec<(usize, f64)>> = vec![Vec::new(); units.len()];
    for (&(a, b), &s) in dice {
        adjacency[a].push((b, s));
        adjacency[b].push((a, s));
    }
    let mut middles: Vec<Vec<(usize, f64)>> = vec![Vec::new(); units.len()];
    for (m, adj) in adjacency.iter_mut().enumerate() {
        if units[m].headline {
            continue;
        }
        sorting::sort_by(adj, |x, y| {
            units[x.0].article.cmp(&units[y.0].article).then(y.1.total_cmp(&x.1)).then(x.0.cmp(&y.0))
        });
        let mut kept = 0;
        let mut last_article = usize::MAX;
        for &(v, s) in adj.iter() {
            if units[v].article != last_article {
                last_article = units[v].article;
                kept = 0;
            }
            kept += 1;
            if kept <= BRIDGE_NEIGHBOURS {
                middles[v].push((m, s));
            }
        }
    }
    // Middles in index order, so that two lists meet in one pass.
    for list in &mut middles {
        sorting::sort_by(list, |x, y| x.0.cmp(&y.0));
    }
    middles
}

/// The bridge of a pair given the middles of its two units (each sorted by middle): the
/// larger, over the middles they share, of the weaker leg.
fn bridge(a: &[(usize, f64)], b: &[(usize, f64)]) -> f64 {
    let (mut i, mut j, mut best) = (0, 0, 0.0f64);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                best = best.max(a[i].1.min(b[j].1));
                i += 1;
                j += 1;
            }
        }
    }
    best
}

/// Where each unit stands in its article: 0 for the headline and the first body sentence, 1
/// for the last body sentence.
fn positions(units: &[UnitInput]) -> Vec<f64> {
    let mut count: HashMap<usize, usize> = HashMap::default();
    for u in units.iter().filter(|u| !u.headline) {
        *count.entry(u.article).or_default() += 1;
    }
    let mut seen: HashMap<usize, usize> = HashMap::default();
    units
        .iter()
        .map(|u| {
            if u.headline {
                return 0.0;
            }
            let k = seen.entry(u.article).or_default();
            let rel = *k as f64 / (count[&u.article].max(2) - 1) as f64;
            *k += 1;
            rel
        })
        .collect()
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
