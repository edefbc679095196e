//! Loaded and evaluative language with its polarity: our own news-specific terms
//! (`loaded.txt`: "regime", "propaganda blitz", "so-called", "landmark") and strongly rated
//! words of the VADER lexicon, with negation ("not peaceful") and with words inside a
//! quotation marked as the speaker's, not the outlet's.

use super::lexicon;
use super::names;
use super::verbs::VerbUse;
use super::{Unit, View};
use crate::engine::report::{Highlight, Kind};
use crate::engine::text::{Span, TokenKind};
use crate::engine::words::is_function_word;

/// VADER words count as loaded from this mean valence (absolute) up. VADER's ratings run from
/// -4 to +4; words below 2 are mostly mild everyday words ("nice", "problem", "interest")
/// that carry little framing. The cut was compared at 1.5, 2.0 and 2.5 on the basil-dev
/// lexical measure (recall and lift of the `loaded` kind alone): 2.0 kept most of the recall
/// of 1.5 at a clearly better lift.
pub const VADER_CUT: f32 = 1.0;

/// Positive VADER words count from this mean valence up.
pub const VADER_POSITIVE_CUT: f32 = 2.5;

/// A negator this many words or fewer before a loaded word turns it around ("not a
/// terrorist", "hardly peaceful"), unless punctuation comes between.
pub const NEGATION_WINDOW: usize = 3;

/// Words that negate what follows them.
const NEGATORS: &[&str] = &[
    "not",
    "no",
    "never",
    "neither",
    "nor",
    "without",
    "hardly",
    "barely",
    "scarcely",
    "none",
    "nobody",
    "nothing",
    "cannot",
    "isn't",
    "wasn't",
    "aren't",
    "weren't",
    "don't",
    "doesn't",
    "didn't",
    "won't",
    "wouldn't",
    "can't",
    "couldn't",
    "shouldn't",
    "hasn't",
    "haven't",
    "hadn't",
];

/// Loaded reporting verbs with an everyday physical or literal sense ("attacked with
/// bottles", "hammered", "fired back"): outside speech they are not evaluation.
const PHYSICAL: &[&str] = &[
    "attack",
    "blast",
    "slam",
    "hammer",
    "bash",
    "trash",
    "savage",
    "rage",
    "howl",
    "bark",
    "thunder",
    "crow",
    "pan",
    "hit back",
    "fire back",
    "shoot back",
    "scream",
    "shout",
    "yell",
    "shriek",
    "mutter",
    "whine",
    "moan",
    "warn",
    "demand",
    "beg",
    "plead",
    "joke",
    "lecture",
    "preach",
    "celebrate",
    "welcome",
    "threaten",
    "vow",
    "complain",
    "dismiss",
    "rip into",
    "tear into",
    "bristle",
    "seethe",
    "fume",
    "parrot",
    "spew",
    "spout",
    "ramble",
    "gush",
];

/// Loaded reporting verbs that praise (positive); the others blame or belittle (negative).
const PRAISE: &[&str] =
    &["hail", "praise", "laud", "applaud", "commend", "congratulate", "welcome", "celebrate", "extol", "trumpet"];

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
    for (ui, u) in v.units.iter().enumerate() {
        let norms = lexicon::norms(&u.tokens);
        let name_runs = &u.runs;
        let in_name = |k: usize| name_runs.iter().any(|r| r.start <= k && k < r.end && r.end - r.start > 1);
        let mut i = 0;
        while i < u.tokens.len() {
            let t = &u.tokens[i];
            if t.kind != TokenKind::Word {
                i += 1;
                continue;
            }
            let is_verb =
                |span: Span| verbs.iter().any(|vu| vu.unit == ui && vu.reports_speech && vu.span.overlap(span) > 0);
            if let Some((n, &pol)) = lex.loaded.longest(&norms, i) {
                let span = u.span_of(i, i + n);
                // "riot police" is a label for the police, not the word "riot".
                let label = lex.actors.longest(&norms, i).is_some_and(|(m, _)| m > n);
                if !is_verb(span) && !in_name(i) && !label {
                    out.push(make(u, ui, i, n, f32::from(pol), Source::Own));
                }
                i += n;
                continue;
            }
            // A verb of praise or blame that does not report speech here is still evaluative
            // ("accusing", "criticised by"), unless it has an everyday physical sense.
            if let Some((n, vf)) = lex.verbs.longest(&norms, i)
                && vf.stance == lexicon::Stance::Loaded
                && !PHYSICAL.contains(&vf.lemma.as_str())
                && !is_verb(u.span_of(i, i + n))
                && !super::quotes::nounish(u, i, vf)
                && !in_name(i)
            {
                let pol = if PRAISE.contains(&vf.lemma.as_str()) { 2.0 } else { -2.0 };
                out.push(make(u, ui, i, n, pol, Source::Own));
                i += n;
                continue;
            }
            if let Some(val) = vader_value(&t.norm)
                && (val <= -VADER_CUT || val >= VADER_POSITIVE_CUT)
                && !lex.descriptive.contains(t.norm.as_str())
                && !is_function_word(&t.norm)
                && !in_name(i)
                && !(u.is_capitalized(i) && i > 0 && names::is_name_word(u, i))
                && !is_verb(t.span)
                && lex.hedges.longest(&[t.norm.as_str()], 0).is_none()
                && lex.boosters.longest(&[t.norm.as_str()], 0).is_none()
            {
                out.push(make(u, ui, i, 1, val, Source::Vader));
            }
            i += 1;
        }
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
        negated,
    }
}

/// Words that strengthen the loaded word after them and belong to its phrase ("deeply
/// offensive", "so-called").
const INTENSIFIERS: &[&str] = &[
    "very",
    "so",
    "too",
    "most",
    "more",
    "deeply",
    "extremely",
    "highly",
    "really",
    "utterly",
    "totally",
    "completely",
    "truly",
    "wildly",
    "hugely",
    "incredibly",
    "particularly",
    "especially",
    "increasingly",
    "fiercely",
    "openly",
];

/// The evaluative phrase around a loaded word at tokens `i..j`: an intensifier before it, and
/// up to [`PHRASE_WORDS`] lower-case content words after it that it qualifies ("radical social
/// engineering", "wildly popular"). An evaluation usually spans the phrase, not one word.
fn phrase(u: &Unit, i: usize, j: usize) -> (usize, usize) {
    let lex = lexicon::get();
    let mut s = i;
    if s > 0 && {
        let t = &u.tokens[s - 1];
        t.kind == TokenKind::Word
            && !is_function_word(&t.norm)
            && !u.is_capitalized(s - 1)
            && !lex.verbs.starts(&t.norm)
            && u.quoted[s - 1] == u.quoted[i]
            && !NEGATORS.contains(&t.norm.as_str())
            || INTENSIFIERS.contains(&t.norm.as_str()) && u.quoted[s - 1] == u.quoted[i]
    } {
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
        if NEGATORS.contains(&t.norm.as_str()) || t.norm.ends_with("n't") {
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
