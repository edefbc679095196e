//! Referents: the actors of the whole bundle, each with every label each article gives it.
//!
//! Built on the mentions of every sentence ([`super::mentions`]), in two passes:
//!
//! 1. **Names across all articles.** A country is one referent whatever names it: its name and
//!    short forms ("North Korea", "DPRK", "U.S."), its people ("North Koreans"), its capital
//!    or seat of government used as an actor ("Pyongyang said", "the Kremlin") — from the
//!    place table ([`super::places`]). Other names join when their words agree: the same
//!    words ("Kim Jong-un" / "Kim Jong Un"), a shorter form of one longer name ("Moon Jae" /
//!    "Moon Jae-in"), one word of a person's name ("Abe", "Donald") when one person of the
//!    bundle has it (the one this article names first, then the one named most often), an
//!    acronym and its expansion ("CIA" / "Central Intelligence Agency", "F.B.I." / "FBI"),
//!    and a country written as its adjective ("Chinese Communist Party" / "Communist Party of
//!    China"). A name with "Jr." never joins one without it. Every title and apposition tells
//!    what a person is ("Japanese Prime Minister Shinzo Abe": a prime minister, of Japan).
//! 2. **Descriptions, article by article in reading order.** A description in apposition
//!    with a name is that name's actor ("Kim Jong Un, the North Korean leader,"). A definite
//!    description of a person ("the president", "the North Korean leader", "his Japanese
//!    counterpart") is the most recent person of the article whom the bundle gives that role
//!    (and that country, where the description names one) and whose titles have the words
//!    that say which holder ("the Fox News host", "the RNC chairman"; "his deputy director" is
//!    not the director); failing that, the one person the bundle titles so. A description of a country ("the country", "the regime", "his
//!    government", "the Trump administration", "North Korea's government") is the country its
//!    words, its possessor or the most recent country of the article name; a group named by
//!    a country's adjective ("North Korean officials", "U.S. troops") is that country acting.
//!    "The North" and "the South" are the country of the bundle whose name starts so. The
//!    words outlets choose for a crowd, the police, an armed group or migrants
//!    (`actors.txt`) are one referent per kind across the bundle.
//!
//! Precision first: a description that fits no actor, or two, joins none.

use super::entities::{initials, subordinate};
use super::mentions::{Actor, Gender, Mention, MentionKind};
use super::names::{AFFILIATIONS, is_acronym, strip_possessive};
use super::places::{self, PlaceForm};
use super::tag::Tag;
use super::{Unit, UnitSpans, View};
use crate::engine::lexicon::{self, RoleKind};
use crate::engine::text::{Span, TokenKind};
use crate::engine::wordlist::WordList;
use crate::util::fasthash::HashMap as FastMap;
use crate::util::sorting;

/// How a label names its referent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// A proper name, with or without title ("Shinzo Abe", "Mr. Abe").
    Name,
    /// An acronym ("CPC", "F.B.I.").
    Acronym,
    /// The title or role before a name ("Japanese Prime Minister" of "Japanese Prime Minister
    /// Shinzo Abe").
    Title,
    /// A description ("the president", "his Japanese counterpart", "the regime").
    Description,
    /// A place or people standing for a country ("Pyongyang", "Americans").
    Place,
    /// A word for a group ("protesters", "mob").
    Group,
}

/// What kind of actor a referent is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// One person.
    Person,
    /// A country acting as an actor: its line in the place table.
    Country(u16),
    /// An organisation, institution or authority.
    Body,
    /// A group of people named by a capitalised plural ("Democrats").
    People,
    /// The crowd, the police, an armed group or migrants: the category of `actors.txt`.
    Group(&'static str),
    /// A name the sentences do not tell the kind of.
    Other,
}

/// One label of a referent: a place in an article that names it.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    /// Article index in the bundle.
    pub article: usize,
    /// Unit index in the article's view.
    pub unit: usize,
    /// The bytes.
    pub span: Span,
    /// The label as written, without a trailing possessive.
    pub label: String,
    /// How it names the referent.
    pub form: Form,
    /// True inside a quotation (the speaker's label, not the outlet's).
    pub quoted: bool,
    /// True for a part of a longer label of the same referent ("Shinzo Abe" and "Japanese
    /// Prime Minister" inside "Japanese Prime Minister Shinzo Abe").
    pub nested: bool,
    /// True when a one-word name is used as an actor here ("Beijing touted", "Beijing's").
    pub actor: bool,
    /// True when a one-word name stands after a preposition of place here ("in Beijing").
    pub locative: bool,
    /// True when the label was moved from a place to the organisation it stands for.
    pub metonym: bool,
    /// What the label says the actor is, for comparing labels: the role of a description or
    /// title ("leader" of "the North Korean leader", "spokesperson" of "a spokesperson for the
    /// department"), the word of a group in the singular, or the label in lower case.
    pub sense: String,
    /// True for a description that says no more than its role ("the president", "his
    /// country", "the North Korean leader", "the former FBI director"): a reference back, like
    /// a pronoun, rather than a choice of words. Names are plain too.
    pub plain: bool,
}

/// An actor of the bundle and its labels.
#[derive(Clone, Debug, PartialEq)]
pub struct Referent {
    /// The fullest name found (or the most used label of an unnamed actor).
    pub name: String,
    /// What kind of actor.
    pub kind: Kind,
    /// The words of the fullest name, lower case (empty for an unnamed actor).
    pub words: Vec<String>,
    /// The roles the bundle gives the actor, lower case ("prime minister", "dictator").
    pub roles: Vec<String>,
    /// The country of a person, where a title or apposition gives it.
    pub country: Option<u16>,
    /// Every label, in article and reading order.
    pub mentions: Vec<Label>,
}

/// How far back (in mentions of the article) a definite description looks for its actor.
/// News refers back to a person it named paragraphs before; the role must fit, so the window
/// is wide (about 40 sentences of typical news).
pub const LOOKBACK: usize = 120;

/// How many units back "the country" or "the regime" looks for the country it stands for:
/// the sentence itself and the two before it (a country-noun refers to a country just named).
pub const COUNTRY_WINDOW: usize = 2;

/// The most title words kept per person (see `Builder::add_titled`).
const TITLE_WORDS: usize = 64;

/// Roles that make a person the leader of a country, which "the leader" and "his
/// counterpart" can describe.
const LEADING: WordList = WordList::new(
    "president|prime minister|premier|chancellor|leader|supreme leader|dictator|king|queen|emperor|\
     monarch|head of state|head of government",
);

/// Heads of a description that stand for a whole country ("the country", "the regime").
const COUNTRY_NOUNS: WordList = WordList::new("country|nation|regime|government|administration");

/// Heads of a description of a group that, with a country's adjective, are the country acting
/// ("North Korean officials", "the Russian military").
const STATE_BODIES: WordList = WordList::new("government|administration|regime|military|authorities|leadership");

/// Words that make a body the state's own organ, wherever they stand in its role ("state
/// media", "intelligence agencies", "the military spy agency").
const STATE_ORGANS: WordList = WordList::new("state|state-run|intelligence|spy");

/// True when the role phrase at tokens `s..b` is a body of the state itself: its head is one
/// of [`STATE_BODIES`], or a word of it says it is an organ of the state.
fn state_body(u: &Unit, s: usize, b: usize) -> bool {
    STATE_BODIES.contains(strip_possessive(&u.tokens[b - 1].norm))
        || (s..b).any(|k| STATE_ORGANS.contains(u.tokens[k].norm.as_str()))
}

/// Finds the referents of the bundle.
pub fn find(views: &[View]) -> Vec<Referent> {
    let mut b = Builder::new(views);
    b.names();
    b.index_titles();
    for v in views {
        b.article(v);
    }
    b.finish()
}

/// A name mention before grouping.
struct NameItem {
    art: usize,
    unit: usize,
    mention: usize,
    /// The name's words, lower case, hyphenated words split, initials and suffixes left out.
    words: Vec<String>,
    /// True for "Jr." and "Sr.".
    suffix: bool,
    kind: Kind,
    /// A one-word acronym, full stops left out.
    acronym: bool,
    /// The roles of the title before the name ("president" of "President Trump").
    roles: Vec<String>,
    /// The gender an honorific gives ("Mr.", "Ms.").
    gender: Gender,
}

struct Builder<'v, 'a> {
    views: &'v [View<'a>],
    refs: Vec<Referent>,
    /// Per article, unit and mention: the referent.
    of: Vec<Vec<Vec<Option<usize>>>>,
    /// Name key → referent.
    by_key: FastMap<String, usize>,
    /// Name word → the referents of several words that have it.
    by_word: FastMap<String, Vec<usize>>,
    /// Name word → the referents of three or more words that have it: the only ones a name of
    /// two words can be a shorter form of (a list of every referent with the word made an
    /// article of thousands of names quadratic).
    by_word_long: FastMap<String, Vec<usize>>,
    /// Country → referent.
    countries: FastMap<u16, usize>,
    /// Group category → referent.
    groups: FastMap<&'static str, usize>,
    /// Per referent: how many name mentions of several words it has (salience).
    salience: Vec<usize>,
    /// Per referent: the articles that name it, one bit each.
    arts: Vec<u64>,
    /// Role phrase (a title or apposition, lower case) → referents with how often.
    role_map: FastMap<String, Vec<(usize, usize)>>,
    /// Per referent: votes for its country.
    votes: Vec<Vec<(u16, usize)>>,
    /// Per referent: the head word of its name or description ("party" of "Communist Party
    /// of China"), which a description of it repeats ("the party").
    heads: Vec<String>,
    /// An article's unnamed actors: article and description → referent.
    locals: FastMap<(usize, String), usize>,
    /// Per referent: its gender, where an honorific or a pronoun gives it.
    gender: Vec<Gender>,
    /// (article, referent) → how many names of the article are resolved to it so far.
    uses: FastMap<(usize, usize), usize>,
    /// (article, referent) → the article's actors ([`super::entities`]) of its full names
    /// there that the article joins by "and" to a name of another actor, with that actor: a
    /// surname of that other actor ("Mayor Lind and Signe Lind") is not the full name's.
    apart: FastMap<(usize, usize), Vec<usize>>,
    /// Per referent: first words of shorter forms of its name ("Mei" of "Mei Zhanghao" joined
    /// to "Instructor Mei Zhanghao").
    firsts: Vec<Vec<String>>,
    /// Per referent: true when its name has "Jr." or "Sr.".
    suffixed: Vec<bool>,
    /// Per referent: every word of its titles and appositions ("cia" of "C.I.A. Director Mike
    /// Pompeo"), which a description's words that say which holder must be among.
    titled: Vec<Vec<String>>,
    /// Per referent: the person who owns an unnamed one ("Lee's campaign", "his campaign").
    owners: Vec<Option<usize>>,
    /// Title word → the named people whose titles have it (after the names pass).
    by_title: FastMap<String, Vec<usize>>,
}

/// The article's actors named right before or after mention `mi` of unit `ui` with "and"
/// between ("President Lind and Signe Lind"), other than the mention's own.
fn coordinated_actors(v: &View, ui: usize, mi: usize) -> Vec<usize> {
    let u = &v.units[ui];
    let m = &u.mentions[mi];
    let own = v.entities.of[ui][mi];
    let and_at = |k: usize| u.tokens.get(k).is_some_and(|t| t.norm == "and");
    u.mentions
        .iter()
        .enumerate()
        .filter(|(_, x)| {
            x.kind == MentionKind::Name
                && (x.outer_end() + 1 == m.start && and_at(x.outer_end())
                    || m.outer_end() + 1 == x.start && and_at(m.outer_end()))
        })
        .filter_map(|(k, _)| v.entities.of[ui][k])
        .filter(|&e| Some(e) != own)
        .collect()
}

/// Nouns of kinship: a description by one names a relative of its owner.
const KIN: WordList = WordList::new(
    "wife|husband|spouse|widow|widower|son|daughter|mother|father|brother|sister|nephew|niece|uncle|aunt|\
     cousin|grandson|granddaughter|grandmother|grandfather|fiancee|fiance|fiancé|fiancée|stepson|stepdaughter",
);

/// The words of tokens `a..b`, lower case, possessives, full stops and quotation marks left out.
fn words_of(u: &Unit, a: usize, b: usize) -> Vec<String> {
    (a..b.min(u.tokens.len()))
        .filter(|&k| u.tokens[k].kind == TokenKind::Word)
        .map(|k| strip_possessive(&u.tokens[k].norm).to_string())
        .collect()
}

/// The text of tokens `a..b` as a label: without a trailing possessive.
fn label_text(u: &Unit, a: usize, b: usize) -> String {
    strip_possessive(u.slice(a, b)).trim_end_matches(['\'', '’']).to_string()
}

/// The place that tokens `a..b` are, whole.
fn place_of(u: &Unit, a: usize, b: usize) -> Option<places::Place> {
    let ws: Vec<&str> =
        (a..b).filter(|&k| u.tokens[k].kind == TokenKind::Word).map(|k| u.tokens[k].norm.as_str()).collect();
    if ws.is_empty() {
        return None;
    }
    // "US" and "UK" only in capitals: "us" is a pronoun.
    if ws.len() == 1 && ws[0].len() == 2 && !is_acronym(u.tok(a)) {
        return None;
    }
    places::at(&ws, 0).filter(|&(n, _)| n == ws.len()).map(|x| x.1)
}

/// The first place named inside tokens `a..b` (a country's adjective or name as a modifier).
fn place_inside(u: &Unit, a: usize, b: usize) -> Option<(usize, usize, places::Place)> {
    let norms: Vec<&str> = (a..b).map(|k| u.tokens[k].norm.as_str()).collect();
    (0..norms.len()).find_map(|i| {
        if u.tokens[a + i].kind != TokenKind::Word || !u.is_capitalized(a + i) {
            return None;
        }
        let (n, p) = places::at(&norms, i)?;
        if n == 1 && norms[i].len() == 2 && !is_acronym(u.tok(a + i)) {
            return None;
        }
        Some((a + i, a + i + n, p))
    })
}

/// The name's words for matching: hyphenated words split ("Jong-un"), initials, suffixes and
/// function words left out; and whether it had "Jr." or "Sr.".
fn name_words(u: &Unit, a: usize, b: usize) -> (Vec<String>, bool) {
    let mut out = Vec::new();
    let mut suffix = false;
    for w in words_of(u, a, b) {
        if matches!(w.as_str(), "jr" | "sr") {
            suffix = true;
            continue;
        }
        if matches!(w.as_str(), "of" | "the" | "and" | "for" | "de" | "on" | "ii" | "iii" | "iv") {
            continue;
        }
        for part in w.split('-') {
            if part.chars().count() > 1 {
                out.push(part.to_string());
            }
        }
    }
    (out, suffix)
}

/// The words of a written name that tell it apart, lower case: initials and full stops left
/// out ("Stephen G. Breyer" and "Stephen Breyer" have the same).
fn plain_name_words(name: &str) -> Vec<String> {
    name.split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .filter(|w| w.chars().count() > 1)
        .collect()
}

/// The name's words with every country's name or adjective written as the country ("Chinese
/// Communist Party" and "Communist Party of China" have the same key words).
fn key_words(words: &[String]) -> Vec<String> {
    let mut out = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        match places::at(words, i) {
            Some((n, p)) if p.form != PlaceForm::Capital => {
                out.push(format!("#{}", p.country));
                i += n;
            }
            _ => {
                out.push(words[i].clone());
                i += 1;
            }
        }
    }
    sorting::sort(&mut out);
    out
}

/// Prepositions of place: a one-word name after one of them is a place ("in Beijing").
const LOCATIVE: WordList = WordList::new("in|at|from|to|near|outside|across|around|via|through|into");

/// The word before token `i` (punctuation skipped).
fn word_before<'u>(u: &'u Unit, i: usize) -> Option<&'u str> {
    (0..i).rev().find(|&k| u.is_word(k)).map(|k| u.tokens[k].norm.as_str())
}

/// True when tokens `a..b` lie inside a short quotation in title case that follows a
/// preposition, a determiner or a possessive ("on “Face the Nation”", "the “Celebrity
/// Apprentice” star", "CBS's “This Week”"): the title of a work, not a name of an actor. A
/// name quoted after a verb or "as" ("called him “Rocket Man”") is a label.
fn in_quoted_title(u: &Unit, a: usize, b: usize) -> bool {
    let quoted = |k: usize| u.quoted.get(k).copied().unwrap_or(false) && u.tokens[k].kind != TokenKind::Quote;
    if a >= b || !(a..b).all(quoted) {
        return false;
    }
    let start = (0..a).rev().take_while(|&k| quoted(k)).last().unwrap_or(a);
    let end = (b..u.tokens.len()).take_while(|&k| quoted(k)).last().map_or(b, |k| k + 1);
    let words: Vec<usize> = (start..end).filter(|&k| u.tokens[k].kind == TokenKind::Word).collect();
    let title_case =
        words.iter().all(|&k| u.is_capitalized(k) || crate::engine::words::is_function_word(&u.tokens[k].norm));
    // The word before the opening mark.
    let before = (0..start).rev().find(|&k| u.tokens[k].kind != TokenKind::Quote);
    let after_lead = before.is_some_and(|k| {
        (u.tags[k] == Tag::Prep && !matches!(u.tokens[k].norm.as_str(), "as" | "like" | "than"))
            || u.tags[k] == Tag::Det
            || (u.tags[k] == Tag::Proper && super::tag::possessive(&u.tokens, k))
    });
    !words.is_empty() && words.len() <= super::attribution::TITLE_QUOTE_WORDS && title_case && after_lead
}

/// True when a name at tokens `a..b` is used as an actor — a possessive ("Beijing's"), the
/// subject of a verb ("Beijing has asked") or its object ("accused Beijing") — rather than
/// as a location ("in Beijing", "from Beijing").
fn actor_use(u: &Unit, a: usize, b: usize) -> bool {
    if super::names::ends_with_possessive(u, b - 1) {
        return true;
    }
    let prev = (0..a).rev().find(|&k| u.is_word(k));
    if prev.is_some_and(|k| {
        LOCATIVE.contains(u.tokens[k].norm.as_str()) || matches!(u.tokens[k].norm.as_str(), "of" | "between")
    }) {
        return false;
    }
    let verbal = |k: usize| u.tags.get(k).is_some_and(|t| t.is_verbal());
    let next = (b..u.tokens.len()).find(|&k| u.is_word(k) && u.tags[k] != Tag::Adv);
    // The first of two subjects ("Seoul and Pyongyang have agreed"): a name follows "and",
    // then the verb.
    let coordinated = || {
        let k = next.filter(|&k| u.tokens[k].norm == "and")? + 1;
        let e = (k..u.tokens.len()).take_while(|&x| u.tags[x] == Tag::Proper).last()? + 1;
        Some(verbal(e))
    };
    next.is_some_and(verbal) || prev.is_some_and(verbal) || coordinated() == Some(true)
}

/// The longest role phrase that ends at token `end - 1` and starts at or after `from`: its
/// start and whether it names a person, people or a body.
fn role_ending_at(u: &Unit, from: usize, end: usize) -> Option<(usize, RoleKind)> {
    let roles = &lexicon::get().role_words;
    // Only the words a role phrase can span are read, not the unit from its start.
    let lo = from.max(end.saturating_sub(roles.most_words()));
    let norms: Vec<&str> = u.tokens.get(lo..end)?.iter().map(|t| strip_possessive(&t.norm)).collect();
    let found = roles.ending_at(&norms, from.saturating_sub(lo), end - lo, |r| r.kind != RoleKind::Marker);
    found.map(|(s, r)| (lo + s, r.kind))
}

/// Every role phrase inside tokens `a..b` up to a preposition, lower case ("cia director and
/// secretary of state" → "director", "secretary of state"; "a supporter of the president" →
/// "supporter").
fn roles_in(u: &Unit, a: usize, b: usize) -> Vec<String> {
    let lex = lexicon::get();
    // Only the words `a..b` are read: a phrase found from one of them ends by `b`.
    let norms: Vec<&str> = u.tokens.get(a..b).unwrap_or_default().iter().map(|t| strip_possessive(&t.norm)).collect();
    let mut out = Vec::new();
    let mut k = 0;
    // Where the words before the next role start.
    let mut from = 0;
    while k < norms.len() {
        // "a supporter of the president", "the nominee for president", "an adviser to the
        // mayor": a role after a preposition is someone else's, or not held yet.
        if matches!(norms[k], "of" | "for" | "to" | "with") {
            break;
        }
        match lex.role_words.longest(&norms, k) {
            Some((n, r)) if matches!(r.kind, RoleKind::Person | RoleKind::People) => {
                // "former governor", "the former harbour chief": a role held before stays
                // marked as such.
                let before = norms[from..k].iter().copied().find(|w| super::former_word(w));
                let role = norms[k..k + n].join(" ");
                out.push(if let Some(w) = before { format!("{w} {role}") } else { role });
                k += n;
                from = k;
            }
            Some((n, _)) => {
                k += n;
                from = k;
            }
            None => k += 1,
        }
    }
    out
}

/// The place whose words end at token `end - 1` (a country's name or adjective written
/// before a role: "North Korean leader"): its first token.
fn place_ending_at(u: &Unit, end: usize) -> Option<usize> {
    (end.saturating_sub(4)..end).find(|&st| place_inside(u, st, end).is_some_and(|(x, y, _)| x == st && y == end))
}

/// Words that may stand before a title without being one ("former Secretary of State",
/// "then-President").
const TITLE_MODIFIERS: WordList =
    WordList::new("former|then|acting|senior|top|new|incoming|outgoing|interim|longtime|ex|current");

/// The title before a name without the words that do not belong to it (a headline's run-on
/// words, a date, the end of a verb phrase the chunker took in): role phrases, titles,
/// countries, acronyms, adjectives and a few modifiers, read back from the name. `None` when
/// no role word is left.
fn clean_title(u: &Unit, a: usize, b: usize) -> Option<(usize, usize)> {
    let lex = lexicon::get();
    let mut s = b;
    while s > a {
        let k = s - 1;
        if !u.is_word(k) {
            s = k;
            continue;
        }
        if let Some(st) = place_ending_at(u, k + 1).filter(|&st| st >= a) {
            s = st;
            continue;
        }
        if let Some((st, _)) = role_ending_at(u, a, k + 1) {
            s = st;
            continue;
        }
        let norm = u.tokens[k].norm.as_str();
        let ok = lex.is(norm, lexicon::WordClass::Title)
            || is_acronym(u.tok(k))
            || u.tags[k] == Tag::Adj
            // "Fox News host", "House Judiciary Chairman": the body in the title is part of
            // it; a form of a verb that opens the sentence is not ("Hosting President …").
            || (u.tags[k] == Tag::Proper && !(norm.ends_with("ing") && u.opens(k)))
            || TITLE_MODIFIERS.iter().any(|m| norm == m || norm.strip_prefix(m).is_some_and(|r| r.starts_with('-')));
        if !ok {
            break;
        }
        s = k;
    }
    // "The National Organization for Women President": read back, the body's name breaks at
    // its "for"; the part after it is no title of its own ("Women President").
    if s > a
        && matches!(u.tokens[s - 1].norm.as_str(), "of" | "for" | "and" | "&")
        && let Some((role_start, _)) = role_ending_at(u, s, b)
    {
        while s < role_start && u.tags[s] == Tag::Proper {
            s += 1;
        }
    }
    while s < b && !u.is_word(s) {
        s += 1;
    }
    (s < b && !roles_in(u, s, b).is_empty()).then_some((s, b))
}

/// Where the complement of a description starts ("of Japan" in "the leader of Japan"), or
/// `b`.
fn complement_start(u: &Unit, a: usize, b: usize) -> usize {
    (a..b)
        .find(|&k| k > a && matches!(u.tokens[k].norm.as_str(), "of" | "for" | "at" | "with" | "in" | "from"))
        .unwrap_or(b)
}

/// The words of a description in `a..end` that describe its actor rather than name the role,
/// the country or the time: adjectives other than a country's and "former", "new" and the
/// like ("reclusive", "communist", "obstructionist").
fn describing<'u>(u: &'u Unit, a: usize, end: usize) -> impl Iterator<Item = usize> + 'u {
    (a..end).filter(move |&k| {
        let norm = u.tokens[k].norm.as_str();
        u.tags[k] == Tag::Adj
            && !TITLE_MODIFIERS.iter().any(|m| norm == m || norm.strip_prefix(m).is_some_and(|r| r.starts_with('-')))
            && place_ending_at(u, k + 1).is_none()
            && places::at(&[norm], 0).is_none()
    })
}

/// True for a label that says no more than a name or a role (see [`Label::plain`]).
fn plain(u: &Unit, a: usize, b: usize, form: Form) -> bool {
    match form {
        Form::Description | Form::Title => describing(u, a, complement_start(u, a, b)).next().is_none(),
        Form::Group => false,
        _ => true,
    }
}

/// What a label at tokens `a..b` says the actor is (see [`Label::sense`]).
fn sense(u: &Unit, a: usize, b: usize, form: Form) -> String {
    let singular = |w: &str| -> String {
        let w = strip_possessive(w);
        match w.strip_suffix('s') {
            Some(x) if x.len() > 2 && !x.ends_with('s') => x.to_string(),
            _ => w.to_string(),
        }
    };
    match form {
        Form::Description | Form::Title => {
            // The role before any complement ("leader" of "the leader of Japan"), after the
            // words that describe ("reclusive leader", "communist country").
            let end = complement_start(u, a, b);
            let mut words: Vec<String> = describing(u, a, end).map(|k| u.tokens[k].norm.clone()).collect();
            sorting::sort(&mut words);
            words.push(match roles_in(u, a, end).last() {
                Some(r) => r.split(' ').map(singular).collect::<Vec<_>>().join(" "),
                None => (a..end).rev().find(|&k| u.is_word(k)).map_or(String::new(), |k| singular(&u.tokens[k].norm)),
            });
            words.join(" ")
        }
        Form::Group => {
            (a..b).filter(|&k| u.is_word(k)).map(|k| singular(&u.tokens[k].norm)).collect::<Vec<_>>().join(" ")
        }
        _ => {
            let words: Vec<String> = words_of(u, a, b);
            let from = usize::from(words.first().is_some_and(|w| w == "the") && words.len() > 1);
            words[from..].join(" ")
        }
    }
}

/// True for a name mention that is only a title ("the President") or the capitalised word for
/// a kind of body ("the Party", "the Department"): read as a description.
fn described(u: &Unit, m: &Mention) -> bool {
    let Some((a, b)) = m.name.filter(|_| m.kind == MentionKind::Name) else { return false };
    if b == a + 1 && m.determiner.is_some() && role_ending_at(u, a, b).is_some_and(|x| x.1 == RoleKind::Body) {
        return true;
    }
    roles_only(u, m.role.map_or(a, |r| r.0), b)
}

/// True when tokens `a..b` are only titles and role words ("the President", "Attorney
/// General"): a description written in capitals, not a name.
fn roles_only(u: &Unit, a: usize, b: usize) -> bool {
    let lex = lexicon::get();
    let mut k = b;
    while k > a {
        if !u.is_word(k - 1) || lex.is(&u.tokens[k - 1].norm, lexicon::WordClass::Title) {
            k -= 1;
        } else if let Some((s, kind)) = role_ending_at(u, a, k).filter(|x| x.1 != RoleKind::Body) {
            let _ = kind;
            k = s;
        } else {
            return false;
        }
    }
    true
}

/// True when tokens `a..b` are only titles and honorifics with their full stops ("Mr.",
/// "Dr.").
fn honorifics(u: &Unit, a: usize, b: usize) -> bool {
    let lex = lexicon::get();
    a < b && (a..b).all(|k| u.tokens[k].norm == "." || lex.is(&u.tokens[k].norm, lexicon::WordClass::Title))
}

impl<'v, 'a> Builder<'v, 'a> {
    fn new(views: &'v [View<'a>]) -> Self {
        Builder {
            views,
            refs: Vec::new(),
            of: views.iter().map(|v| v.units.iter().map(|u| vec![None; u.mentions.len()]).collect()).collect(),
            by_key: FastMap::default(),
            by_word: FastMap::default(),
            by_word_long: FastMap::default(),
            countries: FastMap::default(),
            groups: FastMap::default(),
            salience: Vec::new(),
            arts: Vec::new(),
            role_map: FastMap::default(),
            votes: Vec::new(),
            heads: Vec::new(),
            locals: FastMap::default(),
            gender: Vec::new(),
            uses: FastMap::default(),
            apart: FastMap::default(),
            firsts: Vec::new(),
            suffixed: Vec::new(),
            titled: Vec::new(),
            owners: Vec::new(),
            by_title: FastMap::default(),
        }
    }

    fn new_referent(&mut self, name: String, kind: Kind, words: Vec<String>) -> usize {
        let lower = name.to_lowercase();
        let main = lower.split(" of ").next().unwrap_or("");
        let main = main.split(" for ").next().unwrap_or("");
        self.heads.push(main.split_whitespace().last().map_or(String::new(), |w| strip_possessive(w).to_string()));
        self.refs.push(Referent { name, kind, words, roles: Vec::new(), country: None, mentions: Vec::new() });
        self.salience.push(0);
        self.arts.push(0);
        self.votes.push(Vec::new());
        self.gender.push(Gender::Unknown);
        self.firsts.push(Vec::new());
        self.suffixed.push(false);
        self.titled.push(Vec::new());
        self.owners.push(None);
        self.refs.len() - 1
    }

    fn country(&mut self, c: u16) -> usize {
        if let Some(&r) = self.countries.get(&c) {
            return r;
        }
        // The list's name in capitals until the articles write it ("north korea" → "North Korea").
        // The list's first names are ASCII (a test in `places.rs` checks it), so ASCII upper case
        // is enough: `char::to_uppercase` would bring Unicode's upper-case table (12 KB) into the
        // web build.
        let name = places::get()
            .names
            .get(usize::from(c))
            .copied()
            .unwrap_or("")
            .split(' ')
            .map(|w| {
                let mut cs = w.chars();
                cs.next().map_or(String::new(), |f| std::iter::once(f.to_ascii_uppercase()).chain(cs).collect())
            })
            .collect::<Vec<_>>()
            .join(" ");
        let r = self.new_referent(name, Kind::Country(c), Vec::new());
        self.countries.insert(c, r);
        r
    }

    /// Pass 1: every name of the bundle, longest first.
    fn names(&mut self) {
        let views = self.views;
        let mut items: Vec<NameItem> = Vec::new();
        for v in views {
            for (ui, u) in v.units.iter().enumerate() {
                for (mi, m) in u.mentions.iter().enumerate() {
                    if m.kind != MentionKind::Name {
                        continue;
                    }
                    let (a, mut b) = m.name.unwrap_or((m.start, m.end));
                    // "on CBS's “Face the Nation”": a name inside the title of a work is no actor.
                    if in_quoted_title(u, a, b) {
                        continue;
                    }
                    // "the North", "the South": the country, once the bundle's countries are known.
                    if b == a + 1
                        && m.determiner.is_some()
                        && matches!(strip_possessive(&u.tokens[a].norm), "north" | "south")
                    {
                        continue;
                    }
                    if let Some(p) = place_of(u, a, b) {
                        self.place_name(v, ui, mi, p);
                        continue;
                    }
                    // "Emmanuel Macron of France", a headline's "James Comey on Trump": a
                    // person's name ends before a connector.
                    if m.actor == Actor::Person
                        && let Some(k) =
                            (a + 1..b).find(|&k| matches!(u.tokens[k].norm.as_str(), "of" | "for" | "on" | "the"))
                    {
                        b = k;
                    }
                    // "Kim Jong Un The Washington Post": two names run together where a sentence
                    // break was lost; a capitalised "The" inside starts the second.
                    if let Some(k) = (a + 1..b).find(|&k| u.tok(k) == "The") {
                        b = k;
                    }
                    // "the President", "Attorney General": a title alone is a description.
                    if described(u, m) {
                        continue;
                    }
                    // "Rioters", "Protesters": the words for a group are read as such.
                    // (Only the words an entry can span are read, not the whole sentence.)
                    let actors = &lexicon::get().actors;
                    let norms = lexicon::norms(
                        u.tokens.get(a..(a + actors.most_words()).min(u.tokens.len())).unwrap_or_default(),
                    );
                    if actors.longest(&norms, 0).is_some_and(|(n, _)| a + n == b) {
                        continue;
                    }
                    // "the Romney and Obama campaigns", "the Steele dossier": a person's name or
                    // a party's word after "the" modifies what follows; the actor is that.
                    if m.name.is_some_and(|(x, y)| y == x + 1)
                        && m.role.is_none()
                        && !m.plural
                        && m.actor != Actor::People
                        && !super::names::ends_with_possessive(u, a)
                        && a > 0
                        && u.tokens[a - 1].norm == "the"
                        && (m.actor == Actor::Person
                            || u.tags.get(b).is_some_and(|&t| t == Tag::Noun)
                            || u.tokens.get(b).is_some_and(|t| t.norm == "and"))
                        && !is_acronym(u.tok(a))
                    {
                        continue;
                    }
                    // "the Senate's top Democrat", "a Republican from Ohio": one member of a
                    // party, a description of whoever it is, not the party.
                    if b == a + 1
                        && m.role.is_none()
                        && AFFILIATIONS.contains(strip_possessive(&u.tokens[a].norm))
                        && !strip_possessive(&u.tokens[a].norm).ends_with('s')
                    {
                        continue;
                    }
                    // "a Democrat", "a Christian", "that Republican": a word for what someone
                    // is, said of them, not a name of an actor.
                    if b == a + 1
                        && m.role.is_none()
                        && m.determiner.is_some_and(|d| {
                            d < a && matches!(u.tokens[d].norm.as_str(), "a" | "an" | "that" | "this" | "another")
                        })
                        && !is_acronym(u.tok(a))
                    {
                        continue;
                    }
                    // "R-Va.", "D-N.Y.": a party tag.
                    if b == a + 1
                        && u.tok(a).contains('-')
                        && u.tok(a).chars().filter(|c| c.is_uppercase()).count() >= 2
                    {
                        continue;
                    }
                    // "U.S. Senators", "Russian Government": a country and a role of people or
                    // of the state.
                    if let Some((_, y, p)) = place_inside(u, a, b)
                        && y < b
                        && role_ending_at(u, y, b).is_some_and(|(s, k)| {
                            s == y && (k == RoleKind::People || (k == RoleKind::Body && state_body(u, s, b)))
                        })
                        && p.form != PlaceForm::Capital
                    {
                        let r = self.country(p.country);
                        self.of[v.index][ui][mi] = Some(r);
                        continue;
                    }
                    let (words, suffix) = name_words(u, a, b);
                    if words.is_empty() {
                        continue;
                    }
                    let acronym = words.len() == 1 && is_acronym(u.tok(a)) && b - a <= 2;
                    // "Robert S. Mueller III": a name of a person, though "III" is written in capitals.
                    let personal = words.len() >= 2
                        && !(a..b).any(|k| {
                            (is_acronym(u.tok(k)) && !matches!(u.tokens[k].norm.as_str(), "ii" | "iii" | "iv"))
                                || super::names::ORG_WORDS.contains(strip_possessive(&u.tokens[k].norm))
                        });
                    let kind = match m.actor {
                        _ if m.plural => Kind::People,
                        Actor::Person => Kind::Person,
                        Actor::Body if personal => Kind::Person,
                        Actor::Body => Kind::Body,
                        _ if acronym => Kind::Body,
                        _ => Kind::Other,
                    };
                    let roles =
                        m.role.and_then(|t| clean_title(u, t.0, t.1)).map_or(Vec::new(), |t| roles_in(u, t.0, t.1));
                    // Only the honorific says: the article's pronouns are resolved by recency.
                    let gender = m.gender;
                    items.push(NameItem {
                        art: v.index,
                        unit: ui,
                        mention: mi,
                        words,
                        suffix,
                        kind,
                        acronym,
                        roles,
                        gender,
                    });
                }
            }
        }
        // Names of several words first, so that one word finds the name it is part of; then
        // one word, article by article, titled ones ("President Trump") before bare ones.
        sorting::sort_by(&mut items, |x, y| {
            let long = |i: &NameItem| i.words.len() >= 2 && i.kind != Kind::People;
            long(y)
                .cmp(&long(x))
                .then(y.words.len().cmp(&x.words.len()))
                .then(x.art.cmp(&y.art))
                .then(y.roles.is_empty().cmp(&x.roles.is_empty()).reverse())
                .then((x.unit, x.mention).cmp(&(y.unit, y.mention)))
        });
        for it in &items {
            let r = if it.words.len() >= 2 && it.kind != Kind::People {
                self.long_name(it)
            } else if it.acronym {
                self.acronym(it)
            } else {
                self.short_name(it)
            };
            self.of[it.art][it.unit][it.mention] = Some(r);
            self.arts[r] |= 1u64 << (it.art % 64);
            *self.uses.entry((it.art, r)).or_default() += 1;
            if it.words.len() >= 2 {
                let others = coordinated_actors(&views[it.art], it.unit, it.mention);
                if !others.is_empty() {
                    self.apart.entry((it.art, r)).or_default().extend(others);
                }
            }
            if it.words.len() < 2 {
                self.salience[r] += 1;
            }
            if self.refs[r].kind == Kind::Other && it.kind != Kind::Other {
                self.refs[r].kind = it.kind;
            }
            if self.gender[r] == Gender::Unknown {
                self.gender[r] = it.gender;
            }
            self.learn_roles(it.art, it.unit, it.mention, r);
        }
    }

    /// A country's name, people or capital.
    fn place_name(&mut self, v: &View, ui: usize, mi: usize, p: places::Place) {
        let u = &v.units[ui];
        let m = &u.mentions[mi];
        if p.form == PlaceForm::Capital && !actor_use(u, m.start, m.end) {
            return;
        }
        // "Chinese" alone is an adjective, unless "the Chinese" names the people.
        if p.form == PlaceForm::Adjective && m.determiner.is_none() {
            return;
        }
        let r = self.country(p.country);
        self.of[v.index][ui][mi] = Some(r);
    }

    /// A name of several words: the same key words, or a shorter form of one longer name.
    fn long_name(&mut self, it: &NameItem) -> usize {
        let key = format!("{}{}", key_words(&it.words).join(" "), if it.suffix { " jr" } else { "" });
        if let Some(&r) = self.by_key.get(&key) {
            self.salience[r] += 1;
            return r;
        }
        // A shorter form: every word in one longer name that shares its first or last word.
        let mut found: Option<usize> = None;
        let mut many = false;
        let longer = if it.words.len() == 2 { &self.by_word_long } else { &self.by_word };
        if let Some(cands) = longer.get(&it.words[0]) {
            for &r in cands {
                let e = &self.refs[r];
                let clash = |x: Kind, y: Kind| x == Kind::Person && y == Kind::Body;
                let fits = e.words.len() > it.words.len()
                    && !clash(e.kind, it.kind)
                    && !clash(it.kind, e.kind)
                    && it.words.iter().all(|w| e.words.contains(w))
                    && (e.words.first() == it.words.first() || e.words.last() == it.words.last())
                    && self.has_suffix(r) == it.suffix;
                if fits && found != Some(r) {
                    many |= found.is_some();
                    found = Some(r);
                }
            }
        }
        let r = match found {
            Some(r) if !many => {
                // The shorter form's first word is a way to call the person too ("Mei" of "Mei
                // Zhanghao" when another article writes "Instructor Mei Zhanghao").
                let first = &it.words[0];
                if !self.refs[r].words.contains(first) {
                    self.by_word.entry(first.clone()).or_default().push(r);
                    self.by_word_long.entry(first.clone()).or_default().push(r);
                }
                if !self.firsts[r].contains(first) {
                    self.firsts[r].push(first.clone());
                }
                r
            }
            _ => {
                let views = self.views;
                let u = &views[it.art].units[it.unit];
                let m = &u.mentions[it.mention];
                let (a, b) = m.name.unwrap_or((m.start, m.end));
                let name = label_text(u, a, b);
                let r = self.new_referent(name, it.kind, it.words.clone());
                self.suffixed[r] = it.suffix;
                for w in &it.words {
                    self.by_word.entry(w.clone()).or_default().push(r);
                    if it.words.len() >= 3 {
                        self.by_word_long.entry(w.clone()).or_default().push(r);
                    }
                }
                r
            }
        };
        self.by_key.insert(key, r);
        self.salience[r] += 1;
        r
    }

    fn has_suffix(&self, r: usize) -> bool {
        self.suffixed[r]
    }

    /// An acronym: one defined or written before, or the one name of several words with
    /// these initials.
    fn acronym(&mut self, it: &NameItem) -> usize {
        let a = &it.words[0];
        if let Some(&r) = self.by_key.get(a.as_str()) {
            return r;
        }
        let mut found: Option<usize> = None;
        let mut many = false;
        for (r, e) in self.refs.iter().enumerate() {
            if e.words.len() >= 2 && matches!(e.kind, Kind::Body | Kind::Other) && initials(&e.words) == *a {
                many |= found.is_some();
                found = Some(r);
            }
        }
        let r = match found {
            Some(r) if !many => r,
            _ => {
                let views = self.views;
                let u = &views[it.art].units[it.unit];
                let m = &u.mentions[it.mention];
                let (x, y) = m.name.unwrap_or((m.start, m.end));
                self.new_referent(label_text(u, x, y), Kind::Body, it.words.clone())
            }
        };
        self.by_key.insert(a.clone(), r);
        r
    }

    /// One word of a name ("Abe", "Donald"), or a capitalised plural ("Democrats").
    fn short_name(&mut self, it: &NameItem) -> usize {
        if it.kind != Kind::People
            && let Some(r) = self.person_by_word(
                &it.words,
                it.suffix,
                it.art,
                &it.roles,
                it.gender,
                self.views[it.art].entities.of[it.unit][it.mention],
            )
        {
            return r;
        }
        let key = format!("{}{}", it.words.join(" "), if it.suffix { " jr" } else { "" });
        if let Some(&r) = self.by_key.get(&key) {
            return r;
        }
        let views = self.views;
        let u = &views[it.art].units[it.unit];
        let m = &u.mentions[it.mention];
        let (a, b) = m.name.unwrap_or((m.start, m.end));
        let r = self.new_referent(label_text(u, a, b), it.kind, it.words.clone());
        self.by_key.insert(key, r);
        r
    }

    /// The person of several name words whose first or last word this is ("Abe", "Mr.
    /// Trump"; the last before the first): of the people with that name (and with the title's role and the honorific's
    /// gender, where given), the one this article names most so far, then the one the bundle
    /// names most; none when two are level.
    fn person_by_word(
        &self,
        words: &[String],
        suffix: bool,
        art: usize,
        roles: &[String],
        gender: Gender,
        actor: Option<usize>,
    ) -> Option<usize> {
        let w = words.first()?;
        // (Not a referent whose full name the article joins to this actor by "and".)
        let same_actor =
            |r: usize| actor.is_none_or(|e| self.apart.get(&(art, r)).is_none_or(|others| !others.contains(&e)));
        let cands: Vec<usize> = self
            .by_word
            .get(w)?
            .iter()
            .copied()
            .filter(|&r| {
                let e = &self.refs[r];
                e.kind == Kind::Person
                    && (e.words.first() == Some(w) || e.words.last() == Some(w) || self.firsts[r].contains(w))
                    && (words.len() == 1 || words.iter().all(|x| e.words.contains(x)))
                    && self.has_suffix(r) == suffix
                    && (gender == Gender::Unknown || self.gender[r] == Gender::Unknown || self.gender[r] == gender)
                    && same_actor(r)
            })
            .collect();
        // A word that ends one person's name is that person's surname; a name it opens ("the
        // Comey Memos", read as a person's) is someone or something else.
        let mut cands = cands;
        if words.len() == 1 && cands.iter().any(|&r| self.refs[r].words.last() == Some(w)) {
            cands.retain(|&r| self.refs[r].words.last() == Some(w));
        }
        let titled: Vec<usize> =
            cands.iter().copied().filter(|&r| roles.iter().any(|x| self.refs[r].roles.contains(x))).collect();
        let pool = if titled.is_empty() { &cands } else { &titled };
        let score = |r: usize| (self.uses.get(&(art, r)).copied().unwrap_or(0), self.salience[r]);
        let best = pool.iter().copied().max_by_key(|&r| (score(r), std::cmp::Reverse(r)))?;
        let tie = pool.iter().any(|&r| r != best && score(r) == score(best));
        (!tie).then_some(best)
    }

    /// What a name's title and apposition say about its actor: roles and country.
    fn learn_roles(&mut self, art: usize, ui: usize, mi: usize, r: usize) {
        let views = self.views;
        let u = &views[art].units[ui];
        let m = &u.mentions[mi];
        let mut spans: Vec<(usize, usize)> = Vec::new();
        // "a President Romney" is a supposition: no role of the person's.
        if m.kind == MentionKind::Name && m.determiner.is_some() && m.indefinite(u) {
            return;
        }
        if let Some((a, b)) = m.role
            && let Some(t) = clean_title(u, a, b)
        {
            spans.push(t);
        }
        if let Some((a, b)) = m.complement {
            spans.push((a, b));
        }
        if let Some(x) = m.apposition.map(|k| &u.mentions[k])
            && x.kind == MentionKind::Description
            && !x.plural
        {
            let from = x.determiner.map_or(x.start, |d| d + 1).max(x.start);
            spans.push((from, x.end));
        }
        // The whole title, with the body named in it ("Fox News" of "Fox News host Glenn
        // Beck", which the shown title leaves out), and the body named right before it: a
        // description repeats them ("the Fox News host") to say which host.
        if let Some((a, b)) = m.role {
            let from = (a.saturating_sub(4)..a).rev().take_while(|&k| u.tags[k] == Tag::Proper).last().unwrap_or(a);
            self.add_titled(r, words_of(u, from, b));
        }
        for (a, b) in spans {
            for role in roles_in(u, a, b) {
                if !self.refs[r].roles.contains(&role) {
                    self.refs[r].roles.push(role);
                }
            }
            if let Some((_, _, p)) = place_inside(u, a, b) {
                let v = &mut self.votes[r];
                match v.iter_mut().find(|x| x.0 == p.country) {
                    Some(x) => x.1 += 1,
                    None => v.push((p.country, 1)),
                }
            }
            let words = words_of(u, a, b);
            // The words, and the initials of every run of them ("rnc" of "Republican
            // National Committee chairman"), which an acronym in a description matches.
            let content: Vec<&String> = words.iter().filter(|w| !matches!(w.as_str(), "of" | "the" | "and")).collect();
            let mut seen: Vec<String> = words.clone();
            for i in 0..content.len() {
                let mut letters = String::new();
                for w in content.iter().skip(i).take(6) {
                    letters.extend(w.chars().next());
                    if letters.chars().count() > 1 {
                        seen.push(letters.clone());
                    }
                }
            }
            self.add_titled(r, seen);
            // The title as written, and its role alone ("president" of "Chick-fil-A
            // president"), which a description may repeat.
            let mut phrases = vec![words.join(" ")];
            if let Some((st, _)) = role_ending_at(u, a, b).filter(|x| x.0 > a) {
                phrases.push(words_of(u, st, b).join(" "));
            }
            for phrase in phrases {
                let e = self.role_map.entry(phrase).or_default();
                match e.iter_mut().find(|x| x.0 == r) {
                    Some(x) => x.1 += 1,
                    None => e.push((r, 1)),
                }
            }
        }
        let best = self.votes[r].iter().max_by_key(|x| (x.1, std::cmp::Reverse(x.0))).map(|x| x.0);
        self.refs[r].country = best;
    }

    /// Adds words to a person's title words, each once. A person keeps at most
    /// `TITLE_WORDS` of them (real titles give a few dozen at most), so that adding stays
    /// linear however many different titles an input gives one name.
    fn add_titled(&mut self, r: usize, words: Vec<String>) {
        let titled = &mut self.titled[r];
        for w in words {
            if titled.len() < TITLE_WORDS && !titled.contains(&w) {
                titled.push(w);
            }
        }
    }

    /// The named people by the words of their titles, for a description that says which
    /// holder in an article that does not name them ("the Lakeside Radio host").
    fn index_titles(&mut self) {
        for r in 0..self.refs.len() {
            if self.refs[r].kind != Kind::Person {
                continue;
            }
            for w in &self.titled[r] {
                let at = self.by_title.entry(w.clone()).or_default();
                if at.len() <= crate::engine::reading::entities::NAME_CANDIDATES {
                    at.push(r);
                }
            }
        }
    }

    /// Pass 2: one article in reading order: descriptions, then every label.
    fn article(&mut self, v: &View) {
        let k = v.index;
        // The referents named so far, with the unit: the antecedents of descriptions.
        let mut recent: Vec<(usize, usize)> = Vec::new();
        for (ui, u) in v.units.iter().enumerate() {
            let groups = self.group_labels(v, ui);
            let in_group = UnitSpans::new(groups.iter().map(|g| (ui, Span::new(g.0, g.1))));
            for (mi, m) in u.mentions.iter().enumerate() {
                if m.kind == MentionKind::Pronoun {
                    continue;
                }
                let mut r = self.of[k][ui][mi];
                if r.is_none() && m.kind == MentionKind::Name {
                    r = self.north_or_south(u, m);
                    if r.is_none() && described(u, m) {
                        r = self.description(v, ui, mi, &recent);
                    }
                }
                if r.is_none() && m.kind == MentionKind::Description {
                    if in_group.overlaps(ui, Span::new(m.start, m.end)) {
                        continue;
                    }
                    r = self.description(v, ui, mi, &recent).or_else(|| self.local(v, ui, mi, &recent));
                }
                let Some(r) = r else { continue };
                // "North Korea and its leader, Kim Jong-un": the country whose leader a person
                // is, where no title says it.
                if m.kind == MentionKind::Description
                    && self.refs[r].kind == Kind::Person
                    && self.refs[r].country.is_none()
                    && roles_in(u, m.start, m.end).iter().any(|x| LEADING.contains(x.as_str()))
                    && let Some(p) = self.possessor(v, ui, m, &recent)
                    && let Kind::Country(c) = self.refs[p].kind
                {
                    self.refs[r].country = Some(c);
                }
                self.of[k][ui][mi] = Some(r);
                self.add_labels(v, ui, m, r);
                recent.push((r, ui));
            }
            // "the country", "the nation": not roles, so not mentions of the reading.
            let mut mentioned: Option<UnitSpans> = None;
            for c in &u.chunks {
                let head = u.tokens[c.end - 1].norm.as_str();
                if c.head + 1 != c.end || !matches!(head, "country" | "nation") || !u.is_word(c.start) {
                    continue;
                }
                let mentioned = mentioned.get_or_insert_with(|| {
                    // (The possessive pronoun of "his country" is a mention of its own.)
                    let spans = u.mentions.iter().filter(|m| m.kind != MentionKind::Pronoun);
                    UnitSpans::new(spans.map(|m| (ui, Span::new(m.start, m.end))))
                });
                if mentioned.overlaps(ui, Span::new(c.start, c.end)) {
                    continue;
                }
                let det = matches!(u.tags[c.start], Tag::Det | Tag::Poss).then_some(c.start);
                // "his country": the country of the person "his" stands for. Not "our
                // country", whose owner depends on who speaks.
                let owner = det.filter(|&d| u.tags[d] == Tag::Poss);
                if owner.is_some_and(|d| matches!(u.tokens[d].norm.as_str(), "our" | "my" | "your")) {
                    continue;
                }
                // (The owner is named before: a name later in the sentence is someone else,
                // "… warned that his country would leave … if Mr. Lee …".)
                let named_before = |r: usize| {
                    recent.iter().any(|&(x, xu)| x == r && xu < ui)
                        || u.mentions.iter().zip(&self.of[k][ui]).any(|(m, &x)| x == Some(r) && m.start < c.start)
                };
                let possessor =
                    owner.and_then(|d| self.possessor_at(v, ui, d, c.start, &recent)).filter(|&r| named_before(r));
                if owner.is_some() && possessor.is_none() {
                    continue;
                }
                // "the proud nation of France": the country after "of".
                let end = match (
                    u.tokens.get(c.end).map(|t| t.norm.as_str()),
                    u.chunks.iter().find(|x| x.start == c.end + 1),
                ) {
                    (Some("of"), Some(x)) if place_of(u, x.start, x.end).is_some() => x.end,
                    _ => c.end,
                };
                if let Some(r) = self.country_description(v, ui, c.start, end, det, possessor, &recent) {
                    self.push_label(k, ui, u, c.start, end, r, Form::Description, false);
                    recent.push((r, ui));
                }
            }
            for (a, b, cat) in groups {
                let r = match self.groups.get(cat) {
                    Some(&r) => r,
                    None => {
                        let r = self.new_referent(u.slice(a, b).to_lowercase(), Kind::Group(cat), Vec::new());
                        self.groups.insert(cat, r);
                        r
                    }
                };
                self.push_label(k, ui, u, a, b, r, Form::Group, false);
                if let Some(l) = self.refs[r].mentions.last_mut() {
                    // A group's word is a common noun: "Rioters" opening a sentence is "rioters".
                    l.label = l.label.to_lowercase();
                }
            }
        }
    }

    /// "the North", "the South": the one country of the bundle whose name starts so.
    fn north_or_south(&self, u: &Unit, m: &Mention) -> Option<usize> {
        let (a, b) = m.name?;
        if b != a + 1 || m.determiner.is_none() {
            return None;
        }
        let w = strip_possessive(&u.tokens[a].norm);
        if !matches!(w, "north" | "south") {
            return None;
        }
        let names = &places::get().names;
        let mut hits = self.countries.iter().filter(|(c, _)| {
            names.get(usize::from(**c)).is_some_and(|n| n.strip_prefix(w).is_some_and(|rest| rest.starts_with(' ')))
        });
        let first = hits.next().map(|(_, &r)| r);
        if hits.next().is_some() { None } else { first }
    }

    /// The referent of a description mention, if one fits.
    fn description(&mut self, v: &View, ui: usize, mi: usize, recent: &[(usize, usize)]) -> Option<usize> {
        let k = v.index;
        let u = &v.units[ui];
        let m = &u.mentions[mi];
        // Apposition: the name says who.
        if let Some(a) = m.apposition
            && u.mentions[a].kind == MentionKind::Name
            && let Some(r) = self.of[k][ui][a]
        {
            return Some(r);
        }
        // "the Office of the Historian": a title after a body's "of" is part of the body's
        // name, not a holder of the title.
        if m.kind == MentionKind::Name
            && m.start >= 2
            && u.tokens[m.start - 1].norm == "of"
            && u.mentions.iter().any(|x| x.end == m.start - 1 && x.actor == Actor::Body)
        {
            return None;
        }
        let (ra, rb) = match (m.kind, m.name) {
            (MentionKind::Name, Some((a, b))) => (m.role.map_or(a, |r| r.0), b),
            _ => m.role.unwrap_or((m.start, m.end)),
        };
        let head = strip_possessive(&u.tokens[m.end.min(rb) - 1].norm).to_string();
        let complement = m.complement;
        let modifier_place = place_inside(u, ra, rb).map(|x| x.2);
        // (Not a place that owns the complement's noun: "the leader of America's oldest ally"
        // leads the ally, not America.)
        let complement_place = complement.and_then(|(a, b)| {
            place_of(u, a, b).or_else(|| {
                place_inside(u, a, b)
                    .filter(|&(_, y, _)| y == b || !super::names::ends_with_possessive(u, y - 1))
                    .map(|x| x.2)
            })
        });
        let possessor = self.possessor(v, ui, m, recent);
        let definite = match m.determiner {
            Some(d) if d < m.start => true,
            Some(d) => matches!(u.tokens[d].norm.as_str(), "the" | "this" | "that" | "his" | "her" | "its" | "their"),
            None => false,
        };
        let mut head_end = complement.map_or(m.end, |c| c.0.saturating_sub(1)).min(rb);
        let mut role = role_ending_at(u, ra, head_end);
        // A role that takes its "of" in ("chief of staff", "secretary of state") is one role,
        // not a "chief" of something.
        let mut complement = complement;
        if let Some(c) = complement
            && let Some(whole) = role_ending_at(u, ra, c.1).filter(|w| w.0 < head_end)
        {
            role = Some(whole);
            head_end = c.1;
            complement = None;
        }
        // A country acting: "the regime", "North Korea's government", "U.S. officials".
        if COUNTRY_NOUNS.contains(head.as_str()) && !m.plural {
            return self.country_description(v, ui, m.start, m.end, m.determiner, possessor, recent);
        }
        // A capital or seat stands for its country only before the state's own people or
        // bodies ("White House officials", "Kremlin diplomats", "the Beijing government"), not
        // "Seoul residents"; and right before them (not "Beijing courts foreign officials").
        let organ = role.is_some_and(|(s, k)| k == RoleKind::Body && state_body(u, s, head_end));
        let seat_of_state = (matches!(head.as_str(), "officials" | "diplomats") || organ)
            && place_inside(u, ra, rb).zip(role).is_some_and(|((_, y, _), (s, _))| y == s);
        let place = modifier_place.filter(|p| p.form != PlaceForm::Capital || seat_of_state).map(|p| p.country);
        let coordinated = (ra..rb).any(|i| matches!(u.tokens[i].norm.as_str(), "and" | "or"))
            || u.tokens.get(m.end).is_some_and(|t| t.norm == "and")
            // ("U.S. and North Korean officials", not a new clause: ", and two U.S. agencies")
            || (word_before(u, m.start).is_some_and(|w| w == "and")
                && !(m.start >= 2 && u.tokens[m.start - 1].norm == "and" && u.tokens[m.start - 2].norm == ","));
        match role {
            Some((_, RoleKind::People | RoleKind::Person)) if m.plural => {
                if let Some(c) = place.filter(|_| !coordinated) {
                    return Some(self.country(c));
                }
                return None;
            }
            Some((_, RoleKind::Body)) => {
                if let Some(c) = place.filter(|_| organ && !coordinated) {
                    return Some(self.country(c));
                }
                // "the party", "China's ruling party": the most recent body of the article
                // with this head ("the Communist Party of China", or "a welcome party").
                if !definite || m.plural || complement.is_some() {
                    return None;
                }
                // "the Lee campaign" is only a body with "Lee" in its name.
                let names: Vec<String> = (ra..head_end)
                    .filter(|&k| u.tags[k] == Tag::Proper && place_inside(u, k, k + 1).is_none())
                    .map(|k| strip_possessive(&u.tokens[k].norm).to_string())
                    .collect();
                // "Richard Nixon's reelection committee" is a person's body: not a named body
                // without the owner's name in it (the Democratic National Committee named
                // just before), though it may be one described before. A person's party is the
                // one they belong to ("his party's leaders", "Mr. Lee's party").
                let person_owner = possessor.filter(|&p| self.refs[p].kind == Kind::Person && head != "party");
                let owner = person_owner.and_then(|p| self.refs[p].words.last());
                let fits = |r: usize| {
                    self.heads[r] == head
                        && matches!(self.refs[r].kind, Kind::Body | Kind::Other)
                        && names.iter().all(|w| self.refs[r].words.contains(w))
                        && owner.is_none_or(|w| self.refs[r].words.is_empty() || self.refs[r].words.contains(w))
                        // (nor another person's: "Blumenthal's campaign" after "Linda
                        // McMahon's Senate campaign")
                        && (self.owners[r].is_none() || self.owners[r] == person_owner)
                };
                let back = || recent.iter().rev().take(LOOKBACK).map(|&(r, _)| r);
                // The same owner's body first, then one that names no owner.
                return back()
                    .find(|&r| person_owner.is_some() && self.owners[r] == person_owner && fits(r))
                    .or_else(|| back().find(|&r| fits(r)));
            }
            Some((s, RoleKind::Person)) if !m.plural && definite => {
                let role_words = words_of(u, s, head_end).join(" ");
                let of_possessor = possessor.and_then(|r| self.country_of(r)).and_then(|c| match self.refs[c].kind {
                    Kind::Country(x) => Some(x),
                    _ => None,
                });
                let country = place.or(complement_place.map(|p| p.country)).or(of_possessor);
                let phrase = words_of(u, ra, m.end).join(" ");
                // "the RNC leader", "the party's leader", "the leader of the party": the leader
                // of something other than a country is not a head of state.
                let in_place = |k: usize| place_inside(u, ra, rb).is_some_and(|(x, y, _)| x <= k && k < y);
                // The words before the role that say which holder ("deputy" of "his deputy
                // director", "chief" of "the F.B.I.'s chief counsel"): the person's role or
                // name must have them. Only nouns and names say which (not "the potential
                // nominee", "the 68-year-old congressman"); a country's name or adjective
                // (compared apart), a party and the words any holder may be given ("former",
                // "top") are not among them; a seat of government is ("the White House chief
                // of staff").
                let in_country = |k: usize| {
                    place_inside(u, ra, rb).is_some_and(|(x, y, p)| x <= k && k < y && p.form != PlaceForm::Capital)
                };
                let which: Vec<String> = (ra..s)
                    .filter(|&k| {
                        let w = u.tokens[k].norm.as_str();
                        u.tokens[k].kind == TokenKind::Word
                            && matches!(u.tags[k], Tag::Noun | Tag::Proper)
                            && !super::names::ends_with_possessive(u, k)
                            && !in_country(k)
                            && !TITLE_MODIFIERS.contains(w)
                            && !super::former_word(w)
                            && !AFFILIATIONS.contains(w)
                            && w != "gop"
                            && !w.contains(|c: char| c.is_ascii_digit())
                    })
                    .map(|k| strip_possessive(&u.tokens[k].norm).to_string())
                    .collect();
                if phrase.split(' ').any(|w| super::entities::NOT_YET.contains(w)) {
                    return None;
                }
                // "his wife", "the mayor's son": a relative of whoever owns the phrase, who need
                // not be the relative another name was given ("Ann Lind, the mayor's wife").
                let owned = possessor.is_some() || m.determiner.is_some_and(|d| u.tags[d] == Tag::Poss);
                if owned && KIN.contains(head.as_str()) {
                    return None;
                }
                let of_other = (ra..s).any(|k| {
                    matches!(u.tags[k], Tag::Proper | Tag::Noun) && !in_place(k) && u.tokens[k].kind == TokenKind::Word
                }) || (possessor.is_some() && of_possessor.is_none())
                    || (complement.is_some() && complement_place.is_none());
                // "his director of defense policy": what the role is of says which holder too
                // (not the latest "political director"), unless it is a place.
                let of_words: Vec<String> = complement
                    .filter(|_| complement_place.is_none())
                    .map(|(a, b)| {
                        (a..b)
                            .filter(|&k| {
                                u.tokens[k].kind == TokenKind::Word
                                    && matches!(u.tags[k], Tag::Noun | Tag::Proper)
                                    && !TITLE_MODIFIERS.contains(u.tokens[k].norm.as_str())
                            })
                            .map(|k| strip_possessive(&u.tokens[k].norm).to_string())
                            .collect()
                    })
                    .unwrap_or_default();
                let which: Vec<String> = which.into_iter().chain(of_words).collect();
                return self.person_description(recent, &role_words, &phrase, &which, country, of_other);
            }
            _ => {}
        }
        None
    }

    /// An actor the article describes but the bundle does not name: a definite description
    /// said again is the same actor ("the cameraman" … "the cameraman"); an indefinite one is
    /// a new one ("a welcome party").
    fn local(&mut self, v: &View, ui: usize, mi: usize, recent: &[(usize, usize)]) -> Option<usize> {
        let u = &v.units[ui];
        let m = &u.mentions[mi];
        let (a, b) = m.role.unwrap_or((m.start, m.end));
        let text = words_of(u, a, m.end.max(b)).join(" ");
        if text.is_empty() {
            return None;
        }
        let definite = !m.indefinite(u);
        if definite && let Some(&r) = self.locals.get(&(v.index, text.clone())) {
            return Some(r);
        }
        let kind = match m.actor {
            Actor::Person => Kind::Person,
            Actor::Body => Kind::Body,
            _ => Kind::People,
        };
        let owner = self.possessor(v, ui, m, recent).filter(|&p| self.refs[p].kind == Kind::Person);
        let r = self.new_referent(String::new(), kind, Vec::new());
        self.owners[r] = owner;
        self.heads[r] = strip_possessive(&u.tokens[b - 1].norm).to_string();
        self.titled[r] = words_of(u, a, m.end.max(b));
        // "the next president" is no one yet: a later "the president" is not them.
        if !self.titled[r].iter().any(|w| super::entities::NOT_YET.contains(w)) {
            self.refs[r].roles = roles_in(u, a, m.end.max(b));
        }
        if definite {
            self.locals.insert((v.index, text), r);
        }
        Some(r)
    }

    /// The country of a referent: itself, or a person's.
    fn country_of(&mut self, r: usize) -> Option<usize> {
        match self.refs[r].kind {
            Kind::Country(_) => Some(r),
            Kind::Person => self.refs[r].country.map(|c| self.country(c)),
            _ => None,
        }
    }

    /// The referent a description's possessor stands for: a name before it ("Abe's
    /// government") or a possessive pronoun ("his government") resolved by the article's
    /// entities, else to the most recent referent of its kind in the sentence or the one
    /// before (a person for "his" and "her", a country or body for "its" and "their").
    fn possessor(&self, v: &View, ui: usize, m: &Mention, recent: &[(usize, usize)]) -> Option<usize> {
        self.possessor_at(v, ui, m.determiner?, m.start, recent)
    }

    /// The possessor of a phrase starting at token `start` whose determiner is token `d`.
    fn possessor_at(&self, v: &View, ui: usize, d: usize, start: usize, recent: &[(usize, usize)]) -> Option<usize> {
        let u = &v.units[ui];
        let k = v.index;
        if d < start {
            let pi = u.mentions.iter().position(|x| x.end == d + 1 && x.kind == MentionKind::Name)?;
            return self.of[k][ui][pi];
        }
        if u.tags[d] != Tag::Poss {
            return None;
        }
        let pi = u.mentions.iter().position(|x| x.start == d && x.kind == MentionKind::Pronoun)?;
        // The actor the pronoun's entity is: by its name, else by its description ("Iran's
        // security chief warned that his country …" is the chief's, not a person named later).
        let by_entity = v.entities.of.get(ui).and_then(|x| x.get(pi).copied().flatten()).and_then(|e| {
            let ms = &v.entities.list.get(e)?.mentions;
            let of = |&(mu, mm): &(usize, usize)| self.of[k][mu][mm];
            ms.iter().filter(|&&(mu, mm)| v.units[mu].mentions[mm].kind == MentionKind::Name).find_map(of).or_else(
                || {
                    ms.iter()
                        .filter(|&&(mu, mm)| v.units[mu].mentions[mm].kind == MentionKind::Description)
                        .find_map(of)
                },
            )
        });
        // A name of no known kind ("European") is a weak antecedent: the recent actors decide.
        if by_entity.is_some_and(|r| self.refs[r].kind != Kind::Other) {
            return by_entity;
        }
        let p = &u.mentions[pi];
        recent.iter().rev().take_while(|&&(_, ru)| ru + 1 >= ui).map(|&(r, _)| r).find(|&r| match p.actor {
            Actor::Person => {
                self.refs[r].kind == Kind::Person
                    && (p.gender == Gender::Unknown || self.gender[r] == Gender::Unknown || self.gender[r] == p.gender)
            }
            _ => matches!(self.refs[r].kind, Kind::Country(_) | Kind::Body),
        })
    }

    /// The country a description of a country names: a country in its words or complement,
    /// the country of its possessor or of a person named in it ("the Trump
    /// administration"), or — for a definite one — the most recent country of the article.
    #[allow(clippy::too_many_arguments)]
    fn country_description(
        &mut self,
        v: &View,
        ui: usize,
        a: usize,
        b: usize,
        det: Option<usize>,
        possessor: Option<usize>,
        recent: &[(usize, usize)],
    ) -> Option<usize> {
        let u = &v.units[ui];
        if let Some((_, _, p)) = place_inside(u, a, b) {
            return Some(self.country(p.country));
        }
        if let Some(r) = possessor {
            return self.country_of(r);
        }
        // A person's name as a modifier: "the Trump administration", "the Kim regime".
        for i in a..b {
            if u.tags[i] == Tag::Proper && u.is_capitalized(i) {
                let w = vec![strip_possessive(&u.tokens[i].norm).to_string()];
                if let Some(r) = self.person_by_word(&w, false, v.index, &[], Gender::Unknown, None) {
                    return self.country_of(r);
                }
                return None;
            }
        }
        let d = det?;
        if !matches!(u.tokens[d].norm.as_str(), "the" | "this" | "that") {
            return None;
        }
        // The country that is the subject of the sentence, before the description, is the one
        // it speaks of, rather than one named later in the sentence ("North Korea vowed to
        // retaliate against the U.S. after the Council imposed sanctions against the country").
        let first_verb = (0..a).find(|&i| u.tags[i].is_finite()).unwrap_or(a);
        if let Some(m) = u.mentions.first().filter(|m| m.end <= first_verb && m.kind == MentionKind::Name)
            && let Some(p) = place_of(u, m.name.map_or(m.start, |n| n.0), m.name.map_or(m.end, |n| n.1))
            && first_verb < a
        {
            return Some(self.country(p.country));
        }
        // Only bare descriptions ("the country", "the isolated nation"), not "the country's
        // central bank" — the caller passes the phrase itself.
        recent
            .iter()
            .rev()
            .take_while(|&&(_, ru)| ru + COUNTRY_WINDOW >= ui)
            .find(|&&(r, _)| matches!(self.refs[r].kind, Kind::Country(_)))
            .map(|&(r, _)| r)
    }

    /// The person a definite description of a person stands for: the most recent person of
    /// the article whom the bundle gives this role (and this country, where one is named);
    /// else the one person the bundle titles with this very phrase.
    /// `strict`: the description names the body the person leads ("the RNC leader"), so
    /// "leader" and "counterpart" need that very role.
    fn person_description(
        &self,
        recent: &[(usize, usize)],
        role: &str,
        phrase: &str,
        which: &[String],
        country_code: Option<u16>,
        strict: bool,
    ) -> Option<usize> {
        let leads = |r: usize| self.refs[r].roles.iter().any(|x| LEADING.contains(x.as_str()));
        let former = super::former_word;
        let was = phrase.split(' ').any(former);
        let fits = |r: usize| {
            let e = &self.refs[r];
            if e.kind != Kind::Person {
                return false;
            }
            if country_code.is_some() && e.country != country_code {
                return false;
            }
            match role {
                "counterpart" if !strict => country_code.is_some() && leads(r),
                "leader" if !strict => leads(r),
                // "the governor" is not "the former governor", nor "the deputy director"
                // "the director"; "the chief counsel" is not "the special counsel".
                _ => e.roles.iter().any(|x| {
                    (x == role || x.ends_with(&format!(" {role}")) || x.starts_with(&format!("{role} of ")))
                        && x.split(' ').any(former) == was
                        && subordinate(x.split(' ')) == subordinate(phrase.split(' '))
                        && which.iter().all(|w| e.words.contains(w) || self.titled[r].contains(w))
                }),
            }
        };
        if let Some(&(r, _)) = recent.iter().rev().take(LOOKBACK).find(|&&(r, _)| fits(r)) {
            return Some(r);
        }
        // "the Chilean president", "her Chilean counterpart" in an article that does not name
        // the person: the one person of the bundle of that country and role.
        if country_code.is_some() {
            let mut hits = (0..self.refs.len()).filter(|&r| fits(r));
            if let (Some(r), None) = (hits.next(), hits.next()) {
                return Some(r);
            }
        }
        // "the Lakeside Radio host", "the RTA chairman" in an article that does not name the
        // person: the one person of the bundle whose titles have the words that say which.
        if let Some(holders) = which
            .first()
            .and_then(|w| self.by_title.get(w))
            .filter(|h| h.len() <= crate::engine::reading::entities::NAME_CANDIDATES)
        {
            let mut hits = holders.iter().copied().filter(|&r| fits(r));
            if let (Some(r), None) = (hits.next(), hits.next()) {
                return Some(r);
            }
        }
        // The bundle's titles: this phrase names one person, or one person far more than any
        // other.
        let uses = self.role_map.get(phrase)?;
        let total: usize = uses.iter().map(|x| x.1).sum();
        let best = uses.iter().max_by_key(|x| (x.1, std::cmp::Reverse(x.0)))?;
        (best.1 * 3 >= total * 2 && fits(best.0)).then_some(best.0)
    }

    /// The labels of the crowd, the police, an armed group or migrants in a unit (outside
    /// names): token ranges and the category.
    fn group_labels(&self, v: &View, ui: usize) -> Vec<(usize, usize, &'static str)> {
        let u = &v.units[ui];
        let lex = lexicon::get();
        let norms = lexicon::norms(&u.tokens);
        let mut out = Vec::new();
        let mut i = 0;
        while i < u.tokens.len() {
            if u.tags[i] == Tag::Proper && i > 0 {
                i += 1;
                continue;
            }
            if let Some((n, cat)) = lex.actors.longest(&norms, i) {
                out.push((i, i + n, *cat));
                i += n;
                continue;
            }
            // "residents, nurses and families marched": a crowd by what it does.
            if CROWD_NOUNS.contains(norms[i]) {
                let mut j = i + 1;
                while j < u.tokens.len()
                    && (matches!(norms[j], "," | "and") || CROWD_NOUNS.contains(norms[j]))
                    && j < i + 6
                {
                    j += 1;
                }
                let end = (i..j).rev().find(|&k| CROWD_NOUNS.contains(norms[k])).map_or(i + 1, |k| k + 1);
                if norms.get(j).is_some_and(|w| CROWD_VERBS.contains(w)) {
                    out.push((i, end, "crowd"));
                    i = end;
                    continue;
                }
            }
            i += 1;
        }
        out
    }

    /// The labels of one mention of referent `r`: the whole mention, and for a name with a
    /// title the name alone and the title alone.
    fn add_labels(&mut self, v: &View, ui: usize, m: &Mention, r: usize) {
        let k = v.index;
        let u = &v.units[ui];
        let kind = if described(u, m) { MentionKind::Description } else { m.kind };
        match kind {
            MentionKind::Name => {
                let (a, b) = m.name.unwrap_or((m.start, m.end));
                let country = matches!(self.refs[r].kind, Kind::Country(_));
                let place = country && place_of(u, a, b).is_some_and(|p| p.form != PlaceForm::Name);
                let form = if place {
                    Form::Place
                } else if is_acronym(u.tok(a)) && b - a <= 2 {
                    Form::Acronym
                } else {
                    Form::Name
                };
                // "the North": the determiner belongs to the label.
                let from = match m.determiner {
                    Some(d) if d + 1 == a && m.role.is_none() && u.tokens[d].norm == "the" => d,
                    _ => m.role.map_or(a, |t| {
                        clean_title(u, t.0, t.1).map_or(if honorifics(u, t.0, t.1) { t.0 } else { a }, |c| c.0)
                    }),
                };
                // "Trump's personal attorney Michael Cohen": the possessor of the title is part
                // of the label.
                let from = match m.role {
                    Some(t) if t.0 == from => u
                        .mentions
                        .iter()
                        .find(|x| {
                            x.end == from
                                && x.possessive
                                && x.kind == MentionKind::Name
                                && (x.start..x.end).all(|i| u.tags[i] == Tag::Proper)
                        })
                        .map_or(from, |x| x.start),
                    _ => from,
                };
                let end = if m.complement.is_some() { m.end } else { b };
                self.push_label(k, ui, u, from, end, r, form, false);
                if from < a || end > b {
                    self.push_label(k, ui, u, a, b, r, form, true);
                }
                if let Some((s, e)) = m.role.and_then(|t| clean_title(u, t.0, t.1)) {
                    // "Sen.", "Rep.": an abbreviated title alone is not a label.
                    let abbreviated = u.tokens.get(e - 1).is_some_and(|t| t.norm == ".")
                        && (s..e).filter(|&x| u.is_word(x)).count() == 1;
                    if !abbreviated {
                        self.push_label(k, ui, u, s, e, r, Form::Title, true);
                    }
                    if m.complement.is_some() {
                        self.push_label(k, ui, u, s, b, r, Form::Name, true);
                    }
                }
            }
            MentionKind::Description => {
                // "Abe's government", "Mr. Trump's chief economic adviser": the possessor is
                // part of the description.
                // "the nation's reclusive leader": the noun phrase of the possessor too.
                let from = match m.determiner {
                    Some(d) if d < m.start => u
                        .mentions
                        .iter()
                        .find(|x| x.end == d + 1 && x.kind != MentionKind::Pronoun)
                        .map(|x| x.start)
                        .or_else(|| u.chunks.iter().find(|c| c.start <= d && d < c.end).map(|c| c.start))
                        .unwrap_or(m.start),
                    _ => m.start,
                };
                let mut from = from;
                let mut end = m.end;
                if m.plural {
                    // "28,500 U.S. troops in South Korea": a group is named by its words, not by
                    // its number or where it stands.
                    if let Some((x, y)) = m.complement
                        && x > 0
                        && matches!(u.tokens[x - 1].norm.as_str(), "in" | "from" | "to" | "at")
                    {
                        end = if u.tokens[x - 1].norm == "to" && x > 1 { x - 2 } else { x - 1 }.max(from + 1);
                        let _ = y;
                    }
                    let (ra, rb) = m.role.unwrap_or((m.start, m.end));
                    if let Some((x, _, _)) = place_inside(u, ra, rb) {
                        let det = x > from && matches!(u.tags[x - 1], Tag::Det | Tag::Poss);
                        from = if det { x - 1 } else { x };
                    } else {
                        while from + 1 < end && matches!(u.tags[from], Tag::Num) {
                            from += 1;
                        }
                    }
                }
                self.push_label(k, ui, u, from, end, r, Form::Description, false);
                // "the Party": a body's common noun written as a name is a chosen label, not a
                // plain reference back ("the party").
                let head = end - 1;
                if m.kind == MentionKind::Name
                    && u.is_capitalized(head)
                    && role_ending_at(u, head, end).is_some_and(|x| x.1 == RoleKind::Body)
                    && let Some(l) = self.refs[r].mentions.last_mut()
                {
                    l.plain = false;
                    l.sense = format!("{} (capitalised)", l.sense);
                }
            }
            MentionKind::Pronoun => {}
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn push_label(&mut self, k: usize, ui: usize, u: &Unit, a: usize, b: usize, r: usize, form: Form, nested: bool) {
        if a >= b {
            return;
        }
        let single = b == a + 1 || (b == a + 2 && u.tokens[a + 1].norm == ".");
        let prev = word_before(u, a);
        self.arts[r] |= 1u64 << (k % 64);
        self.refs[r].mentions.push(Label {
            article: k,
            unit: ui,
            span: u.span_of(a, b),
            label: label_text(u, a, b),
            form,
            quoted: u.quoted.get(a).copied().unwrap_or(false),
            nested,
            actor: single && actor_use(u, a, b),
            locative: single && prev.is_some_and(|p| LOCATIVE.contains(p)),
            metonym: false,
            sense: sense(u, a, b, form),
            plain: plain(u, a, b, form),
        });
    }

    /// Names, order and clean-up.
    fn finish(mut self) -> Vec<Referent> {
        for e in &mut self.refs {
            sorting::sort_by_key(&mut e.mentions, |l| {
                (l.article, l.unit, l.span.start, l.nested, std::cmp::Reverse(l.span.end))
            });
            e.mentions.dedup_by(|x, y| x.article == y.article && x.unit == y.unit && x.span == y.span);
            // The display name: the fullest name, the country's most used name, the most used
            // word for a group.
            let names: Vec<&Label> = e.mentions.iter().filter(|l| l.form == Form::Name && !l.metonym).collect();
            match e.kind {
                Kind::Country(_) | Kind::Group(_) => {
                    let want = if matches!(e.kind, Kind::Group(_)) { Form::Group } else { Form::Name };
                    let mut counts: Vec<(String, usize)> = Vec::new();
                    for l in e.mentions.iter().filter(|l| l.form == want) {
                        let key = l.label.trim_start_matches("the ").trim_start_matches("The ").to_string();
                        match counts.iter_mut().find(|x| x.0.eq_ignore_ascii_case(&key)) {
                            Some(x) => x.1 += 1,
                            None => counts.push((key, 1)),
                        }
                    }
                    if let Some(best) = counts.iter().max_by(|x, y| x.1.cmp(&y.1).then(y.0.cmp(&x.0))) {
                        e.name = if matches!(e.kind, Kind::Group(_)) { best.0.to_lowercase() } else { best.0.clone() };
                    }
                }
                // A person keeps the name it was made with (names come longest first), written
                // in its fullest form: of the forms with the same words ("Stephen Breyer",
                // "Stephen G. Breyer"), the longest, whichever article has it.
                Kind::Person => {
                    let key = plain_name_words(&e.name);
                    if let Some(l) = names
                        .iter()
                        .filter(|l| plain_name_words(&l.label) == key)
                        .max_by(|x, y| x.label.len().cmp(&y.label.len()).then_with(|| y.label.cmp(&x.label)))
                    {
                        e.name = l.label.clone();
                    }
                }
                _ => {
                    // (Not a headline's form in capitals, "THE QUEEN OF RAGE", where the text
                    // writes it otherwise.)
                    let written = |l: &Label| l.label.chars().any(char::is_lowercase);
                    if let Some(l) = names
                        .iter()
                        .filter(|l| !l.label.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("the ")))
                        .max_by_key(|l| {
                            (
                                written(l),
                                l.label.split_whitespace().count(),
                                l.label.len(),
                                std::cmp::Reverse(l.article),
                            )
                        })
                    {
                        e.name = l.label.clone();
                    }
                }
            }
        }
        for e in &mut self.refs {
            if e.name.is_empty()
                && let Some(l) = e.mentions.iter().find(|l| !l.nested)
            {
                e.name = l.label.clone();
            }
        }
        // "in Iowa", "from Norwalk": a name only ever used as where something happens is a
        // setting, not an actor.
        let setting = |e: &Referent| e.kind == Kind::Other && e.mentions.iter().all(|l| l.locative);
        self.refs.retain(|e| !e.mentions.is_empty() && !setting(e));
        self.refs
    }
}

/// Nouns that name individuals in other roles but a crowd when they march
/// ("12,000 residents, nurses and families marched").
const CROWD_NOUNS: WordList = WordList::new(
    "residents|people|families|nurses|pensioners|locals|citizens|students|workers|parents|supporters|\
     women|men|youths|teenagers|doctors|farmers|employees|fans",
);

/// Verbs that make the nouns above a crowd.
const CROWD_VERBS: WordList =
    WordList::new("marched|march|rallied|rally|gathered|protested|protest|demonstrated|paraded|massed|took");
