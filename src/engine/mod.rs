//! The analysis engine: pure Rust, text in and plain data out, no web crates.
//!
//! [`analyze`] turns a [`Bundle`] into a [`Report`]. It never fails: odd input (an empty
//! article, a single article, binary noise) becomes diagnostics in the report.
//!
//! The steps: segment every article ([`segment`]), set page furniture aside ([`furniture`]),
//! align sentences across articles ([`align`]), group links into claims ([`claims`]), diff the
//! members of each claim ([`diff`]), then find the framing signals and rank the findings
//! ([`framing`]).

pub mod align;
pub mod bundle;
pub mod claims;
pub mod diff;
pub mod document;
pub mod export;
pub mod framing;
pub mod furniture;
pub mod gate;
pub mod html;
pub mod import;
pub mod inflect;
pub mod lexicon;
pub mod reading;
pub mod report;
pub mod report_reader;
pub mod segment;
pub mod similarity;
pub mod text;
pub mod wordlist;
pub mod words;

pub use bundle::{Article, Bundle, BundleError, Event};
pub use report::{Highlight, Kind, Report};

use crate::util::fasthash::{HashMap, HashSet};
use crate::util::sorted::SortedMap;
use crate::util::sorting;
use bundle::{CorrectionAction, SentenceRef};
use diff::Side;
use document::Document;
use report::{
    ArticleReport, Claim, Diagnostic, Diff, DiffTag, Link, Member, Place, REPORT_FORMAT, REPORT_VERSION, SentenceOut,
    SpanOut, UnitRef,
};

/// Settings of one analysis. `Options::default()` is what the app and the command line use.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// Leave page furniture out of the analysis. Default: `true`.
    pub drop_boilerplate: bool,
    /// Sentences the user put back although they look like page furniture. Default: none.
    pub restored: Vec<SentenceRef>,
}

impl Default for Options {
    fn default() -> Options {
        Options { drop_boilerplate: true, restored: Vec::new() }
    }
}

/// Number of body sentences that make up the lead.
pub const LEAD_SENTENCES: usize = 2;

/// Analyses every article of `bundle` and compares them.
///
/// # Example
/// ```
/// use parallax::engine::{analyze, Article, Bundle, Event, Options};
/// let a = Article { id: "a".into(), text: "One. Two.".into(), ..Article::default() };
/// let report = analyze(&Bundle::new(Event::default(), vec![a]), &Options::default());
/// assert_eq!(report.articles[0].sentences.len(), 2);
/// ```
pub fn analyze(bundle: &Bundle, options: &Options) -> Report {
    analyze_framing(bundle, options).0
}

/// [`analyze`], and every candidate finding of the bundle before the ranking chose the report's
/// findings among them (the tests of each signal's findings read them; natively only).
#[cfg(not(target_arch = "wasm32"))]
pub fn analyze_with_candidates(bundle: &Bundle, options: &Options) -> (Report, Vec<framing::findings::Candidate>) {
    let (report, framing) = analyze_framing(bundle, options);
    (report, framing.candidates)
}

/// The report, and the framing analysis it was made from.
fn analyze_framing(bundle: &Bundle, options: &Options) -> (Report, framing::Framing) {
    let docs: Vec<Document> = bundle
        .articles
        .iter()
        .map(|a| {
            let mut d = Document::new(a);
            for (i, f) in d.furniture.iter_mut().enumerate() {
                if !options.drop_boilerplate || options.restored.iter().any(|r| r.article == a.id && r.sentence == i) {
                    *f = None;
                }
            }
            d
        })
        .collect();
    let diagnostics = diagnostics(bundle, &docs);
    let articles: Vec<ArticleReport> = docs
        .iter()
        .zip(&bundle.articles)
        .map(|(doc, art)| ArticleReport {
            id: art.id.clone(),
            sentences: doc
                .seg
                .sentences
                .iter()
                .zip(&doc.furniture)
                .map(|(s, f)| SentenceOut {
                    start: s.span.start,
                    end: s.span.end,
                    paragraph: s.paragraph,
                    boilerplate: f.is_some(),
                })
                .collect(),
            paragraphs: doc.seg.paragraphs.iter().map(|p| SpanOut { start: p.start, end: p.end }).collect(),
            title: doc.title.map(|t| SpanOut { start: t.start, end: t.end }),
            dateline: doc.seg.dateline.map(|d| SpanOut { start: d.start, end: d.end }),
        })
        .collect();
    let mut highlights = furniture_highlights(bundle, &docs);
    // Every sentence is read once; alignment and every signal work on that reading.
    let views = reading::read(bundle, &docs);
    let mut comparison = compare(bundle, &docs, &views);
    highlights.extend(comparison.highlights);
    let mut framing = framing::analyze(&views, &mut comparison.claims, &comparison.links);
    highlights.append(&mut framing.highlights);
    sorting::sort_by(&mut highlights, |x, y| {
        (&x.article, x.title, x.start, x.end, x.kind).cmp(&(&y.article, y.title, y.start, y.end, y.kind))
    });
    highlights.dedup_by(|x, y| {
        x.article == y.article && x.title == y.title && x.start == y.start && x.end == y.end && x.kind == y.kind
    });
    let report = Report {
        format: REPORT_FORMAT.into(),
        version: REPORT_VERSION,
        articles,
        links: comparison.links,
        claims: comparison.claims,
        highlights,
        findings: std::mem::take(&mut framing.findings),
        signals: std::mem::take(&mut framing.signals),
        referents: std::mem::take(&mut framing.referents),
        diagnostics,
    };
    (report, framing)
}

/// The outlet, or the id when the outlet is empty.
pub fn display_name(article: &Article) -> &str {
    if article.outlet.trim().is_empty() { &article.id } else { &article.outlet }
}

/// The order in which the analysis reads the articles, whatever their order in the bundle: by
/// the name readers see (outlet, or id), then by id (ids are unique in a bundle). Findings list
/// articles in this order, and where two articles tie, the first in it is taken.
pub fn reading_order(a: &Article, b: &Article) -> std::cmp::Ordering {
    display_name(a).cmp(display_name(b)).then_with(|| a.id.cmp(&b.id))
}

fn diagnostics(bundle: &Bundle, docs: &[Document]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for (doc, art) in docs.iter().zip(&bundle.articles) {
        if doc.seg.sentences.is_empty() {
            out.push(Diagnostic {
                article: Some(art.id.clone()),
                message: format!("“{}” has no text to analyse.", display_name(art)),
            });
        } else if doc.furniture.iter().all(Option::is_some) {
            out.push(Diagnostic {
                article: Some(art.id.clone()),
                message: format!(
                    "Everything in “{}” looks like page furniture, so it takes no part in the comparison; put sentences back if this is wrong.",
                    display_name(art)
                ),
            });
        }
    }
    // Of two articles with the same text, the one first in reading order is the original, the
    // other gets the note, whatever their order in the bundle.
    let mut reading: Vec<&Article> = bundle.articles.iter().collect();
    sorting::sort_by(&mut reading, |a, b| reading_order(a, b));
    let mut seen: HashMap<&str, &str> = HashMap::default();
    for art in reading {
        let body = art.text.trim();
        if body.is_empty() {
            continue;
        }
        if let Some(first) = seen.get(body) {
            out.push(Diagnostic {
                article: Some(art.id.clone()),
                message: format!("“{}” has the same text as “{first}”.", display_name(art)),
            });
        } else {
            seen.insert(body, display_name(art));
        }
    }
    if bundle.articles.len() < 2 {
        out.push(Diagnostic {
            article: None,
            message: "Only one article is loaded: add another to compare them.".into(),
        });
    }
    out
}

fn furniture_highlights(bundle: &Bundle, docs: &[Document]) -> Vec<Highlight> {
    let mut out = Vec::new();
    for (doc, art) in docs.iter().zip(&bundle.articles) {
        for (s, f) in doc.seg.sentences.iter().zip(&doc.furniture) {
            if let Some(reason) = f {
                out.push(Highlight {
                    article: art.id.clone(),
                    start: s.span.start,
                    end: s.span.end,
                    kind: Kind::Boilerplate,
                    note: reason.note().into(),
                    title: false,
                    class: None,
                });
            }
        }
    }
    out
}

/// A unit of comparison: the headline or one body sentence of one article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnitPos {
    /// Index of the article in the bundle.
    pub article: usize,
    /// The sentence, or `None` for the headline.
    pub sentence: Option<usize>,
}

impl UnitPos {
    /// The string and span this unit covers.
    fn side<'a>(&self, bundle: &'a Bundle, docs: &[Document]) -> Side<'a> {
        let art = &bundle.articles[self.article];
        match self.sentence {
            None => Side { text: &art.title, span: docs[self.article].title.unwrap_or_default() },
            Some(i) => Side { text: &art.text, span: docs[self.article].seg.sentences[i].span },
        }
    }

    /// The unit as the report names it.
    fn unit_ref(&self, bundle: &Bundle) -> UnitRef {
        UnitRef {
            article: bundle.articles[self.article].id.clone(),
            sentence: self.sentence,
            title: self.sentence.is_none(),
        }
    }

    /// An order-free key: the article id, then 0 for the headline and 1 + index for sentences.
    fn key<'a>(&self, bundle: &'a Bundle) -> (&'a str, usize) {
        (&bundle.articles[self.article].id, self.sentence.map_or(0, |s| s + 1))
    }
}

/// The units that take part in alignment — every headline and every body sentence the reading
/// keeps (not page furniture, not a dateline), article by article in the bundle's order — as the
/// reading read them, and where each stands.
pub fn alignment_units<'v>(views: &'v [reading::View]) -> (Vec<align::UnitInput<'v>>, Vec<UnitPos>) {
    let mut inputs = Vec::new();
    let mut pos = Vec::new();
    for v in framing::in_bundle_order(views) {
        for u in &v.units {
            inputs.push(align::UnitInput {
                article: v.position,
                text: u.text,
                span: u.span,
                tokens: &u.tokens,
                quoted: &u.quoted,
                headline: u.is_title(),
            });
            pos.push(UnitPos { article: v.position, sentence: u.sentence });
        }
    }
    (inputs, pos)
}

/// What comparing the articles produced.
struct Comparison {
    links: Vec<Link>,
    claims: Vec<Claim>,
    highlights: Vec<Highlight>,
}

/// Aligns the articles, applies the user's corrections, groups links into claims, and diffs
/// the linked members of each claim.
fn compare(bundle: &Bundle, docs: &[Document], views: &[reading::View]) -> Comparison {
    let (inputs, pos) = alignment_units(views);
    let index: HashMap<(usize, Option<usize>), usize> =
        pos.iter().enumerate().map(|(n, u)| ((u.article, u.sentence), n)).collect();

    // Scored links, keyed by the unordered unit pair (lower index first); pairs above the claim
    // floor only, which become links if the grouping puts them inside one claim.
    let mut edges: SortedMap<(usize, usize), (f64, bool)> = SortedMap::new();
    let mut weak: SortedMap<(usize, usize), f64> = SortedMap::new();
    for l in align::align(&inputs) {
        let key = (l.a.min(l.b), l.a.max(l.b));
        if l.linked() {
            edges.insert(key, (l.score, false));
        } else {
            weak.insert(key, l.score);
        }
    }
    for c in &bundle.corrections {
        let find = |r: &SentenceRef| {
            let k = bundle.articles.iter().position(|a| a.id == r.article)?;
            index.get(&(k, Some(r.sentence))).copied()
        };
        let (Some(a), Some(b)) = (find(&c.a), find(&c.b)) else { continue };
        if pos[a].article == pos[b].article {
            continue;
        }
        let key = (a.min(b), a.max(b));
        weak.remove(&key);
        match c.action {
            CorrectionAction::Link => {
                edges.insert(key, (1.0, true));
            }
            CorrectionAction::Unlink => {
                edges.remove(&key);
            }
        }
    }

    let keys: Vec<claims::UnitKey> = pos
        .iter()
        .map(|u| {
            let (article, index) = u.key(bundle);
            claims::UnitKey { article, index }
        })
        .collect();
    let weighted: Vec<(usize, usize, f64)> =
        edges.iter().map(|(&(a, b), &(s, manual))| (a, b, if manual { 2.0 } else { s })).collect();
    let weak_list: Vec<(usize, usize, f64)> = weak.iter().map(|(&(a, b), &s)| (a, b, s)).collect();
    let groups = claims::group(&keys, &weighted, &weak_list);
    // Pairs inside one claim are links, whatever their own score.
    for g in &groups {
        for (x, &a) in g.iter().enumerate() {
            for &b in &g[x + 1..] {
                let key = (a.min(b), a.max(b));
                if let Some(&s) = weak.get(&key) {
                    edges.insert(key, (s, false));
                }
            }
        }
    }

    let mut links: Vec<Link> = edges
        .iter()
        .map(|(&(a, b), &(score, manual))| {
            let (mut x, mut y) = (pos[a], pos[b]);
            if y.key(bundle) < x.key(bundle) {
                std::mem::swap(&mut x, &mut y);
            }
            Link { a: x.unit_ref(bundle), b: y.unit_ref(bundle), score: (score * 1000.0).round() / 1000.0, manual }
        })
        .collect();
    sorting::sort_by(&mut links, |x, y| (&x.a, &x.b).cmp(&(&y.a, &y.b)));

    // The pairs of each claim that are compared word by word: every linked pair, or, in a
    // claim too large for that, the links of its best-linked member (see MAX_DIFFS_PER_CLAIM).
    let claim_pairs: Vec<Vec<(usize, usize)>> = groups.iter().map(|g| compared_pairs(g, &edges)).collect();
    let mut dropped: HashSet<(usize, usize)> = HashSet::default();
    for (g, kept) in groups.iter().zip(&claim_pairs) {
        for (x, &a) in g.iter().enumerate() {
            for &b in &g[x + 1..] {
                let key = (a.min(b), a.max(b));
                if edges.contains_key(&key) && !kept.contains(&key) {
                    dropped.insert(key);
                }
            }
        }
    }
    // One word diff per compared link, shared by the claim diffs and the wire-copy marks.
    let mut unit_words: HashMap<usize, (Vec<diff::Word>, Vec<u32>)> = HashMap::default();
    let mut interner = diff::Interner::default();
    for &(a, b) in edges.keys().filter(|k| !dropped.contains(*k)) {
        for u in [a, b] {
            unit_words.entry(u).or_insert_with(|| {
                let words = diff::words(inputs[u].tokens);
                let ids = interner.ids(words.iter().map(|w| w.1.as_str()));
                (words, ids)
            });
        }
    }
    // Each diff runs from the unit with the smaller key to the other, whatever the article order.
    let diffs: SortedMap<(usize, usize), (usize, usize, diff::WordDiff)> = edges
        .keys()
        .filter(|k| !dropped.contains(*k))
        .map(|&(a, b)| {
            let (x, y) = if pos[a].key(bundle) <= pos[b].key(bundle) { (a, b) } else { (b, a) };
            let (sx, sy) = (pos[x].side(bundle, docs), pos[y].side(bundle, docs));
            let (wx, wy) = (&unit_words[&x], &unit_words[&y]);
            ((a, b), (x, y, diff::compare_ids((&wx.0, &wx.1), (&wy.0, &wy.1), sx.span.end, sy.span.end)))
        })
        .collect();

    let mut linked_to: Vec<Vec<usize>> = vec![Vec::new(); pos.len()];
    for &(a, b) in edges.keys() {
        linked_to[a].push(b);
        linked_to[b].push(a);
    }
    // Every sentence's rank among the body sentences that are not page furniture, counted once.
    let ranks: Vec<Vec<usize>> = docs
        .iter()
        .map(|d| {
            let mut rank = 0;
            d.furniture
                .iter()
                .map(|f| {
                    let before = rank;
                    rank += usize::from(f.is_none());
                    before
                })
                .collect()
        })
        .collect();
    let mut highlights = Vec::new();
    let mut claims_out = Vec::with_capacity(groups.len());
    for (id, g) in groups.iter().enumerate() {
        let members: Vec<Member> = g.iter().map(|&m| member(bundle, docs, &ranks, pos[m])).collect();
        let mut present: Vec<String> = Vec::new();
        for m in &members {
            if !present.contains(&m.article) {
                present.push(m.article.clone());
            }
        }
        // An article is missing from a claim when none of its units is linked to a member: one
        // that links to some members but not to all reports the claim in part, and is neither
        // present nor missing.
        let touched: HashSet<usize> =
            g.iter().flat_map(|&m| &linked_to[m]).filter(|u| !g.contains(u)).map(|&u| pos[u].article).collect();
        let missing = bundle
            .articles
            .iter()
            .enumerate()
            .filter(|(k, a)| !present.contains(&a.id) && !touched.contains(k))
            .map(|(_, a)| a.id.clone())
            .collect();
        // Diffs between the compared members of this claim, in key order.
        let mut claim_diffs = Vec::new();
        for (x, &a) in g.iter().enumerate() {
            for &b in &g[x + 1..] {
                let Some((x, y, d)) = diffs.get(&(a.min(b), a.max(b))) else { continue };
                if !claim_pairs[id].contains(&(a.min(b), a.max(b))) {
                    continue;
                }
                let (sx, sy) = (pos[*x].side(bundle, docs), pos[*y].side(bundle, docs));
                // Changed wording is worth marking only between two versions of one sentence;
                // between a sentence and one that shares part of its claim, nearly every word
                // would be "changed".
                if shared_share(&unit_words[x].0, &unit_words[y].0, &d.ops) >= CHANGED_MIN_SHARED {
                    highlights.extend(change_highlights(bundle, pos[*x], pos[*y], sx, sy, &d.ops));
                }
                claim_diffs.push(Diff { a: pos[*x].unit_ref(bundle), b: pos[*y].unit_ref(bundle), ops: d.ops.clone() });
            }
        }
        claims_out.push(Claim { id, members, articles: present, missing, diffs: claim_diffs });
    }

    // Wire copy: long verbatim runs between any two linked units. A run shared with several
    // articles names all of them (in reading order), not just the first pair that found it.
    let mut shared_with: SortedMap<(usize, bool, usize, usize), Vec<usize>> = SortedMap::new();
    for (a, b, d) in diffs.values() {
        let (a, b) = (*a, *b);
        for &(ra, rb) in &d.verbatim {
            for (u, other, r) in [(pos[a], pos[b], ra), (pos[b], pos[a], rb)] {
                shared_with.entry((u.article, u.sentence.is_none(), r.start, r.end)).or_default().push(other.article);
            }
        }
    }
    for (&(article, title, start, end), others) in shared_with.iter_mut() {
        sorting::sort_by(others, |&x, &y| reading_order(&bundle.articles[x], &bundle.articles[y]));
        others.dedup();
        let names: Vec<&str> = others.iter().map(|&k| display_name(&bundle.articles[k])).collect();
        highlights.push(Highlight {
            article: bundle.articles[article].id.clone(),
            start,
            end,
            kind: Kind::Verbatim,
            note: format!(
                "Shared word for word with {} ({}+ words in a row): possibly the same wire copy or press release.",
                framing::join_names(&names),
                diff::VERBATIM_WORDS
            ),
            title,
            class: None,
        });
    }
    Comparison { links, claims: claims_out, highlights }
}

/// The most word diffs a claim carries. A claim reported by every article of a large bundle
/// has a linked pair for nearly every two of its members: 30 articles give up to 1,770 pairs
/// per claim, and a 0.5 MB bundle of 30 versions of one article gave a 217 MB report, three
/// quarters of it diffs. Up to this many every linked pair is compared (45: every pair of ten
/// members, more than any claim of the sample and evaluation events has); above it, the
/// links of the member with the most links, so that every version linked to it can still be
/// compared with it, and the report grows with the members, not with their square.
pub const MAX_DIFFS_PER_CLAIM: usize = 45;

/// The linked pairs of a claim's members (`group`, in key order) that get a word diff, each
/// as `(smaller, larger)` position: all of them, or, past [`MAX_DIFFS_PER_CLAIM`], those of
/// the member with the most links (the first such member on a tie).
fn compared_pairs(group: &[usize], edges: &SortedMap<(usize, usize), (f64, bool)>) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (x, &a) in group.iter().enumerate() {
        for &b in &group[x + 1..] {
            let key = (a.min(b), a.max(b));
            if edges.contains_key(&key) {
                pairs.push(key);
            }
        }
    }
    if pairs.len() <= MAX_DIFFS_PER_CLAIM {
        return pairs;
    }
    let links_of = |m: usize| pairs.iter().filter(|&&(a, b)| a == m || b == m).count();
    let mut hub = group[0];
    for &m in group {
        if links_of(m) > links_of(hub) {
            hub = m;
        }
    }
    pairs.retain(|&(a, b)| a == hub || b == hub);
    pairs
}

/// `changed` highlights are made for a pair of linked units only when at least this share of
/// the shorter unit's words is the same in both: then the pair is two versions of one
/// sentence and the differences are the telling part. Half was chosen by reading the sample
/// events' diffs: below it the "changes" were whole clauses of different content.
pub const CHANGED_MIN_SHARED: f64 = 0.5;

/// Share of the shorter unit's words that the diff finds equal.
fn shared_share(wa: &[diff::Word], wb: &[diff::Word], ops: &[report::DiffOp]) -> f64 {
    let equal_words = ops
        .iter()
        .filter(|o| o.tag == DiffTag::Equal)
        .map(|o| wa.iter().filter(|w| w.0.start >= o.a.start && w.0.end <= o.a.end).count())
        .sum::<usize>();
    equal_words as f64 / wa.len().min(wb.len()).max(1) as f64
}

/// A claim member with its place in its article.
/// A claim's member: `ranks` holds every sentence's rank among the body sentences of its
/// article that are not page furniture.
fn member(bundle: &Bundle, docs: &[Document], ranks: &[Vec<usize>], u: UnitPos) -> Member {
    let (place, paragraph) = match u.sentence {
        None => (Place::Headline, 0),
        Some(i) => {
            let p = docs[u.article].seg.sentences[i].paragraph;
            // The lead: the first sentences of the body that are not page furniture.
            let rank = ranks.get(u.article).and_then(|r| r.get(i)).copied().unwrap_or(0);
            (if rank < LEAD_SENTENCES { Place::Lead } else { Place::Body }, p)
        }
    };
    Member {
        article: bundle.articles[u.article].id.clone(),
        sentence: u.sentence,
        title: u.sentence.is_none(),
        place,
        paragraph,
    }
}

/// `changed` highlights for the differing pieces of a diff, on both sides.
fn change_highlights(
    bundle: &Bundle,
    a: UnitPos,
    b: UnitPos,
    sa: Side,
    sb: Side,
    ops: &[report::DiffOp],
) -> Vec<Highlight> {
    let name_a = display_name(&bundle.articles[a.article]);
    let name_b = display_name(&bundle.articles[b.article]);
    let mut out = Vec::new();
    for op in ops.iter().filter(|o| o.tag != DiffTag::Equal) {
        let ta = sa.text.get(op.a.start..op.a.end).unwrap_or("");
        let tb = sb.text.get(op.b.start..op.b.end).unwrap_or("");
        let note_for = |other: &str, mine: &str, theirs: &str| -> String {
            match (mine.is_empty(), theirs.is_empty()) {
                (false, false) => format!("{other} has “{}” here instead.", framing::excerpt(theirs, 160)),
                (false, true) => format!("{other} does not have these words in its version of this claim."),
                _ => String::new(),
            }
        };
        if !ta.is_empty() {
            out.push(changed(bundle, a, op.a, note_for(name_b, ta, tb)));
        }
        if !tb.is_empty() {
            out.push(changed(bundle, b, op.b, note_for(name_a, tb, ta)));
        }
    }
    out
}

fn changed(bundle: &Bundle, u: UnitPos, span: SpanOut, note: String) -> Highlight {
    Highlight {
        article: bundle.articles[u.article].id.clone(),
        start: span.start,
        end: span.end,
        kind: Kind::Changed,
        note,
        title: u.sentence.is_none(),
        class: None,
    }
}
