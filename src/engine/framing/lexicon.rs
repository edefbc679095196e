//! The word lists of `src/engine/lexicon/`, parsed once and shared: reporting verbs with their
//! stance, hedges, boosters, loaded terms, VADER valences, frame cues, source roles and actor
//! labels, plus a phrase matcher over normalised tokens.
//!
//! The files are compiled in with `include_str!`; a malformed line is skipped rather than
//! failing (the lexicon tests check that none is).

use crate::engine::fasthash::HashMap as FastMap;
use crate::engine::text::Token;
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
    pub lemma: String,
    /// The verb's stance.
    pub stance: Stance,
    /// Which form this is; a past that equals the participle is recorded as `Past`.
    pub form: Form,
}

/// The sub-class of a hedge or booster (the note column of the list).
pub type Note = String;

/// Longest-match lookup of word sequences (normal forms) with a value each.
#[derive(Clone, Debug)]
pub struct PhraseMap<V> {
    /// First word → (the remaining words, value), longest entries first.
    by_first: FastMap<String, Vec<(Vec<String>, V)>>,
}

impl<V> Default for PhraseMap<V> {
    fn default() -> PhraseMap<V> {
        PhraseMap { by_first: FastMap::default() }
    }
}

impl<V> PhraseMap<V> {
    /// Adds an entry given as space-separated lower-case words (a repeated entry keeps its
    /// first value). Each list stays ordered longest first, equal lengths in insertion order.
    pub fn insert(&mut self, phrase: &str, value: V) {
        let mut words = phrase.split_whitespace();
        let Some(first) = words.next() else { return };
        let rest: Vec<String> = words.map(str::to_string).collect();
        let list = match self.by_first.get_mut(first) {
            Some(list) => list,
            None => self.by_first.entry(first.to_string()).or_default(),
        };
        if list.iter().any(|(r, _)| *r == rest) {
            return;
        }
        let at = list.iter().position(|(r, _)| r.len() < rest.len()).unwrap_or(list.len());
        list.insert(at, (rest, value));
    }

    /// The longest entry that starts at word `i` of `words`: its length in words and value.
    pub fn longest<S: AsRef<str>>(&self, words: &[S], i: usize) -> Option<(usize, &V)> {
        let list = self.by_first.get(words.get(i)?.as_ref())?;
        list.iter()
            .find(|(rest, _)| {
                rest.len() + i < words.len() && rest.iter().enumerate().all(|(k, w)| words[i + 1 + k].as_ref() == w)
            })
            .map(|(rest, v)| (rest.len() + 1, v))
    }

    /// True when some entry starts with `word`.
    pub fn starts(&self, word: &str) -> bool {
        self.by_first.contains_key(word)
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.by_first.values().map(Vec::len).sum()
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
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
    pub actors: PhraseMap<String>,
    /// Words that describe an event rather than evaluate it, left out of VADER matching.
    pub descriptive: std::collections::HashSet<String>,
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

const REPORTING_VERBS: &str = include_str!("../lexicon/reporting_verbs.txt");
const HEDGES: &str = include_str!("../lexicon/hedges.txt");
const BOOSTERS: &str = include_str!("../lexicon/boosters.txt");
const LOADED: &str = include_str!("../lexicon/loaded.txt");
const VADER: &str = include_str!("../lexicon/vader.txt");
const FRAME_CUES: &str = include_str!("../lexicon/frames.txt");
const SOURCES: &str = include_str!("../lexicon/sources.txt");
const ACTORS: &str = include_str!("../lexicon/actors.txt");
const DESCRIPTIVE: &str = include_str!("../lexicon/descriptive.txt");

/// Lines of a list file without comments and blank lines.
fn entries(file: &str) -> impl Iterator<Item = &str> {
    file.lines().map(str::trim_end).filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
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
/// "policies"), and the singular of a plural cue ("riots" → "riot"). Cues are matched by these exact forms, not by stem: a stem is often shared by
/// words of another meaning ("executive" and "execution", "defends" and "defendant").
pub fn cue_forms(cue: &str) -> Vec<String> {
    let (head, last) = cue.rsplit_once(' ').unwrap_or(("", cue));
    let mut lasts =
        vec![last.to_string(), format!("{last}s"), format!("{last}es"), format!("{last}ed"), format!("{last}ing")];
    // A plural cue matches its singular too ("riots" → "riot", "marches" → "march").
    if let Some(b) = last.strip_suffix('s')
        && !b.ends_with(['s', 'u', 'i'])
    {
        lasts.push(b.to_string());
        if let Some(b) = b.strip_suffix("ie") {
            lasts.push(format!("{b}y"));
        } else if let Some(b) = b.strip_suffix('e')
            && b.ends_with(['s', 'x', 'z', 'h'])
        {
            lasts.push(b.to_string());
        }
    }
    if let Some(b) = last.strip_suffix('e') {
        lasts.extend([format!("{last}d"), format!("{b}ing")]);
    }
    if let Some(b) = last.strip_suffix('y')
        && !b.ends_with(['a', 'e', 'o', 'u'])
    {
        lasts.extend([format!("{b}ies"), format!("{b}ied")]);
    }
    // A short verb that ends consonant-vowel-consonant doubles its last letter ("ban" → "banned").
    let cs: Vec<char> = last.chars().collect();
    if let [.., a, b, c] = cs[..]
        && !"aeiou".contains(a)
        && "aeiou".contains(b)
        && !"aeiouwxy".contains(c)
    {
        lasts.extend([format!("{last}{c}ed"), format!("{last}{c}ing")]);
    }
    lasts.into_iter().map(|l| if head.is_empty() { l } else { format!("{head} {l}") }).collect()
}

fn parse() -> Lexicon {
    let mut lex = Lexicon::default();
    for line in entries(REPORTING_VERBS) {
        let Some((class, forms)) = line.split_once(':') else { continue };
        let Some(stance) = Stance::parse(class.trim()) else { continue };
        let forms: Vec<&str> = forms.split(',').map(str::trim).collect();
        if forms.len() != 5 {
            continue;
        }
        let kinds = [Form::Base, Form::Third, Form::Past, Form::Participle, Form::Gerund];
        for (f, kind) in forms.iter().zip(kinds) {
            lex.verbs.insert(f, VerbForm { lemma: forms[0].to_string(), stance, form: kind });
        }
    }
    for (file, map) in [(HEDGES, &mut lex.hedges), (BOOSTERS, &mut lex.boosters)] {
        for line in entries(file) {
            let (term, note) = line.split_once('\t').unwrap_or((line, ""));
            map.insert(term.trim(), note.trim().to_string());
        }
    }
    for line in entries(LOADED) {
        let Some((term, pol)) = line.split_once('\t') else { continue };
        if let Ok(p) = pol.trim().parse::<i8>()
            && p != 0
        {
            lex.loaded.insert(term.trim(), p);
        }
    }
    for line in entries(VADER) {
        let Some((w, v)) = line.split_once('\t') else { continue };
        if let Some(v) = tenths(v.trim()) {
            lex.vader.insert(w.trim(), v);
        }
    }
    for line in entries(FRAME_CUES) {
        let Some((id, cues)) = line.split_once(':') else { continue };
        let id = id.trim();
        let Some(k) = FRAMES.iter().position(|f| f.0 == id).or((id == "none").then_some(NOT_A_CUE)) else {
            continue;
        };
        for cue in cues.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            for form in cue_forms(cue) {
                lex.frames.insert(&form, k);
            }
        }
    }
    for line in entries(SOURCES) {
        let Some((class, words)) = line.split_once(':') else { continue };
        let role = match class.trim() {
            "official" => Role::Official,
            "non-official" => Role::NonOfficial,
            "anonymous" => Role::Anonymous,
            "opposition" => Role::Opposition,
            _ => continue,
        };
        for w in words.split(',').map(str::trim).filter(|w| !w.is_empty()) {
            lex.roles.insert(w, role);
        }
    }
    for line in entries(ACTORS) {
        let Some((cat, words)) = line.split_once(':') else { continue };
        for w in words.split(',').map(str::trim).filter(|w| !w.is_empty()) {
            lex.actors.insert(w, cat.trim().to_string());
        }
    }
    for line in entries(DESCRIPTIVE) {
        for w in line.split(',').map(str::trim).filter(|w| !w.is_empty()) {
            lex.descriptive.insert(w.to_string());
        }
    }
    lex
}

/// A valence written with at most one decimal ("-2.5", "3", "0.9"), read without the
/// general float parser (faster when the lists are set up on first use).
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

/// The normal forms of tokens, as a slice the phrase maps can match against.
pub fn norms(tokens: &[Token]) -> Vec<&str> {
    tokens.iter().map(|t| t.norm.as_str()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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

    #[test]
    fn valences_read_in_tenths() {
        assert_eq!(tenths("2.5"), Some(2.5));
        assert_eq!(tenths("-1.0"), Some(-1.0));
        assert_eq!(tenths("3"), Some(3.0));
        assert_eq!(tenths("-0.9"), Some(-0.9));
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
        assert_eq!((n, v.lemma.as_str(), v.stance), (2, "point out", Stance::Endorsing));
        let words = ["it", "is", "unclear", "whether"];
        assert_eq!(lex.hedges.longest(&words, 0).map(|x| x.0), Some(4));
    }
}
