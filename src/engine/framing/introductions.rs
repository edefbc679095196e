//! Introductions: how each article first presents a main person of the event — the words
//! before the name at its first mention ("Veteran broadcaster Ann Lee") and a description set
//! off after it ("Ann Lee, a fierce critic of the mayor,"). An outlet chooses these words once,
//! at the point where a reader meets the person, and a student can set them side by side.
//!
//! The finding sets the introductions side by side and says nothing of which words judge:
//! read as an instructor would on real events, word lists called neutral descriptions
//! ("supporter", "favorite") judging and missed judging words they do not hold, and a
//! finding that names the wrong words teaches a wrong notion of loaded language. So the lists
//! only choose where to look: a finding stands where some introduction carries a word with a
//! leaning (the loaded-words list), in the outlet's own words rather than inside a
//! quotation or a name, and the introductions differ. Most introductions only identify (an
//! office, a party, a home state: house style), and those make no finding.
//!
//! Only the event's main people count: a person named in the opening sentence of at least two
//! articles (read on real events, the introductions of people met in passing were trivial).
//! A person whose first mention the reading may have missed stands out: one whose surname an
//! article writes in an earlier sentence ("a Lee cover"), or whose name follows a colon that
//! ends a description of them ("one of the most outspoken officials: Sheriff Ann Lee").

use super::labels::{Entity, EntityKind, referent_phrase, shown};
use super::{Candidate, View, excerpt};
use crate::engine::lexicon;
use crate::engine::reading::mentions::{Mention, MentionKind};
use crate::engine::reading::tag::{Tag, VerbForm};
use crate::engine::reading::{Unit, names};
use crate::engine::report::Signal;

/// The longest description after a name that is read as an apposition, in words: longer,
/// the commas more likely close a clause or a list than a description.
const APPOSITION_WORDS: usize = 16;

/// How many characters of each introduction a finding shows.
const SHOWN: usize = 110;

/// One article's introduction of a person.
struct Intro {
    /// The unit.
    unit: usize,
    /// Token range of the introduction (description before the name, the name, a
    /// description after it).
    start: usize,
    end: usize,
    /// True when the descriptions carry a word with a leaning, in the outlet's own words.
    leaning: bool,
}

/// The introduction of person `e` in article `v`: its first mention by name in the story's
/// body, outside quotations. `None` where the reading may have missed an earlier mention (see
/// the module doc).
fn introduction(v: &View, e: &Entity) -> Option<Intro> {
    let first = e
        .mentions
        .iter()
        .filter(|m| m.article == v.index && !m.quoted)
        .filter(|m| v.units.get(m.unit).is_some_and(Unit::in_story))
        .min_by_key(|m| (m.unit, m.span.start))?;
    let u = &v.units[first.unit];
    let m = u.mentions.iter().find(|x| {
        x.kind == MentionKind::Name
            && x.name.is_some_and(|(a, b)| {
                let s = u.span_of(a, b);
                s.start < first.span.end && first.span.start < s.end
            })
    })?;
    let (a, b) = m.name?;
    let pre = m.role.filter(|r| r.1 <= a).map_or(a, |r| r.0);
    // "… officials: Sheriff Ann Lee": the description before the colon is the introduction.
    if (0..pre).rev().find(|&i| u.tok(i) != "(").is_some_and(|i| u.tok(i) == ":") {
        return None;
    }
    // The surname written in an earlier sentence of the body, where the reading found no
    // mention of the person ("a Lee cover").
    let surname = &u.tokens[b - 1].norm;
    let earlier =
        v.units[..first.unit].iter().filter(|x| x.in_story()).any(|x| x.tokens.iter().any(|t| &t.norm == surname));
    if earlier {
        return None;
    }
    // "Sheriff Ann Lee of Kent County": the title's complement after the name.
    let b = if m.complement.is_some() && m.end > b { m.end } else { b };
    let after = apposition(u, m, b);
    let end = after.map_or(b, |x| x.1);
    let leaning = leans(u, pre, a) || after.is_some_and(|(s, e)| leans(u, s, e));
    Some(Intro { unit: first.unit, start: pre, end, leaning })
}

/// A description set off by commas right after a name (past a party tag in brackets): "Ann
/// Lee, the mayor's fiercest critic," or "Ann Lee, known for her blunt manner,". It opens with
/// a determiner, a possessive, an adjective or a past participle and holds no finite verb;
/// the comma that closes it must be there. Token range of the description.
fn apposition(u: &Unit, m: &Mention, b: usize) -> Option<(usize, usize)> {
    let mut j = b;
    if let Some((_, pe)) = m.party {
        j = j.max(pe);
        while j < u.tokens.len() && matches!(u.tok(j), ")" | "]") {
            j += 1;
        }
    }
    if u.tok(j) != "," {
        return None;
    }
    let s = j + 1;
    if !matches!(u.tags.get(s)?, Tag::Det | Tag::Poss | Tag::Adj | Tag::Verb(VerbForm::Participle)) {
        return None;
    }
    let mut e = s;
    while e < u.tokens.len() && !matches!(u.tok(e), "," | ";" | "—" | "–" | "(" | ")") {
        if matches!(u.tags[e], Tag::Verb(VerbForm::Base | VerbForm::Third | VerbForm::Past) | Tag::Aux | Tag::Modal)
            || u.quoted.get(e).copied().unwrap_or(false)
        {
            return None;
        }
        e += 1;
    }
    let words = (s..e).filter(|&i| u.is_word(i)).count();
    (e < u.tokens.len() && u.tok(e) == "," && (2..=APPOSITION_WORDS).contains(&words)).then_some((s, e))
}

/// True when tokens `s..e` hold a word or phrase with a leaning (the loaded-words list: VADER
/// gives a valence to words of other senses, "party", "outgoing", and so marked the
/// introductions of officials by their office), outside quotation marks and names (a capital
/// that only opens the sentence is no name's).
fn leans(u: &Unit, s: usize, e: usize) -> bool {
    let lex = lexicon::get();
    let norms: Vec<String> = u.tokens[s..e].iter().map(|t| t.norm.clone()).collect();
    (s..e).any(|t| {
        let own = (u.tags[t] != Tag::Proper || u.opens(t)) && !u.quoted.get(t).copied().unwrap_or(false);
        own && lex.loaded.longest(&norms, t - s).is_some_and(|(n, p)| *p != 0 && t + n <= e)
    })
}

/// True when person `e` is named in the opening sentence of at least two articles.
fn main_person(views: &[View], e: &Entity) -> bool {
    let in_lead = |k: usize| {
        let lead = views[k].lead();
        e.mentions.iter().any(|m| m.article == k && !m.quoted && Some(m.unit) == lead)
    };
    e.articles().into_iter().filter(|&k| in_lead(k)).count() >= 2
}

/// Findings: a main person whom the articles introduce with different words, one of them with
/// a leaning (see the module doc). `skip`: referents that already have a label finding.
pub fn findings(views: &[View], entities: &[Entity], skip: &[usize]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for id in shown(entities) {
        let e = &entities[id];
        if e.kind != EntityKind::Person || skip.contains(&id) || !main_person(views, e) {
            continue;
        }
        let arts = e.articles();
        let intros: Vec<(usize, Intro)> =
            arts.iter().filter_map(|&k| introduction(&views[k], e).map(|i| (k, i))).collect();
        // Every article that names the person read, one of them with a leaning.
        if intros.len() < 2 || intros.len() < arts.len() || !intros.iter().any(|(_, i)| i.leaning) {
            continue;
        }
        let shown: Vec<(usize, &Intro, String)> = intros
            .iter()
            .map(|(k, i)| {
                let written = views[*k].units[i.unit].slice(i.start, i.end);
                // "President Ann Lee's": the name without the possessive it has in the sentence.
                let written = names::shown_without_possessive(written);
                (*k, i, excerpt(written, SHOWN))
            })
            .collect();
        if shown.iter().all(|x| x.2.eq_ignore_ascii_case(&shown[0].2)) {
            continue;
        }
        let parts: Vec<String> = shown.iter().map(|(k, _, s)| format!("{} “{s}”", views[*k].name)).collect();
        let evidence = shown
            .iter()
            .map(|(k, i, _)| {
                let u = &views[*k].units[i.unit];
                views[*k].evidence(i.unit, Some(u.span_of(i.start, i.end)))
            })
            .collect();
        out.push(Candidate {
            signal: Signal::Label,
            form: "introduction",
            text: format!("The articles introduce {} differently: {}.", referent_phrase(e), parts.join("; ")),
            strength: 0.7,
            evidence,
        });
    }
    out
}
