//! Numbers: numerals ("3,500", "1.5 million"), number words ("seventeen", "a dozen"), vague
//! quantities ("thousands", "hundreds of"), percentages, money and units, with the words
//! that soften them ("more than", "some", "about") and what they count; and the mismatches
//! between articles that report the same quantity differently ("more than 240 parties" /
//! "some 200 parties" / no number).

use super::verbs::locate;
use super::{Signals, Unit, View, excerpt};
use crate::engine::fasthash::HashMap as FastMap;
use crate::engine::lexicon;
use crate::engine::report::{Highlight, Kind, Link};
use crate::engine::sorting;
use crate::engine::text::{Span, TokenKind};
use crate::engine::words::{is_function_word, number_word, numeral_value, stem};

/// What a number measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// A count of things or people.
    Count,
    /// A percentage.
    Percent,
    /// An amount of money.
    Money,
}

/// One quantity in an article.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// The unit it is in.
    pub unit: usize,
    /// The number with its modifier ("more than 240").
    pub span: Span,
    /// The number with its modifier and what it counts ("more than 240 political parties").
    pub phrase: Span,
    /// The phrase as written.
    pub text: String,
    /// The value, when the number is exact ("240"); `None` for vague ones ("hundreds").
    pub value: Option<f64>,
    /// The range the number stands for (exact numbers: the value twice).
    pub range: (f64, f64),
    /// The softening word before it ("more than", "some"), if any.
    pub modifier: Option<String>,
    /// What it measures.
    pub measure: Measure,
    /// The stem of the counted noun ("parti").
    pub noun: Option<String>,
    /// The kind of event it counts ("arrests", "injuries"…), when a cue says so.
    pub topic: Option<&'static str>,
    /// Stems of the content words around it.
    pub context: Vec<String>,
    /// True inside a quotation.
    pub quoted: bool,
}

/// Words that soften or bound a number, as phrases.
const MODIFIERS: &[&str] = &[
    "more than",
    "well over",
    "just over",
    "over",
    "about",
    "around",
    "some",
    "nearly",
    "almost",
    "at least",
    "up to",
    "as many as",
    "fewer than",
    "less than",
    "roughly",
    "approximately",
    "just under",
    "an estimated",
    "close to",
    "upwards of",
    "under",
    "below",
    "above",
    "only",
    "exactly",
];

/// Vague quantity words and the range each stands for.
const VAGUE: &[(&str, f64, f64)] = &[
    ("dozens", 24.0, 99.0),
    ("scores", 40.0, 200.0),
    ("hundreds", 200.0, 999.0),
    ("thousands", 2000.0, 9999.0),
    ("millions", 2e6, 9.99e8),
    ("billions", 2e9, 9.99e11),
];

/// Kinds of events that news counts, with the words that name them. A quantity takes the
/// topic of the nearest cue after it (the predicate: "17 people were arrested"), or of its own
/// noun, or of a cue before it. Written for this project from general news usage.
const TOPICS: &[(&str, &[&str])] = &[
    ("arrests", &["arrest", "arrested", "arrests", "detained", "detain", "detention", "detentions", "custody"]),
    (
        "injuries",
        &["injured", "injuries", "injury", "hurt", "wounded", "hospital", "hospitalised", "hospitalized", "casualties"],
    ),
    ("deaths", &["killed", "dead", "died", "deaths", "death", "fatalities", "toll", "bodies"]),
    (
        "crowd",
        &[
            "march",
            "marched",
            "marchers",
            "marching",
            "protesters",
            "protestors",
            "demonstrators",
            "crowd",
            "rally",
            "turnout",
            "attended",
            "gathered",
        ],
    ),
    ("votes", &["votes", "voted", "ballots", "voters"]),
    ("displaced", &["displaced", "evacuated", "homeless", "fled", "refugees"]),
];

/// Words before a number that make it something other than a quantity (an age, a date, a
/// page or a rank).
const NOT_QUANTITY_BEFORE: &[&str] = &["aged", "age", "ages", "no", "number", "page", "chapter", "article", "section"];

/// Month names and their abbreviations, lower case.
pub const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// The value of a run of number words starting at `i` ("two hundred", "a dozen",
/// "twenty-five"): its value and the token after it.
fn number_words(u: &Unit, i: usize) -> Option<(f64, usize)> {
    let mut total: f64 = 0.0;
    let mut current: f64 = 0.0;
    let mut j = i;
    let mut any = false;
    while j < u.tokens.len() {
        let w = u.tokens[j].norm.as_str();
        if w == "a"
            && !any
            && u.tokens
                .get(j + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "dozen" | "hundred" | "thousand" | "million"))
        {
            current = 1.0;
            j += 1;
            continue;
        }
        if w == "and" && any && u.tokens.get(j + 1).is_some_and(|t| word_value(&t.norm).is_some_and(|v| v < 100.0)) {
            j += 1;
            continue;
        }
        let Some(v) = word_value(w) else { break };
        any = true;
        if w == "hundred" {
            current = current.max(1.0) * 100.0;
        } else if w == "dozen" {
            current = current.max(1.0) * 12.0;
        } else if v >= 1000.0 {
            total += current.max(1.0) * v;
            current = 0.0;
        } else {
            current += v;
        }
        j += 1;
    }
    any.then_some((total + current, j))
}

/// The value of one number word (hyphenated compounds included); ordinals and "one" alone
/// are left out, as they are rarely counts.
fn word_value(w: &str) -> Option<f64> {
    if matches!(
        w,
        "first" | "second" | "third" | "fourth" | "fifth" | "sixth" | "seventh" | "eighth" | "ninth" | "tenth" | "half"
    ) {
        return None;
    }
    if let Some((a, b)) = w.split_once('-') {
        let (x, y) = (number_word(a)?, number_word(b)?);
        return (x >= 20.0 && y < 10.0).then_some(x + y);
    }
    number_word(w)
}

/// Finds the quantities of an article.
pub fn find(v: &View) -> Vec<Quantity> {
    let mut out = Vec::new();
    for (ui, u) in v.units.iter().enumerate() {
        let mut i = 0;
        while i < u.tokens.len() {
            match parse_at(u, i) {
                Some((q_end, value, range, measure)) => {
                    if let Some(q) = build(u, ui, i, q_end, value, range, measure) {
                        out.push(q);
                    }
                    i = q_end.max(i + 1);
                }
                None => i += 1,
            }
        }
    }
    out
}

/// A parsed number: the token after it, its value, its range and its measure.
type Parsed = (usize, Option<f64>, (f64, f64), Measure);

/// A number starting at token `i`: the token after it, its value, range and measure.
fn parse_at(u: &Unit, i: usize) -> Option<Parsed> {
    let t = &u.tokens[i];
    // Most tokens are not numbers: reject them before anything else.
    let candidate = t.kind == TokenKind::Number
        || (t.kind == TokenKind::Word
            && (t.norm == "a"
                || t.norm == "tens"
                || VAGUE.iter().any(|x| x.0 == t.norm)
                || word_value(&t.norm).is_some()));
    if !candidate {
        return None;
    }
    let prev = i.checked_sub(1).map(|k| u.tokens[k].norm.as_str());
    if prev.is_some_and(|p| NOT_QUANTITY_BEFORE.contains(&p) || MONTHS.contains(&p)) {
        return None;
    }
    let mut measure = Measure::Count;
    if matches!(prev, Some("$" | "£" | "€" | "¥")) {
        measure = Measure::Money;
    }
    let (mut value, mut j) = if t.kind == TokenKind::Number {
        let raw = u.tok(i);
        // Times ("4.30pm", "8pm"), ordinals ("10th"), decades ("1990s") and years.
        let lower = t.norm.as_str();
        if lower.ends_with("am")
            || lower.ends_with("pm")
            || lower.ends_with("th")
            || lower.ends_with("st")
            || lower.ends_with("nd")
            || lower.ends_with("rd")
            || lower.ends_with('s')
        {
            return None;
        }
        if u.tokens.get(i + 1).is_some_and(|n| matches!(n.norm.as_str(), "am" | "pm" | "am." | "pm.")) {
            return None;
        }
        if u.tokens.get(i + 1).is_some_and(|n| MONTHS.contains(&n.norm.as_str())) {
            return None;
        }
        let v = numeral_value(lower)?;
        if !raw.contains(',') && !raw.contains('.') && (1800.0..=2100.0).contains(&v) && raw.len() == 4 {
            return None;
        }
        (v, i + 1)
    } else if t.kind == TokenKind::Word {
        if let Some(&(_, lo, hi)) = VAGUE.iter().find(|x| x.0 == t.norm) {
            let mut j = i + 1;
            // "tens of thousands"
            if t.norm == "tens" {
                return None;
            }
            if u.tokens.get(j).is_some_and(|n| n.norm == "of") {
                j += 1;
            }
            return Some((j, None, (lo, hi), measure));
        }
        if t.norm == "tens" && u.tokens.get(i + 1).is_some_and(|n| n.norm == "of") {
            if let Some(&(w, lo, hi)) = u.tokens.get(i + 2).and_then(|n| VAGUE.iter().find(|x| x.0 == n.norm)) {
                let _ = w;
                return Some((
                    i + 3 + usize::from(u.tokens.get(i + 3).is_some_and(|n| n.norm == "of")),
                    None,
                    (lo * 10.0, hi * 10.0),
                    measure,
                ));
            }
            return None;
        }
        let (v, j) = number_words(u, i)?;
        // "one" on its own is rarely a count worth comparing ("one of", "one officer").
        if v < 2.0 {
            return None;
        }
        (v, j)
    } else {
        return None;
    };
    // Scale words: "1.5 million".
    while let Some(n) = u.tokens.get(j) {
        let scale = match n.norm.as_str() {
            "thousand" => 1e3,
            "million" | "m" => 1e6,
            "billion" | "bn" => 1e9,
            "trillion" => 1e12,
            _ => break,
        };
        value *= scale;
        j += 1;
    }
    match u.tokens.get(j).map(|n| n.norm.as_str()) {
        Some("%" | "percent") => {
            measure = Measure::Percent;
            j += 1;
        }
        Some("per") if u.tokens.get(j + 1).is_some_and(|n| n.norm == "cent") => {
            measure = Measure::Percent;
            j += 2;
        }
        Some("dollars" | "euros" | "pounds" | "yuan" | "yen" | "rupees") => measure = Measure::Money,
        _ => {}
    }
    Some((j, Some(value), (value, value), measure))
}

/// Builds the quantity for the number at tokens `i..j`: modifier, counted noun, topic, context.
#[allow(clippy::too_many_arguments)]
fn build(
    u: &Unit,
    ui: usize,
    i: usize,
    j: usize,
    value: Option<f64>,
    range: (f64, f64),
    measure: Measure,
) -> Option<Quantity> {
    // The modifier: the longest phrase from MODIFIERS that ends right before the number.
    let mut start = i;
    let mut modifier = None;
    if i > 0 && matches!(u.tokens[i - 1].norm.as_str(), "$" | "£" | "€" | "¥") {
        start = i - 1;
    }
    for m in MODIFIERS {
        let words: Vec<&str> = m.split(' ').collect();
        if start >= words.len() && (0..words.len()).all(|k| u.tokens[start - words.len() + k].norm == words[k]) {
            modifier = Some((*m).to_string());
            start -= words.len();
            break;
        }
    }
    // The counted noun: up to three words after the number (after "of" for vague ones),
    // stopping at a function word or punctuation; the last plural-looking word ("nine police
    // officers"), or else the first word.
    let mut noun_at = None;
    let mut k = j;
    while k < u.tokens.len() && k < j + 3 {
        let t = &u.tokens[k];
        if t.kind != TokenKind::Word || is_function_word(&t.norm) {
            break;
        }
        if looks_plural(&t.norm) {
            noun_at = Some(k);
        }
        k += 1;
    }
    if noun_at.is_none()
        && j < u.tokens.len()
        && u.tokens[j].kind == TokenKind::Word
        && !is_function_word(&u.tokens[j].norm)
    {
        noun_at = Some(j);
    }
    let noun = noun_at.map(|n| stem(&u.tokens[n].norm));
    let phrase_end = noun_at.map_or(j, |n| n + 1);
    let topic = topic_of(u, noun_at.unwrap_or(j.saturating_sub(1)));
    let lex = lexicon::get();
    let context: Vec<String> = (i.saturating_sub(8)..(j + 8).min(u.tokens.len()))
        .filter(|&k| {
            let t = &u.tokens[k];
            t.kind == TokenKind::Word
                && !(i..j).contains(&k)
                && Some(k) != noun_at
                && !is_function_word(&t.norm)
                && word_value(&t.norm).is_none()
                && !lex.verbs.starts(&t.norm)
                && t.norm.len() > 2
        })
        .map(|k| stem(&u.tokens[k].norm))
        .collect();
    Some(Quantity {
        unit: ui,
        span: u.span_of(start, j),
        phrase: u.span_of(start, phrase_end),
        text: u.slice(start, phrase_end).to_string(),
        value,
        range,
        modifier,
        measure,
        noun,
        topic,
        context,
        quoted: u.quoted[i],
    })
}

/// True for plural-looking nouns ("parties", "people", "officers").
fn looks_plural(w: &str) -> bool {
    matches!(w, "people" | "men" | "women" | "children" | "police" | "staff" | "personnel")
        || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
}

/// The topic of the quantity whose noun is at `n`: the nearest cue after it in its clause,
/// the noun itself, or a cue before it.
fn topic_of(u: &Unit, n: usize) -> Option<&'static str> {
    let topic = |k: usize| {
        let w = u.tokens.get(k)?.norm.as_str();
        TOPICS.iter().find(|(_, cues)| cues.contains(&w)).map(|(t, _)| *t)
    };
    if let Some(t) = topic(n) {
        return Some(t);
    }
    for k in n + 1..(n + 7).min(u.tokens.len()) {
        let w = u.tokens[k].norm.as_str();
        // Another number starts another quantity ("17 were arrested and nine were injured").
        if matches!(w, ";" | ":" | "but")
            || u.tokens[k].kind == TokenKind::Number
            || word_value(w).is_some_and(|v| v >= 2.0)
        {
            break;
        }
        if let Some(t) = topic(k) {
            return Some(t);
        }
    }
    for k in (n.saturating_sub(5)..n).rev() {
        let w = u.tokens[k].norm.as_str();
        if matches!(w, ";" | ":") {
            break;
        }
        if let Some(t) = topic(k) {
            return Some(t);
        }
    }
    None
}

/// How two quantities compare.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Difference {
    /// Different exact values.
    Different,
    /// One is vague ("hundreds") where the other is exact.
    Vaguer,
    /// Same value (modifiers aside).
    Same,
}

/// Compares two quantities taken to report the same thing.
pub fn difference(a: &Quantity, b: &Quantity) -> Difference {
    match (a.value, b.value) {
        (Some(x), Some(y)) => {
            let m = x.abs().max(y.abs()).max(1e-9);
            if (x - y).abs() / m > NUMBER_TOLERANCE { Difference::Different } else { Difference::Same }
        }
        (None, None) => {
            if a.range == b.range {
                Difference::Same
            } else {
                Difference::Different
            }
        }
        _ => Difference::Vaguer,
    }
}

/// Two exact values differ when they are more than this share apart (rounding "3,512" to
/// "3,500" is not a different figure).
pub const NUMBER_TOLERANCE: f64 = 0.02;

/// Two quantities in different articles are taken to report the same thing from this score
/// up (see [`match_score`]). Chosen on our sample events and fixtures so that "more than 240
/// parties" and "some 200 parties" in linked sentences match (noun, link and context agree)
/// while numbers that only share a noun ("200 parties" signing a letter, "400 parties"
/// receiving protocols) do not.
pub const MATCH_THRESHOLD: f64 = 2.5;

/// How likely two quantities report the same thing: the same event topic (+2.5, enough on its
/// own), the same counted noun (+1.5), sentences linked by the alignment (+1.5 × link score),
/// shared context words (+0.5 each, up to 3); a topic on one side only costs 0.5. A different
/// measure or a different topic rules a match out.
pub fn match_score(a: &Quantity, b: &Quantity, link: f64) -> f64 {
    if a.measure != b.measure {
        return 0.0;
    }
    let mut s = 0.0;
    match (a.topic, b.topic) {
        (Some(x), Some(y)) if x != y => return 0.0,
        (Some(_), Some(_)) => s += 2.5,
        (None, None) => {}
        _ => s -= 0.5,
    }
    if a.noun.is_some() && a.noun == b.noun {
        s += 1.5;
    }
    s += 1.5 * link;
    let shared =
        a.context.iter().filter(|w| b.context.contains(w)).collect::<crate::engine::sorted::SortedSet<_>>().len();
    s += 0.5 * shared.min(3) as f64;
    s
}

/// A quantity reported differently across articles: the anchor and, per other article, its
/// best match (or `None` when the article reports the claim without any number).
#[derive(Clone, Debug)]
pub struct Mismatch {
    /// (article, quantity index) of the anchor.
    pub anchor: (usize, usize),
    /// (article, quantity index or none, difference to the anchor).
    pub others: Vec<(usize, Option<usize>, Difference)>,
}

/// Link scores between units of different articles, keyed by ((article, unit), (article, unit)),
/// both ways round.
pub type LinkMap = FastMap<((usize, usize), (usize, usize)), f64>;

/// Builds the [`LinkMap`] of the report's links.
pub fn link_map(views: &[View], links: &[Link]) -> LinkMap {
    let mut m = FastMap::default();
    for l in links {
        if let (Some(a), Some(b)) = (locate(views, &l.a), locate(views, &l.b)) {
            m.insert((a, b), l.score);
            m.insert((b, a), l.score);
        }
    }
    m
}

/// The quantities that the articles report differently, strongest disagreement first.
pub fn mismatches(views: &[View], sig: &Signals) -> Vec<Mismatch> {
    let lm = &sig.links;
    let mut out: Vec<Mismatch> = Vec::new();
    for (ka, qs) in sig.numbers.iter().enumerate() {
        for (qa, a) in qs.iter().enumerate() {
            if a.quoted {
                continue;
            }
            let mut others = Vec::new();
            for (kb, qbs) in sig.numbers.iter().enumerate() {
                if kb == ka {
                    continue;
                }
                let best = qbs
                    .iter()
                    .enumerate()
                    .filter(|(_, b)| !b.quoted)
                    .map(|(i, b)| {
                        let link = lm.get(&((ka, a.unit), (kb, b.unit))).copied().unwrap_or(0.0);
                        (i, match_score(a, b, link))
                    })
                    .filter(|&(_, s)| s >= MATCH_THRESHOLD)
                    .max_by(|x, y| x.1.total_cmp(&y.1).then(y.0.cmp(&x.0)));
                match best {
                    Some((i, _)) => others.push((kb, Some(i), difference(a, &qbs[i]))),
                    None => {
                        // Reported without a number: a linked sentence with no number at all.
                        let linked = views[kb].units.iter().enumerate().any(|(ub, _)| {
                            lm.get(&((ka, a.unit), (kb, ub))).is_some_and(|&s| s >= NO_NUMBER_LINK)
                                && !qbs.iter().any(|q| q.unit == ub)
                        });
                        if linked {
                            others.push((kb, None, Difference::Different));
                        }
                    }
                }
            }
            let differs = others.iter().any(|o| o.2 != Difference::Same);
            let matched = others.iter().filter(|o| o.1.is_some()).count();
            if differs && matched >= 1 {
                out.push(Mismatch { anchor: (ka, qa), others });
            }
        }
    }
    // One mismatch per group of quantities: the one with the most articles (a body sentence
    // before a headline) is kept, and any other that shares a quantity with it is dropped.
    let members = |m: &Mismatch| -> Vec<(usize, usize)> {
        let mut v: Vec<(usize, usize)> = m.others.iter().filter_map(|o| o.1.map(|i| (o.0, i))).collect();
        v.push(m.anchor);
        sorting::sort(&mut v);
        v
    };
    let in_title = |m: &Mismatch| views[m.anchor.0].units[sig.numbers[m.anchor.0][m.anchor.1].unit].is_title();
    sorting::sort_by(&mut out, |x, y| {
        let sx = members(x).len() + x.others.len();
        let sy = members(y).len() + y.others.len();
        sy.cmp(&sx).then(in_title(x).cmp(&in_title(y))).then(x.anchor.cmp(&y.anchor))
    });
    let mut kept: Vec<Mismatch> = Vec::new();
    let mut used: crate::engine::sorted::SortedSet<(usize, usize)> = crate::engine::sorted::SortedSet::new();
    for m in out {
        let mm = members(&m);
        if mm.iter().any(|x| used.contains(x)) {
            continue;
        }
        used.extend(mm);
        kept.push(m);
    }
    kept
}

/// A linked sentence counts as reporting a quantity "without a number" from this link score
/// up: the alignment's own confident range, so that loosely related sentences do not count.
pub const NO_NUMBER_LINK: f64 = 0.4;

/// Number highlights: every quantity that another article reports differently.
pub fn highlights(views: &[View], sig: &Signals) -> Vec<Highlight> {
    let mut out = Vec::new();
    for m in mismatches(views, sig) {
        let (ka, qa) = m.anchor;
        let a = &sig.numbers[ka][qa];
        let mut parts = Vec::new();
        for &(kb, qb, d) in &m.others {
            match qb {
                Some(i) if d != Difference::Same => {
                    let b = &sig.numbers[kb][i];
                    parts.push(format!("{} says “{}”", views[kb].name, excerpt(&b.text, 40)));
                    let note = format!(
                        "{} says “{}” where this article says “{}”.",
                        views[ka].name,
                        excerpt(&a.text, 40),
                        excerpt(&b.text, 40)
                    );
                    out.push(views[kb].highlight(b.unit, b.span, Kind::Number, Some(class(d).into()), note));
                }
                None => parts.push(format!("{} gives no number", views[kb].name)),
                _ => {}
            }
        }
        if !parts.is_empty() {
            let note = format!("Other articles differ on this figure: {}.", super::join_names(&parts));
            out.push(views[ka].highlight(a.unit, a.span, Kind::Number, Some("different".into()), note));
        }
    }
    out
}

/// The highlight class of a difference.
pub fn class(d: Difference) -> &'static str {
    match d {
        Difference::Different => "different",
        Difference::Vaguer => "vaguer",
        Difference::Same => "same",
    }
}
