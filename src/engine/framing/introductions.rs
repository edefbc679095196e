//! Introductions: how each article first presents a person of the event — the words before
//! the name at its first mention ("Veteran broadcaster Ann Lee") and a description set off
//! after it ("Ann Lee, a fierce critic of the mayor,"). An outlet chooses these words once, at
//! the point where a reader meets the person, and a student can set them side by side.
//!
//! Most introductions only identify (an office, a party, a home state; "Sen. Ann Lee (D-Vt.)"
//! beside "Senator Ann Lee, Democrat of Vermont" is house style), so a finding stands only
//! where some article's introduction carries a word that judges (the loaded-words list) or
//! that places the person on a side ("a staunch ally of the mayor", "a darling of the left"),
//! in its own words rather than inside a quotation or a name, and another article's
//! introduction carries none: the contrast is then in the outlet's choice, at the place the
//! reader meets the person.

use super::labels::{Entity, EntityKind, referent_phrase, shown};
use super::{Candidate, View, excerpt, join_names};
use crate::engine::lexicon;
use crate::engine::reading::Unit;
use crate::engine::reading::mentions::{Mention, MentionKind};
use crate::engine::reading::tag::{Tag, VerbForm};
use crate::engine::report::Signal;
use crate::engine::wordlist::WordList;

/// Words that place a person on a side: a stand for or against someone or something, a camp,
/// a leaning. An office, a party or a home state identifies; these characterise.
const SIDE_WORDS: WordList = WordList::new(
    "supporter|supporters|backer|defender|champion|advocate|proponent|opponent|critic|detractor|foe|\
     adversary|ally|loyalist|protege|protégé|favorite|favourite|darling|idol|icon|hero|standard-bearer|\
     mouthpiece|apologist|hawk|dove|hard-liner|hardliner|conservative|liberal|progressive|leftist|\
     rightist|centrist|moderate|populist|nationalist|libertarian|socialist|right-wing|left-wing|\
     far-right|far-left|ultraconservative|arch-conservative|partisan|outspoken|vocal|ardent|staunch|\
     fierce|fervent|avowed|die-hard|diehard",
);

/// The people of the bundle whose introductions are compared: the most mentioned this many
/// (the event's main actors; a person met once in passing is introduced by the need of the
/// sentence, not by a choice of framing).
const PEOPLE: usize = 4;

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
    /// The words of the descriptions that judge or place the person on a side, in the outlet's
    /// own words.
    judging: Vec<String>,
    /// True when the name has words before or after it that describe the person.
    described: bool,
}

/// The introduction of person `e` in article `v`: its first mention by name in the story's
/// body, outside quotations.
fn introduction(v: &View, e: &Entity) -> Option<Intro> {
    let first = e
        .mentions
        .iter()
        .filter(|m| m.article == v.index && !m.quoted)
        .filter(|m| v.units.get(m.unit).is_some_and(|u| !u.is_title() && !u.before_story))
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
    // "Sheriff Ann Lee of Kent County": the title's complement after the name.
    let b = if m.complement.is_some() && m.end > b { m.end } else { b };
    let after = apposition(u, m, b);
    let end = after.map_or(b, |x| x.1);
    let mut judging = judging_words(v, u, pre, a);
    if let Some((s, e)) = after {
        judging.extend(judging_words(v, u, s, e));
    }
    Some(Intro { unit: first.unit, start: pre, end, judging, described: pre < a || after.is_some() })
}

/// A description set off by commas right after a name (past a party tag in brackets): "Ann
/// Lee, the mayor's fiercest critic," or "Ann Lee, known for her blunt manner,". It opens with
/// a determiner, a possessive, an adjective or a past participle and holds no finite verb;
/// the comma or dash that closes it must be there. Token range of the description.
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
    let opens = matches!(u.tags.get(s)?, Tag::Det | Tag::Poss | Tag::Adj | Tag::Verb(VerbForm::Participle));
    if !opens {
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

/// The words of tokens `s..e` that judge (a loaded word or phrase with a leaning) or place
/// someone on a side ([`SIDE_WORDS`]), outside quotation marks and names (a capital that only
/// opens the sentence is no name's).
fn judging_words(v: &View, u: &Unit, s: usize, e: usize) -> Vec<String> {
    let lex = lexicon::get();
    let norms: Vec<String> = u.tokens[s..e].iter().map(|t| t.norm.clone()).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < norms.len() {
        let t = s + i;
        let opens = (0..t).all(|j| !u.is_word(j));
        let own = (u.tags[t] != Tag::Proper || opens) && !u.quoted.get(t).copied().unwrap_or(false);
        match lex.loaded.longest(&norms, i).filter(|(_, p)| **p != 0) {
            Some((n, _)) if own && s + i + n <= e => {
                out.push(u.slice(t, t + n).to_string());
                i += n;
            }
            // "Liberal candidate": a capital inside a sentence makes a leaning a party's name,
            // and so it is at the start of one where the article writes it so elsewhere.
            _ if own
                && SIDE_WORDS.contains(&norms[i])
                && !(if opens {
                    capitalised_inside(v, &norms[i])
                } else {
                    u.tok(t).starts_with(char::is_uppercase)
                }) =>
            {
                out.push(u.tok(t).to_string());
                i += 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// True when article `v` writes `word` with a capital inside a sentence ("a Liberal"), its
/// headlines (every word capitalised) left aside.
fn capitalised_inside(v: &View, word: &str) -> bool {
    v.units.iter().filter(|u| !u.is_title()).any(|u| {
        let first = (0..u.tokens.len()).find(|&j| u.is_word(j));
        (0..u.tokens.len())
            .any(|j| Some(j) != first && u.tokens[j].norm == word && u.tok(j).starts_with(char::is_uppercase))
    })
}

/// Findings: a person whom the articles introduce with different words, where one
/// introduction judges and another does not (see the module doc). `skip`: referents that
/// already have a label finding.
pub fn findings(views: &[View], entities: &[Entity], skip: &[usize]) -> Vec<Candidate> {
    let mut out = Vec::new();
    let people = shown(entities).into_iter().filter(|&id| entities[id].kind == EntityKind::Person).take(PEOPLE);
    for id in people {
        if skip.contains(&id) {
            continue;
        }
        let e = &entities[id];
        let intros: Vec<(usize, Intro)> =
            e.articles().into_iter().filter_map(|k| introduction(&views[k], e).map(|i| (k, i))).collect();
        if intros.len() < 2 || !intros.iter().any(|(_, i)| i.described) {
            continue;
        }
        let judging: Vec<usize> = intros.iter().filter(|(_, i)| !i.judging.is_empty()).map(|(k, _)| *k).collect();
        if judging.is_empty() || judging.len() == intros.len() {
            continue;
        }
        let parts: Vec<String> = intros
            .iter()
            .map(|(k, i)| {
                let u = &views[*k].units[i.unit];
                let shown = u.slice(i.start, i.end);
                // "President Ann Lee's": the name without the possessive it has in the sentence.
                let shown = ["'s", "’s"].iter().find_map(|p| shown.strip_suffix(p)).unwrap_or(shown);
                format!("{} “{}”", views[*k].name, excerpt(shown, SHOWN))
            })
            .collect();
        // Per article that has them, its words that judge or take a side, each once.
        let words: Vec<String> = intros
            .iter()
            .filter(|(_, i)| !i.judging.is_empty())
            .map(|(k, i)| {
                let mut ws: Vec<String> = Vec::new();
                for w in &i.judging {
                    let w = w.to_lowercase();
                    if !ws.contains(&w) {
                        ws.push(w);
                    }
                }
                let quoted: Vec<String> = ws.iter().map(|w| format!("“{w}”")).collect();
                format!("{} {}", views[*k].name, join_names(&quoted))
            })
            .collect();
        let others: Vec<&str> =
            intros.iter().filter(|(k, _)| !judging.contains(k)).map(|(k, _)| views[*k].name).collect();
        let text = format!(
            "The articles introduce {} differently: {}. Words that judge or take a side at this first mention: {}; none in {}.",
            referent_phrase(e),
            parts.join("; "),
            words.join("; "),
            join_names(&others),
        );
        let evidence = intros
            .iter()
            .map(|(k, i)| {
                let u = &views[*k].units[i.unit];
                views[*k].evidence(i.unit, Some(u.span_of(i.start, i.end)))
            })
            .collect();
        let strength = (0.6 + 0.2 * judging.len() as f64 / intros.len() as f64).min(0.9);
        out.push(Candidate { signal: Signal::Label, form: "introduction", text, strength, evidence });
    }
    out
}
