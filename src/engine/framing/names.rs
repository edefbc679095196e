//! Proper names in a unit's tokens: runs of capitalised words ("Zhou Lanting", "Communist
//! Party of China", "St Brennan's"), acronyms ("CPC"), titles before names ("Chief
//! Superintendent"), and the small closed classes that must not count as names (pronouns,
//! months, days, sentence openers).

use super::Unit;
use super::numbers::MONTHS;
use crate::engine::fasthash::HashSet;
use crate::engine::text::TokenKind;
use crate::engine::words::is_function_word;

/// Titles and honorifics that may stand before a person's name.
pub const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "president",
    "vice",
    "prime",
    "minister",
    "premier",
    "chancellor",
    "secretary",
    "general",
    "chairman",
    "chairwoman",
    "chair",
    "chief",
    "superintendent",
    "inspector",
    "sergeant",
    "constable",
    "detective",
    "commissioner",
    "officer",
    "captain",
    "colonel",
    "major",
    "lieutenant",
    "admiral",
    "commander",
    "senator",
    "sen",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "governor",
    "gov",
    "mayor",
    "councillor",
    "councilor",
    "judge",
    "justice",
    "ambassador",
    "deputy",
    "leader",
    "speaker",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "father",
    "rev",
    "reverend",
    "bishop",
    "rabbi",
    "imam",
    "sheikh",
];

/// Words that are capitalised at the start of a sentence or in headlines but are not names
/// (month names are checked through [`MONTHS`]).
const NOT_NAMES: &[&str] = &[
    "i",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "analysis",
    "opinion",
    "comment",
    "update",
    "breaking",
    "exclusive",
    "editorial",
    "read",
    "watch",
    "today",
    "yesterday",
    "tomorrow",
    "last",
    "next",
    "even",
    "only",
    "however",
    "meanwhile",
    "instead",
    "still",
    "yet",
    "since",
    "after",
    "before",
    "when",
    "while",
    "although",
    "though",
    "despite",
    "whether",
    "because",
    "if",
    "according",
    "asked",
    "speaking",
    "last",
    "late",
    "early",
    "behind",
    "beyond",
    "inside",
    "outside",
    "amid",
    "among",
    "across",
    "around",
    "why",
    "how",
    "what",
    "who",
    "where",
];

/// Pronouns that can stand for a speaker.
pub const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you", "his", "her", "its", "their"];

/// True for a word that is all capitals (two letters or more), such as "CPC" or "NATO".
pub fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.len() <= 6 && letters.iter().all(|c| c.is_uppercase())
}

/// True when token `i` of `u` can be part of a proper name: a capitalised word that is not a
/// pronoun, month or day, and not a function word at the start of the sentence.
pub fn is_name_word(u: &Unit, i: usize) -> bool {
    let Some(t) = u.tokens.get(i) else { return false };
    if t.kind != TokenKind::Word || !u.is_capitalized(i) {
        return false;
    }
    let norm = t.norm.trim_end_matches("'s");
    if NOT_NAMES.contains(&norm) || MONTHS.contains(&norm) || PRONOUNS.contains(&norm) {
        return false;
    }
    // Contractions of pronouns ("I'm", "I'll", "We're").
    if let Some((head, _)) = norm.split_once('\'')
        && PRONOUNS.contains(&head)
    {
        return false;
    }
    // At the start of a sentence (or after an opening quote or a colon) a capital says nothing.
    if starts_sentence(u, i) && is_function_word(norm) {
        return false;
    }
    // A headline in capitals ("MOB RAMPAGE") or in title case says nothing either.
    if u.is_title() && headline_case(u) {
        return false;
    }
    true
}

/// True when token `i` stands where any word is capitalised: first in its sentence, or right
/// after a colon.
pub fn starts_sentence(u: &Unit, i: usize) -> bool {
    (0..i).all(|k| !u.is_word(k)) || (i > 0 && u.tokens[i - 1].norm == ":")
}

/// True when most words of a headline are capitalised (title case or all capitals).
fn headline_case(u: &Unit) -> bool {
    let words: Vec<usize> = (0..u.tokens.len()).filter(|&i| u.tokens[i].kind == TokenKind::Word).collect();
    let caps = words.iter().filter(|&&i| u.is_capitalized(i)).count();
    words.len() >= 4 && caps * 3 >= words.len() * 2
}

/// How the bundle writes its words, to tell a name from a common word that is capitalised only
/// because it opens a sentence ("Turnout was 64 percent", "Riot police stood").
#[derive(Debug, Default)]
pub struct Casing {
    /// Words written in lower case somewhere in the bundle.
    lower: HashSet<String>,
    /// Words capitalised where a capital says they are names: inside a sentence (not in a
    /// headline in title case or capitals), or in a name of several words.
    named: HashSet<String>,
}

/// A word as the casing evidence keys it: its normal form without a possessive.
fn casing_key(norm: &str) -> &str {
    strip_possessive(norm.trim_end_matches("'s"))
}

impl Casing {
    /// Reads every unit of the bundle, with its name runs as [`runs`] found them.
    pub fn of<'a, 'b: 'a>(units: impl IntoIterator<Item = &'a Unit<'b>>) -> Self {
        let units: Vec<&Unit> = units.into_iter().collect();
        let mut c = Casing::default();
        for u in &units {
            let headline = u.is_title() && headline_case(u);
            for (i, t) in u.tokens.iter().enumerate() {
                if t.kind != TokenKind::Word {
                    continue;
                }
                if !u.is_capitalized(i) {
                    c.lower.insert(casing_key(&t.norm).to_string());
                } else if !headline && !starts_sentence(u, i) {
                    c.named.insert(casing_key(&t.norm).to_string());
                }
            }
        }
        // The words of a name of several words are names wherever it stands ("Zhou Lanting
        // said …" makes "Zhou added …" a name), once common words that open it are left out.
        let mut named = Vec::new();
        for u in &units {
            for r in u.runs.iter().filter_map(|&r| c.trim(u, r)).filter(|r| r.end - r.start > 1) {
                named.extend((r.start..r.end).filter(|&k| u.is_capitalized(k)).map(|k| casing_key(&u.tokens[k].norm)));
            }
        }
        c.named.extend(named.into_iter().map(String::from));
        c
    }

    /// A run that opens a sentence without the common words that open it ("Even Beijing",
    /// "Representatives of …"); `None` when nothing of a name is left. A word there starts a
    /// name only if the bundle never writes it in lower case and, when it stands alone, the
    /// bundle capitalises it somewhere a capital says it is a name (inside a sentence, or
    /// within a longer name). Acronyms are names anywhere.
    fn trim(&self, u: &Unit, r: NameRun) -> Option<NameRun> {
        if !starts_sentence(u, r.start) {
            return Some(r);
        }
        let mut r = r;
        let common = |k: usize| self.lower.contains(casing_key(&u.tokens[k].norm)) && !is_acronym(u.tok(k));
        while r.end - r.start > 1 && common(r.start) {
            r.start += 1;
            while r.start < r.end && !u.is_capitalized(r.start) {
                r.start += 1;
            }
        }
        if r.start >= r.end {
            return None;
        }
        Some(r)
    }

    /// The name runs of `u` without the common words that open its sentence.
    pub fn settle(&self, u: &Unit, runs: &[NameRun]) -> Vec<NameRun> {
        runs.iter()
            .filter_map(|&r| self.trim(u, r))
            .filter(|r| {
                let k = r.start;
                let lone = r.end - r.start == 1 && starts_sentence(u, k) && !is_acronym(u.tok(k));
                let key = casing_key(&u.tokens[k].norm);
                !lone || (!self.lower.contains(key) && self.named.contains(key))
            })
            .collect()
    }
}

/// Connectors allowed inside a name when a capitalised word follows ("Party of China",
/// "Department of Health", "Save St Brennan's").
const CONNECTORS: &[&str] = &["of", "for", "and", "de", "del", "la", "van", "von", "al", "bin", "the", "on"];

/// A run of name words: its token range in the unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NameRun {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
}

/// All maximal runs of name words in `u`, with connectors inside ("Communist Party of China").
pub fn runs(u: &Unit) -> Vec<NameRun> {
    let mut out = Vec::new();
    let n = u.tokens.len();
    let mut i = 0;
    while i < n {
        if !is_name_word(u, i) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        loop {
            if end < n && is_name_word(u, end) && !ends_with_possessive(u, end - 1) {
                end += 1;
                continue;
            }
            // "Mr. Obama", "Gov. Perry": a title abbreviation, its full stop, then the name.
            if end + 1 < n
                && u.tokens[end].norm == "."
                && TITLES.contains(&u.tokens[end - 1].norm.as_str())
                && u.tokens[end - 1].span.end == u.tokens[end].span.start
                && is_name_word(u, end + 1)
            {
                end += 2;
                continue;
            }
            // A connector, then another name word ("of China", "and Southeast").
            if end + 1 < n
                && CONNECTORS.contains(&u.tokens[end].norm.as_str())
                && !u.is_capitalized(end)
                && u.tokens[end].norm != "and"
                && is_name_word(u, end + 1)
                && !ends_with_possessive(u, end - 1)
            {
                end += 2;
                continue;
            }
            break;
        }
        out.push(NameRun { start, end });
        i = end;
    }
    out
}

/// True when token `i` ends in a possessive "'s" or "’s" (or a bare "s’").
pub fn ends_with_possessive(u: &Unit, i: usize) -> bool {
    let w = u.tok(i);
    w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s’") || w.ends_with("s'")
}

/// The token range of a run without leading titles ("Chief Superintendent Harriet Doyle" →
/// "Harriet Doyle"); the run itself when it is all titles.
pub fn without_titles(u: &Unit, r: NameRun) -> NameRun {
    let mut s = r.start;
    while s + 1 < r.end && TITLES.contains(&u.tokens[s].norm.as_str()) {
        s += 1;
    }
    NameRun { start: s, end: r.end }
}

/// The name as a label: the run's text without a trailing possessive.
pub fn label(u: &Unit, r: NameRun) -> String {
    strip_possessive(u.slice(r.start, r.end)).to_string()
}

/// `s` without a trailing "'s", "’s", "’" or "'".
pub fn strip_possessive(s: &str) -> &str {
    s.strip_suffix("'s").or_else(|| s.strip_suffix("’s")).or_else(|| s.strip_suffix('’')).unwrap_or(s)
}

/// True when the run looks like a person's name: two or three capitalised words none of
/// which is an organisation word, or a title followed by a name.
pub fn looks_like_person(u: &Unit, r: NameRun) -> bool {
    let inner = without_titles(u, r);
    let words: Vec<&str> = (inner.start..inner.end).map(|i| u.tokens[i].norm.as_str()).collect();
    if words.iter().any(|w| ORG_WORDS.contains(&strip_possessive(w))) {
        return false;
    }
    let titled = inner.start > r.start;
    (2..=3).contains(&words.len()) || (titled && !words.is_empty())
}

/// Words that make a capitalised run an organisation, a place or an event rather than a person.
pub const ORG_WORDS: &[&str] = &[
    "party",
    "parties",
    "department",
    "ministry",
    "committee",
    "council",
    "board",
    "institute",
    "centre",
    "center",
    "school",
    "university",
    "college",
    "agency",
    "service",
    "police",
    "government",
    "organization",
    "organisation",
    "alliance",
    "front",
    "union",
    "association",
    "league",
    "group",
    "campaign",
    "foundation",
    "bank",
    "fund",
    "court",
    "house",
    "office",
    "congress",
    "senate",
    "parliament",
    "assembly",
    "army",
    "forces",
    "republic",
    "kingdom",
    "states",
    "nations",
    "street",
    "square",
    "road",
    "avenue",
    "airport",
    "hospital",
    "infirmary",
    "city",
    "county",
    "province",
    "district",
    "region",
    "press",
    "news",
    "times",
    "post",
    "herald",
    "review",
    "gazette",
    "voice",
    "dispatch",
    "window",
    "affairs",
    "health",
    "central",
    "international",
    "national",
    "regional",
    "world",
];
