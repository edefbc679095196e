//! The actors of one article: its mentions grouped into entities ("Michael Steele", "Steele",
//! "Mr. Steele", "the chairman", "he" are one person), each with the fullest name the article
//! gives, the roles it gives them anywhere (titles, appositions, party tags), and the source
//! class those roles make them: official, non-official or anonymous.

use super::View;
use super::mentions::{Actor, Gender, Mention, MentionKind};
use super::names::{shown_without_possessive, strip_possessive};
use super::tag::Tag;
use crate::engine::lexicon::{self, RoleClass, RoleKind, RoleWord};
use crate::engine::report::SourceClass;
use crate::engine::text::TokenKind;
use crate::engine::wordlist::WordList;

/// One actor of the article.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// The fullest name (without a title), or the description an unnamed actor gets.
    pub name: String,
    /// The name's words in normal form, possessives, initials and full stops left out.
    pub words: Vec<String>,
    /// True when the article gives a proper name.
    pub named: bool,
    /// What kind of actor.
    pub actor: Actor,
    /// Gender where a pronoun or honorific gives it.
    pub gender: Gender,
    /// True for a group ("officials", "they").
    pub plural: bool,
    /// True when the article points at one particular actor ("the chairman", a name), false
    /// for an indefinite description ("a diplomat", "officials", "some Republicans").
    pub definite: bool,
    /// Every mention: unit and index into its mentions.
    pub mentions: Vec<(usize, usize)>,
    /// The role phrases the article gives this actor (titles, appositions, descriptions), in
    /// normal form ("press secretary", "chairman of the republican national committee").
    pub roles: Vec<String>,
    /// The fullest role phrase as the article writes it ("spokesperson for the International
    /// Department"), or empty.
    pub role_text: String,
    /// The source class the roles make.
    pub class: SourceClass,
}

/// The entities of an article and, for every unit, the entity of each of its mentions.
#[derive(Clone, Debug, Default)]
pub struct Entities {
    /// The entities, in order of first mention.
    pub list: Vec<Entity>,
    /// `of[unit][mention]`: the entity a mention belongs to.
    pub of: Vec<Vec<Option<usize>>>,
}

/// What one role phrase says: the best role word in it and whether it names a body.
struct RoleRead {
    class: Option<RoleClass>,
    official_body: bool,
    private_body: bool,
    /// The class of the last body word, the head of a body's name ("Tea Party Coalition").
    last_body: Option<RoleClass>,
}

fn read_role(words: &[&str]) -> RoleRead {
    let lex = lexicon::get();
    let mut class = None;
    let mut official_body = false;
    let mut private_body = false;
    let mut last_body = None;
    let mut k = 0;
    while k < words.len() {
        if let Some((n, &RoleWord { class: c, kind })) = lex.role_words.longest(words, k) {
            if kind == RoleKind::Body {
                last_body = Some(c);
                match c {
                    RoleClass::Official => official_body = true,
                    RoleClass::NonOfficial => private_body = true,
                    _ => {}
                }
            } else if c != RoleClass::Anonymous && class.is_none_or(|x| x == RoleClass::Borrowed) {
                // "NAACP president", "club president": a president of a body that is no state,
                // party or public body takes the class of that body.
                class = Some(
                    if c == RoleClass::Official && n == 1 && words[k] == "president" && privately_qualified(words, k) {
                        RoleClass::Borrowed
                    } else {
                        c
                    },
                );
            }
            k += n;
        } else {
            k += 1;
        }
    }
    RoleRead { class, official_body, private_body, last_body }
}

/// What the body after a role is, read from the head of each of its phrases (the role words
/// that end it before "of", "for" or "at"): "the Kansas City, Mo., branch of the league" is a branch
/// of a league, not a city.
fn read_body(words: &[&str]) -> RoleRead {
    let mut out = RoleRead { class: None, official_body: false, private_body: false, last_body: None };
    let lex = lexicon::get();
    for seg in words.split(|w| role_link(w)) {
        // The longest role phrase that ends the phrase ("international monetary fund"), or
        // its last word.
        let from = (seg.len().saturating_sub(4)..seg.len())
            .find(|&k| lex.role_words.longest(seg, k).is_some_and(|(n, _)| k + n == seg.len()))
            .unwrap_or(seg.len().saturating_sub(1));
        let r = read_role(&seg[from..]);
        out.class = out.class.or(r.class);
        out.official_body |= r.official_body;
        out.private_body |= r.private_body;
        out.last_body = r.last_body.or(out.last_body);
    }
    out
}

/// Words before an office that leave it the state's: when it was or will be held, and
/// whose state it is.
const STATE_QUALIFIERS: WordList = WordList::new(
    "vice|acting|interim|then|elect|current|sitting|late|outgoing|incoming|new|first|elected|embattled|\
     beleaguered|gop|us|u.s|america|american|state|national|federal|the|a|an|of",
);

/// True when a word before `words[k]` names something other than a state, its adjective, a
/// party or a public body ("NAACP president", "the club's president").
fn privately_qualified(words: &[&str], k: usize) -> bool {
    let lex = lexicon::get();
    let mut j = 0;
    while j < k {
        if let Some((n, _)) = super::places::at(words, j) {
            j += n;
        } else if let Some((n, r)) = lex.role_words.longest(&words[..k], j) {
            if r.class != RoleClass::Official {
                return true;
            }
            j += n;
        } else if STATE_QUALIFIERS.contains(words[j])
            || super::names::AFFILIATIONS.contains(words[j])
            || super::former_word(words[j])
        {
            j += 1;
        } else {
            return true;
        }
    }
    false
}

/// Normal-form words of tokens `a..b` of a unit (no punctuation).
fn words_of(v: &View, u: usize, a: usize, b: usize) -> Vec<String> {
    let unit = &v.units[u];
    (a..b.min(unit.tokens.len()))
        .filter(|&k| unit.is_word(k))
        .map(|k| shown_without_possessive(&unit.tokens[k].norm).to_string())
        .collect()
}

/// The name words used to match names: no initials, no suffixes, no possessives.
fn name_words(v: &View, u: usize, m: &Mention) -> Vec<String> {
    let Some((a, b)) = m.name else { return Vec::new() };
    words_of(v, u, a, b)
        .into_iter()
        .filter(|w| {
            w.chars().count() > 1 && !matches!(w.as_str(), "jr" | "sr" | "ii" | "iii" | "of" | "the" | "for" | "and")
        })
        .collect()
}

/// True when two names can be one actor: one's words are all in the other's and they share
/// the last word ("Steele" / "Michael Steele"), or one is the initials of the other ("RNC" /
/// "Republican National Committee").
pub fn same_name(a: &[String], b: &[String]) -> bool {
    if a.is_empty() || b.is_empty() {
        return false;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() == 1 && long.len() >= 2 {
        let initials: String = long.iter().filter_map(|w| w.chars().next()).collect();
        if short[0] == initials {
            return true;
        }
    }
    // A lone word is the family name, which comes last in most names and first in some
    // ("Zhou" of "Zhou Lanting", "Kim" of "Kim Jong Un").
    if short.len() == 1 && long.len() == 2 {
        return long.contains(&short[0]);
    }
    if short.len() == 1 && long.len() == 3 && short[0] == long[0] {
        return true;
    }
    short.last() == long.last() && short.iter().all(|w| long.contains(w))
}

/// Where to look for the named entities a name can belong to (see [`same_name`]), so that a
/// name is compared with the few entities that share its last word, its initials or, for
/// names of one or two words, a word, not with every entity of the article (an article of
/// thousands of different names made that quadratic: 13.7 s for 1 MB).
#[derive(Default)]
pub struct NameIndex {
    /// Entities by the last word of their name (with one word, that word).
    by_last: crate::util::fasthash::HashMap<String, Vec<usize>>,
    /// Entities of a name of two words, by each of them ("Zhou" finds "Zhou Lanting").
    by_pair_word: crate::util::fasthash::HashMap<String, Vec<usize>>,
    /// Entities of a name of one word, by it ("Zhou Lanting" finds "Zhou", "RNC" finds the
    /// committee).
    by_single: crate::util::fasthash::HashMap<String, Vec<usize>>,
    /// Entities of a name of several words, by its initials.
    by_initials: crate::util::fasthash::HashMap<String, Vec<usize>>,
    /// Entities of a name of several words, by its last word and each other word: a name of
    /// several words is looked up by its own last word and other words, so that the many actors
    /// who share a surname are not each compared with it (two such names are one actor only
    /// when one's words are all in the other, so they share the last word and another).
    /// Keyed by [`pair_key`]: a clash only adds a candidate, which [`same_name`] checks.
    by_last_and: crate::util::fasthash::HashMap<u64, Vec<usize>>,
    /// For each entity, the number of name words indexed (a fuller name is indexed again).
    indexed: Vec<usize>,
}

/// Entities looked at under one key, latest first: more actors than this sharing a surname in
/// one article are not told apart anyway.
pub const NAME_CANDIDATES: usize = 64;

impl NameIndex {
    /// Indexes entity `e` under its current name words, if they changed.
    fn add(&mut self, e: usize, words: &[String]) {
        if self.indexed.len() <= e {
            self.indexed.resize(e + 1, 0);
        }
        let Some(last) = words.last() else { return };
        if self.indexed[e] == words.len() {
            return;
        }
        self.indexed[e] = words.len();
        self.by_last.entry(last.clone()).or_default().push(e);
        match words.len() {
            1 => self.by_single.entry(last.clone()).or_default().push(e),
            2 | 3 => self.by_pair_word.entry(words[0].clone()).or_default().push(e),
            _ => {}
        }
        if words.len() >= 2 {
            self.by_pair_word.entry(last.clone()).or_default().push(e);
            self.by_initials.entry(initials(words)).or_default().push(e);
            for w in &words[..words.len() - 1] {
                self.by_last_and.entry(pair_key(last, w)).or_default().push(e);
            }
        }
    }

    /// An index of the named entities of a finished list, each under its name words.
    pub fn of(list: &[Entity]) -> NameIndex {
        let mut index = NameIndex::default();
        for (e, x) in list.iter().enumerate().filter(|(_, x)| x.named) {
            index.add(e, &x.words);
        }
        index
    }

    /// The lists that hold every entity whose name can be `words` (and some that cannot).
    fn lists(&self, words: &[String]) -> Vec<&Vec<usize>> {
        let Some(last) = words.last() else { return Vec::new() };
        let mut lists: Vec<Option<&Vec<usize>>> = Vec::new();
        if words.len() == 1 {
            lists.push(self.by_last.get(last));
            lists.push(self.by_pair_word.get(last));
            lists.push(self.by_initials.get(last));
        } else {
            let others = &words[..words.len() - 1];
            lists.extend(others.iter().map(|w| self.by_last_and.get(&pair_key(last, w))));
            if words.len() == 2 {
                lists.extend(words.iter().map(|w| self.by_single.get(w)));
            } else {
                lists.push(self.by_single.get(last));
                if words.len() == 3 {
                    lists.push(self.by_single.get(&words[0]));
                }
            }
            lists.push(self.by_single.get(&initials(words)));
        }
        lists.into_iter().flatten().collect()
    }

    /// The latest named entity whose name can be `words`.
    fn find(&self, list: &[Entity], words: &[String]) -> Option<usize> {
        self.lists(words)
            .into_iter()
            .filter_map(|ids| {
                ids.iter()
                    .rev()
                    .take(NAME_CANDIDATES)
                    .copied()
                    .find(|&e| list[e].named && same_name(&list[e].words, words))
            })
            .max()
    }

    /// The person a surname alone stands for when several people of the article share it
    /// ("Trump" after "President Donald Trump" and "first lady Melania Trump"): of the gender
    /// an honorific gives ("Mrs. Trump") where one is known, the person the article already
    /// called by the bare surname (`owner`), else the first of them it named. News names the
    /// second person of a surname in full or by a title each time and keeps the bare surname
    /// for its main actor. `None` when the name has more than one word or no person has it.
    fn principal(&self, list: &[Entity], words: &[String], gender: Gender, owner: Option<usize>) -> Option<usize> {
        if words.len() != 1 {
            return None;
        }
        let fits = |e: usize| {
            let x = &list[e];
            x.named
                && x.actor == Actor::Person
                && same_name(&x.words, words)
                && (gender == Gender::Unknown || x.gender == Gender::Unknown || x.gender == gender)
        };
        let found: Vec<usize> = self
            .lists(words)
            .into_iter()
            .flat_map(|ids| ids.iter().rev().take(NAME_CANDIDATES).copied())
            .filter(|&e| fits(e))
            .collect();
        let said = |e: usize| gender != Gender::Unknown && list[e].gender == gender;
        found
            .iter()
            .copied()
            .filter(|&e| said(e))
            .min()
            .or_else(|| owner.filter(|o| found.contains(o)).or_else(|| found.iter().copied().min()))
    }

    /// Every named entity of `list` whose name can be `words`, in list order (no cap: the
    /// caller needs to know whether there is exactly one).
    pub fn matching(&self, list: &[Entity], words: &[String]) -> Vec<usize> {
        let mut found: Vec<usize> = self.lists(words).into_iter().flatten().copied().collect();
        crate::util::sorting::sort(&mut found);
        found.dedup();
        found.retain(|&e| list[e].named && same_name(&list[e].words, words));
        found
    }
}

/// A key for a name's last word and another of its words, without building a string.
fn pair_key(last: &str, other: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = crate::util::fasthash::IndexHasher::default();
    (last, other).hash(&mut h);
    h.finish()
}

/// The first letters of the words of a name ("republican national committee" → "rnc").
pub fn initials(words: &[String]) -> String {
    words.iter().filter_map(|w| w.chars().next()).collect()
}

/// Descriptions and plural names are matched with at most this many of the latest entities:
/// news describes an actor it named not long before, and a search of every entity before each
/// description made long articles quadratic.
pub const DESCRIPTION_LOOKBACK: usize = 300;

/// Entities a pronoun may stand for: the latest this many (at least) actors mentioned.
pub const PRONOUN_LOOKBACK: usize = 32;

/// Groups the mentions of an article into entities and classifies each.
pub fn resolve(v: &View) -> Entities {
    let mut ents = Entities { list: Vec::new(), of: v.units.iter().map(|u| vec![None; u.mentions.len()]).collect() };
    let mut names = NameIndex::default();
    // The person each bare surname stood for last ("Trump" → the president).
    let mut bare: crate::util::fasthash::HashMap<String, usize> = Default::default();
    // The most recent entity of each kind, for pronouns.
    let mut recent: Vec<usize> = Vec::new();
    for (ui, u) in v.units.iter().enumerate() {
        for (mi, m) in u.mentions.iter().enumerate() {
            if ents.of[ui][mi].is_some() {
                continue;
            }
            let quoted = u.quoted.get(m.start).copied().unwrap_or(false);
            if quoted && m.kind == MentionKind::Pronoun {
                // "I", "we", "he" inside a quotation are the speaker's words.
                continue;
            }
            let found = match m.kind {
                MentionKind::Name if m.plural => {
                    // "Summers" after "Larry Summers" is the person, not a group named like
                    // "Republicans".
                    let words = name_words(v, ui, m);
                    // "some Republicans", "all seven Republicans": a part of the group, a source
                    // of its own beside the group as a whole ("Republicans"); the same part said
                    // again is the same.
                    let shown = group_name(u, m).to_lowercase();
                    names
                        .find(&ents.list, &words)
                        .filter(|&e| ents.list[e].actor == Actor::Person && ents.list[e].words.len() > 1)
                        .or_else(|| {
                            latest(&ents.list, |e| !e.named && e.words == words && e.name.to_lowercase() == shown)
                        })
                }
                // "Trump Tower", "the Clinton Foundation": a body named after a person is not
                // the person.
                MentionKind::Name => {
                    let words = name_words(v, ui, m);
                    let found = names.find(&ents.list, &words).filter(|&e| {
                        !matches!(
                            (m.actor, ents.list[e].actor),
                            (Actor::Body, Actor::Person) | (Actor::Person, Actor::Body)
                        ) && !other_of_surname(v, ui, m, &words, &ents.list[e])
                    });
                    // A surname alone that two people of the article share: its main actor.
                    let owner = words.first().filter(|_| words.len() == 1).and_then(|w| bare.get(w).copied());
                    let found = match found {
                        Some(e) if ents.list[e].actor == Actor::Person => {
                            names.principal(&ents.list, &words, m.gender, owner).or(Some(e))
                        }
                        other => other,
                    };
                    // The person a bare surname (no honorific) stands for keeps it.
                    if let (Some(e), [w]) = (found, words.as_slice())
                        && m.gender == Gender::Unknown
                        && ents.list[e].actor == Actor::Person
                    {
                        bare.insert(w.clone(), e);
                    }
                    found
                }
                MentionKind::Description => match m.apposition.map(|a| &u.mentions[a]) {
                    // "the legislator, Representative Carl Seel": the name says who.
                    Some(n) if n.kind == MentionKind::Name => names.find(&ents.list, &name_words(v, ui, n)),
                    _ => description_entity(v, &ents, ui, m),
                },
                MentionKind::Pronoun => pronoun_entity(v, &ents, &recent, m),
            };
            let e = match found {
                Some(e) => e,
                None if m.kind == MentionKind::Pronoun => continue,
                None => {
                    ents.list.push(new_entity(v, ui, m));
                    ents.list.len() - 1
                }
            };
            join(v, &mut ents, e, ui, mi);
            // The other half of an apposition is the same actor.
            if let Some(a) = m.apposition
                && ents.of[ui][a].is_none()
            {
                join(v, &mut ents, e, ui, a);
            }
            if ents.list[e].named {
                names.add(e, &ents.list[e].words);
            }
            // A name used as where something is ("six months on Paris Island") is no antecedent
            // for a pronoun after it.
            // Nor is a name of no known kind that something goes to or comes from ("heading to
            // Detroit").
            let place = m.kind == MentionKind::Name
                && m.start > 0
                && (matches!(u.tokens[m.start - 1].norm.as_str(), "in" | "on" | "at" | "near")
                    || m.actor == Actor::Unknown
                        && matches!(
                            u.tokens[m.start - 1].norm.as_str(),
                            "to" | "from" | "into" | "toward" | "towards"
                        ));
            if m.kind != MentionKind::Pronoun && !quoted && !place {
                recent.retain(|&r| r != e);
                recent.push(e);
                // A pronoun stands for an actor mentioned not long before: the latest few are
                // kept (all of them made an article of thousands of names quadratic).
                if recent.len() > 2 * PRONOUN_LOOKBACK {
                    recent.drain(..PRONOUN_LOOKBACK);
                }
            }
        }
    }
    name_owners(v, &mut ents);
    // The article's bodies by their initials ("dnc" → "democratic national committee"): a role
    // that names a body by its initials takes the body's class ("DNC chair", "the RNC's
    // spokesman").
    let bodies: crate::util::fasthash::HashMap<String, String> = ents
        .list
        .iter()
        .filter(|e| e.named && e.actor == Actor::Body && e.words.len() >= 2)
        .map(|e| (initials(&e.words), e.words.join(" ")))
        .collect();
    for e in &mut ents.list {
        e.class = if bodies.is_empty() {
            classify(e)
        } else {
            let spelled: Vec<String> = e
                .roles
                .iter()
                .map(|r| r.split(' ').map(|w| bodies.get(w).map_or(w, String::as_str)).collect::<Vec<_>>().join(" "))
                .collect();
            class_with_roles(e, &spelled)
        };
        // "the party" of the Democratic Party, "the office" of the Office of …: a role that
        // only repeats the name's words tells the reader nothing.
        let name = e.name.to_lowercase();
        let name_words: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).collect();
        if e.role_text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .all(|w| name_words.contains(&w.to_lowercase().as_str()))
        {
            e.role_text.clear();
        }
    }
    // "Mr. Emanuel's deputy, Jim Messina": a role held under a person the article names, and
    // no other role, makes an official of someone who serves an official.
    // The article's named people by their last word: how many, and the class of the last.
    let mut by_last: crate::util::fasthash::HashMap<&str, (usize, SourceClass)> = Default::default();
    for x in ents.list.iter().filter(|x| x.named && x.actor == Actor::Person) {
        if let Some(w) = x.words.last() {
            let at = by_last.entry(w.as_str()).or_insert((0, x.class));
            *at = (at.0 + 1, x.class);
        }
    }
    let serving: Vec<usize> = (0..ents.list.len()).filter(|&i| serves_official(&ents.list[i], &by_last)).collect();
    for i in serving {
        ents.list[i].class = SourceClass::Official;
    }
    ents
}

/// True when a role is one held under someone the role does not name ("senior adviser",
/// "deputy", "spokesman"): a borrowed role with no body, whose class its holder's other roles
/// must give.
fn serves_unnamed(role: &str) -> bool {
    let words: Vec<&str> = role.split(' ').collect();
    if words.iter().any(|w| role_link(w)) {
        return false;
    }
    let r = read_role(&words);
    let serving = words.last().is_some_and(|w| SERVING.contains(w));
    serving && r.class == Some(RoleClass::Borrowed) && !r.official_body && !r.private_body
}

/// Roles that serve a person or a body, whoever it is ("adviser", "aide", "deputy"), unlike
/// those that head one ("president", "chairman").
const SERVING: WordList =
    WordList::new("adviser|advisor|aide|deputy|counsel|staffer|spokesman|spokeswoman|spokesperson");

/// True when every role of the named person `e` is one held under another named person of
/// the article ("deputy of mr emanuel", "obama adviser"), and each of those is an official: one person of the
/// article, not `e`, ends with the role's last word (`by_last`: the named people by their last
/// word, how many and the class of one).
fn serves_official(e: &Entity, by_last: &crate::util::fasthash::HashMap<&str, (usize, SourceClass)>) -> bool {
    if !(e.named && e.actor == Actor::Person && e.class == SourceClass::NonOfficial) || e.roles.is_empty() {
        return false;
    }
    let own = e.words.last().map(String::as_str);
    let official =
        |w: &str| own != Some(w) && by_last.get(w).is_some_and(|&(n, class)| n == 1 && class == SourceClass::Official);
    e.roles.iter().all(|r| {
        let words: Vec<&str> = r.split(' ').collect();
        let Some(k) = words.iter().position(|w| role_link(w)) else {
            // The person served named before the role: "Obama adviser", "Lee senior aide".
            return words.len() >= 2
                && words.last().is_some_and(|w| SERVING.contains(w))
                && read_role(&words[1..]).class == Some(RoleClass::Borrowed)
                && official(words[0]);
        };
        let Some(last) = words.last().copied().filter(|_| k + 1 < words.len()) else { return false };
        read_role(&words[..k]).class == Some(RoleClass::Borrowed) && official(last)
    })
}

/// Names an unnamed actor described by what a pronoun's person owns ("his campaign") by its
/// owner, where the pronoun stands for someone named: "Richard Blumenthal's campaign" tells a
/// reader whose campaign speaks; "his campaign" does not.
fn name_owners(v: &View, ents: &mut Entities) {
    for e in 0..ents.list.len() {
        let ent = &ents.list[e];
        let Some(&(ui, mi)) = ent.mentions.first() else { continue };
        if ent.named {
            continue;
        }
        let u = &v.units[ui];
        let m = &u.mentions[mi];
        let Some(d) = m.determiner.filter(|&d| d == m.start && u.tags[d] == Tag::Poss) else { continue };
        let Some(pi) = u.mentions.iter().position(|x| x.start == d && x.kind == MentionKind::Pronoun) else {
            continue;
        };
        // (A person for "his" and "her", a body for "its": a pronoun resolved to a place or
        // anything else is left as written.)
        let kind = match u.tokens[d].norm.as_str() {
            "his" | "her" => Actor::Person,
            "its" => Actor::Body,
            _ => continue,
        };
        let Some(o) = ents.of[ui][pi].filter(|&o| o != e && ents.list[o].named && ents.list[o].actor == kind) else {
            continue;
        };
        let Some((_, rest)) = ent.name.split_once(' ') else { continue };
        let name = format!("{}'s {rest}", ents.list[o].name);
        ents.list[e].name = name;
    }
}

/// Links each definite description of a person that its article left on its own ("the Fox
/// News host", "the North Korean leader") to the one person the article names whose roles, in
/// any article of the bundle, fit it: the description's role word is in the role, a role held
/// before matches only one held before, and the description's other words are all in the role
/// or the name ("Fox News host Glenn Beck" in another outlet's story). An outlet often names a
/// person once and goes on with a description that another outlet gives as the title; left
/// alone, the description was listed as a second, unnamed speaker. Where two people of the
/// article fit, the description stays on its own.
pub fn link_descriptions(views: &mut [View]) {
    // Every named person of the bundle that an article gives a role, found by name through an
    // index (a scan of every person for every name made a long bundle quadratic).
    let people: Vec<Entity> = views
        .iter()
        .flat_map(|v| &v.entities.list)
        .filter(|e| e.named && e.actor == Actor::Person && !e.roles.is_empty())
        .cloned()
        .collect();
    let index = NameIndex::of(&people);
    let mut links: Vec<Vec<(usize, usize)>> = Vec::with_capacity(views.len());
    let mut classes: Vec<Vec<(usize, SourceClass)>> = Vec::with_capacity(views.len());
    for v in views.iter() {
        let list = &v.entities.list;
        // Each named person of the article with every role the bundle gives them, and the
        // people by the words of those roles.
        let mut bundle_roles: Vec<Vec<&String>> = vec![Vec::new(); list.len()];
        // Keyed by owned words, as the name index is: no other map type is built.
        let mut by_word: crate::util::fasthash::HashMap<String, Vec<usize>> = Default::default();
        let mut shared_class = Vec::new();
        // (A name the article gives no title, "Comey said", is a person where the bundle's
        // roles for that name are a person's.)
        for (i, e) in
            list.iter().enumerate().filter(|(_, e)| e.named && matches!(e.actor, Actor::Person | Actor::Unknown))
        {
            let mut roles: Vec<&String> =
                index.matching(&people, &e.words).into_iter().flat_map(|k| &people[k].roles).collect();
            crate::util::sorting::sort(&mut roles);
            roles.dedup();
            for r in &roles {
                for w in role_part(r) {
                    let at = by_word.entry(w.to_string()).or_default();
                    if at.last() != Some(&i) {
                        at.push(i);
                    }
                }
            }
            // A person the article names without a role ("Solvang said") is of the class the
            // other articles' roles for them make: one person, one class across the bundle.
            // So is one whose own roles say only that they serve someone unnamed ("senior
            // adviser David Axelrod" where another article says whose adviser he is).
            // And one whose own roles make them private, an office another article gives them
            // makes them an official ("presidential candidate Rick Perry", the sitting "Texas Gov.
            // Rick Perry" elsewhere), unless an article says they held it before.
            // ("president" alone does not say which: a company's or a country's.)
            if !roles.is_empty() {
                let bundle_class = class_with_roles(e, &roles);
                let weak = e.roles.is_empty() || e.roles.iter().all(|r| serves_unnamed(r));
                let office = || {
                    let unambiguous: Vec<&String> =
                        roles.iter().copied().filter(|r| role_part(r).last() != Some("president")).collect();
                    class_with_roles(e, &unambiguous) == SourceClass::Official
                };
                // (A class the article's own reading made official, serving an official it
                // names, stays: "Obama adviser David Axelrod".)
                if weak && (e.class != SourceClass::Official || bundle_class == SourceClass::Official) {
                    shared_class.push((i, bundle_class));
                } else if e.class == SourceClass::NonOfficial && bundle_class == SourceClass::Official && office() {
                    shared_class.push((i, SourceClass::Official));
                }
            }
            bundle_roles[i] = roles;
        }
        classes.push(shared_class);
        let mut found = Vec::new();
        for (d, x) in list.iter().enumerate() {
            if x.named || x.plural || !x.definite || x.actor != Actor::Person || x.mentions.is_empty() {
                continue;
            }
            let Some(desc) = x.roles.first() else { continue };
            let part: Vec<&str> = role_part(desc).collect();
            let Some((&head, kind)) = part.split_last() else { continue };
            if kind.iter().any(|w| NOT_YET.contains(w)) {
                continue;
            }
            let former = kind.iter().any(|w| super::former_word(w));
            let below = subordinate(kind.iter().copied());
            let fits = |words: &[String], r: &str| {
                let theirs: Vec<&str> = r.split(' ').collect();
                subordinate(role_part(r)) == below
                    && role_part(r).any(super::former_word) == former
                    && kind
                        .iter()
                        .filter(|w| !super::former_word(w))
                        .all(|w| theirs.contains(w) || words.iter().any(|n| n == w))
            };
            // Only people with a role of that word (or, for the head of a body the description
            // names, another word for its head: "the FBI chief" is "FBI Director X"); more of
            // them than a name's candidates are not told apart anyway.
            let heads: &[&str] = if !kind.is_empty() && BODY_HEADS.contains(&head) { &BODY_HEADS } else { &[head] };
            let mut holders: Vec<usize> = heads.iter().filter_map(|h| by_word.get(*h)).flatten().copied().collect();
            crate::util::sorting::sort(&mut holders);
            holders.dedup();
            if holders.len() > NAME_CANDIDATES {
                continue;
            }
            let heads_role = |r: &str| {
                let part: Vec<&str> = role_part(r).collect();
                part.contains(&head)
                    || part.last().is_some_and(|l| heads.contains(l))
                        && part[..part.len() - 1].iter().all(|w| super::former_word(w) || kind.contains(w))
            };
            let mut fitting = holders
                .iter()
                .copied()
                .filter(|&p| bundle_roles[p].iter().any(|r| heads_role(r) && fits(&list[p].words, r)));
            if let (Some(p), None) = (fitting.next(), fitting.next()) {
                found.push((d, p));
            }
        }
        links.push(found);
    }
    for ((v, found), classes) in views.iter_mut().zip(links).zip(classes) {
        let ents = &mut v.entities;
        for (i, class) in classes {
            ents.list[i].class = class;
        }
        let mut grown = Vec::new();
        for (d, p) in found {
            let moved = std::mem::take(&mut ents.list[d].mentions);
            for &(ui, mi) in &moved {
                ents.of[ui][mi] = Some(p);
            }
            let roles = std::mem::take(&mut ents.list[d].roles);
            let e = &mut ents.list[p];
            e.mentions.extend(moved);
            for r in roles {
                if !e.roles.contains(&r) {
                    e.roles.push(r);
                }
            }
            grown.push(p);
        }
        crate::util::sorting::sort(&mut grown);
        grown.dedup();
        for p in grown {
            let e = &mut ents.list[p];
            crate::util::sorting::sort(&mut e.mentions);
            e.class = classify(e);
        }
    }
}

/// Words that make an office the one below another of the same name ("vice president",
/// "deputy director", "assistant secretary").
const SUBORDINATE: WordList = WordList::new("vice|deputy|assistant|associate|under|lieutenant|co|sub|adjunct");

/// True when the words of a role name an office below another of the same name.
pub(super) fn subordinate<'w>(mut words: impl Iterator<Item = &'w str>) -> bool {
    words.any(|w| SUBORDINATE.contains(w))
}

/// Roles many people hold at once, which alone identify no one ("the official said").
const MANY_HOLD: WordList = WordList::new(
    "official|spokesman|spokeswoman|spokesperson|aide|adviser|advisor|staffer|source|insider|strategist|operative|\
     lawmaker|diplomat|officer|analyst|expert|person|man|woman",
);

/// Words for the one who heads a body, which a description that names the body ("the FBI
/// chief", "the agency's director") uses one for another.
const BODY_HEADS: [&str; 4] = ["chief", "head", "director", "boss"];

/// Words that make a description point at whoever will hold a role, not at a person ("the
/// next president").
pub(super) const NOT_YET: WordList = WordList::new("next|future|eventual|prospective|would-be");

/// A label without the courtesy title that opens it ("Kim" of "Mr. Kim"): house style, which
/// says nothing of the actor.
pub fn without_courtesy(label: &str) -> &str {
    match label.split_once(' ') {
        Some((first, rest)) if COURTESY.contains(&first.trim_end_matches('.').to_lowercase()) => rest,
        _ => label,
    }
}

/// Courtesy titles, which say nothing of a role.
const COURTESY: WordList = WordList::new("mr|mrs|ms|miss|mx|messrs|mme|mmes");

/// True when the last word of tokens `a..b` is a courtesy title ("Mr.", "Mrs.").
fn ends_in_courtesy(u: &super::Unit, a: usize, b: usize) -> bool {
    u.tokens[a..b]
        .iter()
        .rev()
        .find(|t| t.kind == crate::engine::text::TokenKind::Word)
        .is_some_and(|t| COURTESY.contains(&t.norm))
}

/// True when a full name given with a title is someone other than the actor known so far by
/// the surname alone ("first lady Melania Trump" after "President Trump"): the actor has
/// roles, and none of the title's words, or of the role in apposition after the name, is in
/// them; or the name is joined by "and" to the actor's mention ("President Trump and Melania
/// Trump"). Courtesy titles ("Mr.", "Mrs.") say
/// nothing either way, and a full name without a title joins as before ("Donald Trump").
fn other_of_surname(v: &View, ui: usize, m: &Mention, words: &[String], x: &Entity) -> bool {
    if words.len() < 2 || x.words.len() != 1 || x.actor != Actor::Person {
        return false;
    }
    let u = &v.units[ui];
    // "President Trump and Melania Trump": two people joined by "and" are two.
    if m.start > 0
        && u.tokens[m.start - 1].norm == "and"
        && x.mentions.iter().any(|&(xu, xm)| xu == ui && u.mentions[xm].outer_end() + 1 == m.start)
    {
        return true;
    }
    // The title before the name, or else the role of a description in apposition after it
    // ("Melania Trump, the first lady").
    let title = match m.role.filter(|&(a, b)| !ends_in_courtesy(u, a, b)) {
        Some((a, b)) => words_of(v, ui, a, b),
        None => match m.apposition.map(|k| &u.mentions[k]).filter(|d| d.kind == MentionKind::Description) {
            Some(d) => d.role.map_or_else(Vec::new, |(a, b)| words_of(v, ui, a, b)),
            None => return false,
        },
    };
    let known: Vec<&str> = x.roles.iter().flat_map(|r| r.split(' ')).filter(|w| !COURTESY.contains(w)).collect();
    !title.is_empty() && !known.is_empty() && !title.iter().any(|w| known.contains(&w.as_str()))
}

/// A new entity for a name or description mention.
fn new_entity(v: &View, ui: usize, m: &Mention) -> Entity {
    let u = &v.units[ui];
    let (name, words) = match m.kind {
        MentionKind::Name if m.plural => (group_name(u, m).to_string(), name_words(v, ui, m)),
        MentionKind::Name => {
            let (a, b) = m.name.unwrap_or((m.start, m.end));
            (shown_without_possessive(u.slice(a, b)).to_string(), name_words(v, ui, m))
        }
        _ => {
            // "China's ruling party": the possessor belongs to the description.
            let from = m.owner_start(u);
            // "a poll of likely voters", "a survey of 1,000 adults": what a study is of is
            // its subject, not its name.
            let end = match m.complement {
                Some((c, _))
                    if c > m.start
                        && u.tokens[c - 1].norm == "of"
                        && super::RESEARCH_NOUNS.contains(u.tokens[m.head].norm.as_str()) =>
                {
                    c - 1
                }
                _ => m.end,
            };
            // A possessive description ("the group's statement") is named without its "'s".
            (shown_without_possessive(u.slice(from, end)).to_string(), Vec::new())
        }
    };
    Entity {
        name,
        words,
        named: m.kind == MentionKind::Name && !m.plural,
        actor: m.actor,
        gender: m.gender,
        plural: m.plural,
        definite: m.kind == MentionKind::Name || !m.indefinite(u),
        mentions: Vec::new(),
        roles: Vec::new(),
        role_text: String::new(),
        class: SourceClass::Unknown,
    }
}

/// Words before a group's name that make it a part of the group ("some Republicans", "all
/// seven Republicans", "many Democrats"), not the group as a whole.
const PART_OF_GROUP: &[&str] =
    &["some", "many", "most", "several", "few", "all", "both", "other", "certain", "various", "numerous"];

/// How a group named by a plural name is shown: the name ("Republicans", "House Democrats"), or
/// with the words that make it a part of the group ("some Republicans", "all seven
/// Republicans"), possessive left out.
fn group_name<'u>(u: &'u super::Unit, m: &Mention) -> &'u str {
    let (a, b) = m.name.unwrap_or((m.start, m.end));
    let part = (m.start..a).any(|k| {
        PART_OF_GROUP.contains(&u.tokens[k].norm.as_str())
            || u.tokens[k].kind == TokenKind::Number
            || crate::engine::words::number_word(&u.tokens[k].norm).is_some()
    });
    shown_without_possessive(u.slice(if part { m.start } else { a }, b))
}

/// Adds mention `mi` of unit `ui` to entity `e`: its roles, a fuller name, its gender.
fn join(v: &View, ents: &mut Entities, e: usize, ui: usize, mi: usize) {
    let u = &v.units[ui];
    let m = &u.mentions[mi];
    // "its leader, Kim Jong Un" after "North Korea": a possessive pronoun that stands for a
    // named place ties the role of the person named beside it to that place, as "North Korea's
    // leader" would. (An unnamed "its spokesman" stays an unnamed voice.)
    let named_beside = m.apposition.is_some_and(|j| u.mentions[j].kind == MentionKind::Name);
    let pronoun_owner: Option<Vec<String>> = m
        .determiner
        .filter(|&d| m.kind == MentionKind::Description && named_beside && d == m.start && u.tags[d] == Tag::Poss)
        .and_then(|d| resolved_pronoun_at(ents, u, ui, d))
        .map(|o| &ents.list[o])
        .filter(|o| o.named && super::places::at(&o.words, 0).is_some())
        .map(|o| o.words.clone());
    ents.of[ui][mi] = Some(e);
    let ent = &mut ents.list[e];
    ent.mentions.push((ui, mi));
    if m.gender != Gender::Unknown && ent.gender == Gender::Unknown {
        ent.gender = m.gender;
    }
    if m.kind == MentionKind::Name && !m.plural {
        let words = name_words(v, ui, m);
        let (a, b) = m.name.unwrap_or((m.start, m.end));
        if !ent.named || words.len() > ent.words.len() {
            ent.name = shown_without_possessive(u.slice(a, b)).to_string();
            ent.words = words;
            ent.named = true;
        }
        if ent.actor == Actor::Unknown || m.actor == Actor::Person && ent.actor != Actor::Body {
            ent.actor = if m.actor == Actor::Unknown { ent.actor } else { m.actor };
        }
    }
    let mut role = Vec::new();
    // "a President Romney" is a supposition, no role. ("Mr." stays among the roles: it says
    // the article has introduced the person.)
    let supposed = m.kind == MentionKind::Name && m.determiner.is_some() && m.indefinite(u);
    if let Some((a, b)) = m.role.or(m.list_title).filter(|_| !supposed) {
        role.extend(words_of(v, ui, a, b));
    }
    // The role shown: "Mr. Romney" has none, and the words before a courtesy title are none
    // of the person's ("most likely fit Mr. Romney's").
    let title = m.role.filter(|&(a, b)| !supposed && !ends_in_courtesy(u, a, b));
    if let Some((a, b)) = m.complement {
        role.push("of".into());
        role.extend(words_of(v, ui, a, b));
    }
    if m.party.is_some() {
        // A party tag after a name marks a member of a legislature.
        role.push("lawmaker".into());
    }
    // "the ministry's spokesman" is a spokesman for the ministry.
    if m.kind == MentionKind::Description
        && let Some(d) = m.determiner.filter(|&d| d < m.start)
    {
        role.push("of".into());
        role.extend(words_of(v, ui, m.owner_start(u), d + 1));
    }
    if let Some(words) = pronoun_owner {
        role.push("of".into());
        role.extend(words);
    }
    // (A possessive description keeps its own role, "the governor's statements", but not
    // what an owner before it would add.)
    if m.kind == MentionKind::Description && m.possessive {
        role = m.role.map_or(Vec::new(), |(a, b)| words_of(v, ui, a, b));
    }
    // The role as written, for readers: a title, or a description without its determiner.
    let written = match m.kind {
        MentionKind::Description if !m.possessive => {
            let from = m.role.map_or(m.start, |r| r.0);
            u.slice(from, m.end)
        }
        MentionKind::Name => title.map_or("", |(a, b)| u.slice(a, b)),
        _ => "",
    };
    if written.chars().count() > ent.role_text.chars().count() {
        ent.role_text = written.to_string();
    }
    if !role.is_empty() {
        let r = role.join(" ");
        if !ent.roles.contains(&r) {
            ent.roles.push(r);
        }
    }
}

/// The entity the pronoun at token `d` of unit `ui` was resolved to, if there is one.
fn resolved_pronoun_at(ents: &Entities, u: &super::Unit, ui: usize, d: usize) -> Option<usize> {
    u.mentions.iter().position(|x| x.start == d && x.kind == MentionKind::Pronoun).and_then(|pi| ents.of[ui][pi])
}

/// The entity a description refers back to: the one it is in apposition with is handled by
/// the caller; a definite singular description ("the chairman", "the senator") joins the most
/// recent entity that has the same role word; a repeated plural or indefinite description
/// ("officials") joins the entity with the same words.
fn description_entity(v: &View, ents: &Entities, ui: usize, m: &Mention) -> Option<usize> {
    let u = &v.units[ui];
    let words = words_of(v, ui, m.role.map_or(m.start, |r| r.0), m.end);
    let head = words_of(v, ui, m.head, m.head + 1);
    let definite = m.determiner.is_some_and(|d| matches!(u.tokens[d].norm.as_str(), "the" | "this" | "that"));
    if definite && !m.plural && m.complement.is_none() {
        let head = head.first()?;
        // The same role word first ("the chairman" → "Michael Steele, chairman of …"); then,
        // for a public office, the most recent named office holder ("the lawmaker", "the
        // congressman" → "Rep. Bob Etheridge"): news goes on with a description of the person
        // it has just named.
        // An unnamed actor introduced before ("A Western diplomat … the diplomat") counts too.
        // A body is not a person: "the campaign" is not "campaign manager Brad Lee".
        let clash =
            |e: &Entity| matches!((m.actor, e.actor), (Actor::Body, Actor::Person) | (Actor::Person, Actor::Body));
        // A name inside the description must be the entity's too: "the Trump campaign" is not
        // "the campaign of the Democratic nominee" (a place's adjective need not be: "the
        // American president").
        let (ra, _) = m.role.unwrap_or((m.start, m.end));
        let proper: Vec<String> = (ra..m.head)
            .filter(|&k| u.tags[k] == Tag::Proper && super::places::at(&[u.tokens[k].norm.as_str()], 0).is_none())
            .flat_map(|k| words_of(v, ui, k, k + 1))
            .collect();
        let owns_names = |e: &Entity| {
            proper.iter().all(|p| e.words.contains(p) || e.roles.iter().any(|r| r.split(' ').any(|w| w == p)))
        };
        // "the former president" is not the president: a role held before matches only a
        // role held before.
        let was = super::former_word;
        let former = (ra..m.head).any(|k| was(&u.tokens[k].norm));
        // "the union leader" is not "the Norwegian leader": when both say what kind, one
        // kind holds the other.
        let kind: Vec<String> = words_of(v, ui, ra, m.head).into_iter().filter(|w| !was(w)).collect();
        // "the next president" is no one yet: a new actor.
        if kind.iter().any(|w| NOT_YET.contains(w)) {
            return None;
        }
        let same_kind = |part: &[&str]| {
            let theirs: Vec<&str> = part[..part.len().saturating_sub(1)].iter().copied().filter(|w| !was(w)).collect();
            // "the vice president" is not the president.
            if subordinate(kind.iter().map(String::as_str)) != subordinate(theirs.iter().copied()) {
                return false;
            }
            kind.is_empty()
                || theirs.is_empty()
                || kind.iter().all(|w| theirs.contains(&w.as_str()))
                || theirs.iter().all(|w| kind.iter().any(|k| k == w))
        };
        let fits = |r: &String| {
            let part: Vec<&str> = role_part(r).collect();
            part.contains(&head.as_str()) && part.iter().any(|w| was(w)) == former && same_kind(&part)
        };
        let candidate = |e: &Entity| (e.named || !e.plural) && !clash(e) && owns_names(e) && e.roles.iter().any(fits);
        // "the French president" is first the one the article has called French president,
        // before one it calls only "President" (who fits too, saying less).
        let says_kind = |r: &String| {
            let part: Vec<&str> = role_part(r).collect();
            !kind.is_empty() && kind.iter().all(|w| part.contains(&w.as_str()))
        };
        let same = salient_or_latest(&ents.list, |e| candidate(e) && e.roles.iter().any(|r| fits(r) && says_kind(r)))
            .or_else(|| salient_or_latest(&ents.list, candidate));
        // "the Arizona Republican", "the New York Democrat": news describes a lawmaker it has
        // just named by party and state.
        let legislator = LEGISLATOR.contains(head.as_str())
            || (m.role_word.is_none() && super::mentions::PARTY_MEMBER.contains(head.as_str()));
        // "the department" → "the International Department": a named body whose name ends in
        // the head noun.
        let body = || {
            (m.actor == Actor::Body)
                .then(|| latest(&ents.list, |e| e.named && e.actor != Actor::Person && e.words.last() == Some(head)))
                .flatten()
        };
        return same
            .or_else(body)
            .or_else(|| {
                // "the lawmaker" → the last named member of a legislature ("Rep. Lee", "Lee
                // (D-Va.)").
                legislator.then(|| {
                    latest(&ents.list, |e| {
                        e.named && e.roles.iter().any(|r| role_part(r).any(|w| LEGISLATOR.contains(w)))
                    })
                })?
            })
            .or_else(|| {
                // A person just named, of whom the article has said nothing yet, described
                // next ("John Lee … The House speaker …").
                let human = m.role_word.is_some_and(|r| r.kind == RoleKind::Person);
                let last = latest(&ents.list, |e| e.named && e.actor == Actor::Person)?;
                let e = &ents.list[last];
                let recent = e.mentions.last().is_some_and(|&(lu, _)| lu + 2 >= ui);
                // Or only a private role so far, and the description an office held before
                // ("Ann Lee, a vocal supporter of the league, said … The former governor
                // said"): what a person did once does not clash with what they do now.
                let private_only = || {
                    e.roles.iter().all(|r| {
                        let words: Vec<&str> = role_part(r).collect();
                        read_role(&words).class == Some(RoleClass::NonOfficial)
                    })
                };
                // (Not when another person without a role was named as recently: "Mike Lee met
                // with Ann Park … the senator" says nothing of which.)
                // (Those are the actors of the mentions of the last three units: no walk over
                // every actor of a long article.)
                // (A bare surname the reading could not tell a person's counts: "Kristol …
                // writing a letter to Steele … calling for the RNC leader's resignation"; a
                // place's name does not.)
                // Named after the one found was last named (a pronoun of it aside), whatever
                // roles it has: the nearer person.
                let named_at = |y: &Entity| {
                    y.mentions
                        .iter()
                        .rev()
                        .find(|&&(mu, mk)| v.units[mu].mentions[mk].kind != MentionKind::Pronoun)
                        .copied()
                };
                let found_named = named_at(e);
                let rivals = ents.of[ui.saturating_sub(2)..=ui].iter().flatten().flatten().any(|&k| {
                    let x = &ents.list[k];
                    let place = || {
                        let w: Vec<&str> = x.words.iter().map(String::as_str).collect();
                        super::places::at(&w, 0).is_some_and(|(n, _)| n == w.len())
                    };
                    let later = named_at(x).is_some_and(|l| Some(l) > found_named);
                    let person = x.actor == Actor::Person && (x.roles.is_empty() || later);
                    let surname = x.actor == Actor::Unknown && later && x.words.len() == 1 && !place();
                    k != last && x.named && (person || surname)
                });
                (human && recent && !rivals && (e.roles.is_empty() || former && private_only())).then_some(last)
            });
    }
    // "a man", "another official": a new actor; a bare plural said again ("officials") is
    // the same group.
    if m.determiner.is_some() && m.indefinite(u) {
        return None;
    }
    // "his office", "Lee's office": an owned thing is the same only with the same owner.
    let owner = m.determiner.filter(|&d| d < m.start || u.tags[d] == Tag::Poss);
    if let Some(d) = owner {
        let from = m.owner_start(u);
        let name = strip_possessive(u.slice(from, m.end)).to_lowercase();
        // "Lee's campaign" is also "the Lee campaign".
        let owner_words = words_of(v, ui, from, d + 1);
        let head = head.first();
        // "his campaign" after "Blumenthal's campaign": a pronoun owner stands for the person
        // it was resolved to, whose name the other owner's words are in.
        let pronoun_owner = resolved_pronoun_at(ents, u, ui, d).filter(|&o| ents.list[o].named);
        let owned_by_pronoun = |r: &String| {
            let Some(o) = pronoun_owner else { return false };
            let owner: Vec<&str> = r.split(' ').skip_while(|w| !role_link(w)).skip(1).collect();
            !owner.is_empty() && owner.iter().all(|w| ents.list[o].words.iter().any(|x| x == w))
        };
        return latest(&ents.list, |e| {
            !e.named
                && (e.name.to_lowercase() == name
                    || e.roles.iter().any(|r| {
                        let part: Vec<&str> = role_part(r).collect();
                        head.is_some_and(|h| part.last() == Some(&h.as_str()))
                            && (owner_words.iter().all(|w| part.contains(&w.as_str())) || owned_by_pronoun(r))
                    }))
        });
    }
    let text = words.join(" ");
    // "the faculty members" after "nearly 90 faculty members": a group said again with "the"
    // is the group counted before; "the Georgetown scholars" after "the scholars" is the group
    // named before with "the".
    let again = m.plural && m.determiner.is_some_and(|d| u.tokens[d].norm == "the");
    // (The role's words before a place or body it is tied to: "nearly 40 ferry workers at the
    // quay" counts "ferry workers".)
    let own: Vec<&str> = words.iter().map(String::as_str).collect();
    let counted = |r: &String| {
        let part: Vec<&str> = role_part(r).collect();
        part.len() > own.len() && part.ends_with(&own)
    };
    let narrower = |r: &String| text.strip_suffix(r.as_str()).is_some_and(|before| before.ends_with(' '));
    // (A group first named inside a quotation is the speaker's phrase: "As scholars, we …".)
    let outside = |e: &Entity| {
        e.mentions.first().is_some_and(|&(eu, em)| {
            let x = &v.units[eu];
            x.mentions.get(em).is_some_and(|mm| !x.quoted[mm.start])
        })
    };
    latest(&ents.list, |e| {
        !e.named
            && (e.roles.contains(&text)
                || again
                    && e.plural
                    && outside(e)
                    && (e.roles.iter().any(counted) || e.definite && e.roles.iter().any(narrower)))
    })
}

/// The words of a role before the body it is tied to: "adviser" of "adviser of the
/// president" (the president is not the adviser).
fn role_part(r: &str) -> impl Iterator<Item = &str> {
    r.split(' ').take_while(|w| !role_link(w)).map(full_title)
}

/// A title's full word for its abbreviation ("gov" of "Texas Gov. Rick Perry" is "governor"),
/// so that "the Texas governor" fits the role.
fn full_title(w: &str) -> &str {
    match w {
        "gov" => "governor",
        "sen" => "senator",
        "rep" => "representative",
        "atty" => "attorney",
        "gen" => "general",
        "lt" => "lieutenant",
        "sec" => "secretary",
        "pres" => "president",
        "supt" => "superintendent",
        "cmdr" => "commander",
        _ => w,
    }
}

/// True for the word that ties a role to its body ("of", "for", "at").
fn role_link(w: &str) -> bool {
    matches!(w, "of" | "for" | "at")
}

/// The latest of the last [`DESCRIPTION_LOOKBACK`] entities that `fits`.
fn latest(list: &[Entity], fits: impl Fn(&Entity) -> bool) -> Option<usize> {
    let from = list.len().saturating_sub(DESCRIPTION_LOOKBACK);
    list[from..].iter().rposition(fits).map(|i| from + i)
}

/// Of the entities that fit, the latest introduced, unless another is far more present in the
/// article so far: "the president" in a story that has named its own president a dozen times
/// and a visiting one twice is its own (read on real coverage: a state visit's "the president
/// has previously denounced …" went to the guest, introduced last).
fn salient_or_latest(list: &[Entity], fits: impl Fn(&Entity) -> bool) -> Option<usize> {
    // One walk over the window: the last that fits is the latest, and the one most mentioned.
    let from = list.len().saturating_sub(DESCRIPTION_LOOKBACK);
    let fitting: Vec<usize> = (from..list.len()).filter(|&i| fits(&list[i])).collect();
    let last = *fitting.last()?;
    let most = fitting.iter().copied().max_by_key(|&i| (list[i].mentions.len(), i))?;
    let (m, l) = (list[most].mentions.len(), list[last].mentions.len());
    Some(if m >= SALIENT_MENTIONS && m >= SALIENT_RATIO * l.max(1) { most } else { last })
}

/// How often an earlier entity must be mentioned, in all and against the latest, to take a
/// description from it.
const SALIENT_MENTIONS: usize = 5;
const SALIENT_RATIO: usize = 3;

/// Words for a member of a legislature, which news uses for one another.
const LEGISLATOR: WordList = WordList::new(
    "lawmaker|legislator|congressman|congresswoman|representative|rep|senator|sen|assemblyman|\
     assemblywoman|lawmaker|delegate",
);

/// The entity a pronoun stands for: the most recent one of a compatible kind, gender and
/// number.
fn pronoun_entity(v: &View, ents: &Entities, recent: &[usize], m: &Mention) -> Option<usize> {
    // "the Holm Lecture", "the Stenn Files": a name only ever written with "the" before it
    // and no title is a thing's, whatever its words look like.
    let thing = |x: &Entity| {
        x.named
            && x.mentions.iter().all(|&(ui, mi)| {
                let n = &v.units[ui].mentions[mi];
                n.kind == MentionKind::Name
                    && n.role.is_none()
                    && n.determiner.is_some_and(|d| v.units[ui].tokens[d].norm == "the")
            })
    };
    recent.iter().rev().copied().find(|&e| {
        let x = &ents.list[e];
        if m.plural {
            x.plural || x.actor == Actor::Body
        } else if m.actor == Actor::Body {
            // "it", "its": a body or a country.
            !x.plural && matches!(x.actor, Actor::Body | Actor::Unknown)
        } else {
            !x.plural
                && x.actor == Actor::Person
                && !thing(x)
                && (x.gender == Gender::Unknown || m.gender == Gender::Unknown || x.gender == m.gender)
        }
    })
}

/// True for an entity the article does not name but describes as speaking from an office or
/// for an institution ("a senior official", "a Western diplomat", "a spokesman", "sources"):
/// a source kept unnamed, as against a vague group ("critics", "analysts", "voters").
///
/// Two kinds of unnamed actor are not sources kept unnamed: a particular person the article
/// points at ("the former FBI chief", "his deputy director"), whom the reader can place, unless
/// it is a spokesperson; and a group of a legislature or a party ("Democratic lawmakers",
/// "Republican officials"), which states a camp's public position. Read on real events,
/// findings that listed them as unnamed sources were wrong.
pub fn unnamed_source(e: &Entity) -> bool {
    if e.named {
        return false;
    }
    if e.words.iter().any(|w| matches!(w.as_str(), "source" | "sources")) {
        return true;
    }
    let role_words = || e.roles.iter().flat_map(|r| r.split(' '));
    // A spokesperson speaks for an institution, whoever the article says it is ("its
    // spokesman").
    let spokes = role_words().any(|w| w.starts_with("spokes"));
    if e.definite && !e.plural && !spokes {
        return false;
    }
    let camp = |w: &str| {
        LEGISLATOR.contains(w.strip_suffix('s').unwrap_or(w)) || super::names::AFFILIATIONS.contains(w) || w == "gop"
    };
    if e.plural && role_words().any(camp) {
        return false;
    }
    e.roles.iter().any(|r| {
        let words: Vec<&str> = r.split(' ').take_while(|w| !matches!(*w, "of" | "for" | "at")).collect();
        matches!(read_role(&words).class, Some(RoleClass::Official | RoleClass::Borrowed))
    })
}

/// The source class of an entity, from all the roles the article gives it.
fn classify(e: &Entity) -> SourceClass {
    class_with_roles(e, &e.roles)
}

/// A role's words before its "of" or "for" and the body's words after it ("chairman of the
/// committee").
fn split_role(r: &str) -> (Vec<&str>, Vec<&str>) {
    let words: Vec<&str> = r.split(' ').collect();
    let k = words.iter().position(|w| role_link(w)).unwrap_or(words.len());
    (words[..k].to_vec(), words[(k + 1).min(words.len())..].to_vec())
}

/// The source class of an entity with these roles (its own, or those the bundle gives it).
fn class_with_roles<R: AsRef<str>>(e: &Entity, roles: &[R]) -> SourceClass {
    let mut official = false;
    let mut private = false;
    let mut borrowed = false;
    let mut former = false;
    // The heads of the roles held before ("chairman" of "former chairman of the panel").
    let former_heads: Vec<&str> = roles
        .iter()
        .map(|r| split_role(r.as_ref()).0)
        .filter(|role| role.iter().any(|w| super::former_word(w)))
        .filter_map(|role| role.last().copied())
        .collect();
    let mut official_now = false;
    // "president of the company" says which president a bare "president" of the same article
    // is: a company's.
    let president_of = roles.iter().any(|r| {
        let (role, body) = split_role(r.as_ref());
        role == ["president"] && !body.is_empty()
    });
    for r in roles {
        let (role, body) = split_role(r.as_ref());
        let (role, body) = (&role[..], &body[..]);
        if president_of && body.is_empty() && role == ["president"] {
            continue;
        }
        // A former office holder named by the article speaks for themselves ("Ann Lee, a
        // former state lawmaker"), whatever the article says of the office they held; an
        // unnamed one stays what the role says.
        if e.named && role.iter().any(|w| super::former_word(w)) {
            former = true;
            continue;
        }
        let mut rr = read_role(role);
        let br = read_body(body);
        // "president of the National Organization for Women": a president of a body takes
        // its class, as "NAACP president" does.
        if rr.class == Some(RoleClass::Official) && role.last() == Some(&"president") && !body.is_empty() {
            rr.class = Some(RoleClass::Borrowed);
        }
        match rr.class {
            Some(RoleClass::Official) => {
                official = true;
                // An office held now beside one held before ("Rep. Lee, the former chairman
                // of the panel"), not the same office named without "former".
                official_now |= role.last().is_none_or(|h| !former_heads.contains(h));
            }
            Some(RoleClass::NonOfficial) => private = true,
            Some(RoleClass::Borrowed) => {
                // "a spokesman for the ministry", "an aide to the president", "the North
                // Korean leader", "the leader of Japan" (a country's).
                let country = |w: &[&str]| (0..w.len()).any(|k| super::places::at(w, k).is_some());
                // The body is a place when a place ends its first phrase ("the leader of
                // Japan"), not when one names what kind of body it is ("president of the
                // Kansas City branch of the league").
                let seg = &body[..body.iter().position(|w| role_link(w)).unwrap_or(body.len())];
                let place_body =
                    (0..seg.len()).any(|k| super::places::at(seg, k).is_some_and(|(n, _)| k + n == seg.len()));
                // (or to someone who holds an office: "adviser of the mayor")
                let held = &seg[seg.iter().take_while(|w| matches!(**w, "the" | "a" | "an")).count()..];
                let office = !held.is_empty() && read_role(held).class == Some(RoleClass::Official);
                if br.official_body
                    || rr.official_body
                    || br.class == Some(RoleClass::Official)
                    || office
                    || country(role)
                    || place_body
                {
                    official = true;
                    // A post in an official body held now ("Republican National Committee
                    // chairman" beside "a former lieutenant governor").
                    official_now |= role.last().is_none_or(|h| !former_heads.contains(h));
                } else if br.private_body || rr.private_body {
                    private = true;
                } else if role.iter().any(|w| w.starts_with("spokes")) {
                    // A spokesperson speaks for an institution even when the article does not
                    // say which.
                    borrowed = true;
                } else {
                    private = true;
                }
            }
            _ => {
                if rr.official_body {
                    official = true;
                } else if rr.private_body {
                    private = true;
                }
            }
        }
    }
    if e.actor == Actor::Body {
        let words: Vec<&str> = e.words.iter().map(String::as_str).collect();
        let name_role = read_role(&words);
        // A name with words of both kinds of body is the kind of its last one, its head ("the
        // Tea Party Coalition" is a coalition, "the Harbour Bank Commission" a commission).
        let head_official = name_role.last_body.is_none_or(|c| c == RoleClass::Official);
        if name_role.official_body && (!name_role.private_body || head_official) {
            official = true;
        } else if name_role.private_body {
            private = true;
        }
    }
    // "the official", "the former official", "the spokesman": a definite description that says
    // no more than a role many hold identifies no one ("the mayor" of the story does).
    let bare = !e.roles.is_empty()
        && e.roles.iter().all(|r| {
            let (role, body) = split_role(r);
            let own: Vec<&&str> = role.iter().filter(|w| !super::former_word(w)).collect();
            body.is_empty() && own.len() == 1 && MANY_HOLD.contains(own[0])
        });
    if !e.named && e.actor != Actor::Body && (e.plural || !e.definite || bare) {
        // Unnamed people are anonymous ("officials", "a diplomat", "some Republicans").
        return SourceClass::Anonymous;
    }
    if former && !official_now {
        return SourceClass::NonOfficial;
    }
    // "North Korea vowed", "Moscow denied": a country or its capital speaks as its state.
    if e.named
        && let Some((n, p)) = super::places::at(&e.words, 0)
        && n == e.words.len()
        && matches!(p.form, super::places::PlaceForm::Name | super::places::PlaceForm::Capital)
    {
        return SourceClass::Official;
    }
    if official {
        return SourceClass::Official;
    }
    if !e.named && e.actor == Actor::Body && e.plural {
        // Unnamed bodies of which there are several and that hold no office are anonymous
        // ("polls", "gay rights groups"; "police" holds one).
        return SourceClass::Anonymous;
    }
    if !e.named && e.actor == Actor::Body {
        // An unnamed body speaks on the record ("the ministry", "the campaign"); one whose
        // words say neither ("the group") is not called official.
        return if private { SourceClass::NonOfficial } else { SourceClass::Unknown };
    }
    if !e.named {
        // One particular unnamed person who holds no office is still unnamed ("the
        // cameraman", "the man").
        return SourceClass::Anonymous;
    }
    if borrowed && !private {
        return SourceClass::Official;
    }
    SourceClass::NonOfficial
}
