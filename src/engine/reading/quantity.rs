//! Quantities: a number with what it measures and the thing it counts ("more than 240
//! political parties", "about 60 percent of voters", "$3.5 million", "dozens of people"), as
//! an interval ("more than 240" is 240 and up, "about 60" is 60 give or take). Numbers that
//! are not counts are left out: ordinals, dates and years, times, ages, list markers ("No. 2"),
//! and numbers inside names ("Amendment 64", "Sept. 11", "9/11", "G7", "Route 66").

use super::Unit;
use super::tag::Tag;
use super::tag::possessive;
use crate::engine::lexicon::{self, WordClass};
use crate::engine::text::{Span, TokenKind};
use crate::engine::wordlist::WordList;
use crate::engine::words::{number_word, numeral_value, stem};

/// What a quantity measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Measure {
    /// A count of things or people.
    Count,
    /// A percentage.
    Percent,
    /// An amount of money.
    Money,
    /// A tally of votes or a score ("396-9", "46 to 41"): the two numbers together.
    Tally,
}

/// One quantity in a unit.
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
    /// The value when the number is exact ("240"); `None` for vague ones ("hundreds").
    pub value: Option<f64>,
    /// The interval the number stands for, its modifier taken into account.
    pub range: (f64, f64),
    /// The softening or bounding words before it ("more than", "some"), if any.
    pub modifier: Option<String>,
    /// What it measures.
    pub measure: Measure,
    /// The stem of the thing counted ("parti" of "political parties"; for a percentage, of
    /// what it is a share of: "voter" of "60 percent of voters").
    pub counted: Option<String>,
    /// The kind of event it counts ("arrests", "deaths", …), when a word around it says so.
    pub topic: Option<&'static str>,
    /// A part of a whole ("15 of the 19"): its whole is another quantity.
    pub part_of_whole: bool,
    /// True inside a quotation.
    pub quoted: bool,
}

/// Words that soften or bound a number, with how they move its interval: the share below and
/// above the value it allows.
const MODIFIERS: &[(&str, f64, f64)] = &[
    ("more than", 0.0, 0.5),
    ("well over", 0.0, 0.5),
    ("just over", 0.0, 0.1),
    ("over", 0.0, 0.5),
    ("upwards of", 0.0, 0.5),
    ("at least", 0.0, 0.5),
    ("above", 0.0, 0.5),
    ("about", 0.1, 0.1),
    ("around", 0.1, 0.1),
    ("some", 0.1, 0.1),
    ("roughly", 0.1, 0.1),
    ("approximately", 0.1, 0.1),
    ("an estimated", 0.15, 0.15),
    ("estimated", 0.15, 0.15),
    ("nearly", 0.1, 0.0),
    ("almost", 0.1, 0.0),
    ("close to", 0.1, 0.0),
    ("just under", 0.1, 0.0),
    ("up to", 1.0, 0.0),
    ("as many as", 0.5, 0.0),
    ("fewer than", 1.0, 0.0),
    ("less than", 1.0, 0.0),
    ("under", 1.0, 0.0),
    ("below", 1.0, 0.0),
    ("only", 0.0, 0.0),
    ("exactly", 0.0, 0.0),
];

/// Vague quantity words and the interval each stands for.
const VAGUE: &[(&str, f64, f64)] = &[
    ("dozens", 24.0, 99.0),
    ("scores", 40.0, 200.0),
    ("hundreds", 200.0, 999.0),
    ("thousands", 2000.0, 9999.0),
    ("millions", 2e6, 9.99e8),
    ("billions", 2e9, 9.99e11),
];

/// Kinds of events that news counts, with the words that name them. A quantity takes the
/// topic of the nearest cue after it (the predicate: "17 people were arrested"), of its own
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
    ("votes", &["votes", "voted", "ballots", "vote"]),
    ("displaced", &["displaced", "evacuated", "homeless", "fled", "refugees"]),
];

/// Words before a number that make it a label or a rank rather than a count ("No. 2",
/// "page 4", "number 10").
const LABEL_BEFORE: WordList = WordList::new(
    "no|number|page|chapter|article|section|paragraph|room|gate|platform|route|highway|flight|channel|\
     district|precinct|ward|level|grade|class|category|phase|stage|step|round|game|week|day|year|item|\
     line|row|seat|box|building|floor|unit|apartment|suite|lot|bus|train|car|episode|season|volume|vol|\
     part|figure|table|exhibit|amendment|proposition|prop|resolution|act|bill|title|measure|question|\
     issue|aged|age|ages|rank|ranked|size|version|model",
);

/// Nouns after a number that make it an age, a time or a date rather than a count of things
/// ("a 45-year-old", "3 p.m.").
const NOT_COUNTED_AFTER: WordList = WordList::new("am|pm|a.m|p.m|o'clock|gmt|utc|bst|est|edt|pst");

/// Nouns of time spans.
const DURATIONS: WordList = WordList::new(
    "year|years|month|months|week|weeks|day|days|hour|hours|minute|minutes|second|seconds|decade|decades|\
     century|centuries|term|terms",
);

/// The value of one number word (hyphenated compounds included); ordinals, "one" and "half"
/// are left out, as they are rarely counts.
fn word_value(w: &str) -> Option<f64> {
    if matches!(w, "one" | "half" | "quarter") {
        return None;
    }
    if let Some((a, b)) = w.split_once('-') {
        let (x, y) = (number_word(a)?, number_word(b)?);
        return (x >= 20.0 && y < 10.0).then_some(x + y);
    }
    number_word(w)
}

/// The value of a run of number words starting at `i` ("two hundred", "a dozen",
/// "twenty-five"): its value and the token after it.
fn number_words(u: &Unit, i: usize) -> Option<(f64, usize)> {
    let mut total: f64 = 0.0;
    let mut current: f64 = 0.0;
    let mut j = i;
    let mut any = false;
    while j < u.tokens.len() {
        let w = u.tokens[j].norm.as_str();
        let scale_next = u
            .tokens
            .get(j + 1)
            .is_some_and(|t| matches!(t.norm.as_str(), "dozen" | "hundred" | "thousand" | "million"));
        if (w == "a" || w == "one") && !any && scale_next {
            current = 1.0;
            any = true;
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

/// True when token `k` is a month or day name.
fn date_word(u: &Unit, k: usize) -> bool {
    let lex = lexicon::get();
    u.tokens.get(k).is_some_and(|t| {
        let w = t.norm.trim_end_matches('.');
        lex.is(w, WordClass::Month) || lex.is(w, WordClass::Day)
    })
}

/// True when the number at token `i` is not a count: a date, a year, a time, an age, a list
/// marker, a rank, or part of a name.
fn not_a_count(u: &Unit, i: usize) -> bool {
    let raw = u.tok(i);
    let norm = u.tokens[i].norm.as_str();
    if u.tags[i] == Tag::Ordinal
        || norm.ends_with('s') && norm.len() > 1 && norm[..norm.len() - 1].bytes().all(|b| b.is_ascii_digit())
    {
        // "21st", "1990s".
        return true;
    }
    let prev = (0..i).rev().find(|&k| u.tokens[k].norm != ".");
    let prev_norm = prev.map_or("", |k| u.tokens[k].norm.as_str());
    let next_norm = u.tokens.get(i + 1).map_or("", |t| t.norm.as_str());
    // "May 5", "5 May", "Sept. 11".
    if prev.is_some_and(|k| date_word(u, k)) || date_word(u, i + 1) {
        return true;
    }
    // A year: four digits between 1800 and 2100 with no separator.
    if raw.len() == 4
        && raw.bytes().all(|b| b.is_ascii_digit())
        && numeral_value(norm).is_some_and(|v| (1800.0..=2100.0).contains(&v))
    {
        return true;
    }
    // "3 p.m.", "10:30", "9/11", "24/7".
    if NOT_COUNTED_AFTER.contains(next_norm) || matches!(next_norm, ":" | "/") || matches!(prev_norm, ":" | "/") {
        return true;
    }
    // "No. 2", "page 4", "Amendment 64", "Route 66": a label before the number.
    if LABEL_BEFORE.contains(prev_norm) {
        return true;
    }
    // A capitalised word right before the number, with no determiner: part of a name
    // ("Flight 370", "Apollo 11", "Proposition 8").
    if let Some(k) = prev
        && u.tags[k] == Tag::Proper
        && k + 1 == i
        && !possessive(&u.tokens, k)
    {
        return true;
    }
    // Letters glued to the number ("G7", "5G", "B-52").
    if raw.bytes().any(|b| b.is_ascii_alphabetic())
        && !matches!(norm.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.'), "m" | "bn" | "k")
    {
        return true;
    }
    // An age: "aged 45", "a 45-year-old", "Lee, 45, said".
    if next_norm == "-" && u.tokens.get(i + 2).is_some_and(|t| t.norm.starts_with("year")) {
        return true;
    }
    if prev_norm == "," && next_norm == "," && i >= 2 && u.tags[i - 2] == Tag::Proper {
        return true;
    }
    // "66 years old".
    if matches!(next_norm, "years" | "year") && u.tokens.get(i + 2).is_some_and(|t| t.norm == "old") {
        return true;
    }
    false
}

/// The tally that starts at token `i` ("396-9", "46 to 41"), with the token after it.
fn tally_at(u: &Unit, i: usize) -> Option<(f64, f64, usize)> {
    let a = numeral_value(&u.tokens[i].norm)?;
    let sep = u.tokens.get(i + 1)?;
    let adjacent = sep.span.start == u.tokens[i].span.end;
    let joined = (sep.norm == "-" || sep.norm == "–") && adjacent;
    if !joined {
        return None;
    }
    let b = u.tokens.get(i + 2).filter(|t| t.kind == TokenKind::Number).and_then(|t| numeral_value(&t.norm))?;
    Some((a, b, i + 3))
}

/// Finds the quantities of a unit (`ui` is its index in the article).
pub fn find(u: &Unit, ui: usize) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < u.tokens.len() {
        let t = &u.tokens[i];
        let candidate = t.kind == TokenKind::Number
            || (t.kind == TokenKind::Word
                && (matches!(t.norm.as_str(), "a" | "tens" | "one")
                    || VAGUE.iter().any(|x| x.0 == t.norm)
                    || word_value(&t.norm).is_some()));
        if !candidate {
            i += 1;
            continue;
        }
        match read_at(u, ui, i) {
            Some((q, next)) => {
                out.push(q);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// The quantity that starts at token `i`, if one does, and the token after it.
fn read_at(u: &Unit, ui: usize, i: usize) -> Option<(Quantity, usize)> {
    let t = &u.tokens[i];
    let mut measure = Measure::Count;
    let mut value: Option<f64>;
    let mut range: (f64, f64);
    let mut j;
    if t.kind == TokenKind::Number {
        if not_a_count(u, i) {
            return None;
        }
        if let Some((a, b, next)) = tally_at(u, i) {
            // "voted 396-9": both numbers are the tally.
            let q = Quantity {
                unit: ui,
                span: u.span_of(i, next),
                phrase: u.span_of(i, next),
                text: u.slice(i, next).to_string(),
                value: Some(a),
                range: (a.min(b), a.max(b)),
                modifier: None,
                measure: Measure::Tally,
                counted: None,
                topic: topic_of(u, next.saturating_sub(1), i),
                part_of_whole: false,
                quoted: u.quoted[i],
            };
            return Some((q, next));
        }
        let v = numeral_value(&t.norm)?;
        value = Some(v);
        range = (v, v);
        j = i + 1;
    } else if let Some(&(_, lo, hi)) = VAGUE.iter().find(|x| x.0 == t.norm) {
        value = None;
        range = (lo, hi);
        j = i + 1;
        if u.tokens.get(j).is_some_and(|n| n.norm == "of") {
            j += 1;
        }
    } else if t.norm == "tens" && u.tokens.get(i + 1).is_some_and(|n| n.norm == "of") {
        let &(_, lo, hi) = u.tokens.get(i + 2).and_then(|n| VAGUE.iter().find(|x| x.0 == n.norm))?;
        value = None;
        range = (lo * 10.0, hi * 10.0);
        j = i + 3 + usize::from(u.tokens.get(i + 3).is_some_and(|n| n.norm == "of"));
    } else {
        let (v, next) = number_words(u, i)?;
        // "one" alone, "a" alone: not counts worth comparing.
        if v < 2.0 || u.tags[i] == Tag::Ordinal {
            return None;
        }
        value = Some(v);
        range = (v, v);
        j = next;
    }
    // Scale words: "1.5 million".
    while let Some(n) = u.tokens.get(j) {
        let scale = match n.norm.as_str() {
            "thousand" => 1e3,
            "million" | "m" => 1e6,
            "billion" | "bn" => 1e9,
            "trillion" => 1e12,
            _ => break,
        };
        value = value.map(|v| v * scale);
        range = (range.0 * scale, range.1 * scale);
        j += 1;
    }
    let mut start = i;
    if i > 0 && matches!(u.tokens[i - 1].norm.as_str(), "$" | "£" | "€" | "¥") {
        measure = Measure::Money;
        start = i - 1;
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
        Some("percentage") if u.tokens.get(j + 1).is_some_and(|n| n.norm == "points") => {
            measure = Measure::Percent;
            j += 2;
        }
        Some("dollars" | "euros" | "pounds" | "yuan" | "yen" | "rupees" | "cents") => measure = Measure::Money,
        _ => {}
    }
    // The modifier: the longest phrase that ends right before the number.
    let mut modifier = None;
    for &(m, below, above) in MODIFIERS {
        let words: Vec<&str> = m.split(' ').collect();
        if start >= words.len() && (0..words.len()).all(|k| u.tokens[start - words.len() + k].norm == words[k]) {
            modifier = Some(m.to_string());
            start -= words.len();
            range = (range.0 * (1.0 - below), range.1 * (1.0 + above));
            if above > 0.0 && below == 0.0 && m != "only" && m != "exactly" {
                // "more than 240": any number from 240 up, bounded for comparison.
                range.1 = range.1.max(range.0 * 1.5);
            }
            break;
        }
    }
    // "between 5 and 12": one interval.
    if start > 0
        && u.tokens[start - 1].norm == "between"
        && u.tokens.get(j).is_some_and(|n| n.norm == "and")
        && let Some(hi) = u.tokens.get(j + 1).and_then(|n| numeral_value(&n.norm))
    {
        range = (range.0, hi.max(range.0));
        value = None;
        start -= 1;
        j += 2;
    }
    // A part of a whole: "15 of the 19 hijackers" (this is 15; 19 is read on its own).
    let part_of_whole =
        u.tokens.get(j).is_some_and(|n| n.norm == "of") && u.tokens.get(j + 1).is_some_and(|n| n.norm == "the");
    let (counted, phrase_end) = counted_after(u, j, measure);
    // A bare number that stands as the subject of its clause in the body of an article ("Two
    // were taken to hospital", "Three of them") counts part of a group named before it; a
    // headline's bare numbers are telegraphic ("Seventeen arrested") and count what they say.
    let elliptic = counted.is_none()
        && measure == Measure::Count
        && !u.is_title()
        && (u.tags.get(j).is_some_and(|t| matches!(t, Tag::Aux | Tag::Modal | Tag::Verb(_)))
            || u.tokens.get(j).is_some_and(|n| n.norm == "of")
                && u.tags.get(j + 1).is_some_and(|t| matches!(t, Tag::PronObj | Tag::Det)));
    let part_of_whole = part_of_whole || elliptic;
    let topic = topic_of(u, phrase_end.saturating_sub(1), start);
    let q = Quantity {
        unit: ui,
        span: u.span_of(start, j),
        phrase: u.span_of(start, phrase_end.max(j)),
        text: u.slice(start, phrase_end.max(j)).to_string(),
        value,
        range,
        modifier,
        measure,
        counted,
        topic,
        part_of_whole,
        quoted: u.quoted[i],
    };
    Some((q, j))
}

/// What the number counts: the head of the noun phrase it opens ("240 political parties" →
/// "parti"), the noun after "of" ("dozens of people", "21 percent of voters", "15 of the 19
/// hijackers"), and the token after the phrase.
fn counted_after(u: &Unit, j: usize, measure: Measure) -> (Option<String>, usize) {
    let mut k = j;
    // "21 percent of Republican voters", "dozens of people", "15 of the 19 hijackers".
    if u.tokens.get(k).is_some_and(|t| t.norm == "of") {
        k += 1;
        while u.tags.get(k).is_some_and(|t| matches!(t, Tag::Det | Tag::Poss | Tag::Num)) {
            k += 1;
        }
    }
    if measure == Measure::Money && k == j {
        // "$2 million in legal fees".
        if u.tokens.get(k).is_some_and(|t| t.norm == "in") {
            k += 1;
        } else {
            return (None, j);
        }
    }
    // The noun phrase: modifiers up to its head (at most four words).
    let mut head = None;
    let mut e = k;
    while e < u.tokens.len() && e < k + 4 {
        match u.tags[e] {
            Tag::Noun | Tag::Proper => {
                head = Some(e);
                e += 1;
            }
            Tag::Adj | Tag::Verb(_) if head.is_none() => e += 1,
            _ => break,
        }
    }
    let Some(h) = head else { return (None, j) };
    let noun = super::names::strip_possessive(&u.tokens[h].norm);
    // A span of time ("16 years", "the next decade") is not a count of anything an article
    // reports: two of them are compared only through their event (see `same_thing`).
    if DURATIONS.contains(noun) {
        return (None, h + 1);
    }
    (Some(stem(noun)), h + 1)
}

/// The topic of a quantity whose phrase ends at token `n` and starts at `start`: the nearest
/// cue after it in its clause, the phrase itself, or a cue before it.
fn topic_of(u: &Unit, n: usize, start: usize) -> Option<&'static str> {
    let topic = |k: usize| {
        let w = u.tokens.get(k)?.norm.as_str();
        TOPICS.iter().find(|(_, cues)| cues.contains(&w)).map(|(t, _)| *t)
    };
    if let Some(t) = (start..=n).find_map(topic) {
        return Some(t);
    }
    for k in n + 1..(n + 7).min(u.tokens.len()) {
        let w = u.tokens[k].norm.as_str();
        // Another number starts another quantity ("17 were arrested and nine were injured").
        // A list of what is counted goes on ("12,000 residents, nurses and families marched").
        let listed = w == "," && u.tags.get(k + 1) == Some(&Tag::Noun);
        if matches!(w, ";" | ":" | "but")
            || w == "," && !listed
            || u.tokens[k].kind == TokenKind::Number
            || word_value(w).is_some_and(|v| v >= 2.0)
        {
            break;
        }
        if let Some(t) = topic(k) {
            return Some(t);
        }
    }
    for k in (start.saturating_sub(4)..start).rev() {
        let w = u.tokens[k].norm.as_str();
        if matches!(w, ";" | ":" | ",") {
            break;
        }
        if let Some(t) = topic(k) {
            return Some(t);
        }
    }
    None
}

/// True when two quantities count the same thing: the same measure, and the same counted
/// noun or the same event (both known and equal), never a part against its whole.
pub fn same_thing(a: &Quantity, b: &Quantity) -> bool {
    if a.measure != b.measure || a.part_of_whole != b.part_of_whole {
        return false;
    }
    if a.part_of_whole && (a.counted.is_none() || b.counted.is_none()) {
        // Two parts of groups that are not named: nothing says they are parts of one group.
        return false;
    }
    match (&a.counted, &b.counted, a.topic, b.topic) {
        (_, _, Some(x), Some(y)) if x != y => false,
        // "people" alone does not say which people: the 90,000 people of a district are not the
        // seventeen people arrested. A word for people in general needs one topic on both.
        (Some(x), Some(y), _, _) if x == y && !(is_people(x) && a.topic != b.topic) => true,
        // One topic ("17 people were arrested" / "more than a dozen arrests"): the same count
        // when neither names a narrower group ("nine officers" hurt is not "23 people" hurt).
        (x, y, Some(t), Some(_)) => general(x.as_deref(), t) && general(y.as_deref(), t),
        _ => false,
    }
}

/// True for the stem of a word for people in general.
fn is_people(stem: &str) -> bool {
    matches!(stem, "peopl" | "person" | "individu")
}

/// True when a counted noun says no more than its topic: none, a word for people in general,
/// or the topic's own word ("arrests" counted among arrests, "protesters" in a crowd).
fn general(counted: Option<&str>, topic: &str) -> bool {
    let Some(c) = counted else { return true };
    is_people(c)
        || TOPICS.iter().filter(|(t, _)| *t == topic).flat_map(|(_, cues)| cues.iter()).any(|cue| stem(cue) == c)
}

/// True when two quantities of the same thing disagree: their intervals do not meet, with a
/// small tolerance for rounding ("3,512" against "3,500").
pub fn disagree(a: &Quantity, b: &Quantity) -> bool {
    let tol = |x: f64| x.abs() * ROUNDING;
    a.range.1 + tol(a.range.1) < b.range.0 || b.range.1 + tol(b.range.1) < a.range.0
}

/// Two exact figures this share apart or less are the same figure rounded.
pub const ROUNDING: f64 = 0.02;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::bundle::{Article, Bundle, Event};
    use crate::engine::document::Document;

    /// The quantities of a one-sentence article: (text, value range, counted stem).
    /// A quantity as the tests see it: text, interval, counted stem, measure.
    type Seen = (String, (f64, f64), Option<String>, Measure);

    fn read(s: &str) -> Vec<Seen> {
        let bundle =
            Bundle::new(Event::default(), vec![Article { id: "a".into(), text: s.into(), ..Article::default() }]);
        let docs: Vec<Document> = bundle.articles.iter().map(Document::new).collect();
        let views = crate::engine::reading::read(&bundle, &docs);
        views[0]
            .units
            .iter()
            .enumerate()
            .flat_map(|(ui, u)| find(u, ui))
            .map(|q| (q.text, q.range, q.counted, q.measure))
            .collect()
    }

    fn texts(s: &str) -> Vec<String> {
        read(s).into_iter().map(|q| q.0).collect()
    }

    #[test]
    fn counts_with_what_they_count() {
        let q = read("More than 240 political parties signed the letter.");
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].2.as_deref(), Some("parti"));
        assert!(q[0].1.0 == 240.0 && q[0].1.1 > 240.0);
        let q = read("Police said dozens of people were hurt.");
        assert_eq!(q[0].2.as_deref(), Some("peopl"));
        let q = read("The fund holds $3.5 million in loans.");
        assert_eq!(q[0].3, Measure::Money);
        assert_eq!(q[0].1, (3.5e6, 3.5e6));
    }

    #[test]
    fn names_dates_and_ranks_are_not_counts() {
        assert!(texts("The vote on Amendment 64 came on Sept. 11 in 2012.").is_empty());
        assert!(texts("She took the No. 2 job at the agency on May 5.").is_empty());
        assert!(texts("The G7 met at 3 p.m. after the 9/11 memorial.").is_empty());
        assert!(texts("Lena Marsh, 45, lives on Route 66 with a 12-year-old dog.").is_empty());
        assert!(texts("He finished 21st in the 1990s.").is_empty());
    }

    #[test]
    fn parts_tallies_and_ranges() {
        let q = read("Fifteen of the 19 suspects were caught.");
        assert_eq!(q.len(), 2);
        let q = read("The council voted 396-9 for the plan.");
        assert_eq!(q[0].3, Measure::Tally);
        let q = read("The agency expects between 5 and 12 new seats.");
        assert_eq!(q[0].1, (5.0, 12.0));
    }

    #[test]
    fn same_thing_and_disagreement() {
        let bundle = Bundle::new(
            Event::default(),
            vec![
                Article { id: "a".into(), text: "More than 240 parties signed.".into(), ..Article::default() },
                Article { id: "b".into(), text: "Some 200 parties signed.".into(), ..Article::default() },
                Article { id: "c".into(), text: "About 250 parties signed it.".into(), ..Article::default() },
            ],
        );
        let docs: Vec<Document> = bundle.articles.iter().map(Document::new).collect();
        let views = crate::engine::reading::read(&bundle, &docs);
        let q: Vec<Quantity> = views.iter().map(|v| find(&v.units[0], 0).remove(0)).collect();
        assert!(same_thing(&q[0], &q[1]));
        assert!(disagree(&q[0], &q[1]), "{:?} {:?}", q[0].range, q[1].range);
        assert!(!disagree(&q[0], &q[2]), "more than 240 and about 250 can be the same figure");
    }
}
