//! Mentions: the places where a sentence names or describes an actor — a person, a group of
//! people, an organisation or a place acting as one. Three kinds:
//! - **names**, with the title before them and the party tag after them ("Sen. Tim Kaine
//!   (D-Va.)", "North Korean leader Kim Jong Un", "Michael J. Green");
//! - **descriptions**: noun phrases whose head is a role ("the president", "his Japanese
//!   counterpart", "a spokesman for the ministry", "officials", "protesters", "the regime");
//! - **pronouns** ("he", "their").
//!
//! A name and a description next to each other with only a comma between them are an
//! apposition ("Kim Jong Un, the North Korean leader,"): each records the other.

use super::Unit;
use super::chunk::Chunk;
use super::names::{self, NameRun, is_acronym};
use super::tag::Tag;
use super::tag::possessive;
use crate::engine::lexicon::{self, RoleClass, RoleKind, RoleWord, WordClass};
use crate::engine::wordlist::WordList;

/// What kind of mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MentionKind {
    /// A proper name.
    Name,
    /// A noun phrase that describes an actor by role or kind.
    Description,
    /// A personal or possessive pronoun.
    Pronoun,
}

/// What kind of actor a mention names, as far as the sentence tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Actor {
    /// One person.
    Person,
    /// A group of people named by what they do ("officials", "protesters").
    People,
    /// An organisation, institution or authority.
    Body,
    /// A name the sentence does not tell the kind of ("Kenya", "Steele").
    Unknown,
}

/// Grammatical gender, where a pronoun or honorific gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    /// "he", "Mr."
    Male,
    /// "she", "Mrs.", "Ms."
    Female,
    /// Not given.
    Unknown,
}

/// One mention in a unit. Token ranges are `(start, end)`, end exclusive.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// The whole mention (determiner, title, name or description, complement).
    pub start: usize,
    /// One past its last token.
    pub end: usize,
    /// The head token.
    pub head: usize,
    /// Name, description or pronoun.
    pub kind: MentionKind,
    /// What kind of actor.
    pub actor: Actor,
    /// The name without its title ("Tim Kaine" of "Sen. Tim Kaine").
    pub name: Option<(usize, usize)>,
    /// The role words: the title before a name ("Sen.", "North Korean leader") or the
    /// description without its determiner and complement ("Japanese counterpart").
    pub role: Option<(usize, usize)>,
    /// What the role words say about the source class.
    pub role_word: Option<RoleWord>,
    /// The complement of a role: "of Japan", "for the ministry" (the tokens after the
    /// preposition).
    pub complement: Option<(usize, usize)>,
    /// A party tag after the name ("D-Va." inside brackets).
    pub party: Option<(usize, usize)>,
    /// True for plural mentions ("officials", "they").
    pub plural: bool,
    /// Gender where the words give it.
    pub gender: Gender,
    /// The determiner or possessive that opens a description ("the", "a", "his").
    pub determiner: Option<usize>,
    /// True when the mention ends in a possessive ("Kim's").
    pub possessive: bool,
    /// The mention this one is in apposition with (index into the unit's mentions).
    pub apposition: Option<usize>,
    /// A plural title before the first name of a list that is this name's title too ("Sens."
    /// of "Sens. Ann Lee and Ola Borg" for Ola Borg): tokens outside the mention.
    pub list_title: Option<(usize, usize)>,
}

impl Mention {
    fn new(start: usize, end: usize, head: usize, kind: MentionKind) -> Mention {
        Mention {
            start,
            end,
            head,
            kind,
            actor: Actor::Unknown,
            name: None,
            role: None,
            role_word: None,
            complement: None,
            party: None,
            plural: false,
            gender: Gender::Unknown,
            determiner: None,
            possessive: false,
            apposition: None,
            list_title: None,
        }
    }

    /// One past the last token of the mention with its party tag and the tag's closing mark.
    pub fn outer_end(&self) -> usize {
        self.party.map_or(self.end, |p| p.1 + 1)
    }

    /// True when the description is indefinite ("a diplomat", "some officials", "officials").
    pub fn indefinite(&self, u: &Unit) -> bool {
        match self.determiner {
            Some(d) => matches!(
                u.tokens[d].norm.as_str(),
                "a" | "an" | "some" | "several" | "many" | "few" | "other" | "another" | "various" | "one" | "certain"
            ),
            None => self.kind == MentionKind::Description,
        }
    }

    /// The first token of the description with its owner ("China's" of "China's ruling
    /// party", split off as a mention of its own): the start of the whole phrase.
    pub fn owner_start(&self, u: &Unit) -> usize {
        match self.determiner {
            Some(d) if d < self.start => u.mentions.iter().find(|x| x.end == d + 1).map_or(d, |x| x.start),
            _ => self.start,
        }
    }
}

/// The description that mention `i`, a possessive, owns and that follows it right away
/// ("treasurer" of "the party's treasurer", "office" of "Lee's office").
pub fn owned_by(mentions: &[Mention], i: usize) -> Option<usize> {
    let m = &mentions[i];
    if !m.possessive {
        return None;
    }
    mentions
        .iter()
        .position(|d| d.kind == MentionKind::Description && d.determiner == Some(m.end - 1) && d.start == m.end)
}

/// Pronouns that can stand for an actor: gender and number.
fn pronoun(norm: &str) -> Option<(Gender, bool)> {
    Some(match norm {
        "he" | "him" | "his" | "himself" => (Gender::Male, false),
        "she" | "her" | "hers" | "herself" => (Gender::Female, false),
        "it" | "its" | "itself" => (Gender::Unknown, false),
        "they" | "them" | "their" | "themselves" | "we" | "us" | "our" => (Gender::Unknown, true),
        "i" | "me" | "my" => (Gender::Unknown, false),
        _ => return None,
    })
}

/// A pronoun mention at token `at`: "it" and "its" stand for a body, a gendered one for a
/// person, a plural one for people.
fn pronoun_mention(at: usize, gender: Gender, plural: bool, possessive: bool) -> Mention {
    let mut m = Mention::new(at, at + 1, at, MentionKind::Pronoun);
    m.gender = gender;
    m.plural = plural;
    m.possessive = possessive;
    m.actor = if plural {
        Actor::People
    } else if gender == Gender::Unknown {
        Actor::Body
    } else {
        Actor::Person
    };
    m
}

/// Gender given by an honorific.
fn honorific_gender(norm: &str) -> Gender {
    match norm {
        "mr" | "sir" | "lord" | "king" | "prince" | "father" | "brother" | "congressman" | "chairman" | "spokesman"
        | "assemblyman" | "councilman" | "businessman" | "husband" | "son" | "widower" | "boyfriend" | "man"
        | "grandfather" | "nephew" | "uncle" => Gender::Male,
        "mrs" | "ms" | "miss" | "dame" | "lady" | "queen" | "princess" | "sister" | "congresswoman" | "chairwoman"
        | "spokeswoman" | "assemblywoman" | "councilwoman" | "businesswoman" | "wife" | "daughter" | "widow"
        | "girlfriend" | "woman" | "grandmother" | "niece" | "aunt" | "mother" => Gender::Female,
        _ => Gender::Unknown,
    }
}

/// The longest role phrase that ends at token `end - 1` and starts at or after `from`: its
/// start and value.
fn role_ending_at(norms: &[&str], from: usize, end: usize) -> Option<(usize, RoleWord)> {
    lexicon::get().role_words.ending_at(norms, from, end, |_| true).map(|(s, &r)| (s, r))
}

/// True when a role word names people or a person (not a body, not a marker).
fn human(r: RoleWord) -> bool {
    matches!(r.kind, RoleKind::Person | RoleKind::People)
}

/// Collective actor labels ("protesters", "riot police") from `actors.txt`, as people.
fn actor_label(norms: &[&str], from: usize, end: usize) -> Option<usize> {
    lexicon::get().actors.ending_at(norms, from, end, |_| true).map(|(s, _)| s)
}

/// Finds the mentions of a unit from its noun phrases and name runs.
pub fn find(u: &Unit) -> Vec<Mention> {
    // Without possessives, so that "the North Korean leader's" is a role like "the leader".
    let norms: Vec<&str> = u.tokens.iter().map(|t| names::strip_possessive(t.norm.as_str())).collect();
    let mut out: Vec<Mention> = Vec::new();
    let whole = with_whole_names(u);
    for (np, possessor) in split_possessives(u, &whole) {
        // Pronouns, and a possessive pronoun opening a phrase ("his remarks").
        let lone = np.end == np.start + 1;
        if (lone || matches!(u.tags[np.start], Tag::Poss))
            && let Some((gender, plural)) = pronoun(norms[np.start])
        {
            out.push(pronoun_mention(np.start, gender, plural, matches!(u.tags[np.start], Tag::Poss)));
            if lone {
                continue;
            }
        }
        let own_det = matches!(u.tags[np.start], Tag::Det | Tag::Poss).then_some(np.start);
        let det = own_det.or(possessor);
        // The name run that ends the phrase, and whether it only describes a party member.
        let last_run = names::runs_within(&u.runs, np.start, np.end).last().copied().filter(|r| r.end == np.end);
        let member = last_run.is_some_and(|run| party_member(u, &norms, np, run));
        // "the President", "The Prime Minister": a capitalised title alone after "the" is a
        // description of whoever holds it, no name.
        let title_only = last_run.is_some_and(|run| {
            own_det.is_some_and(|d| d + 1 == run.start && norms[d] == "the")
                && role_ending_at(&norms, run.start, run.end)
                    .is_some_and(|(s, r)| s == run.start && r.kind == RoleKind::Person)
        });
        if let Some(run) = last_run
            && !member
            && !title_only
        {
            out.push(name_mention(u, &norms, np, run, own_det));
            // A name earlier in the phrase is a modifier ("the Obama administration"): it is
            // not a mention of its own.
            continue;
        }
        // Descriptions: a role phrase at the head of the noun phrase.
        let body_start = own_det.map_or(np.start, |d| d + 1);
        let role = role_ending_at(&norms, body_start, np.end);
        let label =
            actor_label(&norms, body_start, np.end).or_else(|| people_noun(norms[np.end - 1]).then_some(np.end - 1));
        if role.is_none() && label.is_none() && member {
            // A member of a party described ("a Democrat", "the No. 3 House Republican").
            let mut m = Mention::new(np.start, np.end, np.end - 1, MentionKind::Description);
            m.determiner = det;
            m.role = Some((body_start, np.end));
            m.actor = Actor::Person;
            m.possessive = possessive(&u.tokens, np.end - 1);
            extend_complement(u, &whole, &mut m);
            out.push(m);
            continue;
        }
        if role.is_none() && label.is_none() {
            if let Some(m) = partitive(u, &norms, &whole, np, det) {
                out.push(m);
            }
            continue;
        }
        let mut m = Mention::new(np.start, np.end, np.end - 1, MentionKind::Description);
        m.determiner = det;
        m.role = Some((body_start, np.end));
        m.role_word = role.map(|r| r.1);
        m.plural = plural_noun(norms[np.end - 1]);
        m.actor = match (role, label) {
            (Some((_, r)), _) if r.kind == RoleKind::Body => Actor::Body,
            (Some((_, r)), _) if r.kind == RoleKind::People => Actor::People,
            (Some((_, r)), _) if r.kind == RoleKind::Person && !m.plural => Actor::Person,
            _ => Actor::People,
        };
        m.gender = honorific_gender(norms[np.end - 1]);
        m.possessive = possessive(&u.tokens, np.end - 1);
        if role.is_some_and(|r| r.1.class == RoleClass::Anonymous) && label.is_none() && !m.plural {
            // "source", "insider": a marker as head still names a person.
            m.actor = Actor::Person;
        }
        extend_complement(u, &whole, &mut m);
        // "the secretary of Navy position": the complement's noun makes the whole a post, not
        // someone who holds it.
        if m.complement.is_some() && POSTS.contains(norms[m.end - 1]) {
            continue;
        }
        out.push(m);
    }
    lone_quantifiers(u, &norms, &mut out);
    mark_party_tags(u, &mut out);
    share_plural_titles(&norms, &mut out);
    link_appositions(u, &mut out);
    // Kept for the whole analysis, one list per sentence: no spare room.
    out.shrink_to_fit();
    out
}

/// A plural title is every listed name's title: "Justices Ann Lee and Ola Borg", "Sens. Ann
/// Lee, Ola Borg and Eva Dahl", "Reps. Ann Lee of Vale, and Ola Borg": each name after the
/// first, joined by "and" or a comma and with no title of its own, takes the first one's role.
fn share_plural_titles(norms: &[&str], mentions: &mut [Mention]) {
    let lex = lexicon::get();
    for i in 0..mentions.len() {
        let m = &mentions[i];
        let Some((a, b)) = m.role.filter(|_| m.kind == MentionKind::Name && m.role_word.is_some()) else { continue };
        // The title's last word, without its full stop: "Justices", "Sens."
        let Some(t) = (a..b).rev().find(|&k| norms[k] != ".") else { continue };
        let w = norms[t];
        let plural = w.len() > 3
            && lex.is(w, WordClass::Title)
            && w.strip_suffix('s').is_some_and(|one| lex.is(one, WordClass::Title));
        if !plural {
            continue;
        }
        let (role, role_word, mut end) = (m.role, m.role_word, m.outer_end());
        for n in &mut mentions[i + 1..] {
            let joined = match n.start.checked_sub(end) {
                Some(1) => matches!(norms[end], "and" | ","),
                Some(2) => norms[end] == "," && norms[end + 1] == "and",
                _ => false,
            };
            if !joined || n.kind != MentionKind::Name || n.role.is_some() || n.actor == Actor::Body {
                break;
            }
            end = n.outer_end();
            n.list_title = role;
            n.role_word = role_word;
            n.actor = Actor::Person;
            if !matches!(norms.get(end), Some(&("and" | ","))) {
                break;
            }
        }
    }
}

/// A quantifier standing alone as the subject of a clause ("Some have speculated that …",
/// "while many believe …"): unnamed people, a description whose role is the quantifier. Only
/// where a clause can start ([`super::tag::lone_quantifier`]) and a verb follows, so "some of
/// them" and "many more" are left alone.
fn lone_quantifiers(u: &Unit, norms: &[&str], out: &mut Vec<Mention>) {
    for k in 0..u.tokens.len() {
        if !super::tag::lone_quantifier(&u.tokens, &u.tags, k) {
            continue;
        }
        // (or the "-ing" verb of "with some saying …")
        let gerund_after_with = k > 0
            && u.tokens[k - 1].norm == "with"
            && u.tags.get(k + 1) == Some(&Tag::Verb(super::tag::VerbForm::Gerund));
        let verb_next = gerund_after_with
            || u.tags.get(k + 1).is_some_and(|t| t.is_finite() || *t == Tag::Verb(super::tag::VerbForm::Base));
        if !verb_next || out.iter().any(|m| m.start <= k && k < m.end) {
            continue;
        }
        let mut m = Mention::new(k, k + 1, k, MentionKind::Description);
        m.role = Some((k, k + 1));
        m.role_word = role_ending_at(norms, k, k + 1).map(|r| r.1);
        m.plural = true;
        m.actor = Actor::People;
        let at = out.partition_point(|x| x.start <= k);
        out.insert(at, m);
    }
}

/// Nouns that name a part or a number of a group ("a segment of society", "a handful of
/// lawmakers", "a majority of voters").
pub(crate) const PARTITIVES: WordList = WordList::new(
    "segment|section|portion|part|faction|wing|number|handful|majority|minority|fraction|share|half|\
     third|quarter|bloc|band|core|contingent|dozen|dozens|hundreds|thousands|millions|score|scores|\
     crowd|chorus|host|slew|string|couple|pair|trio|lot|lots|plenty|few|some|many|most|all|none|several|one|two|three",
);

/// A part of a group of people as one description: a partitive noun phrase and the people it
/// is a part of ("a segment of society", "a handful of Republican senators"). The people give
/// its role and class.
fn partitive(u: &Unit, norms: &[&str], chunks: &[Chunk], np: Chunk, det: Option<usize>) -> Option<Mention> {
    if !PARTITIVES.contains(norms[np.end - 1]) || norms.get(np.end) != Some(&"of") {
        return None;
    }
    let at = chunks.partition_point(|c| c.start < np.end + 1);
    let of = chunks.get(at).filter(|c| c.start == np.end + 1)?;
    let of_start = if matches!(u.tags[of.start], Tag::Det | Tag::Poss) { of.start + 1 } else { of.start };
    let role = role_ending_at(norms, of_start, of.end).map(|r| r.1).filter(|r| r.class != RoleClass::Anonymous);
    // "a growing number of Republicans": people named by their party, nation or creed.
    let group_name = (of_start..of.end).all(|k| u.tags[k] == Tag::Proper) && plural_group_name(norms[of.end - 1]);
    if role.is_none() && !people_noun(norms[of.end - 1]) && !group_name {
        return None;
    }
    let mut m = Mention::new(np.start, of.end, np.end - 1, MentionKind::Description);
    m.determiner = det;
    m.role = Some((det.map_or(np.start, |d| d + 1).max(np.start), np.end));
    m.role_word = role;
    m.complement = Some((of.start, of.end));
    // "One of its members" is one person; "a handful of senators" a group.
    let one = norms[np.end - 1] == "one";
    m.actor = if one { Actor::Person } else { Actor::People };
    m.plural = !one;
    Some(m)
}

/// The noun phrases with every name run kept whole: a run that goes on past its phrase through
/// a connector ("Speaker John A. Boehner of Ohio") takes in the phrases it covers.
fn with_whole_names(u: &Unit) -> Vec<Chunk> {
    let mut out: Vec<Chunk> = Vec::with_capacity(u.chunks.len());
    for &c in &u.chunks {
        if let Some(last) = out.last_mut()
            && names::run_across(&u.runs, last.end).is_some_and(|r| r.end >= c.start && c.start >= last.end)
        {
            last.end = c.end.max(last.end);
            last.head = c.head;
            continue;
        }
        out.push(c);
    }
    out
}

/// Noun phrases with every possessive noun phrase inside them split off ("Mr. Trump's chief
/// economic adviser" → "Mr. Trump's" and "chief economic adviser", the second taking the
/// first as its determiner).
/// Each piece comes with the possessive token that opens it, if any.
fn split_possessives(u: &Unit, chunks: &[Chunk]) -> Vec<(Chunk, Option<usize>)> {
    let mut out = Vec::with_capacity(chunks.len());
    for &c in chunks {
        let mut s = c.start;
        let mut possessor = None;
        for k in c.start..c.end {
            if possessive(&u.tokens, k) && k + 1 < c.end && !super::chunk::group_name_possessive(&u.tokens, &u.tags, k)
            {
                out.push((Chunk { start: s, end: k + 1, head: k }, possessor));
                s = k + 1;
                possessor = Some(k);
            }
        }
        out.push((Chunk { start: s, end: c.end, head: c.head.max(s) }, possessor));
    }
    out
}

/// True when the name run `run` that ends the noun phrase `np` is one member of a party or camp
/// described, not named: a singular party word after a determiner or a modifier ("a Democrat",
/// "the top Republican", "the No. 3 House Democrat"), not a title before a name ("Democrat Ann
/// Holm") nor a name that only starts with it.
fn party_member(u: &Unit, norms: &[&str], np: Chunk, run: NameRun) -> bool {
    let last = norms[run.end - 1];
    PARTY_MEMBER.contains(last)
        && !is_acronym(u.tok(run.end - 1))
        && (np.start < run.end - 1 || matches!(u.tags[np.start], Tag::Det | Tag::Poss))
}

/// Chambers of a legislature, before a party's plural ("House Republicans").
const CHAMBERS: WordList = WordList::new("house|senate|congressional|assembly|parliamentary|legislative");

/// One member of a party or political camp (our own list; the plurals name groups).
pub(crate) const PARTY_MEMBER: WordList = WordList::new(
    "republican|democrat|conservative|liberal|libertarian|independent|tory|progressive|socialist|communist",
);

/// A name mention for the name run `run` that ends the noun phrase `np`: the title is the
/// role words before the name (capitalised or not), the name what follows them.
fn name_mention(u: &Unit, norms: &[&str], np: Chunk, run: NameRun, det: Option<usize>) -> Mention {
    let lex = lexicon::get();
    let mut run = run;
    // "President Moon Jae-in of South Korea": a person's name ends before a connector; the
    // rest is the complement.
    let mut complement = None;
    if let Some(k) = (run.start + 1..run.end).find(|&k| matches!(norms[k], "of" | "for"))
        && names::looks_like_person(u, NameRun { start: run.start, end: k })
        && names::without_titles(u, NameRun { start: run.start, end: k }).start > run.start
    {
        complement = Some((k + 1, run.end));
        run.end = k;
    }
    // The title: from the phrase start (after the determiner) to the last role word or title
    // that a personal name follows.
    let mut from = det.map_or(np.start, |d| d + 1);
    // Words that cannot stand in a title stay out of it: a verb's -ing form that opens the
    // clause ("Receiving French President Ann Lee …"), a verb the tagger left in the phrase,
    // and whatever comes before a time ("over the weekend CIA Director …", a headline run into
    // the text).
    if det.is_none() {
        let start = from;
        let stray = |k: usize| {
            let w = norms[k];
            u.tags[k].is_verbal()
                || (u.tags[k] != Tag::Proper && super::tag::time_word(w))
                || k == start
                    && lex.verb_forms.get(w).is_some_and(|&(_, f)| f == lexicon::Form::Gerund)
                    && role_ending_at(norms, k, k + 1).is_none()
        };
        if let Some(t) = (from..run.end.saturating_sub(1)).rev().find(|&k| stray(k)) {
            from = t + 1;
        }
    }
    let mut split = from;
    for k in from..run.end.saturating_sub(1) {
        let w = norms[k];
        let is_title = (lex.is(w, WordClass::Title) && !is_acronym(u.tok(k)))
            || role_ending_at(norms, from, k + 1).is_some_and(|(_, r)| human(r));
        // An abbreviated title's full stop ("Sen."), not an initial's ("George W.").
        let title_stop = w == "." && k > from && lex.is(norms[k - 1], WordClass::Title);
        if (is_title && k + 1 < run.end && !matches!(norms[k + 1], "of" | "for" | ".")) || title_stop {
            split = k + 1;
        }
    }
    // A title of a body ("Speaker of the House John Boehner"): the title runs to the body's
    // last word where a person's name of two to four words, no body's word among them, follows.
    if split == from
        && lex.is(norms[from], WordClass::Title)
        && norms.get(from + 1) == Some(&"of")
        && let Some(k) = (from + 2..run.end).rev().find(|&k| names::ORG_WORDS.contains(norms[k]))
    {
        let rest = NameRun { start: k + 1, end: run.end };
        let words = rest.end.saturating_sub(rest.start);
        if (2..=4).contains(&words)
            && (rest.start..rest.end).all(|j| u.tags[j] == Tag::Proper && !names::ORG_WORDS.contains(norms[j]))
        {
            split = k + 1;
        }
    }
    // Keep a title only when a personal name is left after it ("Secretary of State Mike
    // Pompeo"), not inside an organisation's name ("Senate Foreign Relations Committee").
    // Nor before words joined by "of" or "for" (a person's own complement, "of South Korea",
    // was split off above): "the Associated General Contractors of America" names a body.
    let rest = NameRun { start: split.max(run.start), end: run.end };
    let org = (rest.start..rest.end).any(|k| names::ORG_WORDS.contains(names::strip_possessive(norms[k])));
    let joined = (rest.start + 1..rest.end).any(|k| matches!(norms[k], "of" | "for"));
    if org || joined || rest.start >= rest.end {
        split = from.max(run.start.min(from));
    }
    let name_start = if split > from { split } else { run.start.max(from) };
    let mut m = Mention::new(if det.is_none() { from } else { np.start }, run.end, run.end - 1, MentionKind::Name);
    m.determiner = det;
    m.name = Some((name_start, run.end));
    if split > from {
        m.role = Some((from, split));
        m.role_word = role_in(norms, from, split);
        m.gender = (from..split)
            .map(|k| honorific_gender(norms[k]))
            .find(|g| *g != Gender::Unknown)
            .unwrap_or(Gender::Unknown);
    }
    m.complement = complement;
    if complement.is_some() {
        m.end = np.end;
    }
    m.possessive = possessive(&u.tokens, run.end - 1);
    let name = NameRun { start: name_start, end: run.end };
    let titled = m.role.is_some();
    // A name right after "the" is no person's ("the Dallas Morning News", "the Whittington
    // Lecture"): bodies, works and places take the article, people do not.
    // ("the Democrat of Nordby" is one member of a party described, read below).
    let the_before =
        det.is_some_and(|d| norms[d] == "the" && d + 1 == name_start) && !PARTY_MEMBER.contains(norms[name_start]);
    // "Republicans", "Democrats", "Americans": one capitalised plural names a group of people.
    // "House Republicans", "Senate Democrats": a party's members in a chamber are a group too.
    let chamber_group = run.end == name_start + 2
        && CHAMBERS.contains(norms[name_start])
        && norms[run.end - 1].strip_suffix('s').is_some_and(|one| PARTY_MEMBER.contains(one));
    if (run.end == name_start + 1 && plural_group_name(norms[name_start]) || chamber_group)
        && !titled
        && !is_acronym(u.tok(name_start))
    {
        m.actor = Actor::People;
        m.plural = true;
        return m;
    }
    m.actor = if org || (name_start..run.end).any(|k| names::ORG_WORDS.contains(names::strip_possessive(norms[k]))) {
        Actor::Body
    } else if titled || (names::looks_like_person(u, name) && !the_before) {
        Actor::Person
    } else if (name_start..run.end).any(|k| is_acronym(u.tok(k))) {
        Actor::Body
    } else {
        Actor::Unknown
    };
    m
}

/// The strongest role in the words `from..to` (the last human role, else any).
fn role_in(norms: &[&str], from: usize, to: usize) -> Option<RoleWord> {
    let lex = lexicon::get();
    let mut best: Option<RoleWord> = None;
    let mut k = from;
    while k < to {
        if let Some((n, &r)) = lex.role_words.longest(&norms[..to], k) {
            if best.is_none_or(|b| !human(b) || human(r)) {
                best = Some(r);
            }
            k += n;
        } else {
            k += 1;
        }
    }
    best
}

/// Plural nouns with an agent ending that name things, not people.
const NOT_PEOPLE: WordList = WordList::new(
    "numbers|papers|servers|routers|printers|folders|trailers|shelters|lockers|boilers|letters|orders|matters|waters|quarters|headquarters|borders|chambers|centers|centres|\
     powers|others|offers|answers|layers|corners|towers|rivers|covers|computers|containers|markers|\
     chapters|disasters|filters|registers|winters|summers|hours|figures|measures|pressures|teenagers|\
     reasons|persons|dollars|meters|metres|liters|litres|barrels|members|parameters|banners|posters|\
     murders|remainders|rumors|rumours|favors|favours|errors|sectors|factors|motors|mirrors|horrors|\
     honors|honours|labors|vectors|monitors|tractors|doors|floors|parents|events|moments|comments|\
     documents|statements|governments|elements|segments|payments|accidents|incidents|arguments|\
     agreements|developments|departments|requirements|investments|settlements|treatments|improvements|\
     movements|instruments|judgments|amendments|plants|grants|tenants|elephants|restaurants|giants|\
     assistants|variants|wants",
);

/// True for a plural that names people by what they do or believe ("supporters", "birthers",
/// "separatists", "Republicans" aside): agent endings, less a list of things so named.
fn people_noun(norm: &str) -> bool {
    let w = names::strip_possessive(norm);
    w.len() > 5 && ["ers", "ists", "ians", "ants", "ents"].iter().any(|e| w.ends_with(e)) && !NOT_PEOPLE.contains(w)
}

/// True for a capitalised plural that names people by party, nation or creed ("Republicans",
/// "Democrats", "Israelis", "Baptists").
fn plural_group_name(norm: &str) -> bool {
    let Some(one) = norm.strip_suffix('s') else { return false };
    ["an", "at", "ist", "ite", "i", "er"].iter().any(|e| one.ends_with(e)) && !norm.ends_with("'s")
}

fn plural_noun(norm: &str) -> bool {
    let w = names::strip_possessive(norm);
    (w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") && w.len() > 3)
        || matches!(w, "people" | "police" | "men" | "women" | "children" | "staff" | "personnel" | "folk" | "military")
}

/// Extends a description with its complement: "of"/"for"/"at"/"with" and the noun phrase
/// after it ("a spokesman for the ministry", "the leader of Japan").
fn extend_complement(u: &Unit, chunks: &[Chunk], m: &mut Mention) {
    // Up to three linked phrases: "a spokesperson for the International Department of the
    // Central Committee".
    for round in 0..3 {
        let e = m.end;
        let Some(p) = u.tokens.get(e) else { return };
        // "officials in Hawaii", "people close to the campaign" name people by where they are.
        // "a source within the committee" names a person by where they are, too.
        let unnamed = m.role_word.is_some_and(|r| r.class == RoleClass::Anonymous);
        let place = round == 0
            && matches!(p.norm.as_str(), "in" | "from" | "close" | "within" | "inside")
            && (m.actor == Actor::People || unnamed);
        // "director for Asian affairs for the National Security Council": a later "for" only
        // before a name.
        let named_next = || u.tags.get(e + 1).is_some_and(|&t| t == Tag::Proper);
        // "advisers to the governor", "an aide to Lee": a role that serves someone takes "to".
        let serves = || {
            m.role.is_some_and(|(a, b)| b > a && SERVING_ROLES.contains(names::strip_possessive(&u.tokens[b - 1].norm)))
                && u.tags.get(e + 1).is_some_and(|t| matches!(t, Tag::Det | Tag::Proper | Tag::Poss))
        };
        let linked = if round == 0 {
            matches!(p.norm.as_str(), "of" | "for" | "at" | "with") || p.norm == "to" && serves()
        } else {
            p.norm == "of" || p.norm == "for" && named_next()
        };
        if !linked && !place {
            return;
        }
        let skip = usize::from(p.norm == "close" && u.tokens.get(e + 1).is_some_and(|t| t.norm == "to"));
        // The phrases are in order, one after another.
        let at = chunks.partition_point(|c| c.start < e + 1 + skip);
        let Some(np) = chunks.get(at).filter(|c| c.start == e + 1 + skip) else { return };
        if !(np.start..np.end).any(|k| u.tags[k].is_nominal()) {
            return;
        }
        // "an analyst with the institute", "a professor at Yale", "a reporter with long
        // experience," but not "the president with loyalty to …" or "the president at times
        // said": "at" and "with" link a body, which has a determiner or a name, or close the
        // phrase.
        let closes = u.tokens.get(np.end).is_none_or(|t| matches!(t.norm.as_str(), "," | "." | ";" | ")"));
        let proper = (np.start..np.end).any(|k| u.tags[k] == Tag::Proper);
        if matches!(p.norm.as_str(), "at" | "with")
            && !matches!(u.tags[np.start], Tag::Det | Tag::Poss)
            && !proper
            && !closes
        {
            return;
        }
        // "with" and an indefinite phrase links a body ("an analyst with a think tank"), not
        // what the holder has ("the vice president with a tilted head"); "with the …" still
        // links ("familiar with the matter").
        if p.norm == "with"
            && !proper
            && !matches!(u.tokens[np.start].norm.as_str(), "the" | "this" | "that")
            && u.tags[np.start] != Tag::Poss
        {
            let norms: Vec<&str> = (np.start..np.end).map(|k| u.tokens[k].norm.as_str()).collect();
            let body = role_ending_at(&norms, 0, norms.len()).is_some_and(|(_, r)| r.kind == RoleKind::Body)
                || names::ORG_WORDS.contains(norms[norms.len() - 1]);
            if !body {
                return;
            }
        }
        // "the Kansas City, Mo., branch of the league": a place, its region between commas,
        // and the noun the place modifies are one phrase.
        let end = regional_noun(u, chunks, np.end).unwrap_or(np.end);
        let first = m.complement.map_or(np.start, |c| c.0);
        m.complement = Some((first, end));
        m.end = end;
    }
}

/// Nouns for a post rather than its holder, which end a phrase of the role's name ("the
/// secretary of Navy position", "the chief of staff job").
const POSTS: WordList = WordList::new("position|positions|post|posts|job|jobs|slot|seat|role|nomination");

/// Roles held in the service of someone, which "to" may link to them ("an aide to Lee").
const SERVING_ROLES: WordList = WordList::new(
    "adviser|advisers|advisor|advisors|aide|aides|counsel|counselor|counsellor|assistant|assistants|spokesman|spokeswoman|spokesperson|deputy|deputies",
);

/// Where a phrase ends that goes on after a place with its region between commas and a bare
/// noun ("Kansas City, Mo., branch"): the end of that noun's phrase, when the tokens at
/// `comma` are a comma, one or two capitalised words or abbreviations, a comma, and a phrase
/// that opens with a noun.
fn regional_noun(u: &Unit, chunks: &[Chunk], comma: usize) -> Option<usize> {
    if u.tokens.get(comma)?.norm != "," || !u.tags.get(comma - 1).is_some_and(|&t| t == Tag::Proper) {
        return None;
    }
    let close = (comma + 2..(comma + 6).min(u.tokens.len())).find(|&k| u.tokens[k].norm == ",")?;
    let region = (comma + 1..close).all(|k| u.tokens[k].norm == "." || u.tags[k] == Tag::Proper);
    let at = chunks.partition_point(|c| c.start < close + 1);
    let np = chunks.get(at).filter(|c| c.start == close + 1)?;
    (region && u.tags[np.start] == Tag::Noun).then_some(np.end)
}

/// True when token `k` is a party tag: a party letter, a hyphen and a state ("R-Ariz",
/// "D-N.Y."), or a party letter alone.
fn party_token(u: &Unit, k: usize) -> bool {
    let w = u.tok(k);
    let mut c = w.chars();
    matches!(c.next(), Some('D' | 'R' | 'I')) && matches!(c.next(), None | Some('-'))
}

/// The party tag right after a name: "(D-Va.)", "(R)", or ", R-Ariz.," between commas. The
/// tag's tokens, from the party letter to before the closing mark.
fn party_after(u: &Unit, e: usize) -> Option<(usize, usize)> {
    let open = u.tokens.get(e)?;
    if !matches!(open.norm.as_str(), "(" | ",") || !party_token(u, e + 1) {
        return None;
    }
    let mut k = e + 2;
    // The state's full stops and initials ("D-N.Y.", "R-Ariz.").
    while k < u.tokens.len()
        && k < e + 6
        && u.tokens[k].span.start == u.tokens[k - 1].span.end
        && !matches!(u.tokens[k].norm.as_str(), ")" | ",")
    {
        k += 1;
    }
    let close = u.tokens.get(k).map(|t| t.norm.as_str());
    let closes = if open.norm == "(" { close == Some(")") } else { matches!(close, None | Some("," | "." | ";")) };
    closes.then_some((e + 1, k))
}

/// Marks party tags after names, and drops the mentions made of a party tag's words.
fn mark_party_tags(u: &Unit, mentions: &mut Vec<Mention>) {
    let mut inside: Vec<(usize, usize)> = Vec::new();
    for m in mentions.iter_mut().filter(|m| m.kind == MentionKind::Name) {
        if let Some(p) = party_after(u, m.end) {
            m.party = Some(p);
            inside.push(p);
        }
    }
    // A mention inside a tag: some tag starts at or before it and ends at or after it. The tags
    // sorted by start, each with the furthest end so far, answer that by a binary search.
    crate::util::sorting::sort(&mut inside);
    for k in 1..inside.len() {
        inside[k].1 = inside[k].1.max(inside[k - 1].1);
    }
    mentions.retain(|m| {
        let starts_before = inside.partition_point(|&(a, _)| a <= m.start);
        starts_before.checked_sub(1).and_then(|k| inside.get(k)).is_none_or(|&(_, b)| m.end > b + 1)
    });
}

/// True when mention `m` is the region of the place before it ("Texas" in "the mayor of Austin,
/// Texas"; "D.C." in "a school in Washington, D.C."): a name of one word (or two, the first a
/// compass point or "New") right after a comma that follows a place named after a preposition.
/// No apposition: a person set beside a description has a first name and a surname ("the
/// chairman of Acme, John Doe").
pub(crate) fn is_region(u: &Unit, m: &Mention) -> bool {
    let words: Vec<&str> = (m.start..m.end)
        .filter(|&k| u.tokens[k].kind == crate::engine::text::TokenKind::Word)
        .map(|k| u.tokens[k].norm.as_str())
        .collect();
    let short = match words.as_slice() {
        [_] => true,
        [first, _] => REGION_FIRST.contains(first),
        _ => false,
    };
    short
        && m.kind == MentionKind::Name
        && m.determiner.is_none()
        && m.start >= 2
        && u.tokens[m.start - 1].norm == ","
        && (0..m.start - 1)
            .rev()
            .take_while(|&k| u.tags[k] == Tag::Proper)
            .last()
            .is_some_and(|f| f > 0 && u.tags[f - 1] == Tag::Prep)
}

/// First words of two-word regions ("New Mexico", "West Virginia").
const REGION_FIRST: WordList = WordList::new("new|north|south|east|west|rhode");

/// Links names and descriptions that stand in apposition: "Kim Jong Un, the North Korean
/// leader," / "the leader, Kim Jong Un," / "Ann Lee, a spokeswoman for the ministry, said".
/// True when a prepositional phrase of a few words starts at `k` and a comma or the
/// sentence's end closes it: "at the Vale Institute," after a description in apposition.
fn prepositional_then_comma(u: &Unit, k: usize) -> bool {
    if u.tags.get(k) != Some(&Tag::Prep) {
        return false;
    }
    let n = u.tokens.len();
    let end = (k + 1..n.min(k + 8))
        .find(|&j| !matches!(u.tags[j], Tag::Det | Tag::Adj | Tag::Noun | Tag::Proper | Tag::Num) || u.quoted[j]);
    // (or the sentence's end: "…, said Ann Lee, the director for Asia at the council.")
    end.is_some_and(|j| j > k + 1 && (u.tokens[j].norm == "," || u.tokens[j].norm == "." && j + 1 == n))
}

fn link_appositions(u: &Unit, mentions: &mut [Mention]) {
    // The mention before each one that reaches furthest: a mention inside it ("president" of
    // "the Republican nominee for president, Mitt Romney,") takes no apposition that the
    // whole has taken ("the campaign of the mayor, Tove Lind," is the mayor's).
    let mut reach: Option<usize> = None;
    for i in 0..mentions.len().saturating_sub(1) {
        let container = reach.filter(|&c| mentions[c].outer_end() >= mentions[i].end);
        if reach.is_none_or(|c| mentions[i].outer_end() > mentions[c].outer_end()) {
            reach = Some(i);
        }
        // The next mention after this one, past those inside it ("a spokesman for the
        // committee, Brad Lee,": not "the committee").
        let Some(n) = (i + 1..mentions.len()).find(|&k| mentions[k].start >= mentions[i].outer_end()) else {
            continue;
        };
        // "Ann Lee, the party's treasurer,": the description after its owner.
        let next = &mentions[n];
        let j = owned_by(mentions, n).unwrap_or(n);
        let (a, b) = (&mentions[i], &mentions[j]);
        let b_start = next.start;
        let comma = u.tokens.get(a.outer_end()).is_some_and(|t| t.norm == ",") || a.party.is_some();
        let gap = if a.party.is_some() { a.outer_end() } else { a.outer_end() + 1 };
        // "the Republican who was governor", "Lee, who is the mayor,": a relative clause with
        // "be" says what the person is, as an apposition does.
        let norm = |k: usize| u.tokens.get(k).map_or("", |t| t.norm.as_str());
        let who = if norm(a.outer_end()) == "," { a.outer_end() + 1 } else { a.outer_end() };
        let copula = norm(who) == "who"
            && (matches!(norm(who + 1), "is" | "was") && b_start == who + 2
                || norm(who + 1) == "has" && norm(who + 2) == "been" && b_start == who + 3);
        // "Lee is a lawyer", "Lee, 64, is known as a brilliant lawyer": "be" in the main clause
        // after a name does too (past an age between commas).
        let mut k = a.outer_end();
        if norm(k) == "," && u.tags.get(k + 1) == Some(&Tag::Num) && norm(k + 2) == "," {
            k += 3;
        }
        let main_copula = a.kind == MentionKind::Name && matches!(norm(k), "is" | "was") && {
            let known_as = matches!(norm(k + 1), "known" | "seen" | "regarded") && norm(k + 2) == "as";
            b_start == if known_as { k + 3 } else { k + 1 }
        };
        let described = (copula || main_copula) && b.kind == MentionKind::Description && b.role_word.is_some();
        // "Ann Lee, the panel's director,": an owner that is no mention of its own may stand
        // between the comma and the description.
        let owner_between = b_start > gap
            && b_start - gap <= 4
            && super::tag::possessive(&u.tokens, b_start - 1)
            && (gap..b_start)
                .all(|k| matches!(u.tags[k], Tag::Det | Tag::Noun | Tag::Proper | Tag::Adj) && !u.quoted[k]);
        if !described && (!comma || b_start != gap && !owner_between) {
            continue;
        }
        // "Lee, whose spokesman …" opens a relative clause, not an apposition.
        if b.determiner.is_some_and(|d| u.tokens[d].norm == "whose") {
            continue;
        }
        // "to appoint Lee as secretary of the Navy, Mr. Park said": a role after an object and
        // "as" is what the object is or would be, not a description of the name after it. ("As
        // chief of staff, Mr. Lee …", "since, as a former president, Lee …" describe him.)
        if a.kind == MentionKind::Description
            && a.start >= 2
            && u.tokens[a.start - 1].norm == "as"
            && matches!(u.tags[a.start - 2], Tag::Proper | Tag::Noun | Tag::PronObj)
        {
            continue;
        }
        let pair = (a.kind, b.kind);
        // "the Republican who was governor": a party member described by an office.
        let member_described =
            described && pair == (MentionKind::Description, MentionKind::Description) && a.role_word.is_none();
        let fits = (matches!(
            pair,
            (MentionKind::Name, MentionKind::Description) | (MentionKind::Description, MentionKind::Name)
        ) || member_described)
            && a.actor != Actor::Body
            && b.actor != Actor::Body
            && !a.plural
            && !b.plural;
        // The apposition closes with a comma, a bracket, a verb or the sentence's end.
        let after = u.tokens.get(b.end);
        // "Obama, a White House aide said, …": an indefinite description right before its verb
        // is the speaker of a parenthetical attribution, not an apposition.
        let own_verb = b.kind == MentionKind::Description && b.determiner.is_some() && b.indefinite(u);
        let closes = after.is_none_or(|t| matches!(t.norm.as_str(), "," | ")" | "." | ";" | "—" | "–"))
            || u.tags.get(b.end).is_some_and(|t| (t.is_verbal() && !own_verb) || matches!(t, Tag::Wh))
            // "Ann Lee, the director of the program at the Vale Institute, wrote": a place
            // or body after a preposition, then the closing comma.
            || (pair.0 == MentionKind::Name && comma && prepositional_then_comma(u, b.end));
        if fits
            && (closes || described)
            && container.is_none_or(|c| mentions[c].apposition != Some(j))
            && !is_region(u, &mentions[j])
        {
            mentions[i].apposition = Some(j);
            mentions[j].apposition = Some(i);
        }
    }
}
