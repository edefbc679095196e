//! The reading of every sentence, shared by every later step: tokens with word classes,
//! noun phrases and verb groups, quotations, mentions of actors (names, descriptions,
//! pronouns), who says what (attributions) and quantities. It knows nothing of other articles
//! but how the bundle capitalises its words; every signal reads this, never the raw text again.
//!
//! [`read`] prepares every article as a [`View`]: its units (the headline and the body
//! sentences that are not page furniture), each a [`Unit`] with its reading.

pub mod attribution;
pub mod chunk;
pub mod entities;
pub mod mentions;
pub mod names;
pub mod places;
pub mod quantity;
pub mod quotes;
pub mod referents;
pub mod tag;

use super::bundle::Bundle;
use super::document::Document;
use super::report::{Evidence, Highlight, Kind, SpanOut, UnitRef};
use super::text::{Span, Token, TokenKind, tokenize};
use super::words::stem;
use crate::util::fasthash::HashMap as FastMap;
use crate::util::sorting;
use chunk::Chunk;
use mentions::Mention;
use names::NameRun;
use std::rc::Rc;
use tag::Tag;

/// One unit of an article: its headline or one body sentence (page furniture excluded).
#[derive(Clone, Debug)]
pub struct Unit<'a> {
    /// The sentence index, or `None` for the headline.
    pub sentence: Option<usize>,
    /// The paragraph (0 for the headline).
    pub paragraph: usize,
    /// The string the span points into: the article's text, or its title.
    pub text: &'a str,
    /// The unit's bytes.
    pub span: Span,
    /// Tokens with byte offsets into `text`.
    pub tokens: Vec<Token>,
    /// For each token: true when it lies inside a direct quotation.
    pub quoted: Vec<bool>,
    /// For each token: the id of its Snowball stem in [`View::stem_text`] ([`NO_STEM`] for
    /// numbers and punctuation).
    pub stems: Vec<u32>,
    /// Rank among the article's body units (0 for the first sentence; 0 for the headline too).
    pub rank: usize,
    /// True for a sentence before a dateline that opens a later sentence of the first paragraph:
    /// a headline, summary or photo caption run into the text, before the story starts.
    pub before_story: bool,
    /// The runs of proper-name words in the unit.
    pub runs: Vec<NameRun>,
    /// The word class of each token.
    pub tags: Vec<Tag>,
    /// The noun phrases, left to right.
    pub chunks: Vec<Chunk>,
    /// The verb groups, left to right.
    pub verbs: Vec<Chunk>,
    /// The mentions of actors, left to right.
    pub mentions: Vec<Mention>,
    /// The quantities, left to right.
    pub quantities: Vec<quantity::Quantity>,
}

impl Unit<'_> {
    /// True for the headline.
    pub fn is_title(&self) -> bool {
        self.sentence.is_none()
    }

    /// True for a sentence of the story's body: not the headline, nor a headline or caption
    /// run into the text before the dateline.
    pub fn in_story(&self) -> bool {
        !self.is_title() && !self.before_story
    }

    /// True for the headline and the first two sentences of the body: where an article puts
    /// what it chooses to lead with.
    pub fn at_top(&self) -> bool {
        self.is_title() || self.rank < 2
    }

    /// True when at least half of the unit's tokens lie inside a direct quotation: the unit
    /// gives a speaker's words.
    pub fn mostly_quoted(&self) -> bool {
        self.quoted.iter().filter(|q| **q).count() * 2 >= self.quoted.len().max(1)
    }

    /// The text of a token.
    pub fn tok(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| self.text.get(t.span.start..t.span.end).unwrap_or(""))
    }

    /// The text of tokens `i..j` as written.
    pub fn slice(&self, i: usize, j: usize) -> &str {
        if i >= j || j > self.tokens.len() {
            return "";
        }
        self.text.get(self.tokens[i].span.start..self.tokens[j - 1].span.end).unwrap_or("")
    }

    /// The byte span of tokens `i..j`.
    pub fn span_of(&self, i: usize, j: usize) -> Span {
        if i >= j || j > self.tokens.len() {
            return Span::new(self.span.start, self.span.start);
        }
        Span::new(self.tokens[i].span.start, self.tokens[j - 1].span.end)
    }

    /// The unit's text.
    pub fn as_str(&self) -> &str {
        self.text.get(self.span.start..self.span.end).unwrap_or("")
    }

    /// The unit's text from its first token on: a dateline at its start ("BEIJING (Meridian)
    /// -"), whose tokens the reading leaves out, is not part of it.
    pub fn read_str(&self) -> &str {
        let start = self.tokens.first().map_or(self.span.start, |t| t.span.start);
        self.text.get(start..self.span.end).unwrap_or("")
    }

    /// The tokens that lie wholly inside `s`, as a range of indices. Tokens are in text order
    /// and do not overlap, so their starts and their ends both rise: two binary searches find
    /// the range, with no walk over the unit.
    pub fn tokens_in(&self, s: Span) -> std::ops::Range<usize> {
        let lo = self.tokens.partition_point(|t| t.span.start < s.start);
        let hi = self.tokens.partition_point(|t| t.span.end <= s.end);
        lo..hi.max(lo)
    }

    /// Number of words that lie wholly inside `s`.
    pub fn words_in(&self, s: Span) -> usize {
        self.tokens.get(self.tokens_in(s)).map_or(0, |ts| ts.iter().filter(|t| t.kind == TokenKind::Word).count())
    }

    /// The number of tokens that end at or before byte `at`: the index of the first token that
    /// ends after it.
    pub fn tokens_before(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.span.end <= at)
    }

    /// True when token `i` is a word or a number.
    pub fn is_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
    }

    /// True when no word stands before token `i`: a capital there may be only the sentence's.
    pub fn opens(&self, i: usize) -> bool {
        (0..i).all(|j| !self.is_word(j))
    }

    /// True when token `i` starts with a capital letter.
    pub fn is_capitalized(&self, i: usize) -> bool {
        self.tok(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// Walks the unit's words left to right for a word-list match: `at(normal forms, i)`
    /// looks at word `i` and returns how many words it took (the walk goes on after them), or
    /// `None` to go on with the next word. Punctuation is skipped.
    pub fn scan(&self, mut at: impl FnMut(&[&str], usize) -> Option<usize>) {
        let norms = crate::engine::lexicon::norms(&self.tokens);
        let mut i = 0;
        while i < self.tokens.len() {
            let took = if self.is_word(i) { at(&norms, i) } else { None };
            i += took.unwrap_or(1).max(1);
        }
    }
}

/// Spans of an article's units (a unit and bytes in it, or a range of its tokens), for asking
/// whether any of them overlaps a given span without walking over them all: sorted by unit
/// and start, each with the furthest end of its unit's spans so far.
#[derive(Clone, Debug, Default)]
pub struct UnitSpans {
    /// Unit, span and the furthest end of the spans of that unit up to this one.
    spans: Vec<(usize, Span, usize)>,
}

impl UnitSpans {
    /// The index of `spans` (empty ones left out: they share no byte with anything).
    pub fn new(spans: impl IntoIterator<Item = (usize, Span)>) -> UnitSpans {
        let mut spans: Vec<(usize, Span, usize)> =
            spans.into_iter().filter(|p| !p.1.is_empty()).map(|(u, s)| (u, s, s.end)).collect();
        crate::util::sorting::sort_by_key(&mut spans, |p| (p.0, p.1.start));
        for k in 1..spans.len() {
            if spans[k - 1].0 == spans[k].0 {
                spans[k].2 = spans[k].2.max(spans[k - 1].2);
            }
        }
        UnitSpans { spans }
    }

    /// True when a span of unit `unit` shares a byte with `s` (`Span::overlap` above zero): one
    /// that starts before `s` ends and ends after `s` starts.
    pub fn overlaps(&self, unit: usize, s: Span) -> bool {
        let from = self.spans.partition_point(|p| p.0 < unit);
        let to = self.spans.partition_point(|p| (p.0, p.1.start) < (unit, s.end));
        !s.is_empty() && to > from && self.spans.get(to - 1).is_some_and(|p| p.2 > s.start)
    }
}

/// A quotation of at most this many words with no speaker in sight is taken as scare quotes
/// around a word or phrase ("a so-called “solidarity” letter"), not as a statement.
pub const SCARE_QUOTE_WORDS: usize = 3;

/// Nouns of research that reports what it finds ("the survey found", "a poll projects").
pub(crate) const RESEARCH_NOUNS: crate::engine::wordlist::WordList = crate::engine::wordlist::WordList::new(
    "poll|polls|survey|surveys|study|studies|report|reports|analysis|review|audit|forecast",
);

/// True for a word that marks a role as held before ("former governor", "ex-minister").
pub(crate) fn former_word(w: &str) -> bool {
    matches!(w, "former" | "ex" | "retired" | "fired" | "ousted" | "onetime" | "one-time")
        || w.starts_with("ex-")
        || w.starts_with("then-")
}

/// The stem id of tokens that are not words.
pub const NO_STEM: u32 = u32::MAX;

/// One article prepared for the framing analysis.
#[derive(Clone, Debug)]
pub struct View<'a> {
    /// Index among the views, which come in reading order (by outlet, then id; see
    /// [`read`]): the index of the article's lists in the framing signals.
    pub index: usize,
    /// Index of the article in the bundle.
    pub position: usize,
    /// The article's id.
    pub id: &'a str,
    /// The outlet (or id) as shown to readers.
    pub name: &'a str,
    /// The name of the outlet's web site: the last label before the top-level domain of the
    /// article's address ("examplepost" for "https://www.examplepost.com/…"), or "".
    pub site: &'a str,
    /// Headline first (when there is one), then the body sentences that are not furniture.
    pub units: Vec<Unit<'a>>,
    /// Direct quotations in the body, in order.
    pub quotes: Vec<quotes::Quotation>,
    /// Who the article says said what, in reading order.
    pub attributions: Vec<attribution::Attribution>,
    /// The article's actors: its mentions grouped, with roles and source classes.
    pub entities: entities::Entities,
    /// Number of words in the analysed units.
    pub words: usize,
    /// True when the text has a dateline ("WASHINGTON —"): where the story starts is known.
    pub dateline: bool,
    /// The publication date as a day count (see [`publication_day`]), where it is known.
    pub day: Option<i64>,
    /// The stems of the whole bundle, shared by all views: a unit's `stems` index into it.
    pub stem_text: Rc<Vec<String>>,
    /// Article id → index in the bundle, shared by all views.
    pub index_of: Rc<FastMap<String, usize>>,
    /// Body sentence → the unit that holds it ([`NO_UNIT`] for a sentence left out): looked up
    /// once per claim member and evidence, so a direct index rather than a search of the units.
    pub unit_at: Vec<u32>,
}

/// The site name of a web address: the label before the top-level domain of its host
/// ("examplepost" for "https://blogs.examplepost.com/a/b"), or "" when there is none.
fn site_name(url: &str) -> &str {
    let rest = url.split_once("://").map_or(url, |x| x.1);
    let host = rest.split(['/', '?', '#', ':']).next().unwrap_or("");
    let mut labels = host.rsplit('.');
    let _top = labels.next();
    labels.next().unwrap_or("")
}

/// The days since 1970-01-01 of a date written YYYY-MM-DD (anything after the day, a time,
/// ignored); `None` for any other form or an impossible date.
pub fn day_number(date: &str) -> Option<i64> {
    let mut parts = date.trim().get(..10)?.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (y, m, d): (i64, i64, i64) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Days from the civil calendar: years counted from March, so that the leap day ends one.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The day an article was published: the date the bundle gives (YYYY-MM-DD), or the one in
/// its address ("…/2010/08/17/…") where it gives none. Where the two disagree, neither is
/// trusted: on the real bundles a third of the addresses with a date disagree with the date
/// given, mostly by the day between the web and the print edition, once by three days (an
/// audit read a finding's "published three days apart" of two reports of one Monday).
pub fn publication_day(date: &str, url: &str) -> Option<i64> {
    let addressed = url
        .split('/')
        .collect::<Vec<_>>()
        .windows(3)
        .find(|w| {
            let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
            digits(w[0], 4) && digits(w[1], 2) && digits(w[2], 2)
        })
        .and_then(|w| day_number(&format!("{}-{}-{}", w[0], w[1], w[2])));
    match (day_number(date), addressed) {
        (Some(given), Some(a)) if given != a => None,
        (Some(given), _) => Some(given),
        (None, a) => a,
    }
}

/// The date of a day count of [`day_number`], as people write it: "16 July 2010".
pub fn day_text(day: i64) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    // [`day_number`] backwards: 400-year eras, then the year (counted from March) inside one.
    let z = day + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{d} {} {y}", MONTHS[(m - 1).clamp(0, 11) as usize])
}

/// No unit: the sentence is furniture or the dateline.
const NO_UNIT: u32 = u32::MAX;

impl View<'_> {
    /// The story's first sentence (see [`Unit::in_story`]).
    pub fn lead(&self) -> Option<usize> {
        self.units.iter().position(Unit::in_story)
    }

    /// The stem of token `i` of unit `u` ("" for numbers and punctuation).
    pub fn stem(&self, u: usize, i: usize) -> &str {
        let id = self.units[u].stems.get(i).copied().unwrap_or(NO_STEM);
        self.stem_text.get(id as usize).map_or("", String::as_str)
    }

    /// The unit that holds body sentence `s`.
    pub fn unit_of_sentence(&self, s: usize) -> Option<usize> {
        self.unit_at.get(s).filter(|&&u| u != NO_UNIT).map(|&u| u as usize)
    }

    /// The report reference to unit `u`.
    pub fn unit_ref(&self, u: usize) -> UnitRef {
        UnitRef { article: self.id.to_string(), sentence: self.units[u].sentence, title: self.units[u].is_title() }
    }

    /// Evidence pointing at a span of unit `u`.
    pub fn evidence(&self, u: usize, span: Option<Span>) -> Evidence {
        Evidence {
            article: self.id.to_string(),
            sentence: self.units[u].sentence,
            title: self.units[u].is_title(),
            span: span.map(|s| SpanOut { start: s.start, end: s.end }),
        }
    }

    /// A highlight on `span` of unit `u`.
    pub fn highlight(&self, u: usize, span: Span, kind: Kind, class: Option<String>, note: String) -> Highlight {
        Highlight {
            article: self.id.to_string(),
            start: span.start,
            end: span.end,
            kind,
            note,
            title: self.units[u].is_title(),
            class,
        }
    }
}

/// Prepares every article: units with tokens, quotations and the quoted mask.
pub fn read<'a>(bundle: &'a Bundle, docs: &[Document]) -> Vec<View<'a>> {
    // Stems are interned across the bundle: news repeats its words, and stemming allocates.
    let mut ids: FastMap<String, u32> = FastMap::default();
    let mut text: Vec<String> = Vec::new();
    // The articles are read in a fixed order of their own (outlet, then id), not in the order
    // of the bundle: every list, tie and first choice of the analysis follows the reading order,
    // so the same articles give the same report in any order.
    let mut order: Vec<usize> = (0..bundle.articles.len().min(docs.len())).collect();
    sorting::sort_by(&mut order, |&a, &b| super::reading_order(&bundle.articles[a], &bundle.articles[b]));
    let mut out: Vec<View<'a>> = order
        .iter()
        .enumerate()
        .map(|(index, &position)| {
            let (art, doc) = (&bundle.articles[position], &docs[position]);
            let body_quotes = quotes::scan(&art.text, &doc.seg.paragraphs);
            let title_quotes = doc.title.map(|t| quotes::scan(&art.title, &[t])).unwrap_or_default();
            let mut units = Vec::new();
            if let Some(t) = doc.title {
                units.push(make_unit(&art.title, None, 0, t, &title_quotes, 0));
            }
            let mut rank = 0;
            for (i, s) in doc.seg.sentences.iter().enumerate() {
                if doc.furniture.get(i).is_some_and(Option::is_some) {
                    continue;
                }
                if doc.seg.dateline.is_some_and(|d| d.contains(s.span)) {
                    continue;
                }
                units.push(make_unit(&art.text, Some(i), s.paragraph, s.span, &body_quotes, rank));
                rank += 1;
            }
            // The dateline is not part of the sentence's words for any signal.
            if let Some(d) = doc.seg.dateline {
                for u in units.iter_mut().filter(|u| !u.is_title()) {
                    u.before_story = u.span.end <= d.start;
                }
                for u in units.iter_mut().filter(|u| !u.is_title()) {
                    if u.span.start <= d.start && d.start < u.span.end {
                        let keep: Vec<bool> = u.tokens.iter().map(|t| t.span.start >= d.end).collect();
                        let mut k = 0;
                        u.tokens.retain(|_| {
                            k += 1;
                            keep[k - 1]
                        });
                        let mut k = 0;
                        u.quoted.retain(|_| {
                            k += 1;
                            keep[k - 1]
                        });
                    }
                }
            }
            let words =
                units.iter().map(|u| u.tokens.iter().filter(|t| t.kind == TokenKind::Word).count()).sum::<usize>();
            let mut unit_at = vec![NO_UNIT; doc.seg.sentences.len()];
            for (k, u) in units.iter().enumerate() {
                if let Some(slot) = u.sentence.and_then(|s| unit_at.get_mut(s)) {
                    *slot = u32::try_from(k).unwrap_or(NO_UNIT);
                }
            }
            View {
                index,
                position,
                id: &art.id,
                name: super::display_name(art),
                site: site_name(&art.url),
                units,
                quotes: body_quotes,
                attributions: Vec::new(),
                entities: entities::Entities::default(),
                words,
                dateline: doc.seg.dateline.is_some(),
                day: publication_day(&art.date, &art.url),
                stem_text: Rc::default(),
                index_of: Rc::default(),
                unit_at,
            }
        })
        .collect();
    let mut by_stem: FastMap<String, u32> = FastMap::default();
    for v in &mut out {
        for u in &mut v.units {
            u.stems = u
                .tokens
                .iter()
                .map(|t| {
                    if t.kind != TokenKind::Word {
                        return NO_STEM;
                    }
                    if let Some(&id) = ids.get(&t.norm) {
                        return id;
                    }
                    let s = stem(&t.norm);
                    let id = *by_stem.entry(s.clone()).or_insert_with(|| {
                        text.push(s);
                        (text.len() - 1) as u32
                    });
                    ids.insert(t.norm.clone(), id);
                    id
                })
                .collect();
        }
    }
    let shared = Rc::new(text);
    let index: Rc<FastMap<String, usize>> = Rc::new(out.iter().map(|v| (v.id.to_string(), v.index)).collect());
    for v in &mut out {
        v.stem_text = Rc::clone(&shared);
        v.index_of = Rc::clone(&index);
    }
    // A capitalised word that opens a sentence is a name only if the bundle writes it like one.
    let casing = names::Casing::of(out.iter().flat_map(|v| &v.units));
    let mut candidates: Vec<Vec<Vec<bool>>> = Vec::with_capacity(out.len());
    for v in &mut out {
        let mut of_view = Vec::with_capacity(v.units.len());
        for u in &mut v.units {
            let mut name = names::name_candidates(u);
            casing.settle(u, &mut name);
            u.runs = names::runs(u, &name);
            of_view.push(name);
        }
        candidates.push(of_view);
    }
    // "James Comey Memos", "the Debbie Wasserman Schultz Servers": a common word written with a
    // capital after a name the bundle uses on its own is no part of it.
    let whole = names::RunTexts::of(out.iter().flat_map(|v| &v.units));
    let country = |w: &str| places::at(&[w], 0).is_some_and(|(n, p)| n == 1 && p.form == places::PlaceForm::Name);
    for (v, of_view) in out.iter_mut().zip(candidates) {
        for (u, mut name) in v.units.iter_mut().zip(of_view) {
            let mut runs = Vec::with_capacity(u.runs.len());
            let mut cut_off = Vec::new();
            for &run in &u.runs {
                let mut r = run;
                if let Some(t) = whole.trimmed(u, r, &casing) {
                    for n in name.iter_mut().take(r.end).skip(t.end) {
                        *n = false;
                    }
                    cut_off.extend(t.end..r.end);
                    r = t;
                }
                match whole.split_at(u, r, country) {
                    Some(at) => {
                        runs.push(NameRun { start: r.start, end: r.start + 1 });
                        runs.push(NameRun { start: at, end: r.end });
                    }
                    None => runs.push(r),
                }
            }
            u.runs = runs;
            // Every word of a run is a name word, connectors and full stops aside.
            for r in &u.runs {
                for (k, n) in name.iter_mut().enumerate().take(r.end).skip(r.start) {
                    *n = u.tokens[k].kind == TokenKind::Word && (u.is_capitalized(k) || names::particle_name(u.tok(k)));
                }
            }
            u.tags = tag::tag(&u.tokens, u.text, &name);
            // The word cut off a name is no verb: it is the common noun it was capitalised as
            // ("Clinton Emails" are no one emailing).
            for k in cut_off {
                if matches!(u.tags[k], tag::Tag::Verb(_)) {
                    u.tags[k] = tag::Tag::Noun;
                }
            }
            u.chunks = chunk::noun_phrases(&u.tokens, &u.tags);
            u.verbs = chunk::verb_groups(&u.tags);
            u.mentions = mentions::find(u);
        }
        for (ui, u) in v.units.iter_mut().enumerate() {
            u.quantities = quantity::find(u, ui);
        }
        v.entities = entities::resolve(v);
    }
    // "the Fox News host" where another outlet writes "Fox News host Glenn Beck".
    entities::link_descriptions(&mut out);
    for v in &mut out {
        v.attributions = attribution::find(v);
    }
    out
}

fn make_unit<'a>(
    text: &'a str,
    sentence: Option<usize>,
    paragraph: usize,
    span: Span,
    quotes: &[quotes::Quotation],
    rank: usize,
) -> Unit<'a> {
    let tokens = tokenize(text, span);
    let quoted = quotes::mask(&tokens, quotes);
    Unit {
        sentence,
        paragraph,
        text,
        span,
        tokens,
        quoted,
        stems: Vec::new(),
        rank,
        before_story: false,
        runs: Vec::new(),
        tags: Vec::new(),
        chunks: Vec::new(),
        verbs: Vec::new(),
        mentions: Vec::new(),
        quantities: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_counted_in_days() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2000-03-01"), Some(11_017));
        let days = |a: &str, b: &str| day_number(b).zip(day_number(a)).map(|(b, a)| b - a);
        assert_eq!(days("2012-12-10", "2012-12-13"), Some(3));
        assert_eq!(days("2012-02-28", "2012-03-01"), Some(2));
        assert_eq!(days("2011-12-31", "2012-01-01T09:00"), Some(1));
        assert_eq!(day_number("July 4, 2010"), None);
        assert_eq!(day_number("2010-13-01"), None);
    }

    /// The date given and the one in the address agree, or neither is trusted.
    #[test]
    fn publication_day_checks_the_address() {
        let day = day_number("2010-08-16");
        assert_eq!(publication_day("2010-08-16", "https://www.example.com/2010/08/16/a.html"), day);
        assert_eq!(publication_day("2010-08-16", "https://www.example.com/politics/a.html"), day);
        assert_eq!(publication_day("", "http://www.example.com/2010/08/16/a"), day);
        assert_eq!(publication_day("2010-08-14", "https://www.example.com/2010/08/17/us/a.html"), None);
        assert_eq!(publication_day("", "https://www.example.com/story/2010/8/16/a"), None);
        assert_eq!(publication_day("", ""), None);
    }

    /// A day count is written back as the date it was read from, across leap days and eras.
    #[test]
    fn day_counts_are_written_as_dates() {
        assert_eq!(day_text(0), "1 January 1970");
        for (date, text) in [
            ("2010-07-16", "16 July 2010"),
            ("2012-02-29", "29 February 2012"),
            ("2000-03-01", "1 March 2000"),
            ("1999-12-31", "31 December 1999"),
            ("1969-07-20", "20 July 1969"),
        ] {
            assert_eq!(day_number(date).map(day_text).as_deref(), Some(text), "{date}");
        }
        let months = "January February March April May June July August September October November December";
        for n in (-300_000..300_000i64).step_by(37) {
            let t = day_text(n);
            let parts: Vec<&str> = t.split(' ').collect();
            let m = months.split(' ').position(|x| x == parts[1]).map(|m| m + 1);
            let iso = format!("{}-{:02}-{:02}", parts[2], m.unwrap_or(0), parts[0].parse::<u32>().unwrap_or(0));
            assert_eq!(day_number(&iso), Some(n), "{t}");
        }
    }

    /// The index answers as a walk over every span would, for spans that nest and overlap.
    #[test]
    fn unit_spans_answer_like_a_walk() {
        let spans: Vec<(usize, Span)> =
            (0..40usize).map(|k| (k % 3, Span::new((k * 7) % 23, (k * 7) % 23 + (k * 5) % 9))).collect();
        let index = UnitSpans::new(spans.iter().copied());
        for unit in 0..4 {
            for a in 0..30 {
                for b in a..32 {
                    let s = Span::new(a, b);
                    let walk = spans.iter().any(|&(u, x)| u == unit && x.overlap(s) > 0);
                    assert_eq!(index.overlaps(unit, s), walk, "unit {unit}, {a}..{b}");
                }
            }
        }
    }

    /// Tokens inside a span, found by binary search, are those a walk finds.
    #[test]
    fn tokens_in_a_span_are_found_by_search() {
        let text = "“Lee,” said Ann Lee — a spokeswoman — on Monday. Then 3.5% went.";
        let u = make_unit(text, Some(0), 0, Span::new(0, text.len()), &[], 0);
        for a in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            for b in (a..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                let s = Span::new(a, b);
                let walk: Vec<usize> = (0..u.tokens.len()).filter(|&k| s.contains(u.tokens[k].span)).collect();
                assert_eq!(u.tokens_in(s).collect::<Vec<_>>(), walk);
                let words = walk.iter().filter(|&&k| u.tokens[k].kind == TokenKind::Word).count();
                assert_eq!(u.words_in(s), words);
                assert_eq!(u.tokens_before(a), u.tokens.iter().filter(|t| t.span.end <= a).count());
            }
        }
    }
}
