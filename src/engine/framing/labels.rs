//! Labels: the mentions that name the same referent across the bundle — names with and
//! without titles ("Chief Superintendent Harriet Doyle" / "Doyle"), acronyms and their
//! expansions ("CPC" / "Communist Party of China"), word-order and demonym variants ("Chinese
//! Communist Party"), descriptions ("the Party", "the ruling party"), a place that stands for
//! its government ("Beijing said"), and the words outlets choose for a group ("protesters" /
//! "rioters" / "mob") — and, per referent, the label each article uses and how often.
//!
//! A place name joins an organisation when two linked sentences report the same statement
//! and one names the speaker by the organisation, the other by the place ("The party says
//! …" / "Beijing touted …"): the alignment shows they fill the same role.

use super::{Signals, Unit, View, excerpt, join_names};
use crate::engine::fasthash::HashMap as FastMap;
use crate::engine::fasthash::HashSet;
use crate::engine::lexicon;
use crate::engine::reading::names::{self, NameRun};
use crate::engine::report::{ArticleLabels, Highlight, Kind, LabelCount, Referent};
use crate::engine::sorted::SortedMap;
use crate::engine::sorting;
use crate::engine::text::{Span, TokenKind, normalize_word};
use crate::engine::words::is_function_word;

/// What kind of referent an entity is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntityKind {
    /// A person (a name of two or three words, or a title and a name).
    Person,
    /// An organisation, a place or anything else with a proper name.
    Named,
    /// A group of people named by a common noun ("protesters"); the category from actors.txt.
    Group(String),
}

/// One mention of a referent.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// Article index in the bundle.
    pub article: usize,
    /// Unit index in the article's view.
    pub unit: usize,
    /// The bytes.
    pub span: Span,
    /// The label as written ("the Party", "CPC").
    pub label: String,
    /// True inside a quotation (the speaker's label, not the outlet's).
    pub quoted: bool,
    /// True when a one-word name is used as an actor here ("Beijing touted", "Beijing's").
    pub actor: bool,
    /// True when a one-word name stands after a preposition of place here ("in Beijing").
    pub locative: bool,
    /// True when the mention was moved from a place to the organisation it stands for.
    pub metonym: bool,
    /// How the label names the referent.
    pub form: Form,
}

/// How a label names its referent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// A proper name or part of one ("Communist Party of China", "Doyle").
    Name,
    /// An acronym ("CPC").
    Acronym,
    /// A description with "the" ("the Party", "the ruling party").
    Description,
    /// A common noun for a group ("protesters", "mob").
    Group,
}

/// A referent and its mentions across the bundle.
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    /// The fullest name found.
    pub name: String,
    /// The lower-case key words of the fullest name (titles left out).
    pub words: Vec<String>,
    /// Person, named thing or group.
    pub kind: EntityKind,
    /// Every mention, in article and reading order.
    pub mentions: Vec<Mention>,
}

impl Entity {
    /// The articles that mention it, in bundle order.
    pub fn articles(&self) -> Vec<usize> {
        let mut a: Vec<usize> = self.mentions.iter().map(|m| m.article).collect();
        sorting::sort(&mut a);
        a.dedup();
        a
    }

    /// Per article, its labels with counts, most used first.
    pub fn labels(&self, article: usize) -> Vec<(String, usize)> {
        let mut by: SortedMap<String, (String, usize, usize)> = SortedMap::new();
        for (i, m) in self.mentions.iter().enumerate().filter(|(_, m)| m.article == article) {
            let key = if m.form == Form::Group { label_key(&m.label).to_lowercase() } else { label_key(&m.label) };
            let shown = if m.form == Form::Group { m.label.to_lowercase() } else { m.label.clone() };
            let e = by.entry(key).or_insert((shown, 0, i));
            e.1 += 1;
        }
        let mut v: Vec<(String, usize, usize)> = by.into_values().collect();
        sorting::sort_by(&mut v, |a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
        v.into_iter().map(|(l, n, _)| (l, n)).collect()
    }
}

/// The grouping key of a label: without a leading "the" and a trailing possessive, case kept
/// ("the Party" and "Party" are one label; "the party" is another).
pub fn label_key(label: &str) -> String {
    let l = label.trim();
    let l = l.strip_prefix("the ").or_else(|| l.strip_prefix("The ")).unwrap_or(l);
    names::strip_possessive(l).to_string()
}

/// A mention found in the text, before grouping.
#[derive(Clone, Debug)]
struct Raw {
    mention: Mention,
    /// Key words (lower case, no titles, no possessive).
    words: Vec<String>,
    kind: RawKind,
    /// Acronym defined right after this name ("Communist Party of China (CPC)").
    defines: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
enum RawKind {
    Name { person: bool },
    Acronym,
    Single,
    Description { head: String },
    Group(String),
}

/// Nouns that name individuals in other roles but a crowd when they march
/// ("12,000 residents, nurses and families marched").
const CROWD_NOUNS: &[&str] = &[
    "residents",
    "people",
    "families",
    "nurses",
    "pensioners",
    "locals",
    "citizens",
    "students",
    "workers",
    "parents",
    "supporters",
    "women",
    "men",
    "youths",
    "teenagers",
    "doctors",
    "farmers",
    "employees",
    "fans",
];

/// Verbs that make the nouns above a crowd.
const CROWD_VERBS: &[&str] = &[
    "marched",
    "march",
    "rallied",
    "rally",
    "gathered",
    "protested",
    "protest",
    "demonstrated",
    "paraded",
    "massed",
    "took",
];

/// Endings of nationality adjectives ("Chinese", "Korvanian", "British").
const DEMONYM_ENDINGS: &[&str] = &["ese", "ian", "ean", "an", "ish", "i"];

/// True when two name words are the same, or a place and its adjective ("China"/"Chinese").
fn words_match(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (ca, cb) = (a.chars().count(), b.chars().count());
    if ca < 4 || cb < 4 || ca.abs_diff(cb) > 4 {
        return false;
    }
    let demonym = |w: &str| DEMONYM_ENDINGS.iter().any(|e| w.ends_with(e));
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    common >= 4 && demonym(a) != demonym(b)
}

/// True when every word of `small` matches a word of `big`.
fn subset(small: &[String], big: &[String]) -> bool {
    small.iter().all(|w| big.iter().any(|x| words_match(w, x)))
}

/// The initials of a name's content words ("Communist Party of China" → "cpc").
fn initials(words: &[String]) -> String {
    words
        .iter()
        .filter(|w| !matches!(w.as_str(), "of" | "the" | "and" | "for" | "on" | "de"))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// The key words of tokens `a..b` of a unit: lower case, no possessive, function words and
/// titles left out.
fn key_words(u: &Unit, a: usize, b: usize) -> Vec<String> {
    (a..b)
        .filter(|&k| u.tokens[k].kind == TokenKind::Word)
        .map(|k| names::strip_possessive(&u.tokens[k].norm).to_string())
        .filter(|w| !matches!(w.as_str(), "of" | "the" | "and" | "for" | "on"))
        .collect()
}

/// Finds the referents of the bundle and their mentions.
pub fn referents(views: &[View], sig: &Signals) -> Vec<Entity> {
    let raws = collect(views);
    let mut entities = group(views, raws);
    merge_metonyms(sig, &mut entities);
    for e in &mut entities {
        sorting::sort_by_key(&mut e.mentions, |m| (m.article, m.unit, m.span.start));
        e.mentions.dedup_by(|a, b| a.article == b.article && a.span == b.span && a.unit == b.unit);
    }
    entities.retain(|e| !e.mentions.is_empty());
    entities
}

/// Collects the raw mentions of every article.
fn collect(views: &[View]) -> Vec<Raw> {
    let lex = lexicon::get();
    let mut out = Vec::new();
    for v in views {
        for (ui, u) in v.units.iter().enumerate() {
            let runs = &u.runs;
            let mut in_run = vec![false; u.tokens.len()];
            for r in runs {
                for f in in_run.iter_mut().take(r.end).skip(r.start) {
                    *f = true;
                }
            }
            for r in runs {
                if let Some(raw) = name_raw(v, ui, u, *r) {
                    out.push(raw);
                }
            }
            // Descriptions: "the party", "the ruling party", "the department".
            for i in 0..u.tokens.len() {
                if u.tokens[i].norm != "the" {
                    continue;
                }
                // "the party", "the ruling party": at most one describing word, a generic one.
                let mut j = i + 1;
                if u.tokens.get(j).is_some_and(|t| DESCRIBING.contains(&t.norm.as_str())) {
                    j += 1;
                }
                let Some(t) = u.tokens.get(j) else { continue };
                let head = names::strip_possessive(&t.norm).to_string();
                if t.kind != TokenKind::Word || !DESCRIPTION_HEADS.contains(&head.as_str()) {
                    continue;
                }
                // "the Party" as a one-word run, or "the party" in lower case: not part of a
                // longer name ("the Party Central Committee").
                let next_is_name = u.tokens.get(j + 1).is_some_and(|_| names::is_name_word(u, j + 1));
                if next_is_name || (in_run[j] && runs.iter().any(|r| r.start <= j && j < r.end && r.end - r.start > 1))
                {
                    continue;
                }
                if u.tokens.get(j + 1).is_some_and(|n| n.norm == "of") {
                    continue;
                }
                // "a welcome party …, and the party ended at midnight": a celebration.
                if head == "party" && !u.is_capitalized(j) && social_party_before(v, ui, i) {
                    continue;
                }
                out.push(Raw {
                    mention: mention(v, ui, u, i, j + 1, Form::Description),
                    words: vec![head.clone()],
                    kind: RawKind::Description { head },
                    defines: None,
                });
            }
            // Group labels ("protesters", "mob", "riot police"), outside names.
            let norms = lexicon::norms(&u.tokens);
            let mut i = 0;
            while i < u.tokens.len() {
                if in_run[i] && u.is_capitalized(i) && i > 0 {
                    i += 1;
                    continue;
                }
                if let Some((n, cat)) = lex.actors.longest(&norms, i) {
                    out.push(Raw {
                        mention: mention(v, ui, u, i, i + n, Form::Group),
                        words: vec![cat.to_string()],
                        kind: RawKind::Group(cat.to_string()),
                        defines: None,
                    });
                    i += n;
                    continue;
                }
                // "residents, nurses and families marched": a crowd by what it does.
                if CROWD_NOUNS.contains(&norms[i]) {
                    let mut j = i + 1;
                    while j < u.tokens.len()
                        && (matches!(norms[j], "," | "and") || CROWD_NOUNS.contains(&norms[j]))
                        && j < i + 6
                    {
                        j += 1;
                    }
                    let end = (i..j).rev().find(|&k| CROWD_NOUNS.contains(&norms[k])).map_or(i + 1, |k| k + 1);
                    if norms.get(j).is_some_and(|w| CROWD_VERBS.contains(w)) {
                        out.push(Raw {
                            mention: mention(v, ui, u, i, end, Form::Group),
                            words: vec!["crowd".into()],
                            kind: RawKind::Group("crowd".into()),
                            defines: None,
                        });
                        i = end;
                        continue;
                    }
                }
                i += 1;
            }
        }
    }
    out
}

fn mention(v: &View, ui: usize, u: &Unit, a: usize, b: usize, form: Form) -> Mention {
    let label = names::strip_possessive(u.slice(a, b)).to_string();
    Mention {
        article: v.index,
        unit: ui,
        span: u.span_of(a, b),
        label,
        quoted: u.quoted[a],
        actor: false,
        locative: false,
        metonym: false,
        form,
    }
}

/// Words that may stand between "the" and the head of a description without naming a
/// different body ("the ruling party", "the high court").
const DESCRIBING: &[&str] = &[
    "ruling",
    "governing",
    "main",
    "top",
    "high",
    "highest",
    "federal",
    "national",
    "central",
    "state",
    "local",
    "country's",
    "nation's",
    "city's",
    "communist",
    "opposition",
];

/// Words that make a "party" a celebration ("a welcome party", "the birthday party").
const SOCIAL_PARTY: &[&str] = &[
    "welcome",
    "birthday",
    "dinner",
    "garden",
    "tea",
    "launch",
    "farewell",
    "leaving",
    "street",
    "house",
    "christmas",
    "engagement",
    "wedding",
    "cocktail",
    "costume",
    "surprise",
    "dance",
    "beach",
    "retirement",
    "pool",
    "block",
];

/// True when a celebration ("welcome party") is mentioned in unit `ui` before token `i`, or
/// earlier in the same paragraph: a lower-case "the party" after it is that celebration.
fn social_party_before(v: &View, ui: usize, i: usize) -> bool {
    let para = v.units[ui].paragraph;
    (0..=ui).rev().take_while(|&k| v.units[k].paragraph == para && !v.units[k].is_title()).any(|k| {
        let u = &v.units[k];
        let end = if k == ui { i } else { u.tokens.len() };
        (1..end).any(|j| {
            matches!(u.tokens[j].norm.as_str(), "party" | "parties")
                && SOCIAL_PARTY.contains(&u.tokens[j - 1].norm.as_str())
        })
    })
}

/// Nouns that a "the …" description can end in when it stands for a named body ("the
/// Party", "the ruling party", "the department", "the board").
const DESCRIPTION_HEADS: &[&str] = &[
    "party",
    "department",
    "ministry",
    "committee",
    "council",
    "board",
    "government",
    "agency",
    "campaign",
    "alliance",
    "organisation",
    "organization",
    "union",
    "company",
    "court",
    "administration",
    "commission",
    "institute",
    "association",
    "league",
    "front",
    "movement",
    "bank",
    "service",
    "office",
    "centre",
    "center",
    "school",
    "university",
    "hospital",
    "infirmary",
    "group",
    "force",
    "army",
    "parliament",
    "congress",
    "senate",
];

/// The raw mention for a run of name words, or `None` for words that are not names here. The
/// runs come without the common words that open a sentence ([`names::Casing`]).
fn name_raw(v: &View, ui: usize, u: &Unit, r: NameRun) -> Option<Raw> {
    let inner = names::without_titles(u, r);
    let words = key_words(u, inner.start, inner.end);
    if words.is_empty() || words.iter().all(|w| names::is_title(w.as_str())) {
        return None;
    }
    if words.len() == 1 {
        let w = &words[0];
        // An adjective of nationality before a noun ("Chinese regime").
        let next_lower = u.tokens.get(r.end).is_some_and(|t| t.kind == TokenKind::Word && !u.is_capitalized(r.end));
        if DEMONYM_ENDINGS.iter().any(|e| w.ends_with(e)) && next_lower && w.len() > 4 {
            return None;
        }
        // "the Party": a description, handled with the other descriptions.
        if names::ORG_WORDS.contains(&w.as_str()) {
            return None;
        }
    }
    // "Communist Party of China (CPC)": the acronym in brackets right after the name.
    let defines = (u.tokens.get(r.end).is_some_and(|t| t.norm == "(")
        && u.tokens.get(r.end + 2).is_some_and(|t| t.norm == ")")
        && names::is_acronym(u.tok(r.end + 1)))
    .then(|| u.tokens[r.end + 1].norm.clone());
    // "D-N.C.", "R-Texas": party and state tags, not names.
    if words.len() == 1
        && u.tok(inner.start).contains('-')
        && u.tok(inner.start).chars().filter(|c| c.is_uppercase()).count() >= 2
    {
        return None;
    }
    let kind = if words.len() == 1 && names::is_acronym(u.tok(inner.start)) {
        RawKind::Acronym
    } else if words.len() == 1 {
        RawKind::Single
    } else {
        RawKind::Name { person: names::looks_like_person(u, r) }
    };
    let form = if kind == RawKind::Acronym { Form::Acronym } else { Form::Name };
    let mut m = mention(v, ui, u, r.start, r.end, form);
    if kind == RawKind::Single {
        m.actor = actor_use(u, r);
        let prev = (0..r.start).rev().find(|&k| u.is_word(k)).map(|k| u.tokens[k].norm.as_str());
        m.locative = prev.is_some_and(|p| LOCATIVE.contains(&p));
    }
    Some(Raw { mention: m, words, kind, defines })
}

/// Prepositions of place: a one-word name after one of them is a place ("in Beijing").
const LOCATIVE: &[&str] = &["in", "at", "from", "to", "near", "outside", "across", "around", "via", "through", "into"];

/// True when a one-word name is used as an actor (subject of a verb, possessive, or object
/// of a verb) rather than as a location ("in Beijing", "from Beijing").
fn actor_use(u: &Unit, r: NameRun) -> bool {
    if names::ends_with_possessive(u, r.end - 1) {
        return true;
    }
    let prev = (0..r.start).rev().find(|&k| u.is_word(k)).map(|k| u.tokens[k].norm.as_str());
    if prev.is_some_and(|p| {
        matches!(
            p,
            "in" | "at"
                | "from"
                | "to"
                | "near"
                | "outside"
                | "across"
                | "around"
                | "of"
                | "via"
                | "through"
                | "into"
                | "between"
        )
    }) {
        return false;
    }
    let next = u.tokens.get(r.end);
    next.is_some_and(|t| t.kind == TokenKind::Word && !u.is_capitalized(r.end) && !is_function_word(&t.norm))
        || prev.is_some_and(|p| !is_function_word(p) && !p.ends_with("ly"))
}

/// Groups the raw mentions into entities.
fn group(views: &[View], mut raws: Vec<Raw>) -> Vec<Entity> {
    let mut entities: Vec<Entity> = Vec::new();
    // Exact keys of multi-word names → entity.
    let mut by_key: FastMap<String, usize> = FastMap::default();
    let sorted_key = |w: &[String]| {
        let mut k = w.to_vec();
        sorting::sort(&mut k);
        k.join(" ")
    };
    // 1. Multi-word names, longest first, so that shorter forms find their full name.
    sorting::sort_by(&mut raws, |a, b| {
        b.words
            .len()
            .cmp(&a.words.len())
            .then(a.mention.article.cmp(&b.mention.article))
            .then(a.mention.span.start.cmp(&b.mention.span.start))
    });
    let mut acronyms: Vec<(String, usize)> = Vec::new();
    let mut rest: Vec<Raw> = Vec::new();
    for raw in raws {
        let RawKind::Name { person } = raw.kind else {
            rest.push(raw);
            continue;
        };
        let key = sorted_key(&raw.words);
        let found = by_key.get(&key).copied().or_else(|| {
            // The same words up to a demonym ("Chinese Communist Party" / "Communist Party of
            // China"), or a shorter form of one longer name ("Communist Party").
            let same: Vec<usize> = entities
                .iter()
                .enumerate()
                .filter(|(_, e)| {
                    e.kind != EntityKind::Group(String::new())
                        && !matches!(e.kind, EntityKind::Group(_))
                        && ((e.words.len() == raw.words.len()
                            && subset(&raw.words, &e.words)
                            && subset(&e.words, &raw.words))
                            || (raw.words.len() >= 2
                                && raw.words.len() < e.words.len()
                                && subset(&raw.words, &e.words)))
                })
                .map(|(i, _)| i)
                .collect();
            (same.len() == 1).then(|| same[0])
        });
        let id = match found {
            Some(id) => id,
            None => {
                entities.push(Entity {
                    name: raw.mention.label.clone(),
                    words: raw.words.clone(),
                    kind: if person { EntityKind::Person } else { EntityKind::Named },
                    mentions: Vec::new(),
                });
                entities.len() - 1
            }
        };
        by_key.entry(key).or_insert(id);
        if let Some(a) = &raw.defines {
            acronyms.push((a.clone(), id));
        }
        entities[id].mentions.push(raw.mention);
    }
    // 2. Acronyms, single words, descriptions and groups.
    let mut groups: SortedMap<String, usize> = SortedMap::new();
    for raw in rest {
        let art = raw.mention.article;
        let id = match &raw.kind {
            RawKind::Acronym => {
                let a = raw.words[0].clone();
                acronyms.iter().find(|x| x.0 == a).map(|x| x.1).or_else(|| {
                    let hits: Vec<usize> = entities
                        .iter()
                        .enumerate()
                        .filter(|(_, e)| e.kind == EntityKind::Named && e.words.len() >= 2 && initials(&e.words) == a)
                        .map(|(i, _)| i)
                        .collect();
                    (hits.len() == 1).then(|| hits[0])
                })
            }
            RawKind::Single => {
                let w = &raw.words[0];
                // A surname or given name of a person: prefer one mentioned in this article.
                let people: Vec<usize> = entities
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| e.kind == EntityKind::Person && e.words.iter().any(|x| x == w))
                    .map(|(i, _)| i)
                    .collect();
                let local: Vec<usize> =
                    people.iter().copied().filter(|&i| entities[i].mentions.iter().any(|m| m.article == art)).collect();
                if local.len() == 1 {
                    Some(local[0])
                } else if people.len() == 1 {
                    Some(people[0])
                } else {
                    by_key.get(w.as_str()).copied()
                }
            }
            RawKind::Description { head } => {
                // The entity with this head that the article names most often.
                let mut best: Option<(usize, usize)> = None;
                for (i, e) in entities.iter().enumerate() {
                    if e.kind != EntityKind::Named
                        || e.words.len() < 2
                        || !name_head(&e.name).is_some_and(|w| words_match(&w, head))
                    {
                        continue;
                    }
                    let n = e.mentions.iter().filter(|m| m.article == art && !m.label.starts_with("the ")).count();
                    if n > 0 && best.is_none_or(|(_, b)| n > b) {
                        best = Some((i, n));
                    }
                }
                match best {
                    Some((i, _)) => Some(i),
                    None => continue,
                }
            }
            RawKind::Group(cat) => groups.get(cat).copied(),
            RawKind::Name { .. } => None,
        };
        let id = match id {
            Some(id) => id,
            None => {
                let kind = match &raw.kind {
                    RawKind::Group(cat) => EntityKind::Group(cat.clone()),
                    _ => EntityKind::Named,
                };
                entities.push(Entity {
                    name: raw.mention.label.clone(),
                    words: raw.words.clone(),
                    kind: kind.clone(),
                    mentions: Vec::new(),
                });
                let id = entities.len() - 1;
                match kind {
                    EntityKind::Group(cat) => {
                        groups.insert(cat, id);
                    }
                    _ => {
                        by_key.entry(raw.words.join(" ")).or_insert(id);
                    }
                }
                id
            }
        };
        entities[id].mentions.push(raw.mention);
    }
    // Names: the longest label of a named entity; the most used label of a group.
    for e in &mut entities {
        match e.kind {
            EntityKind::Group(_) => {
                let mut counts: SortedMap<String, (usize, HashSet<usize>)> = SortedMap::new();
                for m in &e.mentions {
                    let c = counts.entry(m.label.to_lowercase()).or_default();
                    c.0 += 1;
                    c.1.insert(m.article);
                }
                if let Some((l, _)) =
                    counts.iter().max_by(|a, b| (a.1.1.len(), a.1.0).cmp(&(b.1.1.len(), b.1.0)).then(b.0.cmp(a.0)))
                {
                    e.name = l.clone();
                }
            }
            _ => {
                if let Some(m) = e
                    .mentions
                    .iter()
                    .filter(|m| !m.label.starts_with("the ") && !m.metonym)
                    .max_by_key(|m| (m.label.len(), std::cmp::Reverse(m.article)))
                {
                    e.name = m.label.clone();
                }
            }
        }
    }
    let _ = views;
    entities
}

/// The head noun of a name: its last word before "of" or "for" ("Communist Party of China"
/// → "party", "Regional Health Board" → "board").
fn name_head(name: &str) -> Option<String> {
    let lower = name.to_lowercase();
    let main = lower.split(" of ").next().unwrap_or(&lower);
    let main = main.split(" for ").next().unwrap_or(main);
    main.split_whitespace().last().map(|w| names::strip_possessive(w).to_string())
}

/// Joins a place used as a speaker to the organisation that linked sentences name as the
/// speaker of the same statement ("The party says …" / "Beijing touted …").
fn merge_metonyms(sig: &Signals, entities: &mut [Entity]) {
    let lm = &sig.links;
    let entity_at = |entities: &[Entity], k: usize, u: usize, span: Span| -> Option<usize> {
        entities
            .iter()
            .position(|e| e.mentions.iter().any(|m| m.article == k && m.unit == u && m.span.overlap(span) > 0))
    };
    let mut votes: SortedMap<(usize, usize), f64> = SortedMap::new();
    for (&((ka, ua), (kb, ub)), &score) in lm.iter() {
        if ka >= kb || score < METONYM_LINK {
            continue;
        }
        for sa in sig.statements[ka].iter().filter(|s| s.unit == ua) {
            for sb in sig.statements[kb].iter().filter(|s| s.unit == ub) {
                let (Some((_, spa)), Some((_, spb))) = (sa.speaker.mention, sb.speaker.mention) else { continue };
                let (Some(ea), Some(eb)) = (entity_at(entities, ka, ua, spa), entity_at(entities, kb, ub, spb)) else {
                    continue;
                };
                if ea == eb {
                    continue;
                }
                // One side a place used as an actor, the other an organisation. A one-word name
                // is a place when some article puts it after a preposition of place.
                let place = |e: usize, k: usize, u: usize| {
                    entities[e].words.len() == 1
                        && entities[e].kind == EntityKind::Named
                        && entities[e].mentions.iter().any(|m| m.locative)
                        && entities[e].mentions.iter().any(|m| m.article == k && m.unit == u && m.actor)
                };
                let org = |e: usize| entities[e].kind == EntityKind::Named && entities[e].words.len() >= 2;
                if place(ea, ka, ua) && org(eb) {
                    *votes.entry((eb, ea)).or_default() += score;
                } else if place(eb, kb, ub) && org(ea) {
                    *votes.entry((ea, eb)).or_default() += score;
                }
            }
        }
    }
    // Each place joins the organisation with the most votes; only its actor uses move.
    let mut best: SortedMap<usize, (usize, f64)> = SortedMap::new();
    for (&(org, place), &v) in &votes {
        if best.get(&place).is_none_or(|&(_, b)| v > b) {
            best.insert(place, (org, v));
        }
    }
    for (place, (org, _)) in best {
        let moved: Vec<Mention> = entities[place]
            .mentions
            .iter()
            .filter(|m| m.actor)
            .cloned()
            .map(|mut m| {
                m.metonym = true;
                m
            })
            .collect();
        entities[place].mentions.retain(|m| !m.actor);
        entities[org].mentions.extend(moved);
    }
}

/// A link this strong (the alignment's confident range) is needed before the speakers of the
/// two sentences are taken to be one referent.
pub const METONYM_LINK: f64 = 0.3;

/// True when a label is only a form of a person's name (with or without title or first
/// name), or a surname with a title: a difference that says nothing about framing.
fn name_variant(e: &Entity, label: &str) -> bool {
    if e.kind != EntityKind::Person && !(e.kind == EntityKind::Named && e.words.len() == 1) {
        return false;
    }
    // Any label with the person's surname is a form of their name ("Arkansas Gov. Mike
    // Huckabee", "Mr. Huckabee").
    let surname = e.words.last().cloned().unwrap_or_default();
    if e.kind == EntityKind::Person
        && label
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
            .any(|w| normalize_word(names::strip_possessive(w)) == surname)
    {
        return true;
    }
    label
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’' && c != '-')
        .filter(|w| !w.is_empty())
        .map(|w| names::strip_possessive(w).to_lowercase())
        .all(|w| e.words.contains(&w) || names::is_title(w.as_str()) || w == "the")
}

/// Entities worth showing: named by at least two articles.
pub fn shown(entities: &[Entity]) -> Vec<usize> {
    let mut ids: Vec<usize> = (0..entities.len()).filter(|&i| entities[i].articles().len() >= 2).collect();
    sorting::sort_by(&mut ids, |&a, &b| entities[b].mentions.len().cmp(&entities[a].mentions.len()).then(a.cmp(&b)));
    ids
}

/// A label one article uses for an entity that no other article uses: (article, label key,
/// the mentions).
pub fn distinctive(e: &Entity) -> Vec<(usize, String, Vec<&Mention>)> {
    let arts = e.articles();
    let mut out = Vec::new();
    for &k in &arts {
        for (label, _) in e.labels(k) {
            let key = label_key(&label);
            let elsewhere = e.mentions.iter().any(|m| m.article != k && label_key(&m.label).eq_ignore_ascii_case(&key));
            let ms: Vec<&Mention> = e
                .mentions
                .iter()
                .filter(|m| m.article == k && label_key(&m.label).eq_ignore_ascii_case(&key))
                .collect();
            // A name shortened to some of its own words ("Health Board" for "Regional Health
            // Board") says nothing about framing.
            let shortened = ms.iter().all(|m| m.form == Form::Name && !m.metonym) && {
                let words: Vec<String> =
                    key.split_whitespace().map(|w| normalize_word(names::strip_possessive(w))).collect();
                words.iter().all(|w| e.words.contains(w) || is_function_word(w) || names::is_title(w.as_str()))
            };
            if elsewhere || name_variant(e, &label) || shortened || ms.is_empty() {
                continue;
            }
            out.push((k, label, ms));
        }
    }
    out
}

/// Label highlights: every mention whose label for its referent differs from the labels of
/// all other articles.
pub fn highlights(views: &[View], entities: &[Entity]) -> Vec<Highlight> {
    let mut out = Vec::new();
    for id in shown(entities) {
        let e = &entities[id];
        for (k, label, ms) in distinctive(e) {
            let others: Vec<String> = e
                .articles()
                .into_iter()
                .filter(|&o| o != k)
                .filter_map(|o| e.labels(o).first().map(|(l, _)| format!("{} “{}”", views[o].name, excerpt(l, 40))))
                .collect();
            let note = format!(
                "Only {} calls {} “{}”; {}.",
                views[k].name,
                referent_phrase(e),
                excerpt(&label, 40),
                if others.is_empty() {
                    "the others name it differently".to_string()
                } else {
                    format!("elsewhere: {}", join_names(&others))
                }
            );
            for m in ms {
                let class = if m.quoted { "quoted" } else { "outlet" };
                out.push(views[k].highlight(m.unit, m.span, Kind::Label, Some(class.into()), note.clone()));
            }
        }
    }
    out
}

/// How notes and findings refer to an entity: "the Communist Party of China", "the crowd".
pub fn referent_phrase(e: &Entity) -> String {
    match &e.kind {
        EntityKind::Group(cat) => match cat.as_str() {
            "crowd" => "the people who took part".into(),
            "police" => "the police".into(),
            "armed-group" => "the armed group".into(),
            "migrants" => "the migrants".into(),
            other => format!("the {other}"),
        },
        EntityKind::Person => e.name.clone(),
        EntityKind::Named => {
            let lower = e.name.to_lowercase();
            if e.words.len() >= 2 && !lower.starts_with("the ") { format!("the {}", e.name) } else { e.name.clone() }
        }
    }
}

/// The referents for the report: those named by at least two articles, most mentioned first.
pub fn report(views: &[View], entities: &[Entity]) -> Vec<Referent> {
    shown(entities)
        .into_iter()
        .enumerate()
        .map(|(id, i)| {
            let e = &entities[i];
            Referent {
                id,
                name: e.name.clone(),
                labels: views
                    .iter()
                    .map(|v| ArticleLabels {
                        article: v.id.to_string(),
                        labels: e
                            .labels(v.index)
                            .into_iter()
                            .map(|(label, count)| LabelCount { label, count })
                            .collect(),
                    })
                    .collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demonyms_and_acronyms() {
        assert!(words_match("chinese", "china"));
        assert!(words_match("korvanian", "korvania"));
        assert!(!words_match("communist", "community"));
        let w: Vec<String> = ["communist", "party", "of", "china"].iter().map(|s| s.to_string()).collect();
        assert_eq!(initials(&w), "cpc");
    }
}
