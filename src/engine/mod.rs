//! The analysis engine: pure Rust, text in and plain data out, no web crates.
//!
//! [`analyze`] turns a [`Bundle`] into a [`Report`]. It never fails: odd input (an empty
//! article, a single article, binary noise) becomes diagnostics in the report.

pub mod align;
pub mod bundle;
pub mod claims;
pub mod document;
pub mod export;
pub mod report;
pub mod segment;
pub mod similarity;
pub mod text;
pub mod words;

pub use bundle::{Article, Bundle, BundleError, Event};
pub use report::{Highlight, Kind, Report};

use document::Document;
use report::{
    ArticleReport, Claim, Diagnostic, Link, Member, Place, REPORT_FORMAT, REPORT_VERSION, SentenceOut, SpanOut, UnitRef,
};

/// Settings of one analysis. `Options::default()` is what the app and the command line use.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// Leave page furniture out of the analysis. Default: `true`.
    pub drop_boilerplate: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options { drop_boilerplate: true }
    }
}

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
    let docs: Vec<Document> = bundle.articles.iter().map(Document::new).collect();
    let _ = options;
    let mut diagnostics = Vec::new();
    for (doc, art) in docs.iter().zip(&bundle.articles) {
        if doc.seg.sentences.is_empty() {
            diagnostics.push(Diagnostic {
                article: Some(art.id.clone()),
                message: format!("\"{}\" has no text to analyse.", display_name(art)),
            });
        }
    }
    if bundle.articles.len() < 2 {
        diagnostics.push(Diagnostic {
            article: None,
            message: "Only one article is loaded: add another to compare them.".into(),
        });
    }
    let articles = docs
        .iter()
        .zip(&bundle.articles)
        .map(|(doc, art)| ArticleReport {
            id: art.id.clone(),
            sentences: doc
                .seg
                .sentences
                .iter()
                .map(|s| SentenceOut {
                    start: s.span.start,
                    end: s.span.end,
                    paragraph: s.paragraph,
                    boilerplate: false,
                })
                .collect(),
            paragraphs: doc.seg.paragraphs.iter().map(|p| SpanOut { start: p.start, end: p.end }).collect(),
            title: doc.title.map(|t| SpanOut { start: t.start, end: t.end }),
            dateline: doc.seg.dateline.map(|d| SpanOut { start: d.start, end: d.end }),
        })
        .collect();
    let (links, claims) = compare(bundle, &docs);
    Report {
        format: REPORT_FORMAT.into(),
        version: REPORT_VERSION,
        articles,
        links,
        claims,
        highlights: Vec::new(),
        findings: Vec::new(),
        diagnostics,
    }
}

/// The outlet, or the id when the outlet is empty.
pub fn display_name(article: &Article) -> &str {
    if article.outlet.trim().is_empty() { &article.id } else { &article.outlet }
}

/// Number of body sentences that make up the lead.
pub const LEAD_SENTENCES: usize = 2;

/// A unit of comparison: the headline or one body sentence of one article.
#[derive(Clone, Copy, Debug)]
struct UnitPos {
    article: usize,
    sentence: Option<usize>,
}

/// Aligns the articles and groups the links into claims.
fn compare(bundle: &Bundle, docs: &[Document]) -> (Vec<Link>, Vec<Claim>) {
    let mut inputs = Vec::new();
    let mut pos = Vec::new();
    for (k, (doc, art)) in docs.iter().zip(&bundle.articles).enumerate() {
        if let Some(t) = doc.title {
            inputs.push(align::UnitInput { article: k, text: &art.title, span: t, headline: true });
            pos.push(UnitPos { article: k, sentence: None });
        }
        for (i, s) in doc.seg.sentences.iter().enumerate() {
            inputs.push(align::UnitInput { article: k, text: &art.text, span: s.span, headline: false });
            pos.push(UnitPos { article: k, sentence: Some(i) });
        }
    }
    let unit_ref = |u: UnitPos| UnitRef {
        article: bundle.articles[u.article].id.clone(),
        sentence: u.sentence,
        title: u.sentence.is_none(),
    };
    let scored = align::align(&inputs);
    let mut links: Vec<Link> = scored
        .iter()
        .map(|l| {
            let (mut a, mut b) = (unit_ref(pos[l.a]), unit_ref(pos[l.b]));
            if (&b.article, b.sentence.map_or(0, |s| s + 1)) < (&a.article, a.sentence.map_or(0, |s| s + 1)) {
                std::mem::swap(&mut a, &mut b);
            }
            Link { a, b, score: (l.score * 1000.0).round() / 1000.0, manual: false }
        })
        .collect();
    links.sort_by(|x, y| (&x.a, &x.b).cmp(&(&y.a, &y.b)));
    let keys: Vec<claims::UnitKey> = pos
        .iter()
        .map(|u| claims::UnitKey { article: &bundle.articles[u.article].id, index: u.sentence.map_or(0, |s| s + 1) })
        .collect();
    let edges: Vec<(usize, usize, f64)> = scored.iter().map(|l| (l.a, l.b, l.score)).collect();
    let groups = claims::group(&keys, &edges);
    let claims = groups
        .into_iter()
        .enumerate()
        .map(|(id, g)| {
            let members: Vec<Member> = g
                .iter()
                .map(|&m| {
                    let u = pos[m];
                    let (place, paragraph) = match u.sentence {
                        None => (Place::Headline, 0),
                        Some(i) => {
                            let p = docs[u.article].seg.sentences[i].paragraph;
                            (if i < LEAD_SENTENCES { Place::Lead } else { Place::Body }, p)
                        }
                    };
                    Member {
                        article: bundle.articles[u.article].id.clone(),
                        sentence: u.sentence,
                        title: u.sentence.is_none(),
                        place,
                        paragraph,
                    }
                })
                .collect();
            let mut present: Vec<String> = members.iter().map(|m| m.article.clone()).collect();
            present.dedup();
            let missing = bundle.articles.iter().map(|a| a.id.clone()).filter(|id| !present.contains(id)).collect();
            Claim { id, members, articles: present, missing, diffs: Vec::new() }
        })
        .collect();
    (links, claims)
}
