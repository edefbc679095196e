//! Loaded and evaluative language with its polarity: our own news-specific terms
//! (`loaded.txt`: "regime", "propaganda blitz", "so-called", "landmark") and strongly rated
//! words of the VADER lexicon, with negation ("not peaceful") and with words inside a
//! quotation marked as the speaker's, not the outlet's.

use super::verbs::VerbUse;
use super::{Unit, View};
use crate::engine::lexicon;
use crate::engine::reading::{UnitSpans, names};
use crate::engine::report::{Highlight, Kind};
use crate::engine::text::{Span, TokenKind};
use crate::engine::wordlist::WordList;
use crate::engine::words::is_function_word;

/// Negative VADER words count as loaded from this mean valence (absolute) up. VADER's
/// ratings run from -4 to +4; our excerpt keeps only words rated 1.0 or more either way, so
/// this is the lowest cut that makes a difference. Chosen on basil-dev with the lexical measure
/// (recall and lift of `loaded` alone; then of loaded, reporting-verb, hedge, booster and label
/// together): 1.0 gave 0.236 at 10.96 (0.302 at 6.18 together), 1.5 gave 0.199 at 11.66
/// (0.266 at 5.96), 2.0 gave 0.183 at 14.11 (0.252 at 6.22). A higher cut is more precise, but
/// 1.0 is the only one that keeps the recall this signal is meant to reach (0.30 together).
pub const VADER_CUT: f32 = 1.0;

/// Positive VADER words count as loaded from this mean valence up. Positive words are more
/// often everyday politeness ("nice", "glad") than slant, so the cut is higher than
/// [`VADER_CUT`]. Chosen on basil-dev with the lexical measure, after the loaded phrase was
/// limited to intensifiers (together; `loaded` alone in brackets): 2.5 gave 0.296 at 6.41
/// (0.229 at 12.34), 2.0 gave 0.299 at 6.12 (0.233 at 10.90), 1.5 gave 0.312 at 5.75
/// (0.246 at 9.15): 1.5 is the highest cut that reaches recall 0.30 at a lift above 5.
pub const VADER_POSITIVE_CUT: f32 = 1.5;

/// A negator this many words or fewer before a loaded word turns it around ("not a
/// terrorist", "hardly peaceful"), unless punctuation comes between.
pub const NEGATION_WINDOW: usize = 3;

/// Words that negate what follows them.
const NEGATORS: WordList = WordList::new(
    "not|no|never|neither|nor|without|hardly|barely|scarcely|none|nobody|nothing|cannot|isn't|wasn't|\
     aren't|weren't|don't|doesn't|didn't|won't|wouldn't|can't|couldn't|shouldn't|hasn't|haven't|hadn't",
);

/// Loaded reporting verbs with an everyday physical or literal sense ("attacked with
/// bottles", "hammered", "fired back"): outside speech they are not evaluation.
const PHYSICAL: WordList = WordList::new(
    "attack|blast|slam|hammer|bash|trash|savage|rage|howl|bark|thunder|crow|pan|hit back|fire back|\
     shoot back|scream|shout|yell|shriek|mutter|whine|moan|warn|demand|beg|plead|joke|lecture|preach|\
     celebrate|welcome|threaten|vow|complain|dismiss|rip into|tear into|bristle|seethe|fume|parrot|spew|\
     spout|ramble|gush",
);

/// Words that open the object of a verb used on a thing ("slammed the door").
const DETERMINERS: WordList = WordList::new("the|a|an|his|her|their|its|our|my|your|this|these|those");

/// Things, written by us: right after a verb of [`PHYSICAL`] and a determiner, one of them
/// shows the verb's everyday sense ("slammed the door", "blasted the rock", "hammered a nail").
/// Kept short and concrete: a word that can also name a plan or a person ("the bill", "the
/// board") would hide real criticism.
const OBJECTS: WordList = WordList::new(
    "door|doors|gate|gates|window|windows|lid|car|brakes|ball|rock|rocks|wall|walls|tunnel|hole|nail|\
     nails|pipe|phone|fist|fists|horn|music|ice|stone",
);

/// True when the loaded word at tokens `i..i + n` is a verb of [`PHYSICAL`] used on a thing:
/// a determiner and an object of [`OBJECTS`] follow it, and nothing in the sentence reports
/// speech (no quotation, no "that" or "as" after it, as in "slammed the door on the plan as
/// a betrayal").
fn physical_use(u: &Unit, norms: &[&str], i: usize, n: usize) -> bool {
    let lex = lexicon::get();
    let physical = lex.verbs.longest(norms, i).is_some_and(|(m, vf)| m == n && PHYSICAL.contains(vf.lemma));
    let object = norms.get(i + n).is_some_and(|d| DETERMINERS.contains(d))
        && norms.get(i + n + 1).is_some_and(|o| OBJECTS.contains(o));
    // Read only for a verb used on a thing.
    let speech = || {
        u.quoted.iter().any(|&q| q)
            || u.tokens.iter().any(|t| matches!(t.norm.as_str(), "\"" | "“" | "”"))
            || norms.get(i + n..).unwrap_or_default().iter().any(|w| matches!(*w, "that" | "as"))
    };
    physical && object && !speech()
}

/// Loaded reporting verbs that praise (positive); the others blame or belittle (negative).
const PRAISE: WordList = WordList::new("hail|praise|laud|applaud|commend|congratulate|welcome|celebrate|extol|trumpet");

/// Where a loaded word's rating comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// Our news-specific list.
    Own,
    /// The VADER lexicon.
    Vader,
}

/// A loaded word or phrase in an article.
#[derive(Clone, Debug, PartialEq)]
pub struct LoadedWord {
    /// The unit it is in.
    pub unit: usize,
    /// Its bytes.
    pub span: Span,
    /// The words as written.
    pub text: String,
    /// Polarity after negation: below zero negative, above zero positive (-4 to +4 scale).
    pub polarity: f32,
    /// Where the rating comes from.
    pub source: Source,
    /// True inside a quotation (the speaker's word, not the outlet's).
    pub quoted: bool,
    /// True inside what a speaker is reported to have said in indirect speech ("Republicans
    /// said he was out of touch"): the speaker's view, in the outlet's words.
    pub reported: bool,
    /// True when a negator turns it around.
    pub negated: bool,
}

impl LoadedWord {
    /// "negative" or "positive".
    pub fn polarity_name(&self) -> &'static str {
        if self.polarity < 0.0 { "negative" } else { "positive" }
    }
}

/// Finds the loaded words of an article. Reporting verbs that report speech are left to the
/// reporting-verb signal (`verbs`), so that one word is not flagged twice.
pub fn find(v: &View, verbs: &[VerbUse]) -> Vec<LoadedWord> {
    let lex = lexicon::get();
    let mut out = Vec::new();
    let speech_verbs = UnitSpans::new(verbs.iter().filter(|vu| vu.reports_speech).map(|vu| (vu.unit, vu.span)));
    let reported = UnitSpans::new(v.attributions.iter().filter(|a| !a.direct).flat_map(|a| a.content.iter().copied()));
    for (ui, u) in v.units.iter().enumerate() {
        let mut found = Vec::new();
        let in_name = |k: usize| names::run_at(&u.runs, k).is_some_and(|r| r.end - r.start > 1);
        u.scan(|norms, i| {
            let t = &u.tokens[i];
            if t.kind != TokenKind::Word {
                return None;
            }
            let is_verb = |span: Span| speech_verbs.overlaps(ui, span);
            if let Some((n, &pol)) = lex.loaded.longest(norms, i) {
                let span = u.span_of(i, i + n);
                // "riot police" is a label for the police, not the word "riot".
                let label = lex.actors.longest(norms, i).is_some_and(|(m, _)| m > n);
                if !is_verb(span) && !in_name(i) && !label && !physical_use(u, norms, i, n) {
                    found.push(make(u, ui, i, n, f32::from(pol), Source::Own));
                }
                return Some(n);
            }
            // A verb of praise or blame that does not report speech here is still evaluative
            // ("accusing", "criticised by"), unless it has an everyday physical sense.
            if let Some((n, vf)) = lex.verbs.longest(norms, i)
                && vf.stance == lexicon::Stance::Loaded
                && !PHYSICAL.contains(vf.lemma)
                && !is_verb(u.span_of(i, i + n))
                && !super::quotes::nounish(u, i)
                && !in_name(i)
            {
                let pol = if PRAISE.contains(vf.lemma) { 2.0 } else { -2.0 };
                found.push(make(u, ui, i, n, pol, Source::Own));
                return Some(n);
            }
            if let Some(val) = vader_value(&t.norm)
                && (val <= -VADER_CUT || val >= VADER_POSITIVE_CUT)
                && !lex.descriptive.contains(t.norm.as_str())
                && !is_function_word(&t.norm)
                && !in_name(i)
                && !(u.is_capitalized(i) && i > 0 && names::is_name_word(u, i))
                // A word of a name ("Supreme Court", "Liberty University") is not a choice.
                && u.tags.get(i) != Some(&crate::engine::reading::tag::Tag::Proper)
                && !is_verb(t.span)
                && lex.hedges.longest(&[t.norm.as_str()], 0).is_none()
                && lex.boosters.longest(&[t.norm.as_str()], 0).is_none()
            {
                found.push(make(u, ui, i, 1, val, Source::Vader));
            }
            None
        });
        for w in &mut found {
            w.reported = !w.quoted && reported.overlaps(ui, w.span);
        }
        out.extend(merge(u, found));
    }
    out
}

/// The VADER valence of a word, or of the word it is formed from when VADER lists only that:
/// an adverb in "-ly" ("brutally" → "brutal", "angrily" → "angry") or a plural in "-s".
fn vader_value(w: &str) -> Option<f32> {
    let lex = lexicon::get();
    if let Some(&v) = lex.vader.get(w) {
        return Some(v);
    }
    let base: Option<String> = if let Some(b) = w.strip_suffix("ily") {
        Some(format!("{b}y"))
    } else if let Some(b) = w.strip_suffix("ally") {
        Some(format!("{b}al"))
    } else if let Some(b) = w.strip_suffix("ly") {
        Some(b.to_string())
    } else {
        w.strip_suffix('s').filter(|b| b.len() > 3 && !b.ends_with('s')).map(str::to_string)
    };
    let base = base.filter(|b| b.len() > 3)?;
    if lex.descriptive.contains(base.as_str()) {
        return None;
    }
    lex.vader.get(base.as_str()).copied()
}

fn make(u: &Unit, ui: usize, i: usize, n: usize, polarity: f32, source: Source) -> LoadedWord {
    let negated = negated(u, i);
    let (s, e) = phrase(u, i, i + n);
    LoadedWord {
        unit: ui,
        span: u.span_of(s, e),
        text: u.slice(s, e).to_string(),
        polarity: if negated { -polarity } else { polarity },
        source,
        quoted: u.quoted[i],
        reported: false,
        negated,
    }
}

/// Words that strengthen the loaded word after them and belong to its phrase ("deeply
/// offensive", "so-called", "a huge mistake"): degree adverbs, and the degree adjectives that
/// scale the noun after them rather than describe it. The booster list's intensifiers count
/// too (see [`intensifies`]).
const INTENSIFIERS: WordList = WordList::new(
    "very|so|too|most|more|deeply|extremely|highly|really|utterly|totally|completely|truly|wildly|hugely|\
     incredibly|particularly|especially|increasingly|fiercely|openly|far|huge|enormous|massive|\
     tremendous|total|complete|utter|real|major",
);

/// True when `word` strengthens a loaded word after it: one of [`INTENSIFIERS`] or a
/// one-word intensifier of the booster list ("profoundly", "sheer").
fn intensifies(word: &str) -> bool {
    INTENSIFIERS.contains(word)
        || lexicon::get().boosters.longest(&[word], 0).is_some_and(|(n, note)| n == 1 && *note == "intensifier")
}

/// The evaluative phrase around a loaded word at tokens `i..j`: an intensifier before it
/// ("deeply offensive", "so-called"), and up to [`PHRASE_WORDS`] lower-case content words
/// after it that it qualifies. Other words before it (the subject in "workers slammed", a
/// plain adjective in "new loyalty") are not part of the evaluation; a loaded word right
/// before it is joined by [`merge`], not here.
fn phrase(u: &Unit, i: usize, j: usize) -> (usize, usize) {
    let lex = lexicon::get();
    let mut s = i;
    if s > 0 && intensifies(&u.tokens[s - 1].norm) && u.quoted[s - 1] == u.quoted[i] {
        s -= 1;
    }
    let mut e = j;
    while e < u.tokens.len() && e < j + PHRASE_WORDS {
        let t = &u.tokens[e];
        if t.kind != TokenKind::Word
            || is_function_word(&t.norm)
            || u.is_capitalized(e)
            || lex.verbs.starts(&t.norm)
            || u.quoted[e] != u.quoted[i]
        {
            break;
        }
        e += 1;
    }
    (s, e)
}

/// Joins loaded words of one unit that overlap or stand side by side with nothing between
/// them ("shameful" + "betrayal" → "shameful betrayal"), so that a span has one highlight.
/// The joined phrase keeps the stronger polarity; it is quoted or negated when its first word
/// is. Words on either side of a quotation boundary stay apart.
fn merge(u: &Unit, words: Vec<LoadedWord>) -> Vec<LoadedWord> {
    let mut out: Vec<LoadedWord> = Vec::with_capacity(words.len());
    for w in words {
        if let Some(last) = out.last_mut()
            && last.unit == w.unit
            && last.quoted == w.quoted
            && last.reported == w.reported
            && (w.span.start <= last.span.end
                || u.text.get(last.span.end..w.span.start).is_some_and(|gap| gap.trim().is_empty()))
        {
            let span = Span::new(last.span.start, last.span.end.max(w.span.end));
            last.text = u.text.get(span.start..span.end).unwrap_or_default().to_string();
            last.span = span;
            if w.polarity.abs() > last.polarity.abs() {
                last.polarity = w.polarity;
                last.source = w.source;
            }
            continue;
        }
        out.push(w);
    }
    out
}

/// See [`phrase`]: at most this many words after a loaded word belong to its phrase.
pub const PHRASE_WORDS: usize = 0;

/// True when a negator stands at most [`NEGATION_WINDOW`] words before token `i`, with no
/// punctuation between.
fn negated(u: &Unit, i: usize) -> bool {
    let mut seen = 0;
    let mut k = i;
    while k > 0 && seen < NEGATION_WINDOW {
        k -= 1;
        let t = &u.tokens[k];
        if t.kind == TokenKind::Punct || t.kind == TokenKind::Quote {
            return false;
        }
        if NEGATORS.contains(t.norm.as_str()) || t.norm.ends_with("n't") {
            return true;
        }
        seen += 1;
    }
    false
}

/// The note of a loaded-word highlight.
fn note(w: &LoadedWord) -> String {
    let text = &w.text;
    let pol = w.polarity_name();
    let light = if w.polarity < 0.0 { "a bad" } else { "a good" };
    let mut s = if w.negated {
        format!("“{text}” is evaluative, but a “not” or “no” before it turns it around, so here it leans {pol}.")
    } else if w.source == Source::Own {
        format!(
            "“{text}” is a loaded word ({pol}): it casts what it names in {light} light instead of describing it plainly."
        )
    } else {
        format!("“{text}” carries strong {pol} feeling, which colours how the reader sees what is described.")
    };
    if w.quoted {
        s.push_str(" It stands inside a quotation: it is the speaker's word, not the outlet's — though the outlet chose to quote it.");
    } else if w.reported {
        s.push_str(" It stands in what a speaker is reported to have said: the speaker's view, in the outlet's words.");
    }
    s
}

/// Loaded-word highlights of one article. The class is the polarity, prefixed with "quoted-"
/// for the speaker's words and with "negated-" when a negation turns the word around.
pub fn highlights(v: &View, words: &[LoadedWord]) -> Vec<Highlight> {
    words
        .iter()
        .map(|w| {
            let mut class = w.polarity_name().to_string();
            if w.negated {
                class = format!("negated-{class}");
            }
            if w.quoted {
                class = format!("quoted-{class}");
            }
            v.highlight(w.unit, w.span, Kind::Loaded, Some(class), note(w))
        })
        .collect()
}
