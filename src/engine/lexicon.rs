//! The word lists of `src/engine/lexicon/`, parsed once and shared: reporting verbs with their
//! stance, hedges, boosters, loaded terms, VADER valences, frame cues, source roles and actor
//! labels, plus a phrase matcher over normalised tokens.
//!
//! The files are compiled in with `include_str!`; a malformed line is skipped rather than
//! failing (the lexicon tests check that none is).

use super::inflect;
use crate::engine::text::Token;
use crate::util::fasthash::{HashMap as FastMap, HashSet as FastSet};
use std::sync::OnceLock;

/// What a reporting verb tells the reader about the reported content.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stance {
    /// Only reports that something was said ("said", "told").
    Neutral,
    /// Presents the content as true or established ("noted", "pointed out").
    Endorsing,
    /// Presents the content as merely asserted ("claimed", "insisted").
    Distancing,
    /// Carries emotion or evaluation ("slammed", "touted", "admitted").
    Loaded,
}

impl Stance {
    /// The class name used in highlights and findings.
    pub fn name(self) -> &'static str {
        match self {
            Stance::Neutral => "neutral",
            Stance::Endorsing => "endorsing",
            Stance::Distancing => "distancing",
            Stance::Loaded => "loaded",
        }
    }

    fn parse(s: &str) -> Option<Stance> {
        Some(match s {
            "neutral" => Stance::Neutral,
            "endorsing" => Stance::Endorsing,
            "distancing" => Stance::Distancing,
            "loaded" => Stance::Loaded,
            _ => return None,
        })
    }
}

/// Which form of a verb a word is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// "say"
    Base,
    /// "says"
    Third,
    /// "said" (simple past)
    Past,
    /// "said" (past participle)
    Participle,
    /// "saying"
    Gerund,
}

/// One form of a reporting verb.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VerbForm {
    /// The base form ("point out").
    pub lemma: &'static str,
    /// The verb's stance.
    pub stance: Stance,
    /// Which form this is; a past that equals the participle is recorded as `Past`.
    pub form: Form,
}

/// The sub-class of a hedge or booster (the note column of the list).
pub type Note = &'static str;

/// Longest-match lookup of word sequences (normal forms) with a value each.
///
/// Set up without an allocation per entry: the lists are read on the first analysis, which in
/// a browser runs before the code is optimised, so the phrases are slices of the lists
/// themselves and the entries that share a first word are chained in one vector.
#[derive(Clone, Debug)]
pub struct PhraseMap<V> {
    /// First word → its first entry in `entries`.
    heads: FastMap<&'static str, u32>,
    /// Every entry, in insertion order.
    entries: Vec<Entry<V>>,
    /// The most words an entry has.
    most: usize,
}

#[derive(Clone, Debug)]
struct Entry<V> {
    /// The words after the first, separated by one space ("" for one word).
    rest: &'static str,
    /// How many words `rest` has.
    len: u8,
    value: V,
    /// The next entry with the same first word (`u32::MAX` at the end).
    next: u32,
}

const END: u32 = u32::MAX;

impl<V> Default for PhraseMap<V> {
    fn default() -> PhraseMap<V> {
        PhraseMap { heads: FastMap::default(), entries: Vec::new(), most: 0 }
    }
}

impl<V> PhraseMap<V> {
    /// A map with room for `n` entries.
    fn with_capacity(n: usize) -> PhraseMap<V> {
        let mut heads = FastMap::default();
        heads.reserve(n);
        PhraseMap { heads, entries: Vec::with_capacity(n), most: 0 }
    }

    /// Adds an entry given as space-separated lower-case words (a repeated entry keeps its
    /// first value).
    pub fn insert(&mut self, phrase: &'static str, value: V) {
        let mut phrase = phrase.trim_ascii();
        // The lists separate words by one space; anything else is tidied once (and kept).
        // (Checked byte by byte: this runs for every entry when the lists are set up.)
        let bytes = phrase.as_bytes();
        let tidy = bytes.iter().all(|&b| b == b' ' || !b.is_ascii_whitespace())
            && !bytes.windows(2).any(|w| w == b"  ")
            && (phrase.is_ascii() || !phrase.chars().any(|c| c.is_whitespace() && c != ' '));
        if !tidy {
            phrase = Box::leak(phrase.split_whitespace().collect::<Vec<_>>().join(" ").into_boxed_str());
        }
        let (first, rest) = phrase.split_once(' ').unwrap_or((phrase, ""));
        if first.is_empty() || self.entries.len() >= END as usize {
            return;
        }
        let words = if rest.is_empty() { 0 } else { rest.bytes().filter(|&b| b == b' ').count() + 1 };
        let len = u8::try_from(words).unwrap_or(u8::MAX);
        let index = self.entries.len() as u32;
        match self.heads.get(first) {
            None => {
                self.heads.insert(first, index);
            }
            Some(&head) => {
                let mut at = head as usize;
                loop {
                    let e = &self.entries[at];
                    if e.rest == rest {
                        return;
                    }
                    if e.next == END {
                        break;
                    }
                    at = e.next as usize;
                }
                self.entries[at].next = index;
            }
        }
        self.entries.push(Entry { rest, len, value, next: END });
        self.most = self.most.max(usize::from(len) + 1);
    }

    /// The longest entry that starts at word `i` of `words`: its length in words and value.
    pub fn longest<S: AsRef<str>>(&self, words: &[S], i: usize) -> Option<(usize, &V)> {
        let mut at = *self.heads.get(words.get(i)?.as_ref())?;
        let mut best: Option<&Entry<V>> = None;
        while let Some(e) = self.entries.get(at as usize) {
            let n = usize::from(e.len);
            if best.is_none_or(|b| b.len < e.len)
                && i + n < words.len()
                && (n == 0 || e.rest.split(' ').zip(&words[i + 1..]).all(|(w, x)| w == x.as_ref()))
            {
                best = Some(e);
            }
            at = e.next;
        }
        best.map(|e| (usize::from(e.len) + 1, &e.value))
    }

    /// The entry that ends right before word `end` and starts first at or after word `from`,
    /// among those `keep` accepts: its start and value. Only the last words before `end`, as
    /// many as the longest entry has, are tried, however far back `from` lies.
    pub fn ending_at<S: AsRef<str>>(
        &self,
        words: &[S],
        from: usize,
        end: usize,
        mut keep: impl FnMut(&V) -> bool,
    ) -> Option<(usize, &V)> {
        let words = words.get(..end)?;
        (from.max(end.saturating_sub(self.most))..end).find_map(|s| match self.longest(words, s) {
            Some((n, v)) if s + n == end && keep(v) => Some((s, v)),
            _ => None,
        })
    }

    /// The most words an entry has.
    pub fn most_words(&self) -> usize {
        self.most
    }

    /// True when some entry starts with `word`.
    pub fn starts(&self, word: &str) -> bool {
        self.heads.contains_key(word)
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

/// All word lists, parsed.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Reporting verbs: every form (possibly several words) → its verb.
    pub verbs: PhraseMap<VerbForm>,
    /// Hedges → sub-class (epistemic, evidential, approximator, shield).
    pub hedges: PhraseMap<Note>,
    /// Boosters → sub-class (certainty, intensifier, universal, evidential).
    pub boosters: PhraseMap<Note>,
    /// Our loaded terms → polarity (-3 to +3).
    pub loaded: PhraseMap<i8>,
    /// VADER words → mean valence (-4 to +4).
    pub vader: FastMap<&'static str, f32>,
    /// Frame cue word forms (see [`cue_forms`]) → frame index into [`FRAMES`], or
    /// [`NOT_A_CUE`] for a phrase in which a cue word has another sense ("spring fair").
    pub frames: PhraseMap<usize>,
    /// Source roles: words and phrases → class (official, non-official, anonymous, person).
    pub roles: PhraseMap<Role>,
    /// Actor labels for groups → category ("crowd", "police", …).
    pub actors: PhraseMap<&'static str>,
    /// Words that describe an event rather than evaluate it, left out of VADER matching.
    pub descriptive: FastSet<&'static str>,
    /// Closed word classes (`wordclass.txt`): word → the classes it can belong to.
    pub classes: FastMap<&'static str, Classes>,
    /// Verb forms (`verbs.txt` and the one-word reporting verbs): word → base form and form;
    /// a word that is two forms ("said": past and participle) is recorded as the past.
    pub verb_forms: FastMap<&'static str, (&'static str, Form)>,
    /// Roles (`roles.txt`): words and phrases that say what a person or body is.
    pub role_words: PhraseMap<RoleWord>,
}

/// A set of closed word classes, one bit each (see [`WordClass`]).
pub type Classes = u32;

/// The closed word classes of `wordclass.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum WordClass {
    /// "the", "a", "some", "many"
    Det = 1,
    /// "his", "their"
    Poss = 1 << 1,
    /// "he", "they"
    PronSubj = 1 << 2,
    /// "him", "them", "himself"
    PronObj = 1 << 3,
    /// "someone", "nothing"
    PronOther = 1 << 4,
    /// "of", "in", "despite"
    Prep = 1 << 5,
    /// "to"
    To = 1 << 6,
    /// "and", "but"
    Coord = 1 << 7,
    /// "that", "because", "while"
    Sub = 1 << 8,
    /// "who", "which"
    Wh = 1 << 9,
    /// forms of "be"
    Be = 1 << 10,
    /// forms of "have"
    Have = 1 << 11,
    /// forms of "do"
    Do = 1 << 12,
    /// "will", "could"
    Modal = 1 << 13,
    /// "not", "never"
    Neg = 1 << 14,
    /// adverbs not formed with -ly
    Adv = 1 << 15,
    /// number words
    Num = 1 << 16,
    /// "first", "last"
    Ordinal = 1 << 17,
    /// month names and their abbreviations
    Month = 1 << 18,
    /// day names and their abbreviations
    Day = 1 << 19,
    /// titles and honorifics before a name
    Title = 1 << 20,
}

impl WordClass {
    fn parse(s: &str) -> Option<WordClass> {
        Some(match s {
            "det" => WordClass::Det,
            "poss" => WordClass::Poss,
            "pron-subj" => WordClass::PronSubj,
            "pron-obj" => WordClass::PronObj,
            "pron-other" => WordClass::PronOther,
            "prep" => WordClass::Prep,
            "to" => WordClass::To,
            "coord" => WordClass::Coord,
            "sub" => WordClass::Sub,
            "wh" => WordClass::Wh,
            "be" => WordClass::Be,
            "have" => WordClass::Have,
            "do" => WordClass::Do,
            "modal" => WordClass::Modal,
            "neg" => WordClass::Neg,
            "adv" => WordClass::Adv,
            "num" => WordClass::Num,
            "ordinal" => WordClass::Ordinal,
            "month" => WordClass::Month,
            "day" => WordClass::Day,
            "title" => WordClass::Title,
            _ => return None,
        })
    }
}

impl Lexicon {
    /// True when `word` can belong to `class`.
    pub fn is(&self, word: &str, class: WordClass) -> bool {
        self.classes.get(word).is_some_and(|c| c & class as u32 != 0)
    }

    /// The classes `word` can belong to (0 for none).
    pub fn classes_of(&self, word: &str) -> Classes {
        self.classes.get(word).copied().unwrap_or(0)
    }
}

/// What a role word says about a source (`roles.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RoleWord {
    /// Official, non-official, borrowed (from the body it is tied to) or anonymous.
    pub class: RoleClass,
    /// A person, a group of people, or a body.
    pub kind: RoleKind,
}

/// The source class a role word gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoleClass {
    /// Holds a public office or speaks for a public body.
    Official,
    /// Speaks for themselves or a private body.
    NonOfficial,
    /// Takes the class of the body it is tied to ("a spokesman for …").
    Borrowed,
    /// Marks a source as unnamed.
    Anonymous,
}

/// What kind of actor a role word names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoleKind {
    /// One person ("senator").
    Person,
    /// People named by what they do ("officials", "protesters").
    People,
    /// An organisation or institution ("ministry", "company").
    Body,
    /// A marker with no kind of its own (the anonymous list).
    Marker,
}

/// What a role word says about a source.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Speaks for a government, a state body, a ruling party, the police or the military.
    Official,
    /// Speaks for themselves or for a non-state group (researcher, activist, witness).
    NonOfficial,
    /// Marks the source as unnamed ("sources", "familiar with", "asked not to be named").
    Anonymous,
    /// Marks an opposition role, which is never official ("opposition").
    Opposition,
}

/// The 15 frame dimensions of the Policy Frames Codebook: id and readable name.
pub const FRAMES: [(&str, &str); 15] = [
    ("economic", "Economic"),
    ("capacity", "Capacity and resources"),
    ("morality", "Morality"),
    ("fairness", "Fairness and equality"),
    ("legality", "Legality, constitutionality and jurisprudence"),
    ("policy", "Policy prescription and evaluation"),
    ("crime", "Crime and punishment"),
    ("security", "Security and defense"),
    ("health", "Health and safety"),
    ("quality-of-life", "Quality of life"),
    ("cultural-identity", "Cultural identity"),
    ("public-opinion", "Public opinion"),
    ("political", "Political"),
    ("external", "External regulation and reputation"),
    ("other", "Other"),
];

/// The value of a phrase of the frame list that is not a cue although it contains one
/// ("spring fair", "birthday party"): matched like a cue, so that it takes its words, and then
/// dropped.
pub const NOT_A_CUE: usize = usize::MAX;

// The lists without their comment lines, and VADER as sorted words sharing prefixes and a line
// of valences (see `build.rs`).
const REPORTING_VERBS: &str = include_str!(concat!(env!("OUT_DIR"), "/reporting_verbs.txt"));
const HEDGES: &str = include_str!(concat!(env!("OUT_DIR"), "/hedges.txt"));
const BOOSTERS: &str = include_str!(concat!(env!("OUT_DIR"), "/boosters.txt"));
const LOADED: &str = include_str!(concat!(env!("OUT_DIR"), "/loaded.txt"));
const VADER: &str = include_str!(concat!(env!("OUT_DIR"), "/vader.txt"));
const FRAME_CUES: &str = include_str!(concat!(env!("OUT_DIR"), "/frames.txt"));
const SOURCES: &str = include_str!(concat!(env!("OUT_DIR"), "/sources.txt"));
const ACTORS: &str = include_str!(concat!(env!("OUT_DIR"), "/actors.txt"));
const DESCRIPTIVE: &str = include_str!(concat!(env!("OUT_DIR"), "/descriptive.txt"));
const WORD_CLASSES: &str = include_str!(concat!(env!("OUT_DIR"), "/wordclass.txt"));
const VERBS: &str = include_str!(concat!(env!("OUT_DIR"), "/verbs.txt"));
const ROLES: &str = include_str!(concat!(env!("OUT_DIR"), "/roles.txt"));

/// Lines of a list file without comments and blank lines.
fn entries(file: &'static str) -> impl Iterator<Item = &'static str> {
    file.split('\n').map(str::trim_ascii).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The lexicon, parsed on first use.
pub fn get() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(parse)
}

/// The Snowball stems of the words of a phrase, space-separated.
pub fn stem_phrase(phrase: &str) -> String {
    phrase.split_whitespace().map(crate::engine::words::stem).collect::<Vec<_>>().join(" ")
}

/// The word forms a frame cue matches: the cue as listed, and its last word with the regular
/// inflections of English ("tax" → "taxes", "vote" → "voted", "voting", "policy" →
/// "policies"), and the singular of a plural cue ("riots" → "riot"). Cues are matched by
/// these exact forms, not by stem: a stem is often shared by words of another meaning
/// ("executive" and "execution", "defends" and "defendant").
pub fn cue_forms(cue: &str) -> Vec<String> {
    let mut arena = String::new();
    let mut ranges = Vec::new();
    push_cue_forms(cue, &mut arena, &mut ranges);
    ranges.into_iter().map(|(s, e)| arena[s..e].to_string()).collect()
}

/// Writes the forms of [`cue_forms`] one after another into `arena`, and their byte ranges
/// into `out` (no allocation per form: the frame list has about a thousand cues).
fn push_cue_forms(cue: &str, arena: &mut String, out: &mut Vec<(usize, usize)>) {
    let (head, last) = cue.rsplit_once(' ').unwrap_or(("", cue));
    let mut form = |stem: &str, endings: &[&str]| {
        let start = arena.len();
        if !head.is_empty() {
            arena.push_str(head);
            arena.push(' ');
        }
        arena.push_str(stem);
        for e in endings {
            arena.push_str(e);
        }
        out.push((start, arena.len()));
    };
    for ending in ["", "s", "es", "ed", "ing"] {
        form(last, &[ending]);
    }
    // A plural cue matches its singular too ("riots" → "riot", "marches" → "march").
    if let Some(b) = last.strip_suffix('s')
        && !b.ends_with(['s', 'u', 'i'])
    {
        form(b, &[]);
        if let Some(b) = b.strip_suffix("ie") {
            form(b, &["y"]);
        } else if let Some(b) = b.strip_suffix('e')
            && b.ends_with(['s', 'x', 'z', 'h'])
        {
            form(b, &[]);
        }
    }
    if let Some(b) = last.strip_suffix('e') {
        form(last, &["d"]);
        form(b, &["ing"]);
    }
    if let Some(b) = last.strip_suffix('y')
        && !b.ends_with(['a', 'e', 'o', 'u'])
    {
        form(b, &["ies"]);
        form(b, &["ied"]);
    }
    // A short verb that ends consonant-vowel-consonant doubles its last letter ("ban" → "banned").
    let mut cs = last.chars().rev();
    if let (Some(c), Some(b), Some(a)) = (cs.next(), cs.next(), cs.next())
        && !"aeiou".contains(a)
        && "aeiou".contains(b)
        && !"aeiouwxy".contains(c)
    {
        let mut buf = [0u8; 4];
        let c: &str = c.encode_utf8(&mut buf);
        form(last, &[c, "ed"]);
        form(last, &[c, "ing"]);
    }
}

/// The values of a `word, word, …` list.
fn items(list: &'static str) -> impl Iterator<Item = &'static str> {
    list.split(',').map(str::trim_ascii).filter(|w| !w.is_empty())
}

/// The five forms of a reporting verb as read from the list: made by the regular rule (byte
/// ranges into the string they were written to) or listed.
enum VerbForms {
    Made([(usize, usize); 5]),
    Listed([&'static str; 5]),
}

fn parse() -> Lexicon {
    let mut lex = Lexicon {
        verbs: PhraseMap::with_capacity(2048),
        hedges: PhraseMap::with_capacity(512),
        boosters: PhraseMap::with_capacity(512),
        loaded: PhraseMap::with_capacity(2048),
        frames: PhraseMap::with_capacity(8192),
        ..Lexicon::default()
    };
    // Reporting verbs: `class:base` for a regular verb (its forms are made here, into one
    // string kept for the life of the program), `class:base,third,past,participle,gerund`
    // otherwise.
    let kinds = [Form::Base, Form::Third, Form::Past, Form::Participle, Form::Gerund];
    let mut made = String::new();
    let mut verbs: Vec<(&'static str, Stance, VerbForms)> = Vec::new();
    for line in entries(REPORTING_VERBS) {
        let Some((class, forms)) = line.split_once(':') else { continue };
        let Some(stance) = Stance::parse(class.trim_ascii()) else { continue };
        let listed: Vec<&'static str> = forms.split(',').map(str::trim).collect();
        match listed[..] {
            [base] => {
                let Some(regular) = inflect::regular_forms(base) else { continue };
                let ranges = regular.map(|f| {
                    let start = made.len();
                    made.push_str(&f);
                    (start, made.len())
                });
                verbs.push((base, stance, VerbForms::Made(ranges)));
            }
            [a, b, c, d, e] => verbs.push((a, stance, VerbForms::Listed([a, b, c, d, e]))),
            _ => continue,
        }
    }
    let made: &'static str = Box::leak(made.into_boxed_str());
    for (lemma, stance, forms) in verbs {
        let forms = match forms {
            VerbForms::Listed(listed) => listed,
            VerbForms::Made(ranges) => ranges.map(|(s, e)| &made[s..e]),
        };
        for (f, form) in forms.into_iter().zip(kinds) {
            lex.verbs.insert(f, VerbForm { lemma, stance, form });
            if !f.contains(' ') {
                lex.verb_forms.entry(f).or_insert((lemma, form));
            }
        }
    }
    // Hedges, boosters and loaded terms: `value:term,term,…` (see build.rs).
    for (file, map) in [(HEDGES, &mut lex.hedges), (BOOSTERS, &mut lex.boosters)] {
        for line in entries(file) {
            let (note, terms) = line.split_once(':').unwrap_or(("", line));
            for term in items(terms) {
                map.insert(term, note.trim_ascii());
            }
        }
    }
    for line in entries(LOADED) {
        let Some((pol, terms)) = line.split_once(':') else { continue };
        if let Ok(p) = pol.trim_ascii().parse::<i8>()
            && p != 0
        {
            for term in items(terms) {
                lex.loaded.insert(term, p);
            }
        }
    }
    let (words, valences) = vader_words();
    lex.vader.reserve(valences.len());
    lex.vader.extend(words.zip(valences.bytes().map(valence)));
    // Every form of every cue is written into one string, kept for the life of the program
    // (the lexicon is built once and never dropped), so that the phrase map can slice it.
    let mut arena = String::with_capacity(FRAME_CUES.len() * 8);
    let mut forms: Vec<(usize, usize, usize)> = Vec::with_capacity(10_000);
    let mut ranges = Vec::new();
    for line in entries(FRAME_CUES) {
        let Some((id, cues)) = line.split_once(':') else { continue };
        let id = id.trim_ascii();
        let Some(k) = FRAMES.iter().position(|f| f.0 == id).or((id == "none").then_some(NOT_A_CUE)) else {
            continue;
        };
        for cue in items(cues) {
            ranges.clear();
            push_cue_forms(cue, &mut arena, &mut ranges);
            forms.extend(ranges.iter().map(|&(s, e)| (s, e, k)));
        }
    }
    let arena: &'static str = Box::leak(arena.into_boxed_str());
    for (s, e, k) in forms {
        lex.frames.insert(&arena[s..e], k);
    }
    for line in entries(SOURCES) {
        let Some((class, words)) = line.split_once(':') else { continue };
        let role = match class.trim_ascii() {
            "official" => Role::Official,
            "non-official" => Role::NonOfficial,
            "anonymous" => Role::Anonymous,
            "opposition" => Role::Opposition,
            _ => continue,
        };
        for w in items(words) {
            lex.roles.insert(w, role);
        }
    }
    for line in entries(ACTORS) {
        let Some((cat, words)) = line.split_once(':') else { continue };
        for w in items(words) {
            lex.actors.insert(w, cat.trim_ascii());
        }
    }
    for line in entries(DESCRIPTIVE) {
        lex.descriptive.extend(items(line));
    }
    for line in entries(WORD_CLASSES) {
        let Some((class, words)) = line.split_once(':') else { continue };
        let Some(class) = WordClass::parse(class.trim_ascii()) else { continue };
        for w in items(words) {
            *lex.classes.entry(w).or_default() |= class as u32;
        }
    }
    // Common verbs: `base` (regular forms, made here) or all five forms.
    let mut made = String::new();
    let mut regular: Vec<(&'static str, [(usize, usize); 5])> = Vec::new();
    for line in entries(VERBS) {
        let listed: Vec<&'static str> = line.split(',').map(str::trim_ascii).collect();
        match listed[..] {
            [base] => {
                let Some(forms) = inflect::regular_forms(base) else { continue };
                regular.push((
                    base,
                    forms.map(|f| {
                        let start = made.len();
                        made.push_str(&f);
                        (start, made.len())
                    }),
                ));
            }
            [a, b, c, d, e] => add_verb_forms(&mut lex.verb_forms, a, [a, b, c, d, e]),
            _ => continue,
        }
    }
    let made: &'static str = Box::leak(made.into_boxed_str());
    for (base, ranges) in regular {
        add_verb_forms(&mut lex.verb_forms, base, ranges.map(|(s, e)| &made[s..e]));
    }
    for line in entries(ROLES) {
        let Some((head, words)) = line.split_once(':') else { continue };
        let (class, kind) = head.trim_ascii().split_once(' ').unwrap_or((head, ""));
        let class = match class {
            "official" => RoleClass::Official,
            "non-official" => RoleClass::NonOfficial,
            "borrowed" => RoleClass::Borrowed,
            "anonymous" => RoleClass::Anonymous,
            _ => continue,
        };
        let kind = match kind.trim_ascii() {
            "person" => RoleKind::Person,
            "people" => RoleKind::People,
            "body" => RoleKind::Body,
            _ => RoleKind::Marker,
        };
        for w in items(words) {
            lex.role_words.insert(w, RoleWord { class, kind });
        }
    }
    lex
}

/// Records the five forms of a verb (a form already recorded keeps its first reading; a past
/// that is also the participle stays the past).
fn add_verb_forms(map: &mut FastMap<&'static str, (&'static str, Form)>, base: &'static str, forms: [&'static str; 5]) {
    let kinds = [Form::Base, Form::Third, Form::Past, Form::Participle, Form::Gerund];
    for (f, k) in forms.into_iter().zip(kinds) {
        map.entry(f).or_insert((base, k));
    }
}

/// The character of the compiled VADER list that stands for a valence of 0 (see `build.rs`,
/// which writes the list with the same constant; the lexicon's tests read every valence back).
const VALENCE_ZERO: u8 = b'I';

/// The VADER words as compiled in (`build.rs`): each word is the number of leading bytes it
/// shares with the word before (one digit) and the rest of it; a second line gives one
/// valence character per word. Returns the words, written out into one string kept for the
/// life of the program (no allocation per word), and the valence characters.
fn vader_words() -> (impl Iterator<Item = &'static str>, &'static str) {
    let (coded, valences) = VADER.split_once('\n').unwrap_or((VADER, ""));
    let mut arena: Vec<u8> = Vec::with_capacity(coded.len() * 2);
    let mut bounds: Vec<(usize, usize)> = Vec::with_capacity(valences.len());
    let shared = coded.bytes().filter(u8::is_ascii_digit).map(|d| usize::from(d - b'0'));
    // The text before the first digit is empty.
    for (shared, rest) in shared.zip(coded.split(|c: char| c.is_ascii_digit()).skip(1)) {
        let (prev_start, prev_end) = bounds.last().copied().unwrap_or_default();
        let start = arena.len();
        arena.extend_from_within(prev_start..(prev_start + shared).min(prev_end));
        arena.extend_from_slice(rest.as_bytes());
        bounds.push((start, arena.len()));
    }
    let arena: &'static str = Box::leak(String::from_utf8(arena).unwrap_or_default().into_boxed_str());
    let words = bounds.into_iter().map(move |(s, e)| arena.get(s..e).unwrap_or_default());
    (words, valences.trim_ascii_end())
}

/// The valence a compiled VADER valence character stands for (as the source writes it: tenths).
fn valence(c: u8) -> f32 {
    let t = i16::from(c) - i16::from(VALENCE_ZERO);
    let v = f32::from(t.unsigned_abs()) / 10.0;
    if t < 0 { -v } else { v }
}

/// The normal forms of tokens, as a slice the phrase maps can match against.
pub fn norms(tokens: &[Token]) -> Vec<&str> {
    tokens.iter().map(|t| t.norm.as_str()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A valence as the source list writes it, with at most one decimal ("-2.5", "3", "0.9").
    fn tenths(s: &str) -> Option<f32> {
        let (neg, digits) = match s.strip_prefix('-') {
            Some(d) => (true, d),
            None => (false, s),
        };
        let (int, frac) = digits.split_once('.').unwrap_or((digits, "0"));
        if int.is_empty() || int.len() > 2 || frac.len() != 1 {
            return None;
        }
        let int: u8 = int.parse().ok()?;
        let frac: u8 = frac.parse().ok()?;
        let v = f32::from(int * 10 + frac) / 10.0;
        Some(if neg { -v } else { v })
    }

    /// A phrase that ends at a word is found from the words just before it, as a walk from
    /// the far start finds it.
    #[test]
    fn phrases_ending_at_a_word_are_found_nearby() {
        let roles = &get().role_words;
        let text = "the former deputy secretary of state and the chief of staff to the prime minister said";
        let words: Vec<&str> = text.split(' ').collect();
        for end in 0..=words.len() {
            for from in 0..=end {
                let walk = (from..end).find_map(|s| match roles.longest(&words[..end], s) {
                    Some((n, v)) if s + n == end => Some((s, v)),
                    _ => None,
                });
                assert_eq!(roles.ending_at(&words, from, end, |_| true), walk, "{from}..{end}");
            }
        }
        assert!(roles.most_words() >= 3);
    }

    #[test]
    fn lists_parse_without_losses() {
        let lex = get();
        // Every non-comment line of each list yields an entry.
        let verb_lines = entries(REPORTING_VERBS).count();
        assert!(verb_lines >= 150, "at least 150 reporting verbs, found {verb_lines}");
        assert!(lex.verbs.len() >= verb_lines * 4);
        assert!(lex.hedges.len() >= 200 && lex.boosters.len() >= 150);
        assert!(lex.loaded.len() >= 900);
        assert!(lex.vader.len() > 5000);
        assert_eq!(lex.vader.get("good").copied(), Some(1.9));
        assert!(!lex.roles.is_empty() && !lex.actors.is_empty());
        for line in entries(FRAME_CUES) {
            let id = line.split(':').next().unwrap_or("").trim();
            assert!(id == "none" || FRAMES.iter().any(|f| f.0 == id), "unknown frame {id}");
        }
    }

    /// The lists as compiled in (see `build.rs`) hold every entry line of the source files,
    /// and every VADER word with its valence.
    #[test]
    fn compiled_lists_keep_every_entry() {
        let source = |name: &str| {
            let path = format!("{}/src/engine/lexicon/{name}", env!("CARGO_MANIFEST_DIR"));
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
        };
        let lines = |name: &str| -> Vec<String> {
            let file = source(name);
            let kept =
                file.lines().map(str::trim_end).filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
            kept.map(str::to_string).collect()
        };
        let verbatim = [
            ("frames.txt", FRAME_CUES),
            ("sources.txt", SOURCES),
            ("actors.txt", ACTORS),
            ("descriptive.txt", DESCRIPTIVE),
        ];
        for (name, text) in verbatim {
            assert_eq!(entries(text).collect::<Vec<_>>(), lines(name), "{name}");
        }
        // (VADER's second line is its valences, one character each, '#' among them.)
        let vader_words = VADER.lines().next().unwrap_or_default();
        for text in [REPORTING_VERBS, HEDGES, BOOSTERS, LOADED, vader_words, FRAME_CUES, SOURCES, ACTORS, DESCRIPTIVE] {
            assert!(!text.contains('#'), "a comment was compiled in");
        }
        let lex = get();
        // Every form of every reporting verb, with its verb and stance (a form spelled like an
        // earlier one, as a past like its participle, is recorded as the earlier one).
        let mut forms_seen = std::collections::HashSet::new();
        for line in lines("reporting_verbs.txt") {
            let (class, forms) = line.split_once(':').expect("class: forms");
            let forms: Vec<&str> = forms.split(',').map(str::trim).collect();
            let kinds = [Form::Base, Form::Third, Form::Past, Form::Participle, Form::Gerund];
            for (i, (f, kind)) in forms.iter().zip(kinds).enumerate() {
                forms_seen.insert(f.to_string());
                let kind = forms[..i].iter().position(|g| g == f).map_or(kind, |j| kinds[j]);
                let words: Vec<&str> = f.split(' ').collect();
                let (n, vf) = lex.verbs.longest(&words, 0).expect(f);
                assert_eq!(
                    (n, vf.lemma, vf.stance.name(), vf.form),
                    (words.len(), forms[0], class.trim(), kind),
                    "{line}"
                );
            }
        }
        assert_eq!(lex.verbs.len(), forms_seen.len(), "every form once");
        // Every hedge, booster and loaded term with the value of its first line.
        for (name, map) in [("hedges.txt", &lex.hedges), ("boosters.txt", &lex.boosters)] {
            let mut seen = std::collections::HashSet::new();
            for line in lines(name) {
                let (term, note) = line.split_once('\t').unwrap_or((&line, ""));
                if seen.insert(term.trim().to_string()) {
                    let words: Vec<&str> = term.split_whitespace().collect();
                    assert_eq!(map.longest(&words, 0), Some((words.len(), &note.trim())), "{name}: {line}");
                }
            }
            assert_eq!(map.len(), seen.len(), "{name}");
        }
        let mut seen = std::collections::HashSet::new();
        for line in lines("loaded.txt") {
            let (term, pol) = line.split_once('\t').expect("term<TAB>polarity");
            let Some(pol) = pol.trim().parse::<i8>().ok().filter(|&p| p != 0) else { continue };
            if seen.insert(term.trim().to_string()) {
                let words: Vec<&str> = term.split_whitespace().collect();
                assert_eq!(lex.loaded.longest(&words, 0), Some((words.len(), &pol)), "loaded.txt: {line}");
            }
        }
        assert_eq!(lex.loaded.len(), seen.len(), "loaded.txt");
        let file = source("vader.txt");
        let mut want = std::collections::HashMap::new();
        for line in file.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
            let (w, v) = line.split_once('\t').expect("word<TAB>valence");
            // A word listed twice keeps its last valence.
            want.insert(w.trim(), tenths(v.trim()).expect("a valence in tenths"));
        }
        for (w, v) in &want {
            assert_eq!(get().vader.get(w).copied(), Some(*v), "{w}");
        }
        let words = want.len();
        assert_eq!(get().vader.len(), words, "every VADER word once");
    }

    #[test]
    fn cue_forms_inflect_the_last_word() {
        assert_eq!(cue_forms("tax"), ["tax", "taxs", "taxes", "taxed", "taxing"]);
        assert!(cue_forms("vote").iter().any(|f| f == "voted") && cue_forms("vote").iter().any(|f| f == "voting"));
        assert!(cue_forms("policy").iter().any(|f| f == "policies"));
        assert!(cue_forms("riots").iter().any(|f| f == "riot"));
        assert!(cue_forms("marches").iter().any(|f| f == "march"));
        assert!(cue_forms("ban").iter().any(|f| f == "banned") && cue_forms("ban").iter().any(|f| f == "banning"));
        assert!(cue_forms("waiting list").iter().any(|f| f == "waiting lists"));
        assert!(cue_forms("ban").len() == 7 && cue_forms("view").len() == 5, "no doubling after a w");
    }

    #[test]
    fn valences_read_in_tenths() {
        assert_eq!(tenths("2.5"), Some(2.5));
        assert_eq!(tenths("-1.0"), Some(-1.0));
        assert_eq!(tenths("3"), Some(3.0));
        assert_eq!(tenths("-0.9"), Some(-0.9));
        // The compiled list's characters: VALENCE_ZERO plus the tenths.
        assert_eq!((valence(b'I' + 25), valence(b'I' - 9)), (2.5, -0.9));
        assert_eq!((valence(b'!'), valence(b'q')), (-4.0, 4.0));
        for bad in ["", "-", "2.", ".5", "2.55", "x.1", "123.0", "1.-2"] {
            assert_eq!(tenths(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn phrase_lists_keep_longest_first_and_first_value() {
        let mut map = PhraseMap::default();
        map.insert("at least", 1);
        map.insert("at", 2);
        map.insert("at the very least", 3);
        map.insert("at least", 4);
        assert_eq!(map.len(), 3);
        let words = ["at", "the", "very", "least"];
        assert_eq!(map.longest(&words, 0), Some((4, &3)));
        assert_eq!(map.longest(&["at", "least"], 0), Some((2, &1)));
        assert_eq!(map.longest(&["at", "once"], 0), Some((1, &2)));
    }

    #[test]
    fn phrases_match_longest_first() {
        let lex = get();
        let words = ["pointed", "out", "that"];
        let (n, v) = lex.verbs.longest(&words, 0).expect("phrasal verb");
        assert_eq!((n, v.lemma, v.stance), (2, "point out", Stance::Endorsing));
        let words = ["it", "is", "unclear", "whether"];
        assert_eq!(lex.hedges.longest(&words, 0).map(|x| x.0), Some(4));
    }
}
