//! Proper names: which capitalised words are names ([`Casing`] settles the words that open a
//! sentence, from how the whole bundle writes them), and the runs of name words with their
//! titles, initials and connectors ("Chief Superintendent Harriet Doyle", "Michael J. Green",
//! "Communist Party of China", "Joseph R. Biden Jr.").

use super::Unit;
use crate::engine::lexicon::{self, WordClass};
use crate::engine::text::{Token, TokenKind};
use crate::engine::wordlist::WordList;
use crate::engine::words::is_function_word;
use crate::util::fasthash::HashSet;

/// Words that are capitalised at the start of a sentence or in headlines but are not names,
/// beyond the closed classes of `wordclass.txt` (which never start a name).
const NOT_NAMES: WordList = WordList::new(
    "analysis|opinion|comment|update|breaking|exclusive|editorial|read|watch|according|asked|speaking|\
     late|early|still|yet|even|only|however|meanwhile|instead|last|next|photo|video|getty|\
     related|advertisement|click|share",
);

/// True for a word that is all capitals (two to six letters), such as "CPC" or "NATO" (or
/// "NATO's").
pub fn is_acronym(word: &str) -> bool {
    let mut letters = 0;
    for c in strip_possessive(word).chars() {
        if c.is_alphabetic() {
            if !c.is_uppercase() {
                return false;
            }
            letters += 1;
        }
    }
    (2..=6).contains(&letters)
}

/// True for a surname written with a lower-case particle and a hyphen ("el-Gamal",
/// "al-Assad"): a name word though it does not start with a capital.
pub(crate) fn particle_name(word: &str) -> bool {
    word.split_once('-').is_some_and(|(particle, rest)| {
        NAME_PARTICLES.contains(particle) && rest.chars().next().is_some_and(char::is_uppercase)
    })
}

/// Particles written in lower case before a hyphen and a surname.
const NAME_PARTICLES: WordList = WordList::new("al|el|ad|an|ar|as|ash|at|az|ul|abu|bin|ibn|ben");

/// Abbreviations that begin place names ("St. Louis", "Ft. Worth", "Mt. Vernon"): their full
/// stop does not end the name.
const PLACE_ABBREVIATIONS: WordList = WordList::new("st|ste|ft|mt|pt");

/// True for a word made only of one capital letter (an initial, "J" of "Michael J. Green").
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// True when a capital letter follows a lower-case one inside the word ("McCain",
/// "FactCheck"): a name's spelling, wherever the word stands.
fn inner_capital(word: &str) -> bool {
    word.chars().zip(word.chars().skip(1)).any(|(a, b)| a.is_lowercase() && b.is_uppercase())
}

/// The index of the first word of the unit, and of every word that follows a colon or an
/// opening quotation mark: where any word is capitalised.
fn capital_anyway(u: &Unit) -> Vec<bool> {
    let mut out = vec![false; u.tokens.len()];
    let mut fresh = true;
    // Only words in capitals so far: a dateline ("WASHINGTON —"), after whose dash the sentence
    // begins.
    let mut dateline = true;
    let mut words = 0;
    for (i, t) in u.tokens.iter().enumerate() {
        match t.kind {
            TokenKind::Word | TokenKind::Number => {
                // (A capital inside the word, or a web address, is no capital of position:
                // "McCain", "Checkwise.org".)
                out[i] = fresh && !inner_capital(u.tok(i)) && !crate::engine::text::is_web_address(u.tok(i));
                fresh = false;
                words += 1;
                dateline = dateline && t.kind == TokenKind::Word && u.tok(i).chars().all(|c| !c.is_lowercase());
            }
            TokenKind::Quote => {
                // An opening mark (before a word) starts a fresh sentence of the speaker's.
                let next_attached = u.tokens.get(i + 1).is_some_and(|n| n.span.start == t.span.end);
                let prev_attached = i > 0 && u.tokens[i - 1].span.end == t.span.start;
                if next_attached && !prev_attached {
                    fresh = true;
                }
            }
            TokenKind::Punct => {
                if t.norm == ":" || (dateline && words > 0 && matches!(t.norm.as_str(), "—" | "–" | "―" | "--" | "-"))
                {
                    fresh = true;
                }
                if !matches!(t.norm.as_str(), "," | "(" | ")" | "." | "/") {
                    dateline = false;
                }
            }
        }
    }
    out
}

/// True when most words of a headline are capitalised (title case or all capitals).
pub fn headline_case(u: &Unit) -> bool {
    let mut words = 0;
    let mut caps = 0;
    for (i, t) in u.tokens.iter().enumerate() {
        if t.kind == TokenKind::Word {
            words += 1;
            caps += usize::from(u.is_capitalized(i));
        }
    }
    u.is_title() && words >= 4 && caps * 3 >= words * 2
}

/// A word as the casing evidence keys it: its normal form without a possessive.
fn casing_key(norm: &str) -> &str {
    strip_possessive(norm.trim_end_matches("'s"))
}

/// For each token of `u`: could it be a word of a proper name, judged by the word alone and
/// its place (capitalised, not a closed-class word where any word is capitalised, not a
/// pronoun, month or day, not in a headline written in title case).
pub fn name_candidates(u: &Unit) -> Vec<bool> {
    let lex = lexicon::get();
    let anyway = capital_anyway(u);
    u.tokens
        .iter()
        .enumerate()
        .map(|(i, t)| {
            if t.kind != TokenKind::Word {
                return false;
            }
            if !u.is_capitalized(i) {
                return particle_name(u.tok(i));
            }
            let norm = casing_key(&t.norm);
            let closed = lex.classes_of(norm);
            let never = WordClass::PronSubj as u32
                | WordClass::PronObj as u32
                | WordClass::Poss as u32
                | WordClass::Month as u32
                | WordClass::Day as u32;
            if closed & never != 0 && !is_acronym(u.tok(i)) {
                // "May" the month is still a date word; a name "May" after a title is rare.
                return false;
            }
            if let Some((head, _)) = norm.split_once('\'')
                && lex.is(head, WordClass::PronSubj)
            {
                return false;
            }
            if rank_marker(&u.tokens, i) {
                return false;
            }
            let title = lex.is(norm, WordClass::Title);
            if anyway[i] && !title && (closed != 0 || is_function_word(norm)) {
                return false;
            }
            if anyway[i] && NOT_NAMES.contains(norm) {
                return false;
            }
            true
        })
        .collect()
}

/// True when the word at `i` is "No." before a number ("the No. 3 House Democrat", "No. 10"):
/// a rank or a list marker, no name.
pub fn rank_marker(tokens: &[Token], i: usize) -> bool {
    tokens.get(i).is_some_and(|t| matches!(t.norm.as_str(), "no" | "nos"))
        && tokens.get(i + 1).is_some_and(|t| t.norm == ".")
        && tokens.get(i + 2).is_some_and(|t| t.kind == TokenKind::Number)
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

impl Casing {
    /// Reads every unit of the bundle.
    pub fn of<'a, 'b: 'a>(units: impl IntoIterator<Item = &'a Unit<'b>> + Clone) -> Self {
        let mut c = Casing::default();
        for u in units.clone() {
            for (i, t) in u.tokens.iter().enumerate() {
                if t.kind == TokenKind::Word && !u.is_capitalized(i) {
                    c.lower.insert(casing_key(&t.norm).to_string());
                }
            }
        }
        for u in units {
            let anyway = capital_anyway(u);
            let headline = c.title_case(u, &anyway);
            for (i, t) in u.tokens.iter().enumerate() {
                if t.kind != TokenKind::Word || !u.is_capitalized(i) {
                    continue;
                }
                if !headline && !anyway[i] {
                    c.named.insert(casing_key(&t.norm).to_string());
                    // The word before a capitalised one inside a name run is a name too
                    // ("Zhou Lanting said": "Zhou" opens the sentence but "Lanting" does not).
                    // Not a verb the bundle writes in lower case ("Added Gibbs: …").
                    if i > 0 && anyway[i - 1] && u.is_capitalized(i - 1) && u.tokens[i - 1].kind == TokenKind::Word {
                        let before = casing_key(&u.tokens[i - 1].norm);
                        if !(c.lower.contains(before) && lexicon::get().verb_forms.contains_key(before)) {
                            c.named.insert(before.to_string());
                        }
                    }
                }
            }
        }
        c
    }

    /// True for a unit written in title case: a headline ([`headline_case`]), or a sentence of
    /// the body whose words are nearly all capitalised, two or more of them words the bundle
    /// writes in lower case elsewhere and that are no titles (a headline run into the text:
    /// "… Tests, North Korean Leader Says").
    fn title_case(&self, u: &Unit, anyway: &[bool]) -> bool {
        if headline_case(u) {
            return true;
        }
        let lex = lexicon::get();
        let (mut words, mut caps, mut common) = (0, 0, 0);
        for (i, t) in u.tokens.iter().enumerate() {
            if t.kind != TokenKind::Word {
                continue;
            }
            words += 1;
            if u.is_capitalized(i) {
                caps += 1;
                let key = casing_key(&t.norm);
                if !anyway[i] && !is_acronym(u.tok(i)) && !lex.is(key, WordClass::Title) && self.lower.contains(key) {
                    common += 1;
                }
            }
        }
        words >= 4 && caps * 5 >= words * 4 && common >= 2
    }

    /// Words in capitals for emphasis, not a name: a run of two or more words written all
    /// in capitals, one of them a function word and one a word the bundle writes in lower
    /// case ("there was NO COLLUSION", "NOT GOING TO HAPPEN"). A body's name in capitals
    /// ("NATO", "the AFL-CIO") has no function word; a headline in capitals is read apart.
    fn shouted(&self, u: &Unit, cand: &mut [bool]) {
        let caps = |k: usize| {
            u.tokens[k].kind == TokenKind::Word
                && u.tok(k).chars().filter(|c| c.is_alphabetic()).count() >= 2
                && u.tok(k).chars().all(|c| !c.is_alphabetic() || c.is_uppercase())
        };
        let mut k = 0;
        while k < u.tokens.len() {
            if !caps(k) {
                k += 1;
                continue;
            }
            let start = k;
            while k < u.tokens.len() && caps(k) {
                k += 1;
            }
            let words = || (start..k).map(|i| strip_possessive(&u.tokens[i].norm));
            if k - start >= 2
                && words().any(crate::engine::words::is_function_word)
                && words().any(|w| !crate::engine::words::is_function_word(w) && self.lower.contains(w))
            {
                cand[start..k].iter_mut().for_each(|c| *c = false);
            }
        }
    }

    /// True when the bundle writes the word (its casing key) in lower case somewhere.
    pub fn written_lower(&self, norm: &str) -> bool {
        let key = casing_key(norm);
        self.lower.contains(key) || key.strip_suffix('s').is_some_and(|one| self.lower.contains(one))
    }

    /// Settles the candidates of a unit: a word where any word is capitalised is a name only
    /// if the bundle never writes it in lower case and, standing alone, the bundle capitalises
    /// it somewhere a capital says it is a name. Acronyms are names anywhere.
    ///
    /// In a headline written in title case or capitals every word is capitalised: there a
    /// word is a name only if the bundle writes it capitalised inside sentences and never in
    /// lower case.
    pub fn settle(&self, u: &Unit, cand: &mut [bool]) {
        let anyway = capital_anyway(u);
        self.shouted(u, cand);
        if self.title_case(u, &anyway) {
            for (i, c) in cand.iter_mut().enumerate() {
                let key = casing_key(&u.tokens[i].norm);
                *c = *c && (is_acronym(u.tok(i)) || (self.named.contains(key) && !self.lower.contains(key)));
            }
            return;
        }
        for i in 0..cand.len() {
            if !cand[i] || !anyway[i] || is_acronym(u.tok(i)) {
                continue;
            }
            let key = casing_key(&u.tokens[i].norm);
            // An abbreviated title and its full stop before a name ("Sen. Tim Kaine" opening a
            // sentence) go with the name as a word right before it would.
            let abbreviated_title =
                u.tokens.get(i + 1).is_some_and(|t| t.norm == "." && t.span.start == u.tokens[i].span.end)
                    && lexicon::get().is(key, WordClass::Title)
                    && u.tok(i).chars().count() <= 5;
            // A title with its "of" before a name ("Secretary of State Hana Roos" opening a
            // sentence) is capitalised for the name, as mid-sentence.
            // So is a title "of the" a body ("Speaker of the House John Boehner").
            let titled_of = u.tokens.get(i + 1).is_some_and(|t| t.norm == "of")
                && (lexicon::get()
                    .role_words
                    .longest(&lexicon::norms(&u.tokens[i..(i + 6).min(u.tokens.len())]), 0)
                    .is_some_and(|(n, _)| n >= 3 && cand.get(i + n).copied().unwrap_or(false))
                    || lexicon::get().is(key, WordClass::Title)
                        && u.tokens.get(i + 2).is_some_and(|t| t.norm == "the")
                        && u.tokens.get(i + 3).is_some_and(|t| ORG_WORDS.contains(t.norm.as_str()))
                        && cand.get(i + 3).copied().unwrap_or(false));
            let next_is_name = cand.get(i + 1).copied().unwrap_or(false)
                || (abbreviated_title && cand.get(i + 2).copied().unwrap_or(false));
            let lower = self.lower.contains(key);
            let named = self.named.contains(key);
            // "Politico reports: …", "Reuters said …": a word no list knows, never written in
            // lower case, as the subject of a verb of speech is a name (a source), though the
            // bundle never writes it inside a sentence. Looked up only when it decides.
            let unknown_speaker = || {
                let lex = lexicon::get();
                // An adverb may stand between ("Politico also reports").
                let next = if u.tokens.get(i + 1).is_some_and(|t| SUBJECT_ADVERBS.contains(t.norm.as_str())) {
                    i + 2
                } else {
                    i + 1
                };
                let speaks_next = u.tokens.get(next).and_then(|t| lex.verb_forms.get(t.norm.as_str())).is_some_and(
                    |&(lemma, form)| {
                        matches!(form, lexicon::Form::Third | lexicon::Form::Past) && SPEAKING.contains(lemma)
                    },
                );
                speaks_next && lex.role_words.longest(&[key], 0).is_none() && !lex.verb_forms.contains_key(key)
            };
            // A country or capital of the place table ("Portugal's prime minister" opening a
            // sentence) is a name, wherever the bundle writes it.
            let place = || {
                super::places::at(&[key], 0).is_some_and(|(n, p)| {
                    n == 1 && matches!(p.form, super::places::PlaceForm::Name | super::places::PlaceForm::Capital)
                })
            };
            // "Historian Alan Brinkley" opening a sentence: a role that is no title (titles are
            // capitalised before a name anywhere) describes the name and is not part of it.
            let role_before_name = || {
                let lex = lexicon::get();
                lex.role_words.longest(&[key], 0).is_some_and(|(_, r)| r.kind == lexicon::RoleKind::Person)
                    && !lex.is(key, WordClass::Title)
            };
            cand[i] = if titled_of || (!lower && place()) {
                true
            } else if next_is_name && role_before_name() {
                false
            } else if next_is_name {
                !lower || named
            } else {
                !lower && (named || unknown_speaker())
            };
        }
    }
}

/// Verbs of speech whose subject opening a sentence is most likely a name when no list knows
/// the word ("Politico reports", "Reuters said").
const SPEAKING: WordList = WordList::new("say|report|tell|write|add|note|announce|tweet|claim|state");

/// Adverbs that may stand between a subject and its verb of speech ("Politico also reports").
const SUBJECT_ADVERBS: WordList = WordList::new("also|later|then|now|first|further|previously|earlier|too");

/// The text of every name run of the bundle (its words' normal forms, possessive left out).
pub struct RunTexts(HashSet<String>);

impl RunTexts {
    /// The runs of every unit (their `runs` found).
    pub fn of<'a, 'b: 'a>(units: impl IntoIterator<Item = &'a Unit<'b>>) -> Self {
        let mut set = HashSet::default();
        for u in units {
            for r in &u.runs {
                set.insert(run_key(u, r.start, r.end));
                // The name inside it too: without the titles before it, and up to an "of"
                // ("Rep. Ann Lee of Ohio" uses "Ann Lee").
                let inner = without_titles(u, *r);
                let of = (inner.start + 1..inner.end).find(|&k| u.tokens[k].norm == "of").unwrap_or(inner.end);
                if (inner.start, of) != (r.start, r.end) {
                    set.insert(run_key(u, inner.start, of));
                }
                // A person's surname, marked apart from the runs ("Comey Memos" where the
                // bundle has "James Comey").
                // Not a nation's or a party's words ("North Korean", "House Republican").
                let public = || {
                    let words: Vec<&str> = (inner.start..of).map(|k| strip_possessive(&u.tokens[k].norm)).collect();
                    (0..words.len()).any(|k| AFFILIATIONS.contains(words[k]) || super::places::at(&words, k).is_some())
                };
                if of >= inner.start + 2 && looks_like_person(u, NameRun { start: inner.start, end: of }) && !public() {
                    set.insert(format!("~{}", strip_possessive(&u.tokens[of - 1].norm)));
                }
            }
        }
        RunTexts(set)
    }

    /// The run without its last word where that word is a common one written with a capital
    /// after a name the bundle uses on its own ("James Comey Memos" where the bundle has "James
    /// Comey"; "DNC Server" where it has "DNC"): the word is written in lower case elsewhere in
    /// the bundle, and is no organisation word, title, suffix or acronym; the name before it
    /// has two words or more, or is an acronym, or is the surname of a person the bundle names
    /// in full ("Comey Memos"). `None` when the run stands as it is.
    pub fn trimmed(&self, u: &Unit, r: NameRun, casing: &Casing) -> Option<NameRun> {
        let last = r.end.checked_sub(1)?;
        let words = (r.start..last).filter(|&k| u.tokens[k].kind == TokenKind::Word).count();
        let acronym_before = words == 1 && is_acronym(u.tok(r.start));
        let surname_before = words == 1 && self.0.contains(&format!("~{}", strip_possessive(&u.tokens[r.start].norm)));
        if last <= r.start || !(words >= 2 || acronym_before || surname_before) {
            return None;
        }
        let norm = strip_possessive(&u.tokens[last].norm);
        let lex = lexicon::get();
        let common = u.tokens[last].kind == TokenKind::Word
            && casing.written_lower(norm)
            && !is_acronym(u.tok(last))
            && !ORG_WORDS.contains(norm)
            && !SUFFIXES.contains(norm)
            && !lex.is(norm, WordClass::Title)
            && !ends_with_possessive(u, last - 1);
        (common && (surname_before || self.0.contains(&run_key(u, r.start, last))))
            .then_some(NameRun { start: r.start, end: last })
    }

    /// Where a run is an acronym or a country's name run into a person's name that the bundle
    /// uses on its own ("the U.S. James Comey", a line break lost between them), the index of
    /// the person's first word; `None` when the run stands as it is. "FBI Director James Comey"
    /// stands: a title after the acronym makes it part of the name.
    pub fn split_at(&self, u: &Unit, r: NameRun, country: impl Fn(&str) -> bool) -> Option<usize> {
        let first = r.start;
        let rest = first + 1 + usize::from(u.tokens.get(first + 1).is_some_and(|t| t.norm == "."));
        let head = strip_possessive(&u.tokens[first].norm);
        let words = (rest..r.end).filter(|&k| u.tokens[k].kind == TokenKind::Word).count();
        let split = words >= 2
            && (is_acronym(u.tok(first)) || country(head))
            && !ends_with_possessive(u, first)
            && u.tokens[rest].kind == TokenKind::Word
            && !lexicon::get().is(&u.tokens[rest].norm, WordClass::Title)
            && !AFFILIATIONS.contains(u.tokens[rest].norm.as_str())
            && looks_like_person(u, NameRun { start: rest, end: r.end })
            && self.0.contains(&run_key(u, rest, r.end));
        split.then_some(rest)
    }
}

/// A run's words as [`RunTexts`] keys them.
fn run_key(u: &Unit, start: usize, end: usize) -> String {
    let words: Vec<&str> = (start..end).map(|k| strip_possessive(&u.tokens[k].norm)).collect();
    words.join(" ")
}

/// Connectors allowed inside a name when a capitalised word follows ("Party of China",
/// "Department of Health", "Bank of the South").
const CONNECTORS: WordList = WordList::new("of|for|de|del|la|le|van|von|der|al|bin|the|on|du|da");

/// Name suffixes after a comma or directly ("Jr.", "Sr.", "III").
const SUFFIXES: WordList = WordList::new("jr|sr|ii|iii|iv");

/// A run of name words: its token range in the unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NameRun {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
}

/// The runs (in order, as [`runs`] gives them: they do not overlap, so their starts and ends
/// both rise) that lie wholly inside tokens `start..end`.
pub fn runs_within(runs: &[NameRun], start: usize, end: usize) -> &[NameRun] {
    let lo = runs.partition_point(|r| r.start < start);
    let hi = runs.partition_point(|r| r.end <= end).max(lo);
    runs.get(lo..hi).unwrap_or_default()
}

/// The run (of runs in order, as [`runs`] gives them) that holds token `k`: at most one does.
pub fn run_at(runs: &[NameRun], k: usize) -> Option<NameRun> {
    let from = runs.partition_point(|r| r.start <= k);
    from.checked_sub(1).and_then(|j| runs.get(j)).copied().filter(|r| r.end > k)
}

/// The run (of runs in order) that starts before token `at` and ends after it.
pub fn run_across(runs: &[NameRun], at: usize) -> Option<NameRun> {
    run_at(runs, at.checked_sub(1)?).filter(|r| r.end > at)
}

/// True for a preposition, conjunction or "to", which a title may write in capitals ("In",
/// "And") before "The".
pub fn function_word(norm: &str) -> bool {
    let lex = lexicon::get();
    [WordClass::Prep, WordClass::To, WordClass::Coord, WordClass::Sub].iter().any(|&c| lex.is(norm, c))
}

/// All maximal runs of name words in `u` (`name[i]` from [`name_candidates`] and
/// [`Casing::settle`]), with titles, initials, suffixes and connectors inside.
pub fn runs(u: &Unit, name: &[bool]) -> Vec<NameRun> {
    let lex = lexicon::get();
    let n = u.tokens.len();
    let is_name = |k: usize| name.get(k).copied().unwrap_or(false);
    let adjacent = |a: usize, b: usize| u.tokens[a].span.end == u.tokens[b].span.start;
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if !is_name(i) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1;
        // The name has gone on with a body's purpose ("Committee to Preserve …").
        let mut purpose = false;
        // A group's possessive goes on inside an organisation's name ("Workers’ Front",
        // "People's Party"); a person's ends the name ("Lee's office").
        let group_possessive = |k: usize| {
            let w = strip_possessive(u.tokens[k].norm.trim_end_matches('\''));
            ends_with_possessive(u, k) && (w.ends_with('s') || matches!(w, "people" | "women" | "men" | "children"))
        };
        loop {
            // A capitalised "The" right after a name word opens another name ("… met with Kim
            // Jong Un The Washington Post reports": a headline run into the text).
            // (Not after a capitalised function word of a title: "Morning In The Valley".)
            if end < n && is_name(end) && u.tokens[end].norm == "the" && !function_word(&u.tokens[end - 1].norm) {
                break;
            }
            if end < n && is_name(end) && (!ends_with_possessive(u, end - 1) || group_possessive(end - 1)) {
                end += 1;
                continue;
            }
            // "Mr. Obama", "Gov. Perry", "Michael J. Green": an abbreviation or an initial,
            // its full stop, then a name word.
            if end + 1 < n
                && u.tokens[end].norm == "."
                && adjacent(end - 1, end)
                && (is_initial(u.tok(end - 1))
                    || PLACE_ABBREVIATIONS.contains(u.tokens[end - 1].norm.as_str())
                    || (lex.is(&u.tokens[end - 1].norm, WordClass::Title) && u.tok(end - 1).chars().count() <= 5))
                && is_name(end + 1)
            {
                end += 2;
                continue;
            }
            // "Biden Jr." and "Biden, Jr.".
            if end < n && SUFFIXES.contains(u.tokens[end].norm.as_str()) && u.is_capitalized(end) {
                end += 1;
                if end < n && u.tokens[end].norm == "." && adjacent(end - 1, end) && u.tokens.get(end + 1).is_some() {
                    end += 1;
                }
                continue;
            }
            // A connector, then another name word ("of China", "Strategic & International").
            // Not a person's name, then "of" and a body ("Alan Brinkley of Columbia
            // University": a person and where they work).
            // (A place is no body here: "Sheriff Joe Arpaio of Maricopa County" is one name.)
            let org = |k: usize| {
                let w = strip_possessive(&u.tokens[k].norm);
                ORG_WORDS.contains(w) && !PLACE_WORDS.contains(w)
            };
            let person_of_body = || {
                u.tokens[end].norm == "of"
                    && end - start >= 2
                    && !(start..end).any(org)
                    && (end + 1..n).take_while(|&k| is_name(k)).any(org)
            };
            // "House Ways and Means Committee": a body's name may join two parts with "and"
            // when the second ends in a body's word and the first neither does ("House and
            // Senate" are two) nor is a person's name ("Ann Lee and Senate Democrats").
            let and_body = || {
                let tail = (end + 1..n).take_while(|&k| is_name(k)).count();
                u.tokens[end].norm == "and"
                    && (1..=4).contains(&tail)
                    && org(end + tail)
                    && !org(end - 1)
                    // (After "the" the first part is no person: "the Social Security and
                    // Medicare Trust Fund".)
                    && (!looks_like_person(u, NameRun { start, end }) || start > 0 && u.tokens[start - 1].norm == "the")
            };
            // "National Committee to Preserve Social Security and Medicare": a body's name may
            // go on with its purpose, "to" and a capitalised verb, and that purpose with "and"
            // and one more name word, the last of the name.
            // (Not where something goes: "the Party to Beijing".)
            let to_purpose = || {
                u.tokens[end].norm == "to"
                    && org(end - 1)
                    && super::places::at(&[strip_possessive(&u.tokens[end + 1].norm)], 0).is_none()
            };
            // So may a body named by what it is of or for ("Office of Management and Budget",
            // "Committee on Ways and Means").
            let body_of =
                || (start + 1..end).any(|k| org(k - 1) && matches!(u.tokens[k].norm.as_str(), "of" | "on" | "for"));
            let and_purpose = || {
                (purpose || body_of())
                    && u.tokens[end].norm == "and"
                    && (end + 2 >= n || !is_name(end + 2) && u.tokens[end + 2].norm != "and")
            };
            if end + 1 < n && to_purpose() && is_name(end + 1) && !u.is_capitalized(end) {
                purpose = true;
                end += 2;
                continue;
            }
            // "National Association for the Advancement of …", "Center for the Study of …",
            // "Office of the Historian": a body's name goes on with "for the" or "of the" and a
            // name word.
            // So does a title with "of the" and a body's name ("Speaker of the House John
            // Boehner": the mention reads the title off it, `mentions::name_mention`).
            let title_of_body = || {
                end == start + 1
                    && lex.is(&u.tokens[start].norm, WordClass::Title)
                    && u.tokens[end].norm == "of"
                    && org(end + 2)
            };
            if end + 2 < n
                && matches!(u.tokens[end].norm.as_str(), "for" | "of")
                && u.tokens[end + 1].norm == "the"
                && !u.is_capitalized(end)
                && !u.is_capitalized(end + 1)
                && (org(end - 1) || title_of_body())
                && is_name(end + 2)
                && super::places::at(&[strip_possessive(&u.tokens[end + 2].norm)], 0).is_none()
            {
                end += 3;
                continue;
            }
            if end + 1 < n
                && (CONNECTORS.contains(u.tokens[end].norm.as_str())
                    || u.tokens[end].norm == "&"
                    || and_body()
                    || and_purpose())
                && !u.is_capitalized(end)
                && is_name(end + 1)
                && !ends_with_possessive(u, end - 1)
                && !person_of_body()
            {
                end += 2;
                continue;
            }
            break;
        }
        // A trailing initial's full stop belongs to the name ("John A." at the end is rare;
        // the run simply ends at the initial).
        // "Washington-based Center for …": where a body is based is no part of its name, nor is
        // the office a person is about to take ("Secretary of State-designate Mike Pompeo").
        let mut start = if end > start + 1
            && ["-based", "-designate", "-elect"].iter().any(|x| u.tokens[start].norm.ends_with(x))
        {
            start + 1
        } else {
            start
        };
        // "Republican Pat Toomey": the party a person belongs to is no part of the person's name
        // (it is of "Republican National Committee", whose words make it a body).
        if end > start + 1
            && AFFILIATIONS.contains(u.tokens[start].norm.as_str())
            && is_name(start + 1)
            && !CONNECTORS.contains(u.tokens[start + 1].norm.as_str())
            && !(start + 1..end).any(|k| ORG_WORDS.contains(strip_possessive(&u.tokens[k].norm)))
        {
            start += 1;
        }
        out.push(NameRun { start, end });
        i = end;
    }
    out
}

/// Words of [`ORG_WORDS`] that make a name a place ("Maricopa County", "Main Street").
const PLACE_WORDS: WordList =
    WordList::new("city|county|province|district|region|street|square|road|avenue|states|kingdom|republic|nations");

/// True when token `i` ends in a possessive "'s" or "’s" (or a bare "s’").
pub fn ends_with_possessive(u: &Unit, i: usize) -> bool {
    let w = u.tok(i);
    w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s’") || w.ends_with("s'")
}

/// The token range of a run without leading titles and their full stops ("Chief
/// Superintendent Harriet Doyle" → "Harriet Doyle"); the run itself when it is all titles.
pub fn without_titles(u: &Unit, r: NameRun) -> NameRun {
    let lex = lexicon::get();
    let mut s = r.start;
    while s + 1 < r.end {
        let norm = u.tokens[s].norm.as_str();
        if norm == "." || (lex.is(norm, WordClass::Title) && !is_acronym(u.tok(s))) {
            s += 1;
        } else {
            break;
        }
    }
    NameRun { start: s, end: r.end }
}

/// `s` without a trailing "'s", "’s" or "’".
pub fn strip_possessive(s: &str) -> &str {
    s.strip_suffix("'s").or_else(|| s.strip_suffix("’s")).or_else(|| s.strip_suffix('’')).unwrap_or(s)
}

/// The name as a label: the run's text without a trailing possessive.
pub fn label(u: &Unit, r: NameRun) -> String {
    shown_without_possessive(u.slice(r.start, r.end)).to_string()
}

/// A word or text without a trailing possessive, the plural's bare apostrophe included
/// ("Reince Priebus'" → "Reince Priebus"): for names shown and for the words an article's
/// actors are matched by. Name runs are read with [`strip_possessive`], which keeps that
/// apostrophe, so that a run ends at "ABC News'" before the name it owns.
pub fn shown_without_possessive(s: &str) -> &str {
    let s = strip_possessive(s);
    if s.ends_with("s'") { &s[..s.len() - 1] } else { s }
}

/// Words for the party or political camp a person belongs to, written before the name
/// ("Democrat Ann Holm").
pub const AFFILIATIONS: WordList = WordList::new(
    "republican|republicans|democrat|democrats|democratic|conservative|liberal|labour|socialist|communist|\
     libertarian|independent|tory|progressive",
);

/// Words that make a capitalised run an organisation, a place or an event rather than a person.
pub const ORG_WORDS: WordList = WordList::new(
    "party|parties|department|ministry|committee|council|board|institute|centre|center|school|university|\
     college|agency|service|police|government|organization|organisation|alliance|front|union|association|\
     league|group|campaign|foundation|bank|fund|court|house|office|congress|senate|parliament|assembly|\
     army|forces|republic|kingdom|states|nations|street|square|road|avenue|airport|hospital|infirmary|\
     city|county|province|district|region|press|news|times|post|herald|review|gazette|voice|dispatch|\
     window|affairs|health|central|international|national|regional|world|journal|network|company|\
     corporation|inc|corp|ltd|co|institution|commission|administration|bureau|authority|tribune|magazine|\
     radio|television|tv|channel|poll|report|church|movement|coalition|federation|society|club|team|\
     project|center|caucus|federal|state|white|pentagon|capitol|islands|mountains|valley|amendment|\
     treaty|accord|agreement|war|olympics|summit|weekly|daily|standard|magazine|tower|towers|building|\
     plaza|hotel|palace|stadium|arena|museum|library|memorial|bridge|conference|convention|forum",
);

/// True when the run looks like a person's name: two to four capitalised words none of which
/// is an organisation word, or a title followed by a name.
pub fn looks_like_person(u: &Unit, r: NameRun) -> bool {
    let inner = without_titles(u, r);
    let words: Vec<&str> = (inner.start..inner.end)
        .map(|i| u.tokens[i].norm.as_str())
        .filter(|w| *w != "." && !CONNECTORS.contains(w))
        .collect();
    if words.iter().any(|w| ORG_WORDS.contains(strip_possessive(w)))
        || (inner.start..inner.end).any(|k| is_acronym(u.tok(k)))
    {
        return false;
    }
    let titled = inner.start > r.start;
    // "North Korea", "New York": a place's name is no person's.
    if !titled && super::places::at(&words, 0).is_some_and(|(n, _)| n == words.len()) {
        return false;
    }
    (2..=4).contains(&words.len()) || (titled && !words.is_empty())
}

/// True when token `i` of `u` is a word of a proper name (as the reading tagged it).
pub fn is_name_word(u: &Unit, i: usize) -> bool {
    u.tags.get(i).is_some_and(|t| *t == super::tag::Tag::Proper)
}

/// True for titles and honorifics that may stand before a name ("mr", "senator").
pub fn is_title(norm: &str) -> bool {
    lexicon::get().is(norm, WordClass::Title)
}

/// Pronouns that can stand for a speaker.
pub const PRONOUNS: WordList = WordList::new("he|she|they|it|we|i|you|his|her|its|their");

#[cfg(test)]
mod tests {
    use super::*;

    /// The runs inside, at and across a point, by binary search, are those a walk finds.
    #[test]
    fn runs_are_found_by_search() {
        let runs = [NameRun { start: 1, end: 3 }, NameRun { start: 4, end: 5 }, NameRun { start: 7, end: 11 }];
        for k in 0..13 {
            let at = runs.iter().copied().find(|r| r.start <= k && k < r.end);
            assert_eq!(run_at(&runs, k), at, "at {k}");
            let across = runs.iter().copied().find(|r| r.start < k && r.end > k);
            assert_eq!(run_across(&runs, k), across, "across {k}");
            for e in k..13 {
                let inside: Vec<NameRun> = runs.iter().copied().filter(|r| k <= r.start && r.end <= e).collect();
                assert_eq!(runs_within(&runs, k, e), inside.as_slice(), "within {k}..{e}");
            }
        }
    }
}
