//! How alike two sentences are: content terms, statistics taken from the sentences at hand,
//! the claim-overlap score used for alignment, and the restatement model.
//!
//! Two measures live here:
//! - [`Stats::overlap`]: IDF-weighted Dice overlap of content terms, damped when the shared
//!   weight is small. It finds sentences that carry the same claim, fully or in part.
//! - [`restatement_probability`]: a logistic model over lexical features (overlap in both
//!   directions, n-gram precision, numbers, negation, names, character n-grams, word order)
//!   that says whether two sentences state the same thing and nothing else.

use super::reading::quotes;
use super::text::{Span, Token, TokenKind, tokenize};
use super::words::{is_function_word, number_word, numeral_value, stem};
use crate::engine::wordlist::WordList;
use crate::util::decimal::shortest;
use crate::util::fasthash::{HashMap, HashSet};
use crate::util::sorting;

/// What the comparison needs to know about one sentence.
#[derive(Clone, Debug, Default)]
pub struct Profile {
    /// Content terms (stems and `#number` values), deduplicated, as ids into [`Stats`].
    pub terms: Vec<u32>,
    /// Every word, lower case, in order (function words included), hashed.
    pub words: Vec<u64>,
    /// Distinct word n-grams for n = 1..=4, hashed and sorted.
    pub grams: [Vec<u64>; 4],
    /// Capitalised words after the first (a rough set of names), hashed and sorted.
    pub caps: Vec<u64>,
    /// True when the sentence contains a negation.
    pub negated: bool,
    /// Distinct character 4-grams of the lower-cased text (white space folded), hashed, sorted.
    pub char_grams: Vec<u64>,
    /// True once [`Stats::detail`] has filled `grams` and `char_grams`.
    pub detailed: bool,
    /// Runs of [`QUOTE_RUN_WORDS`] words inside quotation marks, hashed and sorted.
    pub quoted: Vec<u64>,
    /// Short quotations: every run of [`SHORT_QUOTE_WORDS`] up to [`QUOTE_RUN_WORDS`] − 1
    /// words inside quotation marks, hashed and sorted.
    pub quoted_short: Vec<u64>,
    /// Short quotations: whole quoted stretches of the sentence of [`SHORT_QUOTE_WORDS`] up to
    /// [`QUOTE_RUN_WORDS`] − 1 words, hashed and sorted (each is also in `quoted_short`).
    pub short_quotes: Vec<u64>,
    /// Content terms of each sub-sentence part (clause, quotation, attribution; see
    /// `align::units`), each list sorted and deduplicated.
    pub parts: Vec<Vec<u32>>,
    /// Content terms inside quotation marks, sorted and deduplicated.
    pub quoted_terms: Vec<u32>,
    /// Content terms of capitalised words after the first word (a rough set of names), sorted
    /// and deduplicated.
    pub names: Vec<u32>,
}

/// Two sentences that quote the same run of this many words (function words included) quote
/// the same statement, however differently they cut it. On the dev gold alignments every pair
/// sharing a quoted run of five or more words is a gold link (20 of 20); at four words, two of
/// four are.
pub const QUOTE_RUN_WORDS: usize = 5;

/// A short quotation ("who are you?", a "1 in 3" chance: a whole stretch of the sentence
/// between quotation marks, or between a mark and the sentence's start or end, shorter than
/// [`QUOTE_RUN_WORDS`]) found word for word inside a quotation of another article is the same
/// statement, if it has at least this many words (numbers compared by value, hyphenated words
/// by their parts). On the dev gold alignments, with the dataset's sentence splits, 8 of the 10
/// pairs found this way beyond the five-word runs are gold links (the other two quote a phrase
/// back in a reply); from two words, 12 of 16; from four words, 5 of 7. Link F1 was best at
/// three, which each leave-one-event-out fold but one also chose (that one chose two).
pub const SHORT_QUOTE_WORDS: usize = 3;

/// True when two profiles quote the same words: a common run of [`QUOTE_RUN_WORDS`] words, or
/// a short quotation of one ([`SHORT_QUOTE_WORDS`]) found inside a quotation of the other.
pub fn same_quotation(a: &Profile, b: &Profile) -> bool {
    common(&a.quoted, &b.quoted) > 0
        || common(&a.short_quotes, &b.quoted_short) > 0
        || common(&b.short_quotes, &a.quoted_short) > 0
}

/// The words a token adds to a quotation, hashed: none for punctuation, the parts of a
/// hyphenated word ("one-in-three" as three words), numbers by value ("one" and "1" alike).
fn quote_words(t: &Token) -> Vec<u64> {
    if !matches!(t.kind, TokenKind::Word | TokenKind::Number) {
        return Vec::new();
    }
    let parts: Vec<&str> = if t.kind == TokenKind::Word {
        t.norm.split('-').filter(|p| !p.is_empty()).collect()
    } else {
        vec![t.norm.as_str()]
    };
    parts
        .into_iter()
        .map(|part| match number_word(part).or_else(|| numeral_value(part)) {
            Some(v) => hash_str(&format!("#{}", shortest(v))),
            None => hash_str(part),
        })
        .collect()
}

/// Number of distinct values two sorted, deduplicated lists share.
fn common(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

fn sorted_ids(mut v: Vec<u32>) -> Vec<u32> {
    sorting::sort(&mut v);
    v.dedup();
    v
}

fn sorted(mut v: Vec<u64>) -> Vec<u64> {
    sorting::sort(&mut v);
    v.dedup();
    v
}

/// A content term of a word, or `None` for function words and punctuation.
pub fn content_term(kind: TokenKind, norm: &str) -> Option<String> {
    match kind {
        TokenKind::Number => numeral_value(norm).map(|v| format!("#{}", shortest(v))),
        TokenKind::Word => {
            if let Some(v) = number_word(norm) {
                return Some(format!("#{}", shortest(v)));
            }
            if is_function_word(norm) || !norm.chars().any(char::is_alphanumeric) {
                return None;
            }
            let base = norm.strip_suffix("'s").unwrap_or(norm);
            Some(stem(base))
        }
        _ => None,
    }
}

const NEGATIONS: WordList = WordList::new("not|no|never|nor|none|nobody|nothing|neither|without|cannot");

/// Term ids and document frequencies over a set of sentences.
#[derive(Clone, Debug, Default)]
pub struct Stats {
    ids: HashMap<String, u32>,
    /// Number of profiles each term occurs in.
    df: Vec<u32>,
    /// Number of profiles counted.
    n: u32,
    /// IDF of every term, filled by [`Stats::canonicalize`] once all profiles are in.
    idf: Vec<f64>,
    /// Content terms of words already computed, by normal form (most words recur).
    term_cache: HashMap<String, Option<String>>,
    /// Content terms of numbers already computed, by normal form.
    number_cache: HashMap<String, Option<String>>,
}

impl Stats {
    /// An empty table.
    pub fn new() -> Stats {
        Stats::default()
    }

    /// Builds the profile of `text[span]` read on its own (a sentence of a pair, with no article
    /// around it): its tokens and quotations, then [`Stats::profile_of`].
    pub fn profile(&mut self, text: &str, span: Span) -> Profile {
        let tokens = tokenize(text, span);
        let quoted = quotes::mask(&tokens, &quotes::scan(text, &[span]));
        self.profile_of(text, &tokens, &quoted, true)
    }

    /// Builds the profile of a unit from its reading: its tokens (offsets into `text`) and, for
    /// each, whether it lies inside a direct quotation. Its terms are registered; when `count` is
    /// false it does not change the document frequencies (headlines repeat the body's words and
    /// would dilute them).
    pub fn profile_of(&mut self, text: &str, tokens: &[Token], quoted: &[bool], count: bool) -> Profile {
        let mut terms = Vec::new();
        // The term ids of each token (hyphenated words have several).
        let mut token_terms: Vec<(usize, u32)> = Vec::new();
        let mut quoted_terms = Vec::new();
        let mut names = Vec::new();
        let mut words = Vec::new();
        let mut caps = Vec::new();
        let mut negated = false;
        let mut first_word = true;
        // Runs of quoted words, each between two quotation marks or a mark and unquoted text.
        let mut quote_runs: Vec<Vec<u64>> = vec![Vec::new()];
        for (i, t) in tokens.iter().enumerate() {
            let in_quote = quoted.get(i).copied().unwrap_or(false);
            if in_quote && t.kind != TokenKind::Quote {
                if let Some(run) = quote_runs.last_mut() {
                    run.extend(quote_words(t));
                }
            } else if quote_runs.last().is_some_and(|r| !r.is_empty()) {
                quote_runs.push(Vec::new());
            }
            let mut capitalised = false;
            if matches!(t.kind, TokenKind::Word | TokenKind::Number) {
                let raw = &text[t.span.start..t.span.end];
                if !first_word && raw.chars().next().is_some_and(char::is_uppercase) {
                    caps.push(hash_str(&t.norm));
                    capitalised = true;
                }
                first_word = false;
                negated |= NEGATIONS.contains(t.norm.as_str()) || t.norm.ends_with("n't");
                words.push(hash_str(&t.norm));
            }
            // Hyphenated compounds count by their parts ("night-shift" matches "night shift").
            let parts: Vec<&str> = if t.norm.contains('-') && t.kind == TokenKind::Word {
                t.norm.split('-').filter(|p| !p.is_empty()).collect()
            } else {
                vec![t.norm.as_str()]
            };
            for part in parts {
                // A part of a hyphenated word that starts with a digit is a number ("1-in-3"),
                // as the same digits standing alone are. Numbers and words are cached apart, so
                // that a term never depends on which form came first.
                let kind = if part.starts_with(|c: char| c.is_ascii_digit()) { TokenKind::Number } else { t.kind };
                let cache = if kind == TokenKind::Number { &mut self.number_cache } else { &mut self.term_cache };
                let cached = match cache.get(part) {
                    Some(c) => c.clone(),
                    None => {
                        let c = content_term(kind, part);
                        cache.insert(part.to_string(), c.clone());
                        c
                    }
                };
                if let Some(term) = cached {
                    let next = self.ids.len() as u32;
                    let id = *self.ids.entry(term).or_insert(next);
                    if id as usize == self.df.len() {
                        self.df.push(0);
                    }
                    terms.push(id);
                    token_terms.push((i, id));
                    if in_quote {
                        quoted_terms.push(id);
                    }
                    if capitalised {
                        names.push(id);
                    }
                }
            }
        }
        sorting::sort(&mut terms);
        terms.dedup();
        let is_content = |i: usize| token_terms.binary_search_by_key(&i, |x| x.0).is_ok();
        let parts = super::align::units::parts(text, tokens, quoted, &is_content)
            .into_iter()
            .map(|r| {
                let from = token_terms.partition_point(|x| x.0 < r.start);
                let to = token_terms.partition_point(|x| x.0 < r.end);
                sorted_ids(token_terms[from..to].iter().map(|x| x.1).collect())
            })
            .collect();
        if count {
            for &id in &terms {
                self.df[id as usize] += 1;
            }
            self.n += 1;
        }
        let quoted = sorted(quote_runs.iter().flat_map(|r| r.windows(QUOTE_RUN_WORDS).map(hash_words)).collect());
        let short = SHORT_QUOTE_WORDS..QUOTE_RUN_WORDS;
        let quoted_short = sorted(
            short.clone().flat_map(|n| quote_runs.iter().flat_map(move |r| r.windows(n).map(hash_words))).collect(),
        );
        let short_quotes =
            sorted(quote_runs.iter().filter(|q| short.contains(&q.len())).map(|q| hash_words(q)).collect());
        Profile {
            terms,
            words,
            grams: Default::default(),
            caps: sorted(caps),
            negated,
            char_grams: Vec::new(),
            detailed: false,
            quoted,
            quoted_short,
            short_quotes,
            parts,
            quoted_terms: sorted_ids(quoted_terms),
            names: sorted_ids(names),
        }
    }

    /// Fills the n-gram and character-gram sets the restatement model needs (kept out of
    /// [`Stats::profile`] because most sentences never meet the model).
    pub fn detail(text: &str, span: Span, p: &mut Profile) {
        if p.detailed {
            return;
        }
        let folded: Vec<char> = text
            .get(span.start..span.end)
            .unwrap_or("")
            .split_whitespace()
            .flat_map(|w| w.chars().flat_map(char::to_lowercase).chain(std::iter::once(' ')))
            .collect();
        p.char_grams = sorted(folded.windows(4).map(hash_chars).collect());
        p.grams = [1, 2, 3, 4].map(|n| sorted(p.words.windows(n).map(hash_words).collect()));
        p.detailed = true;
    }

    /// Renumbers the terms in the alphabetical order of their text, re-sorts every profile's
    /// terms and fixes the IDF table; call it once all profiles are in. Sums of weights then run in the same order whatever order the
    /// sentences came in, so the same articles in any order give bit-identical scores.
    pub fn canonicalize(&mut self, profiles: &mut [Profile]) {
        let mut names: Vec<(&String, u32)> = self.ids.iter().map(|(k, &v)| (k, v)).collect();
        sorting::sort(&mut names);
        let mut remap = vec![0u32; names.len()];
        for (new, &(_, old)) in names.iter().enumerate() {
            remap[old as usize] = new as u32;
        }
        let mut df = vec![0u32; self.df.len()];
        for (old, &d) in self.df.iter().enumerate() {
            df[remap[old] as usize] = d;
        }
        self.df = df;
        for v in self.ids.values_mut() {
            *v = remap[*v as usize];
        }
        for p in profiles {
            for list in std::iter::once(&mut p.terms)
                .chain(std::iter::once(&mut p.quoted_terms))
                .chain(std::iter::once(&mut p.names))
                .chain(p.parts.iter_mut())
            {
                for t in list.iter_mut() {
                    *t = remap[*t as usize];
                }
                sorting::sort(list);
            }
        }
        self.idf = (0..self.df.len() as u32).map(|id| self.compute_idf(id)).collect();
    }

    /// Inverse document frequency of a term: `ln(1 + N / df)`.
    pub fn idf(&self, id: u32) -> f64 {
        match self.idf.get(id as usize) {
            Some(&v) => v,
            None => self.compute_idf(id),
        }
    }

    fn compute_idf(&self, id: u32) -> f64 {
        let df = self.df.get(id as usize).copied().unwrap_or(1).max(1) as f64;
        (1.0 + self.n.max(1) as f64 / df).ln()
    }

    /// Number of profiles a term occurs in.
    pub fn df(&self, id: u32) -> u32 {
        self.df.get(id as usize).copied().unwrap_or(0)
    }

    /// Number of profiles counted.
    pub fn count(&self) -> u32 {
        self.n
    }

    /// Total IDF weight of a profile's terms.
    pub fn weight(&self, p: &Profile) -> f64 {
        p.terms.iter().map(|&t| self.idf(t)).sum()
    }

    /// IDF weight of the terms two profiles share.
    pub fn shared_weight(&self, a: &Profile, b: &Profile) -> f64 {
        let (mut i, mut j, mut w) = (0, 0, 0.0);
        while i < a.terms.len() && j < b.terms.len() {
            match a.terms[i].cmp(&b.terms[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    w += self.idf(a.terms[i]);
                    i += 1;
                    j += 1;
                }
            }
        }
        w
    }

    /// The claim-overlap score: IDF-weighted Dice of content terms, times
    /// `min(1, shared / saturation)` so that two sentences sharing one rare word do not
    /// look alike.
    pub fn overlap(&self, a: &Profile, b: &Profile) -> f64 {
        self.overlap_with(a, b, self.weight(a), self.weight(b))
    }

    /// [`Stats::overlap`] with the two profiles' total weights already known.
    pub fn overlap_with(&self, a: &Profile, b: &Profile, wa: f64, wb: f64) -> f64 {
        if wa + wb <= 0.0 {
            return 0.0;
        }
        let ws = self.shared_weight(a, b);
        2.0 * ws / (wa + wb) * (ws / self.saturation()).min(1.0)
    }

    /// The shared weight at which the overlap score stops being damped:
    /// [`OVERLAP_SATURATION_WORDS`] words of the highest IDF this collection can give.
    pub fn saturation(&self) -> f64 {
        OVERLAP_SATURATION_WORDS * (1.0 + self.n.max(1) as f64).ln()
    }
}

/// The overlap score is damped until two sentences share this many words' worth of the
/// highest IDF in the collection (a word found in one sentence only). Measured on the dev gold
/// alignments (`gold-align/`, 4 events of 60–110 sentences): F1 rose from 0.57 without damping
/// to 0.64 at about four words (a shared weight of 18 at those sizes) and fell beyond six;
/// leave-one-event-out F1 agreed. Expressed in words rather than raw weight so that small
/// bundles, whose IDF values are lower, are damped alike.
pub const OVERLAP_SATURATION_WORDS: f64 = 4.2;

fn hash_chars(w: &[char]) -> u64 {
    // FNV-1a: stable across platforms and runs, unlike the std hasher's random seed.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for c in w {
        h ^= *c as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn hash_str(w: &str) -> u64 {
    let chars: Vec<char> = w.chars().collect();
    hash_chars(&chars)
}

fn hash_words(ws: &[u64]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for w in ws {
        h ^= *w;
        h = h.wrapping_mul(0x0100_0000_01b3).rotate_left(17);
    }
    h
}

/// Number of features fed to the restatement model.
pub const FEATURES: usize = 26;

/// Names of the features, in order (for the fitting script and for debugging).
pub const FEATURE_NAMES: [&str; FEATURES] = [
    "dice",
    "cont_min",
    "cont_max",
    "uni_min",
    "bi_min",
    "tri_min",
    "num_mismatch",
    "num_equal",
    "len_diff",
    "shared",
    "neg_mismatch",
    "caps_diff",
    "char4_dice",
    "lcs_ratio",
    "p1a",
    "p1b",
    "p2a",
    "p2b",
    "p3a",
    "p3b",
    "p4a",
    "p4b",
    "unmatched_a",
    "unmatched_b",
    "unmatched_max",
    "unmatched_min",
];

/// The lexical features of a pair of sentences.
pub fn features(stats: &Stats, numbers: &dyn Fn(u32) -> bool, a: &Profile, b: &Profile) -> [f64; FEATURES] {
    let wa = stats.weight(a);
    let wb = stats.weight(b);
    let ws = stats.shared_weight(a, b);
    let dice = if wa + wb > 0.0 { 2.0 * ws / (wa + wb) } else { 0.0 };
    let pa = if wa > 0.0 { ws / wa } else { 0.0 };
    let pb = if wb > 0.0 { ws / wb } else { 0.0 };
    let overlap_min = |n: usize| {
        let (ga, gb) = (&a.grams[n - 1], &b.grams[n - 1]);
        let shared = common(ga, gb) as f64;
        (
            shared / (ga.len().min(gb.len()).max(1)) as f64,
            shared / ga.len().max(1) as f64,
            shared / gb.len().max(1) as f64,
        )
    };
    let (u1, p1a, p1b) = overlap_min(1);
    let (b2, p2a, p2b) = overlap_min(2);
    let (b3, p3a, p3b) = overlap_min(3);
    let (_, p4a, p4b) = overlap_min(4);
    let na: HashSet<u32> = a.terms.iter().copied().filter(|&t| numbers(t)).collect();
    let nb: HashSet<u32> = b.terms.iter().copied().filter(|&t| numbers(t)).collect();
    let num_mismatch = f64::from(na != nb);
    let num_equal = f64::from(!na.is_empty() && na == nb);
    let (la, lb) = (a.words.len() as f64, b.words.len() as f64);
    let len_diff = (la - lb).abs() / la.max(lb).max(1.0);
    let ua = wa - ws;
    let ub = wb - ws;
    let neg = f64::from(a.negated != b.negated);
    let caps = (a.caps.len() + b.caps.len() - 2 * common(&a.caps, &b.caps)) as f64;
    let cg = common(&a.char_grams, &b.char_grams) as f64;
    let char4 = 2.0 * cg / ((a.char_grams.len() + b.char_grams.len()).max(1)) as f64;
    let lcs = lcs_len(&a.words, &b.words) as f64 / la.max(lb).max(1.0);
    [
        dice,
        pa.min(pb),
        pa.max(pb),
        u1,
        b2,
        b3,
        num_mismatch,
        num_equal,
        len_diff,
        ws,
        neg,
        caps,
        char4,
        lcs,
        p1a,
        p1b,
        p2a,
        p2b,
        p3a,
        p3b,
        p4a,
        p4b,
        ua,
        ub,
        ua.max(ub),
        ua.min(ub),
    ]
}

/// Length of the longest common subsequence of two word lists.
fn lcs_len(a: &[u64], b: &[u64]) -> usize {
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    let mut prev = vec![0usize; b.len() + 1];
    let mut cur = vec![0usize; b.len() + 1];
    for x in a {
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y { prev[j] + 1 } else { prev[j + 1].max(cur[j]) };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// Weights of the restatement model, in [`FEATURE_NAMES`] order, for standardised features.
///
/// Fitted by L2-regularised logistic regression (C = 1, standardised features) on the MSRP training pairs
/// (`../shared/data/msrp/`, 3,675 news sentence pairs labelled "same content") with the
/// features computed by this module (`cargo run --release --example pair_features`, then
/// `scripts/fit_pair_model.py`, which prints these constants). Its 10-fold cross-validated
/// accuracy is [`RESTATEMENT_CV_ACCURACY`]; the majority class alone scores 0.67.
pub const RESTATEMENT_WEIGHTS: [f64; FEATURES] = [
    -0.740928, 0.919323, 0.264324, -0.375173, -1.04892, -1.13322, -0.167129, 0.0687499, 0.079414, -0.19793, -0.2736,
    0.135273, 0.627781, 0.939861, 0.333881, 0.287119, 0.312469, 0.440985, 0.302234, 0.161796, -0.369372, 0.236233,
    -0.161503, 0.0172921, 0.0700588, -0.260486,
];
/// Feature means used to standardise, in [`FEATURE_NAMES`] order.
pub const RESTATEMENT_MEANS: [f64; FEATURES] = [
    0.672333, 0.618987, 0.745172, 0.719522, 0.520157, 0.404373, 0.330884, 0.218776, 0.14778, 43.7619, 0.0443537,
    1.75156, 0.610174, 0.571921, 0.667076, 0.669101, 0.478049, 0.479911, 0.369793, 0.371382, 0.295507, 0.296723,
    19.9509, 19.9344, 25.714, 14.1713,
];
/// Feature standard deviations used to standardise, in [`FEATURE_NAMES`] order.
pub const RESTATEMENT_SCALES: [f64; FEATURES] = [
    0.17515, 0.176685, 0.186242, 0.156331, 0.217853, 0.244742, 0.470532, 0.413416, 0.0991676, 19.4856, 0.20588,
    1.83007, 0.154681, 0.148134, 0.159469, 0.159813, 0.207774, 0.208274, 0.229013, 0.22915, 0.233761, 0.233965,
    13.4471, 13.1845, 12.9671, 10.9496,
];
/// Intercept of the restatement model.
pub const RESTATEMENT_BIAS: f64 = 1.06277;
/// Cross-validated accuracy of the fitted model on MSRP train (for the record).
pub const RESTATEMENT_CV_ACCURACY: f64 = 0.7589;

/// Probability (0–1) that two sentences state the same content, from their features.
pub fn restatement_probability(f: &[f64; FEATURES]) -> f64 {
    logistic(f, &RESTATEMENT_WEIGHTS, &RESTATEMENT_MEANS, &RESTATEMENT_SCALES, RESTATEMENT_BIAS)
}

/// A logistic model's probability for features `f`: `1 / (1 + e^-z)` with
/// `z = bias + Σ weight · (f − mean) / scale` (the models are fitted on standardised features).
pub fn logistic(f: &[f64], weights: &[f64], means: &[f64], scales: &[f64], bias: f64) -> f64 {
    let mut z = bias;
    for k in 0..f.len().min(weights.len()).min(means.len()).min(scales.len()) {
        z += weights[k] * (f[k] - means[k]) / scales[k];
    }
    1.0 / (1.0 + (-z).exp())
}

/// The restatement probability of a pair, the same whichever sentence comes first: the mean of
/// the model's answers for both orders (some features, such as n-gram precision, are
/// directional).
pub fn restatement(stats: &Stats, numbers: &dyn Fn(u32) -> bool, a: &Profile, b: &Profile) -> f64 {
    let ab = restatement_probability(&features(stats, numbers, a, b));
    let ba = restatement_probability(&features(stats, numbers, b, a));
    (ab + ba) / 2.0
}

/// True when a term id stands for a number (`#…`).
pub fn number_terms(stats: &Stats) -> HashSet<u32> {
    stats.ids.iter().filter(|(k, _)| k.starts_with('#')).map(|(_, &v)| v).collect()
}
